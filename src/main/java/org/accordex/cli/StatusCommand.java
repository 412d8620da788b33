package org.accordex.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.accordex.annotate.AnnotatorModels;
import org.accordex.backend.Backend;
import org.accordex.backend.Corrector;
import org.accordex.corrections.CorrectionJson;
import org.accordex.corrections.Corrections;
import org.accordex.export.AnnotationJson;
import org.accordex.index.FailureLog;
import org.accordex.search.SearchException;
import org.accordex.search.Searcher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show what an index holds: documents, commitments, files that failed and why, the annotator "
                + "version it was written with (and whether it is current), its size on disk, and the corrections "
                + "that no longer apply because their file changed.")
final class StatusCommand implements Callable<Integer> {
    enum Format { TEXT, JSON }

    @Mixin
    BackendOptions backendOptions;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Searcher.Status status;
        Corrections corrections;
        List<Corrector.Unapplied> unapplied;
        try (Backend backend = backendOptions.open()) {
            try (Searcher searcher = backend.openSearcher()) {
                status = searcher.status();
            }
            corrections = Corrections.of(backend.corrections().read());
            unapplied = corrections.isEmpty() ? List.of() : new Corrector(backend).unapplied(corrections);
        } catch (SearchException e) {
            throw new Failure(e.getMessage());
        }
        // The failure log and the size on disk are the index folder's; a Solr cluster reports its own.
        Path index = backendOptions.index;
        boolean local = !backendOptions.isSolr();
        List<JsonNode> failures = local ? new FailureLog(index.resolve(FailureLog.FILE)).read() : List.of();
        long bytes = 0;
        if (local) {
            try (Stream<Path> files = Files.walk(index)) {
                bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
            }
        }
        String current = AnnotatorModels.bundled().version();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            ObjectNode root = AnnotationJson.MAPPER.createObjectNode();
            root.put("documents", status.documents());
            root.put("commitments", status.commitments());
            root.put("annotatorVersion", status.annotatorVersion());
            root.put("current", status.annotatorVersion().equals(current));
            if (local) {
                root.put("bytes", bytes);
            }
            failures.forEach(root.putArray("failures")::add);
            root.put("corrections", corrections.inForce().size());
            var notApplied = root.putArray("correctionsNotApplied");
            unapplied.forEach(u -> notApplied.add(CorrectionJson.toJson(u.correction()).put("reason", u.reason())));
            out.println(root.toPrettyString());
        } else {
            out.printf("%d documents, %d commitments%s%n", status.documents(), status.commitments(),
                    local ? String.format(java.util.Locale.ROOT, ", %.1f MB", bytes / 1e6) : "");
            out.printf("annotator %s%s%n", status.annotatorVersion(),
                    status.annotatorVersion().equals(current) ? " (current)" : " (stale: 'accordex index' will re-annotate)");
            if (local) {
                out.printf("%d failed files%n", failures.size());
            }
            failures.forEach(f -> out.println("  " + f.path("file").asText() + ": " + f.path("reason").asText()));
            out.printf("%d corrections, %d not applied%n", corrections.inForce().size(), unapplied.size());
            unapplied.forEach(u -> out.println("  " + u.correction().id() + " " + u.correction().kind().label() + " "
                    + (u.correction().source().isEmpty() ? u.correction().document() : u.correction().source())
                    + " [" + u.correction().start() + ", " + u.correction().end() + ") by " + u.correction().author()
                    + ": " + u.reason()));
        }
        out.flush();
        return Main.OK;
    }
}
