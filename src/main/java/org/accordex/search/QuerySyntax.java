package org.accordex.search;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.accordex.index.Fields;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermRangeQuery;

/**
 * How accordex reads a query, whatever the backend: Lucene's classic syntax, words required by default (AND), the
 * full text and the title as default fields (a title word counts double), and the exact fields of {@link Fields}.
 */
public final class QuerySyntax {
    /** Analyzers are thread-safe and keep their token streams per thread: one for every query. */
    private static final org.apache.lucene.analysis.Analyzer ANALYZER = Fields.analyzer();
    /** Queries recently parsed, the least recently used dropped first. */
    private static final int PARSED = 256;
    /**
     * Queries are immutable, and parsing one can cost more than running it (a range compiles an automaton): a query
     * asked again, for its facets, its next page or by another reader of the page, is parsed once.
     */
    private static final Map<String, Query> parsed = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Query> eldest) {
                    return size() > PARSED;
                }
            });

    private QuerySyntax() {
    }

    /** Parses {@code query}; a blank query matches everything. */
    public static Query parse(String query) throws SearchException {
        if (query == null || query.isBlank()) {
            return new MatchAllDocsQuery();
        }
        Query known = parsed.get(query);
        if (known != null) {
            return known;
        }
        QueryLimits.check(query);
        Query result = parseNew(query);
        parsed.put(query, result);
        return result;
    }

    private static Query parseNew(String query) throws SearchException {
        QueryParser parser = new MultiFieldQueryParser(new String[] {Fields.TEXT, Fields.TITLE}, ANALYZER,
                Map.of(Fields.TEXT, 1f, Fields.TITLE, 2f)) {
            @Override
            protected Query newRangeQuery(String field, String part1, String part2, boolean startInclusive,
                    boolean endInclusive) {
                Query range = super.newRangeQuery(field, part1, part2, startInclusive, endInclusive);
                return range instanceof TermRangeQuery strings ? DateRangeQuery.of(strings) : range;
            }
        };
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return everythingBut(parser.parse(query));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new SearchException("bad query: too many clauses (limit " + IndexSearcher.getMaxClauseCount() + ")", e);
        } catch (ParseException e) {
            String message = e.getMessage().lines().findFirst().orElse("syntax error").replaceFirst("^Cannot parse '.*?': ", "");
            throw new SearchException("bad query: " + message, e);
        }
    }

    /**
     * A query of exclusions only ("NOT party:JP", a facet value left out), at the top or in parentheses
     * ("(NOT party:JP) AND mineral:lithium"), means everything but those, as Solr's parsers read it; Lucene alone
     * would match nothing.
     */
    static Query everythingBut(Query query) {
        if (!(query instanceof BooleanQuery bq) || bq.clauses().isEmpty()) {
            return query;
        }
        BooleanQuery.Builder rewritten = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
        boolean onlyExclusions = true;
        for (BooleanClause clause : bq.clauses()) {
            rewritten.add(everythingBut(clause.getQuery()), clause.getOccur());
            onlyExclusions &= clause.getOccur() == BooleanClause.Occur.MUST_NOT;
        }
        if (onlyExclusions) {
            rewritten.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        }
        return rewritten.build();
    }

    /** {@code query} restricted to due dates in [from, to] (either end may be open), in the same syntax. */
    public static String withDueBetween(String query, LocalDate from, LocalDate to) {
        String window = Fields.DUE + ":[" + (from == null ? "*" : from) + " TO " + (to == null ? "*" : to) + "]";
        return query == null || query.isBlank() ? window : "(" + query + ") AND " + window;
    }

    /**
     * The clauses of a query that only use commitment fields (party, mineral, …): "gallium AND party:JP" gives
     * "party:JP". They select which of a matching document's commitments are shown with it. Null when there are none.
     */
    public static Query fieldedPart(Query query) {
        if (usesOnlyCommitmentFields(query)) {
            return query;
        }
        if (query instanceof BooleanQuery bq) {
            BooleanQuery.Builder kept = new BooleanQuery.Builder();
            int n = 0;
            for (BooleanClause clause : bq.clauses()) {
                if (clause.getOccur() != BooleanClause.Occur.SHOULD && usesOnlyCommitmentFields(clause.getQuery())) {
                    kept.add(clause);
                    n++;
                }
            }
            return n == 0 ? null : everythingBut(kept.build());
        }
        return null;
    }

    private static boolean usesOnlyCommitmentFields(Query query) {
        Set<String> fields = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return true;
            }
        });
        return !fields.isEmpty() && Fields.COMMITMENT_FIELDS.containsAll(fields);
    }
}
