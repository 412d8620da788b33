package org.accordex.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.HashSet;
import java.util.Set;

import org.accordex.annotate.Annotator;
import org.accordex.annotate.AnnotatorModels;
import org.accordex.ingest.IngestException;
import org.accordex.ingest.Ingested;
import org.accordex.ingest.Ingestor;
import org.accordex.model.Annotation;

/**
 * Annotates files and writes them to an {@link IndexStore}, incrementally.
 *
 * <p>A file whose bytes (SHA-256) and annotator version are already indexed is skipped; a changed file replaces
 * its old document and commitments (matched by its path); identical files share one id. An email or an archive is
 * several documents, each stored under the file's path and its part ({@code /docs/mail.eml#offer.pdf}) and checked
 * the same way, and a changed one drops the attachments it no longer holds. Commits happen at the end
 * (and every {@link #COMMIT_EVERY} files), so a crash or a bad file never leaves a half-written document behind.
 */
public final class Indexer implements Closeable {
    static final int COMMIT_EVERY = 500;

    private final IndexStore store;
    private final AnnotatorModels models;
    private final Ingestor ingestor = new Ingestor();
    /** What the store held when this run started, by absolute file path. */
    private final Map<String, IndexStore.StoredFile> known;
    /** Document id → annotator version, for the same check regardless of path. */
    private final Map<String, String> knownIds = new HashMap<>();
    private final ThreadLocal<Annotator> annotators;
    private final boolean reannotate;
    private final Duration timeout;
    /** Parsing and annotation run here, so a pathological file can be abandoned without stalling a worker. */
    private final ExecutorService work = Executors.newCachedThreadPool(runnable -> {
        Thread t = new Thread(runnable, "accordex-annotate");
        t.setDaemon(true);
        return t;
    });

    /** Takes ownership of {@code store}: closing the indexer closes it. */
    public Indexer(IndexStore store, AnnotatorModels models, boolean reannotate, Duration timeout) throws IOException {
        this.store = store;
        this.timeout = timeout;
        this.models = models;
        this.annotators = ThreadLocal.withInitial(() -> new Annotator(models));
        try {
            this.known = store.files();
        } catch (IOException e) {
            store.close();
            throw e;
        }
        known.values().forEach(f -> knownIds.put(f.id(), f.version()));
        this.reannotate = reannotate;
    }

    /** What one file's documents came to. */
    private record Tally(int indexed, int unchanged, int failed, int commitments) {
    }

    /**
     * Files the index holds that were annotated by another annotator version and still exist, with their recorded
     * sources: after an upgrade, {@code index} brings them up to date even when they are not named in this run.
     */
    public Map<Path, String> staleFiles() {
        Map<Path, String> stale = new java.util.TreeMap<>();
        known.forEach((file, stored) -> {
            Path whole = fileOf(file);
            if (!models.version().equals(stored.version()) && Files.exists(whole)) {
                String part = file.substring(whole.toString().length()); // "#b.pdf" of "/docs/a.zip#b.pdf"
                String source = stored.source();
                stale.putIfAbsent(whole, source.endsWith(part) ? source.substring(0, source.length() - part.length()) : source);
            }
        });
        return stale;
    }

    /** Indexes {@code files} on {@code threads} threads, reporting each failure (one line) to {@code onError}. */
    public IndexSummary index(List<Path> files, List<String> sources, int threads, boolean prune,
            Consumer<String> onError, Consumer<Integer> onProgress) throws IOException {
        long started = System.nanoTime();
        AtomicInteger indexed = new AtomicInteger();
        AtomicInteger unchanged = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong commitments = new AtomicLong();
        AtomicInteger done = new AtomicInteger();
        Map<Path, String> failedFiles = new java.util.concurrent.ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                String source = sources.get(i);
                futures.add(pool.submit(() -> {
                    try {
                        Tally tally = indexOne(file, source, (part, reason) -> {
                            Path named = Path.of(file + part.part());
                            failedFiles.put(named, reason);
                            onError.accept(part.report(file));
                        }, onError);
                        indexed.addAndGet(tally.indexed());
                        unchanged.addAndGet(tally.unchanged());
                        failed.addAndGet(tally.failed());
                        commitments.addAndGet(tally.commitments());
                    } catch (IngestException e) {
                        failed.incrementAndGet();
                        failedFiles.put(file, e.getMessage());
                        onError.accept(file + ": " + e.getMessage());
                    } catch (IOException | RuntimeException | OutOfMemoryError e) {
                        failed.incrementAndGet();
                        String reason = "cannot index (" + oneLine(e) + ")";
                        failedFiles.put(file, reason);
                        onError.accept(file + ": " + reason);
                    }
                    int n = done.incrementAndGet();
                    onProgress.accept(n);
                    if (n % COMMIT_EVERY == 0) {
                        commit();
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (Exception e) {
                    throw new IOException("indexing was interrupted", e);
                }
            }
        } finally {
            pool.shutdown();
        }
        int pruned = prune ? prune() : 0;
        commit();
        store.recordFailures(files, failedFiles);
        double seconds = (System.nanoTime() - started) / 1e9;
        return new IndexSummary(files.size(), indexed.get(), unchanged.get(), failed.get(), pruned, commitments.get(), seconds);
    }

    /**
     * Indexes the documents of one file, reporting those that fail to {@code onFailure} and those read with a caveat
     * (a scan without OCR) to {@code onWarning}.
     */
    private Tally indexOne(Path file, String source, BiConsumer<Ingested, String> onFailure, Consumer<String> onWarning)
            throws IngestException, IOException {
        String path = file.toAbsolutePath().normalize().toString();
        byte[] bytes = Files.readAllBytes(file);
        // The same bytes, maybe under another name, annotated by this version, are not parsed again.
        Predicate<String> changed = id -> reannotate || !models.version().equals(knownIds.get(id));
        Future<List<Annotated>> parsed = work.submit(() -> {
            List<Annotated> documents = new ArrayList<>();
            for (Ingested part : ingestor.ingestAll(bytes, file, source, changed)) {
                documents.add(new Annotated(part,
                        part.document() == null ? null : annotators.get().annotate(part.document(), null)));
            }
            return documents;
        });
        List<Annotated> documents;
        try {
            documents = parsed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parsed.cancel(true);
            throw new IngestException(file, "abandoned after " + timeout.toSeconds() + " s (--timeout)", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IngestException ingest) {
                throw ingest;
            }
            throw new IngestException(file, "cannot annotate (" + oneLine(e.getCause()) + ")", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        int indexed = 0;
        int unchanged = 0;
        int failed = 0;
        int commitments = 0;
        Set<String> keys = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Annotated d : documents) {
            String key = path + d.part().part();
            keys.add(key);
            ids.add(d.part().id());
            if (d.part().skipped()) {
                unchanged++;
            } else if (d.part().failure() != null) {
                failed++;
                onFailure.accept(d.part(), d.part().failure().getMessage());
            } else {
                String id = d.part().id();
                IndexStore.StoredFile previous = known.get(key);
                // What this file held before, or the same bytes indexed from another path by another version.
                String replaced = previous != null ? previous.id() : knownIds.containsKey(id) ? id : null;
                store.put(d.part().document().text(), d.annotation(), key, models.version(), replaced);
                d.part().document().warnings().forEach(w -> onWarning.accept(file + d.part().part() + ": warning: " + w));
                indexed++;
                commitments += d.annotation().commitments().size();
            }
        }
        // Attachments or archive entries the file no longer holds.
        for (Map.Entry<String, IndexStore.StoredFile> e : known.entrySet()) {
            if (e.getKey().startsWith(path + "#") && !keys.contains(e.getKey()) && !ids.contains(e.getValue().id())) {
                store.delete(e.getValue().id());
            }
        }
        return new Tally(indexed, unchanged, failed, commitments);
    }

    /** A document of a file with its annotation (null when it was not parsed or failed). */
    private record Annotated(Ingested part, Annotation annotation) {
    }

    /**
     * The file a stored path names: itself, or for a document inside a file ({@code /docs/a.zip#b.pdf}) that file.
     * A file name may hold '#' too, so the whole path is tried first, then ever shorter ones.
     */
    static Path fileOf(String stored) {
        Path whole = Path.of(stored);
        for (int hash = stored.lastIndexOf('#'); hash > 0 && !Files.exists(whole); hash = stored.lastIndexOf('#', hash - 1)) {
            Path container = Path.of(stored.substring(0, hash));
            if (Files.isRegularFile(container)) {
                return container;
            }
        }
        return whole;
    }

    /** Removes documents whose file no longer exists. */
    private int prune() throws IOException {
        int pruned = 0;
        for (Map.Entry<String, IndexStore.StoredFile> e : known.entrySet()) {
            if (!Files.exists(fileOf(e.getKey()))) {
                store.delete(e.getValue().id());
                pruned++;
            }
        }
        return pruned;
    }

    private void commit() {
        try {
            store.commit(models.version());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        return (m == null ? e.getClass().getSimpleName() : m).replaceAll("\\s+", " ").strip();
    }

    @Override
    public void close() throws IOException {
        work.shutdownNow();
        store.close();
    }
}
