package org.accordex.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.accordex.export.AnnotationJson;
import org.accordex.index.Fields;
import org.accordex.index.PledgeSignature;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StandardDirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Searches the embedded Lucene index. The fielded part of a query ({@code party:JP AND mineral:gallium}) also selects
 * which of a document's commitments are shown with it.
 */
public final class LuceneSearcher implements Searcher {
    private static final Set<String> HIT_FIELDS = Set.of(Fields.DOC, Fields.SOURCE, Fields.TITLE, Fields.DATE);

    /**
     * The same pledge elsewhere, per commit and commitment: finding it costs a band lookup per commitment, and the
     * same commitments come back across queries, pages and page views. Keys carry the commit's unique id, so a new
     * commit never reads an old answer; the least recently used entries go first.
     */
    private static final Map<String, Optional<ObjectNode>> RELATED = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Optional<ObjectNode>> eldest) {
                    return size() > 50_000;
                }
            });

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = Fields.analyzer();
    private final String commitId;

    private LuceneSearcher(DirectoryReader reader) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.commitId = reader instanceof StandardDirectoryReader standard
                ? HexFormat.of().formatHex(standard.getSegmentInfos().getId()) + ":" + reader.getVersion()
                : null;
    }

    public static LuceneSearcher open(Path indexDir) throws SearchException {
        try {
            if (!Files.isDirectory(indexDir) || !DirectoryReader.indexExists(FSDirectory.open(indexDir))) {
                throw new SearchException("no index at " + indexDir + " (run 'accordex index' first)", null);
            }
            return new LuceneSearcher(DirectoryReader.open(FSDirectory.open(indexDir)));
        } catch (IOException e) {
            throw new SearchException("cannot open the index at " + indexDir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public SearchResults searchDocuments(String query, int offset, int limit, Order order) throws IOException, SearchException {
        return searchDocuments(QuerySyntax.parse(query), offset, limit, order);
    }

    @Override
    public SearchResults searchCommitments(String query, int offset, int limit, Order order) throws IOException, SearchException {
        return searchCommitments(QuerySyntax.parse(query), offset, limit, order);
    }

    @Override
    public long forEachCommitment(String query, boolean byDue, Consumer<ObjectNode> sink) throws IOException, SearchException {
        return forEachCommitment(QuerySyntax.parse(query), byDue, sink);
    }

    @Override
    public Map<String, Map<String, Long>> facets(String query, boolean commitments, int top) throws IOException, SearchException {
        return facets(QuerySyntax.parse(query), commitments, top);
    }

    private SearchResults searchDocuments(Query query, int offset, int limit, Order order) throws IOException {
        Query q = kind(Fields.DOCUMENT, query);
        TopDocs top = top(q, offset + limit, order);
        ScoreDoc[] page = page(top, offset, limit);
        String[] snippets = highlight(query, page);
        StoredFields stored = searcher.storedFields();
        List<Document> documents = new ArrayList<>();
        for (ScoreDoc sd : page) {
            documents.add(stored.document(sd.doc, HIT_FIELDS)); // not the text nor the annotation: large, and not shown
        }
        // The page's matching commitments in one pass, so their same-pledge lookups are one batch too.
        Map<String, List<ObjectNode>> commitments = new java.util.HashMap<>();
        Query fielded = QuerySyntax.fieldedPart(query);
        if (fielded != null && !documents.isEmpty()) {
            Query ofPage = new TermInSetQuery(Fields.DOC, documents.stream().map(d -> new BytesRef(d.get(Fields.DOC))).toList());
            forEachCommitment(new BooleanQuery.Builder()
                    .add(ofPage, BooleanClause.Occur.FILTER)
                    .add(fielded, BooleanClause.Occur.FILTER).build(), false,
                    c -> commitments.computeIfAbsent(c.path("document").path("id").asText(), k -> new ArrayList<>()).add(c));
        }
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Document d = documents.get(i);
            String id = d.get(Fields.DOC);
            hits.add(new Hit(id, d.get(Fields.SOURCE), d.get(Fields.TITLE), d.get(Fields.DATE), score(page[i]),
                    snippets[i] == null ? List.of() : List.of(snippets[i]), commitments.getOrDefault(id, List.of())));
        }
        return new SearchResults(top.totalHits.value, hits, null);
    }

    private SearchResults searchCommitments(Query query, int offset, int limit, Order order) throws IOException {
        Query q = kind(Fields.COMMITMENT, query);
        TopDocs top = top(q, offset + limit, order);
        ScoreDoc[] page = page(top, offset, limit);
        String[] snippets = highlight(query, page);
        List<Document> documents = new ArrayList<>();
        List<ObjectNode> commitments = commitments(page, documents);
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Document d = documents.get(i);
            hits.add(new Hit(d.get(Fields.DOC), d.get(Fields.SOURCE), d.get(Fields.TITLE), d.get(Fields.DATE),
                    score(page[i]), snippets[i] == null ? List.of(d.get(Fields.TEXT)) : List.of(snippets[i]),
                    List.of(commitments.get(i))));
        }
        return new SearchResults(top.totalHits.value, hits, null);
    }

    private long forEachCommitment(Query query, boolean byDue, Consumer<ObjectNode> sink) throws IOException {
        Query q = kind(Fields.COMMITMENT, query);
        SortField source = new SortField(Fields.SOURCE, SortField.Type.STRING);
        SortField start = new SortField(Fields.START, SortField.Type.LONG);
        SortField doc = new SortField(Fields.DOC, SortField.Type.STRING);
        Sort sort = byDue ? new Sort(missingLast(new SortField(Fields.DUE_SORT, SortField.Type.STRING), false), source, start, doc)
                : new Sort(source, start, doc);
        long count = 0;
        FieldDoc after = null;
        while (true) {
            TopDocs top = searcher.searchAfter(after, q, 1000, sort);
            if (top.scoreDocs.length == 0) {
                return count;
            }
            List<Document> documents = new ArrayList<>();
            List<ObjectNode> commitments = commitments(top.scoreDocs, documents);
            for (int i = 0; i < commitments.size(); i++) {
                Document d = documents.get(i);
                ObjectNode document = commitments.get(i).putObject("document");
                document.put("id", d.get(Fields.DOC));
                document.put("source", d.get(Fields.SOURCE));
                document.put("title", d.get(Fields.TITLE));
                if (d.get(Fields.DATE) != null) {
                    document.put("date", d.get(Fields.DATE));
                }
                sink.accept(commitments.get(i));
                count++;
            }
            after = (FieldDoc) top.scoreDocs[top.scoreDocs.length - 1];
        }
    }

    private Map<String, Map<String, Long>> facets(Query query, boolean commitments, int top) throws IOException {
        Query q = kind(commitments ? Fields.COMMITMENT : Fields.DOCUMENT, query);
        Map<String, Map<String, Long>> result = new java.util.LinkedHashMap<>();
        org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState state;
        try {
            state = facetState();
        } catch (IllegalArgumentException noFacetsIndexed) {
            Fields.FACETS.forEach(dim -> result.put(dim, Map.of()));
            return result;
        }
        org.apache.lucene.facet.FacetsCollector collector =
                searcher.search(q, new org.apache.lucene.facet.FacetsCollectorManager());
        var counts = new org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts(state, collector);
        for (String dim : Fields.FACETS) {
            Map<String, Long> values = new java.util.LinkedHashMap<>();
            try {
                var children = counts.getTopChildren(top, dim);
                if (children != null) {
                    java.util.Arrays.stream(children.labelValues)
                            .sorted(java.util.Comparator.comparingLong((org.apache.lucene.facet.LabelAndValue lv) -> -lv.value.longValue())
                                    .thenComparing(lv -> lv.label))
                            .forEach(lv -> values.put(lv.label, lv.value.longValue()));
                }
            } catch (IllegalArgumentException dimensionNotIndexed) {
                // no entry has this dimension yet
            }
            result.put(dim, values);
        }
        return result;
    }

    /** The commitments of {@code hits} as JSON, with their same-pledge links; {@code stored} receives their fields. */
    private List<ObjectNode> commitments(ScoreDoc[] hits, List<Document> stored) throws IOException {
        StoredFields fields = searcher.storedFields();
        List<ObjectNode> commitments = new ArrayList<>();
        for (ScoreDoc sd : hits) {
            Document d = fields.document(sd.doc);
            stored.add(d);
            commitments.add((ObjectNode) AnnotationJson.MAPPER.readTree(d.get(Fields.JSON)));
        }
        addRelated(commitments, stored);
        return commitments;
    }

    /**
     * The same pledge elsewhere: commitments of other documents with the same parties and minerals whose sentence is
     * near-identical ({@link PledgeSignature#SAME_PLEDGE}). Added to each commitment as
     * {@code "alsoIn": {"documents": N, "ids": [document ids], "commitments": [commitment ids]}}. One lookup serves
     * a whole batch: the band terms of all of them, each candidate read once.
     */
    private void addRelated(List<ObjectNode> commitments, List<Document> stored) throws IOException {
        SamePledges pledges = new SamePledges();
        for (int i = 0; i < commitments.size(); i++) {
            ObjectNode commitment = commitments.get(i);
            Optional<ObjectNode> known = commitId == null ? null : RELATED.get(commitId + "/" + stored.get(i).get(Fields.ID));
            if (known != null) {
                known.ifPresent(also -> commitment.set("alsoIn", also.deepCopy()));
            } else {
                pledges.add(commitment, stored.get(i).get(Fields.DOC), stored.get(i).get(Fields.PLEDGE_SIGNATURE));
            }
        }
        if (pledges.isEmpty()) {
            return;
        }
        Query q = new BooleanQuery.Builder()
                .add(new TermInSetQuery(Fields.PLEDGE_KEY, pledges.keys().stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER)
                .add(new TermInSetQuery(Fields.PLEDGE, pledges.bands().stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER)
                .build();
        // Candidates are read from doc values: their stored fields would cost far more.
        searcher.search(q, new SimpleCollector() {
            private SortedDocValues keys;
            private SortedDocValues docs;
            private SortedDocValues ids;
            private BinaryDocValues signatures;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                keys = DocValues.getSorted(context.reader(), Fields.PLEDGE_KEY);
                docs = DocValues.getSorted(context.reader(), Fields.DOC);
                ids = DocValues.getSorted(context.reader(), Fields.ID);
                signatures = DocValues.getBinary(context.reader(), Fields.PLEDGE_SIGNATURE);
            }

            @Override
            public void collect(int doc) throws IOException {
                String key = keys.advanceExact(doc) ? keys.lookupOrd(keys.ordValue()).utf8ToString() : null;
                if (key != null && pledges.wants(key) && signatures.advanceExact(doc) && docs.advanceExact(doc)
                        && ids.advanceExact(doc)) {
                    pledges.offer(key, docs.lookupOrd(docs.ordValue()).utf8ToString(),
                            ids.lookupOrd(ids.ordValue()).utf8ToString(), signatures.binaryValue().utf8ToString());
                }
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        if (commitId != null) {
            for (ObjectNode c : pledges.finish()) {
                RELATED.put(commitId + "/" + c.path("id").asText(), Optional.ofNullable((ObjectNode) c.get("alsoIn")).map(ObjectNode::deepCopy));
            }
        } else {
            pledges.finish();
        }
    }

    /** Built once per opened index: it maps every facet value to an ordinal, which is the costly part. */
    private org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState facetState;

    private synchronized org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState facetState() throws IOException {
        if (facetState == null) {
            facetState = new org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState(reader, Fields.facetsConfig());
        }
        return facetState;
    }

    @Override
    public ObjectNode document(String id) throws IOException {
        TopDocs top = searcher.search(kind(Fields.DOCUMENT, new TermQuery(new Term(Fields.DOC, id))), 1);
        if (top.scoreDocs.length == 0) {
            return null;
        }
        Document d = searcher.storedFields().document(top.scoreDocs[0].doc);
        List<ObjectNode> commitments = new ArrayList<>();
        forEachCommitment(new TermQuery(new Term(Fields.DOC, id)), false, commitments::add);
        return SearchJson.document(d.get(Fields.JSON), d.get(Fields.TEXT), commitments);
    }

    @Override
    public Status status() throws IOException {
        long documents = searcher.count(new TermQuery(new Term(Fields.KIND, Fields.DOCUMENT)));
        long commitments = searcher.count(new TermQuery(new Term(Fields.KIND, Fields.COMMITMENT)));
        String version = reader.getIndexCommit().getUserData().getOrDefault(Fields.VERSION_KEY, "unknown");
        return new Status(documents, commitments, version);
    }

    private TopDocs top(Query q, int n, Order order) throws IOException {
        int wanted = Math.max(1, n);
        SortField tie = new SortField(Fields.SOURCE, SortField.Type.STRING);
        Sort sort = switch (order) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, tie, SortField.FIELD_DOC);
            case DATE -> new Sort(missingLast(new SortField(Fields.DATE, SortField.Type.STRING, true), true), tie,
                    SortField.FIELD_DOC);
            case DUE -> new Sort(missingLast(new SortField(Fields.DUE_SORT, SortField.Type.STRING), false), tie,
                    SortField.FIELD_DOC);
        };
        return searcher.search(q, wanted, sort, true);
    }

    private static SortField missingLast(SortField field, boolean reverse) {
        field.setMissingValue(reverse ? SortField.STRING_FIRST : SortField.STRING_LAST);
        return field;
    }

    private static ScoreDoc[] page(TopDocs top, int offset, int limit) {
        int from = Math.min(offset, top.scoreDocs.length);
        int to = Math.min(top.scoreDocs.length, offset + limit);
        ScoreDoc[] page = new ScoreDoc[to - from];
        System.arraycopy(top.scoreDocs, from, page, 0, page.length);
        return page;
    }

    private static float score(ScoreDoc sd) {
        return Float.isNaN(sd.score) ? 0f : sd.score;
    }

    private String[] highlight(Query query, ScoreDoc[] page) throws IOException {
        if (page.length == 0) {
            return new String[0];
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("«", "»", " … ", false))
                .withMaxLength(100_000) // snippets come from the first 100,000 chars: enough, and fast
                .withMaxNoHighlightPassages(0)
                .build();
        TopDocs pageDocs = new TopDocs(new org.apache.lucene.search.TotalHits(page.length,
                org.apache.lucene.search.TotalHits.Relation.EQUAL_TO), page);
        return highlighter.highlight(Fields.TEXT, query, pageDocs, 2);
    }

    private static Query kind(String kind, Query query) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, kind)), BooleanClause.Occur.FILTER)
                .add(query, BooleanClause.Occur.MUST)
                .build();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
