package org.accordex.nlp;

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
    void noMatchStartsAfterTheLastWord() {
        RequiredWords heads = RequiredWords.of(List.of("Agency", "Service"));
        String sentence = "The Forest Service and the Space Agency met in Seoul.";
        assertEquals(sentence.indexOf("Agency"), heads.lastStartIn(sentence));
        assertEquals(-1, heads.lastStartIn("Nothing here."));
        assertEquals(4, RequiredWords.of(List.of("\\p{Lu}+")).lastStartIn("ABCD"), "unknown words: every place may start one");
    }
}
