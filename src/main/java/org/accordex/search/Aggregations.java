package org.accordex.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.accordex.export.AnnotationJson;
import org.accordex.index.Fields;
import org.accordex.model.Modality;

/**
 * The counts the page draws, over the commitments matching a query: per year by modality, due dates per month
 * (overdue or upcoming), and parties by minerals. Built only from {@link Searcher}'s facets and commitment stream,
 * so every backend gives the same answers.
 */
public final class Aggregations {
    /** Parties and minerals in the matrix, the most frequent of each. */
    public static final int MATRIX_SIZE = 10;
    /** Enough facet values to hold every year, modality and mineral (a facet's top-N sizes a queue, so not MAX_VALUE). */
    private static final int ALL = 10_000;

    private Aggregations() {
    }

    /** The query restricted by a clause in the same syntax; a blank query is just the clause. */
    public static String and(String query, String clause) {
        return query == null || query.isBlank() ? clause : "(" + query + ") AND " + clause;
    }

    /** An exact-field clause, quoted: {@code party:"JP"}. */
    public static String exact(String field, String value) {
        return field + ":\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * {@code {"total", "today", "byYear": [{"year", "obligation", …}], "deadlinesByMonth": [{"month", "overdue",
     * "upcoming"}], "matrix": {"parties": [{"norm"}], "minerals": [{"norm"}], "counts": [[n per mineral] per party]}}}.
     */
    public static ObjectNode of(Searcher searcher, String query, LocalDate today) throws IOException, SearchException {
        ObjectNode root = AnnotationJson.MAPPER.createObjectNode();
        Map<String, Map<String, Long>> all = searcher.facets(query, true, ALL);
        root.put("total", searcher.searchCommitments(query, 0, 1, Searcher.Order.RELEVANCE).total());
        root.put("today", today.toString());
        byYear(searcher, query, all, root.putArray("byYear"));
        deadlinesByMonth(searcher, query, today, root.putArray("deadlinesByMonth"));
        matrix(searcher, query, all, root.putObject("matrix"));
        return root;
    }

    private static void byYear(Searcher searcher, String query, Map<String, Map<String, Long>> all, ArrayNode out)
            throws IOException, SearchException {
        Map<String, ObjectNode> years = new TreeMap<>();
        for (String year : all.getOrDefault(Fields.YEAR, Map.of()).keySet()) {
            ObjectNode row = AnnotationJson.MAPPER.createObjectNode().put("year", year);
            for (Modality m : Modality.values()) {
                row.put(m.label(), 0);
            }
            years.put(year, row);
        }
        for (String modality : all.getOrDefault(Fields.MODALITY, Map.of()).keySet()) {
            Map<String, Long> counts = searcher.facets(and(query, exact(Fields.MODALITY, modality)), true, ALL)
                    .getOrDefault(Fields.YEAR, Map.of());
            counts.forEach((year, n) -> {
                ObjectNode row = years.get(year);
                if (row != null) {
                    row.put(modality, n);
                }
            });
        }
        years.values().forEach(out::add);
    }

    private static void deadlinesByMonth(Searcher searcher, String query, LocalDate today, ArrayNode out)
            throws IOException, SearchException {
        Map<String, long[]> months = new TreeMap<>();
        searcher.forEachCommitment(QuerySyntax.withDueBetween(query, null, null), true, c -> {
            String due = c.path("deadline").path("due").asText("");
            if (due.length() >= 10) {
                long[] counts = months.computeIfAbsent(due.substring(0, 7), k -> new long[2]);
                counts[LocalDate.parse(due.substring(0, 10)).isBefore(today) ? 0 : 1]++;
            }
        });
        months.forEach((month, counts) -> out.addObject().put("month", month).put("overdue", counts[0]).put("upcoming", counts[1]));
    }

    private static void matrix(Searcher searcher, String query, Map<String, Map<String, Long>> all, ObjectNode out)
            throws IOException, SearchException {
        List<String> parties = top(all.getOrDefault(Fields.PARTY, Map.of()));
        List<String> minerals = top(all.getOrDefault(Fields.MINERAL, Map.of()));
        ArrayNode partyList = out.putArray("parties");
        ArrayNode mineralList = out.putArray("minerals");
        ArrayNode counts = out.putArray("counts");
        minerals.forEach(m -> mineralList.addObject().put("norm", m));
        for (String party : parties) {
            Map<String, Long> byMineral = searcher.facets(and(query, exact(Fields.PARTY, party)), true, ALL)
                    .getOrDefault(Fields.MINERAL, Map.of());
            partyList.addObject().put("norm", party);
            ArrayNode row = counts.addArray();
            minerals.forEach(m -> row.add(byMineral.getOrDefault(m, 0L)));
        }
    }

    /** The most frequent values, as facets order them. */
    private static List<String> top(Map<String, Long> counts) {
        return new ArrayList<>(counts.keySet()).subList(0, Math.min(MATRIX_SIZE, counts.size()));
    }
}
