package org.accordex.ingest;

import java.util.Objects;

import org.accordex.model.SourceDocument;

/**
 * One document a file yielded, or why it could not be read. A plain file yields one; an email yields its body and
 * each attachment, an archive each of its files. {@code part} locates the document inside the file: empty for the
 * file itself, {@code "#attachment.pdf"} for an attachment, {@code "#dir/b.eml#c.pdf"} for one nested deeper; the
 * document's source is the file's source followed by it. {@code id} is the SHA-256 of the part's bytes.
 *
 * <p>Exactly one of three: a {@code document}; a {@code failure}; neither, when the caller said it already holds
 * this id ({@link #skipped()}), so the part was not parsed.
 */
public record Ingested(String part, String id, SourceDocument document, IngestException failure) {
    public Ingested {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(id, "id");
        if (document != null && failure != null) {
            throw new IllegalArgumentException("a document or a failure, not both");
        }
    }

    static Ingested of(String part, SourceDocument document) {
        return new Ingested(part, document.info().id(), document, null);
    }

    static Ingested failed(String part, String id, IngestException failure) {
        return new Ingested(part, id, null, failure);
    }

    static Ingested skip(String part, String id) {
        return new Ingested(part, id, null, null);
    }

    public boolean skipped() {
        return document == null && failure == null;
    }

    /** The one-line report of a failure: {@code FILE#part: reason}, given how the user named the file. */
    public String report(Object file) {
        return file + part + ": " + (failure == null ? "" : failure.getMessage());
    }
}
