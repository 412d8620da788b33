package org.accordex.commitments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.accordex.model.Mention;
import org.accordex.model.MentionType;

import static org.accordex.commitments.CommitmentExtractor.Context;
import static org.accordex.commitments.CommitmentExtractor.Resolved;
import static org.accordex.commitments.WhoCommits.GROUP_SEARCH;
import static org.accordex.commitments.WhoCommits.GROUP_SUBJECT;
import static org.accordex.commitments.WhoCommits.POSSESSIVE_GAP;

/**
 * Subjects of deal news: a deal that binds its parties ("The agreement commits both countries to …"), a firm's owner
 * who acts for its stake, and a state whose named body acts in its place ("Japan's JOGMEC will lend").
 */
final class DealSubjects {
    private DealSubjects() {
    }

    /** A news report's deal as the subject: "The new framework agreement, signed at the White House,". */
    private static final Pattern REPORTED_DEAL_SUBJECT = ClauseWords.compile("^[\\s\"“]*(?:the|this|that|their|a)\\s+(?:[\\p{L}$-]+\\s+){0,3}(?:"
            + ClauseWords.alternation("reported-deal") + ")s?(?:\\s*,[^,;]{1,120},)?(?:\\s+(?:also|further|now|thus|\\w+ly))*");

    /** "commits both countries to", "commits Japan to": a deal that binds those it names. */
    private static final Pattern DEAL_COMMITS = Pattern.compile("(?i)^commits?\\b");

    /** "The declaration also pledges to de-risk …": the deal's own pledge is its parties'. */
    private static final Pattern DEAL_PLEDGES = Pattern.compile("(?i)^(?:pledges|vows|promises|undertakes)\\s+to\\b");

    /** "The agreement also outlines plans to", "The deal sets out plans to": the deal's parties' plans. */
    private static final Pattern DEAL_OUTLINES = Pattern.compile("(?i)\\s+(?:outlines|sets\\s+out|lays\\s+out|includes|details)\\s*$");

    /**
     * Who a deal named as the subject binds: "The agreement commits both countries to invest …" binds the states the
     * text is about, "The deal commits Japan to buy …" Japan, and "The agreement also outlines plans to …" the deal's
     * parties; null when the subject is no deal or the verb is none of these ("This Agreement shall enter into force").
     */
    static Resolved boundByTheDeal(String sentence, int offset, ModalityCues.Cue cue, String subject,
            List<Mention> inside, String text, Context context) {
        Matcher deal = REPORTED_DEAL_SUBJECT.matcher(subject);
        if (!deal.lookingAt()) {
            return null;
        }
        String rest = subject.substring(deal.end());
        if (rest.isBlank() && DEAL_COMMITS.matcher(sentence.substring(cue.start())).find()) {
            List<String> bound = new ArrayList<>();
            for (Mention m : inside) {
                int at = m.start() - offset;
                if (m.type() == MentionType.PARTY && at >= cue.start() && m.end() - offset <= cue.end()) {
                    bound.add(m.norm());
                }
            }
            boolean group = GROUP_SEARCH.in(sentence.substring(cue.start(), cue.end())).find();
            if (bound.isEmpty() && group) {
                // "both countries": the states the text is about, never the companies it names; none if it names none
                List<String> states = context.sides().states().isEmpty() ? context.documentParties() : context.sides().states();
                states.stream().filter(p -> p.length() == 2).forEach(bound::add);
                return bound.isEmpty() ? Resolved.NONE : new Resolved(List.copyOf(bound), GROUP_SUBJECT);
            }
            return bound.isEmpty() ? null : new Resolved(List.copyOf(new LinkedHashSet<>(bound)), GROUP_SUBJECT);
        }
        if ((DEAL_OUTLINES.matcher(" " + rest).matches() || rest.isBlank() && DEAL_PLEDGES.matcher(sentence.substring(cue.start())).find())
                && !context.documentParties().isEmpty()) {
            return new Resolved(context.documentParties(), GROUP_SUBJECT);
        }
        return null;
    }

    /** The end of a sentence: a point, mark or question mark before a space or line, or a blank line. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s)|\\n\\s*\\n");

    /** "has built a 19.9% stake in Liontown", "became the largest shareholder of Liontown": whose stake the report names. */
    private static final String STAKE_IN = "(?:stake|shareholding|holding|interest)\\s+in|shareholder\\s+(?:of|in)";

    /**
     * The party the text names as holding a stake in the firm called {@code firm} ("Hancock Prospecting … has built a
     * 19.9% stake in Liontown"), in the same sentence as its name; the one named nearest the commitment, or none.
     */
    static List<String> namedStakeholder(String firm, int offset, String text, List<Mention> mentions) {
        if (text == null) {
            return List.of();
        }
        String firstWord = firm.strip().split("\\s+")[0];
        Pattern stake = Pattern.compile("(?i)\\b(?:" + STAKE_IN + ")\\s+(?:the\\s+)?" + Pattern.quote(firstWord) + "\\b");
        Mention best = null;
        for (Mention m : mentions) {
            if (m.type() != MentionType.PARTY || m.norm().length() <= 2 || m.text().startsWith(firstWord)
                    || Math.abs(m.start() - offset) > 1500) {
                continue;
            }
            String rest = text.substring(m.end(), Math.min(text.length(), m.end() + 200));
            Matcher end = SENTENCE_END.matcher(rest);
            rest = end.find() ? rest.substring(0, end.start()) : rest;
            if (stake.matcher(rest).find() && (best == null || Math.abs(m.start() - offset) < Math.abs(best.start() - offset))) {
                best = m;
            }
        }
        return best == null ? List.of() : List.of(best.norm());
    }

    /**
     * A firm's own unit named after it: "Volkswagen's battery unit PowerCo", "the Korea Zinc affiliate Ark Energy": the
     * unit acts, its owner only says whose it is.
     */
    private static final Pattern UNIT_GAP = Pattern.compile(
            "^(?:[’']s\\s+|\\s+)(?:[\\p{Ll}-]+\\s+){0,2}(?:unit|subsidiary|affiliate|arm|division)\\s+$");

    /**
     * A state that only says where the firms after it are: "U.S. companies Noveon Magnetics and Permag", "Japanese
     * trading houses …"; the nouns in the plural are the annotator's company nouns.
     */
    private static final Pattern TRADE_NOUN_GAP = Pattern.compile("^\\s+(?:"
            + DataLines.of(CommitmentExtractor.class, "/org/accordex/annotate/company-nouns.txt").stream()
                    .map(n -> n.endsWith("y") ? n.substring(0, n.length() - 1) + "ies" : n + "s")
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .map(n -> Pattern.quote(n).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"))
            + ")\\s+$");

    /**
     * A state that only says where the firm after it is, or what it is: "Peru’s state-owned miner Minera Andina", "US
     * defense giant Halvard", "US-based Keystone Magnetics". The words between are lower case, no function word among
     * them ("Japan and the firm Sojitz" names two actors), and end in a noun for a firm.
     */
    private static final String NOT_FUNCTION_WORD = "(?!(?:" + ClauseWords.alternation("function-word") + ")\\s)";

    private static final Pattern DESCRIBED_FIRM_GAP = Pattern.compile("^(?:[-–](?:based|headquartered|listed|registered"
            + "|domiciled)\\s+(?:" + NOT_FUNCTION_WORD + "[\\p{Ll}-]+\\s+){0,3}"
            + "|(?:[’']s?\\s+|\\s+)(?:" + NOT_FUNCTION_WORD + "[\\p{Ll}-]+\\s+){0,3}(?:"
            + DataLines.of(CommitmentExtractor.class, "/org/accordex/annotate/company-nouns.txt").stream()
                    .map(n -> Pattern.quote(n).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"))
            + "|" + ClauseWords.alternation("firm-descriptor") + ")(?:s|es)?,?\\s+)$");

    /**
     * Whether a named party owns the named body right after it ("Japan’s JOGMEC will lend"): the body acts, under its
     * own norm, and the state that owns it does not commit beside it.
     */
    static boolean possessesNamedBody(String sentence, int offset, Mention owner, List<Mention> inside, int cueStart) {
        int ownerEnd = owner.end() - offset;
        for (Mention m : inside) {
            int at = m.start() - offset;
            String gap = at > ownerEnd ? sentence.substring(ownerEnd, at) : "";
            if (m.type() == MentionType.PARTY && at > ownerEnd && at < cueStart
                    && (POSSESSIVE_GAP.matcher(gap).matches() || UNIT_GAP.matcher(gap).matches() || owner.norm().length() == 2
                            && (TRADE_NOUN_GAP.matcher(gap).matches() || DESCRIBED_FIRM_GAP.matcher(gap).matches()))) {
                return true;
            }
        }
        return false;
    }
}
