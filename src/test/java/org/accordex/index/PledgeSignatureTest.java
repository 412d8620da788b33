package org.accordex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Signatures are stored in the index and compared with those of other runs: the fast way of computing them must
 * give exactly the hashes of the plain definition (lower-cased words of letters and digits, pairs joined by a space).
 */
class PledgeSignatureTest {
    @Test
    void sameHashesAsThePlainDefinition() {
        for (String sentence : List.of("", "...", "Cobalt", "The Parties shall establish a working group by 2026.",
                "İSTANBUL and Zürich will cooperate on rare-earth (REE) refining — 3½ tonnes, ¼ of it by Q2.",
                "Ⅻ ٣ 𝐀𝐁𝐂 ǅemal O'Neil’s pledge; a  b\tc\nd")) {
            assertEquals(PledgeSignature.decode(plain(sentence)), PledgeSignature.of(sentence), sentence);
            assertEquals(plain(sentence), PledgeSignature.of(sentence).encode(), sentence);
        }
    }

    /**
     * The same pledge is half the hashes equal or more, however the others differ: in their low byte (which a first
     * comparison reads) or only above it.
     */
    @Test
    void samePledgeFromHalfTheHashesWhateverTheirLowBytes() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 2_000; round++) {
            int[] ours = new int[PledgeSignature.HASHES];
            int[] theirs = new int[PledgeSignature.HASHES];
            int equal = 0;
            for (int i = 0; i < ours.length; i++) {
                ours[i] = random.nextInt();
                theirs[i] = switch (random.nextInt(round % 3 + 2)) {
                    case 0 -> ours[i] ^ (1 << (8 + random.nextInt(24))); // the same low byte
                    case 1 -> ours[i] ^ (1 + random.nextInt(255)); // another low byte
                    default -> ours[i];
                };
                equal += ours[i] == theirs[i] ? 1 : 0;
            }
            assertEquals(equal >= PledgeSignature.HASHES / 2, signature(ours).samePledge(signature(theirs)), "equal " + equal);
        }
    }

    private static PledgeSignature signature(int[] hashes) {
        StringBuilder s = new StringBuilder();
        for (int h : hashes) {
            s.append(s.length() == 0 ? "" : ",").append(Integer.toHexString(h));
        }
        return PledgeSignature.decode(s.toString());
    }

    /** The definition, written out the slow way. */
    private static String plain(String sentence) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("[\\p{L}\\p{N}]+").matcher(sentence.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        Set<Integer> shingles = new HashSet<>();
        for (int i = 0; i + 2 <= Math.max(words.size(), 2); i++) {
            shingles.add(String.join(" ", words.subList(i, Math.min(words.size(), i + 2))).hashCode());
        }
        int[] hashes = new int[PledgeSignature.HASHES];
        Arrays.fill(hashes, Integer.MAX_VALUE);
        for (int shingle : shingles) {
            for (int i = 0; i < hashes.length; i++) {
                int h = shingle ^ (0x9E3779B9 * (i + 1));
                h ^= h >>> 16;
                h *= 0x85ebca6b;
                h ^= h >>> 13;
                h *= 0xc2b2ae35;
                h ^= h >>> 16;
                hashes[i] = Math.min(hashes[i], h);
            }
        }
        StringBuilder s = new StringBuilder();
        for (int h : hashes) {
            s.append(s.length() == 0 ? "" : ",").append(Integer.toHexString(h));
        }
        return s.toString();
    }
}
