package org.accordex.nlp;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Words of which every match of a pattern holds at least one: where none occurs in a sentence, the pattern cannot match
 * there and need not be searched for (a search tries the pattern at every character). Taken from the pattern's own
 * alternatives, so the two stay in step: the literal text each alternative opens with ("Inc" of {@code Inc\.?}, "Pty"
 * of {@code Pty\.?\s+Ltd}, "Task" of "Task Force", whose space a pattern may read as any white space).
 */
public final class RequiredWords {
    /** The words; null when some alternative opens with no literal text, so every sentence may hold a match. */
    private final List<String> words;
    /** The words by their first character, for a search from the end. */
    private final WordsByFirst byFirst;

    private RequiredWords(List<String> words) {
        this.words = words;
        this.byFirst = new WordsByFirst(words == null ? List.of() : words);
    }

    /** For a pattern that matches one of {@code alternatives} (regular expressions, plain words included). */
    public static RequiredWords of(List<String> alternatives) {
        List<String> starts = alternatives.stream().map(RegexLiterals::literalStart).distinct().toList();
        return new RequiredWords(starts.contains("") ? null : starts);
    }

    /**
     * For a case-insensitive pattern that matches one of {@code phrases} (plain words, a space matching any white
     * space): the longest word of each phrase, which its match holds, in lower case. {@link #occurIn} is then given
     * the text in lower case ({@code Locale.ROOT}).
     */
    public static RequiredWords ofPhrasesInAnyCase(List<String> phrases) {
        return new RequiredWords(phrases.stream()
                .map(phrase -> Arrays.stream(phrase.split(" ")).max(Comparator.comparingInt(String::length)).orElseThrow())
                .map(word -> word.toLowerCase(Locale.ROOT)).distinct().toList());
    }

    /** Whether {@code text} holds one of the words, so the pattern may match in it. */
    public boolean occurIn(String text) {
        if (words == null) {
            return true;
        }
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the last of the words starts in {@code text}, or -1 when none occurs: a match, which holds one of them,
     * cannot start after it. The text's length when the words are not known.
     */
    public int lastStartIn(String text) {
        if (words == null) {
            return text.length();
        }
        // from the end, comparing at each place only the words that open with its character
        for (int at = text.length() - 1; at >= 0; at--) {
            if (byFirst.oneStartsAt(text, at)) {
                return at;
            }
        }
        return -1;
    }
}
