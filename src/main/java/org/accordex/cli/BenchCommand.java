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
                "Annotation is compared with OpenNLP sentence + token + POS tagging over the same text in the same run."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpora/whitehouse",
            description = "Documents to measure on (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the index run (default: the number of processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--watches", paramLabel = "N", defaultValue = "1000",
            description = "Index the corpus once more with N watches and print what they add (default: ${DEFAULT-VALUE}; 0 skips it).")
    int watches;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new Failure(corpus + ": no such folder");
        }
        Path scratch = Benchmark.scratch();
        try {
            new Benchmark(spec.commandLine().getOut()).run(corpus, scratch, threads, watches);
        } catch (SearchException e) {
            throw new Failure(e.getMessage());
        } finally {
            try (var files = Files.walk(scratch)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return Main.OK;
    }
}
