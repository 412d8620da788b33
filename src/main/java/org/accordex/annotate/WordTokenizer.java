package org.accordex.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into runs of letters and digits and single punctuation marks, the unit dictionaries match on.
 *
 * <p>"U.S.-Japan" gives U . S . - Japan. Typographic apostrophes and dashes are keyed as their ASCII
 * forms and invisible format characters (word joiners, soft hyphens) are skipped, so "People’s" matches a
 * dictionary entry "People's". This is deliberately simpler than OpenNLP's tokenizer: it is only used for
 * lookups, where predictable splitting matters more than linguistic accuracy.
 */
final class WordTokenizer {
    private WordTokenizer() {
    }

    static List<Token> tokenize(CharSequence text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < to && (Character.isLetterOrDigit(text.charAt(i))
                        || (Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK))) {
                    i++;
                }
                tokens.add(new Token(start, i, text.subSequence(start, i).toString()));
            } else if (Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT || c == '\u00A0') {
                i++;
            } else {
                tokens.add(new Token(i, i + 1, String.valueOf(fold(c))));
                i++;
            }
        }
        return tokens;
    }

    static List<Token> tokenize(CharSequence text) {
        return tokenize(text, 0, text.length());
    }

    private static char fold(char c) {
        return switch (c) {
            case '\u2019', '\u2018', '\u02BC', '`' -> '\'';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
            case '\u201C', '\u201D' -> '"';
            default -> c;
        };
    }
}
