package org.accordex.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.accordex.backend.Backend;
import org.accordex.export.AnnotationJson;
import org.accordex.search.CommitmentHit;
import org.accordex.search.Hit;
import org.accordex.search.SearchException;
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
    enum Format { TEXT, JSON }

    @Parameters(paramLabel = "QUERY", description = "The query.")
    String query;

    @Mixin
    BackendOptions backendOptions;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits per page (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Hits to skip (default: ${DEFAULT-VALUE}).")
    int offset;

    @Option(names = "--sort", paramLabel = "relevance|date|due", defaultValue = "relevance",
            description = "Order of hits (default: ${DEFAULT-VALUE}); ties are ordered by source, then id.")
    Searcher.Order sort;

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
        Searcher.Order order = sort;
        try (Backend backend = backendOptions.open(); Searcher searcher = backend.openSearcher()) {
            SearchResults results = commitments ? searcher.searchCommitments(query, offset, limit, order)
                    : searcher.searchDocuments(query, offset, limit, order);
            if (facets) {
                results = results.withFacets(searcher.facets(query, commitments, facetLimit));
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.JSON) {
                out.println(AnnotationJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(results));
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
            out.printf(Locale.ROOT, "%n%d. %s%n   %s%s  (score %.2f)%n", rank, h.document().title(), h.document().source(),
                    h.document().date() == null ? "" : "  " + h.document().date(), h.score());
            for (String s : h.snippets()) {
                out.println("   " + s.replaceAll("\\s+", " ").strip());
            }
            if (!commitments) {
                h.commitments().stream().limit(5).forEach(c -> out.println("   - " + c.summary()));
                if (h.commitments().size() > 5) {
                    out.println("   … and " + (h.commitments().size() - 5) + " more commitments");
                }
            } else {
                h.commitments().forEach(c -> out.println("   " + c.summary()));
            }
        }
        results.facets().byDimension().forEach((dim, counts) -> {
            out.printf(Locale.ROOT, "%n%s:", dim);
            counts.forEach((k, v) -> out.printf(Locale.ROOT, " %s (%d)", k, v));
            out.println();
        });
    }
}
