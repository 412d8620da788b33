package org.accordex.commitments;

/**
 * The marks that open a list item: "1.", "(a)", "(B)", "ii)", "\\(iv\\)" (Markdown-escaped), "-", "•". The
 * sentence splitter starts a sentence at one; the commitment extractor takes an item's text after it.
 */
public final class ListMarkers {
    /** A regular expression for one marker, without the space that must follow it. */
    public static final String MARKER = "[-•*▪◦●–]|\\\\?\\(?(?:\\d{1,2}|[a-zA-Z]|[ivx]{1,5}|[IVX]{1,5})\\\\?[.)]";

    private ListMarkers() {
    }
}
