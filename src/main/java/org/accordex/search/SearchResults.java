package org.accordex.search;

import java.util.List;

/** One page of results, the total number of matches, and facet counts ({@link FacetCounts#NONE} unless asked for). */
public record SearchResults(long total, List<Hit> hits, FacetCounts facets) {
    public SearchResults {
        hits = List.copyOf(hits);
        facets = facets == null ? FacetCounts.NONE : facets;
    }

    public SearchResults withFacets(FacetCounts counts) {
        return new SearchResults(total, hits, counts);
    }
}
