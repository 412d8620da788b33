package org.accordex.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accordex.corrections.Corrected;
import org.accordex.model.Annotation;
import org.accordex.corrections.CorrectionLog;
import org.accordex.corrections.JsonlCorrectionLog;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * The embedded Lucene index in a folder. A document and its commitments are written in one
 * {@code updateDocuments} call keyed on the document id, so a reader never sees half of them; the folder's write
 * lock keeps a second writer out; failures go to {@link FailureLog#FILE} beside the index.
 */
public final class LuceneStore implements IndexStore {
    /** Keyword fields a hit shows; those read per entry while searching (sorting, same-pledge lookups). */
    private static final Set<String> STORED = Set.of(Fields.KIND, Fields.ENTRY_ID, Fields.DOCUMENT_ID, Fields.SOURCE, Fields.DATE,
            Fields.FILE, Fields.VERSION, Fields.DUE);
    private static final Set<String> SORTED = Set.of(Fields.ENTRY_ID, Fields.DOCUMENT_ID, Fields.SOURCE, Fields.DATE, Fields.PLEDGE_KEY);
    private static final FacetsConfig FACETS = Fields.facetsConfig();
    /** Prose with its offsets in the postings, so the highlighter finds matches without analyzing the text again. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    /** A document's text, searchable as the above; kept as doc values ({@link DocumentValues}). */
    private static final FieldType TEXT_NOT_STORED = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
        TEXT_NOT_STORED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_NOT_STORED.freeze();
    }

    private final Path folder;
    private final Directory directory;
    private final IndexWriter writer;
    /** For {@link #read}: opened on first use. */
    private DirectoryReader nearRealTime;

    public LuceneStore(Path folder) throws IOException {
        Files.createDirectories(folder);
        this.folder = folder;
        this.directory = FSDirectory.open(folder);
        IndexWriterConfig config = new IndexWriterConfig(Fields.analyzer());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(64);
        try {
            this.writer = new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IndexLockedException(folder);
        }
    }

    @Override
    public Map<String, StoredFile> files() throws IOException {
        Map<String, StoredFile> files = new HashMap<>();
        if (!DirectoryReader.indexExists(directory)) {
            return files;
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            StoredFields stored = searcher.storedFields();
            int max = Math.max(1, reader.maxDoc());
            for (ScoreDoc hit : searcher.search(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOCUMENT)), max).scoreDocs) {
                Document d = stored.document(hit.doc);
                files.put(d.get(Fields.FILE), new StoredFile(d.get(Fields.DOCUMENT_ID), d.get(Fields.VERSION), d.get(Fields.SOURCE)));
            }
        }
        return files;
    }

    @Override
    public void put(String text, Corrected annotation, String file, String annotatorVersion, String replacedId) throws IOException {
        String id = annotation.annotation().document().id();
        if (replacedId != null && !replacedId.equals(id)) {
            writer.deleteDocuments(new Term(Fields.DOCUMENT_ID, replacedId));
        }
        List<Document> docs = new ArrayList<>();
        for (IndexEntry entry : IndexEntry.of(text, annotation, file, annotatorVersion)) {
            docs.add(encode(entry));
        }
        writer.updateDocuments(new Term(Fields.DOCUMENT_ID, id), docs);
    }

    /** Stored fields, doc values for sorting and faceting, the analyzer's text fields: the Lucene form of an entry. */
    private static Document encode(IndexEntry entry) throws IOException {
        Document d = new Document();
        boolean document = entry.values(Fields.KIND).contains(Fields.KIND_DOCUMENT);
        entry.fields().forEach((field, values) -> {
            for (Object value : values) {
                if (value instanceof Integer n) {
                    d.add(new IntPoint(field, n));
                    d.add(new NumericDocValuesField(field, n));
                    d.add(new StoredField(field, n));
                    continue;
                }
                String s = (String) value;
                switch (field) {
                    case Fields.TEXT -> d.add(new Field(field, s, document ? TEXT_NOT_STORED : TEXT_WITH_OFFSETS));
                    case Fields.TITLE -> d.add(new TextField(field, s, Field.Store.YES));
                    case Fields.JSON -> {
                        if (!document) {
                            d.add(new StoredField(field, s));
                        }
                    }
                    case Fields.MACHINE -> { } // a document's, as doc values
                    // Read for every same-pledge candidate and each commitment hit (DocumentValues.Forward#signature):
                    // doc values only, as a stored copy was a third of the stored bytes, compressed on every flush and
                    // merge to no avail.
                    case Fields.PLEDGE_SIGNATURE -> d.add(new BinaryDocValuesField(field, new BytesRef(s)));
                    case Fields.DUE_SORT -> d.add(new SortedDocValuesField(field, new BytesRef(s)));
                    case Fields.YEAR, Fields.DUE_YEAR -> { } // facets only
                    default -> d.add(new StringField(field, s, STORED.contains(field) ? Field.Store.YES : Field.Store.NO));
                }
                if (SORTED.contains(field)) {
                    d.add(new SortedDocValuesField(field, new BytesRef(s)));
                }
                if (Fields.FACETS.contains(field)) {
                    d.add(new SortedSetDocValuesFacetField(field, s));
                }
                if (DateDays.field(field) != null) {
                    DateDays.add(d, field, s);
                }
            }
        });
        if (document) {
            DocumentValues.add(d, new DocumentValues.Summary(first(entry, Fields.ENTRY_ID), first(entry, Fields.SOURCE),
                    first(entry, Fields.TITLE), first(entry, Fields.DATE)), first(entry, Fields.TEXT),
                    first(entry, Fields.JSON), first(entry, Fields.MACHINE));
        }
        return FACETS.build(d);
    }

    private static String first(IndexEntry entry, String field) {
        List<Object> values = entry.values(field);
        return values.isEmpty() ? null : (String) values.get(0);
    }

    @Override
    public void put(String text, Annotation annotation, String file, String annotatorVersion, String replacedId) throws IOException {
        put(text, Corrected.none(annotation), file, annotatorVersion, replacedId);
    }

    @Override
    public synchronized StoredDocument read(String documentId) throws IOException {
        // A near-real-time reader sees what was put and not yet committed; reopened only when the index changed.
        if (nearRealTime == null) {
            nearRealTime = DirectoryReader.open(writer);
        } else {
            DirectoryReader newer = DirectoryReader.openIfChanged(nearRealTime, writer);
            if (newer != null) {
                nearRealTime.close();
                nearRealTime = newer;
            }
        }
        IndexSearcher searcher = new IndexSearcher(nearRealTime);
        var query = new org.apache.lucene.search.BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOCUMENT)), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.DOCUMENT_ID, documentId)), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                .build();
        ScoreDoc[] hits = searcher.search(query, 1).scoreDocs;
        if (hits.length == 0) {
            return null;
        }
        Document d = searcher.storedFields().document(hits[0].doc, Set.of(Fields.FILE, Fields.VERSION));
        List<LeafReaderContext> leaves = nearRealTime.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hits[0].doc, leaves));
        int doc = hits[0].doc - leaf.docBase;
        return new StoredDocument(documentId, DocumentValues.text(leaf.reader(), doc),
                DocumentValues.annotation(leaf.reader(), doc), DocumentValues.machine(leaf.reader(), doc),
                d.get(Fields.FILE), d.get(Fields.VERSION));
    }

    @Override
    public CorrectionLog corrections() {
        return new JsonlCorrectionLog(folder.resolve(JsonlCorrectionLog.FILE));
    }

    @Override
    public void delete(String documentId) throws IOException {
        writer.deleteDocuments(new Term(Fields.DOCUMENT_ID, documentId));
    }

    @Override
    public synchronized void commit(String annotatorVersion) throws IOException {
        writer.setLiveCommitData(Map.of(Fields.VERSION_KEY, annotatorVersion).entrySet());
        writer.commit();
    }

    @Override
    public void recordFailures(Collection<Path> seen, Map<Path, String> failed) throws IOException {
        new FailureLog(folder.resolve(FailureLog.FILE)).save(seen, failed);
    }

    @Override
    public void close() throws IOException {
        try {
            if (nearRealTime != null) {
                nearRealTime.close();
            }
        } finally {
            try {
                writer.close();
            } finally {
                directory.close();
            }
        }
    }
}
