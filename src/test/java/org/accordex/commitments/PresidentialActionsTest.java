package org.accordex.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.accordex.model.Commitment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Executive orders, proclamations and memoranda: the issuing state's officials act for it alone, also where the order
 * implements a deal with another state; those consulted do not act; statements of what a duty amounts to commit no one;
 * list items go on their lead-in. Texts written for this test; the last line is the one checked ("modality parties", or
 * "none").
 */
class PresidentialActionsTest {
    /** An order implementing a deal with a second state. */
    private static final String DEAL_ORDER = "Implementing the United States–Chile Copper Agreement\n\n"
            + "By the authority vested in me as President by the Constitution and the laws of the United States of America,"
            + " it is hereby ordered:\n\n"
            + "Section 1. Background. The United States and Chile concluded an agreement on copper trade.\n\n";
    /** A memorandum to one official. */
    private static final String MEMO = "MEMORANDUM FOR THE SECRETARY OF ENERGY\n\n"
            + "SUBJECT: Determination on Copper Smelting\n\n"
            + "By the authority vested in me as President by the Constitution and the laws of the United States of America,"
            + " I hereby determine that copper smelting is essential to the national defense.\n\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            (c) Within 7 days of the date of this order, the Secretary of Commerce shall publish a notice on copper duties. | obligation US
            (d) The Secretary, in consultation with the Trade Representative and the Chair of the United States International Trade Commission, shall review copper imports. | obligation US
            (e) The Secretary and the Secretary of Homeland Security are directed and authorized to take all necessary actions on copper imports. | obligation US
            (f) All executive departments and agencies shall take all appropriate measures to implement this order on copper. | obligation US
            Provided Chile meets these requirements, the United States intends to lower its duties on copper wire. | intent US
            Chile will buy $2 billion of copper concentrate from United States mines. | commitment CL
            Imports of copper cathodes in excess of the quota shall remain subject to the duties in the proclamation. | none
            Imports of copper rods shall instead be subject to a 10 percent tariff. | none
            For a product of Chile with a rate below 15 percent, the additional rate of duty on copper shall be 15 percent. | none
            The tariffs on copper wire set forth in subsection (a) shall apply retroactively. | none
            (b) The terms of the earlier order on copper shall continue to apply to products of Chile. | none
            In section 4 of Executive Order 14257, I directed the Secretary to monitor copper imports. | none
            This “Chile Model” shall be used for up to two copper smelters. | obligation US
            For products of Chile, Peru, Japan, or Korea, the Secretary shall publish the copper duty rates. | obligation US
            In my judgment, this modification will incentivize greater use of American copper. | none
            The permitting of copper mines is slow. This will now change. | none
            """)
    void anOrderBindsTheStateThatIssuesIt(String sentence, String expected) {
        assertEquals(expected, WhichSentencesCommitTest.lastLine(DEAL_ORDER + sentence + "\n"));
    }

    @Test
    void aMemorandumsYouIsTheOfficialItIsAddressedTo() {
        assertEquals("obligation US", WhichSentencesCommitTest.lastLine(
                MEMO + "You are authorized and directed to implement this determination for copper smelters.\n"));
    }

    @Test
    void itemsThatOpenWithTheirVerbGoOnTheLeadIn() {
        String text = DEAL_ORDER + "Sec. 2. Actions. (a) The Secretary of the Interior shall take all necessary steps to:\n\n"
                + "(i) rescind the copper lease rule, 89 Fed. Reg. 38712 (May 7, 2024);\n\n"
                + "(ii) reinstate the following land orders in their original form:\n\n"
                + "1. Land Order No. 71, signed by the Secretary on January 11, 2021;\n\n"
                + "1. Land Order No. 72, signed by the Secretary on January 16, 2021; and\n\n"
                + "(iii) immediately review all guidance on copper leases to determine if any such guidance should be revoked;\n\n"
                + "(iv) describe a plan that says which firms will build copper smelters.\n";
        List<Commitment> found = WhoCommitsTest.annotate(text).commitments().stream()
                .filter(c -> c.start() >= DEAL_ORDER.length()).toList();
        assertEquals(List.of(
                "obligation US take all necessary",
                "obligation US rescind the copper",
                "obligation US reinstate the following",
                "obligation US review all guidance",
                "obligation US describe a plan"), found.stream().map(PresidentialActionsTest::summary).toList());
        // "Fed. Reg." does not end the item
        assertEquals("(i) rescind the copper lease rule, 89 Fed. Reg. 38712 (May 7, 2024);", found.get(1).text());
    }

    @Test
    void productsNamedInAListAreNoActs() {
        String text = DEAL_ORDER + "Sec. 2. (a) The Secretary of Commerce shall initiate an investigation of imports of copper"
                + " in all forms, including:\n\n(i) refined copper;\n\n(ii) copper alloys; and\n\n(iii) scrap copper.\n";
        assertEquals(1, WhoCommitsTest.annotate(text).commitments().stream().filter(c -> c.start() >= DEAL_ORDER.length()).count());
    }

    @Test
    void theMembersOfACouncilAreNoActs() {
        String text = DEAL_ORDER + "Sec. 3. Membership. (a) The Copper Council shall include the following members:\n\n"
                + "(i) the Secretary of the Interior;\n\n(ii) the Deputy Administrator of the Small Business Administration;"
                + "\n\n(iii) The Assistant to the President for Economic Policy (non-voting member); and\n\n"
                + "(iv) such other officials as the Chair may designate.\n";
        assertEquals(List.of("obligation Copper Council include the following"), WhoCommitsTest.annotate(text).commitments().stream()
                .filter(c -> c.start() >= DEAL_ORDER.length()).map(PresidentialActionsTest::summary).toList());
    }

    @Test
    void peopleAnOrderNamesAreNoActs() {
        String text = DEAL_ORDER + "Sec. 4. Pardons. The President will grant pardons to the following people:\n\n"
                + "- A retired copper smelter and volunteer firefighter who coaches youth football in his town;\n\n"
                + "- A welder who trained apprentices for two decades.\n";
        assertEquals(1, WhoCommitsTest.annotate(text).commitments().stream().filter(c -> c.start() >= DEAL_ORDER.length()).count());
    }

    @Test
    void itemsThatSayWhatAPartnerMustDoForTheLeadInToApplyCommitNoOne() {
        String text = DEAL_ORDER + "(a) The model shall be used for copper smelters, provided that the foreign partner:\n\n"
                + "(i) builds a new smelter in the United States; and\n\n(ii) hires a local workforce.\n";
        assertEquals(1, WhoCommitsTest.annotate(text).commitments().stream().filter(c -> c.start() >= DEAL_ORDER.length()).count());
    }

    @Test
    void aRecommendedThingInAReportIsNoRecommendation() {
        assertEquals("obligation US", WhichSentencesCommitTest.lastLine(DEAL_ORDER + "(a) Within 90 days of the date of this"
                + " order, the Secretary shall submit a report that includes:\n\n(i) a recommended national policy on copper"
                + " recycling;\n"));
    }

    @Test
    void itemsThatSayWhenAnOrderAppliesCommitNothing() {
        String order = DEAL_ORDER + "Sec. 2. Policy. No agency shall issue a copper export license to a firm when any of the"
                + " following applies:\n\n(a) the firm is owned by a foreign adversary;\n\n(b) the firm has been fined for"
                + " smuggling within the past 3 years.\n";
        assertEquals("none", WhichSentencesCommitTest.lastLine(order));
        assertEquals(1, WhoCommitsTest.annotate(order).commitments().stream().filter(c -> c.start() >= DEAL_ORDER.length()).count());
    }

    @Test
    void aReportCalledForElsewhereIsNoCallButItsOwnDuty() {
        Commitment c = WhoCommitsTest.annotate(DEAL_ORDER + "Sec. 3. (b) The copper study called for in subsection (a) of"
                + " this section shall not recommend new fees on smelters.\n").commitments().get(0);
        assertEquals("obligation US not recommend new", summary(c));
    }

    /** A proclamation whose numbered recitals recount a report before its operative "NOW, THEREFORE". */
    private static final String PROCLAMATION = "Adjusting Imports of Cobalt Into the United States\n\n"
            + "BY THE PRESIDENT OF THE UNITED STATES OF AMERICA\n\nA PROCLAMATION\n\n"
            + "1. On March 3, 2026, the Secretary of Commerce sent me a report on imports of cobalt.\n\n";
    private static final String OPERATIVE = "NOW, THEREFORE, I, the President of the United States of America, by the"
            + " authority vested in me, do hereby proclaim as follows:\n\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2. The Secretary recommended that I impose a 20 percent duty on cobalt mattes. | none
            The Secretary also recommended a phased tariff on cobalt oxide of 10 percent. | none
            3. In that proclamation, I also instructed the Secretary to keep monitoring cobalt imports. | none
            4. The Secretary further urged that nickel be added to the cobalt study. | none
            I have called on the Congress to fund two cobalt refineries. | recommendation United States Congress
            I called on the Congress to fund two cobalt refineries. | none
            """)
    void theRecitalsRecountWhatWasRecommendedAndOrdered(String sentence, String expected) {
        String text = PROCLAMATION + sentence + "\n\n" + OPERATIVE + "(1) The Secretary shall monitor imports of cobalt.\n";
        int start = PROCLAMATION.length();
        int end = start + sentence.length();
        assertEquals(expected, WhoCommitsTest.annotate(text).commitments().stream().filter(c -> c.start() < end && c.end() > start)
                .findFirst().map(c -> c.modality().name().toLowerCase() + " " + String.join(" ", c.parties())).orElse("none"));
        assertEquals("obligation US", WhichSentencesCommitTest.lastLine(text));
    }

    @Test
    void theOperativePartStillBindsAndADirectiveWithoutRecitalsIsKept() {
        assertEquals("obligation US", WhichSentencesCommitTest.lastLine(PROCLAMATION + "2. The Secretary recommended a duty.\n\n"
                + OPERATIVE + "(1) The Secretary shall continue to monitor imports of cobalt.\n"));
        // no "NOW, THEREFORE": no recitals to recount in; the fact sheet's past directive is read as before
        assertEquals("commitment US", WhichSentencesCommitTest.lastLine(DEAL_ORDER
                + "Sec. 2. I instructed the Secretary to fund two cobalt refineries.\n"));
    }

    @Test
    void itemsThatAreConditionsOnGoodsAreNoActs() {
        String text = PROCLAMATION + OPERATIVE + "(5) The Secretary shall refund the duties paid on goods that meet the"
                + " following conditions:\n\n(a) The good is a product of Chile;\n\n(b) At least 60 percent of the good's"
                + " content is cobalt.\n";
        assertEquals(List.of("obligation US refund the duties"), WhoCommitsTest.annotate(text).commitments().stream()
                .filter(c -> c.start() >= PROCLAMATION.length()).map(PresidentialActionsTest::summary).toList());
        assertEquals("obligation US", WhichSentencesCommitTest.lastLine(PROCLAMATION + OPERATIVE + "(5) The Secretary shall"
                + " approve refunds that meet the following conditions:\n\n(a) The good is a product of Chile;\n\n"
                + "(b) the Secretary shall publish each approved refund.\n"));
    }

    /** A lead-in whose words after the modal name no act commits through its items only. */
    @Test
    void aLeadInThatNamesNoActIsNoCommitmentOfItsOwn() {
        String text = DEAL_ORDER + "Sec. 2. Copper Supply. (a) The Secretary of Energy shall, promptly and in consultation "
                + "with the Secretary of Commerce:\n\n(i) assess the capacity of copper smelters;\n\n"
                + "(ii) report on copper stocks.\n";
        assertEquals(List.of("obligation US assess the capacity", "obligation US report on copper"),
                WhoCommitsTest.annotate(text).commitments().stream().map(PresidentialActionsTest::summary).toList());
        // a modal that stands for a verb left out says nothing of what is pledged
        assertEquals("none", WhichSentencesCommitTest.lastLine(DEAL_ORDER + "If you can recycle copper, I hope you will.\n"));
    }

    /** Modality, parties and the action's first three words. */
    private static String summary(Commitment c) {
        String[] words = c.action().split(" ");
        return c.modality().name().toLowerCase() + " " + String.join(" ", c.parties()) + " "
                + String.join(" ", java.util.Arrays.copyOf(words, Math.min(3, words.length)));
    }

    /** Staff named by their function take a measure a duty binds them to, whatever verb it has ("reduce", "lower"). */
    @Test
    void staffBoundByADutyTakeTheMeasure() {
        String text = PROCLAMATION + OPERATIVE + "Sec. 2. (a) Port inspectors shall reduce the number of cobalt samples"
                + " they test.\n\n(b) Each agency shall lower the fees it charges cobalt importers.\n\n"
                + "(c) Cobalt prices must fall before any refund is paid.\n";
        assertEquals(List.of("obligation US reduce the number", "obligation US lower the fees"),
                WhoCommitsTest.annotate(text).commitments().stream().filter(c -> c.start() >= PROCLAMATION.length())
                        .map(PresidentialActionsTest::summary).toList());
    }

    /** "shall not apply to:" before a list of persons says how far the rule reaches; neither it nor its items commit. */
    @Test
    void aRuleThatDoesNotApplyToAListIsNoCommitment() {
        String text = PROCLAMATION + OPERATIVE + "Sec. 3. The duty set out in section 2 of this proclamation shall not"
                + " apply to:\n\n(i) any importer with a valid refinery license;\n\n(ii) any cobalt shipped before"
                + " June 1, 2026.\n\nSec. 4. The Secretary shall publish a list of licensed refiners.\n";
        assertEquals(List.of("obligation US publish a list"),
                WhoCommitsTest.annotate(text).commitments().stream().filter(c -> c.start() >= PROCLAMATION.length())
                        .map(PresidentialActionsTest::summary).toList());
    }

    /** An order's "directed the Secretary of … (the Secretary) to" binds the official its defined short name names. */
    @Test
    void aDirectionToAnOfficialWithADefinedShortNameBinds() {
        assertEquals("commitment US", WhichSentencesCommitTest.lastLine(MEMO + "The President has directed the Secretary of"
                + " Energy (the Secretary) to survey copper smelters across the country.\n"));
        // an acronym after the body is as often a past report's: "The 1990 order directed … (AMS) to …" recounts
        assertEquals("none", WhichSentencesCommitTest.lastLine(MEMO + "The 1990 order by a former President directed the"
                + " Agency for Mineral Supply (AMS) to stockpile copper cathodes.\n"));
    }

    /** The speakers' "we must remember / recognize …" asks them to keep something in mind: no act; an order binds. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In honoring their work, we must also recognize the dangers tin miners have faced underground. | none
            We must remember the miners who never came home from the cobalt pits.                          | none
            We also must acknowledge what the copper mines cost their towns.                               | none
            We must recognize and fund the work of the tin miners clinics.                                | obligation US
            We must rededicate ourselves to making every cobalt mine safe.                                 | obligation US
            The Federal Government must recognize the right of tin miners to bargain.                        | obligation US
            """)
    void whatTheSpeakersKeepInMindIsNoAct(String sentence, String expected) {
        assertEquals(expected, WhichSentencesCommitTest.lastLine(PROCLAMATION + sentence + "\n"));
    }

    /** An item that opens with its verb keeps the lead-in's duty, whatever "will" a question clause on its object holds. */
    @Test
    void aCueInAnItemsQuestionClauseLeavesTheItemToTheLeadIn() {
        String text = DEAL_ORDER + "Sec. 3. Before awarding any grant, the Secretary of Energy shall take these steps:\n\n"
                + "(1) Obtain the approval of the Board for each copper grant;\n\n(2) Submit a budget to the Board showing how"
                + " the Department will pay for the copper guards;\n\n(3) Draft a memo on what the smelters will need; and\n\n"
                + "(4) Publish a notice on copper smelters.\n";
        assertEquals(List.of(
                "obligation US take these steps",
                "obligation US Obtain the approval",
                "obligation US Submit a budget",
                "obligation US Draft a memo",
                "obligation US Publish a notice"),
                WhoCommitsTest.annotate(text).commitments().stream().filter(c -> c.start() >= DEAL_ORDER.length())
                        .map(PresidentialActionsTest::summary).toList());
    }

    /** An act named by its noun as the bare subject ("Protection of …") of what it brings about commits no one. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Protection of the cobalt basin will preserve its fossil beds for the generations to come. | manage the monument
            Restoration of the old tin workings will ensure clean water for the valley towns.         | manage the monument
            The Secretary will preserve the fossil beds of the cobalt basin.                          | preserve the fossil beds of the cobalt basin; manage the monument
            """)
    void anActNamedAsTheSubjectOfItsEffectIsNoPledge(String sentence, String expected) {
        String text = "A Proclamation on the Cobalt Basin National Monument\n\nThe cobalt basin holds rich fossil beds.\n\n"
                + sentence + "\n\nNOW, THEREFORE, I, JANE Q. DOE, President of the United States of America, by the authority"
                + " vested in me, hereby proclaim the cobalt basin to be a national monument.\n\nThe Secretary shall manage"
                + " the monument.\n";
        assertEquals(expected, String.join("; ", WhoCommitsTest.annotate(text).commitments().stream()
                .map(Commitment::action).toList()));
    }
}
