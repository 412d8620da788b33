package org.accordex.web;

import java.util.Iterator;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.accordex.annotate.PartyNames;

/**
 * What the page adds to the API's replies, beside the fields other clients read: party names with their norms
 * ({@code "labels": [{"norm": "JP", "label": "Japan"}]}) and facet counts as ordered lists with names
 * ({@code "facetValues": {"party": [{"norm", "label", "count"}]}}).
 */
final class PageJson {
    /** A party clause of a query: party:JP or party:"U.S. Department of Energy". */
    private static final Pattern PARTY_CLAUSE = Pattern.compile("\\bparty:(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^\\s()\"]+))");
    private final PartyNames names;

    PageJson(PartyNames names) {
        this.names = names;
    }

    /** Adds {@code facetValues} next to {@code facets} (kept as it was: {"party": {"JP": 5}}). */
    void addFacetValues(ObjectNode root) {
        JsonNode facets = root.get("facets");
        if (facets == null || !facets.isObject()) {
            return;
        }
        ObjectNode values = root.putObject("facetValues");
        for (Iterator<Map.Entry<String, JsonNode>> dims = facets.fields(); dims.hasNext(); ) {
            Map.Entry<String, JsonNode> dim = dims.next();
            ArrayNode list = values.putArray(dim.getKey());
            for (Iterator<Map.Entry<String, JsonNode>> counts = dim.getValue().fields(); counts.hasNext(); ) {
                Map.Entry<String, JsonNode> count = counts.next();
                String norm = count.getKey();
                list.addObject().put("norm", norm)
                        .put("label", dim.getKey().equals("party") ? names.label(norm) : norm)
                        .put("count", count.getValue().asLong());
            }
        }
    }

    /**
     * Adds {@code labels}: every party norm the reply holds (in commitments' {@code parties}, PARTY mentions,
     * party facets and chart rows) with its name, sorted by norm.
     */
    void addLabels(ObjectNode root) {
        addLabels(root, null);
    }

    /** As {@link #addLabels(ObjectNode)}, also naming the parties {@code query} asks for (a filter with no hits still reads "Japan (JP)"). */
    void addLabels(ObjectNode root, String query) {
        TreeSet<String> norms = new TreeSet<>();
        collect(root, false, norms);
        if (query != null) {
            Matcher m = PARTY_CLAUSE.matcher(query);
            while (m.find()) {
                norms.add(m.group(1) != null ? m.group(1).replaceAll("\\\\(.)", "$1") : m.group(2));
            }
        }
        ArrayNode labels = root.putArray("labels");
        norms.forEach(norm -> labels.addObject().put("norm", norm).put("label", names.label(norm)));
    }

    private static void collect(JsonNode node, boolean parties, TreeSet<String> norms) {
        if (node.isObject()) {
            if ("PARTY".equals(node.path("type").asText()) && node.has("norm")) {
                norms.add(node.get("norm").asText());
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = field.getKey();
                if (key.equals("labels") || key.equals("text")) {
                    continue;
                }
                if (parties && key.equals("norm")) {
                    norms.add(field.getValue().asText());
                } else if (key.equals("party") && field.getValue().isObject()) {
                    field.getValue().fieldNames().forEachRemaining(norms::add); // facets: {"party": {"JP": 5}}
                } else {
                    collect(field.getValue(), key.equals("parties"), norms);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                if (parties && item.isTextual()) {
                    norms.add(item.asText());
                } else {
                    collect(item, parties, norms);
                }
            }
        }
    }
}
