package org.accordex.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks the Markdown marks that stand between a sentence's words without being part of them: a block quote's
 * "&gt;" at the start of each quoted line (which would otherwise sit inside a sentence wrapped over two lines),
 * and a table's delimiter row and the pipes that open and close each of its rows (so a row reads as the line
 * "Japan | will provide …", one record, its cells still parted by the pipes inside it).
 *
 * <p>Every mark becomes a space of its own, so the text keeps its length and offsets index the file as well as
 * the text.
 */
final class MarkdownMarks {
    /** One or more quote marks opening a line: "&gt; ", "&gt; &gt; ", up to three spaces before. */
    private static final Pattern QUOTE_MARKS = Pattern.compile("(?m)^ {0,3}>(?:[ \\t]?>)*");
    /** A table's delimiter row: "|---|:---:|", "--- | ---". */
    private static final Pattern DELIMITER_ROW = Pattern.compile(
            "(?m)^[ \\t]*\\|?(?:[ \\t]*:?-{3,}:?[ \\t]*\\|)+(?:[ \\t]*:?-{3,}:?[ \\t]*)?$");
    /** A table row written with its outer pipes: "| Japan | will provide … |". */
    private static final Pattern PIPED_ROW = Pattern.compile("(?m)^([ \\t]*)\\|([^\\n|]*\\|[^\\n]*?)\\|[ \\t]*$");

    private MarkdownMarks() {
    }

    static String blank(String text) {
        if (text.indexOf('>') < 0 && text.indexOf('|') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        Matcher quote = QUOTE_MARKS.matcher(text);
        while (quote.find()) {
            blank(out, quote.start(), quote.end(), '>');
        }
        Matcher delimiter = DELIMITER_ROW.matcher(text);
        boolean table = false;
        while (delimiter.find()) {
            table = true;
            blank(out, delimiter.start(), delimiter.end(), '|');
            blank(out, delimiter.start(), delimiter.end(), '-');
            blank(out, delimiter.start(), delimiter.end(), ':');
        }
        if (table) { // a row's outer pipes, only where the text has a table
            Matcher row = PIPED_ROW.matcher(out.toString());
            while (row.find()) {
                out.setCharAt(row.start(1) + row.group(1).length(), ' ');
                out.setCharAt(row.end(2), ' ');
            }
        }
        return out.toString();
    }

    private static void blank(StringBuilder out, int from, int to, char mark) {
        for (int i = from; i < to; i++) {
            if (out.charAt(i) == mark) {
                out.setCharAt(i, ' ');
            }
        }
    }
}
