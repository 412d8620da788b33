package org.accordex.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TokenF1Test {
    @Test
    void tokensAreRunsOfLowerCaseLettersAndDigits() {
        assertEquals(List.of("allow", "u", "s", "firms", "to", "bid", "2026"), TokenF1.tokens("Allow U.S. firms to bid (2026)"));
    }

    @Test
    void countsCommonTokensWithMultiplicity() {
        assertEquals(1.0, TokenF1.of("take measures", "Take  measures."));
        // provide, usd, 1, billion against provide, u, s, d, 1, billion, in, support: 3 common of 4 + 8
        assertEquals(0.5, TokenF1.of("provide USD 1 billion", "provide U.S.D. 1 billion in support"), 1e-9);
        // "to" twice predicted, once in gold: counted once
        assertEquals(2.0 * 3 / (5 + 4), TokenF1.of("work to to cooperate fully", "work to cooperate more"), 1e-9);
    }

    @Test
    void twoEmptyActionsAgreeAndOneEmptyActionScoresZero() {
        assertEquals(1.0, TokenF1.of("", ""));
        assertEquals(1.0, TokenF1.of("—", null));
        assertEquals(0.0, TokenF1.of("", "deepen cooperation"));
        assertEquals(0.0, TokenF1.of("deepen cooperation", ""));
    }

    @Test
    void theMeanOfNothingIsOne() {
        assertEquals(1.0, Mean.ZERO.value());
        assertEquals(0.75, Mean.ZERO.plus(1.0).plus(0.5).value());
    }
}
