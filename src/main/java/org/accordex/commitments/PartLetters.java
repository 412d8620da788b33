package org.accordex.commitments;

import java.util.Locale;
import java.util.Set;

/**
 * Words a capital letter numbers as a part ({@code part-word} in {@code clause-words.txt}): "Schedule B.", "Medicare
 * Part D.", "Plan B.". The letter with its point is then no person's middle initial, and a sentence may end there.
 */
public final class PartLetters {
    private static final Set<String> WORDS = Set.copyOf(ClauseWords.entries("part-word"));

    private PartLetters() {
    }

    /** Whether {@code word} ("Schedule", "part") is one a letter numbers. */
    public static boolean numbers(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
