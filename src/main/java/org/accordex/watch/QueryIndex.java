package org.accordex.watch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accordex.index.Fields;
import org.accordex.index.IndexEntry;
import org.accordex.search.QuerySyntax;
import org.accordex.search.SearchException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;

/**
 * Watches' queries, matched against one index entry at a time: the entry goes into a one-document {@link MemoryIndex}
 * analyzed as the index analyzes it, and a watch's query runs there only when the entry holds one of its
 * {@link RequiredTerms} (the way Lucene's monitor module pre-selects queries). A match here is a hit of the same
 * query in {@code search}, because the parser, the analyzer and the fields are the same.
 */
final class QueryIndex {
    /** Fields an entry is matched on: what the index makes searchable, not its stored JSON or signatures. */
    private static final Set<String> UNSEARCHABLE = Set.of(Fields.JSON, Fields.PLEDGE_SIGNATURE, Fields.PLEDGE,
            Fields.DUE_SORT, Fields.YEAR, Fields.DUE_YEAR);

    private record Registered(Watch watch, Query query) {
    }

    private final Analyzer analyzer = Fields.analyzer();
    /** Field → term → the watches that need it. */
    private final Map<String, Map<BytesRef, List<Registered>>> byTerm = new HashMap<>();
    /** Watches with no required terms, tried on every entry. */
    private final List<Registered> always = new ArrayList<>();
    /** The fields the queries read: only these are analyzed (most watches never touch a document's full text). */
    private final Set<String> fields = new HashSet<>();
    private final ThreadLocal<MemoryIndex> memory = ThreadLocal.withInitial(MemoryIndex::new);
    private int size;

    /** Registers a watch; a query that no longer parses (the syntax changed) is refused. */
    void add(Watch watch) throws SearchException {
        Query query = QuerySyntax.parse(watch.query());
        Registered registered = new Registered(watch, query);
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return true;
            }
        });
        Set<Term> terms = RequiredTerms.of(query);
        if (terms == null) {
            always.add(registered);
        } else {
            for (Term t : terms) {
                byTerm.computeIfAbsent(t.field(), f -> new HashMap<>())
                        .computeIfAbsent(BytesRef.deepCopyOf(t.bytes()), b -> new ArrayList<>()).add(registered);
            }
        }
        size++;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The watches whose query matches {@code entry}, by name. */
    List<Watch> match(IndexEntry entry) throws IOException {
        if (size == 0) {
            return List.of();
        }
        MemoryIndex index = memory.get();
        index.reset();
        entry.fields().forEach((field, values) -> {
            if (fields.contains(field) && !UNSEARCHABLE.contains(field)) {
                for (Object value : values) {
                    if (value instanceof String s) {
                        index.addField(field, s, analyzer);
                    }
                }
            }
        });
        IndexSearcher searcher = index.createSearcher();
        searcher.setQueryCache(null);
        LeafReader reader = (LeafReader) searcher.getIndexReader();
        Set<Registered> candidates = new LinkedHashSet<>(always);
        for (Map.Entry<String, Map<BytesRef, List<Registered>>> e : byTerm.entrySet()) {
            Terms terms = reader.terms(e.getKey());
            if (terms == null) {
                continue;
            }
            Map<BytesRef, List<Registered>> wanted = e.getValue();
            TermsEnum te = terms.iterator();
            if (wanted.size() < terms.size()) {
                for (Map.Entry<BytesRef, List<Registered>> w : wanted.entrySet()) {
                    if (te.seekExact(w.getKey())) {
                        candidates.addAll(w.getValue());
                    }
                }
            } else {
                for (BytesRef term = te.next(); term != null; term = te.next()) {
                    List<Registered> needing = wanted.get(term);
                    if (needing != null) {
                        candidates.addAll(needing);
                    }
                }
            }
        }
        List<Watch> matched = new ArrayList<>();
        for (Registered r : candidates) {
            if (searcher.count(r.query()) > 0) {
                matched.add(r.watch());
            }
        }
        matched.sort(java.util.Comparator.comparing(Watch::name));
        return matched;
    }
}
