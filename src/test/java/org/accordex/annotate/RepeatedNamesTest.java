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

    @Test
    void aStateOrMetalInsideAFirmsNameIsAWordOfTheName() {
        String text = "Cobalt Norway (OSE:CNO) signed. Cobalt Norway will ship cobalt from Norway.";
        List<Mention> found = List.of(
                Mention.of(MentionType.PARTY, text, 0, 13, "Cobalt Norway"),
                Mention.of(MentionType.MINERAL, text, 32, 38, "cobalt"),
                Mention.of(MentionType.PARTY, text, 39, 45, "NO"),
                Mention.of(MentionType.MINERAL, text, 56, 62, "cobalt"),
                Mention.of(MentionType.PARTY, text, 68, 74, "NO"));
        assertEquals(List.of(
                "0-13 Cobalt Norway → Cobalt Norway",
                "32-45 Cobalt Norway → Cobalt Norway",
                "56-62 cobalt → cobalt",
                "68-74 Norway → NO"),
                ShortNamesTest.spans(RepeatedNames.add(text, found, name -> false)));
    }

    @Test
    void aFirmsNameInAHeadingIsFoundInCapitals() {
        String text = "KESTREL MAGNESIUM\nKestrel Magnesium said the bank would lend. KESTREL MAGNESIUM OUTLOOK";
        List<Mention> found = List.of(Mention.of(MentionType.PARTY, text, 18, 35, "Kestrel Magnesium"));
        assertEquals(List.of(
                "0-17 KESTREL MAGNESIUM → Kestrel Magnesium",
                "18-35 Kestrel Magnesium → Kestrel Magnesium"),
                ShortNamesTest.spans(RepeatedNames.add(text, found, name -> false)));
    }

    @Test
    void aFirmWhoseNameHoldsAMetalIsRepeatedWhereTheTextConfirmsIt() {
        // the dictionaries find a word inside each name (known), yet a ticker or a heading of its own confirms the firm
        String ticked = "Cobalt Canada (ASX:CBC) sold ore. Cobalt Canada will keep 10%.";
        List<Mention> found = List.of(Mention.of(MentionType.PARTY, ticked, 0, 13, "Cobalt Canada"));
        assertEquals(List.of("0-13 Cobalt Canada → Cobalt Canada", "34-47 Cobalt Canada → Cobalt Canada"),
                ShortNamesTest.spans(RepeatedNames.add(ticked, found, name -> true)));
        String heading = "KESTREL MAGNESIUM\nKestrel Magnesium said the bank would lend.";
        found = List.of(Mention.of(MentionType.PARTY, heading, 18, 35, "Kestrel Magnesium"));
        assertEquals(List.of("0-17 KESTREL MAGNESIUM → Kestrel Magnesium", "18-35 Kestrel Magnesium → Kestrel Magnesium"),
                ShortNamesTest.spans(RepeatedNames.add(heading, found, name -> true)));
        // without either, a known name is left to the dictionaries
        String plain = "Kestrel Magnesium said the bank would lend. Kestrel Magnesium will build.";
        found = List.of(Mention.of(MentionType.PARTY, plain, 0, 17, "Kestrel Magnesium"));
        assertEquals(List.of("0-17 Kestrel Magnesium → Kestrel Magnesium"),
                ShortNamesTest.spans(RepeatedNames.add(plain, found, name -> true)));
    }

    @Test
    void aWordProseWritesInLowerCaseIsNotRepeated() {
        String text = "The Harlan Fund for Mothers will give. Mothers groups and mothers (see www.mothers.org) gain.";
        List<Mention> found = List.of(Mention.of(MentionType.PARTY, text, 20, 27, "Mothers"));
        assertEquals(found, RepeatedNames.add(text, found, name -> false));
        String web = "Gavra will fund clinics. Gavra said so (www.gavra.org).";
        List<Mention> gavra = List.of(Mention.of(MentionType.PARTY, web, 0, 5, "Gavra"));
        assertEquals(List.of("0-5 Gavra → Gavra", "25-30 Gavra → Gavra"),
                ShortNamesTest.spans(RepeatedNames.add(web, gavra, name -> false)), "a web address is no prose");
    }

    @Test
    void aRepeatedNameTakesTheLegalFormAfterItAndStandsAfterAPossessive() {
        String text = "Daesan will buy ore. Osprey signed with trader Daesan Co for its ore, and with Korea's Daesan.";
        List<Mention> found = List.of(Mention.of(MentionType.PARTY, text, 0, 6, "Daesan"),
                Mention.of(MentionType.PARTY, text, 79, 84, "KR"));
        assertEquals(List.of("0-6 Daesan → Daesan", "47-56 Daesan Co → Daesan", "79-84 Korea → KR", "87-93 Daesan → Daesan"),
                ShortNamesTest.spans(RepeatedNames.add(text, found, name -> false)));
        // another's possessive makes the name part of a longer one: "the Chair's Daesan Council"
        String titled = "Daesan will buy ore. The Chair's Daesan met.";
        found = List.of(Mention.of(MentionType.PARTY, titled, 0, 6, "Daesan"));
        assertEquals(List.of("0-6 Daesan → Daesan"), ShortNamesTest.spans(RepeatedNames.add(titled, found, name -> false)));
        // a capitalized word after "Co" is another name's: "Daesan Co Holdings"
        String longer = "Daesan will buy ore. The Daesan Co Holdings board met.";
        found = List.of(Mention.of(MentionType.PARTY, longer, 0, 6, "Daesan"));
        assertEquals(List.of("0-6 Daesan → Daesan"), ShortNamesTest.spans(RepeatedNames.add(longer, found, name -> false)));
    }
}
