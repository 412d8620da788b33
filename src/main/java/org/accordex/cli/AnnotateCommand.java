package org.accordex.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;

import org.accordex.annotate.Annotator;
import org.accordex.annotate.AnnotatorModels;
import org.accordex.export.AnnotationJson;
import org.accordex.ingest.FileWalker;
import org.accordex.ingest.Ingested;
import org.accordex.ingest.Ingestor;
import org.accordex.model.Annotation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = {"Print the mentions and commitments of documents as JSON (schema accordex/1); needs no index.",
                "One file gives pretty JSON; several files, or --format jsonl, give one JSON document per line, in the "
                        + "files' order, each printed as soon as it and those before it are done (--threads at once).",
                "An email or an archive gives a document for its body and one for each attachment or file in it."})
final class AnnotateCommand implements Callable<Integer> {
    enum Format { JSON, JSONL }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (searched recursively).")
    List<Path> paths;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The document date deadlines are counted from (default: from metadata or a dateline).")
    LocalDate date;

    @Option(names = "--format", paramLabel = "json|jsonl", description = "Output format (default: json for one file, "
            + "jsonl for several).")
    Format format;

    @Option(names = "--include-text", description = "Add document.text, the text the offsets index.")
    boolean includeText;

    @Option(names = "--threads", paramLabel = "N", description = "Annotation threads (default: the number of processors); "
            + "the output keeps the order of the files.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    ModelOptions modelOptions;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> missing = new ArrayList<>();
        List<Path> files = FileWalker.walk(paths, missing);
        missing.forEach(p -> err.println("accordex: " + p + ": no such file or folder"));
        err.flush();
        boolean lines = format == Format.JSONL || (format == null && (files.size() > 1 || paths.size() > 1
                || files.stream().anyMatch(AnnotateCommand::mayHoldSeveral)));
        ObjectWriter writer = lines ? AnnotationJson.MAPPER.writer() : AnnotationJson.MAPPER.writerWithDefaultPrettyPrinter();
        // the writer's serializers are built by reflection on first use: built meanwhile on another thread
        Thread serializers = new Thread(() -> AnnotationJson.prepare(writer), "accordex-json");
        serializers.setDaemon(true);
        serializers.start();
        Ingestor ingestor = new Ingestor();
        AnnotatorModels models = modelOptions.load();
        // An annotator keeps per-document state, so each worker thread has its own over the shared models.
        ThreadLocal<Annotator> annotators = ThreadLocal.withInitial(() -> new Annotator(models));
        int workers = Math.max(1, threads);
        int[] failed = {missing.size()};
        OrderedParallel.run(files, workers, workers * 4,
                file -> annotateFile(file, ingestor, annotators.get(), writer),
                printed -> {
                    for (Line line : printed.lines()) {
                        PrintWriter to = line.error() ? err : out;
                        to.println(line.error() ? "accordex: " + line.text() : line.text());
                        to.flush();
                    }
                    failed[0] += printed.failed();
                });
        return failed[0] == 0 ? Main.OK : Main.SOME_FAILED;
    }

    /** A line for stdout (a JSON document) or stderr (a failure or a warning, without the "accordex: " prefix). */
    private record Line(boolean error, String text) {
    }

    /** What one file gives, in the order it is printed, and how many of its documents failed. */
    private record FileOutput(List<Line> lines, int failed) {
    }

    /**
     * Annotates every document of {@code file} (an email or an archive gives several: its body and each attachment or
     * file in it), on a worker thread. A document that cannot be read or annotated is an error line; the others go on.
     */
    private FileOutput annotateFile(Path file, Ingestor ingestor, Annotator annotator, ObjectWriter writer) {
        List<Line> printed = new ArrayList<>();
        int failed = 0;
        try {
            for (Ingested result : ingestor.ingestAll(file, Sources.name(file))) {
                if (result.document() == null) {
                    printed.add(new Line(true, result.report(file)));
                    failed++;
                    continue;
                }
                String source = file + result.part();
                result.document().warnings().forEach(w -> printed.add(new Line(true, source + ": warning: " + w)));
                try {
                    Annotation annotation = annotator.annotate(result.document(), date);
                    // without the text, written straight out: building the tree first cost a share of a folder's run
                    Object json = includeText
                            ? AnnotationJson.addText(AnnotationJson.toJson(annotation), result.document().text())
                            : AnnotationJson.toWritable(annotation);
                    printed.add(new Line(false, writer.writeValueAsString(json)));
                } catch (JsonProcessingException | RuntimeException | OutOfMemoryError e) {
                    printed.add(new Line(true, source + ": cannot annotate (" + oneLine(e) + ")"));
                    failed++;
                }
            }
        } catch (RuntimeException | OutOfMemoryError e) {
            printed.add(new Line(true, file + ": cannot annotate (" + oneLine(e) + ")"));
            failed++;
        }
        return new FileOutput(List.copyOf(printed), failed);
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        return (m == null ? e.getClass().getSimpleName() : m).replaceAll("\\s+", " ").strip();
    }

    /** An email or an archive, by its name: one file, several JSON documents, so one per line. */
    private static boolean mayHoldSeveral(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".eml") || name.endsWith(".msg") || name.endsWith(".zip");
    }
}
