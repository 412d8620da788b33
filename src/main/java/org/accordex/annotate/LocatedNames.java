package org.accordex.annotate;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.model.Mention;
import org.accordex.model.MentionType;

/**
 * "Saudi Arabia-based Islamic Development Bank", "South Korea-headquartered Arden Steel": where a body sits, in words
 * of any number, is written before its name and is no part of it (ANNOTATION.md §1); the name starts after it.
 */
final class LocatedNames {
    private static final Pattern LOCATED = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}.'’]*\\s+){0,3}\\p{L}[\\p{L}.'’]*-(?:based|headquartered|listed|registered|domiciled)\\s+(?=\\p{Lu})");

    private LocatedNames() {
    }

    /** Nouns after a place's name: "Ganzhou city", "Weifang-based". */
    private static final Pattern PLACE_NOUN = Pattern.compile(
            "(?:-based|[ \\t]+(?:city|province|county|prefecture|municipality|district))\\b");

    /**
     * Whether the text writes a word as a place ("Jiangxi province's Ganzhou city", "a Weifang-based maker"): Chinese
     * firms are named for their city ("Ganzhou Chenguang Rare Earths"), and the city alone is the place.
     */
    static boolean isPlace(String text, String word) {
        // each occurrence of the word, not a pattern compiled and run over the whole text for every mention
        Matcher after = PLACE_NOUN.matcher(text);
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int before = at > 0 ? text.codePointBefore(at) : ' ';
            if (!Character.isLetter(before) && !(before >= '0' && before <= '9')
                    && after.region(at + word.length(), text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code mentions} without a one-word name no dictionary knows (its norm is itself) that the text writes as a place:
     * the finders read "Ganzhou has reserves" as a body's name.
     */
    static List<Mention> dropPlaces(String text, List<Mention> mentions) {
        return mentions.stream().filter(m -> m.type() != MentionType.PARTY || !m.norm().equals(m.text())
                || !m.text().matches("\\p{Lu}\\p{Ll}+") || !isPlace(text, m.text())).toList();
    }

    /** {@code mentions} with the place where a body sits cut from the front of its name. */
    static List<Mention> trim(String text, List<Mention> mentions) {
        return mentions.stream().map(m -> {
            if (m.type() != MentionType.PARTY || m.text().indexOf('-') < 0) {
                return m;
            }
            Matcher located = LOCATED.matcher(m.text());
            if (!located.find()) {
                return m;
            }
            int start = m.start() + located.end();
            String norm = m.norm().equals(m.text()) ? text.substring(start, m.end()) : m.norm();
            return Mention.of(MentionType.PARTY, text, start, m.end(), norm).withDue(m.due()).withPage(m.page());
        }).toList();
    }
}
