package org.accordex.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.accordex.annotate.Annotator;
import org.accordex.annotate.AnnotatorModels;
import org.accordex.backend.Backend;
import org.accordex.export.AnnotationJson;
import org.accordex.index.IndexLockedException;
import org.accordex.index.Indexer;
import org.accordex.ingest.Ingested;
import org.accordex.ingest.Ingestor;
import org.accordex.model.Annotation;
import org.accordex.search.CommitmentHit;

/**
 * {@code POST /api/annotate?name=&date=&index=&include_text=}: annotates an uploaded file and, when asked, indexes
 * it. The name is made safe ({@link UploadName}), the file lives in a temporary folder that is always deleted, and
 * the reply holds the text only when {@code include_text=true}, so a large upload's default reply stays small.
 */
final class AnnotateRoutes implements RouteSet {
    /** Largest upload accepted. */
    static final int MAX_UPLOAD = 20 * 1024 * 1024;
    /** Uploads in progress at once; more get 503 at once, so stalled uploads cannot pile up threads or memory. */
    static final int MAX_CONCURRENT = 4;
    /**
     * Most mentions and commitments a reply lists unless the request says {@code all=true}: a book-length upload is
     * still indexed whole, but its reply stays a few hundred kilobytes rather than tens of megabytes.
     */
    static final int MAX_REPLY_ITEMS = 1_000;

    private final Backend backend;
    private final AnnotatorModels models;
    private final Ingestor ingestor = new Ingestor();
    private final ThreadLocal<Annotator> annotators;
    /** Uploads read and annotated at once: each may hold a 20 MB body and its annotation in memory. */
    private final Semaphore uploads = new Semaphore(MAX_CONCURRENT);
    private final Object indexing = new Object();
    /** Where uploads are written, each in a folder of its own; null: the system's temporary folder. */
    private final Path uploadFolder;

    AnnotateRoutes(Backend backend, AnnotatorModels models, Path uploadFolder) {
        this.backend = backend;
        this.uploadFolder = uploadFolder;
        this.models = models;
        this.annotators = ThreadLocal.withInitial(() -> new Annotator(models));
    }

    @Override
    public void register(Routes routes) {
        routes.post("/api/annotate", this::annotate);
    }

    private void annotate(Exchange exchange) throws Exception {
        if (!uploads.tryAcquire()) {
            throw new HttpError(503, "busy: " + MAX_CONCURRENT + " uploads are being read or annotated; try again")
                    .withHeader("Retry-After", "5");
        }
        try {
            annotate(exchange, UploadName.safe(exchange.param("name", "upload.txt")));
        } finally {
            uploads.release();
        }
    }

    private void annotate(Exchange exchange, String name) throws Exception {
        LocalDate date = exchange.date("date");
        boolean includeText = exchange.flag("include_text");
        boolean all = exchange.flag("all");
        byte[] bytes = exchange.body(MAX_UPLOAD);
        if (bytes.length == 0) {
            throw new HttpError(400, "empty upload");
        }
        Path folder = uploadFolder == null ? Files.createTempDirectory("accordex-upload")
                : Files.createTempDirectory(uploadFolder, "accordex-upload");
        Path temporary = folder.resolve(name);
        try {
            Files.write(temporary, bytes);
            // An email or an archive holds several documents: the first is the reply, the others its "attachments".
            List<Ingested> results = ingestor.ingestAll(bytes, temporary, "upload/" + name, id -> true);
            List<ObjectNode> documents = new ArrayList<>();
            List<Indexer.Part> parts = new ArrayList<>();
            ArrayNode failures = AnnotationJson.MAPPER.createArrayNode();
            for (Ingested result : results) {
                if (result.document() == null) {
                    parts.add(new Indexer.Part(result, null));
                    failures.addObject().put("source", "upload/" + name + result.part())
                            .put("error", result.failure().getMessage());
                    continue;
                }
                Annotation annotated = annotators.get().annotate(result.document(), date);
                parts.add(new Indexer.Part(result, annotated));
                ObjectNode annotation = AnnotationJson.toJson(all ? annotated : shortened(annotated));
                // The page shows a commitment as the search answers do.
                ArrayNode commitments = (ArrayNode) annotation.get("commitments");
                for (int i = 0; i < commitments.size(); i++) {
                    ((ObjectNode) commitments.get(i)).put("summary",
                            new CommitmentHit(annotated.commitments().get(i), null, null).summary());
                }
                if (!all && (annotated.mentions().size() > MAX_REPLY_ITEMS
                        || annotated.commitments().size() > MAX_REPLY_ITEMS)) {
                    annotation.putObject("truncated").put("mentions", annotated.mentions().size())
                            .put("commitments", annotated.commitments().size())
                            .put("listed", MAX_REPLY_ITEMS);
                }
                if (!result.document().warnings().isEmpty()) {
                    result.document().warnings().forEach(annotation.putArray("warnings")::add);
                }
                documents.add(includeText ? AnnotationJson.addText(annotation, result.document().text()) : annotation);
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
                json.put("indexed", index(new Indexer.Source(temporary, "upload/" + name), parts));
            }
            exchange.json(200, json);
        } finally {
            deleteTree(folder);
        }
    }

    /** The annotation with at most {@link #MAX_REPLY_ITEMS} mentions and commitments, the first in text order. */
    private static Annotation shortened(Annotation annotation) {
        return new Annotation(annotation.document(), first(annotation.mentions()), first(annotation.commitments()));
    }

    private static <T> List<T> first(List<T> items) {
        return items.size() <= MAX_REPLY_ITEMS ? items : items.subList(0, MAX_REPLY_ITEMS);
    }

    /**
     * Indexes an upload as it was annotated for the reply (once, not again). One upload at a time writes (the index has one writer); an {@code accordex index} run in
     * another process holds the index's lock, and the upload is then refused with 409 rather than wait for it.
     */
    private boolean index(Indexer.Source upload, List<Indexer.Part> parts) throws Exception {
        synchronized (indexing) {
            try (Indexer indexer = new Indexer(backend.openStore(), models)) {
                var summary = indexer.index(upload, parts).summary();
                return summary.indexed() + summary.unchanged() > 0;
            } catch (IndexLockedException e) {
                throw new HttpError(409, "the index is busy (another accordex index is running); try again")
                        .withHeader("Retry-After", "10");
            }
        }
    }

    /** Deletes the upload's folder and whatever is in it; a failure to delete is logged, never fatal. */
    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            WebServer.log("cannot delete " + folder + ": " + e.getMessage());
        }
    }
}
