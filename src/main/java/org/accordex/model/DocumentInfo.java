package org.accordex.model;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What is known about a document besides its text: the {@code document} object of the JSON output.
 * {@code id} is the SHA-256 of the file's bytes; {@code date} is ISO (yyyy-MM-dd) or null.
 *
 * <p>{@code pageStarts} holds, for a paged source (a PDF), the offset in the text where each page begins, in order:
 * {@code [0, 2140, 5120]} for three pages; it is empty for unpaged text. {@code ocr} says the text was read by OCR.
 */
public record DocumentInfo(
        String id, String source, String title, String date, String contentType, String language, int chars,
        List<Integer> pageStarts, boolean ocr) {

    public DocumentInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        title = title == null ? "" : title;
        language = language == null ? "en" : language;
        pageStarts = pageStarts == null ? List.of() : List.copyOf(pageStarts);
        for (int i = 1; i < pageStarts.size(); i++) {
            if (pageStarts.get(i) < pageStarts.get(i - 1)) {
                throw new IllegalArgumentException("page starts out of order: " + pageStarts);
            }
        }
    }

    public DocumentInfo(String id, String source, String title, String date, String contentType, String language, int chars) {
        this(id, source, title, date, contentType, language, chars, List.of(), false);
    }

    public DocumentInfo withDate(String newDate) {
        return new DocumentInfo(id, source, title, newDate, contentType, language, chars, pageStarts, ocr);
    }

    /** The number of pages of a paged source; 0 for unpaged text. */
    public int pages() {
        return pageStarts.size();
    }

    /** The 1-based page on which {@code offset} lies, or null for unpaged text. */
    public Integer pageOf(int offset) {
        if (pageStarts.isEmpty()) {
            return null;
        }
        int found = Collections.binarySearch(pageStarts, offset);
        // An empty page starts where the next one does: an offset there belongs to the last of them.
        if (found >= 0) {
            while (found + 1 < pageStarts.size() && pageStarts.get(found + 1) == offset) {
                found++;
            }
            return found + 1;
        }
        return Math.max(1, -found - 1);
    }
}
