package org.accordex.corrections;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.accordex.model.MentionType;
import org.accordex.model.Modality;

/**
 * One entry of the corrections log: an analyst's fix of one commitment or mention of one document, keyed by the
 * document id and the span {@code [start, end)} of its text, with the text the span held (so a changed file is
 * noticed), who made it and when (ISO instant). Undoing is an entry of its own that names the one it undoes.
 *
 * <p>Value fields left null are not changed: {@code Correction(…, COMMITMENT, 120, 260, …, parties = ["AU"],
 * modality = null, …)} replaces the parties of the commitment at [120, 260) and keeps its modality. For
 * {@code deadline} the empty string removes the deadline; any other value is an ISO 8601 norm ("P6M", "2030").
 */
public record Correction(
        String id, String document, String source, Kind kind, int start, int end, String text,
        List<String> parties, Modality modality, String action, String deadline, MentionType type, String norm,
        String undoes, String author, String time) {

    /** What the analyst did. */
    public enum Kind {
        /** Changed a commitment's parties, modality, action or deadline. */
        COMMITMENT,
        /** Said a sentence the extractor took for a commitment is not one. */
        NOT_COMMITMENT,
        /** Made a sentence a commitment. */
        ADD_COMMITMENT,
        /** Changed a mention's type or norm. */
        MENTION,
        /** Removed a mention. */
        REMOVE_MENTION,
        /** Marked a mention in a text selection. */
        ADD_MENTION,
        /** Took back an earlier correction ({@code undoes}). */
        UNDO;

        /** "not-commitment", as in the log and the API. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Kind fromLabel(String label) {
            for (Kind k : values()) {
                if (k.label().equals(label)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown correction kind '" + label + "' (one of "
                    + String.join(", ", java.util.Arrays.stream(values()).map(Kind::label).toList()) + ")");
        }

        boolean onCommitment() {
            return this == COMMITMENT || this == NOT_COMMITMENT || this == ADD_COMMITMENT;
        }
    }

    public Correction {
        require(id, "id");
        require(document, "document");
        require(author, "author");
        require(time, "time");
        Objects.requireNonNull(kind, "kind");
        source = source == null ? "" : source;
        text = text == null ? "" : text;
        parties = parties == null ? null : parties.stream().map(String::strip).filter(p -> !p.isEmpty()).distinct().sorted().toList();
        action = action == null ? null : action.strip();
        deadline = deadline == null ? null : deadline.strip();
        norm = norm == null ? null : norm.strip();
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        switch (kind) {
            case COMMITMENT -> {
                if (parties == null && modality == null && action == null && deadline == null) {
                    throw new IllegalArgumentException("a commitment correction changes parties, modality, action or deadline");
                }
            }
            case ADD_COMMITMENT -> {
                if (modality == null) {
                    throw new IllegalArgumentException("an added commitment needs a modality");
                }
            }
            case MENTION -> {
                if (type == null && (norm == null || norm.isEmpty())) {
                    throw new IllegalArgumentException("a mention correction changes the type or the norm");
                }
            }
            case ADD_MENTION -> {
                if (type == null || norm == null || norm.isEmpty()) {
                    throw new IllegalArgumentException("an added mention needs a type and a norm");
                }
            }
            case UNDO -> require(undoes, "undoes");
            default -> { }
        }
        if (kind != Kind.UNDO && end == start) {
            throw new IllegalArgumentException("empty span [" + start + ", " + end + ")");
        }
        if (deadline != null && !deadline.isEmpty() && !deadline.matches("P\\d+[DWMY]|\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new IllegalArgumentException("deadline '" + deadline + "' is not an ISO 8601 norm such as P6M, 2030 or 2026-06-30");
        }
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing " + name);
        }
    }

    /** True when it applies to a commitment (a sentence), false for a mention or an undo. */
    public boolean onCommitment() {
        return kind.onCommitment();
    }

    /** The undo of this correction, by {@code author} at {@code time}. */
    public Correction undo(String newId, String author, String time) {
        return new Correction(newId, document, source, Kind.UNDO, start, end, text, null, null, null, null, null, null,
                id, author, time);
    }

    /** A short description for listings: "parties → AU, JP; modality → intent". */
    public String summary() {
        List<String> parts = new java.util.ArrayList<>();
        if (type != null) {
            parts.add("type → " + type.name());
        }
        if (norm != null) {
            parts.add("norm → " + norm);
        }
        if (parties != null) {
            parts.add("parties → " + String.join(", ", parties));
        }
        if (modality != null) {
            parts.add("modality → " + modality.label());
        }
        if (action != null) {
            parts.add("action → " + action);
        }
        if (deadline != null) {
            parts.add("deadline → " + (deadline.isEmpty() ? "none" : deadline));
        }
        if (undoes != null) {
            parts.add("undoes " + undoes);
        }
        return String.join("; ", parts);
    }
}
