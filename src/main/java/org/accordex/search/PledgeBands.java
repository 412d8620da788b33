package org.accordex.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.accordex.index.Fields;
import org.accordex.index.PledgeSignature;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IntroSorter;
import org.apache.lucene.util.StringHelper;

/**
 * One segment's same-pledge band terms in memory: each term's 64-bit hash beside each of its documents, sorted by
 * hash. Looking up a page's few hundred bands is then a binary search each, where seeking them in the terms
 * dictionary loaded a block of terms per band in every segment, the costliest part of a search whose hits hold
 * commitments. Beside them, each commitment's pledge key (as the segment's ordinal) and signature, decoded: a page's
 * bands find a few thousand candidates, and reading each one's key and signature from doc values and parsing the
 * signature's hexadecimal cost more than the rest of the lookup. A hash's documents are sorted by key, so those of
 * the batch's keys are found without passing over the others, and the segment's keys are kept by name, so a
 * lookup does not seek them in the terms. Segments never change, so one is built per segment,
 * once it has been asked often enough to repay the pass over its terms, and kept while the segment is open. A hash
 * names its term for certain only with high probability: the index confirms a candidate against its signature's own
 * bands before it is accepted.
 */
final class PledgeBands {
    /** Lookups in a segment after which its bands are kept in memory. */
    static final int BUILD_AFTER = 3;
    static final PledgeBands EMPTY = new PledgeBands(new long[0], new int[0], new int[0], new PledgeSignature[0], Map.of());

    private final long[] hashes;
    /** Beside each hash, sorted by key ordinal among equal hashes: the document holding the band, and its key's ordinal. */
    private final int[] docs;
    private final int[] docKeys;
    /**
     * Where each bucket of hashes starts in {@link #hashes}, a bucket being the hashes' top {@link #bucketBits} bits
     * (about four entries each): a band is looked for in its bucket, where a search of the whole array jumped
     * across it for each of a page's bands in every segment.
     */
    private final int bucketBits;
    private final int[] buckets;
    /** By document: the ordinal of its pledge key in the segment (-1: none) and its signature (null: none). */
    private final int[] keyOrds;
    private final PledgeSignature[] signatures;
    /** The segment's pledge keys by ordinal, looked up for every segment of every lookup. */
    private final Map<String, Integer> ordOfKey;

    private PledgeBands(long[] hashes, int[] docs, int[] keyOrds, PledgeSignature[] signatures, Map<String, Integer> ordOfKey) {
        this.hashes = hashes;
        this.docs = docs;
        this.docKeys = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            docKeys[i] = keyOrds[docs[i]];
        }
        this.ordOfKey = ordOfKey;
        this.bucketBits = Math.max(1, 64 - Long.numberOfLeadingZeros(hashes.length / 4));
        this.buckets = new int[(1 << bucketBits) + 1];
        int i = 0;
        for (int b = 0; b < buckets.length; b++) {
            while (i < hashes.length && bucket(hashes[i]) < b) {
                i++;
            }
            buckets[b] = i;
        }
        this.keyOrds = keyOrds;
        this.signatures = signatures;
    }

    /** The band terms of {@code reader}'s segment (deleted documents included: the caller checks). */
    static PledgeBands of(LeafReader reader) throws IOException {
        Terms terms = reader.terms(Fields.PLEDGE);
        if (terms == null) {
            return EMPTY;
        }
        int size = (int) Math.max(0, terms.getSumDocFreq());
        long[] hashes = new long[size];
        int[] docs = new int[size];
        int n = 0;
        TermsEnum te = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef term = te.next(); term != null; term = te.next()) {
            long hash = hash(term);
            postings = te.postings(postings, PostingsEnum.NONE);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (n == hashes.length) {
                    hashes = Arrays.copyOf(hashes, Math.max(16, n * 2));
                    docs = Arrays.copyOf(docs, hashes.length);
                }
                hashes[n] = hash;
                docs[n] = doc;
                n++;
            }
        }
        int[] keyOrds = new int[reader.maxDoc()];
        Arrays.fill(keyOrds, -1);
        SortedDocValues keys = DocValues.getSorted(reader, Fields.PLEDGE_KEY);
        for (int doc = keys.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = keys.nextDoc()) {
            keyOrds[doc] = keys.ordValue();
        }
        Map<String, Integer> ordOfKey = new HashMap<>();
        TermsEnum keyTerms = keys.termsEnum();
        for (BytesRef key = keyTerms.next(); key != null; key = keyTerms.next()) {
            ordOfKey.put(key.utf8ToString(), (int) keyTerms.ord());
        }
        long[] h = n == hashes.length ? hashes : Arrays.copyOf(hashes, n);
        int[] d = n == docs.length ? docs : Arrays.copyOf(docs, n);
        new IntroSorter() {
            private long pivot;
            private int pivotKey;

            @Override
            protected void setPivot(int i) {
                pivot = h[i];
                pivotKey = keyOrds[d[i]];
            }

            @Override
            protected int comparePivot(int j) {
                int c = Long.compare(pivot, h[j]);
                return c != 0 ? c : Integer.compare(pivotKey, keyOrds[d[j]]);
            }

            @Override
            protected int compare(int i, int j) {
                int c = Long.compare(h[i], h[j]);
                return c != 0 ? c : Integer.compare(keyOrds[d[i]], keyOrds[d[j]]);
            }

            @Override
            protected void swap(int i, int j) {
                long t = h[i];
                h[i] = h[j];
                h[j] = t;
                int u = d[i];
                d[i] = d[j];
                d[j] = u;
            }
        }.sort(0, n);
        PledgeSignature[] signatures = new PledgeSignature[reader.maxDoc()];
        BinaryDocValues encoded = DocValues.getBinary(reader, Fields.PLEDGE_SIGNATURE);
        for (int doc = encoded.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = encoded.nextDoc()) {
            signatures[doc] = PledgeSignature.decode(encoded.binaryValue());
        }
        return new PledgeBands(h, d, keyOrds, signatures, ordOfKey);
    }

    /** The ordinal of pledge key {@code key} in the segment's sorted values, or -1 when no entry has it. */
    int keyOrd(String key) {
        return ordOfKey.getOrDefault(key, -1);
    }

    /** The ordinal of {@code doc}'s pledge key in the segment's sorted values, or -1 when it has none. */
    int keyOrd(int doc) {
        return keyOrds[doc];
    }

    /** {@code doc}'s signature, or null when it has none. */
    PledgeSignature signature(int doc) {
        return signatures[doc];
    }

    /** Two differently seeded 32-bit MurmurHash3s of the term's bytes. */
    static long hash(BytesRef term) {
        long high = StringHelper.murmurhash3_x86_32(term.bytes, term.offset, term.length, 0x5bd1e995);
        long low = StringHelper.murmurhash3_x86_32(term.bytes, term.offset, term.length, 0x1b873593);
        return (high << 32) | (low & 0xffffffffL);
    }

    /**
     * Adds the documents holding a term of hash {@code hash} and a pledge key of one of {@code keyOrds} (sorted) to
     * {@code into} from {@code size}; returns the new size.
     */
    int addDocs(long hash, int[] keyOrds, int[][] into, int size) {
        int b = bucket(hash);
        int from = buckets[b];
        int i = Arrays.binarySearch(hashes, from, buckets[b + 1], hash);
        if (i < 0) {
            return size;
        }
        while (i > from && hashes[i - 1] == hash) {
            i--;
        }
        int end = i;
        while (end < hashes.length && hashes[end] == hash) {
            end++;
        }
        // The hash's documents are sorted by key: each key's are found by a binary search, the others skipped.
        for (int key : keyOrds) {
            int k = firstOfKey(i, end, key);
            for (; k < end && docKeys[k] == key; k++) {
                if (size == into[0].length) {
                    into[0] = Arrays.copyOf(into[0], Math.max(16, size * 2));
                }
                into[0][size++] = docs[k];
            }
        }
        return size;
    }

    /** The first position from {@code from} to {@code to} whose document has key {@code key} or a greater one. */
    private int firstOfKey(int from, int to, int key) {
        int low = from;
        int high = to;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (docKeys[mid] < key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The top bits of {@code hash} as an unsigned number, which orders hashes as {@link Long#compare} does. */
    private int bucket(long hash) {
        return bucket(hash, bucketBits);
    }

    private static int bucket(long hash, int bits) {
        return (int) ((hash ^ Long.MIN_VALUE) >>> (64 - bits));
    }

    /**
     * Which of a reader's segments hold each band hash, as a bit per segment: a page's thousand bands are then looked
     * up once in the reader and again only in the segments that hold them (nearly always one), where each was looked
     * up in every segment, each look-up reading memory no cache holds. Built from the segments' kept bands, per
     * reader (a merge of their sorted hashes), for at most {@link #MAX_SEGMENTS} segments.
     */
    static final class Segments {
        static final int MAX_SEGMENTS = Integer.SIZE;

        private final long[] hashes;
        private final int[] masks;
        /** As {@link PledgeBands#buckets}: where each bucket of the hashes' top bits starts. */
        private final int bucketBits;
        private final int[] buckets;

        private Segments(long[] hashes, int[] masks) {
            this.hashes = hashes;
            this.masks = masks;
            this.bucketBits = Math.max(1, 64 - Long.numberOfLeadingZeros(hashes.length / 4));
            this.buckets = new int[(1 << bucketBits) + 1];
            int i = 0;
            for (int b = 0; b < buckets.length; b++) {
                while (i < hashes.length && bucket(hashes[i], bucketBits) < b) {
                    i++;
                }
                buckets[b] = i;
            }
        }

        /** The table of {@code segments}, in the reader's order; null when there are too many. */
        static Segments of(java.util.List<PledgeBands> segments) {
            if (segments.size() > MAX_SEGMENTS) {
                return null;
            }
            int total = 0;
            for (PledgeBands segment : segments) {
                total += segment.hashes.length;
            }
            long[] hashes = new long[total];
            int[] masks = new int[total];
            int[] at = new int[segments.size()];
            int n = 0;
            // A merge of the segments' sorted hashes, each distinct hash once with the segments that hold it.
            while (true) {
                boolean any = false;
                long least = 0;
                for (int s = 0; s < at.length; s++) {
                    long[] own = segments.get(s).hashes;
                    if (at[s] < own.length && (!any || Long.compare(own[at[s]], least) < 0)) {
                        least = own[at[s]];
                        any = true;
                    }
                }
                if (!any) {
                    break;
                }
                int mask = 0;
                for (int s = 0; s < at.length; s++) {
                    long[] own = segments.get(s).hashes;
                    while (at[s] < own.length && own[at[s]] == least) {
                        mask |= 1 << s;
                        at[s]++;
                    }
                }
                hashes[n] = least;
                masks[n] = mask;
                n++;
            }
            return new Segments(Arrays.copyOf(hashes, n), Arrays.copyOf(masks, n));
        }

        /** For each of {@code hashes}, the segments holding it as bits (segment {@code s}: {@code 1 << s}). */
        int[] masks(long[] hashes) {
            int[] result = new int[hashes.length];
            for (int j = 0; j < hashes.length; j++) {
                int b = bucket(hashes[j], bucketBits);
                int i = Arrays.binarySearch(this.hashes, buckets[b], buckets[b + 1], hashes[j]);
                result[j] = i < 0 ? 0 : masks[i];
            }
            return result;
        }
    }

    /** A segment's bands, built on the {@link #BUILD_AFTER}th lookup. */
    static final class Lazy {
        private final java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        private volatile PledgeBands built;

        boolean isBuilt() {
            return built != null;
        }

        /** The bands if built, without counting an ask. */
        PledgeBands built() {
            return built;
        }

        /** The bands, or null while the segment has been asked too few times to build them. */
        PledgeBands get(LeafReader reader) throws IOException {
            PledgeBands bands = built;
            if (bands != null || asked.incrementAndGet() < BUILD_AFTER) {
                return bands;
            }
            synchronized (this) {
                if (built == null) {
                    built = of(reader);
                }
                return built;
            }
        }
    }
}
