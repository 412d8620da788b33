package org.accordex.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The annotation of one document: ANNOTATION.md §3. Mentions and commitments are in text order. In a paged source
 * each of them carries the page it starts on, taken from the document's page starts.
 */
public record Annotation(DocumentInfo document, List<Mention> mentions, List<Commitment> commitments) {

    public Annotation {
        Objects.requireNonNull(document, "document");
        mentions = mentions.stream()
                .map(m -> m.page() == null && document.pages() > 0 ? m.withPage(document.pageOf(m.start())) : m)
                .sorted(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end))
                .toList();
        commitments = commitments.stream()
                .map(c -> c.page() == null && document.pages() > 0 ? c.withPage(document.pageOf(c.start())) : c)
                .sorted(Comparator.comparingInt(Commitment::start))
                .toList();
    }
}
