package org.accordex.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Where a text writes a name: its words in order, any run of white space between them (a line may break inside a
 * name), and no word character right before or after. A plain search, because the name rules look up every name of a
 * document in its whole text and a regular expression per name costs several times more.
 */
final class WrittenNames {
    /** The characters that continue a name: a match inside "Pfizer-made" or "Pfizer&Co" is no mention. */
    static final IntPredicate NAME_CHARACTER = c -> Character.isLetterOrDigit(c) || c == '&' || c == '-';
    /** The characters that continue a word. */
    static final IntPredicate WORD_CHARACTER = Character::isLetterOrDigit;

    /** A span of the text, {@code [start, end)}. */
    record Written(int start, int end) {
    }

    private WrittenNames() {
    }

    /** The non-overlapping places, left to right, where {@code name} (words separated by single spaces) is written. */
    static List<Written> find(String text, String name, IntPredicate continuesName) {
        String[] words = name.split(" ");
        List<Written> found = new ArrayList<>();
        int at = text.indexOf(words[0]);
        while (at >= 0) {
            int end = endOfWords(text, at, words);
            if (end >= 0 && !(at > 0 && continuesName.test(text.charAt(at - 1)))
                    && !(end < text.length() && continuesName.test(text.charAt(end)))) {
                found.add(new Written(at, end));
                at = text.indexOf(words[0], end);
            } else {
                at = text.indexOf(words[0], at + 1);
            }
        }
        return found;
    }

    /** Where the words written from {@code at} end, or -1 where they are not all there. */
    private static int endOfWords(String text, int at, String[] words) {
        int end = at + words[0].length();
        for (int i = 1; i < words.length; i++) {
            int spaceEnd = end;
            while (spaceEnd < text.length() && isSpace(text.charAt(spaceEnd))) {
                spaceEnd++;
            }
            if (spaceEnd == end || !text.startsWith(words[i], spaceEnd)) {
                return -1;
            }
            end = spaceEnd + words[i].length();
        }
        return end;
    }

    /** The white space a name may break at: that of {@code \s} in a regular expression. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
