package org.accordex.model;

import java.util.List;
import java.util.Objects;

/**
 * One sentence in which parties commit to a future action (ANNOTATION.md §2).
 * List fields are sorted sets; {@code deadline} may be null; {@code page} (1-based, where the sentence starts) is
 * set only in paged sources such as PDFs.
 */
public record Commitment(
        String id,
        int start,
        int end,
        String text,
        List<String> parties,
        Modality modality,
        String action,
        List<String> minerals,
        List<String> instruments,
        Deadline deadline,
        double confidence,
        Integer page) {

    public Commitment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(modality, "modality");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        parties = sortedSet(parties);
        minerals = sortedSet(minerals);
        instruments = sortedSet(instruments);
        action = action == null ? "" : action;
    }

    public Commitment(String id, int start, int end, String text, List<String> parties, Modality modality, String action,
            List<String> minerals, List<String> instruments, Deadline deadline, double confidence) {
        this(id, start, end, text, parties, modality, action, minerals, instruments, deadline, confidence, null);
    }

    public Commitment withPage(Integer newPage) {
        return new Commitment(id, start, end, text, parties, modality, action, minerals, instruments, deadline,
                confidence, newPage);
    }

    private static List<String> sortedSet(List<String> values) {
        return values == null ? List.of() : values.stream().distinct().sorted().toList();
    }
}
