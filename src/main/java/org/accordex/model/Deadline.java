package org.accordex.model;

import java.util.Objects;

/** The deadline of a commitment: its words, ISO 8601 norm ("P6M", "2030") and resolved due date (or null). */
public record Deadline(String text, String norm, String due) {
    public Deadline {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(norm, "norm");
    }

    public static Deadline of(Mention mention) {
        return new Deadline(mention.text(), mention.norm(), mention.due());
    }
}
