package org.accordex.model;

import java.util.Objects;

/**
 * What is known about a document besides its text: the {@code document} object of the JSON output.
 * {@code id} is the SHA-256 of the file's bytes; {@code date} is ISO (yyyy-MM-dd) or null.
 */
public record DocumentInfo(
        String id, String source, String title, String date, String contentType, String language, int chars) {

    public DocumentInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        title = title == null ? "" : title;
        language = language == null ? "en" : language;
    }

    public DocumentInfo withDate(String newDate) {
        return new DocumentInfo(id, source, title, newDate, contentType, language, chars);
    }
}
