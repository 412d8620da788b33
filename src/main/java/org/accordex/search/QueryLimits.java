package org.accordex.search;

/**
 * Limits a query meets before it is parsed. Lucene's query parser descends once per nested parenthesis, so a query
 * of thousands of them would overflow the stack of the thread that parses it; a limit far above what a person
 * writes keeps every query harmless, whoever sends it.
 */
public final class QueryLimits {
    /** Deepest nesting of parentheses. */
    public static final int MAX_DEPTH = 100;
    /** Longest query, in characters. */
    public static final int MAX_LENGTH = 10_000;

    private QueryLimits() {
    }

    /** Throws when {@code query} nests deeper or runs longer than the limits; quoted phrases and escapes are text. */
    public static void check(String query) throws SearchException {
        if (query == null) {
            return;
        }
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                if (++depth > MAX_DEPTH) {
                    throw new SearchException("query nested too deeply (limit " + MAX_DEPTH + ")", null);
                }
            } else if (!quoted && c == ')' && depth > 0) {
                depth--;
            }
        }
        if (query.length() > MAX_LENGTH) {
            throw new SearchException("query too long (limit " + MAX_LENGTH + " characters)", null);
        }
    }
}
