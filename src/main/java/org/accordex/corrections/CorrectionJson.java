package org.accordex.corrections;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.accordex.json.ModelJson;
import org.accordex.model.MentionType;
import org.accordex.model.Modality;

/**
 * The JSON form of a correction, one line of {@code corrections.jsonl} and the body of the API:
 * {@code {"id", "document", "source", "kind", "start", "end", "text", "parties", "modality", "action", "deadline",
 * "type", "norm", "undoes", "author", "time"}}; fields that do not apply are left out.
 */
public final class CorrectionJson {
    private CorrectionJson() {
    }

    public static ObjectNode toJson(Correction c) {
        ObjectNode node = ModelJson.MAPPER.createObjectNode();
        node.put("id", c.id());
        node.put("document", c.document());
        if (!c.source().isEmpty()) {
            node.put("source", c.source());
        }
        node.put("kind", c.kind().label());
        node.put("start", c.start());
        node.put("end", c.end());
        node.put("text", c.text());
        if (c.parties() != null) {
            c.parties().forEach(node.putArray("parties")::add);
        }
        if (c.modality() != null) {
            node.put("modality", c.modality().label());
        }
        putIfSet(node, "action", c.action());
        putIfSet(node, "deadline", c.deadline());
        if (c.type() != null) {
            node.put("type", c.type().name());
        }
        putIfSet(node, "norm", c.norm());
        putIfSet(node, "undoes", c.undoes());
        node.put("author", c.author());
        node.put("time", c.time());
        return node;
    }

    /**
     * Reads a correction; {@link IllegalArgumentException} with a message a person can act on when a field is
     * missing or wrong. {@code id}, {@code author} and {@code time} may be supplied by the caller (the API sets them).
     */
    public static Correction fromJson(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("a correction is a JSON object");
        }
        List<String> parties = null;
        if (node.has("parties") && !node.get("parties").isNull()) {
            if (!node.get("parties").isArray()) {
                throw new IllegalArgumentException("parties is a list of norms");
            }
            parties = new ArrayList<>();
            for (JsonNode p : node.get("parties")) {
                parties.add(p.asText());
            }
        }
        Modality modality = null;
        if (text(node, "modality") != null) {
            try {
                modality = Modality.fromLabel(text(node, "modality"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown modality '" + text(node, "modality")
                        + "' (obligation, commitment, intent or recommendation)");
            }
        }
        MentionType type = null;
        if (text(node, "type") != null) {
            try {
                type = MentionType.valueOf(text(node, "type").toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown mention type '" + text(node, "type")
                        + "' (PARTY, MINERAL, DEADLINE or INSTRUMENT)");
            }
        }
        if (text(node, "kind") == null) {
            throw new IllegalArgumentException("missing kind");
        }
        if (!node.path("start").canConvertToInt() || !node.path("end").canConvertToInt()) {
            throw new IllegalArgumentException("start and end are character offsets");
        }
        return new Correction(text(node, "id"), text(node, "document"), text(node, "source"),
                Correction.Kind.fromLabel(text(node, "kind")), node.path("start").asInt(), node.path("end").asInt(),
                text(node, "text"), parties, modality, text(node, "action"), text(node, "deadline"), type,
                text(node, "norm"), text(node, "undoes"), text(node, "author"), text(node, "time"));
    }

    private static void putIfSet(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
