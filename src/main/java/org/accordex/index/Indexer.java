package org.accordex.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
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
        Run run = new Run(files, sources, onError, onProgress);
        run.execute(Math.max(1, threads));
        int pruned;
        try {
            pruned = prune ? prune() : 0;
            commit();
            store.recordFailures(files, run.failedFiles);
        } catch (IOException | RuntimeException e) {
            if (DiskFull.causedBy(e)) {
                throw new DiskFullException(run.done.get(), e);
            }
            throw e;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new IndexSummary(files.size(), run.indexed.get(), run.unchanged.get(), run.failed.get(), pruned,
                run.commitments.get(), seconds);
    }

    /**
     * One call of {@link #index}: workers take the next file from a shared counter and parse, annotate and store it
     * on their own thread, so no core waits for a hand-off. The calling thread watches the clock: a file that outlives
     * the timeout is reported, its worker is written off (interrupted; whatever it finds later is thrown away) and
     * a fresh worker takes over the rest of the files.
     */
    private final class Run {
        private final List<Path> files;
        private final List<String> sources;
        private final Consumer<String> onError;
        private final Consumer<Integer> onProgress;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger indexed = new AtomicInteger();
        private final AtomicInteger unchanged = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();
        private final AtomicLong commitments = new AtomicLong();
        private final AtomicInteger done = new AtomicInteger();
        private final Map<Path, String> failedFiles = new ConcurrentHashMap<>();
        private final CountDownLatch finished;
        private final AtomicReference<Throwable> fatal = new AtomicReference<>();
        private final List<Worker> workers = new CopyOnWriteArrayList<>();
        private final AtomicInteger names = new AtomicInteger();

        Run(List<Path> files, List<String> sources, Consumer<String> onError, Consumer<Integer> onProgress) {
            this.files = files;
            this.sources = sources;
            this.onError = onError;
            this.onProgress = onProgress;
            this.finished = new CountDownLatch(files.size());
        }

        void execute(int threads) throws IOException {
            for (int i = 0; i < Math.min(threads, files.size()); i++) {
                startWorker();
            }
            // Checked often enough that a file is abandoned close to its deadline, rarely enough to cost nothing.
            long tick = Math.max(10, Math.min(250, timeout.toMillis() / 20));
            try {
                while (!finished.await(tick, TimeUnit.MILLISECONDS) && fatal.get() == null) {
                    long now = System.nanoTime();
                    for (Worker w : workers) {
                        if (w.overdue(now) && w.abandon()) {
                            workers.remove(w);
                            fail(files.get(w.file), "abandoned after " + timeout.toSeconds() + " s (--timeout)");
                            startWorker();
                            try {
                                finish();
                            } catch (RuntimeException e) {
                                fatal.compareAndSet(null, e);
                            }
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fatal.compareAndSet(null, e);
            }
            Throwable error = fatal.get();
            if (error instanceof DiskFullException full) {
                throw full;
            }
            if (error != null) {
                throw DiskFull.causedBy(error) ? new DiskFullException(done.get(), error)
                        : new IOException("indexing was interrupted", error);
            }
        }

        private void startWorker() {
            Worker w = new Worker();
            workers.add(w);
            Thread t = new Thread(w, "accordex-index-" + names.incrementAndGet());
            t.setDaemon(true);
            w.thread = t;
            t.start();
        }

        private void fail(Path file, String reason) {
            failed.incrementAndGet();
            failedFiles.put(file, reason);
            onError.accept(file + ": " + reason);
        }

        /** Counts a file as done; the count goes down last, so no commit is still running once the run has ended. */
        private void finish() {
            int n = done.incrementAndGet();
            try {
                onProgress.accept(n);
                if (n % COMMIT_EVERY == 0) {
                    commit();
                }
            } finally {
                finished.countDown();
            }
        }

        /** Takes files until none are left, or until it is abandoned. */
        private final class Worker implements Runnable {
            private static final int IDLE = 0, ANNOTATING = 1, STORING = 2, ABANDONED = 3;
            private final AtomicInteger state = new AtomicInteger(IDLE);
            private volatile long since;
            private volatile int file = -1;
            private volatile Thread thread;

            boolean overdue(long now) {
                return state.get() == ANNOTATING && now - since > timeout.toNanos();
            }

            /** True when this call took the worker's file away from it (it was still parsing or annotating). */
            boolean abandon() {
                if (state.compareAndSet(ANNOTATING, ABANDONED)) {
                    thread.interrupt();
                    return true;
                }
                return false;
            }

            @Override
            public void run() {
                try {
                    for (int i = next.getAndIncrement(); i < files.size() && fatal.get() == null; i = next.getAndIncrement()) {
                        file = i;
                        since = System.nanoTime();
                        state.set(ANNOTATING);
                        indexFile(i);
                        if (!state.compareAndSet(STORING, IDLE)) {
                            return;
                        }
                        finish();
                    }
                } catch (Abandoned e) {
                    // the watchdog has reported the file and started another worker
                } catch (Throwable e) {
                    fatal.compareAndSet(null, e);
                }
            }

            private void indexFile(int i) throws Abandoned {
                Path file = files.get(i);
                try {
                    Tally tally = indexOne(file, sources.get(i), this::annotated, (part, reason) -> {
                        failedFiles.put(Path.of(file + part.part()), reason);
                        onError.accept(part.report(file));
                    }, onError);
                    indexed.addAndGet(tally.indexed());
                    unchanged.addAndGet(tally.unchanged());
                    failed.addAndGet(tally.failed());
                    commitments.addAndGet(tally.commitments());
                } catch (IngestException e) {
                    claim();
                    stopIfDiskFull(e);
                    fail(file, e.getMessage());
                } catch (IOException | RuntimeException | OutOfMemoryError e) {
                    claim();
                    stopIfDiskFull(e);
                    fail(file, "cannot index (" + oneLine(e) + ")");
                }
            }

            /** A full disk is no fault of the file: the run ends at the first one, with every file after it untouched. */
            private void stopIfDiskFull(Throwable e) throws Abandoned {
                if (DiskFull.causedBy(e)) {
                    fatal.compareAndSet(null, new DiskFullException(done.get(), e));
                    throw new Abandoned();
                }
            }

            /** Called once the file is parsed and annotated: from here on the file is this worker's to finish. */
            private void annotated() throws Abandoned {
                if (!state.compareAndSet(ANNOTATING, STORING)) {
                    throw new Abandoned();
                }
            }

            private void claim() throws Abandoned {
                if (state.get() == ANNOTATING) {
                    annotated();
                } else if (state.get() == ABANDONED) {
                    throw new Abandoned();
                }
            }
        }
    }

    /** The watchdog took the file away: what the worker found is not wanted any more. */
    private static final class Abandoned extends Exception {
        Abandoned() {
            super(null, null, false, false);
        }
    }

    /** Marks the end of parsing and annotation; throws when the file was abandoned meanwhile. */
    @FunctionalInterface
    private interface Checkpoint {
        void reached() throws Abandoned;
    }

    /**
     * Indexes the documents of one file, reporting those that fail to {@code onFailure} and those read with a caveat
     * (a scan without OCR) to {@code onWarning}. {@code annotated} is called before anything is written.
     */
    private Tally indexOne(Path file, String source, Checkpoint annotated, BiConsumer<Ingested, String> onFailure,
            Consumer<String> onWarning) throws IngestException, IOException, Abandoned {
        String path = file.toAbsolutePath().normalize().toString();
        byte[] bytes = Files.readAllBytes(file);
        // The same bytes, maybe under another name, annotated by this version, are not parsed again.
        Predicate<String> changed = id -> reannotate || !models.version().equals(knownIds.get(id));
        List<Annotated> documents = new ArrayList<>();
        try {
            for (Ingested part : ingestor.ingestAll(bytes, file, source, changed)) {
                documents.add(new Annotated(part,
                        part.document() == null ? null : annotators.get().annotate(part.document(), null)));
            }
        } catch (RuntimeException | Error e) {
            annotated.reached();
            throw new IngestException(file, "cannot annotate (" + oneLine(e) + ")", e);
        }
        annotated.reached();
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
        store.close();
    }
}
