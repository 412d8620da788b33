package org.accordex.annotate;

import static org.accordex.annotate.NamesAndInstrumentsTest.mentions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.accordex.model.Annotation;
import org.accordex.model.Commitment;
import org.accordex.model.DocumentInfo;
import org.accordex.model.MentionType;
import org.accordex.model.SourceDocument;
import org.junit.jupiter.api.Test;

/**
 * Banks, agencies, unions, carriers and firms that act in a supply chain, found as the texts name them: one span for a
 * named body, no region or document as a party, on sentences written for these tests.
 */
class SupplyChainBodiesTest {
    private static final Annotator ANNOTATOR = new Annotator(AnnotatorModels.bundled());

    private static List<String> parties(String text) {
        return mentions(text, MentionType.PARTY);
    }

    private static List<List<String>> committing(String text) {
        DocumentInfo info = new DocumentInfo("test", "test.txt", "", null, "text/plain", "en", text.length());
        Annotation a = ANNOTATOR.annotate(new SourceDocument(info, text), null);
        return a.commitments().stream().map(Commitment::parties).toList();
    }

    @Test
    void regionalBodiesOfMineralsDealsAreKnownByNameAndLetters() {
        assertEquals(List.of("African Minerals Development Center → African Minerals Development Centre",
                "AMDC → African Minerals Development Centre", "African Union Commission → African Union Commission",
                "AUC → African Union Commission"),
                parties("The African Minerals Development Center (AMDC) and the African Union Commission (AUC) will map"
                        + " cobalt deposits."));
        assertEquals(List.of("Bpifrance Assurance Export → Bpifrance Assurance Export", "UNECA → United Nations Economic"
                + " Commission for Africa"), parties("Bpifrance Assurance Export and UNECA will back the refinery."));
        assertEquals(List.of(List.of("International Development Association")),
                committing("The IDA will provide $90 million for the smelter."));
    }

    @Test
    void stateMiningFirmsAndAgenciesOfPartnerStatesAreKnownByName() {
        // a mineral word inside a firm's name is no mention of its own (ANNOTATION.md §1)
        assertEquals(List.of("Mopani Copper Mines → Mopani Copper Mines", "MECL → Mineral Exploration and Consultancy Limited"),
                parties("Mopani Copper Mines will sell cobalt to a buyer that MECL found."));
        assertEquals(List.of(), mentions("Mopani Copper Mines will sell cobalt.", MentionType.MINERAL).stream()
                .filter(m -> m.startsWith("Copper")).toList());
        // the state in a firm's full name is a word of the name, and its letters are the firm, not the state
        assertEquals(List.of("Sociedad Química y Minera de Chile → SQM", "SQM → SQM"),
                parties("Sociedad Química y Minera de Chile (SQM) will sell lithium to Korea Zinc; SQM expects sales in 2027.")
                        .subList(0, 2));
        // a partner state's body written in its own language takes its English name
        assertEquals(List.of("Secretaría de Minería → Secretariat of Mining", "SEGEMAR → Argentine Geological Mining Service",
                "Finep → Finep", "CAMYEN → Catamarca Minera y Energética Sociedad del Estado"),
                parties("The Secretaría de Minería, SEGEMAR, Finep and CAMYEN will map lithium brines."));
    }

    @Test
    void aKnownFirmsLegalFormIsPartOfItsSpan() {
        assertEquals(List.of("ZCCM Investments Holdings Plc → ZCCM Investments Holdings",
                "Japan Australia Rare Earths B.V. → Japan Australia Rare Earths"),
                parties("ZCCM Investments Holdings Plc and Japan Australia Rare Earths B.V. will invest in a cobalt plant."));
    }

    @Test
    void aTradeWordBeforeAPlansOrAnInstitutionsHeadMakesNoFirm() {
        // the council is a body of its own, not the firm "Tarn Minerals"
        assertEquals(List.of("Tarn Minerals Council → Tarn Minerals Council"), parties("The centre will carry out the"
                + " Sahel Mining Vision and host the Tarn Minerals Council next year."));
        assertEquals(List.of("G20 → Group of Twenty"), parties("The G20 Energy Ministers will meet in March."));
        assertEquals(List.of("G7 → Group of Seven"), parties("The G7 Energy ministers agreed to map nickel supply."));
        // a legal form after the head still makes a firm, and a firm alone keeps its name
        assertEquals(List.of("Kestrel Mining Development Corp → Kestrel Mining Development Corp",
                "Harlow Metals → Harlow Metals"),
                parties("Kestrel Mining Development Corp will build a mill, and Harlow Metals will buy its output."));
    }

    @Test
    void aRegionIsNoFirmsShortNameNorAFirmInAList() {
        assertEquals(List.of(), parties("Africa Credit Corporation will lend $40 million to Tarrow Mining. Demand across"
                + " Africa is rising, and Africa will need refineries.").stream().filter(m -> m.startsWith("Africa →")).toList());
        assertEquals(List.of(), parties("After a tour of the Middle East, Airbus and Kestrel Aviation signed new orders.")
                .stream().filter(m -> m.startsWith("Middle East")).toList());
    }

    @Test
    void aDocumentsShortNameInBracketsNamesNoBody() {
        assertEquals(List.of(), parties("The Ministry of Ports of Veloria and the Ministry of Trade and Industry of the"
                + " Republic of Singapore signed a memorandum (the MOU). Under the MOU, both ministries will share data.")
                .stream().filter(m -> m.startsWith("MOU")).toList());
        // the same letters as a body's initials are the body's short name
        assertEquals(List.of("Harbour Transit Agency → Harbour Transit Agency", "HTA → Harbour Transit Agency"),
                parties("The Harbour Transit Agency (HTA) will fund the buses."));
        assertEquals(List.of("Federal Transit Administration → Federal Transit Administration",
                "FTA → Federal Transit Administration", "FTA → Federal Transit Administration"),
                parties("The Federal Transit Administration (FTA) will fund buses, and FTA will host sessions."));
    }

    @Test
    void aStateWrittenBeforeAMinistryIsPartOfItsName() {
        assertEquals(List.of("UAE Ministry of Economy → UAE Ministry of Economy"),
                parties("The UAE Ministry of Economy will fund the smelter."));
        assertEquals(List.of("PRC Ministry of Commerce → Ministry of Commerce of the People's Republic of China"),
                parties("The PRC Ministry of Commerce will review the licences."));
        // a state in a list before a ministry of another state stays a state of its own
        assertEquals(List.of("Japan → JP", "Ministry of Mines of Zambia → Ministry of Mines of Zambia"),
                parties("Japan and the Ministry of Mines of Zambia will sign the pact."));
    }

    @Test
    void aBodyOfThePeoplesRepublicIsOneName() {
        assertEquals(List.of("National Bureau of Grain Reserves of the People's Republic of China"
                + " → National Bureau of Grain Reserves of the People's Republic of China"),
                parties("The National Bureau of Grain Reserves of the People's Republic of China will buy cobalt."));
    }

    @Test
    void aPluralOwnerAndAPersonsTitleAreNoPartOfAFirmsName() {
        assertEquals(List.of(), parties("Halden Resources' Brookfield Lithium Limited will sell its output to Voss Batteries.")
                .stream().filter(m -> m.startsWith("Halden Resources' Brookfield")).toList());
        assertEquals(List.of("Battery Metals Association → Battery Metals Association"),
                parties("Mara Lind, CEO of the Battery Metals Association, said its members will invest in recycling."));
    }

    @Test
    void aKnownFirmKeepsTheLegalFormTheTextWritesAfterIt() {
        assertEquals(List.of("Mizuho Bank, Ltd. → Mizuho"), parties("Mizuho Bank, Ltd. will co-finance the loan."));
    }

    @Test
    void aTechnologyFirmWithALegalFormIsAFirmAndSoIsItsTradingName() {
        assertEquals(List.of("Carrow Technology, Inc. → Carrow Technology, Inc.", "Carrow Technology → Carrow Technology, Inc."),
                parties("Carrow Technology, Inc. will build a wafer plant. Carrow Technology will hire 400 staff."));
        // a field of work is no firm
        assertEquals(List.of(), parties("Information Technology will change the mines."));
    }

    @Test
    void anAcronymJoinedByAndToABodysNameIsNoPartOfIt() {
        assertEquals(List.of("Coastal Defense Fund → Coastal Defense Fund"),
                parties("To meet demand for fuels, KPX and Coastal Defense Fund will launch a registry.").stream()
                        .filter(m -> m.contains("Fund")).toList());
    }

    @Test
    void alliancesAndConsortiaAreNamedByTheirHead() {
        assertEquals(List.of("Pallas 6G Alliance → Pallas 6G Alliance"), parties("The Pallas 6G Alliance will fund trials."));
        assertEquals(List.of("Orvane Critical Mineral Consortium → Orvane Critical Mineral Consortium"),
                parties("Orvane Critical Mineral Consortium will invest in the project."));
        assertEquals(List.of("TKB-Rising Consortium → TKB-Rising Consortium", "Guinea → GN"), parties("Ama Kone, head"
                + " of operations of the TKB-Rising Consortium in Guinea, said the railway needs funds."));
        // two states' alliance names the states
        assertEquals(List.of("U.S. → US", "Japan → JP"), parties("The U.S.-Japan Alliance will deepen its ties."));
        // a title spaces its dash: the tie is still the two states'
        assertEquals(List.of("U.S. → US", "Peru → PE"), parties("Steps Toward a Stronger U.S. – Peru Alliance"));
        // with no state before the dash, the name stays one body's
        assertEquals(List.of("Peru Alliance → Peru Alliance"), parties("Lima – Peru Alliance will fund trials."));
        assertEquals(List.of(), parties("The U.S.-Japan Alliance for Ports will open next year.").stream()
                .filter(m -> m.contains("Alliance")).toList());
    }

    @Test
    void twoNamesJoinedByAndBeforeACommaAreNoSerialName() {
        assertEquals(List.of(), parties("After the merger of Varn and Kettle, the Global Miners Union and the Harbour"
                + " Workers Union formed a council.").stream().filter(m -> m.startsWith("Varn")).toList());
    }

    @Test
    void banksAndCarriersTheDictionariesKnow() {
        assertEquals(List.of("Natixis → Natixis", "Standard Chartered → Standard Chartered", "Helaba → Helaba"),
                parties("The loan was arranged by Natixis and Standard Chartered, with Helaba joining later."));
        assertEquals(List.of("Airlines for America → Airlines for America"),
                parties("Members of Airlines for America will buy more sustainable fuel."));
    }

    @Test
    void aFirmOnlyDescribedDoesNotCommit() {
        assertEquals(List.of(List.of("Islamic Development Bank")), committing("The Islamic Development Bank will lend"
                + " $20 million to Tarrow Mining Limited, a unit of Halden Resources."));
    }

    @Test
    void aMinistryNamedByItsPortfolioBeforeTheHeadIsTheMinistry() {
        assertEquals(List.of("Chile → CL", "Mining Ministry → Ministry of Mining"),
                parties("Chile's Mining Ministry said it will publish new rules for lithium contracts."));
        assertEquals(List.of(List.of("Ministry of Mining")),
                committing("Chile's Mining Ministry said it will publish new rules for lithium contracts."));
        assertEquals(List.of("Energy and Mineral Resources Ministry → Ministry of Energy and Mineral Resources"),
                parties("The Energy and Mineral Resources Ministry will issue the smelter permits."));
        assertEquals(List.of("Foreign Ministry → Ministry of Foreign Affairs"), parties("The Foreign Ministry will host the talks."));
        // the state after the head is a state of its own, not the ministry's name
        assertEquals(List.of("Economy Ministry → Ministry of Economy", "Peru → PE"),
                parties("The Economy Ministry of Peru will fund the study."));
    }

    @Test
    void aPortfolioMinistryLeavesKnownNamesAndMinistersAlone() {
        assertEquals(List.of("China's Commerce Ministry → Ministry of Commerce of the People's Republic of China"),
                parties("China's Commerce Ministry will review the licences."));
        assertEquals(List.of("G20 → Group of Twenty"), parties("The G20 Trade Ministers will meet in March."));
        assertEquals(List.of(), parties("The trade ministry will review the licences."));
    }

    @Test
    void aNameThatOpensWithAKnownNameStartsWithIt() {
        assertEquals(List.of("United Nations Global Crises Response Group → United Nations Global Crises Response Group"),
                parties("The United Nations Global Crises Response Group will publish a report."));
        // a possessive's owner is a name of its own
        assertEquals(List.of("Department of Energy → U.S. Department of Energy",
                "Energy Response Organization → Energy Response Organization"),
                parties("The Department of Energy’s Energy Response Organization will coordinate fuel deliveries."));
    }

    @Test
    void aPersonsPostBeforeABodyIsNotItsName() {
        assertEquals(List.of("Asia Society → Asia Society"), parties("She is a Senior Fellow of the Asia Society."));
        assertEquals(List.of("Orlan Forestry Service → Orlan Forestry Service"),
                parties("He was Chief of Staff for the Orlan Forestry Service."));
        // the post's field before a known body is neither
        assertEquals(List.of("National Security Council → National Security Council"),
                parties("He served as Senior Director for Resilience on the National Security Council."));
        // a board named for what it advises on is a body
        assertEquals(List.of("Board of Advisors on Tribal Colleges → Board of Advisors on Tribal Colleges"),
                parties("She sits on the Board of Advisors on Tribal Colleges."));
    }

    @Test
    void theAndOfAKnownNameJoinsNoTwoBodies() {
        assertEquals(List.of("Food and Agriculture Organization → Food and Agriculture Organization"),
                parties("The Council of the Food and Agriculture Organization will adopt the plan."));
    }

    @Test
    void aFirmWrittenInTwoLegalFormsIsOneParty() {
        assertEquals(List.of("Orlan Graphite Corporation → Orlan Graphite Corporation",
                "Orlan Graphite Corp. → Orlan Graphite Corporation", "Orlan Graphite → Orlan Graphite Corporation"),
                parties("Orlan Graphite Corporation will build an anode plant. Orlan Graphite Corp. will invest $300 million,"
                        + " and Orlan Graphite said it will hire 200 workers."));
        // two firms of one family keep their own names
        assertEquals(List.of("Orlan Graphite Corporation → Orlan Graphite Corporation",
                "Orlan Graphite Trading Ltd. → Orlan Graphite Trading Ltd."),
                parties("Orlan Graphite Corporation will build an anode plant, and Orlan Graphite Trading Ltd. will sell its output."));
    }
}
