package org.accordex.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.accordex.annotate.PartyNames;
import org.accordex.backend.Backend;
import org.accordex.export.AnnotationJson;
import org.accordex.export.CommitmentWriter;
import org.accordex.search.DeadlineEntry;
import org.accordex.search.Deadlines;
import org.accordex.search.DocumentView;
import org.accordex.search.QuerySyntax;
import org.accordex.search.SearchResults;
import org.accordex.search.Searcher;

/**
 * What reads the index: search, a document by id, deadlines and export, each answering with the read side's records
 * as JSON. Every request takes a searcher from the backend, which keeps its readers for the server's lifetime and
 * moves them to the index's latest commit, so a running {@code index} is seen as soon as it commits.
 */
final class SearchRoutes implements RouteSet {
    private static final Pattern DOCUMENT_ID = Pattern.compile("[0-9a-f]{64}");
    /** Values shown per facet on the page. */
    private static final int FACET_VALUES = 20;

    private final Backend backend;
    /** The page's additions to the replies: party names, facet values as lists. */
    private final PageJson page = new PageJson(PartyNames.bundled());

    SearchRoutes(Backend backend) {
        this.backend = backend;
    }

    @Override
    public void register(Routes routes) {
        routes.get("/api/search", this::search)
                .get("/api/documents/{id}", this::document)
                .get("/api/deadlines", this::deadlines)
                .get("/api/export", this::export);
    }

    private void search(Exchange exchange) throws Exception {
        boolean commitments = exchange.flag("commitments");
        int offset = exchange.integer("offset", 0, 0, 1_000_000);
        int limit = exchange.integer("limit", 10, 1, 1000);
        Searcher.Order order;
        try {
            order = Searcher.Order.valueOf(exchange.param("sort", "relevance").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new HttpError(400, "sort must be relevance, date or due");
        }
        try (Searcher searcher = backend.openSearcher()) {
            String q = exchange.param("q");
            int facetValues = exchange.flag("facets") ? FACET_VALUES : 0; // counted in the same pass as the hits
            SearchResults results = commitments ? searcher.searchCommitments(q, offset, limit, order, facetValues)
                    : searcher.searchDocuments(q, offset, limit, order, facetValues);
            exchange.json(200, page.searchReply(results, q));
        }
    }

    private void document(Exchange exchange) throws Exception {
        String id = exchange.pathParam("id");
        if (!DOCUMENT_ID.matcher(id).matches()) {
            throw new HttpError(404, "no document " + id.replaceAll("[^0-9A-Za-z]", "?"));
        }
        try (Searcher searcher = backend.openSearcher()) {
            DocumentView document = searcher.document(id).orElseThrow(() -> new HttpError(404, "no document " + id));
            ObjectNode json = CorrectionRoutes.marked(backend, document);
            page.addLabels(json);
            exchange.json(200, json);
        }
    }

    private void deadlines(Exchange exchange) throws Exception {
        LocalDate from = exchange.date("from");
        LocalDate to = exchange.date("to");
        LocalDate today = exchange.date("today");
        LocalDate now = today == null ? LocalDate.now() : today;
        String status = exchange.param("status", "all");
        if (!java.util.List.of("all", "overdue", "upcoming").contains(status)) {
            throw new HttpError(400, "status must be all, overdue or upcoming");
        }
        try (Searcher searcher = backend.openSearcher()) {
            Deadlines all = searcher.deadlines(exchange.param("q"), from, to, now);
            java.util.List<DeadlineEntry> shown = all.commitments().stream()
                    .filter(d -> status.equals("all") || d.status().label().equals(status)).toList();
            ObjectNode json = AnnotationJson.MAPPER.valueToTree(new Deadlines(all.today(), shown.size(), shown));
            json.put("overdue", all.commitments().stream().filter(d -> d.status() == DeadlineEntry.Status.OVERDUE).count());
            json.put("upcoming", all.commitments().stream().filter(d -> d.status() == DeadlineEntry.Status.UPCOMING).count());
            page.addLabels(json, exchange.param("q"));
            exchange.json(200, json);
        }
    }

    private void export(Exchange exchange) throws Exception {
        CommitmentWriter.Format format;
        try {
            format = CommitmentWriter.Format.valueOf(exchange.param("format", "jsonl").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new HttpError(400, "format must be json, jsonl, csv or ics");
        }
        String type = switch (format) {
            case JSON -> "application/json";
            case JSONL -> "application/x-ndjson";
            case CSV -> "text/csv";
            case ICS -> "text/calendar";
        };
        try (Searcher searcher = backend.openSearcher()) {
            String q = exchange.param("q");
            QuerySyntax.parse(q); // a bad query is a 400 before the headers go out
            exchange.setHeader("Content-Disposition", "attachment; filename=\"commitments." + format.extension() + "\"");
            try (Writer out = new OutputStreamWriter(exchange.stream(200, type + "; charset=utf-8"), StandardCharsets.UTF_8);
                    CommitmentWriter writer = CommitmentWriter.create(format, out)) {
                searcher.forEachCommitment(q, false, c -> {
                    try {
                        writer.write(c);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }
}
