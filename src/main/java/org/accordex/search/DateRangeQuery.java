package org.accordex.search;

import java.io.IOException;

import org.accordex.index.DateDays;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermRangeQuery;

/**
 * A range over the due or document dates as typed ({@code due:[2025-01-01 TO 2025-12-31]}), answered from the
 * dates as days ({@link DateDays}): from their points, or from their doc values when another clause selects few
 * entries (a page's commitments). Between ISO dates the range of strings and the range of days hold the same entries.
 * On an index written before the days were, it is the range of strings it stands for; for every other purpose (the
 * fields a query uses, the highlighter, Solr) it is that range too.
 */
public final class DateRangeQuery extends Query {
    private final TermRangeQuery strings;
    private final String daysField;
    private final Query days;

    private DateRangeQuery(TermRangeQuery strings, String daysField, Query days) {
        this.strings = strings;
        this.daysField = daysField;
        this.days = days;
    }

    /** {@code range} over days when it is a range over a date field between ISO dates (or open ends); else itself. */
    static Query of(TermRangeQuery range) {
        String daysField = DateDays.field(range.getField());
        if (daysField == null) {
            return range;
        }
        Integer lower = range.getLowerTerm() == null ? Integer.valueOf(Integer.MIN_VALUE) : DateDays.day(range.getLowerTerm().utf8ToString());
        Integer upper = range.getUpperTerm() == null ? Integer.valueOf(Integer.MAX_VALUE) : DateDays.day(range.getUpperTerm().utf8ToString());
        if (lower == null || upper == null) {
            return range; // a bound that is not a date ("2025"): the range of strings
        }
        int from = range.getLowerTerm() != null && !range.includesLower() ? lower + 1 : lower;
        int to = range.getUpperTerm() != null && !range.includesUpper() ? upper - 1 : upper;
        Query days = new IndexOrDocValuesQuery(IntPoint.newRangeQuery(daysField, from, to),
                SortedNumericDocValuesField.newSlowRangeQuery(daysField, from, to));
        return new DateRangeQuery(range, daysField, days);
    }

    /** The range of strings this stands for: what Solr is asked. */
    public TermRangeQuery strings() {
        return strings;
    }

    /** The range of days, unless a segment holds the date field without its days (written before). */
    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            FieldInfos infos = leaf.reader().getFieldInfos();
            if (infos.fieldInfo(strings.getField()) != null && infos.fieldInfo(daysField) == null) {
                return strings;
            }
        }
        return days;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        strings.visit(visitor);
    }

    @Override
    public String toString(String field) {
        return strings.toString(field);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && strings.equals(((DateRangeQuery) other).strings);
    }

    @Override
    public int hashCode() {
        return classHash() * 31 + strings.hashCode();
    }
}
