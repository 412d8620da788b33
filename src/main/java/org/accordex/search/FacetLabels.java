package org.accordex.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.accordex.index.Fields;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.LongValues;

/**
 * The facet counts of a search's matches over one reader's facet ordinals, counted as Lucene's sorted-set facet
 * counts count them, with each value's label looked up once for as long as the reader is open: Lucene's facets look
 * up and split every counted value's label on every search, a sixth of a faceted search over many documents.
 */
final class FacetLabels {
    private final SortedSetDocValuesReaderState state;
    /** By global ordinal; filled as values are counted (a label is immutable, so a race only repeats a look-up). */
    private final String[] labels;

    FacetLabels(SortedSetDocValuesReaderState state) {
        this.state = state;
        this.labels = new String[state.getSize()];
    }

    /** Every value of every dimension of {@link Fields#FACETS} among the collected matches, with its count. */
    Map<String, Map<String, Long>> count(FacetsCollector collector) throws IOException {
        SortedSetDocValues all = state.getDocValues();
        OrdinalMap toGlobal = all instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
        int[] counts = new int[state.getSize()];
        for (FacetsCollector.MatchingDocs hits : collector.getMatchingDocs()) {
            if (hits.totalHits == 0) {
                continue;
            }
            SortedSetDocValues values = DocValues.getSortedSet(hits.context.reader(), state.getField());
            LongValues global = toGlobal == null ? LongValues.IDENTITY : toGlobal.getGlobalOrds(hits.context.ord);
            int segmentValues = (int) values.getValueCount();
            // Few matches: each value mapped to its global ordinal as met; many: counted by the segment's, then mapped.
            boolean sparse = hits.totalHits < segmentValues / 10;
            int[] segmentCounts = sparse ? null : new int[segmentValues];
            DocIdSetIterator docs = hits.bits.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (values.advanceExact(doc)) {
                    for (int i = values.docValueCount(); i > 0; i--) {
                        long ord = values.nextOrd();
                        if (sparse) {
                            counts[(int) global.get(ord)]++;
                        } else {
                            segmentCounts[(int) ord]++;
                        }
                    }
                }
            }
            for (int ord = 0; !sparse && ord < segmentValues; ord++) {
                if (segmentCounts[ord] != 0) {
                    counts[(int) global.get(ord)] += segmentCounts[ord];
                }
            }
        }
        Map<String, Map<String, Long>> result = new HashMap<>();
        for (String dim : Fields.FACETS) {
            Map<String, Long> values = new HashMap<>();
            SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
            for (int ord = range == null ? 0 : range.start; range != null && ord <= range.end; ord++) {
                if (counts[ord] > 0) {
                    values.put(label(all, ord), (long) counts[ord]);
                }
            }
            result.put(dim, values);
        }
        return result;
    }

    private String label(SortedSetDocValues all, int ord) throws IOException {
        String label = labels[ord];
        if (label == null) {
            label = FacetsConfig.stringToPath(all.lookupOrd(ord).utf8ToString())[1];
            labels[ord] = label;
        }
        return label;
    }
}
