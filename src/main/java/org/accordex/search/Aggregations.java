package org.accordex.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.accordex.index.Fields;
import org.accordex.model.Modality;

/**
 * The counts the page draws, over the commitments matching a query: per year by modality, due dates per month
 * (overdue or upcoming), and parties by minerals. Built only from {@link Searcher}'s facets and commitment stream,
 * so every backend gives the same answers.
 *
 * @param total the commitments matching the query
 * @param today the day that divides overdue from upcoming, ISO
 * @param byYear per year of the document's date (undated documents are not counted), by modality
 * @param deadlinesByMonth per month of the due date, overdue or upcoming as of {@code today}, from
 *     {@link #MONTHS_BEFORE} months before today's month to {@link #MONTHS_AFTER} after it
 * @param matrix the most frequent parties by the most frequent minerals
 */
public record Aggregations(long total, String today, List<YearRow> byYear, List<MonthRow> deadlinesByMonth, Matrix matrix) {
    /** Parties and minerals in the matrix, the most frequent of each. */
    public static final int MATRIX_SIZE = 10;
    /** The deadline months counted: a year back, two ahead (one count per month, so the whole range costs too much). */
    public static final int MONTHS_BEFORE = 12;
    public static final int MONTHS_AFTER = 24;
    /** Enough facet values to hold every year, modality and mineral. */
    private static final int ALL = 10_000;

    /** One year's commitments by modality (the JSON names are the modality labels). */
    public record YearRow(String year, long obligation, long commitment, long intent, long recommendation) {
        static YearRow of(String year, Map<String, Long> byModality) {
            return new YearRow(year, byModality.getOrDefault(Modality.OBLIGATION.label(), 0L),
                    byModality.getOrDefault(Modality.COMMITMENT.label(), 0L), byModality.getOrDefault(Modality.INTENT.label(), 0L),
                    byModality.getOrDefault(Modality.RECOMMENDATION.label(), 0L));
        }
    }

    /** One month's due dates. */
    public record MonthRow(String month, long overdue, long upcoming) {
    }

    /** {@code counts[i][j]}: commitments of {@code parties[i]} naming {@code minerals[j]}. */
    public record Matrix(List<Norm> parties, List<Norm> minerals, List<List<Long>> counts) {
    }

    /** A party's or a mineral's norm. */
    public record Norm(String norm) {
    }

    /** The query restricted by a clause in the same syntax; a blank query is just the clause. */
    public static String and(String query, String clause) {
        return query == null || query.isBlank() ? clause : "(" + query + ") AND " + clause;
    }

    /** An exact-field clause, quoted: {@code party:"JP"}. */
    public static String exact(String field, String value) {
        return field + ":\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    public static Aggregations of(Searcher searcher, String query, LocalDate today) throws IOException, SearchException {
        Map<String, Map<String, Long>> all = searcher.facets(query, true, ALL).byDimension();
        long total = searcher.searchCommitments(query, 0, 1, Searcher.Order.RELEVANCE).total();
        return new Aggregations(total, today.toString(), byYear(searcher, query, all), deadlinesByMonth(searcher, query, today),
                matrix(searcher, query, all));
    }

    private static List<YearRow> byYear(Searcher searcher, String query, Map<String, Map<String, Long>> all)
            throws IOException, SearchException {
        Map<String, Map<String, Long>> years = new TreeMap<>();
        all.getOrDefault(Fields.YEAR, Map.of()).keySet().forEach(year -> years.put(year, new TreeMap<>()));
        for (String modality : all.getOrDefault(Fields.MODALITY, Map.of()).keySet()) {
            searcher.facets(and(query, exact(Fields.MODALITY, modality)), true, ALL).byDimension()
                    .getOrDefault(Fields.YEAR, Map.of())
                    .forEach((year, n) -> years.computeIfAbsent(year, k -> new TreeMap<>()).put(modality, n));
        }
        List<YearRow> rows = new ArrayList<>();
        years.forEach((year, counts) -> rows.add(YearRow.of(year, counts)));
        return rows;
    }

    /**
     * A count per month (and two for today's month, before and from today): streaming every commitment with a due
     * date costs seconds on a large index, a count a few milliseconds.
     */
    private static List<MonthRow> deadlinesByMonth(Searcher searcher, String query, LocalDate today)
            throws IOException, SearchException {
        List<MonthRow> rows = new ArrayList<>();
        java.time.YearMonth now = java.time.YearMonth.from(today);
        for (java.time.YearMonth m = now.minusMonths(MONTHS_BEFORE); !m.isAfter(now.plusMonths(MONTHS_AFTER)); m = m.plusMonths(1)) {
            long overdue = 0;
            long upcoming = 0;
            if (m.isBefore(now)) {
                overdue = count(searcher, query, m.atDay(1), m.atEndOfMonth());
            } else if (m.isAfter(now)) {
                upcoming = count(searcher, query, m.atDay(1), m.atEndOfMonth());
            } else {
                overdue = today.getDayOfMonth() == 1 ? 0 : count(searcher, query, m.atDay(1), today.minusDays(1));
                upcoming = count(searcher, query, today, m.atEndOfMonth());
            }
            if (overdue + upcoming > 0) {
                rows.add(new MonthRow(m.toString(), overdue, upcoming));
            }
        }
        return rows;
    }

    private static long count(Searcher searcher, String query, LocalDate from, LocalDate to) throws IOException, SearchException {
        return searcher.searchCommitments(QuerySyntax.withDueBetween(query, from, to), 0, 1, Searcher.Order.DUE).total();
    }

    private static Matrix matrix(Searcher searcher, String query, Map<String, Map<String, Long>> all)
            throws IOException, SearchException {
        List<String> parties = top(all.getOrDefault(Fields.PARTY, Map.of()));
        List<String> minerals = top(all.getOrDefault(Fields.MINERAL, Map.of()));
        List<List<Long>> counts = new ArrayList<>();
        for (String party : parties) {
            Map<String, Long> byMineral = searcher.facets(and(query, exact(Fields.PARTY, party)), true, ALL).byDimension()
                    .getOrDefault(Fields.MINERAL, Map.of());
            counts.add(minerals.stream().map(m -> byMineral.getOrDefault(m, 0L)).toList());
        }
        return new Matrix(parties.stream().map(Norm::new).toList(), minerals.stream().map(Norm::new).toList(), counts);
    }

    /** The most frequent values, as facets order them. */
    private static List<String> top(Map<String, Long> counts) {
        return new ArrayList<>(counts.keySet()).subList(0, Math.min(MATRIX_SIZE, counts.size()));
    }
}
