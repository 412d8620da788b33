package org.accordex.search;

import java.util.List;

/**
 * A ranked result: a document with its commitments that match the query's fielded part or, in commitment search,
 * one commitment (then {@code commitments} holds just it, and {@code snippets} its highlighted sentence).
 * Snippets mark matches with « and ».
 */
public record Hit(DocumentSummary document, float score, List<String> snippets, List<CommitmentHit> commitments) {
    public Hit {
        snippets = List.copyOf(snippets);
        commitments = List.copyOf(commitments);
    }

    public String id() {
        return document.id();
    }
}
