package org.accordex.search;

import java.io.IOException;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.FieldComparator;
import org.apache.lucene.search.FieldComparatorSource;
import org.apache.lucene.search.LeafFieldComparator;
import org.apache.lucene.search.Pruning;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.LongValues;

/**
 * An ascending sort on a string field's sorted doc values, entries without it last, by the reader's global ordinals:
 * the same order as Lucene's string sort, which copies each competitive hit's term bytes (a compressed block of the
 * terms dictionary decoded per hit) to compare across segments, where here it copies an int.
 */
final class OrdinalSort extends FieldComparatorSource {
    private static final int MISSING = Integer.MAX_VALUE;
    private final OrdinalMap globalOrds;

    private OrdinalSort(OrdinalMap globalOrds) {
        this.globalOrds = globalOrds;
    }

    /** The sort on {@code field} with {@code globalOrds}, the ordinal map of the searched reader's segments. */
    static SortField on(String field, OrdinalMap globalOrds) {
        return new SortField(field, new OrdinalSort(globalOrds));
    }

    @Override
    public FieldComparator<Integer> newComparator(String field, int numHits, Pruning pruning, boolean reversed) {
        int[] ords = new int[numHits];
        return new FieldComparator<>() {
            private int top;
            /** Kept here, not per segment: global ordinals compare across segments as they are. */
            private int bottom;

            @Override
            public int compare(int slot1, int slot2) {
                return Integer.compare(ords[slot1], ords[slot2]);
            }

            @Override
            public void setTopValue(Integer value) {
                top = value;
            }

            @Override
            public Integer value(int slot) {
                return ords[slot];
            }

            @Override
            public LeafFieldComparator getLeafComparator(LeafReaderContext context) throws IOException {
                LongValues global = globalOrds.getGlobalOrds(context.ord);
                return new LeafFieldComparator() {
                    /**
                     * Opened at the segment's first hit: the searcher asks for a comparator in every segment, and most
                     * of a narrow query's segments have none, where opening the values decodes their terms' index.
                     */
                    private SortedDocValues values;

                    private int ord(int doc) throws IOException {
                        if (values == null) {
                            values = DocValues.getSorted(context.reader(), field);
                        }
                        return values.advanceExact(doc) ? (int) global.get(values.ordValue()) : MISSING;
                    }

                    @Override
                    public void setBottom(int slot) {
                        bottom = ords[slot];
                    }

                    @Override
                    public int compareBottom(int doc) throws IOException {
                        return Integer.compare(bottom, ord(doc));
                    }

                    @Override
                    public int compareTop(int doc) throws IOException {
                        return Integer.compare(top, ord(doc));
                    }

                    @Override
                    public void copy(int slot, int doc) throws IOException {
                        ords[slot] = ord(doc);
                    }

                    @Override
                    public void setScorer(Scorable scorer) {
                    }
                };
            }
        };
    }
}
