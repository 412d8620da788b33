package org.accordex.commitments;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Modal verbs that bad extraction ran together with the next word: "The Party shallinclude …", "willendeavour to …".
 * Offsets index the input text, which is never changed: the cue is read in a copy with a blank after each such modal
 * and mapped back to the input, where it ends inside the word ("shall|include"), and the action is read from the
 * verb after it. The modals and the English words that merely start with one ("shallow", "willing") are data, in
 * {@code run-together-cues.txt}.
 */
final class GluedCues {
    private static final String RESOURCE = "run-together-cues.txt";
    private static final List<String> MODALS = new ArrayList<>();
    private static final Set<String> WORDS = new HashSet<>();

    static {
        List<String> section = null;
        for (String line : DataLines.of(GluedCues.class, RESOURCE)) {
            if (line.equals("[modal]")) {
                section = MODALS;
            } else if (line.equals("[word]")) {
                section = null;
            } else if (line.startsWith("[")) {
                throw new IllegalStateException("unknown section " + line + " in " + RESOURCE);
            } else if (section != null) {
                section.add(line);
            } else {
                WORDS.add(line);
            }
        }
    }

    /** The letters the modals start with: a word that starts with another letter is skipped at once. */
    private static final String FIRST_LETTERS = MODALS.stream().map(m -> m.substring(0, 1)).distinct()
            .collect(Collectors.joining());

    /** The text with a blank after each run-together modal, and where the blanks were put (their offsets in it). */
    record Spaced(String text, int[] blanks) {
        /** The offset in the input of offset {@code at} of the spaced text (a blank maps to the letter after it). */
        int original(int at) {
            int shift = 0;
            while (shift < blanks.length && blanks[shift] < at) {
                shift++;
            }
            return at - shift;
        }
    }

    private GluedCues() {
    }

    /** The sentence spaced, or null when no modal in it is run together with the next word. */
    static Spaced spaced(String sentence) {
        StringBuilder spaced = null;
        List<Integer> blanks = new ArrayList<>();
        int copied = 0;
        for (int at = 0; at < sentence.length(); at++) {
            int end = modalEnd(sentence, at);
            if (end > 0) {
                spaced = spaced == null ? new StringBuilder(sentence.length() + 4) : spaced;
                spaced.append(sentence, copied, end);
                blanks.add(spaced.length());
                spaced.append(' ');
                copied = end;
                at = end;
            }
        }
        if (spaced == null) {
            return null;
        }
        spaced.append(sentence, copied, sentence.length());
        return new Spaced(spaced.toString(), blanks.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Whether a run-together modal ends at {@code at}, inside a word: "shall|include". */
    static boolean endsAt(String sentence, int at) {
        int start = at;
        while (start > 0 && Character.isLetterOrDigit(sentence.charAt(start - 1))) {
            start--;
        }
        return start < at && modalEnd(sentence, start) == at;
    }

    /**
     * Where the modal that starts a word at {@code at} ends, when a word of at least two lower-case letters follows it
     * without a blank and the whole is no English word; else -1.
     */
    private static int modalEnd(String sentence, int at) {
        char first = sentence.charAt(at);
        if (FIRST_LETTERS.indexOf(first) < 0 || at > 0 && Character.isLetterOrDigit(sentence.charAt(at - 1))) {
            return -1;
        }
        for (String modal : MODALS) {
            int end = at + modal.length();
            if (sentence.startsWith(modal, at)) {
                int wordEnd = end;
                while (wordEnd < sentence.length() && Character.isLowerCase(sentence.charAt(wordEnd))) {
                    wordEnd++;
                }
                boolean wholeWord = wordEnd == sentence.length() || !Character.isLetterOrDigit(sentence.charAt(wordEnd));
                if (wholeWord && wordEnd - end >= 2 && !WORDS.contains(sentence.substring(at, wordEnd).toLowerCase(Locale.ROOT))) {
                    return end;
                }
            }
        }
        return -1;
    }
}
