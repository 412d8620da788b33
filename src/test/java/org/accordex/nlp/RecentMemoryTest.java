package org.accordex.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A bounded memory keeps the keys asked for again and drops the oldest of the others. */
class RecentMemoryTest {
    @Test
    void computesEachKeyOnceWhileItIsRemembered() {
        List<String> computed = new ArrayList<>();
        RecentMemory<String, Integer> memory = new RecentMemory<>(4);
        for (String word : List.of("harbour", "dredge", "harbour", "harbour")) {
            memory.get(word, w -> {
                computed.add(w);
                return w.length();
            });
        }
        assertEquals(List.of("harbour", "dredge"), computed);
        assertEquals(7, memory.get("harbour", w -> -1));
    }

    @Test
    void aKeyAskedForAgainOutlivesTheOnesThatWereNot() {
        List<String> computed = new ArrayList<>();
        RecentMemory<String, String> memory = new RecentMemory<>(4); // two generations of two
        for (String word : List.of("harbour", "pier", "harbour", "quay", "harbour", "dock", "pier", "harbour")) {
            memory.get(word, w -> {
                computed.add(w);
                return w;
            });
            assertTrue(memory.size() <= 4);
        }
        // "pier" was dropped with the oldest generation; "harbour", asked for each time, never was
        assertEquals(List.of("harbour", "pier", "quay", "dock", "pier"), computed);
    }
}
