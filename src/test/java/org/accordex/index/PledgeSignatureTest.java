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
