package org.accordex.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;

import org.accordex.export.AnnotationJson;
import org.accordex.search.SearchException;
import org.accordex.watch.Watch;
import org.accordex.watch.WatchException;
import org.accordex.watch.WatchMatch;
import org.accordex.watch.Watches;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Saved queries that fire when 'index' stores a new document, or a commitment, that matches them.",
                "A changed document fires only for commitments its earlier version did not make; an unchanged one never.",
                "Example: accordex watch add gallium-stockpiles --commitments 'mineral:gallium AND instrument:stockpiling'"},
        subcommands = {WatchCommand.Add.class, WatchCommand.ListWatches.class, WatchCommand.Remove.class,
                WatchCommand.Show.class})
final class WatchCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options every subcommand takes: where the index is, and where its watches are. */
    static class Where {
        @Mixin
        BackendOptions backendOptions;

        @Mixin
        WatchOptions watchOptions;

        @Spec
        CommandLine.Model.CommandSpec spec;

        Watches watches() {
            return watchOptions.open(backendOptions);
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add a watch: a query in the syntax of 'search', matched against every document (or, with "
                    + "--commitments, every commitment) that 'index' stores from now on."})
    static final class Add extends Where implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME", description = "A new name: letters, digits, '.', '_' and '-'.")
        String name;

        @Parameters(index = "1", paramLabel = "QUERY", description = "The query, as for 'search'.")
        String query;

        @Option(names = "--commitments", description = "Match commitments rather than documents.")
        boolean commitments;

        @Override
        public Integer call() throws IOException {
            try {
                Watch w = watches().add(name, query, commitments);
                out().println("watch " + w.name() + " added: " + w.unit() + " matching " + w.query());
                out().flush();
                return Main.OK;
            } catch (SearchException | WatchException e) {
                throw new Failure(e.getMessage());
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the watches: name, what they match, their query, how many matches they hold and when they last fired.")
    static final class ListWatches extends Where implements Callable<Integer> {
        enum Format { text, json }

        @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output format (default: ${DEFAULT-VALUE}).")
        Format format;

        @Override
        public Integer call() throws IOException {
            Map<Watch, Watches.Tally> tallies = watches().tallies();
            PrintWriter out = out();
            if (format == Format.json) {
                ArrayNode array = AnnotationJson.MAPPER.createArrayNode();
                tallies.forEach((w, t) -> array.add(Watches.json(w, t, null)));
                out.println(AnnotationJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array));
            } else if (tallies.isEmpty()) {
                out.println("no watches (add one with 'accordex watch add NAME QUERY')");
            } else {
                tallies.forEach((w, t) -> out.printf(Locale.ROOT, "%s  %s  %d %s  last fired %s  %s%n", w.name(), w.unit(),
                        t.matches(), t.matches() == 1 ? "match" : "matches",
                        t.lastFired() == null ? "never" : t.lastFired().toString(), w.query()));
            }
            out.flush();
            return Main.OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a watch and its matches.")
    static final class Remove extends Where implements Callable<Integer> {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws IOException {
            try {
                watches().remove(name);
                out().println("watch " + name + " removed");
                out().flush();
                return Main.OK;
            } catch (WatchException e) {
                throw new Failure(e.getMessage());
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"List what a watch matched, oldest first: when, the document (id, source, title, date) and, "
                    + "for a commitment watch, the commitment (parties, modality, action, deadline, page)."})
    static final class Show extends Where implements Callable<Integer> {
        enum Format { text, jsonl }

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Only matches made on or after this day (UTC).")
        LocalDate since;

        @Option(names = "--format", paramLabel = "text|jsonl", defaultValue = "text", description = "Output format (default: ${DEFAULT-VALUE}).")
        Format format;

        @Override
        public Integer call() throws IOException {
            Instant from = since == null ? null : since.atStartOfDay(ZoneOffset.UTC).toInstant();
            List<WatchMatch> matches;
            try {
                matches = watches().matches(name, from);
            } catch (WatchException e) {
                throw new Failure(e.getMessage());
            }
            PrintWriter out = out();
            for (WatchMatch m : matches) {
                if (format == Format.jsonl) {
                    out.println(m.toJson().toString());
                    continue;
                }
                out.printf(Locale.ROOT, "%s  %s%s  %s%n", m.matched(), m.document().id(),
                        m.document().date() == null ? "" : "  " + m.document().date(), m.document().source());
                out.println("   " + m.document().title());
                if (m.commitment() != null) {
                    out.println("   " + m.summary());
                }
            }
            if (format == Format.text) {
                out.printf(Locale.ROOT, "%d %s%n", matches.size(), matches.size() == 1 ? "match" : "matches");
            }
            out.flush();
            return Main.OK;
        }
    }
}
