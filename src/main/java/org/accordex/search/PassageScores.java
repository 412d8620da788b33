package org.accordex.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * The highlighter's default passage scores (BM25 of the passage's terms, by its position), the same numbers summed
 * in the same order, without the default's {@code BytesRefHash}: it allocates a 32 KB block for every passage scored,
 * and a long text has hundreds. A passage matches a few distinct terms, so a linear look-up finds them.
 */
final class PassageScores extends PassageScorer {
    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        // Distinct terms in the order they first occur, as the hash numbers them.
        BytesRef[] distinct = new BytesRef[matches];
        int[] inPassage = new int[matches];
        int[] inDoc = new int[matches];
        int size = 0;
        for (int i = 0; i < matches; i++) {
            int t = 0;
            while (t < size && !distinct[t].bytesEquals(terms[i])) {
                t++;
            }
            if (t == size) {
                distinct[size] = terms[i];
                inDoc[size] = freqsInDoc[i];
                size++;
            }
            inPassage[t]++;
        }
        double score = 0d;
        for (int t = 0; t < size; t++) {
            score += tf(inPassage[t], passage.getLength()) * weight(contentLength, inDoc[t]);
        }
        score *= norm(passage.getStartOffset());
        return (float) score;
    }
}
