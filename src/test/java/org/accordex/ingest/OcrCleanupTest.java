package org.accordex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A scan's OCR pages put right by what the rest of the document writes: lines of marks from ruled lines and
 * signatures dropped, misread characters inside words and numbers exchanged back, and nothing else touched.
 */
class OcrCleanupTest {
    @Test
    void marksFromARuleOrASignatureAreNoLine() {
        Map<String, Integer> counts = Map.of("Lithium", 2, "Date", 1, "AAA", 2);
        assertTrue(OcrCleanup.isMarks("\\#H#", counts));
        assertTrue(OcrCleanup.isMarks("  \\tHHE ", counts));
        assertTrue(OcrCleanup.isMarks("_____ ~~ ___", counts));
        assertTrue(OcrCleanup.isMarks("WAAWAW AA", counts), "a signature's strokes read as letters");
        assertFalse(OcrCleanup.isMarks("Date: ____________", counts), "a signature block's words stay");
        assertFalse(OcrCleanup.isMarks("| Lithium | 2026 |", counts), "a table row read with its rules stays");
        assertFalse(OcrCleanup.isMarks("ARTICLE 4", counts));
        assertFalse(OcrCleanup.isMarks("AAA", counts), "a word the document writes again");
        assertFalse(OcrCleanup.isMarks("x", counts));
        assertFalse(OcrCleanup.isMarks("— 3 —", counts));
    }

    @Test
    void aLeadInKeepsItsItemsAcrossARuleReadAsMarks() {
        List<String> pages = OcrCleanup.of(List.of(
                "The Ministries will support projects in areas such as:\n\nPage 1 of 2",
                "\\HHt#t\n\n- the processing of graphite and nickel;\n- the training of mine inspectors.\n\nPage 2 of 2"));
        String text = PageLayout.of(pages).text();
        assertFalse(text.contains("HH"), text);
        assertTrue(text.contains("such as:\n\n- the processing"), text);
    }

    @Test
    void misreadLettersArePutRightToTheDocumentsOwnWords() {
        List<String> pages = OcrCleanup.of(List.of(String.join("\n",
                "The Republic of Kestrel and the Federation of Marlow will deepen cooperation on critical",
                "minerals. Cooperation on minerals is a priority, and the Parties will extend their cooperatlon",
                "to the refining of minera1s and to the recycling of batteries by 31 December 2O25. The",
                "[AEA and the IAEA secretariat will inform the IAEA board. Federation officials will meet stakeho-",
                "Iders, and stakeholders will hear stakeholders. The parthership between the partnership's members",
                "and the partnership council is a clear one. Its security and food security rest on energy securl-",
                "ty.")));
        String text = pages.get(0);
        assertTrue(text.contains("their cooperation"), text);
        assertTrue(text.contains("refining of minerals"), text);
        assertTrue(text.contains("31 December 2025"), text);
        assertTrue(text.contains("The\nIAEA and"), text);
        assertTrue(text.contains("stakeho-\nlders,"), text);
        assertTrue(text.contains("The partnership between"), text);
        assertTrue(text.contains("energy securi-\nty."), text);
        assertTrue(text.contains("a clear one"), "a word the document does not write twice in another form stays");
    }

    @Test
    void aFullStopReadAsACommaBeforeASentencesFirstWordIsAFullStop() {
        String page = OcrCleanup.of(List.of("The agencies will hold hearings across the region, The Ministers will\n"
                + "report by June, the Executive Director, The Kestrel Trust, and The Hague court agreed.")).get(0);
        assertEquals("The agencies will hold hearings across the region. The Ministers will\n"
                + "report by June, the Executive Director, The Kestrel Trust, and The Hague court agreed.", page);
        assertEquals("the findings.\n\nThe panel will meet.",
                OcrCleanup.of(List.of("the findings,\n\nThe panel will meet.")).get(0), "across a blank line OCR put in");
    }

    @Test
    void wordsAndNumbersThatAreRightStay() {
        String page = String.join("\n",
                "The Parties will hold talks on 6G networks and on CO2, H2O and G7 matters under Title I11;",
                "that commitment1 stays as it was. Minerals, minerals and mines: nine mines, the mines.");
        assertEquals(page, OcrCleanup.of(List.of(page)).get(0));
        assertEquals("2024", OcrCleanup.fix("2O24", Map.of()));
        assertEquals("100", OcrCleanup.fix("1O0", Map.of()));
        assertEquals("IO", OcrCleanup.fix("IO", Map.of()));
    }

    @Test
    void anAcronymWhoseLeadingIOcrLostOrMisreadIsTheOneTheDocumentWrites() {
        String page = OcrCleanup.of(List.of(String.join("\n",
                "The IRB and the IRB staff will brief the IRB board. The Parties will form an RB working group and",
                "a TRB panel. The EU and the EU members will meet; the IEU is a union of two firms.",
                "The TSA will screen. The ISA and the ISA fund and the ISA board and the TSA staff agree."))).get(0);
        assertTrue(page.contains("form an IRB working group"), page);
        assertTrue(page.contains("a IRB panel"), page);
        assertTrue(page.contains("The EU and the EU members"), "an acronym the document writes more often stays: " + page);
        assertTrue(page.contains("The TSA will screen"), "not written twice as often as the other: it stays: " + page);
    }

    @Test
    void aRomanNumeralAfterAPartsNameReadAsDigitsIsRomanWhereTheDocumentNumbersThatPartSo() {
        String page = OcrCleanup.of(List.of(String.join("\n",
                "The rules in Annex 1 and the list in Annex II apply; Annex 111 sets the fees. Each Party shall",
                "apply Article 3 and Article 11 of Chapter 2. The Tier II firms and the Tier 1 firms report."))).get(0);
        assertTrue(page.contains("in Annex I and the list in Annex II"), page);
        assertTrue(page.contains("Annex III sets"), page);
        assertTrue(page.contains("Article 3 and Article 11 of Chapter 2"), "Arabic-numbered parts stay: " + page);
        assertTrue(page.contains("the Tier I firms"), page);
        String arabic = "Annex 1 lists the goods, Annex 2 the fees; Annex II of the other treaty applies.";
        assertEquals(arabic, OcrCleanup.of(List.of(arabic)).get(0), "annexes also numbered 2: the 1 is a one");
    }

    @Test
    void aFullStopReadAsACommaBeforeAClausesOpeningWordIsAFullStop() {
        String page = OcrCleanup.of(List.of("Neither Party shall audit firms in the territory of the other, For the purposes of\n"
                + "this Article, each Party shall inform the other, Each Party may ask for talks, If asked, the\n"
                + "Party shall reply to the Centre For Policy, In Trust and the Board, Such Ltd.")).get(0);
        assertEquals("Neither Party shall audit firms in the territory of the other. For the purposes of\n"
                + "this Article, each Party shall inform the other. Each Party may ask for talks. If asked, the\n"
                + "Party shall reply to the Centre For Policy, In Trust and the Board, Such Ltd.", page);
    }

    @Test
    void aBulletReadAsAnotherMarkIsABulletAgainWhereTheDocumentListsItems() {
        List<String> pages = OcrCleanup.of(List.of(String.join("\n",
                "The two Ministries will work with willing partners to:",
                "",
                "* Map the storage sites of grain in the coastal provinces.",
                "",
                "¢ Expand the training of soil scientists.",
                "",
                "+ Review the rules on seed imports.",
                "",
                "« Report to the Council each year.",
                "",
                "The sum of 3 + 4 and the price of 5 ¢ stay as written.")));
        String text = pages.get(0);
        assertTrue(text.contains("\n• Expand the training"), text);
        assertTrue(text.contains("\n• Review the rules"), text);
        assertTrue(text.contains("\n• Report to the Council"), text);
        assertTrue(text.contains("\n* Map the storage"), "a mark read as a bullet already stays: " + text);
        assertTrue(text.contains("3 + 4 and the price of 5 ¢ stay"), "marks inside a line stay: " + text);
        String single = "The Council met in March.\n+ Annual dues were paid.";
        assertEquals(single, OcrCleanup.of(List.of(single)).get(0), "one such line is no list");
    }

    @Test
    void aQuoteMarkReadForAWordsOpeningSmallIIsTheI() {
        String page = OcrCleanup.of(List.of(String.join("\n",
                "The Parties will invite investment in ports; investment in rail and ‘nvestment in roads follow.",
                "The ‘ncrease of dues is a ‘rule’ of the 'nstitute, and the word ‘nation’ stays quoted."))).get(0);
        assertTrue(page.contains("rail and investment in roads"), page);
        assertTrue(page.contains("The ‘ncrease of dues"), "a word the document does not write with the i stays: " + page);
        assertTrue(page.contains("a ‘rule’ of"), page);
        assertTrue(page.contains("the word ‘nation’ stays"), page);
    }

    @Test
    void anExclamationMarkAfterAParagraphsNameIsAOne() {
        String page = OcrCleanup.of(List.of(
                "Measures taken under paragraph! shall be lifted, and those under Article ! and Section 2 stay. What a day!")).get(0);
        assertEquals("Measures taken under paragraph1 shall be lifted, and those under Article 1 and Section 2 stay. What a day!",
                page);
    }
}
