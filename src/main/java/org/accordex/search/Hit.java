package org.accordex.search;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A ranked result: a document (with its matching commitments) or, in commitment search, one commitment
 * (then {@code commitments} holds just it, and {@code snippets} its highlighted sentence).
 */
public record Hit(String id, String source, String title, String date, float score, List<String> snippets,
        List<ObjectNode> commitments) {
    public Hit {
        snippets = List.copyOf(snippets);
        commitments = List.copyOf(commitments);
    }
}
