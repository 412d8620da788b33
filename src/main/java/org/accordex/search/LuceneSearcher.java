package org.accordex.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.accordex.index.DocumentValues;
import org.accordex.index.Fields;
import org.accordex.index.PledgeSignature;
import org.accordex.index.SentenceBreaks;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The embedded Lucene index's primitives, over one opened reader ({@link LuceneReaders} keeps it current). Sorting
 * and facet counting run on doc values; entries are read from stored fields, pledge signatures (of hits and of
 * same-pledge candidates) from doc values.
 */
final class LuceneSearcher implements SearchIndex {
    private static final Set<String> SUMMARY_FIELDS = Set.of(Fields.DOCUMENT_ID, Fields.SOURCE, Fields.TITLE, Fields.DATE);
    private static final Set<String> COMMITMENT_FIELDS = Set.of(Fields.ENTRY_ID, Fields.DOCUMENT_ID, Fields.SOURCE,
            Fields.TITLE, Fields.DATE, Fields.TEXT, Fields.JSON, Fields.PLEDGE_SIGNATURE);
    /** An index written before keeps a document's annotation in its stored fields, else in its doc values. */
    private static final Set<String> DOCUMENT_FIELDS = Set.of(Fields.ENTRY_ID, Fields.DOCUMENT_ID, Fields.SOURCE,
            Fields.TITLE, Fields.DATE, Fields.TEXT);
    /** Entries read per round while scrolling. */
    private static final int BATCH = 1000;
    private static final PassageScores PASSAGE_SCORES = new PassageScores();

    private final LuceneReaders.ReaderSearcher searcher;
    private final Runnable release;
    /** The positions of the document entries this searcher's pages returned, by id: their commitments follow them. */
    private final Map<String, Integer> documentPositions = new java.util.concurrent.ConcurrentHashMap<>();

    LuceneSearcher(LuceneReaders.ReaderSearcher searcher, Runnable release) {
        this.searcher = searcher;
        this.release = release;
    }

    @Override
    public Page find(Selection selection, List<SortKey> order, int offset, int limit, Fetch fetch, int snippets)
            throws IOException {
        Query q = query(selection);
        Sort sort = sort(order);
        return page(selection, q, sort, searcher.search(q, topDocs(sort, offset, limit)), offset, limit, fetch, snippets);
    }

    /** The page and the facet counts from one pass over the matches: both collectors hear every match. */
    @Override
    public CountedPage findCounting(Selection selection, List<SortKey> order, int offset, int limit, Fetch fetch,
            int snippets) throws IOException {
        FacetLabels facets = searcher.facets();
        if (facets == null) {
            return new CountedPage(find(selection, order, offset, limit, fetch, snippets), new HashMap<>());
        }
        Query q = query(selection);
        Sort sort = sort(order);
        Object[] collected = searcher.search(q, new MultiCollectorManager(topDocs(sort, offset, limit), new FacetsCollectorManager()));
        return new CountedPage(page(selection, q, sort, (TopDocs) collected[0], offset, limit, fetch, snippets),
                facets.count((FacetsCollector) collected[1]));
    }

    /** Every match counted (no threshold), so the total is exact like Solr's. */
    private static TopFieldCollectorManager topDocs(Sort sort, int offset, int limit) {
        return new TopFieldCollectorManager(sort, Math.max(1, offset + limit), null, Integer.MAX_VALUE, false);
    }

    /** The entries of a page of {@code top}, read, scored and highlighted. */
    private Page page(Selection selection, Query q, Sort sort, TopDocs top, int offset, int limit, Fetch fetch, int snippets)
            throws IOException {
        int from = Math.min(offset, top.scoreDocs.length);
        int to = Math.min(top.scoreDocs.length, offset + limit);
        ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, from, to);
        if (sort.getSort()[0] == SortField.FIELD_SCORE) {
            for (ScoreDoc sd : page) {
                sd.score = (Float) ((FieldDoc) sd).fields[0]; // ranked by it: the score is the first sort value
            }
        } else {
            // A sorted search keeps scores only as sort values: in another order the page's are computed again.
            TopFieldCollector.populateScores(page, searcher, q);
        }
        boolean highlighting = snippets > 0 && selection.typed() != null;
        // One read of each hit: the highlighter takes its text from it rather than reading it again.
        int[] docs = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            docs[i] = page[i].doc;
        }
        int[][] breaks = new int[page.length][];
        Entry[] read = read(docs, fetch, highlighting, breaks);
        if (selection.kind() == Kind.DOCUMENT) {
            for (int i = 0; i < read.length; i++) {
                documentPositions.put(read[i].id(), docs[i]);
            }
        }
        String[] highlights = highlighting ? highlight(selection.query(), page, read, breaks, snippets) : null;
        List<Entry> entries = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            String snippet = highlights == null ? null : highlights[i];
            Entry e = read[i];
            entries.add(new Entry(e.id(), e.document(), score(page[i]), snippet == null ? List.of() : List.of(snippet),
                    e.json(), fetch == Fetch.SUMMARY ? null : e.text(), e.signature())); // a summary's text was for snippets
        }
        return new Page(top.totalHits.value, entries);
    }

    /**
     * The entries {@code docs}, each with its text when {@code withText}, and then the text's recorded sentence breaks
     * in {@code breaks} when it has them. Read in the order of the index, so that each segment's doc values are read
     * forward and neighbouring entries' stored fields come from one decompressed block.
     */
    private Entry[] read(int[] docs, Fetch fetch, boolean withText, int[][] breaks) throws IOException {
        Integer[] order = new Integer[docs.length];
        java.util.Arrays.setAll(order, i -> i);
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> docs[i]));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        StoredFields stored = searcher.storedFields();
        Entry[] read = new Entry[docs.length];
        LeafReaderContext leaf = null;
        DocumentValues.Forward values = null;
        for (int i : order) {
            int doc = docs[i];
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                values = new DocumentValues.Forward(leaf.reader());
            }
            read[i] = read(stored, leaf, values, doc, fetch, withText, breaks, i);
        }
        return read;
    }

    /**
     * The entry {@code doc}, with its text when {@code withText}: a document's from its doc values
     * ({@link DocumentValues}), a commitment's (or a document's in an index written before) from its stored fields.
     */
    private static Entry read(StoredFields stored, LeafReaderContext leaf, DocumentValues.Forward values, int doc, Fetch fetch,
            boolean withText, int[][] breaks, int i) throws IOException {
        int local = doc - leaf.docBase;
        if (fetch != Fetch.COMMITMENT) {
            DocumentValues.Summary s = values.summary(local);
            if (s != null) {
                String text = withText || fetch == Fetch.DOCUMENT ? values.text(local) : null;
                String json = fetch == Fetch.DOCUMENT ? DocumentValues.annotation(leaf.reader(), local) : null;
                if (withText) {
                    breaks[i] = values.breaks(local);
                }
                return new Entry(s.id(), new DocumentSummary(s.id(), s.source(), s.title(), s.date()), 0f, List.of(),
                        json, text, null);
            }
        }
        Set<String> fields = fields(fetch);
        Document d = stored.document(doc, withText && !fields.contains(Fields.TEXT) ? withText(fields) : fields);
        String json = fetch == Fetch.DOCUMENT ? DocumentValues.annotation(leaf.reader(), local) : d.get(Fields.JSON);
        String documentId = d.get(Fields.DOCUMENT_ID);
        String id = d.get(Fields.ENTRY_ID);
        String signature = fields.contains(Fields.PLEDGE_SIGNATURE) ? values.signature(local, d) : null;
        return new Entry(id == null ? documentId : id,
                new DocumentSummary(documentId, d.get(Fields.SOURCE), d.get(Fields.TITLE), d.get(Fields.DATE)), 0f,
                List.of(), json, d.get(Fields.TEXT), signature);
    }

    @Override
    public void scroll(Selection selection, List<SortKey> order, Fetch fetch, Consumer<List<Entry>> batch) throws IOException {
        Query q = query(selection);
        Sort sort = sort(order);
        FieldDoc after = null;
        while (true) {
            TopDocs top = searcher.searchAfter(after, q, BATCH, sort);
            if (top.scoreDocs.length == 0) {
                return;
            }
            int[] docs = new int[top.scoreDocs.length];
            for (int i = 0; i < docs.length; i++) {
                docs[i] = top.scoreDocs[i].doc;
            }
            batch.accept(java.util.Arrays.asList(read(docs, fetch, false, new int[docs.length][])));
            if (top.scoreDocs.length < BATCH) {
                return; // a short batch is the last: asking again would run the query once more to find nothing
            }
            after = (FieldDoc) top.scoreDocs[top.scoreDocs.length - 1];
        }
    }

    @Override
    public Map<String, Map<String, Long>> countFacets(Selection selection) throws IOException {
        FacetLabels facets = searcher.facets();
        if (facets == null) {
            return new HashMap<>(); // nothing with a facet indexed yet
        }
        return facets.count(searcher.search(query(selection), new FacetsCollectorManager()));
    }

    @Override
    public void pledgeCandidates(Set<String> keys, Set<String> bands, PledgeSink sink) throws IOException {
        // In numeric order, so that each segment's table is read from one end to the other.
        long[] bandHashes = bands.stream().map(BytesRef::new).mapToLong(PledgeBands::hash).sorted().toArray();
        List<BytesRef> sortedBands = null; // for a segment whose bands are not kept
        PledgeSignature.BandSet bandSet = new PledgeSignature.BandSet(bands);
        // The commitments with one of the keys and one of the bands, segment by segment: the bands from memory
        // (PledgeBands) once the segment keeps them, else from its terms; the rest from doc values (their stored
        // fields would cost far more) or, with the bands, from memory; a candidate's document and id read only when its
        // signature is near one of the batch's and it truly holds one of the bands.
        PledgeBands.Segments segments = searcher.bandSegments();
        int[] holders = segments == null ? null : segments.masks(bandHashes);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            LeafReader reader = leaf.reader();
            // The keys' ordinals in the segment: from its bands' table once they are kept, else from its terms.
            PledgeBands kept = searcher.keptPledgeBands(leaf);
            SortedDocValues pledgeKeys = kept == null ? DocValues.getSorted(reader, Fields.PLEDGE_KEY) : null;
            java.util.TreeMap<Integer, String> held = new java.util.TreeMap<>();
            for (String key : keys) {
                int ord = kept != null ? kept.keyOrd(key) : pledgeKeys.lookupTerm(new BytesRef(key));
                if (ord >= 0) {
                    held.put(ord, key);
                }
            }
            SegmentKeys keyOfOrd = SegmentKeys.of(held);
            if (keyOfOrd.ords().length == 0) {
                continue;
            }
            PledgeBands segmentBands = kept != null ? kept : searcher.pledgeBands(leaf);
            int[][] found = {new int[64]};
            int n = 0;
            if (segmentBands != null) {
                for (int j = 0; j < bandHashes.length; j++) {
                    if (holders == null || (holders[j] & 1 << leaf.ord) != 0) {
                        n = segmentBands.addDocs(bandHashes[j], keyOfOrd.ords(), found, n);
                    }
                }
            } else {
                if (sortedBands == null) {
                    sortedBands = bands.stream().map(BytesRef::new).sorted().toList();
                }
                n = bandDocs(reader, sortedBands, found);
            }
            int[] docs = found[0];
            java.util.Arrays.sort(docs, 0, n);
            Bits live = reader.getLiveDocs();
            BinaryDocValues signatures = segmentBands == null ? DocValues.getBinary(reader, Fields.PLEDGE_SIGNATURE) : null;
            SortedDocValues documents = null;
            SortedDocValues ids = null;
            for (int i = 0; i < n; i++) {
                int doc = docs[i];
                if ((i > 0 && docs[i - 1] == doc) || (live != null && !live.get(doc))) {
                    continue;
                }
                String key;
                PledgeSignature signature;
                if (segmentBands != null) {
                    key = keyOfOrd.key(segmentBands.keyOrd(doc));
                    signature = key == null ? null : segmentBands.signature(doc);
                } else if (pledgeKeys.advanceExact(doc) && signatures.advanceExact(doc)) {
                    key = keyOfOrd.key(pledgeKeys.ordValue());
                    signature = key == null ? null : PledgeSignature.decode(signatures.binaryValue());
                } else {
                    continue;
                }
                if (signature == null || !sink.wants(key, signature) || !bandSet.containsAnyOf(signature)) {
                    continue;
                }
                if (documents == null) {
                    documents = DocValues.getSorted(reader, Fields.DOCUMENT_ID);
                    ids = DocValues.getSorted(reader, Fields.ENTRY_ID);
                }
                if (documents.advanceExact(doc) && ids.advanceExact(doc)) {
                    sink.accept(key, signature, documents.lookupOrd(documents.ordValue()).utf8ToString(),
                            ids.lookupOrd(ids.ordValue()).utf8ToString());
                }
            }
        }
    }

    /** The batch's pledge keys that a segment holds, by their ordinals there (ascending). */
    private record SegmentKeys(int[] ords, String[] keys) {
        static SegmentKeys of(java.util.SortedMap<Integer, String> byOrd) {
            return new SegmentKeys(byOrd.keySet().stream().mapToInt(Integer::intValue).toArray(),
                    byOrd.values().toArray(new String[0]));
        }

        /** The key of ordinal {@code ord}, or null when it is none of the batch's: a look-up per candidate, unboxed. */
        String key(int ord) {
            int i = java.util.Arrays.binarySearch(ords, ord);
            return i < 0 ? null : keys[i];
        }
    }

    /** The documents of a segment holding one of {@code bands} (sorted), from its terms; returns their count. */
    private static int bandDocs(LeafReader reader, List<BytesRef> bands, int[][] into) throws IOException {
        Terms terms = reader.terms(Fields.PLEDGE);
        if (terms == null) {
            return 0;
        }
        TermsEnum te = terms.iterator();
        PostingsEnum postings = null;
        int n = 0;
        for (BytesRef band : bands) {
            if (!te.seekExact(band)) {
                continue;
            }
            postings = te.postings(postings, PostingsEnum.NONE);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (n == into[0].length) {
                    into[0] = java.util.Arrays.copyOf(into[0], n * 2);
                }
                into[0][n++] = doc;
            }
        }
        return n;
    }

    @Override
    public Map<String, java.util.Optional<AlsoIn>> pledgeMemo() {
        return searcher.pledgeMemo();
    }

    @Override
    public Searcher.Status status() throws IOException {
        long documents = searcher.count(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOCUMENT)));
        long commitments = searcher.count(new TermQuery(new Term(Fields.KIND, Fields.KIND_COMMITMENT)));
        String version = ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData()
                .getOrDefault(Fields.VERSION_KEY, "unknown");
        return new Searcher.Status(documents, commitments, version);
    }

    private static Set<String> fields(Fetch fetch) {
        return switch (fetch) {
            case SUMMARY -> SUMMARY_FIELDS; // not the text nor the annotation: large, and not shown
            case COMMITMENT -> COMMITMENT_FIELDS;
            case DOCUMENT -> DOCUMENT_FIELDS;
        };
    }

    private Query query(Selection selection) {
        String kind = selection.kind() == Kind.DOCUMENT ? Fields.KIND_DOCUMENT : Fields.KIND_COMMITMENT;
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        if (selection.documents() != null) {
            // First: a segment holding none of the documents is then passed over before the other clauses are read.
            q.add(documents(selection), BooleanClause.Occur.FILTER);
        }
        return q.add(new TermQuery(new Term(Fields.KIND, kind)), BooleanClause.Occur.FILTER)
                .add(selection.query(), BooleanClause.Occur.MUST)
                .build();
    }

    /**
     * The entries of the selection's documents: a page's commitments by their documents' positions when this
     * searcher returned the documents (a document's entries follow it), else by document id.
     */
    private Query documents(Selection selection) {
        if (selection.kind() == Kind.COMMITMENT && !selection.documents().isEmpty()
                && documentPositions.keySet().containsAll(selection.documents())) {
            return new FollowingEntriesQuery(selection.documents().stream().mapToInt(documentPositions::get).toArray());
        }
        return new TermInSetQuery(Fields.DOCUMENT_ID, selection.documents().stream().map(BytesRef::new).toList());
    }

    /**
     * The service's sort keys as Lucene's: relevance, the start offset as a number, ascending string fields by the
     * reader's global ordinals, every other field as a string.
     */
    private Sort sort(List<SortKey> keys) throws IOException {
        SortField[] fields = new SortField[keys.size()];
        for (int i = 0; i < fields.length; i++) {
            SortKey key = keys.get(i);
            if (key.field().equals(SortKey.SCORE)) {
                fields[i] = SortField.FIELD_SCORE;
            } else if (key.field().equals(Fields.START)) {
                fields[i] = new SortField(key.field(), SortField.Type.LONG, key.descending());
            } else if (!key.descending()) {
                fields[i] = OrdinalSort.on(key.field(), searcher.globalOrds(key.field()));
            } else {
                SortField field = new SortField(key.field(), SortField.Type.STRING, key.descending());
                field.setMissingValue(key.descending() ? SortField.STRING_FIRST : SortField.STRING_LAST);
                fields[i] = field;
            }
        }
        return new Sort(fields);
    }

    private static float score(ScoreDoc sd) {
        return Float.isNaN(sd.score) ? 0f : sd.score;
    }

    private static Set<String> withText(Set<String> fields) {
        Set<String> all = new java.util.HashSet<>(fields);
        all.add(Fields.TEXT);
        return all;
    }

    /**
     * The page's snippets, from the texts already read ({@code read}, in page order). The highlighter is the
     * unified one as Solr's is set up, told the reader's field infos rather than merging them on every call.
     */
    private String[] highlight(Query query, ScoreDoc[] page, Entry[] read, int[][] breaks, int passages) throws IOException {
        if (page.length == 0) {
            return new String[0];
        }
        Map<Integer, String> texts = new HashMap<>();
        // The texts by identity, as the highlighter hands them to its break iterator, with their recorded breaks.
        Map<String, int[]> recorded = new java.util.IdentityHashMap<>();
        for (int i = 0; i < page.length; i++) {
            String text = read[i].text();
            if (text == null) {
                texts = null; // read as the highlighter reads a missing field
                break;
            }
            // What the highlighter's own reading keeps: the first SNIPPET_CHARS characters.
            String part = SentenceBreaks.snippetPart(text);
            texts.put(page[i].doc, part);
            if (breaks[i] != null) {
                recorded.put(part, breaks[i]);
            }
        }
        Map<Integer, String> known = texts;
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, searcher.analyzer())
                .withFormatter(new DefaultPassageFormatter("«", "»", " … ", false))
                .withMaxLength(SentenceBreaks.SNIPPET_CHARS)
                .withBreakIterator(() -> new KnownSentenceBreaks(recorded))
                .withMaxNoHighlightPassages(0)
                .withScorer(PASSAGE_SCORES)
                // Marks each matching term from the postings' offsets, as Solr's highlighter is set to: a third cheaper
                // than asking the query for its matches in every document.
                .withWeightMatches(false);
        UnifiedHighlighter highlighter = new UnifiedHighlighter(builder) {
            @Override
            protected FieldInfo getFieldInfo(String field) {
                return LuceneSearcher.this.searcher.fieldInfos().fieldInfo(field);
            }

            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                    throws IOException {
                if (known == null || fields.length != 1 || !fields[0].equals(Fields.TEXT)) {
                    return super.loadFieldValues(fields, docs, cacheCharsThreshold);
                }
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    values.add(new CharSequence[] {known.get(doc)});
                }
                return values;
            }
        };
        TopDocs pageDocs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
        return highlighter.highlight(Fields.TEXT, query, pageDocs, passages);
    }

    @Override
    public void close() {
        release.run();
    }
}
