package org.accordex.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.accordex.export.AnnotationJson;
import org.accordex.search.SearchException;
import org.accordex.watch.Watch;
import org.accordex.watch.WatchException;
import org.accordex.watch.WatchFeed;
import org.accordex.watch.WatchMatch;
import org.accordex.watch.Watches;

/**
 * Watches in {@code serve}: {@code GET /api/watches[?since=]} lists them (with {@code new}, the matches after
 * {@code since}), {@code POST /api/watches} adds one ({@code {"name", "query", "commitments"}}; 201, 400 for a bad
 * name or query, 409 for a name taken), {@code GET /api/watches/{name}[?since=]} gives its matches and
 * {@code DELETE /api/watches/{name}} removes it (404 for an unknown name). {@code /feeds/{name}.atom} is a watch's
 * Atom feed, and {@code /watches.js} and {@code /watches.css} the page's part for watches. Writes are guarded like
 * every state-changing request ({@link RequestGuard}).
 */
public final class WatchRoutes implements RouteSet {
    /** Largest request body {@code POST /api/watches} reads: a name and a query. */
    static final int MAX_BODY = 64 * 1024;

    private final Watches watches;

    public WatchRoutes(Watches watches) {
        this.watches = watches;
    }

    @Override
    public void register(Routes routes) {
        routes.get("/api/watches", this::list)
                .post("/api/watches", this::add)
                .get("/api/watches/{name}", this::show)
                .delete("/api/watches/{name}", this::remove)
                .get("/feeds/{file}", this::feed)
                .get("/watches.js", e -> file(e, "watches.js", "text/javascript"))
                .get("/watches.css", e -> file(e, "watches.css", "text/css"));
    }

    private void list(Exchange exchange) throws Exception {
        Instant since = since(exchange);
        ObjectNode json = AnnotationJson.MAPPER.createObjectNode();
        json.put("now", Instant.now().toString());
        ArrayNode array = json.putArray("watches");
        watches.tallies(since).forEach((w, t) -> array.add(Watches.json(w, t, since)));
        exchange.json(200, json);
    }

    private void add(Exchange exchange) throws Exception {
        JsonNode body;
        try {
            body = AnnotationJson.MAPPER.readTree(exchange.body(MAX_BODY));
        } catch (IOException e) {
            throw new HttpError(400, "the body must be JSON: {\"name\": …, \"query\": …, \"commitments\": true|false}");
        }
        if (body == null || !body.isObject() || !body.path("name").isTextual() || !body.path("query").isTextual()) {
            throw new HttpError(400, "the body must be JSON: {\"name\": …, \"query\": …, \"commitments\": true|false}");
        }
        Watch w;
        try {
            w = watches.add(body.get("name").asText(), body.get("query").asText(), body.path("commitments").asBoolean(false));
        } catch (SearchException e) {
            throw new HttpError(400, e.getMessage());
        } catch (WatchException e) {
            throw error(e);
        }
        exchange.setHeader("Location", "/api/watches/" + w.name());
        exchange.json(201, Watches.json(w, new Watches.Tally(0, null, 0), null));
    }

    private void show(Exchange exchange) throws Exception {
        String name = exchange.pathParam("name");
        Instant since = since(exchange);
        Watch watch = watches.get(name).orElseThrow(() -> new HttpError(404, "no watch named '" + name + "'"));
        List<WatchMatch> matches;
        try {
            matches = watches.matches(name, since);
        } catch (WatchException e) {
            throw error(e);
        }
        Map<Watch, Watches.Tally> tallies = watches.tallies(since);
        ObjectNode json = AnnotationJson.MAPPER.createObjectNode();
        json.set("watch", Watches.json(watch, tallies.getOrDefault(watch, new Watches.Tally(0, null, 0)), since));
        json.put("total", matches.size());
        ArrayNode array = json.putArray("matches");
        for (WatchMatch m : matches) {
            ObjectNode node = m.toJson();
            if (m.commitment() != null) {
                node.put("summary", m.summary());
            }
            array.add(node);
        }
        exchange.json(200, json);
    }

    private void remove(Exchange exchange) throws Exception {
        try {
            Watch removed = watches.remove(exchange.pathParam("name"));
            ObjectNode json = AnnotationJson.MAPPER.createObjectNode();
            json.put("removed", removed.name());
            exchange.json(200, json);
        } catch (WatchException e) {
            throw error(e);
        }
    }

    private void feed(Exchange exchange) throws Exception {
        String file = exchange.pathParam("file");
        if (!file.endsWith(".atom")) {
            throw new HttpError(404, "not found: " + exchange.path());
        }
        String name = file.substring(0, file.length() - ".atom".length());
        Watch watch = watches.get(name).orElseThrow(() -> new HttpError(404, "no watch named '" + name + "'"));
        List<WatchMatch> matches;
        try {
            matches = watches.matches(name, null);
        } catch (WatchException e) {
            throw error(e);
        }
        // The Host header was checked against this server's names (RequestGuard): links may be built on it.
        URI base = URI.create("http://" + exchange.header("Host") + "/");
        exchange.send(200, "application/atom+xml; charset=utf-8",
                WatchFeed.atom(watch, matches, base).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** {@code since}: a day (2026-06-30, from its start, UTC) or an instant (2026-06-30T12:00:00Z); null when absent. */
    private static Instant since(Exchange exchange) throws HttpError {
        String v = exchange.param("since");
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            return v.contains("T") ? Instant.parse(v) : LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new HttpError(400, "since must be a date such as 2026-06-30 or a time such as 2026-06-30T12:00:00Z");
        }
    }

    private static HttpError error(WatchException e) {
        return new HttpError(switch (e.reason()) {
            case BAD_NAME -> 400;
            case NAME_TAKEN -> 409;
            case UNKNOWN -> 404;
        }, e.getMessage());
    }

    private static void file(Exchange exchange, String name, String type) throws Exception {
        try (InputStream in = WatchRoutes.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                throw new HttpError(404, "not found: " + exchange.path());
            }
            exchange.send(200, type + "; charset=utf-8", in.readAllBytes());
        }
    }
}
