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
import java.util.function.Consumer;

import org.accordex.annotate.Annotator;
import org.accordex.annotate.AnnotatorModels;
import org.accordex.ingest.IngestException;
import org.accordex.ingest.Ingestor;
import org.accordex.model.Annotation;
import org.accordex.model.SourceDocument;

/**
 * Annotates files and writes them to an {@link IndexStore}, incrementally.
 *
 * <p>A file whose bytes (SHA-256) and annotator version are already indexed is skipped; a changed file replaces
 * its old document and commitments (matched by its path); identical files share one id. Commits happen at the end
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

    /** One file's outcome. */
    public enum Outcome { INDEXED, UNCHANGED, FAILED }

    /**
     * Files the index holds that were annotated by another annotator version and still exist, with their recorded
     * sources: after an upgrade, {@code index} brings them up to date even when they are not named in this run.
     */
    public Map<Path, String> staleFiles() {
        Map<Path, String> stale = new java.util.TreeMap<>();
        known.forEach((file, stored) -> {
            if (!models.version().equals(stored.version()) && Files.exists(Path.of(file))) {
                stale.put(Path.of(file), stored.source());
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
                        int[] count = new int[1];
                        switch (indexOne(file, source, count, onError)) {
                            case INDEXED -> {
                                indexed.incrementAndGet();
                                commitments.addAndGet(count[0]);
                            }
                            case UNCHANGED -> unchanged.incrementAndGet();
                            case FAILED -> failed.incrementAndGet();
                        }
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

    /** Indexes one file; a document read with a caveat (a scan without OCR) is reported to {@code onWarning}. */
    private Outcome indexOne(Path file, String source, int[] commitments, Consumer<String> onWarning)
            throws IngestException, IOException {
        String path = file.toAbsolutePath().normalize().toString();
        byte[] bytes = Files.readAllBytes(file);
        String id = Ingestor.sha256(bytes);
        IndexStore.StoredFile previous = known.get(path);
        if (!reannotate && models.version().equals(knownIds.get(id))) {
            return Outcome.UNCHANGED; // the same bytes, maybe under another name, annotated by this version
        }
        Future<Object[]> parsed = work.submit(() -> {
            SourceDocument d = ingestor.ingest(bytes, file, source);
            return new Object[] {d, annotators.get().annotate(d, null)};
        });
        Object[] result;
        try {
            result = parsed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
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
        SourceDocument document = (SourceDocument) result[0];
        Annotation annotation = (Annotation) result[1];
        // What this file held before, or the same bytes indexed from another path by another version.
        String replaced = previous != null ? previous.id() : knownIds.containsKey(id) ? id : null;
        store.put(document.text(), annotation, path, models.version(), replaced);
        commitments[0] = annotation.commitments().size();
        document.warnings().forEach(w -> onWarning.accept(file + ": warning: " + w));
        return Outcome.INDEXED;
    }

    /** Removes documents whose file no longer exists. */
    private int prune() throws IOException {
        int pruned = 0;
        for (Map.Entry<String, IndexStore.StoredFile> e : known.entrySet()) {
            if (!Files.exists(Path.of(e.getKey()))) {
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
