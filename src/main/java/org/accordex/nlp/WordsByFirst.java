package org.accordex.nlp;

import java.util.Arrays;
import java.util.List;

/**
 * Words by the characters they open with, so that a search trying them at each place of a text compares only the few
 * that open with the characters there: most places fail on their first character, and of a long list ("Afghan|Albanian|
 * …") the words that share the first character mostly part at the second.
 */
final class WordsByFirst {
    /** By ASCII character; null where no word opens with it. */
    private final String[][] byAscii = new String[128][];
    /**
     * The words of two or more characters that open with two ASCII ones, by the first and then the second character;
     * null where none does.
     */
    private final String[][][] byFirstTwo = new String[128][][];
    /** By ASCII character, the words that open with it but have no ASCII second character; null where none. */
    private final String[][] shortByAscii = new String[128][];
    /** The words that open with any other character; null when none does. */
    private final String[] others;

    WordsByFirst(List<String> words) {
        for (String word : words) {
            char first = word.charAt(0);
            if (first >= byAscii.length) {
                continue;
            }
            byAscii[first] = with(byAscii[first], word);
            if (word.length() >= 2 && word.charAt(1) < 128) {
                char second = word.charAt(1);
                if (byFirstTwo[first] == null) {
                    byFirstTwo[first] = new String[128][];
                }
                byFirstTwo[first][second] = with(byFirstTwo[first][second], word);
            } else {
                shortByAscii[first] = with(shortByAscii[first], word);
            }
        }
        String[] other = words.stream().filter(w -> w.charAt(0) >= byAscii.length).toArray(String[]::new);
        others = other.length == 0 ? null : other;
    }

    /** {@code words} (null for none) and {@code word} after them, in the list's order. */
    private static String[] with(String[] words, String word) {
        String[] more = words == null ? new String[1] : Arrays.copyOf(words, words.length + 1);
        more[more.length - 1] = word;
        return more;
    }

    /** The words that may start where {@code c} is written; null when none can. */
    String[] openingWith(char c) {
        return c < byAscii.length ? byAscii[c] : others;
    }

    /** Whether one of the words starts at {@code at} in {@code text}. */
    boolean oneStartsAt(String text, int at) {
        char c = text.charAt(at);
        if (c >= byAscii.length) {
            return oneStartsAt(others, text, at);
        }
        if (oneStartsAt(shortByAscii[c], text, at)) {
            return true;
        }
        String[][] bySecond = byFirstTwo[c];
        if (bySecond == null || at + 1 >= text.length()) {
            return false;
        }
        char second = text.charAt(at + 1);
        return second < 128 && oneStartsAt(bySecond[second], text, at);
    }

    private static boolean oneStartsAt(String[] candidates, String text, int at) {
        if (candidates != null) {
            for (String word : candidates) {
                if (text.startsWith(word, at)) {
                    return true;
                }
            }
        }
        return false;
    }
}
