package org.accordex.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reports of activity are not commitments (ANNOTATION.md §2): the purpose of done work, a promise being kept, a
 * noun-form cue before a noun phrase, a cue word inside a name, a forecast, a thing's effect; a present directive binds
 * those it directs. Texts written for this test.
 */
class ActivityReportsTest {
    /** A national fact sheet: reports of activity beside real pledges. */
    private static final String FACT_SHEET = "FACT SHEET: Securing American Batteries\n\nThe United States leads on batteries. ";
    /** An order of the President. */
    private static final String ORDER = "EXECUTIVE ORDER: Securing Domestic Cobalt Refining\n\n"
            + "By the authority vested in me as President by the Constitution and the laws of the United States of America, "
            + "it is hereby ordered:\n\n";
    /** A joint statement of two states in their own voice. */
    private static final String STATEMENT = "Joint Statement of Canada and Chile on Copper\n\nCanada and Chile met in Ottawa today. ";

    private static String context(String which) {
        return switch (which) {
            case "factsheet" -> FACT_SHEET;
            case "order" -> ORDER;
            case "statement" -> STATEMENT;
            default -> throw new IllegalArgumentException(which);
        };
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            factsheet | The United States has launched a new effort to expand lithium refining and encourage recycling in partner countries. | none
            factsheet | Last spring, the U.S. Department of Energy hosted workshops to encourage investment in cathode plants.              | none
            factsheet | USAID, with partners, launched a partnership to build nickel processing skills in the region.                     | none
            factsheet | In June, the President signed a memorandum to strengthen domestic magnet production.                             | none
            factsheet | The U.S. Department of Energy developed a plan to protect its battery research laboratories.                      | none
            factsheet | The U.S. Department of Energy is working to speed up permits and encourage private lenders to finance mines.     | none
            factsheet | The Administration is delivering on its promise to rebuild American battery supply chains.                        | none
            factsheet | The United States continues to demonstrate its commitment to energy security.                                     | none
            factsheet | Grants are awarded through the Battery Materials Plan for Allied Producers.                                       | none
            factsheet | The U.S. Department of Energy estimates that cathode output will triple by 2030.                                  | none
            factsheet | The President’s tariffs on imported anodes will protect domestic producers.                                       | none
            factsheet | The rule suspends benefits for traders seeking to evade export controls on graphite.                              | none
            factsheet | **AMERICA WILL LEAD ON BATTERIES:** The United States is the largest market for electric vehicles.                | none
            factsheet | The United States will expand lithium refining capacity by 2028.                                                  | commitment US
            factsheet | Japan and the United States signed a Memorandum of Understanding to coordinate cobalt stockpiles.                  | commitment JP US
            factsheet | Japan signed a memorandum with the United States to co-finance cobalt refineries.                             | commitment JP US
            factsheet | **NEXT STEPS:** The United States remains committed to expanding graphite processing in partner countries.        | commitment US
            order     | (a) This order directs the Secretary of Energy and other Federal agencies to assist and encourage refiners to expand capacity. | obligation US
            order     | (b) The order directs the U.S. Department of Energy to fund research on cobalt recycling.                        | obligation U.S. Department of Energy
            order     | (c) I hereby direct the Secretary of Commerce to review cobalt imports within 90 days.                           | obligation US
            statement | Canada and Chile reaffirmed their commitment to the peaceful settlement of disputes.                             | commitment CA CL
            statement | Canada and Chile share a commitment to transparent and diversified copper markets.                               | none
            statement | Canada and Chile have agreed to coordinate their copper stockpiles.                                              | commitment CA CL
            statement | Chile has joined the Cobalt Club, a grouping of six producers and Canada that seeks to stabilise cobalt markets. | none
            statement | The minister visited the smelter, the hub of a Canadian-funded rail project that aims to carry copper to the coast. | none
            statement | Canada and Chile will launch a copper dialogue that seeks to align their stockpiles.                           | commitment CA CL
            """)
    void reportsOfActivityAreNotCommitments(String which, String sentence, String expected) {
        assertEquals(expected, WhichSentencesCommitTest.lastLine(context(which) + "\n" + sentence + "\n"));
    }

    @Test
    void aCueInTheInfinitiveOfDoneWorkIsAReportAndInOngoingWorkIsOngoing() {
        String done = "The agency launched a program to improve mine safety and encourage training.";
        assertEquals(ActivityReports.Reading.REPORT, ActivityReports.of(done, done.indexOf("encourage"), done.indexOf("encourage") + 9, false));
        String ongoing = "The agency is working to encourage training.";
        assertEquals(ActivityReports.Reading.ONGOING,
                ActivityReports.of(ongoing, ongoing.indexOf("encourage"), ongoing.indexOf("encourage") + 9, false));
        String pledge = "The agency agreed to encourage training.";
        assertEquals(ActivityReports.Reading.COMMITS, ActivityReports.of(pledge, pledge.indexOf("agreed"), pledge.indexOf("agreed") + 9, false));
    }

    @Test
    void aNounFormCueNeedsAVerbAfterItsTo() {
        String s = "our commitment to regional stability";
        assertTrue(ActivityReports.nounPhraseAfter(s, s.indexOf(" to") + 3));
        String v = "our commitment to repeal the duties";
        assertFalse(ActivityReports.nounPhraseAfter(v, v.indexOf(" to") + 3));
        String g = "our commitment to expanding supply";
        assertFalse(ActivityReports.nounPhraseAfter(g, g.indexOf(" to") + 3));
    }

    @Test
    void aCapitalizedCueWordInsideANameIsNoCue() {
        String s = "Funds flow through the President’s Emergency Plan for Battery Recycling.";
        assertTrue(ModalityCues.inName(s, s.indexOf("Plan")));
        String start = "Plans to expand the mine were announced.";
        assertFalse(ModalityCues.inName(start, 0));
    }
}
