package org.accordex.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.model.Mention;
import org.accordex.model.MentionType;

/**
 * Short names a text defines for a party: "the Department of Environment and Natural Resources (DENR)" makes
 * "DENR" a mention of that department wherever the text writes it, the definition included, when no finder took
 * the word for something else.
 */
final class DefinedNames {
    /** "(DENR)", "(“ASA”)", "(the KCGM)": an abbreviation with at least two capitals, right after a name. */
    private static final Pattern DEFINITION = Pattern.compile(
            "^\\s*\\(\\s*(?:the\\s+)?[\"“]?(\\p{Lu}[\\p{L}&]*\\p{Lu}[\\p{L}&]*)[\"”]?\\s*\\)");
    private static final int MAX_LENGTH = 8;

    private DefinedNames() {
    }

    /** The mentions with the defined short names added, in text order. */
    static List<Mention> add(String text, List<Mention> mentions) {
        Map<String, String> defined = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() != MentionType.PARTY) {
                continue;
            }
            Matcher d = DEFINITION.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 20)));
            if (d.find() && d.group(1).length() <= MAX_LENGTH && !d.group(1).equals(m.text())) {
                defined.putIfAbsent(d.group(1), m.norm());
            }
        }
        if (defined.isEmpty()) {
            return mentions;
        }
        // a word some finder already reads another way keeps that reading everywhere
        for (Mention m : mentions) {
            String norm = defined.get(m.text());
            if (norm != null && !norm.equals(m.norm())) {
                defined.remove(m.text());
            }
        }
        List<Mention> added = new ArrayList<>(mentions);
        for (Map.Entry<String, String> e : defined.entrySet()) {
            Matcher w = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(e.getKey()) + "(?![\\p{L}\\d])").matcher(text);
            while (w.find()) {
                int start = w.start();
                int end = w.end();
                if (mentions.stream().noneMatch(m -> m.start() < end && start < m.end())) {
                    added.add(Mention.of(MentionType.PARTY, text, start, end, e.getValue()));
                }
            }
        }
        added.sort(Comparator.comparingInt(Mention::start));
        return added;
    }
}
