package org.accordex.model;

import java.util.List;
import java.util.Objects;

/**
 * A document as ingested: its metadata and its extracted text, which all offsets index. {@code warnings} are
 * one-line notes on a document that was read but may be incomplete ("only 12 characters of text on 3 pages").
 */
public record SourceDocument(DocumentInfo info, String text, List<String> warnings) {
    public SourceDocument {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(text, "text");
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public SourceDocument(DocumentInfo info, String text) {
        this(info, text, List.of());
    }
}
