package org.accordex.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class QueryLimitsTest {
    @Test
    void depthIsCountedOutsidePhrasesAndEscapes() {
        assertDoesNotThrow(() -> QueryLimits.check("(".repeat(100) + "x" + ")".repeat(100)));
        assertEquals("query nested too deeply (limit 100)",
                assertThrows(SearchException.class, () -> QueryLimits.check("(".repeat(101) + "x")).getMessage());
        assertDoesNotThrow(() -> QueryLimits.check("\"" + "(".repeat(500) + "\""), "inside a phrase");
        assertDoesNotThrow(() -> QueryLimits.check("\\(".repeat(500)), "escaped");
        assertDoesNotThrow(() -> QueryLimits.check("(a) ".repeat(1000)), "many, side by side");
        assertDoesNotThrow(() -> QueryLimits.check(")".repeat(500) + "(".repeat(50)), "a stray ')' does not go negative");
    }

    @Test
    void depthBeforeLengthAndTheParserChecksToo() {
        assertEquals("query too long (limit 10000 characters)",
                assertThrows(SearchException.class, () -> QueryLimits.check("x ".repeat(5001))).getMessage());
        assertEquals("query nested too deeply (limit 100)",
                assertThrows(SearchException.class, () -> QuerySyntax.parse("(".repeat(5000) + "x" + ")".repeat(5000))).getMessage());
    }
}
