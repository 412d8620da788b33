package org.accordex.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.accordex.model.Annotation;
import org.accordex.model.Commitment;
import org.accordex.model.DocumentInfo;
import org.accordex.model.Mention;
import org.accordex.model.MentionType;
import org.accordex.model.Modality;
import org.accordex.model.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exact offsets, types and norms on small texts written for these tests. */
class AnnotatorTest {
    private static final Annotator ANNOTATOR = new Annotator(AnnotatorModels.bundled());

    private static Annotation annotate(String text, String date) {
        DocumentInfo info = new DocumentInfo("test", "test.txt", "", date, "text/plain", "en", text.length());
        return ANNOTATOR.annotate(new SourceDocument(info, text), null);
    }

    private static List<String> mentions(Annotation a) {
        return a.mentions().stream()
                .map(m -> m.type() + " " + m.start() + "-" + m.end() + " " + m.text() + " → " + m.norm()
                        + (m.due() == null ? "" : " due " + m.due()))
                .toList();
    }

    @Test
    void tagsAllFourTypesWithExactOffsets() {
        String text = "The United States and Japan will provide loan guarantees for gallium projects within 90 days.";
        assertEquals(List.of(
                "PARTY 4-17 United States → US",
                "PARTY 22-27 Japan → JP",
                "INSTRUMENT 41-56 loan guarantees → guarantee",
                "MINERAL 61-68 gallium → gallium",
                "DEADLINE 78-92 within 90 days → P90D due 2026-01-26"),
                mentions(annotate(text, "2025-10-28")));
    }

    /** The sentences the splitter finds in {@code text}. */
    private static List<String> sentences(String text) {
        return new SentenceSplitter(AnnotatorModels.bundled().sentenceModel).split(text).stream()
                .map(s -> text.substring(s.getStart(), s.getEnd())).toList();
    }

    @Test
    void aReferenceToAPartOfTheTextEndsASentence() {
        String text = "The Parties intend to review projects listed under Section II, paragraph 3. The Parties will publish the"
                + " results. Each Party shall apply the rules in Annex 2. Each Party may ask for talks.";
        assertEquals(List.of("The Parties intend to review projects listed under Section II, paragraph 3.",
                "The Parties will publish the results.", "Each Party shall apply the rules in Annex 2.",
                "Each Party may ask for talks."), sentences(text));
        // a heading's number that opens the sentence stays with it
        String heading = "Article 4. The holder shall maintain the cobalt depot.";
        assertEquals(List.of(heading), sentences(heading));
        // a decimal reference is no end: "paragraph 3.2"
        String decimal = "The Parties shall apply paragraph 3.2 of the Annex to cobalt.";
        assertEquals(List.of(decimal), sentences(decimal));        // several parts named end it too: "Sections 5 and 6.", "Articles 2 to 4."
        String several = "Shares follow the payments set out in Sections 5 and 6. The Board will be chaired by Peru."
                + " Disputes go to the panel of Articles 2 to 4. Each Party may name one member.";
        assertEquals(List.of("Shares follow the payments set out in Sections 5 and 6.", "The Board will be chaired by Peru.",
                "Disputes go to the panel of Articles 2 to 4.", "Each Party may name one member."), sentences(several));
        // an ordinary sentence end still splits as before
        String count = "The report has two parts and 4 annexes. The Parties will publish it.";
        assertEquals(List.of("The report has two parts and 4 annexes.", "The Parties will publish it."), sentences(count));
    }

    /** A bold heading that ends on its point ends there, however long its wrapped lines: the next sentence is its own. */
    @Test
    void aBoldHeadingsPointAndClosingAsterisksEndIt() {
        String text = "-   **Wider export licensing rules for Halden Metals, the Norvale Smelting Company and the\n"
                + "    Ruritanian Mining Board, and for the Ministry of Mines of the Republic of Ruritania.**  These rules\n"
                + "    will slow the shipment of cobalt to Ruritanian buyers.";
        List<String> split = sentences(text);
        assertEquals(2, split.size());
        assertEquals(true, split.get(1).startsWith("These rules"));
        // bold that opens a sentence's words is no heading's end: "committed **more than $3 billion.** In addition, …"
        // still ends on the point; bold inside a sentence ("the **new** rules") ends nothing
        String inside = "Canada will apply the **new** rules to cobalt. Chile will follow.";
        assertEquals(List.of("Canada will apply the **new** rules to cobalt.", "Chile will follow."), sentences(inside));
    }

    /**
     * A bulleted item wrapped over several lines stays one sentence where a line ends on a semicolon of its own series of
     * clauses, or on a bracket before a title in italics; an unmarked list keeps one item a line.
     */
    @Test
    void aWrappedItemsSemicolonAndItalicTitleDoNotEndIt() {
        String item = "-   Peru has also committed to take measures to curb illegal\n"
                + "    mining and protect forests;\n"
                + "    encourage copper recycling; and fully implement the World Trade Organization (WTO)\n"
                + "    *Agreement on Fisheries Subsidies* for its fleets.";
        assertEquals(1, sentences(item).size());
        String list = "The Parties intend to:\nexpand smelting of copper in both\ncountries;\nmap lithium brines;";
        assertEquals(List.of("The Parties intend to:", "expand smelting of copper in both\ncountries;", "map lithium brines;"),
                sentences(list));
    }

    @Test
    void aScansStrayPointAfterAConjunctionDoesNotEndTheSentence() {
        String text = "(b) ensure, within the region, faster and. more frequent tin shipments; The ores came in. more were due.";
        assertEquals(List.of("(b) ensure, within the region, faster and. more frequent tin shipments; The ores came in.",
                "more were due."), sentences(text));
    }

    @Test
    void anAcronymBeforeACapitalizedWordEndsASentence() {
        String text = "Kestrel sold its stake to Orion CMC. Orion CMC will invest. J.P. Morgan will lend under the ASEAN.";
        assertEquals(List.of("Kestrel sold its stake to Orion CMC.", "Orion CMC will invest.",
                "J.P. Morgan will lend under the ASEAN."), sentences(text));
    }

    @Test
    void sentencesAScrapedPageRanTogetherAreSplit() {
        String text = "The minister signed the order in the capital.He directed the agency to map copper.The Chair will"
                + " report. Mr.Smith met Dr. Ruiz at 5 p.m.Later talks on U.S.Steel went on.";
        assertEquals(List.of("The minister signed the order in the capital.", "He directed the agency to map copper.",
                "The Chair will report.", "Mr.Smith met Dr. Ruiz at 5 p.m.Later talks on U.S.Steel went on."), sentences(text));
    }

    @Test
    void aShortBracketAfterAnAbbreviationGoesOnWithTheSentence() {
        String text = "Two state firms signed a pact with Harbor Copper Holdings Ltd. (HCH) of Oman. Shares of Tarn Corp."
                + " (NYSE: TRN) rose. The firms will meet in June.";
        assertEquals(List.of("Two state firms signed a pact with Harbor Copper Holdings Ltd. (HCH) of Oman.",
                "Shares of Tarn Corp. (NYSE: TRN) rose.", "The firms will meet in June."), sentences(text));
    }

    @Test
    void aPressReleasesTickerAndDefinedNamesGoOnWithTheSentence() {
        String text = "Brightwater Lithium Corp. (NYSE: BWL) (\u201cBrightwater\u201d or the \u201cCompany\u201d) today"
                + " announced a supply deal. It will ship spodumene.";
        assertEquals(List.of("Brightwater Lithium Corp. (NYSE: BWL) (\u201cBrightwater\u201d or the \u201cCompany\u201d)"
                + " today announced a supply deal.", "It will ship spodumene."), sentences(text));
    }

    @Test
    void aPlacesAbbreviationEndsASentenceBeforeAPronounOrArticle() {
        String text = "The ministers met in Washington, D.C. This initiative will map cobalt. Talks in the U.S. Navy yard went on.";
        assertEquals(List.of("The ministers met in Washington, D.C.", "This initiative will map cobalt.",
                "Talks in the U.S. Navy yard went on."), sentences(text));
    }

    @Test
    void aWrappedLineGoesOnAfterAMiddleInitialABracketOrAShortLineOfItsParagraph() {
        String text = "We, President Maria T.\nOkafor, Jr., and Prime Minister Lee, meet today in the capital of\n"
                + "the country. The leaders opened a forum on the Copper Supply Initiative (CSI)\n"
                + "on the margins of the summit. They call for reform at the World Health\n"
                + "Organization. They will meet again.";
        assertEquals(List.of("We, President Maria T. Okafor, Jr., and Prime Minister Lee, meet today in the capital of the country.",
                "The leaders opened a forum on the Copper Supply Initiative (CSI) on the margins of the summit.",
                "They call for reform at the World Health Organization.", "They will meet again."),
                sentences(text).stream().map(line -> line.replace('\n', ' ')).toList());
    }

    @Test
    void aLongTitleIsALineOfItsOwnInATextWrittenAParagraphALine() {
        String lead = "The Kingdom of Norway and the Republic of Chile (the Participants) have agreed on a framework for "
                + "cooperation on copper and lithium supply chains to strengthen their economic relationship.";
        String text = "Joint Statement on a Framework for Norway and Chile Cooperation on Critical Mineral Supply Chains\n"
                + lead + "\nThe Participants intend to exchange geological data each year and to invite their companies "
                + "to invest in the refining of copper and the recycling of batteries in both countries.\n";
        assertEquals("Joint Statement on a Framework for Norway and Chile Cooperation on Critical Mineral Supply Chains",
                sentences(text).get(0));
        assertEquals(lead, sentences(text).get(1));
        // wrapped at 80 columns, the same lines run on
        String wrapped = "The Kingdom of Norway and the Republic of Chile (the Participants) have agreed\n"
                + "on a framework for cooperation on copper and lithium supply chains to strengthen\n"
                + "their economic relationship.\n";
        assertEquals(1, sentences(wrapped).size(), sentences(wrapped).toString());
    }

    @Test
    void aNestedItemWrapsAtItsIndentAndASectionNumberAfterTheGoesOn() {
        String text = "- Copper projects were announced at the summit:\n"
                + "  - Halden Metals will work to set up a Copper Cathode Recycling\n"
                + "    Plant-2 (CCR-2) facility in Ohio.\n"
                + "-   Chile will accept an alternative arrangement for the\n"
                + "    Section 232 duties on copper wire.\n"
                + "  - Short heading\n"
                + "    Another line.\n";
        assertEquals(List.of("- Copper projects were announced at the summit:",
                "- Halden Metals will work to set up a Copper Cathode Recycling Plant-2 (CCR-2) facility in Ohio.",
                "-   Chile will accept an alternative arrangement for the Section 232 duties on copper wire.",
                "- Short heading", "Another line."),
                sentences(text).stream().map(line -> line.replaceAll("\\s*\\n\\s*", " ")).toList());
    }

    @Test
    void companyLikeWordsOpeningAProgrammesNameAreNoCompany() {
        String text = "Peru joined the Clean Energy Transition Partnership on copper.";
        assertEquals(List.of("PARTY 0-4 Peru → PE", "MINERAL 55-61 copper → copper"), mentions(annotate(text, "2025-05-01")));
    }

    @Test
    void noBreakSpacesOfAWebPageSeparateWordsAsSpacesDo() {
        String text = "A.\u00a0 The Lake Tin Authority met yesterday\u00a0in Ottawa, Canada. The United\u202fStates will"
                + " fund rare\u2011earth smelting within 90\u00a0days.";
        assertEquals(List.of(
                "PARTY 8-26 Lake Tin Authority → Lake Tin Authority",
                "PARTY 52-58 Canada → CA",
                "PARTY 64-77 United\u202fStates → US",
                "MINERAL 88-98 rare\u2011earth → rare earth elements",
                "DEADLINE 108-122 within 90\u00a0days → P90D due 2025-07-30"),
                mentions(annotate(text, "2025-05-01")));
    }

    @Test
    void aCompanyNamedFirstUnderAHeadingIsNoSurnameOfTheHeading() {
        String text = "Chile Signs a Copper Deal\n\nKestrel will build a copper smelter.";
        assertEquals(List.of(
                "PARTY 0-5 Chile → CL",
                "MINERAL 14-20 Copper → copper",
                "PARTY 27-34 Kestrel → Kestrel",
                "MINERAL 48-54 copper → copper"),
                mentions(annotate(text, null)));
    }

    @Test
    void agencyNamesGoOnPastAMineralOrIndustryWord() {
        String text = "The Andean Copper Commission and the Lake Tin Authority will map deposits with the Pacific Lithium"
                + " Refining Corporation.";
        assertEquals(List.of(
                "PARTY 4-28 Andean Copper Commission → Andean Copper Commission",
                "PARTY 37-55 Lake Tin Authority → Lake Tin Authority",
                "PARTY 83-119 Pacific Lithium Refining Corporation → Pacific Lithium Refining Corporation"),
                mentions(annotate(text, null)));
    }

    @Test
    void statesInsideTheNamesOfDialoguesAndRoadmapsAreNotMentions() {
        String text = "Joint statement\nCanada and Chile met under the Peru-Chile Mining Dialogue and the Zambia Copper"
                + " Roadmap.";
        assertEquals(List.of("PARTY 16-22 Canada → CA", "PARTY 27-32 Chile → CL"), mentions(annotate(text, null)));
    }

    /** A spouse named with the title "First Lady" or "Second Gentleman" is a person, no body that commits. */
    @Test
    void aLeadersSpouseIsNoParty() {
        String text = "First Lady Ana Roe will open the lithium museum. Second Gentleman Tom Roe will visit Chile.";
        assertEquals(List.of("MINERAL 33-40 lithium → lithium", "PARTY 85-90 Chile → CL"), mentions(annotate(text, null)));
    }

    /** A summit is an event: the states and blocs in its name are no mentions; the ones that act beside it are. */
    @Test
    void statesInsideTheNamesOfSummitsAreNotMentions() {
        String text = "Joint statement\nPeru and Chile will attend the Andean Community Leaders' Summit and the Peru-Bolivia"
                + " Lithium Summit.";
        assertEquals(List.of("PARTY 16-20 Peru → PE", "PARTY 25-30 Chile → CL"),
                mentions(annotate(text, null)));
    }

    @Test
    void capitalsThatFinalizeOrWeighAct() {
        String text = "Hanoi and Washington finalize a trade deal as Ottawa weighs tariff relief.";
        assertEquals(List.of("PARTY 0-5 Hanoi → VN", "PARTY 10-20 Washington → US", "PARTY 46-52 Ottawa → CA",
                "INSTRUMENT 60-66 tariff → tariff"), mentions(annotate(text, null)));
    }

    @Test
    void exportCreditAgenciesAreBodiesNotAnInstrument() {
        String text = "Export credit agencies will back the copper smelter with export credit.";
        assertEquals(List.of("MINERAL 37-43 copper → copper", "INSTRUMENT 57-70 export credit → financial-support"),
                mentions(annotate(text, null)));
    }

    @Test
    void capitalsCountOnlyAsActors() {
        String text = "Seoul and Canberra agreed to cooperate. The deal was signed in Seoul.";
        assertEquals(List.of("PARTY 0-5 Seoul → KR", "PARTY 10-18 Canberra → AU"), mentions(annotate(text, null)));
    }

    @Test
    void demonymsOnlyWithGovernment() {
        String text = "Japanese companies welcomed the Korean government's plan.";
        assertEquals(List.of("PARTY 32-49 Korean government → KR"), mentions(annotate(text, null)));
    }

    @Test
    void aLeadersNameStandsForTheGovernmentOnlyBeforeGovernment() {
        String text = "Modi said the Starmer government and the Australian Labor Government will fund it. Merz spoke.";
        assertEquals(List.of("PARTY 14-32 Starmer government → GB", "PARTY 41-68 Australian Labor Government → AU"),
                mentions(annotate(text, null)));
    }

    @Test
    void officialNamesInUpperCaseHeadings() {
        String text = "GOVERNMENT OF THE KINGDOM OF THAILAND";
        assertEquals(List.of("PARTY 18-37 KINGDOM OF THAILAND → TH"), mentions(annotate(text, null)));
    }

    @Test
    void wordsInsideNamesOfLawsAreNotMentions() {
        String text = "The Loan Programs Office will apply the Tariff Act of 1930.";
        assertEquals(0, annotate(text, null).mentions().stream()
                .filter(m -> m.text().equals("Loan") || m.text().startsWith("Tariff")).count());
    }

    @Test
    void groupPhrasesResolveToTheDocumentsParties() {
        String text = "Memorandum of Understanding between the Government of Australia and the Government of India\n\n"
                + "The Participants intend to develop lithium supply chains.\n";
        Annotation a = annotate(text, null);
        Commitment c = a.commitments().get(0);
        assertEquals(List.of("AU", "IN"), c.parties());
        assertEquals(Modality.INTENT, c.modality());
        assertEquals(List.of("lithium"), c.minerals());
    }

    /** The commitment of one sentence in a news report about Canada and Chile, after its dateline. */
    private static Commitment newsCommitment(String sentence) {
        String text = "Canada and Chile hold talks on critical minerals\n\nOTTAWA, May 4, 2026 — " + sentence + "\n";
        return annotate(text, null).commitments().get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The new working group", "A joint committee", "The secretariat"})
    void aJointBodyActsForTheDocumentsParties(String subject) {
        Commitment c = newsCommitment(subject + " will report on copper processing by 2027.");
        assertEquals(List.of("CA", "CL"), c.parties());
        assertEquals(Modality.COMMITMENT, c.modality());
    }

    @Test
    void aBlankLineAfterAFunctionWordDoesNotEndTheSentence() {
        String text = "Japan will fund two lithium refineries by\n\n2030. Both will sell to allies.\n";
        Annotation a = annotate(text, "2026-03-01");
        assertEquals(List.of("MINERAL 20-27 lithium → lithium", "DEADLINE 39-47 by\n\n2030 → 2030 due 2030-12-31"), mentions(a).stream()
                .filter(m -> !m.startsWith("PARTY") && !m.startsWith("INSTRUMENT")).toList());
        assertEquals("2030-12-31", a.commitments().get(0).deadline().due());
    }

    @Test
    void aBlankLineBeforeALowerCaseWordDoesNotEndTheSentence() {
        String sentence = "Chile and Peru shall exempt nickel ores, in both\n\n\ncountries, from export duties and\n\n"
                + "charges of any kind.";
        Annotation a = annotate("Treaty between Chile and Peru\n\n" + sentence + "\n", "2026-03-01");
        assertEquals(List.of(sentence), a.commitments().stream().map(Commitment::text).toList());
    }

    @Test
    void aNumberWrappedBeforeItsUnitDoesNotEndTheSentence() {
        String text = "Canada will contribute more than $1.5\nbillion annually to support nickel refiners.\n";
        Annotation a = annotate(text, "2026-03-01");
        assertEquals(1, a.commitments().size());
        assertEquals(text.strip(), a.commitments().get(0).text());
    }

    @Test
    void aLineEndingOnUsGoesOnInTheNext() {
        String text = "Peru will cut duties on copper shipped to the U.S.\n  processing sector.\n"
                + "Japan will lend through the U.S.\n  International Development Finance Corporation to build a nickel plant.\n";
        Annotation a = annotate(text, null);
        assertEquals(2, a.commitments().size());
        assertEquals(text.indexOf("sector.") + "sector.".length(), a.commitments().get(0).end());
        assertTrue(mentions(a).contains("PARTY " + text.indexOf("U.S.\n  Intern") + "-" + (text.indexOf(" to build"))
                + " U.S.\n  International Development Finance Corporation → U.S. International Development Finance Corporation"));
    }

    @Test
    void aLineEndingOnTheDcGoesOnInTheNext() {
        String text = "The Order directs the agencies that sit on the D.C.\n  Harbor Safety Board to recover nickel scrap.\n"
                + "The summit met in Washington, D.C.\nPeru will cut duties on copper.\n";
        Annotation a = annotate(text, null);
        assertEquals(List.of(text.substring(0, text.indexOf("\nThe summit")), "Peru will cut duties on copper."),
                a.commitments().stream().map(Commitment::text).toList());
    }

    @Test
    void aStatesNameWrappedAfterUnitedIsOneName() {
        String text = "Agreement between the Government of Israel and the Government of the United\n"
                + "States of America\n\nThe Parties shall consult on tariffs.\n";
        Annotation a = annotate(text, null);
        int united = text.indexOf("United");
        assertTrue(mentions(a).contains("PARTY " + united + "-" + (united + 24) + " United\nStates of America → US"),
                mentions(a).toString());
        assertEquals(List.of("IL", "US"), a.commitments().get(0).parties());
    }

    @ParameterizedTest
    @ValueSource(strings = {"The nations", "The countries", "Both countries", "The three governments"})
    void groupPhrasesInNewsResolveToTheDocumentsParties(String subject) {
        Commitment c = newsCommitment(subject + " should work together on copper processing, officials said.");
        assertEquals(List.of("CA", "CL"), c.parties());
        assertEquals(Modality.RECOMMENDATION, c.modality());
    }

    @Test
    void modalities() {
        String text = "Japan shall not impose export bans.\nKorea will invest in graphite.\n"
                + "Australia intends to build a nickel stockpile.\nCanada should expand permitting.\n"
                + "India invested in copper last year.\n";
        List<Modality> modalities = annotate(text, null).commitments().stream().map(Commitment::modality).toList();
        assertEquals(List.of(Modality.OBLIGATION, Modality.COMMITMENT, Modality.INTENT, Modality.RECOMMENDATION), modalities);
    }

    @Test
    void listItemsInheritTheLeadIn() {
        String text = "Agreement between Canada and Chile\n\nEach Party shall, within six months:\n"
                + "(a) remove export duties on cobalt;\n(b) publish its tariff schedule.\n";
        Annotation a = annotate(text, "2026-01-01");
        // The lead-in has no action of its own: its items are the commitments.
        assertEquals(2, a.commitments().size());
        assertEquals(Modality.OBLIGATION, a.commitments().get(0).modality());
        assertEquals(List.of("CA", "CL"), a.commitments().get(1).parties());
    }

    @Test
    void offsetsIndexTheText() {
        String text = "Japan’s METI and the U.S. Department of Energy will co-invest in rare-earth magnets by the end of 2027.";
        for (Mention m : annotate(text, null).mentions()) {
            assertEquals(m.text(), text.substring(m.start(), m.end()));
        }
        assertEquals(LocalDate.of(2027, 12, 31).toString(), annotate(text, null).mentions().stream()
                .filter(m -> m.type() == org.accordex.model.MentionType.DEADLINE).findFirst().orElseThrow().norm());
    }

    @Test
    void citationsAreNotTheState() {
        String text = "The Secretary acted under 19 U.S.C. 1862, Title 19 of the United States Code and the U.S. Code, "
                + "with the U.S.-Japan task force.";
        assertEquals(List.of("PARTY 105-109 U.S. → US", "PARTY 110-115 Japan → JP"), mentions(annotate(text, null)));
    }

    @Test
    void nonTariffIsNotATariff() {
        String text = "Korea will remove non-tariff barriers and cut tariffs.";
        assertEquals(List.of("PARTY 0-5 Korea → KR", "INSTRUMENT 46-53 tariffs → tariff"), mentions(annotate(text, null)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Applicants file on the Federal Permitting Portal and the Grants Dashboard.",
            "Both sides respect the Agreement on Agricultural Subsidies and the Agreement on Trade and Investment Facilitation.",
            "Imports remain subject to the Tariff Act of 1930 and the rules of the Investment Review Board.",
            "This order creates no right enforceable at law or in equity.",
            "Exclusions apply only as the Director grants, and where the Agency grants the request."})
    void instrumentWordsInNamesFormulasAndVerbsAreNotInstruments(String text) {
        assertEquals(List.of(), mentions(annotate(text, null)).stream().filter(m -> m.startsWith("INSTRUMENT")).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Canada and Peru Slash Tariffs in Historic Agreement",
            "Norway Signs Offtake Agreement With Arvik Metals",
            "Are the new trade deal and tariff threats a risk for Chile?",
            "Miners praised the state's tax and grant programs."})
    void headlinesAndCompoundsKeepTheirInstruments(String text) {
        assertEquals(1, mentions(annotate(text, null)).stream().filter(m -> m.startsWith("INSTRUMENT")).count(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Grants were awarded under the Fairness in Rural Lending Act of 1994.",
            "The agency will research and tariff nothing."})
    void lawsWithInAndVerbsStayWithoutInstruments(String text) {
        assertEquals(List.of(), mentions(annotate(text, null)).stream()
                .filter(m -> m.startsWith("INSTRUMENT") && !m.contains("Grants")).toList());
    }

    @Test
    void instrumentsBesideNamesStay() {
        String text = "Under the Agreement on Critical Raw Materials, the Parties will provide grants and equity "
                + "through the Clean Energy Financing Program.";
        assertEquals(List.of("INSTRUMENT 72-78 grants → grant", "INSTRUMENT 83-89 equity → equity",
                        "INSTRUMENT 115-124 Financing → financial-support"),
                mentions(annotate(text, null)).stream().filter(m -> m.startsWith("INSTRUMENT")).toList());
    }

    @Test
    void administrationInsideAnAgencysNameIsNotTheUsButTheAgency() {
        String text = "The Rural Development Administration and the Maritime Administration will work with the "
                + "Administration and the Administration for Trade.";
        assertEquals(List.of("PARTY 4-36 Rural Development Administration → Rural Development Administration",
                        "PARTY 45-68 Maritime Administration → U.S. Maritime Administration",
                        "PARTY 88-102 Administration → US"),
                mentions(annotate(text, null)).stream().filter(m -> m.startsWith("PARTY")).toList());
    }

    @Test
    void fiscalYearsEndWhereTheirGovernmentsDo() {
        String text = "The United States will fund the stockpile by FY 2027.\nJapan will build the plant in fiscal year 2026.\n"
                + "Australia will lend by FY2026-27.\nChile will act by fiscal year 2028.\nThe plant opened in FY 2023.\n";
        assertEquals(List.of(
                "DEADLINE 42-52 by FY 2027 → 2027-09-30 due 2027-09-30",
                "DEADLINE 81-100 in fiscal year 2026 → 2027-03-31 due 2027-03-31",
                "DEADLINE 122-134 by FY2026-27 → 2027-06-30 due 2027-06-30",
                "DEADLINE 151-170 by fiscal year 2028 → 2028-12-31 due 2028-12-31"),
                mentions(annotate(text, "2025-10-28")).stream().filter(m -> m.startsWith("DEADLINE")).toList());
    }

    @Test
    void aFiscalYearWithNoStateInItsSentenceCountsInTheDocumentsState() {
        String text = "The U.S. Department of Energy and the United States Navy signed a plan.\n"
                + "Deliveries start by FY2028.\n";
        assertEquals(List.of("DEADLINE 89-98 by FY2028 → 2028-09-30 due 2028-09-30"),
                mentions(annotate(text, "2025-10-28")).stream().filter(m -> m.startsWith("DEADLINE")).toList());
    }

    /** "the fiscal year" without its number is the one the document was written in, for the body's government. */
    @Test
    void theRunningFiscalYearIsTheActingBodysGovernments() {
        String text = "The Geological Survey of India will map 40 tin blocks by the end of the financial year.\n"
                + "Japan Organization for Metals and Energy Security will buy cobalt before the end of this fiscal year.\n";
        assertEquals(List.of(
                "DEADLINE 54-86 by the end of the financial year → 2026-03-31 due 2026-03-31",
                "DEADLINE 154-188 before the end of this fiscal year → 2026-03-31 due 2026-03-31"),
                mentions(annotate(text, "2025-10-28")).stream().filter(m -> m.startsWith("DEADLINE")).toList());
    }

    @Test
    void aCapitalThatIsAPlaceDoesNotSetTheFiscalYear() {
        String text = "The United States will fund cobalt research in Chile.\n"
                + "U.S. Embassy Santiago issued 9,000 visas in FY2025.\nChile will act by FY 2027.\n";
        assertEquals(List.of("DEADLINE 121-131 by FY 2027 → 2027-12-31 due 2027-12-31"),
                mentions(annotate(text, "2025-11-15")).stream().filter(m -> m.startsWith("DEADLINE")).toList());
    }

    @Test
    void wordsRunTogetherStillYieldTheParty() {
        String text = "Vietnamshall supply rare earths to Japanwill and theUnited Stateswill buy them from Thailand.";
        assertEquals(List.of(
                "PARTY 0-7 Vietnam → VN",
                "MINERAL 20-31 rare earths → rare earth elements",
                "PARTY 35-40 Japan → JP",
                "PARTY 52-65 United States → US",
                "PARTY 84-92 Thailand → TH"),
                mentions(annotate(text, null)));
    }

    @Test
    void bodiesNoDictionaryKnowsAreFoundByTheShapeOfTheirName() {
        String text = "The Korea Forest Service, the Saudi Geological Survey and the Ministry of Mines and Energy will "
                + "work with the Bank of Zambia and Lakeland Chartered Bank, and the Department of Energy Battery Awards.";
        assertEquals(List.of(
                "PARTY 4-24 Korea Forest Service → Korea Forest Service",
                "PARTY 30-53 Saudi Geological Survey → Saudi Geological Survey",
                "PARTY 62-90 Ministry of Mines and Energy → Ministry of Mines and Energy",
                "PARTY 110-124 Bank of Zambia → Bank of Zambia",
                "PARTY 129-152 Lakeland Chartered Bank → Lakeland Chartered Bank",
                "PARTY 162-182 Department of Energy → U.S. Department of Energy"),
                mentions(annotate(text, null)).stream().filter(m -> m.startsWith("PARTY")).toList());
    }

    @Test
    void aStateInsideAPlaceNameIsNotTheState() {
        String text = "Japan opposes coercion in the South China Sea and the Taiwan Strait, and Mexico drills in the Gulf of Mexico.";
        assertEquals(List.of("PARTY 0-5 Japan → JP", "PARTY 73-79 Mexico → MX"), mentions(annotate(text, null)));
    }

    @Test
    void portfoliosProceduresContractFormulasAndPeopleAreNotInstruments() {
        String text = "The Finance Minister said finance ministries will meet, and Korea will provide finance. "
                + "By responsibly permitting mines and streamlining the permitting process, the US will speed up permitting. "
                + "The firm won the engineering, procurement and construction contract, while Japan expands government "
                + "procurement. Canada will train a skilled workforce and fund workforce development.";
        assertEquals(List.of(
                "INSTRUMENT 79-86 finance → financial-support",
                "INSTRUMENT 182-192 permitting → regulatory",
                "INSTRUMENT 283-305 government procurement → procurement",
                "INSTRUMENT 354-375 workforce development → workforce"),
                mentions(annotate(text, null)).stream().filter(m -> m.startsWith("INSTRUMENT")).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The Secretary shall perform the duties of the office.",
            "The Agency will carry out its duties and responsibilities.",
            "Each Party has a duty to consult the other.",
            "The Director of the Office retains the duties of the Director.",
            "Rangers who answered the call of duty and fell in the line of duty are honored.",
            "Guarding the border is our solemn duty, and 400 active-duty troops will help."})
    void dutiesThatAreObligationsAreNotTariffs(String text) {
        assertEquals(List.of(), mentions(annotate(text, null)).stream().filter(m -> m.startsWith("INSTRUMENT")).toList());
    }

    @Test
    void aTariffAfterANounAndIsNoVerb() {
        String text = "The rule sets up audits and tariff increases, and Peru will fund mines and finance new mills.";
        assertEquals(List.of("INSTRUMENT 28-34 tariff → tariff"),
                mentions(annotate(text, null)).stream().filter(m -> m.startsWith("INSTRUMENT")).toList());
    }

    @Test
    void wordsInTheTitleOfADatedOrderAreNotInstruments() {
        String text = "The Order of March 3, 2026 (Ending Duty-Free Treatment of Small Parcels) stays in force, and"
                + " Chile will cut duties on lithium.";
        assertEquals(List.of("INSTRUMENT 108-114 duties → tariff"),
                mentions(annotate(text, null)).stream().filter(m -> m.startsWith("INSTRUMENT")).toList());
    }

    @Test
    void dutiesOnGoodsAreTariffs() {
        String text = "Korea will cut duties on graphite and remove export duties of 10 percent.";
        assertEquals(List.of("INSTRUMENT 15-21 duties → tariff", "INSTRUMENT 45-58 export duties → tariff"),
                mentions(annotate(text, null)).stream().filter(m -> m.startsWith("INSTRUMENT")).toList());
    }

    /** A wire's credit after a dateline ("Peru (AP) -") defines no short name of the state. */
    @Test
    void aDatelineCreditIsNoShortName() {
        String text = "LIMA, Peru (AP) - Peru will cut duties, AP reported.";
        assertEquals(List.of("PARTY 6-10 Peru → PE", "PARTY 18-22 Peru → PE"),
                mentions(annotate(text, null)).stream().filter(m -> m.startsWith("PARTY")).toList());
    }

    /** "the Malian state" that acts stands for the state, as "the Malian government" does; "state media" do not. */
    @Test
    void aDemonymStateThatActsIsTheState() {
        String text = "The Malian state will return the gold, Malian state media said.";
        assertEquals(List.of("PARTY 4-16 Malian state → ML"),
                mentions(annotate(text, null)).stream().filter(m -> m.startsWith("PARTY")).toList());
    }

    /** A middle initial at a line's end keeps the name whole; a letter that numbers a part may end the sentence. */
    @Test
    void aMiddleInitialAtALineEndKeepsTheSentenceWhole() {
        assertEquals(List.of("Today, President Jane Q.\nPublic signed an order on copper."),
                sentences("Today, President Jane Q.\nPublic signed an order on copper."));
        assertEquals(List.of("Seniors may enroll in Medicare Part D.", "Coverage starts in May."),
                sentences("Seniors may enroll in Medicare Part D.\nCoverage starts in May."));
    }

    /** A picture's or a page's credit names who took or owns it, no party, even a firm the report names as one. */
    @Test
    void aPhotoOrCopyrightCreditNamesNoParty() {
        String text = "Lynas Rare Earths will ship oxide to Texas.\n"
                + "A kiln at the Kalgoorlie site. Photograph: Lynas Rare Earths Ltd.\n"
                + "(Photo: Energy Fuels Inc.)\n"
                + "Copyright 2026 Energy Fuels Inc. All rights reserved.";
        assertEquals(List.of("PARTY 0-17 Lynas Rare Earths → Lynas Rare Earths"),
                mentions(annotate(text, null)).stream().filter(m -> m.startsWith("PARTY")).toList());
    }

    /** A caption after a label is no credit: the firm in it is named as any other. */
    @Test
    void aCaptionAfterAPhotoLabelKeepsItsParties() {
        String text = "Photo: Workers at a plant that Energy Fuels runs in Utah.";
        assertEquals(List.of("PARTY 31-43 Energy Fuels → Energy Fuels"),
                mentions(annotate(text, null)).stream().filter(m -> m.startsWith("PARTY")).toList());
    }

    /** The other side of talks and the giver of support act as governments; a person named Washington does not. */
    @Test
    void capitalsInTalksOrGivingSupportAct() {
        String text = "The miner is still in talks with Canberra over a loan. Backing from Ottawa has grown since "
                + "Beijing placed curbs on magnets. General George Washington issued orders to his army.";
        assertEquals(List.of("PARTY 33-41 Canberra → AU", "PARTY 68-74 Ottawa → CA", "PARTY 91-98 Beijing → CN"),
                mentions(annotate(text, null)).stream().filter(m -> m.startsWith("PARTY")).toList());
    }

    /** A firm the dictionary knows, then "of" and a state, is the firm and where it is based, not one body. */
    @Test
    void aKnownFirmOfAStateIsTheFirmAndTheState() {
        String text = "Sojitz of Japan will buy the oxide.";
        assertEquals(List.of("PARTY 0-6 Sojitz → Sojitz", "PARTY 10-15 Japan → JP"),
                mentions(annotate(text, null)).stream().filter(m -> m.startsWith("PARTY")).toList());
    }

    /** A legal form of other places after a known firm stays in its span: "Solvay SA". */
    @Test
    void aFirmsSaOrKkFormStaysInItsSpan() {
        String text = "Solvay SA will expand its line, and Sojitz K.K. will buy from it.";
        assertEquals(List.of("PARTY 0-9 Solvay SA → Solvay", "PARTY 36-47 Sojitz K.K. → Sojitz"),
                mentions(annotate(text, null)).stream().filter(m -> m.startsWith("PARTY")).toList());
    }

    /** A plant or mine that bears a firm's name is the facility, no party. */
    @Test
    void aFacilityCalledByAFirmsNameIsNoParty() {
        String text = "Carester is building a recycling plant called Caremag in Lacq.";
        assertEquals(List.of("PARTY 0-8 Carester → Carester"),
                mentions(annotate(text, null)).stream().filter(m -> m.startsWith("PARTY")).toList());
    }

    /** "the Kingdom" alone is the one kingdom the text names in full; with two kingdoms named it is neither. */
    @Test
    void aStatesStyleAloneIsTheOneStateNamedWithIt() {
        String text = "The Kingdom of Morocco and Chile signed a memorandum. The Kingdom will open phosphate blocks to Chilean firms.";
        assertEquals(List.of("PARTY 4-22 Kingdom of Morocco → MA", "PARTY 27-32 Chile → CL", "PARTY 58-65 Kingdom → MA"),
                mentions(annotate(text, null)).stream().filter(m -> m.startsWith("PARTY")).toList());
        String two = "The Kingdom of Morocco and the Kingdom of Norway met. The Kingdom will open phosphate blocks.";
        assertEquals(2, mentions(annotate(two, null)).stream().filter(m -> m.startsWith("PARTY")).count());
    }

    /** A person's title at a line's end is followed by the name: the sentence goes on. */
    @Test
    void aPersonsTitleAtALineEndKeepsTheSentenceWhole() {
        assertEquals(List.of("Ms. Okafor and Mr.\nTanaka agreed to meet again in May."),
                sentences("Ms. Okafor and Mr.\nTanaka agreed to meet again in May."));
        assertEquals(List.of("The talks were led by Dr.\nAmara Diallo of the ministry.", "The next round is in June."),
                sentences("The talks were led by Dr.\nAmara Diallo of the ministry.\nThe next round is in June."));
    }

    /** A state's name and a year before a plan's head name a plan ("Peru 2040 mining plan"), not the state. */
    @Test
    void aStateBeforeAYearAndAPlanIsThePlansName() {
        String text = "Joint statement\nChile will fund the smelter under the Peru 2040 mining plan.";
        assertEquals(List.of("PARTY 16-21 Chile → CL"), mentions(annotate(text, null)).stream()
                .filter(m -> m.startsWith("PARTY")).toList());
    }

    /** "should grant permits": the verb after "should", as after "will"; no grant of money. */
    @Test
    void grantAfterShouldIsAVerb() {
        String text = "Regional governments should grant mining permits for the cobalt plant quickly.";
        assertEquals(List.of(), mentions(annotate(text, null)).stream().filter(m -> m.startsWith("INSTRUMENT")).toList());
    }

    /** A state group keeps no state's fiscal year: its "fiscal year 2027" ends on 31 December, a US one on 30 September. */
    @Test
    void aStateGroupsFiscalYearIsTheCalendarYear() {
        String text = "Joint statement\nThe United States hosted the talks. The G7 will raise USD 2 billion for nickel in"
                + " fiscal year 2027. The United States will buy cobalt in fiscal year 2027.";
        assertEquals(List.of("2027-12-31", "2027-09-30"), annotate(text, "2026-01-01").mentions().stream()
                .filter(m -> m.type() == MentionType.DEADLINE).map(m -> m.norm()).toList());
    }

    /** A mine or refinery site named after its place is no party, even as a sentence's subject; its owner is. */
    @Test
    void aProjectSiteIsNoParty() {
        String text = "Joint statement\nChile said Thacker Pass will produce lithium by 2028 for Lithium Americas.";
        assertEquals(List.of("CL", "Lithium Americas"), annotate(text, null).mentions().stream()
                .filter(m -> m.type() == MentionType.PARTY).map(m -> m.norm()).toList());
    }

    /** A scan's page break between "Annex" and its number leaves one sentence; a heading before a numbered item does not. */
    @Test
    void aPartsNumberAfterAPageBreakGoesOnTheSentence() {
        String text = "b) duties on cobalt listed as category B in Annex\n\n2.4 shall be removed in three equal stages.";
        assertEquals(List.of("b) duties on cobalt listed as category B in Annex\n\n2.4 shall be removed in three equal stages."),
                sentences(text));
        String heading = "ANNEX\n\n2. Each Party shall publish its cobalt duties.";
        assertEquals(List.of("ANNEX", "2. Each Party shall publish its cobalt duties."), sentences(heading));
    }

    /** A preamble's first aim in capitals, run into "resolved:" on its line, is an item of its own. */
    @Test
    void aCapitalAimAfterResolvedIsASentenceOfItsOwn() {
        String text = "The Government of Chile and the Government of Peru, resolved: TO WIDEN the trade in copper between them;";
        assertEquals(List.of("The Government of Chile and the Government of Peru, resolved:",
                "TO WIDEN the trade in copper between them;"), sentences(text));
        String lower = "The Parties noted one point: to widen trade is good.";
        assertEquals(List.of(lower), sentences(lower));
    }

    /** The ACP States are a group of states and a party; a bare "ACP" (a broadband programme) is none. */
    @Test
    void theAcpStatesAreAGroupOfStates() {
        String text = "Trade convention\nThe ACP States shall grant the Community fair treatment. The ACP subsidy for broadband will end.";
        assertEquals(List.of("Organisation of African, Caribbean and Pacific States"), annotate(text, null).mentions().stream()
                .filter(m -> m.type() == MentionType.PARTY).map(m -> m.norm()).distinct()
                .filter(n -> !n.equals("EU")).toList());
    }

    /** Standing ministerial rounds and named campaigns are events: the states in their names are no mentions. */
    @Test
    void statesInsideTheNamesOfConsultationsMeetingsAndMoonshotsAreNotMentions() {
        String text = "Joint statement\nPeru and Chile will report each year to the Peru-Chile Ministerial Consultations, the"
                + " Canada-Chile Mining Ministers' Meeting and the Andes Cancer Moonshot.";
        assertEquals(List.of("PARTY 16-20 Peru → PE", "PARTY 25-30 Chile → CL"), mentions(annotate(text, null)));
    }

    /** A place where training is given is a site, as a research institute is: only the training itself is the instrument. */
    @Test
    void trainingPlacesAreNoInstrument() {
        String text = "Joint statement\nChile will provide training for Peruvian smelter crews at its training centres.";
        assertEquals(List.of("PARTY 16-21 Chile → CL", "INSTRUMENT 35-43 training → workforce"), mentions(annotate(text, null)));
    }

    /** Ores mined for a metal are minerals, named for what they are mined for: "monazite", "bastnaesite", "xenotime". */
    @Test
    void rareEarthOresAreMinerals() {
        String text = "The refiner will buy monazite, bastnaesite and xenotime concentrate from the dredge.";
        assertEquals(List.of("monazite", "bastnaesite", "xenotime"), annotate(text, null).mentions().stream()
                .filter(m -> m.type() == MentionType.MINERAL).map(m -> m.text()).toList());
        assertEquals(List.of("rare earth elements", "rare earth elements", "rare earth elements"), annotate(text, null)
                .mentions().stream().filter(m -> m.type() == MentionType.MINERAL).map(m -> m.norm()).toList());
    }

    /** A war named for a state is an event: "the Korean War veterans", "after the Vietnam War" name no party. */
    @Test
    void aWarNamedForAStateIsNoParty() {
        String text = "Joint statement\nDecades after the Vietnam War, Australia will fund a nickel survey.";
        assertEquals(List.of("AU"), annotate(text, null).mentions().stream()
                .filter(m -> m.type() == MentionType.PARTY).map(m -> m.norm()).toList());
    }

    /** A company noun that opens a sentence, capitalized, names the firm after it, also after a dateline. */
    @Test
    void aCapitalizedCompanyNounOpeningASentenceNamesTheFirm() {
        String text = "LIMA - Smelter ORVA said it will double its zinc output.\n\nRefiner Orvane said it would buy the ore.";
        assertEquals(List.of("ORVA", "Orvane"), annotate(text, null).mentions().stream()
                .filter(m -> m.type() == MentionType.PARTY).map(m -> m.text()).toList());
    }

    /** A state's name, "and" and a body's name are two parties, also where a line breaks after "and". */
    @Test
    void aStateAndABodyAcrossALineBreakAreTwoParties() {
        for (String text : List.of("The tin survey will be run by Peru and World Bank staff.",
                "The tin survey will be run by Peru and\nWorld Health Organization staff.")) {
            assertEquals(2, annotate(text, null).mentions().stream().filter(m -> m.type() == MentionType.PARTY).count(), text);
            assertEquals("Peru", annotate(text, null).mentions().stream().filter(m -> m.type() == MentionType.PARTY)
                    .findFirst().orElseThrow().text(), text);
        }
    }

    /** "the Ministry of Education on the ROK side": the state's side is no part of the ministry's name. */
    @Test
    void aStatesSideIsNoPartOfABodysName() {
        String text = "Officials of the Ministry of Culture on the ROK side joined the zinc talks.";
        assertEquals(List.of("Ministry of Culture", "ROK"), annotate(text, null).mentions().stream()
                .filter(m -> m.type() == MentionType.PARTY).map(m -> m.text()).toList());
    }

    /** Warrants for a share of a firm's capital are equity, with no word for shares beside them. */
    @Test
    void warrantsForAShareOfTheFirmAreEquity() {
        String text = "The agency will receive warrants for 5 percent of the zinc miner.";
        assertEquals(List.of("INSTRUMENT warrants equity"), annotate(text, null).mentions().stream()
                .filter(m -> m.type() == MentionType.INSTRUMENT).map(m -> m.type() + " " + m.text() + " " + m.norm()).toList());
        String court = "The court issued warrants for two of the smelter's managers.";
        assertTrue(annotate(court, null).mentions().stream().noneMatch(m -> m.type() == MentionType.INSTRUMENT));
    }

    /** The battery maker's full name is one firm; health and transport bodies are parties by name and short name. */
    @Test
    void knownBodiesAndAFirmsFullNameAreOneSpanEach() {
        String text = "Envision AESC and CEPI will work with ARPA-H, while TSA checks the lithium cells.";
        assertEquals(List.of("Envision AESC", "CEPI", "ARPA-H", "TSA"), annotate(text, null).mentions().stream()
                .filter(m -> m.type() == MentionType.PARTY).map(m -> m.text()).toList());
        String full = "The Coalition for Epidemic Preparedness Innovations will fund the cobalt study.";
        assertEquals(List.of("Coalition for Epidemic Preparedness Innovations"), annotate(full, null).mentions().stream()
                .filter(m -> m.type() == MentionType.PARTY).map(m -> m.text()).toList());
    }

    /** "U.S" with its last point left out is the state too, and the deadline after it is still found. */
    @Test
    void theAbbreviationWithoutItsLastPointIsTheState() {
        String text = "The miner will ship graphite to the U.S by the end of 2030.";
        assertEquals(List.of("MINERAL graphite", "PARTY U.S", "DEADLINE by the end of 2030"), annotate(text, null).mentions()
                .stream().map(m -> m.type() + " " + m.text()).toList());
    }

    /** "US" at a line's end before "$" and a sum on the next line is the currency, not the state. */
    @Test
    void theCurrencysLettersBeforeALineBreakAreNoParty() {
        String text = "The bank will lend up to US\n$40 million for the nickel mine.";
        assertTrue(annotate(text, null).mentions().stream().noneMatch(m -> m.type() == MentionType.PARTY));
        String state = "The nickel will go to the US\nwithin two years.";
        assertEquals(1, annotate(state, null).mentions().stream().filter(m -> m.type() == MentionType.PARTY).count());
    }

    /** Hospitals and organizations that do research are not the research instrument; research itself still is. */
    @Test
    void placesThatDoResearchAreNoInstrument() {
        for (String text : List.of("The fund will pay research hospitals to test cobalt-free cells.",
                "The fund will pay research and development organizations to test cobalt-free cells.")) {
            assertTrue(annotate(text, null).mentions().stream().noneMatch(m -> m.type() == MentionType.INSTRUMENT), text);
        }
        String research = "The fund will pay for research and development on cobalt-free cells.";
        assertEquals(List.of("research and development"), annotate(research, null).mentions().stream()
                .filter(m -> m.type() == MentionType.INSTRUMENT).map(m -> m.text()).toList());
    }

    /** An office of the White House whose name a line break splits after "White House" is one party. */
    @Test
    void aWhiteHouseOfficeWrappedAfterWhiteHouseIsOneParty() {
        String text = "The copper plan was drafted with officials of the White House\nOffice of Science and Technology Policy.";
        assertEquals(List.of("White House\nOffice of Science and Technology Policy"), annotate(text, null).mentions().stream()
                .filter(m -> m.type() == MentionType.PARTY).map(m -> m.text()).toList());
    }

    /** A tax credit named by its code section is no party; elemental phosphorus is a mineral. */
    @Test
    void aCreditNamedByItsCodeSectionIsNoPartyAndPhosphorusIsAMineral() {
        String text = "Halden Metals will apply for the 45X Advanced Manufacturing credit for its phosphorus plant.";
        assertTrue(annotate(text, null).mentions().stream().noneMatch(m -> m.text().startsWith("45X")));
        assertTrue(annotate(text, null).mentions().stream()
                .anyMatch(m -> m.type() == MentionType.MINERAL && m.text().equals("phosphorus")));
    }

    /** Garnet and sillimanite, mined from mineral sands, are minerals; "Garnet" as a given name is none. */
    @Test
    void garnetAndSillimaniteAreMineralsButGarnetAsANameIsNone() {
        String text = "The Halden Sands mine will ship garnet and sillimanite to abrasive makers.";
        assertEquals(List.of("garnet", "sillimanite"), annotate(text, null).mentions().stream()
                .filter(m -> m.type() == MentionType.MINERAL).map(m -> m.norm()).toList());
        String name = "Garnet Halloway will chair the board of the new fund.";
        assertTrue(annotate(name, null).mentions().stream().noneMatch(m -> m.type() == MentionType.MINERAL));
    }

    /** Beside a transitional services agreement, "the TSA" is that agreement, not the transport security agency. */
    @Test
    void theTsaOfATransitionalServicesAgreementIsNoParty() {
        String text = "Orlin Metals will run the cobalt refinery's payroll under a transitional services agreement. "
                + "The TSA ends after nine months.";
        assertTrue(annotate(text, null).mentions().stream().noneMatch(m -> m.text().equals("TSA")));
        assertEquals(List.of("Orlin Metals"), annotate(text, null).mentions().stream()
                .filter(m -> m.type() == MentionType.PARTY).map(m -> m.text()).toList());
    }

    /** A reserve built of a mineral is a stockpile; reserves in the ground, a central bank and a right reserved are not. */
    @Test
    void aReserveBuiltOfAMineralIsStockpilingButOtherReservesAreNot() {
        String built = "The ministry will build a national reserve of cobalt and gallium.";
        assertEquals(List.of("reserve"), annotate(built, null).mentions().stream()
                .filter(m -> m.type() == MentionType.INSTRUMENT && m.norm().equals("stockpiling")).map(m -> m.text()).toList());
        for (String text : List.of("The basin holds the largest reserves of lithium on the continent.",
                "The partners reserve the right to add nickel projects.",
                "The Federal Reserve held rates as copper prices fell.")) {
            assertTrue(annotate(text, null).mentions().stream().noneMatch(m -> m.type() == MentionType.INSTRUMENT), text);
        }
    }

    /** "Companies that … include A, B and C": a company noun opening the sentence makes every listed name a firm. */
    @Test
    void aListAfterCompaniesThatIncludeNamesFirms() {
        String text = "Companies that will buy the copper cathode include Harlow Wire, Brannock Tube and Kestrel.";
        assertEquals(List.of("Harlow Wire", "Brannock Tube", "Kestrel"), annotate(text, null).mentions().stream()
                .filter(m -> m.type() == MentionType.PARTY).map(m -> m.text()).toList());
    }

    /** A designation list a group is put on ("a Foreign Terrorist Organization") is written like a body but is none. */
    @Test
    void aDesignationListIsNoParty() {
        String text = "The smuggling ring, a designated Foreign Terrorist Organization, moved cobalt through Halden Port.";
        assertTrue(annotate(text, null).mentions().stream().noneMatch(m -> m.text().contains("Terrorist")));
    }

    /** A reserve kept of a mineral is a stockpile; a large one a state holds in the ground is not. */
    @Test
    void aReserveKeptOfAMineralIsStockpilingButOneInTheGroundIsNot() {
        for (String text : List.of("The agency plans to hold a reserve of tungsten for its mills.",
                "The utility will maintain a small reserve of nickel and cobalt.")) {
            assertEquals(List.of("reserve"), annotate(text, null).mentions().stream()
                    .filter(m -> m.type() == MentionType.INSTRUMENT && m.norm().equals("stockpiling")).map(m -> m.text())
                    .toList(), text);
        }
        for (String text : List.of("The northern region holds a vast reserve of tin.",
                "Both provinces hold a large reserve of zinc ore.")) {
            assertTrue(annotate(text, null).mentions().stream().noneMatch(m -> m.type() == MentionType.INSTRUMENT), text);
        }
    }

    /** Thorium is a mineral, and funding mechanisms one financial-support mention. */
    @Test
    void thoriumIsAMineralAndFundingMechanismsOneInstrument() {
        Annotation a = annotate("The fund will study funding mechanisms for thorium mines.", null);
        assertTrue(a.mentions().stream().anyMatch(m -> m.type() == MentionType.MINERAL && m.norm().equals("thorium")));
        assertEquals(List.of("funding mechanisms"), a.mentions().stream()
                .filter(m -> m.type() == MentionType.INSTRUMENT).map(m -> m.text()).toList());
    }

    /** "the Federal government" is the United States' as "the Federal Government" is; regulatory relief is regulatory. */
    @Test
    void federalGovernmentInLowerCaseAndRegulatoryRelief() {
        Annotation a = annotate("The United States will act. The Federal government will grant regulatory relief to smelters.", null);
        assertTrue(a.mentions().stream().anyMatch(m -> m.text().equals("Federal government") && m.norm().equals("US")));
        assertTrue(a.mentions().stream().anyMatch(m -> m.text().equals("regulatory relief") && m.norm().equals("regulatory")));
    }

    /** A state group's name in the name of its initiative names the initiative; the group itself stays a party. */
    @Test
    void aGroupInsideTheNameOfItsInitiativeIsNoMention() {
        String text = "Joint statement\nThe Quad countries have launched the Quad Battery Minerals Initiative, and the G7 will"
                + " fund the Tarsan Graphite Initiative.";
        assertEquals(List.of("PARTY 20-24 Quad → Quadrilateral Security Dialogue", "PARTY 95-97 G7 → Group of Seven"),
                mentions(annotate(text, null)).stream().filter(m -> m.startsWith("PARTY")).toList());
    }

    /** A body that runs an initiative named after it stays a party, as does a headline's subject that launches one. */
    @Test
    void aBodyOrAHeadlineSubjectBeforeAnInitiativeStaysAParty() {
        String text = "Joint statement\nThe White House Initiative on Tin Skills will meet, and Peru Launch Joint Cobalt Initiative"
                + " was the headline.";
        assertEquals(List.of("PARTY 20-31 White House → US", "PARTY 72-76 Peru → PE"),
                mentions(annotate(text, null)).stream().filter(m -> m.startsWith("PARTY")).toList());
    }
}
