package org.accordex.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.accordex.model.Mention;
import org.accordex.model.MentionType;
import org.junit.jupiter.api.Test;

class RepeatedNamesTest {
    @Test
    void aNameFoundOnceIsFoundWhereverTheTextWritesItAgain() {
        String text = "Zentara Metals will build a smelter. Chile signed a deal with Zentara\nMetals, and the Zentara Metals"
                + " Foundation and Zentara Metals-led groups praised it.";
        List<Mention> found = List.of(
                Mention.of(MentionType.PARTY, text, 0, 14, "Zentara Metals"),
                Mention.of(MentionType.PARTY, text, 37, 42, "CL"));
        assertEquals(List.of(
                "0-14 Zentara Metals → Zentara Metals",
                "37-42 Chile → CL",
                "62-76 Zentara\nMetals → Zentara Metals"),
                ShortNamesTest.spans(RepeatedNames.add(text, found, name -> false)));
    }

    @Test
    void statesAndNamesWithANormOfTheirOwnAreLeftToTheirFinders() {
        String text = "The United States will lend. The United States is a party.";
        List<Mention> found = List.of(Mention.of(MentionType.PARTY, text, 4, 17, "US"));
        assertEquals(found, RepeatedNames.add(text, found, name -> false));
    }
}
