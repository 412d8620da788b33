package org.accordex.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;

import org.accordex.model.Annotation;
import org.accordex.model.DocumentInfo;
import org.accordex.model.MentionType;
import org.accordex.model.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which names are parties and which words are instruments, on sentences written for these tests. */
class NamesAndInstrumentsTest {
    private static final Annotator ANNOTATOR = new Annotator(AnnotatorModels.bundled());

    /** Each mention of the type as "text → norm", in text order; shared with the other tests of this package. */
    static List<String> mentions(String text, MentionType type) {
        DocumentInfo info = new DocumentInfo("test", "test.txt", "", null, "text/plain", "en", text.length());
        Annotation a = ANNOTATOR.annotate(new SourceDocument(info, text), null);
        return a.mentions().stream().filter(m -> m.type() == type).map(m -> m.text() + " → " + m.norm()).toList();
    }

    /** India's Union Cabinet acts for India; the EU's "CRMs" are critical raw materials; an agency's credit is no party. */
    @Test
    void aCabinetTheEusAbbreviationAndAnAgencysCreditAreRead() {
        assertEquals(List.of("Union Cabinet → IN"), mentions("The Union Cabinet approved a magnet scheme on Monday.",
                MentionType.PARTY));
        assertEquals(List.of("CRMs → critical minerals", "CRM → critical minerals"), mentions("The centre will map CRMs supply"
                + " chains and back CRM recycling.", MentionType.MINERAL));
        assertEquals(List.of(), mentions("Lima, Peru (EFE).- Peru will cut copper taxes.", MentionType.PARTY).stream()
                .filter(m -> m.startsWith("EFE")).toList());
    }

    @Test
    void aCompanyNamedAfterASentenceThatEndsInAnAcronymIsFound() {
        assertEquals(List.of("Orion CMC → Orion CMC", "Orion CMC → Orion CMC"), mentions("Kestrel sold its stake to Orion CMC."
                + " Orion CMC will invest $500 million in cobalt.", MentionType.PARTY).stream()
                .filter(m -> m.startsWith("Orion")).toList());
    }

    @Test
    void aNameWithLegalFormsBeforeItsShortNameIsACompany() {
        assertEquals(List.of("Gulf Cobalt Resources RSC Ltd. → Gulf Cobalt Resources RSC Ltd.",
                "GCR → Gulf Cobalt Resources RSC Ltd.", "GCR → Gulf Cobalt Resources RSC Ltd."), mentions("Two state firms"
                + " signed a pact with Gulf Cobalt Resources RSC Ltd. (GCR) on Monday. GCR will build a refinery.",
                MentionType.PARTY));
        assertEquals(List.of("Tarn Copper Company Limited → Tarn Copper Company Limited"),
                mentions("Tarn Copper Company Limited will build a smelter.", MentionType.PARTY));
        // "Limited" of "Limited Partnership" is the next name's first word, not this one's legal form
        assertEquals(List.of(), mentions("A permit for Esk Energy, Limited Partnership was issued.", MentionType.PARTY)
                .stream().filter(m -> m.contains("Limited")).toList());
    }

    /** A heading in title case capitalizes the small words of a body's name, which stays one mention. */
    @Test
    void aBodyNameInTitleCaseIsOneMention() {
        assertEquals(List.of("Department Of Industry, Science And Resources → Department of Industry, Science and Resources",
                "Ministry Of Economy, Trade And Industry → Ministry of Economy, Trade and Industry"),
                mentions("A Study Plan Of The Department Of Industry, Science And Resources And The Ministry Of Economy,"
                        + " Trade And Industry", MentionType.PARTY));
        assertEquals("Ministry Of Mines And Energy", Gazetteer.titleCase("Ministry of Mines and Energy"));
    }

    @Test
    void aStateNamedInAProvincesNameIsNoParty() {
        // the province's government is its own party, never Australia's
        assertEquals(List.of("Chile → CL", "South Australian Government → South Australia"), mentions("The refinery in"
                + " Western Australia will sell lithium to Chile once the South Australian Government approves the port.",
                MentionType.PARTY));
        assertEquals(List.of("Mexico → MX"), mentions("A uranium mill in New Mexico and a smelter in Inner Mongolia will"
                + " supply Mexico.", MentionType.PARTY));
        assertEquals(List.of("US → US", "Japan → JP", "North Macedonia → MK"), mentions("The New US-Japan Partnership"
                + " will map nickel in North Macedonia.", MentionType.PARTY));
    }

    @Test
    void aUsStateThatSharesACountrysNameIsNoParty() {
        assertEquals(List.of("Chile → CL"), mentions("Georgia Congresswoman Dana Reyes toured a cobalt plant in Macon,"
                + " Georgia, with engineers from Georgia Tech before Chile agreed to ship ore.", MentionType.PARTY));
        // the US state's government is a party of its own, not the country ("the State of Georgia" → Georgia)
        assertEquals(List.of("Georgia → Georgia"), mentions("The State of Georgia and South Carolina will fund a battery recycler; the"
                + " plant will bring 400 jobs to Georgia.", MentionType.PARTY));
        assertEquals(List.of(), mentions("Lee Park, of Georgia, to be an Assistant Secretary of Energy.", MentionType.PARTY));
    }

    @Test
    void aFirmsCapitalNameWrittenAsANameIsTheFirm() {
        assertEquals(List.of("POSCO → POSCO", "Posco → POSCO"), mentions("Korea Zinc sold nickel to POSCO last year; this"
                + " year Posco will buy cobalt.", MentionType.PARTY).subList(1, 3));
        // a short capital name may spell a word: "Mind" opens no firm
        assertEquals(List.of(), mentions("Mind the cost of cobalt.", MentionType.PARTY));
    }

    @Test
    void whereABodySitsIsNoPartOfItsName() {
        assertEquals(List.of("Arden Development Bank → Arden Development Bank"), mentions("The New Zealand-based Arden"
                + " Development Bank will lend for a cobalt mine.", MentionType.PARTY));
    }

    @Test
    void aStatesNameGivenToAPersonIsNoParty() {
        assertEquals(List.of("Kenya → KE"), mentions("Adviser Jordan Whitfield and Bharat Okafor said Kenya will map"
                + " cobalt.", MentionType.PARTY));
        // a headline's verb, a body's name and a state placed after "of" stay the state
        assertEquals(List.of("Jordan → JO", "Chad → TD"), mentions("Jordan Signs Cobalt Deal With Chad",
                MentionType.PARTY));
        assertEquals(List.of("Israel → IL"), mentions("The President of Israel Herzog said the plant will open.",
                MentionType.PARTY));
        assertEquals(List.of("Jordan → JO"), mentions("She served as Jordan Counselor to the Special Envoy.",
                MentionType.PARTY));
        assertEquals(List.of("India → IN"), mentions("The Norway-India Alliance for Cobalt will map deposits.",
                MentionType.PARTY).stream().filter(m -> m.startsWith("India")).toList());
    }

    @Test
    void aFirmATickerConfirmsIsTheFirmWhereverItsNameHoldsAStateOrAMetal() {
        assertEquals(List.of("Cobalt Canada → Cobalt Canada", "Cobalt Canada → Cobalt Canada"), mentions("Cobalt Canada"
                + " (ASX:CBC) will sell its stake. Shareholders of Cobalt Canada approved the sale.", MentionType.PARTY));
    }

    @Test
    void georgiaInADocumentThatNamesNoOtherStateIsTheUsState() {
        assertEquals(List.of("Federal Emergency Management Agency → Federal Emergency Management Agency"),
                mentions("The storm in Georgia took nine lives, and the Federal Emergency Management Agency will send"
                        + " aid.", MentionType.PARTY));
        // a government named by its term is no state of a list: "the Administration and Georgia"
        List<String> parties = mentions("The Biden-Harris Administration and Georgia officials met, and new jobs in Georgia"
                + " will follow.", MentionType.PARTY);
        assertFalse(parties.contains("Georgia → GE"), parties.toString());
        // a document on the country names its partners
        assertEquals(List.of("Georgia → GE", "European Union → EU"), mentions("Georgia will hold elections in October,"
                + " and the European Union will send observers.", MentionType.PARTY));
    }

    @Test
    void aHeadingsLastWordAndTheNextLinesNameAreNoList() {
        List<String> parties = mentions("Bank backs battery plant in Georgia\nExport-Import Bank of Korea will lend"
                + " $900 million to the plant in Dalton County, Georgia.", MentionType.PARTY);
        assertFalse(parties.contains("Georgia → GE"), parties.toString());
    }

    @Test
    void aFirmIsNamedByItsListingsItsLegalFormAfterACommaAndWhereItSits() {
        assertEquals(List.of("Tarn Nickel → Tarn Nickel"), mentions("Tarn Nickel (TSXV: TNK; US-OTC: TNKLF) will drill"
                + " in Quebec.", MentionType.PARTY));
        assertEquals(List.of("Ostrava Power Enterprises, Inc. → Ostrava Power Enterprises, Inc."), mentions("The loan"
                + " goes to Ostrava Power Enterprises, Inc. to build a zinc battery line.", MentionType.PARTY));
        assertEquals(List.of("UK → GB", "Halberd → Halberd"), mentions("The copper mine is run by UK-based Halberd and"
                + " a trading house.", MentionType.PARTY));
    }

    @Test
    void aProductOrAPlantEndsNoFirmsName() {
        assertEquals(List.of("Norvik → Norvik"), mentions("Tellus Graphite signed a supply agreement with Norvik EVs"
                + " last week.", MentionType.PARTY).subList(1, 2));
        assertEquals(List.of(), mentions("Ohio Anode Manufacturing Plant Wins Backing", MentionType.PARTY));
    }

    @Test
    void theCountryGeorgiaStaysAParty() {
        assertEquals(List.of("Georgia → GE", "Armenia → AM", "Georgia → GE"), mentions("Georgia and Armenia will map"
                + " manganese, and Georgia's Prime Minister will sign in Tbilisi.", MentionType.PARTY));
        assertEquals(List.of("US → US", "Georgia → GE"), mentions("The US named a new Ambassador to Georgia, who served"
                + " in Atlanta, Georgia before.", MentionType.PARTY).subList(0, 2));
    }

    @Test
    void aFirmsNameLessItsLegalFormIsTheFirmEvenWhereItReadsAsMinerals() {
        String text = "Critical Metals Corp. won a loan. The New York-based Critical Metals will build a mine, and"
                + " Critical Metals shares rose.";
        assertEquals(List.of("Critical Metals Corp. → Critical Metals Corp.", "Critical Metals → Critical Metals Corp.",
                "Critical Metals → Critical Metals Corp."), mentions(text, MentionType.PARTY));
        assertEquals(List.of(), mentions(text, MentionType.MINERAL));
        // after a preposition of prose, the legal form still makes it the firm
        assertEquals(List.of("Critical Metals Corp → Critical Metals Corp"),
                mentions("The loan is a milestone for Critical Metals Corp which plans a mine.", MentionType.PARTY));
    }

    @Test
    void whereAFirmSitsIsNoPartOfItsName() {
        assertEquals(List.of("Energy Department → U.S. Department of Energy", "Canada → CA",
                "Lithium Americas → Lithium Americas"), mentions("The Energy Department will lend $2 billion to"
                + " Canada-based Lithium Americas.", MentionType.PARTY));
    }

    @Test
    void whereAFirmTradesIsNoPartOfItsNameAndAWeekdayEndsABodysName() {
        assertEquals(List.of("Harlow Metals Corp. → Harlow Metals Corp.", "Peru → PE"), mentions("NYSE-listed Harlow Metals"
                + " Corp. will build a refinery in Peru.", MentionType.PARTY));
        assertEquals(List.of("MP Materials Corp. → MP Materials"), mentions("NYSE-listed MP Materials Corp. will build a"
                + " refinery.", MentionType.PARTY));
        assertEquals(List.of("Department of Mines and Energy → Department of Mines and Energy"), mentions("The plan"
                + " was set out in a release from the Department of Mines and Energy on Friday, May 8.", MentionType.PARTY));
    }

    @Test
    void stateOwnedMinersAndJointBuyersAreKnownByTheirShortNames() {
        assertEquals(List.of("Maaden → Saudi Arabian Mining Company", "JARE → Japan Australia Rare Earths",
                "Jogmec → Japan Organization for Metals and Energy Security"), mentions("Maaden will sell cobalt to JARE,"
                + " which Jogmec co-owns.", MentionType.PARTY));
        assertEquals(List.of(), mentions("Maaden will sell cobalt to JARE.", MentionType.MINERAL).stream()
                .filter(m -> m.contains("rare earth")).toList());
    }

    @Test
    void quotasOfExportersAreTradeMeasuresAndAnInvestmentDecisionIsNoInvestment() {
        assertEquals(List.of("quotas → trade-measure", "quotas → trade-measure"), mentions("Exporters must keep within"
                + " their assigned quotas. Companies must align shipping plans with quarterly quotas. Hiring quotas rose.",
                MentionType.INSTRUMENT));
        assertEquals(List.of("investment → investment"), mentions("Halden plans a final investment decision in 2026 and"
                + " an investment of $50 million in cobalt.", MentionType.INSTRUMENT));
    }

    @Test
    void metalsInFiguresOfSpeechAreNoMinerals() {
        assertEquals(List.of("silver → silver", "gold → gold", "Iron → iron"), mentions("Peru will refine silver and gold. Its"
                + " mine sets the gold standard, honors Gold Star families and keeps iron-clad ties. Iron or steel products"
                + " pay duty. No silver bullet exists, said the dean of the Silver School.", MentionType.MINERAL));
    }

    @Test
    void siliconNamesAPlaceInSiliconValleyButTheMaterialInAProductName() {
        assertEquals(List.of("Silicon → silicon", "silicon → silicon"), mentions("Kenya courts firms from Silicon Valley to"
                + " the Silicon Savannah, and Peru will tax Crystalline Silicon Photovoltaic Cells and refine silicon.",
                MentionType.MINERAL));
    }

    @Test
    void mineralWordsInTheNamesOfPlansAndMeetingsNameThem() {
        assertEquals(List.of("critical minerals → critical minerals"), mentions("Ministers met at the 2027 Critical Minerals"
                + " Ministerial, adopted the Critical Minerals Action Plan, updated the Nordic Critical Minerals Strategy and"
                + " the Plan for Critical Minerals Security, and will map critical minerals.", MentionType.MINERAL));
    }

    @Test
    void aStateInsideTheNameOfAMeetingInTheFirstSentenceIsNoMention() {
        // a first line that ends as a sentence does is running text, not the document's title
        assertEquals(List.of("Ministry of Mines → Ministry of Mines"), mentions("The Ministry of Mines held the first"
                + " Peru-Chile Copper Cooperation Dialogue in Lima today.\n\nThe sides agreed to map copper.",
                MentionType.PARTY).stream().filter(m -> !m.startsWith("Lima")).toList());
    }

    @Test
    void instrumentWordsInQuotedTitlesAndNamedAgreementsNameThem() {
        assertEquals(List.of("tariffs → tariff"), mentions("The Secretary shall review the final rule entitled “Provisions"
                + " Pertaining to Investments in Lithium Refining” and recommend tariffs on lithium.", MentionType.INSTRUMENT));
        assertEquals(List.of("procurement → procurement"), mentions("The Trade Representative shall review the Agreement on"
                + " Government Procurement and its effect on the procurement of graphite.", MentionType.INSTRUMENT));
    }

    @Test
    void anInvestmentLoanIsOneLoan() {
        assertEquals(List.of("investment loan agreement → loan", "investment → investment"), mentions("The bank signed an"
                + " overseas investment loan agreement with Norvale Mining, whose investment in the mine will follow.",
                MentionType.INSTRUMENT));
    }

    @Test
    void aFirmsBuyingOfficeOrPostIsNoProcurementInstrument() {
        assertEquals(List.of(), mentions("Dana Moore, head of the procurement center at Norvale Battery, met the supplier."
                + " Lee Park, head of strategic procurement at Norvale, signed too.", MentionType.INSTRUMENT));
        // the government's buying remains one
        assertEquals(List.of("procurement → procurement"), mentions("The agency will use procurement to buy antimony.",
                MentionType.INSTRUMENT));
    }

    @Test
    void aPersonsTitleBeforeABodyIsNotPartOfItsName() {
        assertEquals(List.of("Lakeland Valley Authority → Lakeland Valley Authority"), mentions(
                "Ana Ruiz, to be a Member of the Board of Directors of the Lakeland Valley Authority, will review the"
                        + " lithium leases.", MentionType.PARTY));
        assertEquals(List.of("Coastal Mining Commission → Coastal Mining Commission"), mentions(
                "The nominee for Chairman of the Coastal Mining Commission will testify on Tuesday.", MentionType.PARTY));
    }

    @Test
    void bodiesWithSerialCommasSubsidiariesAndSecretariatsAreOneName() {
        assertEquals(List.of("Andean Geological, Mining and Metallurgical Institute → Andean Geological, Mining and"
                        + " Metallurgical Institute",
                "Northern Society of Mining, Petroleum and Energy → Northern Society of Mining, Petroleum and Energy"),
                mentions("The Andean Geological, Mining and Metallurgical Institute and the Northern Society of Mining,"
                        + " Petroleum and Energy will map copper.", MentionType.PARTY));
        assertEquals(List.of("Tata Steel → Tata Steel", "Hitachi → Hitachi",
                        "Kestrel Magnet (India) Limited → Kestrel Magnet (India) Limited"),
                mentions("Tata Steel, Hitachi and Kestrel Magnet (India) Limited will recycle magnets.", MentionType.PARTY));
        assertEquals(List.of("ISA Secretariat → ISA Secretariat"),
                mentions("The ISA Secretariat will share data on nodules.", MentionType.PARTY));
    }

    @Test
    void aStateAfterAMinistryWithCommasInItsNameIsAMentionOfItsOwn() {
        assertEquals(List.of("Ministry of Trade, Industry and Energy → Ministry of Trade, Industry and Energy",
                "Republic of Korea → KR"), mentions("The Ministry of Trade, Industry and Energy of the Republic of Korea"
                + " will share graphite data.", MentionType.PARTY));
    }

    @Test
    void aNameThatGoesOnPastItsHeadIsNotABody() {
        assertEquals(List.of(), mentions("She received the Northern Rivers Service Medal and the Lakeland Survey Award.",
                MentionType.PARTY));
        assertEquals(List.of(), mentions("Such a corporation is one within the meaning of the Island Revenue"
                + " Administration Act.", MentionType.PARTY));
    }

    @Test
    void aShortNameOfALongerNameEndingInAStateIsNotTheState() {
        assertEquals(List.of("Japan → JP"), mentions("The Customs Schedule of Japan (CSJ) shall be amended, and the CSJ"
                + " shall list graphite.", MentionType.PARTY));
    }

    @Test
    void anAbbreviationTheTextDefinesForSomethingElseIsNotAState() {
        assertEquals(List.of("Canada → CA"), mentions("Canada will fund a Regional Supply Advisor (RSA) post, and the RSA"
                + " will report on cobalt.", MentionType.PARTY));
    }

    @Test
    void unknownNamesListedWithAKnownCompanyAreCompanies() {
        assertEquals(List.of("Toyota → Toyota", "Kestrel Dynamics → Kestrel Dynamics", "Marlow Cables → Marlow Cables"),
                mentions("Toyota, Kestrel Dynamics and Marlow Cables will invest in lithium refining.", MentionType.PARTY));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Meanwhile, Toyota and Honda will buy nickel.",
            "Toyota and Honda will build plants in Kentucky, Indiana and Ontario.",
            "Toyota, Honda and suppliers will open offices in Tokyo, Nagoya and Kyoto.",
            "Jo Park, President, Toyota, said the plant will open.",
            "Raw Materials and Supply Chains: Toyota and Honda Seek Nickel"})
    void listsOfPeopleHeadlinesAndSentenceWordsAddNoCompany(String text) {
        assertEquals(List.of(), mentions(text, MentionType.PARTY).stream()
                .filter(m -> !Set.of("Toyota → Toyota", "Honda → Honda", "Raw Materials → Raw Materials").contains(m))
                .toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The Minister of Finance shall approve the new branches.",
            "She was Assistant Secretary for International Finance and Development at the Treasury.",
            "He led the Subcommittee on Capital Markets, Insurance and Housing.",
            "She moved from the insurance industry to public service.",
            "Officers shall process applications for the grant of entry and temporary stay.",
            "No Party shall require, as a condition of permitting the establishment of a plant, that it export goods.",
            "Peru will restrict copper imports to treaty partners, permitting exemptions as necessary.",
            "New load is dedicated to AI inference, training, simulation and data generation.",
            "The panel stressed the urgency and equity of the global response.",
            "Tariffs shall be those of the Harmonized Tariff Schedule of Atlantis."})
    void instrumentWordsInPortfoliosTradesGrantsOfRightsVerbsAndFairnessAreNotInstruments(String text) {
        assertEquals(List.of(), mentions(text, MentionType.INSTRUMENT).stream()
                .filter(m -> !m.equals("Tariffs → tariff")).toList());
    }

    @Test
    void instrumentsOfMoneyAndTradeStay() {
        assertEquals(List.of("equity → equity", "anti-dumping measures → trade-measure", "supply contracts → offtake",
                        "export credit guarantees → guarantee"),
                mentions("The fund will take equity in the mine for USD 40 million; the Parties may maintain anti-dumping"
                        + " measures; buyers will sign supply contracts backed by export credit guarantees.",
                        MentionType.INSTRUMENT));
    }

    @Test
    void spanishPortugueseAndFrenchBodiesAreOneName() {
        assertEquals(List.of("Ministerio de Energía y Minas → Ministerio de Energía y Minas",
                        "Agência Nacional de Águas → Agência Nacional de Águas"),
                mentions("The Ministerio de Energía y Minas and the Agência Nacional de Águas will share data on copper.",
                        MentionType.PARTY));
        assertEquals(List.of("Office national des mines et de l'énergie → Office national des mines et de l'énergie"),
                mentions("The Office national des mines et de l'énergie will map bauxite.", MentionType.PARTY));
        assertEquals(List.of("Servicio Geológico Colombiano → Servicio Geológico Colombiano",
                        "Minera del Norte Sociedad del Estado → Minera del Norte Sociedad del Estado"),
                mentions("The Servicio Geológico Colombiano and Minera del Norte Sociedad del Estado will survey nickel.",
                        MentionType.PARTY));
        assertEquals(List.of("Salar Andino SpA → Salar Andino SpA"),
                mentions("Salar Andino SpA will sell lithium carbonate.", MentionType.PARTY));
    }

    @Test
    void twoKnownBodiesJoinedByAndAreTwoNames() {
        assertEquals(List.of("Department of State → U.S. Department of State",
                        "USAID → U.S. Agency for International Development"),
                mentions("The Department of State and USAID will train customs officers.", MentionType.PARTY));
    }

    @Test
    void whereABodySitsIsNotPartOfItsName() {
        assertEquals(List.of("Northwind Metals Corp. → Northwind Metals Corp.",
                        "Harbour Fisheries Commission → Harbour Fisheries Commission"),
                mentions("Denver-based Northwind Metals Corp. and the Halifax-based Harbour Fisheries Commission will"
                        + " study seabed nodules.", MentionType.PARTY));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The Administration and Finance Commission shall review the draft budget.",
            "Buyers in Central America and Latin America will join the talks.",
            "Cobalt ships through Panama, Central\nAmerica and Chile to the smelter.",
            "South America holds much of the world's lithium."})
    void regionsNamedAfterAmericaAndAdministrationInAPortfolioAreNotTheUnitedStates(String text) {
        assertEquals(List.of(), mentions(text, MentionType.PARTY).stream().filter(m -> m.endsWith("→ US")).toList());
    }

    @Test
    void theShortNameOfStatesJoinedByHyphensIsNotTheLastState() {
        assertEquals(List.of("India → IN", "Japan → JP", "Australia → AU"),
                mentions("The India-Japan-Australia (IJAUS) partnership is new. IJAUS partners will map copper.",
                        MentionType.PARTY));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Details are at https://example.org/mines/loans-and-grants-for-smelters for applicants.",
            "Heavy-duty trucks and light-duty vans are not covered.",
            "The Investment Screening Working Group will meet in May."})
    void wordsInLinksVehicleClassesAndWorkingGroupsAreNotInstruments(String text) {
        assertEquals(List.of(), mentions(text, MentionType.INSTRUMENT));
    }

    @Test
    void insuranceOfLoansAndDebtFundingAreOneMentionEach() {
        assertEquals(List.of("loan insurance → insurance", "debt funding → loan", "financial backing → financial-support"),
                mentions("The insurer will widen its loan insurance, and the miner sought debt funding and financial"
                        + " backing for the smelter.", MentionType.INSTRUMENT));
    }

    @Test
    void aDatelineUnderAHeadingNamesNoStateAndACapitalWithARelativeClauseActs() {
        assertEquals(List.of(), mentions("Funding will support studies for the project\nOTTAWA, ON, May 4, 2026 /CNW/ - Today,"
                + " the lender announced a loan.", MentionType.PARTY));
        assertEquals(List.of("Beijing → CN"), mentions("Beijing, which controls most refining, tightened its export rules.",
                MentionType.PARTY));
    }

    @Test
    void aDatelineSharedByTwoCitiesNamesNoStateWhileTheCapitalsThatActDo() {
        assertEquals(List.of("Peru → PE"), mentions("Copper talks resume\nLIMA/SANTIAGO, May 4 (Reuters) - Peru will cut its"
                + " copper duties.", MentionType.PARTY));
        assertEquals(List.of("Peru → PE", "Santiago → CL", "Lima → PE"), mentions("Copper talks resume\nSANTIAGO/LIMA, May 4"
                + " (Reuters) - Peru will cut its copper duties. Santiago and Lima agreed to meet.", MentionType.PARTY));
    }

    @Test
    void financingPhrasedAsNamedInstrumentsIsOneMention() {
        assertEquals(List.of("viability gap funding → financial-support", "blended finance → financial-support",
                        "capital injection → equity", "local content requirements → trade-measure"),
                mentions("The bank will offer viability gap funding and blended finance, the fund a capital injection,"
                        + " and the state will drop local content requirements.", MentionType.INSTRUMENT));
    }

    @Test
    void theNormOfANameFoundByItsShapeIsWrittenOnOneLine() {
        assertEquals(List.of("Lakeland Valley \t Authority → Lakeland Valley Authority"),
                mentions("On Monday, the Lakeland Valley \t Authority said it will review the lithium leases.", MentionType.PARTY));
    }

    @Test
    void anAgreementsShortNameIsNotTheBodyOfTheSameLetters() {
        assertEquals(List.of("Fiji → FJ", "Samoa → WS"), mentions("The Economic Partnership Agreement (EPA) between Fiji"
                + " and Samoa covers copper. The EPA shall be reviewed every five years.", MentionType.PARTY));
    }

    @Test
    void theTextsDefinitionOfTheCommunityOutranksTheDictionarysReading() {
        // a misspelt name of the Union is the Union
        assertEquals(List.of("United States → US", "Europe Union → EU"),
                mentions("The United States and the Europe Union will cut tariffs on aluminum.", MentionType.PARTY));
        assertEquals(List.of("European Community → EU", "EC → EU", "Samoa → WS", "EC → EU"),
                mentions("The European Community (EC) and Samoa agree that the EC shall fund nickel refining.",
                        MentionType.PARTY));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Decisions of the Supreme Minerals Council shall be taken by consensus.",
            "Meetings of the Supreme Minerals Council shall be held twice a year.",
            "The Rules of Procedure of the Supreme Minerals Council shall govern its work."})
    void theActsAndMeetingsOfABodyAreNotPartOfItsName(String text) {
        assertEquals(List.of("Supreme Minerals Council → Supreme Minerals Council"), mentions(text, MentionType.PARTY));
    }

    @Test
    void aStateJoinedToABodyByAndIsAPartyOfItsOwn() {
        assertEquals(List.of("Department of Commerce → U.S. Department of Commerce", "Peru → PE"),
                mentions("The Department of Commerce and Peru will hold a forum on copper.", MentionType.PARTY));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Lowers Energy Costs and Expands Clean Power for Families.",
            "She served in Human Resources before joining the bureau.",
            "Water Resources and Basic Materials are listed in the annex.",
            "He holds a Master of Public Administration degree.",
            "The President will deliver the State of the Union address."})
    void headlinesKindsOfGoodsDegreesAndSpeechesAreNotParties(String text) {
        assertEquals(List.of(), mentions(text, MentionType.PARTY));
    }

    @Test
    void aPossessiveBeforeAdministrationLeavesTheGovernment() {
        assertEquals(List.of("Administration → US"),
                mentions("My Administration will fund lithium research.", MentionType.PARTY));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The customs value includes freight, insurance and packing costs.",
            "Financial services include insurance and insurance-related services.",
            "Workers are covered by social insurance and compulsory medical insurance.",
            "A good shall undergo a change in tariff classification at the heading level.",
            "Tariff lines in the Normal Track shall be listed in Annex 2.",
            "The arbitrator shall perform such duties as the Commission directs.",
            "Fifteen active duty military officers attended.",
            "The two navies will counter illicit finance and terrorist financing at sea."})
    void insuranceAsATradeOrACostNomenclatureOfficialDutiesAndIllicitFinanceAreNotInstruments(String text) {
        assertEquals(List.of(), mentions(text, MentionType.INSTRUMENT));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The Northern Minerals Investment Accelerator will meet smelter owners in May.",
            "Staff of the regional Environmental Finance Centers visited the copper mine.",
            "Both leaders praised the Partnership for Global Infrastructure and Investment at the summit.",
            "Officials from the Finance and Energy Ministries discussed cobalt prices.",
            "Nickel prices fell in March, Harbor Finance reported on Monday.",
            "Lithium demand doubled, according to Delta Research.",
            "Independent research shows that graphite demand will rise.",
            "The Working Groups on Export Controls met in Brussels on Monday.",
            "The ministry shall not grant mining rights in a protected wetland.",
            "Lithium projects are listed in the National Investment Priority Plan.",
            "Both states recalled their Memorandum on Trade and Investment Cooperation.",
            "The Nickel Investment Framework and the Battery Financing Roadmap were adopted.",
            "The utility's research arm and the bank's lending arm will study the smelter."})
    void namesOfOfficesAndPartnershipsPortfoliosAndCitedSourcesAreNotInstruments(String text) {
        assertEquals(List.of(), mentions(text, MentionType.INSTRUMENT));
    }

    @Test
    void instrumentsNextToAPartnershipOrASourceStayInstruments() {
        assertEquals(List.of("loans → loan", "investment → investment"), mentions(
                "Under the Partnership for Global Infrastructure, the bank will provide loans and investment to the"
                        + " cobalt refinery, the ministry said.", MentionType.INSTRUMENT));
        assertEquals(List.of("financing → financial-support"), mentions(
                "The lender will offer financing, said the minister of trade.", MentionType.INSTRUMENT));
        assertEquals(List.of("investments → investment", "financings → financial-support",
                        "pre-apprenticeship → workforce"), mentions(
                "Lenders announced investments and financings for smelters and a pre-apprenticeship course for welders.",
                MentionType.INSTRUMENT));
        assertEquals(List.of("subsidies → subsidy"), mentions(
                "If the province grants subsidies to a cobalt smelter, it shall say so.", MentionType.INSTRUMENT));
        assertEquals(List.of("grants → grant", "subsidies → subsidy", "grants → grant"), mentions(
                "The fund gives grants and subsidies to refiners, and grants for access roads.", MentionType.INSTRUMENT));
    }

    @Test
    void insuranceAmongFinancialSupportAndNamedTradeMeasuresAreInstruments() {
        assertEquals(List.of("grants → grant", "loans → loan", "guarantees → guarantee", "insurance → insurance"),
                mentions("Subsidies do not include grants, loans, guarantees and insurance given by a state.",
                        MentionType.INSTRUMENT).stream().filter(m -> !m.startsWith("Subsidies")).toList());
        assertEquals(List.of("quantitative restrictions → trade-measure", "export subsidies → subsidy",
                        "import licensing → trade-measure", "tariff → tariff"),
                mentions("Neither Party shall adopt quantitative restrictions on nickel, export subsidies or import"
                        + " licensing, and each shall grant preferential tariff treatment to cobalt.", MentionType.INSTRUMENT));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Jane Doe, Senior Advisor to the President for Trade and Investment, visited the cobalt refinery.",
            "The envoy met the Ministries of Mines, Finance, and Energy on nickel royalties.",
            "SUBJECT: Allied Nickel Investment Policy",
            "Each firm will show the capacity to privately finance its lithium plant.",
            "The Secretary shall maintain the nuclear weapons stockpile and the nuclear stockpile.",
            "Unions want hiring quotas for local miners.",
            "General Ulysses S. Grant led the army, and it was Grant’s resolve that won, said Lieutenant Grant.",
            "I hereby grant this permit for the copper pipeline and grant a full pardon to the miner.",
            "Trade Secretary Grant Morley has today agreed to deepen copper ties with Peru, and Minister Grant Ellis agreed.",
            "Students will use the lithium research facilities of the university."})
    void portfoliosPolicyNamesVerbsArsenalsAndQuotasOfOtherThingsAreNotInstruments(String text) {
        assertEquals(List.of(), mentions(text, MentionType.INSTRUMENT));
    }

    @Test
    void strategicReservesQuotasInTradeAndAntidumpingDutiesAreInstruments() {
        assertEquals(List.of("Reserve → stockpiling", "reserve → stockpiling"), mentions(
                "The Secretary shall establish a Strategic Cobalt Reserve, and Japan will keep a strategic rare earth"
                        + " reserve.", MentionType.INSTRUMENT));
        assertEquals(List.of("quota → trade-measure", "tariff → tariff"), mentions(
                "The United States will create an annual quota of 50,000 tonnes of graphite at a 10 percent tariff.",
                MentionType.INSTRUMENT));
        assertEquals(List.of("preferred stock → equity", "debt facility → loan"), mentions(
                "The department will buy $300 million of preferred stock in the magnet maker and arrange a debt facility.",
                MentionType.INSTRUMENT));
        assertEquals(List.of("anti-dumping and countervailing duties → trade-measure"), mentions(
                "Commerce will suspend anti-dumping and countervailing duties on tungsten.", MentionType.INSTRUMENT));
        assertEquals(List.of(), mentions(
                "Strategic partners reserve the right to review the nickel deal.", MentionType.INSTRUMENT));
        assertEquals(List.of("Grant → grant", "Grant → grant"), mentions(
                "Miners may apply for a Pell Grant award and the Hazard Mitigation Grant Program.", MentionType.INSTRUMENT));
        assertEquals(List.of("Grant → grant"), mentions(
                "The Secretary Grant Program funds lithium research chairs.", MentionType.INSTRUMENT).stream()
                .filter(m -> m.startsWith("Grant")).toList());
        assertEquals(List.of("tariff → tariff"), mentions(
                "Copper within the tariff-rate quota pays 2 percent, and the in-quota quantity is reviewed each year.",
                MentionType.INSTRUMENT));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "DONE at, Lima, Peru this tenth day of May, in two originals.",
            "U.S. Embassy Lima worked with the ministries on copper permits.",
            "IIT Lima, Cusco and Arequipa will train mining engineers."})
    void aCapitalAfterAScannedPrepositionAnEmbassyOrAnAcronymIsAPlace(String text) {
        assertEquals(List.of(), mentions(text, MentionType.PARTY).stream().filter(m -> m.startsWith("Lima")).toList());
    }
    @Test
    void newsAgenciesAndPapersAreNoParties() {
        assertEquals(List.of("Tokyo → JP"), mentions("The official Yonhap News Agency and Kyodo News reported the talks, and"
                + " the Japan Times said Tokyo would respond, citing Bloomberg and AFP.", MentionType.PARTY));
        // an outlet's name before a dash opens the report, it names no state
        assertEquals(List.of("Chad → TD"), mentions("Kenya News Agency – Chad will map cobalt deposits.",
                MentionType.PARTY));
        assertEquals(List.of("Bloomberg Philanthropies → Bloomberg Philanthropies"), mentions(
                "Bloomberg Philanthropies will fund the lithium study.", MentionType.PARTY));
        // an instrument word inside an outlet's name is no instrument; the financing the report names still is
        assertEquals(List.of("financing → financial-support"), mentions(
                "Yahoo Finance: Chad will seek financing for a cobalt refinery.", MentionType.INSTRUMENT));
        // an official gazette that publishes a law names no party
        assertEquals(List.of("EU → EU"), mentions("The EU tin regulation will be published in the Official Journal of the EU"
                + " and in the Canada Gazette.", MentionType.PARTY));
    }

    @Test
    void aCompanyIsNamedByItsTickerOrAsTheOtherSideOfADeal() {
        assertEquals(List.of("Tarrant → Tarrant", "US Department of Defense → U.S. Department of Defense"), mentions(
                "Australian miner Tarrant (TRM.AX) has signed a contract with the US Department of Defense to build a"
                        + " gallium plant.", MentionType.PARTY));
        assertEquals(List.of("Orlin → Orlin", "Calder → Calder"), mentions(
                "Shares of Orlin (NYSE: ORM) rose after it agreed to take a stake in Calder.", MentionType.PARTY));
        assertEquals(List.of("Norvale → Norvale", "Brightwater → Brightwater", "Pentagon → U.S. Department of Defense",
                        "Kestrel Alloys → Kestrel Alloys"), mentions("Norvale signed a deal with Brightwater, and the"
                        + " Pentagon will buy magnets from Kestrel Alloys.", MentionType.PARTY));
    }

    @Test
    void aCompanyIsNamedByTheNounThatSaysWhatKindOfFirmItIs() {
        assertEquals(List.of("Harlow Capital → Harlow Capital", "Peru → PE", "Harlow Capital → Harlow Capital"), mentions(
                "Mining investment firm Harlow Capital will develop a tin deposit in Peru. Harlow Capital will control"
                        + " 60 percent of the venture.", MentionType.PARTY));
        assertEquals(List.of("Brannock Elements → Brannock Elements", "Brannock Elements → Brannock Elements"), mentions(
                "On Nov. 3, Brannock Elements, a Raleigh-based start-up, announced a partnership. Brannock Elements will"
                        + " recycle magnets.", MentionType.PARTY));
        // a person's apposition, and the last words of a name split over two lines, are no company
        assertEquals(List.of(), mentions("Jane Holt, a company director, spoke first.", MentionType.PARTY));
        assertEquals(List.of("Qatar → QA"), mentions("Kestrel signed a venture with Al Rawdah\n    Capital, a prominent"
                + " Qatari company. Qatar will invest.", MentionType.PARTY).stream().filter(m -> m.startsWith("Qatar")).toList());
    }

    @Test
    void aNameSpelledOutByItsShortNameIsAName() {
        assertEquals(List.of("U.S. Critical Metals → U.S. Critical Metals", "USCM → U.S. Critical Metals",
                "USCM → U.S. Critical Metals"), mentions(
                "A delegation led by U.S. Critical Metals (USCM) signed a memorandum. USCM will build a refinery.",
                MentionType.PARTY));
        assertEquals(List.of(), mentions("A delegation led by U.S. Critical Metals (USCM) signed a memorandum.",
                MentionType.MINERAL));
    }

    @Test
    void anOwnerBeforeANameIsAMentionOfItsOwn() {
        assertEquals(List.of("Ma’aden → Saudi Arabian Mining Company", "China → CN", "Tianbei Resources → Tianbei Resources",
                        "Canada → CA", "Norvik Performance Materials → Norvik Performance Materials"),
                mentions("Ma’aden was weighing a partnership with at least one of two foreign firms, China’s Tianbei"
                        + " Resources or Canada’s Norvik Performance Materials.", MentionType.PARTY));
    }

    @Test
    void aCompanyIsTheSubjectOfAReportedClause() {
        assertEquals(List.of("Halvorsen → Halvorsen"), mentions("The regulator said Halvorsen will build a cobalt refinery.",
                MentionType.PARTY));
    }

    @Test
    void leadersProjectsAndPlacesAfterADealAreNoCompanies() {
        assertEquals(List.of(), mentions("Prime Minister Ana Ruiz said the fund will take a stake in Halden Creek and"
                + " hopes for a deal with Ruiz's rivals, a deal with Europe and a contract with Queensland.",
                MentionType.PARTY));
        assertEquals(List.of(), mentions("The fund will take a stake in Marrow Flats, a lithium project.",
                MentionType.PARTY));
    }

    @Test
    void aCompanysShortNameIsNormalizedToItsFullName() {
        assertEquals(List.of("Norvale Magnetics → Norvale Magnetics", "Norvale → Norvale Magnetics"), mentions(
                "Norvale Magnetics won a loan for rare earth magnets. The Ohio-based Norvale said it will expand.",
                MentionType.PARTY));
    }

    @Test
    void aCurrencyIsNoMentionOfItsState() {
        assertEquals(List.of("US → US"), mentions("The US will lend US$40 million to Halden Metals for its nickel mine.",
                MentionType.PARTY).stream().filter(m -> m.startsWith("US")).toList());
        // the currency written after its sign, as Australian reports do: "prices in $US"
        assertEquals(List.of("US → US"), mentions("Prices are quoted in $US per tonne, and the US will buy nickel from Halden Metals.",
                MentionType.PARTY).stream().filter(m -> m.startsWith("US")).toList());
    }

    @Test
    void aPrivateEquityFirmIsNoEquityInstrument() {
        assertEquals(List.of("equity stake → equity"), mentions("The mine is owned by private equity groups, and the"
                + " fund will take an equity stake in it for $20 million.", MentionType.INSTRUMENT));
    }

    @Test
    void aStakeThatSaysItIsOwnershipIsEquity() {
        assertEquals(List.of("ownership stake → equity"), mentions("The agency will take a 12% ownership stake in Tarrow"
                + " Gallium, and what is at stake is the supply of wafers.", MentionType.INSTRUMENT));
    }

    @Test
    void aLegalFormMakesAFirmOfWordsThatNameMinerals() {
        assertEquals(List.of("Strategic Metals Corp → Strategic Metals Corp", "National Nickel Ltd → National Nickel Ltd"),
                mentions("The fund will buy shares in Strategic Metals Corp and in National Nickel Ltd this year.",
                        MentionType.PARTY));
        assertEquals(List.of("nickel → nickel"), mentions("The fund will buy shares in Strategic Metals Corp and in"
                + " National Nickel Ltd to secure nickel.", MentionType.MINERAL));
    }

    @Test
    void aNameBeforeAKnownCompanysShortNameInBracketsIsThatCompany() {
        assertEquals(List.of("Chile → CL", "National Copper Corp. → Codelco", "Codelco → Codelco"), mentions(
                "Chile's National Copper Corp. (Codelco) will refine more lithium.", MentionType.PARTY));
    }

    @Test
    void firmsListedAfterACompanyNounInThePluralAreCompanies() {
        assertEquals(List.of("Brannock Partners → Brannock Partners", "Velde Trading → Velde Trading",
                "Ostra Commodities → Ostra Commodities"), mentions("Trading firms Brannock Partners, Velde Trading and Ostra"
                + " Commodities will buy cobalt for the reserve.", MentionType.PARTY));
    }

    /** The members of a known group are no investment firm: "MSP Partners" is the partnership, "Kestrel Partners" a firm. */
    @Test
    void theMembersOfAKnownGroupAreNoInvestor() {
        assertEquals(List.of("MSP → Minerals Security Partnership", "Norway → NO", "Chile → CL"),
                mentions("MSP Partners: Norway and Chile.", MentionType.PARTY));
        assertEquals(List.of("Kestrel Partners → Kestrel Partners"),
                mentions("Kestrel Partners will fund the mine.", MentionType.PARTY));
    }

    @Test
    void aStateThatOwnsAListedCompanyDoesNotBreakTheList() {
        assertEquals(List.of("KoBold Metals → KoBold Metals", "Halvard Resource Partners → Halvard Resource Partners",
                        "Rio Tinto → Rio Tinto", "Saudi Arabia → SA", "Ma'aden → Saudi Arabian Mining Company"),
                mentions("Among the bidders are KoBold Metals, Halvard Resource Partners, Rio Tinto and Saudi Arabia's"
                        + " Ma'aden.", MentionType.PARTY));
    }

    @Test
    void aSentencesOpeningWordIsNoFirstNameOfACompany() {
        assertEquals(List.of("Pedra Alta → Pedra Alta", "Pedra Alta → Pedra Alta"), mentions("Brazilian rare earths miner"
                + " Pedra Alta has closed a loan. \"Throughout Pedra Alta's history we have grown,\" its chief said.",
                MentionType.PARTY));
    }

    @Test
    void aDistrictOrProjectNamedForItsTradeIsNoCompany() {
        assertEquals(List.of(), mentions("The road will open the Kobuk Mining District and the Tessa Rare Earths Project.",
                MentionType.PARTY));
    }

    @Test
    void aCapitalThatActsOnTradeIsItsState() {
        assertEquals(List.of("Washington → US", "China → CN"), mentions("The loan comes as Washington escalates efforts to"
                + " loosen China's grip on magnets.", MentionType.PARTY));
    }

    @Test
    void aCapitalThatSignalsItsPlansIsItsState() {
        assertEquals(List.of("Ottawa → CA"), mentions("Ottawa signalled plans to buy more wheat.", MentionType.PARTY));
        assertEquals(List.of(), mentions("Trade signals from Ottawa were mixed.", MentionType.PARTY));
    }

    @Test
    void aShortNameInTheHeadlineAndAfterALongerNameOfTheSameFirmIsThatFirm() {
        assertEquals(List.of("Kestrel → Kestrel Metals Inc.", "Kestrel Metals → Kestrel Metals Inc.",
                        "Kestrel Metals Inc. → Kestrel Metals Inc.", "Kestrel → Kestrel Metals Inc."),
                mentions("Fund puts $30M into Kestrel\n\nKestrel Metals said the Toronto-based Kestrel Metals Inc. will"
                        + " explore for copper. Kestrel's projects hold cobalt.", MentionType.PARTY));
    }

    @Test
    void federalDepartmentsAndAgenciesHaveTheirFullNorms() {
        assertEquals(List.of("Department of Commerce → U.S. Department of Commerce",
                        "HHS → U.S. Department of Health and Human Services",
                        "Council on Environmental Quality → Council on Environmental Quality",
                        "FEMA → Federal Emergency Management Agency",
                        "U.S. Immigration and Customs Enforcement → U.S. Immigration and Customs Enforcement"),
                mentions("The Department of Commerce and HHS will issue rules, the Council on Environmental Quality shall"
                        + " advise, and FEMA will work with U.S. Immigration and Customs Enforcement.", MentionType.PARTY));
        assertEquals(List.of("Department of Veterans Affairs → U.S. Department of Veterans Affairs",
                        "VA → U.S. Department of Veterans Affairs"),
                mentions("The Department of Veterans Affairs (VA) will open clinics.", MentionType.PARTY));
    }

    @Test
    void aLegalPowerNamedAuthorityIsNoBody() {
        assertEquals(List.of("Tennessee Valley Authority → Tennessee Valley Authority"),
                mentions("Agencies may use Other Transactions Authority or Emergency Authority, and the Tennessee Valley"
                        + " Authority will buy nickel.", MentionType.PARTY));
    }

    @Test
    void equityInDiversityPhrasesAndHyphenatedResearchAndDevelopment() {
        assertEquals(List.of("research-and-development → research", "investments → investment"),
                mentions("The state will end its diversity, equity, and inclusion office and its Equity Audit, and"
                        + " will raise research-and-development investments in lithium.", MentionType.INSTRUMENT));
    }

    /** A contract's title-case name ends on its instrument and names it; a fund's or a law's name does not. */
    @Test
    void aContractNamedInTitleCaseIsItsInstrument() {
        assertEquals(List.of("Offtake Agreement → offtake", "loan → loan"),
                mentions("Assured Offtake Agreement: for eight years the Ministry will buy all the cobalt, backed by a"
                        + " federal loan.", MentionType.INSTRUMENT));
        assertEquals(List.of(), mentions("The Treasury will pay $30 million into the Regional Concessional Financing"
                + " Facility, and the Loan Programs Office will review the Tariff Act of 1930.", MentionType.INSTRUMENT));
        assertEquals(List.of(), mentions("Its Working Groups on Export Controls and on Data will meet in Oslo.",
                MentionType.INSTRUMENT));
        assertEquals(List.of("Blanket Purchase Agreements → procurement", "purchase agreements → offtake"),
                mentions("Agencies may order under Blanket Purchase Agreements; the utility signed purchase agreements"
                        + " for nickel.", MentionType.INSTRUMENT));
    }

    /** "increase the rate of duty to …" is a tariff; "a duty to consult" is an obligation. */
    @Test
    void aRateOfDutyIsATariffBeforeTo() {
        assertEquals(List.of("duty → tariff"), mentions("The Party may increase the rate of duty to a level not above"
                + " its bound rate.", MentionType.INSTRUMENT));
        assertEquals(List.of(), mentions("Each Party has a duty to consult the other before it acts.",
                MentionType.INSTRUMENT));
    }

    /** A bare form after a personal pronoun, or after "also", is a verb: "they also guarantee", "will also fund". */
    @Test
    void aBareFormAfterAPronounOrAlsoIsAVerb() {
        assertEquals(List.of(), mentions("They also guarantee equal treatment for nationals of Atlantis, and the Bank"
                + " will also fund the road.", MentionType.INSTRUMENT));
        assertEquals(List.of("finance → financial-support"), mentions("The region needs channels through which"
                + " finance can reach nickel projects.", MentionType.INSTRUMENT));
    }

    @Test
    void equityPositionsPriceFloorGuaranteesAndRevenueDutiesAreWholeNames() {
        assertEquals(List.of("equity positions → equity", "Price Floor Guarantee → price-floor",
                        "revenue duties → tariff"),
                mentions("The agency may take equity positions in miners; its Price Floor Guarantee covers graphite;"
                        + " Members shall not raise revenue duties.", MentionType.INSTRUMENT));
    }

    @Test
    void theAmericaFirstSloganNamesAPolicyNotTheState() {
        assertEquals(List.of("United States → US"), mentions("Under the America First Trade Policy and an America First"
                + " agenda, the United States will raise tariffs.", MentionType.PARTY));
        // put first, America is the state
        assertEquals(List.of("America → US"), mentions("The plan puts America first on minerals.", MentionType.PARTY));
        assertEquals(List.of("America → US"), mentions("Putting America First In Mineral Supply Chains", MentionType.PARTY));
    }

    @Test
    void aCapitalActsWithATimeOrAnAdverbBeforeItsVerb() {
        assertEquals(List.of("Beijing → CN", "Beijing → CN", "Tokyo → JP"), mentions("Beijing later banned antimony sales."
                + " Beijing on Tuesday imposed licences. Tokyo in March announced a stockpile.", MentionType.PARTY));
        assertEquals(List.of(), mentions("The talks were held in Beijing on Tuesday.", MentionType.PARTY));
    }

    @Test
    void theFinanceNetworkIsKnownByItsShortName() {
        assertEquals(List.of("Minerals Security Finance Network → Minerals Security Partnership Finance Network",
                "MSFN → Minerals Security Partnership Finance Network"),
                mentions("The Minerals Security Finance Network met in Ottawa; MSFN members will co-finance a mine.",
                        MentionType.PARTY));
    }

    /** "antidumping, countervailing or safeguards measure": the agreement's plural name as a modifier is still the measure. */
    @Test
    void aSafeguardsMeasureIsATradeMeasure() {
        assertEquals(List.of("customs duty → tariff", "safeguards measure → trade-measure"), mentions("A customs duty shall not"
                + " include any countervailing or safeguards measure applied under this Chapter.", MentionType.INSTRUMENT));
    }

    /** A body of a government with its own fiscal year counts in it, in a text that names another state more. */
    @Test
    void aMinistryCountsInItsGovernmentsFiscalYear() {
        assertEquals(List.of("by the end of fiscal year 2027 → 2028-03-31"), mentions("Malaysia hosts the separation plant."
                + " Malaysia will renew its licence in June.\nMETI will set up a subsidy for magnet recycling by the end of"
                + " fiscal year 2027.", MentionType.DEADLINE));
    }

    /** An article's heading that names an act done to a body is no body's name; the body's own name in it is. */
    @Test
    void anActDoneToAFundInAHeadingIsNoParty() {
        assertEquals(List.of("Peru → PE", "Ghana → GH", "Tin Development Fund → Tin Development Fund"),
                mentions("Agreement between Peru and Ghana\n\nArticle 2 - Establishment of the Fund\n\n"
                        + "Article 3 - Management of the Tin Development Fund\n", MentionType.PARTY));
    }

    /** The Asian press names its governments by their palaces, the Philippines as "PH"; a Korean trading house by name. */
    @Test
    void palacesTheShortPhAndAKoreanTradingHouseAreParties() {
        assertEquals(List.of("PH → PH", "Vietnam → VN", "Malacañang → PH"),
                mentions("PH, Vietnam sign nickel pact\n\nMalacañang said the deal covers nickel.", MentionType.PARTY));
        assertEquals(List.of("Blue House → KR"), mentions("The Blue House said it would back the graphite plan.", MentionType.PARTY));
        assertEquals(List.of("Posco International → POSCO International"),
                mentions("Posco International will buy graphite from the mine.", MentionType.PARTY));
    }

    /** "access to finance" is a noun after a noun that takes "to"; "agreed to finance" stays a verb. */
    @Test
    void financeAfterAccessToIsTheInstrument() {
        assertEquals(List.of("finance → financial-support"), mentions("The bank will widen access to finance for small"
                + " cobalt miners.", MentionType.INSTRUMENT));
        assertEquals(List.of(), mentions("The two agencies agreed to finance a nickel smelter.", MentionType.INSTRUMENT));
    }

    /** Contributions, guarantees and facilities named by what they are: a stake, a guarantee of debt, a grant, a loan. */
    @Test
    void namedContributionsGuaranteesAndFacilitiesAreWholeInstruments() {
        assertEquals(List.of("equity contribution → equity", "debt guarantees → guarantee"), mentions("The miner will"
                + " receive an equity contribution and debt guarantees from the state agency.", MentionType.INSTRUMENT));
        assertEquals(List.of("non-repayable contributions → grant"), mentions("The program will offer non-repayable"
                + " contributions to graphite producers.", MentionType.INSTRUMENT));
        assertEquals(List.of("working capital facility → loan"), mentions("The refiner signed a working capital facility"
                + " with two lenders.", MentionType.INSTRUMENT));
        assertEquals(List.of("guarantee facilities → guarantee", "production tax incentive → tax-incentive"),
                mentions("The lenders will set up guarantee facilities, and the state a production tax incentive for"
                        + " lithium refining.", MentionType.INSTRUMENT));
    }

    /** "export levies" are the tariff as a whole. */
    @Test
    void exportLeviesAreATariff() {
        assertEquals(List.of("export levies → tariff"), mentions("The government will keep export levies on bauxite"
                + " unchanged.", MentionType.INSTRUMENT));
    }

    /** Blocs of states are parties; "the Commonwealth" is the group of nations only where the text names it so. */
    @Test
    void regionalBlocsAndTheCommonwealthOfNationsAreParties() {
        assertEquals(List.of("CARICOM → Caribbean Community", "SICA → Central American Integration System"),
                mentions("CARICOM and SICA will map bauxite deposits.", MentionType.PARTY));
        assertEquals(List.of("Commonwealth → Commonwealth of Nations", "Commonwealth → Commonwealth of Nations",
                "Commonwealth Secretariat → Commonwealth Secretariat"), mentions("Commonwealth Heads of Government met in Apia."
                + " The Commonwealth will ask the Commonwealth Secretariat to map cobalt.", MentionType.PARTY));
        assertEquals(List.of(), mentions("The Commonwealth will fund a lithium refinery in Kwinana.", MentionType.PARTY));
        assertEquals(List.of("Commonwealth of Australia → AU"), mentions("The Commonwealth of Australia will fund a lithium"
                + " refinery.", MentionType.PARTY));
    }

    /** "Each Agency shall", "Forum Members will": a group's words open no body's or firm's name. */
    @Test
    void aGroupWordOpensNoName() {
        assertEquals(List.of(), mentions("Each Agency shall name a contact for the cobalt review.", MentionType.PARTY));
        assertEquals(List.of(), mentions("Forum Members will map seabed nodules.", MentionType.PARTY));
    }

    /** Mexico's states sign as governments: a list of them and a US state that opens a quoted sentence. */
    @Test
    void aQuotedListOfStatesIsTheirGovernments() {
        assertEquals(List.of("Sonora → Sonora", "Arizona → Arizona"), mentions("“Sonora and Arizona have agreed to map"
                + " lithium brines,” the governors said.", MentionType.PARTY));
    }

    /** A state the text names as a government acts again by its name alone where it opens a commitment. */
    @Test
    void aStateNamedAsAGovernmentActsAgainByItsName() {
        assertEquals(List.of("Sonora → Sonora", "Sonora → Sonora"), mentions("The State of Sonora signed a memorandum on"
                + " lithium.\n2. Sonora will map lithium brines.", MentionType.PARTY));
        assertEquals(List.of(), mentions("A mine in Sonora will ship lithium.\nSonora, a state of Mexico, will map lithium"
                + " brines.", MentionType.PARTY).stream().filter(m -> m.startsWith("Sonora")).toList());
    }

    /** "Senior Administration officials", "the former Administration": an adjective before "Administration" names no agency. */
    @Test
    void anAdjectiveBeforeAdministrationNamesNoAgency() {
        assertEquals(List.of(), mentions("Senior Administration officials met with the governors of the copper states.\n"
                + "Former Administration officials criticized the cobalt tariff.", MentionType.PARTY));
        assertEquals(List.of("Korea Forest Administration → Korea Forest Administration"), mentions("The Korea Forest Administration"
                + " will fund two ports.", MentionType.PARTY));
    }

    /** A group's meeting of ministers by their field: the group is the party, its norm the dictionary's. */
    @Test
    void aGroupsMinistersByTheirFieldAreTheGroup() {
        assertEquals(List.of("G20 → Group of Twenty"), mentions("G20 Energy Transitions Ministers will map cobalt supply"
                + " chains.", MentionType.PARTY));
        assertEquals(List.of("G7 → Group of Seven"), mentions("The G7 Clean Energy Transition Ministers met in Turin.",
                MentionType.PARTY));
    }

    /** A bare United States department's name in a release by another state's government is that state's own. */
    @Test
    void aBareDepartmentNameOutsideTheUnitedStatesKeepsItsName() {
        assertEquals(List.of("India → IN", "Department of Commerce → Department of Commerce"), mentions("Government of"
                + " India\nThe Department of Commerce will review lithium exports.", MentionType.PARTY));
        assertEquals(List.of("Department of Commerce → U.S. Department of Commerce", "India → IN"), mentions("The Department"
                + " of Commerce will review lithium exports to India.", MentionType.PARTY));
        assertEquals(List.of("Department of Commerce → U.S. Department of Commerce", "India → IN",
                "United States → US"), mentions("The Department of Commerce will review lithium exports to India and the"
                + " United States.", MentionType.PARTY));
        assertEquals(List.of("Ministry of Commerce & Industry → Ministry of Commerce and Industry"),
                mentions("The Ministry of Commerce & Industry will review cobalt imports.", MentionType.PARTY));
    }

    /** A sum "in equity" or a stake a party receives in a firm is equity; the legal formula and fairness are not. */
    @Test
    void aSumInEquityAndEquityReceivedInAFirmAreStakes() {
        assertEquals(List.of("equity → equity"), mentions("The agency will hold $75 million in equity in the refiner.",
                MentionType.INSTRUMENT));
        assertEquals(List.of("equity → equity"), mentions("The ministry will receive equity in Norland Magnetics for its"
                + " support.", MentionType.INSTRUMENT));
        assertEquals(List.of(), mentions("The rule creates no right enforceable at law or\nin equity against the agency.",
                MentionType.INSTRUMENT));
        assertEquals(List.of(), mentions("The plan will close gaps in equity across rural counties.",
                MentionType.INSTRUMENT));
    }

    /** Bare debt is a loan beside another instrument of finance; a state's debt is not. */
    @Test
    void bareDebtIsALoanOnlyBesideAnotherInstrument() {
        assertEquals(List.of("debt → loan", "equity → equity", "political risk insurance → insurance"), mentions("The"
                + " agency offers debt, equity and political risk insurance to graphite projects.", MentionType.INSTRUMENT));
        assertEquals(List.of("equity → equity", "debt → loan"), mentions("The fund may take equity or debt in nickel"
                + " refiners for $30 million.", MentionType.INSTRUMENT));
        assertEquals(List.of(), mentions("The minister will reduce the national debt and the deficit.",
                MentionType.INSTRUMENT));
    }

    /** Guarantees of working capital, strategic stocks and the production credit are whole instruments. */
    @Test
    void workingCapitalGuaranteesStrategicStocksAndTheProductionCreditAreInstruments() {
        assertEquals(List.of("working capital guarantees → guarantee", "strategic stocks → stockpiling",
                "production credit → tax-incentive"), mentions("The bank will offer working capital guarantees, the"
                + " members will pool strategic stocks of tungsten, and refiners may claim the production credit.",
                MentionType.INSTRUMENT));
    }

    /** Lead is the metal beside another base metal; the verb and the adjective are not. */
    @Test
    void leadIsAMineralOnlyBesideAnotherBaseMetal() {
        assertEquals(List.of("zinc → zinc", "lead → lead", "silver → silver", "lead → lead", "zinc → zinc"),
                mentions("The district holds zinc, lead and silver, and the lead-zinc mill will reopen.",
                        MentionType.MINERAL));
        assertEquals(List.of("copper → copper"), mentions("The agency will lead the review of copper imports as the"
                + " lead agency.", MentionType.MINERAL));
        assertEquals(List.of(), mentions("The agency will revise its Lead and Copper Rule next year.", MentionType.MINERAL));
        assertEquals(List.of("helium → helium"), mentions("The partners will secure helium supplies.", MentionType.MINERAL));
    }

    /** A rule's name names the rule: its instrument words are no instruments. */
    @Test
    void theInstrumentWordsInARulesNameAreNoInstruments() {
        assertEquals(List.of("permitting → regulatory"), mentions("The council finalized the Faster Permitting Reform"
                + " Implementation Rule to speed permitting for copper mines.", MentionType.INSTRUMENT));
    }

    /** An import ban written as a phrase is a trade measure, as an export ban is an export control. */
    @Test
    void anImportBanWrittenAsAPhraseIsATradeMeasure() {
        assertEquals(List.of("ban on imports → trade-measure", "restrictions on the export → export-control"),
                mentions("The ministry will lift its ban on imports of scrap and its restrictions on the export of"
                        + " tungsten.", MentionType.INSTRUMENT));
        assertEquals(List.of(), mentions("The agency will study the cost of imports of cobalt.", MentionType.INSTRUMENT));
    }

    /** A ban and a quota an agreement rules out together on exports are one export control, as "export quotas" are. */
    @Test
    void aBanOrQuotaOnExportsIsAnExportControl() {
        assertEquals(List.of("ban or quota on the export → export-control"),
                mentions("Peru shall not adopt any ban or quota on the export of copper concentrate to Chile.",
                        MentionType.INSTRUMENT));
        assertEquals(List.of("quotas on exports → export-control"),
                mentions("Chile commits not to impose quotas on exports of lithium to Peru.", MentionType.INSTRUMENT));
    }

    /** A capital written with its own state, or with its district, is where a meeting was, also inside a sentence. */
    @Test
    void aCapitalWithItsOwnStateIsAPlace() {
        assertEquals(List.of("Italy → IT"), mentions("The second round was held on March 3, 2025, Rome, Italy, and the"
                + " third one in Madrid.", MentionType.PARTY));
        assertEquals(List.of(), mentions("The dialogue met on June 4, 2024, Washington, D.C., and agreed on a graphite plan.",
                MentionType.PARTY));
        assertEquals(List.of("Rome → IT", "Madrid → ES"), mentions("Rome and Madrid will fund the lithium refinery.",
                MentionType.PARTY));
    }

    /** An office named with its state after "of" is one body; the same ministry named without its state keeps its norm. */
    @Test
    void aBodyNamedWithItsStateIsOneBodyUnderOneNorm() {
        assertEquals(List.of("Critical Minerals Office of Australia → Critical Minerals Office of Australia"),
                mentions("The Critical Minerals Office of Australia will fund a gallium refinery.", MentionType.PARTY));
        assertEquals(List.of("Ministry of Mines of the Republic of Ghana → Ministry of Mines of the Republic of Ghana",
                "Ministry of Mines → Ministry of Mines of the Republic of Ghana"), mentions("The Ministry of Mines of the"
                + " Republic of Ghana will review the lithium leases. The Ministry of Mines said it will publish the terms.",
                MentionType.PARTY));
        assertEquals(List.of("UK Critical Minerals Intelligence Centre → UK Critical Minerals Intelligence Centre"),
                mentions("The UK Critical Minerals Intelligence Centre will map the supply of tungsten.", MentionType.PARTY));
    }

    /** A state firm's full name in a heading's capitals is the firm its short name stands for, all of it. */
    @Test
    void aFullNameInCapitalsIsTheFirmOfItsShortName() {
        assertEquals(List.of("JUJUY ENERGÍA Y MINERÍA SOCIEDAD DEL ESTADO → Jujuy Energía y Minería Sociedad del Estado",
                "JEMSE → Jujuy Energía y Minería Sociedad del Estado"), mentions("JUJUY ENERGÍA Y MINERÍA SOCIEDAD DEL ESTADO"
                + " SIGNS A LITHIUM DEAL\n\nJEMSE will sell lithium carbonate to two refiners.", MentionType.PARTY));
    }

    /** The verb that opens a list item is no word of the body's name after it. */
    @Test
    void anItemsVerbIsNoPartOfTheBodysName() {
        assertEquals(List.of("National Security Council → National Security Council"),
                mentions("- Hold National Security Council talks with partners on rare earths.", MentionType.PARTY));
    }

    /** A council or commission is named by its topic after "on", not by a date or a weekday after it. */
    @Test
    void aCouncilsTopicIsPartOfItsName() {
        assertEquals(List.of("Interagency Council on Critical Mineral Supply → Interagency Council on Critical Mineral Supply"),
                mentions("The Interagency Council on Critical Mineral Supply will meet on Monday.", MentionType.PARTY));
        assertEquals(List.of(), mentions("The Interagency Council on Critical Mineral Supply will meet on Monday.",
                MentionType.MINERAL));
        assertEquals(List.of("Presidential Advisory Commission on Battery Recycling in the Americas"
                + " → Presidential Advisory Commission on Battery Recycling in the Americas"), mentions("The Presidential"
                + " Advisory Commission on Battery Recycling in the Americas will publish a lithium report.", MentionType.PARTY));
        assertEquals(List.of("National Security Council → National Security Council"),
                mentions("The National Security Council on Tuesday reviewed the cobalt plan.", MentionType.PARTY));
        // "and the" opens the next name of a list
        assertEquals(List.of("Regional Council on Mine Safety → Regional Council on Mine Safety"), mentions("She sits on"
                + " the Regional Council on Mine Safety and the Harbor Arts League.", MentionType.PARTY).stream()
                .filter(m -> m.startsWith("Regional")).toList());
    }

    /**
     * A headline's verb ends a portfolio's name ("Ministry of Mines Awards Grants"), and a capitalized "Under" opens
     * the framework after the instrument: the instrument between them stays. An "Under Secretary" is a portfolio.
     */
    @Test
    void anInstrumentAfterAHeadlinesVerbOrBeforeItsUnderStays() {
        assertEquals(List.of("Grants → grant"), mentions("Ministry of Mines Awards Grants for Cobalt Refining",
                MentionType.INSTRUMENT));
        assertEquals(List.of("Letters of Interest → financial-support"), mentions("Harbor Bank Issues Letters of Interest"
                + " Under Coastal Metals Supply Initiative", MentionType.INSTRUMENT));
        assertEquals(List.of("Funding → financial-support"), mentions("Department of Industry Approves Industrial Base"
                + " Act Funding for Tungsten Mills", MentionType.INSTRUMENT));
        assertEquals(List.of(), mentions("The Under Secretary for Trade and Investment will visit the smelter.",
                MentionType.INSTRUMENT));
    }

    /** Trade remedies by other names; interest subventions, tax offsets and holidays; an export suspension. */
    @Test
    void tradeRemediesByOtherNamesTaxOffsetsAndExportSuspensionsAreInstruments() {
        assertEquals(List.of("trade defence measures → trade-measure", "anti-subsidy duties → trade-measure",
                "safeguard duties → trade-measure"), mentions("The bloc will weigh trade defence measures, including"
                + " anti-subsidy duties and safeguard duties, on magnet imports.", MentionType.INSTRUMENT));
        assertEquals(List.of("interest subventions → subsidy"), mentions("The ministry will pay interest subventions"
                + " to tungsten smelters.", MentionType.INSTRUMENT));
        assertEquals(List.of("tax offset → tax-incentive", "investment allowance → tax-incentive",
                "royalty holidays → tax-incentive"), mentions("Refiners will claim a refundable tax offset and an"
                + " investment allowance, and new mines get royalty holidays.", MentionType.INSTRUMENT));
        assertEquals(List.of("export suspension → export-control"), mentions("The regulator will end its four-month"
                + " cobalt export suspension in June.", MentionType.INSTRUMENT));
        assertEquals(List.of("anti-circumvention measures → trade-measure", "contract-for-difference → price-floor"),
                mentions("The bloc will add anti-circumvention measures and a contract-for-difference for gallium.",
                        MentionType.INSTRUMENT));
    }

    /**
     * Warrants beside shares, golden shares and preferred shares are equity; convertible notes are loans; streams and
     * royalties bought up front finance a mine; CfDs and feed-in tariffs guarantee a price. A warrant without shares
     * is a court's order or the verb.
     */
    @Test
    void sharesRightsConvertiblesStreamsAndGuaranteedPrices() {
        assertEquals(List.of("warrants → equity", "preferred shares → equity"), mentions("The fund will receive"
                + " warrants for further common shares and buy preferred shares in the nickel refiner.",
                MentionType.INSTRUMENT));
        assertEquals(List.of("warrants → equity"), mentions("The state will also hold warrants to purchase 6% of the"
                + " graphite miner.", MentionType.INSTRUMENT));
        assertEquals(List.of("golden share → equity", "convertible notes → loan"), mentions("The treasury will keep a"
                + " golden share in the smelter and buy convertible notes from its parent.", MentionType.INSTRUMENT));
        assertEquals(List.of("streaming agreement → financial-support", "net smelter royalty → financial-support"),
                mentions("The lender signed a cobalt streaming agreement and a net smelter royalty with the developer.",
                        MentionType.INSTRUMENT));
        assertEquals(List.of("CfDs → price-floor", "feed-in tariff → price-floor"), mentions("The ministry will award"
                + " CfDs to two antimony plants and keep its feed-in tariff for solar.", MentionType.INSTRUMENT));
        assertEquals(List.of(), mentions("The agency may revisit the tin rules as circumstances warrant, and the"
                + " courts will restrict search warrants.", MentionType.INSTRUMENT));
    }

    /** "Levy" after a will, a pronoun or a plural actor is the verb; a levy named is a tariff. */
    @Test
    void levyAfterAPluralActorIsTheVerb() {
        assertEquals(List.of("levy → tariff"), mentions("The fees that coastal governments levy on freight will rise, and"
                + " a levy on nickel ore exports will follow.", MentionType.INSTRUMENT));
        assertEquals(List.of(), mentions("The province will levy a charge on haul trucks.", MentionType.INSTRUMENT));
    }

    /** Another state's Congress is not the United States Congress. */
    @Test
    void anotherStatesCongressIsNotTheUnitedStatesCongress() {
        assertEquals(List.of("Chile → CL"), mentions("Chile's Congress will vote on the cobalt bill.", MentionType.PARTY));
        assertEquals(List.of("Bolivia → BO"), mentions("The Peruvian Congress and the Congress of Bolivia will debate"
                + " lithium royalties.", MentionType.PARTY));
        assertEquals(List.of("Congress → United States Congress"), mentions("The Republican Congress will vote on the"
                + " cobalt bill.", MentionType.PARTY));
    }

    /** India's export-import bank by its short names is not the United States' one. */
    @Test
    void indiasExportImportBankByItsShortNames() {
        assertEquals(List.of("EXIM India → Export-Import Bank of India", "Zambia → ZM"), mentions("EXIM India will extend a"
                + " credit line to Zambia.", MentionType.PARTY));
        assertEquals(List.of("Exim Bank of India → Export-Import Bank of India"), mentions("The Exim Bank of India will"
                + " co-finance the cobalt refinery.", MentionType.PARTY));
    }

    /** A loan guaranty is a guarantee in its American spelling; an export credit line is a loan. */
    @Test
    void loanGuarantiesAndExportCreditLines() {
        assertEquals(List.of("loan guaranty → guarantee"), mentions("The agency will extend a $15 million loan guaranty to"
                + " a Zambian copper trader.", MentionType.INSTRUMENT));
        assertEquals(List.of("export credit line → loan", "export credit → financial-support"), mentions("The bank will"
                + " open an export credit line for nickel buyers and offer export credit to the smelter.", MentionType.INSTRUMENT));
    }

    /** A council's other duties are its tasks, and equity beside financial inclusion is fairness: no instruments. */
    @Test
    void otherDutiesAndInclusionAndEquityAreNoInstruments() {
        assertEquals(List.of(), mentions("The lithium council shall perform such other duties as the Chair may assign.",
                MentionType.INSTRUMENT));
        assertEquals(List.of(), mentions("The review shall weigh the effects of cobalt payments on financial inclusion and"
                + " equity.", MentionType.INSTRUMENT));
        assertEquals(List.of("duties → tariff"), mentions("The Secretary shall impose such other duties on graphite"
                + " anodes as are necessary.", MentionType.INSTRUMENT));
        assertEquals(List.of("equity → equity"), mentions("The DFC will take equity in the cobalt refinery to widen"
                + " financial inclusion.", MentionType.INSTRUMENT));
    }

    /** The financing of terrorism is a crime the parties fight, as terrorist financing is; financing of a mine is money. */
    @Test
    void theFinancingOfTerrorismIsNoInstrument() {
        assertEquals(List.of(), mentions("The partners will counter the financing of terrorism through lithium traders.",
                MentionType.INSTRUMENT));
        assertEquals(List.of("financing → financial-support"), mentions("The bank will arrange the financing of the"
                + " cobalt mine.", MentionType.INSTRUMENT));
    }

    /**
     * Several US departments under one plural head are each a department: the first with the head, the others by their
     * field; the list ends where a field names no department, and the words after the last one are the sentence's.
     */
    @Test
    void departmentsListedUnderOnePluralHeadAreEachADepartment() {
        assertEquals(List.of("Departments of Agriculture → U.S. Department of Agriculture",
                "Interior → U.S. Department of the Interior", "Labor → U.S. Department of Labor"),
                mentions("The Departments of Agriculture, the Interior, and Labor will train workers for the graphite"
                        + " mines.", MentionType.PARTY));
        assertEquals(List.of("U.S. Departments of Commerce → U.S. Department of Commerce",
                "Health and Human Services → U.S. Department of Health and Human Services"),
                mentions("The U.S. Departments of Commerce and Health and Human Services will map lithium demand.",
                        MentionType.PARTY));
        assertEquals(List.of("Departments of Defense → U.S. Department of Defense", "Treasury → U.S. Department of the Treasury"),
                mentions("Departments of Defense and Treasury Unveil Cobalt Stockpile Plan", MentionType.PARTY));
        assertEquals(List.of(), mentions("The Departments of Geology and Mining Engineering at the university will host"
                + " the nickel workshop.", MentionType.PARTY));
        assertEquals(List.of("Departments of Energy → U.S. Department of Energy", "DOE → U.S. Department of Energy",
                "Homeland\nSecurity → U.S. Department of Homeland Security", "Interior → U.S. Department of the Interior",
                "Commerce → U.S. Department of Commerce"), mentions("The Departments of Energy (DOE), Homeland\nSecurity,"
                + " Interior and of Commerce will screen cobalt imports.", MentionType.PARTY));
    }

    /**
     * A federation's states listed after "the States of" are governments, as "the State of Oregon" is; "the United
     * States of America" names no list.
     */
    @Test
    void statesOfAFederationListedByNameAreGovernments() {
        assertEquals(List.of("Nevada → Nevada", "Utah → Utah", "Arizona → Arizona"), mentions("The States of Nevada, Utah, and"
                + " Arizona will share lithium brine permitting data.", MentionType.PARTY));
        assertEquals(List.of("United States of America → US", "Chile → CL"), mentions("The United States of America and Chile"
                + " will cooperate on copper.", MentionType.PARTY));
        assertEquals(List.of(), mentions("The Secretary will name inspectors for the States of Nevada and Utah.", MentionType.PARTY)
                .stream().filter(m -> !m.startsWith("Secretary")).toList());
    }

    /**
     * A ministry named with its state right before a title's words ("… of the Republic of Malawi Concerning …") is that
     * ministry, whole, not a shorter ministry the dictionary knows and the state; so where the text names it again.
     */
    @Test
    void aMinistryCutByATitlesWordsIsNamedWhole() {
        assertEquals(List.of("Ministry of Mines and Geological Services of the Republic of Malawi → Ministry of Mines and"
                + " Geological Services of the Republic of Malawi"), mentions("Memorandum of Understanding with the Ministry"
                + " of Mines and Geological Services of the Republic of Malawi Concerning Rare Earth Exploration\n\nThe"
                + " Ministry will publish maps.", MentionType.PARTY));
        String named = "Ministry of Energy and Mineral Industries of the Republic of Malawi";
        assertEquals(List.of(named + " → " + named, named + " → " + named), mentions("Agreement between the " + named
                + " Regarding Graphite Processing\n\nThe " + named + " will share drilling data on graphite.", MentionType.PARTY));
    }

    /**
     * Money words inside the name of a lab, a mission statement, a group or a coalition joined by
     * "&" name it; the same words outside a name stay instruments.
     */
    @Test
    void moneyWordsInsideNamesOfLabsAgendasStatementsAndGroupsAreNoInstruments() {
        for (String none : List.of("The partners will join the Critical Metals Finance Mission Statement next year.",
                "The agency will host the Graphite Investment Lab in Lima.",
                "Advisers from the Lithium Investment Group will attend.",
                "The United States will launch the Copper Recycling & Smelting Finance Coalition with partners.")) {
            assertEquals(List.of(), mentions(none, MentionType.INSTRUMENT), none);
        }
        assertEquals(List.of("finance → financial-support"), mentions("The lab will mobilize finance for graphite mines.",
                MentionType.INSTRUMENT));
    }

    /** Decentralized finance is crypto-asset trading, not money a party provides; finance for a mine still is. */
    @Test
    void decentralizedFinanceIsNoInstrument() {
        assertEquals(List.of(), mentions("The regulators will study decentralized finance protocols that trade lithium"
                + " tokens.", MentionType.INSTRUMENT));
        assertEquals(List.of("finance → financial-support"), mentions("The bank will provide finance for the graphite"
                + " plant.", MentionType.INSTRUMENT));
    }

    /**
     * A field of work, a kind of service, an event held in someone's honour and a bold heading's verb phrase, written in
     * title case, are topics, no parties; a firm or a body whose name ends in the same words stays a party.
     */
    @Test
    void titleCaseFieldsServicesEventsAndHeadingsAreNoParties() {
        for (String none : List.of(
                "The Council will set up workstreams on **Additive Manufacturing, Battery Recycling, and Digital Identity**"
                        + " next year.",
                "In honor of the National Firefighters’ Memorial Service held in Emmitsburg, I call upon all Americans to"
                        + " display the flag.",
                "On this National Day of Service, I call upon all citizens to volunteer in their communities.",
                "Borrowers who work in public service can seek relief, and the Department will expand Community Service"
                        + " grants.",
                "**Building Resilient Battery Supply Chains**\n\n-   Launching an early warning mechanism for chip"
                        + " shortages.")) {
            assertEquals(List.of(), mentions(none, MentionType.PARTY), none);
        }
        assertEquals(List.of("Keystone Manufacturing → Keystone Manufacturing",
                "Lakeland Forest Service → Lakeland Forest Service"), mentions("Keystone Manufacturing will build a cathode"
                + " plant in Ohio, and the Lakeland Forest Service will plant trees near it.", MentionType.PARTY));
        assertEquals(List.of("Building and Construction Authority → Building and Construction Authority"),
                mentions("The Building and Construction Authority will inspect the site before building starts.",
                        MentionType.PARTY));
        assertEquals(List.of("Harlow School of Public Service → Harlow School of Public Service"),
                mentions("The Harlow School of Public Service will train county clerks.", MentionType.PARTY));
    }

    /** A capital that looks to do something or raises a charge acts for its government; one that is visited does not. */
    @Test
    void aCapitalThatLooksToActOrRaisesADutyIsAParty() {
        assertEquals(List.of("Ottawa → CA", "Canberra → AU"), mentions("The pact comes as Ottawa looks to cut its reliance on"
                + " one nickel buyer, after Canberra raised royalties on spodumene.", MentionType.PARTY));
        assertEquals(List.of(), mentions("The talks were held in Ottawa after the ministers flew to Canberra.",
                MentionType.PARTY));
    }

    /** "will also jointly research ways": "also" and an adverb may stand between the modal and the verb. */
    @Test
    void anInstrumentVerbAfterAlsoAndAnAdverbIsNoMention() {
        assertEquals(List.of(), mentions("The two refiners will also jointly research ways to recycle cobalt.",
                MentionType.INSTRUMENT));
        assertEquals(List.of("research → research"), mentions("The two refiners will also fund joint research on cobalt.",
                MentionType.INSTRUMENT).stream().filter(m -> m.startsWith("research")).toList());
    }

    /** A bank whose analysts comment on a deal is no party to it; the same bank lending is one. */
    @Test
    void aFirmWhoseAnalystsCommentIsNoParty() {
        assertEquals(List.of("Lynas Rare Earths → Lynas Rare Earths"), mentions("Analysts at Morgan Stanley said Lynas Rare"
                + " Earths would gain from the nickel deal.", MentionType.PARTY));
        assertEquals(List.of("Morgan Stanley → Morgan Stanley"), mentions("Morgan Stanley will lend $1 billion to the"
                + " nickel refinery.", MentionType.PARTY));
    }

    /**
     * A lender's name that ends in "Finance" is a firm, its last word no instrument; finance of a kind in title case
     * ("Blended Finance") and a finance portfolio ("Finance Minister") stay what they were.
     */
    @Test
    void lendersNamedFinanceAreFirmsNotInstruments() {
        assertEquals(List.of("grants → grant"), mentions("Tidewater Harbor Finance will provide grants to the"
                + " nickel refinery.", MentionType.INSTRUMENT));
        assertEquals(List.of("Tidewater Harbor Finance → Tidewater Harbor Finance"), mentions("Tidewater Harbor Finance"
                + " will provide grants to the nickel refinery.", MentionType.PARTY));
        assertEquals(List.of("loan → loan"), mentions("A loan from Quarry Ridge Finance and Larchmont Capital will pay"
                + " for the cobalt plant.", MentionType.INSTRUMENT));
        assertEquals(List.of("Blended Finance → financial-support"), mentions("**3. Scaling Up Blended Finance**\n\nThe"
                + " partners will report on graphite projects.", MentionType.INSTRUMENT));
        assertEquals(List.of(), mentions("The Indonesian Finance Minister will visit the nickel smelter.",
                MentionType.PARTY));
    }

    /** A lender's trade in -ing inside an investor's name is the name's word, no loan or funding of its own. */
    @Test
    void lendersTradeInsideAnInvestorsNameIsNoInstrument() {
        assertEquals(List.of("loan → loan"), mentions("Saltmarsh Lending Partners will arrange a bridge loan for"
                + " the lithium mine.", MentionType.INSTRUMENT));
        assertEquals(List.of("Saltmarsh Lending Partners → Saltmarsh Lending Partners"), mentions("Saltmarsh Lending"
                + " Partners will arrange a bridge loan for the lithium mine.", MentionType.PARTY));
    }

    /** "toward financing" and "by funding" with an object are the verb; the noun before "for" or "from" stays. */
    @Test
    void financingWithAnObjectAfterTowardOrByIsTheVerb() {
        assertEquals(List.of(), mentions("The banks will mobilize capital toward financing cobalt refineries in the"
                + " region.", MentionType.INSTRUMENT).stream().filter(m -> m.startsWith("financing")).toList());
        assertEquals(List.of(), mentions("The ministry will help the sector by funding the training of nickel"
                + " smelter workers.", MentionType.INSTRUMENT).stream().filter(m -> m.startsWith("funding")).toList());
        assertEquals(List.of("funding → financial-support"), mentions("The lithium mine will be built by funding from"
                + " the regional bank.", MentionType.INSTRUMENT));
        assertEquals(List.of("financing → financial-support"), mentions("The partners will work toward financing for"
                + " graphite projects.", MentionType.INSTRUMENT));
    }

    /** A credit against tax for what a firm invests is a tax incentive, its "Investment" no investment of its own. */
    @Test
    void anInvestmentCreditIsATaxIncentive() {
        assertEquals(List.of("Investment Credit → tax-incentive"), mentions("The gallium plant will claim the Advanced"
                + " Manufacturing Investment Credit.", MentionType.INSTRUMENT));
    }

    /** The Climate Investment Funds are a body that acts, not an investment. */
    @Test
    void theClimateInvestmentFundsAreABody() {
        assertEquals(List.of(), mentions("The partners will work with the Climate Investment Funds on nickel"
                + " projects.", MentionType.INSTRUMENT));
        assertEquals(List.of("Climate Investment Funds → Climate Investment Funds"), mentions("The Climate Investment"
                + " Funds will back cobalt recycling.", MentionType.PARTY));
    }

    /** A sentence that holds a quota to WTO rules is about trade: the quota is a trade measure. */
    @Test
    void aQuotaHeldToWtoRulesIsATradeMeasure() {
        assertEquals(List.of("quotas → trade-measure"), mentions("The members may ease quotas on tin in a crisis,"
                + " consistent with WTO rules.", MentionType.INSTRUMENT));
    }

    /** "is stockpiling cobalt", "by stockpiling gallium": the verb with its object; "joint stockpiling of" stays. */
    @Test
    void stockpilingAndLendingWithAnObjectAfterAnAuxiliaryAreTheVerb() {
        assertEquals(List.of(), mentions("The agency is stockpiling cobalt for the navy.", MentionType.INSTRUMENT));
        assertEquals(List.of(), mentions("The partners will secure tin supply by stockpiling gallium in bonded"
                + " warehouses.", MentionType.INSTRUMENT));
        assertEquals(List.of(), mentions("The refiners are lending their engineers to the lithium project.",
                MentionType.INSTRUMENT));
        assertEquals(List.of("stockpiling → stockpiling"), mentions("The partners agreed on joint stockpiling of rare"
                + " earths.", MentionType.INSTRUMENT));
    }

    /** A minimum price for imports is a price floor. */
    @Test
    void aMinimumImportPriceIsAPriceFloor() {
        assertEquals(List.of("minimum import price → price-floor"), mentions("The ministry will set a minimum import"
                + " price for tungsten.", MentionType.INSTRUMENT));
    }

    /** A government's purchases in the plural are procurement too. */
    @Test
    void procurementsInThePluralAreProcurement() {
        assertEquals(List.of("procurements → procurement"), mentions("The ministry plans new procurements of patrol"
                + " boats.", MentionType.INSTRUMENT));
    }

    /** The armed services and a science office of the White House are bodies named in one span. */
    @Test
    void armedServicesAndTheScienceOfficeAreOneName() {
        assertEquals(List.of("U.S. Navy → U.S. Navy"), mentions("Repairs of U.S. Navy frigates will start in spring.",
                MentionType.PARTY));
        assertEquals(List.of("White House Office of Science and Technology Policy → Office of Science and Technology"
                + " Policy"), mentions("The White House Office of Science and Technology Policy will chair the panel.",
                MentionType.PARTY));
    }

    /** The heading of a numbered section is its topic, not a body that acts. */
    @Test
    void aNumberedSectionsHeadingIsNoParty() {
        List<String> parties = mentions("Section 4. Coastal Flood Defences\n4.1 The Participants will share flood"
                + " maps.\n", MentionType.PARTY);
        assertEquals(List.of(), parties.stream().filter(p -> p.startsWith("Coastal")).toList());
    }

    /** A signature line's body ends with its line: the signer's name and title on the next line are a person. */
    @Test
    void aSignatureBlocksBodyStopsBeforeTheSignersLine() {
        List<String> parties = mentions("Signed in duplicate.\n\nFor the Department of Coastal Works and Harbours of"
                + " Norway\nKari Nordmann, Minister of Fisheries\n", MentionType.PARTY);
        assertEquals(List.of(), parties.stream().filter(p -> p.contains("Kari")).toList());
    }

    /** Two capitals that share a joint text's dateline say where it was issued; two capitals that act are parties. */
    @Test
    void aSharedDatelineOfTwoCapitalsIsNoParty() {
        List<String> dated = mentions("Joint Statement on River Transport\n\nThe two countries will dredge the canal."
                + "\n\nOttawa and Canberra, 3 March 2026\n", MentionType.PARTY);
        assertEquals(List.of(), dated.stream().filter(p -> p.startsWith("Ottawa") || p.startsWith("Canberra")).toList());
        List<String> acting = mentions("Tokyo and Washington will dredge the canal together.", MentionType.PARTY);
        assertEquals(List.of("Tokyo → JP", "Washington → US"), acting);
    }

    /** A currency named after its state ("US dollars") is a sum's unit, not the state. */
    @Test
    void aCurrencyNamedAfterItsStateIsNoParty() {
        assertEquals(List.of("US → US"), mentions("The US will pay for the tin in US dollars or in yen.",
                MentionType.PARTY));
    }

    /** "a Clean Alliance" between the parties labels their tie: the parties act, the label is no party. */
    @Test
    void theLabelOfThePartiesAllianceIsNoParty() {
        assertEquals(List.of("Canada → CA", "Chile → CL"), mentions("Canada and Chile will form a Clean Alliance on"
                + " tin smelting.", MentionType.PARTY));
    }

    /** An analyst's surname "Grant" after a first name and before the analyst's job is a person, not a grant. */
    @Test
    void anAnalystsSurnameGrantIsNoGrant() {
        assertEquals(List.of(), mentions("\"Prices will stay low,\" said Nora Grant, a mining analyst at a bank in Oslo.",
                MentionType.INSTRUMENT));
        assertEquals(List.of(), mentions("Tom Grant, a portfolio manager, bought the shares.", MentionType.INSTRUMENT));
        assertEquals(List.of("grant → grant"), mentions("The ministry will award a grant to the smelter.",
                MentionType.INSTRUMENT));
    }

    /** "Investment" and "Research" inside an advisory firm's name name the firm, not an instrument. */
    @Test
    void investmentInsideAnAdvisoryFirmsNameIsNoInstrument() {
        assertEquals(List.of(), mentions("The deal is small, an analyst at Eastgate Investment Management wrote in a note.",
                MentionType.INSTRUMENT));
        assertEquals(List.of(), mentions("Analysts at Fjord Bay Investment Research expect more deals.",
                MentionType.INSTRUMENT));
        assertEquals(List.of("investment → investment"), mentions("The ministry will approve the investment in May.",
                MentionType.INSTRUMENT));
    }

    /** "A <firm> executive said": the firm a speaker works for is a party. */
    @Test
    void aFirmBeforeItsExecutiveWhoSpeaksIsAParty() {
        List<String> parties = mentions("Halden Copper sold its stake on Monday. A Torvik Ridge Capital executive said the fund"
                + " would buy more shares.", MentionType.PARTY);
        assertEquals(List.of("Halden Copper → Halden Copper", "Torvik Ridge Capital → Torvik Ridge Capital"), parties);
    }

    /** A capital that courts, woos or pitches in a headline acts, as one that agrees does; the city's courts of law do not. */
    @Test
    void aCapitalThatCourtsOrWoosActs() {
        assertEquals(List.of("Lima → PE"), mentions("Lima courts tin investors as prices rise", MentionType.PARTY));
        assertEquals(List.of("Ottawa → CA"), mentions("Chile signs a tin pact as Ottawa woos South America", MentionType.PARTY)
                .stream().filter(m -> m.startsWith("Ottawa")).toList());
        assertEquals(List.of("Lima → PE"), mentions("The two sides signed a memorandum, with Lima agreeing not to tax tin exports.",
                MentionType.PARTY));
        assertEquals(List.of(), mentions("Lima courts have ruled on the tin tax.", MentionType.PARTY));
    }

    /** A framework agreement's name and a standing group's name hold mineral words that name them, not minerals. */
    @Test
    void mineralWordsInTheNamesOfFrameworksAndStandingGroupsNameThem() {
        assertEquals(List.of("lithium → lithium"), mentions("Both sides signed the Framework for Securing the Supply of"
                + " Refined Rare Earths and Critical Minerals, and the Graphite Trade Steering Group will meet on lithium.",
                MentionType.MINERAL));
        assertEquals(List.of(), mentions("The Nordic Cobalt Supply Response Group will report each quarter.",
                MentionType.MINERAL));
        // a framework for a lower-case purpose names no agreement: its minerals stay
        assertEquals(List.of("critical minerals → critical minerals"), mentions("The Framework for the supply of critical"
                + " minerals is open to all.", MentionType.MINERAL));
    }

    /** A promise of protection between states is no financial guarantee; a lender's guarantee still is. */
    @Test
    void aSecurityGuaranteeIsNoFinancialGuarantee() {
        assertEquals(List.of(), mentions("The pact gives Moldova no security guarantees, which its leaders had asked for.",
                MentionType.INSTRUMENT));
        assertEquals(List.of(), mentions("Talks on defence guarantees for the islands resume next week.", MentionType.INSTRUMENT));
        assertEquals(List.of("guarantees → guarantee"), mentions("The bank will offer guarantees for the smelter's bonds.",
                MentionType.INSTRUMENT));
    }

    /** "the White House Council on Rural Water" is a body of its own after the state's stand-in, up to the next name. */
    @Test
    void aWhiteHouseCouncilOrTaskForceIsABodyOfItsOwn() {
        assertEquals(List.of("White House → US", "Council on Rural Water Affairs → Council on Rural Water Affairs"),
                mentions("The Secretary chaired the White House Council on Rural Water Affairs on Friday.", MentionType.PARTY));
        assertEquals(List.of("White House → US", "Task Force to Counter Ticket Fraud → Task Force to Counter Ticket Fraud"),
                mentions("Aides launched the White House Task Force to Counter Ticket Fraud.", MentionType.PARTY));
        assertEquals(List.of("White House → US", "Council on Rural Water → Council on Rural Water", "Biden-Harris Administration → US"),
                mentions("She opened the White House Council on Rural Water in the Biden-Harris Administration.", MentionType.PARTY));
        assertEquals(List.of("White House → US"), mentions("A White House Council said it would meet.", MentionType.PARTY));
    }

    /** "WHO" is the health agency's abbreviation beside its full name, not the pronoun of an upper-case heading or a label. */
    @Test
    void theHealthAgencysAbbreviationIsAPartyBesideItsFullName() {
        assertEquals(List.of("World Health Organization → World Health Organization", "WHO → World Health Organization",
                "WHO → World Health Organization"), mentions("Norland asked the World Health Organization for vaccine funds."
                + " The WHO will send a team, and WHO officials will report by June.", MentionType.PARTY).stream()
                .filter(m -> !m.startsWith("Norland")).toList());
        assertEquals(List.of(), mentions("HELPING FAMILIES WHO NEED CARE: The World Health Organization set up a fund.",
                MentionType.PARTY).stream().filter(m -> m.startsWith("WHO")).toList());
        assertEquals(List.of(), mentions("WHO: nurses and clinics. The agency said it would hire staff.", MentionType.PARTY));
        // a word of a joint programme's name, joined by slashes
        assertEquals(List.of(), mentions("The World Health Organization backs the UNICEF/WHO/Norland Programme on Care.",
                MentionType.PARTY).stream().filter(m -> m.startsWith("WHO")).toList());
    }

    /** The U.S. Treasury is the department, one span; the German development bank is KfW under its full name. */
    @Test
    void theTreasuryByItsShortNameAndKfwByItsFullNameAreParties() {
        assertEquals(List.of("U.S. Treasury → U.S. Department of the Treasury"), mentions("The U.S. Treasury will pick the"
                + " cobalt to buy.", MentionType.PARTY));
        assertEquals(List.of("Kreditanstalt für Wiederaufbau → KfW"), mentions("Kreditanstalt für Wiederaufbau will lend"
                + " to the smelter.", MentionType.PARTY));
        assertEquals(List.of("Southern Common Market"), mentions("Mercosur will cut tariffs on copper.", MentionType.PARTY)
                .stream().map(m -> m.substring(m.indexOf("→ ") + 2)).toList());
    }

    /** After the department's full name, "Treasury" alone after a preposition or its article is the department. */
    @Test
    void theTreasuryAfterAPrepositionOrItsArticleIsTheDepartment() {
        List<String> parties = mentions("The Department of the Treasury will pay the grants. Agencies must send their data to"
                + " Treasury, and the Treasury is to check it. Each agency will work with Treasury to stop fraud.",
                MentionType.PARTY);
        assertEquals(4, parties.stream().filter(m -> m.endsWith("→ U.S. Department of the Treasury")).count());
        // the secretary's title and a modifier of a noun are not the department
        assertEquals(1, mentions("The Department of the Treasury said the Secretary of the Treasury to be named will speak,"
                + " and buyers of Treasury bills were calm. A report went to the Secretary of\nthe Treasury.", MentionType.PARTY).stream()
                .filter(m -> m.endsWith("→ U.S. Department of the Treasury")).count());
    }

    /** A reserve named for the mineral it keeps is a stockpile where it is made; what lies in the ground is not. */
    @Test
    void aReserveNamedForItsMineralIsAStockpileWhereItIsBuilt() {
        assertEquals(List.of("reserve → stockpiling"), mentions("Norland will build a critical minerals reserve worth"
                + " $5 billion.", MentionType.INSTRUMENT));
        assertEquals(List.of("reserve → stockpiling"), mentions("Norland launches cobalt reserve for carmakers",
                MentionType.INSTRUMENT));
        assertEquals(List.of(), mentions("Chile holds the largest lithium reserves in the world.", MentionType.INSTRUMENT));
        assertEquals(List.of(), mentions("The miner will establish proven copper reserves at the pit.", MentionType.INSTRUMENT));
    }

    /** A firm named for its trade and its goods keeps "Products" in its name. */
    @Test
    void aFirmsNameGoesOnToProducts() {
        assertEquals(List.of("Arden Copper Products → Arden Copper Products"), mentions("Arden Copper Products will hire"
                + " 50 workers in Ohio.", MentionType.PARTY).stream().filter(m -> m.startsWith("Arden")).toList());
    }
}
