package org.accordex.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The annotation of one document: ANNOTATION.md §3. Mentions and commitments are in text order. */
public record Annotation(DocumentInfo document, List<Mention> mentions, List<Commitment> commitments) {

    public Annotation {
        Objects.requireNonNull(document, "document");
        mentions = mentions.stream()
                .sorted(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end))
                .toList();
        commitments = commitments.stream().sorted(Comparator.comparingInt(Commitment::start)).toList();
    }
}
