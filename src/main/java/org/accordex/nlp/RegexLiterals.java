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
     * "Chemical" of {@code Chemicals?}, whose quantifier makes the s optional, "South Korean" of a quoted
     * {@code \QSouth Korean\E} ({@link java.util.regex.Pattern#quote}); empty when it opens with syntax.
     */
    public static String literalStart(String alternative) {
        if (alternative.startsWith("\\Q")) {
            int end = alternative.indexOf("\\E", 2);
            String quoted = alternative.substring(2, end < 0 ? alternative.length() : end);
            boolean optionalLast = end >= 0 && end + 2 < alternative.length() && "?*{".indexOf(alternative.charAt(end + 2)) >= 0;
            return optionalLast ? quoted.substring(0, Math.max(0, quoted.length() - 1)) : quoted;
        }
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
     * {@code (?i)}, a look-behind and a word boundary, as in {@code \b(?:by|before|no\s+later\s+than)\s+…}; null when the pattern
     * is not of that shape or an alternative opens with no literal text. An alternative that opens with a group has
     * the starts of that group's alternatives, and when the group is optional ({@code (?:the\s+)?leaders}) those of
     * what follows it too.
     */
    public static List<String> leadWords(String regex) {
        List<String> asWritten = leadWordsAsWritten(regex);
        return asWritten == null ? null : asWritten.stream().map(w -> w.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    /** As {@link #leadWords}, in the case the pattern writes them: what a case-sensitive pattern's match opens with. */
    public static List<String> leadWordsAsWritten(String regex) {
        String rest = regex.startsWith("(?i)") ? regex.substring(4) : regex;
        List<String> whole = alternatives(rest, 0, rest.length());
        if ((rest.startsWith("(?<!") || rest.startsWith("(?<=")) && whole != null && whole.size() == 1) {
            // a look-behind first reads what comes before the match, which starts where it would without it
            int close = closing(rest, 4);
            rest = close < 0 ? rest : rest.substring(close + 1);
        }
        if (!rest.startsWith("\\b")) {
            return null;
        }
        whole = alternatives(rest, 0, rest.length());
        // a group of words ("\b(?:by|before)…") or one word ("\bin\s+…")
        List<String> starts = whole == null || whole.size() != 1 ? null : starts(rest.substring(2));
        if (starts == null) {
            return null;
        }
        List<String> words = starts.stream().distinct().toList();
        // the word boundary before a word that opens with a letter or digit is what lets a search skip the inside of words
        return words.stream().allMatch(w -> !w.isEmpty() && Character.isLetterOrDigit(w.charAt(0))) ? words : null;
    }

    /**
     * The literal starts of the group {@code regex} opens with; null when a start is not known. Only the group itself
     * is read: what follows it counts only when the group may be skipped.
     */
    private static List<String> groupStarts(String regex) {
        int body;
        if (regex.startsWith("(?:")) {
            body = 3;
        } else if (regex.startsWith("(?<") && regex.length() > 3 && Character.isLetter(regex.charAt(3))) {
            body = regex.indexOf('>') + 1;
        } else if (regex.startsWith("(?-i:")) {
            body = 5; // a case-sensitive group matches as written, and its lower case where the rest ignores case
        } else if (regex.startsWith("(") && !regex.startsWith("(?")) {
            body = 1;
        } else {
            return null;
        }
        int close = closing(regex, body);
        List<String> inner = close < 0 ? null : alternatives(regex, body, close);
        if (inner == null) {
            return null;
        }
        List<String> starts = new ArrayList<>();
        for (String alternative : inner) {
            List<String> alternativeStarts = starts(alternative);
            if (alternativeStarts == null) {
                return null;
            }
            starts.addAll(alternativeStarts);
        }
        String after = regex.substring(close + 1);
        if (after.startsWith("{")) {
            return null; // a count that may be zero
        }
        if (after.startsWith("?") || after.startsWith("*")) {
            String next = after.substring(1);
            List<String> nextStarts = starts(next.startsWith("?") || next.startsWith("+") ? next.substring(1) : next);
            if (nextStarts == null) {
                return null;
            }
            starts.addAll(nextStarts);
        }
        return starts;
    }

    /**
     * The literal starts of one alternative: its literal text, or those of the group it opens with; a look-behind
     * first is passed over, as it matches no text.
     */
    private static List<String> starts(String alternative) {
        if (alternative.startsWith("(?<!") || alternative.startsWith("(?<=")) {
            int close = closing(alternative, 4);
            return close < 0 ? null : starts(alternative.substring(close + 1));
        }
        if (alternative.startsWith("(")) {
            return groupStarts(alternative);
        }
        String literal = literalStart(alternative);
        return literal.isEmpty() ? null : List.of(literal);
    }

    /** The index of the parenthesis that closes a group whose body starts at {@code from}; -1 when there is none. */
    private static int closing(String regex, int from) {
        int depth = 0;
        for (int i = from; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i = escapeEnd(regex, i);
            } else if (c == '[') {
                i = classEnd(regex, i);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }

    /** The alternatives of {@code regex[from, to)}, split at its own bars; null when a bracket is not closed. */
    private static List<String> alternatives(String regex, int from, int to) {
        List<String> alternatives = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < to; i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i = escapeEnd(regex, i);
            } else if (c == '[') {
                i = classEnd(regex, i);
                if (i < 0 || i >= to) {
                    return null;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                alternatives.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        alternatives.add(regex.substring(start, to));
        return depth == 0 ? alternatives : null;
    }

    /** The index of the bracket that closes the character class opening at {@code open}; -1 when there is none. */
    private static int classEnd(String regex, int open) {
        for (int i = open + 1; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i = escapeEnd(regex, i);
            } else if (c == '[') {
                i = classEnd(regex, i); // a nested class: [\p{L}&&[^\p{ASCII}]]
                if (i < 0) {
                    return -1;
                }
            } else if (c == ']' && i > open + 1) {
                return i;
            }
        }
        return -1;
    }

    /** The last index of the escape at {@code backslash}: the escaped character, or the end of a {@code \Q…\E} quote. */
    private static int escapeEnd(String regex, int backslash) {
        if (backslash + 1 < regex.length() && regex.charAt(backslash + 1) == 'Q') {
            int end = regex.indexOf("\\E", backslash + 2);
            return end < 0 ? regex.length() : end + 1;
        }
        return backslash + 1;
    }
}
