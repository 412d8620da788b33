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
import org.accordex.corrections.Corrected;
import org.accordex.corrections.Corrections;
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
 * (and every {@link #COMMIT_EVERY} files), on the calling thread, so a crash or a bad file never leaves a
 * half-written document behind.
 *
 * <p>A file that cannot be read, parsed or annotated in time is reported and the run goes on; anything else that
 * goes wrong (a bug, a failing store, memory) ends the run with its exception: it is never blamed on one file.
 */
public final class Indexer implements Closeable {
    static final int COMMIT_EVERY = 500;

    /** A file to index and the name it is known by (its source): what the user typed, or a path relative to it. */
    public record Source(Path file, String name) {
        public Source {
            java.util.Objects.requireNonNull(file, "file");
            java.util.Objects.requireNonNull(name, "name");
        }
    }

    /**
     * One run: the files, the threads that parse and annotate them, whether to remove documents whose file is gone
     * ({@code prune}), whether to annotate unchanged files again ({@code reannotate}), and how long one file may take.
     */
    public record Request(List<Source> files, int threads, boolean prune, boolean reannotate, Duration timeout) {
        public Request {
            files = List.copyOf(files);
            threads = Math.max(1, threads);
            java.util.Objects.requireNonNull(timeout, "timeout");
        }

        public static Request of(List<Source> files, int threads) {
            return new Request(files, threads, false, false, Duration.ofMinutes(2));
        }
    }

    /** What became of one file. */
    public sealed interface Outcome {
        Path file();

        /**
         * The file was read: {@code indexed} of its documents were written, {@code unchanged} were already there and
         * {@code failed} could not be read (an email's attachment, an archive's file; each reported on its own).
         */
        record Done(Path file, int indexed, int unchanged, int failed, int commitments) implements Outcome {
        }

        /** The file could not be read, parsed or annotated in time: the reason, in one line. */
        record Failed(Path file, String reason) implements Outcome {
        }
    }

    /** The run's counts, and what became of each file, in the order of the request. */
    public record Result(IndexSummary summary, List<Outcome> outcomes) {
        public Result {
            outcomes = List.copyOf(outcomes);
        }
    }

    /** Hears of a run as it goes: each problem as one line ({@code FILE: reason}), and files done. */
    public interface Listener {
        Listener NONE = line -> { };

        void problem(String line);

        default void progress(int filesDone) {
        }
    }

    private final IndexStore store;
    private final AnnotatorModels models;
    private final Ingestor ingestor = new Ingestor();
    /** What the store held when this run started, by absolute file path. */
    private final Map<String, IndexStore.StoredFile> known;
    /** Document id → annotator version, for the same check regardless of path. */
    private final Map<String, String> knownIds = new HashMap<>();
    private final ThreadLocal<Annotator> annotators;
    /** The analysts' corrections, applied to every annotation before it is stored. */
    private final Corrections corrections;

    /** Takes ownership of {@code store}: closing the indexer closes it. */
    public Indexer(IndexStore store, AnnotatorModels models) throws IOException {
        this.store = store;
        this.models = models;
        this.annotators = ThreadLocal.withInitial(() -> new Annotator(models));
        try {
            this.known = store.files();
            this.corrections = Corrections.of(store.corrections().read());
        } catch (IOException e) {
            store.close();
            throw e;
        }
        known.values().forEach(f -> knownIds.put(f.id(), f.version()));
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

    /** Indexes the request's files; problems with single files go to {@code listener} and into the result. */
    public Result index(Request request, Listener listener) throws IOException {
        long started = System.nanoTime();
        Run run = new Run(request, listener);
        run.execute();
        List<Path> files = request.files().stream().map(Source::file).toList();
        int pruned;
        try {
            pruned = request.prune() ? prune() : 0;
            // Corrections made while this run held the index (a server could not write them) are applied now.
            StoredCorrections.refreshAll(store, Corrections.of(store.corrections().read()), known);
            store.commit(models.version());
            store.recordFailures(files, run.failedFiles);
        } catch (IOException | RuntimeException e) {
            if (DiskFull.causedBy(e)) {
                throw new DiskFullException(run.done.get(), e);
            }
            throw e;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Outcome> outcomes = new ArrayList<>();
        int indexed = 0;
        int unchanged = 0;
        int failed = 0;
        long commitments = 0;
        for (int i = 0; i < files.size(); i++) {
            Outcome outcome = run.outcomes.get(i);
            outcomes.add(outcome);
            if (outcome instanceof Outcome.Done done) {
                indexed += done.indexed();
                unchanged += done.unchanged();
                failed += done.failed();
                commitments += done.commitments();
            } else {
                failed++;
            }
        }
        return new Result(new IndexSummary(files.size(), indexed, unchanged, failed, pruned, commitments, seconds), outcomes);
    }

    /**
     * Stores a file already parsed and annotated (an upload that was annotated for its reply), so it is not annotated
     * twice, and commits. {@code parts} are the file's documents as {@link Ingestor#ingestAll} gave them.
     */
    public Result index(Source source, List<Part> parts) throws IOException {
        long started = System.nanoTime();
        Outcome.Done done = store(source.file(), parts, (part, reason) -> { }, line -> { });
        store.commit(models.version());
        return new Result(new IndexSummary(1, done.indexed(), done.unchanged(), done.failed(), 0, done.commitments(),
                (System.nanoTime() - started) / 1e9), List.of(done));
    }

    /**
     * One call of {@link #index}: workers take the next file from a shared counter and parse, annotate and store it
     * on their own thread, so no core waits for a hand-off. The calling thread watches the clock: a file that outlives
     * the timeout is reported, its worker is written off (interrupted; whatever it finds later is thrown away) and
     * a fresh worker takes over the rest of the files.
     */
    private final class Run {
        private final List<Source> files;
        private final Request request;
        private final Duration timeout;
        private final Listener listener;
        private final AtomicInteger next = new AtomicInteger();
        private final Map<Integer, Outcome> outcomes = new ConcurrentHashMap<>();
        private final AtomicInteger done = new AtomicInteger();
        private final Map<Path, String> failedFiles = new ConcurrentHashMap<>();
        private final CountDownLatch finished;
        private final AtomicReference<Throwable> fatal = new AtomicReference<>();
        private final List<Worker> workers = new CopyOnWriteArrayList<>();
        private final AtomicInteger names = new AtomicInteger();

        Run(Request request, Listener listener) {
            this.request = request;
            this.files = request.files();
            this.timeout = request.timeout();
            this.listener = listener;
            this.finished = new CountDownLatch(files.size());
        }

        /**
         * Starts the workers and watches them; this thread alone commits (every {@link #COMMIT_EVERY} files), so a
         * worker only ever parses, annotates and writes.
         */
        void execute() throws IOException {
            for (int i = 0; i < Math.min(request.threads(), files.size()); i++) {
                startWorker();
            }
            // Checked often enough that a file is abandoned close to its deadline, rarely enough to cost nothing.
            long tick = Math.max(10, Math.min(250, timeout.toMillis() / 20));
            int committed = 0;
            try {
                while (!finished.await(tick, TimeUnit.MILLISECONDS) && fatal.get() == null) {
                    long now = System.nanoTime();
                    for (Worker w : workers) {
                        if (w.overdue(now) && w.abandon()) {
                            workers.remove(w);
                            fail(w.file, "abandoned after " + timeout.toSeconds() + " s (--timeout)");
                            startWorker();
                            finish();
                        }
                    }
                    if (done.get() / COMMIT_EVERY > committed) {
                        committed = done.get() / COMMIT_EVERY;
                        try {
                            store.commit(models.version());
                        } catch (IOException | RuntimeException e) {
                            fatal.compareAndSet(null, e);
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
            if (DiskFull.causedBy(error)) {
                throw new DiskFullException(done.get(), error);
            }
            if (error instanceof IOException io) {
                throw io;
            }
            if (error instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (error instanceof Error e) {
                throw e;
            }
            if (error != null) {
                throw new IOException("indexing was interrupted", error);
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

        private void fail(int i, String reason) {
            Path file = files.get(i).file();
            outcomes.put(i, new Outcome.Failed(file, reason));
            failedFiles.put(file, reason);
            listener.problem(file + ": " + reason);
        }

        /** Counts a file as done. */
        private void finish() {
            listener.progress(done.incrementAndGet());
            finished.countDown();
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

            /** Parses, annotates and stores one file; a bug or a store failure ends the run (see {@link #run}). */
            private void indexFile(int i) throws Abandoned, IOException {
                Path file = files.get(i).file();
                try {
                    outcomes.put(i, indexOne(files.get(i), request.reannotate(), this::annotated, (part, reason) -> {
                        failedFiles.put(Path.of(file + part.part()), reason);
                        listener.problem(part.report(file));
                    }, listener::problem));
                } catch (IngestException e) {
                    claim();
                    stopIfDiskFull(e);
                    fail(i, e.getMessage());
                } catch (RuntimeException | Error e) {
                    claim(); // a worker the watchdog gave up on may fail in any way once interrupted
                    throw e;
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
    private Outcome.Done indexOne(Source source, boolean reannotate, Checkpoint annotated,
            BiConsumer<Ingested, String> onFailure, Consumer<String> onWarning) throws IngestException, IOException, Abandoned {
        Path file = source.file();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IngestException(file, "cannot read file (" + oneLine(e) + ")", e);
        }
        // The same bytes, maybe under another name, annotated by this version, are not parsed again.
        Predicate<String> changed = id -> reannotate || !models.version().equals(knownIds.get(id));
        List<Part> parts = new ArrayList<>();
        for (Ingested part : ingestor.ingestAll(bytes, file, source.name(), changed)) {
            parts.add(new Part(part, part.document() == null ? null : annotators.get().annotate(part.document(), null)));
        }
        annotated.reached();
        Outcome.Done done = store(file, parts, onFailure, onWarning);
        parts.forEach(d -> {
            if (d.annotation() != null) {
                d.part().document().warnings().forEach(w -> onWarning.accept(file + d.part().part() + ": warning: " + w));
            }
        });
        return done;
    }

    /** Writes the documents of one parsed and annotated file, and drops the parts it no longer holds. */
    private Outcome.Done store(Path file, List<Part> parts, BiConsumer<Ingested, String> onFailure,
            Consumer<String> onWarning) throws IOException {
        String path = file.toAbsolutePath().normalize().toString();
        int indexed = 0;
        int unchanged = 0;
        int failed = 0;
        int commitments = 0;
        Set<String> keys = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Part d : parts) {
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
                Corrected corrected = corrections.apply(d.annotation(), d.part().document().text());
                store.put(d.part().document().text(), corrected, key, models.version(), replaced);
                corrected.unplaced().forEach(u -> onWarning.accept(file + d.part().part() + ": warning: correction "
                        + u.correction().id() + " no longer applies: " + u.reason()));
                indexed++;
                commitments += corrected.annotation().commitments().size();
            }
        }
        // Attachments or archive entries the file no longer holds.
        for (Map.Entry<String, IndexStore.StoredFile> e : known.entrySet()) {
            if (e.getKey().startsWith(path + "#") && !keys.contains(e.getKey()) && !ids.contains(e.getValue().id())) {
                store.delete(e.getValue().id());
            }
        }
        return new Outcome.Done(file, indexed, unchanged, failed, commitments);
    }

    /** A document of a file with its annotation (null when it was not parsed, or failed). */
    public record Part(Ingested part, Annotation annotation) {
        public Part {
            java.util.Objects.requireNonNull(part, "part");
        }
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

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        return (m == null ? e.getClass().getSimpleName() : m).replaceAll("\\s+", " ").strip();
    }

    @Override
    public void close() throws IOException {
        store.close();
    }
}
