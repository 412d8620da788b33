package org.accordex.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.accordex.backend.Backend;
import org.accordex.export.AnnotationJson;
import org.accordex.search.Hit;
import org.accordex.search.SearchException;
import org.accordex.search.SearchJson;
import org.accordex.search.SearchResults;
import org.accordex.search.Searcher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the index with Lucene query syntax.",
                "Default field: the full text. Exact fields: party (JP, US, EU, \"U.S. Department of Energy\"), mineral, "
                        + "instrument, modality, deadline (norms), due and date (ISO dates, ranges such as "
                        + "due:[2026-01-01 TO 2026-12-31]), source; and title.",
                "Example: accordex search 'party:JP AND mineral:\"rare earth elements\"'"})
final class SearchCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(paramLabel = "QUERY", description = "The query.")
    String query;

    @Mixin
    BackendOptions backendOptions;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits per page (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Hits to skip (default: ${DEFAULT-VALUE}).")
    int offset;

    @Option(names = "--sort", paramLabel = "relevance|date|due", defaultValue = "relevance",
            description = "Order of hits (default: ${DEFAULT-VALUE}); ties are ordered by source.")
    String sort;

    @Option(names = "--commitments", description = "Rank commitments instead of documents.")
    boolean commitments;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--facets", description = "Add counts by party, mineral, instrument, modality, year and due_year "
            + "over all matches (documents, or commitments with --commitments).")
    boolean facets;

    @Option(names = "--facet-limit", paramLabel = "N", defaultValue = "20", description = "Values shown per facet (default: ${DEFAULT-VALUE}).")
    int facetLimit;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (limit < 1 || offset < 0) {
            throw new Failure("--limit must be at least 1 and --offset at least 0");
        }
        Searcher.Order order;
        try {
            order = Searcher.Order.valueOf(sort.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Failure("--sort must be relevance, date or due, not '" + sort + "'");
        }
        try (Backend backend = backendOptions.open(); Searcher searcher = backend.openSearcher()) {
            SearchResults results = commitments ? searcher.searchCommitments(query, offset, limit, order)
                    : searcher.searchDocuments(query, offset, limit, order);
            if (facets) {
                results = new SearchResults(results.total(), results.hits(), searcher.facets(query, commitments, facetLimit));
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.json) {
                out.println(AnnotationJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(SearchJson.of(results)));
            } else {
                printText(out, results);
            }
            out.flush();
            return Main.OK;
        } catch (SearchException e) {
            throw new Failure(e.getMessage());
        }
    }

    private void printText(PrintWriter out, SearchResults results) {
        out.printf(Locale.ROOT, "%d %s%n", results.total(), results.total() == 1 ? "hit" : "hits");
        int rank = offset;
        for (Hit h : results.hits()) {
            rank++;
            out.printf(Locale.ROOT, "%n%d. %s%n   %s%s  (score %.2f)%n", rank, h.title(), h.source(),
                    h.date() == null ? "" : "  " + h.date(), h.score());
            for (String s : h.snippets()) {
                out.println("   " + s.replaceAll("\\s+", " ").strip());
            }
            if (!commitments) {
                h.commitments().stream().limit(5).forEach(c -> out.println("   - " + describe(c)));
                if (h.commitments().size() > 5) {
                    out.println("   … and " + (h.commitments().size() - 5) + " more commitments");
                }
            } else {
                h.commitments().forEach(c -> out.println("   " + describe(c)));
            }
        }
        results.facets().forEach((dim, counts) -> {
            out.printf(Locale.ROOT, "%n%s:", dim);
            counts.forEach((k, v) -> out.printf(Locale.ROOT, " %s (%d)", k, v));
            out.println();
        });
    }

    /** "[JP, US] commitment: intensify cooperation · rare earth elements · loan · due 2026-04-28 · p. 3". */
    static String describe(ObjectNode c) {
        StringBuilder s = new StringBuilder();
        s.append(c.path("parties")).append(' ').append(c.path("modality").asText()).append(": ").append(c.path("action").asText());
        if (!c.path("minerals").isEmpty()) {
            s.append(" · ").append(join(c.path("minerals")));
        }
        if (!c.path("instruments").isEmpty()) {
            s.append(" · ").append(join(c.path("instruments")));
        }
        if (c.path("deadline").isObject()) {
            s.append(" · ").append(c.path("deadline").path("text").asText());
            if (c.path("deadline").has("due")) {
                s.append(" (due ").append(c.path("deadline").path("due").asText()).append(')');
            }
        }
        if (c.hasNonNull("page")) {
            s.append(" · p. ").append(c.get("page").asInt());
        }
        if (c.has("alsoIn")) {
            int n = c.path("alsoIn").path("documents").asInt();
            s.append(" · also in ").append(n).append(n == 1 ? " document" : " documents");
        }
        return s.toString();
    }

    private static String join(com.fasterxml.jackson.databind.JsonNode array) {
        StringBuilder s = new StringBuilder();
        array.forEach(v -> s.append(s.length() == 0 ? "" : ", ").append(v.asText()));
        return s.toString();
    }
}
