package org.accordex.search;

import java.util.List;

import org.accordex.json.ModelJson;
import org.accordex.model.Annotation;
import org.accordex.model.DocumentInfo;
import org.accordex.model.Mention;

/**
 * A document as the reader sees it: its annotation, its text, and its commitments as the index holds them (with
 * the same pledge elsewhere).
 */
public record DocumentView(Annotation annotation, String text, List<CommitmentHit> commitments) {
    public DocumentView {
        commitments = List.copyOf(commitments);
    }

    /** The annotation's schema, {@code accordex/1}. */
    public String schema() {
        return ModelJson.SCHEMA;
    }

    public DocumentInfo document() {
        return annotation.document();
    }

    public List<Mention> mentions() {
        return annotation.mentions();
    }
}
