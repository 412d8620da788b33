package org.accordex.search;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.accordex.export.AnnotationJson;

/** The JSON form of search results: {@code {"total", "hits": [{"id", "source", "title", "date", "score", "snippets", "commitments"}], "facets"}}. */
public final class SearchJson {
    private SearchJson() {
    }

    /**
     * A document as the reader sees it: its stored annotation (§3 JSON) with its text, and its commitments as the
     * index holds them (with {@code alsoIn}), without the per-commitment document summary they carry in exports.
     */
    public static ObjectNode document(String annotationJson, String text, List<ObjectNode> commitments)
            throws java.io.IOException {
        ObjectNode annotation = (ObjectNode) AnnotationJson.MAPPER.readTree(annotationJson);
        annotation.put("text", text);
        ArrayNode list = annotation.putArray("commitments");
        commitments.forEach(c -> list.add(c.without("document")));
        return annotation;
    }

    public static ObjectNode of(SearchResults results) {
        ObjectNode root = AnnotationJson.MAPPER.createObjectNode();
        root.put("total", results.total());
        ArrayNode hits = root.putArray("hits");
        for (Hit h : results.hits()) {
            ObjectNode n = hits.addObject();
            n.put("id", h.id());
            n.put("source", h.source());
            n.put("title", h.title());
            if (h.date() != null) {
                n.put("date", h.date());
            }
            n.put("score", h.score());
            ArrayNode snippets = n.putArray("snippets");
            h.snippets().forEach(snippets::add);
            ArrayNode commitments = n.putArray("commitments");
            h.commitments().forEach(commitments::add);
        }
        if (!results.facets().isEmpty()) {
            ObjectNode facets = root.putObject("facets");
            results.facets().forEach((dim, counts) -> {
                ObjectNode f = facets.putObject(dim);
                counts.forEach(f::put);
            });
        }
        return root;
    }

}
