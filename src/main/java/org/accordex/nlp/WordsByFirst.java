package org.accordex.nlp;

import java.util.List;

/**
 * Words by the character they open with, so that a search trying them at each place of a text compares only the few
 * that open with the character there: most places fail on their first character.
 */
final class WordsByFirst {
    /** By ASCII character; null where no word opens with it. */
    private final String[][] byAscii = new String[128][];
    /** The words that open with any other character; null when none does. */
    private final String[] others;

    WordsByFirst(List<String> words) {
        for (char c = 0; c < byAscii.length; c++) {
            char first = c;
            String[] opening = words.stream().filter(w -> w.charAt(0) == first).toArray(String[]::new);
            byAscii[c] = opening.length == 0 ? null : opening;
        }
        String[] other = words.stream().filter(w -> w.charAt(0) >= byAscii.length).toArray(String[]::new);
        others = other.length == 0 ? null : other;
    }

    /** The words that may start where {@code c} is written; null when none can. */
    String[] openingWith(char c) {
        return c < byAscii.length ? byAscii[c] : others;
    }

    /** Whether one of the words starts at {@code at} in {@code text}. */
    boolean oneStartsAt(String text, int at) {
        String[] candidates = openingWith(text.charAt(at));
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
