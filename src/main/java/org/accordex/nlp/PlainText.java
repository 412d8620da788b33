package org.accordex.nlp;

/**
 * A web page's spacing made plain for the rules and models, at the same offsets: "yesterday\u00a0in Washington"
 * separates its words as spaces do.
 */
public final class PlainText {
    private PlainText() {
    }

    /** The text with no-break, thin and other Unicode spaces as spaces; the text itself when it has none. */
    public static String of(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > ' ' && Character.getType(c) == Character.SPACE_SEPARATOR) {
                chars = chars == null ? text.toCharArray() : chars;
                chars[i] = ' ';
            }
        }
        return chars == null ? text : new String(chars);
    }
}
