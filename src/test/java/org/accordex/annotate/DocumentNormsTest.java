package org.accordex.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.accordex.model.DocumentInfo;
import org.accordex.model.MentionType;
import org.accordex.model.SourceDocument;
import org.junit.jupiter.api.Test;

/** One firm, one norm in a document; names that a heading or a place would otherwise cut or take. */
class DocumentNormsTest {
    private static final Annotator ANNOTATOR = new Annotator(AnnotatorModels.bundled());

    private static List<String> parties(String text) {
        DocumentInfo info = new DocumentInfo("test", "test.txt", "", "2026-01-01", "text/plain", "en", text.length());
        return ANNOTATOR.annotate(new SourceDocument(info, text), null).mentions().stream()
                .filter(m -> m.type() == MentionType.PARTY).map(m -> m.text() + " → " + m.norm()).toList();
    }

    @Test
    void aStatesAbbreviationBeforeTheRestOfAFirmsNameIsTheFirm() {
        List<String> parties = parties("Contract awarded\nUnited States Vanadium (NYSEAMERICAN:USVX) has won a $90 million "
                + "contract from the agency.\nThe award makes US Vanadium the sole supplier.\nUS Vanadium said it will widen its supply.");
        assertEquals(List.of("United States Vanadium → United States Vanadium", "US Vanadium → United States Vanadium",
                "US Vanadium → United States Vanadium"), parties);
        // the firm's legal name, and its name without the legal form after the state's abbreviation or name
        assertEquals(List.of("United States Bismuth Corporation → United States Bismuth Corporation",
                        "U.S. Bismuth → United States Bismuth Corporation", "United States Bismuth → United States Bismuth Corporation",
                        "United States → US"),
                parties("Award\nUnited States Bismuth Corporation said it will supply ingots to the stockpile. U.S. Bismuth will"
                        + " deliver the first lots in March, and United States Bismuth's shares rose. The United States will buy more."));
        // no firm of that name in the text: the state stays the state
        assertTrue(parties("Markets\n\nThe US vanadium market will grow as US Steel expands.").contains("US → US"));
    }

    @Test
    void aGenericBankNameIsTheBankOfThatKindTheTextNamesInFull() {
        assertTrue(parties("Loans announced\nThe Export-Import Bank of Korea lent $2 billion to a cathode maker.\n"
                + "The Export-Import Bank will keep backing battery makers, it said.")
                .contains("Export-Import Bank → Export-Import Bank of Korea"));
        // a name that is no kind of body ("Federal Reserve Board" beside its "Board of Governors") keeps its norm
        assertTrue(parties("Rates\nThe Federal Reserve Board of Governors met.\nThe Federal Reserve Board will publish minutes.")
                .contains("Federal Reserve Board → Federal Reserve System"));
        // two such banks: the bare name is neither's by this rule
        assertTrue(parties("Loans announced\nThe Export-Import Bank of Korea and the Export-Import Bank of the United States "
                + "lent $2 billion.\nThe Export-Import Bank will keep backing battery makers, it said.")
                .stream().noneMatch(p -> p.equals("Export-Import Bank → Export-Import Bank of Korea")));
    }

    @Test
    void aPlaceIsNoShortNameOfAFirmNamedAfterIt() {
        List<String> parties = parties("Funding round\n\nThe fund backs a molybdenum mine of Patagonia Metals Corp. in the "
                + "south. Patagonia Metals will give industry in Patagonia a steady supply.");
        assertEquals(List.of("Patagonia Metals Corp. → Patagonia Metals Corp.", "Patagonia Metals → Patagonia Metals Corp."), parties);
        // a self-governing land is a party of its own, never the firm named after it
        assertTrue(parties("Funding round\n\nThe fund backs a mine of Greenland Metals Corp. Greenland Metals will give industry in"
                + " Greenland a steady supply.").contains("Greenland → GL"));
    }

    @Test
    void aHeadlinesLastWordsAreNoPartOfTheNameOpeningTheNextLine() {
        assertTrue(parties("Kestrel Secures A$90M Loan & Offtake Deal, Bolstering Ridge Project Amid Global Market Shifts\n"
                + "Kestrel Minerals Limited reached a funding milestone for its Ridge Project.")
                .contains("Kestrel Minerals Limited → Kestrel Minerals Limited"));
    }

    @Test
    void aFirmsLegalNameOpeningABodySentenceKeepsItsHeadlineVerb() {
        assertEquals(List.of("Launch Minerals, Inc. → Launch Minerals, Inc."),
                parties("Grants announced\n\nLaunch Minerals, Inc. is in line for $40 million for a refinery."));
    }

    @Test
    void aBusinessNamedAfterAKnownFirmIsAFirmOfItsOwn() {
        assertEquals(List.of("Sempra Infrastructure → Sempra Infrastructure", "Cheniere Marketing LLC → Cheniere Marketing LLC"),
                parties("Deals signed\n\nThe buyer signed heads of agreement with Sempra Infrastructure and Cheniere Marketing LLC."));
    }

    @Test
    void aKnownFirmsFundAndAssetManagementArmsAreFirmsOfTheirOwn() {
        assertEquals(List.of("BlackRock Fund Advisors → BlackRock Fund Advisors", "Brookfield Asset Management → Brookfield Asset Management"),
                parties("Holders\n\nThe largest holders are BlackRock Fund Advisors and Brookfield Asset Management."));
    }

    @Test
    void aFamilysShortNameAfterItsFirmsLegalNameIsThatFirm() {
        assertEquals(List.of("Tarvo Magnets → Tarvo Magnets", "Hyundai Motor Company → Hyundai Motor", "Hyundai → Hyundai Motor",
                "Tarvo → Tarvo Magnets"),
                parties("Supply deal\n\nTarvo Magnets signed a supply contract with Hyundai Motor Company. The magnets will go"
                        + " to Hyundai from 2028, Tarvo said."));
        // two firms of the family named: the short name is neither's
        assertTrue(parties("Supply deal\n\nHyundai Motor Company and Hyundai Steel Company signed the contract. The steel will"
                + " go to Hyundai from 2028.").contains("Hyundai → Hyundai"));
        // a unit named after its trade or a place, legal form or not, is no legal name of the family's firm
        assertTrue(parties("Mine stake\n\nThe seller is Marubeni Iron Ore Canada Ltd., and Marubeni will take the ore.")
                .contains("Marubeni → Marubeni"));
        assertTrue(parties("Mine stake\n\nThe seller is Marubeni Australia Ltd, and Marubeni will take the ore.")
                .stream().noneMatch(p -> p.equals("Marubeni → Marubeni Australia Ltd")));
        // a unit named after a place is no legal name of the family's firm: "LG Chem" stays LG Chem
        assertTrue(parties("Plant loan\n\nThe bank lent to LG Chem Wroclaw Energy, the Polish arm of LG Chem, for a cell plant.")
                .contains("LG Chem → LG Chem"));
    }

    @Test
    void aKnownCorporationIsKnownByItsShortLegalForm() {
        assertEquals(List.of("Korea Resources Corp. → Korea Mine Rehabilitation and Mineral Resources Corporation"),
                parties("Stockpile\n\nThe state-run Korea Resources Corp. will run the new warehouses."));
    }

    @Test
    void aDepartmentsFieldWrittenAloneBeforeAVerbIsTheDepartment() {
        List<String> parties = parties("Duties on anode material\n\nThe Commerce Department opened the inquiry in March. Commerce"
                + " found that the imports were sold below fair value. In June, Commerce had set a deposit rate, and Commerce will"
                + " issue its final ruling by October 2, 2027.");
        assertEquals(List.of("Commerce Department → U.S. Department of Commerce", "Commerce → U.S. Department of Commerce",
                "Commerce → U.S. Department of Commerce", "Commerce → U.S. Department of Commerce"), parties);
        // other phrases the field is a word of, and a text that names no such department
        assertEquals(List.of("Commerce Department → U.S. Department of Commerce", "Chamber of Commerce → Chamber of Commerce"),
                parties("Duties\n\nThe Commerce Department opened the inquiry. The Chamber of Commerce said it was pleased. The"
                        + " Commerce Secretary spoke, and trade and commerce will grow."));
        assertTrue(parties("Duties\n\nCommerce found that the imports were sold below fair value.").isEmpty());
        // a field that is a common noun at a sentence's start is no department
        assertTrue(parties("Policing\n\nThe Department of Justice will publish data. Justice is not served when cases go"
                + " unsolved.").stream().noneMatch(p -> p.startsWith("Justice →")));
    }

    @Test
    void aStatesShortFormWithAnInitialIsOneMention() {
        assertEquals(List.of("S. Korea → KR"), parties("Stockpiles\n\nS. Korea will raise its stockpiles of nickel and cobalt."));
    }
}
