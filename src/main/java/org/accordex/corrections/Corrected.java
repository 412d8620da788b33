package org.accordex.corrections;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.accordex.model.Annotation;

/**
 * A document's annotation with its corrections applied: the machine's {@code machine}, the corrected
 * {@code annotation}, the ids of the corrections {@code applied}, who corrected which item ({@code marks}, keyed by
 * {@link #key}), and the corrections that could not be placed because their span no longer holds their text.
 */
public record Corrected(Annotation machine, Annotation annotation, List<String> applied, Map<String, Mark> marks,
        List<Unplaced> unplaced) {

    /** Who corrected an item last and when, and every correction that touched it. */
    public record Mark(String author, String time, List<String> corrections) {
        public Mark {
            corrections = List.copyOf(corrections);
        }
    }

    /** A correction of this document, or of an earlier version of its file, that no longer fits the text. */
    public record Unplaced(Correction correction, String reason) {
    }

    public Corrected {
        applied = List.copyOf(applied);
        marks = Map.copyOf(marks);
        unplaced = List.copyOf(unplaced);
    }

    /** An annotation no correction touches. */
    public static Corrected none(Annotation annotation) {
        return new Corrected(annotation, annotation, List.of(), Map.of(), List.of());
    }

    /** True when at least one correction changed (or confirmed) something in this document. */
    public boolean changed() {
        return !applied.isEmpty();
    }

    /** The key of a mention ("m:4:17") or a commitment ("c:690:790") in {@link #marks}. */
    public static String key(boolean commitment, int start, int end) {
        return (commitment ? "c:" : "m:") + start + ":" + end;
    }

    /**
     * Adds {@code "corrected": true, "correctedBy", "correctedAt", "corrections"} to the JSON of a corrected
     * mention or commitment ({@code {"start", "end", …}}); leaves any other item as it is.
     */
    public ObjectNode mark(ObjectNode item, boolean commitment) {
        Mark mark = marks.get(key(commitment, item.path("start").asInt(), item.path("end").asInt()));
        if (mark != null) {
            item.put("corrected", true);
            item.put("correctedBy", mark.author());
            item.put("correctedAt", mark.time());
            mark.corrections().forEach(item.withArray("corrections")::add);
        }
        return item;
    }

    /** Marks every corrected item of a §3 document and lists the applied corrections under {@code document.corrections}. */
    public ObjectNode mark(ObjectNode root) {
        if (!changed()) {
            return root;
        }
        applied.forEach(((ObjectNode) root.get("document")).withArray("corrections")::add);
        for (JsonNode m : root.path("mentions")) {
            mark((ObjectNode) m, false);
        }
        for (JsonNode c : root.path("commitments")) {
            mark((ObjectNode) c, true);
        }
        return root;
    }
}
