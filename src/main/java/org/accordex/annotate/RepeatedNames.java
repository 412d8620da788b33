package org.accordex.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.accordex.model.Mention;
import org.accordex.model.MentionType;

/**
 * A company or body found once is the same party wherever the text writes its name again: "Pfizer will lower its
 * prices" makes the "Pfizer" of "an agreement with Pfizer" a mention too. The name finder reads only the sentences
 * that may commit, and misses a name where its words give it no context.
 */
final class RepeatedNames {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * A capitalized word right before or after: the name is part of a longer one ("Pfizer Foundation"). A word that ends
     * a sentence ("… in Kazakhstan. Harlow Capital will …", "… to Orion CMC. Orion CMC will …") is none.
     */
    private static final Pattern NAME_WORD_BEFORE = Pattern.compile("(?<!\\S)(?!The\\s)\\p{Lu}[\\p{L}.&’'-]*(?<!\\p{Ll}{2}\\.|\\p{Lu}{2}\\.)\\s+$");
    private static final Pattern NAME_WORD_AFTER = Pattern.compile("^\\s+\\p{Lu}");
    private static final int MIN_LENGTH = 3;

    private RepeatedNames() {
    }

    /** {@code known}: whether the dictionaries know a name, which they then find wherever it is written. */
    static List<Mention> add(String text, List<Mention> mentions, Predicate<String> known) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Mention m : mentions) {
            String name = SPACES.matcher(m.text()).replaceAll(" ");
            if (m.type() == MentionType.PARTY && name.equals(m.norm()) && name.length() >= MIN_LENGTH
                    && Character.isUpperCase(name.charAt(0)) && !names.containsKey(name)) {
                names.put(name, m.norm());
            }
        }
        names.keySet().removeIf(known);
        if (names.isEmpty()) {
            return mentions;
        }
        List<Mention> all = new ArrayList<>(mentions);
        for (Map.Entry<String, String> name : names.entrySet()) {
            for (WrittenNames.Written written : WrittenNames.find(text, name.getKey(), WrittenNames.NAME_CHARACTER)) {
                int start = written.start();
                int end = written.end();
                if (all.stream().anyMatch(o -> o.start() < end && start < o.end())
                        || NAME_WORD_BEFORE.matcher(text.substring(Math.max(0, start - 30), start)).find()
                        || NAME_WORD_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 3))).find()) {
                    continue;
                }
                all.add(Mention.of(MentionType.PARTY, text, start, end, name.getValue()));
            }
        }
        all.sort(Comparator.comparingInt(Mention::start));
        return all;
    }
}
