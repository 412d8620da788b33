package org.accordex.nlp;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a pattern that opens with a word boundary and one of a few words ("\b(?:by|before|until)…"), found as
 * {@link Matcher#find()} finds them, but trying the pattern only where one of those words starts rather than at every
 * character of the text. A case-insensitive pattern's words are looked for in the text's lower case, a case-sensitive
 * one's as the pattern writes them ("\b(Korean|Swiss)…" is tried at "Korean", never at "korean").
 *
 * <p>The lead words are read from the pattern itself ({@link RegexLiterals#leadWords}), so they cannot fall out of step
 * with it; a word that only starts with one of them ("in" of "india") is tried and left to the pattern. A pattern of
 * another shape is searched at every character.
 */
public final class LeadWordSearch {
    private final Pattern pattern;
    private final boolean caseSensitive;
    /** Null when the pattern's lead words are not known: every character is tried. */
    private final List<String> leadWords;
    /**
     * The lead words by the ASCII character they open with: most places fail on their first character, and a pattern
     * of a few hundred lead words ("Afghan|Albanian|…") compares only the few that open with it.
     */
    private final String[][] byAsciiFirst = new String[128][];
    /** The lead words that open with any other character; null when none does. */
    private final String[] otherFirsts;

    public LeadWordSearch(Pattern pattern) {
        this.pattern = pattern;
        this.caseSensitive = (pattern.flags() & Pattern.CASE_INSENSITIVE) == 0 && !pattern.pattern().startsWith("(?i)");
        this.leadWords = caseSensitive ? RegexLiterals.leadWordsAsWritten(pattern.pattern())
                : RegexLiterals.leadWords(pattern.pattern());
        List<String> words = leadWords == null ? List.of() : leadWords;
        for (char c = 0; c < byAsciiFirst.length; c++) {
            char first = c;
            String[] opening = words.stream().filter(w -> w.charAt(0) == first).toArray(String[]::new);
            byAsciiFirst[c] = opening.length == 0 ? null : opening;
        }
        String[] others = words.stream().filter(w -> w.charAt(0) >= byAsciiFirst.length).toArray(String[]::new);
        otherFirsts = others.length == 0 ? null : others;
    }

    /** A search of {@code text}, whose matcher gives each match's groups and offsets. */
    public Search in(String text) {
        return new Search(text, caseSensitive ? text : text.toLowerCase(Locale.ROOT));
    }

    /**
     * As {@link #in(String)}, with the text's lower case ({@code Locale.ROOT}) already made; a case-sensitive pattern
     * reads the text itself.
     */
    public Search in(String text, String lowerCase) {
        return new Search(text, caseSensitive ? text : lowerCase);
    }

    /** One text's search; {@link #find()} moves to the next match, as {@link Matcher#find()} does. */
    public final class Search {
        /** The text the lead words are looked for in: the text itself or its lower case; null to try everywhere. */
        private final String words;
        private final Matcher matcher;
        private int from;

        private Search(String text, String words) {
            // the rare text whose lower case has another length is searched at every character
            this.words = leadWords != null && words.length() == text.length() ? words : null;
            // the pattern is tried at a place with the text before it in view, as a search sees it
            this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }

        public Matcher matcher() {
            return matcher;
        }

        public boolean find() {
            if (words == null) {
                return matcher.find();
            }
            for (int at = from; at < words.length(); at++) {
                char first = words.charAt(at);
                String[] candidates = first < byAsciiFirst.length ? byAsciiFirst[first] : otherFirsts;
                // a letter or digit before a word that opens with one leaves no word boundary there
                if (candidates == null || at > 0 && isWordCharacter(words.charAt(at - 1)) || !startsWithOne(candidates, at)) {
                    continue;
                }
                matcher.region(at, words.length());
                if (matcher.lookingAt()) {
                    from = matcher.end() > matcher.start() ? matcher.end() : matcher.end() + 1;
                    return true;
                }
            }
            from = words.length();
            return false;
        }

        private boolean startsWithOne(String[] candidates, int at) {
            for (String word : candidates) {
                if (words.startsWith(word, at)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static boolean isWordCharacter(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
