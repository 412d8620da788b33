package org.accordex.model;

import java.util.Objects;

/** A document as ingested: its metadata and its extracted text, which all offsets index. */
public record SourceDocument(DocumentInfo info, String text) {
    public SourceDocument {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(text, "text");
    }
}
