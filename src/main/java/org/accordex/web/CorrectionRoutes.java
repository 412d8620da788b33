package org.accordex.web;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.accordex.backend.Backend;
import org.accordex.backend.Corrector;
import org.accordex.corrections.Correction;
import org.accordex.corrections.CorrectionJson;
import org.accordex.corrections.Corrections;
import org.accordex.export.AnnotationJson;
import org.accordex.search.DocumentView;

/**
 * The analysts' corrections: {@code GET /api/corrections?document=&since=} lists the log,
 * {@code POST /api/corrections} records one (the body is a correction's JSON without id and time) and
 * {@code DELETE /api/corrections/{id}?author=} undoes one; both apply at once, so the next search sees them. The
 * page's editing script is {@code /corrections.js}.
 *
 * <p>POST and DELETE are changing requests: the server's {@link RequestGuard} lets them through only from its own
 * page (same origin, {@code X-Accordex: 1}).
 */
final class CorrectionRoutes implements RouteSet {
    /** A correction is a small JSON object. */
    static final int MAX_BODY = 64 * 1024;

    private final Backend backend;
    private final Corrector corrector;

    CorrectionRoutes(Backend backend) {
        this.backend = backend;
        this.corrector = new Corrector(backend);
    }

    @Override
    public void register(Routes routes) {
        routes.get("/api/corrections", this::list)
                .post("/api/corrections", this::add)
                .delete("/api/corrections/{id}", this::undo)
                .get("/corrections.js", e -> file(e, "corrections.js", "text/javascript"))
                .get("/corrections.css", e -> file(e, "corrections.css", "text/css"));
    }

    private void list(Exchange exchange) throws Exception {
        String document = exchange.param("document");
        String since = exchange.param("since");
        Corrections corrections = Corrections.of(backend.corrections().read());
        ObjectNode root = AnnotationJson.MAPPER.createObjectNode();
        ArrayNode list = root.putArray("corrections");
        for (Correction c : corrections.log()) {
            if ((document != null && !document.isEmpty() && !c.document().equals(document))
                    || (since != null && !since.isEmpty() && c.time().compareTo(since) < 0)) {
                continue;
            }
            ObjectNode json = CorrectionJson.toJson(c);
            if (corrections.isUndone(c.id())) {
                json.put("undone", true);
            }
            list.add(json);
        }
        root.put("total", list.size());
        exchange.json(200, root);
    }

    private void add(Exchange exchange) throws Exception {
        JsonNode body;
        try {
            body = AnnotationJson.MAPPER.readTree(new String(exchange.body(MAX_BODY), StandardCharsets.UTF_8));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new HttpError(400, "the body is not JSON");
        }
        if (body == null || !body.isObject()) {
            throw new HttpError(400, "the body is a JSON object: {\"document\", \"kind\", \"start\", \"end\", \"author\", …}");
        }
        ObjectNode draft = ((ObjectNode) body).deepCopy();
        draft.put("id", "draft");
        draft.put("time", Instant.now().toString());
        Corrector.Recorded recorded;
        try {
            recorded = corrector.add(CorrectionJson.fromJson(draft));
        } catch (IllegalArgumentException e) {
            throw new HttpError(400, e.getMessage());
        }
        if (recorded == null) {
            throw new HttpError(404, "no document " + body.path("document").asText().replaceAll("[^0-9A-Za-z]", "?"));
        }
        exchange.json(201, reply(recorded));
    }

    private void undo(Exchange exchange) throws Exception {
        String author = exchange.param("author");
        if (author == null || author.isBlank()) {
            throw new HttpError(400, "author is required: who undoes the correction");
        }
        Corrector.Recorded recorded;
        try {
            recorded = corrector.undo(exchange.pathParam("id"), author);
        } catch (IllegalArgumentException e) {
            throw new HttpError(400, e.getMessage());
        } catch (IllegalStateException e) {
            throw new HttpError(409, e.getMessage());
        }
        if (recorded == null) {
            throw new HttpError(404, "no correction " + exchange.pathParam("id").replaceAll("[^0-9A-Za-z]", "?"));
        }
        exchange.json(200, reply(recorded));
    }

    /**
     * A document as the reader gets it, with {@code "corrected": true, "correctedBy", "correctedAt", "corrections"}
     * on the items analysts corrected and {@code document.corrections} listing the corrections it holds.
     */
    static ObjectNode marked(Backend backend, DocumentView document) throws java.io.IOException {
        ObjectNode json = AnnotationJson.MAPPER.valueToTree(document);
        return new Corrector(backend).marks(document).mark(json);
    }

    /** The logged correction, and whether the index shows it already (false while an 'index' run holds it). */
    private static ObjectNode reply(Corrector.Recorded recorded) {
        ObjectNode json = CorrectionJson.toJson(recorded.correction());
        json.put("applied", recorded.applied());
        return json;
    }

    private static void file(Exchange exchange, String name, String type) throws Exception {
        try (InputStream in = CorrectionRoutes.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                throw new HttpError(404, "not found: " + exchange.path());
            }
            exchange.send(200, type + "; charset=utf-8", in.readAllBytes());
        }
    }
}
