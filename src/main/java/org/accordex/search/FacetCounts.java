package org.accordex.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts per facet dimension (party, mineral, instrument, modality, year, due_year), each most frequent first, then
 * by label: {@code {"party": {"US": 40, "JP": 12}, "mineral": {…}}}.
 */
public record FacetCounts(Map<String, Map<String, Long>> byDimension) {
    public static final FacetCounts NONE = new FacetCounts(Map.of());

    public FacetCounts {
        Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
        byDimension.forEach((dim, counts) -> copy.put(dim, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts))));
        byDimension = java.util.Collections.unmodifiableMap(copy);
    }

    public boolean isEmpty() {
        return byDimension.isEmpty();
    }
}
