package org.accordex.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.accordex.model.Mention;
import org.accordex.model.MentionType;
import org.junit.jupiter.api.Test;

class ShortNamesTest {
    /** "start-end text → norm" of each mention. */
    static List<String> spans(List<Mention> mentions) {
        return mentions.stream().map(m -> m.start() + "-" + m.end() + " " + m.text() + " → " + m.norm()).toList();
    }

    @Test
    void theFirstWordOfACompanysNameIsThatCompanyAfterTheFullName() {
        String text = "Brennick Magnetics won the loan. The Ohio-based Brennick said warrants in Brennick and Tolva go to the"
                + " Pentagon, Brennick Chief Executive Ana Ruiz said.";
        List<Mention> found = List.of(
                Mention.of(MentionType.PARTY, text, 0, 18, "Brennick Magnetics"),
                Mention.of(MentionType.PARTY, text, 74, 82, "Brennick"),
                Mention.of(MentionType.PARTY, text, 87, 92, "Tolva"));
        assertEquals(List.of(
                "0-18 Brennick Magnetics → Brennick Magnetics",
                "48-56 Brennick → Brennick Magnetics",
                "74-82 Brennick → Brennick Magnetics",
                "87-92 Tolva → Tolva",
                "113-121 Brennick → Brennick Magnetics"),
                spans(ShortNames.add(text, found, name -> false)));
    }

    @Test
    void aShortNameOpeningATitleCaseHeadlineBeforeItsVerbIsTheCompany() {
        String text = "Brennick Upgrades Copper Plant\n\nBrennick Magnetics said on Monday it would expand its plant.";
        List<Mention> found = List.of(Mention.of(MentionType.PARTY, text, 32, 50, "Brennick Magnetics"));
        assertEquals(List.of(
                "0-8 Brennick → Brennick Magnetics",
                "32-50 Brennick Magnetics → Brennick Magnetics"),
                spans(ShortNames.add(text, found, name -> false)));
        // a headline's first word with no verb after it may be any word: "Export credit agencies back …"
        String noVerb = "Brennick Copper Plant Grows\n\nBrennick Magnetics said on Monday it would expand its plant.";
        List<Mention> alone = List.of(Mention.of(MentionType.PARTY, noVerb, 29, 47, "Brennick Magnetics"));
        assertEquals(List.of("29-47 Brennick Magnetics → Brennick Magnetics"), spans(ShortNames.add(noVerb, alone, name -> false)));
    }

    @Test
    void wordsOfProsePlacesKnownNamesAndPersonsAreNoShortNames() {
        String text = "Cobalt Ridge Resources and Halden Metals met. Cobalt prices fell; Halden said so, and Mrs. Halden"
                + " Vance spoke.";
        List<Mention> found = List.of(
                Mention.of(MentionType.PARTY, text, 0, 22, "Cobalt Ridge Resources"),
                Mention.of(MentionType.PARTY, text, 27, 40, "Halden Metals"));
        // "Cobalt" is also written in lower case nowhere here, but the dictionaries know it
        Set<String> known = Set.of("Cobalt", "Cobalt Ridge");
        assertEquals(List.of(
                "0-22 Cobalt Ridge Resources → Cobalt Ridge Resources",
                "27-40 Halden Metals → Halden Metals",
                "66-72 Halden → Halden Metals"),
                spans(ShortNames.add(text, found, known::contains)));
    }

    @Test
    void thePlaceARailwayIsNamedAfterIsNoShortName() {
        String text = "Benguela Coast Railway won the loan. It links the port at Benguela to the border.";
        List<Mention> found = List.of(Mention.of(MentionType.PARTY, text, 0, 22, "Benguela Coast Railway"));
        assertEquals(found, ShortNames.add(text, found, name -> false));
    }

    @Test
    void aShortNameTwoCompaniesShareIsLeftAlone() {
        String text = "Vesta Mining and Vesta Energy signed. Vesta will build.";
        List<Mention> found = List.of(
                Mention.of(MentionType.PARTY, text, 0, 12, "Vesta Mining"),
                Mention.of(MentionType.PARTY, text, 17, 29, "Vesta Energy"),
                Mention.of(MentionType.PARTY, text, 38, 43, "Vesta"));
        assertEquals(found, ShortNames.add(text, found, name -> false));
    }

    /** A field's abbreviation that opens a group's name ("AI" of "AI Standards Group") is prose's word, no short name. */
    @Test
    void aFieldsAbbreviationOpeningAGroupsNameIsNoShortName() {
        String text = "The two states will launch an AI Standards Group. It will share tests of AI models, and AI safety"
                + " research will grow.";
        List<Mention> found = List.of(Mention.of(MentionType.PARTY, text, 30, 48, "AI Standards Group"));
        assertEquals(found, ShortNames.add(text, found, name -> false));
    }

    /** A firm's legal name with its state in brackets ("Orvel (India) Limited") trades as its first word too. */
    @Test
    void aLegalNameWithItsStateInBracketsGivesTheFirstWordAsShortName() {
        String text = "Orvel (India) Limited will sell zircon. Orvel also mines garnet.";
        List<Mention> found = List.of(Mention.of(MentionType.PARTY, text, 0, 21, "Orvel (India) Limited"));
        List<Mention> added = ShortNames.add(text, found, name -> false);
        assertEquals(List.of("0-21 Orvel (India) Limited → Orvel (India) Limited", "40-45 Orvel → Orvel (India) Limited"),
                spans(added));
    }
}
