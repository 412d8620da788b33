package org.accordex.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.accordex.commitments.DataLines;
import org.accordex.model.Mention;
import org.accordex.model.MentionType;

/**
 * A body's abbreviation that is also a word of upper-case text ({@code abbreviations-beside-names.txt}): in a text that
 * names "the World Health Organization", its "the WHO will" and "WHO officials" are that body too (ANNOTATION.md §1),
 * while a heading's "THOSE WHO BUILD" and a label's "WHO:" are not.
 */
final class SpelledOutAbbreviations {
    /** The abbreviation and the norm of the body it stands for. */
    private static final Map<String, String> NORMS = new LinkedHashMap<>();

    static {
        for (String line : DataLines.of(SpelledOutAbbreviations.class, "abbreviations-beside-names.txt")) {
            String[] cols = line.split("\t");
            NORMS.put(cols[0].strip(), cols[1].strip());
        }
    }

    /** An upper-case word on the same line, right before or after: the abbreviation is a word of a heading. */
    private static final Pattern UPPER_CASE_WORD_BEFORE = Pattern.compile("(?<![\\p{L}.])\\p{Lu}{2,}[’'\\p{Lu}-]*[ \\t]+$");
    private static final Pattern UPPER_CASE_WORD_AFTER = Pattern.compile("^[ \\t]+\\p{Lu}{2,}(?![\\p{Ll}.])");
    /**
     * A label's colon right after ("WHO: small firms"), or a slash, which makes it a word of a joint programme's name
     * ("the UNICEF/WHO/World Bank Programme").
     */
    private static final Pattern LABEL_AFTER = Pattern.compile("^[ \\t]*:|^/");
    private static final Pattern SLASH_BEFORE = Pattern.compile("/$");

    private SpelledOutAbbreviations() {
    }

    /** {@code mentions} with the abbreviations of the bodies the text names in full, where they stand as names. */
    static List<Mention> add(String text, List<Mention> mentions) {
        List<Mention> out = null;
        for (Map.Entry<String, String> abbreviation : NORMS.entrySet()) {
            String norm = abbreviation.getValue();
            if (text.indexOf(abbreviation.getKey()) < 0 || mentions.stream().noneMatch(m -> m.type() == MentionType.PARTY
                    && m.norm().equals(norm) && !m.text().equals(abbreviation.getKey()))) {
                continue;
            }
            for (WrittenNames.Written w : WrittenNames.find(text, abbreviation.getKey(), WrittenNames.NAME_CHARACTER)) {
                String before = text.substring(Math.max(0, w.start() - 30), w.start());
                String after = text.substring(w.end(), Math.min(text.length(), w.end() + 30));
                List<Mention> current = out == null ? mentions : out;
                if (UPPER_CASE_WORD_BEFORE.matcher(before).find() || UPPER_CASE_WORD_AFTER.matcher(after).find()
                        || LABEL_AFTER.matcher(after).find() || SLASH_BEFORE.matcher(before).find()
                        || current.stream().anyMatch(m -> m.start() < w.end() && w.start() < m.end())) {
                    continue;
                }
                if (out == null) {
                    out = new ArrayList<>(mentions);
                }
                out.add(Mention.of(MentionType.PARTY, text, w.start(), w.end(), norm));
            }
        }
        if (out == null) {
            return mentions;
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }
}
