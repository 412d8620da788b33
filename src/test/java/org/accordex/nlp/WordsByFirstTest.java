package org.accordex.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Words looked up by the characters they open with give what comparing every word at every place gives. */
class WordsByFirstTest {
    @Test
    void aWordStartsWhereItIsWrittenWhateverItsLengthOrScript() {
        List<String> words = List.of("a", "an", "and", "al-", "Ab", "é", "éta", "aé", "ü", "-de", "z");
        WordsByFirst byFirst = new WordsByFirst(words);
        String text = "and an a al-Ab aé éta ü z -de zz xa";
        for (int at = 0; at < text.length(); at++) {
            int place = at;
            boolean expected = words.stream().anyMatch(w -> text.startsWith(w, place));
            assertEquals(expected, byFirst.oneStartsAt(text, at), "at " + at);
        }
    }
}
