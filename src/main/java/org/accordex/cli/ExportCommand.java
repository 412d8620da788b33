package org.accordex.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.accordex.backend.Backend;
import org.accordex.export.CommitmentWriter;
import org.accordex.search.QuerySyntax;
import org.accordex.search.SearchException;
import org.accordex.search.Searcher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the indexed commitments, each with its document's id, source, title and date.",
                "Streams: any number of commitments, in a stable order (source, then position)."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    BackendOptions backendOptions;

    @Option(names = "--format", paramLabel = "json|jsonl|csv|ics", defaultValue = "jsonl",
            description = "json (one array), jsonl (one commitment per line), csv (RFC 4180, lists joined with ';') "
                    + "or ics (one all-day event per commitment with a due date). Default: ${DEFAULT-VALUE}.")
    CommitmentWriter.Format format;

    @Option(names = "--query", paramLabel = "Q", description = "Only commitments matching this query (default: all).")
    String query;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (Backend backend = backendOptions.open(); Searcher searcher = backend.openSearcher()) {
            QuerySyntax.parse(query); // a bad query fails before the output file is created
            Writer target = out == null ? spec.commandLine().getOut()
                    : new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8));
            try (CommitmentWriter writer = CommitmentWriter.create(format, target)) {
                searcher.forEachCommitment(query, false, c -> {
                    try {
                        writer.write(c);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } finally {
                if (out != null) {
                    target.close();
                } else {
                    ((PrintWriter) target).flush();
                }
            }
            return Main.OK;
        } catch (SearchException e) {
            throw new Failure(e.getMessage());
        }
    }
}
