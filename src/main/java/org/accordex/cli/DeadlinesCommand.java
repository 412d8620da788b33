package org.accordex.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.accordex.backend.Backend;
import org.accordex.export.AnnotationJson;
import org.accordex.search.SearchException;
import org.accordex.search.Searcher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "deadlines", mixinStandardHelpOptions = true,
        description = {"List the commitments that fall due in a window, by due date, each marked overdue or upcoming.",
                "Example: accordex deadlines --from 2026-01-01 --to 2026-06-30 --query party:JP"})
final class DeadlinesCommand implements Callable<Integer> {
    enum Format { TEXT, JSON }

    @Mixin
    BackendOptions backendOptions;

    @Option(names = "--from", paramLabel = "DATE", description = "First due date to list (default: no lower bound).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last due date to list (default: no upper bound).")
    LocalDate to;

    @Option(names = "--today", paramLabel = "DATE", description = "The date 'overdue' is measured against (default: today).")
    LocalDate today;

    @Option(names = "--query", paramLabel = "Q", description = "Only commitments matching this query.")
    String query;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        LocalDate now = today == null ? LocalDate.now() : today;
        if (from != null && to != null && from.isAfter(to)) {
            throw new Failure("--from " + from + " is after --to " + to);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Backend backend = backendOptions.open(); Searcher searcher = backend.openSearcher()) {
            if (format == Format.JSON) {
                out.println(AnnotationJson.MAPPER.writerWithDefaultPrettyPrinter()
                        .writeValueAsString(searcher.deadlines(query, from, to, now)));
            } else {
                long count = searcher.forEachDeadline(query, from, to, now, d -> out.printf(Locale.ROOT,
                        "%s  %-8s  %s%n            %s%n", d.due(), d.status().label(), d.commitment().summary(),
                        d.commitment().document().source()));
                out.printf(Locale.ROOT, "%d commitments due%s%s (today %s)%n", count,
                        from == null ? "" : " from " + from, to == null ? "" : " to " + to, now);
            }
            out.flush();
            return Main.OK;
        } catch (SearchException e) {
            throw new Failure(e.getMessage());
        }
    }
}
