package org.accordex.search;

import java.util.Objects;

/** Which document a hit or a commitment comes from: its id (SHA-256), source, title and date (ISO, or null). */
public record DocumentSummary(String id, String source, String title, String date) {
    public DocumentSummary {
        Objects.requireNonNull(id, "id");
        source = source == null ? "" : source;
        title = title == null ? "" : title;
    }
}
