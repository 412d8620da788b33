package org.accordex.commitments;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.model.Mention;
import org.accordex.model.MentionType;

/**
 * A body referred back to by its head word: "The Department will publish …" after "the U.S. Department of Energy",
 * "the bank said it would …" after "the Japan Bank for International Cooperation". The referent is the last party
 * before the clause whose name holds that word; the words are the {@code anaphor-head} list of
 * {@code clause-words.txt}.
 */
final class Anaphors {
    /** "The Department ", "the bank's board": a subject that is only a definite article and a head word. */
    private static final Pattern HEAD_SUBJECT = ClauseWords.compile(
            "^[\\s\"“]*(?:the|this|that)\\s+(?:same\\s+)?(" + ClauseWords.alternation("anaphor-head") + ")\\b"
                    + "(?:\\s+(?:also|further|now|then|itself|\\w+ly))*[\\s,]*$");

    private Anaphors() {
    }

    /** The party the clause's subject refers back to, or none. */
    static List<String> resolve(String clause, int offset, List<Mention> mentions) {
        Matcher head = HEAD_SUBJECT.matcher(clause);
        if (!head.find()) {
            return List.of();
        }
        Pattern word = Pattern.compile("(?iu)\\b" + Pattern.quote(head.group(1).toLowerCase(Locale.ROOT)) + "s?\\b");
        Mention referent = null;
        for (Mention m : mentions) {
            if (m.start() >= offset) {
                break;
            }
            if (m.type() == MentionType.PARTY && (word.matcher(m.norm()).find() || word.matcher(m.text()).find())) {
                referent = m;
            }
        }
        return referent == null ? List.of() : List.of(referent.norm());
    }
}
