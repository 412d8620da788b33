package org.accordex.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.accordex.annotate.Annotator;
import org.accordex.annotate.AnnotatorModels;
import org.accordex.backend.Backend;
import org.accordex.export.AnnotationJson;
import org.accordex.index.Indexer;
import org.accordex.ingest.Ingested;
import org.accordex.ingest.Ingestor;

/** {@code POST /api/annotate}: annotates an uploaded file and, when asked, indexes it. */
final class AnnotateRoutes implements RouteSet {
    /** Largest upload accepted. */
    static final int MAX_UPLOAD = 20 * 1024 * 1024;

    private final Backend backend;
    private final AnnotatorModels models;
    private final Ingestor ingestor = new Ingestor();
    private final ThreadLocal<Annotator> annotators;

    AnnotateRoutes(Backend backend, AnnotatorModels models) {
        this.backend = backend;
        this.models = models;
        this.annotators = ThreadLocal.withInitial(() -> new Annotator(models));
    }

    @Override
    public void register(Routes routes) {
        routes.post("/api/annotate", this::annotate);
    }

    private void annotate(Exchange exchange) throws Exception {
        String name = exchange.param("name", "upload.txt").replaceAll("[^\\w.-]", "_");
        byte[] bytes = exchange.body(MAX_UPLOAD);
        if (bytes.length == 0) {
            throw new HttpError(400, "empty upload");
        }
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
                ObjectNode annotation = AnnotationJson.toJson(annotators.get().annotate(result.document(), exchange.date("date")));
                if (!result.document().warnings().isEmpty()) {
                    result.document().warnings().forEach(annotation.putArray("warnings")::add);
                }
                documents.add(exchange.flag("include_text") ? AnnotationJson.addText(annotation, result.document().text()) : annotation);
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
            if (exchange.flag("index")) {
                try (Indexer indexer = new Indexer(backend.openStore(), models, false, Duration.ofMinutes(2))) {
                    var summary = indexer.index(List.of(temporary), List.of("upload/" + name), 1, false, e -> { }, n -> { });
                    json.put("indexed", summary.indexed() + summary.unchanged() > 0);
                }
            }
            exchange.json(200, json);
        } finally {
            Files.deleteIfExists(temporary);
            Files.deleteIfExists(temporary.getParent());
        }
    }
}
