package org.accordex.search;

import java.io.Closeable;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.accordex.index.Fields;
import org.accordex.json.ModelJson;
import org.accordex.model.Annotation;
import org.accordex.model.Commitment;
import org.accordex.search.SearchIndex.Entry;
import org.accordex.search.SearchIndex.Fetch;
import org.accordex.search.SearchIndex.Kind;
import org.accordex.search.SearchIndex.Selection;
import org.accordex.search.SearchIndex.SortKey;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What accordex asks of an index, whichever holds it: documents and commitments matching a query, facet counts, a
 * document with its commitments, the deadlines in a window. Queries are strings in {@link QuerySyntax}. Hits are
 * assembled here, once for every backend: the order (always ending on the entry id, so pages are stable and the
 * backends agree entry for entry), paging, facet ordering and truncation, and the same pledge in other documents.
 * The backend's {@link SearchIndex} only selects, sorts, counts and reads entries.
 */
public final class Searcher implements Closeable {
    /** How hits are ordered; ties are broken by source, then by id. */
    public enum Order { RELEVANCE, DATE, DUE }

    /** Counts of documents and commitments, and the annotator version the index was written with. */
    public record Status(long documents, long commitments, String annotatorVersion) {
    }

    /** Snippets per document hit; a commitment hit has one, its sentence. */
    private static final int DOCUMENT_SNIPPETS = 2;

    private final SearchIndex index;

    public Searcher(SearchIndex index) {
        this.index = index;
    }

    /** Documents matching {@code query}, each with its commitments that match the query's fielded part. */
    public SearchResults searchDocuments(String query, int offset, int limit, Order order) throws IOException, SearchException {
        return searchDocuments(query, offset, limit, order, 0);
    }

    /**
     * {@link #searchDocuments(String, int, int, Order)} with the {@link #facets} of the same query, at most
     * {@code facetValues} per dimension (none when 0), counted in the same pass over the matches.
     */
    public SearchResults searchDocuments(String query, int offset, int limit, Order order, int facetValues)
            throws IOException, SearchException {
        Query parsed = QuerySyntax.parse(query);
        Found found = find(Selection.typed(Kind.DOCUMENT, query, parsed), sort(order), offset, limit, Fetch.SUMMARY,
                DOCUMENT_SNIPPETS, facetValues);
        SearchIndex.Page page = found.page();
        // The page's matching commitments in one pass, so their same-pledge lookups are one batch too.
        Map<String, List<CommitmentHit>> byDocument = new LinkedHashMap<>();
        Query fielded = QuerySyntax.fieldedPart(parsed);
        if (fielded != null && !page.entries().isEmpty()) {
            List<String> ids = page.entries().stream().map(Entry::id).toList();
            index.scroll(new Selection(Kind.COMMITMENT, null, fielded, ids), scrollOrder(false), Fetch.COMMITMENT,
                    batch -> commitments(batch).forEach(
                            c -> byDocument.computeIfAbsent(c.document().id(), k -> new ArrayList<>()).add(c)));
        }
        List<Hit> hits = new ArrayList<>();
        for (Entry e : page.entries()) {
            hits.add(new Hit(e.document(), e.score(), e.snippets(), byDocument.getOrDefault(e.id(), List.of())));
        }
        return new SearchResults(page.total(), hits, found.facets());
    }

    /** Commitments matching {@code query}, each hit holding one commitment and its highlighted sentence. */
    public SearchResults searchCommitments(String query, int offset, int limit, Order order) throws IOException, SearchException {
        return searchCommitments(query, offset, limit, order, 0);
    }

    /** {@link #searchCommitments(String, int, int, Order)} with facets, as {@link #searchDocuments(String, int, int, Order, int)}. */
    public SearchResults searchCommitments(String query, int offset, int limit, Order order, int facetValues)
            throws IOException, SearchException {
        Found found = find(Selection.typed(Kind.COMMITMENT, query, QuerySyntax.parse(query)), sort(order), offset, limit,
                Fetch.COMMITMENT, 1, facetValues);
        SearchIndex.Page page = found.page();
        List<CommitmentHit> commitments = commitments(page.entries());
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < commitments.size(); i++) {
            Entry e = page.entries().get(i);
            hits.add(new Hit(e.document(), e.score(), e.snippets().isEmpty() ? List.of(e.text()) : e.snippets(),
                    List.of(commitments.get(i))));
        }
        return new SearchResults(page.total(), hits, found.facets());
    }

    /** A page, with its facets (null when none were asked for). */
    private record Found(SearchIndex.Page page, FacetCounts facets) {
    }

    private Found find(Selection selection, List<SortKey> order, int offset, int limit, Fetch fetch, int snippets,
            int facetValues) throws IOException {
        if (facetValues <= 0) {
            return new Found(index.find(selection, order, offset, limit, fetch, snippets), null);
        }
        SearchIndex.CountedPage counted = index.findCounting(selection, order, offset, limit, fetch, snippets);
        return new Found(counted.page(), facetCounts(counted.facets(), facetValues));
    }

    /**
     * Calls {@code sink} with every commitment matching {@code query}, ordered by source and position (by due date
     * first when {@code byDue}), a page at a time so memory stays flat. Returns the count.
     */
    public long forEachCommitment(String query, boolean byDue, Consumer<CommitmentHit> sink) throws IOException, SearchException {
        return forEach(Selection.typed(Kind.COMMITMENT, query, QuerySyntax.parse(query)), byDue, sink);
    }

    private long forEach(Selection selection, boolean byDue, Consumer<CommitmentHit> sink) throws IOException {
        long[] count = {0};
        index.scroll(selection, scrollOrder(byDue), Fetch.COMMITMENT, batch -> commitments(batch).forEach(c -> {
            sink.accept(c);
            count[0]++;
        }));
        return count[0];
    }

    /**
     * Counts per facet dimension ({@link Fields#FACETS}) over the documents or commitments matching {@code query},
     * most frequent first, then by label, at most {@code top} per dimension.
     */
    public FacetCounts facets(String query, boolean commitments, int top) throws IOException, SearchException {
        Selection selection = Selection.typed(commitments ? Kind.COMMITMENT : Kind.DOCUMENT, query, QuerySyntax.parse(query));
        return facetCounts(index.countFacets(selection), top);
    }

    /** Every dimension's counts most frequent first, then by label, at most {@code top} each. */
    private static FacetCounts facetCounts(Map<String, Map<String, Long>> all, int top) {
        Map<String, Map<String, Long>> result = new LinkedHashMap<>();
        for (String dim : Fields.FACETS) {
            Map<String, Long> counts = new LinkedHashMap<>();
            mostFrequent(all.getOrDefault(dim, Map.of()), top).forEach(e -> counts.put(e.getKey(), e.getValue()));
            result.put(dim, counts);
        }
        return new FacetCounts(result);
    }

    /** Most frequent first, then by label. */
    private static final Comparator<Map.Entry<String, Long>> FREQUENT_FIRST = Map.Entry.<String, Long>comparingByValue(
            Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey());

    /**
     * The {@code top} entries of {@code counts} by {@link #FREQUENT_FIRST}, in that order: kept in a heap of that
     * size rather than by sorting every value, since a page shows ten of a dimension's hundreds (parties, years).
     */
    private static List<Map.Entry<String, Long>> mostFrequent(Map<String, Long> counts, int top) {
        if (top <= 0 || counts.isEmpty()) {
            return List.of();
        }
        java.util.PriorityQueue<Map.Entry<String, Long>> kept = new java.util.PriorityQueue<>(
                Math.min(top, counts.size()) + 1, FREQUENT_FIRST.reversed());
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (kept.size() < top) {
                kept.add(e);
            } else if (FREQUENT_FIRST.compare(e, kept.peek()) < 0) {
                kept.poll();
                kept.add(e);
            }
        }
        List<Map.Entry<String, Long>> result = new ArrayList<>(kept);
        result.sort(FREQUENT_FIRST);
        return result;
    }

    /** A document with its text and its commitments as the index holds them; empty for an unknown id. */
    public Optional<DocumentView> document(String id) throws IOException {
        Query byId = new TermQuery(new Term(Fields.DOCUMENT_ID, id));
        SearchIndex.Page found = index.find(Selection.exact(Kind.DOCUMENT, byId), sort(Order.RELEVANCE), 0, 1, Fetch.DOCUMENT, 0);
        if (found.entries().isEmpty()) {
            return Optional.empty();
        }
        Entry entry = found.entries().get(0);
        Annotation annotation = ModelJson.read(entry.json(), Annotation.class);
        List<CommitmentHit> commitments = new ArrayList<>();
        forEach(Selection.exact(Kind.COMMITMENT, byId), false,
                c -> commitments.add(new CommitmentHit(c.commitment(), null, c.alsoIn())));
        return Optional.of(new DocumentView(annotation, entry.text(), commitments));
    }

    /**
     * The commitments due from {@code from} to {@code to} (either may be null: open) among those matching
     * {@code query}, by due date, each overdue or upcoming as of {@code today}; to {@code sink}, returning the count.
     */
    public long forEachDeadline(String query, LocalDate from, LocalDate to, LocalDate today, Consumer<DeadlineEntry> sink)
            throws IOException, SearchException {
        return forEachCommitment(QuerySyntax.withDueBetween(query, from, to), true, c -> sink.accept(DeadlineEntry.of(c, today)));
    }

    /** {@link #forEachDeadline} as one list. */
    public Deadlines deadlines(String query, LocalDate from, LocalDate to, LocalDate today) throws IOException, SearchException {
        List<DeadlineEntry> entries = new ArrayList<>();
        long total = forEachDeadline(query, from, to, today, entries::add);
        return new Deadlines(today, total, entries);
    }

    public Status status() throws IOException {
        return index.status();
    }

    /** The commitments of a batch of entries, with their documents and the same pledge elsewhere (one lookup). */
    private List<CommitmentHit> commitments(List<Entry> entries) {
        try {
            Map<String, Optional<AlsoIn>> memo = index.pledgeMemo();
            List<Commitment> commitments = new ArrayList<>(entries.size());
            List<Optional<AlsoIn>> known = new ArrayList<>(entries.size());
            List<Integer> looked = new ArrayList<>();
            SamePledges pledges = new SamePledges();
            for (Entry e : entries) {
                Commitment c = ModelJson.read(e.json(), Commitment.class);
                commitments.add(c);
                Optional<AlsoIn> remembered = memo == null ? null : memo.get(c.id());
                known.add(remembered);
                if (remembered == null) {
                    looked.add(known.size() - 1);
                    pledges.add(c, e.document().id(), e.signature());
                }
            }
            if (!pledges.isEmpty()) {
                index.pledgeCandidates(pledges.keys(), pledges.bands(), pledges);
            }
            for (int j = 0; j < looked.size(); j++) {
                Optional<AlsoIn> found = Optional.ofNullable(pledges.alsoIn(j));
                known.set(looked.get(j), found);
                if (memo != null) {
                    memo.put(commitments.get(looked.get(j)).id(), found);
                }
            }
            List<CommitmentHit> hits = new ArrayList<>(entries.size());
            for (int i = 0; i < entries.size(); i++) {
                hits.add(new CommitmentHit(commitments.get(i), entries.get(i).document(), known.get(i).orElse(null)));
            }
            return hits;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Hits in {@code order}, ties by source, then by id. */
    static List<SortKey> sort(Order order) {
        SortKey first = switch (order) {
            case RELEVANCE -> new SortKey(SortKey.SCORE, true);
            case DATE -> new SortKey(Fields.DATE, true);
            case DUE -> new SortKey(Fields.DUE_SORT, false);
        };
        return List.of(first, new SortKey(Fields.SOURCE, false), new SortKey(Fields.ENTRY_ID, false));
    }

    /** Commitments in reading order: source, position, id; by due date first when asked. */
    static List<SortKey> scrollOrder(boolean byDue) {
        List<SortKey> keys = new ArrayList<>();
        if (byDue) {
            keys.add(new SortKey(Fields.DUE_SORT, false));
        }
        keys.addAll(List.of(new SortKey(Fields.SOURCE, false), new SortKey(Fields.START, false), new SortKey(Fields.ENTRY_ID, false)));
        return keys;
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
