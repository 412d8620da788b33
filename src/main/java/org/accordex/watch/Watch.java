package org.accordex.watch;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.accordex.json.ModelJson;

/**
 * A saved query that fires when a newly indexed document, or with {@code commitments} one of its commitments, matches
 * it. {@code name} is what people type and what URLs carry ("gallium-stockpiles"); {@code id} tells a watch from an
 * earlier one of the same name, so removing a watch and adding it again starts with no matches.
 */
public record Watch(String name, String query, boolean commitments, String id, Instant created) {
    /** Letters, digits, '.', '_' and '-', starting with a letter or digit: safe in a URL path and a file name. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public Watch {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(created, "created");
        if (!validName(name)) {
            throw new IllegalArgumentException(nameRule(name));
        }
    }

    public static boolean validName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    static String nameRule(String name) {
        return "bad watch name '" + name + "': use up to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";
    }

    /** What a match of this watch is counted in: "commitments" or "documents". */
    public String unit() {
        return commitments ? "commitments" : "documents";
    }

    public ObjectNode toJson() {
        ObjectNode node = ModelJson.MAPPER.createObjectNode();
        node.put("name", name);
        node.put("query", query);
        node.put("commitments", commitments);
        node.put("id", id);
        node.put("created", created.toString());
        return node;
    }

    static Watch fromJson(JsonNode node) {
        return new Watch(node.path("name").asText(), node.path("query").asText(), node.path("commitments").asBoolean(),
                node.path("id").asText(), Instant.parse(node.path("created").asText()));
    }
}
