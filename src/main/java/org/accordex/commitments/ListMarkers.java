package org.accordex.commitments;

/**
 * The marks that open a list item: "1.", "(a)", "(aa)" (a treaty's letters after "(z)"), "(B)", "ii)", "\\(iv\\)" (Markdown-escaped), "-", "•", "⎯" (a long dash scans of treaties print). The
 * sentence splitter starts a sentence at one; the commitment extractor takes an item's text after it.
 */
public final class ListMarkers {
    /** A regular expression for one marker, without the space that must follow it. */
    public static final String MARKER = "[-•*▪◦●–⎯]|\\\\?\\(?(?:\\d{1,2}|" + doubled() + "|[a-zA-Z]|[ivx]{1,5}|[IVX]{1,5})\\\\?[.)]";

    /** "aa|bb|…|zz": the letters a long list goes on with after "(z)". */
    public static String doubled() {
        StringBuilder out = new StringBuilder();
        for (char c = 'a'; c <= 'z'; c++) {
            out.append(out.length() == 0 ? "" : "|").append(c).append(c);
        }
        return out.toString();
    }

    private ListMarkers() {
    }
}
