package org.accordex.ingest;

/**
 * A front-matter value as YAML reads it: a double-quoted value's escapes ("United\_States", "America\u2019s")
 * decoded, and a value folded over several lines (an escaped line break "…America\u2019\" + "  s AI …", or a
 * plain break that YAML reads as a space) joined into one line.
 *
 * <p>Only the scalar forms front matter uses are read; a value YAML would reject is returned as it stands.
 */
final class FrontMatterScalar {
    private FrontMatterScalar() {
    }

    /** The value that starts at {@code raw}'s first char; continuation lines keep their leading indent. */
    static String read(String raw) {
        String value = raw.strip();
        if (value.startsWith("\"")) {
            return doubleQuoted(value);
        }
        if (value.startsWith("'")) {
            return singleQuoted(value);
        }
        return fold(value);
    }

    private static String doubleQuoted(String value) {
        StringBuilder out = new StringBuilder();
        int i = 1;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '"') {
                break;
            }
            if (c == '\\' && i + 1 < value.length()) {
                char e = value.charAt(i + 1);
                if (e == '\n' || e == '\r') { // an escaped break joins the lines with nothing between them
                    i = skipIndent(value, skipBreak(value, i + 1));
                    continue;
                }
                int hexDigits = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
                if (hexDigits > 0 && i + 2 + hexDigits <= value.length()) {
                    try {
                        out.appendCodePoint(Integer.parseInt(value.substring(i + 2, i + 2 + hexDigits), 16));
                        i += 2 + hexDigits;
                        continue;
                    } catch (IllegalArgumentException notHex) {
                        // kept as written below
                    }
                }
                out.append(switch (e) {
                    case 'n' -> "\n";
                    case 't' -> "\t";
                    // YAML's "\_" is a no-break space; a title reads better with a plain one
                    case '_', ' ' -> " ";
                    case 'N' -> "\u0085";
                    case 'L' -> "\u2028";
                    case 'P' -> "\u2029";
                    case '"', '\\', '/' -> String.valueOf(e);
                    default -> "\\" + e;
                });
                i += 2;
                continue;
            }
            if (c == '\n' || c == '\r') {
                i = foldBreak(value, i, out);
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static String singleQuoted(String value) {
        StringBuilder out = new StringBuilder();
        int i = 1;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '\'') {
                if (i + 1 < value.length() && value.charAt(i + 1) == '\'') {
                    out.append('\'');
                    i += 2;
                    continue;
                }
                break;
            }
            if (c == '\n' || c == '\r') {
                i = foldBreak(value, i, out);
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static String fold(String value) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r') {
                i = foldBreak(value, i, out);
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString().strip();
    }

    /** A plain line break inside a value: the blanks around it go and it reads as one space. */
    private static int foldBreak(String value, int at, StringBuilder out) {
        while (!out.isEmpty() && (out.charAt(out.length() - 1) == ' ' || out.charAt(out.length() - 1) == '\t')) {
            out.setLength(out.length() - 1);
        }
        out.append(' ');
        return skipIndent(value, skipBreak(value, at));
    }

    private static int skipBreak(String value, int at) {
        if (value.charAt(at) == '\r' && at + 1 < value.length() && value.charAt(at + 1) == '\n') {
            return at + 2;
        }
        return at + 1;
    }

    private static int skipIndent(String value, int at) {
        int i = at;
        while (i < value.length() && (value.charAt(i) == ' ' || value.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
