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
        double singleThreadCpu = 0; // the same per second of CPU time
        for (int share : new int[] {4, 2, 1}) {
            // Every n-th document, so each part has the same mix of genres and only its size differs.
            List<SourceDocument> part = new ArrayList<>();
            for (int i = 0; i < documents.size(); i += share) {
                part.add(documents.get(i));
            }
            double mb = part.stream().mapToLong(d -> d.text().length()).sum() / 1e6;
            long t = System.nanoTime();
            long cpu = threadCpu();
            part.forEach(d -> annotator.annotate(d, null));
            double annotate = mb / seconds(t);
            double annotateCpu = mb / cpuSeconds(threadCpu() - cpu);
            singleThread = annotate;
            singleThreadCpu = annotateCpu;
            t = System.nanoTime();
            cpu = threadCpu();
            part.forEach(reference::tag);
            double pos = mb / seconds(t);
            double posCpu = mb / cpuSeconds(threadCpu() - cpu);
            // CPU time is what a busy machine does not distort: the ratio is taken from it.
            line("annotate 1/" + share, "%.1f MB: accordex %.2f MB/s, OpenNLP sent+tok+POS %.2f MB/s, ratio %.2f (1 thread; "
                            + "per CPU second %.2f and %.2f MB/s, ratio %.2f)",
                    mb, annotate, pos, annotate / pos, annotateCpu, posCpu, annotateCpu / posCpu);
        }

        List<Indexer.Source> sources = files.stream().map(f -> new Indexer.Source(f, f.toString())).toList();
        // The annotate 1/1 line, index's yardstick, is timed after the warm-up and the 1/4 and 1/2 runs: after 0.85 of
        // the corpus. Index is timed as warm, after the whole corpus is indexed once into a scratch index: its own code
        // (Tika on several threads, Lucene's inverting, flushing, merging and compression) is compiled again after
        // each deoptimization, and the merges of larger segments come late: warmed on a tenth only, the optimizing
        // compiler still took over a tenth of the timed run's CPU time on the whitehouse corpus, which annotate never pays.
        try (Indexer indexer = new Indexer(new LuceneStore(workDir.resolve("bench-index-warm-up")), models)) {
            indexer.index(new Indexer.Request(sources, threads, false, true, Duration.ofMinutes(2)), Indexer.Listener.NONE);
        }
        Path index = workDir.resolve("bench-index");
        IndexSummary summary;
        started = System.nanoTime();
        long cpu = processCpuNanos();
        try (Indexer indexer = new Indexer(new LuceneStore(index), models)) {
            summary = indexer.index(new Indexer.Request(sources, threads, false, true, Duration.ofMinutes(2)),
                    Indexer.Listener.NONE).summary();
        }
        double indexSeconds = seconds(started);
        double indexCpu = (processCpuNanos() - cpu) / 1e9;
        double indexRate = megabytes / indexSeconds;
        // Parsing and storing are part of index's work and not of annotate's, so 1.0 is the ceiling, never reached.
        // Its two factors by CPU time: the cores index kept busy, and annotation's share of index's CPU time.
        line("index", "%d documents, %d commitments in %.1f s: %.2f MB/s, %.0f documents/s (%d threads), "
                        + "efficiency %.2f (index rate / (threads x 1-thread annotate rate)); by CPU time: %.2f cores busy, "
                        + "annotation %.2f of index's CPU",
                summary.indexed(), summary.commitments(), indexSeconds, indexRate, summary.indexed() / indexSeconds,
                threads, indexRate / (threads * singleThread), indexCpu / indexSeconds,
                megabytes / singleThreadCpu / indexCpu);

        if (watches > 0) {
            watched(sources, models, threads, workDir.resolve("bench-index-watched"), watches, indexSeconds, indexCpu);
        }

        search(index);
        // A typical document: the median-sized one among the corpus's documents.
        List<SourceDocument> bySize = new ArrayList<>(documents);
        bySize.sort(java.util.Comparator.comparingInt(d -> d.text().length()));
        Launcher launcher = Launcher.find();
        if (launcher == null) {
            line("one file", "skipped: not running from the jar");
            out.flush();
            return;
        }
        oneFile(launcher, Path.of(bySize.get(bySize.size() / 2).info().source()));
        folder(launcher, corpus, workDir, threads, megabytes);
        memory(launcher, documents, workDir);
        out.flush();
    }

    /**
     * Search latency over the fixed query set on {@code index}, one query at a time, after a warm-up pass that asks
     * the same queries for their second page (so the JIT has compiled the paths the timed first pages take, without
     * having seen the hits they return).
     */
    public void search(Path index) throws IOException, SearchException {
        search(index, 0);
    }

    /** {@link #search(Path)}, then the {@code slowest} queries by CPU time, one line each. */
    public void search(Path index, int slowest) throws IOException, SearchException {
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
            Integer[] byCpu = new Integer[queries.size()];
            Arrays.setAll(byCpu, i -> i);
            Arrays.sort(byCpu, java.util.Comparator.comparingLong((Integer i) -> cpu[i]).reversed());
            List<String> slow = new ArrayList<>();
            for (int i : Arrays.copyOf(byCpu, Math.min(slowest, byCpu.length))) {
                slow.add(String.format(Locale.ROOT, "CPU %.1f ms, wall %.1f ms: %s%s: %s", cpu[i] / 1e6, nanos[i] / 1e6,
                        onCommitments(i) ? "commitments" : "documents", facetValues(i) > 0 ? " with facets" : "", queries.get(i)));
            }
            Arrays.sort(nanos);
            Arrays.sort(cpu);
            line("search", "%d queries: p50 %.1f ms, p99 %.1f ms, max %.1f ms; CPU p50 %.1f ms, p99 %.1f ms "
                    + "(every fifth with facets, every third on commitments)", nanos.length, nanos[nanos.length / 2] / 1e6,
                    nanos[(int) (nanos.length * 0.99)] / 1e6, nanos[nanos.length - 1] / 1e6, cpu[cpu.length / 2] / 1e6,
                    cpu[(int) (cpu.length * 0.99)] / 1e6);
            slow.forEach(s -> line("slow query", "%s", s));
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
                long cpu = processCpuNanos();
                ServeLoad.Outcome outcome = load.run(clients, requests, n -> {
                    if (n % quarter == 0) {
                        heap.add(heapAfterGc());
                    }
                });
                double seconds = seconds(started);
                // CPU per search is what decides the rate on busy cores; the clients run in this process and are in it.
                double cpuMillis = (processCpuNanos() - cpu) / 1e6 / requests;
                heap.add(heapAfterGc());
                line("serve", "%d searches, %d clients: %.0f searches/s, p50 %.1f ms, p99 %.1f ms, %d not 200; "
                        + "process CPU %.1f ms per search (clients included); heap after GC %s MB", requests, clients,
                        requests / seconds, outcome.percentile(0.5), outcome.percentile(0.99), outcome.failures(), cpuMillis,
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

    /** Wall time of {@code annotate} on one small file in a fresh JVM, start-up included (median of five). */
    private void oneFile(Launcher launcher, Path file) throws IOException {
        Child.Run[] runs = new Child.Run[5];
        for (int i = 0; i < runs.length; i++) {
            runs[i] = Child.run(launcher.command("annotate", file.toString()));
        }
        Arrays.sort(runs, java.util.Comparator.comparingLong(Child.Run::wallMillis));
        Child.Run median = runs[runs.length / 2];
        line("one file", "annotate %s: %d ms wall, %d ms CPU, JVM start-up included (median of 5, as bin/accordex runs it)",
                file.getFileName(), median.wallMillis(), median.cpuMillis());
    }

    /** {@code annotate} over the folder (JSON Lines, on all cores) against {@code index} of the same files, each a fresh JVM. */
    private void folder(Launcher launcher, Path corpus, Path workDir, int threads, double megabytes) throws IOException {
        Child.Run annotate = Child.run(launcher.command("annotate", "--format", "jsonl", "--threads", String.valueOf(threads),
                corpus.toString()));
        Child.Run index = Child.run(launcher.command("index", "--threads", String.valueOf(threads), "--index",
                workDir.resolve("folder-index").toString(), corpus.toString()));
        line("folder", "annotate DIR %.1f s (%.2f MB/s, %.0f s CPU), index DIR %.1f s (%.2f MB/s, %.0f s CPU): annotate at "
                        + "%.2f of index's rate (%d threads, JVM start-up included)",
                annotate.wallMillis() / 1e3, megabytes * 1e3 / annotate.wallMillis(), annotate.cpuMillis() / 1e3,
                index.wallMillis() / 1e3, megabytes * 1e3 / index.wallMillis(), index.cpuMillis() / 1e3,
                (double) index.wallMillis() / annotate.wallMillis(), threads);
    }

    /** Peak resident memory of {@code annotate} on a 150-page PDF laid out from the corpus's texts. */
    private void memory(Launcher launcher, List<SourceDocument> documents, Path workDir) throws IOException {
        Path pdf = workDir.resolve("long-document.pdf");
        int chars = LongPdf.write(documents, LongPdf.PAGES, pdf);
        Child.Run run = Child.run(launcher.command("annotate", pdf.toString()));
        line("memory", run.peakKilobytes() < 0 ? "skipped: no /proc to read resident memory from"
                : String.format(Locale.ROOT, "annotate a %d-page PDF (%.0f KB of text): peak %d MB resident, %.1f s wall",
                        LongPdf.PAGES, chars / 1e3, run.peakKilobytes() / 1024, run.wallMillis() / 1e3));
    }

    private static void runQuery(Searcher searcher, String q, int i, int offset) throws IOException, SearchException {
        if (onCommitments(i)) {
            searcher.searchCommitments(q, offset, 10, Searcher.Order.RELEVANCE, facetValues(i));
        } else {
            searcher.searchDocuments(q, offset, 10, Searcher.Order.RELEVANCE, facetValues(i));
        }
    }

    /** Every third query ranks commitments. */
    private static boolean onCommitments(int i) {
        return i % 3 == 0;
    }

    /** Every fifth query asks for facets, ten values each. */
    private static int facetValues(int i) {
        return i % 5 == 0 ? 10 : 0;
    }

    void line(String what, String format, Object... args) {
        out.printf(Locale.ROOT, "%-14s %s%n", what, String.format(Locale.ROOT, format, args));
        out.flush();
    }

    private static long threadCpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static double cpuSeconds(long nanos) {
        return Math.max(1e-9, nanos / 1e9);
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
