package org.accordex.search;

import java.io.IOException;
import java.util.Arrays;

import org.accordex.index.Fields;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * The entries that follow given document entries of one reader up to the next document entry: their commitments,
 * since the embedded index writes a document and its commitments as one block, the document first. A page's
 * documents' commitments are found from the page's own positions, where looking their ids up sought each id in
 * every segment and read every other clause's data in segments that hold none of them.
 */
final class FollowingEntriesQuery extends Query {
    /** Positions of document entries in the reader, ascending. */
    private final int[] documents;

    FollowingEntriesQuery(int[] documents) {
        this.documents = documents.clone();
        Arrays.sort(this.documents);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                int base = context.docBase;
                int maxDoc = context.reader().maxDoc();
                int from = Arrays.binarySearch(documents, base);
                from = from >= 0 ? from : -from - 1;
                if (from == documents.length || documents[from] >= base + maxDoc) {
                    return null;
                }
                PostingsEnum documentEntries = context.reader().postings(new Term(Fields.KIND, Fields.KIND_DOCUMENT), PostingsEnum.NONE);
                int[] docs = new int[16];
                int n = 0;
                for (int i = from; i < documents.length && documents[i] < base + maxDoc; i++) {
                    int document = documents[i] - base;
                    // The next document entry (deleted ones too: each starts a block) ends this one's block.
                    int next;
                    if (documentEntries == null) {
                        next = maxDoc;
                    } else if (documentEntries.docID() > document) {
                        next = documentEntries.docID();
                    } else {
                        next = documentEntries.advance(document + 1);
                    }
                    int end = Math.min(next, maxDoc);
                    for (int doc = document + 1; doc < end; doc++) {
                        if (n == docs.length) {
                            docs = Arrays.copyOf(docs, n * 2);
                        }
                        docs[n++] = doc;
                    }
                }
                return n == 0 ? null : new ConstantScoreScorer(this, score(), scoreMode, iterator(docs, n));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false; // positions of one reader's page
            }
        };
    }

    /** An iterator over {@code docs[0..n)}, ascending. */
    private static DocIdSetIterator iterator(int[] docs, int n) {
        return new DocIdSetIterator() {
            private int i = -1;
            private int doc = -1;

            @Override
            public int docID() {
                return doc;
            }

            @Override
            public int nextDoc() {
                i++;
                doc = i < n ? docs[i] : NO_MORE_DOCS;
                return doc;
            }

            @Override
            public int advance(int target) {
                do {
                    i++;
                } while (i < n && docs[i] < target);
                doc = i < n ? docs[i] : NO_MORE_DOCS;
                return doc;
            }

            @Override
            public long cost() {
                return n;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "entries following " + Arrays.toString(documents);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && Arrays.equals(documents, ((FollowingEntriesQuery) other).documents);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + Arrays.hashCode(documents);
    }
}
