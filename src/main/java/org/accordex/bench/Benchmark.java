package org.accordex.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.accordex.annotate.Annotator;
import org.accordex.annotate.AnnotatorModels;
import org.accordex.backend.LuceneBackend;
import org.accordex.web.WebServer;
import org.accordex.index.IndexSummary;
import org.accordex.index.Indexer;
import org.accordex.index.LuceneStore;
import org.accordex.ingest.FileWalker;
import org.accordex.ingest.IngestException;
import org.accordex.ingest.Ingestor;
import org.accordex.model.SourceDocument;
import org.accordex.search.SearchException;
import org.accordex.search.Searcher;
import org.accordex.watch.WatchException;
import org.accordex.watch.Watches;
import org.accordex.watch.WatchingStore;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The figures of the performance issue, one line each, over a folder of documents:
 * annotate throughput against OpenNLP sentence + token + POS over the same text (the reference), at a quarter, half
 * and all of the corpus; end-to-end {@code index} throughput on all cores; search latency over a fixed query set.
 * Single runs on a shared machine vary by some percent; compare ratios measured in the same run.
 */
public final class Benchmark {
    private final PrintWriter out;

    public Benchmark(PrintWriter out) {
        this.out = out;
    }

    public void run(Path corpus, Path workDir, int threads) throws IOException, SearchException {
        run(corpus, workDir, threads, 0);
    }

    /** The figures; with {@code watches} above 0, also what that many watches add to {@code index}. */
    public void run(Path corpus, Path workDir, int threads, int watches) throws IOException, SearchException {
        List<Path> files = FileWalker.walk(List.of(corpus), new ArrayList<>());
        Ingestor ingestor = new Ingestor();
        List<SourceDocument> documents = new ArrayList<>();
        long started = System.nanoTime();
        for (Path file : files) {
            try {
                documents.add(ingestor.ingest(file, file.toString()));
            } catch (IngestException e) {
                // counted below; the benchmark measures what parses
            }
        }
        double megabytes = documents.stream().mapToLong(d -> d.text().length()).sum() / 1e6;
        line("corpus", "%d files, %d parsed, %.1f MB of text, Tika %.1f MB/s", files.size(), documents.size(), megabytes,
                megabytes / seconds(started));

        AnnotatorModels models = AnnotatorModels.bundled();
        Annotator annotator = new Annotator(models);
        Reference reference = new Reference();
        List<SourceDocument> warmUp = documents.subList(0, Math.max(1, documents.size() / 10));
        warmUp.forEach(d -> annotator.annotate(d, null));
        warmUp.forEach(reference::tag);
        double singleThread = 0; // MB/s of the last (whole-corpus) annotate run, the index line's yardstick
        for (int share : new int[] {4, 2, 1}) {
            // Every n-th document, so each part has the same mix of genres and only its size differs.
            List<SourceDocument> part = new ArrayList<>();
            for (int i = 0; i < documents.size(); i += share) {
                part.add(documents.get(i));
            }
            double mb = part.stream().mapToLong(d -> d.text().length()).sum() / 1e6;
            long t = System.nanoTime();
            part.forEach(d -> annotator.annotate(d, null));
            double annotate = mb / seconds(t);
            singleThread = annotate;
            t = System.nanoTime();
            part.forEach(reference::tag);
            double pos = mb / seconds(t);
            line("annotate 1/" + share, "%.1f MB: accordex %.2f MB/s, OpenNLP sent+tok+POS %.2f MB/s, ratio %.2f (1 thread)",
                    mb, annotate, pos, annotate / pos);
        }

        Path index = workDir.resolve("bench-index");
        IndexSummary summary;
        started = System.nanoTime();
        long cpu = processCpuNanos();
        List<Indexer.Source> sources = files.stream().map(f -> new Indexer.Source(f, f.toString())).toList();
        try (Indexer indexer = new Indexer(new LuceneStore(index), models)) {
            summary = indexer.index(new Indexer.Request(sources, threads, false, true, Duration.ofMinutes(2)),
                    Indexer.Listener.NONE).summary();
        }
        double indexSeconds = seconds(started);
        double indexCpu = (processCpuNanos() - cpu) / 1e9;
        double indexRate = megabytes / indexSeconds;
        // Parsing and storing are part of index's work and not of annotate's, so 1.0 is the ceiling, never reached.
        line("index", "%d documents, %d commitments in %.1f s: %.2f MB/s, %.0f documents/s (%d threads), "
                + "efficiency %.2f (index rate / (threads x 1-thread annotate rate))",
                summary.indexed(), summary.commitments(), indexSeconds, indexRate, summary.indexed() / indexSeconds,
                threads, indexRate / (threads * singleThread));

        if (watches > 0) {
            watched(sources, models, threads, workDir.resolve("bench-index-watched"), watches, indexSeconds, indexCpu);
        }

        search(index);
        // A typical document: the median-sized one among the corpus's documents.
        List<SourceDocument> bySize = new ArrayList<>(documents);
        bySize.sort(java.util.Comparator.comparingInt(d -> d.text().length()));
        oneFile(Path.of(bySize.get(bySize.size() / 2).info().source()));
        out.flush();
    }

    /**
     * Search latency over the fixed query set on {@code index}, one query at a time, after a warm-up pass that asks
     * the same queries for their second page (so the JIT has compiled the paths the timed first pages take, without
     * having seen the hits they return).
     */
    public void search(Path index) throws IOException, SearchException {
        try (LuceneBackend backend = new LuceneBackend(index); Searcher searcher = backend.openSearcher()) {
            List<String> queries = Queries.fixedSet();
            for (int i = 0; i < queries.size(); i++) {
                runQuery(searcher, queries.get(i), i, 10);
            }
            // Wall time is what a user waits; CPU time is what the query costs, and on a machine whose cores other
            // work shares it is the steadier figure.
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long[] nanos = new long[queries.size()];
            long[] cpu = new long[queries.size()];
            for (int i = 0; i < queries.size(); i++) {
                String q = queries.get(i);
                long c = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                runQuery(searcher, q, i, 0);
                nanos[i] = System.nanoTime() - t;
                cpu[i] = threads.getCurrentThreadCpuTime() - c;
            }
            Arrays.sort(nanos);
            Arrays.sort(cpu);
            line("search", "%d queries: p50 %.1f ms, p99 %.1f ms, max %.1f ms; CPU p50 %.1f ms, p99 %.1f ms "
                    + "(every fifth with facets, every third on commitments)", nanos.length, nanos[nanos.length / 2] / 1e6,
                    nanos[(int) (nanos.length * 0.99)] / 1e6, nanos[nanos.length - 1] / 1e6, cpu[cpu.length / 2] / 1e6,
                    cpu[(int) (cpu.length * 0.99)] / 1e6);
        }
    }

    /**
     * {@code serve} under load: {@code clients} threads ask {@code requests} searches of the web API over
     * {@code index} as the page does (facets on, 20 hits, every third on commitments), after a warm-up pass. Prints the
     * rate, the latencies, how many answers were not 200, and the heap in use after a collection at the start, at
     * each quarter and at the end: flat when nothing accumulates per request.
     */
    public void serve(Path index, int clients, int requests) throws IOException, InterruptedException {
        try (LuceneBackend backend = new LuceneBackend(index)) {
            WebServer server = new WebServer(backend, AnnotatorModels.bundled());
            URI base = server.start("127.0.0.1", 0);
            try {
                ServeLoad load = new ServeLoad(base, Queries.fixedSet());
                load.run(clients, Queries.fixedSet().size(), n -> { }); // warm-up
                List<Long> heap = new ArrayList<>();
                heap.add(heapAfterGc());
                int quarter = Math.max(1, requests / 4);
                long started = System.nanoTime();
                ServeLoad.Outcome outcome = load.run(clients, requests, n -> {
                    if (n % quarter == 0) {
                        heap.add(heapAfterGc());
                    }
                });
                double seconds = seconds(started);
                heap.add(heapAfterGc());
                line("serve", "%d searches, %d clients: %.0f searches/s, p50 %.1f ms, p99 %.1f ms, %d not 200; "
                        + "heap after GC %s MB", requests, clients, requests / seconds, outcome.percentile(0.5),
                        outcome.percentile(0.99), outcome.failures(),
                        String.join(" → ", heap.stream().map(b -> String.valueOf(b / (1024 * 1024))).toList()));
            } finally {
                server.stop();
            }
        }
    }

    private static long heapAfterGc() {
        System.gc();
        return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * The same index run into a fresh index with {@code n} watches ({@link WatchQueries}; a fifth of them on documents): wall and process
     * CPU time against the run without, and the time spent matching, summed over the threads.
     */
    private void watched(List<Indexer.Source> sources, AnnotatorModels models, int threads, Path index, int n, double plainSeconds,
            double plainCpu) throws IOException, SearchException {
        Watches folder = new Watches(index.resolve(Watches.FOLDER));
        int added = 0;
        for (WatchQueries.Spec spec : WatchQueries.generate(n)) {
            try {
                folder.add(String.format(Locale.ROOT, "w%04d", added + 1), spec.query(), spec.commitments());
            } catch (WatchException e) {
                throw new IllegalStateException(e);
            }
            added++;
        }
        long started = System.nanoTime();
        long cpu = processCpuNanos();
        WatchingStore store = WatchingStore.open(new LuceneStore(index), folder, null);
        try (Indexer indexer = new Indexer(store, models)) {
            indexer.index(new Indexer.Request(sources, threads, false, true, Duration.ofMinutes(2)), Indexer.Listener.NONE);
        }
        double seconds = seconds(started);
        double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
        long matches = store.fired().values().stream().mapToLong(Integer::longValue).sum();
        line("watches", "%d watches: index %.1f s against %.1f s without (%+.1f%%), process CPU %.1f s against %.1f s "
                + "(%+.1f%%); matching %.1f s of CPU over the threads (%.1f%% of the run's); %d matches by %d watches", n, seconds, plainSeconds,
                100 * (seconds / plainSeconds - 1), cpuSeconds, plainCpu, 100 * (cpuSeconds / plainCpu - 1),
                store.matchingSeconds(), 100 * store.matchingSeconds() / cpuSeconds, matches, store.fired().size());
    }

    /** CPU time of the whole process (every thread, the JIT and the collector included). */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    /** Wall time of {@code annotate} on one small file in a fresh JVM, start-up included (median of three). */
    private void oneFile(Path file) throws IOException {
        Path jar;
        try {
            jar = Path.of(Benchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            return;
        }
        if (!jar.toString().endsWith(".jar")) {
            line("one file", "skipped: not running from the jar");
            return;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long[] millis = new long[3];
        for (int i = 0; i < millis.length; i++) {
            long t = System.nanoTime();
            try {
                Process p = new ProcessBuilder(java, "-jar", jar.toString(), "annotate", file.toString())
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            millis[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(millis);
        line("one file", "annotate %s: %d ms wall, JVM start-up included (median of 3; bin/accordex adds a "
                + "class-data-sharing archive)", file.getFileName(), millis[1]);
    }

    private static void runQuery(Searcher searcher, String q, int i, int offset) throws IOException, SearchException {
        boolean commitments = i % 3 == 0;
        if (commitments) {
            searcher.searchCommitments(q, offset, 10, Searcher.Order.RELEVANCE);
        } else {
            searcher.searchDocuments(q, offset, 10, Searcher.Order.RELEVANCE);
        }
        if (i % 5 == 0) {
            searcher.facets(q, commitments, 10);
        }
    }

    void line(String what, String format, Object... args) {
        out.printf(Locale.ROOT, "%-14s %s%n", what, String.format(Locale.ROOT, format, args));
        out.flush();
    }

    private static double seconds(long startNanos) {
        return Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
    }

    /** The reference pipeline: OpenNLP's English sentence detector, tokenizer and POS tagger on every sentence. */
    static final class Reference {
        private final SentenceDetectorME sentences;
        private final TokenizerME tokens;
        private final POSTaggerME tags;

        Reference() throws IOException {
            sentences = new SentenceDetectorME(new SentenceModel(resource("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")));
            tokens = new TokenizerME(new TokenizerModel(resource("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")));
            tags = new POSTaggerME(new POSModel(resource("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")));
        }

        void tag(SourceDocument document) {
            for (String sentence : sentences.sentDetect(document.text())) {
                tags.tag(tokens.tokenize(sentence));
            }
        }

        private static InputStream resource(String name) throws IOException {
            InputStream in = Benchmark.class.getResourceAsStream(name);
            if (in == null) {
                throw new IOException(name + " is not on the class path");
            }
            return in;
        }
    }

    /** Creates a scratch folder for the benchmark's index. */
    public static Path scratch() throws IOException {
        return Files.createTempDirectory("accordex-bench");
    }
}
