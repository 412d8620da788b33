package org.accordex.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The words a pattern's matches must hold, which decide whether the pattern is searched for at all. */
class RequiredWordsTest {
    @Test
    void aSentenceWithoutAnyOfTheWordsCannotMatch() {
        RequiredWords suffixes = RequiredWords.of(List.of("Inc\\.?", "Solutions?", "Rare Earths"));
        assertTrue(suffixes.occurIn("Acme Solution Inc. will invest."));
        assertTrue(suffixes.occurIn("Lynas Rare Earths signed."));
        assertFalse(suffixes.occurIn("Japan will invest in rare earths.")); // the pattern is case-sensitive
    }

    @Test
    void anAlternativeWithoutLiteralTextLetsEverySentenceThrough() {
        assertTrue(RequiredWords.of(List.of("Inc", "\\p{Lu}{2,}")).occurIn("no capitals here"));
    }

    @Test
    void theRulesFindTheSameNamesWithTheFilter() {
        // the filter only skips sentences the patterns cannot match in: a company and a body are still found
        String text = "Lynas Rare Earths and the Korea Forest Service signed an agreement.";
        List<Candidate> found = ContextRules.apply(text, 0, text.length(), List.of());
        assertEquals(List.of("Lynas Rare Earths", "Korea Forest Service"),
                found.stream().map(c -> text.substring(c.start(), c.end())).toList());
    }
}
