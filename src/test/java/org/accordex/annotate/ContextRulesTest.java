package org.accordex.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The context rules find names only where their words are written, and find the same names there. */
class ContextRulesTest {
    @Test
    void theRulesFindTheSameNamesWithTheFilter() {
        // the filter only skips sentences the patterns cannot match in: a company and a body are still found
        String text = "Lynas Rare Earths and the Korea Forest Service signed an agreement.";
        List<Candidate> found = ContextRules.apply(text, 0, text.length(), List.of());
        assertEquals(List.of("Lynas Rare Earths", "Korea Forest Service"),
                found.stream().map(c -> text.substring(c.start(), c.end())).toList());
    }

    @Test
    void anAgencyNameIsLookedForOnlyBeforeTheLastHeadWord() {
        // capitals after the last head word ("Busan", "Korea") cannot start a name; the names before it are all found,
        // as the pattern reads them (the article is trimmed later)
        String sentence = "The Korea Forest Service and the Mongolian Geological Agency met in Busan, Korea.";
        assertEquals(List.of("The Korea Forest Service", "Mongolian Geological Agency"),
                ContextRules.agencyNames(sentence).stream().map(n -> sentence.substring(n[0], n[1])).toList());
    }

    @Test
    void aUnionThatATitleSetsOutToCreateIsNoBodyYet() {
        String text = "Recalling the Agreement on the Creation of Customs Union of 1995, the Highland Trade Union met in May.";
        List<Candidate> found = ContextRules.apply(text, 0, text.length(), List.of());
        assertEquals(List.of("Highland Trade Union"), found.stream().map(c -> text.substring(c.start(), c.end())).toList());
    }

    @Test
    void alternativesGroupedByTheirFirstLetterKeepTheirOrder() {
        assertEquals("I(?:nc\\.?|ncorporated)|C(?:orp)", ContextRules.byFirstLetter(List.of("Inc\\.?", "Corp", "Incorporated")));
        // an alternative whose first letter a quantifier reads is not split from it: the plain alternation
        assertEquals("X?|Corp", ContextRules.byFirstLetter(List.of("X?", "Corp")));
    }
}
