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
}
