package org.accordex.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.accordex.corrections.Correction;
import org.accordex.corrections.CorrectionJson;
import org.accordex.corrections.CorrectionLog;
import org.accordex.json.ModelJson;
import org.accordex.index.Fields;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * The corrections log of a Solr collection: one entry per correction in the collection itself
 * ({@code kind:correction}, {@code id:correction-ID}, the correction's JSON in {@code json}), so every server and
 * command line using the collection sees the same corrections. Entries carry no {@code doc} field: re-indexing a
 * document, which deletes by {@code doc}, never touches them. Each append is committed at once.
 */
final class SolrCorrectionLog implements CorrectionLog {
    static final String KIND = "correction";
    private final SolrClient client;
    private final String collection;

    SolrCorrectionLog(SolrClient client, String collection) {
        this.client = client;
        this.collection = collection;
    }

    @Override
    public List<Correction> read() throws IOException {
        List<Correction> entries = new ArrayList<>();
        SolrQuery q = new SolrQuery(Fields.KIND + ":" + KIND).setFields(Fields.JSON).setRows(1000)
                .setSort(Fields.ENTRY_ID, SolrQuery.ORDER.asc);
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse page = Retry.call("reading the corrections", () -> client.query(collection, q));
            for (SolrDocument d : page.getResults()) {
                entries.add(CorrectionJson.fromJson(ModelJson.MAPPER.readTree((String) d.getFirstValue(Fields.JSON))));
            }
            if (cursor.equals(page.getNextCursorMark())) {
                break;
            }
            cursor = page.getNextCursorMark();
        }
        // The log's order is the order corrections were made in, whichever server made them.
        entries.sort(Comparator.comparing(Correction::time).thenComparing(Correction::id));
        return entries;
    }

    @Override
    public void append(Correction correction) throws IOException {
        SolrInputDocument d = new SolrInputDocument();
        d.addField(Fields.KIND, KIND);
        d.addField(Fields.ENTRY_ID, "correction-" + correction.id());
        d.addField(Fields.JSON, CorrectionJson.toJson(correction).toString());
        Retry.call("storing a correction", () -> client.add(collection, d));
        Retry.call("committing a correction", () -> client.commit(collection));
    }
}
