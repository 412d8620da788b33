package org.accordex.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.accordex.annotate.Annotator;
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
                "One file gives pretty JSON; several files, or --format jsonl, give one JSON document per line.",
                "An email or an archive gives a document for its body and one for each attachment or file in it."})
final class AnnotateCommand implements Callable<Integer> {
    enum Format { json, jsonl }

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

    @Mixin
    ModelOptions modelOptions;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> missing = new ArrayList<>();
        List<Path> files = FileWalker.walk(paths, missing);
        missing.forEach(p -> err.println("accordex: " + p + ": no such file or folder"));
        boolean lines = format == Format.jsonl || (format == null && (files.size() > 1 || paths.size() > 1
                || files.stream().anyMatch(AnnotateCommand::mayHoldSeveral)));
        Ingestor ingestor = new Ingestor();
        Annotator annotator = new Annotator(modelOptions.load());
        int failed = missing.size();
        for (Path file : files) {
            // An email or an archive gives several documents: its body and each attachment or file in it.
            for (Ingested result : ingestor.ingestAll(file, Sources.name(file))) {
                if (result.document() == null) {
                    err.println("accordex: " + result.report(file));
                    err.flush();
                    failed++;
                    continue;
                }
                String source = file + result.part();
                result.document().warnings().forEach(w -> err.println("accordex: " + source + ": warning: " + w));
                Annotation annotation = annotator.annotate(result.document(), date);
                var json = AnnotationJson.toJson(annotation);
                if (includeText) {
                    AnnotationJson.addText(json, result.document().text());
                }
                out.println(lines ? AnnotationJson.MAPPER.writeValueAsString(json)
                        : AnnotationJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json));
                out.flush();
            }
        }
        return failed == 0 ? Main.OK : Main.SOME_FAILED;
    }

    /** An email or an archive, by its name: one file, several JSON documents, so one per line. */
    private static boolean mayHoldSeveral(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".eml") || name.endsWith(".msg") || name.endsWith(".zip");
    }
}
