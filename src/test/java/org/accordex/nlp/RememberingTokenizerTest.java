package org.accordex.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

import opennlp.tools.tokenize.TokenizerME;

/** The remembered splits are OpenNLP's own, wherever a word occurs and however often. */
class RememberingTokenizerTest {
    @Test
    void givesTheSameSpansAsOpenNlp() {
        TokenizerME plain = new TokenizerME(EnglishTokens.model());
        RememberingTokenizer remembering = new RememberingTokenizer(EnglishTokens.model());
        String[] texts = {
            "The U.S.-Japan framework (the \"Framework\") shall enter into force on 1 January 2026.",
            "Japan's and Korea’s ministers will invest USD 1.2 billion, e.g. in gallium; see Art. 3(b).",
            "  a  b\tc\nd\u00a0e, f. ",
            "The U.S.-Japan framework, again: exports, imports, and A$1.2 million.",
            "",
        };
        for (int round = 0; round < 2; round++) {
            for (String text : texts) {
                assertArrayEquals(plain.tokenizePos(text), remembering.tokenizePos(text), text);
            }
        }
    }
}
