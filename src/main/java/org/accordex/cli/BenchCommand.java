package org.accordex.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.accordex.bench.Benchmark;
import org.accordex.search.SearchException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure annotate, index and search speed over a folder of documents, one figure per line.",
                "Annotation is compared with OpenNLP sentence + token + POS tagging over the same text in the same run.",
                "With --index, only search is measured, on that index; with --serve, the web API under concurrent clients.",
                "Example: accordex bench --index wh-index --serve --clients 20 --requests 10000"})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpora/whitehouse",
            description = "Documents to measure on (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the index run (default: the number of processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--watches", paramLabel = "N", defaultValue = "1000",
            description = "Index the corpus once more with N watches and print what they add (default: ${DEFAULT-VALUE}; 0 skips it).")
    int watches;

    @Option(names = "--index", paramLabel = "DIR",
            description = "Measure search on this existing index instead of annotating and indexing the corpus.")
    Path index;

    @Option(names = "--serve", description = "Also measure 'serve': searches per second from concurrent clients, "
            + "their latency, answers that were not 200, and the heap over the run.")
    boolean serve;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "20", description = "Concurrent clients for --serve (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "10000", description = "Searches for --serve (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--slowest", paramLabel = "N", defaultValue = "0",
            description = "After the search line, the N slowest queries by CPU time, with their wall time (default: ${DEFAULT-VALUE}).")
    int slowest;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (clients < 1 || requests < 1 || slowest < 0) {
            throw new Failure("--clients and --requests must be at least 1, --slowest at least 0");
        }
        Benchmark benchmark = new Benchmark(spec.commandLine().getOut());
        try {
            if (index != null) {
                benchmark.search(index, slowest);
                if (serve) {
                    benchmark.serve(index, clients, requests);
                }
                return Main.OK;
            }
            if (!Files.isDirectory(corpus)) {
                throw new Failure(corpus + ": no such folder");
            }
            Path scratch = Benchmark.scratch();
            try {
                benchmark.run(corpus, scratch, threads, watches);
                if (serve) {
                    benchmark.serve(scratch.resolve("bench-index"), clients, requests);
                }
            } finally {
                try (var files = Files.walk(scratch)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            return Main.OK;
        } catch (SearchException e) {
            throw new Failure(e.getMessage());
        }
    }
}
