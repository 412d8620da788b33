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
    /** The lead words by their first character: a pattern of a few hundred ("Afghan|Albanian|…") compares a few. */
    private final WordsByFirst byFirst;

    public LeadWordSearch(Pattern pattern) {
        this.pattern = pattern;
        this.caseSensitive = (pattern.flags() & Pattern.CASE_INSENSITIVE) == 0 && !pattern.pattern().startsWith("(?i)");
        this.leadWords = caseSensitive ? RegexLiterals.leadWordsAsWritten(pattern.pattern())
                : RegexLiterals.leadWords(pattern.pattern());
        this.byFirst = new WordsByFirst(leadWords == null ? List.of() : leadWords);
    }

    /** Whether the lead words were read from the pattern; if not, every character of a text is tried. */
    boolean knowsItsLeadWords() {
        return leadWords != null;
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
        private final String text;
        /** Made at the first place worth trying: most texts hold none of a pattern's lead words. */
        private Matcher matcher;
        private int from;

        private Search(String text, String words) {
            // the rare text whose lower case has another length is searched at every character
            this.words = leadWords != null && words.length() == text.length() ? words : null;
            this.text = text;
        }

        public Matcher matcher() {
            if (matcher == null) {
                // the pattern is tried at a place with the text before it in view, as a search sees it
                matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            return matcher;
        }

        public boolean find() {
            if (words == null) {
                return matcher().find();
            }
            for (int at = from; at < words.length(); at++) {
                // a letter or digit before a word that opens with one leaves no word boundary there
                if (byFirst.openingWith(words.charAt(at)) == null || at > 0 && isWordCharacter(words.charAt(at - 1))
                        || !byFirst.oneStartsAt(words, at)) {
                    continue;
                }
                Matcher matcher = matcher();
                matcher.region(at, words.length());
                if (matcher.lookingAt()) {
                    from = matcher.end() > matcher.start() ? matcher.end() : matcher.end() + 1;
                    return true;
                }
            }
            from = words.length();
            return false;
        }
    }

    private static boolean isWordCharacter(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
