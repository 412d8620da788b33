package org.accordex.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.accordex.index.PledgeSignature;
import org.apache.lucene.search.Query;

/**
 * The primitives a backend offers the {@link Searcher}: select entries and page through them in a given order,
 * count facet values, find same-pledge candidates. Everything a reader sees (hits, commitments, order, facets,
 * deadlines) is assembled from these by the searcher, once for every backend. An index is seen as it was last
 * committed when it was opened.
 */
public interface SearchIndex extends Closeable {
    /** The two kinds of entries: one per document, one per commitment. */
    enum Kind { DOCUMENT, COMMITMENT }

    /** Which fields of an entry to read: what a document hit shows, or all of a commitment, or a whole document. */
    enum Fetch { SUMMARY, COMMITMENT, DOCUMENT }

    /**
     * Entries of one kind matching a query. {@code typed} is the query as the user typed it (null when accordex built
     * {@code query} itself, such as the fielded part of a typed query); {@code documents}, when not null, restricts
     * the entries to those of these document ids.
     */
    record Selection(Kind kind, String typed, Query query, Collection<String> documents) {
        public static Selection typed(Kind kind, String typed, Query parsed) {
            return new Selection(kind, typed, parsed, null);
        }

        public static Selection exact(Kind kind, Query query) {
            return new Selection(kind, null, query, null);
        }
    }

    /** One sort key; {@link #SCORE} is relevance. Entries without the field come last either way. */
    record SortKey(String field, boolean descending) {
        public static final String SCORE = "score";
    }

    /**
     * An entry as read: {@code id} is the entry's own (the document's, or the commitment's), {@code json} its stored
     * JSON, {@code text} its full text or sentence, {@code signature} a commitment's MinHash signature; what was not
     * fetched is null. {@code snippets} hold the query's matches marked « ».
     */
    record Entry(String id, DocumentSummary document, float score, List<String> snippets, String json, String text,
            String signature) {
        public Entry {
            snippets = snippets == null ? List.of() : List.copyOf(snippets);
        }
    }

    /** A page of entries and the number that match. */
    record Page(long total, List<Entry> entries) {
        public Page {
            entries = List.copyOf(entries);
        }
    }

    /**
     * Hears the commitments that may state the same pledge as one of a batch. The index asks {@link #wants} first,
     * from what it reads cheaply, and reads a candidate's document and id only when the answer is yes.
     */
    interface PledgeSink {
        /** Whether a commitment with this pledge key and signature is near one of the batch's. */
        boolean wants(String key, PledgeSignature signature);

        void accept(String key, PledgeSignature signature, String documentId, String commitmentId);
    }

    /** Entries {@code offset} to {@code offset + limit} in {@code order}, with up to {@code snippets} snippets each. */
    Page find(Selection selection, List<SortKey> order, int offset, int limit, Fetch fetch, int snippets) throws IOException;

    /** A page and the facet counts of every matching entry ({@link #countFacets}). */
    record CountedPage(Page page, Map<String, Map<String, Long>> facets) {
    }

    /**
     * {@link #find} and {@link #countFacets} over the same selection; a backend that can count the matches while it
     * finds the page does both in one pass.
     */
    default CountedPage findCounting(Selection selection, List<SortKey> order, int offset, int limit, Fetch fetch,
            int snippets) throws IOException {
        return new CountedPage(find(selection, order, offset, limit, fetch, snippets), countFacets(selection));
    }

    /** Every matching entry in {@code order}, a batch at a time so that memory stays flat. */
    void scroll(Selection selection, List<SortKey> order, Fetch fetch, Consumer<List<Entry>> batch) throws IOException;

    /** Every value of every facet dimension among the matching entries, with its count, in no particular order. */
    Map<String, Map<String, Long>> countFacets(Selection selection) throws IOException;

    /** Offers {@code sink} the commitments whose pledge key is one of {@code keys} and which share one of {@code bands}. */
    void pledgeCandidates(Set<String> keys, Set<String> bands, PledgeSink sink) throws IOException;

    Searcher.Status status() throws IOException;

    /**
     * Same-pledge answers already found in this state of the index, by commitment id, when the index keeps them for
     * as long as it is open (the same commitments come back across queries, pages and page views); null when not.
     */
    default Map<String, Optional<AlsoIn>> pledgeMemo() {
        return null;
    }
}
