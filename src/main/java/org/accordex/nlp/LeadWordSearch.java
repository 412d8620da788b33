package org.accordex.nlp;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a case-insensitive pattern that opens with a word boundary and one of a few words ("\b(?:by|before|
 * until)…"), found as {@link Matcher#find()} finds them, but trying the pattern only where one of those words starts
 * rather than at every character of the text.
 *
 * <p>The lead words are read from the pattern itself ({@link RegexLiterals#leadWords}), so they cannot fall out of step
 * with it; a word that only starts with one of them ("in" of "india") is tried and left to the pattern. A pattern of
 * another shape is searched at every character.
 */
public final class LeadWordSearch {
    private final Pattern pattern;
    /** Null when the pattern's lead words are not known: every character is tried. */
    private final List<String> leadWords;
    /** Whether a lead word opens with each ASCII character, and with any other: most places fail on their first. */
    private final boolean[] asciiFirsts = new boolean[128];
    private boolean otherFirsts;

    public LeadWordSearch(Pattern pattern) {
        this.pattern = pattern;
        this.leadWords = RegexLiterals.leadWords(pattern.pattern());
        if (leadWords != null) {
            for (String word : leadWords) {
                char first = word.charAt(0);
                if (first < asciiFirsts.length) {
                    asciiFirsts[first] = true;
                } else {
                    otherFirsts = true;
                }
            }
        }
    }

    /** A search of {@code text}, whose matcher gives each match's groups and offsets. */
    public Search in(String text) {
        return new Search(text, text.toLowerCase(Locale.ROOT));
    }

    /** As {@link #in(String)}, with the text's lower case ({@code Locale.ROOT}) already made. */
    public Search in(String text, String lowerCase) {
        return new Search(text, lowerCase);
    }

    /** One text's search; {@link #find()} moves to the next match, as {@link Matcher#find()} does. */
    public final class Search {
        private final String lowerCase;
        private final Matcher matcher;
        private int from;

        private Search(String text, String lower) {
            // the rare text whose lower case has another length is searched at every character
            this.lowerCase = leadWords != null && lower.length() == text.length() ? lower : null;
            // the pattern is tried at a place with the text before it in view, as a search sees it
            this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }

        public Matcher matcher() {
            return matcher;
        }

        public boolean find() {
            if (lowerCase == null) {
                return matcher.find();
            }
            for (int at = from; at < lowerCase.length(); at++) {
                // a letter or digit before a word that opens with one leaves no word boundary there
                if (!leadWordAt(at) || at > 0 && isWordCharacter(lowerCase.charAt(at - 1))) {
                    continue;
                }
                matcher.region(at, lowerCase.length());
                if (matcher.lookingAt()) {
                    from = matcher.end() > matcher.start() ? matcher.end() : matcher.end() + 1;
                    return true;
                }
            }
            from = lowerCase.length();
            return false;
        }

        private boolean leadWordAt(int at) {
            char first = lowerCase.charAt(at);
            if (first < asciiFirsts.length ? !asciiFirsts[first] : !otherFirsts) {
                return false;
            }
            for (String word : leadWords) {
                if (lowerCase.startsWith(word, at)) {
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
