package org.accordex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.accordex.annotate.Annotator;
import org.accordex.annotate.AnnotatorModels;
import org.accordex.model.SourceDocument;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class PageLayoutTest {
    private static final String HEADER = "Memorandum of Understanding on Critical Minerals";

    @Test
    void runningHeadersFootersAndPageNumbersAreDropped() {
        var paged = PageLayout.of(List.of(
                HEADER + "\n\nThe Participants will cooperate on lithium.\n\nPage 1 of 3\n",
                HEADER + "\n\nThe Participants intend to share geological data.\n\nPage 2 of 3\n",
                HEADER + "\n\nEach Participant will designate a contact point.\n\n3\n"));
        assertEquals("The Participants will cooperate on lithium.\n\nThe Participants intend to share geological data."
                + "\n\nEach Participant will designate a contact point.", paged.text());
        assertEquals(List.of(0, 45, 96), paged.pageStarts());
    }

    @Test
    void aTitleThatRepeatsTheRunningHeaderStays() {
        var paged = PageLayout.of(List.of(HEADER + "\n\n" + HEADER + "\n\nThe Participants will meet.\n",
                HEADER + "\n\nThey will report each year.\n"));
        assertTrue(paged.text().startsWith(HEADER + "\n\nThe Participants will meet."), paged.text());
    }

    @Test
    void aSentenceRunsOnAcrossLinesBlankLinesAndPages() {
        // Some producers put a blank line after every line.
        var paged = PageLayout.of(List.of(
                "1. The Participants will establish a joint working group on rare earth\n\n"
                        + "elements and will invite the private sector to take part in its work\n\n"
                        + "on processing and recycling, and the working group will report to\n",
                "the Ministers every year.\n\n2. Japan will provide a loan of up to USD 300 million.\n"));
        assertEquals("1. The Participants will establish a joint working group on rare earth elements and will invite "
                + "the private sector to take part in its work on processing and recycling, and the working group "
                + "will report to the Ministers every year.\n\n2. Japan will provide a loan of up to USD 300 million.",
                paged.text());
        assertEquals("the Ministers", paged.text().substring(paged.pageStarts().get(1), paged.pageStarts().get(1) + 13));
    }

    @Test
    void lineEndHyphensAreJoinedAndRealHyphensKept() {
        var paged = PageLayout.of(List.of(
                "The Participants intend to remove non-tariff barriers to trade in critical minerals and to commit-\n"
                        + "ment of funds for the processing of graphite, and the U.S.-Japan partnership shall support non-\n"
                        + "tariff measures and the circumven-\ntion rules of the U.S.-\nJapan framework.\n"));
        assertEquals("The Participants intend to remove non-tariff barriers to trade in critical minerals and to "
                + "commitment of funds for the processing of graphite, and the U.S.-Japan partnership shall support "
                + "non-tariff measures and the circumvention rules of the U.S.-Japan framework.", paged.text());
    }

    @Test
    void footnotesLeaveTheSentenceAndTheirMarkersLeaveTheWords() {
        var paged = PageLayout.of(List.of(
                "The Participants affirm that2 they will coordinate their stockpiling of gallium and germanium with\n"
                        + "their partners and will\n\n2 Including the agencies named in the annex.\n",
                "consult each other before any release of stocks.\n\nThe Participants will meet each year.\n"));
        assertEquals("The Participants affirm that they will coordinate their stockpiling of gallium and germanium "
                + "with their partners and will consult each other before any release of stocks.\n\n"
                + "2 Including the agencies named in the annex.\n\nThe Participants will meet each year.", paged.text());
    }

    @Test
    void markersThatOcrReadAsMarksOrLostStillTakeTheFootnotesOutOfTheSentence() {
        var paged = PageLayout.of(List.of(
                "The Ministers will seek,? with their partners, steady supplies of nickel for the smelters and will\n"
                        + "review the tariff schedule.* The agencies will publish the findings of the panel and\n\n"
                        + "1 Including the regional development banks.\n2 Subject to the budget of each year.\n",
                "report to the Ministers each year.\n"));
        assertEquals("The Ministers will seek, with their partners, steady supplies of nickel for the smelters and will "
                + "review the tariff schedule. The agencies will publish the findings of the panel and report to the "
                + "Ministers each year.\n\n1 Including the regional development banks.\n\n2 Subject to the budget of "
                + "each year.", paged.text());
        var unmarked = PageLayout.of(List.of(
                "The agencies will share the data of the survey of lithium deposits with\n\n"
                        + "3 Where the laws of each country allow.\n",
                "their partners and will publish a joint report.\n"));
        assertEquals("The agencies will share the data of the survey of lithium deposits with their partners and will "
                + "publish a joint report.\n\n3 Where the laws of each country allow.", unmarked.text());
        var items = PageLayout.of(List.of("The Parties agreed as follows, as the \"Schedule,\" sets out:\n\n"
                + "1 Each Party shall reduce its tariffs.\n2 Each Party shall notify the other.\n"));
        assertTrue(items.text().contains("1 Each Party shall reduce its tariffs."), items.text());
        assertTrue(items.text().startsWith("The Parties agreed as follows, as the \"Schedule,\" sets out:"), items.text());
    }

    @Test
    void aMarkOnAnAbbreviationOrAWordCutAtThePageEndAlsoTakesTheFootnotesOut() {
        var abbreviated = PageLayout.of(List.of(
                "The U.S.* Task Force on Mine Safety, with its partners,? will publish a survey of the tailings dams\n\n"
                        + "1 Including the state agencies.\n2 As the budget allows.\n",
                "Operators will report each year.\n"));
        assertTrue(abbreviated.text().startsWith("The U.S. Task Force on Mine Safety, with its partners, will publish a "
                + "survey of the tailings dams Operators will"), abbreviated.text());
        var cut = PageLayout.of(List.of(
                "The Parties will keep the stocks of cobalt needed for energy secur-\n\n"
                        + "1 Including the state agencies.\n2 As the budget allows.\n",
                "ity and will consult each year.\n"));
        assertTrue(cut.text().startsWith("The Parties will keep the stocks of cobalt needed for energy security and "
                + "will consult each year."), cut.text());
    }

    @Test
    void aWordCutAtTheLineEndIsJoinedUnlessItsHyphenIsSuspendedOrAPrefixBeforeAWord() {
        var paged = PageLayout.of(List.of(
                "The Participants will act to pre-\nvent disruptions and to reduce sub-\nsidies for smelters, keep "
                        + "science-\nand risk-based rules, remove non-\ntariff barriers and cut each tariff, and meet at "
                        + "least every two month-\ns. The working group will report to the Ministers.\n"));
        assertEquals("The Participants will act to prevent disruptions and to reduce subsidies for smelters, keep "
                + "science- and risk-based rules, remove non-tariff barriers and cut each tariff, and meet at least every "
                + "two months. The working group will report to the Ministers.", paged.text());
    }

    @Test
    void aBracketedMarkAfterAReferenceAndALongWordAfterANarrowColumnGoOn() {
        var paged = PageLayout.of(List.of(
                "The Parties, consistent with Article XXIV\n(8) (b) of the General Agreement, shall remove duties on\n"
                        + "tin as set out in paragraph\n(f) of this Article.\n\nARTICLE 5\n\n(a) Each Party shall publish its "
                        + "rules.\n\n(b) Articles 1 to 6 of the Joint\nRecommendation on Marks apply.\n\nThe Parties may consult each other\n"
                        + "on any matter of joint interest under this\nAgreement at the request of either Party.\n"));
        assertEquals(List.of("The Parties, consistent with Article XXIV (8) (b) of the General Agreement, shall remove duties "
                + "on tin as set out in paragraph (f) of this Article.", "ARTICLE 5", "(a) Each Party shall publish its rules.",
                "(b) Articles 1 to 6 of the Joint Recommendation on Marks apply.",
                "The Parties may consult each other on any matter of joint interest under this Agreement at the request of "
                        + "either Party."), List.of(paged.text().split("\n\n")));
    }

    @Test
    void aFootnoteOnAHeadingLeavesTheBodyAndWaitsPastASentenceThatRefersBack() {
        var paged = PageLayout.of(List.of(
                "ARTICLE II1\n\nThe Parties shall exchange lists of the goods traded at their borders, and shall "
                        + "revise them\n\nwhen either of them asks.\n\nARTICLE III\n\nThis Agreement shall enter into "
                        + "force on signature.\n\n1 As amended by the exchange of letters.\n",
                "It shall remain in force for five years.\n\nEach Party may end it by notice.\n"));
        assertEquals("ARTICLE II\n\nThe Parties shall exchange lists of the goods traded at their borders, and shall "
                + "revise them when either of them asks.\n\nARTICLE III\n\nThis Agreement shall enter into force on "
                + "signature.\n\nIt shall remain in force for five years.\n\n1 As amended by the exchange of letters."
                + "\n\nEach Party may end it by notice.", paged.text());
    }

    @Test
    void aNonBreakingHyphenAndAHyphenTheFontCouldNotDrawReadAsHyphens() {
        var paged = PageLayout.of(List.of(
                "The Participants will build a rules\u2011based market for 21st\u25a0century batteries and a co\ufffdfinanced\n"
                        + "plant, as the partner\u25a0s plan sets out.\n"));
        assertEquals("The Participants will build a rules-based market for 21st-century batteries and a co-financed "
                + "plant, as the partner’s plan sets out.", paged.text());
    }

    @Test
    void aSentenceRunsOnIntoTheNextColumnAfterAFullLine() {
        // Two narrow columns on one page: the second column opens a block of its own.
        var paged = PageLayout.of(List.of(
                "The two countries will fund research on\nbattery recycling and will expand the\nexchange of "
                        + "students under the United\n\nStates Fulbright Program from next year.\n\nThey will also "
                        + "meet each spring.\n"));
        assertEquals("The two countries will fund research on battery recycling and will expand the exchange of "
                + "students under the United States Fulbright Program from next year.\n\nThey will also meet each spring.",
                paged.text());
    }

    @Test
    void aHeadingInTitleCaseAtTheFootOfAPageOrColumnStaysApartFromTheSentenceAfterIt() {
        var paged = PageLayout.of(List.of(
                "The ministers will meet again in the autumn to review the progress of the working groups on trade.\n\n"
                        + "Strengthening Supply Chains: Securing Minerals and Building Processing Capacity\n",
                "The two governments will map the deposits of nickel and cobalt in both countries.\n\n"
                        + "Deepening Ties Between\nOur Universities\n\nThe Parties will fund ten chairs.\n"));
        assertEquals(List.of("The ministers will meet again in the autumn to review the progress of the working groups "
                + "on trade.", "Strengthening Supply Chains: Securing Minerals and Building Processing Capacity",
                "The two governments will map the deposits of nickel and cobalt in both countries.",
                "Deepening Ties Between Our Universities", "The Parties will fund ten chairs."),
                List.of(paged.text().split("\n\n")));
    }

    @Test
    void aFullLineEndingOnInitialsGoesOnPastThePageBreak() {
        var paged = PageLayout.of(List.of(
                "The Secretary will attend the signing of the lease for the new consulate of the U.S.\n",
                "Mission in the northern city, a sign of the growing partnership.\n"));
        assertEquals("The Secretary will attend the signing of the lease for the new consulate of the U.S. Mission in the "
                + "northern city, a sign of the growing partnership.", paged.text());
    }

    @Test
    void aOnePageDocumentsHeaderThatRepeatsItsTitleIsDropped() {
        var paged = PageLayout.of(List.of(
                "Joint Statement of the Ministers on Trade and E\n\nJoint Statement of the Ministers on Trade and\n"
                        + "Energy Security\n\nThe ministers will meet each year.\n\nPage 1 of 1\n"));
        assertEquals("Joint Statement of the Ministers on Trade and Energy Security\n\nThe ministers will meet each year.",
                paged.text());
    }

    @Test
    void aMarkerAfterANumbersCommaLeavesAndANamesDigitOnThePageBeforeAnotherNoteStays() {
        var paged = PageLayout.of(List.of(
                "On May 13,1 2023, the agencies launched the probe Kestrel2 and will share its data with their\n"
                        + "partners and will\n\n1 The date of the launch in Japan.\n",
                "publish them each year in a joint report on the findings of the mission,2 as agreed.\n\n"
                        + "2 Subject to the laws of each country.\n"));
        assertEquals("On May 13, 2023, the agencies launched the probe Kestrel2 and will share its data with their partners "
                + "and will publish them each year in a joint report on the findings of the mission, as agreed.\n\n"
                + "1 The date of the launch in Japan.\n\n2 Subject to the laws of each country.", paged.text());
    }

    @Test
    void recitalsAndListItemsStartParagraphs() {
        var paged = PageLayout.of(List.of(
                "The Government of Canada and the Government of Norway (the \"Participants\"),\n"
                        + "RECOGNIZING the importance of secure supply chains for critical minerals;\n"
                        + "DESIRING to deepen their cooperation; and\n"
                        + "HAVE REACHED the following understanding:\n"
                        + "(a) exchange information on permitting;\n"
                        + "(b) promote joint research.\n"));
        assertEquals(List.of("The Government of Canada and the Government of Norway (the \"Participants\"),",
                "RECOGNIZING the importance of secure supply chains for critical minerals;",
                "DESIRING to deepen their cooperation; and", "HAVE REACHED the following understanding:",
                "(a) exchange information on permitting;", "(b) promote joint research."),
                List.of(paged.text().split("\n\n")));
    }

    @Test
    void aPdfWithHeadersFootersAndHyphenationReadsAsWholeSentences() throws Exception {
        List<List<String>> pages = List.of(
                List.of("The Government of Australia and the Government of India (the Participants) intend to",
                        "establish a joint fund for critical minerals projects. The Participants will jointly fi-",
                        "nance the processing of lithium and cobalt in both countries, and will each provide at"),
                List.of("least AUD 50 million in grants to the fund within twelve months of the signature of",
                        "this Memorandum.",
                        "",
                        "The Participants should encourage their companies to invest in rare earth processing."));
        SourceDocument document = new Ingestor().ingest(pdf(pages), Path.of("mou.pdf"), "mou.pdf");
        String text = document.text();
        assertTrue(text.contains("The Participants will jointly finance the processing of lithium and cobalt in both "
                + "countries, and will each provide at least AUD 50 million in grants to the fund within twelve months "
                + "of the signature of this Memorandum."), text);
        assertFalse(text.contains("Page "), text);
        assertFalse(text.contains("Australia-India Memorandum"), text);
        assertEquals(2, document.info().pages());
        assertEquals(1, document.info().pageOf(text.indexOf("jointly")));
        assertEquals(2, document.info().pageOf(text.indexOf("should encourage")));
    }

    /**
     * A memorandum typeset by groff (gropdf): justified text with hyphenation, a running header with the page number
     * inside it, "Page N" footers, and footnotes whose number is set on a line of its own.
     */
    @Test
    void aTypesetPdfGivesWholeSentencesWithPages() throws Exception {
        Path file = Path.of("src/test/resources/pdf/canada-norway-mou-groff.pdf");
        SourceDocument document = new Ingestor().ingest(file, file.toString());
        var annotation = new Annotator(AnnotatorModels.bundled()).annotate(document, null);
        assertEquals(4, document.info().pages());
        assertTrue(annotation.commitments().size() >= 30, annotation.commitments().toString());
        for (var c : annotation.commitments()) {
            assertTrue(c.text().matches("(?s).*[.;:]$"), "a fragment: " + c.text());
            assertTrue(c.page() != null && c.page() >= 1 && c.page() <= 4, c.toString());
        }
        assertFalse(document.text().contains("Draft for signature"), "running header kept");
        assertFalse(document.text().matches("(?s).*\\bPage \\d.*"), "footer kept");
        assertFalse(document.text().contains("ex-change"), "line-end hyphen kept");
        assertTrue(document.text().contains("co-finance"), "real hyphen lost");
    }

    /** A PDF with a running header and a "Page i of n" footer on each page, as word processors write them. */
    static byte[] pdf(List<List<String>> pages) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                List<String> lines = new ArrayList<>();
                lines.add("Australia-India Memorandum on Critical Minerals");
                lines.add("");
                lines.addAll(pages.get(p));
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.setLeading(15);
                    content.newLineAtOffset(60, 780);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                    content.beginText();
                    content.setFont(font, 9);
                    content.newLineAtOffset(270, 40);
                    content.showText("Page " + (p + 1) + " of " + pages.size());
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aRecitalOpenedByAParticipleInTitleCaseIsAParagraphWhereTheBlankLineWasLost() {
        var paged = PageLayout.of(List.of(String.join("\n",
                "The Government of the Republic of Kestrel and the Government of the Federation of Marlow,",
                "Desiring to deepen the ties of trade and friendship between the two peoples and their ports;",
                "Convinced that open markets serve the growth of both economies and of the region as a whole;",
                "Noting the work of their customs services on the rules of origin of goods traded between them,",
                "Have agreed as follows:",
                "",
                "The Parties shall meet each year, and the Kingdom of Lund, the Republic of Ostmark,",
                "United Provinces of Tarn and the Marlow Trading Company shall be invited as observers.")));
        String text = paged.text();
        assertTrue(text.contains("Federation of Marlow,\n\nDesiring to deepen"), text);
        assertTrue(text.contains("their ports;\n\nConvinced that"), text);
        assertTrue(text.contains("a whole;\n\nNoting the work"), text);
        assertTrue(text.contains("Republic of Ostmark, United Provinces of Tarn"), "a name goes on after a comma: " + text);
    }
}
