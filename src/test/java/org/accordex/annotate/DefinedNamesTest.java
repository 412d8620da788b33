package org.accordex.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.accordex.model.Mention;
import org.accordex.model.MentionType;
import org.junit.jupiter.api.Test;

/** Short names a text defines, found with exact offsets wherever the text writes them as a word of their own. */
class DefinedNamesTest {
    private static Mention party(String text, String surface, String norm) {
        int start = text.indexOf(surface);
        return Mention.of(MentionType.PARTY, text, start, start + surface.length(), norm);
    }

    private static List<String> parties(List<Mention> mentions) {
        return mentions.stream().map(m -> m.start() + " " + m.text() + " → " + m.norm()).toList();
    }

    @Test
    void aDefinedNameIsFoundAsAWordOfItsOwnOnly() {
        String text = "The Office of Harbour Works (OHW) will dredge; OHW, not OHWS or xOHW or OHW2, reports. OHW";
        List<Mention> mentions = DefinedNames.add(text, List.of(party(text, "Office of Harbour Works", "OHW body")));
        assertEquals(List.of("4 Office of Harbour Works → OHW body", "29 OHW → OHW body", "47 OHW → OHW body",
                "87 OHW → OHW body"), parties(mentions));
    }

    @Test
    void aWordEndsAtALetterOrDigitOnEitherSide() {
        assertTrue(DefinedNames.isWholeWord("(OHW)", 1, 4));
        assertFalse(DefinedNames.isWholeWord("OHW2", 0, 3));
        assertFalse(DefinedNames.isWholeWord("éOHW", 1, 4));
        assertTrue(DefinedNames.isWholeWord("OHW_", 0, 3), "an underscore is no letter");
        assertFalse(DefinedNames.isWholeWord("OHW\uD835\uDC00", 0, 3), "a letter outside the first plane");
    }

    @Test
    void initialsInBracketsAfterTheirNameRedefineAStatesAbbreviation() {
        String text = "Notes (see annex. The Regional Supply Advisor (RSA) reports; the RSA and (RSA) again (x";
        Mention rsa = Mention.of(MentionType.PARTY, text, text.indexOf("RSA and"), text.indexOf("RSA and") + 3, "ZA");
        assertEquals(List.of(), DefinedNames.dropRedefined(text, List.of(rsa)));
        String undefined = "Cobalt, (RSA) and the RSA";
        Mention state = Mention.of(MentionType.PARTY, undefined, 22, 25, "ZA");
        assertEquals(List.of(state), DefinedNames.dropRedefined(undefined, List.of(state)));
    }

    @Test
    void aShortNameAfterABodyThatClosesALongerNameIsNotTheBodys() {
        String text = "The Common External Tariff of the Andean Union (CET) applies; the CET lists copper.";
        List<Mention> mentions = DefinedNames.add(text, List.of(party(text, "Andean Union", "Andean Union")));
        assertEquals(List.of("34 Andean Union → Andean Union"), parties(mentions));
    }

    @Test
    void aBodysAbbreviationTheTextDefinesForAnAgreementIsDropped() {
        String text = "The Economic Partnership Agreement (EPA) is signed; the EPA covers cobalt.";
        Mention epa = party(text, "EPA covers", "U.S. Environmental Protection Agency");
        epa = Mention.of(MentionType.PARTY, text, epa.start(), epa.start() + 3, epa.norm());
        assertEquals(List.of(), DefinedNames.dropRedefined(text, List.of(epa)));
        String agency = "The Environmental Planning Agency (EPA) is funded; the EPA covers cobalt.";
        Mention kept = Mention.of(MentionType.PARTY, agency, agency.indexOf("EPA covers"), agency.indexOf("EPA covers") + 3,
                "Environmental Planning Agency");
        assertEquals(List.of(kept), DefinedNames.dropRedefined(agency, List.of(kept)));
    }

    @Test
    void aShortNameATreatyGivesOnePartyInWordsIsThatParty() {
        String text = "The Andean Mining Community (hereinafter called the \"Community\") and Peru agree. The Community"
                + " shall fund copper surveys.";
        List<Mention> mentions = DefinedNames.add(text, List.of(party(text, "Andean Mining Community", "AMC"),
                party(text, "Peru", "PE")));
        assertEquals(List.of("4 Andean Mining Community → AMC", "53 Community → AMC", "69 Peru → PE",
                "85 Community → AMC"), parties(mentions));
        String council = "The Minerals Council (hereinafter - the Council, the MC) shall meet; the Council decides.";
        assertEquals(List.of("4 Minerals Council → MC body", "40 Council → MC body", "73 Council → MC body"), parties(
                DefinedNames.add(council, List.of(party(council, "Minerals Council", "MC body")))));
    }

    @Test
    void aShortNameForSeveralPartiesOrForABodyOfAPartyIsNotThePartys() {
        String text = "Fiji and Samoa (hereinafter referred to as \"the Parties\") agree; the Parties shall meet.";
        assertEquals(List.of("0 Fiji → FJ", "9 Samoa → WS"), parties(DefinedNames.add(text,
                List.of(party(text, "Fiji", "FJ"), party(text, "Samoa", "WS")))));
        String body = "The Bureau of the Andean Union (hereinafter called the \"Bureau\") reports; the Bureau meets.";
        assertEquals(List.of("18 Andean Union → AU body"), parties(DefinedNames.add(body,
                List.of(party(body, "Andean Union", "AU body")))));
    }

    @Test
    void initialsOfAKnownBodyWinOverTheDictionarysReadingOfTheLetters() {
        String text = "The Nordic Mining Bank (NMB) will lend; NMB also grants.";
        Mention bank = party(text, "Nordic Mining Bank", "Nordic Mining Bank");
        Mention nmb = Mention.of(MentionType.PARTY, text, 40, 43, "National Minerals Board");
        List<Mention> known = DefinedNames.add(text, List.of(bank, nmb), name -> name.equals("Nordic Mining Bank"));
        assertEquals(List.of("4 Nordic Mining Bank → Nordic Mining Bank", "24 NMB → Nordic Mining Bank",
                "40 NMB → Nordic Mining Bank"), parties(known));
        // a name the dictionary does not know (a misspelling) leaves the letters to the dictionary
        List<Mention> unknown = DefinedNames.add(text, List.of(bank, nmb), name -> false);
        assertEquals("40 NMB → National Minerals Board", parties(unknown).get(parties(unknown).size() - 1));
    }
}
