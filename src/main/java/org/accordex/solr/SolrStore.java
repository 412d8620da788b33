package org.accordex.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.accordex.index.Fields;
import org.accordex.index.IndexEntry;
import org.accordex.index.IndexStore;
import org.accordex.corrections.Corrected;
import org.accordex.model.Annotation;
import org.accordex.corrections.CorrectionLog;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * Writes index entries to a Solr collection in batches. Ids are deterministic (the document's SHA-256, the
 * commitment's id), so re-running, or running several {@code index} processes over the same files, stores each
 * entry once. A document's stale entries are removed in the same request that adds its new ones, by a delete that
 * spares the new ids, so the request's order of deletes and adds does not matter.
 */
final class SolrStore implements IndexStore {
    /** Entries per update request. */
    static final int BATCH = 500;
    /** Above this many commitments a document's stale entries are deleted first, before its new ones are added. */
    private static final int MAX_SPARED_IDS = 1000;

    private final SolrClient client;
    private final String collection;
    private UpdateRequest pending = new UpdateRequest();
    private int pendingEntries;

    SolrStore(SolrClient client, String collection) {
        this.client = client;
        this.collection = collection;
    }

    @Override
    public Map<String, StoredFile> files() throws IOException {
        Map<String, StoredFile> files = new HashMap<>();
        SolrQuery q = new SolrQuery(Fields.KIND + ":" + Fields.KIND_DOCUMENT)
                .setFields(Fields.ENTRY_ID, Fields.FILE, Fields.VERSION, Fields.SOURCE)
                .setRows(1000)
                .setSort(Fields.ENTRY_ID, SolrQuery.ORDER.asc);
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse page = Retry.call("reading the collection", () -> client.query(collection, q));
            for (SolrDocument d : page.getResults()) {
                files.put((String) d.getFirstValue(Fields.FILE), new StoredFile((String) d.getFirstValue(Fields.ENTRY_ID),
                        (String) d.getFirstValue(Fields.VERSION), (String) d.getFirstValue(Fields.SOURCE)));
            }
            if (cursor.equals(page.getNextCursorMark())) {
                return files;
            }
            cursor = page.getNextCursorMark();
        }
    }

    @Override
    public synchronized void put(String text, Corrected annotation, String file, String annotatorVersion,
            String replacedId) throws IOException {
        String id = annotation.annotation().document().id();
        List<SolrInputDocument> docs = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (IndexEntry entry : IndexEntry.of(text, annotation, file, annotatorVersion)) {
            SolrInputDocument d = new SolrInputDocument();
            entry.fields().forEach((field, values) -> values.forEach(v -> d.addField(field, v)));
            docs.add(d);
            ids.add((String) entry.values(Fields.ENTRY_ID).get(0));
        }
        if (replacedId != null && !replacedId.equals(id)) {
            pending.deleteByQuery(Fields.DOCUMENT_ID + ":" + replacedId);
        }
        if (replacedId != null && ids.size() > MAX_SPARED_IDS) {
            flush();
            Retry.call("deleting " + id, () -> client.deleteByQuery(collection, Fields.DOCUMENT_ID + ":" + id));
        } else if (replacedId != null) {
            pending.deleteByQuery(Fields.DOCUMENT_ID + ":" + id + " AND -" + Fields.ENTRY_ID + ":(" + String.join(" OR ", ids) + ")");
        }
        pending.add(docs);
        pendingEntries += docs.size();
        if (pendingEntries >= BATCH) {
            flush();
        }
    }

    @Override
    public void put(String text, Annotation annotation, String file, String annotatorVersion, String replacedId) throws IOException {
        put(text, Corrected.none(annotation), file, annotatorVersion, replacedId);
    }

    /** Sends what is pending first, then reads the document with real-time get, which sees uncommitted updates. */
    @Override
    public synchronized StoredDocument read(String documentId) throws IOException {
        flush();
        SolrDocument d = Retry.call("reading " + documentId, () -> client.getById(collection, documentId));
        if (d == null || !Fields.KIND_DOCUMENT.equals(d.getFirstValue(Fields.KIND))) {
            return null;
        }
        return new StoredDocument(documentId, (String) d.getFirstValue(Fields.TEXT), (String) d.getFirstValue(Fields.JSON),
                (String) d.getFirstValue(Fields.MACHINE), (String) d.getFirstValue(Fields.FILE),
                (String) d.getFirstValue(Fields.VERSION));
    }

    @Override
    public CorrectionLog corrections() {
        return new SolrCorrectionLog(client, collection);
    }

    @Override
    public synchronized void delete(String documentId) throws IOException {
        pending.deleteByQuery(Fields.DOCUMENT_ID + ":" + documentId);
    }

    @Override
    public synchronized void commit(String annotatorVersion) throws IOException {
        flush();
        Retry.call("committing", () -> client.commit(collection));
    }

    private void flush() throws IOException {
        if (pending.getDocuments() == null && pending.getDeleteQuery() == null) {
            return;
        }
        UpdateRequest request = pending;
        Retry.call("writing " + pendingEntries + " entries", () -> request.process(client, collection));
        pending = new UpdateRequest();
        pendingEntries = 0;
    }

    /** Sends what is pending; the client belongs to the backend, which closes it. */
    @Override
    public synchronized void close() throws IOException {
        flush();
    }
}
