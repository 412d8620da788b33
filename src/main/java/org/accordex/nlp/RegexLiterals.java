package org.accordex.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The literal text a regular expression opens with, so a search can skip the places where it cannot match. */
public final class RegexLiterals {
    private static final String SYNTAX = "\\.?*+()[]{}|^$ ";

    private RegexLiterals() {
    }

    /**
     * The literal text an alternative opens with: "Inc" of {@code Inc\.?}, "no" of {@code no\s+later\s+than},
     * "Chemical" of {@code Chemicals?}, whose quantifier makes the s optional; empty when it opens with syntax.
     */
    public static String literalStart(String alternative) {
        int n = 0;
        while (n < alternative.length() && SYNTAX.indexOf(alternative.charAt(n)) < 0) {
            n++;
        }
        if (n < alternative.length() && "?*{".indexOf(alternative.charAt(n)) >= 0) {
            n--;
        }
        return alternative.substring(0, Math.max(0, n));
    }

    /**
     * The lower-case literal starts of the alternatives of the group a pattern opens with after an optional
     * {@code (?i)} and a word boundary, as in {@code \b(?:by|before|no\s+later\s+than)\s+…}; null when the pattern
     * is not of that shape or an alternative opens with no literal text.
     */
    public static List<String> leadWords(String regex) {
        String rest = regex.startsWith("(?i)") ? regex.substring(4) : regex;
        if (!rest.startsWith("\\b(")) {
            return null;
        }
        int body;
        if (rest.startsWith("\\b(?:")) {
            body = 5;
        } else if (rest.startsWith("\\b(?<") && rest.length() > 5 && Character.isLetter(rest.charAt(5))) {
            body = rest.indexOf('>') + 1;
        } else if (rest.charAt(3) != '?') {
            body = 3;
        } else {
            return null;
        }
        List<String> alternatives = new ArrayList<>();
        int depth = 0;
        int start = body;
        for (int i = body; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = rest.indexOf(']', i + 1);
                if (i < 0) {
                    return null;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (c == '|' && depth == 0 || c == ')') {
                alternatives.add(rest.substring(start, i));
                start = i + 1;
                if (c == ')') {
                    return lowerCaseStarts(alternatives);
                }
            }
        }
        return null;
    }

    private static List<String> lowerCaseStarts(List<String> alternatives) {
        List<String> words = alternatives.stream()
                .map(a -> literalStart(a).toLowerCase(Locale.ROOT)).distinct().toList();
        return words.contains("") ? null : words;
    }
}
