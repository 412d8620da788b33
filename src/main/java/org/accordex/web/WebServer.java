package org.accordex.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.accordex.annotate.Annotator;
import org.accordex.annotate.AnnotatorModels;
import org.accordex.backend.Backend;
import org.accordex.export.AnnotationJson;
import org.accordex.export.CommitmentWriter;
import org.accordex.index.Indexer;
import org.accordex.ingest.Ingested;
import org.accordex.ingest.Ingestor;
import org.accordex.annotate.PartyNames;
import org.accordex.search.Aggregations;
import org.accordex.search.QuerySyntax;
import org.accordex.search.SearchException;
import org.accordex.search.SearchJson;
import org.accordex.search.SearchResults;
import org.accordex.search.Searcher;

/**
 * {@code accordex serve}: a JSON API and a page over an index, on the JDK's own HTTP server (no container, no
 * extra dependency; a local tool for one analyst at a time needs no more).
 *
 * <p>Every request opens the index's latest commit, so a running {@code index} is seen as soon as it commits.
 * Errors are JSON {@code {"error": message}} with 400 (bad query or parameter), 404 (unknown id or path),
 * 405, 413 (upload too large) or 500 (never with a stack trace).
 */
public final class WebServer {
    /** Largest upload {@code POST /api/annotate} accepts. */
    public static final int MAX_UPLOAD = 20 * 1024 * 1024;
    private static final Pattern DOCUMENT_ID = Pattern.compile("[0-9a-f]{64}");
    private static final Map<String, String> STATIC = Map.of(
            "/", "index.html", "/index.html", "index.html", "/app.js", "app.js", "/app.css", "app.css");

    private final Backend backend;
    private final AnnotatorModels models;
    private final Ingestor ingestor = new Ingestor();
    private final ThreadLocal<Annotator> annotators;
    private final PageJson page = new PageJson(PartyNames.bundled());
    private HttpServer server;

    public WebServer(Backend backend, AnnotatorModels models) {
        this.backend = backend;
        this.models = models;
        this.annotators = ThreadLocal.withInitial(() -> new Annotator(models));
    }

    /** Starts listening; returns the address, such as {@code http://127.0.0.1:8080/}. */
    public URI start(String host, int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
        return URI.create("http://" + host + ":" + server.getAddress().getPort() + "/");
    }

    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** An error the client caused or can act on, with its HTTP status. */
    static final class HttpError extends Exception {
        final int status;

        HttpError(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            try {
                route(exchange);
            } catch (HttpError e) {
                sendError(exchange, e.status, e.getMessage());
            } catch (SearchException e) {
                sendError(exchange, e.getMessage().startsWith("no index") ? 503 : 400, e.getMessage());
            } catch (RuntimeException | IOException e) {
                sendError(exchange, 500, "internal error: " + e.getClass().getSimpleName());
            }
        }
    }

    private void route(HttpExchange exchange) throws IOException, HttpError, SearchException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        Map<String, String> query = query(exchange.getRequestURI());
        if (path.equals("/api/annotate")) {
            requireMethod(method, "POST");
            annotate(exchange, query);
            return;
        }
        requireMethod(method, "GET");
        if (path.startsWith(WebJars.PREFIX)) {
            WebJars.Asset asset = WebJars.find(path);
            if (asset == null) {
                throw new HttpError(404, "not found: " + path);
            }
            exchange.getResponseHeaders().set("Cache-Control", "public, max-age=86400");
            send(exchange, 200, asset.type(), asset.bytes());
            return;
        }
        if (STATIC.containsKey(path)) {
            String name = STATIC.get(path);
            try (InputStream in = WebServer.class.getResourceAsStream("/web/" + name)) {
                if (in == null) {
                    throw new HttpError(404, "not found: " + path);
                }
                String type = name.endsWith(".js") ? "text/javascript" : name.endsWith(".css") ? "text/css" : "text/html";
                send(exchange, 200, type + "; charset=utf-8", in.readAllBytes());
            }
            return;
        }
        switch (path) {
            case "/api/search" -> search(exchange, query);
            case "/api/deadlines" -> deadlines(exchange, query);
            case "/api/export" -> export(exchange, query);
            case "/api/charts" -> charts(exchange, query);
            default -> {
                if (path.startsWith("/api/documents/")) {
                    document(exchange, path.substring("/api/documents/".length()));
                } else {
                    throw new HttpError(404, "not found: " + path);
                }
            }
        }
    }

    private void search(HttpExchange exchange, Map<String, String> query) throws IOException, HttpError, SearchException {
        boolean commitments = flag(query, "commitments");
        int offset = integer(query, "offset", 0, 0, 1_000_000);
        int limit = integer(query, "limit", 10, 1, 1000);
        Searcher.Order order;
        try {
            order = Searcher.Order.valueOf(query.getOrDefault("sort", "relevance").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new HttpError(400, "sort must be relevance, date or due");
        }
        try (Searcher searcher = backend.openSearcher()) {
            String q = query.get("q");
            SearchResults results = commitments ? searcher.searchCommitments(q, offset, limit, order)
                    : searcher.searchDocuments(q, offset, limit, order);
            if (flag(query, "facets")) {
                results = new SearchResults(results.total(), results.hits(), searcher.facets(q, commitments, 20));
            }
            ObjectNode json = SearchJson.of(results);
            page.addFacetValues(json);
            page.addLabels(json, q);
            sendJson(exchange, 200, json);
        }
    }

    private void document(HttpExchange exchange, String id) throws IOException, HttpError, SearchException {
        if (!DOCUMENT_ID.matcher(id).matches()) {
            throw new HttpError(404, "no document " + id.replaceAll("[^0-9A-Za-z]", "?"));
        }
        try (Searcher searcher = backend.openSearcher()) {
            ObjectNode document = searcher.document(id);
            if (document == null) {
                throw new HttpError(404, "no document " + id);
            }
            page.addLabels(document);
            sendJson(exchange, 200, document);
        }
    }

    private void deadlines(HttpExchange exchange, Map<String, String> query) throws IOException, HttpError, SearchException {
        LocalDate from = date(query, "from");
        LocalDate to = date(query, "to");
        LocalDate today = date(query, "today");
        LocalDate now = today == null ? LocalDate.now() : today;
        String status = query.getOrDefault("status", "all");
        if (!List.of("all", "overdue", "upcoming").contains(status)) {
            throw new HttpError(400, "status must be all, overdue or upcoming");
        }
        try (Searcher searcher = backend.openSearcher()) {
            String q = QuerySyntax.withDueBetween(query.get("q"), from, to);
            ObjectNode root = AnnotationJson.MAPPER.createObjectNode();
            root.put("today", now.toString());
            var list = root.putArray("commitments");
            long[] counts = new long[2];
            searcher.forEachCommitment(q, true, c -> {
                String due = c.path("deadline").path("due").asText();
                boolean overdue = LocalDate.parse(due).isBefore(now);
                counts[overdue ? 0 : 1]++;
                c.put("status", overdue ? "overdue" : "upcoming");
                if (status.equals("all") || status.equals(c.get("status").asText())) {
                    list.add(c);
                }
            });
            root.put("total", list.size());
            root.put("overdue", counts[0]);
            root.put("upcoming", counts[1]);
            page.addLabels(root, query.get("q"));
            sendJson(exchange, 200, root);
        }
    }

    /** Counts for the page's charts over the commitments matching {@code q} ({@link Aggregations}). */
    private void charts(HttpExchange exchange, Map<String, String> query) throws IOException, HttpError, SearchException {
        LocalDate today = date(query, "today");
        try (Searcher searcher = backend.openSearcher()) {
            ObjectNode json = Aggregations.of(searcher, query.get("q"), today == null ? LocalDate.now() : today);
            page.addLabels(json, query.get("q"));
            sendJson(exchange, 200, json);
        }
    }

    private void export(HttpExchange exchange, Map<String, String> query) throws IOException, HttpError, SearchException {
        CommitmentWriter.Format format;
        try {
            format = CommitmentWriter.Format.valueOf(query.getOrDefault("format", "jsonl"));
        } catch (IllegalArgumentException e) {
            throw new HttpError(400, "format must be json, jsonl, csv or ics");
        }
        String type = switch (format) {
            case json -> "application/json";
            case jsonl -> "application/x-ndjson";
            case csv -> "text/csv";
            case ics -> "text/calendar";
        };
        try (Searcher searcher = backend.openSearcher()) {
            String q = query.get("q");
            QuerySyntax.parse(q); // a bad query is a 400 before the headers go out
            exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
            exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"commitments." + format + "\"");
            exchange.sendResponseHeaders(200, 0);
            try (Writer out = new OutputStreamWriter(exchange.getResponseBody(), StandardCharsets.UTF_8);
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

    private void annotate(HttpExchange exchange, Map<String, String> query) throws IOException, HttpError {
        String name = query.getOrDefault("name", "upload.txt").replaceAll("[^\\w.-]", "_");
        byte[] bytes = readLimited(exchange.getRequestBody());
        Path temporary = Files.createTempDirectory("accordex-upload").resolve(name.isBlank() ? "upload.txt" : name);
        try {
            Files.write(temporary, bytes);
            // An email or an archive holds several documents: the first is the reply, the others its "attachments".
            List<Ingested> results = ingestor.ingestAll(bytes, temporary, "upload/" + name, id -> true);
            List<ObjectNode> documents = new ArrayList<>();
            ArrayNode failures = AnnotationJson.MAPPER.createArrayNode();
            for (Ingested result : results) {
                if (result.document() == null) {
                    failures.addObject().put("source", "upload/" + name + result.part())
                            .put("error", result.failure().getMessage());
                    continue;
                }
                ObjectNode annotation = AnnotationJson.toJson(annotators.get().annotate(result.document(), date(query, "date")));
                if (!result.document().warnings().isEmpty()) {
                    result.document().warnings().forEach(annotation.putArray("warnings")::add);
                }
                documents.add(flag(query, "include_text") ? AnnotationJson.addText(annotation, result.document().text()) : annotation);
            }
            if (documents.isEmpty()) {
                throw new HttpError(422, results.get(0).report(name));
            }
            ObjectNode json = documents.get(0);
            if (documents.size() > 1) {
                json.putArray("attachments").addAll(documents.subList(1, documents.size()));
            }
            if (!failures.isEmpty()) {
                json.set("failures", failures);
            }
            if (flag(query, "index")) {
                try (Indexer indexer = new Indexer(backend.openStore(), models, false, Duration.ofMinutes(2))) {
                    var summary = indexer.index(List.of(temporary), List.of("upload/" + name), 1, false, e -> { }, n -> { });
                    json.put("indexed", summary.indexed() + summary.unchanged() > 0);
                }
            }
            sendJson(exchange, 200, json);
        } finally {
            Files.deleteIfExists(temporary);
            Files.deleteIfExists(temporary.getParent());
        }
    }

    private static byte[] readLimited(InputStream in) throws IOException, HttpError {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[64 * 1024];
        int n;
        while ((n = in.read(chunk)) > 0) {
            if (buffer.size() + n > MAX_UPLOAD) {
                throw new HttpError(413, "upload larger than " + MAX_UPLOAD / (1024 * 1024) + " MB");
            }
            buffer.write(chunk, 0, n);
        }
        if (buffer.size() == 0) {
            throw new HttpError(400, "empty upload");
        }
        return buffer.toByteArray();
    }

    private static void requireMethod(String actual, String expected) throws HttpError {
        if (!actual.equals(expected)) {
            throw new HttpError(405, actual + " is not allowed here; use " + expected);
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new HashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                values.put(key, value);
            }
        }
        return values;
    }

    private static boolean flag(Map<String, String> query, String name) {
        String v = query.get(name);
        return v != null && (v.isEmpty() || v.equals("true") || v.equals("1"));
    }

    private static int integer(Map<String, String> query, String name, int fallback, int min, int max) throws HttpError {
        String v = query.get(name);
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new HttpError(400, name + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new HttpError(400, name + " must be a number");
        }
    }

    private static LocalDate date(Map<String, String> query, String name) throws HttpError {
        String v = query.get(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new HttpError(400, name + " must be a date such as 2026-06-30");
        }
    }

    private static void sendJson(HttpExchange exchange, int status, Object json) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", AnnotationJson.MAPPER.writeValueAsBytes(json));
    }

    private static void sendError(HttpExchange exchange, int status, String message) throws IOException {
        ObjectNode error = AnnotationJson.MAPPER.createObjectNode();
        error.put("error", message);
        error.put("status", status);
        sendJson(exchange, status, error);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
