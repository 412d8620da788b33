package org.accordex.annotate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.accordex.commitments.DataLines;
import org.accordex.model.Mention;
import org.accordex.model.MentionType;

/**
 * Abbreviations of the party dictionary that a text uses in another sense, which it spells out somewhere
 * ({@code abbreviation-other-senses.txt}): beside "a transitional services agreement", "the TSA" is that agreement,
 * not the Transportation Security Administration, so it is no party (ANNOTATION.md §1).
 */
final class OtherSenses {
    /** The abbreviation and the phrases, in lower case, that give it its other sense. */
    private static final Map<String, List<String>> SENSES = new HashMap<>();

    static {
        for (String line : DataLines.of(OtherSenses.class, "abbreviation-other-senses.txt")) {
            String[] cols = line.split("\t");
            SENSES.put(cols[0].strip(), List.of(cols[1].strip().toLowerCase(Locale.ROOT).split("\\|")));
        }
    }

    private OtherSenses() {
    }

    /** {@code mentions} without the parties written as an abbreviation that {@code text} spells out in another sense. */
    static List<Mention> drop(String text, List<Mention> mentions) {
        if (mentions.stream().noneMatch(m -> m.type() == MentionType.PARTY && SENSES.containsKey(m.text()))) {
            return mentions;
        }
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return mentions.stream().filter(m -> m.type() != MentionType.PARTY || !SENSES.containsKey(m.text())
                || SENSES.get(m.text()).stream().noneMatch(lower::contains)).toList();
    }
}
