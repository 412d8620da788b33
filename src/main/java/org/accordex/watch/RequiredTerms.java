package org.accordex.watch;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Terms of which a document must hold at least one for a query to match it: {@code party:JP AND mineral:gallium}
 * needs {@code mineral:gallium} (one required clause is enough, the most selective looking one), {@code lithium OR
 * cobalt} needs either, a phrase its longest word. Null when no such set is known (ranges, wildcards, {@code *:*},
 * a query of exclusions only): the query must then be tried on every document. This is what lets a thousand watches
 * cost little per document: only those whose terms the document holds are run.
 */
final class RequiredTerms {
    private RequiredTerms() {
    }

    static Set<Term> of(Query query) {
        if (query instanceof TermQuery t) {
            return Set.of(t.getTerm());
        }
        if (query instanceof BoostQuery b) {
            return of(b.getQuery());
        }
        if (query instanceof ConstantScoreQuery c) {
            return of(c.getQuery());
        }
        if (query instanceof PhraseQuery p) {
            return p.getTerms().length == 0 ? null
                    : Set.of(List.of(p.getTerms()).stream().max(Comparator.comparingInt(t -> t.bytes().length)).get());
        }
        if (query instanceof MultiPhraseQuery p) {
            return p.getTermArrays().length == 0 ? null : Set.of(p.getTermArrays()[0]);
        }
        if (query instanceof SynonymQuery s) {
            return s.getTerms().isEmpty() ? null : Set.copyOf(s.getTerms());
        }
        if (query instanceof DisjunctionMaxQuery d) {
            return union(d.getDisjuncts());
        }
        if (query instanceof BooleanQuery b) {
            List<Query> required = b.clauses().stream()
                    .filter(c -> c.getOccur() == BooleanClause.Occur.MUST || c.getOccur() == BooleanClause.Occur.FILTER)
                    .map(BooleanClause::getQuery).toList();
            if (!required.isEmpty()) {
                return required.stream().map(RequiredTerms::of).filter(s -> s != null)
                        .min(Comparator.comparingInt((Set<Term> s) -> s.size())
                                .thenComparing(s -> -s.stream().mapToInt(t -> t.bytes().length).min().orElse(0)))
                        .orElse(null);
            }
            List<Query> optional = b.clauses().stream().filter(c -> c.getOccur() == BooleanClause.Occur.SHOULD)
                    .map(BooleanClause::getQuery).toList();
            return optional.isEmpty() ? null : union(optional);
        }
        return null;
    }

    private static Set<Term> union(Iterable<Query> queries) {
        Set<Term> terms = new HashSet<>();
        for (Query q : queries) {
            Set<Term> some = of(q);
            if (some == null) {
                return null;
            }
            terms.addAll(some);
        }
        return terms.isEmpty() ? null : terms;
    }
}
