package org.accordex.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeadlineGrammarTest {
    private static final LocalDate DOCUMENT_DATE = LocalDate.of(2025, 10, 28);

    /** Each phrase inside a sentence: the span found, its norm and its due date from 2025-10-28. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "within six months                   | P6M     | 2026-04-28",
            "within 180 days                     | P180D   | 2026-04-26",
            "within six (6) months               | P6M     | 2026-04-28",
            "within one year                     | P1Y     | 2026-10-28",
            "within a year                       | P1Y     | 2026-10-28",
            "within a decade                     | P10Y    | 2035-10-28",
            "within one (1) year                 | P1Y     | 2026-10-28",
            "within 90 days                      | P90D    | 2026-01-26",
            "Within 90 days                      | P90D    | 2026-01-26",
            "within 15 days                      | P15D    | 2025-11-12",
            "within two weeks                    | P2W     | 2025-11-11",
            "within thirty (30) days             | P30D    | 2025-11-27",
            "within twenty-four months           | P24M    | 2027-10-28",
            "within one hundred and eighty days  | P180D   | 2026-04-26",
            "within the next three years         | P3Y     | 2028-10-28",
            "within a period of two years        | P2Y     | 2027-10-28",
            "within a time frame of four years   | P4Y     | 2029-10-28",
            "within a timeframe of 3 years       | P3Y     | 2028-10-28",
            "within the time frame of 2 years    | P2Y     | 2027-10-28",
            "within a second time frame of 6 years | P6Y   | 2031-10-28",
            "within the period of 45 days        | P45D    | 2025-12-12",
            "over the next ten years             | P10Y    | 2035-10-28",
            "over the next decade                | P10Y    | 2035-10-28",
            "over the next five years            | P5Y     | 2030-10-28",
            "in the next six months              | P6M     | 2026-04-28",
            "within the next two quarters        | P6M     | 2026-04-28",
            "during the next 12 months           | P12M    | 2026-10-28",
            "over a period of three years        | P3Y     | 2028-10-28",
            "no later than 270 days              | P270D   | 2026-07-25",
            "not later than 30 days              | P30D    | 2025-11-27",
            "by 2030                             | 2030    | 2030-12-31",
            "by the year 2031                    | 2031    | 2031-12-31",
            "by the end of 2025                  | 2025-12-31 | 2025-12-31",
            "by end-2027                         | 2027-12-31 | 2027-12-31",
            "by end 2028                         | 2028-12-31 | 2028-12-31",
            "by year-end 2026                    | 2026-12-31 | 2026-12-31",
            "by year end                         | 2025-12-31 | 2025-12-31",
            "by year-end                         | 2025-12-31 | 2025-12-31",
            "by the end of the year              | 2025-12-31 | 2025-12-31",
            "by the end of this year             | 2025-12-31 | 2025-12-31",
            "by the end of next year             | 2026-12-31 | 2026-12-31",
            "no later than 30 June 2026          | 2026-06-30 | 2026-06-30",
            "by not later than 1 March 2027      | 2027-03-01 | 2027-03-01",
            "prior to 1 July 2027                | 2027-07-01 | 2027-07-01",
            "not later than June 30, 2026        | 2026-06-30 | 2026-06-30",
            "until November 10, 2026             | 2026-11-10 | 2026-11-10",
            "before December 31, 2026            | 2026-12-31 | 2026-12-31",
            "by March 2027                       | 2027-03    | 2027-03-31",
            "by the end of March 2027            | 2027-03-31 | 2027-03-31",
            "by mid-2026                         | 2026-06-30 | 2026-06-30",
            "by the first quarter of 2026        | 2026-03-31 | 2026-03-31",
            "by Q3 2026                          | 2026-09-30 | 2026-09-30",
            "through 2028                        | 2028       | 2028-12-31",
            "by the close of 2026                | 2026-12-31 | 2026-12-31",
            "no later than 1 January 2027        | 2027-01-01 | 2027-01-01",
            "during the last two months of 2025  | 2025-11/2025-12 | 2025-12-31",
            "by 31st December 2026               | 2026-12-31 | 2026-12-31",
            "by Friday, November 14, 2025        | 2025-11-14 | 2025-11-14",
            "by June of 2027                     | 2027-06    | 2027-06-30",
            "at the latest on 30 June 2027       | 2027-06-30 | 2027-06-30",
            "by the end of calendar year 2026    | 2026-12-31 | 2026-12-31",
            "over the next three fiscal years    | P3Y     | 2028-10-28",
            "at the latest by March 2027         | 2027-03    | 2027-03-31",
            "in the first half of 2026           | 2026-06-30 | 2026-06-30",
            "by the second half of 2027          | 2027-12-31 | 2027-12-31",
            "during the 2nd half of 2026         | 2026-12-31 | 2026-12-31",
            "by the end of the first half of 2027 | 2027-06-30 | 2027-06-30",
            "in the third quarter of 2026        | 2026-09-30 | 2026-09-30",
            "by the fall of 2026                 | 2026-11-30 | 2026-11-30",
            "by autumn 2026                      | 2026-11-30 | 2026-11-30",
            "by spring 2027                      | 2027-05-31 | 2027-05-31",
            "no later than the summer of 2026    | 2026-08-31 | 2026-08-31",
            "by the winter of 2026               | 2027-02-28 | 2027-02-28",
            "by June of next year                | 2026-06    | 2026-06-30",
            "by the end of March of next year    | 2026-03-31 | 2026-03-31",
            "within 48 hours                     | PT48H   | 2025-10-30",
            "within 36 hours                     | PT36H   | 2025-10-30",
            "over the next three and a half years | P3Y6M  | 2029-04-28",
            "within two and a half months        | P2M15D  | 2026-01-12",
            "by the end of next month            | 2025-11-30 | 2025-11-30",
            "by the end of this month            | 2025-10-31 | 2025-10-31",
            "by next month                       | 2025-11    | 2025-11-30",
            "in a period not exceeding four months | P4M   | 2026-02-28",
            "within a period not exceeding 90 days | P90D  | 2026-01-26",
            "by the end of the decade            | 2029-12-31 | 2029-12-31",
            "by the end of this decade           | 2029-12-31 | 2029-12-31",
            "by next March                       | 2026-03    | 2026-03-31",
            "by next October                     | 2026-10    | 2026-10-31",
            "by early 2027                       | 2027-04-30 | 2027-04-30",
            "by late-2026                        | 2026-12-31 | 2026-12-31",
            "by next year                        | 2026       | 2026-12-31",
            "in the next calendar year           | 2026       | 2026-12-31",
            "in the first half of next year      | 2026-06-30 | 2026-06-30",
            "by the end of the first quarter of next year | 2026-03-31 | 2026-03-31",
            "by spring next year                 | 2026-05-31 | 2026-05-31",
            "by early next year                  | 2026-04-30 | 2026-04-30",
            "by the fourth quarter of this year  | 2025-12-31 | 2025-12-31",
            "within20 days                       | P20D    | 2025-11-17",
            "withinsix months                    | P6M     | 2026-04-28",
            "in a period not exceedingsix months | P6M     | 2026-04-28",
            "no later than31 days                | P31D    | 2025-11-28",
    })
    void tagsAndNormalizes(String phrase, String norm, String due) {
        String sentence = "The Participants will act " + phrase + " to support projects.";
        List<Candidate> found = DeadlineGrammar.find(sentence, 0, sentence.length(), DOCUMENT_DATE);
        Candidate c = assertOneDeadline(sentence, phrase, norm, found);
        assertEquals(LocalDate.parse(due), DeadlineGrammar.due(c.norm(), DOCUMENT_DATE).orElseThrow());
    }

    /** A month without its year is the next such month from the document date (2025-10-28 here). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "by the end of June                  | 2026-06-30",
            "by the end of December              | 2025-12-31",
            "by the end of October               | 2025-10-31",
            "by June                             | 2026-06",
            "no later than the end of March      | 2026-03-31",
    })
    void monthsWithoutAYear(String phrase, String norm) {
        String sentence = "The Participants will act " + phrase + " to support projects.";
        List<Candidate> found = DeadlineGrammar.find(sentence, 0, sentence.length(), DOCUMENT_DATE);
        assertOneDeadline(sentence, phrase, norm, found);
        assertEquals(List.of(), DeadlineGrammar.find(sentence, 0, sentence.length(), null), "needs the document date");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The Secretary shall submit a report on cobalt stocks in 60 days.|in 60 days|P60D",
            "The ministers will hold a meeting on nickel in six months.|in six months|P6M",
            "The board asked the bureau to report back in 90 days.|in 90 days|P90D",
    })
    void inAnAmountOfTimeBoundsWhatTheClauseSaysIsToBeDone(String sentence, String phrase, String norm) {
        List<Candidate> found = DeadlineGrammar.find(sentence, 0, sentence.length(), DOCUMENT_DATE);
        assertEquals(1, found.size(), sentence);
        assertEquals(phrase, sentence.substring(found.get(0).start(), found.get(0).end()));
        assertEquals(norm, found.get(0).norm());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The agency created 8,000 mining jobs in 16 months.",
            "The office will note that the firms launched lithium programs in 90 days.",
            "More copper mines opened in two months than in the decade before.",
    })
    void inAnAmountOfTimeThatSomethingTookIsNoDeadline(String sentence) {
        assertEquals(List.of(), DeadlineGrammar.find(sentence, 0, sentence.length(), DOCUMENT_DATE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The ministers met in late June to discuss copper.",
            "Copper exports rose in June.",
            "The minister may approve the copper permits.",
    })
    void monthsWithoutALeadAreNoDeadline(String sentence) {
        assertEquals(List.of(), DeadlineGrammar.find(sentence, 0, sentence.length(), DOCUMENT_DATE));
    }

    /** A fiscal year's norm is its last day for the government concerned (ANNOTATION.md §1). */
    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', value = {
            "by FY 2027                      | US | 2027-09-30",
            "by FY2027                       | US | 2027-09-30",
            "in fiscal year 2026             | US | 2026-09-30",
            "by the end of fiscal year 2026  | US | 2026-09-30",
            "during FY 2026                  | JP | 2027-03-31",
            "by FY27                         | IN | 2028-03-31",
            "by financial year 2027          | GB | 2028-03-31",
            "by FY 2026-27                   | IN | 2027-03-31",
            "by FY2025/26                    | AU | 2026-06-30",
            "no later than fiscal year 2027  | AU | 2027-06-30",
            "by FY 2027                      | CL | 2027-12-31",
            "in fiscal year (FY) 2027        | US | 2027-09-30",
            "in fiscal 2027                  | AU | 2027-06-30",
            "in FY 2026                      | US | 2026-09-30",
            "by the next fiscal year         | US | 2027-09-30",
            "by the next fiscal year         | JP | 2027-03-31",
            "by the end of the next fiscal year | AU | 2027-06-30",
            "by the end of the fiscal year   | US | 2026-09-30",
            "by the end of this fiscal year  | JP | 2026-03-31",
            "before the end of the current financial year | GB | 2026-03-31",
            "by the close of the financial year | AU | 2026-06-30",
            "during the current fiscal year  | IN | 2026-03-31",
            "in this fiscal year             | US | 2026-09-30",
            "no later than the end of the fiscal year | CL | 2025-12-31",
    })
    void fiscalYears(String phrase, String state, String norm) {
        String sentence = "The Participants will act " + phrase + " to support projects.";
        List<Candidate> found = DeadlineGrammar.find(sentence, 0, sentence.length(), DOCUMENT_DATE, state);
        assertOneDeadline(sentence, phrase, norm, found);
    }

    /** The fiscal year the document was written in (2025-10-28: the US's FY 2026), where a relative clause follows it. */
    @org.junit.jupiter.api.Test
    void thisFiscalYearBeforeARelativeClauseIsStillTheRunningOne() {
        String sentence = "The Secretary shall consider issuing a rule on cobalt by the end of this fiscal year that would widen the program.";
        assertOneDeadline(sentence, "by the end of this fiscal year", "2026-09-30",
                DeadlineGrammar.find(sentence, 0, sentence.length(), DOCUMENT_DATE, "US"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Grants were awarded in FY 2023.",
            "The bureau has already leased 40 graphite tracts in FY26, twice the count of the year before.",
            "The office spent $3 million during fiscal year 2024.",
            "The FY2026 budget includes stockpiling funds.",
            "Funding rose in fy 2026.",
            "The request appears in the FY 2027 President's Budget for lithium refining.",
            "The office was created in the FY27 NDAA to track graphite stocks.",
            "To date in FY 2026, the bureau has leased 12 graphite tracts.",
            "The bureau has leased 12 graphite tracts so far in FY 2026.",
            "The bureau is settling cobalt claims thus far in this fiscal year at twice the old pace.",
            "By the end of the fiscal year, the bureau had leased 12 graphite tracts.",
            "The agency must obligate the cobalt funds in the fiscal year in which they are appropriated.",
            "With one week before the end of the fiscal year, the lithium bill has not passed.",
            "With just days left before the end of the fiscal year, the nickel bill will lapse.",
            "Each grantee will report by the end of the fiscal year ending after the award.",
            "Each grantee will report by the end of the fiscal year of the award.",
    })
    void fiscalYearsThatAreNoDeadline(String sentence) {
        assertTrue(DeadlineGrammar.find(sentence, 0, sentence.length(), DOCUMENT_DATE, "US").isEmpty(),
                () -> "no deadline in: " + sentence);
    }

    /** Money spread over an amount of time is to be spent within it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The budget provides $2.4 billion over six years for processing plants. | over six years | P6Y",
            "The fund commits A$150 million over four years to refineries.          | over four years | P4Y",
            "Ottawa will spend C$40.5 million over five years on geoscience.         | over five years | P5Y",
            "The ministry sets aside ¥90 billion over three years for stockpiles.    | over three years | P3Y",
            "The plan allots 500 million euros over 18 months to smelters.           | over 18 months | P18M",
            "The facility will lend AUD 400 million over four years to refiners.     | over four years | P4Y",
            "The fund provides CAD 2 billion over seven years for mine roads.        | over seven years | P7Y",
            "The bank earmarks INR 900 crore over three years for lithium blocks.    | over three years | P3Y",
            "The miner adds $300 million of its own funding over two years to it.    | over two years | P2Y",
    })
    void moneySpreadOverTimeIsSpentWithinIt(String sentence, String phrase, String norm) {
        List<Candidate> found = DeadlineGrammar.find(sentence, 0, sentence.length(), DOCUMENT_DATE);
        assertOneDeadline(sentence, phrase, norm, found);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The firm has mined cobalt for over five years.",
            "The deposit was found over ten years ago.",
            "Engineers with over 20 years of experience will staff the plant.",
            "The mine will employ over 300 workers over two years.",
            "The plan reduces the deficit by $2 trillion over 10 years.",
            "The rule is expected to save offshore cobalt refiners about $1.2 billion over 20 years.",
            "At a cost of $9 billion over ten years, the credit would cover the gap.",
    })
    void overAnAmountOfTimeWithoutMoneyIsNoDeadline(String sentence) {
        assertTrue(DeadlineGrammar.find(sentence, 0, sentence.length(), DOCUMENT_DATE).isEmpty(),
                () -> "no deadline in: " + sentence);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The mine opened in 2010.",
            "Exports fell last year.",
            "The ministers met on Tuesday.",
            "The Agreement enters into force 60 days after the date of entry into force of the Protocol.",
            "The tariff is effective November 10, 2025.",
            "Talks will continue in the coming months.",
            "Production grew by 20 percent.",
            "Output rose by 2030 tonnes.",
            "The partnership was launched two years after its creation.",
            "Prices were low in the 1990s.",
            "The parties will meet soon.",
            "The plant will be built in late June.",
            "The ministry will reply within hours.",
            "Talks will resume within the next few hours.",
            "The regulator met last month and will meet again next month.",
            "The parties will meet within two and a half weeks.",
            "The council shall review the lithium quota not later than 90 days before the end of that period.",
            "Each Party shall notify the other no later than three months prior to the change of its cobalt rules.",
            "The board shall decide not later than one calendar year preceding the expiry of the nickel quota.",
            "The partners will open the smelter in late 2026.",
    })
    void leavesOtherTimesAlone(String sentence) {
        assertTrue(DeadlineGrammar.find(sentence, 0, sentence.length(), DOCUMENT_DATE).isEmpty(),
                () -> "no deadline in: " + sentence);
    }

    /** A range says when something happens; its end bounds nothing ("from 2025 through 2030" is no deadline). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "I proclaim November 2 through November 8, 2025, as National Mining Week.",
            "From 2019 through 2024, imports of magnets doubled.",
            "The program will provide $2 billion each year from 2026 through 2030.",
            "The agencies will review all actions taken from January 20, 2021, through January 20, 2025.",
            "Comparing the period from March 2025 until February 2026 to the year before, exports fell.",
            "Lending grew in FY 2024 through FY 2025.",
            "Year one means the period from the date of entry into force of this Protocol through the end of the year.",
            "Quotas apply from the date of its signature until December 31, 2027.",
    })
    void rangesAreNoDeadline(String sentence) {
        assertTrue(DeadlineGrammar.find(sentence, 0, sentence.length(), DOCUMENT_DATE, "US").isEmpty(),
                () -> "no deadline in: " + sentence);
    }

    /** A date already behind the document (2025-10-28 here) says what happened, not by when to act. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The law required the files to be released by October 26, 2017.",
            "The order delayed enforcement until June 19, 2025.",
            "The troops reached the coast by January of 1776.",
            "The office was to spend the funds by FY 2024.",
    })
    void pastDatesAreNoDeadline(String sentence) {
        assertTrue(DeadlineGrammar.find(sentence, 0, sentence.length(), DOCUMENT_DATE, "US").isEmpty(),
                () -> "no deadline in: " + sentence);
    }

    /** A narrative opening on "By <time>," and going on in the past says when something happened. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "By April, a Kestrel-Korea offtake deal for nickel from the Halden plant had emerged.",
            "By May, a floor price for cobalt was extended to the Orlin refinery.",
            "By the end of the year, the members announced six new partnerships.",
    })
    void aPastNarrativeOpeningOnByIsNoDeadline(String sentence) {
        assertTrue(DeadlineGrammar.find(sentence, 0, sentence.length(), DOCUMENT_DATE, "US").isEmpty(),
                () -> "no deadline in: " + sentence);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "By April, the Ministry will have finalized the rules.",
            "By the end of 2027, Atlantis aims to double recycled cobalt.",
            "The partners signed deliveries by 2028 of refined nickel.",
            "By 2029, the smelter is scheduled to open.",
    })
    void aFutureAfterAnOpeningByStaysADeadline(String sentence) {
        assertEquals(1, DeadlineGrammar.find(sentence, 0, sentence.length(), DOCUMENT_DATE, "US").size(),
                () -> "one deadline in: " + sentence);
    }

    @org.junit.jupiter.api.Test
    void rangeEndStaysADeadlineWithoutAStart() {
        String sentence = "The Secretary shall extend the program through December 31, 2026.";
        List<Candidate> found = DeadlineGrammar.find(sentence, 0, sentence.length(), DOCUMENT_DATE);
        assertEquals(1, found.size());
        assertEquals("2026-12-31", found.get(0).norm());
    }

    @org.junit.jupiter.api.Test
    void relativeYearNeedsTheDocumentDate() {
        String sentence = "Both sides will conclude talks by the end of the year.";
        assertTrue(DeadlineGrammar.find(sentence, 0, sentence.length(), null).isEmpty());
        String month = "The ministry will settle the details by the end of next month.";
        assertTrue(DeadlineGrammar.find(month, 0, month.length(), null).isEmpty());
        assertTrue(DeadlineGrammar.due("P6M", null).isEmpty());
    }

    /** A part of a year after "in" is a deadline only where the clause says what is to come. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The remaining cobalt will be shipped in the first half of 2026.|in the first half of 2026|2026-06-30",
            "The firm aims to open a gallium line in the second quarter of 2026.|in the second quarter of 2026|2026-06-30",
            "The refinery is expected to be completed by the fall of 2026.|by the fall of 2026|2026-11-30",
            "The bureau will publish an updated cobalt list in the first half of 2026.|in the first half of 2026|2026-06-30",
            "The fund will reach an estimated 300 nickel firms in the second half of 2026.|in the second half of 2026|2026-12-31",
    })
    void partsOfAYearAhead(String sentence, String phrase, String norm) {
        List<Candidate> found = DeadlineGrammar.find(sentence, 0, sentence.length(), DOCUMENT_DATE);
        assertOneDeadline(sentence, phrase, norm, found);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Nickel output fell in the first half of 2026.",
            "The agency will pay the lithium price floor starting in the fourth quarter of 2026.",
            "Deliveries of graphite begin in the spring of 2027.",
            "Copper shipments rose by 4% in the first half of 2025.",
            "The plant will mark the sales it recorded in the third quarter of 2026.",
            "The bank will open applications for its copper window in summer 2026.",
            "The partners will hold a lithium conference in the fall of 2026.",
            "Graphite sales rose in the first half of this year.",
            "The ministry will open the tin tender in early next year.",
    })
    void partsOfAYearThatSayWhenAreNoDeadline(String sentence) {
        assertTrue(DeadlineGrammar.find(sentence, 0, sentence.length(), DOCUMENT_DATE).isEmpty(),
                () -> "no deadline in: " + sentence + " but " + DeadlineGrammar.find(sentence, 0, sentence.length(), DOCUMENT_DATE));
    }

    /**
     * A fiscal year a measure starts in says when it begins, not by when; a year inside a plan's name names the plan;
     * a term that "shall not exceed" a length limits how long something lasts, not by when it is done.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The bank will raise its cobalt lending beginning in FY 2027.",
            "The fund will widen its nickel grants starting in fiscal year 2028.",
            "The ministry will publish the Clean Copper by 2035 Strategy next month.",
            "The partners will launch a Zero Waste by 2040 Programme for tailings.",
            "The term of the graphite loan shall not exceed ten years.",
    })
    void startsPlanNamesAndLimitsAreNoDeadline(String sentence) {
        assertTrue(DeadlineGrammar.find(sentence, 0, sentence.length(), DOCUMENT_DATE).isEmpty(),
                () -> "no deadline in: " + sentence + " but " + DeadlineGrammar.find(sentence, 0, sentence.length(), DOCUMENT_DATE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The ministry will publish its Clean Copper Strategy by 2035.|by 2035|2035",
            "The bank will raise its cobalt lending in FY 2027.|in FY 2027|2027-12-31",
            "The fund will start its nickel grants by FY 2028.|by FY 2028|2028-12-31",
    })
    void yearsOutsideANameOrAStartStayDeadlines(String sentence, String phrase, String norm) {
        assertOneDeadline(sentence, phrase, norm, DeadlineGrammar.find(sentence, 0, sentence.length(), DOCUMENT_DATE));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"by June of next year", "by the winter of 2026", "in the first half of 2026"})
    void aMonthOfNextYearNeedsTheDocumentDate(String phrase) {
        String sentence = "The Participants will act " + phrase + " to support projects.";
        boolean needsDate = phrase.contains("next year");
        assertEquals(needsDate, DeadlineGrammar.find(sentence, 0, sentence.length(), null).isEmpty(), phrase);
    }

    /** Asserts that {@code found} is the one deadline {@code phrase} of {@code sentence}, normalized to {@code norm}. */
    private static Candidate assertOneDeadline(String sentence, String phrase, String norm, List<Candidate> found) {
        assertEquals(1, found.size(), () -> "one deadline in: " + sentence + " but " + found);
        Candidate c = found.get(0);
        assertEquals(phrase, sentence.substring(c.start(), c.end()));
        assertEquals(norm, c.norm());
        return c;
    }

    /** A split year after a bounding word is a fiscal year without "FY": India's ends on 31 March of its second year. */
    @org.junit.jupiter.api.Test
    void splitYearWithoutFyIsAFiscalYear() {
        String sentence = "The mission will auction forty graphite blocks by 2029-30, the ministry said.";
        assertOneDeadline(sentence, "by 2029-30", "2030-03-31",
                DeadlineGrammar.find(sentence, 0, sentence.length(), DOCUMENT_DATE, "IN"));
        String school = "The ministry will fund mining courses in 2027-28 school terms.";
        assertTrue(DeadlineGrammar.find(school, 0, school.length(), DOCUMENT_DATE, "IN").isEmpty());
        String span = "The state will lease tin blocks by 2027-30.";
        assertTrue(DeadlineGrammar.find(span, 0, span.length(), DOCUMENT_DATE, "IN").stream().noneMatch(c -> c.norm().contains("-03-31")));
    }

    /** "in five years" bounds what is to come; after a rank or a record it says since when. */
    @org.junit.jupiter.api.Test
    void yearsAfterInBoundAFutureAct() {
        String sentence = "The smelter group will open a germanium line in four years.";
        assertOneDeadline(sentence, "in four years", "P4Y", DeadlineGrammar.find(sentence, 0, sentence.length(), DOCUMENT_DATE));
        for (String none : List.of("Cobalt prices will stay at their lowest level in six years.",
                "The deal will be the first of its kind in ten years.",
                "It will be the largest lithium refining project in the region in 40 years.",
                "Zinc output rose in three years of work.")) {
            assertTrue(DeadlineGrammar.find(none, 0, none.length(), DOCUMENT_DATE).isEmpty(), none);
        }
    }

    /** An order's "within a period not to exceed" an amount of time bounds the duty, as "not exceeding" does. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The Secretary shall, within a period not to exceed 150 days, report on cobalt stocks.|within a period not to exceed 150 days|P150D",
            "The Board shall review the lithium permits within a period of not more than nine months.|within a period of not more than nine months|P9M",
            "The agency shall publish its graphite list no later than 45 days after the date of this memorandum.|no later than 45 days|P45D",
            "The Secretary shall report within 75 days from the date of this order on nickel imports.|within 75 days|P75D",
    })
    void periodsNotToExceedAndCountsFromTheDocumentAreDeadlines(String sentence, String phrase, String norm) {
        assertOneDeadline(sentence, phrase, norm, DeadlineGrammar.find(sentence, 0, sentence.length(), DOCUMENT_DATE));
    }

    /**
     * An amount of time counted from another event than the document (a report's submission, a fiscal year's end) is
     * still a relative bound: its norm is the amount, whatever it is counted from.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Within 45 days of the submission of the zinc report, the Secretary shall propose rules.|Within 45 days|P45D",
            "The lender must report to the bank not later than 20 days after the end of each fiscal year.|not later than 20 days|P20D",
    })
    void amountsCountedFromAnotherEventKeepTheirLength(String sentence, String phrase, String norm) {
        assertOneDeadline(sentence, phrase, norm, DeadlineGrammar.find(sentence, 0, sentence.length(), DOCUMENT_DATE));
    }

    /** A year in a title whose subtitle names a roadmap or a strategy names the title; outside one it stays a deadline. */
    @org.junit.jupiter.api.Test
    void aYearInATitleBeforeItsSubtitleIsNoDeadline() {
        for (String none : List.of("The agency will follow Clean Nickel by 2045: A Roadmap for Smelters in its grants.",
                "The ministry will publish Green Copper by 2040: The National Strategy next month.")) {
            assertTrue(DeadlineGrammar.find(none, 0, none.length(), DOCUMENT_DATE).isEmpty(), none);
        }
        String sentence = "The partners will agree on a cobalt roadmap by 2027: a plan for three refineries.";
        assertOneDeadline(sentence, "by 2027", "2027", DeadlineGrammar.find(sentence, 0, sentence.length(), DOCUMENT_DATE));
    }

    /**
     * With no document date, a fiscal year in which a past act is told ("In FY2022 the bank approved …", "a facility
     * opened in fiscal year 2021") says when it happened; one that bounds a future act stays a deadline.
     */
    @org.junit.jupiter.api.Test
    void aFiscalYearOfAPastActWithNoDocumentDateIsNoDeadline() {
        for (String none : List.of("In FY2022 the bank approved $4 billion in loans for lithium refiners.",
                "The cobalt facility, opened in fiscal year 2021, offers guarantees to smelters.")) {
            assertTrue(DeadlineGrammar.find(none, 0, none.length(), null).isEmpty(), none);
        }
        String sentence = "The bank intends to double its graphite lending in FY2028.";
        assertOneDeadline(sentence, "in FY2028", "2028-09-30", DeadlineGrammar.find(sentence, 0, sentence.length(), null, "US"));
    }

    /** "before the end of the month" is the document's month; "by the month" alone is a rate, no deadline. */
    @org.junit.jupiter.api.Test
    void theEndOfTheMonthIsTheDocumentsMonth() {
        String sentence = "The smelter hopes to sign a zinc supply contract before the end of the month.";
        assertOneDeadline(sentence, "before the end of the month", "2025-10-31",
                DeadlineGrammar.find(sentence, 0, sentence.length(), DOCUMENT_DATE));
        String rate = "Workers at the nickel mine are paid by the month.";
        assertTrue(DeadlineGrammar.find(rate, 0, rate.length(), DOCUMENT_DATE).isEmpty());
    }

    /** Working days are counted as days, as business days are. */
    @org.junit.jupiter.api.Test
    void workingDaysAreDays() {
        String sentence = "The agency shall rule on the cobalt permit no later than 25 working days after the request.";
        assertOneDeadline(sentence, "no later than 25 working days", "P25D",
                DeadlineGrammar.find(sentence, 0, sentence.length(), DOCUMENT_DATE));
    }

    /** A quarter written "Q1" to "Q4" after "in" is a period to act in, as "in the third quarter of 2026" is. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The refinery will ship its first nickel sulphate in Q3 2026.  | in Q3 2026 | 2026-09-30",
            "The fund intends to pay out the first lithium grants in Q1 2027. | in Q1 2027 | 2027-03-31",
            "The mill will restart during Q4 2026.                            | during Q4 2026 | 2026-12-31",
    })
    void quartersWrittenWithQAreParts(String sentence, String phrase, String norm) {
        assertOneDeadline(sentence, phrase, norm, DeadlineGrammar.find(sentence, 0, sentence.length(), DOCUMENT_DATE));
        String past = "Copper output fell sharply in Q2 2025.";
        assertTrue(DeadlineGrammar.find(past, 0, past.length(), DOCUMENT_DATE).isEmpty());
    }

    /**
     * "within the first 100 days": a duration, as "within 100 days" is; "of 2027" after it counts from the year's start
     * to a date. A window told of the past or set inside another period is no deadline.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The agency will publish a tin stockpile plan within the first 100 days.     | within the first 100 days | P100D",
            "The board will approve the gallium loan within the first 90 days of 2027.   | within the first 90 days of 2027 | 2027-03-31",
            "The partners will sign a cobalt offtake within the first six months of 2026. | within the first six months of 2026 | 2026-06-30",
    })
    void theFirstDaysOfAPeriod(String sentence, String phrase, String norm) {
        assertOneDeadline(sentence, phrase, norm, DeadlineGrammar.find(sentence, 0, sentence.length(), DOCUMENT_DATE));
    }

    @org.junit.jupiter.api.Test
    void theFirstDaysToldOfThePastOrAsAWindowAreNone() {
        for (String sentence : List.of("Within the first three months, the ministry cut copper permit waits by half.",
                "Aid has been raised to 100 percent of costs for 60 days of the county's choosing within the first 90 days of the storm.")) {
            assertTrue(DeadlineGrammar.find(sentence, 0, sentence.length(), DOCUMENT_DATE).isEmpty(), sentence);
        }
    }

    /** "by the middle of 2027", "by the middle of the year" are met by the end of June; "in the middle of 2027" says when. */
    @org.junit.jupiter.api.Test
    void theMiddleOfAYearAfterABoundEndsInJune() {
        LocalDate date = LocalDate.of(2026, 2, 10);
        String year = "The smelter will start shipping tin ingots by the middle of 2027.";
        assertOneDeadline(year, "by the middle of 2027", "2027-06-30", DeadlineGrammar.find(year, 0, year.length(), date));
        String running = "The ministry will name two more zinc projects by the middle of the year.";
        assertOneDeadline(running, "by the middle of the year", "2026-06-30",
                DeadlineGrammar.find(running, 0, running.length(), date));
        String next = "The ministry will name two more zinc projects by the middle of next year.";
        assertOneDeadline(next, "by the middle of next year", "2027-06-30", DeadlineGrammar.find(next, 0, next.length(), date));
        String when = "The refinery will hire welders in the middle of 2027.";
        assertTrue(DeadlineGrammar.find(when, 0, when.length(), date).isEmpty());
    }

    /** The text's own term ("This Arrangement will remain in effect until …") bounds no act; a measure kept until a date does. */
    @org.junit.jupiter.api.Test
    void theTextsOwnTermIsNoDeadline() {
        for (String sentence : List.of("This Arrangement will remain in effect until March 3, 2030.",
                "The present Memorandum shall continue in force until March 3, 2030.")) {
            assertTrue(DeadlineGrammar.find(sentence, 0, sentence.length(), DOCUMENT_DATE).isEmpty(), sentence);
        }
        String kept = "The ministry will keep the tin levy in force until March 3, 2030.";
        assertEquals(1, DeadlineGrammar.find(kept, 0, kept.length(), DOCUMENT_DATE).size());
    }

    /** "in the second half of the year" says when in a year it does not name; only a bound ("by the middle of the year") is met. */
    @org.junit.jupiter.api.Test
    void aPartOfAnUnnamedYearAfterInIsNoDeadline() {
        LocalDate date = LocalDate.of(2026, 2, 10);
        String sentence = "The tin ministers will gather again in Hanoi in the second half of the year.";
        assertTrue(DeadlineGrammar.find(sentence, 0, sentence.length(), date).isEmpty());
        String bound = "The ministry will publish the tin census by the middle of the year.";
        assertEquals(1, DeadlineGrammar.find(bound, 0, bound.length(), date).size());
    }

    /** Money and what it buys or whom it goes to, then "over five years": spent within that time, as "$2 billion over five years" is. */
    @org.junit.jupiter.api.Test
    void moneyWithItsObjectSpreadOverYearsIsADeadline() {
        for (String sentence : List.of("Chile will buy $40 billion of tin and copper over five years.",
                "Canada signed deals worth $90 billion with Chilean firms over three years.")) {
            assertEquals(1, DeadlineGrammar.find(sentence, 0, sentence.length(), DOCUMENT_DATE).size(), sentence);
        }
        String effect = "The levy saves smelters $2 billion in costs over ten years.";
        assertTrue(DeadlineGrammar.find(effect, 0, effect.length(), DOCUMENT_DATE).isEmpty());
        String age = "Chile has mined tin for over five years.";
        assertTrue(DeadlineGrammar.find(age, 0, age.length(), DOCUMENT_DATE).isEmpty());
    }
}
