package org.accordex.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.accordex.model.Commitment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which sentences commit (ANNOTATION.md §2): cues beyond modal verbs, operative present-tense items, list items
 * under a lead-in; not predictions, effects, clauses about the text itself, bare lead-ins or noun-phrase items.
 * Texts written for this test.
 */
class WhichSentencesCommitTest {
    /** An operative text: a memorandum whose participants are Canada and Chile. */
    private static final String MOU = "Memorandum of Understanding between the Government of Canada and the Government of Chile\n\n"
            + "The Participants sign this Memorandum and shall meet once a year under this Memorandum.\n";
    /** A news report about Canada and Chile. */
    private static final String NEWS = "Canada and Chile hold talks on critical minerals\n\nOTTAWA, May 4, 2026 — ";
    /** A national fact sheet. */
    private static final String FACT_SHEET = "FACT SHEET: Securing American Magnets\n\nThe United States leads on magnets. ";

    /** "modality parties" of the commitment in the text's last line, or "none". */
    static String lastLine(String text) {
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        int lastStart = text.stripTrailing().lastIndexOf('\n') + 1;
        return commitments.stream().filter(c -> c.end() > lastStart).findFirst()
                .map(c -> c.modality().name().toLowerCase() + " " + String.join(" ", c.parties())).orElse("none");
    }

    private static String context(String which) {
        return switch (which) {
            case "mou" -> MOU;
            case "news" -> NEWS;
            case "factsheet" -> FACT_SHEET;
            default -> throw new IllegalArgumentException(which);
        };
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            news      | Canada and Chile resolve to develop a joint copper registry.                        | commitment CA CL
            mou       | Recognising that copper will remain vital to growth, the Participants intend to expand their cooperation on smelting. | intent CA CL
            mou       | Noting that demand for lithium will double by 2035, Participants plan to map brines in both countries. | intent CA CL
            mou       | Recognising that copper will remain vital to growth, including in grids, which both countries will build. | none
            mou       | They share the ambition to accelerate low-emission smelting in both countries.     | intent CA CL
            mou       | They aim to accelerate the uptake of recycled copper.                                | intent CA CL
            news      | Copper demand is expected to accelerate next year.                                   | none
            news      | Canada and Chile are committed in the memorandum to open a joint copper laboratory. | commitment CA CL
            news      | Chile reiterated its commitment not to impose quotas on copper exports to Canada.   | commitment CL
            news      | Chile said it has signed an agreement with Canada to develop a copper registry.    | commitment CA CL
            news      | Canada will be able to call on large copper reserves.                               | none
            news      | Canada will also have preferred access to the output of the copper smelter.         | none
            news      | Canada will also gain priority access to copper from the smelter.                   | none
            news      | Canada's stake will reach 9 percent, and it will have the right to name a director. | none
            news      | Canada's stake in Halden will amount to 9 percent.                                  | none
            news      | Halden Metals said Canada's stake in Halden will amount to 9 percent.               | none
            news      | Canada, having recently announced new tariffs, is looking to expand copper trade.  | intent CA
            news      | The new Chile lithium leases will secure royalties for local towns.                  | none
            news      | Canada said it signed a letter of intent with Chile to map lithium brines.         | intent CA CL
            news      | Chile also signed an LOI to collaborate with Canada on copper smelting.             | intent CL
            news      | "We have a goal to open two copper smelters by 2028," Chile's minister said.       | intent CL
            news      | Chile has set a goal that half of its new buses will run on lithium batteries by 2030. | intent CL
            news      | "Our shared intent is to refine more copper," Chile's minister said.               | intent CL
            news      | The minister dismissed claims that Chile will allow raw lithium exports to Canada. | none
            news      | Our investment in Canada will accelerate copper production.                          | none
            factsheet | The Copper Act caps smelter fees, makes recommended audits free for small mines, and lets towns bargain. | none
            news      | Canada and Chile recommended a joint review of lithium brine permits.                | recommendation CA CL
            news      | Chile is a close partner and this agreement will enable us to widen copper trade.    | none
            news      | Chile is a close partner and the memorandum aims to widen copper trade.              | intent CA CL
            news      | Today's signing is proof of Chile's commitment to building copper smelters.          | none
            news      | This is a testament to our commitment to mapping lithium brines, Chile's minister said. | none
            news      | The minister restated Chile's commitment to building copper smelters.                 | commitment CL
            news      | The envoy met Halden Metals, a company whose 300 workers are dedicated to recycling copper. | none
            news      | Chile welcomed the Andean Copper Council, which is committed to tracing copper.     | none
            news      | Chile, which is committed to open trade, will cut its copper export duties.         | commitment CL
            factsheet | The Order instructs the Secretary of Commerce and the Secretary of Energy jointly to map copper demand. | obligation US
            news      | As two copper nations, Canada and Chile are united in their conviction that trade rules matter. | none
            news      | Canada and Chile are united in their support for open copper markets.               | commitment CA CL
            news      | Canada and Chile signed a strategic pact aimed at expanding copper refining.         | commitment CA CL
            news      | Canada and Chile signed a trade pact aimed at Peru's copper exporters.               | none
            news      | Chile is expected to play a leading role in copper refining by 2030.                 | none
            news      | Chile is expected to become the largest copper supplier to Canada.                   | none
            news      | According to a statement by Canada and Chile, the Andean country agreed to refrain from taxing copper exports to Canada. | commitment CL
            news      | All ministers agreed to paragraphs 2 - 4 and 6 - 9 of the copper statement.          | none
            news      | All ministers agreed to review the copper statement next year.                       | commitment CA CL
            news      | By partnering with Chile, Canada will boost domestic investment and create jobs.   | none
            news      | By signing the pact, Canada will reduce its tariffs on Chilean copper.             | commitment CA
            mou       | SEEKING to develop an integrated copper value chain in Canada and Chile;           | intent CA CL
            mou       | Intending to accelerate market growth for refined copper;                           | intent CA CL
            news      | Seeking to develop an integrated copper value chain, buyers flocked to Lima.       | none
            news      | India and Australia have decided to establish a lithium working group.              | commitment AU IN
            news      | Japan undertakes to notify Peru of any export restriction on nickel.                | commitment JP
            news      | Halden Metals will be a dependable supplier of copper cathodes to Canada.           | none
            mou       | We will be a dependable source of copper cathodes for each other.                    | commitment CA CL
            news      | The new Antofagasta smelter will be the largest copper refinery in the Americas.    | none
            news      | Canada's new copper smelter will be the largest refinery in the Americas.            | none
            news      | Canada's copper exports will be worth $4 billion a year by 2029.                    | none
            news      | Our progress on copper will not be ours alone.                                       | none
            news      | The Chilean minister will be in Halifax on Monday to tour the copper terminal.       | none
            news      | Chile will be in close contact with Canada on copper quotas.                         | commitment CL
            mou       | The Minister of Mining shall be the Chair of the Copper Council.                      | none
            mou       | The first task will be the establishment of a copper registry by Canada and Chile.    | commitment CA CL
            mou       | The review of copper quotas shall be the responsibility of the Participants.          | obligation CA CL
            mou       | The Copper Council shall comprise the deputy ministers responsible for mining.        | none
            mou       | The Copper Secretariat shall be located in Santiago.                                 | none
            mou       | Members of the Copper Council shall include the heads of the two geological surveys. | none
            mou       | The Copper Council shall include copper smelting in its work plan.                   | obligation Copper Council
            mou       | In case of conflict, the terms of this Memorandum shall govern.                      | none
            news      | Ottawa secured an agreement for Chile to ship 30,000 tonnes of cathodes a year.      | commitment CL
            news      | The minister won a commitment from Chile to cut its copper export levy.              | commitment CL
            news      | The minister secured commitments from smelters across the region to cut emissions.  | none
            news      | Canada will offer copper grants to encourage smelters to recycle scrap.              | commitment CA
            news      | The levy offers incentives to encourage smelters to recycle scrap.                   | none
            news      | Last year, Chilean forces undertook a rescue operation to protect copper miners.     | none
            news      | Canada undertook to notify Chile of any copper quota.                                | commitment CA
            news      | Decades ago, the miners marched in hopes that the copper barons would listen.        | none
            news      | Chile will pay a heavy price if it imposes a copper export ban, Canada warned.       | none
            news      | The combined levy on copper cathodes from Chile will not exceed 5 percent.           | none
            factsheet | Further, the Inter-American Foundation will fund copper training for miners in Peru. | commitment Inter-American Foundation
            news      | We have no doubt that the new minister will continue her work on copper smelting.   | none
            news      | Invited by Chile, Canada will send copper geologists to Antofagasta.                | commitment CA
            mou       | The Participants are taking steps to diversify graphite supply.                     | commitment CA CL
            news      | Korea announced plans to build a tungsten stockpile by 2030.                        | intent KR
            news      | The leaders instruct their ministers to draft a cobalt roadmap within six months.  | commitment CA CL
            news      | France and Mongolia join forces to map rare earth deposits.                        | commitment FR MN
            news      | The joint committee is tasked with reviewing lithium projects.                      | obligation CA CL
            mou       | The facility is intended to finance nickel processing.                              | intent CA CL
            mou       | The memorandum aims to ensure a steady supply of refined copper to both markets.    | intent CA CL
            mou       | This Memorandum seeks to widen trade in cobalt between the two sides.               | intent CA CL
            mou       | This Memorandum shall enter into force on the date of its signature.                | none
            news      | Japan and Peru aim at doubling copper trade by 2030.                                | intent JP PE
            news      | Brazil is determined to expand niobium exports.                                     | intent BR
            news      | Germany will make every effort to recycle cobalt.                                  | commitment DE
            news      | Both countries stand ready to finance graphite anodes.                              | commitment CA CL
            mou       | 1. The Participants are intensifying their efforts to secure graphite.              | commitment CA CL
            mou       | - Supply: The Participants are enhancing their initiatives to secure graphite.      | commitment CA CL
            mou       | 9. Response: The Participants are establishing a Canada-Chile Cobalt Task Group.   | commitment CA CL
            factsheet | The Department of Energy is establishing a cobalt recycling prize.                  | none
            news      | Chile has made commitments on lowering duties on Canadian copper wire.               | commitment CL
            news      | Canada and Chile have finalized commitments to remove barriers to graphite trade.    | commitment CA CL
            news      | Chile has made progress on lowering duties on Canadian copper wire.                  | none
            news      | We are expanding our exchanges of young geologists.                                 | none
            news      | Canada and Chile are expanding ties with Peru, seeking to sell more copper.          | intent CA CL
            news      | Canada is looking for new buyers of its copper.                                      | none
            factsheet | Looking to the future, Canada underscores its commitment to building smelters.     | commitment CA
            news      | Chile has announced its intention to build a lithium refinery.                      | intent CL
            news      | Canada and Chile agreed on Monday on a strategy to expand copper recycling.          | commitment CA CL
            news      | Canada and Chile agreed on July 1 to cooperate on copper recycling.                  | commitment CA CL
            news      | This flagship initiative aims to strengthen copper supply chains.                    | intent CA CL
            news      | Halden Copper signed a binding offtake agreement with Chile for the supply of cathodes. | commitment CL Halden Copper
            news      | Chile entered into a non-binding memorandum with Canada for the sale of lithium.       | intent CA CL
            news      | Canada issued a letter of interest for up to $90 million in financing for a smelter.  | intent CA
            news      | Canada's export bank offered a conditional commitment to lend $80 million to Halden Copper. | commitment CA
            news      | Canada announced a conditional commitment to Halden Copper for a $60 million loan.    | commitment CA
            news      | Canada's export bank announces a $90 million conditional loan commitment with Halden Copper to expand its smelter. | commitment CA
            news      | Chile said it hoped to have two lithium plants running within 18 months.              | intent CL
            news      | Chile had hoped to finish the lithium plant in 2020.                                  | none
            news      | Chile is to buy half of the copper cathodes of the smelter.                           | commitment CL
            news      | Chile is to also buy half of the copper cathodes of the smelter.                      | commitment CL
            news      | The aim of the copper talks is to be agreed later.                                    | none
            news      | Chile is to be paid for its copper in dollars.                                        | none
            news      | The deal commits Halden Copper, a firm owned by Canada and Chile, to supply cathodes. | commitment Halden Copper
            news      | Chile is aiming to secure buyers for half of its lithium by 2028.                     | intent CL
            news      | Chile formalised an agreement with Canada to build a lithium hydroxide plant.          | commitment CA CL
            news      | Total Chile copper cathode smelting capacity will reach 90,000 tonnes by 2027.       | none
            news      | Chile pledged $40 million to the regional copper fund.                               | commitment CL
            news      | For its part, Chile committed €300 million, with more to follow.                      | commitment CL
            news      | Canada also promised $1.2 billion for grid projects from 2027 to 2031.               | commitment CA
            news      | Canada and Chile have committed a combined $90 million for the purpose.             | commitment CA CL
            news      | Chile committed 300 engineers, with more to follow.                                  | none
            factsheet | Since 2022, the Department of Energy has committed $900 million to magnet plants.     | none
            factsheet | The Department of Energy has already committed $45 million to a cobalt refinery.     | none
            factsheet | To date, the United States has pledged $2.3 billion to the graphite fund.            | none
            factsheet | Over the past year, the Department of Energy committed $610 million to magnet lines. | none
            factsheet | The Department of Energy committed about $8 billion to magnet projects last year.    | none
            factsheet | In fiscal year 2024, the Department of Energy committed $70 million to cobalt mines. | none
            news      | Chile announced today that it has committed $60 million since May to copper mapping. | commitment CL
            news      | Chile is committing $25 million to a copper recycling fund.                          | commitment CL
            news      | Chile has committed $80 million to copper towns, including a fund that has already lent $9 million. | commitment CL
            news      | Chile committed $12 million through 2029 for copper smelter training.                | commitment CL
            news      | Chile committed approximately $18 million to copper mapping.                         | commitment CL
            news      | Private sector partners have committed $400 million to copper smelting in Chile.    | none
            news      | Its corporate members have pledged $50 million for copper recycling.                 | none
            news      | The partners will commit $70 million to the copper fund.                             | commitment CA CL
            news      | Halden Copper's total Canada copper smelting capacity will reach 90,000 tonnes.      | none
            news      | The partnership also seeks to coordinate with private copper buyers.                 | intent CA CL
            news      | The copper deal is expected to boost exports.                                        | none
            news      | The Canada-Chile loan package is expected to be structured like the copper fund.     | none
            news      | Examples of initiatives this copper funding is intended to support include smelters. | none
            news      | Canada ordered 500 more inspectors to audit copper mines.                            | none
            news      | We ask our Trade Ministers to draft a copper roadmap by June.                      | commitment CA CL
            news      | Canada asked Chile to lift its copper export duties.                                 | none
            news      | "We hope the copper talks will be a success," the envoy said.                       | none
            news      | "We are delighted that the copper deal will support smelters," she said.            | none
            news      | "We are pleased that Canada will lift its copper duties," the minister said.       | commitment CA
            news      | The copper pact also looks to build a smelter in Antofagasta.                       | intent CA CL
            news      | Canada looks to Peru for its copper supply.                                         | none
            news      | Canada and Chile are pushing to conclude a copper treaty by the end of 2026.        | intent CA CL
            news      | Copper prices are pushing to record highs.                                          | none
            news      | They have announced their intention to map lithium deposits together.               | intent CA CL
            news      | The presidents of Peru, Chile and Canada announced their intention to map lithium.   | intent CA CL PE
            news      | Canada calls on Chile to lift its lithium export duties.                            | recommendation CA
            news      | Canada is calling on Chile to lift its lithium export duties.                       | recommendation CA
            news      | Renewing a lease or calling for an update on a permit takes Canada too long.        | none
            news      | Canada is urging Chile to open its lithium registry to buyers.                      | recommendation CA
            news      | Chile is also pledging to publish its copper royalties each year.                   | commitment CL
            news      | For 2027 to 2030, Chile is pledging at least USD 40 million for copper research.    | commitment CL
            news      | Chile adopted a royalty rule in 2019, encouraging miners to refine more copper.     | none
            news      | It is encouraging to see Chile talk to Canada about copper.                         | none
            mou       | The Participants agree, on a reciprocal basis, to exempt cobalt samples from duties. | commitment CA CL
            mou       | The Participants have agreed, in consideration of their needs, to map tin deposits. | commitment CA CL
            mou       | The Participants pledge, through this partnership, to map cobalt deposits.          | commitment CA CL
            news      | Canada pledged further support for Chile in copper smelting.                        | commitment CA
            news      | The two ministers vowed, in talks with industry, to secure nickel supply.           | commitment CA CL
            mou       | 3. Contracting Parties shall not impose export duties on lithium.                   | obligation CA CL
            mou       | Affirming the common desire to expand trade in copper concentrates;                 | intent CA CL
            news      | Chile has made historic commitments to expand lithium refining.                    | commitment CL
            news      | Chilean businesses have agreed to purchase $300 million of Canadian copper.        | commitment CL
            news      | According to officials, the cooperation will focus on copper smelting.            | commitment CA CL
            news      | The partnership will also cover lithium exploration in the Andes.                  | commitment CA CL
            news      | As partners we agreed to support cobalt refining, also building on earlier work.   | commitment CA CL
            news      | Our countries are dedicated to expanding nickel recycling.                          | commitment CA CL
            news      | We look forward to a successful lithium conference hosted by Peru.                  | none
            news      | We look forward to a successful COP 40 in Lima.                                      | none
            news      | We look forward to Peru's lithium summit.                                            | none
            news      | We look forward to the next copper summit in Ottawa.                                 | intent CA CL
            news      | We look forward to further strengthening our cooperation on copper.                 | intent CA CL
            news      | We look forward to continued work on graphite standards.                            | intent CA CL
            news      | We look forward to the future; we seek to expand copper trade.                       | intent CA CL
            news      | We look forward to their recommendations on copper tailings.                         | none
            news      | We look forward to Peru becoming a member of the copper forum.                       | none
            news      | We are launching the Copper Principles, which we hope will guide smelter investment. | none
            news      | To this end we will upgrade our copper dialogue, including its working groups.       | commitment CA CL
            news      | To that end we will map lithium brines in both countries.                            | commitment CA CL
            news      | Canada announced the first call for proposals on lithium recycling.                 | none
            news      | A work plan with concrete milestones will be jointly prepared within three months.   | commitment CA CL
            news      | New expert groups will be created under the dialogue to review copper tariffs.      | commitment CA CL
            news      | Further copper meetings will be convened through the embassies of both countries.   | commitment CA CL
            news      | Thousands of mining jobs will be created in the north of Chile.                     | none
            news      | The partnership will also explore joint copper projects in third countries.         | commitment CA CL
            news      | The partnership will boost copper exports from both countries.                      | none
            news      | Canada and Chile signed a Joint Declaration of Intent to deepen copper cooperation.  | commitment CA CL
            news      | The ministers signed a memorandum during the Prime Minister's visit to Chile to attend a copper summit. | none
            news      | Canada signed a Memorandum of Understanding (MOU) with the Government of Chile on May 4, 2026, to jointly map copper deposits. | commitment CA CL
            news      | Canada signed a Memorandum of Understanding with the Government of Chile on May 4, 2026, to jointly map copper deposits. | commitment CA CL
            news      | Chile has the copper the world needs, and we are stepping up as a reliable supplier of copper. | none
            news      | We are stepping up our work to map copper deposits.                                 | commitment CA CL
            news      | The two ministers agreed upon setting up a joint task force on copper tailings.   | commitment CA CL
            news      | Canada and Chile agreed on launching a lithium brine survey next year.            | commitment CA CL
            news      | Canada and Chile agreed on the agenda for the copper talks.                       | none
            news      | "We have to secure graphite supplies now," Chile's minister said.                 | obligation CL
            news      | "There is more work we have to do on graphite," Chile's minister said.            | obligation CL
            news      | "We must use every tool we have to secure graphite," Chile's minister said.       | obligation CL
            mou       | Wishing to deepen their cooperation on copper smelting;                           | intent CA CL
            mou       | Reaffirming their commitment to set up a copper forum;                            | commitment CA CL
            mou       | Reaffirming their commitment to the rules of the copper forum;                    | none
            mou       | Reaffirming our commitment to map lithium brines, we will fund two surveys.       | commitment CA CL
            mou       | Renewing our commitment to ending copper smuggling.                               | commitment CA CL
            news      | Firms wishing to export copper concentrate can apply online.                      | none
            """)
    void cuesBeyondModalVerbs(String where, String sentence, String expected) {
        assertEquals(expected, lastLine(context(where) + sentence + "\n"));
    }

    /**
     * A news report's deal, declaration or memorandum that pledges or shows its parties' intention binds its parties, a
     * date aimed at is a plan, and a body the text sets up acts for its parties.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The declaration also pledges to de-risk copper projects through joint lending.      | commitment CA CL
            The memorandum signifies the intention of Peru and Japan to map lithium brines.     | intent JP PE
            The accord signals the commitment from our governments to recycle copper scrap.     | commitment CA CL
            The two sides are targeting 2028 for first production of copper cathodes.            | intent CA CL
            Halden Metals is targeting a final investment decision by mid-2027.                | intent Halden Metals
            Chilean sanctions are targeting officials who smuggle copper.                      | none
            Halden Metals and Codelco are seeking partners to build a copper smelter.           | intent Codelco Halden Metals
            The Centre will provide technical assistance on copper tailings.                  | commitment CA CL
            The Committee shall meet at least once a year to review cobalt supply.              | obligation CA CL
            The new centre will create 300 jobs in the north of Chile.                          | none
            """)
    void dealsAndBodiesActForThoseBehindThem(String sentence, String expected) {
        assertEquals(expected, lastLine(NEWS + "Officials met on Monday.\n" + sentence + "\n"));
    }

    @Test
    void anOperativeItemInTheProgressiveActsWithItsOwnVerb() {
        String text = MOU + "1. The Participants are intensifying their efforts to secure graphite.\n"
                + "2. The Participants are enhancing their initiatives to map cobalt deposits.\n";
        assertEquals(List.of("secure graphite", "enhance initiatives to map cobalt deposits"),
                WhoCommitsTest.annotate(text).commitments().stream().skip(1).map(Commitment::action).toList());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            mou       | This will eliminate duplicative reviews of lithium mines.
            news      | U.S. exports of graphite will no longer face tariffs in Japan.
            mou       | Chilean copper will see lower costs once the port opens.
            mou       | This Agreement shall enter into force 60 days after its signature.
            mou       | An amendment shall not affect rights acquired before it takes effect.
            mou       | This Memorandum shall be implemented consistent with applicable law.
            mou       | This Memorandum of Understanding is intended to become operative on signature.
            mou       | The present Annex shall remain in effect for five years.
            mou       | It shall terminate upon written notice by either Participant.
            news      | Demand for lithium will triple by 2030.
            factsheet | The Administration is taking action to secure magnet supply chains.
            factsheet | The Department of Energy is taking steps to fund a cobalt refinery.
            mou       | Nothing in this Memorandum shall be construed to create obligations.
            mou       | This Memorandum is not intended to create legally binding obligations.
            news      | Chile may decide to restrict lithium exports next year.
            news      | Canada welcomed the new fund aimed at expanding nickel output.
            mou       | Either Participant may terminate this Memorandum, and termination shall take effect after 90 days.
            news      | This Canada-Chile copper deal will usher in a new era for smelters in both countries.
            news      | The partnership will unlock billions in lithium investment.
            news      | The new agreements between Canada and Chile will bring cheaper copper to both markets.
            news      | And by investing in our ports, the new law will help exporters of copper.
            mou       | Our cooperation on cobalt will complement the work of the Minerals Security Partnership.
            news      | Canada's $2 billion investment will spur nickel processing in Ontario.
            factsheet | In May, the President directed the Secretary of Commerce to raise tariffs on graphite.
            factsheet | That is why we are marshalling every resource we have to secure graphite supplies.
            factsheet | Americans gain from the new tools they have to trace cobalt shipments.
            factsheet | In July, the President released a Cobalt Action Plan, which called for building three refineries.
            factsheet | The President signed an order that called for a study of graphite supplies.
            factsheet | Last year, the President instructed the Department of Energy to fund three cobalt refineries.
            mou       | The Joint Committee shall be composed of officials of both Participants.
            mou       | (a) critical mineral means any mineral listed in Annex 1;
            mou       | “Processing” shall mean any refining, smelting or separation of a mineral.
            news      | We acknowledge that graphite supply will become a central focus of our partnership.
            news      | Any smelter that is planning to switch to lithium brines could face new rules.
            factsheet | The agency [updated](https://example.gov/news/agency-will-recommend-new-cobalt-limits) its guidance.
            mou       | The new copper corridor is expected to stimulate investment in both countries.
            news      | Canada agreed, officials said, that copper talks would resume in May.
            news      | Canada had agreed, or was about to agree, to new copper quotas.
            mou       | Filling the copper reserve will also protect both countries from supply shocks.
            mou       | Doing so shall include reviewing nickel stockpiles.
            mou       | Public purchases of cobalt can encourage domestic refining.
            mou       | Our willingness to lower tariffs on graphite will depend on many factors.
            mou       | Article X of the GATT 1994 shall apply and is hereby made part of this Memorandum, mutatis mutandis.
            mou       | 2. The WTO Agreement on Safeguards shall apply to cobalt imports.
            mou       | In case of conflict between this Memorandum and another text, the latter shall prevail.
            mou       | The rights of the Participants relating to nickel subsidies shall be governed by the WTO rules.
            mou       | The discontinuation is expected to take effect 90 days after notice.
            mou       | Convinced that the copper corridor will spur trade between the two countries;
            factsheet | The President has rejected the assumption that smelters must close when prices fall.
            factsheet | Today we pray that our copper towns will flourish for generations to come.
            mou       | These modifications shall enter into effect on the date of signature.
            mou       | The States that accede to this Memorandum shall be considered as members of the Corridor.
            mou       | The lower copper duties shall replace those specified in the second schedule.
            mou       | Cobalt refined in either country shall be considered as originating in the Corridor.
            factsheet | On Friday, the Secretary of Energy will highlight new graphite plants in Ohio.
            factsheet | Governor Jane Roe will explain how her state is spending its cobalt grants.
            factsheet | The President will also announce that companies have invested $3 billion in nickel refining.
            factsheet | The Vice President will deliver remarks at a lithium plant in Nevada.
            factsheet | The President will also thank the Emir for Qatar's help with the evacuation of nickel workers.
            mou       | Canada and Chile are partners in copper endeavours that will create jobs in both countries.
            news      | Key terms of the copper agreement will include:
            factsheet | The key terms of the Agreement between the United States, Norway, and Iceland will include:
            factsheet | This will include but not be limited to the following:
            factsheet | * Creating Jobs: Building copper smelters in both countries will create thousands of jobs.
            factsheet | Building copper smelters in both countries will create thousands of jobs.
            news      | Canada's point-person will be Jane Roe, a deputy minister for mines.
            news      | The new copper refinery will be located in Ontario, near the lakes.
            news      | The chair of the copper working group will be held by Chile for two years.
            news      | The project team will be led by John Doe, a former mine manager.
            news      | The copper summit will be an opportunity to meet investors.
            factsheet | Our Nation's copper capital should be the envy of the world, not a disgrace.
            factsheet | The smelter town must be a symbol of pride for the American people.
            news      | Halden Copper and Chile are expected to finalize their smelter partnership this year.
            news      | The loan builds on an earlier grant, reinforcing Chile's commitment to securing copper for its smelters.
            """)
    void predictionsEffectsAndClausesAboutTheTextDoNotCommit(String where, String sentence) {
        assertEquals("none", lastLine(context(where) + sentence + "\n"));
    }

    /** A proclamation whose operative words close it: the President's state acts for the text. */
    private static String inAProclamation(String sentence) {
        String text = "A Proclamation on National Magnet Month\n\nMagnets power the economy of the United States. " + sentence
                + "\n\nNOW, THEREFORE, I, JANE ROE, President of the United States of America, by virtue of the authority vested in"
                + " me by the Constitution and the laws of the United States, do hereby proclaim May 2026 as National Magnet Month.\n";
        int at = text.indexOf(sentence);
        return WhoCommitsTest.annotate(text).commitments().stream().filter(c -> c.start() < at + sentence.length() && c.end() > at)
                .findFirst().map(c -> c.modality().name().toLowerCase() + " " + String.join(" ", c.parties())).orElse("none");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In my judgment, these steps will provide an effective, long-term alternative means to curb magnet imports. | none
            This plan draws on ideas from Members of Congress, and will increase the capacity of the United States to inspect magnets. | none
            The Governor's trip will strengthen the magnet supply chain. | none
            A worker's credit history should not unfairly bar them from jobs in magnet plants. | none
            No one should have to choose between rent and medicine. | none
            Gender should not decide who gets a job in a magnet plant. | none
            The Magnet Task Force will organize workshops on rare earth recycling. | commitment Magnet Task Force
            The program will provide grants to magnet plants in Ohio. | commitment US
            Employers should not unfairly bar workers from training programs. | recommendation US
            During Magnet Week, we recommit to building trust between miners and the towns they serve. | commitment US
            During Magnet Week, we recommit ourselves to the truth that magnets bind us together. | none
            The Order tasks the Magnet Council with drafting a magnet strategy. | obligation Magnet Council
            In my judgment, the action in this proclamation will, among other things, help increase magnet production. | none
            This action will also promote investment in magnet plants. | none
            Section 232 authorizes the President to adjust magnet imports so that such imports will not threaten to impair the national security. | none
            The Secretary weighed whether a tariff on magnets will help domestic plants. | none
            Magnet plants run at 70 percent of capacity, short of the Secretary's recommended objective of 80 percent. | none
            The Secretary shall raise the magnet tariff so that such imports will not threaten to impair the national security. | obligation US
            """)
    void aMeasureOrEventAndWhatShouldHoldForAnyoneForecastOrBelieve(String sentence, String expected) {
        assertEquals(expected, inAProclamation(sentence));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            mou       | The roadmap sets out the key terms the Participants will use in negotiating a copper treaty.
            mou       | The work plan includes projects the two countries will build in the Atacama.
            news      | Canada said the plan lists the smelters it will upgrade first.
            news      | The agreement covers the nickel committed to Canada under the deal.
            news      | The agreement covers the copper Chile committed to Canada under the deal.
            news      | Ministers committed to opening new copper markets attended the forum in Santiago.
            news      | Chile welcomed partners committed to developing lithium brines.
            news      | By partnering with Chile, Canada will boost its copper exports.
            news      | By joining the corridor, both countries will create thousands of smelter jobs.
            news      | The deal reached by Canada's Prime Minister and the smelter unions makes a large investment in mills and will create thousands of smelter jobs.
            news      | The pact, which Canada's Prime Minister signed in Santiago, will strengthen the copper supply chain.
            news      | In doing so, Canada will unlock new markets for nickel.
            news      | Their copper partnership is founded on a shared commitment to open markets.
            news      | The accord sets a framework for nickel trade with Chile based on a mutual commitment to fair pricing.
            mou       | The Participants share a commitment to open, transparent and diversified copper markets.
            news      | Both countries committed to secure and resilient nickel supply chains.
            """)
    void describingClausesAndMeansEffectsDoNotCommit(String where, String sentence) {
        assertEquals("none", lastLine(context(where) + sentence + "\n"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            news      | Canada said it will expand its copper smelters. | commitment CA
            news      | The pact signed by Canada's Prime Minister will provide $2 billion in loans for copper smelters. | commitment CA CL
            news      | Canada said on Monday it will expand its copper smelters. | commitment CA
            news      | The two governments agreed that they will coordinate nickel stockpiles. | commitment CA CL
            mou       | This Roadmap sets out the concrete actions that the Participants intend to carry out on graphite. | intent CA CL
            mou       | The work plan lists the steps the Participants will take on graphite. | commitment CA CL
            news      | Officials expect Chile will lift its lithium export duties. | commitment CL
            news      | The roadmap includes a commitment that Chile will open its copper registry. | commitment CL
            news      | The agreement sets out how Canada will buy Chilean copper. | commitment CA
            news      | Both countries committed to building a copper corridor. | commitment CA CL
            news      | Both countries committed to opening copper markets and signed the Santiago Charter. | commitment CA CL
            news      | Both countries committed to working with partners who attended the forum. | commitment CA CL
            news      | By partnering with Chile, Canada will invest in new copper smelters. | commitment CA
            news      | By signing the pact, Canada will reduce tariffs on Chilean copper. | commitment CA
            news      | Chilean firms are expected to invest $2 billion in copper smelting. | intent CL
            news      | Officials closed the talks by underscoring Chile's commitment to expanding copper smelting. | commitment CL
            news      | Both countries share a commitment to open their copper markets. | commitment CA CL
            news      | Building on their shared commitment to open markets, Canada and Chile will map copper deposits. | commitment CA CL
            news      | Both countries committed to secure and expand nickel supplies. | commitment CA CL
            news      | Both countries reaffirmed their commitment to secure and resilient nickel supply chains. | commitment CA CL
            """)
    void aDescribedNounOrAMeansLeavesRealPledgesAlone(String where, String sentence, String expected) {
        assertEquals(expected, lastLine(context(where) + sentence + "\n"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            news      | Canada and Chile are close partners who remain committed to opening copper markets by 2030. | commitment CA CL
            news      | Chile is a partner that will build two lithium refineries.                       | commitment CL
            news      | Chile welcomed partners that will invest in lithium brines.                      | none
            news      | Canada is home to smelters that will process Chilean copper.                     | none
            mou       | The Participants affirm that copper will remain a pillar of their trade for decades. | none
            news      | The ministers stressed that expanding smelters will support higher copper output. | none
            news      | Chile stated that it will expand its copper smelters.                           | commitment CL
            mou       | The Participants affirm that the working group will meet twice a year.           | commitment CA CL
            mou       | It is the intention of the Participants to hold an annual copper dialogue.       | intent CA CL
            news      | The law reflects the intention of its drafters to protect miners.                 | none
            """)
    void aPartysRoleClauseCommitsAndAThingsForecastInAReportedClauseDoesNot(String where, String sentence, String expected) {
        assertEquals(expected, lastLine(context(where) + sentence + "\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            GUIDED by a mutual commitment to sharing reliable copper data; and | commitment CA CL
            Motivated by their shared commitment to expand smelter links;      | commitment CA CL
            GUIDED by the principles of the Santiago Charter;                  | none
            """)
    void aPreambleGuidedByTheParticipantsCommitmentRecitesIt(String recital, String expected) {
        String text = "Memorandum of Understanding between the Government of Canada and the Government of Chile\n\n"
                + "The Government of Canada and the Government of Chile (the \"Participants\"):\n\n"
                + "NOTING the growth of copper trade;\n\n" + recital + "\n\nHave reached the following understanding:\n";
        List<Commitment> found = WhoCommitsTest.annotate(text).commitments().stream()
                .filter(c -> text.substring(c.start(), c.end()).startsWith(recital.substring(0, 12))).toList();
        assertEquals(expected, found.stream().findFirst()
                .map(c -> c.modality().name().toLowerCase() + " " + String.join(" ", c.parties())).orElse("none"));
    }

    @Test
    void aDetailAgreedToByCoordinatorsIsNoPledge() {
        String text = MOU + "\nARTICLE III\nThe forms of cooperation under this Memorandum may include, but are not limited to, the following:\n"
                + "a. Exchange of smelter data in a manner agreed to by the Coordinators;\n"
                + "b. Joint seminars on copper refining.\n";
        assertEquals("none", lastLine(text.substring(0, text.indexOf("b. "))));
        assertEquals("commitment CA CL", lastLine(MOU + "The Participants agreed to exchange smelter data.\n"));
    }

    @Test
    void itemsUnderAnAimsHeadingOfAJointDeclarationAreItsPartiesIntents() {
        String text = "Joint Declaration of Intent between Peru and Norway on Cobalt\n\n"
                + "Peru and Norway recognize the value of cobalt to both economies.\n\nObjectives\n"
                + "- Promote trade in refined cobalt;\n- Encourage research partnerships between universities;\n"
                + "- Battery recycling.\n";
        List<String> found = modalitiesPartiesAndTexts(text);
        assertEquals(List.of("intent NO PE: - Promote trade in refined cobalt;",
                "intent NO PE: - Encourage research partnerships between universities;"), found);
        // the same heading in a report about a deal heads no one's pledge
        String report = "Peru expands its cobalt exports\n\nPeru sells cobalt to Norway.\n\nObjectives\n"
                + "- Promote trade in refined cobalt;\n";
        assertEquals(List.of(), WhoCommitsTest.annotate(report).commitments());
    }

    @Test
    void aModalInsideAnItemsRelativeClauseLeavesTheItemToItsLeadIn() {
        // the suppliers' "must" describes the periods the rules set out; the item completes Canada's duty like its siblings
        String text = MOU + "Canada shall propose rules on cobalt shipments that set out:\n"
                + "(a) the kinds of cobalt defects that require notice;\n"
                + "(b) the periods within which suppliers must notify defects to the Participants;\n"
                + "(c) the forms of notice used by cobalt suppliers.\n";
        List<String> found = WhoCommitsTest.annotate(text).commitments().stream()
                .map(WhichSentencesCommitTest::modalityPartiesAndText)
                .filter(s -> s.contains("periods")).toList();
        assertEquals(List.of("obligation CA: (b) the periods within which suppliers must notify defects to the Participants;"), found);
        List<String> actions = WhoCommitsTest.annotate(text).commitments().stream().filter(c -> c.text().contains("periods"))
                .map(Commitment::action).toList();
        assertEquals(1, actions.size());
        org.junit.jupiter.api.Assertions.assertFalse(actions.get(0).startsWith("notify"), actions.get(0));
    }

    /**
     * Hedged and mixed modals: the speakers glad of progress urge no one, so their pledge after it decides; the group
     * noun of the speakers looks to act as they do; a passive recommendation that each party act tells the parties, as
     * a meeting's bare "Nations should" does; an aim that opens an item under a pledged lead-in is pledged with it, a
     * plan reported as a participle stays a plan.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            mou       | We are encouraged by the results of the tin survey and will continue to fund it.    | commitment CA CL
            mou       | The Ministers were encouraged that smelter output rose, and will meet again in June.  | commitment CA CL
            mou       | We were encouraged to see tin exports recover.                                       | none
            mou       | The Participants are encouraged to exchange data on tin smelting.                     | recommendation CA CL
            mou       | The partners look to widen the tin dialogue to other producers.                       | intent CA CL
            mou       | Members look to deepen their work on tin recycling.                                   | intent CA CL
            news      | Smelters look to Chile for more tin concentrate.                                      | none
            mou       | It is recommended that each Participant name a contact point for tin.                 | recommendation CA CL
            mou       | It is further recommended that the Participants publish tin statistics yearly.        | recommendation CA CL
            mou       | It is recommended that partners pool tin stocks.                                      | recommendation CA CL
            mou       | Nations should also weigh steps to report tin shortages to each other.                | recommendation CA CL
            mou       | The United Nations should publish tin statistics.                                     | recommendation United Nations
            """)
    void hedgedAndMixedModalsDecideByTheSpeakersOwnAct(String where, String sentence, String expected) {
        assertEquals(expected, lastLine(context(where) + sentence + "\n"));
    }

    @Test
    void anAimOpeningAnItemIsPledgedAsItsLeadInIs() {
        String text = MOU + "The Participants will work together to:\n- Explore ways to widen trade in refined tin;\n"
                + "- Seek to align their tin traceability rules;\n- Planning to host a tin summit in 2027.\n";
        List<String> found = WhoCommitsTest.annotate(text).commitments().stream()
                .map(c -> c.modality().name().toLowerCase() + " " + String.join(" ", c.parties()) + ": " + c.action())
                .filter(s -> !s.contains("meet once a year")).toList();
        assertEquals(List.of("commitment CA CL: widen trade in refined tin", "commitment CA CL: align tin traceability rules",
                "intent CA CL: host a tin summit"),
                found);
    }

    @Test
    void imperativeItemsInheritTheLeadInButNounPhrasesAndTheBareLeadInDoNot() {
        String text = MOU + "The Participants intend to:\n- Promote investment in lithium refining;\n"
                + "- Assess nickel reserves in both countries;\n- Rare earth magnets;\n- Sharing geological data on copper;\n"
                + "- Cooperation on graphite processing.\n";
        List<String> found = WhoCommitsTest.annotate(text).commitments().stream()
                .map(WhichSentencesCommitTest::modalityPartiesAndText)
                .filter(s -> !s.contains("sign this Memorandum")).toList();
        assertEquals(List.of(
                "intent CA CL: - Promote investment in lithium refining;",
                "intent CA CL: - Assess nickel reserves in both countries;",
                "intent CA CL: - Sharing geological data on copper;",
                "intent CA CL: - Cooperation on graphite processing."), found);
    }

    /**
     * A preamble's grounds of resolve commit; its closing words that conclude the text itself do not, and a ground of
     * recognition joined to a pledge is no part of its action.
     */
    @Test
    void aPreambleThatClosesByConcludingTheTextPledgesNothingByThat() {
        String text = "Trade Agreement between Peru and Iceland\n\nPeru and Iceland (the \"Parties\"),\n\n"
                + "RECALLING their long friendship;\n\n"
                + "DETERMINED to widen trade in copper between them;\n\n"
                + "REAFFIRMING their commitment to protect the oceans and recognising the importance of fisheries to both peoples;\n\n"
                + "HAVE AGREED, to that end, to conclude the following Trade Agreement (this \"Agreement\"):\n\n"
                + "The Parties shall meet once a year.\n";
        List<String> found = WhoCommitsTest.annotate(text).commitments().stream()
                .map(c -> c.modality().name().toLowerCase() + " " + String.join(" ", c.parties()) + ": " + c.action()).toList();
        assertEquals(List.of("intent IS PE: widen trade in copper between them",
                "commitment IS PE: protect the oceans",
                "obligation IS PE: meet once a year"), found);
    }

    @Test
    void aLeadInWhoseOnlyCueIsInAnAsideCommitsAloneAndItsPastItemsDoNot() {
        String text = FACT_SHEET + "Besides today's news – including that Canada will open a copper desk in Ottawa — these are the "
                + "steps taken so far:\n- Last spring, the United States signed a copper pact with Chile.\n"
                + "- The President named a copper envoy to Peru.\n";
        List<String> found = modalitiesPartiesAndTexts(text);
        assertEquals(List.of("commitment CA: Besides today's news – including that Canada will open a copper desk in Ottawa — "
                + "these are the steps taken so far:"), found);
    }

    @Test
    void whatALawOrBudgetFundsIsAReportNotTheLeadInOfThePledgeBeforeIt() {
        String text = FACT_SHEET + "The Administration will replace every lead pipe in the country. The President's budget invests:\n"
                + "- $4 billion for copper pipe replacements at the Department of Energy;\n"
                + "- $1 billion for rural water utilities.\n"
                + "The United States will build a copper stockpile. The plan includes:\n"
                + "- Buying refined copper from Chile.\n";
        List<String> found = modalitiesPartiesAndTexts(text);
        assertEquals(List.of("commitment US: The Administration will replace every lead pipe in the country.",
                "commitment US: The United States will build a copper stockpile.",
                "commitment US: - Buying refined copper from Chile."), found);
    }

    @Test
    void whatOthersInARelativeClauseSeekIsNoLeadInOfThePartys() {
        String text = FACT_SHEET + "Today's awards build on steps the Administration has taken to help copper firms, in "
                + "particular those who are seeking equity:\n- Expanding loans to small copper refiners.\n"
                + "- Opening a copper desk at the Small Business Administration.\n"
                + "Ms. Roe chairs a non-profit organization that seeks to train copper workers.\n"
                + "USDA is funding 40 projects that seek to recycle copper wire.\n"
                + "The United States will also back a copper fund that seeks to help young miners.\n";
        List<String> found = modalitiesPartiesAndTexts(text);
        assertEquals(List.of("commitment US: The United States will also back a copper fund that seeks to help young miners."),
                found);
    }

    @Test
    void itemsThatRecordWhatWasDoneDoNotInheritAPledgingLeadIn() {
        String text = FACT_SHEET + "The Government of Ghana remains committed to reforming the school system. To improve its "
                + "schools, the Government of Ghana:\n- Provided grants to 400 rural schools through the Better Schools Fund.\n"
                + "- Stood up a task force that reviews teacher training.\n- Trained 3,000 teachers in 12 provinces.\n"
                + "- Based on the review, adopt a new curriculum for 2027.\n- Proceed to the second phase of the reform.\n";
        List<String> found = modalitiesPartiesAndTexts(text);
        assertEquals(List.of("commitment GH: The Government of Ghana remains committed to reforming the school system.",
                "commitment GH: - Based on the review, adopt a new curriculum for 2027.",
                "commitment GH: - Proceed to the second phase of the reform."), found);
    }

    @Test
    void aParticipleThatDescribesAnItemsNounIsNoRecordOfWhatWasDone() {
        String text = FACT_SHEET + "Ghana will take the following actions to secure its bauxite exports:\n"
                + "- Enhanced customs inspections at the port of Takoradi;\n- Expanded rail capacity between the mines and the port.\n";
        List<String> found = modalitiesPartiesAndTexts(text);
        assertEquals(List.of("commitment GH: Ghana will take the following actions to secure its bauxite exports:",
                "commitment GH: - Enhanced customs inspections at the port of Takoradi;",
                "commitment GH: - Expanded rail capacity between the mines and the port."), found);
    }

    @Test
    void aLeadInWithACueOfItsOwnAfterTheAsideKeepsItsItems() {
        String text = FACT_SHEET + "Through the Copper Initiative — which shall be set up by the Secretary of Commerce — agencies "
                + "shall take the following actions:\n(i) map copper deposits on federal land;\n(ii) train mine inspectors.\n";
        List<String> found = WhoCommitsTest.annotate(text).commitments().stream()
                .map(c -> c.modality().name().toLowerCase() + " " + String.join(" ", c.parties()) + ": " + c.action()).toList();
        assertEquals(List.of("obligation US: take the following actions", "obligation US: map copper deposits on federal land",
                "obligation US: train mine inspectors"), found);
    }

    @Test
    void aLongItemUnderABareLeadInIsAnActionEvenWithAnUnlistedVerb() {
        String text = MOU + "The Secretariat shall:\n(i) Excise outdated references to cobalt quotas from the annexes;\n"
                + "(ii) the Minister of Mines;\n(iii) A geologist with ten years of experience in lithium brines.\n";
        List<String> found = WhoCommitsTest.annotate(text).commitments().stream().map(Commitment::text)
                .filter(s -> !s.contains("sign this Memorandum")).toList();
        assertEquals(List.of("(i) Excise outdated references to cobalt quotas from the annexes;"), found);
    }

    @Test
    void aLeadInWithItsOwnActionCommitsAndItsLongerItemsComplementIt() {
        String text = MOU + "Each Participant shall report annually on the following:\n"
                + "(a) the volume of its lithium exports to third countries;\n(b) cobalt;\n"
                + "(c) the measures it has taken to develop processing capacity.\n";
        List<String> found = WhoCommitsTest.annotate(text).commitments().stream().map(Commitment::text)
                .filter(s -> !s.contains("sign this Memorandum")).toList();
        assertEquals(List.of("Each Participant shall report annually on the following:",
                "(a) the volume of its lithium exports to third countries;",
                "(c) the measures it has taken to develop processing capacity."), found);
    }

    @Test
    void aNegatedLeadInWithoutAnActionIsNotACommitmentOnItsOwn() {
        String text = MOU + "Each Participant shall not:\n(a) impose export duties on cobalt;\n(b) restrict graphite exports.\n";
        List<String> found = WhoCommitsTest.annotate(text).commitments().stream().map(Commitment::text)
                .filter(s -> !s.contains("sign this Memorandum")).toList();
        assertEquals(List.of("(a) impose export duties on cobalt;", "(b) restrict graphite exports."), found);
    }

    @Test
    void aLeadInThatOnlySaysThePartiesWillWorkToIsNotACommitmentOnItsOwn() {
        String text = NEWS + "Under the statement, Canada and Chile will work to:\n- map copper deposits;\n- train mine inspectors.\n";
        List<String> found = WhoCommitsTest.annotate(text).commitments().stream()
                .map(c -> String.join(" ", c.parties()) + ": " + c.action()).toList();
        assertEquals(List.of("CA CL: map copper deposits", "CA CL: train mine inspectors"), found);
    }

    @Test
    void itemsOpenedByAVerbOfAdvocacyAreActions() {
        String text = NEWS + "Canada and Chile will work together to:\n  • advocate for strong labour standards in copper mining\n"
                + "  • champion open copper markets\n  • bolster lithium research.\n";
        List<String> found = WhoCommitsTest.annotate(text).commitments().stream()
                .map(c -> String.join(" ", c.parties()) + ": " + c.action()).toList();
        assertEquals(List.of("CA CL: advocate for strong labour standards in copper mining", "CA CL: champion open copper markets",
                "CA CL: bolster lithium research"), found);
    }

    @Test
    void aLeadInWithoutAnActionIsNotACommitmentOnItsOwn() {
        String text = MOU + "Each Participant shall, within six months:\n(a) remove export duties on cobalt;\n"
                + "(b) publish its tariff schedule.\n";
        List<String> found = WhoCommitsTest.annotate(text).commitments().stream().map(Commitment::text)
                .filter(s -> !s.contains("sign this Memorandum")).toList();
        assertEquals(List.of("(a) remove export duties on cobalt;", "(b) publish its tariff schedule."), found);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            news      | The leaders instructed their ministers to report on nickel projects by the end of 2027. | commitment CA CL
            factsheet | The President directs the Secretary of the Interior to map cobalt deposits.          | obligation US
            mou       | The Participants agree that processing means refining in their territories.          | commitment CA CL
            mou       | Where a Participant intends to restrict cobalt exports, it shall consult the other Participant. | obligation CA CL
            mou       | A Participant intending to restrict cobalt exports shall notify the other Participant in writing. | obligation CA CL
            mou       | If Chile agrees to lower its duties on lithium, Canada will buy more of it.           | commitment CA
            factsheet | The President will announce that the Department of Energy will fund two cobalt refineries. | commitment US
            factsheet | The President will announce that he has directed the Secretary of Commerce to map copper imports. | commitment US
            factsheet | The Department of Energy will announce new grants for graphite anodes.               | commitment U.S. Department of Energy
            """)
    void directivesAndDefinitionsThatStillCommit(String where, String sentence, String expected) {
        assertEquals(expected, lastLine(context(where) + sentence + "\n"));
    }

    @Test
    void aFactSheetsItemReportingAnotherActorsWorkDoesNotContinueItsLeadIn() {
        String text = FACT_SHEET + "The Department of Energy will expand cooperation on graphite, including:\n\n"
                + "- **Anode Advisors:** The Space Force is establishing an advisor program, which will train officers.\n\n"
                + "- Canada has launched a graphite mapping survey.\n\n"
                + "- Refiners are asked to report their graphite stocks.\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        assertEquals(List.of("The Department of Energy will expand cooperation on graphite, including:",
                "- Refiners are asked to report their graphite stocks."),
                commitments.stream().map(Commitment::text).toList());
    }

    @Test
    void aFrameworksItemOfTheLeadInsOwnPartyStillCommitsInThePresentTense() {
        String text = "Joint Statement of Canada and Chile\n\nChile has committed to address barriers to copper trade, including:\n\n"
                + "- Licensing: Chile is reforming its import licensing for copper cathodes.\n";
        assertEquals("commitment CL", lastLine(text));
    }

    @Test
    void aLeadInsMarkdownEmphasisAfterItsColonStillOpensItsItems() {
        String text = MOU + "*Areas of cooperation are intended to include:*\n\n-   mapping cobalt deposits in both countries;\n"
                + "-   training geologists.\n";
        // the lead-in itself only says what its items hold: they commit, it does not
        List<String> found = WhoCommitsTest.annotate(text).commitments().stream().skip(1)
                .map(WhichSentencesCommitTest::modalityPartiesAndText).toList();
        assertEquals(List.of("intent CA CL: -   mapping cobalt deposits in both countries;", "intent CA CL: -   training geologists."),
                found);
    }

    @Test
    void aSecondSentenceOfABulletedItemAndMarkupBetweenItemsKeepTheList() {
        String text = MOU + "The Participants agree to the following steps:\n\n-   Map nickel deposits. In this context, each"
                + " Participant will name a survey team.\n\n<!-- -->\n\n-   Agree to the joint pricing of cobalt.\n\n"
                + "<!-- -->\n\n-   Refrain from new export duties on graphite.\n\n1.  We note the progress made so far.\n";
        List<String> found = WhoCommitsTest.annotate(text).commitments().stream()
                .map(c -> c.modality().name().toLowerCase() + " " + c.action()).skip(2).toList();
        assertEquals(List.of("commitment Map nickel deposits", "commitment name a survey team",
                "commitment the joint pricing of cobalt", "commitment Refrain from new export duties on graphite"), found);
    }

    @Test
    void theDayANewsReportGivesBeforeTheVerbIsNoPartOfTheAction() {
        String text = NEWS + "Canada will on Thursday announce a grant for Chile's state copper miner.\n"
                + "Chile will later this month sign a lithium charter with Canada.\n";
        List<String> found = WhoCommitsTest.annotate(text).commitments().stream().map(Commitment::action).toList();
        assertEquals(List.of("announce a grant for Chile's state copper miner", "sign a lithium charter with Canada"), found);
    }

    @Test
    void aLeadingPurposeDoesNotSetTheModality() {
        String text = MOU + "With the aim to facilitate trade in copper, the Participants shall:\n(a) simplify customs procedures;\n"
                + "(b) share data on copper flows.\n";
        List<String> found = WhoCommitsTest.annotate(text).commitments().stream().skip(1)
                .map(c -> c.modality().name().toLowerCase() + " " + c.action()).toList();
        assertEquals(List.of("obligation simplify customs procedures", "obligation share data on copper flows"), found);
    }

    @Test
    void theItemsOfADefinitionsLeadInDoNotCommit() {
        String text = MOU + "The Participants shall consult on graphite prices.\nFor the purposes of this Memorandum:\n"
                + "(a) graphite product means natural or synthetic graphite in any form;\n"
                + "(b) export restriction means any ban, quota or licence on exports;\n";
        List<String> found = WhoCommitsTest.annotate(text).commitments().stream().map(Commitment::text)
                .filter(s -> !s.contains("sign this Memorandum")).toList();
        assertEquals(List.of("The Participants shall consult on graphite prices."), found);
    }

    @Test
    void anItemNamingItsCompanyActsFromTheWordsAfterTheName() {
        String text = FACT_SHEET + "\nThe following companies will invest in magnets:\n- Umicore, to build a recycling plant in Ohio.\n";
        List<String> found = WhoCommitsTest.annotate(text).commitments().stream()
                .map(c -> String.join(" ", c.parties()) + ": " + c.action()).toList();
        assertEquals(List.of("Umicore: build a recycling plant in Ohio"), found);
    }

    /** Each commitment of {@code text} as {@link #modalityPartiesAndText} writes it, in order. */
    private static List<String> modalitiesPartiesAndTexts(String text) {
        return WhoCommitsTest.annotate(text).commitments().stream().map(WhichSentencesCommitTest::modalityPartiesAndText).toList();
    }

    /** "intent CA CL: - mapping cobalt deposits …": what an item test compares. */
    private static String modalityPartiesAndText(Commitment c) {
        return c.modality().name().toLowerCase() + " " + String.join(" ", c.parties()) + ": " + c.text();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            factsheet | The President will later visit the copper smelter in Nevada.
            factsheet | On Friday, the Secretary of Energy will travel to Reno to highlight new lithium plants.
            factsheet | The President will welcome Prime Minister Jane Roe of Chile to the White House on June 3.
            factsheet | The President will host President Ana Soto of Chile for a working lunch.
            factsheet | The lithium roundtable will be live streamed.
            news      | The next copper meeting will be held on March 24 in Santiago.
            """)
    void anItineraryOrAnEventsDateIsNoPledge(String where, String sentence) {
        assertEquals("none", lastLine(context(where) + sentence + "\n"));
    }

    /**
     * The venue and the month or year of the next meeting are a schedule, and what happens to a chair's summary or a
     * communiqué is said of the text itself; the parties who hold a meeting, agree where it is held, or who must hold it
     * by a provision of the text still commit.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            news      | The next copper meeting will be held in Santiago in October 2027.                          | none
            news      | A summit of the two presidents is expected to be held in Lima later this year.            | none
            mou       | The third Copper Dialogue will be held in Ottawa in the spring.                           | none
            mou       | The fourth Copper Dialogue will take place in Chile in 2028.                              | none
            mou       | The next meeting will be held in Santiago.                                                | none
            mou       | The fifth Copper Dialogue will be held in Lima, Peru, on the margins of the copper fair.  | none
            mou       | A meeting of officials will be held in Lima to review the smelter road map.               | commitment CA CL
            mou       | This Chair's Summary will be circulated to the Participants and made public.              | none
            mou       | The Communique will be transmitted to the ministers of both countries.                    | none
            mou       | The Participants will hold the next copper dialogue in Santiago in 2027.                  | commitment CA CL
            mou       | Meetings of the Copper Committee shall be held in Ottawa in March of each year.           | obligation CA CL
            mou       | A working group on copper smelting will be established within six months.                | commitment CA CL
            """)
    void aMeetingsVenueAndDateAndWhatBecomesOfASummaryAreNoPledge(String where, String sentence, String expected) {
        assertEquals(expected, lastLine(context(where) + sentence + "\n"));
    }

    /** What a body will still need to do to the deal before it binds is the text's way into force; doing it is a pledge. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Chilean Senate will need to approve the copper pact.                        | none
            Both parliaments will have to ratify the agreement before it takes effect.      | none
            Chile's lawmakers will also need to sign off on the lithium accord.             | none
            Canada will approve the copper pact next week.                                  | commitment CA
            Chile will ratify the lithium agreement by June.                                | commitment CL
            """)
    void aDealStillToBeApprovedIsNoPledge(String sentence, String expected) {
        assertEquals(expected, lastLine(NEWS + sentence + "\n"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            news      | Canada's trade minister will travel to Santiago to sign the copper pact.                 | commitment CA
            news      | Canada and Chile agreed that the next copper meeting will be held in Santiago in 2027.   | commitment CA CL
            news      | Canada and Chile will hold the next copper dialogue in Santiago on March 24.            | commitment CA CL
            factsheet | The Department of Energy will host a graphite summit in Ohio in November.               | commitment U.S. Department of Energy
            """)
    void aTripToSignADealAndAMeetingThePartiesHoldStayTheirPlan(String where, String sentence, String expected) {
        assertEquals(expected, lastLine(context(where) + sentence + "\n"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            news      | In 2019, Canada agreed to build a copper smelter in Chile.
            news      | Last year the two countries pledged to cooperate on lithium.
            news      | Chile agreed in 2021 to open its copper registry.
            factsheet | In June, the Department of Energy committed to fund two cobalt refineries.
            news      | Chile did not agree to lower its duties on refined copper, the trade ministry said.
            news      | Canada has not agreed to open its nickel sector to state-owned buyers.
            news      | The two countries have yet to agree to a timeline for the lithium talks.
            news      | Peru didn't agree to lift its quota on copper concentrate.
            """)
    void aPastPledgeRecountedIsNoCommitmentOfTheText(String where, String sentence) {
        assertEquals("none", lastLine(context(where) + sentence + "\n"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            factsheet | Since taking office, the President has been committed to expanding copper recycling. | commitment US
            news      | In 2019, Canada agreed to build a copper smelter, and it will now expand the smelter. | commitment CA
            news      | Canada and Chile agreed on July 1 to cooperate on copper recycling.                   | commitment CA CL
            """)
    void aStandingCommitmentAndANewPledgeAfterAPastOneStillCommit(String where, String sentence, String expected) {
        assertEquals(expected, lastLine(context(where) + sentence + "\n"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            news      | With this deal we will see copper prices fall.
            news      | Chilean smelters will face higher costs next year.
            factsheet | The Department of Energy is expected to receive $5 million for graphite research.
            news      | Each new smelter is expected to lead to lower copper prices.
            news      | Copper prices are set to rise next year.
            news      | Chile is set to become the largest supplier of refined copper.
            news      | "In hard times, Chile will be stronger and more secure by refining its own copper," the minister said.
            news      | Chile's new copper fund is expected to attract a further $2 billion from pension funds.
            news      | Using Peru's ports and Chile's power, this partnership will diversify the copper supply chain.
            news      | Chile lists three copper deposits, which, according to the ministry, «will make Chile a major refiner».
            factsheet | The fund supports miners who want to recycle cobalt.
            factsheet | The agency funds firms that seek lithium licenses.
            mou       | The rate of duty on copper shall be determined by the product's current rate under the tariff schedule.
            """)
    void forecastsAndWhatOthersWantAreNoPledge(String where, String sentence) {
        assertEquals("none", lastLine(context(where) + sentence + "\n"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            news      | Canada is set to invest $2 billion in Chilean copper smelters.                  | intent CA
            news      | Canada and Chile are set to sign a copper pact on Monday.                       | intent CA CL
            news      | The two countries are to sign a copper pact next week.                          | commitment CA CL
            news      | Canada is expected to invest $1 billion in Chilean copper.                      | intent CA
            news      | Canada will see to it that copper exports resume.                               | commitment CA
            news      | Using Peru's ports, Canada will build a copper smelter.                         | commitment CA
            news      | Building on its 2020 pact with Chile, Canada, which owns a smelter, will refine more copper. | commitment CA
            news      | Canada will make its copper stockpile available to Chile.                       | commitment CA
            news      | Canada will be a reliable supplier of copper to Chile.                           | commitment CA
            news      | Canada and Chile signed a memorandum that seeks to expand copper trade.         | intent CA CL
            news      | Chile backs a new copper program, which aims to train 500 smelter workers.      | intent CL
            news      | The partnership is designed to support copper smelters in both countries.        | intent CA CL
            news      | This initiative, which involves both nations, is designed to secure refined copper. | intent CA CL
            factsheet | We will stand with miners against those who seek to close the mines.           | commitment US
            mou       | The date of the next meeting shall be determined by mutual consent of the Participants. | obligation CA CL
            """)
    void aPartysSetPlanADealsAimAndADutyToAgreeStillCommit(String where, String sentence, String expected) {
        assertEquals(expected, lastLine(context(where) + sentence + "\n"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            factsheet | Canada gave $30 million to the copper fund in 2024, raising the Canadian total pledge to this fund to $90 million.
            factsheet | Earlier this month, the agency unveiled the planned purchase of 40 drills, along with 8 spare drills ready to deploy.
            factsheet | By directing the agencies to speed up copper permits, this Order will strengthen our mining towns.
            factsheet | At a time when many towns cannot afford clean water, these measures will support families and farms.
            factsheet | The Clean Copper Act will provide tax credits to small smelters.
            factsheet | The Governor's decision to close old mining loopholes will strengthen the state's copper supply.
            factsheet | **STRONGER COPPER TOWNS:** The Governor's decision to end old exemptions will strengthen the state's copper mills.
            factsheet | It will take time.
            news      | Once running, the smelter is designed to produce 50,000 tonnes of copper a year.
            news      | The new copper levy is designed to protect domestic smelters.
            factsheet | The permit to be issued by the Director shall be known as the Copper Haul Permit.
            mou       | (b) The additional rate of duty on copper of Chile, as of the date of this notice, shall be determined by the product's Column 2 Duty Rate.
            """)
    void aNounPledgeADescribedThingAMeasuresEffectsAndANameAreNoPledge(String where, String sentence) {
        assertEquals("none", lastLine(context(where) + sentence + "\n"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            news      | Members of the Copper Alliance have committed $4 billion to build smelters by 2030 and have already provided $1 billion since 2022. | commitment
            news      | Canada and Chile are ready to sign a copper pact.                                | intent CA CL
            factsheet | - The Order directs Federal mining regulators to remove outdated rules from their guidance. | obligation US
            factsheet | - The Order further requires Federal mining regulators to review permits issued since 2020. | obligation US
            news      | Canada's embassy is in close contact with Chile and ready to assist.              | intent CA
            factsheet | We pledge to help our copper towns.                                              | commitment US
            """)
    void aPledgeBeforeAPastClauseADirectiveToRegulatorsAndAReadyPartyStillCommit(String where, String sentence, String expected) {
        String got = lastLine(context(where) + sentence + "\n");
        assertEquals(expected, expected.indexOf(' ') < 0 ? got.split(" ")[0] : got);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            We direct the Secretariat to prepare a review of copper stocks.                                  | commitment Group of Seven
            We also direct our officials to draw up a copper roadmap.                                        | commitment Group of Seven
            The partnership will aim to develop four areas of work on copper.                                 | commitment Group of Seven
            Investments in copper will seek to raise output.                                                 | none
            """)
    void leadersWhoDirectTheirSecretariatAndADealThatWillAimCommit(String sentence, String expected) {
        String g7 = "G7 Leaders' Statement on Copper\n\nWe, the Leaders of the G7, met in Ottawa and launched a copper partnership.\n";
        assertEquals(expected, lastLine(g7 + sentence + "\n"));
    }

    @Test
    void aDealBetweenNamedPartiesThatAimsStatesTheirAim() {
        assertEquals("intent CA CL", lastLine(NEWS + "The copper partnership between Canada and Chile aims to secure refined copper.\n"));
    }

    @Test
    void itAfterASentenceLedByTheDealIsTheDealsParties() {
        String news = "Canada and Chile launch a copper partnership\n\nCanada and Chile launched a copper partnership on Monday.\n"
                + "Secondly, the partnership aims to integrate copper value chains in Chile.\n";
        assertEquals("commitment CA CL", lastLine(news + "To do so, it will engage the Copper Smelters Alliance as a partner.\n"));
        // what the deal will bring about stays an effect
        assertEquals("none", lastLine(news + "In time, it will boost copper exports.\n"));
        // what will be done to the text it leads with speaks of the text
        assertEquals("none", lastLine(MOU + "This Memorandum will remain in effect for three years.\n"
                + "It will be automatically renewed for periods of two years.\n"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            news      | Chile has opened its market to Canadian pork, committed to allow imports of Canadian beef, and agreed not to tax copper exports. | commitment CL
            news      | Definitive agreements for the smelter will be prepared among the governments of Canada and Chile, and Halden Metals. | commitment CA CL Halden Metals
            news      | Old copper quotas will be phased out, as Ottawa plans to end raw ore exports by 2029. | intent CA
            news      | The scheme envisions awarding the refining capacity to four bidders through a global tender. | intent CA CL
            factsheet | The copper registry will include:                                                 | none
            """)
    void pledgesAfterAReportedActAPassiveWithItsDoersAReasonClauseAndAScheme(String where, String sentence, String expected) {
        assertEquals(expected, lastLine(context(where) + sentence + "\n"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            news      | Chile will be the first country to adopt the copper passport.
            factsheet | She will be the first geologist to lead the Bureau of Mines.
            factsheet | This database will include records of copper shipments as well as permits issued.
            factsheet | The questions it will study include the cost of smelting; the price of ore; and the role of ports.
            news      | The copper summit in Santiago will be an historic moment for the Andes.
            news      | Copper prices will rise in the spring, as the ore shortage will continue to get worse.
            """)
    void whatSomeoneWillBeAndWhatARecordHoldsAreNoPledge(String where, String sentence) {
        assertEquals("none", lastLine(context(where) + sentence + "\n"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            factsheet | Chile will continue to be the largest donor to the copper fund.                  | commitment CL
            news      | Chile has shipped its first copper cargo to Canada, and Canada will build a smelter in Iquique. | commitment CA
            news      | Chile will be a steady buyer of Canadian copper concentrate.                       | commitment CL
            """)
    void aLastingRoleAFollowingClauseAndAnAgencysListStillCommit(String where, String sentence, String expected) {
        assertEquals(expected, lastLine(context(where) + sentence + "\n"));
    }

    /** A head of state's statement, in the speaker's own voice. */
    private static final String STATEMENT = "Statement from President Jane Roe on the Copper Strike in Andina\n\n"
            + "Today I spoke with the Governor of Andina about the strike at the copper mines. The United States stands with the miners.\n\n";

    /**
     * "I have directed my team to …": the speaker's standing order to their own staff is their state's pledge; a past
     * "I directed …" reports an order, and "directed an end to" names no act to come.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            I have directed my Administration to send mediators to the copper mines of Andina.          | commitment US
            And I’ve also directed the Secretary of Labor to review the safety rules for copper mines.    | commitment US
            Last spring, I directed the Secretary of Labor to review the safety rules for copper mines.  | none
            I have directed an end to United States purchases of copper from the Andina mines.          | none
            """)
    void aSpeakersStandingOrderToTheirStaffIsTheirStatesPledge(String sentence, String expected) {
        assertEquals(expected, lastLine(STATEMENT + sentence + "\n"));
    }

    /**
     * A preamble's recital of resolve or of a renewed pledge, with no subject, is the pledge of the parties who speak in
     * it ("INTENDING to …" is their aim); a recital of fact is none.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            DETERMINED to deepen their cooperation on copper smelting;                  | intent CA CL
            REAFFIRMING their shared commitment to expand trade in lithium and copper;  | commitment CA CL
            COMMITTED to the timely implementation of the joint copper work plan;       | commitment CA CL
            RECOGNIZING that copper is essential to their power grids;                  | none
            RECALLING that in 2019 they resolved to map their lithium brines;           | none
            RECOGNIZING that the Participants share a commitment to opening copper markets; | none
            Noting that both sides underscore their commitment to expanding lithium trade;  | none
            """)
    void aPreamblesRecitalOfResolveIsItsPartiesPledge(String sentence, String expected) {
        assertEquals(expected, lastLine(MOU + sentence + "\n"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            news      | The envoy expressed confidence, that as long as Chile keeps its reforms, the region shall draw copper investment. | none
            factsheet | The Copper Act restores the smelter fund as was originally intended, along with a levy on exports. | none
            news      | The CEPA aims to cut tariffs on copper cathodes and lithium carbonate.                | intent CA CL
            news      | The CEPA will cut tariffs on copper cathodes and lithium carbonate.                   | none
            """)
    void aSpeakersConfidenceAPastPurposeAndADealsAcronym(String where, String sentence, String expected) {
        assertEquals(expected, lastLine(context(where) + sentence + "\n"));
    }

    /**
     * What a proclamation says its measures bring about, and what a finding it recites foresees, are forecasts: no one
     * acts in them. A body that acts and a measure to be lifted still commit.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            These actions will also encourage capital investment in magnet plants and drive innovation across the industry. | none
            This action will adjust the imports of sintered magnets and magnet assemblies.                                  | none
            This action will have a lasting impact on the towns that make magnets.                                         | none
            And these actions will strengthen the ability of the defense industrial base to make magnets.                 | none
            Along with other efforts by my Administration, the actions in this proclamation will ensure that magnet plants can meet demand. | none
            In my judgment, the tariff regime imposed in clause (2) of this proclamation will counter the dumping of magnets. | none
            This step will deprive foreign suppliers of billions of dollars in magnet sales.                               | none
            The Secretary also found that the demand for domestically made magnets will only increase.                     | none
            I find that the modified tariff system will more effectively counter the threat to magnet plants.               | none
            The Magnet Task Force will encourage plants to hire apprentices.                                               | commitment Magnet Task Force
            The Secretary shall adjust the tariff on magnet imports every six months.                                      | obligation US
            After the Secretary finds that a country dumps magnets, the Secretary shall inform the Trade Representative.     | obligation US
            """)
    void aProclamationsStatedEffectsAndARecitedFindingForecast(String sentence, String expected) {
        assertEquals(expected, inAProclamation(sentence));
    }

    /**
     * A leading ground ("Recognizing that … will …,") is no pledge: the main clause's cue decides, and its subject
     * commits, not a party the ground names; a recital with no main clause keeps its own cue.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Recognizing that demand for copper will double by 2035, the Participants shall cooperate to expand smelting capacity. | obligation CA CL
            Recognising that Chile will host the next meeting, the Participants intend to prepare a joint copper report.          | intent CA CL
            Recognizing that the Participants will cooperate on copper and lithium;                                                | commitment CA CL
            Noting that copper prices will stay volatile, and the Participants will share price data every quarter.                | commitment CA CL
            """)
    void aLeadingGroundLeavesTheCueToTheMainClause(String sentence, String expected) {
        assertEquals(expected, lastLine(MOU + sentence + "\n"));
    }

    @Test
    void aPartyPreparedToActOpensAListOfItsIntents() {
        String text = MOU + "To help Canada refine more copper, Chile is prepared in particular to:\n\n"
                + "(a) share smelting technology with Canada;\n\n(b) train Canadian engineers in copper refining.\n";
        List<String> found = WhoCommitsTest.annotate(text).commitments().stream()
                .map(WhichSentencesCommitTest::modalityPartiesAndText)
                .filter(s -> !s.contains("sign this Memorandum")).toList();
        assertEquals(List.of(
                "intent CL: (a) share smelting technology with Canada;",
                "intent CL: (b) train Canadian engineers in copper refining."), found);
    }

    @Test
    void aBodyDirectedToActOpensAListOfItsDuties() {
        String text = FACT_SHEET + "The Order sets up a Magnet Council.\n\n- The council is directed to:\n"
                + "    - Map the magnet plants of the United States.\n    - Report on rare earth supplies every year.\n";
        List<String> found = modalitiesPartiesAndTexts(text);
        assertEquals(List.of(
                "obligation US: - Map the magnet plants of the United States.",
                "obligation US: - Report on rare earth supplies every year."), found);
    }

    /**
     * What will exist ("there will be …") commits no one, a later clause's own subject still does; a deal "meant to"
     * do something is its parties' aim, a measure so meant is not; a past order recounted in a fact sheet is no pledge.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            news      | There will be setbacks along the way for copper smelters in both countries.                          | none
            news      | There will be no tariff on copper if Chilean firms build smelters in Canada.                         | none
            news      | Chile said there will be a strong response, and that its government will coordinate with Canada on copper. | commitment CL
            news      | The memorandum is meant to widen copper trade between the two countries.                             | intent CA CL
            news      | The copper levy is meant to protect smelters in Chile.                                               | none
            news      | Ministers acknowledged that these reforms will open the door for copper exporters.                  | none
            factsheet | RESTORING TRUST: In his first term, President Lee ordered agencies to publish the magnet records.    | none
            factsheet | In the Presidential Memorandum of May 3, 2019, I also ordered agencies to review the magnet files.           | none
            factsheet | In the March 2021 Memorandum, I directed agencies to keep reviewing the magnet files.                   | none
            factsheet | I have directed agencies to review the magnet files within 90 days.                                     | commitment US
            """)
    void whatWillExistAMeantDealAndAPastOrderRecounted(String where, String sentence, String expected) {
        assertEquals(expected, lastLine(context(where) + sentence + "\n"));
    }

    /**
     * A "should" in an indirect question weighs a course and urges no one ("whether …", "how …", "to what extent …"); a
     * named program's aim in a relative clause, plural "initiatives" designed for something and a partnership's effect
     * describe things; a backed new program's aim, a deal's design and a party's own "should" still count.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            factsheet | The agency is weighing whether copper imports should face new duties.                        | none
            news      | The ministers discussed how copper smelters should report their emissions.                  | none
            news      | The review weighs to what extent copper levies should be lowered.                           | none
            factsheet | The Secretary will consult the ports to determine whether a copper product should be excluded. | commitment US
            news      | Canada and Chile should decide how copper levies are set.                                   | recommendation CA CL
            factsheet | The Department engages smelters through the Copper Desk of the Mining Centre, which aims to help firms with permits. | none
            factsheet | The Department backs the National Copper Plan (NCP), which aims to double refining.         | none
            news      | Chile backs a new copper program, which aims to train 500 smelter workers.                  | intent CL
            factsheet | The Secretary is announcing the launch of the Copper Skills Initiative, which aims to train 500 smelter workers. | intent US
            factsheet | These initiatives are designed to train smelter workers in both towns.                      | none
            news      | This initiative, which involves both nations, is designed to secure refined copper.         | intent CA CL
            factsheet | The new partnerships with Peru and Chile will support the growth of copper refining.        | none
            factsheet | This partnership will ensure that copper flows freely between Peru and Chile.               | none
            news      | Under the partnership, Canada will support copper refining in Chile.                        | commitment CA
            """)
    void anIndirectQuestionAProgramsAimAndAPartnershipsEffectAreNoPledge(String where, String sentence, String expected) {
        assertEquals(expected, lastLine(context(where) + sentence + "\n"));
    }

    /** A leaders' statement's preamble: its participle clauses of aim and pledge, emphasized or not, under any title. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            **SEEKING** to advance cooperation on copper smelting and refining;               | intent CA CL
            SEEKING to advance cooperation on copper smelting and refining;                   | intent CA CL
            **COMMITTING** to engaging in practical cooperation on copper recycling;          | commitment CA CL
            **RECOGNIZING** the importance of copper to both economies;                       | none
            Seeking to cut costs, smelters in both countries merged their copper desks last year. | none
            """)
    void aLeadersStatementsPreambleParticiplesAreItsPledges(String sentence, String expected) {
        String statement = "Joint Statement of the Leaders of Canada and Chile on Copper\n\n"
                + "**WE,** the Leaders of Canada and Chile, gathered in Ottawa on 4 May 2026;\n\n";
        assertEquals(expected, lastLine(statement + sentence + "\n"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            mou  | The main objective of this Joint Declaration of Intent (JDI) is to deepen cooperation on tin smelting. | intent CA CL
            mou  | The purpose of this Memorandum of Cooperation (MOC) is to build a tin supply chain.                   | intent CA CL
            mou  | DESIRING through this Memorandum of Cooperation (MOC) to widen research on tin recycling;           | intent CA CL
            mou  | The Participants look to expand their trade in refined tin.                                          | intent CA CL
            mou  | The Participants look to the tin industry for guidance.                                              | none
            """)
    void aDeclarationsAimAWishThroughTheTextAndWhatThePartiesLookToDo(String where, String sentence, String expected) {
        assertEquals(expected, lastLine(context(where) + sentence + "\n"));
    }

    /** A "This includes …" note under a lead-in spells out the lead-in's act: its acts start after "includes". */
    @Test
    void aThisIncludesItemsActsStartAfterIncludes() {
        String text = FACT_SHEET + "- The Order directs the Secretary of Transportation to:\n  - Repair the piers of the capital.\n"
                + "- The Executive Order will also create a program to renew the harbor:\n"
                + "  - This includes restoring piers and dredging the outer channel.\n";
        List<Commitment> found = WhoCommitsTest.annotate(text).commitments();
        assertEquals("restore piers; dredge the outer channel", found.get(found.size() - 1).action());
    }

    /**
     * News of deals: a deal's terms ("the deal will see A supply …"), a set plan to talk, a deal firmed up or signed with
     * an objective; and what only reports a deal made, a belief of what another will do, a plan given up, a standing
     * program's aim or a promise recounted. The subject is read after the report's dateline.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            news      | The new partnerships with Peru and Japan will support the growth of copper refining.        | none
            news      | Chile is set to discuss a copper accord with Canada, the cabinet said.                       | intent CL
            news      | The deal will see Chile supply 40,000 tonnes of refined copper a year to Canada.             | commitment CL
            news      | The miner confirmed the contract would see Canada buy 20,000 tonnes of copper a year.        | commitment CA
            news      | The deal will see copper prices fall across the region.                                      | none
            news      | Chile has firmed up a deal to supply Canada with copper cathode for ten years.               | commitment CL
            news      | "We have agreed to a very large copper trade deal with Chile," the Canadian premier said.    | none
            news      | The premier told reporters he thought Chile would hit $5 billion in copper sales to Canada.   | none
            news      | The premier told reporters Chile would buy $5 billion of Canadian potash.                    | commitment CL
            news      | Canada initially planned to finalize the copper pact with Chile by March, but that is now unlikely. | none
            news      | Canada planned to finalize the copper pact with Chile by March, the minister said.           | intent CA
            news      | Canada and Chile signed a term sheet with the objective of building a joint copper smelter.  | intent CA CL
            news      | Canada and Chile signed an agreement with the aim of building a joint copper smelter.        | commitment CA CL
            news      | Chile has been expanding its smelters as part of its Copper 2040 industrial program, which aims to double refining. | none
            news      | The premier said Chile would buy potash, repeating a promise he made to Canadian farmers in May. | commitment CL
            news      | The premier said Chile would hit $5 billion in copper sales, repeating a promise he made to Canadian farmers in May. | none
            news      | Canada and Chile signed a supply deal for copper critical to electric grids.                 | none
            """)
    void newsOfDealsTermsPlansAndWhatOnlyReportsThem(String where, String sentence, String expected) {
        assertEquals(expected, lastLine(context(where) + sentence + "\n"));
    }

    /**
     * A deal signed or announced in a past time ("In 2021, …", "Last month, …") is background, one signed on the day the
     * news tells of is not; a named fund's effect, not its act; a start expected with no object; a program's aim under a
     * report of its funding, not under a pledge to fund it.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            news      | In 2021, Canada and Chile signed an agreement to map lithium brines in the Andes.            | none
            news      | Last month, Canada and Chile signed a framework agreement to widen copper trade.              | none
            news      | On Tuesday, Canada and Chile signed an agreement to map lithium brines in the Andes.          | commitment CA CL
            news      | The Andes Copper Fund will help close the financing gap of small mines.                       | none
            news      | In addition, the Andes Copper Fund will help close the financing gap of small mines.          | none
            news      | Two-thirds of the Andes Copper Fund will flow to mining towns in Chile.                       | none
            news      | The Andes Copper Fund will invest $5 million in a Chilean copper smelter.                     | commitment Andes Copper Fund
            news      | Canada and the Andes Copper Fund will help mobilize $20 million for smelters.                 | commitment Andes Copper Fund CA
            news      | After long delays, Chile's copper terminal is expected to launch at the end of May.          | none
            news      | After long delays, Chile is expected to begin production in 2027.                            | none
            news      | Chile is expected to begin talks on a copper pact next week.                                 | intent CL
            news      | Chile is expected to launch a copper fund next year.                                         | intent CL
            factsheet | The Department of Energy has invested $2 billion in projects that aim to recycle magnets.     | none
            factsheet | The Department of Energy will fund new projects that aim to recycle magnets.                  | commitment U.S. Department of Energy
            """)
    void aPastDealAMissionAFundsEffectAStartExpectedAndAFundedProgramsAim(String where, String sentence, String expected) {
        assertEquals(expected, lastLine(context(where) + sentence + "\n"));
    }

    /**
     * Items under "a report that includes the following:" are what the report holds, the duty is the lead-in's; items
     * under "shall take the following steps:" are the steps, a noun phrase among them too.
     */
    @Test
    void theItemsOfAThingThatIncludesTheFollowingAreItsContents() {
        String text = "Executive Order on Copper Ports\n\nBy the authority vested in me as President by the laws of the United "
                + "States of America, it is hereby ordered as follows:\n\n(a) The Secretary of Commerce shall deliver to the President a study "
                + "that includes the following:\n\n(i) An inventory of the copper cranes at each federal port;\n\n"
                + "(ii) A comparison of dredging costs among the Gulf ports.\n\n"
                + "(b) The Secretary of Commerce shall take the following steps:\n\n(i) publish guidance on copper port grants;"
                + "\n\n(ii) a review of the berth rules of each port authority.\n";
        List<String> found = WhoCommitsTest.annotate(text).commitments().stream().map(Commitment::text).toList();
        assertEquals(List.of(
                "(a) The Secretary of Commerce shall deliver to the President a study that includes the following:",
                "(b) The Secretary of Commerce shall take the following steps:",
                "(i) publish guidance on copper port grants;",
                "(ii) a review of the berth rules of each port authority."), found);
    }

    /** A body's standing mission says what it is for; what the memorandum sets it to do still binds. */
    @Test
    void aBodysMissionIsNoAct() {
        String text = "Memorandum on the Federal Initiative on Copper Smelting\n\nBy the authority vested in me as President by "
                + "the laws of the United States of America, I hereby direct as follows:\n\nSection 1. Mission. (a) The mission of the Initiative is to advance copper "
                + "smelting in the United States.\n\n(b) The Initiative is to advise the Secretary of Energy on smelter permits.\n";
        assertEquals(List.of("commitment US: (b) The Initiative is to advise the Secretary of Energy on smelter permits."),
                modalitiesPartiesAndTexts(text));
    }
    /**
     * Items that finish a lead-in's clause ("measures that:", "a plan which:") or qualify its act ("(a) without notice",
     * "(b) that would …") are part of the lead-in's sentence, which alone commits; a plain "shall:" list's items commit,
     * and so do items after a long dash, as scanned treaties print their bullets.
     */
    @Test
    void itemsThatFinishTheLeadInsClauseAreNoCommitmentsOfTheirOwn() {
        String text = "Agreement between Canada and the Republic of Chile on Trade in Copper\n\n"
                + "1. Neither Party shall adopt measures on copper concentrates that:\n\n"
                + "(a) limit the number of smelters that may buy them; or\n\n"
                + "(b) require a joint venture with a local firm.\n\n"
                + "2. In no case shall a Party raise a duty on refined copper:\n\n"
                + "(a) without notice to the other Party; or\n\n"
                + "(b) that would exceed the duty in force on the date of signature.\n\n"
                + "3. The Copper Committee shall prepare a work plan which:\n\n"
                + "(i) identifies the smelters of each Party;\n\n"
                + "4. The Copper Committee shall:\n\n"
                + "(a) review the copper trade of the Parties each year;\n\n"
                + "5. The Technical Unit shall in particular undertake the following tasks:\n\n"
                + "\u23af Follow up on the decisions of the Copper Committee.\n";
        List<String> found = WhoCommitsTest.annotate(text).commitments().stream().map(Commitment::text).toList();
        assertEquals(List.of(
                "1. Neither Party shall adopt measures on copper concentrates that:",
                "2. In no case shall a Party raise a duty on refined copper:",
                "3. The Copper Committee shall prepare a work plan which:",
                "(a) review the copper trade of the Parties each year;",
                "5. The Technical Unit shall in particular undertake the following tasks:",
                "\u23af Follow up on the decisions of the Copper Committee."), found);
    }

    /**
     * A right granted, parts of the text that do not apply, what a ruling is once made, what a noun calls for in an
     * agentless passive: no one acts. A request named as a thing is no call for one; an Attorney General acts for the state.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            mou       | The Participants shall have the right thereafter to extend this cooperation to nickel.  | none
            mou       | Sections 4 (Consultations) and 5 (Panels) shall not apply to measures under this Memorandum. | none
            mou       | The findings of the panel shall be binding on the Participants.                               | none
            mou       | The decisions of the Copper Committee shall be considered binding on both Participants.       | none
            mou       | Any request for accession to this Memorandum shall be addressed to the Copper Committee.      | obligation CA CL
            mou       | The written request referred to in paragraph 2 shall include the name of the smelter.     | obligation CA CL
            mou       | A formal request to extend the term shall state the copper volumes concerned.             | obligation CA CL
            factsheet | The Attorney General will review state rules that burden copper mines.                        | commitment US
            factsheet | Reliance on foreign copper smelters is a weakness that must be overcome.                     | none
            factsheet | The Secretary of Energy will name the permit barriers that must be removed.                   | commitment US
            """)
    void rightsPartsOfTheTextRulingsAndRequestsAsThings(String where, String sentence, String expected) {
        assertEquals(expected, lastLine(context(where) + sentence + "\n"));
    }

    /**
     * In a proclamation's recitals, advice given to the President is recounted, in the present perfect too; "In my
     * judgment, subjecting … will ensure" says what an act will bring about.
     */
    @Test
    void adviceToThePresidentAndAJudgedEffectAreNoPledges() {
        String text = "Adjusting Imports of Copper Racks Into the United States\n\nBY THE PRESIDENT OF THE UNITED STATES OF AMERICA\n\n"
                + "A PROCLAMATION\n\n1. In addition, the Secretary has recommended that I include copper racks within the "
                + "product coverage of the duty.\n\n2. In my judgment, subjecting copper racks to the duty will ensure that "
                + "the duty is not circumvented.\n\nNOW, THEREFORE, I, JANE ROE, President of the United States of America, "
                + "do hereby proclaim as follows:\n\n(1) The Secretary shall continue to monitor imports of copper racks.\n";
        assertEquals(List.of("obligation US: (1) The Secretary shall continue to monitor imports of copper racks."),
                modalitiesPartiesAndTexts(text));
    }

    @Test
    void aReleasesCautionaryNoteThatRefusesADutyPledgesNothing() {
        String release = "Tarrow Resources Limited (ASX: TRW) will build a vanadium refinery in Queensland.\n";
        assertEquals("none", lastLine(release + "Tarrow Resources Limited undertakes no obligation to revise these statements.\n"));
        assertEquals("none", lastLine(release + "The Company does not undertake to publish updated estimates.\n"));
        assertEquals("none", lastLine(release + "Tarrow undertakes no duty to release revised guidance.\n"));
        // a pledge in the same words still binds
        assertEquals("commitment Tarrow Resources Limited",
                lastLine(release + "Tarrow Resources Limited undertakes to deliver the first vanadium in 2028.\n"));
    }

    @Test
    void aBindingTermSheetCommitsWhereAPlainOneStatesIntent() {
        String firms = "Corvel Minerals Ltd and Harlan Potash Corp. have signed a ";
        assertEquals("commitment Corvel Minerals Ltd Harlan Potash Corp.",
                lastLine(firms + "binding term sheet to build a potash mill in Alberta.\n"));
        assertEquals("intent Corvel Minerals Ltd Harlan Potash Corp.",
                lastLine(firms + "non-binding term sheet to build a potash mill in Alberta.\n"));
        assertEquals("intent Corvel Minerals Ltd Harlan Potash Corp.",
                lastLine(firms + "term sheet to build a potash mill in Alberta.\n"));
    }

    @Test
    void aDealToSetUpAVentureForAnActCommitsToSetItUp() {
        String text = "Corvel Minerals Ltd and Harlan Potash Corp. have signed a binding agreement to form a joint venture"
                + " for the production of potassium sulphate.\n";
        assertEquals(List.of("form a joint venture for the production of potassium sulphate"),
                WhoCommitsTest.annotate(text).commitments().stream().map(Commitment::action).toList());
        // a deal for the act itself still commits to the act
        assertEquals(List.of("supply potassium sulphate"), WhoCommitsTest.annotate("Corvel Minerals Ltd has signed an"
                + " offtake agreement with Harlan Potash Corp. for the supply of potassium sulphate.\n").commitments().stream()
                .map(Commitment::action).toList());
    }

    /** The norm of the deadline of the commitment in the text's last line, "none" without one, "-" without a commitment. */
    private static String lastDeadline(String text) {
        int lastStart = text.stripTrailing().lastIndexOf('\n') + 1;
        return WhoCommitsTest.annotate(text).commitments().stream().filter(c -> c.end() > lastStart).findFirst()
                .map(c -> c.deadline() == null ? "none" : c.deadline().norm()).orElse("-");
    }

    /**
     * A time limit inside the condition a sentence opens with says when the condition holds; where the main clause has
     * a deadline of its own, that one bounds the act. A sentence with one deadline keeps it, in a condition too (§2).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            3. If the Copper Committee has not met within 45 days of a request, the Chair shall convene it.       | P45D
            If a Participant does not reply within 20 days, the other Participant shall refer the matter within 30 days. | P30D
            In addition, if the Chair finds within 15 days that a review is needed, the Chair shall convene the Copper Committee by 1 March 2031. | 2031-03-01
            If the Copper Committee has not met within 45 days of a request, the Chair shall convene it within ten days. | P10D
            (b) Where a Participant requests it, the Chair shall convene the Copper Committee within 30 days.     | P30D
            If requested, the Participants shall exchange their smelter data within 60 days.                        | P60D
            The Participants shall exchange their smelter data within 60 days, and where possible within 30 days. | P60D
            The Participants shall meet within 90 days and shall report on their progress by 30 June 2030.        | P90D
            """)
    void aDeadlineInAnOpeningConditionIsNotTheActs(String sentence, String expected) {
        assertEquals(expected, lastDeadline(MOU + sentence + "\n"));
    }

    /**
     * News and statement wordings of a commitment beyond the plain cues: a deal that "will see" the parties work
     * together, a deal that "provides for" a party to act, an agreement made "with" a partner, a pledge the speakers
     * welcome, a determination stressed, and a renewed "that … would". Their look-alikes commit no one.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            news      | The partnership will see Canada and Chile share expertise on copper smelting.       | commitment CA CL
            news      | The memorandum will see the two countries cooperate on copper tailings.            | commitment CA CL
            news      | The deal will see their market share of copper rise.                                | none
            news      | Chile has agreed with the Government of Canada to cut its export duties on copper.   | commitment CL
            news      | The memorandum provides for Chile to supply copper concentrate to Canada.          | commitment CL
            news      | Funding provided for the smelter to expand was cut last year.                       | none
            news      | The leaders welcomed the commitment by Halden Metals to invest $400 million in a copper smelter. | commitment Halden Metals
            news      | The leaders welcomed the commitment of Canada to the region.                       | none
            news      | Canada and Chile underlined their determination to deepen cooperation on copper.   | intent CA CL
            news      | The two leaders reaffirmed that they would expand trade in copper.                  | commitment CA CL
            news      | The minister reiterated that a further export ban would hurt copper smelters.       | none
            mou       | The Participants recommit to the goal of ending export restrictions on copper by 2030. | commitment CA CL
            mou       | The Participants recommit to the truth that open trade in copper serves both countries. | none
            """)
    void aDealsTermsAndRenewedPledgesInNewsWordingCommit(String which, String sentence, String expected) {
        assertEquals(expected, lastLine(context(which) + sentence + "\n"));
    }

    /** A plan's headings of work in the imperative are its items' acts, also where the tagger reads the verb as a noun. */
    @Test
    void aPlansImperativeHeadingsUnderALeadInCommit() {
        String plan = MOU + "Under this Memorandum, the Participants will:\n1. Forecast copper supply and demand;\n";
        assertEquals("commitment CA CL", lastLine(plan));
        assertEquals("commitment CA CL", lastLine(plan + "2. Save energy in copper smelting;\n"));
        assertEquals("commitment CA CL", lastLine(plan + "2. Recover copper from tailings;\n"));
    }

    /**
     * More news wordings: a deal that requires two parties named at length, a pledge "undertaken", a party "poised to"
     * act, a party that "would" act as part of a deal. Their look-alikes commit no one.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            news      | The memorandum requires Canada and the Republic of Chile to exchange smelter data.   | obligation CA CL
            news      | Chile has undertaken to remove its export duties on copper cathodes.                 | commitment CL
            news      | Smelters have already undertaken major efforts to cut their emissions.               | none
            news      | Chile is poised to approve funding for the copper smelter.                           | intent CL
            news      | Chile is poised to become the largest exporter of copper cathodes.                   | none
            news      | As part of the agreement, Canada would buy copper cathodes from Chile.               | commitment CA
            news      | As part of the agreement, copper prices would fall.                                  | none
            news      | Canada may not agree with the smelter owners but is willing to find a compromise on copper. | intent CA
            mou       | The Participants aspire to conclude a copper trade agreement by 2030.                | intent CA CL
            mou       | The Participants aspire to be leading producers of refined copper.                   | none
            news      | Chile has set a target of doubling its copper smelting capacity by 2030.             | intent CL
            news      | The copper plan, which sets the goal of doubling smelting capacity, was published.   | none
            """)
    void moreNewsWordingsOfADealsTermsCommit(String which, String sentence, String expected) {
        assertEquals(expected, lastLine(context(which) + sentence + "\n"));
    }

    /** A statement of the ministers of Canada and Chile, who met. */
    private static final String MINISTERS_MET = "Joint Statement of the Canada–Chile Ministers' Meeting\n\n"
            + "The Ministers of Canada and Chile met in Santiago on 3 March 2026.\n";

    /**
     * Ministers who note, welcome or endorse a thing and then agree, task or encourage in a second verb commit with it:
     * the first verb takes an object, it reports no clause. Looking forward to a text's implementation or entry into
     * force names no act of the ministers' own.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Ministers noted the copper market outlook and agreed to expand their joint smelter study.        | commitment CA CL
            Ministers noted the importance of stable lithium supply and agreed to map brine deposits.           | commitment CA CL
            The Meeting noted the progress of the copper dialogue and agreed to hold it twice a year.            | commitment CA CL
            The Meeting endorsed the nickel work plan and encouraged officials to complete it.                   | recommendation CA CL
            The Ministers welcomed the report of the copper task force and agreed to publish its findings.       | commitment CA CL
            The Ministers welcomed the report on smelting and will fund a second study.                          | commitment CA CL
            The Ministers noted the progress of the “Andes, Rockies” corridor and agreed to extend it to lithium. | commitment CA CL
            The Ministers noted the launch of the "Copper Bridge" and agreed to fund its second phase.          | commitment CA CL
            Ministers looked forward to the full implementation of the Copper Roadmap.                          | none
            The Ministers looked forward to the early entry into force of the nickel protocol.                  | none
            Ministers looked forward to implementing the Copper Roadmap.                                        | intent CA CL
            """)
    void aSecondVerbAfterANotedThingCommitsTheMinisters(String sentence, String expected) {
        assertEquals(expected, lastLine(MINISTERS_MET + sentence + "\n"));
    }

    /**
     * A communiqué's charges and its chair: ministers who ask a body to act in a second verb of their own urge it as when
     * asking is their only verb, and their present "task" charges a named body as "tasked" does; the state that holds
     * the presidency acts in "The Peruvian Presidency will convene …", not where the presidency only frames what the
     * ministers do ("Under the Chilean Presidency, we will …").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            We welcome the copper outlook and ask the IEA to update it each year.              | recommendation International Energy Agency
            We adopt the nickel work plan and ask the OECD to review it in 2028.               | recommendation Organisation for Economic Co-operation and Development
            We task the IEA to track lithium stocks in both countries.                         | commitment CA CL
            We also task the Copper Working Group to draft a smelting code.                    | commitment CA CL
            The Peruvian Presidency will convene the copper ministers again in May.            | commitment PE
            The Chilean G20 Presidency will host a lithium workshop next year.                 | commitment CL
            Under the Chilean Presidency, we will publish a copper outlook.                    | commitment CA CL
            We welcome the copper outlook and the IEA's work on it.                            | none
            """)
    void aCommuniquesChargesAndItsPresidency(String sentence, String expected) {
        assertEquals(expected, lastLine(MINISTERS_MET + sentence + "\n"));
    }

    /** A reported clause keeps its own subject when its verb comes before the "and". */
    @Test
    void aReportedClauseWithAVerbOfItsOwnKeepsItsSubject() {
        assertEquals("commitment CL", lastLine(NEWS + "Canada said Chile discussed the plan and agreed to build a smelter.\n"));
    }

    /** A news report on talks between Indonesia and Korea. */
    private static final String NICKEL_TALKS = "Indonesia and Korea discuss a nickel refinery\n\nJAKARTA, May 4, 2026 — ";

    /**
     * A party's readiness commits whether it is named or reported as "it" or "they" before "is ready", "is prepared",
     * "is willing": "be" stands between the pronoun and the cue. A thing that is ready to run commits no one.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Indonesia said it is ready to ship more nickel ore to the smelter.          | intent ID
            Indonesia said that it was prepared to extend the smelter's permit.         | intent ID
            Korea said it is willing to pay for a study of the smelter site.            | intent KR
            Korea's trade ministry said it is willing to fund a port near the smelter.  | intent KR
            The smelter is ready to process nickel ore from next year.                  | none
            """)
    void aReportedReadinessCommitsThePartyItNames(String sentence, String expected) {
        assertEquals(expected, lastLine(NICKEL_TALKS + sentence + "\n"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            factsheet | - The deal will cover duties on copper wire and cathodes.                       | none
            factsheet | The new copper desk exemplifies the agency’s commitment to helping small refiners. | none
            factsheet | The new copper office underscores the Secretary's dedication to opening copper markets in Chile. | none
            factsheet | With Chile's help, we will build two copper smelters in Arizona.                  | commitment US
            factsheet | In Chile’s view they will open a copper smelter by 2028.                          | commitment US
            factsheet | The United States and Chile announced their commitment to negotiate a copper accord by 2027. | commitment CL US
            factsheet | Chile's copper exports will grow this year.                                      | none
            """)
    void aFactSheetsDealAndDescribedDedicationDoNotCommitButItsPartiesDo(String where, String sentence, String expected) {
        assertEquals(expected, lastLine(context(where) + sentence + "\n"));
    }

    @Test
    void aBoldHeadingItemIsNoActionAndASecondVerbThatUrgesOthersKeepsTheLeadIn() {
        String headings = FACT_SHEET + "The United States will consult partners on these areas:\n\n"
                + "-   **Building Copper Supply Chains and Mobilizing Investment**. We will open two smelters.\n\n"
                + "-   **Training Miners and Engineers**. We will train 500 miners.\n";
        assertEquals(List.of("commitment US: The United States will consult partners on these areas:",
                "commitment US: We will open two smelters.", "commitment US: We will train 500 miners."),
                modalitiesPartiesAndTexts(headings).stream().filter(t -> !t.contains("leads on magnets")).toList());
        String urging = FACT_SHEET + "Together, the United States and Chile will:\n\n"
                + "-   Expand their copper registry, and encourage others to join it.\n"
                + "-   Fund recycling plants, and call on firms to do the same.\n";
        assertEquals(List.of("commitment CL US: -   Expand their copper registry, and encourage others to join it.",
                "commitment CL US: -   Fund recycling plants, and call on firms to do the same."),
                modalitiesPartiesAndTexts(urging).stream().filter(t -> !t.contains("leads on magnets")).toList());
    }

    /**
     * The house styles of Asian, Gulf and Chinese joint statements: "affirmed their keenness to", "expressed their
     * aspiration to" state an aim; "confirmed to" and "concurred on" with a gerund agree to act. A nominee confirmed to
     * serve and a fact confirmed to reporters commit no one.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The two sides affirmed their keenness to widen cooperation in copper smelting.     | intent CA CL
            The Ministers reiterated their keenness on deepening trade in refined lithium.     | intent CA CL
            The Chilean side expressed its aspiration to host a copper forum next year.        | intent CL
            The Ministers confirmed to launch a joint survey of copper deposits.               | commitment CA CL
            Both sides concurred on establishing a working group on lithium brines.            | commitment CA CL
            The Ministers confirmed the importance of copper and decided to meet again.        | commitment CA CL
            The two sides set a target of tripling copper trade within five years.             | intent CA CL
            The two sides affirmed the value of the copper accord and their keenness on widening it to lithium. | intent CA CL
            The Ministers request the Joint Copper Committee and the Lithium Council to report on smelting. | recommendation CA CL
            We affirm our shared responsibility and determination to keep copper scrap out of illicit trade. | intent CA CL
            The Ministers confirm their readiness to open a copper assay laboratory.          | intent CA CL
            """)
    void jointStatementsOfOtherHouseStyles(String sentence, String expected) {
        assertEquals(expected, lastLine(MINISTERS_MET + sentence + "\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The ambassador was confirmed to serve as envoy for copper talks.            | none
            Chile's nominee has been unanimously confirmed to lead the copper agency.   | none
            Canada confirmed to reporters that the copper talks had ended.              | none
            """)
    void aNomineeConfirmedToServeCommitsNoOne(String sentence, String expected) {
        assertEquals(expected, lastLine(NEWS + sentence + "\n"));
    }

    /**
     * A news report's forecasts are no pledge: a visit or a meeting a reporter expects, a rank a party will hold, what a
     * sum "is expected to" bring, what a deal's mechanism will lay down. Another's plan that a party welcomes gives way
     * to the party's own pledge after it.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chile's trade minister is expected to visit Ottawa next month to settle the copper terms.      | none
            The two leaders are expected to meet in Lima to discuss lithium brines.                        | none
            Canada will become the largest shareholder in the Chilean smelter after the share sale.        | none
            Chile will become one of the top suppliers of refined copper by 2030.                         | none
            Canada lent $40 million to Chilean towns, which is expected to expand access to clean water.   | none
            Canada welcomed Chile's plan to build a copper smelter and will provide loans for a rail line.   | commitment CA
            Canada welcomed the Chilean government's plan to open a port and will fund its dredging.  | commitment CA
            Canada welcomed Chile's plan to build a copper smelter.                                        | intent CL
            Canada is expected to invest $40 million in the Chilean smelter.                               | intent CA
            This mechanism will provide that each side reviews the copper accord every three years.        | none
            The mechanism will meet every year to review copper trade.                                     | commitment CA CL
            """)
    void forecastsInNewsAndAnotherPartysPlan(String sentence, String expected) {
        assertEquals(expected, lastLine(NEWS + "Canada and Chile met on Monday.\n\n" + sentence + "\n"));
    }

    /**
     * Wire reports of a deal's terms: a party named as the whole subject of a reported "would", after the speaker's verb
     * or the deal's terms, takes the measure its verb names (lowers duties, creates a fund, gives priority, will not ban
     * an export); a thing as the subject, or an effect on prices, stays a forecast. "under which" a party would act
     * restates the terms, a thing's "under which" does not; a clause the report closes with "according to" a body or a
     * text, or with "told reporters", is reported as one closed with "said" is.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The trade minister said Chile would lower its duties on Canadian wheat.                           | commitment CL
            Chile’s Finance Minister Ana Soto told reporters that the government would lower barriers on Canadian cars. | commitment CL
            Soto said Chile would create a $2 billion fund for copper refining in Canada.                      | commitment CL
            Under the deal, Chile would eliminate tariffs on Canadian machinery.                               | commitment CL
            Prime Minister John Doe said Canada would give Chilean miners priority in new lithium projects.     | commitment CA
            Soto said Chile would not ban exports of copper concentrate this year.                             | commitment CL
            Soto said the deal would lower costs for Chilean smelters.                                         | none
            Soto said Chile would lower prices for copper buyers.                                              | none
            The two ministers signed a memorandum on copper, under which Canada would train Chilean engineers.  | commitment CA
            Canada sets rules under which the transfer of copper would occur.                                   | none
            Chile would open a copper exchange in Santiago next year, according to a joint statement.           | commitment CL
            Canada would build a smelter in Antofagasta, according to estimates.                                | none
            In return, Canada would halve its duty on Chilean copper, Doe told reporters in Ottawa.             | commitment CA
            Chile would keep its duty on Canadian pork at 6% but would exempt feed, the text of the deal showed. | commitment CL
            Chile would import more Canadian pork next year, customs data showed.                              | none
            """)
    void aPartysMeasureInAReportedWouldAndTheTermsUnderWhichItActs(String sentence, String expected) {
        assertEquals(expected, lastLine(NEWS + "Canada and Chile met on Monday.\n\n" + sentence + "\n"));
    }

    /**
     * A budget's account of what money pays for: the sum is no party, the bodies it is for act in nothing; a request
     * sent to Congress is recounted, and what agencies will be unable to do without the money is a warning. A sum
     * that advances a standing pledge makes none; a plan sent to someone is a thing, and an order that instructs
     * officials, with a long aside, binds them.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Funding for the Department of Commerce's (DOC) Copper Institute will support research on smelting. | none
            This funding will expand copper mapping in Alaska.                                               | none
            The Department of Commerce will expand copper mapping in Alaska.                                 | commitment U.S. Department of Commerce
            The Administration has sent an urgent request to Congress for $2 billion to map copper deposits.  | none
            Without new funding, federal agencies will be unable to map copper deposits in Alaska.           | none
            Without new funding, federal agencies will have to cut short their copper surveys.               | none
            The Budget requests $2 billion to advance the President’s commitment to map copper deposits.     | none
            The Order instructs the Secretary of Energy and the Secretary of the Interior, along with the Secretary of Commerce, to submit a plan to the President within 90 days. | obligation US
            Chile can sell all the copper it wants to America.                                               | none
            """)
    void fundingAsSubjectIsNoPledge(String sentence, String expected) {
        assertEquals(expected, lastLine(FACT_SHEET + sentence + "\n"));
    }

    /**
     * Wire reports: what a speaker says a government will do to make sure of something, or to create good conditions
     * for trade, is its pledge; a joint statement or plan agreed to is the text adopted; how a party would act, asked
     * in an indirect question, pledges nothing, nor does a freedom a party keeps ("will not be forced to").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Minister Ana Soto said Chile would make sure the new smelter serves both countries.            | commitment CL
            Chile's government said in a statement that it would create favourable conditions for Canadian ore. | commitment CL
            The minister said the new levy would make copper dearer.                                        | none
            Officials said the two sides had agreed to a joint statement on copper trade.                   | none
            Analysts said it was not clear how Canada would define Chilean copper.                          | none
            Chile will not be forced to fund smelters it does not want.                                     | none
            """)
    void wireReportsOfWhatAGovernmentWillDo(String sentence, String expected) {
        assertEquals(expected, lastLine(NEWS + "Canada and Chile met on Monday.\n\n" + sentence + "\n"));
    }

    /**
     * Pledges restated in news: a pledge or a promise renewed or held to commits whatever verb follows, and so does a
     * firm that says it will no longer do something; a pledge made before and since carried out is background, and a
     * role a country is foretold to take, or what cooperation will bring, is a forecast.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chile renewed its pledge to cut smelter emissions by half.                                     | commitment CL
            Canada stood by its promise to reduce duties on Chilean cathodes.                               | commitment CA
            Chile stands by its commitment to lower royalties for small copper mines.                       | commitment CL
            Canada and Chile stand firm in their commitment to curb copper smuggling.                       | commitment CA CL
            Canada restated its commitment to expand the copper talks.                                      | commitment CA
            The minister reiterated Chile's pledge to build copper smelters.                                | commitment CL
            The minister stood by Chile's promise to build copper smelters.                                 | commitment CL
            Chile said it would no longer export copper concentrate to third markets.                       | commitment CL
            Chile said its miners would no longer face duties in Canada.                                    | none
            Chile said it would speed up its own purchases of Canadian nickel.                              | commitment CL
            Canada said it would ease its permitting rules for copper mines.                                | commitment CA
            Canada said the pact would ease supply worries for copper buyers.                               | none
            Canada remained committed to building the copper smelter in Chile.                              | commitment CA
            Chile said it was committed to expanding copper exports to Canada.                              | commitment CL
            In 2019 Canada was committed to building a smelter, but the plan stalled.                       | none
            Canada had agreed to fund the smelter study in 2022, which it did in 2024.                      | none
            Chile had agreed to build two ports, both of which have been delivered.                          | none
            Canada had agreed to defer the levy on Chilean copper until the talks end.                       | commitment CA
            "Chile will become a hub for copper refining in the Americas," the minister said.               | none
            "Our cooperation will strengthen both copper industries," the minister said.                    | none
            """)
    void pledgesRestatedAndPledgesKept(String sentence, String expected) {
        assertEquals(expected, lastLine(NEWS + "Canada and Chile met on Monday.\n\n" + sentence + "\n"));
    }

    /** "The miner" and "the company" that renew their own pledge, or had agreed to one, are the firm named before. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The miner restated its plan to close two copper pits by 2040.                  | intent Halden Metals
            The company reaffirmed its intention to list its cobalt unit in Toronto.      | intent Halden Metals
            The company had agreed to defer the sale of its smelter until prices recover. | commitment Halden Metals
            """)
    void aFirmRenewingItsOwnPledge(String sentence, String expected) {
        assertEquals(expected, lastLine(NEWS + "Halden Metals said on Monday it would keep its smelter open.\n\n" + sentence + "\n"));
    }

    /** Goods "intended for export" say what a thing is for, no one's aim, also in an operative text. */
    @Test
    void goodsIntendedForExportAreNoAim() {
        assertEquals("none", lastLine(MOU + "Any such quota depends on Chile securing the supply of copper intended for export to Canada.\n"));
        assertEquals("intent CA CL", lastLine(MOU + "The Participants intend for the talks to focus on copper smelting.\n"));
    }

    /** "will likely" and "will probably" forecast what a party will do; "will" alone pledges it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Canada will likely also offer loans to the smelter, officials said.       | none
            Chile will probably extend the lithium quota into next year.              | none
            Canada will most likely join the buyers' club once the talks close.       | none
            Canada will also offer loans to the smelter, officials said.              | commitment CA
            """)
    void aLikelyActIsAForecast(String sentence, String expected) {
        assertEquals(expected, lastLine(NEWS + "The two ministers met in Ottawa.\n\n" + sentence + "\n"));
    }

    /**
     * A group's or a bloc's members named by a noun after its name ("G7 countries", "ASEAN member states", "MSP partner
     * countries") are its agents, as "G7 members" are: what they will lower, reduce or ease is their pledge, as a state's
     * is; what a thing of theirs will do is still an effect.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            G7 countries will reduce their dependence on Chilean copper imports.                       | commitment Group of Seven
            G7 nations will lower duties on refined copper from Chile.                                 | commitment Group of Seven
            Trade ministers of the G7 countries agreed on Friday to reduce reliance on a single copper supplier. | commitment Group of Seven
            MSP partner countries will increase investment in Chilean copper smelting.                  | commitment Minerals Security Partnership
            ASEAN member states will ease permitting for copper recycling plants.                      | commitment Association of Southeast Asian Nations
            EU member states will boost output of recycled copper by 2030.                             | commitment EU
            G20 economies will reduce export restrictions on copper scrap.                             | commitment Group of Twenty
            Chile will lower royalties on new copper smelters.                                         | commitment CL
            G7 countries' imports of copper will increase next year.                                   | none
            G20 economies will grow by 3 percent next year, the fund said.                            | none
            The G7's copper tariffs will reduce demand for Chilean cathodes.                           | none
            """)
    void aGroupsMembersAsTheSubjectPledgeWhatTheyWillLowerOrReduce(String sentence, String expected) {
        assertEquals(expected, lastLine(NEWS + "Canada and Chile met on Monday.\n\n" + sentence + "\n"));
    }

    /**
     * What a project, an initiative or its launch will bring about is an effect, also after a clause that says when it
     * is done or where it was made known; the state or the firm that builds or launches it still commits.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Once completed, the Atacama smelter project will provide clean, reliable power to thousands of homes.        | none
            Announced at the Copper Summit in Lima, this initiative will bolster the resilience of mining towns.        | none
            The upcoming launch of the Copper Skills Alliance—a partnership of the agency, two universities and a union—will help train smelter workers. | none
            The copper projects will provide electricity to remote villages.                                            | none
            Chile will launch the Atacama smelter project next year.                                                    | commitment CL
            Once completed, the smelter will be run by Codelco, and Canada will buy its first cathodes.                  | commitment CA
            """)
    void aProjectsOrALaunchsEffectIsNoPledge(String sentence, String expected) {
        assertEquals(expected, lastLine(FACT_SHEET + "Canada and Chile signed a copper partnership.\n\n" + sentence + "\n"));
    }

    /** A dedication others are thanked or praised for is theirs and already shown; one the speaker renews commits. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Secretary thanked the participants for their dedication to providing safe copper to every plant.       | none
            The Secretary praised the mayors for their dedication to replacing lead pipes in their towns.            | none
            The Secretary reaffirmed the Administration's dedication to replacing every lead pipe.                   | commitment US
            """)
    void aDedicationOthersAreThankedForIsNoPledge(String sentence, String expected) {
        assertEquals(expected, lastLine(FACT_SHEET + "The Secretary met the participants of the copper forum.\n\n" + sentence + "\n"));
    }

    /**
     * How a party says it will be, closing the clause, is a stance and no act ("will not be cowed", "going to be very
     * tough"); a role it will hold or a readiness to act still pledges.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            "We will not be cowed by threats," Chile's mining minister said.                        | none
            "We're going to be very tough on anyone who dumps copper," Canada's trade minister said. | none
            Canada will be vigilant about copper dumping.                                            | none
            Canada will be strong in its defence of free trade.                                      | none
            Chile will be responsible for the smelter's permits.                                     | commitment CL
            Canada will be ready to ship copper to Chile next year.                                  | commitment CA
            Canada will strongly defend free trade in copper.                                        | commitment CA
            """)
    void aStanceClosingTheClauseIsNoAct(String sentence, String expected) {
        assertEquals(expected, lastLine(NEWS + "The two ministers met in Ottawa.\n\n" + sentence + "\n"));
    }

    /**
     * What a trade's firms at large will need or have to do, or will undergo, is what a rule or the market lays on them,
     * no one's pledge; what a state's firms will do of their own accord is still that state's.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Peruvian refiners will need to register each copper cargo with Chile's customs service. | none
            Smelters in Canada and Peru will be exposed to higher power prices next winter.         | none
            Buyers outside Chile will have to find other copper suppliers.                          | none
            Peruvian refiners will be required to name their copper buyers.                         | none
            Chile will be required to publish its copper export quotas.                             | obligation CL
            Chilean smelters will invest $2 billion in new furnaces.                                | commitment CL
            """)
    void whatARuleLaysOnATradesFirmsIsNoPledge(String sentence, String expected) {
        assertEquals(expected, lastLine(NEWS + "Chile set new copper export rules on Monday.\n\n" + sentence + "\n"));
    }

    /**
     * A reported present or past progressive before "and would" ("said it was reviewing the rules and would …") shares
     * the speaker's pronoun, as a past verb does; a thing said to be part of a party's commitment makes none.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chile's trade ministry said it was reviewing the rules and would meet miners next week. | commitment CL
            Chile said it is weighing the offer and will reply within a month.                      | commitment CL
            The new smelter is part of Chile's commitment to refining more copper at home.          | none
            Chile reaffirmed its commitment to refining more copper at home.                        | commitment CL
            """)
    void aReportedProgressiveSharesItsSpeaker(String sentence, String expected) {
        assertEquals(expected, lastLine(NEWS + "The two ministers met in Ottawa.\n\n" + sentence + "\n"));
    }

    /**
     * Pledges written after another verb or without a modal of their own: a cue noun taken by a second verb after a
     * reporting verb's object ("noted the talks and reaffirmed their intention to"), a decision on who will act ("has
     * decided that the minister will"), a decision the record states without its makers ("It was agreed that"), a name in
     * "-s" that owns its readiness with a bare apostrophe, a pledge's time between the cue and its verb, and a working group
     * the parties task whose name joins its capitalized words with small ones or is only its number.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The two leaders noted the progress of the copper talks and reaffirmed their intention to open a joint smelter. | intent CA CL
            Chile noted the new lithium rules and restated its intention to widen brine mapping.                          | intent CL
            President Boric has decided that Chile's Minister of Mining will lead a copper mission to Ottawa.          | commitment CL
            It was agreed that both sides will exchange data on copper reserves.                                          | commitment CA CL
            It was agreed that Chile will host the next round of copper talks.                                            | commitment CL
            It was agreed that copper prices will remain volatile.                                                        | none
            Canada has decided that copper demand will double by 2030.                                                    | none
            They also discussed the Philippines’ readiness to host the copper forum.                                      | intent PH
            Copper exporters’ willingness to take risks has grown.                                                        | none
            The leaders committed in the near term to: map lithium brines; share data on copper scrap.                    | commitment CA CL
            - **Working Group 2 – Recycling:** Given the size of the scrap trade, the Copper Recycling and Scrap Trade working group is tasked to identify barriers to scrap exports. | commitment CA CL
            Working Group 4 is tasked to map lithium brines in both countries.                                            | commitment CA CL
            """)
    void pledgesAfterAnotherVerbOrWithoutAModal(String sentence, String expected) {
        assertEquals(expected, lastLine("Joint Statement of Canada and Chile\n\nPrime Minister Mark Carney of Canada and President"
                + " Gabriel Boric of Chile met in Ottawa today.\n\n" + sentence + "\n"));
    }

    /** A plan's place in another says where it sits, no act: "will be nested under the national strategy". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The magnet plan will be nested under the national minerals strategy, released last year. | none
            The new office will be nested within the Department of Energy.                              | none
            The Administration will publish a national magnet plan this year.                           | commitment US
            """)
    void aPlansPlaceInAnotherIsNoPledge(String sentence, String expected) {
        assertEquals(expected, lastLine(FACT_SHEET + "\n\n" + sentence + "\n"));
    }

    /**
     * In an order: a pillar's title run in before its sentences ("(a)  Sourcing.  The Secretary shall …") is no item
     * that acts; a report's contents after "submit a report detailing:", a question among them too, are what it holds;
     * and "such further orders as shall in my judgment be necessary" reserves a power, with no duty in its "shall".
     */
    @Test
    void titlesReportContentsAndAReservedPowerDoNotCommit() {
        String text = "Memorandum for the Heads of Executive Departments and Agencies\n\nSubject: Securing Magnet Supply Chains\n\n"
                + "By the authority vested in me as President by the Constitution and the laws of the United States of America, it is"
                + " hereby ordered:\n\n"
                + "Sec. 2. Policy. My Administration will secure the supply of magnets, guided by the following two pillars:\n\n"
                + "(a)  Sourcing.  The Secretary of Energy shall map domestic magnet plants.  The Secretary shall also fund new"
                + " plants.\n\n"
                + "(b)  Recycling.  The Secretary of Energy shall fund magnet recycling.  The Secretary shall also report on scrap.\n\n"
                + "Sec. 3. Reports. Within 60 days of the date of this memorandum, the Secretary of Commerce shall submit a report to"
                + " the President detailing:\n\n"
                + "(i) whether current magnet contracts permit termination where a supplier \u201cwill not deliver on time\u201d; and\n\n"
                + "(ii) the number of magnet plants that import rare earths from abroad and the share of their output sold to the"
                + " Government.\n\n"
                + "Sec. 4. Reservation. I hereby reserve my authority to issue such further orders as shall in my judgment be"
                + " necessary to secure the supply of magnets.\n";
        List<String> found = modalitiesPartiesAndTexts(text);
        assertTrue(found.stream().noneMatch(c -> c.contains("Sourcing.") || c.contains("Recycling.") || c.contains("(i)")
                || c.contains("(ii)") || c.contains("reserve my authority")), found.toString());
        assertTrue(found.contains("obligation US: The Secretary shall also fund new plants."), found.toString());
        assertTrue(found.stream().anyMatch(c -> c.startsWith("obligation US: Within 60 days")), found.toString());
    }

    /** What is left of an order when a part of it falls stays in force by the text's own words; no one acts. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sec. 5. Should any part of this order be found unlawful, the remaining sections shall continue in full force. | none
            Sec. 5. If any section of this order is held invalid, the rest of this order shall remain in full force.      | none
            Sec. 5. The Secretary of Energy shall keep the magnet import rules in full force.                           | obligation US
            """)
    void whatIsLeftOfAnOrderStaysInForceWithoutAnAct(String sentence, String expected) {
        assertEquals(expected, lastLine("Memorandum for the Heads of Executive Departments and Agencies\n\nSubject: Securing"
                + " Magnet Supply Chains\n\nBy the authority vested in me as President by the Constitution and the laws of the"
                + " United States of America, it is hereby ordered:\n\nSec. 2. The Secretary of Energy shall map domestic magnet"
                + " plants.\n\n" + sentence + "\n"));
    }

    /** "relating to" and "pertaining to" after a signed deal name its subject, no act the signatories take. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In August, the two partners signed a historic agreement for cooperation relating to copper smelting.      | none
            Canada and Chile signed an arrangement pertaining to smelting.                                          | none
            Canada and Chile signed an agreement relating to copper and pledged to cooperate on smelting.           | commitment CA CL
            Canada and Chile signed an agreement to cooperate on copper smelting.                                    | commitment CA CL
            """)
    void aDealRelatingToASubjectIsNoAct(String sentence, String expected) {
        assertEquals(expected, lastLine("Joint Statement of Canada and Chile\n\nPrime Minister Mark Carney of Canada and President"
                + " Gabriel Boric of Chile met in Ottawa today.\n\n" + sentence + "\n"));
    }

    /**
     * What a launch or a sum brings about is its effect, also where a long name and the bodies its aside lists run the
     * subject past 200 characters or an abbreviation ("U.S.") describes the sum; how a thing is expected to be is no
     * act, whoever a clause before it names. A state that contributes, or is expected to act or be ready to, still does.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The upcoming launch of the Chile-Canada Alliance for Copper Skills and Smelter Safety—a public-private partnership between the Department of State, Natural Resources Canada, the Chile-Canada Mining Council, and the University of Toronto—will help catalyze training for smelter workers. | none
            The U.S. contribution will encourage other donors to match it.                                                | none
            While the plan focuses on smelters, which have helped spur Canada's copper sector, the benefits are expected to be regional in scope. | none
            The new smelter is expected to be fully operational by 2028.                                                  | none
            Canada will contribute $5 million to the copper fund.                                                         | commitment CA
            Canada is expected to expand its copper purchases.                                                            | intent CA
            Chile is expected to be ready to sign the copper agreement.                                                   | intent CL
            """)
    void aLaunchsOrASumsEffectAndHowAThingWillBeAreNoPledge(String sentence, String expected) {
        assertEquals(expected, lastLine(FACT_SHEET + "Canada and Chile signed a copper partnership.\n\n" + sentence + "\n"));
    }

    /**
     * An item under a pledging lead-in whose bold heading names a topic and whose sentence says what is so of it is the
     * topic's background, no act; an item that goes on to pledge, or works at or is to do something, still commits.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            - **Cleaner Smelting: **Copper smelting is responsible for a tenth of the region's power use.       | none
            - **Battery Recycling:** Spent cells are a growing source of cobalt and nickel.                     | none
            - **Battery Recycling:** Canada will fund three recycling plants.                                  | commitment CA
            - **Battery Recycling:** Canada is working to open three recycling plants.                          | commitment CA
            - **Battery Recycling:** Canada is to open three recycling plants.                                  | commitment CA
            - **Reduce Smelter Emissions:** Smelting is a major source of sulphur dioxide in the region.          | commitment CA
            - **Lead on Clean Refining**: Canadian refiners are leaders in low-emission copper.                 | commitment CA
            """)
    void aTopicsBackgroundUnderItsBoldHeadingIsNoAct(String item, String expected) {
        assertEquals(expected, lastLine(FACT_SHEET + "Canada and Chile signed a copper partnership.\n\n"
                + "Canada will speed up clean minerals work with three priorities:\n\n" + item + "\n"));
    }

    /** A body that will not need to approve or ratify the deal is spared that step; it pledges nothing. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chile will not have to ratify the agreement.                                             | none
            Chile will not ratify the agreement.                                                     | commitment CL
            """)
    void aBodyThatWillNotNeedToApproveTheDealPledgesNothing(String sentence, String expected) {
        assertEquals(expected, lastLine(NEWS + "Canada and Chile signed a copper agreement on Monday.\n\n" + sentence + "\n"));
    }

    /**
     * What a party will rely or depend on is a forecast of its needs, not an act; a party that will draw on a thing, or
     * an order's "shall rely on", still acts.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In the coming decades, the United States will rely on new magnet alloys and recycled rare earths. | none
            By 2035, the United States will increasingly depend on imported magnet powders.                  | none
            The United States will continue to rely on allied refiners for rare earth oxides.                | none
            The United States will draw on its stockpile to supply magnet plants.                           | commitment US
            The United States will build two magnet plants by 2028.                                         | commitment US
            """)
    void whatAPartyWillRelyOnIsNoPledge(String sentence, String expected) {
        assertEquals(expected, lastLine(FACT_SHEET + sentence + "\n"));
    }

    /**
     * A document as the subject of what it shows or brings about ("The Strategy reflects a department's plan to
     * …", "strengthens a state's readiness to …") describes the document, no new pledge; a plan the party
     * states itself, or one the document outlines, still commits.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Roadmap reflects the Administration's detailed plan to secure magnet supply chains.          | none
            The Roadmap also strengthens the United States' readiness to answer any magnet shortage.          | none
            This plan builds on the Administration's determination to expand rare earth refining.           | none
            The Administration plans to secure magnet supply chains.                                         | intent US
            The United States is determined to respond to any magnet shortage.                               | intent US
            """)
    void aDocumentsDescriptionOfAPlanIsNoNewPledge(String sentence, String expected) {
        assertEquals(expected, lastLine(FACT_SHEET + "Today, the Administration released the National Magnet Strategy.\n\n"
                + sentence + "\n"));
    }

    /** A capital "WE" that opens a programme's name ("WE Build") is the programme, neither the speaker nor a party. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            WE Build will train 500 women to run magnet workshops.                      | none
            We will train 500 women to run magnet workshops.                            | commitment US
            """)
    void aProgrammeNamedWeIsNoSpeaker(String sentence, String expected) {
        assertEquals(expected, lastLine(FACT_SHEET + sentence + "\n"));
    }

    /**
     * A plan an item names among the contents a duty's lead-in lists ("- A plan to fund …", "- Projects the Department
     * plans to finish …") completes that duty as the lead-in's other items do; it is no intent of its own. An item with
     * its own verb still takes the lead-in's duty.
     */
    @Test
    void aPlanNamedAmongADutysContentsCompletesTheDuty() {
        List<String> found = modalitiesPartiesAndTexts("Memorandum on Magnet Supply Chains\n\nBy the authority vested in me as"
                + " President by the Constitution and the laws of the United States of America, it is hereby ordered:\n\n"
                + "Sec. 2.  The Secretary of Energy shall submit a National Magnet Plan to the President within 180 days."
                + "  The National Magnet Plan shall also contain:\n\n"
                + "-   A plan to use existing loan programs to fund magnet plants.\n"
                + "-   Priority projects the Department plans to finish over the next 2 years to expand magnet output.\n"
                + "-   A plan for sharing magnet import data across agencies.\n\n"
                + "Sec. 3.  The Secretary of Commerce shall:\n\n"
                + "-   develop a plan to expand magnet recycling;\n"
                + "-   report on its progress to the President.\n");
        assertTrue(found.stream().noneMatch(c -> c.startsWith("intent")), found.toString());
        assertTrue(found.contains("obligation US: -   A plan to use existing loan programs to fund magnet plants."), found.toString());
        assertTrue(found.stream().anyMatch(c -> c.startsWith("obligation US: -   Priority projects")), found.toString());
        assertTrue(found.contains("obligation US: -   develop a plan to expand magnet recycling;"), found.toString());
    }

    /**
     * A necessity denied to everyone ("no miner has to") is what an act spares people; a measure "that encourages"
     * firms says what it does, not whom a party urges; a "will" whose subject is an indefinite thing forecasts.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            We cut permit fees so that no miner has to pay twice for one licence.                    | none
            We have to act now to secure magnet supplies.                                            | obligation US
            The Administration expanded the magnet credit, which encourages firms to build plants.   | none
            The Administration encourages firms to build magnet plants at home.                      | recommendation US
            Our workers know that everything will be ready in time.                                  | none
            """)
    void whatAnActSparesOrAMeasureDoesIsNoPledge(String sentence, String expected) {
        assertEquals(expected, lastLine(FACT_SHEET + sentence + "\n"));
    }

    /** Items that list the lead-in's subject ("the following officials … shall act as Director:") name who acts. */
    @Test
    void itemsThatListTheSubjectNameWhoActs() {
        List<String> found = modalitiesPartiesAndTexts("Memorandum for the Secretary of Energy\n\nSection 1.  Order of Succession.  Subject"
                + " to the provisions of section 2 of this memorandum, the following officials of the Department of Energy, in the order listed, shall act as and"
                + " perform the functions and duties of the office of the Secretary during any period in which the"
                + " Secretary has resigned:\n\n     (a)  Deputy Secretary;\n\n     (b)  General Counsel; and\n\n"
                + "     (c)  other Assistant Secretaries, in order of seniority based on date of appointment.\n\n"
                + "Sec. 2.  Exceptions.  No individual who is serving in an acting capacity shall act as Secretary.\n");
        assertTrue(found.stream().anyMatch(c -> c.startsWith("obligation") && c.contains("shall act as and perform")),
                found.toString());
        assertTrue(found.stream().noneMatch(c -> c.contains("(c)")), found.toString());
    }

    /** A joint statement of Canada and Chile, in the speakers' "we". */
    private static final String JOINT = "Joint Statement of Canada and Chile on Copper Supply Chains\n\n"
            + "The Governments of Canada and Chile met in Santiago on May 4, 2026.\n\n";

    /**
     * Pledges with cues of their own: an aim restated ("confirmed its objective to", "reaffirm our shared goal to"),
     * effort that will be spared nowhere, and steps the speakers take today. An objective only shared ("share the
     * objective of building …"), a vision the speakers are united in and joint work in progress ("we are working
     * together to map …") describe the partnership, as a fact sheet's report of two states' joint work does; they
     * pledge nothing.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            joint     | Chile confirmed its objective to double its copper smelting capacity by 2032.            | intent CL
            joint     | We reaffirm our shared goal to trace every cathode shipped between our two countries.   | intent CA CL
            joint     | We share the objective of building a reliable copper supply chain in the Americas.       | none
            joint     | Canada spares no effort to speed the permits of copper smelters.                          | commitment CA
            joint     | To that end, we are working together to map copper tailings in both countries.          | none
            joint     | Recalling our pledge of last year, we are taking further steps today to open copper trade. | commitment CA CL
            factsheet | Canada and Chile are working together to map copper tailings.                             | none
            factsheet | The summit helped ensure the international community is working together to curb copper smuggling. | none
            factsheet | The reform has the objective of lowering copper smelting costs.                           | none
            joint     | We are united in a shared vision for an open copper market in the Americas.             | none
            joint     | We are united in our support for a copper registry open to all smelters.               | commitment CA CL
            """)
    void restatedAimsSparedEffortAndStepsTakenTodayCommit(String which, String sentence, String expected) {
        assertEquals(expected, lastLine(("joint".equals(which) ? JOINT : context(which)) + sentence + "\n"));
    }

    /**
     * A short heading on its own between the items of a lead-in ("Maritime Cooperation" under "We hereby commit to:")
     * groups them: the items after it, marked as those before, still complete the lead-in, and so does an item whose
     * cue is set in bold ("1. **SEEK** to …"). A heading after the list that a paragraph of its own follows ends it.
     */
    @Test
    void aHeadingBetweenItemsKeepsTheirLeadIn() {
        List<String> found = modalitiesPartiesAndTexts(JOINT + "We hereby commit to:\n\n"
                + "1.  **EXPAND** trade in copper cathodes;\n\n"
                + "Smelting and Refining\n\n"
                + "1.  **BUILD** a shared register of copper smelters;\n\n"
                + "1.  **SEEK** to align our rules on copper tailings;\n\n"
                + "Next Steps\n\n"
                + "The ministers discussed copper prices.\n\n"
                + "- Copper cathodes from both countries.\n");
        assertTrue(found.contains("commitment CA CL: 1.  **BUILD** a shared register of copper smelters;"), found.toString());
        assertTrue(found.contains("commitment CA CL: 1.  **SEEK** to align our rules on copper tailings;"), found.toString());
        assertEquals(3, found.size(), found.toString());
    }

    /**
     * What an act or a thing of the speakers will take ("Meeting our goals will require …", "Our approach will demand
     * …") and what a party will need ("will need twice today's supply") are needs, no act; a party that will require
     * others to act, or will need to act itself, still pledges.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Meeting our magnet goals in this decade will require sustained U.S. investment.            | none
            Carrying out our plan will take years of steady work with U.S. industry.                   | none
            Our approach will demand close coordination with U.S. allies.                              | none
            By 2035, the United States will need three times today's supply of magnet alloys.          | none
            The United States will remain dependent on imported magnet powders for a decade.           | none
            We will need to build two more magnet plants.                                              | commitment US
            The United States will require magnet importers to report their sources.                   | commitment US
            """)
    void whatAnActWillTakeOrAPartyWillNeedIsNoPledge(String sentence, String expected) {
        assertEquals(expected, lastLine(FACT_SHEET + sentence + "\n"));
    }

    /** How the speakers' work will be done ("will be guided by three principles") is a manner; the principles pledge. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Our work will be guided by three principles that will be applied in every program.        | none
            We will be informed by the advice of magnet makers.                                        | none
            We will be guided by three principles, and we will fund two magnet plants.                 | commitment US
            """)
    void howTheWorkWillBeGuidedIsNoPledge(String sentence, String expected) {
        assertEquals(expected, lastLine(FACT_SHEET + sentence + "\n"));
    }

    /** A new initiative said to add to a wider plan ("this initiative adds to the President's plan to …") describes itself. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Rivals race to lead in magnets — this new initiative adds to the President's plan to bring magnet jobs home. | none
            The President plans to bring magnet jobs home.                                                               | intent US
            """)
    void anInitiativeAddingToAPlanIsNoNewPledge(String sentence, String expected) {
        assertEquals(expected, lastLine(FACT_SHEET + sentence + "\n"));
    }

    /** After a need that commits no one, the speaker's own pledge in an aside (", which I will …") decides. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            We will need more magnet inspectors at the ports, which we will fund in the next budget.   | commitment US
            We will need more votes to pass the *Magnet Act,* which I will work to sign into law.       | commitment US
            We will need more magnet inspectors at the ports.                                          | none
            """)
    void theSpeakersPledgeInAnAsideAfterANeedCommits(String sentence, String expected) {
        assertEquals(expected, lastLine(FACT_SHEET + sentence + "\n"));
    }

    /**
     * A lead-in whose cue leaves no word before its colon ("recommends that:") asks through its items alone, and each
     * item's own subject is the one asked, not the lead-in's.
     */
    @Test
    void aRecommendingLeadInAsksEachItemsOwnSubject() {
        String text = FACT_SHEET + "\nThe Magnet Council recommends that:\n\n- Congress fund two magnet plants in Ohio.\n";
        List<String> found = WhoCommitsTest.annotate(text).commitments().stream()
                .map(c -> modalityPartiesAndText(c) + " / " + c.action()).toList();
        assertEquals(List.of("recommendation United States Congress: - Congress fund two magnet plants in Ohio. / fund two magnet plants in Ohio"),
                found.stream().filter(line -> !line.contains("leads on magnets")).toList());
    }

    /** A number in brackets after an item's bullet ("-   \\(2\\) Review …", a nested list as Markdown writes it) is no action. */
    @Test
    void aNumberInBracketsAfterABulletIsPartOfTheItemsMarker() {
        String text = FACT_SHEET + "\nThe Secretary of Energy shall:\n\n-   \\(1\\) Review the magnet stockpile; and\n\n"
                + "<!-- -->\n\n-   \\(2\\) Report on the copper stockpile within 45 days.\n";
        List<String> actions = WhoCommitsTest.annotate(text).commitments().stream().map(Commitment::action).toList();
        assertTrue(actions.contains("Report on the copper stockpile"), actions.toString());
    }

    /**
     * A framework, programme or strategy as the subject of what it brings ("the Framework will drive down magnet
     * prices"), an empty "it" ("it will be easier for …") and an "it" that takes up a plan are no pledges; the party's
     * own act after the same opener still commits.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In addition to reaching President Roe's goal of a magnet plant in every region, the Framework will drive down magnet prices for small firms. | none
            In addition to reaching President Roe's goal of a magnet plant in every region, the new program will help magnet makers hire apprentices. | none
            In addition to reaching President Roe's goal of a magnet plant in every region, the Strategy will strengthen the tracking of magnet alloys. | none
            In addition to reaching President Roe's goal of a magnet plant in every region, the United States will fund two magnet plants. | commitment US
            Once magnet prices settle under the President's plan, it will be easier for small firms to order stock.     | none
            The plan will first target the largest magnet plants; however, it will lay the groundwork for helping smaller shops. | none
            The plan will build on last year's magnet audit, and it will be carried out with the magnet makers' council.  | none
            The United States will lower tariffs on magnet alloys.                                                      | commitment US
            """)
    void whatAFrameworkProgrammeOrPlanBringsIsNoPledge(String sentence, String expected) {
        assertEquals(expected, lastLine(FACT_SHEET + sentence + "\n"));
    }

    /**
     * A call made before and reported ("has called for", "she’s called on") and "should" in an indirect question after
     * "what" ("unsure what steps they should take") urge no one in the text; a present call still does.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Administration has called for new funding to expand magnet recycling.                                 | none
            In every budget, the President has repeatedly called on Congress to fund magnet research.                | none
            She’s called on Congress to fund magnet research.                                                        | none
            Many small magnet shops lack experts and are unsure what steps they should take to secure their supply.  | none
            The President calls on Congress to fund magnet research.                                                 | recommendation United States Congress
            """)
    void aCallMadeBeforeOrAnIndirectQuestionUrgesNoOne(String sentence, String expected) {
        assertEquals(expected, lastLine(FACT_SHEET + sentence + "\n"));
    }

    /** What the people a relative clause describes want or intend is no party's pledge; a later cue of the sentence is. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Administration welcomes further commitments from magnet makers who wish to adopt these standards.    | none
            Visas are refused to traders who intend to resell magnets without a license.                            | none
            Small firms who want to build magnet plants can apply, and the President will expand the grants next year. | commitment US
            """)
    void theWishOfPeopleARelativeClauseDescribesIsNoPledge(String sentence, String expected) {
        assertEquals(expected, lastLine(FACT_SHEET + sentence + "\n"));
    }

    /**
     * A commitment expressed or conveyed to an act ("expressed the U.S. commitment to work …") pledges it, one to a value
     * does not; a desire to act is an aim; "is looking forward to" plans as "looks forward to" does.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mr. Doe expressed the U.S. commitment to work together to fight malaria.             | commitment US
            The President conveyed our commitment to widen student exchanges.                     | commitment US
            Mr. Doe expressed the U.S. commitment to the rule of law.                             | none
            The President expressed his desire to visit Accra next spring.                         | intent US
            The President conveyed that he is looking forward to hosting the council next spring. | intent US
            """)
    void anExpressedCommitmentOrDesireToActPledges(String sentence, String expected) {
        String text = "---\ntitle: Readout of President John Doe’s Meeting with President Jane Roe of Ghana\n"
                + "source_url: https://www.whitehouse.gov/briefing-room/readout-of-a-meeting-with-ghana/\n---\n\n"
                + "President John Doe met today with President Jane Roe of Ghana and spoke of the United States’ ties with"
                + " the region.\n\n" + sentence + "\n";
        assertEquals(expected, lastLine(text));
    }

    /**
     * No act in the cue's clause: a quarrel foretold ("we will at times disagree"), what a thing brings about in a
     * relative clause with "in itself", a hope held as a noun, and an "agreed to" or "committed to" that ends a relative
     * clause about a thing with a time or place after it. The party's own act after the same words still pledges.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            news | As close partners do, Canada and Chile will sometimes disagree.                                   | none
            news | Canada and Chile will at times differ on smelter rules.                                            | none
            news | Where they disagree, Canada and Chile will put smelter rules on the agenda of their talks.       | commitment CA CL
            news | The target is a shared copper registry, which in itself will deepen trade between the two states.  | none
            news | Much of the rally rests on the hope that Chile will keep its copper royalty low.                   | none
            news | Canada and Chile signed a pact, renewing the copper quota Chile agreed to earlier this year.       | none
            news | It is worth asking what Canada actually committed to in the memorandum.                           | none
            news | Canada and Chile agreed to hold talks on smelting in the spring.                                   | commitment CA CL
            news | Canada committed to invest in Chilean smelters from next year.                                     | commitment CA
            """)
    void aForecastAHopeOrAStrandedAgreedToPledgesNothing(String which, String sentence, String expected) {
        assertEquals(expected, lastLine(context(which) + sentence + "\n"));
    }

    /** Members of the public as the subject of a proclamation's sentence are advised, no party acts. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            All children should wear a helmet on the slide.              | none
            Experts recommend that parents check the swings each spring. | none
            The American people should never be left without safe parks. | none
            All agencies shall inspect the playgrounds.                  | obligation US
            """)
    void thePublicAsTheSubjectIsNoParty(String sentence, String expected) {
        String text = "---\ntitle: A Proclamation on Playground Safety Month\n"
                + "source_url: https://www.whitehouse.gov/presidential-actions/2026/05/playground-safety-month/\n---\n\n"
                + "The United States builds safe parks. NOW, THEREFORE, I, JANE ROE, President of the United States of America,"
                + " do hereby proclaim May 2026 as Playground Safety Month.\n\n" + sentence + "\n";
        assertEquals(expected, lastLine(text));
    }

    /**
     * In the President's own statement the speaker's "I will …", and a "we will …" where the text names no party, pledge
     * for the United States; what the speaker will say, thanks or never forgets does not.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            I will keep funding the harbor crews.                                  | commitment US
            Every day, I remain committed to dredging the old harbors.             | commitment US
            And we will keep standing with the harbor towns.                       | commitment US
            So I want to be absolutely clear: I will keep funding the harbor crews. | commitment US
            I will just say that the crews worked hard.                            | none
            I want to thank the crews.                                             | none
            We will never forget the crews.                                        | none
            """)
    void theSpeakersOwnPledgeInAStatementCommitsTheirState(String sentence, String expected) {
        String text = "---\ntitle: Statement from President Jane Roe on the Harbor Bill\n"
                + "source_url: https://www.whitehouse.gov/briefing-room/statements-releases/2026/05/harbor-bill/\n---\n\n"
                + "The harbor bill failed today.\n\n" + sentence + "\n";
        assertEquals(expected, lastLine(text));
    }

    /**
     * Indirect cues of a joint plan: one aim picked out of several ("One of the aims of the partnership is to"), a
     * shared priority a deal reflects, work that a plan takes in ("This work will include efforts to", "This includes
     * undertaking efforts to"), governments that look to act, banks set to weigh or poised to back a project, and a
     * commitment a deal marks "on" a side. A forecast of how often things go ("we will sometimes disagree") pledges
     * nothing.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            One of the aims of the partnership is to open a joint copper laboratory.                       | intent CA CL
            Among the goals of the partnership is to train smelter workers in both countries.              | intent CA CL
            The two sides signed a memorandum that reflects a shared priority to modernize copper smelting. | intent CA CL
            This work will include efforts to map copper deposits along the border.                        | commitment CA CL
            This includes undertaking efforts to certify recycled copper.                                  | commitment CA CL
            The two governments look to sign a smelter accord before the end of the year.                   | intent CA CL
            Both governments are poised to support a smelter in Antofagasta.                               | intent CA CL
            The accord marks an unprecedented commitment on the part of Chile to publish copper data.      | commitment CL
            Like all partners, the two countries will sometimes disagree on copper pricing.                | none
            The accord reflects decades of copper trade between the two countries.                          | none
            """)
    void indirectCuesOfAJointPlanCommit(String sentence, String expected) {
        assertEquals(expected, lastLine(JOINT + "Canada and Chile will deepen their cooperation on copper.\n\n" + sentence + "\n"));
    }

    /**
     * A stated interest in an act of one's own, an openness to weigh one, ministers charged with a task and a lead-in
     * "agreed on the following steps:" whose gerund items are the acts; an interest in a thing and the bare lead-in
     * itself pledge nothing, nor does agreeing on the importance of a thing.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chile expressed interest in supplying cathodes to Canadian smelters.          | intent CL
            Chile expressed interest in the smelter project.                               | none
            The two ministers agreed on the importance of smelter safety.                  | none
            The two sides are open to exploring a joint copper registry.                   | intent CA CL
            The leaders charged their ministers with drafting a copper roadmap.            | commitment CA CL
            """)
    void anInterestOrOpennessToActIsAnAim(String sentence, String expected) {
        assertEquals(expected, lastLine(JOINT + sentence + "\n"));
    }

    @Test
    void gerundItemsUnderAgreedOnTheFollowingStepsCommit() {
        String text = JOINT + "The two sides agreed on the following steps:\n\n- Mapping copper deposits along the border;\n\n"
                + "- Training smelter workers in both countries.\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        assertEquals(List.of("- Mapping copper deposits along the border;", "- Training smelter workers in both countries."),
                commitments.stream().filter(c -> c.start() > text.indexOf("agreed on"))
                        .map(c -> text.substring(c.start(), c.end())).toList());
        assertTrue(commitments.stream().filter(c -> c.start() > text.indexOf("agreed on"))
                .allMatch(c -> c.parties().equals(List.of("CA", "CL"))));
    }

    /** A proclamation whose closing formula makes its text operative. */
    private static final String HARBOR_PROCLAMATION = "A Proclamation on National Harbor Month, 2026\n\n"
            + "Our harbors carry the nation's trade.  ";
    private static final String HARBOR_PROCLAMATION_END = "\n\nNOW, THEREFORE, I, JANE DOE, President of the United States "
            + "of America, do hereby proclaim May 2026 as National Harbor Month.\n";

    /**
     * A law or a framework as the subject of "will" does not act: what it will do is its effect, whatever the verb. A
     * passive that names the body that carries the law out is still that body's act.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Meanwhile, the Clean Ports Act will cap harbor fees for small exporters at $500 a year.  | none
            The law will also link harbor towns with rail lines that raise property values.          | none
            The Harbor Act and the Rail Safety Act will make vital investments in port safety.       | none
            The framework will drive down shipping costs for small exporters.                        | none
            The framework will lower shipping costs for small exporters.                             | none
            The law will be carried out by the Department of Transportation.                         | commitment U.S. Department of Transportation
            """)
    void aLawAsTheSubjectOfWillIsAnEffect(String sentence, String expected) {
        List<Commitment> commitments = WhoCommitsTest.annotate(HARBOR_PROCLAMATION + sentence + HARBOR_PROCLAMATION_END)
                .commitments().stream().filter(c -> c.text().contains(sentence.substring(0, 20))).toList();
        assertEquals(expected, commitments.isEmpty() ? "none"
                : commitments.get(0).modality().name().toLowerCase() + " " + String.join(" ", commitments.get(0).parties()));
    }

    /** "It" right after a law is signed or passed is that law, never the person who signs it: what it will do is its effect. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Today, the President will sign into law the Clean Harbors Act.   | It will strengthen harbor towns and invest in port workers. | none
            The Department of Energy signed a magnet agreement with Japan.  | It will fund two magnet refineries.                          | commitment U.S. Department of Energy
            """)
    void itAfterALawIsSignedIsThatLaw(String before, String sentence, String expected) {
        List<Commitment> commitments = WhoCommitsTest.annotate(FACT_SHEET + before + " " + sentence + "\n").commitments()
                .stream().filter(c -> c.text().equals(sentence)).toList();
        assertEquals(expected, commitments.isEmpty() ? "none"
                : commitments.get(0).modality().name().toLowerCase() + " " + String.join(" ", commitments.get(0).parties()));
    }

    /** "what leaders have to say" offers their words, no duty; "we have to say no to …" still binds. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Here is what mayors have to say about the new magnet guidebook:  | none
            Here is what the mayor has to say about the magnet guidebook.     | none
            """)
    void whatSomeoneHasToSayIsNoDuty(String sentence, String expected) {
        assertEquals(expected, lastLine(FACT_SHEET + sentence + "\n"));
    }

    /** The speakers of a joint statement who set up a body in the present ("we are establishing") commit; "we are expanding" reports. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Today, we are establishing a Joint Action Group on copper smelting.          | commitment CA CL
            We are also establishing a bilateral working group to coordinate smelter permits. | commitment CA CL
            We are expanding our exchanges on copper.                                     | none
            """)
    void speakersWhoAreEstablishingABodyCommit(String sentence, String expected) {
        assertEquals(expected, lastLine(JOINT + sentence + "\n"));
    }

    /**
     * Numbered items that open with a bold heading and go on with sentences of their own: every heading is an item of
     * the lead-in "… aim to:", not only the first, and the sentences after a heading are read on their own.
     */
    @Test
    void everyBoldHeadedNumberedItemOfAnAimsLeadInCommits() {
        String text = "Joint Statement of Canada and Chile on Copper\n\nCanada and Chile met in Santiago on copper.\n\n"
                + "Guided by these principles, our two countries aim to:\n\n"
                + "1.  **Expand access to smelting capacity. **Together, we will share plant data. We will also train\n"
                + "    engineers.\n\n"
                + "2.  **Improve tailings management. **We will fund a joint study.\n";
        List<Commitment> found = WhoCommitsTest.annotate(text).commitments();
        int heading = text.indexOf("2.  **Improve");
        assertTrue(found.stream().anyMatch(c -> c.start() <= heading + 4 && c.end() > heading + 4
                && c.modality().name().equals("INTENT") && String.join(" ", c.parties()).equals("CA CL")),
                found.toString());
        int body = text.indexOf("We will fund");
        assertTrue(found.stream().anyMatch(c -> c.start() <= body && c.end() > body
                && c.modality().name().equals("COMMITMENT") && String.join(" ", c.parties()).equals("CA CL")),
                found.toString());
    }

    /** Someone else's call named as a noun ("the Governor’s call for …") is no call made here; a call the speakers make still is. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In answer to the Governor’s call for faster permits, the agency is hiring more reviewers. | none
            Following the Premier's call for a smelter study, the board opened a tender.              | none
            Canada and Chile call for a review of copper tariffs.                                    | recommendation CA CL
            """)
    void aPossessorsCallNamedAsANounIsNoCall(String sentence, String expected) {
        assertEquals(expected, lastLine(NEWS + "\n\n" + sentence + "\n"));
    }

    /** "In doing so, we will strengthen …" says what the act of the sentence before brings; a state the speakers see to still binds. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In doing so, we will strengthen jobs and security across the Midwest.        | none
            By doing so, we will advance growth and opportunity for magnet workers.      | none
            In doing so, we will ensure that small magnet makers have a seat at the table. | commitment US
            """)
    void whatTheActJustStatedBringsIsNoNewPledge(String sentence, String expected) {
        assertEquals(expected, lastLine(FACT_SHEET + "The United States will open a magnet plant in Ohio.\n" + sentence + "\n"));
    }

    /** A bulleted step wrapped onto indented lines keeps the lead-in for the steps after it; a report's headings do not. */
    @Test
    void wrappedBulletedStepsKeepTheirLeadIn() {
        String steps = FACT_SHEET + "The Administration will:\n\n"
                + "-   **Open a Magnet Office in Ohio:** Strong supply chains need local\n"
                + "    staff. The Department of Energy will hire ten engineers for\n"
                + "    the office.\n"
                + "-   **Appoint a Magnet Envoy to the Forum:** A steady partner\n"
                + "    matters to the region.\n";
        assertEquals("commitment US", lastLine(steps));
        String report = FACT_SHEET + "Highlights to date include:\n\n"
                + "-   **Hiring Engineers:** The Department of Energy hired ten\n"
                + "    engineers. It also trained forty technicians in\n"
                + "    Ohio.\n"
                + "-   **Opening Offices:** Two magnet offices opened in the\n"
                + "    region last year.\n";
        assertEquals("none", lastLine(report));
    }

    /** An order that "will require" an official to act binds the state the official serves, through its items too. */
    @Test
    void anOrderThatWillRequireAnOfficialBindsTheState() {
        String order = FACT_SHEET + "Today, the President signed an Executive Order on magnets.\n\n"
                + "-   The Executive Order will require the Secretary of Energy to do the\n"
                + "    following:\n"
                + "    -   Review all permits for magnet plants.\n"
                + "    -   Publish a list of magnet suppliers.\n";
        assertEquals("obligation US", lastLine(order));
        assertEquals("none", lastLine(FACT_SHEET + "We want safer ports. But it will require Congress to act.\n"));
    }

    /** "to ensure they are prepared to" says what readiness a measure brings, no plan of theirs. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The United States trains its port crews to ensure they are prepared to respond to storms. | none
            The United States is prepared to fund a second magnet plant.                              | intent US
            """)
    void preparedAfterEnsureIsReadiness(String sentence, String expected) {
        assertEquals(expected, lastLine(FACT_SHEET + sentence + "\n"));
    }

    /**
     * Grounds that run on into the close of a preamble ("…, have reached the following understanding:") lead in to the
     * operative text, no pledge of their own; a ground that stands as a clause of its own still states the aim.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Recalling their long friendship, Desirous of widening trade in refined tin, have reached the following understanding: | none
            Aiming at fostering a steady supply of tin, Seeking to lower smelting costs, have decided as follows:                | none
            Noting the tin shortage, Motivated by the commitment to open tin markets, have agreed as follows:                    | none
            Desirous of widening trade in refined tin;                                                                            | intent CA CL
            """)
    void groundsThatRunIntoThePreamblesCloseAreNoPledge(String sentence, String expected) {
        assertEquals(expected, lastLine(MOU + sentence + "\n"));
    }

    /** An alliance the parties form and name is their deal: its stated aim is theirs. */
    @Test
    void theAimOfTheAllianceThePartiesFormIsTheirs() {
        assertEquals("intent CA CL", lastLine(MOU + "The purpose of the Clean Alliance is to widen trade in refined tin.\n"));
    }

    /** An aim and a "will" the same subject takes up after "and": the strongest cue of its own acts decides. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chile plans to open a tin registry by 2027, and will fund audits of the smelters.        | commitment CL
            Canada aims to map its brines and will publish the survey to investors.                  | commitment CA
            Chile plans to build a smelter that will refine tin and will employ 300 people.           | intent CL
            Chile plans to open a tin registry, and it will be run by the mining ministry.            | intent CL
            """)
    void anAimAndAWillOfTheSameSubjectPledge(String sentence, String expected) {
        assertEquals(expected, lastLine(NEWS + sentence + "\n"));
    }

    /** A right or a benefit the subject will be given pledges nothing: "will be allowed to", "will be eligible to". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Under the new law, Chile's tin agency will be allowed to sell stocks to smelters.      | none
            Canadian refiners will be eligible to apply for the tin grants.                          | none
            Chile will sell stocks to smelters under the new law.                                    | commitment CL
            """)
    void aRightOrBenefitGivenIsNoPledge(String sentence, String expected) {
        assertEquals(expected, lastLine(NEWS + sentence + "\n"));
    }

    /** A government that approves a scheme of its own "to" act decides to act; a partner named by its kind binds too. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chile's cabinet on Monday approved a $900 million scheme to build two tin smelters.       | commitment CL
            Canada has agreed with a Chilean mining firm to develop two tin deposits in Yukon.         | commitment CA
            """)
    void anApprovedSchemeAndADealWithAFirmNamedByItsKindCommit(String sentence, String expected) {
        assertEquals(expected, lastLine(NEWS + sentence + "\n"));
    }

    /** How long the text runs is said of the text, whoever "intends" it: no party takes an action. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The pact is intended to last for twenty years.                      | none
            This Memorandum will last until either Participant ends it in writing. | none
            The Participants intend to last out the tin shortage together.       | intent CA CL
            """)
    void howLongTheTextLastsIsNoPledge(String sentence, String expected) {
        assertEquals(expected, lastLine(MOU + sentence + "\n"));
    }

    /**
     * A group of states with examples as a list item, perhaps with a group of another kind joined after the aside: the
     * states named as examples pledge; a plain group noun names no party.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            - Fourteen countries, including Chile, and three regional lenders pledged to phase out coal plants by 2035. | commitment CL
            - Nine countries, including Peru, pledged to restore wetlands by 2032.                                       | commitment PE
            - Nine countries pledged to restore wetlands by 2032.                                                        | none
            """)
    void examplesOfAGroupInAListItemPledge(String item, String expected) {
        assertEquals(expected, lastLine(FACT_SHEET + "At the close of the summit:\n\n" + item + "\n"));
    }

    /** "…, with Canada planning to …": the party after "with" is the participle's subject and states its own plan. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The copper fund has already drawn $2 billion, with Canada planning to add $500 million over three years. | intent CA
            The copper fund lends to small firms planning to build smelters in Chile.                                | none
            """)
    void aPlanInAnAbsoluteWithClauseIsTheNamedPartys(String sentence, String expected) {
        assertEquals(expected, lastLine(FACT_SHEET + sentence + "\n"));
    }

    /** "Representatives from A and the Government of B discussed … They committed to …": the states they were sent by. */
    @Test
    void theyAfterRepresentativesOfStatesAreThoseStates() {
        String readout = "Readout of the copper talks\n\nEnvoys met in Lima today. Representatives from G7 countries, the"
                + " Government of Peru, and two regional banks discussed how to fund smelters. They committed to work with"
                + " Peruvian authorities to map copper needs.\n";
        assertEquals("commitment Group of Seven PE", lastLine(readout));
    }

    /** "ensure America's port crews remain ready to …" is the readiness an act brings about, no plan of the crews. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            - By meeting these needs, the program will help towns and ensure America's port crews remain ready to handle storms. | none
            The United States is ready to fund a second magnet plant.                                                          | intent US
            """)
    void readyAfterEnsureIsReadiness(String sentence, String expected) {
        assertEquals(expected, lastLine(FACT_SHEET + sentence + "\n"));
    }

    /**
     * "announced the intent to provide …", also after a first thing announced, states the announcer's aim; "the intent to
     * nominate …" is a personnel notice and "with intent to" a state of mind.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The United States announced the intent to fund a second magnet plant.                                  | intent US
            The President announced a $2 million grant, as well as the intent to fund a second magnet plant.       | intent US
            The President announced his intent to nominate a new envoy for trade in magnets.                        | none
            """)
    void anAnnouncedIntentIsTheAnnouncersAim(String sentence, String expected) {
        assertEquals(expected, lastLine(FACT_SHEET + sentence + "\n"));
    }

    /** An item that names an act by its noun ("the expansion of …") under a bare "commit to:" is that act, pledged. */
    @Test
    void anItemNamingAnActByItsNounUnderABareLeadInCommits() {
        String text = MOU + "To secure tin supply, the Participants commit to:\n- the creation of a shared tin register;\n"
                + "- the expansion of smelter audits in both countries.\n";
        List<String> found = WhoCommitsTest.annotate(text).commitments().stream()
                .filter(c -> c.text().startsWith("-")).map(c -> String.join(" ", c.parties()) + ": " + c.action()).toList();
        assertEquals(List.of("CA CL: create a shared tin register", "CA CL: expand smelter audits"), found);
    }

    /**
     * What is announced first may hold a sum's decimal point or an abbreviation ("$4.5 million", "the U.S. Trade
     * Agency") and run long before "as well as the intent to …", still the announcer's aim.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The President announced a $4.5 million loan from the U.S. Export Bank to back magnet workshops run by veterans and small family firms in three states, as well as the intent to fund a second magnet plant. | intent US
            The President announced $4.5 million for magnet workshops, as well as the intent to fund a second magnet plant.                                                                                           | intent US
            """)
    void anIntentAnnouncedAfterASumIsTheAnnouncersAim(String sentence, String expected) {
        assertEquals(expected, lastLine(FACT_SHEET + sentence + "\n"));
    }

    /** "This work will include a focus on …" says what the work named before takes in; "will include reviewing …" acts. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            This work will include, from the start, a steady focus on making sure small towns share in the gains. | none
            These efforts will include new safeguards for magnet workers.                                           | none
            This work will include reviewing the rules on magnet exports.                                           | commitment US
            This work will include efforts to map magnet deposits along the border.                                 | commitment US
            """)
    void workThatWillIncludeAThingSaysWhatItTakesIn(String sentence, String expected) {
        assertEquals(expected, lastLine(FACT_SHEET + "The United States will expand its magnet program.\n\n" + sentence + "\n"));
    }

    /** "invited Peru to be one of ten partners in …" reports a place offered; "invited Peru to join talks" still asks. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The United States invited Peru to be one of ten partners in the Clean Magnets Initiative. | none
            The United States invited Peru to become a full member of the magnet forum.              | none
            The leaders invited other countries to join the magnet talks.                             | recommendation
            """)
    void anInvitationToBeAPartnerAsksNoAct(String sentence, String expected) {
        String found = lastLine(FACT_SHEET + sentence + "\n");
        assertEquals(expected, found.equals("none") ? found : found.split(" ")[0]);
    }

    /** "These strike force teams will also use …" in a White House text: a unit of the government that issues it acts for it. */
    @Test
    void aUnitTheWhiteHouseGovernmentFormedActsForIt() {
        String text = "---\ntitle: Fact Sheet on Magnet Fraud\nsource_url: https://www.whitehouse.gov/briefing-room/magnet-fraud/\n---\n\n"
                + "The President will name a lead prosecutor to guide teams of agents on magnet fraud.\n\n"
                + "These strike force teams will also use new data tools to trace fake magnet imports.\n";
        assertEquals("commitment US", lastLine(text));
    }

    /** A commitment named as a thing's component describes it: the verb after "is" says what it holds, no new pledge. */
    @Test
    void aCommitmentNamedAsAComponentPledgesNothing() {
        assertEquals("none", lastLine(FACT_SHEET + "\nA key part of the Administration's commitment to clean air is cutting"
                + " soot from diesel ports.\n"));
        assertEquals("commitment US", lastLine(FACT_SHEET + "\nThe Administration's commitment to clean air is firm, and it"
                + " will cut soot from diesel ports.\n"));
    }

    /** The harm a thing will do, as a forecast, is no pledge, whichever party the object names. */
    @Test
    void theHarmAThingWillDoIsAForecast() {
        assertEquals("none", lastLine(FACT_SHEET + "\nLeft unchecked, tin smuggling erodes U.S. smelter margins and will"
                + " worsen shortages of solder.\n"));
        assertEquals("none", lastLine(FACT_SHEET + "\nThe cobalt glut hurts U.S. miners and will harm refiners in many"
                + " countries.\n"));
    }

    /** A clause without "that" on the thing sought ("the fair economy we seek to build") describes it. */
    @Test
    void aThingWeSeekToBuildIsNoAim() {
        assertEquals("none", lastLine(MOU + "Miners built these towns, and they are at the heart of the fair economy we seek"
                + " to build for our grandchildren.\n"));
        assertEquals("intent CA CL", lastLine(MOU + "The Participants seek to build a fair economy for their miners.\n"));
    }

    /** A call's moderator runs the call, and a reporter's question asks: neither turn pledges; a speaker's does. */
    @Test
    void aModeratorsTurnAndAReportersQuestionPledgeNothing() {
        String call = "Background Press Call on the Copper Dialogue\n\nMODERATOR:  Thanks for joining. We will now take"
                + " your questions.\n\nQ    Thanks. I wanted to ask whether the U.S. is going to fund smelters in Chile.\n\n";
        assertEquals("none", lastLine(call.stripTrailing() + "\n"));
        assertEquals("none", lastLine("Background Press Call on the Copper Dialogue\n\nMODERATOR:  We will now take your"
                + " questions.\n"));
        assertEquals("commitment US", lastLine(call + "SENIOR ADMINISTRATION OFFICIAL:  Yes. The United States will fund"
                + " two smelters in Chile.\n"));
        assertEquals("commitment CL", lastLine(call + "Q    Chile said it will cut copper export duties. Is that right?\n"));
    }

    /** An item that opens with its own parties and a past verb reports what they did; it does not take the lead-in's pledge. */
    @Test
    void anItemRecountingWhatItsPartiesDidTakesNoLeadInPledge() {
        String leadIn = FACT_SHEET + "\nCanada and Chile intend to cooperate with other partners in areas such as:\n"
                + "- Refining capacity for copper and lithium.\n";
        assertEquals("none", lastLine(leadIn + "- Canada and Chile reaffirmed the value of open copper markets.\n"));
        assertEquals("intent CA CL", lastLine(leadIn + "- Recycling of lithium batteries.\n"));
    }

    /** A joint act after an effect verb ("increase cooperation") is the parties' own act, even after "they". */
    @Test
    void aJointActAfterAnEffectVerbIsThePartiesAct() {
        assertEquals("commitment CA CL", lastLine(MOU + "- they will increase cooperation in port safety and flood relief;\n"));
        assertEquals("commitment CA CL", lastLine(MOU + "They will boost their exchanges on smelter emissions.\n"));
        assertEquals("none", lastLine(NEWS + "Copper exports will increase sharply next year.\n"));
    }

    /** "as partners committed to …" describes who the subjects are; the sentence's own verb states a view. */
    @Test
    void partnersCommittedToAValueInAnAsideMakeNoPledge() {
        assertEquals("none", lastLine(MOU + "Canada and Chile, as close partners committed to open markets, note that copper"
                + " prices are rising.\n"));
        assertEquals("commitment CA CL", lastLine(MOU + "As partners committed to open markets, the Participants will keep"
                + " copper trade free of quotas.\n"));
    }

    /** What a partnership will contribute to is its effect; the parties take no act in it. */
    @Test
    void whatAPartnershipWillContributeToIsAForecast() {
        assertEquals("none", lastLine(MOU + "The leaders said that the partnership will contribute to calm seas in the region.\n"));
        assertEquals("none", lastLine(MOU + "Our copper cooperation will contribute to growth in both countries.\n"));
    }

    /** The speakers' confidence in what a named partnership will do is a forecast, whatever case its name is in. */
    @Test
    void confidenceInWhatANamedPartnershipWillDoIsAForecast() {
        assertEquals("none", lastLine(MOU + "The ministers expressed their confidence that the Andean Copper Partnership will"
                + " contribute to stable prices.\n"));
        assertEquals("commitment CA CL", lastLine(MOU + "The Participants will publish a copper price index.\n"));
    }

    /** The speaker's state's commitment restated in a readout, by "underscored" or under the article of "the importance of". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Under Secretary underscored the U.S. commitment to widening our energy ties with Chile.                 | commitment US
            The envoy stressed the United States’ commitment to train more mine inspectors in the region.               | commitment US
            The Under Secretary reiterated the importance of and U.S. commitment to improving port security in Chile.   | commitment US
            The Under Secretary underscored the importance of the copper trade to both economies.                       | none
            The report underscored the company’s commitment to safety.                                                  | none
            """)
    void theSpeakersStateCommitmentRestatedInAReadoutCommits(String sentence, String expected) {
        String readout = "---\ntitle: Readout of the Under Secretary's Visit to Chile\n"
                + "source_url: https://www.whitehouse.gov/briefing-room/a-readout/\n---\n"
                + "The Under Secretary met Chilean officials in Santiago.\n\n";
        assertEquals(expected, lastLine(readout + sentence + "\n"));
    }

    /** "The Participants intend to cooperate in the following areas:" names fields: its items commit, the lead-in does not. */
    @Test
    void aLeadInThatNamesFieldsCommitsThroughItsItems() {
        String text = MOU + "1. The Participants intend to cooperate in the following areas:\n"
                + "(a) surveys of copper belts in both countries;\n(b) training of smelter engineers.\n";
        List<String> found = modalitiesPartiesAndTexts(text);
        assertTrue(found.stream().noneMatch(f -> f.contains("following areas")), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.startsWith("intent CA CL") && f.contains("surveys of copper")), found.toString());
        assertEquals("commitment CA CL", lastLine(MOU + "1. The Participants will cooperate in surveys of copper belts.\n"));
    }

    /** What a thing helps to ensure for others is its effect, no pledge, even in a proclamation whose state binds itself. */
    @Test
    void whatAThingHelpsToEnsureIsNoPledge() {
        assertEquals("none", inAProclamation("Strong patents help to ensure that small inventors will be paid for their work."));
        assertEquals("none", inAProclamation("Trade secrets and copyrights help ensure that artists will be able to profit from"
                + " their songs."));
        assertEquals("commitment US", inAProclamation("My Administration will help to ensure that small inventors are paid for"
                + " their work."));
    }

    /**
     * A fact sheet's lead-in whose items are paragraphs that open with a bold verb phrase and carry no list mark: each
     * item is pledged with the lead-in's parties, across the body's own sentences and lists, as a bulleted item is.
     */
    @Test
    void boldRunInParagraphsAfterALeadInAreItsItems() {
        String text = FACT_SHEET + "To that end, the United States will:\n\n"
                + "**Open a lithium testing lab in Nevada.** The lab serves small mines. It covers:\n\n"
                + "-   **Brines:** Lab staff sample brines.\n-   **Clays:** Lab staff sample clays.\n\n"
                + "Its staff come from three universities.\n\n"
                + "**Rapidly train copper inspectors for western mines.** Courses begin in the spring.\n";
        List<String> found = modalitiesPartiesAndTexts(text);
        assertTrue(found.contains("commitment US: **Open a lithium testing lab in Nevada.**"), found.toString());
        assertTrue(found.contains("commitment US: **Rapidly train copper inspectors for western mines.**"), found.toString());
    }

    /**
     * Not items: a bold paragraph with no colon lead-in before it, a bold line alone (a heading), and a bold paragraph
     * that opens with no verb, which ends the items.
     */
    @Test
    void boldParagraphsWithoutALeadInOrAVerbAreNoItems() {
        assertEquals("none", lastLine(FACT_SHEET + "Mines need staff.\n\n**Train copper inspectors.** Courses began in May.\n"));
        List<String> headed = modalitiesPartiesAndTexts(FACT_SHEET + "To that end, the United States will:\n\n"
                + "**Open a lithium testing lab in Nevada.** The lab serves small mines.\n\n"
                + "**And at the summit, the President named a copper envoy.** The envoy met miners.\n\n"
                + "**Train copper inspectors.** Courses began in May.\n");
        assertTrue(headed.contains("commitment US: **Open a lithium testing lab in Nevada.**"), headed.toString());
        assertTrue(headed.stream().noneMatch(f -> f.contains("copper envoy") || f.contains("copper inspectors")), headed.toString());
        List<String> alone = modalitiesPartiesAndTexts(FACT_SHEET + "To that end, the United States will:\n\n"
                + "**Strengthen Magnet Supply Chains**\n\nMagnets are scarce.\n");
        assertTrue(alone.stream().noneMatch(f -> f.contains("Magnet Supply")), alone.toString());
        // a bold name that a verb follows is the sentence's subject
        List<String> named = modalitiesPartiesAndTexts(FACT_SHEET + "To that end, the United States will:\n\n"
                + "**Lead Engineer Jane Roe** is a metallurgist with years of smelter work.\n");
        assertTrue(named.stream().noneMatch(f -> f.contains("Jane Roe")), named.toString());
    }

    /** A company named as the owner of an item's object ("Albemarle’s access") is no partner in the lead-in's pledge. */
    @Test
    void aCompanyThatOwnsTheItemsObjectIsNoPartner() {
        String text = FACT_SHEET + "The United States will:\n- Widen Albemarle’s access to federal loans for lithium refining;\n"
                + "- Fund a lithium refinery in Nevada with Albemarle.\n";
        List<String> found = modalitiesPartiesAndTexts(text);
        assertTrue(found.stream().anyMatch(f -> f.startsWith("commitment US: - Widen")), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.startsWith("commitment Albemarle US: - Fund")
                || f.startsWith("commitment US Albemarle: - Fund")), found.toString());
    }

    /**
     * "on both sides of the border" places the people an opening phrase names; it is no group of parties, so the thing
     * that follows as the subject only brings something about. "Both sides will" still commits the parties.
     */
    @Test
    void bothSidesOfAPlaceIsNoGroupOfParties() {
        String deal = "Canada and Chile signed a new fisheries arrangement on Monday.\n\n";
        assertEquals("none", lastLine(deal + "For fishers and ports on both sides of the border, the arrangement will enable"
                + " steadier catches in lean years.\n"));
        assertEquals("none", lastLine(deal + "For traders on each side of the strait, the new rules will open faster"
                + " customs lanes.\n"));
        assertEquals("commitment CA CL", lastLine(deal + "Both sides will review the catch limits every two years.\n"));
    }

    /** "has made commitments to:" leads in the items that list them: each item is the party's commitment. */
    @Test
    void commitmentsMadeToAListLeadInTheirItems() {
        String lead = "FACT SHEET: A Harbor Arrangement\n\nUnder the arrangement, Chile has made firm commitments to:\n\n"
                + "-   Expand the northern channel;\n";
        assertEquals("commitment CL", lastLine(lead));
        assertEquals("commitment CL", lastLine(lead + "-   Publish its berth fees.\n"));
        assertEquals("none", lastLine("FACT SHEET: A Harbor Arrangement\n\nChile has made commitments to the region for"
                + " decades.\n"));
    }

    /** "commitment to privacy", "to transparency": a noun in -acy or -ncy after the cue's "to" names a cause, no act. */
    @Test
    void aCommitmentToANounInAcyOrNcyNamesACause() {
        String sheet = "FACT SHEET: A Harbor Data Framework\n\nThe United States and Japan have agreed to a new Harbor Data"
                + " Framework.\n\n";
        assertEquals("none", lastLine(sheet + "This framework shows our shared commitment to transparency in port data.\n"));
        assertEquals("none", lastLine(sheet + "This framework shows our shared commitment to privacy for ship crews.\n"));
        assertEquals("commitment JP US", lastLine(sheet + "We reaffirm our commitment to transparency in port data.\n"));
    }

    /**
     * "The Senate should …", "the House must …", "Republicans in Congress should …" in an American statement: the chamber
     * urged acts as the Congress it belongs to; a chamber's scheduled vote is no pledge.
     */
    @Test
    void aChamberOfCongressUrgedToActCommitsAsTheCongress() {
        String statement = "Statement from the White House on the Harbor Safety Bill\n\nThe United States needs safer ports. ";
        assertEquals("recommendation United States Congress",
                lastLine(statement + "\n\nThe Senate should take up the harbor bill without delay.\n"));
        assertEquals("obligation United States Congress",
                lastLine(statement + "\n\nThe House must vote on the harbor bill before the recess.\n"));
        assertEquals("recommendation United States Congress",
                lastLine(statement + "\n\nDemocrats in Congress should back the harbor bill this month.\n"));
        assertEquals("none", lastLine(statement + "\n\nThe Senate will vote on the harbor bill on Tuesday.\n"));
    }

    /** "war aims", "their aims" after a possessive are the noun, no one's cue; "aims to" after a subject still is. */
    @Test
    void aimsAfterAPossessiveOrWarIsTheNoun() {
        assertEquals("none", lastLine(FACT_SHEET + "\n\nOur aid has helped the defenders frustrate the invader's war aims"
                + " in the east.\n"));
        assertEquals("none", lastLine(FACT_SHEET + "\n\nTheir aims in the harbor talks remain unclear.\n"));
        assertEquals("intent US", lastLine(FACT_SHEET + "\n\nThe United States aims to double magnet output by 2030.\n"));
    }

    /** "grateful to A for committing to …" gives the reason for thanks, a pledge recounted; "A is committing to" pledges. */
    @Test
    void thanksForCommittingRecountsAPledge() {
        assertEquals("none", lastLine(FACT_SHEET + "\n\nWe are grateful to Norway for committing to deliver more magnets.\n"));
        assertEquals("none", lastLine(FACT_SHEET + "\n\nThe Secretary praised Norway for committing to build a magnet plant.\n"));
        assertEquals("commitment NO", lastLine(FACT_SHEET + "\n\nNorway is committing to deliver more magnets.\n"));
    }

    /**
     * "I am committed to …", "I’m determined to …" in a President's statement: the speaker's own resolve commits their
     * state, as "I will …" does; a hope is no such pledge.
     */
    @Test
    void theSpeakersAmCommittedOrDeterminedCommitsTheirState() {
        String text = "---\ntitle: Statement from President Jane Roe on the Harbor Bill\n"
                + "source_url: https://www.whitehouse.gov/briefing-room/statements-releases/2026/05/harbor-bill/\n---\n\n"
                + "The harbor bill failed today.\n\n";
        assertEquals("commitment US", lastLine(text + "I am committed to repairing every harbor in the country.\n"));
        assertEquals("commitment US", lastLine(text + "I’m committed to repairing every harbor in the country.\n"));
        assertEquals("intent US", lastLine(text + "I’m determined to repair every harbor in the country.\n"));
        assertEquals("intent US", lastLine(text + "But I am determined to repair every harbor in the country.\n"));
        assertEquals("none", lastLine(text + "I hope the crews repair every harbor in the country.\n"));
    }

    /**
     * "I’ll", "we’ll" before a pledge to go on or to work for something: the speaker's own "will"; what the speaker will
     * say, see or do next is talk.
     */
    @Test
    void theSpeakersContractedWillCommitsTheirState() {
        String text = "---\ntitle: Statement from President Jane Roe on the Harbor Report\n"
                + "source_url: https://www.whitehouse.gov/briefing-room/statements-releases/2026/05/harbor-report/\n---\n\n"
                + "The harbor report came out today.\n\n";
        assertEquals("commitment US", lastLine(text + "And I’ll keep working to repair every harbor in the country.\n"));
        assertEquals("commitment US", lastLine(text + "While others wait, we'll keep rebuilding the old piers.\n"));
        assertEquals("none", lastLine(text + "We’ll see what the harbor crews report next week.\n"));
        assertEquals("none", lastLine(text + "I’ll tell you what the harbor crews found.\n"));
        assertEquals("none", lastLine(text + "They’ll find the piers in poor repair.\n"));
        assertEquals("none", lastLine(text + "We’ll now take a couple of questions on the harbor report.\n"));
        assertEquals("none", lastLine(text + "We’ll be at the harbor in ten minutes.\n"));
    }

    /** "I urge the Senate to …", "calling on House Republicans to …": the chamber told to act, as the Congress. */
    @Test
    void aChamberOfCongressToldToActCommitsAsTheCongress() {
        String text = "---\ntitle: Statement from President Jane Roe on the Harbor Bill\n"
                + "source_url: https://www.whitehouse.gov/briefing-room/statements-releases/2026/05/harbor-bill/\n---\n\n"
                + "The harbor bill passed the House today.\n\n";
        assertEquals("recommendation United States Congress",
                lastLine(text + "I urge the Senate to pass the harbor bill without delay.\n"));
        assertEquals("recommendation United States Congress",
                lastLine(text + "I am calling on House Republicans to drop their objections to the harbor bill.\n"));
    }

    /** A "to" inside the relative clause after a signed deal ("a pact that will lift ties to new heights") is not the deal's. */
    @Test
    void aToInsideARelativeClauseAfterADealIsNotTheDeals() {
        assertEquals("none", lastLine(FACT_SHEET + "\n\nThe two leaders signed the Harbor Pact, a landmark accord that will"
                + " lift the U.S.–Norway partnership to new heights.\n"));
        assertEquals("commitment NO US", lastLine(FACT_SHEET + "\n\nThe United States and Norway signed an agreement to"
                + " build a magnet plant.\n"));
    }

    /** "let the Governor know that the White House would …": a message passed on, as "told" is. */
    @Test
    void wouldAfterLetKnowIsAReportedPledge() {
        assertEquals("commitment US", lastLine(FACT_SHEET + "\n\nThe President let the Governor know that the White House"
                + " would continue to send crews to the harbor.\n"));
    }

    /**
     * "Each Party shall publish the following information:", "should ensure that:": the items are what is published or
     * ensured and commit with the lead-in's parties; the lead-in is none of its own ("take the following steps:" still is).
     */
    @Test
    void aLeadInWhoseObjectIsOnlyItsListCommitsThroughItsItems() {
        String mou = MOU + "\n1. Each Participant shall publish the following data:\n(a) its annual output of copper; and\n"
                + "(b) its planned smelter capacity.\n\n2. Each Participant should ensure that:\n"
                + "(a) its agencies answer questions from traders within 30 days; and\n(b) permit decisions are given in writing.\n";
        List<String> found = modalitiesPartiesAndTexts(mou);
        assertTrue(found.stream().noneMatch(c -> c.endsWith(":")), found.toString());
        assertTrue(found.contains("obligation CA CL: (a) its annual output of copper; and"), found.toString());
        assertTrue(found.contains("recommendation CA CL: (a) its agencies answer questions from traders within 30 days; and"),
                found.toString());
    }

    /**
     * "We must move faster, and that is why the Department is taking new actions to:": the clause at the colon governs the
     * list and, in a fact sheet, reports work under way; the need stated before it lends the items no obligation.
     */
    @Test
    void aNeedBeforeAReportOfActionsUnderWayLeadsNoList() {
        String sheet = FACT_SHEET + "\n\nWe must move faster, and that is why the Department is taking new actions to:\n"
                + "- widen domestic refining of magnets;\n- train workers for magnet plants.\n";
        assertEquals(List.of(), modalitiesPartiesAndTexts(sheet));
        assertEquals("obligation US", lastLine(FACT_SHEET + "\n\nWe must move faster on magnet refining.\n"));
    }

    /** "If we fail to act, our rivals will …": what others do when the speakers do not act is a warning, no pledge. */
    @Test
    void whatOthersWillDoIfTheSpeakersDoNotActIsAWarning() {
        assertEquals("none", lastLine(FACT_SHEET + "\n\nIf we fail to act now, our rivals will corner the magnet market.\n"));
        assertEquals("none", lastLine(FACT_SHEET + "\n\nUnless we invest today, China will dominate magnet refining.\n"));
        assertEquals("none", lastLine(FACT_SHEET + "\n\nIf we do not build refineries, others will take the lead.\n"));
        assertEquals("commitment US", lastLine(FACT_SHEET + "\n\nIf we fail to agree by June, we will resume talks in July.\n"));
        assertEquals("commitment US", lastLine(FACT_SHEET + "\n\nIf Norway lifts its quotas, the United States will cut its tariffs.\n"));
    }

    /**
     * "American manufacturers are stepping up their capacity" in an operative item: a country's firms at work, reported;
     * the demonym names no party, and the participants' own progressive still commits.
     */
    @Test
    void aDemonymsFirmsAtWorkInAnItemReportNoPledge() {
        assertEquals("none", lastLine(MOU + "\n3. Chilean smelters are stepping up their output of copper.\n"));
        assertEquals("none", lastLine(MOU + "\n4. Canadian refiners are intensifying their search for ore.\n"));
        assertEquals("commitment CA CL", lastLine(MOU + "\n5. The Participants are intensifying their efforts to diversify copper supply.\n"));
    }

    /** "there are signs that we will …": a forecast read off the signs, not the speakers' pledge. */
    @Test
    void whatSignsSayWillHappenIsAForecast() {
        assertEquals("none", lastLine(FACT_SHEET + "\n\nPrices are high, but there are signs that we will get through this winter.\n"));
        assertEquals("none", lastLine(FACT_SHEET + "\n\nThere is evidence that magnet prices will ease next year.\n"));
        assertEquals("commitment US", lastLine(FACT_SHEET + "\n\nWe see signs of progress, and we will keep building refineries.\n"));
    }
}
