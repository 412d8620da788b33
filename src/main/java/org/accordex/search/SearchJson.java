package org.accordex.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.accordex.export.AnnotationJson;

/** The JSON form of search results: {@code {"total", "hits": [{"id", "source", "title", "date", "score", "snippets", "commitments"}], "facets"}}. */
public final class SearchJson {
    private SearchJson() {
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
