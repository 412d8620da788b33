package org.accordex.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.accordex.annotate.Annotator;
import org.accordex.annotate.AnnotatorModels;
import org.accordex.model.Annotation;
import org.accordex.model.Commitment;
import org.accordex.model.DocumentInfo;
import org.accordex.model.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who commits (ANNOTATION.md §2): the speaker of "we", the subject and only the subject, the antecedent of "it"
 * and "they". Each case is a small document written for this test; the last sentence is the one checked.
 */
class WhoCommitsTest {
    private static final Annotator ANNOTATOR = new Annotator(AnnotatorModels.bundled());

    static Annotation annotate(String text) {
        DocumentInfo info = new DocumentInfo("test", "test.txt", "", null, "text/plain", "en", text.length());
        return ANNOTATOR.annotate(new SourceDocument(info, text), null);
    }

    /** The parties of the commitment in the document's last sentence, or "none" when it is not a commitment. */
    static String partiesOfLast(String text) {
        List<Commitment> commitments = annotate(text).commitments();
        int lastStart = text.stripTrailing().lastIndexOf('\n') + 1;
        return commitments.stream().filter(c -> c.end() > lastStart).findFirst()
                .map(c -> String.join(" ", c.parties())).orElse("none");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tessin Batteries buys copper from Norrland Metals\\nTessin’s cathode plant in Narva, Estonia, will purchase 5,000 tonnes of copper. | Tessin Batteries
            Tessin Batteries buys copper from Norrland Metals\\nTessin Batteries’ new plant will purchase copper from Norrland Metals. | Tessin Batteries
            Tessin Batteries buys copper from Norrland Metals\\nTessin’s cathode plant in Narva, Estonia, will create 300 jobs. | none
            Tessin Batteries buys copper from Norrland Metals\\nThe smelter of Norrland Metals in Lulea, Sweden, will process copper concentrate. | Norrland Metals
            Tessin Batteries buys copper from Norrland Metals\\nThe plant of Tessin Batteries will buy copper from Norrland Metals. | Tessin Batteries
            Kestrel Minerals buys lithium\\nKestrel Minerals, based in Perth, Australia, will buy 2,000 tonnes of lithium. | Kestrel Minerals
            Kestrel Minerals buys lithium\\nKestrel Minerals of Perth, Australia, will buy 2,000 tonnes of lithium. | Kestrel Minerals
            Kestrel Minerals buys lithium\\nThe governments of Canada, Australia, and Chile will map lithium brines. | AU CA CL
            Korea’s Halden Metals signs nickel deal\\nHalden Metals signed a supply agreement with Australia’s Kestrel Minerals to expand nickel supply. | Halden Metals Kestrel Minerals
            Tungsten venture\\nHalden Metals, a Canada-based explorer, and Ulaan Mining, Mongolia’s national mining company, have signed an agreement to develop a tungsten mine. | Halden Metals Ulaan Mining
            Graphite mine\\nThe Nordvik mine, located in northern Norway, is expected to produce 50,000 tonnes of graphite a year. | none
            Cobalt loan\\nThe Export-Import Bank of the United States, the government’s export credit agency, has issued a letter of interest to lend $200 million. | Export-Import Bank of the United States
            Copper plant\\nCanada will fund a smelter that Halden Metals and Kestrel Minerals plan to build in Quebec. | CA
            Halden Metals and Kestrel Minerals to build smelter\\nThe governments of Canada and Chile will each lend $50 million to the smelter. | CA CL
            Halden Metals and Kestrel Minerals to build smelter\\nTORONTO (Reuters) - The governments of Canada and Chile will each lend $50 million to the smelter. | CA CL
            Lithium refinery\\nThe Queensland state government will fund a lithium refinery near the port. | Queensland
            Tin loan\\nHalden Metals said on Tuesday it had closed a $40 million loan for its tin mine, and will seek a partner for the smelter. | Halden Metals
            Lithium deal\\nHalden Metals signed an agreement with Ulaan Mining, the state company of Mongolia’s Gobi province, to explore two lithium blocks. | Halden Metals Ulaan Mining
            Copper plant\\nCanada will fund a smelter that Halden Metals, Ulaan Mining and Kestrel Minerals intend to build. | CA
            Nickel loans\\nBrazil will lend to Halden Metals, and Brazil’s mining ministry will insure the loan.\\nIn Australia, the federal government agreed to lend Halden Metals a further $40 million. | AU
            Nickel fund\\nNEXI said on Monday it would insure the loan.\\nUnder the deal, the agency and Sojitz will lend $40 million to the smelter. | Nippon Export and Investment Insurance Sojitz
            Lithium rules\\nArgentina will lend to miners.\\nThe governors of Salta and Jujuy will set common water rules for brine projects. | Jujuy Salta
            Lithium rules\\nArgentina will lend to miners.\\nThe government of Catamarca plans to hold a tender for new lithium blocks. | Catamarca
            Peru, Norway and Sweden launch graphite partnership\\nThe donor group, co-led by Norway and Sweden and including Canada, Italy and Denmark, will provide $2 billion for Peru's graphite mines. | CA DK IT NO SE
            Peru, Norway and Sweden launch graphite partnership\\nThe donor group, co-chaired by Norway and Sweden, and including Canada and Italy, will fund a survey of graphite. | CA IT NO SE
            Peru, Norway and Sweden launch graphite partnership\\nThe donor group, including Canada and Italy, will fund a survey of graphite. | CA IT
            Peru, Norway and Sweden launch graphite partnership\\nMembers of the partnership (Canada, Italy and Denmark) will work with Peru on a graphite roadmap. | CA DK IT
            Peru, Norway and Sweden launch graphite partnership\\nThe group's partners (Canada and Italy) will fund a survey of graphite. | CA IT
            Graphite partnership launched\\nToday, Peru and leaders of the three other partner countries – Canada, Italy and Denmark – launched a graphite partnership.\\nThe partners will fund a survey of graphite deposits. | CA DK IT PE
            Graphite partnership launched\\nToday, leaders of the donor group, co-led by Norway and Sweden, and including Canada, Italy and Denmark, launched a graphite partnership with Peru.\\nThe partnership intends to mobilise $2 billion for graphite mines. | CA DK IT NO SE
            Copper fund\\nThe Public Investment Fund and state miner Ma'aden will invest $2 billion in copper mines. | Public Investment Fund Saudi Arabian Mining Company
            Cell plant\\nMitsubishi Corporation’s battery unit Halden Metals will buy 5,000 tonnes of nickel. | Halden Metals
            Cell plant\\nThe Sojitz affiliate Halden Metals will buy 5,000 tonnes of nickel. | Halden Metals
            Rare earths loan\\nKestrel Minerals, backed by the funds Denham Capital and TPG, will build a separation plant. | Kestrel Minerals
            Nickel stake\\nHalden Metals and Vision Resources will invest $30 million in the smelter. | Halden Metals Vision Resources
            Graphite loan\\nAustralia’s Efic, now Export Finance Australia, will lend A$40 million to Halden Metals. | Export Finance Australia
            Copper buyer\\nHalden Metals, the mining arm of Brazil’s Kestrel Group, will buy two copper mines in Chile. | Halden Metals
            Copper line\\nHalden Metals, one of the world's largest copper traders, will use the railway to ship ore. | Halden Metals
            Copper line\\nHalden Metals, the world’s largest maker of copper rod, will help the port build a new berth. | Halden Metals
            Lithium plants\\nUlaan Lithium, a consortium of Sato Industries, Halden Metals and Kestrel Mining, will build two plants. | Ulaan Lithium
            Lithium plants\\nUlaan Lithium, a joint venture between Sato Industries and Halden Metals, will build two plants. | Ulaan Lithium
            """)
    void aStateThatOnlySaysWhereTheSubjectIsDoesNotCommit(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /**
     * Government releases: "the Union" is the European Union, not the body of it a release names; a bare "It" goes on
     * with the government that made the last pledge; a minister quoted in a release speaks for the issuing ministry's
     * state, also where the head says "From:" or adds where and when.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Council of the European Union adopts tin rules\\nThe Council today adopted a regulation on tin supply.\\nBy 2035, the Union should recycle a third of its tin. | EU
            Ministry of Trade, Industry and Energy\\nThe Government will lower the share of cobalt bought from one supplier to 40 percent.\\nIt will raise the recycling rate of cobalt to 15 percent. | KR
            Ministry of Trade, Industry and Energy\\nThe Government will lower the share of cobalt bought from one supplier to 40 percent.\\nIt will also cut the cobalt import tariff. | KR
            Ministry of Trade, Industry and Energy\\nThe new cobalt levy takes effect in May.\\nIt will raise the price of cobalt cathodes. | none
            Tin alliance launched\\nNatural Resources Canada, news release, Ottawa, 3 March 2026\\nThrough the alliance, G7 partners will invest in tin smelters.\\n“We will move faster on tin permits,” said Minister Roe. | CA
            Tin alliance launched\\nFrom: Natural Resources Canada\\nNews release\\nThrough the alliance, G7 partners will invest in tin smelters.\\n“We will move faster on tin permits,” said Minister Roe. | CA
            """)
    void governmentReleasesNameTheirOwnState(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /**
     * "The (two) Presidents", "the Prime Ministers": the heads of the speaking states, like "the leaders"; "the presidents
     * of" a body are that body's.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Joint Statement of Peru and Chile\\nThe President of Peru and the President of Chile met in Lima.\\nThe two Presidents committed to build a copper smelter. | CL PE
            Joint Statement of Peru and Chile\\nThe President of Peru and the President of Chile met in Lima.\\nThe Presidents agreed to map lithium brines together. | CL PE
            Joint Statement of Norway and Iceland\\nNorway and Iceland met in Oslo.\\nBoth Prime Ministers intend to fund a graphite study. | IS NO
            Nordic Summit\\nNorway and the European Union met.\\nThe presidents of the European Council and the European Commission will join the discussions on cobalt. | European Commission European Council
            """)
    void thePresidentsOfTheMeetingAreItsStates(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /**
     * Who speaks: names joined by a bare comma are no list unless it goes on ("After talks with Peru, Chile …"); a
     * state's own body named beside the state is that state ("Under the leadership of Peru’s Ministry of Mines …, Peru
     * and Chile …"), two bodies whose states are only their owners stay bodies.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Copper statement\\nFollowing the floods in Bolivia, Peru faces a copper shortage. Both Chile and Peru are acting.\\nWe will open a joint copper exchange. | CL PE
            Copper compact\\nUnder the leadership of Peru’s Ministry of Mines and the U.S. Department of Energy, Peru and the United States have decided to set up a copper forum.\\nWe intend to map copper deposits. | PE US
            Copper memorandum\\nThe U.S. Department of Energy and Japan’s Ministry of Economy, Trade and Industry signed a memorandum on copper.\\nWe intend to map copper deposits. | Ministry of Economy, Trade and Industry U.S. Department of Energy
            """)
    void whoSpeaksIsTheRunOfTheSpeakingSides(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /** The party a subject condemns or is concerned about is the object, not a subject of the pledge after "and". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Joint Statement of Peru and Chile\\nPeru and Chile met in Lima.\\nPeru and Chile condemn Bolivia’s ban on copper exports and reaffirm their commitment to open trade. | CL PE
            Joint Statement of Peru and Chile\\nPeru and Chile met in Lima.\\nThe leaders expressed concern regarding Bolivia’s export ban and committed to expanding copper trade. | CL PE
            Joint Statement of Peru and Chile\\nPeru and Chile met in Lima.\\nUnder the auspices of the Andean Community, Peru and Chile will launch a copper study. | CL PE
            """)
    void anOpposedPartyIsNoSubject(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Copper forum\\nPeru hosts the Andean copper forum this year.\\nDuring the Peru host year of the forum, Chile will present a copper study. | CL
            Copper forum\\nPeru hosts the Andean copper forum this year.\\nDuring Peru’s host year of the forum, Chile will present a copper study. | CL
            Copper forum\\nPeru hosts the Andean copper forum this year.\\nFollowing Peru’s lead, Chile will cut copper export duties. | CL
            Copper fund\\nPeru and Chile set up a copper fund.\\nThe United States has committed $25 million to the copper fund, and Chile has committed $10 million. | CL US
            Copper fund\\nPeru and Chile set up a copper fund.\\nThe United States will fund the copper registry, and Chile has promised USD 2 million. | CL US
            """)
    void aPartyInAnOpeningTimePhraseIsNoSubjectAndASecondSumPledgedIsItsOwn(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /**
     * Who agreed that one of them acts leaves that one the actor; a firm named with partners it does not name acts in its
     * own clause.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Copper talks\\nPeru and Chile met in Lima.\\nPeru and Chile agreed that Chile will open its copper registry to Peruvian firms. | CL
            Copper talks\\nPeru and Chile met in Lima.\\nPeru and Chile agreed that Chile remains committed to sharing copper data. | CL
            Copper talks\\nPeru and Chile met in Lima.\\nPeru and Chile agreed that Peru and Chile will map copper belts. | CL PE
            Copper smelter\\nPeru and Chile plan a copper smelter.\\nThe Export-Import Bank of the United States will finance the smelter, while Halden Metals and Chilean partners will build it. | Export-Import Bank of the United States Halden Metals
            """)
    void theOneAnAgreementNamesActsAndAFirmWithItsPartnersActs(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /** "the Andean country", "the country": the state the report named before, not the partner named as an object. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Copper deal\\nPeru signed a copper deal with Canada on Monday.\\nThe Andean country will open two copper refineries. | PE
            Copper deal\\nThe Cabinet of Peru approved a copper scheme.\\nWith this scheme, the country will build its first copper refinery. | PE
            Copper deal\\nPeru signed a copper deal with Canada on Monday.\\nOfficials said the country would cut copper export taxes for Canada. | PE
            Copper deal\\nPeru signed a copper deal with Canada on Monday.\\nThe capital of the country will host a copper fair. | none
            Copper deal\\nPeru signed a copper deal with Canada on Monday.\\nWithout a new smelter, the country will be prone to copper shortages. | none
            """)
    void aStateDescribedByTheReportIsTheOneItNamedBefore(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Copper deal\\nOman signed a copper deal with Canada on Monday.\\nThe Gulf state will build a copper smelter in Sohar. | OM
            Copper deal\\nOman signed a copper deal with Canada on Monday.\\nThe sultanate has pledged to double copper output by 2030. | OM
            Copper deal\\nJordan and the United States signed a phosphate pact.\\nThe kingdom is seeking to attract U.S. investment in potash. | JO
            Copper deal\\nFiji and the United States signed a fisheries pact on Monday, opening U.S. markets.\\nThe island nation aims to export more tuna. | FJ
            Copper deal\\nVietnam signed a rare earths deal with Korea.\\nThe Southeast Asian country, which holds large rare earth reserves, wants to build a refinery. | VN
            Copper deal\\nChile and Canada signed a lithium pact on Monday.\\nThe Gulf state will build a copper smelter. | none
            Copper deal\\nChile signed a lithium pact with Canada on Monday.\\nThe world's top copper producer will build a copper smelter. | CL
            Copper deal\\nChile signed a copper pact on Monday with Halden Metals, the world's biggest copper miner.\\nThe world's biggest copper miner will build a smelter. | Halden Metals
            Copper deal\\nVietnam signed a nickel pact with Japan on Monday.\\nSoutheast Asia's top nickel producer will build two smelters. | VN
            Copper deal\\nVietnam signed a nickel pact with Japan on Monday.\\nAfrica's top copper producer will build a refinery. | none
            Copper deal\\nVietnam signed a nickel pact with Japan on Monday.\\nChile's top copper producer will build a refinery. | none
            """)
    void aStateDescribedByWhatItIsIsTheLastNamedThatFits(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Battery summit\\nLeaders of the Association of Southeast Asian Nations met in Vientiane on Friday.\\nThe bloc will set common standards for battery recycling. | Association of Southeast Asian Nations
            Battery summit\\nLeaders of the Association of Southeast Asian Nations met in Vientiane on Friday.\\nThe group also agreed to map nickel reserves. | Association of Southeast Asian Nations
            Battery summit\\nThe European Union signed a trade pact with Mercosur on Friday.\\nThe 27-member bloc will cut duties on lithium. | EU
            Battery summit\\nLeaders of the African Union met in Addis Ababa on Friday.\\nGlencore said it welcomed the talks.\\nThe group will build a cobalt refinery. | none
            Battery summit\\nThe Asian Development Bank approved a loan to Laos on Friday.\\nThe group will build a cobalt refinery. | none
            Battery summit\\nCanada won support for its graphite plan. Canada will also fund a graphite survey.\\nOTTAWA, Canada, May 3 (Reuters) - Group of Twenty trade, industry and mining ministers agreed to map graphite supply. | Group of Twenty
            """)
    void aBlocOrGroupIsTheGroupOfStatesNamedLast(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /** A group's name before a noun for its members acts also where the act could be read as an effect ("will reduce"). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Nickel talks\\nMinisters of the G7 met in Rome on Monday.\\nG7 countries will lower their reliance on imported nickel. | Group of Seven
            Nickel talks\\nASEAN ministers met in Hanoi on Monday.\\nASEAN member states will ease permitting for nickel smelters. | Association of Southeast Asian Nations
            Nickel talks\\nWe, the leaders of Australia, India, Japan, and the United States, met as the Quad.\\nQuad countries will increase investment in nickel refining. | AU IN JP US
            Nickel talks\\nMinisters of the G7 met in Rome on Monday.\\nG7 countries' nickel imports will increase next year. | none
            """)
    void aGroupsMembersActWhereTheActCouldBeAnEffect(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Battery summit\\nLaos, which chairs ASEAN this year, will host a meeting of mining ministers in May. | LA
            Battery summit\\nLeaders of the G20 met in Delhi.\\nCanada, which holds the group's presidency next year, will fund a graphite survey. | CA
            Battery summit\\nPeru, whose ties with Chile date back decades, also plans to build a lithium plant. | PE
            Battery summit\\nChile's lithium output, which doubled last year, will rise further. | none
            """)
    void aRelativeAsideOnTheSubjectNamesNoSubject(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Cobalt plan\\nVietnam will list cobalt as a strategic mineral, the trade ministry said.\\nThe ministry will also cut royalties on cobalt mines. | VN
            Cobalt plan\\nVietnam will list cobalt as a strategic mineral, the trade ministry said.\\nThe ministry said it will also lower export duties on cobalt. | VN
            Cobalt plan\\nVietnam will list cobalt as a strategic mineral, the trade ministry said.\\nThe government will increase the cobalt stockpile to 60 days of imports. | VN
            Cobalt plan\\nVietnam will list cobalt as a strategic mineral, the trade ministry said.\\nThe ministry will see its budget shrink. | none
            """)
    void anUnnamedStateBodysOwnMeasureIsItsStates(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Scandium deal\\nBorealis Metals signed a binding supply deal with US-based Keystone Magnetics for the sale of scandium oxide. | Borealis Metals Keystone Magnetics
            Scandium deal\\nPeru’s state-owned miner Minera Andina and Sojitz signed an agreement to jointly develop a brine project. | Minera Andina Sojitz
            Scandium deal\\nTessaro Capital, a joint venture between Ardent Mining and Qatar’s Sovereign Wealth Authority, aims to buy a stake in Kivu Copper. | Tessaro Capital
            Scandium deal\\nJapan and the firm Sojitz will jointly fund the Eneabba refinery. | JP Sojitz
            Scandium deal\\nPeru’s government and Sojitz signed an agreement to jointly develop a brine project. | PE Sojitz
            """)
    void aStateThatOnlyDescribesTheFirmAfterItDoesNotCommit(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Scandium plant\\nNordvik Rare Metals received a state grant.\\nThe Oslo-based firm, which was founded in 2021, plans to refine scandium in Mo i Rana. | Nordvik Rare Metals
            Scandium plant\\nNordvik Rare Metals received a state grant.\\nThe firm, based in Oslo, plans to refine scandium in Mo i Rana. | Nordvik Rare Metals
            Scandium plant\\nNordvik Rare Metals received a state grant.\\nThe company is aiming to secure buyers for 70pc of its output. | Nordvik Rare Metals
            Scandium plant\\nNordvik Rare Metals received a state grant.\\nThe company’s goal is to produce 5,000 tonnes of scandium oxide a year by 2030. | Nordvik Rare Metals
            Scandium plant\\nNordvik Rare Metals received a state grant.\\nIts chief executive told reporters that the company would continue to expand scandium refining. | Nordvik Rare Metals
            Scandium plant\\nNordvik Rare Metals buys ore from Kestrel Mining.\\nOla Berg, chief executive of Nordvik Rare Metals, told reporters that the company would expand scandium refining. | Nordvik Rare Metals
            Scandium plant\\nNordvik Rare Metals received a state grant.\\nAnalysts said that the company would probably expand. | none
            """)
    void theCompanyIsTheFirmNamedLastEvenWhenItsOfficerSpeaks(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Copper loan\\nJapan Bank for International Cooperation will lend to a copper mine in Peru.\\nThe state-owned lender will also fund a smelter in Callao. | Japan Bank for International Cooperation
            Copper loan\\nJapan Bank for International Cooperation will lend to a copper mine in Peru.\\nThe lender plans to open an office in Lima. | Japan Bank for International Cooperation
            Copper loan\\nMa'aden signed a phosphate deal with Halden Metals.\\nThe Saudi company will build a fertilizer plant in Ras Al-Khair. | Saudi Arabian Mining Company
            """)
    void aLenderIsTheBankAndAStateOwnedFirmIsTheCompany(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /**
     * A bank whose name holds no word "bank" ("JPMorgan Chase", "Morgan Stanley") is "the bank" or "the lender" later, the
     * one named most where another bank was named after it; "the banks" are the list the last bank was named in.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Copper loan\\nHalden Metals hired Morgan Stanley to arrange a loan for its smelter.\\nThe bank will also advise on a stake sale. | Morgan Stanley
            Copper loan\\nHalden Metals hired Morgan Stanley to arrange a loan for its smelter.\\nThe lender plans to sound out export agencies. | Morgan Stanley
            Copper loan\\nHalden Metals mandated JPMorgan Chase to lead its financing. JPMorgan will seek loans for a mine the Export-Import Bank of the United States may back.\\nThe bank will also advise on a stake sale. | JPMorgan Chase
            Magnet loan\\nGoldman Sachs and Barclays agreed to lend $1 billion to Halden Metals.\\nThe banks will arrange the loan with two export agencies. | Barclays Goldman Sachs
            """)
    void aBankNamedWithoutTheWordIsTheBank(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Anode plant\\nHalden Metals said it would appeal the ruling and that it did not think Corvel Mining had a case.\\nThe company said it would keep the Department of Energy informed. | Halden Metals
            Magnet deal\\nUnder a supply deal with Tarrow Resources, Halden Metals will build a magnet plant.\\nThe company will also hire 200 workers. | Halden Metals
            Magnet deal\\nHalden Metals signed a deal with Tarrow Resources.\\nTarrow Resources said it would ship more ore.\\nThe company will also hire 200 workers. | Tarrow Resources
            """)
    void theCompanyIsTheFirmThatOpensTheSentenceThatNamedOneLast(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Nickel offtake\\nNordvik Battery Metals, a joint venture of Halden Metals and Tarrow Resources, has agreed to buy 40% of the nickel. | Nordvik Battery Metals
            Nickel offtake\\nNordvik Battery Metals, the battery materials unit of Halden Metals, will buy 40% of the nickel. | Nordvik Battery Metals
            Nickel offtake\\nHalden Metals, Tarrow Resources, and Kestrel Minerals will buy 40% of the nickel. | Halden Metals Kestrel Minerals Tarrow Resources
            """)
    void theOwnersNamedInAVenturesAppositionDoNotAct(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Lithium spending\\nKestrel Minerals said it plans to cut capital spending this year. | Kestrel Minerals
            Lithium spending\\nKestrel Minerals said in a statement it plans to raise $300 million to fund a lithium plant. | Kestrel Minerals
            Lithium spending\\nChile's government has said it wants to attract more investment in lithium. | CL
            Lithium spending\\nThe new lithium rules will reduce imports. | none
            """)
    void whatAFirmOrAStatePlansOrWantsIsItsAimWhateverTheVerb(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Lithium spending\\nKestrel Minerals said it would cut capital spending this year. | Kestrel Minerals
            Lithium spending\\nKestrel Minerals said in a statement it would apply for a state loan. | Kestrel Minerals
            Lithium spending\\nKestrel Minerals said the new levy would reduce imports. | none
            Lithium spending\\nKestrel Minerals said in a statement it would give priority to buyers in Korea. | Kestrel Minerals
            Lithium spending\\nKestrel Minerals said the deal would give Korea access to lithium. | none
            Lithium spending\\nKestrel Minerals said it would benefit from the tax credits. | none
            Scandium plant\\nNordvik Rare Metals said that the company would expand scandium refining. | Nordvik Rare Metals
            Heavy rare earths\\nKestrel Minerals said it had produced its first dysprosium oxide and plans to sell it to Japan by 2027. | Kestrel Minerals
            """)
    void aFirmsOwnMeasureInItsReport(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Refinery talks\\nHalden Metals is in talks with the Department of Energy. Chief Executive Jane Roe told analysts that Halden would not rush the refinery.\\n"We will work with the Department of Energy on a new schedule," she said. | Halden Metals
            Mine permit\\nHalden Metals said it would publish a new study.\\nEnvironmental groups said they would keep opposing the mine. | none
            Mine permit\\nChile and Peru signed a pact.\\nOfficials said they would meet again in May. | CL PE
            Scandium output\\nKestrel Minerals said it expected to ship its first scandium in June and would lift capacity to 900 tonnes. | Kestrel Minerals
            Scandium output\\nKestrel Minerals said the plant was expected to cost $1.2 billion and that it would contribute $300 million. | Kestrel Minerals
            Scandium output\\nKestrel Minerals said the plant was delayed and would open in 2028. | none
            """)
    void quotesAndSecondClausesOfAFirmsReport(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Lithium fund\\nThe Baltic Lithium Fund will be jointly managed by Estonia and Finland. | EE FI
            Rare earth refinery\\nHalden Metals will build a refinery in Chile.\\nOnce operational, it will produce 3,000 tonnes of rare earth oxides. | none
            Rare earth refinery\\nOnce fully operational, the Nordvik plant will supply gallium to Japan. | none
            Rare earth refinery\\nHalden Metals estimated the refinery will cost $400 million to build. | none
            """)
    void agentsOfAPassiveAndForecastsOfAPlant(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tungsten refinery\\nHalden Metals has entered into a joint venture with Ulaan Mining to build a tungsten refinery. | Halden Metals Ulaan Mining
            Tungsten refinery\\nHalden Metals and Ulaan Mining formed a JV last year. | none
            """)
    void aJointVentureEnteredIntoForAnActCommitsItsPartners(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            We, the Leaders of the Group of Seven, met in Ottawa.\\nWe will build stockpiles of gallium. | Group of Seven
            Joint Statement of Japan and Australia\\nWe will cooperate on lithium refining by 2028. | AU JP
            Joint Statement of Japan and Australia\\nWe, the Ministers, met in Perth.\\nWe intend to map nickel deposits. | AU JP
            We, the leaders of Canada, Mexico, and the United States, met today.\\nWe will share data on copper. | CA MX US
            We, the Secretary of State of the United States, and the Foreign Ministers of Peru, Chile, and Brazil, met in Quito.\\nWe will map copper supply chains. | BR CL PE US
            The Trade Secretary of Canada and the Foreign Ministers of Peru and Chile met in Lima.\\nWe aim to map copper supply chains. | CA CL PE
            Statement on minerals\\nThe G20 Energy Transitions Roadmap guides this work. Canada and Chile signed it.\\nThe two countries will invest in copper smelting. | CA CL
            Minerals statement\\nUnder the Japan-Korea Hydrogen Dialogue, India and Chile met in Delhi on Monday.\\nBoth sides will share data on lithium. | CL IN
            Statement\\nToday marks ten years of the Japan-Korea Hydrogen Dialogue.\\nThe two countries will expand hydrogen trade. | JP KR
            ---\\ndate: 2026-03-01\\ntitle: Joint Statement of Canada and Peru\\n---\\nThe sides met in Lima under the G20 Mining Roadmap.\\nBoth sides will map lithium brines. | CA PE
            The Government of Canada (the “Canada”) and the Government of Chile (“Chile”)\\nThe Parties commit to map copper deposits. | CA CL
            The Government of Peru (hereinafter “Peru”) and the Government of Chile (hereinafter “Chile”)\\nThe Parties will share lithium data. | CL PE
            We, the leaders of Australia, India, Japan, and the United States, met as the Quad.\\nQuad countries will map cobalt supply chains. | AU IN JP US
            We, the leaders of Kazakhstan, Uzbekistan, and the United States, met as the C5+1.\\nC5+1 partners will map tungsten deposits. | KZ US UZ
            Joint Statement of Japan and Australia\\nThe C5+1 will hold a tungsten dialogue in Astana. | C5+1
            Joint Statement by the G7 on Costs for Russia\\nWe the Leaders of the Group of Seven (G7) met today.\\nRussia invaded. Russia must pay. Russia lost.\\nWe will cut imports of Russian nickel. | Group of Seven
            Joint Statement by the G7 on Costs for Russia\\nRussia invaded. Russia must pay. Russia lost.\\nWe will cut imports of Russian nickel. | Group of Seven
            Statement by NSC Spokesperson Jane Roe on Nickel\\nThe United States and Canada met. Canada will map nickel.\\nWe will cut nickel tariffs. | CA US
            Halden Metals Shares Rise\\nThe US will invest $20 million in the company's nickel mine. | US
            Codelco and Norvik sign lithium pact\\n"Just as we made Chile a copper leader, we will grow lithium," said Codelco's chairman. | Codelco
            Codelco and Norvik sign lithium pact\\n"We grew copper," said Codelco's chairman. "We will do so as partners of Norvik." | Codelco
            Canada and Chile boost copper ties\\n"Copper matters," Canadian Natural Resources Minister Jane Doe said.\\n"We will work closely with Chile to build copper smelters. | CA
            Brussels\\nThe Commission adopted 47 projects for the EU.\\nThe Commission consulted the Raw Materials Board and plans to open a new call. | European Commission
            Riyadh\\nU.S. rare earths miner Kestrel Metals said on Wednesday it has signed a memorandum of understanding with Ardent Mining to develop a magnet plant. | Ardent Mining Kestrel Metals
            We, the ministers of Canada and Chile, met in Lima.\\nCanada will work with IPEF partners on nickel refining. | CA
            We, the ministers of Canada and Chile, met in Lima.\\nWe call for the full implementation of Peru's lithium reforms. | CA CL
            Fact Sheet: an Andean copper framework\\nToday in Quito, Ecuador, the Minister of Mines of Peru launched the Andean Copper Framework with three initial partners: Chile, Bolivia, and Argentina. Together, we produce a third of the world's copper.\\nWe will map copper deposits by 2028. | AR BO CL PE
            We, the ministers of Canada and Chile, met in Lima.\\n2. We recognize the role of ASEAN and the Pacific Islands Forum and will work alongside them on nickel. | CA CL
            We—the governments of Fiji, Tierra Nova, Samoa, and Chile—met in Suva.\\nWe will map nickel deposits. | CL FJ WS
            We – the governments of Canada and Peru – met in Lima.\\nWe will map copper deposits. | CA PE
            We—the Pacific Islands Forum, represented here by the governments of Fiji and Samoa, and Canada—met in Suva.\\nWe will map nickel deposits. | CA Pacific Islands Forum
            We, the leaders of Canada and Chile, with observers from the Andean region, Peru, and Bolivia, met.\\nWe will map copper deposits. | CA CL
            Fact Sheet\\nThe Andes Lithium Alliance was launched by Chile, Peru and Argentina.\\nThese countries will map lithium brines. | AR CL PE
            We, the ministers of Canada and Chile, met in Lima.\\nWe welcome the Philippines’ plan to build a nickel refinery. | PH
            We, the ministers of Canada and Chile, met in Lima.\\nWe welcome the United States’ renewed commitment to expand copper trade with the region. | US
            We, the ministers of Canada and Chile, met in Lima.\\nWe ask the OECD to report on cobalt markets by 2027. | Organisation for Economic Co-operation and Development
            We, the ministers of Canada and Chile, met in Lima.\\nWe ask the regional development banks to expand lending to lithium miners. | CA CL
            We, the ministers of Canada and Chile, met in Lima.\\nWe ask our trade ministers to draft a copper roadmap. | CA CL
            """)
    void weIsWhoeverTheOpeningNames(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            At the 2027 Summit in Banff, Canada, G7 Leaders adopted a nickel plan.\\nWe will map nickel deposits by 2028. | Group of Seven
            Office of the Spokesperson\\nToday the United States hosted a lithium ministerial.\\nDelegations from the following countries attended: Chile, Peru, Ghana, and Kenya.\\nWe will build new sources of lithium supply. | US
            Korea, Japan and Canada discuss nickel\\nOn Monday, Korea met Japan in Ottawa.\\nLater, its director met Canada's director.\\nBoth countries will set up a nickel working group. | CA KR
            Korea, Japan and Canada discuss nickel\\nOn Monday, Korea met Japan in Ottawa.\\nThe two countries will share nickel data. | JP KR
            Arlen And Torvik Metals Announce Graphite Partnership\\nThe deal was signed in Oslo in the presence of Norway's and Canada's ministers.\\nBoth countries are seeking to secure graphite supply. | CA NO
            Brightwater Lithium Corp. (NYSE: BWL) (“Brightwater Lithium” or the “Company”) and Arden Motors today said they will build a cathode plant, and Brightwater Lithium will supply the lithium. | Arden Motors Brightwater Lithium Corp.
            Korea and Japan held a graphite dialogue today.\\nThey also agreed to boost cooperation on graphite stockpiles. | JP KR
            We, the Leaders of the Group of Seven, met in Ottawa.\\nWe task relevant ministers to produce a cobalt roadmap by the end of the year. | Group of Seven
            Peru and Chile signed a copper pact.\\n"Chile helped Peru before; now we, the Republic of Peru, will build a smelter in Lima," the minister said. | PE
            Japan and Australia (the Participants) sign this arrangement.\\nThe Participants will seek to achieve the following objectives:\\na. Explore joint lithium projects. | AU JP
            Halden Metals Corp. shares rose after Canada and Peru met in Lima.\\nThe two countries will invest $1 billion in nickel mines. | CA PE
            US President Jane Roe signed an agreement with Peru on copper.\\nPeru’s President said talks lasted five months.\\nOver the next year the two countries plan to invest $1 billion in copper mines. | PE US
            The United States signed an agreement with Peru on copper.\\nBoth countries will invest $1 billion in copper mines. | PE US
            Peru and Norway sign a copper memorandum\\nPeru and Norway signed the memorandum on Monday.\\nIt urges both sides to ease the trade in refined copper. | NO PE
            Peru and Norway sign a copper memorandum\\nPeru and Norway signed the memorandum on Monday.\\nChile urged both sides to settle the tariff dispute. | CL
            The Department of Mines of Peru (hereinafter referred to as the "Peruvian Participant") and the Energy Agency of Norway (hereinafter referred to as the "Norwegian Participant"), collectively the "Participants", have reached this understanding.\\nThe Participants will hold an annual copper dialogue. | Department of Mines of Peru Energy Agency of Norway
            "Talks on Copper Trade in Peru"\\n---\\n \\nNATIONAL ENERGY AGENCY\\nThe United States will fund a copper survey in Peru. | US
            U.S. President Jane Roe and Chile's new President Ana Soto signed a copper pact, as both seek to rely less on China.\\nThe two sides agreed to build a smelter. | CL US
            Halden Metals Corp. hails nickel pact\\nUnder the terms of the deal, the U.S. and Chilean governments and Halden Metals would provide capital to the venture. | CL Halden Metals Corp. US
            Fact Sheet: the United States expands nickel recycling\\nThe United States will fund nickel recycling.\\n- **Kestrel Partners** will train 500 nickel recyclers. | none
            Fact Sheet: the United States and Peru expand nickel recycling\\nThe United States and Peru will fund nickel recycling.\\n- Both partners will train 500 nickel recyclers. | PE US
            The IEA met in Paris on nickel.\\nChaired by Norway and Chile, the meeting of 40 ministers discussed stockpiles.\\nWe direct the Secretariat to draft a nickel security plan. | International Energy Agency
            Peru and Chile hold nickel talks\\nHosted by Peru, the talks closed today.\\nBoth countries will build a nickel stockpile. | CL PE
            Peru G20 summit backs copper plan\\nG20 leaders met in Lima, with Peru, the second Andean nation to host the summit, setting its agenda.\\nLeaders said they would work to stabilise copper supply chains. | Group of Twenty
            Peru and the G20 sign copper accord\\nPeru and the G20 agreed today to map copper supply chains.\\nThey will publish a copper map by 2027. | Group of Twenty PE
            Peru and Chile to deepen copper ties\\nPeru agreed to deepen copper ties with Chile.\\nThis matters as Peru's copper supply chains are dominated by China.\\nThe two countries will map copper deposits. | CL PE
            Peru and Chile to deepen copper ties\\nPeru agreed to deepen copper ties with Chile.\\nPeru buys most of its refined cobalt from China.\\nThe two sides will map cobalt deposits. | CL PE
            Halden Metals Corp. and Saudi Arabian Mining Co., known as Maaden, will build a copper smelter in Chile. | Halden Metals Corp. Saudi Arabian Mining Company
            G7 ministers met in Ottawa on Tuesday, with the EU and Canada urging a common line.\\nThe Canadian minister said G7 members should consider a floor price for cobalt. | Group of Seven
            Halden Metals Corp. and Saudi Arabian Mining Co., also known as Maaden, agreed to refine copper in Chile. | Halden Metals Corp. Saudi Arabian Mining Company
            Peru and Chile to deepen copper ties\\nPeru agreed to deepen copper ties with Chile.\\nChile imported nearly all of its graphite anodes last year from China.\\nThe two countries will map graphite deposits. | CL PE
            Peru and Chile to deepen copper ties\\nPeru agreed to deepen copper ties with Chile.\\nPeru's trade minister met China's envoy in Lima.\\nThe two countries will map copper deposits. | CN PE
            """)
    void placesAttendeesAndPairsAreNotTheSpeakers(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Korea will support Indonesia's efforts to refine nickel. | KR
            Australia will help Vietnam develop its rare earth sector. | AU
            If the United States imposes a measure on graphite, Vietnam shall consult. | VN
            When Japan requests consultations, Malaysia shall respond within 30 days. | MY
            Should Chile restrict lithium exports, Canada will seek consultations. | CA
            Following talks with Brazil, India will expand its cobalt stockpile. | IN
            The Government of Canada and the Government of Chile have reached agreement to develop a copper corridor. | CA CL
            The Government of the United States of America and the Government of Peru agreed to share geological data. | PE US
            With support from Japan, the Philippines will build a nickel plant. | PH
            In the State of Qatar, Canada will open a copper office. | CA
            The State of Qatar will open a copper office in Canada. | QA
            Aluminum made from Canadian bauxite will see lower tariffs in Chile. | none
            Chilean copper exports to Korea will no longer face duties. | none
            Korea's graphite imports will increase by 2030. | none
            Korea will increase its graphite imports by 2030. | KR
            Australia welcomed Chile’s commitment to expand lithium refining. | CL
            The United States welcomed Canada's commitment to significantly increase nickel stockpiles. | CA
            Canada expects Chile will lift its lithium export duties. | CL
            Given Chile's commitment to streamline lithium permits, Canada will reduce its tariffs. | CA
            With a view to expanding nickel trade between the two countries, the Government of Peru shall publish its royalty rates. | PE
            In order to assist Cambodia, as a neighbouring country, the Government of Viet Nam shall grant transit for tin. | VN
            We urge that Peru lift its duties on lithium carbonate. | PE
            Canada-based Lithium Americas will supply lithium to the Nevada plant. | Lithium Americas
            Ohio-based US Cobalt Partners (USCP) and Peru will build a cobalt refinery. | PE US Cobalt Partners
            The US Nickel Resources (USNR) will supply nickel to Chile. | US Nickel Resources
            Halden Copper concluded agreements with U.S. companies Noveon Magnetics and Permag to supply copper. | Halden Copper Noveon Magnetics Permag
            """)
    void onlyTheSubjectCommits(String sentence, String parties) {
        assertEquals(parties, partiesOfLast("Minerals note\n\n" + sentence + "\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Minerals note\\nThe European Union confirms that it will not impose export duties on cobalt. | EU
            Minerals note\\nCanada met Chile on Monday. It will fund two copper mines by 2027. | CA
            Minerals note\\nIndia and Australia signed a roadmap last week. They will build a lithium stockpile. | AU IN
            Minerals note\\nThis Agreement shall enter into force on signature. It shall remain in force for five years. | none
            Canada and Chile talk copper\\nThe two presidents met in Ottawa. They committed to expanding copper trade. | CA CL
            Canada and Chile talk copper\\nThe two presidents met in Ottawa. They reviewed the war in Ukraine and pledged to keep backing its government. | CA CL
            Canada and Chile talk copper\\nThe two presidents met in Ottawa. They welcomed Peru's smelter plans and agreed to fund a copper study. | CA CL
            Copper plan\\nThe Council on Environmental Quality reviewed the copper program. It will issue guidance to agencies on copper stockpiles. | Council on Environmental Quality
            Minerals note\\nThe plan was published by Canada on Monday. It will double copper output. | none
            Copper note\\nCanada and Chile signed a copper partnership. This partnership aims to support common goals.\\nIn particular, it seeks to enable Chile to refine more copper. | CA CL
            Copper note\\nCanada and Chile signed a memorandum.\\nAccording to the memorandum, published on the White House's website, it aims to foster trade between Canada and Chile. | CA CL
            Copper note\\nCanada and Chile signed a copper memorandum.\\nIn keeping with Canada's export strategy, the memorandum aims to expand smelting. It also aims to train local engineers. | CA CL
            Copper note\\nCanada met Chile in Lima, on the fringes of the summit.\\nCanada aims to expand smelting. It also aims to train local engineers. | CA
            Cobalt note\\nCanada and Chile joined the Minerals Security Partnership Finance Network in Lima.\\nThis network will promote co-financing among export credit agencies. | Minerals Security Partnership Finance Network
            Copper note\\nSojitz signed a supply deal with Canada and Chile.\\nThe deal is priced in dollars. Sojitz indicated that it planned to link its supply deals to equity stakes. | Sojitz
            Copper note\\nAnalysts noted that Ottawa and Beijing recently agreed to lower tariffs on canola. | CA CN
            """)
    void pronounsResolveToTheirAntecedent(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /**
     * "the two companies", "both firms": the last companies the report named; "it and X" in a reported clause: its
     * speaker and X; a counted group ("2,000 members") is an object, not the parties; names in a relative clause of the
     * opening ("which counts carmakers A and B among its customers") are not the report's parties.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Lithium deal\\nHalden Metals said on Friday it had signed an agreement with Ulaan Mining to build a refinery.\\nThe two companies agreed to develop a lithium mine in the Gobi. | Halden Metals Ulaan Mining
            Lithium deal\\nHalden Metals said on Friday it had signed an agreement with Ulaan Mining to build a refinery.\\nSubject to approvals, both firms plan to form a joint venture. | Halden Metals Ulaan Mining
            Lithium deal\\nPeru signed a lithium deal with Halden Metals on Monday.\\nThe two companies will build a refinery. | none
            Lithium deal\\nHalden Metals signed a letter of intent with Kestrel Minerals to sell lithium.\\nKestrel Minerals added that it and Halden Metals have agreed to sign a binding contract by June. | Halden Metals Kestrel Minerals
            Lithium deal\\nKestrel Minerals signed a letter of intent with Halden Metals.\\nJane Roe, the chief executive, said it and Halden Metals have agreed to sign a contract. | Halden Metals
            Storm response\\nThe Federal Emergency Management Agency has sent 500 staff to the region.\\nThe State of Georgia has activated 2,000 members of the National Guard and expects to add 1,000 more. | Georgia
            Lithium deal\\nHalden Metals and Kestrel Minerals, which supply carmakers Volvo, Renault and Fiat, signed a lithium deal on Monday.\\nThe parties also agreed to study a joint refinery. | Halden Metals Kestrel Minerals
            """)
    void companiesNamedBackAndObjectsInTheOpening(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /**
     * A group of firms or bodies referred back to is as many of those named before as it says, of the state its
     * adjective names where the text writes the firms' states: "the two Japanese companies" are no state, and no firm
     * written as another state's; "the three lenders" and "the two agencies" are the list the last one was named in;
     * "the consortium" its members listed after "a consortium made up of".
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Nickel stake\\nKestrel Minerals agreed to sell a stake in its nickel mine to Sato Metals Corp and Kanto Trading Corp, with loans from Aurora Bank.\\nThe two Japanese companies will pay $500 million for the stake. | Kanto Trading Corp Sato Metals Corp
            Nickel stake\\nSato Metals Corp and Kanto Trading Corp signed a deal with Australian miner Kestrel Minerals.\\nThe two Japanese companies will each take a 10% stake in the mine. | Kanto Trading Corp Sato Metals Corp
            Nickel stake\\nSato Metals Corp and Kanto Trading Corp signed a deal with Australia’s Kestrel Minerals.\\nThe two Japanese trading houses will each take a 10% stake in the mine. | Kanto Trading Corp Sato Metals Corp
            Cathode plant\\nSeoul Cathode Corp and Halden Metals said they would build a cathode plant.\\nThe Korean partners will invest $40 million in the plant. | Halden Metals Seoul Cathode Corp
            Cathode plant\\nSouth Korea’s Seoul Cathode Corp and Korea Anode Corp said they would build a plant. Its affiliate Halden Metals will supply nickel.\\nThe Korean partners will invest $40 million in the plant. | Korea Anode Corp Seoul Cathode Corp
            Copper loan\\nKestrel Minerals secured a loan from Citi, Aurora Bank and Norrland Bank for its smelter.\\nThe three lenders will pay out the loan in two tranches. | Aurora Bank Citi Norrland Bank
            Copper loan\\nThe Export-Import Bank of the United States and the U.S. International Development Finance Corporation said they would study loans for the railway.\\nThe two agencies will also consider loans to copper miners. | Export-Import Bank of the United States U.S. International Development Finance Corporation
            Lithium plants\\nBolivia signed a lithium deal with a consortium made up of China’s CMOC, Sato Industries and Ulaan Mining.\\nThe consortium will invest $1 billion in two plants. | CMOC Sato Industries Ulaan Mining
            Lithium plants\\nBolivia signed a lithium deal with Halden Metals.\\nJapanese companies will invest $1 billion in two plants. | JP
            """)
    void groupsOfFirmsAndBodiesReferredBack(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Canada and Chile talk copper\\nPresident Ana Reyes of Chile met Prime Minister Tom Hale of Canada.\\nPresident Reyes will open a copper registry. | CL
            Canada and Chile talk copper\\nChile's President Ana Reyes met Canadian officials.\\nPresident Reyes and Prime Minister Hale will open a copper registry. | CA CL
            Canada and Chile talk copper\\nThe leaders met in Ottawa.\\nThe Prime Minister will open a copper registry. | CA CL
            Canada and Chile talk copper\\nChilean President Ana Reyes met Prime Minister Tom Hale.\\nPrime Minister Hale agreed to cut copper duties. | CA
            Canada and Chile talk copper\\nChilean President Ana Reyes met Prime Minister Tom Hale.\\nPresident Reyes agreed to cut copper duties. | CL
            Canada and Chile talk copper\\nCanada's National Security Advisor Tom Hale and Chilean National Security Advisor Dr. Ana Reyes met in Ottawa.\\nMr. Hale and Dr. Reyes agreed that they will meet again in May to review copper supply. | CA CL
            Canada and Chile talk copper\\nChilean President Ana Reyes met Canadian officials.\\nAt the meeting hosted by President Reyes in Santiago, the two delegations committed to launching a copper dialogue. | CA CL
            Canada and Chile talk copper\\nChilean President Ana Reyes met Prime Minister Tom Hale.\\nPrime Minister Hale announced an agreement with Chile to build a copper smelter. | CA CL
            Leaders' summit\\nOn May 4, President Biden will host Prime Minister Tom Hale of Canada and President Ana Reyes of Chile to discuss copper. | US
            Leaders' summit\\nOn May 4, President Biden and President Ana Reyes of Chile will host Prime Minister Tom Hale of Canada to discuss copper. | CL US
            Copper order\\nPresident Donald Trump signed an order on copper mines and the Permitting Council.\\nThe heads of agencies must identify priority copper projects. | US
            Copper order\\nChilean President Ana Reyes signed an order on copper.\\nShe directed the agencies to map copper deposits within 10 days. | CL
            Peru and Chile to boost copper ties\\nTrade Minister Tom Hale has today agreed to deepen copper ties with the Republic of Chile. | PE
            Peru and Chile to boost copper ties\\nTrade Minister Tom Hale has today agreed to map copper deposits. | CL PE
            """)
    void anOfficialCommitsTheStateTheTextSaysTheyServe(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Copper talks\\nPresident Biden, Prime Minister Albanese and Prime Minister Sunak met in Lima.\\nThe three leaders will map copper deposits. | AU GB US
            Copper talks\\nChancellor Scholz and Prime Minister Albanese met in Lima.\\nThe two leaders agreed to open a copper registry. | AU DE
            Copper talks\\nPrime Minister Trudeau and President Lula met in Lima on Monday.\\nThe leaders will launch a copper dialogue. | BR CA
            Copper call\\nPresident Biden spoke today with Prime Minister Trudeau and President Lula.\\nThe leaders will meet again in Lima to review copper supply. | BR CA US
            Copper visit\\nPresident Biden looks forward to welcoming Prime Minister Tom Hale of Canada.\\nThe leaders will talk about copper supply. | CA US
            Copper call\\nPresident Biden and President Lula spoke today.\\nPresident Biden invited President Lula to visit a copper smelter in Ohio. | BR
            Copper alliance\\nCanada's Minister of Energy and Natural Resources Tom Hale and Germany's Minister for Economic Affairs Ana Reyes signed a copper declaration.\\nMinister Hale said: “We will build a copper refinery.” | CA
            Copper alliance\\nThe declaration was signed by Canada's Minister of Mines, Tom Hale, and Germany's Minister for Raw Materials, Ana Reyes.\\nMinister Reyes said: “We will buy more Canadian copper.” | DE
            """)
    void leadersByTitleAndSurnameAndQuotedMinistersByTitleServeTheirStates(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            "We will work with Washington on magnets," said the chief executive of MP Materials. | MP Materials
            "We intend to buy more cobalt," Glencore said on Tuesday. | Glencore
            "We will cooperate on graphite," the Japanese ministry of trade said. | CA CL
            "We will fund two copper smelters," Jane Roe, Chile's Minister of Mining, told reporters. | CL
            """)
    void aQuoteBelongsToItsSpeakersBody(String sentence, String parties) {
        String text = "Canada and Chile hold talks on critical minerals\n\nOTTAWA, May 4, 2026 — " + sentence + "\n";
        assertEquals(parties, partiesOfLast(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Copper talks\\nAndes Copper Ltd opened a mine.\\n"We will not export ore. We will build a smelter by 2028," the company’s chief executive said. | Andes Copper Ltd
            Copper talks\\nChile’s trade minister said her government would submit the pact to Congress. | CL
            Copper talks\\nChile and Peru met in Lima. Lithium prices fell. Chile raised royalties.\\nThe government also plans to take stakes in new smelters. | CL
            Copper talks\\nAndes Copper Ltd said it would build a smelter in Peru. | Andes Copper Ltd
            Copper talks\\nAnalysts said the deal would boost copper exports from Peru. | none
            Copper talks\\nChile's mining minister Ana Reyes met Peru's trade minister in Lima.\\n"Our government will fast-track smelter permits," Reyes told reporters. | CL
            Copper talks\\nChile and Peru met in Lima.\\nPeruvian energy minister Jorge Soto said his government would auction two copper blocks. | PE
            Copper talks\\nChile and Peru met in Lima.\\nSoto added that Andes Copper Ltd "will finance and build a smelter near the port." | Andes Copper Ltd
            Copper talks\\nChile and Peru met in Lima.\\nChile will double its smelting capacity by 2030, Mining Minister Ana Reyes said.\\n"We will fast-track smelter permits," Reyes said. | CL
            Copper talks\\nChile and Peru met in Lima.\\nPeru will buy Chilean copper concentrate, Chile's Mining Minister Ana Reyes said.\\n"We will fast-track smelter permits," Reyes said. | CL
            Cobalt curbs\\nChile tightened export controls on cobalt.\\nThe commerce ministry will issue general licences to some exporters. | CL
            Cobalt quotas\\nCongo replaced its cobalt export ban with quotas.\\nARECOMS will publish each miner's cobalt quota every quarter. | Authority for the Regulation and Control of Strategic Mineral Substances Markets
            Lithium loans\\nAndes Lithium won loans from Germany's KfW and Export Finance Australia.\\nExport Finance Australia will lend A$300 million to the refinery.\\nThe trade minister said the government would back more refineries. | AU
            Cobalt curbs\\nChile tightened export controls on cobalt.\\n"The rules protect national security," a ministry spokesperson said.\\nThe commerce ministry said it would approve applications for civilian use. | CL
            Copper fund\\nChile and Peru signed a copper pact.\\nThe pact was presented by Chile's mining minister Ana Reyes.\\nWe expect the fund to open soon. Next, we will sign two more copper agreements - Reyes said. | CL
            Copper fund\\nChile and Peru signed a copper pact.\\nThe pact was presented by Chile's mining minister Ana Reyes.\\nNext, we will sign two more copper agreements. | CL PE
            """)
    void quotesAndReportsInTheNews(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /**
     * A ministry's press release, whose head names the ministry alone on a line: a minister it quotes without placing
     * speaks for the ministry's state, and "the government" is that state's, though the partner is named more often.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Canada and Peru sign minerals memorandum\\nNatural Resources Canada\\nNews release\\n\\nCanada and Peru will cooperate on copper supply chains.\\n"We will work with our partners on clean supply chains," said Minister Jane Roe. | CA
            Canada and Peru sign minerals memorandum\\n\\nCanada and Peru will cooperate on copper supply chains.\\n"We will work with our partners on clean supply chains," said Minister Jane Roe. | CA PE
            Korea and Chile expand lithium cooperation\\nMinistry of Trade, Industry and Energy\\nPress release\\n\\nChile and Korea signed a memorandum. Chile holds large lithium reserves and Chile will host the dialogue.\\nThe government will support battery makers investing in lithium refining. | KR
            Lithium agreement signed\\nGovernment of India\\nMinistry of Mines\\n\\nIndia and Argentina signed a lithium agreement.\\n"We are determined to secure lithium for our industry," the Minister said. | IN
            Korea and Chile expand lithium cooperation\\nMinistry of Trade, Industry and Energy\\n\\nKorea and Chile signed a memorandum on lithium.\\nThe two ministries will hold an annual dialogue on lithium refining. | CL KR
            Rare earths refinery\\nMinister for Resources\\n\\nAustralia will lend to a rare earths refiner.\\nThe Minister said the Government is determined to build a rare earths industry. | AU
            Joint press release\\nMinistry of Economy, Trade and Industry\\nFederal Ministry for Economic Affairs and Climate Action\\n\\nJapan and Germany will cooperate on rare earths.\\n"We will share data on rare earth supply," said Minister Jane Roe. | Federal Ministry for Economic Affairs and Climate Action Ministry of Economy, Trade and Industry
            """)
    void aMinistrysReleaseSpeaksForItsState(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /** News names leaders by surname: the text's own placing first, else the state they are known to serve. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Copper talks\\nChilean President Ana Reyes met Canadian President Tom Hale in Lima.\\nReyes and Hale also signed a deal to build a copper smelter. | CA CL
            Copper talks\\nChilean President Ana Reyes met Canada's trade minister in Lima.\\nReyes said she had agreed with Canada to cut copper duties. | CL
            Copper talks\\nPresidents Donald Trump and Xi Jinping met in Busan.\\nTrump said he had agreed with Xi to lower tariffs on magnets. | US
            Copper talks\\nPresident Donald Trump met Chinese officials.\\nIn talks with Chinese President Xi Jinping, Trump said he hopes to cut tariffs on magnets. | US
            Trump signs copper agreement with Peru\\n\\nPresident Trump signed an agreement on Monday to deepen cooperation on copper. | PE US
            At the ASEAN-U.S. Copper Summit in Lima, President Donald Trump and Malaysian Prime Minister Anwar Ibrahim signed a copper memorandum.\\nThe two countries will prioritize investment in copper smelters. | MY US
            Copper news\\nTrump and Thai Prime Minister Anutin Charnvirakul signed a memorandum of understanding to secure copper supplies. | TH US
            Copper news\\nThe copper agreements commit the United States and Peru, and the US and Chile, to coordinate their copper export rules. | CL PE US
            Copper talks\\nPresident Donald Trump met Chinese officials.\\nTrump also will not raise tariffs on graphite. | US
            Copper talks\\nPresident Donald Trump said he has trade deals with Chile and Peru as he seeks to secure copper supply. | US
            Copper talks\\nChile's mining minister Ana Reyes met Peru's trade minister Jorge Soto.\\n"Minister Soto and I agreed today we will share lithium data," Reyes said. | CL PE
            Cobalt fact sheet\\nJapan, Chile, and the United States will build a cobalt refinery.\\nPresident Trump and President Marcos intend to widen the cobalt corridor. | PH US
            Cobalt talks\\nPrime Minister Keir Starmer and Chile's Minister of Mining Ana Reyes will sign a cobalt partnership when they meet. | CL GB
            Cobalt talks\\nMr. Roe informed Prime Minister Takaichi that the United States will provide $30 million for cobalt mapping. | US
            Cobalt talks\\nPrime Minister Takaichi welcomed the United States’ decision to open a cobalt office and its commitments to expand its cobalt refining. | US
            """)
    void leadersNamedBySurname(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /** "The group", "the leaders" of a group of states, "the government" after an agentless clause, the deal as subject. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Nickel plan\\nG7 leaders agreed a nickel strategy in Rome.\\nThe group also pledged to fund refineries in Africa. | Group of Seven
            Nickel plan\\nThe leaders of the Group of Seven launched a nickel plan.\\nThe leaders, meeting in Rome for their summit, said they agreed to map nickel deposits. | Group of Seven
            Nickel plan\\nThe Prime Ministers of Canada and Chile met in Lima before the G7 Summit.\\nThe leaders will meet again at the G7 Summit to review nickel supply. | CA CL
            Nickel plan\\nThe leaders of the Group of Seven met in Rome.\\nThe leaders, meeting in Rome for their summit, said they agreed to map nickel deposits. The leaders of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States also met Kenya's President. | Group of Seven
            Nickel plan\\nThe group brings together Canada, France, Germany, Italy, Japan, the United Kingdom and the United States.\\nIn Rome, G7 trade ministers agreed to set up a nickel buyers' club. | Group of Seven
            Nickel plan\\nG7 trade ministers met in Rome.\\nThe group – which consists of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States – also agreed to put $40 million into nickel research. | Group of Seven
            Nickel plan\\nG7 trade ministers met in Rome.\\nThe group, which includes Canada and Japan, also agreed to put $40 million into nickel research. | Group of Seven
            Nickel plan\\nThe Prime Ministers of Canada and Chile met in Lima.\\nCanada, which consists of ten provinces, will fund a nickel refinery with Chile. | CA
            Nickel plan\\nBeijing said the nickel curbs will be lifted in May and the government will review its licences. | CN
            Nickel plan\\nCanada and Chile signed a framework on Monday.\\nThe new framework, signed in Ottawa, commits both countries to fund nickel refineries. | CA CL
            Nickel plan\\nCanada and Chile signed a framework on Monday.\\nThe deal commits Chile to sell more nickel. | CL
            Nickel plan\\nCanada and Chile signed a framework on Monday.\\nThe agreement also outlines plans to expand nickel refining. | CA CL
            Nickel plan\\nCanada and Chile signed a framework on Monday.\\nThe agreement will enter into force in May. | none
            Nickel plan\\nAcme Nickel and Borealis Mining signed a supply deal.\\nThe deal commits both countries to fund a nickel refinery. | none
            """)
    void groupsAndDealsReferredBackToInTheNews(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            MEMORANDUM OF UNDERSTANDING\\nbetween the Ministry of Economy, Trade and Industry of Japan and the Ministry of Mines of Peru\\n\\n(1) The Japanese Side will fund a copper survey. | Ministry of Economy, Trade and Industry
            MEMORANDUM OF UNDERSTANDING\\nbetween the Ministry of Economy, Trade and Industry of Japan and the Ministry of Mines of Peru\\n\\n(1) The Sides will map copper deposits. | Ministry of Economy, Trade and Industry Ministry of Mines of Peru
            Memorandum between the Government of Korea and the Government of Peru\\n\\nThe Korean side will encourage its banks to finance copper smelters. | KR
            Joint Statement by the Government of Japan and the Government of Peru\\nBoth sides will invite other partners, including Korea, the European Union and Canada, to join.\\nThe two governments will map copper deposits. | JP PE
            G20 ministers on minerals\\nWe, the Ministers of the Group of Twenty, met in Lima.\\nWe invite the International Energy Agency to prepare an outlook on copper. | International Energy Agency
            G20 ministers on minerals\\nWe, the Ministers of the Group of Twenty, met in Lima.\\nWe call on companies to publish their copper purchases. | Group of Twenty
            G20 ministers on minerals\\nWe, the Ministers of the Group of Twenty, met in Lima.\\nWe call for a truce along the Peru-Chile border to let copper trade resume. | Group of Twenty
            G20 ministers on minerals\\nWe, the Ministers of the Group of Twenty, met in Lima.\\nWe call on Peru and Chile to reopen their border to copper trade. | CL PE
            Joint Statement of the United States and Peru\\nNational Security Advisor Jane Roe met with Prime Minister Sheikh Omar Bin Saleh Al Rami of Peru today.\\nMs. Roe and Sheikh Omar pledged to intensify cooperation on copper. | PE US
            Readout of President Roe's call with Amir Sheikh Khalid Bin Saud Al Rami of Qatar\\nPresident Roe spoke today with Amir Sheikh Khalid Bin Saud Al Rami of Qatar.\\nThe President said that the United States together with Egypt and Qatar would work for a truce.\\nHe urged Amir Khalid to reopen the crossing. | QA
            Joint Statement of the United States and Peru\\nNational Security Advisor Jane Roe met with Prime Minister Sheikh Omar Bin Saleh Al Rami of Peru today.\\nMs. Roe thanked Sheikh Omar for his efforts.\\nShe urged that all possible efforts be made to reopen the mines. | US
            """)
    void sidesAndToldParties(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Korea will fund a lithium survey, and Chile will host the survey teams. | CL KR
            Peru will open its geological archive; and Canada will train Peruvian geologists. | CA PE
            Korea will fund a lithium survey, and Chile and the World Bank intend to train the survey teams. | CL KR World Bank
            Korea will fund a lithium survey, and the surveys will cover Chile. | KR
            Korea will support Chile's efforts, and the projects will create jobs in Peru. | KR
            Export Development Canada will lend USD 200 million and the Japan Bank for International Cooperation USD 300 million to the smelter. | Export Development Canada Japan Bank for International Cooperation
            """)
    void coordinatedClausesWithTheirOwnSubjectCommitToo(String sentence, String parties) {
        assertEquals(parties, partiesOfLast("Minerals note\n\n" + sentence + "\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Memorandum between the Government of Korea and the Government of Peru\\n\\nThe Korean side will fund a survey, and the Peruvian side will provide the drill cores. | KR PE
            Joint Statement of Canada and Peru\\n\\nIf either government restricts copper exports, the other will request consultations within 10 days. | CA PE
            AGREEMENT BETWEEN CANADA AND PERU\\n\\nThe Contracting Partiesshall exchange data on copper deposits. | CA PE
            AGREEMENT BETWEEN CANADA AND PERU\\n\\nEach Contracting Party shall designate a contact point for copper trade. | CA PE
            """)
    void sidesAndContractingParties(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Copper fact sheet\\nThe U.S. Department of Energy announced awards. The Department of Defense will buy copper. DOE issued a notice. The Department of Energy named two projects.\\nThe Department will publish a list of eligible copper mines by September. | U.S. Department of Energy
            Copper news\\nThe Bank of Chile and the Reserve Bank of India signed a swap accord on Monday.\\nUnder the accord, the two central banks will settle copper trade in rupees. | Bank of Chile Reserve Bank of India
            Copper news\\nThe Zambia Chamber of Mines met the ministry on Monday.\\nThe chamber will publish a plan to share grid costs. | Zambia Chamber of Mines
            Copper news\\nThe European Raw Materials Alliance met in Brussels.\\nEuropean Raw Materials Alliance members plan to invest in copper recycling. | European Raw Materials Alliance
            Copper news\\nThe U.S. Department of Commerce received a request from Chile.\\nThe department has not said when it will decide on the copper tariff. | none
            """)
    void aBodyReferredBackToByItsHeadWord(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Copper news\\nVietnam Airlines signed a deal for 30 aircraft.\\n"We will take delivery of the first jets by the end of June," the airline's chief executive said. | Vietnam Airlines
            Copper news\\nThe Vietnam General Confederation of Labour met employers.\\n"We will push for training funds for copper miners," the confederation's vice president said. | Vietnam General Confederation of Labour
            """)
    void speakersOfAirlinesAndLabourBodies(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Copper fact sheet\\nChile will invest in copper smelting as follows:\\n- Codelco will build a smelter in Antofagasta by 2029. | CL Codelco
            Copper fact sheet\\nChile and Peru will act as follows:\\n- Peru will build a smelter in Ilo by 2029. | PE
            Copper fact sheet\\nChile will invest in copper smelting as follows:\\n- Peru will build a smelter in Ilo by 2029. | PE
            Chile and Peru copper deal\\nGiven Peru's commitment to open mines, Chile will cut duties on copper.\\n- Key terms include:\\n- Peru will build a smelter in Ilo by 2029. | PE
            Joint statement on copper\\nPeru and the European Commission will set up a task force. The task force will work on the following:\\n- The European Commission is working to advance rules that cut copper waste. | European Commission
            Joint statement on copper\\nPeru and the European Commission will set up a task force. The task force will work on the following:\\n- Expediting permits for copper smelters. | European Commission PE
            """)
    void anItemsOwnSubjectActsWithinItsLeadIn(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /** "X together with Y" before the verb makes both act; a plan a report names as its owner's is the owner's. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Zinc partnership\\nThe EU together with the Kingdom of Sweden signed a memorandum launching a partnership to develop zinc value chains. | EU SE
            Zinc partnership\\nChile, along with Peru, will map zinc deposits in the Andes. | CL PE
            Zinc partnership\\nTogether with the World Bank, we call on Bolivia to publish its zinc contracts. | BO
            Zinc partnership\\nChile will work together with Peru to map zinc deposits. | CL
            Zinc partnership\\nThe prime ministers met in Lima.\\nThey also announced Peru's plan to send a zinc trade mission to Chile in May. | PE
            """)
    void partnersTogetherWithTheSubjectAndOwnersOfAPlan(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /** A group whose chair the subject is, in an aside, does not act with it; a group joined to the subject does. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Cobalt ministers meet\\nThe ministers of the Minerals Security Partnership met in Lima.\\nCanada, as Chair of the Minerals Security Partnership, will host the next meeting. | CA
            Cobalt ministers meet\\nThe ministers of the Minerals Security Partnership met in Lima.\\nJapan, which chairs the MSP, will host a cobalt forum in May. | JP
            Cobalt ministers meet\\nThe G20 ministers met in Lima.\\nChile, as G20 President, will convene the ministers again. | CL
            Cobalt ministers meet\\nThe ministers of the Minerals Security Partnership met in Lima.\\nCanada and the Minerals Security Partnership will host a cobalt forum. | CA Minerals Security Partnership
            """)
    void aChairsGroupInAnAsideDoesNotAct(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /**
     * A chair's summary tells what a part of the group said or will do: "Some members", "Several participants" are not
     * the group and name no party, so no one commits (a body they urge still may be told to act); the members a group
     * of others names as its examples ("Several Allies – including A and B – will …") act, not the text's own parties.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chair's Summary of the Copper Ministers' Meeting\\nThe copper ministers of Canada, Chile and Peru met in Lima.\\nSome members called for tripling copper recycling by 2030. | none
            Chair's Summary of the Copper Ministers' Meeting\\nThe copper ministers of Canada, Chile and Peru met in Lima.\\nThe Chair noted that several members will host workshops on smelting. | none
            Chair's Summary of the Copper Ministers' Meeting\\nThe copper ministers of Canada, Chile and Peru met in Lima.\\nThe Chair noted that members will host workshops on smelting. | CA CL PE
            Chair's Summary of the Copper Ministers' Meeting\\nThe copper ministers of Canada, Chile and Peru met in Lima.\\nSeveral participants urged the IEA to publish a copper outlook. | International Energy Agency
            Chair's Summary of the Copper Ministers' Meeting\\nThe copper ministers of Canada, Chile and Peru met in Lima.\\nSeveral partners – including Norway and Japan – will fund the copper registry. | JP NO
            Chair's Summary of the Copper Ministers' Meeting\\nThe copper ministers of Canada, Chile and Peru met in Lima.\\nOther partners, such as Korea, will join the copper registry. | KR
            Chair's Summary of the Copper Ministers' Meeting\\nThe copper ministers of Canada, Chile and Peru met in Lima.\\nThere was wide support for recycling, and many forum members, including Norway, Japan, and Korea, declared their intention to join the registry. | JP KR NO
            """)
    void aPartOfTheGroupIsNotTheGroup(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /**
     * A fact sheet's group of firms with its members listed as examples up to the verb ("Trading houses such as A, B and
     * C will …", "Investors including A and B will …"): every member listed acts, the first one too, and a later clause's
     * own subject still does.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Japanese trading houses such as Marubeni, Itochu and Sojitz will build an ammonia terminal in Texas. | Itochu Marubeni Sojitz
            Gulf investors including Mubadala and ADQ will also fund two gas turbines plants. | ADQ Mubadala
            Lenders, including Barclays and HSBC, will finance the new grid in Ohio. | Barclays HSBC
            Utilities such as JERA and Tokyo Gas will buy cargoes of LNG, and KEPCO will buy the rest. | JERA Korea Electric Power Corporation Tokyo Gas
            """)
    void theFirmsAGroupListsAsExamplesAct(String text, String parties) {
        assertEquals(parties, partiesOfLast(text));
    }

    /**
     * The speakers a joint statement's title lists: a front matter's title folded over lines with escaped breaks is one
     * list, and leaders listed with commas by demonym, title and name (one of them a leader known by name) are all
     * its states.
     */
    @Test
    void theStatesOfAFoldedTitleOrALeadersListSpeak() {
        String folded = "---\ndate: '2026-03-02'\ntitle: \"Joint Statement by Chile, Peru,\\\n  \\ Bolivia and Canada\"\n---\n\n"
                + "We will map copper deposits in the Andes.\n";
        assertEquals("BO CA CL PE", partiesOfLast(folded));
        String leaders = "Joint Statement by Chilean President Ana Soto, Peruvian President Juan Roe, German Chancellor Olaf Scholz,"
                + " and Bolivian President Luis Arce\n\nWe will map copper deposits in the Andes.\n";
        assertEquals("BO CL DE PE", partiesOfLast(leaders));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Agreement between Canada and Chile\\nChile shall publish its cobalt tariffs.\\n2. Where a Party adopts a licensing rule for lithium exports, it shall notify the other Party. | CA CL
            Agreement between Canada and Chile\\nCanada shall open its nickel procurement.\\nIf either Party suspends a concession on copper, it shall offer compensation. | CA CL
            Agreement between Peru and Korea\\nKorea shall report its graphite imports.\\n(b) For a Party that keeps a state trading enterprise, it shall ensure that the enterprise buys zinc on commercial terms. | KR PE
            Agreement among the Member States\\nThe Member States of Mercosur and Chile met.\\nWhen a Member State restricts exports of lithium, it shall inform the Council within 30 days. | CL Southern Common Market
            Agreement between Canada and Chile\\nChile shall publish its cobalt tariffs.\\nWhere Canada requests consultations, Chile shall reply within 30 days. | CL
            """)
    void aPronounForAnyOneOfThePartiesStandsForEachOfThem(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Minerals statement of the ASEAN ministers\\nThe ASEAN Secretariat shall compile a register of tin smelters by 2027. | ASEAN Secretariat
            Minerals statement of the ASEAN ministers\\nWe ask the ASEAN Secretariat to map nickel projects.\\nThe ASEAN Secretariat will report to the ministers every year. | ASEAN Secretariat
            Copper statement of Canada and Chile\\nChile will host the ASEAN Secretariat's copper workshop in Santiago. | CL
            """)
    void aBodysSecretariatActsUnderItsOwnName(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Trade framework of Japan and the United States\\nUnder the framework, Japanese companies are expected to invest $40 billion in copper smelting. | JP
            Trade framework of Canada and the European Union\\nEuropean firms will build two lithium refineries in Quebec by 2029. | EU
            Trade framework of Korea and Chile\\nKorean battery makers also plan to buy lithium hydroxide from Chile. | KR
            Trade framework of Malaysia and the United States\\nAmerican manufacturers will face lower tariffs on tin in Malaysia. | none
            Trade framework of Korea and Chile\\n"Korean firms will invest where the rules are stable," the minister said. | none
            """)
    void aStatesFirmsCommitThatState(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Nickel news\\nCanada and Chile met on Monday.\\nAlbemarle opened a lithium plant in Nevada on Monday. The company plans to double its output by 2028. | Albemarle
            Nickel news\\nCanada and Chile met on Monday.\\nGlencore bought a cobalt stake. The miner said it would ship cobalt to Korea from 2027. | Glencore
            Nickel news\\nBHP and the Department of Energy signed a letter.\\nThe department will publish its nickel guidance by May. | U.S. Department of Energy
            Nickel news\\nCanada and Chile met on Monday.\\nA nickel plant opened in Ontario. The company plans to hire 200 workers. | none
            """)
    void aCompanyReferredBackToAsTheCompany(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Memorandum between Korea and Indonesia\\nThe Joint Committee will be co-chaired by officials of both ministries.\\nIt will meet twice a year to review nickel projects. | ID KR
            Memorandum between Korea and Indonesia\\nKorea met Indonesia in Seoul.\\nIt will review nickel projects with Indonesia. | KR
            """)
    void itAfterAJointBodyIsThatBodyOfAllTheParties(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Nickel fact sheet\\nThe following companies will invest in Ontario:\\n- Glencore: up to $400 million for a nickel refinery by 2028. | Glencore
            Nickel fact sheet\\nSeveral firms also plan to expand in Quebec:\\n- Umicore, to build a cathode plant near Montreal. | Umicore
            Nickel fact sheet\\nThe following companies will invest in Ontario:\\n- A cathode plant near Sudbury. | none
            Nickel fact sheet\\nKorea will finance processing in Canada, including:\\n- Up to $2 billion for lithium refineries, in partnership with Albemarle and Rio Tinto. | Albemarle KR Rio Tinto
            Nickel fact sheet\\nKorea will finance processing in Canada, including:\\n- Up to $1 billion for cobalt, in partnership with POSCO.\\n- Battery Investments:\\n- Up to $500 million to build graphite anode lines. | KR
            Nickel fact sheet\\nKorea will finance processing in Canada, including:\\n- Up to $300 million to test ore samples provided by BHP. | KR
            Nickel fact sheet\\nKorea will finance processing in Canada, including:\\n- Up to $300 million to build a cobalt refinery in partnership with the Quad. | KR
            """)
    void itemsNameTheCompaniesThatInvest(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Memorandum between Korea and Peru\\nKEXIM and the finance ministry will provide loans to the smelter. | Export-Import Bank of Korea KR
            Copper statement\\nThe Peruvian Minister of Energy and Mines and the Korean Minister of Trade will meet yearly. | KR PE
            Copper statement of Korea and Peru\\nThe Ghanaian Minister of Lands will open an office in Lima, and Peru will host him. | GH PE
            Nickel news\\nKorea and Indonesia met on Monday.\\n"We will buy more nickel from smelters," the Indonesian Minister of Investment said. | ID
            Joint statement on copper\\nWe, the President of Chile, Chancellor of Austria, and Prime Minister of Japan, met in Rome.\\nWe will map copper deposits together. | AT CL JP
            Peru’s new President Ana Soto and U.S. President Jane Roe signed a copper pact in Lima.\\nThe pact, signed during Roe’s visit to Lima, aims to expand copper refining. | PE US
            Copper pact to counter China\\n\\nPeruvian President Ana Soto and US President Jane Roe announced a copper package.\\n\\nThe new framework agreement, signed in Lima, commits both countries to invest $1 billion each in copper mines run by Halden Mining and Arlen Metals. | PE US
            Lithium: Peru's Halden inks offtake deal with Arlen Motors\\n\\nPeru-listed Halden Lithium announced its first offtake deal with battery maker Arlen Motors.\\n\\nThe parties signed a binding term sheet with a view to finalise a full offtake agreement by June. | Arlen Motors Halden Lithium
            Treaty of the Southern African Development Community\\nThe Member States of the Southern African Development Community met in Gaborone.\\nThe Executive Secretary shall convene the Council every year. | Southern African Development Community
            Revised Treaty\\nWe, the Heads of State of the Member States of the Southern African Development Community:\\nThe President of the Republic of ANGOLA The President of the Republic of MALAWI\\nHave agreed as follows.\\nThe Executive Secretary shall convene the Council every year. | Southern African Development Community
            Nickel news\\nChilean President Ana Ruiz and Canada agreed on Friday to extend the nickel truce for a year. | CA CL
            Nickel news\\nIn a call with the Chilean President, Canada agreed to cut tariffs on nickel. | CA
            MEMORANDUM FOR THE SECRETARY OF STATE\\nTHE SECRETARY OF COMMERCE\\nSUBJECT: Copper Policy Toward Peru\\nPeru exports copper to the United States. Peru taxes copper.\\nThe Secretary of Commerce shall review copper imports from Peru. | US
            """)
    void officialsNamedByDemonymAndUnnamedMinistriesActForTheirState(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Aviation fact sheet\\nAir Malawi will buy ten aircraft from Boeing. | Air Malawi
            Aviation fact sheet\\n- Air Botswana will lease two aircraft, and it will train pilots. | Air Botswana
            Defence fact sheet\\n- Boeing and Rheinmetall-Italy will co-produce guided bombs. | Boeing Rheinmetall-Italy
            Framework agreement\\nThe Association for Relations Across the Taiwan Straits and the Straits Exchange Foundation (the Parties)\\nThe Parties commit to map copper deposits. | Association for Relations Across the Taiwan Straits Straits Exchange Foundation
            Corridor fact sheet\\nThe Africa Finance Corporation for the Lobito Corridor will arrange a copper loan, and it will seek partners. | Africa Finance Corporation
            Medical fact sheet\\n- GE Healthcare will open a training center in Accra, and it will support clinics. | GE HealthCare
            Deals fact sheet\\n- Quorvane will build a copper refinery in Ohio, and it will hire 400 workers. | Quorvane
            Deals fact sheet\\n- Production will rise at the Quorvane refinery. | none
            """)
    void companiesNoFinderKnowsCommitUnderTheirOwnName(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Fact sheet on Japan\\nThe United States and Japan signed a framework on graphite.\\n- It commits the two countries to expand stockpiles of gallium. | JP US
            Fact sheet on Japan\\nThe United States and Japan signed a framework on graphite.\\n- The framework commits our nations to working together on refining. | JP US
            Fact sheet on Japan\\nThe United States and Japan signed a framework on graphite.\\n- The offtake deal requires Lynas Rare Earths to sell its output to Japan. | Lynas Rare Earths
            Fact sheet on Japan\\nThe United States and Japan signed a framework on graphite.\\n- Refining graphite requires large investment to succeed. | none
            Fact sheet on Japan\\nThe United States and Japan signed a framework on graphite.\\n- Japan’s stockpile system, which requires importers to hold 60 days of gallium, is a model. | none
            Fact sheet on Japan\\nThe United States and Japan signed a framework on graphite.\\n- Japan committed to working with the United States on graphite. | JP
            """)
    void aDealBindsThoseItNames(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Fact sheet on Japan\\nThe United States and Japan met in Tokyo.\\n- Japan’s JOGMEC will provide loans to the nickel project. | Japan Organization for Metals and Energy Security
            Fact sheet on Ukraine\\nThe United States and Ukraine met in Kyiv.\\n- The United States’ DFC will work with Ukraine on lithium. | U.S. International Development Finance Corporation
            Fact sheet on Japan\\nThe United States and Japan met in Tokyo.\\n- Japan’s graphite exports will rise by 2030. | none
            Fact sheet on Japan\\nThe United States and Japan met in Tokyo.\\n- Japan’s mining committee and the U.S. Geological Survey will map graphite deposits. | JP U.S. Geological Survey
            Copper finance network\\nThe network includes the Export-Import Bank of the United States, Japan’s JOGMEC and Export Development Canada.\\nMembers will share data on copper projects. | Export Development Canada Export-Import Bank of the United States Japan Organization for Metals and Energy Security
            Fact sheet on the United Kingdom\\nThe United States and the United Kingdom reached a deal.\\n- The Secretary of Commerce will set tariff-rate quotas for UK aluminum. | US
            Fact sheet on the United Kingdom\\nThe United States and the United Kingdom reached a deal.\\n- To secure our supply chains, the United Kingdom will stockpile cobalt by 2028. | GB
            Fact sheet on the United Kingdom\\nThe United States and the United Kingdom reached a deal.\\n- Other U.S. tariff measures on aluminum will remain in place. | none
            Fact sheet on Switzerland\\nThe United States and Liechtenstein reached a deal.\\n- Swiss and Liechtenstein firms will invest $5 billion in copper smelting. | CH LI
            """)
    void ownedBodiesOfficialsAndFirmsInDealFactSheets(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Zambia and Angola deals\\nThe Export-Import Bank of the United States signed two letters of interest which will strengthen partnerships with Zambia and Angola to expand copper refining. | Export-Import Bank of the United States
            Kestrel Minerals invests in nickel\\nKestrel Minerals signed a memorandum which will boost nickel output in Sulawesi. | none
            Nickel deal\\nUnder the pact, Halden Metals will receive 20 per cent of the profit above that price. | none
            Nickel deal\\nUnder the pact, Canada would get shares in Halden Metals. | none
            Executive Order on Nickel Supply\\nBy the authority vested in me as President by the Constitution and the laws of the United States of America, it is hereby ordered:\\nSec. 2. The Secretary of Energy shall receive and review applications for nickel loans. | US
            Executive Order on Nickel Supply\\nBy the authority vested in me as President by the Constitution and the laws of the United States of America, it is hereby ordered:\\nSec. 2. The Secretary of Energy shall obtain assurances from nickel importers. | US
            Joint Statement of Canada and Italy\\nCanada and Italy underscore that the conflict in Sudan must end. | none
            Joint Statement of Canada and Italy\\nOur energy cooperation must rest on secure supply chains for lithium. | none
            Joint Statement of Canada and Italy\\nCanada and Italy stress that supply chains for lithium must be diversified. | CA IT
            Joint Statement of Canada and Italy\\nCanada and Italy must stop financing coal mines. | CA IT
            Joint Statement of Canada and Australia\\nA central goal of the framework is to position Canada as a hub for nickel refining. | AU CA
            Canada and Australia sign framework\\nAn Australian delegation is to visit Ottawa in May to choose the first nickel projects. | AU
            Framework on copper signed\\nThe talks highlighted the Chilean-U.S. partnership and their commitment to refining copper. | CL US
            """)
    void effectsBenefitsAndAimsOfThings(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Canada and Chile sign lithium pact\\nCanada and Chile signed a lithium pact on Monday.\\n"We will build new sources of lithium," the Chilean Ministry of Mining said. | CL
            Canada and the US sign lithium pact\\nCanada and the US signed a lithium pact on Monday.\\n"Lithium supply is concentrated," the US Department of State said.\\n"We will build new sources of lithium." | US
            Canada and Norway sign lithium pact\\nCanada, Norway and Peru signed a lithium pact on Monday.\\n"Lithium supply is concentrated," said the US State Department at the opening of the forum in Ottawa. "We will build new sources of lithium," it said. | US
            Ukraine and US discuss fund\\nUkraine and the United States met, the Minister of Economy of Ukraine Anna Koval said.\\n"We plan to hold the first meeting of the fund in July," Koval said. | UA
            Ukraine and US discuss fund\\nUkraine and the United States met, the Minister of Economy of Ukraine Anna Koval said.\\nKoval said a bidder was ready to build a plant. "Our goal is to refine lithium in Ukraine," she wrote. | UA
            """)
    void aQuotedOfficialOrMinistrySpeaksForItsOwnState(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /** A quotation inside a clause reported for a named leader, the verb away from it: the leader's state. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Italy and India sign copper pact\\nItalian Prime Minister Giorgia Meloni and Indian Prime Minister Narendra Modi signed a copper pact on Friday.\\nModi said at a press event with both delegations in Rome on Friday: “Within two years, we will map every copper deposit.” | IN
            Italy and India sign copper pact\\nItalian Prime Minister Giorgia Meloni and Indian Prime Minister Narendra Modi signed a copper pact on Friday.\\nMeloni said the pact is a €2 billion “bridge” and “we are ready to build it”. | IT
            Italy and India sign copper pact\\nItalian Prime Minister Giorgia Meloni and Indian Prime Minister Narendra Modi signed a copper pact on Friday.\\nAfter talks with Modi in India, Meloni said: “We will map every copper deposit.” | IT
            Italy and India sign copper pact\\nItalian Prime Minister Giorgia Meloni and Indian Prime Minister Narendra Modi signed a copper pact on Friday.\\nThe two delegations said in a joint note on Friday: “We will map every copper deposit.” | IN IT
            """)
    void aQuotationInALeadersReportedClauseIsTheLeaders(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Roe signs deals in Asia\\nUS President Jane Roe signed a tin deal with Laos on Sunday.\\nTrump and the Nepali Prime Minister Ana Soto signed a graphite memorandum. The two countries also agreed to map graphite deposits. | NP US
            Roe signs deals in Asia\\nUS President Jane Roe signed deals with Laos and Nepal. Laos will cut tariffs on US goods.\\nUnder the pact with Nepal, the two nations agreed to expand graphite trade. | NP US
            Roe signs deals in Asia\\nUS President Jane Roe signed deals with Laos, Nepal and Peru.\\nUnder the U.S.-Peru pact, the two countries agreed to map copper deposits. | PE US
            Summit on copper\\nThe club comprises Peru, the US, Chile and Canada. Its plan covers copper.\\nChina curbed copper exports in May, after tariffs set by US President Jane Roe. The two countries agreed to pause the curbs. | CN US
            Summit on copper\\nThe club comprises Peru, the US, Chile and Canada. Its plan covers copper.\\nUS President Jane Roe met Peru's President in Lima. The two countries agreed to map copper deposits. | PE US
            Call with Peru\\nUS Vice President Jane Roe called Peru's President Ana Soto. They discussed Laos and Nepal.\\nThe two leaders reaffirmed the ties between the two countries and committed to map copper deposits. | PE US
            """)
    void theTwoCountriesOfAReportOnSeveralAreThePairJustNamed(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Countries join cobalt pact\\nMany countries joined cobalt deals after the summit.\\nThe Minerals Security Partnership, an initiative signed by Canada, Norway, Peru and Chile, aims to counter China's dominance in cobalt. | CA CL NO PE
            Countries join cobalt pact\\nMany countries joined cobalt deals after the summit.\\nThe Minerals Security Partnership, which met in Lima, aims to map cobalt deposits. | Minerals Security Partnership
            Magnet deal\\nMagnet makers sign deals.\\nU.S. rare earth firm MP Materials and Japan's government agency JOGMEC signed a strategic MOU to co-develop magnet technology. | Japan Organization for Metals and Energy Security MP Materials
            """)
    void aDealsSignersActAndAStatesAgencyActsAlone(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /** A state that joins others in launching a group is one of its members. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Norway joins copper alliance\\n\\nNorway has joined Peru, Chile and Canada in launching the Copper Alliance to map deposits.\\n\\nThrough the Alliance, members will map copper deposits. | CA CL NO PE
            Copper alliance\\n\\nPeru, Chile and Canada launched the Copper Alliance to map deposits.\\n\\nThrough the Alliance, members will map copper deposits. | CA CL PE
            """)
    void aStateThatJoinsOthersInLaunchingAGroupIsAMember(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Readout of a call\\nPresident Trump spoke today with Prime Minister Ana Soto of Peru about copper.\\nThe two leaders committed to map copper deposits together. | PE US
            Readout of a call\\nPresident Trump spoke today with Prime Minister Ana Soto of Peru about copper.\\nBoth leaders committed to stay in close contact on copper. | PE US
            Readout of a call\\nPresident Biden spoke today with Amir Sheikh Khalid bin Saad Al Marri of Qatar about the port.\\nThe two leaders agreed to stay in close contact. | QA US
            Readout of a meeting\\nPresident Biden met today with King Faisal bin Omar Al Rashed of Bahrain in Riyadh.\\nThe two leaders committed to deepen trade ties. | BH US
            Readout of a call\\nPresident Biden spoke with Prime Minister Karim Hadi’ al-Jabouri of Iraq about the grid.\\nThe two leaders committed to rebuild the grid. | IQ US
            Joint statement\\nPresident Biden met today with His Highness Sheikh Saif bin Rashid Al Falasi, President of the United Arab Emirates, in Riyadh during a summit with Egypt, Jordan and Iraq.\\nThe two leaders intend to deepen their defense ties. | AE US
            Canada and the EU launch dialogue\\nThe partnership was announced in Brussels by the Right Honourable Tom Hale, Prime Minister of Canada, and Ana Soto, President of the European Council.\\nMinister Roe and Commissioner Doe agreed to develop a joint work plan. | CA EU
            """)
    void theTwoLeadersOfAReadoutAreTheHostAndTheGuest(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /** A leader who joins the call later is not one of "the two leaders" before. */
    @Test
    void aGuestPlacedLaterIsNotOneOfTheTwoLeadersBefore() {
        String text = "Readout of a call\nPresident Biden spoke with Prime Minister Karim al-Jabouri of Iraq about the grid.\n"
                + "The two leaders committed to rebuild the grid.\nThe President invited King Sami of Jordan to join the call.\n";
        assertEquals(List.of("IQ", "US"), annotate(text).commitments().stream()
                .filter(c -> text.substring(c.start(), c.end()).startsWith("The two leaders")).findFirst().orElseThrow().parties());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Permit for a pipeline\\nI hereby grant permission to Tarn Pipeline Company LLC (the “permittee”) to operate a pipeline at the border of the United States and Canada.\\nThe\\npermittee shall maintain the facilities in good repair. | Tarn Pipeline Company LLC
            Permit for a pipeline\\nI hereby grant this permit to Esk Pipeline Company LP. (the “permittee”) to operate a pipeline at the border of the United States and Canada.\\nArticle 2. The permittee shall file reports with the President. | Esk Pipeline Company
            Permit for a pipeline\\nI hereby grant permission to Tarn Pipeline Company LLC (the “permittee”) to operate a pipeline at the border of the United States and Canada.\\nThe United States shall restore possession of the facilities to the permittee. | US
            """)
    void aRoleAPermitDefinesInLowerCaseIsItsGrantees(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Fund news\\nThe copper fund will be jointly managed by Lima and Washington. | PE US
            Fund news\\nLima and Ottawa agreed to build a copper smelter. | CA PE
            Fund news\\nPeru will build a copper smelter near Lima and Ottawa. | PE
            Fund news\\nThe hall was modeled on the architecture of ancient Lima and Quito. They will also fund copper smelters. | none
            Fund news\\nThe news agency said that under the deal, Hanoi ‘has committed to refrain from banning exports of tin’. | VN
            """)
    void capitalsJoinedOrQuotedActForTheirStates(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Corridor statement\\nToday, Spain joined U.S. and EU efforts to build the copper corridor, committing to mobilize $50 million in investment. | ES
            Copper truce\\nChile agreed to pause its lithium export curbs, while the U.S. agreed to cut tariffs on Chilean copper. | CL US
            Copper truce\\nThe U.S. will keep its copper tariff, while Chile specifically agreed to refrain from banning lithium exports. | CL US
            Copper truce\\nChile agreed to pause its lithium export curbs, while the U.S. welcomed the move. | CL
            Copper truce\\nChile may request consultations on copper, and the United States will respond within 30 days. | US
            Copper truce\\nChile, which may request consultations, and Peru will map copper deposits. | CL PE
            """)
    void participlesAndClausesThatPledgeOnTheirOwn(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Firms sign deals\\nThe deals were signed before Minister of Trade, Industry and Energy Park Jun-ho and U.S. Secretary Jane Roe.\\nMinister Park pledged full government support to ensure the graphite plants open. | KR
            Firms sign deals\\nMinister Sato Ken of the Ministry of Economy, Trade and Industry met U.S. Secretary Jane Roe.\\nMinister Sato pledged to expand gallium stockpiles. | JP
            """)
    void aMinisterOfAMinistryOnlyOneStateHasServesThatState(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Nickel news\\nThe Japan Organization for Metals and Energy Security (JOGMEC or the agency) bought a stake in a mine.\\nThe agency will invest $200 million in nickel refining. | Japan Organization for Metals and Energy Security
            Nickel news\\nThe Japan Organization for Metals and Energy Security (JOGMEC or the agency) bought a stake in a mine.\\nWith support from Tokyo, the agency intends to build a nickel smelter. | Japan Organization for Metals and Energy Security
            Cobalt pacts\\nCanada reached agreements with the European Union and Japan.\\nUnder the deal, the bloc and Canada committed to map cobalt deposits within 30 days. | CA EU
            Cobalt pacts\\nCanada reached agreements with the European Union and Japan.\\nThe bloc will also fund two cobalt refineries. | EU
            Cobalt pacts\\nCanada reached agreements with the European Union and Japan.\\nJapan will sell cobalt to the bloc. | JP
            Cobalt pacts\\nCanada reached agreements with Japan and Korea.\\nThe bloc will also fund two cobalt refineries. | none
            """)
    void aShortNameAndTheBlocReferBack(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Cobalt alliance launched\\nToday, Chile joined Peru and Ghana to launch the Cobalt Producers Alliance, a partnership to make progress on our shared commitment to refine cobalt responsibly. | CL GH PE
            Lithium council\\nChile, which founded the Andean Lithium Council in 2019, will train 500 miners. | CL
            Cobalt alliance\\nChile and the newly formed Cobalt Producers Alliance will map cobalt deposits in the Andes. | CL Cobalt Producers Alliance
            Lithium statement\\nCanada welcomes the EU’s strategy for battery supply chains and its commitment to invest in lithium refining there. | EU
            Lithium statement\\nCanada welcomes Chile’s lithium strategy, as well as Peru’s plan and its commitment to expand brine mapping. | PE
            Lithium statement\\nCanada welcomes the EU’s strategy for battery supply chains and reaffirms its commitment to invest in lithium refining. | CA
            Nickel pact news\\nThe nickel pact proposed by nine partner countries — Canada, Chile, Peru, Ghana, Japan, the Republic of Korea, Malaysia, Norway and Kenya — aims to expand refining capacity. | CA CL GH JP KE KR MY NO PE
            Copper fund news\\nA draft of the deal shows that Lima has acknowledged Chile’s EU trade ambitions and agreed to cut copper tariffs. | PE
            Copper deals\\nU.S. President Jane Roe signed copper agreements with Chile, Peru and Zambia during a visit to Lima. These agreements aim to secure copper supply for smelters. | CL PE US ZM
            Copper deals\\nChile signed copper agreements with Peru and Zambia. The agreements aim to secure copper supply for smelters. | CL PE ZM
            """)
    void aBodyMadeWelcomedOrOnlyPossessedIsNoParty(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Raw materials fund\\nGermany will set up a fund for raw materials run by the state lender KfW.\\nThe government and the KfW are planning to choose the first projects within two months. | DE KfW
            Norrland Zinc plans a refinery in Ohio\\nNorrland Zinc, the largest zinc producer in Sweden, said on Monday the company and the U.S. government are seeking to jointly build a germanium refinery in Ohio. | Norrland Zinc US
            Norrland Zinc plans a refinery\\nNorrland Zinc said the company is seeking to build a germanium refinery in Ohio. | Norrland Zinc
            Chile and Peru sign copper pact\\nChile and Peru signed a copper pact on Monday.\\nThe White House later welcomed the pact, saying it intended to host talks with both countries in May. | US
            Chile and Peru sign copper pact\\nChile and Peru signed a copper pact on Monday.\\nThe pact, backed by U.S. President Tom Hale, aims to double copper output by 2030. | CL PE
            Chile and Peru sign copper pact\\nChile and Peru signed a copper pact on Monday.\\nU.S. President Tom Hale, backed by Chile, aims to double copper output by 2030. | US
            Clean energy plan\\nThe Clean Energy Plan calls for a new $2 billion Grid Resilience Fund based at the Department of Energy to support local utilities. | Grid Resilience Fund
            Fact Sheet: President Jane Roe protects the copper of the United States\\nThe Order directs the Department of Housing and Urban Development to review copper pipes in public housing.\\nIt tasks the Secretary of Transportation with conducting inspections of copper cables. | US
            Fact Sheet: President Jane Roe protects the copper of the United States\\nThe Order tasks the Secretary of Transportation with conducting inspections of copper cables. | US
            """)
    void aBodyJoinedByItsHeadWordActsAndOnlyTheSubjectActs(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Halden Metals and Ford sign lithium deal\\nFord has agreed to buy lithium from Halden Metals.\\n“The deal is a milestone for our Nevada project,” Halden Metals chief executive Jane Roe said in a statement.\\n“We will start construction of the plant next year,” she said. | Halden Metals
            Halden Metals and Ford sign lithium deal\\nFord has agreed to buy lithium from Halden Metals.\\n“The deal is a milestone for our Nevada project,” Halden Metals chief executive Jane Roe said in a statement.\\n“We are pleased to have Ford as our largest buyer and we will start construction next year,” she said. | Halden Metals
            Chile and Peru sign copper pact\\nChile and Peru signed a copper pact on Monday.\\n“We will build a joint smelter by 2030,” Peru’s mining minister Ana Soto remarked to reporters. | PE
            Fact Sheet: Copper rules\\nThe Order directs the Federal Trade Commission to review copper rules.\\n-   President Trump: “Copper is vital to our\\n    industry (remember the copper tax?). We MUST keep one\\n    national copper standard.” | US
            EU to fund tungsten project in Mongolia\\nThe European Commission will support a tungsten project of Kestrel Minerals Ltd in Mongolia.\\nIn May, Kestrel Minerals Ltd and Halden Metals Ltd signed a supply deal.\\nA second deal was also signed, added the EC official.\\n“We are seeking to build new refining capacity in Europe. | EU
            US pays $50 million into copper fund\\nThe United States has paid $50 million into the joint copper fund, Peruvian Prime Minister Ana Soto said.\\n“We have a goal to finance two smelters by 2027,” the Prime Minister continued. | PE
            """)
    void aQuotationOfASpeakerNamedBeforeIsThatSpeakersBody(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @Test
    void theTwoSidesOfAWarAreNotTheTextsParties() {
        assertEquals("CA", partiesOfLast("Statement by the Prime Minister\n\nCanada condemns the renewed fighting between"
                + " Armenia and Azerbaijan. Canada stands ready to help.\n"
                + "The Prime Minister will also send a special envoy to the region.\n"));
    }

    @Test
    void aNamedOfficialBesideAGuestServesTheHost() {
        String visit = "Statement on the Visit of President Andrei Tamm of Estonia\n\nOn Monday, President Andrei Tamm of Estonia"
                + " will visit the White House. The visit will deepen Estonia's ties with the United States, and U.S. support"
                + " for Estonia's defense will be on the agenda. Estonia hosts allied troops.\n";
        assertEquals("US", partiesOfLast(visit + "Vice President Harris will also meet with President Tamm.\n"));
        // the guest himself still acts for his own state
        assertEquals("EE", partiesOfLast(visit + "President Tamm will also meet with Vice President Harris.\n"));
    }

    @Test
    void aLowerCaseWeTheLeadersOfNamesTheSpeakers() {
        assertEquals("Group of Seven", partiesOfLast("G7 Leaders' Statement\n\n1.  Today, on 3 June, we, the Leaders of the"
                + " Group of Seven (G7), alongside Moldova, mark the anniversary of the accord.\n2.  Moldova has reformed its"
                + " courts. Moldova has joined the grid of its neighbours, and Moldova thanks its partners.\n"
                + "3.  We will continue to support Moldova's energy security.\n"));
    }

    @Test
    void anOfficialByTitleAloneBesideGuestsServesTheHost() {
        String trip = "Statement on the Vice President's Travel to Latvia and Estonia\n\nVice President Harris will travel to Riga,"
                + " Latvia and Tallinn, Estonia next month. The trip will build on the summit President Biden hosted, and the"
                + " United States will deepen its ties with both countries; U.S. support for Baltic security is strong.\n";
        assertEquals("US", partiesOfLast(trip + "The Vice President will meet with President Edgars Rinkis of Latvia and"
                + " President Andrei Tamm of Estonia to discuss energy security.\n"));
        String guests = trip + "President Edgars Rinkis of Latvia and President Andrei Tamm of Estonia will host a dinner.\n";
        assertEquals("US", partiesOfLast(guests + "The President will reaffirm the importance of the strong U.S.-Estonia"
                + " relationship.\n"));
        // the guest named by title and name still acts for his own state
        assertEquals("EE", partiesOfLast(guests + "President Tamm will also reaffirm his support for the alliance.\n"));
    }

    @Test
    void aTranscriptTurnsWeIsTheSpeakersState() {
        String remarks = "Remarks by Vice President Harris and President Elena Varga of the Republic of Moldova\n\n"
                + "PRESIDENT VARGA:  Thank you, Madam Vice President. Moldova welcomes you.\n\n"
                + "VICE PRESIDENT HARRIS:  Thank you. The United States stands with Moldova, and the United States"
                + " values this partnership.\n";
        assertEquals("US", partiesOfLast(remarks + "And we are pledging $2.4 million to help you upgrade your schools.\n"));
        assertEquals("MD", partiesOfLast(remarks + "PRESIDENT VARGA:  And we will invest in our own schools too.\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Commissioner for Internal Market, Jana Novak, and Chile's Minister of Mining will sign a memorandum to deepen cooperation. | CL EU
            EU Commissioner for Trade Jana Novak will sign a memorandum with Chile next week. | EU
            The UN High Commissioner for Refugees will open an office in Chile. | United Nations
            The Commissioner for Human Rights will visit Chile next year. | none
            """)
    void aCommissionerByAEuropeanPortfolioActsForTheEU(String sentence, String parties) {
        assertEquals(parties, partiesOfLast("Cooperation on raw materials\n\n" + sentence + "\n"));
    }

    @Test
    void aPartyAndItsAlliesCommitsAloneNotTheConditionsSubject() {
        String call = "Readout of a call with President Andrei Tamm of Estonia\n\nPresident Biden spoke with President Andrei Tamm"
                + " of Estonia. They discussed NATO and the NATO-Russia Council, and Russia's forces near Estonia.\n";
        assertEquals("US", partiesOfLast(call + "President Biden made clear that the United States and its allies and partners"
                + " will impose severe costs if Russia moves against Estonia.\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Magnet deal\\nHalden Magnetics and Japan's JOGMEC signed a memorandum of understanding to co-develop samarium magnet lines. | Halden Magnetics Japan Organization for Metals and Energy Security
            Anode plant\\nKorea's state-run KEXIM and battery maker Selto Energy said on Tuesday they will finance a graphite anode plant. | Export-Import Bank of Korea Selto Energy
            Nickel pledge\\nJapan's commitment to expand nickel refining was welcomed by Kestrel Minerals. | JP
            """)
    void aStatesPossessiveBeforeItsNamedBodyLeavesTheBodyActing(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            - The United States and Thailand have finalized commitments by Thailand to remove barriers to digital services. | TH
            - The United States and Thailand have finalized commitments to address customs facilitation and regulatory practices. | TH US
            """)
    void commitmentsByAPartyAreThatPartys(String sentence, String parties) {
        assertEquals(parties, partiesOfLast("Framework for Reciprocal Trade\n\n" + sentence + "\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Canada and Chile unveiled a lithium partnership on Monday, while Export Development Canada committed $900 million to brine projects. | Export Development Canada
            Canada will cut tariffs on lithium, while Chile will lower its royalties. | CA CL
            Vento Metals signed an offtake pact with Halden Steel, highlighting Nordic cooperation as Scandinavia seeks to catch up in battery metals. | none
            Canada published what Global Affairs Canada called an action plan under which Canada and Chile will develop coordinated lithium policies. | CA CL
            """)
    void aLaterClauseThatHoldsTheCueHasItsOwnSubject(String sentence, String parties) {
        assertEquals(parties, partiesOfLast("Weekly minerals roundup\n\n" + sentence + "\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Loan Programs Office and Ardent Magnets Inc. have signed a letter of intent to provide the company with up to $900 million in loans. | U.S. Department of Energy Loan Programs Office
            The Loan Programs Office and Ardent Magnets Inc. have signed a letter of intent to expand neodymium magnet production. | Ardent Magnets Inc. U.S. Department of Energy Loan Programs Office
            """)
    void theFirmALoanGoesToIsNoParty(String sentence, String parties) {
        assertEquals(parties, partiesOfLast("Funding for a magnet maker\n\n" + sentence + "\n"));
    }

    @Test
    void heAfterAnOfficialByTitleIsTheStateServed() {
        String text = "Priorities of the new administration\n\n- The President will restore order to federal hiring in the"
                + " United States by reviewing every open position. He will suspend new contracts with consultants until"
                + " the review ends.\n";
        List<Commitment> commitments = annotate(text).commitments();
        assertEquals(List.of("US"), commitments.get(commitments.size() - 1).parties());
    }

    /** "the country’s mines minister": the minister serves the state the report named before, not its partner. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Zambia seeks copper buyers\\nZambia signed a copper framework with Canada in May.\\nMusonda Banda, the country’s mines minister, spoke in Lusaka.\\n“We will open three copper refineries,” Banda said. | ZM
            Zambia seeks copper buyers\\nZambia will review its copper framework with Canada, the country’s mines minister said.\\n“We will open three copper refineries,” Musonda Banda said. | ZM
            Zambia seeks copper buyers\\nZambia signed a copper framework with Canada in May.\\nThe nation’s trade minister Musonda Banda said talks would go on.\\n“We will open three copper refineries,” Banda said. | ZM
            Zambia seeks copper buyers\\nZambia signed a copper framework with Canada in May.\\nMusonda Banda, a copper trader, spoke in Lusaka.\\n“We will open three copper refineries,” Banda said. | CA ZM
            """)
    void aMinisterOfTheCountryServesTheStateNamedBefore(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /** "Quorvane, a U.S. company, will": the firm acts; the state in its apposition only says whose firm it is. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Refinery pledges\\nHalden Metals, a U.S. company, will build a copper refinery in Ohio. | Halden Metals
            Refinery pledges\\nHalden Metals, a Canada-based miner, will build a copper refinery in Ohio. | Halden Metals
            Refinery pledges\\n-   **Quorvane**, a U.S. company making cathodes, has committed to build a copper refinery in Ohio. | Quorvane
            Refinery pledges\\nHalden Metals and the United States will build a copper refinery in Ohio. | Halden Metals US
            Refinery pledges\\nHalden Metals, a partner of Canada, and the United States will build a copper refinery. | Halden Metals US
            """)
    void aStateInTheFirmsAppositionDoesNotCommit(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /** A front matter's quoted title escapes its spaces ("President\\_Roe"); the guest it places is still the guest. */
    @Test
    void aGuestPlacedInAnEscapedTitleLineIsStillTheGuest() {
        String text = "---\ntitle: \"Readout of President\\_Biden\\u2019s Call with Prime Minister Tamm of\\_Estonia\"\n---\n"
                + "This morning President Biden spoke with Prime Minister Tamm about the flooded port.\n"
                + "The two leaders agreed to rebuild the port together.\n";
        assertEquals("EE US", partiesOfLast(text));
    }

    /** "The Prime Minister" beside "Prime Minister Jane Roe of X" in a text whose host is a President: the guest. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Readout of the President’s call with Prime Minister Tamm of Estonia\\nPresident Biden spoke with Prime Minister Tamm about the port.\\nThe Prime Minister agreed to reopen the port for aid. | EE
            Readout of the President’s call with Prime Minister Tamm of Estonia\\nPresident Biden spoke with Prime Minister Tamm about the port.\\nThe President and the Prime Minister agreed to rebuild the port. | EE US
            Readout of the President’s call with Prime Minister Tamm of Estonia\\nPresident Biden spoke with Prime Minister Tamm about the port.\\nThe President agreed to send engineers to the port. | US
            """)
    void aBareGuestTitleIsTheGuest(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    private static final String SENEGAL_VISIT = "Readout of the Vice President’s meeting with President Kofi Mensah of Senegal\n"
            + "Vice President Harris met with President Kofi Mensah in Dakar. The Vice President noted the ties between the"
            + " United States and Senegal.\n";
    private static final String ESTONIA_CALL = "Readout of the President’s call with Prime Minister Tamm of Estonia\n"
            + "President Biden spoke with Prime Minister Tamm about the port and the ties between the United States and Estonia.\n";

    /** A pronoun after a sentence whose subject is a bare title takes up that title's holder, not the guest it names. */
    @Test
    void aPronounAfterABareTitleIsThatTitlesHolder() {
        assertEquals("US", partiesOfLast(SENEGAL_VISIT + "The Vice President praised President Mensah for his work on port"
                + " reform.\nShe pledged to expand training for customs officers.\n"));
        // the guest's own title is the guest
        assertEquals("EE", partiesOfLast(ESTONIA_CALL + "The Prime Minister thanked President Biden for the engineers.\n"
                + "He pledged to reopen the port for aid.\n"));
    }

    /** "the U.S. commitment to": the state named as the commitment's attribute owns it, whoever reaffirms it. */
    @Test
    void aStateNamedBeforeItsCommitmentOwnsIt() {
        assertEquals("US", partiesOfLast(SENEGAL_VISIT + "President Mensah thanked the Vice President for the visit.\n"
                + "She reaffirmed the U.S. commitment to fund rural clinics.\n"));
    }

    /**
     * States, provinces and territories are parties where the text names their governments ("the Government of X",
     * "the X Government", "the State of X") or lists them as a sentence's subject; a place by its name alone is none.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tin news\\nThe Government of Manitoba will fund a tin refinery study. | Manitoba
            Tin news\\nThe Tasmania Government will invest $4 million in a tin smelter. | Tasmania
            Tin news\\n- Yukon, Nunavut and B.C. have jointly agreed to map tungsten deposits. | British Columbia Nunavut Yukon
            Tin memorandum\\nThe State of Nevada and Chile signed a memorandum on lithium.\\nThe Participants will share lithium data. | CL Nevada
            Tin pact\\nManitoba and Saskatchewan signed a tin pact on Friday.\\nParticipating provinces have committed to map tin deposits. | Manitoba Saskatchewan
            Tin memorandum\\nThe Government of Japan and the State of Nevada, the United States of America, signed a memorandum.\\nThe Participants will share tin data. | JP Nevada
            Tin news\\nKestrel Minerals, based in Queensland, will buy 2,000 tonnes of tin. | Kestrel Minerals
            Tin news\\nA smelter in Tasmania and a mine in Queensland will ship tin to Japan. | none
            """)
    void subNationalGovernmentsAreNamedAsGovernments(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /**
     * "The Federal Government" of a text that names a federation and no other US party is that federation's; the
     * Commonwealth Government is Australia's.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Vanadium grant\\nThe Federal Government will put $6 million into a vanadium refinery in Townsville, Australia. | AU
            Vanadium grant\\nGermany backs a vanadium refinery.\\nThe Federal Government will put €6 million into the refinery. | DE
            Vanadium pact\\nThe Federal Government will sign a vanadium memorandum with India's Ministry of Mines in Perth, Western Australia. | AU
            Vanadium grant\\nA Queensland mine sells vanadium to Germany and Japan.\\nThe Federal Government will lend $90 million to the mine. | AU
            Vanadium grant\\nThe Commonwealth Government will put $6 million into a vanadium refinery. | AU
            Vanadium grant\\nThe Federal Government will put $6 million into a vanadium refinery. | US
            Vanadium grant\\nThe United States and Canada met on vanadium.\\nThe Federal Government will put $6 million into a vanadium refinery. | US
            """)
    void theFederalGovernmentIsTheFederationsTheTextNames(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /**
     * A list of signatories goes on past an item that says what kind of body its name is ("…, the state development bank
     * BNDES and …"); a body's annual meetings are an event, no signatory.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Nickel pact\\nThe Ministry of Mines and Energy, the state development bank BNDES and the National Mining Agency signed a nickel pact.\\nThe pact aims to map nickel deposits. | Brazilian Development Bank Ministry of Mines and Energy National Mining Agency
            Nickel pact\\nThe Ministry of Mines and Energy (MME), the state development bank (BNDES), and the National Mining Agency (ANM) signed a nickel pact.\\nThe pact aims to map nickel deposits. | Brazilian Development Bank Ministry of Mines and Energy National Mining Agency
            Nickel banks\\nThe African Development Bank and the Asian Infrastructure Investment Bank signed a memorandum at the IMF and World Bank annual meetings.\\nThe two banks will co-finance nickel refineries. | African Development Bank Asian Infrastructure Investment Bank
            """)
    void aListOfSignatoriesGoesOnPastAKindOfBody(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /**
     * A ministry that speaks after the report named it ("the ministry said") speaks for the state it serves, not for the
     * state named last; two leaders each named with their state's possessive commit for both states.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Copper curbs eased\\nChile's Mining Ministry confirmed on Sunday it would lift copper quotas.\\nIn return, Peru will cut its copper duties, the Peruvian government said.\\n"We will publish the new rules within weeks," the ministry said in a statement. | CL
            Copper accord\\nPeru's Ana Ruiz and Chile's Juan Soto committed to building a copper smelter in Arica. | CL PE
            Copper accord\\nPeru's president and Chile's president agreed to map copper deposits together. | CL PE
            Copper accord\\nPeru's president said Chile's trade minister agreed to cut copper duties. | CL
            """)
    void aMinistryAndLeadersNamedWithTheirStatesSpeakForThem(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /** The parties of the commitment whose text holds {@code words}, or "none". */
    static String partiesOf(String text, String words) {
        return annotate(text).commitments().stream().filter(c -> c.text().contains(words)).findFirst()
                .map(c -> String.join(" ", c.parties())).orElse("none");
    }

    /** "The Participants" of a memorandum that names them only where they sign, at its end. */
    @Test
    void theParticipantsAreThoseWhoSignAtTheEnd() {
        String text = """
                MEMORANDUM OF UNDERSTANDING ON A COBALT REFINING CORRIDOR

                1. The Participants intend to map cobalt deposits along the corridor.

                2. Peru intends to host the first meeting of the working group.

                3. The Participants will exchange geological data on cobalt.

                Done at Lima on 4 March 2025.

                FOR THE REPUBLIC OF PERU:
                Ana Soto
                Minister of Energy and Mines

                FOR THE GOVERNMENT OF THE REPUBLIC OF CHILE:
                Luis Rojas
                Minister of Mining
                """;
        assertEquals("CL PE", partiesOf(text, "map cobalt deposits"));
        assertEquals("PE", partiesOf(text, "host the first meeting"));
        assertEquals("CL PE", partiesOf(text, "exchange geological data"));
    }

    /** "The Parties" of a treaty whose one side is a union "and its Member States" and the other "the Members of" a group. */
    @Test
    void theSidesOfATreatyNamedWithTheirMembers() {
        String text = """
                Partnership Agreement between the European Union and its Member States, of the one part, and the Members of the Organisation of African, Caribbean and Pacific States, of the other part

                Article 3
                1. The Parties shall cooperate on the responsible mining of cobalt.
                """;
        assertEquals("EU Organisation of African, Caribbean and Pacific States", partiesOf(text, "responsible mining"));
    }

    /**
     * A state or province's government named after its premier or governor ("the Roe Government"), the premier by name,
     * and "the State Government" of a text that names that one state's government.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Nickel pact\\nQueensland Premier Jane Roe met Korea’s trade minister in Seoul.\\nThe Roe Government will fund a nickel refinery. | Queensland
            Lithium pact\\nGovernor Ana Soto met Japan’s trade minister in Denver, Colorado.\\nThe Soto Administration will map lithium brines with Japan. | Colorado
            Cobalt pact\\nThe Roe Government and Japan met in Hobart, Tasmania.\\nPremier Jane Roe will fund a cobalt refinery, Premier Roe said. | Tasmania
            Cobalt pact\\nThe Government of Tasmania signed a cobalt compact with Japan.\\nThe State Government will fund a cobalt refinery. | Tasmania
            Cobalt pact\\nThe Biden Administration met Governor Jane Roe of Nevada.\\nThe Biden Administration will fund a cobalt refinery. | US
            """)
    void aStateGovernmentByItsLeadersName(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /** A state's description of the body named after a comma says whose body it is: the state does not act beside it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Cobalt survey\\nJapan’s national geology agency, JOGMEC, and Halden Metals will survey cobalt deposits. | Halden Metals Japan Organization for Metals and Energy Security
            Cobalt survey\\nJapan’s state investment bank, JBIC, will lend to a cobalt mine. | Japan Bank for International Cooperation
            """)
    void aStatesBodyNamedAfterAComma(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /**
     * A bloc's members act for the bloc: "member states" is the group's noun, not a reporting verb ("the report states
     * that …"); a body beside them acts too; a body is named back by its head word over an aside on who is in it.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Cobalt law agreed\\nBrussels. The European Union adopted a cobalt law.\\nEU member states will map cobalt deposits by 2028. | EU
            Cobalt law agreed\\nBrussels. The European Union adopted a cobalt law.\\nMember states shall report their cobalt stocks every year. | EU
            Cobalt law agreed\\nBrussels. The European Union adopted a cobalt law.\\nThe Commission and member states will fund cobalt refineries. | EU European Commission
            Cobalt strategy\\nThe African Union adopted a cobalt plan.\\nAU member states will build cobalt refineries. | African Union
            Cobalt note\\nThe European Union published a cobalt report.\\nThe Commission states that Chile will cut cobalt duties. | CL
            Nickel forum launched\\nCanada and Chile launched the Minerals Security Partnership Forum.\\nThe Forum, which includes the MSP members as well as Peru and Ghana, will map nickel deposits. | Minerals Security Partnership Forum
            """)
    void aBlocsMemberStatesAndBodiesActForIt(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /** The bodies a group says it acts through are not the document's parties its "we" stands for. */
    @Test
    void theBodiesAGroupActsThroughAreNotItsSpeakers() {
        assertEquals("Group of Seven", partiesOfLast("G7 Rome Leaders' Communiqué\nWe back the nickel plan, under which the G7"
                + " will map nickel deposits.\nThe G7 and its partners will diversify nickel supply through the Minerals Security"
                + " Partnership and the Forum on Resource Geostrategic Engagement.\nWe will also work with the International Energy"
                + " Agency on nickel data."));
    }

    /**
     * The Asian wire services' group words: "the three sides" are the states the report names together; a "we" that
     * works "with" some of them is the rest ("we will work with Hanoi and Manila" is no pledge of Hanoi or Manila).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tungsten talks\\nMongolia, Vietnam and the Philippines agreed on Friday to map tungsten deposits.\\nThe three sides plan to meet again in Ulaanbaatar in May. | MN PH VN
            Tungsten talks\\nMongolia, Vietnam and the Philippines agreed on Friday to map tungsten deposits.\\n"We will keep working closely with Vietnam and the Philippines on tungsten," the minister said. | MN
            Tungsten talks\\nMongolia, Vietnam and the Philippines agreed on Friday to map tungsten deposits.\\n"We will keep working closely on tungsten," the ministers said. | MN PH VN
            """)
    void theThreeSidesAndAWeThatWorksWithTheOthers(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    @Test
    void bothSidesOfAJointVentureJoinedByAndWithoutACommaCommit() {
        assertEquals("Corvel Minerals Harlan Potash", partiesOfLast("Corvel Minerals and Harlan Potash formed a joint venture.\n"
                + "Harlan Potash will own 60 percent of the venture and Corvel Minerals will supply the ore.\n"));
        // a party that only receives stays out
        assertEquals("Harlan Potash", partiesOfLast("Corvel Minerals and Harlan Potash formed a joint venture.\n"
                + "Harlan Potash will sell the potash to Corvel Minerals and its partners.\n"));
    }

    @Test
    void aLendersConditionalApprovalOfALoanIsTheLendersPledge() {
        String text = "Corvel Minerals Ltd will build a potash mill.\nExport Finance Australia has provided conditional approval"
                + " of a A$150 million loan to Corvel Minerals Ltd for the mill.\n";
        assertEquals("Export Finance Australia", partiesOfLast(text));
        assertEquals("provide a A$150 million loan to Corvel Minerals Ltd for the mill", annotate(text).commitments().get(1).action());
        // the approval of a plan or a permit is no pledge of funds
        assertEquals("none", partiesOfLast("Corvel Minerals Ltd will build a potash mill.\nThe regulator has provided"
                + " conditional approval of the mine plan.\n"));
    }

    /**
     * An official named by title acts for the state they serve, not for an agency the text or the title names: by a
     * title only the United States has in an order that names no state, by the state or body after the title's "of", by
     * the agency before "Administrator", by a portfolio only one state's ministry has.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Order on cobalt refining\\nSec. 1. The Environmental Protection Agency (EPA) shall review cobalt permits.\\nSec. 2. The Secretary of Energy shall buy cobalt for the reserve. | US
            Order on cobalt refining\\nSec. 1. The Environmental Protection Agency (EPA) shall review cobalt permits.\\nSec. 2. The Director of the Office of Personnel Management shall hire cobalt geologists. | US
            Order on cobalt refining\\nSec. 1. The Environmental Protection Agency (EPA) shall review cobalt permits.\\nSec. 2. The EPA Administrator shall publish the cobalt permit rules. | US
            Order on cobalt refining\\nSec. 1. The Environmental Protection Agency (EPA) shall review cobalt permits.\\nSec. 2. The Administrator of the Environmental Protection Agency shall publish the cobalt permit rules. | US
            Order on cobalt refining\\nSec. 1. The Environmental Protection Agency (EPA) shall review cobalt permits.\\nSec. 2. The Secretary of HHS shall study cobalt exposure. | US
            Canada and Germany on nickel\\nCanada and Germany signed a nickel declaration.\\nThe Minister of Natural Resources of Canada will map nickel deposits for German buyers. | CA
            Canada and Germany on nickel\\nCanada and Germany signed a nickel declaration.\\nThe Federal Minister for Economic Affairs and Climate Action will back German buyers of Canadian nickel. | DE
            Japan and Peru on copper\\nJapan and Peru signed a copper memorandum.\\nThe Minister of Economy, Trade and Industry will fund copper surveys in Peru. | JP
            Chile and Peru on copper\\nChile and Peru signed a copper memorandum.\\nThe Governor of the Central Bank of Chile shall publish copper reserve data. | CL
            Britain and the United States on cobalt\\nThe United Kingdom and the United States signed a cobalt pact.\\nThe Secretary of State for Energy Security will fund British cobalt refiners. | GB
            Britain and the United States on cobalt\\nThe United Kingdom and the United States signed a cobalt pact.\\nThe Secretary of State will fund cobalt refiners in Africa. | US
            Britain and the United States on cobalt\\nThe United Kingdom and the United States signed a cobalt pact.\\nThe Secretary of Commerce, in consultation with the Secretary of State for Energy Security, will map cobalt supply. | US
            Chile and Peru on copper\\nChile and Peru signed a copper memorandum.\\nThe Minister of Mining of Peru will map copper belts, and the two governments will fund copper smelters. | CL PE
            """)
    void anOfficialByTitleActsForTheStateTheyServe(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /** A council the treaty itself sets up and names is its parties' organ: what it is to do, they are bound to. */
    @Test
    void aCouncilTheTreatySetsUpActsForItsParties() {
        String text = "Agreement on a Free Trade Area between the Government of Canada and the Government of Chile\n\n"
                + "1. The Contracting States hereby establish the Andean Pacific Trade Council (hereinafter referred to as APTC).\n\n"
                + "2. The APTC shall meet at least once a year to review trade in copper.\n";
        assertEquals("obligation CA CL", WhichSentencesCommitTest.lastLine(text));
    }

    /** The record of a meeting: "The Meeting agreed to …" is the decision of the parties that met. */
    @Test
    void aMeetingsDecisionInItsRecordIsItsParties() {
        String text = "Record of the Second Meeting of the Joint Committee of Canada and Chile\n\n"
                + "1. The Meeting noted the reports of the Parties on tariff cuts.\n\n"
                + "2. The Meeting agreed to set up a working group on lithium trade.\n";
        assertEquals("commitment CA CL", WhichSentencesCommitTest.lastLine(text));
        assertEquals("none", WhichSentencesCommitTest.lastLine(text.substring(0, text.indexOf("2. The Meeting"))));
    }

    /**
     * A bloc's communiqué: its heads ("Heads agreed", "Heads of Government agreed") and its member states commit for the
     * bloc, not for the state that hosts or chairs the meeting; a bloc named with a demonym is no state's.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Communiqué of the Meeting of Heads of Government of the Caribbean Community\\nHeads of Government met in Bridgetown, Barbados.\\nHeads agreed to map bauxite deposits. | Caribbean Community
            Communiqué of the Meeting of Heads of Government of the Caribbean Community\\nHeads of Government met in Bridgetown, Barbados.\\nHeads of Government agreed to fund a bauxite survey. | Caribbean Community
            Tenth Pacific Islands Forum Leaders Meeting\\nThe meeting was held in Apia, Samoa, and chaired by the Prime Minister of Samoa.\\nLeaders agreed to fund a study of seabed nodules. | Pacific Islands Forum
            Declaration of the Central American Integration System\\nThe Heads of State of the countries members of SICA met in Panama.\\nThe Member States will adopt a common position on nickel. | Central American Integration System
            Commonwealth Heads of Government Meeting Communiqué\\nCommonwealth Heads of Government met in Kigali, Rwanda.\\nThe Commonwealth will help small states map their cobalt. | Commonwealth of Nations
            """)
    void aBlocsHeadsAndMembersCommitForTheBloc(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /** "Each Agency shall" in a memorandum of a state's agencies: the state they serve, as "the Agencies" is. */
    @Test
    void eachAgencyOfAStateIsThatState() {
        String text = "Memorandum of Understanding on Federal Reviews of Cobalt Mines\n\nThis memorandum is entered into by the"
                + " Department of Energy and the Department of the Interior (collectively, \"the Agencies\").\n\nA. The Agencies"
                + " will coordinate the review of cobalt mines.\n\nB. Each Agency shall name a contact within 30 days.\n\nThis"
                + " memorandum creates no right enforceable against the United States.\n";
        int each = text.indexOf("Each Agency");
        assertEquals(List.of("US"), annotate(text).commitments().stream().filter(c -> c.start() <= each && each < c.end())
                .findFirst().map(Commitment::parties).orElse(List.of()));
    }

    /** A readout of a leader's meeting with the leaders of a bloc and of a state: all three speak as "we". */
    @Test
    void theLeaderWhoMeetsABlocsLeadersSpeaksWithThem() {
        assertEquals("Caribbean Community DO US", partiesOfLast("Joint Readout of the Meeting on Caribbean Bauxite\n\nPresident"
                + " Biden met today with leaders of the Caribbean Community (CARICOM) and the Dominican Republic in Los Angeles.\n\n"
                + "As governments, we will work together to map bauxite deposits."));
    }

    /** Two officials the list places in one state act for it alone, not for the guests a fact sheet names. */
    @Test
    void twoOfficialsOfOneStateActForIt() {
        assertEquals("US", partiesOfLast("FACT SHEET: Talks on Caribbean Bauxite\n\nThe President met the leaders of Jamaica and"
                + " Guyana today.\n\nPresident Biden and Secretary Blinken will work with Jamaica to map bauxite deposits."));
        assertEquals("JP US", partiesOfLast("FACT SHEET: Talks on Caribbean Bauxite\n\nThe President met the leaders of Jamaica"
                + " and Guyana today.\n\nPresident Biden and Prime Minister Kishida will work with Jamaica to map bauxite deposits."));
    }

    /** A committee named by its field ("the Committee on Copper Trade") in a meeting's statement acts for the states that met. */
    @Test
    void aCommitteeNamedByItsFieldActsForTheStatesThatMet() {
        String text = "Joint Statement of the Canada–Chile Ministers' Meeting\n\n"
                + "The Ministers of Canada and Chile met in Santiago on 3 March 2026.\n\n"
                + "The Committee on Copper Trade in Concentrates shall meet twice a year to review tariff cuts.\n";
        assertEquals("obligation CA CL", WhichSentencesCommitTest.lastLine(text));
        // a lower-case field names no such committee
        assertEquals("none", WhichSentencesCommitTest.lastLine(text.replace("Copper Trade in Concentrates", "the copper trade")));
    }

    /**
     * A body's announcement, notice or regulation, named in its title, speaks in the passive: the body issues it and acts
     * in its agentless provisions, not the state its measures are aimed at, however often the text names that state.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            METI Notice No. 7 on Cobalt Exports to Canada\\nThe export of cobalt to Canada shall be reviewed.\\nExports of nickel to Canada shall be listed.\\nLicences for cobalt exports to Canada shall be reviewed every quarter. | Ministry of Economy, Trade and Industry
            Announcement No. 5 of 2026 of the Ministry of Economy, Trade and Industry on Lithium Exports to Chile\\nLithium exports to Chile shall be listed.\\nThe partners of Chile shall be named.\\nStricter review shall be applied to lithium exports to Chile. | Ministry of Economy, Trade and Industry
            Regulation of the Minister of Trade of the Republic of Indonesia on Nickel Exports to Japan\\nNickel exports to Japan shall be listed.\\nThe partners of Japan shall be named.\\nThe export of nickel ore to Japan shall not be permitted. | ID
            Update on Cobalt Exports to Canada\\n\\nMarch 3, 2026\\nMinistry of Economy, Trade and Industry\\n\\nCobalt exports to Canada shall be listed.\\nThe partners of Canada shall be named.\\nLicences for cobalt exports to Canada shall be reviewed every quarter. | Ministry of Economy, Trade and Industry
            Update on Cobalt Exports to Canada\\n\\nMarch 3, 2026\\nCobalt exports to Canada shall be listed by the Ministry of Economy, Trade and Industry.\\nThe partners of Canada shall be named.\\nLicences for cobalt exports to Canada shall be reviewed every quarter. | CA
            MOFCOM Announcement No. 9 on Cobalt Exports to Canada\\nCobalt exports to Canada shall be listed.\\nThe partners of Canada shall be named.\\nThe Minister shall publish the list of cobalt buyers in Canada every year. | CN
            Statement on Nickel Exports to Japan\\nNickel exports to Japan shall be listed.\\nThe partners of Japan shall be named.\\nThe export of nickel ore to Japan shall not be permitted. | JP
            """)
    void theBodyATitleSaysIssuesTheTextActsInItsPassives(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /** The agent of a participle that describes a noun after a passive duty is not the agent of that duty. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Regulation of the Minister of Trade of the Republic of Indonesia on Nickel Exports\\nNickel exports shall be listed.\\nBuyers shall be named.\\nThe export of nickel matte shall be permitted only with a permit granted by Japan. | ID
            Regulation of the Minister of Trade of the Republic of Indonesia on Nickel Exports\\nNickel exports shall be listed.\\nBuyers shall be named.\\nThe nickel smelter shall be built and operated by Japan. | JP
            Regulation of the Minister of Trade of the Republic of Indonesia on Nickel Exports\\nNickel exports shall be listed.\\nBuyers shall be named.\\nThe nickel smelter shall be jointly financed by Japan. | JP
            """)
    void theAgentOfANounsParticipleDoesNotTakeThePassiveDuty(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /**
     * A letterhead that stacks the offices above the one that issues the text, each on its own line, names one issuer,
     * the last; two governments on a title page stay the two parties.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Government of India\\nMinistry of Mines\\nIndian Bureau of Lithium Exports\\n\\nNotice No. 4 of 2026\\n\\nLithium exports to Chile shall be listed.\\nThe partners of Chile shall be named.\\nThe export of lithium ore to Chile shall not be permitted. | Indian Bureau of Lithium Exports
            Government of Canada\\nGovernment of Chile\\n\\nMemorandum on Lithium\\n\\nLithium exports shall be listed.\\nBuyers shall be named.\\nThe export of lithium ore shall be reviewed. | CA CL
            """)
    void aLetterheadsLastOfficeIssuesTheText(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /**
     * A White House readout names its guests with their states and its own officials by title alone or with a name no
     * list knows: those officials serve the United States, not the guests they work with; the guests keep their states.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Vice President committed to working with the government of Zambia to map cobalt deposits. | US
            During the visit of President Roe, the Vice President will convene firms to map cobalt deposits. | US
            Vice President Doe committed to working with Zambia and the Caribbean Community to map cobalt. | US
            President Roe of Zambia will work with Chile to map cobalt deposits. | ZM
            """)
    void theWhiteHousesOwnOfficialsServeTheUnitedStates(String sentence, String parties) {
        String text = "---\ntitle: Readout of the Vice President's Meeting with President Roe of Zambia\n"
                + "source_url: https://www.whitehouse.gov/briefing-room/readout-of-a-meeting/\n---\n"
                + "Vice President Jane Doe met today with President Louis Roe of Zambia and leaders of the Caribbean"
                + " Community. They discussed cobalt supply chains.\n\n" + sentence + "\n";
        assertEquals(parties, partiesOfLast(text));
    }

    /**
     * A White House fact sheet that names none of its own officials: a bare "The President" beside guests who are
     * presidents too is the host, and so is "the Secretary of State" beside him.
     */
    @Test
    void theBarePresidentOfAWhiteHouseFactSheetIsTheHost() {
        String text = "---\ntitle: Fact Sheet on the Cobalt Talks\nsource_url: https://www.whitehouse.gov/briefing-room/cobalt-talks/"
                + "\n---\nThe President met today with President Louis Roe of Zambia and Prime Minister Jane Poe of Jamaica.\n\n";
        assertEquals("US", partiesOfLast(text + "The President committed to working with Zambia to map cobalt deposits.\n"));
        assertEquals("US", partiesOfLast(text + "The President and the Secretary of State will work with Chile to map cobalt.\n"));
        assertEquals("JM", partiesOfLast(text + "Prime Minister Poe of Jamaica will work with Chile to map cobalt deposits.\n"));
    }

    /**
     * A state that is the whole subject of an agentless passive act done to it ("shall be removed from", "shall be granted")
     * undergoes the act: the issuer of the measure acts, or the document's other parties; where the subject still acts
     * ("shall be responsible for", "shall be required to") or an agent is named, the subject or the agent commits.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            METI Notice No. 12 on Export Controls\\nCobalt exports shall be reviewed.\\nThe Republic of Chile shall be removed from the list of preferred destinations. | Ministry of Economy, Trade and Industry
            METI Notice No. 12 on Export Controls\\nCobalt exports shall be reviewed.\\nPeru shall be granted a licence exemption for nickel matte. | Ministry of Economy, Trade and Industry
            Agreement between Canada and Peru on Nickel\\nThe Parties shall cooperate on nickel.\\nPeru shall be notified within 30 days of any new export licence. | CA
            Agreement between Canada and Peru on Nickel\\nThe Parties shall cooperate on nickel.\\nThe Government of Peru shall be consulted before any change to the nickel quota. | CA
            Agreement between Canada and Peru on Nickel\\nThe Parties shall cooperate on nickel.\\nPeru shall be responsible for the costs of the nickel survey. | PE
            Agreement between Canada and Peru on Nickel\\nThe Parties shall cooperate on nickel.\\nPeru shall be required to publish its nickel quota. | PE
            Agreement between Canada and Peru on Nickel\\nThe Parties shall cooperate on nickel.\\nPeru shall be notified by Canada of any new nickel licence. | CA
            Executive Order on Adjusting Imports of Nickel\\nBy the authority vested in me as President by the Constitution and the laws of the United States of America, it is hereby ordered:\\nSec. 3. Peru and Chile shall be exempted from the duties imposed by section 2. | US
            """)
    void aStateTheWholeSubjectOfAnActDoneToItDoesNotCommit(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /**
     * A pledge welcomed or signalled "by A and the B" binds both, and a second clause with a plan of its own ("…, and
     * India is set to open …", "…, while Chile is ready to …") adds its subject; a forecast there ("is set to become")
     * does not.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Korea welcomed the commitment by Japan and the United States to train smelter engineers.    | JP US
            The accord signals the commitment by Canada and the United Kingdom to stockpile cobalt.      | CA GB
            Japan plans to open a cobalt lab, and India is set to open a graphite centre.                | IN JP
            Japan will fund the smelter study, while Chile is ready to host the engineers.               | CL JP
            Japan will fund the smelter study, and India is set to become a large buyer of cobalt.       | JP
            """)
    void aPledgeByTwoPartiesAndASecondClausesPlanBindEach(String sentence, String parties) {
        assertEquals(parties, partiesOfLast("Korea and Japan talk minerals\n\nSEOUL, May 4, 2026 — " + sentence + "\n"));
    }

    /**
     * Officials of sub-national and national bodies: "Members of the X" are X's; a trade word after an official's title
     * is a surname ("USAID Administrator Power" is USAID's), a governor who shares a leader's surname serves no state of
     * that leader, a US town that shares a capital's name ("San Jose, CA") is no capital acting, a state's own department
     * ("the Idaho Department of Transportation") is no federal one, and an agency "is to" act
     * as any party ("ODNI is to share reports").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Minerals partners meet\\nThe Minerals Security Partnership met in Lima.\\nMembers of the Minerals Security Partnership will screen new graphite projects. | Minerals Security Partnership
            Fact Sheet: Partnership with Ghana\\nThe United States and Ghana commit to expanding cobalt research.\\nUSAID Administrator Power plans to visit the cobalt research centre in Accra. | U.S. Agency for International Development
            Fact Sheet: Partnership with Ghana\\nThe United States and Ghana commit to expanding cobalt research.\\nEPA Administrator Steel will announce grants for cobalt recycling. | U.S. Environmental Protection Agency
            Council of Governors meets\\nThe Council of Governors met in Washington with the Secretary of Defense.\\nMembers:\\nOhio Governor Jane Roe\\nDelaware Governor John Carney\\nIdaho Governor Tom Hale\\nMinnesota Governor Tim Walz will lead the lithium recycling working group. | Council of Governors
            Fact Sheet: Cities expand tax help\\nThe Administration will expand free tax filing help.\\n- San Jose, CA will open tax clinics at city libraries. | none
            Fact Sheet: States train electricians\\nThe Administration will expand apprenticeships.\\n- The Vermont Department of Labor (VDOL) will fund training for electricians.\\n- VDOL will also open two training centres in Burlington. | Vermont Department of Labor
            Fact Sheet: States build bridges\\nThe Administration will repair bridges.\\n- The Idaho Department of Transportation will replace twelve rural bridges. | Idaho Department of Transportation
            Background call on the memorandum on critical infrastructure\\nThe memorandum directs agencies to protect critical infrastructure.\\nUnder the memorandum, ODNI is to share quarterly threat reports with CISA and the grid operators. | Office of the Director of National Intelligence
            """)
    void officialsAndMembersActForTheirOwnBody(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /**
     * "The two leaders", "the two sides" of a joint statement whose title and opening name only the host: the pair is
     * the two states the whole text names, the guest named later ("Chile will host …").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The two leaders agreed to open a joint copper fund. | CA CL
            The two sides agreed to map lithium brines.         | CA CL
            The leaders tasked the Joint Task Force on Copper Smelting and Refining to draft a plan. | CA CL
            """)
    void aPairWhoseGuestIsNamedLaterIsBothStates(String sentence, String parties) {
        String text = "Joint Statement on the State Visit of the Crown Prince of Saxe-Lauenburg to Canada\n\n" + sentence
                + "\nChile will host the next copper dialogue in 2027.\n";
        List<Commitment> commitments = annotate(text).commitments();
        assertEquals(parties, String.join(" ", commitments.get(0).parties()));
    }

    /**
     * "The Chilean side supports Canada in … and will …": the side that opens the sentence acts in both clauses; the
     * state after its verb is the object. A side joined to a named state acts with it.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            3. The Chilean side supports Canada in building its smelters and will provide copper concentrate. | CL
            The Chilean side welcomes Canada and will host a copper forum.                                   | CL
            The Chilean side and Canada will host a copper forum.                                            | CA CL
            """)
    void aSideThatOpensTheSentenceActsInBothClauses(String sentence, String parties) {
        assertEquals(parties, partiesOfLast("Joint Statement between Canada and Chile\n\n" + sentence + "\n"));
    }

    /** "We, the Members of A and the Heads of State and Government of the Member States of B": both bodies speak. */
    @Test
    void theSpeakersOfASecondBodyJoinTheFirst() {
        assertEquals("African Union EU", partiesOfLast("Summit Declaration\n\n1. We, the Members of the European Council "
                + "and the Heads of State and Government of the Member States of the African Union, met in Lisbon.\n"
                + "2. We resolve to map cobalt deposits together.\n"));
    }

    /** Former names of states in older agreements ("Republic of Macedonia", "Kirghizia", "Union of Burma") are those states. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Article 2\\nThe Contracting Parties shall exchange geological data on copper deposits. | KG MK
            Article 3\\nKirghizia shall grant copper exports from Macedonia duty-free entry.         | KG
            Article 4\\nThe Union of Burma shall notify the depositary of its accession.            | MM
            Article 5\\nThe Kingdom of Swaziland shall designate a contact point for cobalt trade.  | SZ
            """)
    void formerNamesOfStatesAreThoseStates(String articles, String parties) {
        assertEquals(parties, partiesOfLast("AGREEMENT ON COPPER TRADE\n\nThe Government of the Republic of Macedonia and the "
                + "Government of the Kirghiz Republic, hereinafter the Contracting Parties,\nHave agreed as follows:\n\n"
                + articles.replace("\\n", "\n") + "\n"));
    }

    /** "We, the Prime Minister of X, the President of the European Council and the President of the European Commission": X and the EU. */
    @Test
    void thePresidentsOfTheUnionsInstitutionsSpeakForTheUnion() {
        assertEquals("CA EU", partiesOfLast("Joint Statement of the Canada-EU Summit\n\nWe, the Prime Minister of Canada, the President "
                + "of the European Council and the President of the European Commission, met in Ottawa.\n"
                + "We will map graphite supply chains together.\n"));
    }

    /**
     * "The President will choose …" in a deal of the United States whose other party's head is no president the text
     * names: the United States' President; where it names another state's president, the title is not
     * read so (here the president the text just named).
     */
    @Test
    void theOnlyPresidentOfADealIsTheUnitedStates() {
        String memorandum = "Memorandum of Understanding between the United States and Japan on Copper Investments\n\n"
                + "1. Japan will invest in copper smelters in the United States.\n";
        assertEquals("US", partiesOfLast(memorandum + "2. The President will choose the smelters to be financed.\n"));
        assertEquals("CL", partiesOfLast("Joint Statement of the United States and Chile\n\nPresident Jane Roe of Chile "
                + "met her counterpart in Washington.\nThe President will choose the copper projects to be financed.\n"));
    }

    /** A quotation of an official the report does not place, after a sentence it attributed to a body's own official: that body. */
    @Test
    void theQuotedOfficialOfTheBodyTheLeadAttributedSpeaksForIt() {
        assertEquals("EU", partiesOfLast("Brussels plans joint cobalt purchases\n\nThe European Union will launch joint purchases of cobalt "
                + "with Canada and Chile, its industry chief said on Monday.\n"
                + "\"We will present the plan in March,\" Jane Roe told reporters.\n"));
    }

    /**
     * "Minister Roe said the Government would …" in a ministry's release: the government of the minister's state, which a
     * portfolio only one state has names ("the Minister for Resources and Northern Australia, Jane Roe").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Minister Roe said the Government would fast-track approvals for Indian lithium investors. | AU
            Shri Rao said the Government would support lithium refining at home.                  | IN
            """)
    void aQuotedMinisterMeansTheGovernmentOfTheirOwnState(String sentence, String parties) {
        assertEquals(parties, partiesOfLast("Ministry of Mines\nIndia and Australia review lithium partnership\n\n"
                + "The Union Minister of Coal and Mines, Shri Ravi Rao, met the Minister for Resources and Northern Australia, "
                + "Jane Roe, in New Delhi today.\n" + sentence + "\n"));
    }

    /** "Secretary Roe said the Department will …", "Lutnick said the administration would …": the state of the official who speaks. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Lutnick said the Department will work with Korean firms on copper smelters.  | US
            Lutnick said the administration would take a stake in a Korean copper smelter. | US
            """)
    void theDepartmentOfAnOfficialWhoSpeaksIsTheirState(String sentence, String parties) {
        assertEquals(parties, partiesOfLast("U.S. and Korea discuss copper smelting\n\nKorea will invest in copper smelters in Texas.\n"
                + sentence + "\n"));
    }

    /** "The Mission will …", "The scheme will …" in a government's release: the programme is its means, the government acts. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Mission will map cobalt deposits across the country.      | IN
            The scheme will also fund cobalt recycling plants.            | IN
            """)
    void aGovernmentsProgrammeActsForTheGovernment(String sentence, String parties) {
        assertEquals(parties, partiesOfLast("Cabinet approves National Cobalt Mission\n\nThe Union Cabinet has approved the National "
                + "Cobalt Mission with an outlay of Rs 5,000 crore.\nThe Government of India will fund the Mission for seven years.\n"
                + sentence + "\n"));
    }

    /** A leader whose surname alone is too common to place ("Wright") is placed by the full name the report writes. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Energy Secretary Chris Wright will visit Ottawa next month to sign a uranium supply deal.   | US
            Energy Secretary Chris Wright said the department would lend to new enrichment plants.    | US
            """)
    void aLeaderListedByFullNameIsPlacedByIt(String sentence, String parties) {
        assertEquals(parties, partiesOfLast("Uranium talks in London\n\nLONDON, March 3 - Britain and Canada agreed to expand uranium "
                + "supply talks.\n" + sentence + "\n"));
    }

    /** A body named at length and then by a known short name, or with its state after it, is one party under one norm. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the Department of Natural Resources of Canada (NRCan)            | Chilean Copper Commission Natural Resources Canada
            the Department for Business and Trade of the United Kingdom     | Chilean Copper Commission Department for Business and Trade
            """)
    void aBodyNamedAtLengthIsOneParty(String body, String parties) {
        assertEquals(parties, partiesOfLast("Memorandum of Cooperation on Copper\n\n" + body.substring(4, 5).toUpperCase() + body.substring(5)
                + " and the Chilean Copper Commission (hereinafter \"the Participants\") have reached the following understanding:\n"
                + "1. The Participants will exchange data on copper refining.\n"));
    }

    /** "We, the Heads of State of the Three Seas Initiative participating states": the group speaks, not a fund it names later. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            We will extend gas interconnectors along the north-south corridor.                    | Three Seas Initiative
            We encourage development banks to finance grid links between the Baltic and the Adriatic. | Three Seas Initiative
            """)
    void theGroupOfStatesThatOpensADeclarationIsWe(String sentence, String parties) {
        assertEquals(parties, partiesOfLast("Joint Declaration of the Summit in Riga\n\nWe, the Heads of State and Government of the "
                + "Three Seas Initiative participating states, met in Riga on 3 May.\nWe welcome the capital increase of the Three Seas "
                + "Initiative Investment Fund.\n" + sentence + "\n"));
    }

    /** A state in a wire dateline ("LIMA, Peru, May 4 (Reuters) -") is where the report was filed, not who acts. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            LIMA, Peru, May 4 (Reuters) - Chile will lift its ban on copper exports, its ministry said.      | CL
            SANTIAGO, Chile, May 4 (AP) - Peru and Bolivia will set up a lithium fund.                       | BO PE
            """)
    void aStateInADatelineDoesNotAct(String sentence, String parties) {
        assertEquals(parties, partiesOfLast("Copper talks end\n\n" + sentence + "\n"));
    }

    /**
     * Who commits in a news report's reported speech: the body the speaker speaks for ("the department" of the one who
     * heads it or speaks for it, "the agency" of its chief), the group whose leaders or ministers speak (not the host
     * whose summit the attribution names), the other state for a minister in a report on a deal with the United States,
     * a side that welcomes another's plan, "the companies" of the deal just told.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Magnet maker deal\\nThe Commerce Department will give Halden Magnets $40 million. The Defense Department will buy its magnets.\\nA spokesperson for the Defense Department said the department would sign a ten-year contract. | U.S. Department of Defense
            Smelter deal\\nHalden Zinc will set up a venture with the U.S. Department of War.\\nU.S. Commerce Secretary Jane Roe said the department will provide $100 million for the smelter. | US
            Copper fund\\nThe fund will invest in copper mines in Chile and Peru.\\nDFC chief executive Jane Roe said the agency will commit $300 million to the fund. | U.S. International Development Finance Corporation
            Road permit\\nThe Alaska Industrial Development and Export Authority owns the road route.\\nA spokesperson for the Alaska Industrial Development and Export Authority said the agency would seek bids for the road. | Alaska Industrial Development and Export Authority
            Ministers meet on minerals\\nThe foreign ministers of the four countries, known as the Quad, met in Canberra on Monday.\\n“We will map our critical minerals supply chains together,” the ministers said in a joint statement after talks hosted by Foreign Minister Penny Wong. | Quadrilateral Security Dialogue
            Summit ends\\nLeaders of the BRICS group met in Kazan. Russia hosted the summit.\\nThe group said it would set up a grain exchange for its members. | BRICS
            G7 meeting\\nTORONTO, May 2 (Reuters) - Group of Seven energy ministers met on Friday. Canada chaired the talks.\\nThe ministers said in a statement that they would coordinate their stockpiles of graphite. | Group of Seven
            G7 summit\\nOSAKA, Japan, June 2 (Reuters) - Group of Seven leaders meeting in Osaka said they would reduce their dependence on Chinese graphite and tungsten. | Group of Seven
            Korea and US sign deal\\nKorea and the United States signed a memorandum. The US will cut tariffs on Korean cars. The White House said the US would act soon.\\nFinance Minister Lee Min-ho said the government would set up a fund to manage the investment. | KR
            Korea and US sign deal\\nKorea and the United States signed a memorandum. The US will cut tariffs on Korean cars. The White House said the US would act soon. Industry Minister Lee Min-ho spoke in Seoul.\\n“The government will keep the currency market stable,” Lee told reporters. | KR
            Seoul would not pay more\\nKorea and the United States signed a memorandum on investment.\\nOfficials said Seoul would not be required to spend more than $15 billion in one year. | none
            Lithium talks\\nThe ministers of China and Peru met in Lima.\\nThe Chinese side welcomed the Peruvian government’s lithium strategy and will encourage Chinese firms to invest in Peru. | CN
            Lithium talks\\nThe ministers of China and Peru met in Lima.\\nThe Chinese side backs Peru in building a battery industry and will train Peruvian engineers. | CN
            Thorium ban\\nKestrel Minerals wants to mine rare earths in southern Greenland.\\nGreenland’s government said it would not permit thorium to be extracted at the mine. | GL
            Copper tariffs\\nThe United States set new tariffs on copper wire.\\nThe White House said the tariffs would not apply to copper ore. | none
            Readout of the call\\nPresident Jane Roe met Prime Minister John Doe of Japan. Japan will host the next Quad Leaders Meeting.\\nThe two leaders resolved to deepen trade ties between the United States and Japan. | JP US
            Refinery deal\\nKestrel Minerals and Saudi Arabian Mining Co. agreed on Tuesday to build a refinery.\\nKestrel said the companies would process ore from Saudi Arabia and Oman. | Kestrel Minerals Saudi Arabian Mining Company
            Graphite talks\\nBrazil, Chile and Norway attended the graphite talks as guests.\\nTrade ministers from the Group of Twenty agreed on Friday to map graphite supply. | Group of Twenty
            Graphite talks\\nOTTAWA, May 2 (Reuters) - Trade ministers from the Group of Twenty countries agreed on Friday to map graphite supply. Brazil, Chile and Norway also attended the talks, Canada said. | Group of Twenty
            Graphite talks\\nOTTAWA, May 2 (Reuters) - Mining ministers from the Group of Twenty and other partners agreed on Friday to map graphite supply. Brazil, Chile and Norway also attended the talks. | Group of Twenty
            Graphite talks\\nOTTAWA, May 2 (Reuters) - Group of Twenty trade ministers met on Friday. Brazil, Chile and Norway also attended.\\nJane Roe told reporters the ministers would set up a graphite stockpile. | Group of Twenty
            Copper tour\\nThe minister is also due to visit Zambia and Peru next week, where Halden Metals plans to sign two copper deals. | Halden Metals
            Graphite reserve\\nFirms including Halden Metals, Kestrel Minerals and Ulaan Mining have agreed to buy into the reserve. | Halden Metals Kestrel Minerals Ulaan Mining
            """)
    void theReportedSpeakerCommitsForTheBodyOrGroupTheySpeakFor(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /**
     * A quoted speaker's "we" is the speaker's side only: not the state the speaker says "we" will help or support, not
     * the one the speaker tells it to ("told Roe", "told the Chilean side"), nor the one who reports the quotation
     * ("according to …"); an unnamed official placed by a demonym speaks for that state; a Prime Minister who reports
     * what the United States would do is not placed in the United States.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Copper pact\\nCanada and Chile signed a copper pact on Monday.\\n“We will help Chile build copper smelters,” Trade Minister John Doe said. | CA
            Copper pact\\nCanada and Chile signed a copper pact on Monday.\\n“We will support Chile in training mine engineers,” the official said. | CA
            Copper pact\\nCanada and Chile signed a copper pact on Monday. Prime Minister Ana Soto of Chile met President Jane Roe of Canada.\\n“We will open a copper exchange,” Soto told Roe at the start of the talks. | CL
            Copper pact\\nCanada and Chile signed a copper pact on Monday.\\n“We will buy more Canadian potash,” a Chilean official told the Canadian side, according to Canada’s trade minister. | CL
            Copper pact\\nUkraine and the United States signed a copper pact on Monday.\\nThe US would count its aid as its share of the fund, First Deputy Prime Minister Yulia Svyrydenko said.\\n“We will invest in the recovery with our American partners,” Svyrydenko said. | UA
            """)
    void aQuotedSpeakersWeIsTheSpeakersSideOnly(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /** A clause's own number in running text does not hide its subject, and a leading ground's subject acts in it alone. */
    @Test
    void numberedClausesAndGroundsKeepTheirOwnSubjects() {
        String text = "Joint Statement of Chile and Ghana on Minerals Trade\n\n"
                + "(a) After talks: (i) Ghana intends to cut its duties on Chilean copper; and (ii) Chile intends to cut its"
                + " duties on Ghanaian bauxite.\n";
        assertEquals("CL GH", partiesOfLast(text));
        text = "Joint Statement of Chile and Ghana on Minerals Trade\n\n"
                + "Understanding that Ghana will lift these quotas, Chile will promptly cut its duty on Ghanaian bauxite.\n";
        assertEquals("CL", partiesOfLast(text));
    }

    /**
     * A White House text whose parties the text names as guests only: "we", "our administration" and "both sides" hold
     * the United States, which the White House speaks for; a group it speaks with keeps its members.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Our administration will work with Ghana to open a bauxite refinery. | US
            We will keep helping Ghana’s mining ministry map its bauxite deposits. | US
            The two countries will hold talks on bauxite exports in March. | GH US
            Both sides will name an envoy to lead the bauxite talks. | GH US
            We intend to ask Congress to fund a survey of Ghana’s bauxite. | US
            Each side will name an envoy to lead the bauxite talks. | GH US
            Our partnership with Ghana will open new bauxite refineries. | GH US
            """)
    void aWhiteHouseTextSpeaksForTheUnitedStates(String sentence, String parties) {
        String text = "---\ntitle: Statement from the Press Secretary on the Visit of the Foreign Minister of Ghana\n"
                + "source_url: https://www.whitehouse.gov/briefing-room/a-statement/\n---\n"
                + "The Foreign Minister of Ghana visited Washington this week.\n\n" + sentence + "\n";
        assertEquals(parties, partiesOfLast(text));
    }

    /** A joint statement the White House issues: "we" is its parties and the United States. */
    @Test
    void aJointStatementOfTheWhiteHouseSpeaksWithItsPartners() {
        String text = "---\ntitle: Joint Statement between the United States, Ghana and Togo on Bauxite\n"
                + "source_url: https://www.whitehouse.gov/briefing-room/a-joint-statement/\n---\n"
                + "Ghana and Togo met in Accra to discuss bauxite.\n\nWe will co-host a bauxite investment forum in June.\n";
        assertEquals("GH TG US", partiesOfLast(text));
    }

    /**
     * What the subject is glad of before the verb it pledges with ("We are encouraged by X's progress and will …") is the
     * ground, not the subject; others beside the subject ("alongside allies and partners") and a state named in a
     * participle's clause before it ("noting that X would …") are no one acting with it.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Peru and Canada on Copper\\nPeru and Canada met in Lima.\\nPeru is encouraged by Canada’s offer of funding and will open its copper registry to Canadian firms. | PE
            Peru and Canada on Copper\\nPeru and Canada met in Lima.\\nWe are grateful for Japan’s support and will open our copper registries to investors. | CA PE
            Peru and Canada on Copper\\nPeru and Canada met in Lima.\\nThe Prime Minister said that Peru and Canada are rivals in copper, noting that Canada would keep funding its own smelters. | CA
            Peru and Canada on Copper\\nPeru and Canada met in Lima.\\nThe Prime Minister confirmed that Canada, alongside allies and partners, will keep buying copper from Peru. | CA
            """)
    void aGroundOrOthersBesideTheSubjectDoNotAct(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /** "This grouping of countries aims to …": the states the text says formed it. */
    @Test
    void aGroupingOfCountriesIsItsMembers() {
        String text = "Joint Statement of Chile, Ghana and Peru\n\nWe, the leaders of Chile, Ghana and Peru, met today in Accra."
                + " This new grouping of countries aims to secure supplies of bauxite and copper.\n";
        assertEquals("CL GH PE", partiesOfLast(text));
    }

    /** "The leaders discussed … They also agreed to …": the leaders of the sentence before, not a group a name lists. */
    @Test
    void theLeadersWhoDiscussedAreTheyWhoAgree() {
        String text = "---\ntitle: Readout of President Roe's Meeting with Prime Minister Doe of Ghana\n"
                + "source_url: https://www.whitehouse.gov/briefing-room/a-readout/\n---\n"
                + "President Roe met with Prime Minister Doe of Ghana today. Both leaders welcomed progress under the"
                + " Chile-Peru-Canada (CPC) copper compact. The United States and Ghana resolved to deepen their trade ties."
                + " The leaders discussed their shared concerns about bauxite prices.\n\n"
                + "They also reaffirmed their commitment to mapping bauxite deposits together.\n";
        assertEquals("GH US", partiesOfLast(text));
    }

    /**
     * A White House fact sheet whose parties are the United States and a group of states ("the U.S.-Caribbean Community
     * Partnership", "United States and G7 Plan"): its "we" is the administration's. A joint statement with such a group
     * speaks with it, and a fact sheet that names the group alone is left to it.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            FACT SHEET: Deepening the U.S.-Caribbean Community Partnership | We intend to open a new bauxite office in Georgetown in 2027. | US
            FACT SHEET: Deepening the U.S.-Caribbean Community Partnership | The United States and the Caribbean Community plan to convene a bauxite dialogue. | Caribbean Community US
            Joint Statement on the U.S.-Caribbean Community Partnership | We intend to open a new bauxite office in Georgetown in 2027. | Caribbean Community US
            FACT SHEET: President Roe and G7 Leaders Launch a Bauxite Partnership | We intend to open a new bauxite office in Georgetown in 2027. | Group of Seven
            FACT SHEET: United States and G7 Plan to Secure Bauxite | We intend to open a new bauxite office in Georgetown in 2027. | US
            """)
    void aFactSheetOnAPartnershipWithAGroupSpeaksForTheUnitedStates(String title, String sentence, String parties) {
        String group = title.contains("G7") ? "G7" : "Caribbean Community";
        String text = "---\ntitle: \"" + title + "\"\n"
                + "source_url: https://www.whitehouse.gov/briefing-room/a-fact-sheet/\n---\n"
                + "The United States values its partnership with the " + group + " and its work on bauxite.\n\n" + sentence + "\n";
        assertEquals(parties, partiesOfLast(text));
    }

    /**
     * A front matter's quoted title that writes a state's blank as an escape ("the United\_States", or a line folded
     * there, written ⏎ below) still lists that state among the speakers, so "we" is all of them.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Statement by Chile, Ghana, Norway, and the United\\_States on Bauxite | CL GH NO US
            Statement by Chile, Ghana, Norway, and the United\\_⏎States on a Bauxite Compact | CL GH NO US
            Statement by Chile, Ghana, Norway, and the United ⏎States on a Bauxite Compact | CL GH NO US
            """)
    void aStateInAnEscapedTitleIsOneOfTheSpeakers(String title, String parties) {
        String text = "---\ntitle: \"" + title.replace("⏎", "\\\n  ") + "\"\n"
                + "source_url: https://www.whitehouse.gov/briefing-room/a-statement/\n---\n"
                + "Bauxite matters to every region.\n\nWe will map bauxite deposits together.\n";
        assertEquals(parties, partiesOfLast(text));
    }

    /**
     * The members a subject lists after "namely" or in brackets after "the Parties to …" are those that act, not the
     * document's other parties: the state the partners support is not one of "the Parties, namely …".
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Parties, namely Norway, Japan and the European Union, will provide USD 2 billion in grants for Ghana's bauxite sector. | EU JP NO
            The Partners to this Declaration (Norway, Japan and Canada) commit to financing a bauxite refinery in Ghana. | CA JP NO
            The Signatories, namely Norway and Japan, intend to support Ghana's bauxite plan. | JP NO
            The Parties will set up a joint bauxite secretariat in Accra. | CA EU GH JP NO
            """)
    void theMembersListedAfterTheirGroupNounAct(String sentence, String parties) {
        String text = "Political Declaration on Bauxite in Ghana\n\nThe Governments of Ghana, Norway, Japan and Canada, along with the"
                + " European Union, welcome a long-term bauxite partnership.\n\n" + sentence + "\n";
        assertEquals(parties, partiesOfLast(text));
    }

    /**
     * A White House text about a visit to states whose leaders it names by no title and name of theirs: its own
     * Vice President, by title alone or by title and name, serves the United States, not the states visited.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            On May 4, Vice President Roe will take part in a lithium forum in Lima. | US
            The Vice President will also launch a lithium skills program with both governments. | US
            """)
    void aWhiteHouseTitledOfficialServesTheUnitedStates(String sentence, String parties) {
        String text = "---\ntitle: \"Statement on the Vice President's Travel to Peru and Chile\"\n"
                + "source_url: https://www.whitehouse.gov/briefing-room/a-statement/\n---\n"
                + "Vice President Jane Roe will travel to Lima, Peru and Santiago, Chile on May 3-5.\n\n" + sentence + "\n";
        assertEquals(parties, partiesOfLast(text));
    }

    /** The same in a fact sheet on the United States and its partners, beside a guest placed by another title. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            On May 4, Vice President Roe will join the Andean lithium dialogue at the invitation of President Ana Diaz of Peru. | US
            The United States, Canada and Japan will fund a lithium refinery study in Peru. | CA JP US
            """)
    void aWhiteHouseVicePresidentBesidePartnersServesTheUnitedStates(String sentence, String parties) {
        String text = "---\ntitle: \"Fact Sheet: United States, Canada and Japan Lithium Partnership\"\n"
                + "source_url: https://www.whitehouse.gov/briefing-room/a-fact-sheet/\n---\n"
                + "The United States, Canada and Japan launch a lithium partnership with Andean states.\n\n" + sentence + "\n";
        assertEquals(parties, partiesOfLast(text));
    }

    /**
     * Places a first clause sends someone to ("… will travel to A, B, C, and D, and the Peace Corps will …") end that
     * clause: the last of them joined by "and" does not open the next clause's subject, so only its body acts.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mine safety advisers will soon travel to Peru, Chile, Bolivia, and Ecuador, and the Peace Corps will work with the region to train inspectors. | Peace Corps
            Lithium experts will return to Chile and Bolivia, and the Peace Corps will work with both to train inspectors. | Peace Corps
            """)
    void placesOfAFirstClauseDoNotJoinTheNextSubject(String sentence, String parties) {
        String text = "---\ntitle: \"Fact Sheet: Andean Lithium Partnership\"\n"
                + "source_url: https://www.whitehouse.gov/briefing-room/a-fact-sheet/\n---\n"
                + "The United States, Canada and Japan launch a lithium partnership with Andean states.\n\n" + sentence + "\n";
        assertEquals(parties, partiesOfLast(text));
    }

    /**
     * A count or quantifier before a group's name ("Two Quad partners", "Several Quad countries") speaks of some of its
     * members without saying which: the group acts, not every member the text named; the group's members as a whole
     * still stand for its named states.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Quad partners will map rare earth deposits across the region. | AU IN JP US
            Two Quad partners will fund a rare earth separation plant in Vietnam. | Quadrilateral Security Dialogue
            Several Quad countries will share geological survey data on gallium. | Quadrilateral Security Dialogue
            """)
    void someOfAGroupsMembersAreTheGroup(String sentence, String parties) {
        String text = "Statement of the Quad Leaders on Critical Minerals\n\nThe leaders of Australia, India, Japan and the"
                + " United States met in Wilmington today as the Quad.\n\n" + sentence + "\n";
        assertEquals(parties, partiesOfLast(text));
    }

    /**
     * The continent joined to a state as the subject is no party (ANNOTATION.md §1); in a statement the African Union
     * makes with the state, the Union speaks for it, and a count of the Union's members is the Union, not a name.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The United States and Africa will expand refining of cobalt on the continent. | African Union US
            Africa and the United States will jointly map manganese deposits. | African Union US
            This U.S.-Africa minerals partnership will mobilize private investment in copper refining. | African Union US
            Four African Union members will host pilot copper smelters. | African Union
            """)
    void aContinentBesideAStateIsTheUnionThatSpeaksForIt(String sentence, String parties) {
        String text = "Joint Statement of the African Union and the United States on Critical Minerals\n\nThe African Union"
                + " and the United States reaffirm their partnership on cobalt, copper and manganese.\n\n" + sentence + "\n";
        assertEquals(parties, partiesOfLast(text));
    }

    /** Where the African Union is no party of the text, the continent beside a state adds no one. */
    @Test
    void aContinentBesideAStateAddsNoPartyOtherwise() {
        String text = "Fact Sheet: United States and Kenya Deepen Minerals Ties\n\nThe United States and Kenya launched a"
                + " dialogue on rare earth elements today.\n\nThe United States and Africa will expand refining of rare"
                + " earths on the continent.\n";
        assertEquals("US", partiesOfLast(text));
    }

    /**
     * A ministry whose portfolios are a serial list is named whole even where its first portfolio alone is a ministry
     * the dictionary knows ("Ministry of Commerce", "Ministry of Mines"), so "the Participants" it defines with a
     * partner are both.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ministry of Commerce, Trade and Industry of the Republic of Zambia | Ministry of Commerce, Trade and Industry of the Republic of Zambia U.S. Department of State
            Ministry of Mines, Energy and Water Development of Zambia | Ministry of Mines, Energy and Water Development of Zambia U.S. Department of State
            """)
    void aMinistryOfSeveralPortfoliosIsOneParticipant(String ministry, String parties) {
        String text = "Memorandum of Understanding on Copper\n\nThe " + ministry + " and the Department of State of the United"
                + " States of America (the Participants) intend to cooperate on copper and cobalt.\n\n"
                + "The Participants will exchange geological data on copper deposits.\n";
        assertEquals(parties, partiesOfLast(text));
    }

    /**
     * "The international partners" of a state's energy transition support that state: where the text sets the state
     * against them ("Ghana and International Partners Launch …"), they are the other parties; the state joined to
     * them as the subject acts with them.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The international partners will mobilize USD 3 billion in grants and concessional loans over five years. | CA DE EU GB
            The partners will help Ghana build a bauxite refinery by 2030. | CA DE EU GB
            The IPG members will finance grid upgrades. | CA DE EU GB
            Ghana and the IPG will set up a joint secretariat within six months. | CA DE EU GB GH
            Ghana will publish an investment plan for bauxite within a year. | GH
            """)
    void theInternationalPartnersAreNotTheStateTheySupport(String sentence, String parties) {
        String text = "Ghana and International Partners Launch a Just Energy Transition Partnership\n\nGhana, Canada,"
                + " Germany, the European Union and the United Kingdom today announced a partnership on bauxite and clean"
                + " power.\n\n" + sentence + "\n";
        assertEquals(parties, partiesOfLast(text));
    }

    /**
     * A minister a report names by title and name with no state beside them, who says what one state will do, serves
     * that state for the rest of the report: their quoted "we" and the government they speak of are that state's, not
     * both states of the deal. A family name that is also a pronoun ("He") stands for no one alone.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            "We will open two more refineries before the deal takes effect," Quispe said. | PE
            Quispe said the government would review its copper royalty rules. | PE
            "We will keep talking with the American side on graphite," He Wenya said. | CN
            He said the United States would lower its duties on graphite anodes. | US
            """)
    void aMinistersSurnameServesTheStateTheyReportOn(String sentence, String parties) {
        String text = "Peru, China and U.S. reach minerals understandings\n\n"
                + "LIMA, May 2 (Reuters) - Peru and the United States agreed on Friday to cut tariffs on copper cathode, with"
                + " talks on graphite under way in Beijing.\n\n"
                + "Mines Minister Rosa Quispe said Lima would double its refining capacity by 2030.\n\n"
                + "Commerce ministry spokesperson He Wenya said China would resume graphite exports to U.S. buyers.\n\n"
                + sentence + "\n";
        assertEquals(parties, partiesOfLast(text));
    }

    /**
     * A minister named by title and name with no state beside them, in a report whose only states are the United States
     * and one other, serves the other: no US official is a minister, so the quoted "we" is that state's alone.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            "We will keep our lithium royalty rules as they are," Soto said. | CL
            Soto said the United States would fund a lithium brine study. | US
            """)
    void aMinisterBesideTheUnitedStatesServesTheOtherState(String sentence, String parties) {
        String text = "Chile, U.S. settle lithium pact terms\n\n"
                + "SANTIAGO, June 3 (Reuters) - Chile and the United States settled the terms of a lithium pact on Tuesday,"
                + " officials said.\n\n"
                + "Finance Minister Ana Soto told reporters the pact would be sent to Congress in July.\n\n"
                + sentence + "\n";
        assertEquals(parties, partiesOfLast(text));
    }

    /**
     * "The two companies" of a report whose first sentence on the deal closes with "the two companies said" are that
     * deal's firms, named outside an apposition that describes one of them: not the makers of a venture that buys, nor
     * a third firm a later sentence names.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Nickel stake\\nHalden Metals sold a 15% stake in its nickel unit to Ulaan Mining, a venture of Kestrel Minerals and Boreal Capital, for $900 million, the two companies said on Monday.\\nHalden Metals will keep control of the unit and will sell a further 5% stake to Tarn Resources.\\nThe two companies will set up a joint board to oversee growth projects at the unit. | Halden Metals Ulaan Mining
            Nickel stake\\nHalden Metals sold a 15% stake in its nickel unit to Ulaan Mining on Monday.\\nHalden Metals will keep control of the unit and will sell a further 5% stake to Tarn Resources.\\nThe two companies will set up a joint board to oversee growth projects at the unit. | Halden Metals Tarn Resources
            """)
    void theTwoCompaniesAreTheFirmsOfTheDealTheyReported(String text, String parties) {
        assertEquals(parties, partiesOfLast(text.replace("\\n", "\n")));
    }

    /** The states of a federation listed after "the States of" all act, the first one after "of" too. */
    @Test
    void theStatesListedAfterTheStatesOfAllAct() {
        assertEquals("Idaho Montana Wyoming", partiesOfLast("Rare Earth Corridor\n\nThe States of Idaho, Montana and Wyoming will"
                + " map rare earth deposits along the corridor.\n"));
    }

    /**
     * "The two sides" and "each side" of a White House readout of US officials' travel are the United States and the
     * state the title names as the one visited, not that state and another the text speaks of; of a tour of several
     * states, the state of the leg the sentence is in.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Readout of Senior Official Travel to Jordan | Senior officials visited Jordan this week, joined by the Special Envoy for Syria, and discussed the crisis in Syria and refugee flows from Syria. | The two sides committed to meet again before the end of the year. | JO US
            Readout of Senior Official Travel to Kenya, Tanzania and Uganda | Senior officials visited Kenya and Tanzania, then met with the President of Uganda in Kampala on refugee aid. | Each side committed to prepare a work plan for the next round. | UG US
            """)
    void theTwoSidesOfAWhiteHouseReadoutOfTravelAreTheHostAndTheUnitedStates(String title, String body, String last,
            String parties) {
        String text = "---\ntitle: " + title + "\nsource_url: https://www.whitehouse.gov/briefing-room/a-readout-of-travel/\n"
                + "---\n\n" + body + "\n\n" + last + "\n";
        assertEquals(parties, partiesOfLast(text));
    }

    /**
     * A leader named by title and name whose commitment another welcomes or applauds ("welcomed Prime Minister Roe’s
     * commitment to join …") commits for the leader's state alone, not for the state of the one who welcomes it; a
     * commitment two leaders share stays both states'.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The President applauded Prime Minister Mottley’s commitment to expand solar power across the island. | BB
            Vice President Harris welcomed President Lourenço’s commitment to open the Lobito rail line to private freight. | AO
            The President welcomed President Lourenço and Prime Minister Mottley’s commitment to hold a joint trade forum. | AO BB
            """)
    void aLeadersCommitmentOthersWelcomeIsTheLeadersStateAlone(String sentence, String parties) {
        String text = "---\ntitle: Readout of a Meeting with Leaders of Angola and Barbados\n"
                + "source_url: https://www.whitehouse.gov/briefing-room/readout-of-a-meeting-with-leaders/\n---\n\n"
                + "President Biden met today with President João Lourenço of Angola and Prime Minister Mia Mottley of"
                + " Barbados to discuss clean energy and trade.\n\n" + sentence + "\n";
        assertEquals(parties, partiesOfLast(text));
    }

    /**
     * A firm whose name ends in a number ("Engine No. 1") and an apposition with "the" ("the U.S. investment firm")
     * acts alone, as "Quorvane, a U.S. company," does: the state only says whose firm it is.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Engine No. 1, the U.S. investment firm, will take a 3% stake in a Peruvian copper smelter. | Engine No. 1
            Halden Metals, the Canadian miner, will buy a further 4% stake in the nickel unit. | Halden Metals
            """)
    void aStateInTheFirmsAppositionWithTheDoesNotCommit(String sentence, String parties) {
        String text = "Nickel unit stake sale\n\nTarn Resources sold a 10% stake in its nickel unit to Kestrel Capital on"
                + " Monday.\n\n" + sentence + "\n";
        assertEquals(parties, partiesOfLast(text));
    }

    /**
     * "Officials pledged to …" in the record of a meeting between two states are the officials of both; officials a
     * word places ("local officials", "state officials") are not the meeting's.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In this regard, officials pledged to expand joint stockpiling of lithium.           | CL US
            The senior officials pledged to expand joint stockpiling of lithium.                | CL US
            Local officials pledged to expand joint stockpiling of lithium.                     | none
            """)
    void officialsOfAMeetingAreThoseOfTheStatesThatMet(String sentence, String parties) {
        String text = "Joint Statement on the U.S.-Chile Critical Minerals Dialogue\n\nOn May 4, the Deputy Secretary of"
                + " State hosted Chile's Vice Minister of Mining and a Chilean interagency delegation in Washington for the"
                + " second meeting of the U.S.-Chile Critical Minerals Dialogue.  The officials reviewed lithium"
                + " supply chains.\n\n" + sentence + "\n";
        assertEquals(parties, partiesOfLast(text));
    }

    /**
     * A release whose title says the EU signs or strengthens partnerships with two states has all three as its parties:
     * "the parties" are the three, the "Member States" invited to join are the Union's own, and a Commissioner's quoted
     * "we" is the Union.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The parties will draw up roadmaps of joint projects by the end of next year. | EU MK TZ
            Member States and European export credit agencies are invited to join the partnerships. | EU
            Commissioner Dombrovskis said: "We will help both countries refine more of their ore at home." | EU
            """)
    void theEuSigningWithTwoStatesIsAPartyOfBoth(String sentence, String parties) {
        String text = "EU signs raw materials partnerships with Tanzania and North Macedonia\n\nBrussels, 3 June 2025\n\n"
                + "The European Union today signed memoranda on sustainable raw materials value chains with Tanzania and"
                + " with North Macedonia.\n\n" + sentence + "\n";
        assertEquals(parties, partiesOfLast(text));
    }

    /** "The Union" in a release that has named the European Union only as "the EU" is the EU, not none. */
    @Test
    void theUnionAfterTheEuIsTheEu() {
        String text = "Council adopts battery rules\n\nThe Council today adopted new rules on the EU's supply of batteries.\n\n"
                + "The Union will also seek new sources of nickel and graphite through partnerships with third countries.\n";
        assertEquals("EU", partiesOfLast(text));
    }

    /**
     * The Commission's President quoted by title and surname ("President von der Leyen said") speaks for the EU: her
     * "we" is the Union, not the partner state the quotation names.
     */
    @Test
    void theCommissionPresidentsWeIsTheUnion() {
        String text = "EU and Mongolia sign a partnership on raw materials\n\nThe European Union and Mongolia today signed"
                + " a memorandum on copper and rare earths.\n\nPresident von der Leyen said: \"Mongolia is a reliable partner."
                + " We will invest in Mongolia's processing plants.\"\n";
        assertEquals("EU", partiesOfLast(text));
    }

    /**
     * A demonym coordinated with a state's name before a plural noun of the people two states send ("the U.S. and Omani
     * negotiators", "the Omani and U.S. teams") names both states' people, so both states act, not the named one alone.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The U.S. and Omani negotiators committed to settle the remaining customs questions before the summer. | OM US
            The Omani and U.S. teams will meet in Muscat next month to finish the port security plan. | OM US
            The United States and Omani officials agreed to hold the next round of talks in Washington. | OM US
            """)
    void aDemonymCoordinatedWithAStateBeforePeopleSentNamesBothStates(String sentence, String parties) {
        String text = "---\ntitle: Readout of a Meeting with the Foreign Minister of Oman\n"
                + "source_url: https://www.whitehouse.gov/briefing-room/readout-of-a-meeting-on-trade/\n---\n\n"
                + "The Deputy Secretary met today with the Foreign Minister of Oman to discuss trade and port security.\n\n"
                + sentence + "\n";
        assertEquals(parties, partiesOfLast(text));
    }

    /**
     * A head of state or government who opens a readout's sentence of a tour after "In" and the state ("In Palau,
     * President Roe stressed the wish to work with the United States") is placed in that state, so the wish is that
     * state's, not the partner's the leader wants to work with.
     */
    @Test
    void aLeaderOpenedByTheStateOfTheTourLegWishesForThatState() {
        String text = "---\ntitle: Readout of Senior Official Travel to the Pacific\n"
                + "source_url: https://www.whitehouse.gov/briefing-room/readout-of-travel-to-the-pacific/\n---\n\n"
                + "Senior officials visited Palau, Nauru and Kiribati this week to discuss fisheries and climate.\n\n"
                + "In Nauru, President Doe stressed the value of U.S. engagement and the wish to work with the United States"
                + " on coastal resilience.\n";
        assertEquals("NR", partiesOfLast(text));
    }

    /**
     * A leader by title and name who opens the sentence, then backs a named body or programme before ", and pledged to"
     * acts in both clauses; the body is the first verb's object ("President Roe backed the Blue Dot Network, and
     * pledged to …" is the leader's state), and one the list knows stays that leader's state.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Prime Minister Doe voiced firm support for President Roe’s proposed Indo-Pacific Economic Framework, and pledged to rally partners behind it. | FJ
            To that end, Prime Minister Doe welcomed the Indo-Pacific Economic Framework, and pledged to join its first round. | FJ
            President Biden reaffirmed his backing for close U.S.-Fijian ties and desire to widen cooperation on fisheries. | US
            """)
    void aLeaderWhoOpensTheSentenceActsInBothClauses(String sentence, String parties) {
        String text = "---\ntitle: Readout of President Roe’s Meeting with Prime Minister Doe of Fiji\n"
                + "source_url: https://www.whitehouse.gov/briefing-room/readout-of-a-meeting-with-fiji/\n---\n\n"
                + "President Roe met today with Prime Minister John Doe of Fiji to discuss trade and fisheries.\n\n"
                + sentence + "\n";
        assertEquals(parties, partiesOfLast(text));
    }

    /** "Both delegations" and "the two delegations" of a readout of officials' travel are the two sides: host and visitor. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Both delegations agreed to hold regular consultations on border security.
            The two delegations committed to meet again in Lima before the end of the year.
            """)
    void theDelegationsOfAReadoutOfTravelAreTheHostAndTheUnitedStates(String sentence) {
        String text = "---\ntitle: Readout of Senior Official Travel to Peru\n"
                + "source_url: https://www.whitehouse.gov/briefing-room/readout-of-travel-to-peru/\n---\n\n"
                + "Senior officials traveled to Lima, Peru this week and met with the Foreign Minister and officials of the"
                + " Ministry of the Interior, and discussed migration flows from Venezuela.\n\n" + sentence + "\n";
        assertEquals("PE US", partiesOfLast(text));
    }

    /**
     * "They agreed to …" in a White House record of an official's call or meeting with the official of a state the
     * title names: the two sides, that state and the United States, not two states the sentence before spoke of.
     */
    @Test
    void theyOfARecordOfACallAreTheTitledStateAndTheUnitedStates() {
        String text = "---\ntitle: Statement on the National Security Advisor’s Call with Foreign Minister Jane Doe of Portugal\n"
                + "source_url: https://www.whitehouse.gov/briefing-room/statement-on-a-call-with-portugal/\n---\n\n"
                + "The National Security Advisor spoke today with Foreign Minister Jane Doe of Portugal. The two officials"
                + " discussed energy security in Europe. Mr. Roe welcomed the renewed talks between Armenia and Azerbaijan.\n\n"
                + "They agreed to stay in close contact on Atlantic energy links.\n";
        assertEquals("PT US", partiesOfLast(text));
    }

    /** On a readout's tour of several states, "they" in a leg's paragraph are that leg's state and the United States. */
    @Test
    void theyOnATourAreTheStateOfTheLegAndTheUnitedStates() {
        String text = "---\ntitle: Readout of Senior Official Travel to Ghana, Togo, and Benin\n"
                + "source_url: https://www.whitehouse.gov/briefing-room/readout-of-travel-to-west-africa/\n---\n\n"
                + "This week, the Deputy National Security Advisor traveled to Ghana, Togo, and Benin.\n\n"
                + "In Togo, Mr. Roe met with senior officials to discuss port security. Mr. Roe noted the work of Ghana and"
                + " Benin on coastal patrols. Finally, they agreed to work together to widen training for the coast guard.\n";
        assertEquals("TG US", partiesOfLast(text));
    }

    /**
     * A counted group of a White House readout one more than the other states it names ("The four delegations agreed"
     * after three guests' states): the United States is the last, its own officials at the meeting.
     */
    @Test
    void aCountedGroupOneMoreThanTheGuestStatesHoldsTheUnitedStates() {
        String text = "---\ntitle: Readout of the National Security Advisor’s Meeting with Counterparts from Chile, Peru, and"
                + " Colombia\nsource_url: https://www.whitehouse.gov/briefing-room/readout-of-a-meeting-on-ports/\n---\n\n"
                + "The National Security Advisor met today in Bogota with her counterparts from Chile, Peru, and Colombia to"
                + " discuss port security.\n\n"
                + "The four delegations agreed to hold a second round of talks in Santiago next spring.\n";
        assertEquals("CL CO PE US", partiesOfLast(text));
    }

    /** A secretary quoted in a release of several departments speaks for the department of that secretary's field. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            “We will open a second round of grants for grid storage next year,” said Energy Secretary Jane Roe. | U.S. Department of Energy
            “We will send trade missions to five ports this spring,” said John Doe, the Secretary of Commerce. | U.S. Department of Commerce
            """)
    void aQuotedSecretarySpeaksForTheDepartmentOfTheirField(String sentence, String parties) {
        String text = "---\ntitle: Departments of Energy and Commerce Announce Support for Storage Plants\n"
                + "source_url: https://www.whitehouse.gov/briefing-room/departments-announce-storage-support/\n---\n\n"
                + "The U.S. Department of Energy and the U.S. Department of Commerce today announced new support for grid"
                + " storage plants in four states.\n\n" + sentence + "\n";
        assertEquals(parties, partiesOfLast(text));
    }

    /**
     * "he and Secretary of Defense Jim Poe will …" after the White House's own official opened the sentence, in a record
     * of a call with other states' officials: the United States, not the states of the counterparts on the call.
     */
    @Test
    void heAndASecretaryOfTheWhiteHouseAreTheUnitedStates() {
        String text = "---\ntitle: Statement on the National Security Advisor’s Call with Counterparts from Spain, Italy, and"
                + " Poland\nsource_url: https://www.whitehouse.gov/briefing-room/statement-on-a-call-with-counterparts/\n---\n\n"
                + "National Security Advisor John Roe spoke by phone today with his counterparts from Spain, Italy, and Poland."
                + " Mr. Roe stressed the importance of the Alliance. Mr. Roe previewed the talks that he and Secretary of"
                + " Defense Jim Poe will hold with Egyptian officials next week.\n";
        assertEquals("US", partiesOfLast(text));
    }

    /**
     * A list item's run-in bold heading and an opening "Building upon …," phrase name no one who acts: the subject after
     * them does.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            -   **Linking Power Lines across ASEAN**: USTDA plans to fund a study of two cross-border power lines. | U.S. Trade and Development Agency
            -   **<u>Drawing U.S. Capital</u>:** The Government of Indonesia plans to partner with a refiner on a new plant. | ID
            -   **<u>A New Capital City:</u>** Building upon USAID planning advice, the U.S. Department of Commerce plans to fund a trade mission. | U.S. Department of Commerce
            """)
    void aRunInHeadingAndAnOpeningGroundNameNoActor(String sentence, String parties) {
        String text = "FACT SHEET: The United States and Indonesia Open a New Chapter of Cooperation\n\n"
                + "Today the United States and Indonesia announced a set of new programs:\n\n" + sentence + "\n";
        assertEquals(parties, partiesOfLast(text));
    }

    /**
     * The head of an international body named by title and name ("UN Secretary-General Jane Roe", "Managing Director
     * Jane Roe of the IMF") serves that body: what the head will do is the body's, not the readout's states'.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            United Nations Secretary-General Jane Roe | Secretary-General Roe plans to table a report on the drought.  | United Nations
            United Nations Secretary-General Jane Roe | The Secretary-General will gather donors in Vienna.             | United Nations
            United Nations Secretary-General Jane Roe | Ms. Roe intends to gather donors in Vienna.                     | United Nations
            Managing Director Jane Roe of the IMF     | Ms. Roe plans to send a staff mission to Amman.                 | International Monetary Fund
            """)
    void theHeadOfAnInternationalBodyActsForThatBody(String head, String sentence, String parties) {
        String text = "---\ntitle: Readout of the Vice President’s Call with " + head + "\n"
                + "source_url: https://www.whitehouse.gov/briefing-room/readout-of-a-call-on-the-drought/\n---\n\n"
                + "Vice President John Doe spoke today with " + head + " about the drought in the region and the relief work"
                + " of the United States and Jordan.\n\n" + sentence + "\n";
        assertEquals(parties, partiesOfLast(text));
    }

    /** A leader the list knows, after a body's short name ("at the G7 President Biden will"), serves his own state. */
    @Test
    void aKnownLeaderAfterABodysNameServesHisState() {
        String text = "---\ntitle: Fact Sheet: The President’s Trip to the Summit\n"
                + "source_url: https://www.whitehouse.gov/briefing-room/fact-sheet-summit-trip/\n---\n\n"
                + "The United States will host talks on vaccines this year.\n\n"
                + "Finally, at the G7 President Biden will reaffirm our pledge to fund vaccine plants.\n";
        assertEquals("US", partiesOfLast(text));
    }

    /**
     * A relative clause with its own subject after a comma ("…, which the President will host") is that subject's act,
     * not that of the officials its main clause names.
     */
    @Test
    void aRelativeClausesOwnSubjectActs() {
        String text = "---\ntitle: Readout of the President’s Meeting with Secretary General Jane Roe of NATO\n"
                + "source_url: https://www.whitehouse.gov/briefing-room/readout-of-a-meeting-with-nato/\n---\n\n"
                + "President John Doe met today with Secretary General Jane Roe of the North Atlantic Treaty Organization"
                + " before the Alliance’s meeting in Chicago next spring, which the President will host.\n";
        assertEquals("US", partiesOfLast(text));
    }

    /** Support pledged "from the United States" is that state's, whoever voices the pledge. */
    @Test
    void supportPledgedFromAStateIsThatStates() {
        String text = "---\ntitle: Readout of the Deputy National Security Advisor’s Call with Foreign Minister Jane Roe of"
                + " Fiji\nsource_url: https://www.whitehouse.gov/briefing-room/readout-of-a-call-with-fiji/\n---\n\n"
                + "The Deputy National Security Advisor spoke today with Foreign Minister Jane Roe of Fiji about the"
                + " floods.\n\nMr. Doe pledged continued support from the United States, noting tents sent by USAID.\n";
        assertEquals("US", partiesOfLast(text));
    }

    /** A readout's leaders who underscored their shared commitment, or his own, to an act commit to it. */
    @Test
    void aCommitmentUnderscoredInTheReadoutsPastIsTheSubjectsPledge() {
        String head = "---\ntitle: Readout of the President’s Meeting with Prime Minister Jane Roe of Norway\n"
                + "source_url: https://www.whitehouse.gov/briefing-room/readout-of-a-meeting-with-norway/\n---\n\n"
                + "President John Doe met today with Prime Minister Jane Roe of Norway to mark the ties between the United"
                + " States and Norway.\n\n";
        assertEquals("NO US", partiesOfLast(head + "They underscored their shared commitment to keep funding flood relief in"
                + " the Baltic region.\n"));
        assertEquals("US", partiesOfLast(head + "President Doe stressed his commitment to welcoming Norway into the new"
                + " fisheries council.\n"));
        assertEquals("none", partiesOfLast(head + "They underscored their shared commitment to the rule of law.\n"));
    }

    /**
     * In a White House record, an official the text does not place beside a placed guest ("Mr. Doe and Dr. Roe pledged
     * …") is the White House's own, the United States', not the states the record spoke of the most.
     */
    @Test
    void anUnplacedOfficialBesideAPlacedGuestInAWhiteHouseRecordIsTheUnitedStates() {
        String text = "---\ntitle: Readout of the National Security Advisor’s Call with Ghanaian National Security Advisor Ama"
                + " Roe\nsource_url: https://www.whitehouse.gov/briefing-room/readout-of-a-call-with-ghana/\n---\n\n"
                + "National Security Advisor John Doe called Dr. Ama Roe to congratulate her on her appointment as Ghana’s"
                + " national security advisor.\n\nMr. Doe and Dr. Roe spoke of the floods in Togo and Benin, where"
                + " villages in Togo and Benin remain cut off, and of the aid Togo has asked for.\n\n"
                + "Mr. Doe and Dr. Roe pledged to deepen our cooperation on maritime security.\n";
        assertEquals("GH US", partiesOfLast(text));
    }

    /** "lend A $300 million and B $40 million": the lender commits; A and B are the recipients, not lenders. */
    @Test
    void theSecondRecipientOfAnAmountEachIsNoLender() {
        String text = "Lenders back two miners\n\nThe Export-Import Bank of the United States will lend Halden Metals"
                + " $300 million and Brannock Minerals $40 million to expand their nickel refineries.\n";
        assertEquals("Export-Import Bank of the United States", partiesOfLast(text));
    }

    /** "The President praised Norway’s … and stressed his commitment to …": the state praised is no actor. */
    @Test
    void theStateTheRecordsPresidentPraisedIsNoActorOfHisSecondVerb() {
        String text = "---\ntitle: Readout of the President’s Meeting with Prime Minister Jane Roe of Norway\n"
                + "source_url: https://www.whitehouse.gov/briefing-room/readout-of-a-meeting-with-norway/\n---\n\n"
                + "President John Doe met today with Prime Minister Jane Roe of Norway to mark the ties between the United"
                + " States and Norway.\n\nThe President praised Norway’s work at sea and stressed his commitment to"
                + " welcoming Norway into the new fisheries council.\n";
        assertEquals("US", partiesOfLast(text));
    }

    /** "the Royal Government of X" is one of the two governments a group's definition joins, as "the Government of X" is. */
    @Test
    void aRoyalGovernmentJoinsTheGroupItsDefinitionNames() {
        String text = "The Government of the Republic of Chile and the Royal Government of Thailand, hereinafter referred to"
                + " as \"the Sides\",\n\nHave reached the following understanding:\n\n"
                + "2. The Sides intend to set up a joint task team on copper smelting.\n";
        assertEquals("CL TH", partiesOfLast(text));
    }

    /** A group the parties set up earlier under a name of its own acts for them when it is later the subject. */
    @Test
    void aGroupThePartiesSetUpActsForThem() {
        String text = "Canada and Mexico (the \"Participants\") have reached the following understanding:\n\n"
                + "1. The Participants intend to establish an Anode Response Group to coordinate their anode projects.\n\n"
                + "2. The Anode Response Group intends to report to the ministers every year.\n";
        assertEquals("CA MX", partiesOfLast(text));
    }

    /** "It was agreed to …" states the decision without its makers: those are the parties that met. */
    @Test
    void aDecisionRecordedWithAnEmptyItIsTheTextsParties() {
        String text = "Joint Statement of Peru and Canada\n\nPeru and Canada held talks in Lima on mining.\n\n"
                + "It was further agreed to open a joint office for copper tailings research.\n";
        assertEquals("CA PE", partiesOfLast(text));
    }

    /** The passive's agent named as a group of the text's parties acts; the thing made or taken is no party. */
    @Test
    void aPassiveDoneByBothSidesIsTheTextsParties() {
        String base = "Joint Statement of Peru and Canada\n\nPeru and Canada held talks in Lima on mining.\n\n";
        assertEquals("CA PE", partiesOfLast(base + "Efforts will be made by both sides to widen lithium exploration.\n"));
        assertEquals("CA PE", partiesOfLast(base + "Measures will be jointly adopted by the two countries to curb ore smuggling.\n"));
    }

    /** "That is why today, A, B, and C announce …": the reason's "is" opens no clause, so every listed name acts. */
    @Test
    void aSerialListAfterAReasonOpeningIsOneSubject() {
        String text = "Copper partnership\n\nThe region needs smelters.\n\n"
                + "That is why today, Peru, Canada, and Japan announce their intent to fund a copper smelter.\n";
        assertEquals("CA JP PE", partiesOfLast(text));
    }

    /** "The five countries intend to …" of a declaration that names five states: its parties, counted. */
    @Test
    void aCountedGroupOfMoreThanFourIsTheTextsParties() {
        String text = "Joint Declaration of Peru, Chile, Canada, Mexico and Japan\n\n"
                + "Peru, Chile, Canada, Mexico and Japan met in Santiago on copper supply.\n\n"
                + "The five countries intend to meet again in Ottawa to review copper refining.\n";
        assertEquals("CA CL JP MX PE", partiesOfLast(text));
    }

    /** "…, and both governments will …" in a report on a deal of two firms: the two states named last, not the firms. */
    @Test
    void bothGovernmentsAfterAFirmsDealAreTheStatesNamedLast() {
        String text = "Saudi miner and US magnet maker agree plant\n\n"
                + "RIYADH, March 2 (Metals Desk) - Saudi Arabian Mining Company and MP Materials agreed to build a magnet"
                + " plant near Jubail, the companies said.\n\n"
                + "Saudi Arabia will lease the land to the US firm, and both governments will fund a training centre for"
                + " its engineers.\n";
        assertEquals("SA US", partiesOfLast(text));
    }

    /** "Kazakhstan's state mining company X": the state's possessive places the firm, so "the two governments" are states. */
    @Test
    void aFirmNamedAfterItsStatesPossessiveCountsForThatState() {
        String text = "Kazakh miner and US firm agree nickel venture\n\n"
                + "ASTANA, March 3 (Metals Desk) - Kazakhstan's state mining company Tau-Ken Samruk and US-based Ridge Metals"
                + " agreed to develop a nickel deposit, in a deal worth about $400 million, officials said.\n\n"
                + "The deal was signed in Washington, where President Donald Trump hosted the leaders of Central Asian"
                + " states.\n\n"
                + "The two governments agreed to set up a working group on nickel supply.\n";
        assertEquals("KZ US", partiesOfLast(text));
    }

    /** "“We …,” he said" right after a sentence naming a firm's chief: that firm, not the speaker of an earlier quote. */
    @Test
    void aPronounSpeakerIsTheChiefTheSentenceBeforeNames() {
        String text = "Saudi miner and US firm agree refinery\n\n"
                + "RIYADH, Nov 19 (Metals Desk) - Saudi Arabian Mining Company and MP Materials agreed to build a rare earth"
                + " refinery, the companies said.\n\n"
                + "\"This venture will bring jobs to the kingdom,\" Ma'aden Chief Executive Bob Wilt said.\n\n"
                + "MP Materials Chief Executive James Litinsky said the company would share its know-how. \"We intend to"
                + " train local engineers,\" he said.\n";
        assertEquals("MP Materials", partiesOf(text, "train local engineers"));
    }

    /**
     * Ministries that a heading names as the signatories and the opening defines as "the Participants" are the
     * parties, though a first title line names their countries; a title between the states keeps the states.
     */
    @Test
    void ministriesDefinedAsParticipantsAfterAHeadingNamingThemAreTheParties() {
        String ministries = "KOREA-AUSTRALIA PARTNERSHIP ON CLEAN SHIPPING\n\n"
                + "MEMORANDUM OF COOPERATION BETWEEN THE MINISTRY OF TRADE, INDUSTRY AND ENERGY OF THE REPUBLIC OF KOREA"
                + " AND THE DEPARTMENT OF INDUSTRY, SCIENCE AND RESOURCES OF AUSTRALIA\n\n"
                + "The Ministry of Trade, Industry and Energy of the Republic of Korea and the Department of Industry,"
                + " Science and Resources of Australia (hereinafter referred to as \"the Participants\"),\n\n"
                + "Have reached the following understanding:\n\n"
                + "1. The Participants intend to trial ammonia-fuelled ferries on two coastal routes.\n";
        assertEquals("Department of Industry, Science and Resources Ministry of Trade, Industry and Energy",
                partiesOfLast(ministries));
        String states = "Memorandum of Understanding on Clean Shipping between the Republic of Korea and Australia\n\n"
                + "The Ministry of Trade, Industry and Energy of the Republic of Korea and the Department of Industry,"
                + " Science and Resources of Australia (hereinafter \"the Participants\") have reached the following"
                + " understanding.\n\n"
                + "1. The Participants intend to trial ammonia-fuelled ferries on two coastal routes.\n";
        assertEquals("AU KR", partiesOfLast(states));
    }

    /**
     * A White House fact sheet about measures against another state names its own officials by titles only the United
     * States' government has: they act for the United States, not for the state the measures are aimed at, even where
     * the text never names the United States as a party.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            - The Attorney General will prosecute smugglers who ship Belarusian ore. | US
            - The Treasury Secretary will issue guidance to banks that finance Belarusian smelters. | US
            - The memorandum directs the Secretary of Commerce to restrict imports of tungsten from Belarus. | US
            """)
    void theWhiteHousesOfficialsByTitleServeTheUnitedStatesNotTheTargetedState(String sentence, String parties) {
        String text = "---\ntitle: 'Fact Sheet: The President Imposes Costs on Belarus'\n"
                + "source_url: https://www.whitehouse.gov/fact-sheets/2026/03/costs-on-belarus/\n---\n"
                + "Today, the President signed a memorandum imposing costs on Belarus for its seizure of tungsten mines.\n\n"
                + sentence + "\n";
        assertEquals(parties, partiesOfLast(text));
    }

    /**
     * A party's unit that the text names once in full after the party's possessive and then by its short name ("the
     * Department of Commerce’s Office of Mineral Surveys (OMS)") acts for that party when the short name is the subject.
     */
    @Test
    void aUnitDefinedByItsShortNameActsForItsParty() {
        String text = "Fact Sheet: Support for Zambia's Cobalt Sector\n\n"
                + "- The U.S. Department of Commerce’s Office of Mineral Surveys (OMS) will send two geologists to Lusaka.\n"
                + "  In 2027, OMS will train 40 Zambian surveyors in drill-core logging.\n";
        assertEquals("U.S. Department of Commerce", partiesOfLast(text));
    }

    /** An effort said in the passive with no agent ("Efforts shall be made to …") is the plan of the text's parties. */
    @Test
    void anAgentlessPassiveOfEffortIsTheTextsParties() {
        String base = "Joint Statement of Peru and Canada\n\nPeru and Canada held talks in Lima on mining.\n\n";
        assertEquals("CA PE", partiesOfLast(base + "Efforts shall be made to attract private capital to copper smelting.\n"));
        assertEquals("CA PE", partiesOfLast(base + "Further steps will be taken to train tin miners in safe blasting.\n"));
    }

    /**
     * "Vice President Jane Roe spoke with President Doe of Ghana. She committed to …": the pronoun takes up the official
     * who opened the sentence before as its subject, also after an opening phrase, not the guest named as its object.
     */
    @Test
    void aPronounAfterAnOfficialWhoMetAGuestIsTheOfficial() {
        String head = "---\ntitle: Readout of a Call with President Doe of Ghana\n"
                + "source_url: https://www.whitehouse.gov/briefing-room/a-call-readout/\n---\n";
        assertEquals("US", partiesOfLast(head + "Vice President Jane Roe spoke today with President Kofi Doe of Ghana.\n\n"
                + "She committed to keep working with partners in the region on bauxite.\n"));
        assertEquals("US", partiesOfLast(head + "President Joseph Biden spoke this morning with President Kofi Doe of Ghana.\n\n"
                + "He committed to send flood relief to the affected towns.\n"));
        assertEquals("US", partiesOfLast(head + "Vice President Jane Roe spoke today with President Kofi Doe of Ghana.\n\n"
                + "After the call, the Vice President stressed the value of open markets.\n\n"
                + "She committed to keep working with partners in the region on bauxite.\n"));
    }

    /** "The two companies and the government agreed to …": the firms named before and the government, whose bodies place it. */
    @Test
    void theTwoCompaniesAndTheGovernmentAllAct() {
        String text = "Cobalt loan reworked\n\nHalden Metals and Kestrel Minerals reached a deal with the Department of Energy on"
                + " Monday.\n\nThe two companies and the government agreed to extend the repayment period of the cobalt loan.\n";
        assertEquals("Halden Metals Kestrel Minerals US", partiesOfLast(text));
    }

    /** "A said B would get warrants, and that it expects to …": the second clause goes on A's report, so "it" is A. */
    @Test
    void theItOfASecondReportedClauseIsTheSpeaker() {
        String text = "Nickel loan\n\nHalden Metals signed a loan with the Department of Energy.\n\n"
                + "Halden Metals said the Department of Energy would get warrants for 3 percent of the firm, and that it expects"
                + " to draw the loan next month.\n";
        assertEquals("Halden Metals", partiesOfLast(text));
    }

    /**
     * "The Honorable Jane Power, Administrator of the U.S. Agency for International Development, will lead …": a person
     * (her surname a trade word), no party of her own, who acts for the state whose body her post names.
     */
    @Test
    void aStyledOfficialInApppositionActsForTheStateOfHerBody() {
        String text = "Delegation to the inauguration\n\nThe President named a delegation to the inauguration in Ghana.\n\n"
                + "The Honorable Jane Power, Administrator of the United States Agency for International Development, will"
                + " lead the delegation.\n";
        assertEquals("US", partiesOfLast(text));
        assertTrue(annotate(text).mentions().stream().noneMatch(m -> m.text().contains("Power")));
    }

    /** "Federal agencies", "Law enforcement agencies" in a White House text: the United States' own, though Peru is named. */
    @Test
    void ownAgenciesOfAWhiteHouseTextAreTheUnitedStates() {
        String head = "---\ntitle: \"FACT SHEET: Working with Peru on Safer Ports\"\n"
                + "source_url: https://www.whitehouse.gov/briefing-room/a-fact-sheet/\n---\n\n"
                + "The United States and Peru held talks on port security in Lima.\n\n";
        assertEquals("US", partiesOfLast(head + "Port inspectors and federal agencies will offer courses on cargo screening.\n"));
        assertEquals("US", partiesOfLast(head + "Law enforcement agencies will work jointly to stop cargo theft.\n"));
        // a state's own agencies by its demonym are not the United States'
        assertEquals("none", partiesOfLast(head + "Peruvian law enforcement agencies will work jointly to stop cargo theft.\n"));
    }

    /** "The administration agreed to …" in a report on a deal of the United States that names no leader: the United States. */
    @Test
    void aBareAdministrationInAReportOnAnAmericanDealIsTheUnitedStates() {
        String text = "Magnet maker wins backing\n\nHalden Magnets reached a deal with the Department of Defense on Monday.\n\n"
                + "The administration agreed to buy every magnet the new plant makes for ten years.\n";
        assertEquals("US", partiesOfLast(text));
    }

    /** "A and B partner on X, and A is committed to …": the later clause names A again, its own subject; B is no party of it. */
    @Test
    void aClauseThatNamesOneOfThePairAgainIsThatPartysAlone() {
        String head = "---\ntitle: \"FACT SHEET: Deeper Ties with Peru\"\n"
                + "source_url: https://www.whitehouse.gov/briefing-room/a-fact-sheet/\n---\n\n";
        assertEquals("US", partiesOfLast(head + "The United States and Peru cooperate closely on fisheries, and the United States is"
                + " committed to funding ten new research vessels.\n"));
        // a list names each party once: all of them act
        assertEquals("EU PE US", partiesOfLast(head + "The United States, Peru, and the European Union will fund ten new research"
                + " vessels.\n"));
    }

    /** "the three agencies" after a text that named three bodies: those bodies, not the state they serve. */
    @Test
    void countedAgenciesAreTheBodiesTheTextNamed() {
        String text = "---\ntitle: \"Agencies sign pact on drought\"\n"
                + "source_url: https://www.whitehouse.gov/briefing-room/a-release/\n---\n\n"
                + "The Department of Energy, the Department of the Interior and the Department of Agriculture signed a pact on"
                + " drought, welcomed across the Biden-Harris Administration.\n\n"
                + "The three agencies will share river flow data every month.\n";
        assertEquals("U.S. Department of Agriculture U.S. Department of Energy U.S. Department of the Interior",
                partiesOfLast(text));
    }

    /** "The company, the largest buyer in Europe outside Norway, plans …": the place in the apposition does not act. */
    @Test
    void aPlaceInTheSubjectsAppositionDoesNotAct() {
        String text = "Copper plant\n\nHalden Copper won a permit on Monday.\n\n"
                + "The company, the largest copper buyer in Europe outside Norway, plans to open a second plant.\n";
        assertEquals("Halden Copper", partiesOfLast(text));
    }

    /** "Orvik's largest shareholder, Brandt Holdings, said it would …": the shareholder acts, not the firm it holds. */
    @Test
    void aShareholderActsNotTheFirmItHolds() {
        String reported = "Vote on the merger\n\nHalden Copper agreed to buy Orvik Metals.\n\n"
                + "Orvik's largest shareholder group, Brandt Holdings and its chairman, said it would back the merger.\n";
        assertEquals("Brandt Holdings", partiesOfLast(reported));
        String direct = "Vote on the merger\n\nHalden Copper agreed to buy Orvik Metals.\n\n"
                + "Orvik's biggest shareholder, Brandt Holdings, will vote for the merger.\n";
        assertEquals("Brandt Holdings", partiesOfLast(direct));
    }

    /**
     * "The venture will …": the firms that set up the venture the report named before, or the venture's own name where
     * the report gives one.
     */
    @Test
    void theVentureIsTheFirmsThatSetItUpOrItsName() {
        String formed = "Cable recycling\n\nHalden Copper and Orvik Metals signed a supply deal on Friday.\n\n"
                + "The two companies will also form a venture to recycle cables. The venture will take scrap from utilities.\n";
        assertEquals("Halden Copper Orvik Metals", partiesOfLast(formed));
        String owned = "Tin project\n\nHalden Copper owns the Brisk project through Kestrel Resources, a joint venture with Orvik"
                + " Metals.\n\nThe venture plans to finish a drilling study on the deposit.\n";
        assertEquals("Kestrel Resources", partiesOfLast(owned));
    }

    /** "Groups in Europe and Japan urged Chile to …": a state joined to a continent after "in" is a place; the one told acts. */
    @Test
    void aStateJoinedToAContinentInTheSubjectIsAPlace() {
        String text = "Tin export curbs\n\nChile restricted tin exports in May.\n\n"
                + "Trade groups in Europe and Canada urged Chile to lift the curbs for all buyers.\n";
        assertEquals("CL", partiesOfLast(text));
    }

    /** "… said A had agreed to …, and that B would …": the second reported clause's subject pledges its measure too. */
    @Test
    void aSecondReportedClauseAddsItsSubject() {
        String text = "Tin truce\n\nCanada and Chile met in Lima on Monday.\n\n"
                + "The ministry said Chile had agreed to resume tin exports, and that Canada would cut the duty on Chilean tin.\n";
        assertEquals("CA CL", partiesOfLast(text));
    }

    /** "The agencies will …" with no number: the bodies the sentence before named, or the list the last one was in. */
    @Test
    void theAgenciesAreTheBodiesNamedJustBefore() {
        String sentenceBefore = "Drought plan\n\nThe Department of Energy and the Department of the Interior will jointly"
                + " draft a drought plan for the Colorado basin.\n\nThe agencies will work together to share river flow data.\n";
        assertEquals("U.S. Department of Energy U.S. Department of the Interior", partiesOfLast(sentenceBefore));
        String listBefore = "Drought plan\n\nThe Department of Energy and the Department of the Interior will draft a drought"
                + " plan. It will be published in the spring.\n\nThe agencies will then map the aquifers at risk.\n";
        assertEquals("U.S. Department of Energy U.S. Department of the Interior", partiesOfLast(listBefore));
    }

    /** "The two agencies" after one of them was named again alone: the last two bodies named, not one of them. */
    @Test
    void theTwoAgenciesAreTheLastTwoBodiesNamed() {
        String text = "Lease fees\n\nThe Federal Trade Commission and the Consumer Financial Protection Bureau will study"
                + " lease fees. It is the first such study by the FTC. The two agencies will publish a report next year.\n";
        assertEquals("Consumer Financial Protection Bureau Federal Trade Commission", partiesOfLast(text));
    }

    /** "These agencies called on insurers to …": those told act; insurers are no party, so no one commits. */
    @Test
    void agenciesCallingOnOthersAreNotTheParty() {
        String text = "Coverage\n\nThe Department of Labor and the Department of the Treasury met insurers on Monday.\n\n"
                + "These agencies called on insurers to cover the tests in full.\n";
        assertEquals("none", partiesOfLast(text));
    }

    /** "A team of U.S. geologists will …": the people a state sends act for that state. */
    @Test
    void aTeamOfAStatesExpertsActsForIt() {
        assertEquals("US", partiesOfLast("Copper survey\n\nA team of U.S. geologists will survey the copper deposits of"
                + " southern Peru next month.\n"));
    }

    /** "Banks are to arrange the rest, and the department will also guarantee …": the department's own clause acts too. */
    @Test
    void theDepartmentsOwnClauseActsBesideTheBanks() {
        String text = "Magnet plant\n\nThe Energy Department will lend $300 million to Halden Magnets.\n\n"
                + "Citigroup and two other banks agreed to arrange the rest of the debt, and the department will also"
                + " guarantee part of it.\n";
        assertTrue(partiesOfLast(text).contains("U.S. Department of Energy"), partiesOfLast(text));
    }

    /** "Orvik's biggest shareholder said it would …" with no name: the holder the report names with its stake. */
    @Test
    void aBareShareholderIsTheHolderNamedWithTheStake() {
        String named = "Vote on the bid\n\nBrandt Holdings, the family office of a Danish shipping heir, has built a 15% stake"
                + " in Orvik Metals.\n\nOrvik Metals' biggest shareholder said on Monday it would vote against the bid from"
                + " Halden Copper.\n";
        assertEquals("Brandt Holdings", partiesOfLast(named));
        String unnamed = "Vote on the bid\n\nHalden Copper offered $2 billion for Orvik Metals.\n\n"
                + "Orvik Metals' biggest shareholder said on Monday it would vote against the bid.\n";
        assertEquals("none", partiesOfLast(unnamed));
    }

    /** "USGS scientists will help …": a named body's own experts act for it, whatever the verb. */
    @Test
    void aBodysOwnExpertsActForItEvenWithHelp() {
        String text = "Lithium survey\n\nPeru and the United States agreed to map lithium in the south.\n\n"
                + "USGS scientists will help Peruvian geologists sample brine in the Puno region.\n";
        assertEquals("U.S. Geological Survey", partiesOfLast(text));
        // what a thing brings about stays an effect
        assertEquals("none", partiesOfLast("Lithium survey\n\nPeru and the United States agreed to map lithium.\n\n"
                + "The new maps will help Peru attract investors.\n"));
    }

    /** "X said it will create a dedicated office": a unit of its own the body sets up, not jobs it brings about. */
    @Test
    void aBodySayingItWillCreateAUnitOfItsOwnPledges() {
        String text = "Battery exports\n\nEXIM said it will create a dedicated office for battery exporters.\n";
        assertEquals("Export-Import Bank of the United States", partiesOfLast(text));
        assertEquals("none", partiesOfLast("Battery exports\n\nEXIM said it will create 400 jobs in Ohio.\n"));
    }

    /** A council the two parties set up acts for both of them when it is later the subject (ANNOTATION.md §2). */
    @Test
    void aCouncilThePartiesSetUpActsForThem() {
        String text = "Memorandum between Japan and Peru\n\n1. The Sides will set up a Mining Cooperation Council to oversee"
                + " this Memorandum.\n2. The Mining Cooperation Council will review the joint projects every year.\n";
        assertEquals("JP PE", partiesOfLast(text));
    }

    /** "Where feasible, the partnership will cooperate with …": working together through the deal is its parties' plan. */
    @Test
    void aPartnershipThatWillCooperateIsItsPartiesPlan() {
        String text = "Japan-Peru Minerals Partnership\n\nJapan and Peru launched the Minerals Partnership in Lima.\n\n"
                + "Where feasible, the partnership will cooperate with universities in both countries.\n";
        assertEquals("JP PE", partiesOfLast(text));
    }

    /** "X, Chile's tin miner, will …": the firm before a state's possessive apposition acts, as with "plans to". */
    @Test
    void aFirmWithAStatesPossessiveAppositionActs() {
        String lead = "Tin deal\n\nLIMA (Metals Desk) - Halden Metals, a tin miner, signed a supply deal with Orvik Solder.\n";
        assertEquals("Halden Metals", partiesOfLast(lead + "Halden Metals, Peru's largest tin miner, will deliver 900 tonnes a"
                + " month to Orvik Solder.\n"));
        assertEquals("Halden Metals", partiesOfLast(lead + "Halden Metals, Peru's state tin producer, will open a smelter in"
                + " Juliaca.\n"));
        assertEquals("Halden Metals", partiesOfLast(lead + "Halden Metals, Peru's tin miner, plans to open a smelter in"
                + " Juliaca.\n"));
    }

    /** "The Japanese company had agreed to …": the firm of that state named before, not the last firm named. */
    @Test
    void theCompanyOfAStateIsTheFirmOfThatState() {
        String text = "Smelter sale\n\nTOKYO (Metals Desk) - Sakura Metals bought the smelter of Korea Zinc on Friday.\n"
                + "Korea Zinc chief executive Park Min said the company would keep its staff.\n";
        assertEquals("Sakura Metals", partiesOfLast(text + "The Japanese company had agreed to invest $200 million in the plant.\n"));
        assertEquals("Korea Zinc", partiesOfLast(text + "The Korean company had agreed to supply zinc concentrate for"
                + " ten years.\n"));
        String us = "Smelter sale\n\nTOKYO (Metals Desk) - Sakura Metals bought the smelter of U.S. zinc maker Ohio Zinc on"
                + " Friday.\nOhio Zinc said on Monday it would sell its Tennessee mine.\nSakura Metals will build a new furnace.\n";
        assertEquals("Ohio Zinc", partiesOfLast(us + "The U.S. company had agreed to keep its offices in Ohio.\n"));
    }

    /** "…, and the US partner, X, will …": the firm named in the role's apposition acts in its own clause. */
    @Test
    void thePartnerNamedInAppositionActsInItsClause() {
        String lead = "Nickel venture\n\nJAKARTA (Metals Desk) - Halden Metals and Orvik Capital formed a nickel venture.\n";
        String parties = partiesOfLast(lead + "Halden Metals will build the smelter, and its partner, Orvik Capital, will"
                + " raise the debt.\n");
        assertEquals("Halden Metals Orvik Capital", parties);
        assertTrue(partiesOfLast(lead + "Halden Metals will build the smelter, and the US partner, Orvik Capital, will"
                + " raise the debt.\n").contains("Orvik Capital"));
    }

    /** "He and Dr. Doe committed to …" in a White House readout: the White House's official and the guest both act. */
    @Test
    void thePronounAndTheGuestBesideItBothAct() {
        String text = "---\ntitle: Readout of Mr. Roe's Call with Dr. Doe of Ghana\n"
                + "source_url: https://www.whitehouse.gov/briefing-room/a-readout/\n---\n"
                + "National Security Advisor Sam Roe spoke today with Ghanaian National Security Advisor Kofi Doe."
                + " Mr. Roe stressed that the United States will remain a close partner of Ghana.\n\n"
                + "He and Dr. Doe restated the value of the partnership and committed to continue to meet often.\n";
        assertEquals("GH US", partiesOfLast(text));
    }

    /** "Where X so requests the Community shall …": with no comma after the condition, its subject or object does not act. */
    @Test
    void aConditionWithoutACommaLeavesTheMainClauseItsOwnSubject() {
        String text = "Convention between the European Community and the Andean Community on tin\n\n"
                + "1. The Parties shall cooperate on the tin trade.\n"
                + "2. Where the Andean Community so requests the European Community shall examine support for smelters.\n"
                + "3. Where new rules affect the exports of the Andean Community the European Community shall consult it"
                + " in good time.\n";
        assertEquals("EU", partiesOf(text, "so requests"));
        assertEquals("EU", partiesOf(text, "new rules affect"));
    }

    /** "The co-chairs intend to …", "The TTC's working groups will …": a joint forum's chairs and units act for its parties. */
    @Test
    void theChairsAndUnitsOfAJointForumActForItsParties() {
        String text = "Joint statement of the Canada-Mexico Mining Dialogue\n\n"
                + "Canada and Mexico held the second meeting of their mining dialogue in Monterrey.\n"
                + "The co-chairs intend to convene the dialogue again next spring.\n"
                + "The CMMD's working groups will draft a report on graphite traceability.\n";
        assertEquals("CA MX", partiesOf(text, "co-chairs intend"));
        assertEquals("CA MX", partiesOf(text, "working groups will draft"));
    }

    /** "The Canadian co-chairs … They also resolved to …": the one side's people, not both sides of the meeting. */
    @Test
    void theyAfterOneSidesCoChairsIsThatSide() {
        String text = "Joint statement of the Canada-Mexico Mining Dialogue\n\n"
                + "Canada and Mexico held the second meeting of their mining dialogue in Monterrey.\n"
                + "The Canada co-chairs thanked the hosts for the visit. They also resolved to open a trade office in Monterrey.\n";
        assertEquals("CA", partiesOf(text, "They also resolved"));
    }

    /** "The military regime must …", "the country's junta should …": the rulers of the state the statement speaks of. */
    @Test
    void theRegimeIsTheStateItRules() {
        String text = "Statement on the situation in Sudan\n\n"
                + "The United States condemns the violence in Sudan, where thousands have fled their homes.\n"
                + "The military regime must open the roads to aid convoys.\n"
                + "The country's junta should release the detained journalists.\n";
        assertEquals("SD", partiesOf(text, "must open the roads"));
        assertEquals("SD", partiesOf(text, "should release"));
    }

    /** "he's calling on Congress to …": a contracted "is" before the participle, as "he is calling on". */
    @Test
    void aContractedIsBeforeCallingOnStillUrges() {
        String text = "Fact sheet on rail safety\n\nThe President is laying out his plan for safer railways.\n"
                + "As part of the plan, he’s calling on Congress to fund new inspections of freight lines.\n";
        assertEquals("United States Congress", partiesOf(text, "calling on Congress"));
    }

    /** "X and the founding members of Y, A, B and C" names both sides of the deal: X stays among "the Parties". */
    @Test
    void theSideBeforeTheFoundingMembersStaysAParty() {
        String text = "Trade talks concluded\n\nCanada and the founding members of Mercosur, Argentina, Brazil, Paraguay and"
                + " Uruguay, today closed their talks on a trade deal.\n\nThe Parties will cut duties on copper wire.\n";
        assertTrue(partiesOfLast(text).startsWith("AR BR CA"), partiesOfLast(text));
    }

    /**
     * "The country's military regime" stands for the state the report named with its rulers, though another state was
     * named since; its "junta" too.
     */
    @Test
    void aDescribedStatesRulersAreTheStateNamedWithThem() {
        String text = "Sudan's military has lost a gold region to rebels, and Egypt has stopped buying its ore.\n\n"
                + "The country's military regime, which calls the loss temporary, said it would retake the region.\n";
        assertEquals("SD", partiesOfLast(text));
        assertEquals("LA", partiesOfLast("Rebels seized a tin mine in Laos.\n\nThe country's junta will cancel their permits.\n"));
    }

    /** "The two miners" after a merger's new name made of theirs are the two parents, not the new company. */
    @Test
    void theTwoMinersAfterAMergersNewNameAreItsParents() {
        String text = "Zeltra Mining and Orvik Resources agreed to merge. The combined company, Zeltra Orvik, will be based"
                + " in Perth.\n\nThe two miners plan to cut costs by $300 million a year.\n";
        assertEquals("Orvik Resources Zeltra Mining", partiesOfLast(text));
    }

    /** "X understands the value that … can bring, and is committed to …": the relative clause's subject does not act, X does. */
    @Test
    void aRelativeClauseOnTheObjectLeavesTheSubjectActing() {
        String sheet = "FACT SHEET: A New Geothermal Program\n\nThe Department of the Interior opened a geothermal program.\n\n";
        assertEquals("U.S. Department of the Interior", partiesOfLast(sheet + "The Department of the Interior understands the"
                + " value that private drillers can bring, and is committed to leveraging their skills on public land.\n"));
        assertEquals("U.S. Department of the Interior", partiesOfLast(sheet + "The Department of the Interior values the data"
                + " which universities could share and will fund three new survey teams.\n"));
    }

    /** "A will hold 40%, B will hold 35% and C the rest": the clause whose verb is left out has its own subject, which acts. */
    @Test
    void aGappedClauseWithAShareHasItsOwnSubject() {
        assertEquals("Corvin Metals Halden Mota-Engil", partiesOfLast("Rail stakes split\n\nHalden will own 40%, Corvin Metals"
                + " will own 35% and Mota-Engil the remainder, the firms said.\n"));
        assertEquals("Halden", partiesOfLast("Loan agreed\n\nHalden will lend Corvin Metals 30% and Mota-Engil the rest of the"
                + " money.\n"));
    }

    /** "…, and the state development agency Corfo will …": a clause subject described before its name acts too. */
    @Test
    void aDescribedBodyOpeningACoordinatedClauseActs() {
        assertEquals("CL Codelco", partiesOfLast("Salt flat deal\n\nChile will grant the permits, and the state copper miner"
                + " Codelco will operate the plant.\n"));
    }

    /** "“We …,” the minister said" after a sentence naming "Peru's energy minister": the minister's state, not both. */
    @Test
    void anUnnamedMinisterAfterAStatesMinisterSpeaksForThatState() {
        String text = "Peru and Bolivia sign lithium pact\n\nPeru and Bolivia agreed on Monday to map their shared salt flats.\n\n"
                + "Peru's energy minister said Lima would publish new mining rules in March.\n\n";
        assertEquals("PE", partiesOfLast(text + "\"We will open a refinery in the south,\" the minister said.\n"));
        assertEquals("PE", partiesOfLast(text + "\"We intend to train geologists,\" he added.\n"));
    }

    /**
     * "Joint Statement on … for Moldova from A, B and C" with "We, the co-leaders of the … Coalition for Moldova": the
     * states the title names as speaking are "we", not the state the coalition serves.
     */
    @Test
    void weAreTheTitlesSpeakersNotTheStateACoalitionServes() {
        String text = "Joint Statement on Radar Support for Moldova from the United States, Norway and Finland\n\n"
                + "We, the co-leaders of the Radar Coalition for Moldova, have been delivering radars to Moldova.\n\n"
                + "We will keep training Moldova's crews through the winter.\n";
        assertEquals("FI NO US", partiesOfLast(text));
    }

    /** "X said it had chosen … and intends to …": an irregular participle in the reported past keeps the speaker as subject. */
    @Test
    void aReportedPastWithAnIrregularParticipleKeepsTheSpeaker() {
        String text = "Utility picks reactor vendors\n\nNordvik Energy said it had chosen two reactor vendors and intends to"
                + " decide on a site by 2028.\n";
        assertEquals("Nordvik Energy", partiesOf(text, "intends to"));
        assertEquals("Harlow Minerals", partiesOf("Miner picks builder\n\nHarlow Minerals said it had taken on a builder and"
                + " plans to open a smelter.\n", "plans to"));
    }

    /** People outside the deal who open the sentence and then "said they would" are no party named before. */
    @Test
    void outsideSpeakersJoinedToSaidCommitForNoParty() {
        String text = "Road approved\n\nThe Transport Ministry of Norland will widen the mine road within a year.\n\n";
        assertEquals("none", partiesOfLast(text + "Local groups and two fishing villages oppose the road and said they would"
                + " appeal the permit.\n"));
        assertEquals("none", partiesOfLast(text + "Environmental activists criticized the plan and said they would file a"
                + " lawsuit.\n"));
    }

    /** A quoted "our two countries": the speaker's state and the other state the attribution names, by name or adjective. */
    @Test
    void aQuotedPairIsTheSpeakersStateAndThePartnerTheAttributionNames() {
        String text = "Rail line agreed\n\nKenya will fund the northern rail line.\n\n";
        assertEquals("KE TZ", partiesOfLast(text + "\"Our two countries will build the line together,\" the Kenyan transport"
                + " minister said at a ceremony with Tanzanian officials.\n"));
        assertEquals("KE UG", partiesOfLast(text + "\"Both our nations will share the port,\" the Kenyan transport minister"
                + " said after talks with Uganda.\n"));
        assertEquals("KE", partiesOfLast(text + "\"Our two countries will build the line together,\" the Kenyan transport"
                + " minister said.\n"));
    }

    /** "- The Department of Energy will …" under the Administration's lead-in: the named agency acts under its own norm. */
    @Test
    void aNamedAgencyInAnItemOfTheAdministrationsLeadInActsAlone() {
        String text = "Fact sheet: new steps on nickel\n\nToday the Administration commits to:\n\n"
                + "- Speed up reviews of nickel mines on federal land.\n"
                + "- The Department of Energy will fund two nickel refineries in Ohio.\n";
        assertEquals("U.S. Department of Energy", partiesOfLast(text));
        assertEquals("US", partiesOf(text, "Speed up"));
    }

    /** "EU nationals will continue to be barred from …": the union's people are acted on, no party commits. */
    @Test
    void thePrivatePeopleOfAPartyAreNoParty() {
        String text = "Sanctions renewed\n\nThe Council renewed the measures on Monday.\n\n";
        assertEquals("none", partiesOfLast(text + "EU nationals will continue to be barred from buying the bonds.\n"));
        assertEquals("none", partiesOfLast(text + "U.S. persons will be prohibited from trading the shares.\n"));
        assertEquals("EU", partiesOfLast(text + "The EU will review the list in June.\n"));
    }

    /** "the coalition" after "the Minerals Security Partnership …, a coalition of states": that group, also when reported. */
    @Test
    void theCoalitionIsTheGroupTheReportNamedSo() {
        String text = "Graphite group grows\n\nCanada, Japan and Sweden founded the Minerals Security Partnership in 2022, a"
                + " coalition of states that funds mines.\n\n";
        assertEquals("Minerals Security Partnership",
                partiesOfLast(text + "Officials said on Monday that the coalition will back two graphite plants.\n"));
        assertEquals("Minerals Security Partnership",
                partiesOfLast(text + "A State Department spokesperson said the coalition would add new members.\n"));
    }

    /** "the Alliance" after "the U.S.-Japan Alliance": the two states joined in the name. */
    @Test
    void theAllianceAfterAJoinedPairOfStatesIsBothStates() {
        String text = "Leaders mark an anniversary\n\nThe two leaders met to mark the 60th year of the U.S.-Japan Alliance.\n\n"
                + "The Alliance will hold joint drills on the security of supply.\n";
        assertEquals("JP US", partiesOfLast(text));
    }

    /** "The ACP group of states committed to …": the named group acts, no group phrase for the parties that met. */
    @Test
    void theAcpGroupOfStatesIsTheGroupItNames() {
        String text = "Ministers meet in Suva\n\nMinisters of the ACP group of states and the European Union met in Suva.\n\n"
                + "The ACP group of states committed to publish its mining revenues.\n";
        assertEquals("Organisation of African, Caribbean and Pacific States", partiesOfLast(text));
    }

    /** "directs A, the B, and the C to …": a body named after the list's comma and "the" is directed too, no apposition. */
    @Test
    void aBodyListedAfterTheCommaAndTheIsDirectedToo() {
        String text = "Fact sheet: storm repairs\n\nToday the President signed an order on storm repairs.\n\n";
        assertEquals("Federal Emergency Management Agency U.S. Department of Energy U.S. Department of Transportation",
                partiesOfLast(text + "- The Order directs the Department of Energy, the Federal Emergency Management Agency, and"
                        + " the Department of Transportation to prepare a joint plan for grid repairs.\n"));
        assertEquals("U.S. Department of Energy",
                partiesOfLast(text + "- The Order directs the Department of Energy, a member of the Federal Emergency Management"
                        + " Agency's board, to prepare a joint plan for grid repairs.\n"));
    }

    /** "A, the B's … arm, will …": the body whose arm the apposition says A is does not act; A and a plain list still do. */
    @Test
    void theOwnerOfAnArmInTheSubjectsAppositionDoesNotAct() {
        String text = "Fact sheet: storm season\n\nThe Administration announced new steps today.\n\n";
        assertEquals("Federal Emergency Management Agency", partiesOfLast(text + "The Federal Emergency Management Agency, the"
                + " Department of Homeland Security’s disaster relief arm, will open three new supply depots.\n"));
        assertEquals("Federal Emergency Management Agency U.S. Department of Energy U.S. Department of Transportation",
                partiesOfLast(text + "The Department of Energy, the Federal Emergency Management Agency and the Department of"
                        + " Transportation will open three new supply depots.\n"));
    }

    /** "Founding members of the Pact include A, B and C. The founding members will …": those listed, not the opening's states. */
    @Test
    void theFoundingMembersAreTheStatesTheTextListedAsMembers() {
        String text = "Hydrogen pact launched\n\nLeaders of Canada, Chile and Peru launched the Clean Hydrogen Pact on Friday.\n\n"
                + "Founding members of the Pact include Japan, Kenya, Norway and Chile.\n\n";
        assertEquals("CL JP KE NO", partiesOfLast(text + "The founding members will set shared rules for green hydrogen.\n"));
        assertEquals("CL JP KE NO", partiesOfLast(text + "Members of the Pact will also fund two pilot plants.\n"));
    }

    /** "“We will …,” the ACP Secretary-General said": the group the title's abbreviation opens, not both sides that met. */
    @Test
    void anOfficerNamedByHisBodysAbbreviationSpeaksForThatBody() {
        String text = "Ministers meet in Suva\n\nMinisters of the ACP group and the European Union met in Suva on Monday.\n\n"
                + "“We will insist on refining the ore at home,” the ACP Secretary-General said.\n";
        assertEquals("Organisation of African, Caribbean and Pacific States", partiesOfLast(text));
    }
}
