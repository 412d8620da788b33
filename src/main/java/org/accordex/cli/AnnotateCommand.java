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
import org.accordex.ingest.IngestException;
import org.accordex.ingest.Ingestor;
import org.accordex.model.Annotation;
import org.accordex.model.SourceDocument;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = {"Print the mentions and commitments of documents as JSON (schema accordex/1); needs no index.",
                "One file gives pretty JSON; several files, or --format jsonl, give one JSON document per line."})
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
        boolean lines = format == Format.jsonl || (format == null && (files.size() > 1 || paths.size() > 1));
        Ingestor ingestor = new Ingestor();
        Annotator annotator = new Annotator(modelOptions.load());
        int failed = missing.size();
        for (Path file : files) {
            try {
                SourceDocument document = ingestor.ingest(file, Sources.name(file));
                document.warnings().forEach(w -> err.println("accordex: " + file + ": warning: " + w));
                Annotation annotation = annotator.annotate(document, date);
                var json = AnnotationJson.toJson(annotation);
                out.println(lines ? AnnotationJson.MAPPER.writeValueAsString(json)
                        : AnnotationJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json));
                out.flush();
            } catch (IngestException e) {
                err.println("accordex: " + file + ": " + e.getMessage());
                err.flush();
                failed++;
            }
        }
        return failed == 0 ? Main.OK : Main.SOME_FAILED;
    }
}
