package org.accordex.web;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.accordex.annotate.PartyNames;
import org.accordex.search.Hit;
import org.accordex.search.SearchResults;

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

    /**
     * A search reply as the page reads it: the results' own fields, then {@code facetValues} (with facets) and
     * {@code labels}, written straight from the records.
     */
    @JsonPropertyOrder({"results", "facetValues", "labels"})
    record SearchReply(@JsonUnwrapped SearchResults results,
            @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, List<FacetValue>> facetValues, List<Label> labels) {
    }

    /** A facet value with its name: {@code {"norm", "label", "count"}}. */
    record FacetValue(String norm, String label, long count) {
    }

    /** A party norm with its name: {@code {"norm", "label"}}. */
    record Label(String norm, String label) {
    }

    /**
     * {@code results} with {@code facetValues}, the facet counts as ordered lists with names (next to {@code facets},
     * kept as it is: {"party": {"JP": 5}}), and {@code labels}: the parties of its commitments, of the party facet and
     * of {@code query}.
     */
    SearchReply searchReply(SearchResults results, String query) {
        Map<String, List<FacetValue>> facetValues = null;
        TreeSet<String> norms = new TreeSet<>();
        if (!results.facets().isEmpty()) {
            facetValues = new LinkedHashMap<>();
            for (Map.Entry<String, Map<String, Long>> dim : results.facets().byDimension().entrySet()) {
                boolean party = dim.getKey().equals("party");
                List<FacetValue> list = new ArrayList<>(dim.getValue().size());
                dim.getValue().forEach((norm, count) -> list.add(new FacetValue(norm, party ? names.label(norm) : norm, count)));
                facetValues.put(dim.getKey(), list);
                if (party) {
                    norms.addAll(dim.getValue().keySet());
                }
            }
        }
        for (Hit hit : results.hits()) {
            hit.commitments().forEach(c -> norms.addAll(c.commitment().parties()));
        }
        addQueryParties(query, norms);
        return new SearchReply(results, facetValues, norms.stream().map(n -> new Label(n, names.label(n))).toList());
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
        addQueryParties(query, norms);
        ArrayNode labels = root.putArray("labels");
        norms.forEach(norm -> labels.addObject().put("norm", norm).put("label", names.label(norm)));
    }

    private static void addQueryParties(String query, TreeSet<String> norms) {
        if (query != null) {
            Matcher m = PARTY_CLAUSE.matcher(query);
            while (m.find()) {
                norms.add(m.group(1) != null ? m.group(1).replaceAll("\\\\(.)", "$1") : m.group(2));
            }
        }
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
