package org.accordex.search;

import java.util.List;
import java.util.Map;

/** One page of results, the total number of matches, and facet counts (empty unless asked for). */
public record SearchResults(long total, List<Hit> hits, Map<String, Map<String, Long>> facets) {
    public SearchResults {
        hits = List.copyOf(hits);
        facets = facets == null ? Map.of() : facets;
    }
}
