package org.accordex.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.accordex.commitments.DataLines;
import org.accordex.model.Mention;
import org.accordex.model.MentionType;

/**
 * News agencies and papers a report cites ("according to the official Xinhua News Agency", "the Japan Times said"):
 * no party (ANNOTATION.md §1). The finders see an agency's name ("… News Agency") or a state inside a paper's name
 * ("Japan Times"); a party mention that overlaps an outlet's name is dropped. The names are data,
 * {@code media-outlets.txt}.
 */
final class MediaOutlets {
    /** The names, longest first, so that "Kyodo News" is read before "Kyodo". */
    private static final List<String> NAMES = DataLines.of(MediaOutlets.class, "media-outlets.txt").stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private MediaOutlets() {
    }

    /** {@code mentions} without the parties and instruments that overlap an outlet's name in {@code text}. */
    static List<Mention> drop(String text, List<Mention> mentions) {
        List<int[]> outlets = spans(text);
        if (outlets.isEmpty()) {
            return mentions;
        }
        return mentions.stream()
                // an instrument word in an outlet's name is no instrument either ("Yahoo Finance")
                .filter(m -> m.type() != MentionType.PARTY && m.type() != MentionType.INSTRUMENT
                        || outlets.stream().noneMatch(o -> o[0] < m.end() && m.start() < o[1]))
                .toList();
    }

    /** The spans of outlets' names in {@code text}: whole words, not read on into a longer name ("Bloomberg Philanthropies"). */
    static List<int[]> spans(String text) {
        List<int[]> found = new ArrayList<>();
        for (String name : NAMES) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int end = at + name.length();
                int start = at;
                if (at > 0 && isNameCharacter(text.charAt(at - 1)) || end < text.length() && isNameCharacter(text.charAt(end))
                        || startsCapitalizedWord(text, end)
                        || found.stream().anyMatch(f -> f[0] < end && start < f[1])) {
                    continue;
                }
                found.add(new int[] {start, end});
            }
        }
        return found;
    }

    private static boolean isNameCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '&' || c == '-';
    }

    /** Whether a capitalized word follows after one space: the name goes on and is another one. */
    private static boolean startsCapitalizedWord(String text, int end) {
        return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1));
    }
}
