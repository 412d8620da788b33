package org.accordex.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.accordex.index.Fields;
import org.accordex.index.PledgeSignature;
import org.accordex.json.ModelJson;
import org.accordex.search.DocumentSummary;
import org.accordex.search.SearchIndex;
import org.accordex.search.Searcher;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * A Solr collection written by {@link SolrStore}, as the primitives the {@link Searcher} needs: a query typed by the
 * user (already checked by accordex's own parser) goes to Solr's extended dismax parser set to read it the same way
 * (words required, full text and title^2, whitespace splits terms); a query accordex built goes in Lucene syntax.
 */
final class SolrSearcher implements SearchIndex {
    private static final String SUMMARY_FIELDS = String.join(",", Fields.DOCUMENT_ID, Fields.SOURCE, Fields.TITLE, Fields.DATE, "score");
    private static final String COMMITMENT_FIELDS = String.join(",", Fields.ENTRY_ID, Fields.DOCUMENT_ID, Fields.SOURCE,
            Fields.TITLE, Fields.DATE, Fields.TEXT, Fields.JSON, Fields.PLEDGE_SIGNATURE, "score");
    private static final String DOCUMENT_FIELDS = String.join(",", Fields.ENTRY_ID, Fields.DOCUMENT_ID, Fields.SOURCE,
            Fields.TITLE, Fields.DATE, Fields.TEXT, Fields.JSON, "score");
    /** Entries read per round while scrolling. */
    private static final int BATCH = 1000;
    /** Same-pledge candidates read for one batch at most. */
    private static final int MAX_CANDIDATES = 50_000;

    private final SolrClient client;
    private final String collection;

    SolrSearcher(SolrClient client, String collection) {
        this.client = client;
        this.collection = collection;
    }

    @Override
    public Page find(Selection selection, List<SortKey> order, int offset, int limit, Fetch fetch, int snippets)
            throws IOException {
        SolrQuery q = query(selection);
        if (q == null) {
            return new Page(0, List.of());
        }
        q.setFields(fields(fetch)).setStart(offset).setRows(limit);
        if (snippets > 0 && selection.typed() != null) {
            highlighted(q, snippets);
        }
        sort(q, order);
        QueryResponse response = run(q);
        List<Entry> entries = new ArrayList<>();
        for (SolrDocument d : response.getResults()) {
            entries.add(entry(d, snippets(response, string(d, Fields.ENTRY_ID) == null
                    ? string(d, Fields.DOCUMENT_ID) : string(d, Fields.ENTRY_ID))));
        }
        return new Page(response.getResults().getNumFound(), entries);
    }

    @Override
    public void scroll(Selection selection, List<SortKey> order, Fetch fetch, Consumer<List<Entry>> batch) throws IOException {
        SolrQuery q = query(selection);
        if (q == null) {
            return;
        }
        q.setFields(fields(fetch)).setRows(BATCH);
        sort(q, order);
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse page = run(q);
            if (!page.getResults().isEmpty()) {
                List<Entry> entries = new ArrayList<>();
                page.getResults().forEach(d -> entries.add(entry(d, List.of())));
                batch.accept(entries);
            }
            if (cursor.equals(page.getNextCursorMark())) {
                return;
            }
            cursor = page.getNextCursorMark();
        }
    }

    @Override
    public Map<String, Map<String, Long>> countFacets(Selection selection) throws IOException {
        ObjectNode json = ModelJson.MAPPER.createObjectNode();
        for (String dim : Fields.FACETS) {
            // Every value: a shard's own top values can miss the collection's (ties too); the searcher cuts.
            json.putObject(dim).put("type", "terms").put("field", dim).put("limit", -1);
        }
        SolrQuery q = query(selection).setRows(0);
        q.set("json.facet", json.toString());
        NestableJsonFacet facets = run(q).getJsonFacetingResponse();
        Map<String, Map<String, Long>> result = new HashMap<>();
        for (String dim : Fields.FACETS) {
            Map<String, Long> counts = new HashMap<>();
            if (facets != null && facets.getBucketBasedFacets(dim) != null) {
                facets.getBucketBasedFacets(dim).getBuckets().forEach(b -> counts.put(b.getVal().toString(), b.getCount()));
            }
            result.put(dim, counts);
        }
        return result;
    }

    @Override
    public void pledgeCandidates(Set<String> keys, Set<String> bands, PledgeSink sink) throws IOException {
        // The batch's keys and bands go as parameters, posted (too long for a URL); keys may hold commas, so they
        // are split on newlines.
        SolrQuery q = exact("{!terms f=" + Fields.PLEDGE + " v=$bands}", Fields.KIND_COMMITMENT)
                .setFields(Fields.ENTRY_ID, Fields.DOCUMENT_ID, Fields.PLEDGE_KEY, Fields.PLEDGE_SIGNATURE).setRows(MAX_CANDIDATES);
        q.set("bands", String.join(",", bands));
        q.set("keys", String.join("\n", keys));
        q.set("newline", "\n");
        q.addFilterQuery("{!terms f=" + Fields.PLEDGE_KEY + " separator=$newline v=$keys}");
        QueryResponse candidates = Retry.call("searching " + collection, () -> client.query(collection, q, SolrRequest.METHOD.POST));
        for (SolrDocument other : candidates.getResults()) {
            String key = string(other, Fields.PLEDGE_KEY);
            PledgeSignature signature = PledgeSignature.decode(string(other, Fields.PLEDGE_SIGNATURE));
            if (sink.wants(key, signature)) {
                sink.accept(key, signature, string(other, Fields.DOCUMENT_ID), string(other, Fields.ENTRY_ID));
            }
        }
    }

    @Override
    public Searcher.Status status() throws IOException {
        SolrQuery documents = exact("*:*", Fields.KIND_DOCUMENT).setRows(0);
        documents.set("json.facet", "{\"version\": {\"type\": \"terms\", \"field\": \"" + Fields.VERSION + "\", \"limit\": 2}}");
        QueryResponse response = run(documents);
        List<String> versions = new ArrayList<>();
        NestableJsonFacet facets = response.getJsonFacetingResponse();
        if (facets != null && facets.getBucketBasedFacets(Fields.VERSION) != null) {
            facets.getBucketBasedFacets(Fields.VERSION).getBuckets().forEach(b -> versions.add(b.getVal().toString()));
        }
        long commitments = run(exact("*:*", Fields.KIND_COMMITMENT).setRows(0)).getResults().getNumFound();
        String version = versions.isEmpty() ? "unknown" : versions.size() == 1 ? versions.get(0) : "mixed";
        return new Searcher.Status(response.getResults().getNumFound(), commitments, version);
    }

    /** The selection as a Solr query; null when accordex's query has a form Solr's syntax cannot say here. */
    private static SolrQuery query(Selection selection) {
        String kind = selection.kind() == Kind.DOCUMENT ? Fields.KIND_DOCUMENT : Fields.KIND_COMMITMENT;
        SolrQuery q;
        if (selection.typed() != null) {
            q = user(selection.typed(), kind);
        } else {
            String solr = KeywordQueries.toSolr(selection.query());
            if (solr == null) {
                return null;
            }
            q = exact(solr, kind);
        }
        if (selection.documents() != null) {
            if (selection.documents().isEmpty()) {
                return null;
            }
            q.addFilterQuery("{!terms f=" + Fields.DOCUMENT_ID + "}" + String.join(",", selection.documents()));
        }
        return q;
    }

    private static String fields(Fetch fetch) {
        return switch (fetch) {
            case SUMMARY -> SUMMARY_FIELDS;
            case COMMITMENT -> COMMITMENT_FIELDS;
            case DOCUMENT -> DOCUMENT_FIELDS;
        };
    }

    private static Entry entry(SolrDocument d, List<String> snippets) {
        String documentId = string(d, Fields.DOCUMENT_ID);
        String id = string(d, Fields.ENTRY_ID);
        return new Entry(id == null ? documentId : id,
                new DocumentSummary(documentId, string(d, Fields.SOURCE), string(d, Fields.TITLE), string(d, Fields.DATE)),
                score(d), snippets, string(d, Fields.JSON), string(d, Fields.TEXT), string(d, Fields.PLEDGE_SIGNATURE));
    }

    /** A query as a user typed it, over entries of one kind. */
    private static SolrQuery user(String query, String kind) {
        SolrQuery q = new SolrQuery(query == null || query.isBlank() ? "*:*" : query);
        q.set("defType", "edismax");
        q.set("qf", Fields.TEXT + " " + Fields.TITLE + "^2");
        q.set("q.op", "AND");
        q.set("sow", true);
        q.set("lowercaseOperators", false);
        q.addFilterQuery(Fields.KIND + ":" + kind);
        return q;
    }

    /** A query accordex built, in Lucene syntax, over entries of one kind. */
    private static SolrQuery exact(String query, String kind) {
        SolrQuery q = new SolrQuery(query);
        q.set("defType", "lucene");
        q.addFilterQuery(Fields.KIND + ":" + kind);
        return q;
    }

    private static void highlighted(SolrQuery q, int snippets) {
        q.setHighlight(true);
        q.set("hl.method", "unified");
        q.set("hl.fl", Fields.TEXT);
        q.set("hl.snippets", snippets);
        q.set("hl.tag.pre", "«");
        q.set("hl.tag.post", "»");
        q.set("hl.tag.ellipsis", " … ");
        q.set("hl.defaultSummary", false);
        q.set("hl.maxAnalyzedChars", 100_000);
        q.set("hl.weightMatches", false); // with true, terms of the dismax query over text and title go unmarked
    }

    /** The searcher's sort keys in Solr's terms. */
    private static void sort(SolrQuery q, List<SortKey> keys) {
        for (SortKey key : keys) {
            q.addSort(key.field(), key.descending() ? SolrQuery.ORDER.desc : SolrQuery.ORDER.asc);
        }
    }

    private QueryResponse run(SolrQuery q) throws IOException {
        return Retry.call("searching " + collection, () -> client.query(collection, q));
    }

    private static List<String> snippets(QueryResponse response, String id) {
        Map<String, List<String>> fields = response.getHighlighting() == null ? null : response.getHighlighting().get(id);
        if (fields == null || fields.get(Fields.TEXT) == null || fields.get(Fields.TEXT).isEmpty()) {
            return List.of();
        }
        return List.of(String.join(" … ", fields.get(Fields.TEXT)));
    }

    private static String string(SolrDocument d, String field) {
        Object value = d.getFirstValue(field);
        return value == null ? null : value.toString();
    }

    private static float score(SolrDocument d) {
        Object score = d.getFirstValue("score");
        return score instanceof Number n ? n.floatValue() : 0f;
    }

    /** The client belongs to the backend, which closes it. */
    @Override
    public void close() {
    }
}
