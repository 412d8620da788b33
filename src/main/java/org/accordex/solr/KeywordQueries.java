package org.accordex.solr;

import org.accordex.search.DateRangeQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.solr.client.solrj.util.ClientUtils;

/**
 * Writes a parsed query over exact fields (party, mineral, due, …) back in Solr's Lucene syntax. Exact fields are
 * not analyzed, so the terms go back as they are; prose fields are not handled (their terms are stemmed).
 */
final class KeywordQueries {
    private KeywordQueries() {
    }

    /** The query in Solr syntax, or null when it holds a kind of query this does not write. */
    static String toSolr(org.apache.lucene.search.Query query) {
        if (query instanceof TermQuery t) {
            return t.getTerm().field() + ":" + ClientUtils.escapeQueryChars(t.getTerm().text());
        }
        if (query instanceof DateRangeQuery d) {
            return toSolr(d.strings());
        }
        if (query instanceof TermRangeQuery r) {
            return r.getField() + ":" + (r.includesLower() ? "[" : "{") + bound(r.getLowerTerm()) + " TO "
                    + bound(r.getUpperTerm()) + (r.includesUpper() ? "]" : "}");
        }
        if (query instanceof PrefixQuery p) {
            return p.getPrefix().field() + ":" + ClientUtils.escapeQueryChars(p.getPrefix().text()) + "*";
        }
        if (query instanceof WildcardQuery w) {
            String pattern = ClientUtils.escapeQueryChars(w.getTerm().text()).replace("\\*", "*").replace("\\?", "?");
            return w.getTerm().field() + ":" + pattern;
        }
        if (query instanceof BoostQuery b) {
            return toSolr(b.getQuery());
        }
        if (query instanceof MatchAllDocsQuery) {
            return "*:*";
        }
        if (query instanceof BooleanQuery bq) {
            StringBuilder s = new StringBuilder("(");
            for (BooleanClause clause : bq.clauses()) {
                String inner = toSolr(clause.getQuery());
                if (inner == null) {
                    return null;
                }
                s.append(s.length() > 1 ? " " : "").append(switch (clause.getOccur()) {
                    case MUST, FILTER -> "+";
                    case MUST_NOT -> "-";
                    case SHOULD -> "";
                }).append(inner);
            }
            return s.append(')').toString();
        }
        return null;
    }

    private static String bound(org.apache.lucene.util.BytesRef term) {
        return term == null ? "*" : ClientUtils.escapeQueryChars(term.utf8ToString());
    }
}
