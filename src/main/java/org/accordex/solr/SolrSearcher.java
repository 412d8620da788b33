package org.accordex.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.accordex.export.AnnotationJson;
import org.accordex.index.Fields;
import org.accordex.search.Hit;
import org.accordex.search.QuerySyntax;
import org.accordex.search.SearchException;
import org.accordex.search.SamePledges;
import org.accordex.search.SearchJson;
import org.accordex.search.SearchResults;
import org.accordex.search.Searcher;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * Searches a Solr collection written by {@link SolrStore}, with the results of {@link org.accordex.search.LuceneSearcher}:
 * a query is checked by accordex's own parser first (the same error messages), then sent to Solr's extended
 * dismax parser set to read it the same way (words required, full text and title^2, whitespace splits terms).
 */
final class SolrSearcher implements Searcher {
    private static final String DOCUMENT_FIELDS = String.join(",", Fields.DOC, Fields.SOURCE, Fields.TITLE, Fields.DATE, "score");
    private static final String COMMITMENT_FIELDS = String.join(",", Fields.ID, Fields.DOC, Fields.SOURCE, Fields.TITLE,
            Fields.DATE, Fields.TEXT, Fields.JSON, Fields.PLEDGE_SIGNATURE, "score");

    /** Same-pledge candidates read for one page at most. */
    private static final int MAX_CANDIDATES = 50_000;

    private final SolrClient client;
    private final String collection;

    SolrSearcher(SolrClient client, String collection) {
        this.client = client;
        this.collection = collection;
    }

    @Override
    public SearchResults searchDocuments(String query, int offset, int limit, Order order) throws IOException, SearchException {
        Query parsed = QuerySyntax.parse(query);
        SolrQuery q = highlighted(user(query, Fields.DOCUMENT), 2).setFields(DOCUMENT_FIELDS).setStart(offset).setRows(limit);
        sort(q, order);
        QueryResponse response = run(q);
        Map<String, List<ObjectNode>> commitments = matchingCommitments(QuerySyntax.fieldedPart(parsed),
                response.getResults().stream().map(d -> (String) d.getFirstValue(Fields.DOC)).toList());
        List<Hit> hits = new ArrayList<>();
        for (SolrDocument d : response.getResults()) {
            String id = (String) d.getFirstValue(Fields.DOC);
            hits.add(new Hit(id, string(d, Fields.SOURCE), string(d, Fields.TITLE), string(d, Fields.DATE), score(d),
                    snippets(response, id), commitments.getOrDefault(id, List.of())));
        }
        return new SearchResults(response.getResults().getNumFound(), hits, null);
    }

    @Override
    public SearchResults searchCommitments(String query, int offset, int limit, Order order) throws IOException, SearchException {
        QuerySyntax.parse(query);
        SolrQuery q = highlighted(user(query, Fields.COMMITMENT), 1).setFields(COMMITMENT_FIELDS).setStart(offset).setRows(limit);
        sort(q, order);
        QueryResponse response = run(q);
        List<ObjectNode> commitments = commitments(response.getResults());
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < commitments.size(); i++) {
            SolrDocument d = response.getResults().get(i);
            List<String> snippets = snippets(response, string(d, Fields.ID));
            hits.add(new Hit(string(d, Fields.DOC), string(d, Fields.SOURCE), string(d, Fields.TITLE), string(d, Fields.DATE),
                    score(d), snippets.isEmpty() ? List.of(string(d, Fields.TEXT)) : snippets, List.of(commitments.get(i))));
        }
        return new SearchResults(response.getResults().getNumFound(), hits, null);
    }

    @Override
    public long forEachCommitment(String query, boolean byDue, Consumer<ObjectNode> sink) throws IOException, SearchException {
        QuerySyntax.parse(query);
        return forEach(user(query, Fields.COMMITMENT), byDue, sink);
    }

    private long forEach(SolrQuery q, boolean byDue, Consumer<ObjectNode> sink) throws IOException {
        q.setFields(COMMITMENT_FIELDS).setRows(1000);
        if (byDue) {
            q.addSort(Fields.DUE_SORT, SolrQuery.ORDER.asc);
        }
        q.addSort(Fields.SOURCE, SolrQuery.ORDER.asc).addSort(Fields.START, SolrQuery.ORDER.asc)
                .addSort(Fields.ID, SolrQuery.ORDER.asc);
        long count = 0;
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse page = run(q);
            for (ObjectNode commitment : commitments(page.getResults())) {
                sink.accept(commitment);
                count++;
            }
            if (cursor.equals(page.getNextCursorMark())) {
                return count;
            }
            cursor = page.getNextCursorMark();
        }
    }

    @Override
    public Map<String, Map<String, Long>> facets(String query, boolean commitments, int top) throws IOException, SearchException {
        QuerySyntax.parse(query);
        ObjectNode json = AnnotationJson.MAPPER.createObjectNode();
        for (String dim : Fields.FACETS) {
            // Every value, cut to the top here: a shard's own top values can miss the collection's (ties too).
            json.putObject(dim).put("type", "terms").put("field", dim).put("limit", -1);
        }
        SolrQuery q = user(query, commitments ? Fields.COMMITMENT : Fields.DOCUMENT).setRows(0);
        q.set("json.facet", json.toString());
        NestableJsonFacet facets = run(q).getJsonFacetingResponse();
        Map<String, Map<String, Long>> result = new LinkedHashMap<>();
        for (String dim : Fields.FACETS) {
            Map<String, Long> counts = new LinkedHashMap<>();
            if (facets != null && facets.getBucketBasedFacets(dim) != null) {
                facets.getBucketBasedFacets(dim).getBuckets().stream()
                        .sorted(Comparator.comparingLong((BucketJsonFacet b) -> -b.getCount()).thenComparing(b -> b.getVal().toString()))
                        .limit(top)
                        .forEach(b -> counts.put(b.getVal().toString(), b.getCount()));
            }
            result.put(dim, counts);
        }
        return result;
    }

    @Override
    public ObjectNode document(String id) throws IOException, SearchException {
        SolrQuery q = exact(Fields.DOC + ":" + ClientUtils.escapeQueryChars(id), Fields.DOCUMENT)
                .setFields(Fields.JSON, Fields.TEXT).setRows(1);
        List<SolrDocument> found = run(q).getResults();
        if (found.isEmpty()) {
            return null;
        }
        List<ObjectNode> commitments = new ArrayList<>();
        forEach(exact(Fields.DOC + ":" + ClientUtils.escapeQueryChars(id), Fields.COMMITMENT), false, commitments::add);
        return SearchJson.document(string(found.get(0), Fields.JSON), string(found.get(0), Fields.TEXT), commitments);
    }

    @Override
    public Status status() throws IOException {
        SolrQuery documents = exact("*:*", Fields.DOCUMENT).setRows(0);
        documents.set("json.facet", "{\"version\": {\"type\": \"terms\", \"field\": \"" + Fields.VERSION + "\", \"limit\": 2}}");
        QueryResponse response = run(documents);
        List<String> versions = new ArrayList<>();
        NestableJsonFacet facets = response.getJsonFacetingResponse();
        if (facets != null && facets.getBucketBasedFacets(Fields.VERSION) != null) {
            facets.getBucketBasedFacets(Fields.VERSION).getBuckets().forEach(b -> versions.add(b.getVal().toString()));
        }
        long commitments = run(exact("*:*", Fields.COMMITMENT).setRows(0)).getResults().getNumFound();
        String version = versions.isEmpty() ? "unknown" : versions.size() == 1 ? versions.get(0) : "mixed";
        return new Status(response.getResults().getNumFound(), commitments, version);
    }

    /**
     * The commitments of {@code documents} that match the fielded part of a query, by document, in order of
     * position: one request for a page of hits.
     */
    private Map<String, List<ObjectNode>> matchingCommitments(Query fielded, List<String> documents) throws IOException {
        Map<String, List<ObjectNode>> byDocument = new LinkedHashMap<>();
        String solrQuery = fielded == null ? null : KeywordQueries.toSolr(fielded);
        if (solrQuery == null || documents.isEmpty()) {
            return byDocument;
        }
        SolrQuery q = exact(solrQuery, Fields.COMMITMENT);
        q.addFilterQuery("{!terms f=" + Fields.DOC + "}" + String.join(",", documents));
        forEach(q, false, c -> byDocument.computeIfAbsent(c.path("document").path("id").asText(), k -> new ArrayList<>()).add(c));
        return byDocument;
    }

    /** The commitments of a page of results as JSON, with their same-pledge links. */
    private List<ObjectNode> commitments(List<SolrDocument> page) throws IOException {
        List<ObjectNode> commitments = new ArrayList<>();
        SamePledges pledges = new SamePledges();
        for (SolrDocument d : page) {
            ObjectNode commitment = commitment(d);
            commitments.add(commitment);
            pledges.add(commitment, string(d, Fields.DOC), string(d, Fields.PLEDGE_SIGNATURE));
        }
        if (!pledges.isEmpty()) {
            // The batch's keys and bands go as parameters, posted (too long for a URL); keys may hold commas, so they
            // are split on newlines.
            SolrQuery q = exact("{!terms f=" + Fields.PLEDGE + " v=$bands}", Fields.COMMITMENT)
                    .setFields(Fields.ID, Fields.DOC, Fields.PLEDGE_KEY, Fields.PLEDGE_SIGNATURE).setRows(MAX_CANDIDATES);
            q.set("bands", String.join(",", pledges.bands()));
            q.set("keys", String.join("\n", pledges.keys()));
            q.set("newline", "\n");
            q.addFilterQuery("{!terms f=" + Fields.PLEDGE_KEY + " separator=$newline v=$keys}");
            QueryResponse candidates = Retry.call("searching " + collection, () -> client.query(collection, q, SolrRequest.METHOD.POST));
            for (SolrDocument other : candidates.getResults()) {
                pledges.offer(string(other, Fields.PLEDGE_KEY), string(other, Fields.DOC), string(other, Fields.ID),
                        string(other, Fields.PLEDGE_SIGNATURE));
            }
            pledges.finish();
        }
        return commitments;
    }

    /** A commitment's JSON with its document's id, source, title and date. */
    private static ObjectNode commitment(SolrDocument d) throws IOException {
        ObjectNode commitment = (ObjectNode) AnnotationJson.MAPPER.readTree(string(d, Fields.JSON));
        ObjectNode document = commitment.putObject("document");
        document.put("id", string(d, Fields.DOC));
        document.put("source", string(d, Fields.SOURCE));
        document.put("title", string(d, Fields.TITLE));
        if (string(d, Fields.DATE) != null) {
            document.put("date", string(d, Fields.DATE));
        }
        return commitment;
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

    private static SolrQuery highlighted(SolrQuery q, int snippets) {
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
        return q;
    }

    /** Ties are ordered by source, then id, so pages are stable. */
    private static void sort(SolrQuery q, Order order) {
        switch (order) {
            case RELEVANCE -> q.addSort("score", SolrQuery.ORDER.desc);
            case DATE -> q.addSort(Fields.DATE, SolrQuery.ORDER.desc);
            case DUE -> q.addSort(Fields.DUE_SORT, SolrQuery.ORDER.asc);
        }
        q.addSort(Fields.SOURCE, SolrQuery.ORDER.asc).addSort(Fields.ID, SolrQuery.ORDER.asc);
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
