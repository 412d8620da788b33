package org.accordex.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntUnaryOperator;

/**
 * A MinHash signature of a commitment's wording, to find the same pledge stated in several documents
 * (a joint statement, its fact sheet, the news story about it).
 *
 * <p>The sentence is lower-cased and cut into overlapping two-word shingles; {@value #HASHES} hash functions give
 * its signature, whose share of equal positions estimates the Jaccard similarity of two sentences' shingles. For
 * lookup, the signature is cut into {@value #BANDS} bands indexed as terms (locality-sensitive hashing): sentences
 * with Jaccard 0.5 share a band with probability above 0.99, unrelated ones rarely do.
 */
public final class PledgeSignature {
    public static final int HASHES = 64;
    public static final int BANDS = 32;
    /** Estimated Jaccard similarity from which two commitments are taken for the same pledge. */
    public static final double SAME_PLEDGE = 0.5;
    /** Equal hashes that make {@link #SAME_PLEDGE}. */
    private static final int SAME_PLEDGE_HASHES = (int) Math.ceil(SAME_PLEDGE * HASHES);
    private static final int ROWS = HASHES / BANDS;
    /** Words per shingle: pairs survive an inserted word ("invest in new gallium") better than triples. */
    private static final int SHINGLE = 2;
    /** What each hash function mixes into a shingle's hash: hash {@code i}'s is {@code 0x9E3779B9 * (i + 1)}. */
    private static final int[] SEEDS = new int[HASHES];

    static {
        for (int i = 0; i < HASHES; i++) {
            SEEDS[i] = 0x9E3779B9 * (i + 1);
        }
    }

    /** Never shared or changed after construction. */
    private final int[] hashes;
    /**
     * The low byte of each hash, eight to a long: two hashes that are equal have equal low bytes, so fewer than
     * {@link #SAME_PLEDGE_HASHES} equal bytes answer {@link #samePledge} without reading the hashes. Nearly every
     * pair a lookup compares is unrelated, and its bytes are one cache line where its hashes are four.
     */
    private final long[] lowBytes;

    private PledgeSignature(int[] hashes) {
        this.hashes = hashes;
        this.lowBytes = new long[(hashes.length + 7) / 8];
        for (int i = 0; i < hashes.length; i++) {
            lowBytes[i / 8] |= (hashes[i] & 0xffL) << (8 * (i % 8));
        }
    }

    public static PledgeSignature of(String sentence) {
        // Written for every commitment indexed: the words are found without a regex and each shingle's hash is
        // computed from its words' hashes, the same value String.join(" ", pair).hashCode() gives.
        String lower = sentence.toLowerCase(Locale.ROOT);
        int[] shingles = new int[Math.max(1, lower.length())];
        int count = 0;
        int previous = 0;
        int words = 0;
        for (int i = 0; i < lower.length(); ) {
            int start = i;
            while (i < lower.length() && isWordChar(lower.codePointAt(i))) {
                i += Character.charCount(lower.codePointAt(i));
            }
            if (i == start) {
                i += Character.charCount(lower.codePointAt(i));
                continue;
            }
            int hash = 0;
            for (int c = start; c < i; c++) {
                hash = 31 * hash + lower.charAt(c);
            }
            if (words > 0) {
                shingles[count++] = (previous * 31 + ' ') * power31(i - start) + hash;
            }
            previous = hash;
            words++;
        }
        if (words < SHINGLE) {
            shingles[count++] = previous; // one word, or none (the empty string's hash)
        }
        int[] hashes = new int[HASHES];
        java.util.Arrays.fill(hashes, Integer.MAX_VALUE);
        for (int s = 0; s < count; s++) {
            int shingle = shingles[s];
            // Seeds from a table and a branch-free minimum: a loop the compiler turns into vector instructions.
            for (int i = 0; i < HASHES; i++) {
                hashes[i] = Math.min(hashes[i], mix(shingle ^ SEEDS[i]));
            }
        }
        return new PledgeSignature(hashes);
    }

    /** What {@code [\p{L}\p{N}]} matches: a letter or a number of any script. */
    private static boolean isWordChar(int codePoint) {
        if (codePoint < 128) {
            return codePoint >= 'a' && codePoint <= 'z' || codePoint >= '0' && codePoint <= '9' || codePoint >= 'A' && codePoint <= 'Z';
        }
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    private static int power31(int n) {
        int p = 1;
        for (int i = 0; i < n; i++) {
            p *= 31;
        }
        return p;
    }

    /**
     * What two commitments must share exactly to be the same pledge: their parties and minerals, in order. Indexed,
     * so that looking for the same pledge only reads commitments that can be one.
     */
    public static String key(Iterable<String> parties, Iterable<String> minerals) {
        return String.join("|", parties) + "#" + String.join("|", minerals);
    }

    /** The band terms to index: "3:1f2e…" for band 3. */
    public List<String> bands() {
        if (hashes.length != HASHES) {
            return List.of();
        }
        List<String> bands = new ArrayList<>(BANDS);
        for (int b = 0; b < BANDS; b++) {
            StringBuilder term = new StringBuilder().append(b).append(':');
            for (int r = 0; r < ROWS; r++) {
                term.append(Integer.toHexString(hashes[b * ROWS + r])).append(r + 1 < ROWS ? "." : "");
            }
            bands.add(term.toString());
        }
        return bands;
    }

    /**
     * A set of band terms ({@link #bands}'s form) that answers whether a signature has one of them from its hashes,
     * without writing its terms: a same-pledge lookup asks it of every candidate it accepts.
     */
    public static final class BandSet {
        /** By band: the hashes of its terms in the set, two rows packed in a long, sorted. */
        private final long[][] byBand = new long[BANDS][];

        public BandSet(Iterable<String> terms) {
            int[] sizes = new int[BANDS];
            long[][] packed = new long[BANDS][8];
            for (String term : terms) {
                int colon = term.indexOf(':');
                int dot = term.indexOf('.', colon + 1);
                if (ROWS != 2 || colon < 0 || dot < 0) {
                    continue; // not a term of this version's signatures, which none of them has
                }
                int band;
                long rows;
                try {
                    band = Integer.parseInt(term.substring(0, colon));
                    rows = pack(Integer.parseUnsignedInt(term.substring(colon + 1, dot), 16),
                            Integer.parseUnsignedInt(term.substring(dot + 1), 16));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (band < 0 || band >= BANDS) {
                    continue;
                }
                if (sizes[band] == packed[band].length) {
                    packed[band] = java.util.Arrays.copyOf(packed[band], sizes[band] * 2);
                }
                packed[band][sizes[band]++] = rows;
            }
            for (int b = 0; b < BANDS; b++) {
                byBand[b] = java.util.Arrays.copyOf(packed[b], sizes[b]);
                java.util.Arrays.sort(byBand[b]);
            }
        }

        /** Whether one of {@code signature}'s {@link #bands} is in the set. */
        public boolean containsAnyOf(PledgeSignature signature) {
            if (signature.hashes.length != HASHES || ROWS != 2) {
                return false;
            }
            for (int b = 0; b < BANDS; b++) {
                if (byBand[b].length > 0
                        && java.util.Arrays.binarySearch(byBand[b], pack(signature.hashes[2 * b], signature.hashes[2 * b + 1])) >= 0) {
                    return true;
                }
            }
            return false;
        }

        private static long pack(int first, int second) {
            return ((long) first << 32) | (second & 0xffffffffL);
        }
    }

    /**
     * Whether the share of equal hashes, which estimates the Jaccard similarity of the two sentences' shingles,
     * reaches {@link #SAME_PLEDGE}. A page's lookup compares a few thousand candidates, nearly all unrelated: the
     * count stops as soon as the hashes left cannot change the answer.
     */
    public boolean samePledge(PledgeSignature other) {
        if (other.hashes.length != HASHES || hashes.length != HASHES) {
            return false; // written by another version of accordex; re-indexing brings it up to date
        }
        int sameBytes = 0;
        for (int i = 0; i < lowBytes.length; i++) {
            sameBytes += zeroBytes(lowBytes[i] ^ other.lowBytes[i]);
        }
        if (sameBytes < SAME_PLEDGE_HASHES) {
            return false;
        }
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (hashes[i] == other.hashes[i] && ++same == SAME_PLEDGE_HASHES) {
                return true;
            }
            if (same + HASHES - 1 - i < SAME_PLEDGE_HASHES) {
                return false;
            }
        }
        return false;
    }

    /** The number of zero bytes in {@code x}: each one's top bit set, and no other bit, then counted. */
    private static int zeroBytes(long x) {
        long low7 = 0x7f7f7f7f7f7f7f7fL;
        return Long.bitCount(~(((x & low7) + low7) | x | low7));
    }

    /** The signature as stored: hex hashes joined by commas. */
    public String encode() {
        StringBuilder s = new StringBuilder();
        for (int h : hashes) {
            s.append(s.length() == 0 ? "" : ",").append(Integer.toHexString(h));
        }
        return s.toString();
    }

    /** Reads {@link #encode}'s form back; read for every same-pledge candidate, so without splitting. */
    public static PledgeSignature decode(String encoded) {
        return decode(encoded.length(), encoded::charAt);
    }

    /** {@link #decode(String)} from the stored bytes (ASCII), without making a string of them. */
    public static PledgeSignature decode(org.apache.lucene.util.BytesRef encoded) {
        return decode(encoded.length, i -> encoded.bytes[encoded.offset + i]);
    }

    /** Comma-separated hexadecimal hashes, the {@code length} characters {@code charAt} gives. */
    private static PledgeSignature decode(int length, IntUnaryOperator charAt) {
        int[] hashes = new int[HASHES];
        int n = 0;
        int value = 0;
        for (int i = 0; i < length; i++) {
            int c = charAt.applyAsInt(i);
            if (c == ',') {
                if (n < HASHES) {
                    hashes[n] = value;
                }
                n++;
                value = 0;
            } else {
                value = (value << 4) | hexDigit(c);
            }
        }
        if (n < HASHES) {
            hashes[n] = value;
        }
        // Another count was written by another version of accordex: it matches nothing until re-indexed.
        return new PledgeSignature(n + 1 == HASHES ? hashes : new int[0]);
    }

    /**
     * The value of a hexadecimal digit as {@link Integer#toHexString} writes them (lower case), without
     * {@link Character#digit}'s look-up of the character's properties: a candidate's 512 digits are read per lookup.
     */
    private static int hexDigit(int c) {
        return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PledgeSignature p && java.util.Arrays.equals(hashes, p.hashes);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(hashes);
    }

    /** A 32-bit finalizer (MurmurHash3's), so nearby inputs give unrelated hashes. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
