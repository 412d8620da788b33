package org.accordex.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The literal text of a regular expression that tells a search where the expression may start to match. */
class RegexLiteralsTest {
    @Test
    void eachAlternativeGivesTheLiteralTextItOpensWith() {
        assertEquals("Inc", RegexLiterals.literalStart("Inc\\.?"));
        assertEquals("Pty", RegexLiterals.literalStart("Pty\\.?\\s+Ltd\\.?"));
        assertEquals("Chemical", RegexLiterals.literalStart("Chemicals?"));
        assertEquals("Task", RegexLiterals.literalStart("Task Force"));
        assertEquals("B", RegexLiterals.literalStart("B\\.V\\."));
        assertEquals("", RegexLiterals.literalStart("\\p{Lu}+"));
    }

    @Test
    void aQuotedAlternativeGivesItsQuotedText() {
        assertEquals("South Korean", RegexLiterals.literalStart("\\QSouth Korean\\E"));
        assertEquals("U.S.", RegexLiterals.literalStart("\\QU.S.\\E\\s+"));
        assertEquals("Chemical", RegexLiterals.literalStart("\\QChemicals\\E?"), "a quantifier makes the last letter optional");
        assertEquals(List.of("south korean", "swiss"),
                RegexLiterals.leadWords("\\b(\\QSouth Korean\\E|\\QSwiss\\E)\\s+Minister"));
        assertEquals(List.of("South Korean", "Swiss"),
                RegexLiterals.leadWordsAsWritten("\\b(\\QSouth Korean\\E|\\QSwiss\\E)\\s+Minister"));
    }

    @Test
    void theLeadWordsOfAnOpeningGroupAreReadFromThePattern() {
        assertEquals(List.of("by", "before", "no", "not"),
                RegexLiterals.leadWords("\\b(?<lead>by|before|no\\s+later\\s+than|not\\s+later\\s+than|by\\s+no)\\s+(\\d+)"));
        assertEquals(List.of("within", "in", "over"),
                RegexLiterals.leadWords("\\b(?:within(?:\\s+the\\s+next)?|in\\s+the\\s+(?:next|coming)|over\\s+[a-z(]+)\\s+days"));
        assertEquals(List.of("the", "each", "shall"),
                RegexLiterals.leadWords("(?i)\\b(?:The\\s+parties|each\\s+party|shall)\\b"));
        assertEquals(List.of("by", "until"), RegexLiterals.leadWords("\\b(by|until)\\s+2030"));
    }

    @Test
    void anAlternativeThatOpensWithAGroupHasTheGroupsLeadWords() {
        assertEquals(List.of("each", "either", "the", "we"),
                RegexLiterals.leadWords("\\b(?:(?:each|either|the\\s+other)\\s+party|we)\\b"));
        // an optional group: a match opens with the group or with what follows it
        assertEquals(List.of("the", "leaders", "members"),
                RegexLiterals.leadWords("(?i)\\b(?:(?:the\\s+)?(?:leaders|members))\\b"));
        assertEquals(List.of("b", "c"), RegexLiterals.leadWords("\\b(?:b|c\\Q|)\\E)x"), "a quoted bar or bracket is text");
    }

    @Test
    void aLookBehindBeforeTheBoundaryLeavesTheLeadWords() {
        assertEquals(List.of("said", "told"), RegexLiterals.leadWords("(?<!\\bhaving\\s)\\b(?:said|told)\\s+that"));
        assertEquals(List.of("by"), RegexLiterals.leadWords("(?<=\\(x\\)\\s)\\b(?:by)\\s"), "a bracket inside the look-behind");
        assertNull(RegexLiterals.leadWords("(?<!a)\\b(?:said|told)|x"), "an alternative of the whole pattern");
        assertEquals(List.of("said", "glad"), RegexLiterals.leadWords("\\b(?:said|(?<=\\bis\\s)glad\\s+that)"),
                "an alternative's own look-behind");
    }

    @Test
    void aSingleWordAfterTheBoundaryIsTheLeadWord() {
        assertEquals(List.of("in"), RegexLiterals.leadWords("\\bin\\s+(?!an?\\s)\\d+\\s+(?<unit>(?-i:days?))\\b"));
        assertEquals(List.of("over"), RegexLiterals.leadWords("\\bovers?\\b"), "an optional last letter");
        assertNull(RegexLiterals.leadWords("\\b\\p{Lu}\\w+"), "a class, not a word");
        assertNull(RegexLiterals.leadWords("\\b-based"), "a boundary before a mark is after a word, not before one");
    }

    @Test
    void aCaseSensitiveGroupGivesItsWords() {
        assertEquals(List.of("we", "heads"), RegexLiterals.leadWords("\\b(?:we|(?-i:Heads)(?!\\s+of\\b))\\b"));
        assertEquals(List.of("we", "Heads"), RegexLiterals.leadWordsAsWritten("\\b(?:we|(?-i:Heads))\\b"));
        assertNull(RegexLiterals.leadWordsAsWritten("\\b(?:we|(?i:heads))\\b"), "a case-insensitive group in a case-sensitive pattern");
    }

    @Test
    void aPatternOfAnotherShapeHasNoLeadWords() {
        assertNull(RegexLiterals.leadWords("\\b(?:(?:the\\s+)?|we)\\s"), "an optional group with nothing after it");
        assertNull(RegexLiterals.leadWords("\\b(?:(?:the\\s+){0,2}leaders)"), "a count that may be zero");
        assertNull(RegexLiterals.leadWords("\\b(?:we|us)\\b|they"), "an alternative of the whole pattern without the boundary");
        assertNull(RegexLiterals.leadWords("(?:by|until)\\s+2030"), "no word boundary first");
        assertNull(RegexLiterals.leadWords("\\b(?:\\d+|by)\\s+days"), "an alternative opens with syntax");
        assertNull(RegexLiterals.leadWords("\\b(?=by)by"), "a look-ahead, not a group");
        assertNull(RegexLiterals.leadWords("\\b(?:by|until"), "a group never closed");
    }
}
