package org.accordex.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.accordex.backend.Backend;
import org.accordex.index.IndexStore;
import org.accordex.index.IndexSummary;
import org.accordex.index.Indexer;
import org.accordex.ingest.FileWalker;
import org.accordex.watch.WatchingBackend;
import org.accordex.watch.WatchingStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Annotate documents and add them to a Lucene index: one entry per document and one per commitment.",
                "Unchanged files are skipped; changed files replace their old entries. A file that cannot be read is "
                        + "reported on one line and the rest go on; the exit code is then 1.",
                "An email is a document for its body and one per attachment, a zip one per file (FILE#NAME)."})
final class IndexCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (searched recursively, hidden files skipped).")
    List<Path> paths;

    @Mixin
    BackendOptions backendOptions;

    @Option(names = "--threads", paramLabel = "N", description = "Annotation threads (default: the number of processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--prune", description = "Remove documents whose file no longer exists.")
    boolean prune;

    @Option(names = "--reannotate", description = "Annotate every file again, even when it is unchanged.")
    boolean reannotate;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Abandon a file whose parsing and annotation take longer (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Mixin
    ModelOptions modelOptions;

    @Mixin
    WatchOptions watchOptions;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> missing = new ArrayList<>();
        List<Path> files = FileWalker.walk(paths, missing);
        missing.forEach(p -> err.println("accordex: " + p + ": no such file or folder"));
        List<Indexer.Source> sources = new ArrayList<>(files.stream().map(f -> new Indexer.Source(f, Sources.name(f))).toList());
        IndexSummary summary;
        java.util.concurrent.atomic.AtomicReference<WatchingStore> watching = new java.util.concurrent.atomic.AtomicReference<>();
        try (Backend backend = backendOptions.open();
                Indexer indexer = new Indexer(watching(backend, watching, err), modelOptions.load())) {
            var absolute = files.stream().map(f -> f.toAbsolutePath().normalize()).collect(java.util.stream.Collectors.toSet());
            indexer.staleFiles().forEach((file, source) -> {
                if (!absolute.contains(file)) {
                    sources.add(new Indexer.Source(file, source));
                }
            });
            Indexer.Request request = new Indexer.Request(sources, threads, prune, reannotate,
                    java.time.Duration.ofSeconds(timeoutSeconds));
            summary = indexer.index(request, new Indexer.Listener() {
                @Override
                public void problem(String line) {
                    synchronized (err) {
                        err.println("accordex: " + line);
                        err.flush();
                    }
                }

                @Override
                public void progress(int done) {
                    IndexCommand.progress(err, done, sources.size());
                }
            }).summary();
        } catch (org.accordex.index.IndexLockedException e) {
            throw new Failure(e.getMessage());
        } catch (org.accordex.index.DiskFullException e) {
            throw new Failure(e.getMessage(), Main.SOME_FAILED);
        }
        out.println(summary.line());
        if (watching.get() != null) {
            watching.get().summaryLines().forEach(out::println);
        }
        out.flush();
        return summary.failed() + missing.size() == 0 ? Main.OK : Main.SOME_FAILED;
    }

    /** The store, matching what is written against the watches when there are any (then also set in {@code watching}). */
    private IndexStore watching(Backend backend, java.util.concurrent.atomic.AtomicReference<WatchingStore> watching,
            PrintWriter err) throws IOException {
        IndexStore store = new WatchingBackend(backend, watchOptions.open(backendOptions)).openStore();
        if (store instanceof WatchingStore wrapped) {
            wrapped.warnings().forEach(w -> err.println("accordex: " + w));
            watching.set(wrapped);
        }
        return store;
    }

    /** A progress line, only when a person is watching stderr. */
    private static void progress(PrintWriter err, int done, int total) {
        if (System.console() != null && (done % 25 == 0 || done == total)) {
            synchronized (err) {
                err.print("\r" + done + "/" + total + " files");
                if (done == total) {
                    err.print("\r");
                }
                err.flush();
            }
        }
    }
}
