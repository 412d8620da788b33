package org.accordex.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.accordex.model.Commitment;
import org.accordex.model.Modality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Commitments in the shapes of treaties, frameworks and joint statements beyond the development set: time phrases
 * and short names before the subject, defined roles, definitions and clauses about the text, noun-form cues. Each
 * case is a small document written for this test; the last line is the one checked ("modality parties", or "none").
 */
class AgreementTextsTest {
    private static final String TREATY = "Agreement between the Government of Canada and the Government of Chile\n\n"
            + "The Parties shall consult each other under this Agreement. This Agreement shall enter into force on signature.\n";
    private static final String STATEMENT = "Joint Statement of Japan and the Philippines\n\n"
            + "Japan and the Philippines met in Manila on 3 March 2026.\n";
    private static final String CONTRACT = "Offtake Agreement\n\nThis agreement is made between Redgum Lithium Pty Ltd"
            + " (the “Seller”) and the Hanbit Battery Company (the “Purchaser”).\n";

    /** A treaty printed under one ministry's letterhead: the letterhead names no party of its own. */
    private static final String LETTERHEAD = "TREATY OF TRADE\nMINISTRY OF COMMERCE & INDUSTRY\nGOVERNMENT OF INDIA\n\n"
            + "TREATY OF TRADE BETWEEN THE GOVERNMENT OF INDIA AND THE GOVERNMENT OF NEPAL\n\n";

    /** A memorandum two ministries signed. */
    private static final String MINISTRIES = "Memorandum of Cooperation between the Ministry of Economy, Trade and Industry"
            + " of Japan and the Ministry of Mines and Energy of the Republic of Namibia\n\nThe Sides met in Windhoek.\n";

    private static String context(String which) {
        return switch (which) {
            case "treaty" -> TREATY;
            case "statement" -> STATEMENT;
            case "contract" -> CONTRACT;
            case "letterhead" -> LETTERHEAD;
            case "ministries" -> MINISTRIES;
            default -> throw new IllegalArgumentException(which);
        };
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            statement | During 2027, the joint working group will map nickel deposits.                        | commitment JP PH
            statement | Following the meeting, the task force will review cobalt supply.                       | commitment JP PH
            statement | The JPMD Working Group on nickel refining intends to survey smelter sites.             | intent JP PH
            statement | 1. The Joint Taskforce intends to survey cobalt refiners.                                | intent JP PH
            statement | The cooperation will aim at jointly mapping cobalt deposits.                            | commitment JP PH
            statement | The partnership will seek the views of nickel refiners on new projects.                 | commitment JP PH
            statement | This dialogue aims to deepen our cooperation on nickel refining.                        | intent JP PH
            statement | A nickel study submitted to the Joint Task Force calls on expanding ore exports.        | none
            statement | The leaders expressed their determination to secure nickel supply chains.              | intent JP PH
            statement | Both sides reiterated their readiness to finance a cobalt refinery.                     | intent JP PH
            statement | The two leaders confirmed their strong commitment to implementing the nickel roadmap.  | commitment JP PH
            statement | The leaders looked forward to an early start of the copper project.                     | intent JP PH
            statement | The ministers tasked their officials with preparing a graphite study by 2027.           | commitment JP PH
            statement | The two leaders concurred to hold the next minerals dialogue in Tokyo.                  | commitment JP PH
            statement | Japan has committed to eliminate duties on Philippine nickel ore.                       | commitment JP
            statement | Japan and its partners will build a nickel smelter in Palawan.                     | commitment JP
            statement | We are continuing our joint work to launch a nickel processing fund by 2027.            | commitment JP PH
            statement | Europe will need more nickel by 2030.                                           | none
            statement | The Philippines has invested in nickel mapping, and Japan will fund a cobalt study. | commitment JP
            statement | The Philippines has mapped its nickel, and the task force will review cobalt supply. | commitment JP PH
            statement | The Philippines has mapped its nickel, and will publish the data in 2027.          | commitment PH
            statement | The Philippines, which is rich in nickel, and Japan will build a refinery.          | commitment JP PH
            statement | The leaders welcomed the Nickel Innovation Mission for Asia (AIM for Asia).         | none
            statement | Japan MUST cut duties on Philippine nickel.                                          | obligation JP
            statement | The Philippines welcomes Japan’s support and will expand nickel processing.       | commitment PH
            statement | Japan, with JOGMEC and the Philippine Mines Bureau, will fund nickel mapping.     | commitment JP
            statement | Japan has eliminated duties on Philippine nickel ore.                                   | none
            statement | A cobalt roadmap with concrete actions should be agreed by the two sides within six months. | recommendation JP PH
            statement | The nickel work plan will be adopted at the next ministerial meeting.                  | commitment JP PH
            statement | Nickel ore prices will be agreed each quarter.                                           | none
            statement | Japan – home to the International Energy Agency (IEA) office – will fund a nickel study. | commitment JP
            statement | As the Philippines expands nickel mining, Japan intends to fund a smelter study.      | intent JP
            statement | We recognize that nickel demand will grow, and we will build a smelter in Palawan.     | commitment JP PH
            statement | Nickel demand will grow in the region, and Japan will fund a smelter study.            | commitment JP
            statement | As the Philippines takes over the chair in 2027, it will host the nickel dialogue.    | commitment PH
            statement | Japan will fund a nickel study in Palawan.\\nThis includes training local geologists in core sampling. | commitment JP
            statement | Japan will fund a nickel study in Palawan.\\nThis includes advances in nickel sampling. | none
            statement | Japan intends to fund a nickel study.\\nThis includes a commitment within 90 days to hire geologists. | commitment JP
            statement | Japan will fund a nickel study.\\nIt includes plans to train local geologists. | intent JP
            statement | Japan has funded a nickel study in Palawan.\\nThis includes training local geologists. | none
            treaty    | The review of the copper tariff schedule shall be done within two years.                | obligation CA CL
            treaty    | Upon request, the Parties shallnegotiate the reduction of duties on copper wire.        | obligation CA CL
            treaty    | Chile shallprogressively remove its export tax on molybdenum.                           | obligation CL
            treaty    | The Annex on copper concentrates shallconstitute an integral part of this Agreement.    | none
            treaty    | The shallow pits of the Chilean copper mine were filled with tailings.                  | none
            treaty    | The Annex on copper concentrates shall constitute an integral part of this Agreement.   | none
            treaty    | All annexes to this Agreement shall be parts of this Agreement.                         | none
            treaty    | The provisions of the GATT shall, mutatis mutandis, be incorporated into and form part of this Agreement. | none
            treaty    | The rules of origin for lithium in Annex 2 shall cease to apply on 1 January 2030.      | none
            treaty    | The different wording of the two texts shall carry the same meaning.                    | none
            treaty    | For the purposes of this Agreement, the following definitions shall apply unless the context otherwise requires: | none
            treaty    | (c) “applied tariff rates” shall include in-quota rates.                                 | none
            letterhead | The Contracting Parties shall consult each other on tin quotas.                   | obligation IN NP
            treaty    | Member States shall eliminate export duties on copper cathodes.                         | obligation CA CL
            treaty    | Contracting Parties shall abolish quotas on lithium carbonate.                          | obligation CA CL
            treaty    | The importing Party shall notify the other Party of any tariff change on copper.       | obligation CA CL
            treaty    | The Party complained against shall withdraw the measure on copper exports.              | obligation CA CL
            treaty    | Each Member State shall reduce import duties on refined copper.                          | obligation CA CL
            treaty    | Where Contracting Parties envisage a copper quota, they shall inform the Joint Committee. | obligation CA CL
            treaty    | Copper ores originating in either of the Member States shall enjoy duty-free treatment. | none
            treaty    | A Party that intends to restrict copper exports shall notify the other Party.          | obligation CA CL
            treaty    | Notice of any new copper quota shall be given by Chile within 30 days.                 | obligation CL
            treaty    | The copper fund shall be managed by Canada, acting through its export bank, and Chile. | obligation CA CL
            treaty    | The copper fund will be jointly governed by representatives of the Government of Canada and the Government of Chile. | commitment CA CL
            treaty    | The copper fund will be audited by officials of Chile.                                  | commitment CL
            treaty    | Notice of any new copper quota shall be given by the requesting Party.                 | obligation CA CL
            treaty    | Copper export data shall be published by Canada and Chile, respectively, each year.    | obligation CA CL
            treaty    | The Parties agree that they shall exchange copper trade data each year.                | commitment CA CL
            treaty    | The Parties agree that copper trade is essential to their economies.                   | none
            treaty    | The Parties hereby establish a copper committee to resolve disputes that may arise.    | none
            statement | Officials from Japan and the Philippines will meet again in Manila to review the nickel roadmap. | commitment JP PH
            treaty    | Before applying a safeguard on copper the applying Party shall notify the other Party and shall, on request, consult it. | obligation CA CL
            treaty    | (d) when administering copper quotas by means of export licences, the Party shall publish the quota amounts; | obligation CA CL
            treaty    | For the purposes of paragraph 2, the customs administration of the importing Party shall allow 30 days for a reply on copper origin. | obligation CA CL
            treaty    | If an importing Party restricts copper imports, it shall inform the other Party.       | obligation CA CL
            treaty    | The term copper product shall mean any good of heading 74.                              | none
            treaty    | A Party shall not be required to disclose confidential copper trade data.               | none
            treaty    | Either Party shall be entitled to suspend the lithium concessions.                      | none
            treaty    | Once the panel has reported, the injured Party shall be entitled so to raise its copper duties. | none
            treaty    | 2. In a copper safeguard, the importing Party shall have the right to raise its duties for two years. | none
            treaty    | 3 This Agreement shall be effective upon signature.                                   | none
            treaty    | No reservation shall be made to any provision of this Agreement.                       | none
            treaty    | The schedule of copper tariff cuts shall not prevent a Party from cutting duties faster. | none
            treaty    | Member States whose copper duties are at 5 percent or below shall enjoy the concessions. | none
            treaty    | Copper cathodes shall be accepted as originating under any one of the following conditions:\\n(a) that they have been smelted in Canada or Chile; | none
            treaty    | 2. Subject to Article 12, this Chapter shall not apply to any new levy on copper ore.    | none
            treaty    | Notwithstanding paragraph 1, this Chapter shall not apply to lithium brines.            | none
            treaty    | Subject to Article 12, the Parties shall abolish duties on copper ore.                  | obligation CA CL
            treaty    | 2. Subject to Article 12 the Parties agree to cooperate, including by joint surveys, on copper smelting. | commitment CA CL
            treaty    | In case of a conflict of versions, the Spanish text shall be used.                       | none
            treaty    | This Treaty shall cease to bind a State one year after its notice of withdrawal.         | none
            treaty    | Withdrawal from this Convention shall automatically entail the loss of the copper quota. | none
            treaty    | Such accession shall not adversely affect the copper quotas of the original signatories. | none
            treaty    | A Party's copper standards that follow an international standard shall be presumed to conform. | none
            treaty    | References in this Chapter to "ores" shall be understood in this sense.                 | none
            treaty    | Trade in lithium compounds shall be regulated by the provisions of Chapter Six.         | none
            treaty    | The customs value of copper ore shall be determined in accordance with Annex 3.         | none
            treaty    | The quota rules shall be effective only until the copper levy is abolished.             | none
            treaty    | In such cases, paragraph 2 shall be applicable to copper wire.                           | none
            treaty    | The former tariff on copper shall have no application to goods in transit.              | none
            treaty    | A Party shall not be bound to accord such treatment to copper traders of third States.  | none
            treaty    | Each Party shall be bound to take the measures needed to carry out the copper ruling.   | obligation CA CL
            treaty    | Each Party shall be effective in policing copper smuggling.                             | obligation CA CL
            treaty    | Copper ores shall, as provided for in Annex 4, enjoy freedom of transit.               | none
            treaty    | The agreed copper schedules shall upon adoption, be deemed to form part of this Agreement. | none
            treaty    | Each Party shall, upon request, provide data on copper exports.                        | obligation CA CL
            statement | Japan and the Philippines have agreed to a Framework for a Nickel Agreement to deepen their supply chains. | commitment JP PH
            statement | Japan and the Philippines have agreed to a Framework for a Nickel Agreement that will open both markets. | none
            statement | Japan and the Philippines have agreed to a **Framework** for a Nickel Agreement that will open both markets. | none
            statement | The Philippines’ objective is to double nickel processing in Mindanao.              | intent PH
            statement | The nickel mission, whose goal is to cut ore exports, began in 2025.                  | none
            statement | Japan and the Philippines agreed to the joint pricing of nickel ore.                  | commitment JP PH
            ministries | The two Governments intend to encourage investment in lithium refining.         | intent JP NA
            ministries | The Namibian Side will facilitate visits by Japanese geologists to lithium deposits. | commitment Ministry of Mines and Energy of the Republic of Namibia
            ministries | The Sides may, by mutual consent, invite other agencies to take part in lithium projects. | none
            treaty    | RECOGNIZING that in 2019 their Ministers decided to set up a copper dialogue;          | none
            treaty    | Noting that the Parties agreed to exchange data on lithium brines;                     | none
            treaty    | Recognizing that the Parties intend to expand trade in refined copper;                 | intent CA CL
            contract  | The Seller shall deliver 20,000 tonnes of spodumene to the Purchaser each year.         | obligation Redgum Lithium Pty Ltd
            treaty    | Either Party may accelerate the reduction of copper duties on the basis of its commitments to tariff cuts. | none
            treaty    | Where copper imports cause injury, the affected Party may request consultations with the other Party to seek a remedy. | none
            treaty    | Either Party may request consultations on copper, and the other Party shall reply within 30 days. | obligation CA CL
            treaty    | Except as otherwise provided in this Agreement, no Party shall increase its duties on copper cathodes. | obligation CA CL
            treaty    | Neither Party may raise any duty on the export of copper concentrate.                  | obligation CA CL
            treaty    | No Contracting Party may lower the quota for refined copper without consultations.     | obligation CA CL
            treaty    | State Parties shall progressively reduce import duties on copper wire.                 | obligation CA CL
            treaty    | Having regard to fair competition, a Contracting Party that keeps quotas on copper shall eliminate them promptly. | obligation CA CL
            treaty    | Either Party may raise its duties on copper scrap after consultations.                 | none
            treaty    | Recalling the Copper Accord of 1988 in which they agreed to open their smelters to each other, | none
            treaty    | The Government of Canada and the Government of Chile, Recalling the Copper Accord of 1988 in which they agreed to open their smelters, Have agreed as follows: | none
            treaty    | Noting that the Charter has, in Article 9, called for the pooling of copper data;      | none
            treaty    | Recalling the Copper Accord of 1988, the Parties agree to pool copper data.            | commitment CA CL
            treaty    | Either Party may refer the copper dispute to the Tribunal, whose ruling shall be final. | none
            treaty    | Either Party shall be entitled to suspend the copper quota after notice.              | none
            treaty    | The Contracting Parties hereby declare their intention of opening a copper exchange.  | intent CA CL
            treaty    | The intention of opening a copper exchange was discussed in 1990.                    | none
            treaty    | The Parties, as they may agree, intend to expand copper trade.                          | intent CA CL
            statement | And may we resolve to double nickel processing in Mindanao.                          | commitment JP PH
            treaty    | MINDFUL of the Declaration signed in 1994, which provides that Member States shall cooperate on copper smelting; | none
            treaty    | RECALLING that the Ministers, at their meeting in 2011, declared that Member States shall reduce copper duties; | none
            treaty    | 3 Exemptions are permitted for Member States which are not yet ready to open their copper markets. | none
            treaty    | Chile is ready to open its copper market to Canadian investors.                         | intent CL
            treaty    | Provisions of this Agreement shall replace the provisions of the 1998 copper accord.     | none
            treaty    | 4. This Decree shall be enforced from the date of its signing.                          | none
            contract  | The Purchaser will pay for each cargo within 30 days.                                   | commitment Hanbit Battery Company
            treaty    | NOW, THEREFORE, the Government of Canada and the Government of Chile hereby enter into this Copper Agreement to widen their trade in cathodes. | commitment CA CL
            treaty    | The Parties enter into force the annexes on copper as set out below.                   | none
            treaty    | As two producers of copper, we concur on the need for our 2 nations to widen our smelting dialogue. | commitment CA CL
            treaty    | Canada and Chile agreed on the need for both sides to share copper assay data.          | commitment CA CL
            treaty    | Canada and Chile concur on the need for reliable copper markets.                       | none
            statement | We task our trade ministers with preparing a report on nickel pricing by June 2027.   | commitment JP PH
            statement | The task of the ministers with the widest remit is hard.                             | none
            statement | The leaders expressed their intent to fund a joint nickel survey.                    | intent JP PH
            statement | Japan reaffirmed its intent to open a cobalt office in Manila.                       | intent JP
            statement | Countries expressed intent to consult one another on nickel shortages.               | intent JP PH
            statement | Countries discussed that nickel supply chains must not fail.                        | none
            statement | We strongly oppose any unilateral measures that seek to restrict nickel exports.     | none
            statement | We oppose export bans on nickel and will coordinate our response.                    | commitment JP PH
            statement | We reaffirm Resolution 2720, which demands that nickel revenues must not fund armed groups. | none
            """)
    void agreementTextsCommitAsTheirPartiesDo(String which, String sentence, String expected) {
        // "\n" in a case starts a paragraph: the last one is checked
        assertEquals(expected, WhichSentencesCommitTest.lastLine(context(which) + sentence.replace("\\n", "\n\n") + "\n"));
    }

    @Test
    void anItemThatOnlyNamesAForumIsNoActOfItsOwn() {
        String text = TREATY + "Any dispute on copper quotas shall be settled in the following way:\n\n"
                + "-the Parties concerned hold consultations with each other;\n\n-in the Court of the Copper Union;\n";
        assertEquals("none", WhichSentencesCommitTest.lastLine(text));
        assertEquals("obligation CA CL", WhichSentencesCommitTest.lastLine(text.substring(0, text.lastIndexOf("-in"))));
    }

    @Test
    void theStatesOfAListWithOfficialNamesAreAllParties() {
        String text = "AGREEMENT ON A CUSTOMS UNION\n\nThe Governments of the Republic of Chile, the Kingdom of Norway, the "
                + "Kingdom of Nepal and the Republic of Peru, hereinafter referred to as the \u201cContracting States\u201d,\n\n"
                + "The Contracting States shall reduce the duties on copper ore.\n";
        assertEquals("obligation CL NO NP PE", WhichSentencesCommitTest.lastLine(text));
    }

    @Test
    void bothSidesOfAListAreParties() {
        String text = "Agreement between the Andean States and Canada\n\nTHE REPUBLIC OF CHILE, THE REPUBLIC OF PERU, "
                + "hereinafter referred to as the \"Andean States\", on the one part, and CANADA, of the other part,\n\n"
                + "Each Party shall publish its tariffs on lithium.\n";
        assertEquals("obligation CA CL PE", WhichSentencesCommitTest.lastLine(text));
    }

    @Test
    void aTitleThatNamesTheListByItsGroupGivesWayToTheStates() {
        String text = "AGREEMENT BETWEEN THE EFTA STATES AND CHILE\n\nIceland, the Kingdom of Norway and the Swiss "
                + "Confederation (hereinafter referred to as the \u201cEFTA States\u201d), and the Republic of Chile, "
                + "hereinafter collectively referred to as the \u201cParties\u201d,\n\n"
                + "The Parties shall cooperate on copper refining.\n";
        assertEquals("obligation CH CL IS NO", WhichSentencesCommitTest.lastLine(text));
    }

    @Test
    void theHeadsOfStateAGroupsMembersListAreItsMemberStates() {
        String text = "REVISED TREATY ON COPPER\n\nWe, the Heads of State and Government of the Member States "
                + "of the Southern African Development Community (SADC):\nThe President of the Republic of GHANA The "
                + "Prime Minister of the Republic of CAPE VERDE The Head of State and Chairman of the Transitional Council of "
                + "the Republic of MALI The President of the TOGOLESE Republic\n\nHAVE AGREED as follows:\n\n"
                + "Member States shall remove the duties on copper ore.\n\n"
                + "To this end, the Community shall publish a register of copper smelters.\n";
        assertEquals("obligation CV GH ML TG", WhichSentencesCommitTest.lastLine(text.substring(0, text.indexOf("To this end"))));
        assertEquals("obligation Southern African Development Community", WhichSentencesCommitTest.lastLine(text));
    }

    @Test
    void monarchsAndPresidentsInCapitalsAreOneList() {
        String text = "TREATY ON A COPPER UNION\n\nHER MAJESTY THE QUEEN OF DENMARK, THE PRESIDENT OF THE FRENCH REPUBLIC, "
                + "HIS ROYAL HIGHNESS THE GRAND DUKE OF LUXEMBOURG,\n\nHAVE AGREED as follows:\n\n"
                + "Member States shall abolish export duties on copper.\n";
        assertEquals("obligation DK FR LU", WhichSentencesCommitTest.lastLine(text));
    }

    @Test
    void aGroupNamedAfterItsMembersStandsForThem() {
        String text = "AGREEMENT ON COPPER BETWEEN THE ANDEAN GROUP AND CANADA\n\nThe Governments of the Republic of Chile, "
                + "the Republic of Peru and the Union of Myanmar, Member States of the Association of Southeast Asian Nations "
                + "(collectively referred to as \u201cASEAN\u201d), and Canada;\n\n"
                + "The Parties shall cooperate on copper refining.\n\nASEAN shall publish its copper tariffs.\n";
        assertEquals("obligation CA CL MM PE", WhichSentencesCommitTest.lastLine(text.substring(0, text.indexOf("ASEAN shall"))));
        assertEquals("obligation CL MM PE", WhichSentencesCommitTest.lastLine(text));
    }

    @Test
    void aNamedSideOnItsOwnLinesIsJoinedByAnAndLine() {
        String text = "AGREEMENT BETWEEN THE NORDIC STATES AND PERU\n\nIceland and the Kingdom of Norway (hereinafter "
                + "referred to as \"the Nordic States\"),\n\nand\n\nthe Republic of Peru,\n\n"
                + "The Parties shall cooperate on copper refining.\n";
        assertEquals("obligation IS NO PE", WhichSentencesCommitTest.lastLine(text));
    }

    @Test
    void aListOfSignatoriesGoesOnOverAPageBreak() {
        String text = "Interim Agreement between the Copper States and Canada\n\nTHE REPUBLIC OF CHILE, THE REPUBLIC OF PERU,"
                + "\n\nTHE KINGDOM OF NORWAY, and CANADA,\n\nThe Parties shall cooperate on copper refining.\n";
        assertEquals("obligation CA CL NO PE", WhichSentencesCommitTest.lastLine(text));
    }

    @Test
    void coloniesThatSignInTheirOwnNameAreParties() {
        String text = "Copper Trade Agreement\n\nThe Governments of SARAWAK and NORTH BORNEO have agreed as follows:\n\n"
                + "1. The Participating Governments shall remove their export duties on copper.\n";
        assertEquals("obligation North Borneo Sarawak", WhichSentencesCommitTest.lastLine(text));
    }

    @Test
    void quebecSignsAsItsGouvernement() {
        String text = "Agreement on Copper Recycling\n\nThe Copper Council of Oregon and the Gouvernement du Qu\u00e9bec, "
                + "hereinafter referred to as \"the Parties\";\n\nThe Parties shall exchange data on copper recycling.\n";
        assertEquals("obligation Copper Council of Oregon Quebec", WhichSentencesCommitTest.lastLine(text));
    }

    @Test
    void aTreatyWithoutNamesAtItsOpeningBelongsToTheStateItNamesMost() {
        String text = "AGREEMENT ON LITHIUM TRADE\n\nRedgum Lithium Pty Ltd shall report its exports each month. "
                + "Redgum Lithium Pty Ltd shall keep records of each cargo. Chile shall notify the Joint Committee of any "
                + "new quota.\n\nThe Contracting Parties shall consult each other on lithium quotas.\n";
        assertEquals("obligation CL", WhichSentencesCommitTest.lastLine(text));
    }

    @Test
    void aTreatyThatSetsUpAnAssociationBindsItsMembersThroughIt() {
        String text = "THE GOVERNMENTS OF THE SIGNATORY TERRITORIES\n\nHAVE AGREED as follows:\n\n"
                + "1. An Association to be called the Andean Copper Trade Association (the \u201cAssociation\u201d) is hereby "
                + "established. The Andean Copper Trade Association shall operate over the Member Territories. The Andean "
                + "Copper Trade Association shall keep a register of copper smelters. The Andean Copper Trade Association "
                + "shall publish copper prices.\n\n"
                + "2. This Article does not apply to agreements signed by the Government of Peru.\n\n"
                + "3. Member Territories shall not apply any export duties on copper.\n";
        assertEquals("obligation Andean Copper Trade Association", WhichSentencesCommitTest.lastLine(text));
    }

    @Test
    void anAssociationTheTreatyCallsByItsHeadWordWinsOverAStateOneArticleIsAbout() {
        // the association named in full once, then as "the Association"; one article is about Peru alone
        String text = "THE GOVERNMENTS OF THE SIGNATORY TERRITORIES\n\nHAVE AGREED as follows:\n\n"
                + "1. The Pacific Tin Trade Association (the \u201cAssociation\u201d) is hereby established. The Association "
                + "shall keep a register of tin smelters. The Association shall publish tin prices. The Association shall "
                + "meet twice a year. The Association shall keep its accounts in dollars. The Association shall report to "
                + "the Council. The Association shall hire staff. The Association shall have a seat in Lima. The "
                + "Association shall admit new members.\n\n"
                + "2. Peru may levy a duty on tin ore. Peru shall notify the Council of that duty.\n\n"
                + "3. Member Territories shall not apply any export duties on tin.\n";
        assertEquals("obligation Pacific Tin Trade Association", WhichSentencesCommitTest.lastLine(text));
    }

    @Test
    void aStateTheTreatyNamesMostStillWinsOverAnAssociationItNamesRarely() {
        String text = "THE GOVERNMENTS OF THE SIGNATORY TERRITORIES\n\nHAVE AGREED as follows:\n\n"
                + "1. The Pacific Tin Trade Association is hereby established.\n\n"
                + "2. Peru may levy a duty on tin ore. Peru shall notify the Council of that duty. Peru shall review it "
                + "each year. Peru shall end it by 2030.\n\n"
                + "3. Member Territories shall not apply any export duties on tin.\n";
        assertEquals("obligation PE", WhichSentencesCommitTest.lastLine(text));
    }

    @Test
    void theUnionsSideOfATreatyIsOnePartyNotItsMemberStates() {
        // a mixed agreement lists the Union's member states on its side: "the Parties" are the two sides
        String text = "STEPPING STONE AGREEMENT ON COBALT TRADE\n\nTHE REPUBLIC OF ZAMBIA\nof the one part, and\n"
                + "THE KINGDOM OF SPAIN,\nTHE REPUBLIC OF AUSTRIA,\nTHE REPUBLIC OF FINLAND,\nand\nTHE EUROPEAN UNION\n"
                + "of the other part,\n\nHAVE AGREED AS FOLLOWS:\n\n"
                + "1. The Parties shall exchange data on cobalt exports every year.\n";
        assertEquals("obligation EU ZM", WhichSentencesCommitTest.lastLine(text));
    }

    @Test
    void statesListedWithTheUnionWithoutSidesStayParties() {
        String text = "JOINT STATEMENT ON COBALT\n\nSpain, Austria, Finland and the European Union met in Vienna.\n\n"
                + "The participants will exchange data on cobalt exports every year.\n";
        assertEquals("commitment AT ES EU FI", WhichSentencesCommitTest.lastLine(text));
    }

    @Test
    void anItemWithItsOwnSubjectAndAuxiliaryActsFromItsVerb() {
        String text = STATEMENT + "The Philippines has committed to address such barriers, including:\n\n"
                + "- Mining: The Philippines is reforming its export licensing for nickel ore.\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        String action = commitments.get(commitments.size() - 1).action();
        assertTrue(action.startsWith("reform export licensing"), action);
    }

    /** A cue inside a relative clause of an item leaves the item's own verb the action. */
    @Test
    void anItemThatOpensWithItsVerbKeepsItAsTheAction() {
        String text = TREATY + "(e) Not renew the 2019 waiver, which encouraged several refiners to import nickel without a licence.\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        assertEquals("Not renew the 2019 waiver", commitments.get(commitments.size() - 1).action());
        text = TREATY + "(c) Maintain the ban on tin exports, including by opposing proposals that call for an end to the ban.\n";
        commitments = WhoCommitsTest.annotate(text).commitments();
        assertEquals("Maintain the ban on tin exports", commitments.get(commitments.size() - 1).action());
    }

    /** An item that opens with its own verb and encourages later carries out the lead-in's pledge. */
    @Test
    void anItemThatEncouragesAfterItsVerbKeepsTheLeadInsModality() {
        String text = TREATY + "The Parties intend to cooperate to:\n\n"
                + "- Identify lithium projects of mutual interest, and encourage private investment in them.\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        Commitment item = commitments.get(commitments.size() - 1);
        assertEquals("intent CA CL", WhichSentencesCommitTest.lastLine(text));
        assertTrue(item.action().startsWith("Identify lithium projects"), item.action());
        text = TREATY + "Chile shall undertake efforts towards:\n\n"
                + "- Reforming its mining code to encourage investment in copper smelting;\n";
        commitments = WhoCommitsTest.annotate(text).commitments();
        assertEquals("obligation CL", WhichSentencesCommitTest.lastLine(text));
        assertTrue(commitments.get(commitments.size() - 1).action().toLowerCase().startsWith("reform mining code"),
                commitments.get(commitments.size() - 1).action());
    }

    /** "intended" before its noun is no cue: the aim named after it is, and its verb the action. */
    @Test
    void theIntendedObjectivesOfATextAreItsPartiesAims() {
        String text = TREATY + "The intended objectives of this Agreement are to set up a copper registry and share assay data.\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        assertEquals("intent CA CL", WhichSentencesCommitTest.lastLine(text));
        assertTrue(commitments.get(commitments.size() - 1).action().startsWith("set up a copper registry"),
                commitments.get(commitments.size() - 1).action());
    }

    /** A lead-in that names its items as the deal's commitments makes those that state an action the parties' pledges. */
    @Test
    void theItemsOfALeadInThatNamesThemCommitmentsAreThePartiesPledges() {
        String text = "Agreement between Canada and Chile on Copper Supply Chains\n\n"
                + "The agreement includes the following commitments:\n\n"
                + "- Refrain from imposing export quotas on refined copper shipped to the other side;\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        assertEquals("commitment CA CL", WhichSentencesCommitTest.lastLine(text));
        assertEquals("Refrain from imposing export quotas on refined copper shipped to the other side",
                commitments.get(commitments.size() - 1).action());
        // a noun phrase under it names a topic, and a lead-in that names other things heads no pledge
        text = "Agreement between Canada and Chile on Copper Supply Chains\n\n"
                + "The agreement includes the following commitments:\n\n- Copper cathodes;\n";
        assertEquals("none", WhichSentencesCommitTest.lastLine(text));
        text = "Agreement between Canada and Chile on Copper Supply Chains\n\n"
                + "The agreement includes the following annexes:\n\n- Rules for copper cathodes;\n";
        assertEquals("none", WhichSentencesCommitTest.lastLine(text));
        // a fact sheet's list of commitments made reports them
        text = "FACT SHEET: Copper Partnership with Chile\n\nHighlights of earlier commitments include:\n\n"
                + "- To date, the program has trained 300 copper smelter workers;\n";
        assertEquals("none", WhichSentencesCommitTest.lastLine(text));
    }

    /** A plan that names its items as its goals makes those that state an action its parties' aims, not pledges or calls. */
    @Test
    void theItemsOfAPlansFollowingGoalsAreItsPartiesAims() {
        String text = "Copper Action Plan of Canada and Chile\n\n"
                + "The Copper Action Plan sets the following goals:\n\n"
                + "- Expand the recycling of copper scrap;\n"
                + "- Map lithium brines along the border.\n";
        assertEquals("intent CA CL", WhichSentencesCommitTest.lastLine(text));
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        assertEquals(2, commitments.size(), commitments.toString());
        assertEquals("Expand the recycling of copper scrap", commitments.get(0).action());
        // "sets out the following objectives" reads the same
        text = text.replace("sets the following goals", "sets out the following objectives");
        assertEquals("intent CA CL", WhichSentencesCommitTest.lastLine(text));
    }

    /** A declaration's upper-case operative formula over upper-case verbs, after numbered bold recitals. */
    @Test
    void anUpperCaseDeclarationInTheSpeakersVoiceOpensItsItems() {
        String text = "Leaders' Statement on the Japan-Philippines Nickel Partnership\n\n"
                + "**1 WE,** the Leaders of Japan and the Philippines, gathered in Manila on 3 March 2026;\n\n"
                + "**2 ACKNOWLEDGING** that in 2025 the Prime Minister expressed the intent to fund nickel surveys in "
                + "Palawan;\n\n"
                + "**WE** **HEREBY DECLARE TO:**\n\n"
                + "-   **ESTABLISH** a Nickel Council to review refining projects.\n\n<!-- -->\n\n"
                + "-   **PROMOTE** cooperation on cobalt recovery through joint pilots.\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        // the recital recalls an announcement made before; the two items are the leaders' pledges
        assertEquals(List.of("commitment JP PH", "commitment JP PH"), commitments.stream()
                .map(c -> c.modality().name().toLowerCase() + " " + String.join(" ", c.parties())).toList());
        assertTrue(commitments.get(0).action().toLowerCase().startsWith("establish a nickel council"));
        // an upper-case heading without a speaker is still a heading: its noun-phrase items commit nothing
        text = "Leaders' Statement on the Japan-Philippines Nickel Partnership\n\nNICKEL PROJECTS:\n\n"
                + "-   A nickel council in Manila.\n";
        assertEquals("none", WhichSentencesCommitTest.lastLine(text));
    }

    /** A title page that sets each side on a line of its own, with "And" between them. */
    @Test
    void aTitlePageWithEachSideOnItsOwnLineNamesBothParties() {
        String text = "Memorandum of Understanding\n\nBetween\n\nThe Ministry of Mines of the Republic of Chile\n\nAnd\n\n"
                + "The Ministry of Energy, Mines and Water of the Republic of Namibia\n\non Cooperation in Lithium\n\n"
                + "1. The Parties will exchange information on lithium brines.\n";
        assertEquals("commitment Ministry of Energy, Mines and Water of the Republic of Namibia Ministry of Mines of the Republic of Chile",
                WhichSentencesCommitTest.lastLine(text));
    }

    /** A paragraph after the items with its own subject and "may" grants a right; an item's later "may" does not. */
    @Test
    void anItemWithItsOwnSubjectThatMayActCommitsNothing() {
        String text = TREATY + "The Committee shall be responsible for copper matters, including:\n\n(1) monitoring copper trade;\n\n"
                + "2. The Committee may set up working groups on copper smelting.\n";
        assertEquals("none", WhichSentencesCommitTest.lastLine(text));
        text = TREATY + "The Parties shall:\n\n(a) Take such steps as the Joint Committee may deem appropriate to open copper trade;\n";
        assertEquals("obligation CA CL", WhichSentencesCommitTest.lastLine(text));
    }

    /** The items of "shall not:" name what the parties must not do: the "not" is part of each action. */
    @Test
    void theItemsOfAForbiddingLeadInKeepItsNot() {
        String text = TREATY + "The Parties shall not:\n\n- impose export duties on copper cathodes;\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        assertEquals("obligation CA CL", WhichSentencesCommitTest.lastLine(text));
        assertEquals("not impose export duties on copper cathodes", commitments.get(commitments.size() - 1).action());
        text = TREATY + "The Parties shall:\n\n- impose no export duties on copper cathodes;\n";
        commitments = WhoCommitsTest.annotate(text).commitments();
        assertEquals("impose no export duties on copper cathodes", commitments.get(commitments.size() - 1).action());
    }

    /** "Neither Party shall …", "No Party shall, directly or indirectly, …": the subject's denial binds the act. */
    @Test
    void aSubjectThatDeniesTheActPutsNotBeforeIt() {
        String text = TREATY + "2. Neither Party shall impose export licences on copper concentrate.\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        assertEquals("obligation CA CL", WhichSentencesCommitTest.lastLine(text));
        assertEquals("not impose export licences on copper concentrate", commitments.get(commitments.size() - 1).action());
        text = TREATY + "Moreover, no Party shall, directly or indirectly, grant subsidies to copper smelters.\n";
        commitments = WhoCommitsTest.annotate(text).commitments();
        assertEquals("not grant subsidies to copper smelters", commitments.get(commitments.size() - 1).action());
        // a passive keeps the "no" in the subject it moves behind the verb
        text = TREATY + "No quota shall be applied by a Party to refined copper.\n";
        commitments = WhoCommitsTest.annotate(text).commitments();
        assertTrue(!commitments.get(commitments.size() - 1).action().startsWith("not "), commitments.get(commitments.size() - 1).action());
        // a time is no denying subject
        text = TREATY + "No later than 30 days after signature, each Party shall publish its copper tariffs.\n";
        commitments = WhoCommitsTest.annotate(text).commitments();
        assertEquals("publish copper tariffs", commitments.get(commitments.size() - 1).action());
    }

    /** The signatories listed under "… have appointed as their plenipotentiaries:" take no action there. */
    @Test
    void theSignatoriesUnderAPreambleCommitNothing() {
        String text = "Copper Treaty between Canada and Chile\n\nThe Government of Canada and the Government of Chile, "
                + "desirous of expanding their copper trade, have decided to conclude a treaty and have appointed as their "
                + "plenipotentiaries:\n\nFor the Prime Minister of Canada, the Minister of Trade;\n";
        assertEquals("none", WhichSentencesCommitTest.lastLine(text));
    }

    /** "b) The copper list shall be reviewed …": the bare list marker is no part of the subject behind the verb. */
    @Test
    void aBareListMarkerIsNoPartOfAPassiveSubject() {
        String text = TREATY + "The Parties shall:\n\nb) The copper list shall be reviewed every three years by the Committee.\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        String action = commitments.get(commitments.size() - 1).action();
        assertTrue(action.startsWith("review copper list") || action.startsWith("review the copper list"), action);
    }

    /** "Nothing in this Agreement shall be construed:" — its items say what the text leaves alone; no one acts. */
    @Test
    void theItemsOfADisclaimerCommitNothing() {
        String text = TREATY + "Nothing in this Agreement shall be construed:\n\n"
                + "(a) to require any Party to disclose data on its copper reserves;\n\n"
                + "(b) to prevent any Party from taking any action it considers necessary for its security;\n";
        assertEquals("none", WhichSentencesCommitTest.lastLine(text));
        // under a paragraph number, until the next number
        text = TREATY + "1. Nothing in this Agreement shall be construed:\n\n"
                + "(a) to prevent a Party from taking any action it considers necessary for its security:\n\n"
                + "(i) relating to the supply of a military establishment;\n";
        assertEquals("none", WhichSentencesCommitTest.lastLine(text));
        assertEquals("obligation CA CL", WhichSentencesCommitTest.lastLine(text + "2. The Parties shall inform each other of measures on copper.\n"));
        // an ordinary lead-in still commits through its items
        text = TREATY + "Each Party shall:\n\n(a) publish its copper duties;\n";
        assertEquals("obligation CA CL", WhichSentencesCommitTest.lastLine(text));
    }

    /** Lettered items printed on the lead-in's line, or run into each other, are items each of its own. */
    @Test
    void itemsRunIntoTheirLeadInAreItemsOfTheirOwn() {
        String text = TREATY + "3. The Copper Unit shall carry out the following tasks: a) audit the copper quotas of each Party;\n\n"
                + "b) prepare the meetings of the Parties;\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        List<String> actions = commitments.stream().map(Commitment::action).toList();
        assertTrue(actions.contains("audit the copper quotas of each Party"), actions.toString());
        assertTrue(actions.contains("prepare the meetings of the Parties"), actions.toString());
        text = TREATY + "Nothing shall prevent a Party from taking measures: a) to protect public morals; b) to protect copper deposits.\n";
        commitments = WhoCommitsTest.annotate(text).commitments();
        assertEquals(1, commitments.size(), commitments.toString()); // the treaty's own "shall consult"
        // a reference to lettered paragraphs is no item
        text = TREATY + "Each Party shall apply paragraphs (a) and (b) to copper wire.\n";
        assertEquals("obligation CA CL", WhichSentencesCommitTest.lastLine(text));
    }

    /** "The EC Party" of a partnership agreement is the Community, a party of the agreement, not the Commission. */
    @Test
    void theEcPartyIsTheUnion() {
        String text = "Economic Partnership Agreement between the European Community and the Republic of Ruritania\n\n"
                + "The EC Party shall provide Ruritania with information on its copper quotas.\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        assertEquals(List.of("EU"), commitments.get(commitments.size() - 1).parties());
    }

    @Test
    void itemsThatSayWhenALeadInAppliesCommitNothing() {
        String text = TREATY + "The complaining Party shall not suspend the copper concessions where:\n\n"
                + "(a) the Parties are unable to agree on compensation; or\n\n"
                + "(b) a review of the proposed level of suspension is being undertaken.\n";
        assertEquals("none", WhichSentencesCommitTest.lastLine(text));
        String item = "(c) where a Party adopts a quota, it shall notify the other Party.\n";
        assertEquals("obligation CA CL", WhichSentencesCommitTest.lastLine(text + item));
    }

    /** A deal named as the subject, with an aside before its "aims to", commits its parties through the items. */
    @Test
    void aDealWithAnAsideBeforeItsAimLeadsInToItsItems() {
        String text = "Memorandum of Understanding between Canada and Chile\n\n"
                + "Canada and Chile (the \"Sides\") sign this Memorandum.\n\n"
                + "In practice, the partnership, grounded in shared interests, aims to support the following objectives:\n\n"
                + "- Develop joint copper refining projects in both countries.\n";
        assertEquals("intent CA CL", WhichSentencesCommitTest.lastLine(text));
    }

    @Test
    void noBreakSpacesSeparateWordsAsSpacesDo() {
        String sentence = "The\u00a0task force\u00a0also\u00a0will review cobalt supply.";
        assertEquals("commitment JP PH", WhichSentencesCommitTest.lastLine(STATEMENT + sentence + "\n"));
        assertEquals(sentence, WhoCommitsTest.annotate(STATEMENT + sentence + "\n").commitments().get(0).text());
    }

    /** A scanned treaty prints an item's mark on a line of its own, its text below it: the two are one item. */
    @Test
    void anItemWhoseMarkStandsOnItsOwnLineKeepsItsLeadIn() {
        String text = TREATY + "To this end, the Parties shall:\n\n(g) \n\nexchange data on copper smelting; \n(h) \n\n"
                + "publish their lithium export quotas each year.\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        assertEquals("obligation CA CL", WhichSentencesCommitTest.lastLine(text));
        assertTrue(commitments.get(commitments.size() - 1).action().startsWith("publish lithium export quotas"));
        assertTrue(commitments.stream().anyMatch(c -> c.text().startsWith("(g)") && c.action().startsWith("exchange data")),
                commitments.toString());
    }

    /** A long list goes on after "(z)" with doubled letters: "(aa)", "(bb)" are items like "(a)". */
    @Test
    void doubledLettersMarkItemsOfTheLeadIn() {
        String text = TREATY + "The Parties shall, in the field of shipping:\n\n(y) harmonize their port charges;\n\n"
                + "(z) promote joint shipping lines;\n\n(aa) encourage cooperation in the timing of sailings;\n\n"
                + "(bb) develop common training for pilots.\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        assertEquals("obligation CA CL", WhichSentencesCommitTest.lastLine(text));
        assertTrue(commitments.stream().anyMatch(c -> c.text().startsWith("(aa)") && c.action().startsWith("encourage cooperation")
                && c.parties().equals(List.of("CA", "CL"))), commitments.toString());
    }

    /** Doubled letters glued on one line after a lead-in's colon are items each, noun phrases that commit no one. */
    @Test
    void doubledLettersOnOneLineAreItemsThatNameThings() {
        String text = TREATY + "The organs of the Union shall be: (aa) the Council of Ministers; (bb) the Court of Justice.\n";
        assertEquals("none", WhichSentencesCommitTest.lastLine(text));
    }

    /** "The functions of the Committee shall be:" gives the committee's acts in its items; the lead-in is none of them. */
    @Test
    void theFunctionsOfAJointBodyAreItsPartiesDuties() {
        String text = TREATY + "2. The functions of the Sub-Committee on Mining shall be:\n\n"
                + "(a) reviewing the trade in copper concentrate;\n\n(b) exchanging views on lithium export rules.\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        assertEquals("obligation CA CL", WhichSentencesCommitTest.lastLine(text));
        assertTrue(commitments.stream().anyMatch(c -> c.text().startsWith("(a)") && c.action().startsWith("review the trade")),
                commitments.toString());
        assertTrue(commitments.stream().noneMatch(c -> c.text().startsWith("2.")), commitments.toString());
    }

    /** Under a body named alone ("The Committee:"), an item that opens with "may" grants a power, it binds no one. */
    @Test
    void anItemThatOpensWithMayUnderABodyIsNoDuty() {
        String text = TREATY + "3. The Sub-Committee on Mining shall be established.\n\n4. The Sub-Committee on Mining:\n\n"
                + "(a) shall meet once a year; and\n\n(b) may set up expert groups on nickel.\n";
        assertEquals("none", WhichSentencesCommitTest.lastLine(text));
    }

    /**
     * An item that opens with its own verb and joins a second one with "and seek" carries out the lead-in's pledge,
     * with the lead-in's parties and modality, and both verbs are its action.
     */
    @Test
    void anItemThatAlsoSeeksKeepsItsLeadInsPledge() {
        String text = "Principles of Peru and Ghana\n\nPeru and Ghana will uphold the following principles in their mining"
                + " work:\n\n- Engage with river communities and seek their informed consent before new permits are issued.\n";
        assertEquals("commitment GH PE", WhichSentencesCommitTest.lastLine(text));
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        assertTrue(commitments.get(commitments.size() - 1).action().startsWith("Engage with river communities"),
                commitments.get(commitments.size() - 1).action());
        // an item that opens with a name keeps its own subject and cue
        text = "Principles of Peru and Ghana\n\nPeru and Ghana will uphold the following principles:\n\n"
                + "- Ghana and its partners seek to publish tin prices.\n";
        assertEquals("intent GH", WhichSentencesCommitTest.lastLine(text));
    }

    /** A joint body's lead-in that only says its items are its tasks commits through the items alone. */
    @Test
    void aJointBodysTaskLeadInIsNoneOfItsTasks() {
        String text = TREATY + "2. The functions of the Joint Committee shall include, inter alia:\n\n"
                + "(a) reviewing the tariff schedules;\n\n(b) considering ways to expand trade in copper.\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        assertEquals("obligation CA CL", WhichSentencesCommitTest.lastLine(text));
        assertTrue(commitments.stream().noneMatch(c -> c.text().startsWith("2.")), commitments.toString());
        text = TREATY + "The expert groups shall undertake the following tasks:\n\n(a) map the supply of cobalt;\n\n"
                + "(b) prepare a yearly report to the Parties.\n";
        commitments = WhoCommitsTest.annotate(text).commitments();
        assertEquals("obligation CA CL", WhichSentencesCommitTest.lastLine(text));
        assertTrue(commitments.stream().noneMatch(c -> c.text().startsWith("The expert groups")), commitments.toString());
        // a lead-in with an act of its own still commits
        text = TREATY + "The working group shall prepare a study on the following:\n\n(a) port charges in both countries.\n";
        assertTrue(WhoCommitsTest.annotate(text).commitments().stream().anyMatch(c -> c.text().startsWith("The working group")));
    }

    /** "2. The Council may:" after "1. The Council shall:": its items are powers up to the next paragraph. */
    @Test
    void theItemsOfABodysMayAreNoDuties() {
        String text = TREATY + "1. The Council shall:\n\n(a) review the operation of this Agreement;\n\n"
                + "(b) consider proposals to amend it.\n\n2. The Council may:\n\n(a) set up expert groups;\n\n"
                + "(b) dissolve any subsidiary body.\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        assertEquals("none", WhichSentencesCommitTest.lastLine(text));
        assertTrue(commitments.stream().anyMatch(c -> c.text().startsWith("(b) consider")), commitments.toString());
        assertTrue(commitments.stream().noneMatch(c -> c.text().startsWith("(a) set up")), commitments.toString());
        // the next paragraph binds again
        text = text + "\n3. The Council shall meet once a year.\n";
        assertEquals("obligation CA CL", WhichSentencesCommitTest.lastLine(text));
    }

    /** What a panel's report is, which forum alone hears a matter and when rights start are said by the text itself. */
    @Test
    void theStatusOfAReportOrAForumIsNoDuty() {
        assertEquals("none", WhichSentencesCommitTest.lastLine(TREATY + "The findings of the conciliation panel shall be non-binding.\n"));
        assertEquals("none", WhichSentencesCommitTest.lastLine(TREATY
                + "Once a Party has invoked a forum for a dispute, that forum shall have exclusive jurisdiction over the dispute.\n"));
        assertEquals("none", WhichSentencesCommitTest.lastLine(TREATY
                + "The rights of a Party that ratifies late shall commence on the date of its ratification.\n"));
        assertEquals("none", WhichSentencesCommitTest.lastLine(TREATY
                + "In the Committee, each Party shall be represented by officials of its trade ministry.\n"));
        // a party's own act beside them still binds
        assertEquals("obligation CA CL", WhichSentencesCommitTest.lastLine(TREATY
                + "Each Party shall appoint one member of the conciliation panel within fifteen days.\n"));
    }

    /** "A Party seeking consultations shall …": the participle names which party, the modal after it binds. */
    @Test
    void aPartySeekingConsultationsIsBoundByItsShall() {
        assertEquals("obligation CA CL", WhichSentencesCommitTest.lastLine(TREATY
                + "A Party seeking consultations on a nickel measure shall deliver a written request to the other Party.\n"));
    }

    /** "may set up … and seek …": the "may" governs both verbs, a power and no aim. */
    @Test
    void aBodyThatMaySetUpAndSeekIsPermitted() {
        assertEquals("none", WhichSentencesCommitTest.lastLine(TREATY
                + "The Joint Council may set up expert groups on cobalt and seek the views of mining firms.\n"));
        // without "may" before it, "seek" still states an aim
        assertEquals("intent CA CL", WhichSentencesCommitTest.lastLine(TREATY
                + "The Parties also seek to expand trade in cobalt and may set up expert groups.\n"));
    }

    /** "The cooperation will cover the following areas:" only names what its items hold; items named by a noun act. */
    @Test
    void aLeadInThatCoversTheFollowingAreasCommitsThroughItsItems() {
        String text = "Memorandum of Understanding between Canada and Chile on Copper\n\n"
                + "Canada and Chile intend to cooperate on copper value chains.\n"
                + "The cooperation will cover the following areas:\n"
                + "(a) alignment of permitting rules for copper mines;\n"
                + "(b) skills development in copper smelting.\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        assertTrue(commitments.stream().noneMatch(c -> c.text().startsWith("The cooperation")), commitments.toString());
        Commitment first = commitments.stream().filter(c -> c.text().startsWith("(a)")).findFirst().orElseThrow();
        assertEquals("align permitting rules for copper mines", first.action());
        assertEquals(List.of("CA", "CL"), first.parties());
        Commitment second = commitments.stream().filter(c -> c.text().startsWith("(b)")).findFirst().orElseThrow();
        assertEquals("develop skills in copper smelting", second.action());
    }

    /** Nouns joined by "and" under "cooperate in the following areas:" name a topic of the lead-in's verb. */
    @Test
    void jointNounsUnderCooperateInNameATopic() {
        String text = "Memorandum of Understanding between Canada and Chile on Lithium\n\n"
                + "The Participants will cooperate in the following areas:\n"
                + "(a) research and innovation in lithium refining;\n"
                + "(b) exchange of information on lithium projects.\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        assertEquals("cooperate in research and innovation in lithium refining",
                commitments.stream().filter(c -> c.text().startsWith("(a)")).findFirst().orElseThrow().action());
        assertEquals("exchange information on lithium projects",
                commitments.stream().filter(c -> c.text().startsWith("(b)")).findFirst().orElseThrow().action());
    }

    /** A memorandum's items named by a gerund with "of", or by "support to", read as the act they name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            (a) mapping of nickel deposits in the north;      | map nickel deposits in the north
            (a) upgrading of copper smelters;                  | upgrade copper smelters
            (a) fostering of innovation in lithium refining;   | foster innovation in lithium refining
            (a) support to artisanal cobalt miners;            | support artisanal cobalt miners
            """)
    void aGerundOrSupportToOpeningAnItemIsItsAct(String item, String action) {
        String text = "Memorandum of Understanding between Canada and Chile\n\nThe cooperation will include the following areas:\n"
                + item + "\n";
        Commitment c = WhoCommitsTest.annotate(text).commitments().stream().filter(x -> x.text().startsWith("(a)")).findFirst()
                .orElseThrow();
        assertEquals(action, c.action());
    }

    /** A wrapped line that ends on a colon goes on in the next line's lower-case words: one item, one commitment. */
    @Test
    void aWrappedColonInsideAnItemEndsNoSentence() {
        String text = "Joint Statement of Canada and Chile on Trade\n\n"
                + "-   Chile commits to remove barriers to Canadian exports of copper wire, including by:\n"
                + "    accepting Canadian safety certificates for wire and cable; and ending its import licences.\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        assertEquals(1, commitments.size(), commitments.toString());
        assertTrue(commitments.get(0).text().endsWith("import licences."), commitments.get(0).text());
    }

    /** A treaty's preamble in the style of older bilateral agreements: wishes are aims, the closing formula adopts the text. */
    private static final String OLD_STYLE_TREATY = "Agreement between the Government of Chile and the Government of Peru\n\n"
            + "The Government of Chile and the Government of Peru,\n\n"
            + "Recognizing that Peru's refining industry is still young, wishing to contribute to the growth of trade in copper;\n\n"
            + "Wishing to promote cooperation in mining research;\n\n"
            + "REAFFIRMING the Parties' commitment to open a joint copper exchange by 2030;\n\n"
            + "Reaffirming their commitment to the principles of the Charter;\n\n"
            + "Have decided to conclude this Agreement:\n\n"
            + "ARTICLE 1\n"
            + "The governments of Chile and Peru\n"
            + "  (the Parties), acting under their rights in the GATT, set up\n"
            + "  a copper trade zone and will remove the duties on copper cathodes traded between them.\n\n"
            + "ARTICLE 2\n"
            + "1. Copper cathodes of Chile shall, when sold in Peru, be governed by the rules of Annex 1.\n\n"
            + "2. Upon request and within the limits of Article 1, each Party shall share the data needed to check the origin of copper wire.\n\n"
            + "3. Traders wishing to export ore shall register with the customs authority.\n";

    private static Commitment startingWith(List<Commitment> commitments, String start) {
        return commitments.stream().filter(c -> c.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError(start + " in " + commitments));
    }

    /** "Wishing to …" states the parties' aim as "Desiring to …" does, also after a ground whose state does not act. */
    @Test
    void aRecitalsWishIsThePartiesAim() {
        List<Commitment> commitments = WhoCommitsTest.annotate(OLD_STYLE_TREATY).commitments();
        Commitment afterGround = startingWith(commitments, "Recognizing that Peru");
        assertEquals(Modality.INTENT, afterGround.modality());
        assertEquals(List.of("CL", "PE"), afterGround.parties());
        Commitment wish = startingWith(commitments, "Wishing to promote");
        assertEquals(Modality.INTENT, wish.modality());
        assertEquals(List.of("CL", "PE"), wish.parties());
        // a participle after a noun names who may act: the duty is the modal's
        assertEquals(Modality.OBLIGATION, startingWith(commitments, "3. Traders").modality());
    }

    /** Reaffirming a commitment to act renews it; one to a principle restates a ground. */
    @Test
    void aReaffirmedCommitmentToActIsAPledge() {
        List<Commitment> commitments = WhoCommitsTest.annotate(OLD_STYLE_TREATY).commitments();
        Commitment renewed = startingWith(commitments, "REAFFIRMING the Parties");
        assertEquals(Modality.COMMITMENT, renewed.modality());
        assertEquals("open a joint copper exchange", renewed.action());
        assertTrue(commitments.stream().noneMatch(c -> c.text().startsWith("Reaffirming their commitment to the principles")),
                commitments.toString());
    }

    /** "Have decided to conclude this Agreement" adopts the text; what Annex 1 governs is no one's act. */
    @Test
    void theTextsConclusionAndTheRulesItAppliesCommitNoOne() {
        List<Commitment> commitments = WhoCommitsTest.annotate(OLD_STYLE_TREATY).commitments();
        assertTrue(commitments.stream().noneMatch(c -> c.text().startsWith("Have decided")), commitments.toString());
        assertTrue(commitments.stream().noneMatch(c -> c.text().startsWith("1. Copper cathodes")), commitments.toString());
    }

    /** "Upon request" says when a duty applies; the duty stays the modal's. */
    @Test
    void aDutyUponRequestIsADuty() {
        Commitment c = startingWith(WhoCommitsTest.annotate(OLD_STYLE_TREATY).commitments(), "2. Upon request");
        assertEquals(Modality.OBLIGATION, c.modality());
        assertEquals("share the data needed to check the origin of copper wire", c.action());
    }

    /** The subject's short name in brackets on the next line keeps the sentence whole. */
    @Test
    void aShortNameOnTheNextLineKeepsItsSubject() {
        Commitment c = startingWith(WhoCommitsTest.annotate(OLD_STYLE_TREATY).commitments(), "The governments of Chile and Peru");
        assertEquals(List.of("CL", "PE"), c.parties());
        assertTrue(c.text().contains("(the Parties)"), c.text());
    }

    /** The partners a pledge is made with say with whom, not what: the action starts at the verb after them. */
    @Test
    void aPledgesPartnersAreNoPartOfItsAction() {
        Commitment c = startingWith(WhoCommitsTest.annotate(STATEMENT + "Japan renewed its commitment with the Philippines "
                + "to widen trade in nickel ore.\n").commitments(), "Japan renewed");
        assertEquals("widen trade in nickel ore", c.action());
    }

    /** A customs agreement in the style of older and newer trade treaties: preamble aims as items, rules, remedies. */
    private static final String CUSTOMS_TREATY = "Agreement between the Government of Chile and the Government of Peru\n\n"
            + "The Government of Chile and the Government of Peru, resolved:\n"
            + "TO DEEPEN the trade in copper cathodes between their territories;\n"
            + "TO SIMPLIFY the customs formalities applied at their common border;\n"
            + "HAVE AGREED as follows:\n\n"
            + "ARTICLE 1\n"
            + "1. Copper wire shall not be considered to originate in a Party merely because it was coiled there.\n\n"
            + "2. Only the ore that is smelted in a Party shall count towards the content required by Annex 2.\n\n"
            + "3. Except as the Parties may agree to extend it, this Article shall apply to copper goods that are:\n"
            + "(a) shipped on or after 1 March 2031; or\n"
            + "(b) held in a bonded warehouse on that date.\n\n"
            + "4. The exemption set out in Article 7 of the Customs Code of Peru shall not apply.\n\n"
            + "ARTICLE 2\n"
            + "1. Three years after this Agreement enters into force, the Parties shall in the Joint Council assess the copper duties still in place.\n\n"
            + "2. If a Party does not carry out the ruling, or tells the other Party that it does not intend to carry it out, that "
            + "Party shall, upon request, hold talks on compensation.\n\n"
            + "3. The talks shall begin within:\n"
            + "(a) 10 days from the receipt of the request for perishable ores; or\n"
            + "(b) 30 days from the receipt of the request in all other cases.\n\n"
            + "ARTICLE 3\n"
            + "This Agreement shall enter into force on the day of its signature.\n\n"
            + "It shall remain valid for two years and shall be renewed automatically for further periods of two years.\n";

    /** Aims listed as items under "resolved:" are the parties' pledges, as under "resolved to:". */
    @Test
    void aimsListedUnderResolvedArePledges() {
        List<Commitment> commitments = WhoCommitsTest.annotate(CUSTOMS_TREATY).commitments();
        for (String aim : List.of("TO DEEPEN", "TO SIMPLIFY")) {
            Commitment c = startingWith(commitments, aim);
            assertEquals(Modality.COMMITMENT, c.modality());
            assertEquals(List.of("CL", "PE"), c.parties());
        }
    }

    /** What counts as originating or towards a content, and a rule that applies or not, with its items, bind no one. */
    @Test
    void rulesOfOriginAndTheirScopeCommitNoOne() {
        List<Commitment> commitments = WhoCommitsTest.annotate(CUSTOMS_TREATY).commitments();
        for (String rule : List.of("1. Copper wire", "2. Only the ore", "3. Except as", "(a) shipped", "(b) held", "4. The exemption")) {
            assertTrue(commitments.stream().noneMatch(c -> c.text().startsWith(rule)), rule + " in " + commitments);
        }
    }

    /** The body the parties act in, named between "shall" and the verb, is no part of the action. */
    @Test
    void theBodyTheyActInIsNoPartOfTheAction() {
        Commitment c = startingWith(WhoCommitsTest.annotate(CUSTOMS_TREATY).commitments(), "1. Three years");
        assertEquals(Modality.OBLIGATION, c.modality());
        assertTrue(c.action().startsWith("assess the copper duties"), c.action());
    }

    /** An intent inside the second half of a condition is the condition's; the main clause's duty decides. */
    @Test
    void anIntentInATwoPartConditionIsNotThePledge() {
        Commitment c = startingWith(WhoCommitsTest.annotate(CUSTOMS_TREATY).commitments(), "2. If a Party");
        assertEquals(Modality.OBLIGATION, c.modality());
        assertTrue(c.action().startsWith("hold talks on compensation"), c.action());
    }

    /** Items that are only time limits say when the lead-in's act happens, no act of their own. */
    @Test
    void timeLimitsListedAsItemsAreNoActs() {
        List<Commitment> commitments = WhoCommitsTest.annotate(CUSTOMS_TREATY).commitments();
        assertEquals(Modality.OBLIGATION, startingWith(commitments, "3. The talks").modality());
        assertTrue(commitments.stream().noneMatch(c -> c.text().startsWith("(a) 10 days") || c.text().startsWith("(b) 30 days")),
                commitments.toString());
    }

    /** "It" after a clause about the agreement, said to remain valid, is the text, no party. */
    @Test
    void theAgreementsValidityAsItCommitsNoOne() {
        List<Commitment> commitments = WhoCommitsTest.annotate(CUSTOMS_TREATY).commitments();
        assertTrue(commitments.stream().noneMatch(c -> c.text().startsWith("It shall remain valid")), commitments.toString());
    }

    /** In a text written a paragraph a line, a line broken after "this" goes on in the next: one sentence, then the next. */
    @Test
    void aLineBrokenAfterThisGoesOn() {
        String text = "Agreement between the Government of Chile and the Government of Peru\n\n"
                + "1. The Parties shall remove all duties on copper cathodes and copper wire traded between them within three years of the "
                + "entry into force of this Agreement, in equal annual cuts.\n\n"
                + "2. Each Party shall publish its customs rules for copper goods on a single official website and shall keep them "
                + "up to date in both official languages of the Parties.\n\n"
                + "3. The Copper Council shall meet within six months of the entry into force of this \n"
                + "Agreement. Thereafter, it shall meet once a year. \n\n"
                + "4. Each Party shall name a contact point for copper trade and shall notify the other Party of its name and of any "
                + "change to it within thirty days of the change.\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        assertTrue(startingWith(commitments, "3. The Copper Council").text().endsWith("this \nAgreement."),
                commitments.toString());
        assertEquals(Modality.OBLIGATION, startingWith(commitments, "Thereafter, it shall meet").modality());
    }

    /**
     * A multilateral treaty that names none of its parties keeps its duties, with no party norms: no PARTY mention says
     * who "each Party" is. A clause about the text still commits no one.
     */
    @Test
    void aTreatyThatNamesNoPartyKeepsItsDutiesWithoutParties() {
        String text = "Accord on Ocean Minerals\n\nThe Parties to this Accord,\n\nHave agreed as follows:\n\nArticle 3\n\n"
                + "1. Each Party shall keep a public register of its licences for seabed nickel and cobalt.\n\n"
                + "2. With a view to sharing data, Parties shall report their annual seabed output to the secretariat.\n\n"
                + "3. Developed country Parties should fund surveys of polymetallic nodules in coastal waters.\n\n"
                + "4. This Accord shall enter into force on the thirtieth day after the tenth ratification.\n\n"
                + "5. Other Parties are encouraged to share their seabed survey data.\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        Commitment register = startingWith(commitments, "1. Each Party");
        assertEquals(Modality.OBLIGATION, register.modality());
        assertEquals(List.of(), register.parties());
        assertTrue(register.action().startsWith("keep a public register"), register.action());
        assertEquals(Modality.OBLIGATION, startingWith(commitments, "2. With a view").modality());
        assertEquals(Modality.RECOMMENDATION, startingWith(commitments, "3. Developed country").modality());
        assertTrue(commitments.stream().noneMatch(c -> c.text().startsWith("4. This Accord")), commitments.toString());
        assertEquals(Modality.RECOMMENDATION, startingWith(commitments, "5. Other Parties").modality());
    }

    /** Where a treaty names its parties, a provision on what a thing is or holds, said with "shall be", binds no one. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The listing of copper goods shall be on a product-by-product basis.                  | none
            All refined nickel products shall be in the Reduction Scheme from the first year.   | none
            The annual cut in duties on cobalt shall be at a minimum of 10 percent.              | none
            The phase-out period for graphite duties shall be eight years.                      | none
            Such safeguard measures shall be in accordance with the rules of the WTO.           | none
            A cobalt refining licence shall be considered a permit for the purposes of Article 4.  | none
            Patents shall be available for new nickel refining processes.                        | none
            For this Chapter, “copper goods” shall include cathodes, rods and wire.              | none
            Neither Party is obligated to keep a stockpile of nickel.                            | none
            The duties on copper wire shall be removed within five years.                        | obligation CA CL
            The Parties shall be in close contact on copper trade.                               | obligation CA CL
            """)
    void whatAThingOfTheTreatyIsBindsNoOne(String sentence, String expected) {
        List<Commitment> commitments = WhoCommitsTest.annotate(TREATY + "\n" + sentence + "\n").commitments();
        String got = commitments.stream().filter(c -> c.text().startsWith(sentence.substring(0, 20)))
                .map(c -> c.modality().name().toLowerCase() + " " + String.join(" ", c.parties())).findFirst().orElse("none");
        assertEquals(expected, got, commitments.toString());
    }

    /** "It" of a passive provision after an agentless one is the thing the parties deal with, not the first party named. */
    @Test
    void itOfAPassiveProvisionIsNoFirstParty() {
        String text = TREATY + "\nAny dispute on copper duties shall be settled by consultations. If they fail, it shall be "
                + "referred to the Copper Council.\n";
        Commitment referred = startingWith(WhoCommitsTest.annotate(text).commitments(), "If they fail");
        assertEquals(List.of("CA", "CL"), referred.parties());
    }

    /**
     * A right the treaty gives an owner or an applicant, what a mark is, and what a bare term covers bind no party; the
     * party that must provide the right, and a thing a party makes that "shall include" something, still do.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The holder of a copper refining patent shall have the exclusive right to license the process.      | none
            Any exporter of cobalt that meets the requirements shall be equally eligible to apply for a licence. | none
            A smelter's hallmark shall be eligible for registration as a certification mark.                   | none
            The registration of a nickel grade mark shall be renewable every ten years.                          | none
            4. Concentrates shall include copper, cobalt and nickel concentrates.                                | none
            Industrial designs shall include the shape of a copper fitting.                                      | none
            Actual use of a mark shall not be a condition for filing an application to register it.             | none
            Forms of cooperation on cobalt shall be set forth in the Implementing Agreement.                    | none
            Each Party shall provide that the holder of a patent has the exclusive right to license it.         | obligation CA CL
            The notice shall include a description of the copper duties proposed.                               | obligation CA CL
            Such measures shall include export licences for cobalt.                                              | obligation CA CL
            """)
    void aPrivateRightOrABareTermsScopeBindsNoParty(String sentence, String expected) {
        List<Commitment> commitments = WhoCommitsTest.annotate(TREATY + "\n" + sentence + "\n").commitments();
        String got = commitments.stream().filter(c -> c.text().startsWith(sentence.substring(0, 20)))
                .map(c -> c.modality().name().toLowerCase() + " " + String.join(" ", c.parties())).findFirst().orElse("none");
        assertEquals(expected, got, commitments.toString());
    }

    /** An item that opens with an adverb or a short phrase before its verb still carries out its lead-in's duty. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            (b) on request, send the other Party its cobalt export figures.        | send the other Party its cobalt export figures
            (b) promptly notify the other Party of any new duty on copper.        | notify the other Party of any new duty on copper
            (b) where practicable, publish its nickel licensing rules.            | publish nickel licensing rules
            """)
    void anItemWithAnOpeningAdverbialStillCarriesOutItsLeadIn(String item, String action) {
        String text = TREATY + "\n2. Each Party shall:\n\n(a) keep a register of copper exporters;\n\n" + item + "\n";
        Commitment c = WhoCommitsTest.annotate(text).commitments().stream().filter(x -> x.text().startsWith("(b)"))
                .findFirst().orElseThrow();
        assertEquals(List.of("CA", "CL"), c.parties());
        assertTrue(c.action().endsWith(action), c.action()); // the opening phrase may stay in the action
        // a noun phrase after such an opening is still no act
        String topic = TREATY + "\n2. Each Party shall:\n\n(a) keep a register of copper exporters;\n\n"
                + "(b) in the copper sector, cooperation on smelting.\n";
        assertTrue(WhoCommitsTest.annotate(topic).commitments().stream().noneMatch(x -> x.text().startsWith("(b)")));
    }

    /**
     * A tariff schedule's rule on the state goods are left in, a word's meaning and how an older text is read bind no
     * party, also after a time aside ("from the day …,"); a party that cuts or levies a duty still does.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            (a) copper wire -it shall remain free of import duties;                                                    | none
            (b) cobalt oxide -it shall be and remain free of import duties from the first day of the second year;     | none
            (c) nickel matte -it shall, from the day this Article first applies to it, be subject to duties of 5 per cent; | none
            (d) tin ingots -they shall, from each of the days listed below, not be subject to duties above 10 per cent; | none
            The quotas for copper cathodes beyond the last year shall remain at the same level as in that year.        | none
            5. The word "copper" in this Agreement shall have a meaning corresponding to the definition in Annex 3.    | none
            The 1951 Copper Protocol shall be read subject to this Agreement.                                          | none
            Each Party shall, from the first day of the third year, eliminate its duties on copper wire.               | obligation CA CL
            A Party shall not levy temporary duties on cobalt oxide.                                                   | obligation CA CL
            """)
    void aGoodsDutyFreeStateOrAWordsMeaningBindsNoParty(String sentence, String expected) {
        List<Commitment> commitments = WhoCommitsTest.annotate(TREATY + "\n" + sentence + "\n").commitments();
        String got = commitments.stream().filter(c -> c.text().startsWith(sentence.substring(0, 20)))
                .map(c -> c.modality().name().toLowerCase() + " " + String.join(" ", c.parties())).findFirst().orElse("none");
        assertEquals(expected, got, commitments.toString());
    }

    /**
     * A dash glued to an item's first word, as scans lose the blank, still marks an item of the lead-in, also the last
     * one that ends with a full stop; the numbered paragraph after the list is read on its own.
     */
    @Test
    void anItemWhoseDashLostItsBlankCarriesOutItsLeadIn() {
        String text = TREATY + "\nThe Parties shall not:\n\n-charge transit fees on copper cathodes;\n\n"
                + "-apply storage rules to cobalt other than those applied to domestic cobalt.\n\n"
                + "2. Copper quotas may be opened by mutual agreement.\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        Commitment last = startingWith(commitments, "-apply storage");
        assertEquals(List.of("CA", "CL"), last.parties());
        assertEquals(Modality.OBLIGATION, last.modality());
        assertTrue(last.action().startsWith("not apply storage rules"), last.action());
        assertTrue(commitments.stream().noneMatch(c -> c.text().startsWith("2. Copper quotas")), commitments.toString());
    }

    /** "Non-" before a body names those outside it: "Non-WTO members of ..." does not make the WTO a committing party. */
    @Test
    void aBodyAfterNonIsNoCommittingParty() {
        String text = "Agreement on Copper Trade between ASEAN and China\n\n"
                + "Each Party shall publish its copper export quotas. Non-WTO members of ASEAN shall publish their cobalt "
                + "export quotas within one year.\n";
        Commitment publish = startingWith(WhoCommitsTest.annotate(text).commitments(), "Non-WTO members");
        assertTrue(!publish.parties().isEmpty() && !publish.parties().contains("World Trade Organization"),
                publish.parties().toString());
    }

    /** A preamble's "Striving to …" states the parties' aim, as "Intending to …" does. */
    @Test
    void aRecitalOfStrivingStatesThePartiesAim() {
        String text = "Agreement between the Government of Chile and the Government of Peru\n\n"
                + "The Government of Chile and the Government of Peru,\n\n"
                + "Recognizing that copper is the main export of both States;\n\n"
                + "Striving to expand the trade in refined copper between their territories;\n\n"
                + "HAVE AGREED as follows:\n\nThe Parties shall exchange copper export data every year.\n";
        Commitment aim = startingWith(WhoCommitsTest.annotate(text).commitments(), "Striving to");
        assertEquals(Modality.INTENT, aim.modality());
        assertEquals(List.of("CL", "PE"), aim.parties());
    }

    /** "may agree that … shall …" leaves the parties free to agree on a rule; the rule's "shall" binds no one yet. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            7. The Parties may agree that duties on copper wire shall be cut over a longer period.           | none
            The Parties may decide that the cobalt quota shall be raised in the third year.                 | none
            If the Parties may not agree, each Party shall notify its copper duties to the Committee.       | obligation CA CL
            The Parties agree that duties on copper wire shall be cut over five years.                      | commitment CA CL
            """)
    void aRuleThePartiesMayAgreeOnBindsNoOneYet(String sentence, String expected) {
        List<Commitment> commitments = WhoCommitsTest.annotate(TREATY + "\n" + sentence + "\n").commitments();
        String got = commitments.stream().filter(c -> c.text().startsWith(sentence.substring(0, 20)))
                .map(c -> c.modality().name().toLowerCase() + " " + String.join(" ", c.parties())).findFirst().orElse("none");
        assertEquals(expected, got, commitments.toString());
    }

    /** A treaty body named after experts acts for the parties; experts at large are no party. */
    @Test
    void aCommitteeOfExpertsActsForTheParties() {
        String text = TREATY + "\nThe Committee of Experts shall review the copper duties notified under Article 4.\n\n"
                + "Experts shall meet in Lima to discuss cobalt prices.\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        assertEquals(List.of("CA", "CL"), startingWith(commitments, "The Committee of Experts").parties());
        assertTrue(commitments.stream().noneMatch(c -> c.text().startsWith("Experts shall")), commitments.toString());
    }

    /** A preamble whose first aim in capitals is run into "resolved:" lists its aims as the parties' pledges. */
    @Test
    void capitalAimsRunIntoResolvedArePledges() {
        String text = "Agreement between the Government of Chile and the Government of Peru\n\n"
                + "The Government of Chile and the Government of Peru, resolved: TO DEEPEN the trade in copper between them;\n\n"
                + "TO EASE the transit of ores across their border; TO FOSTER joint smelting;\n\nHAVE AGREED as follows:\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        for (String aim : List.of("TO DEEPEN the trade in copper between them", "TO EASE")) {
            assertEquals(List.of("CL", "PE"), startingWith(commitments, aim).parties());
        }
    }

    /** An item with a subject and a "shall" of its own is its own clause, not the lead-in's object. */
    @Test
    void anItemWithItsOwnShallIsItsOwnClause() {
        String text = TREATY + "\n2. Each Party shall cut its duties on copper goods of the other Party as follows:\n\n"
                + "a) duties on copper wire listed in Annex 3 shall be removed in four equal stages;\n\n"
                + "b) for copper goods other than wire, Chile shall take the steps needed to lower its duties.\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        assertEquals("remove duties in four equal stages", startingWith(commitments, "a) duties").action());
        Commitment own = startingWith(commitments, "b) for copper");
        assertEquals(List.of("CL"), own.parties());
        assertTrue(own.action().startsWith("take the steps needed to lower"), own.action());
    }

    /** The verb of a condition written without its comma is not the pledge; the main clause's "shall" is. */
    @Test
    void aConditionWithoutItsCommaIsNoPledge() {
        String text = TREATY + "\n3. Where Chile envisages raising its cobalt duties it shall inform Canada beforehand.\n";
        Commitment c = startingWith(WhoCommitsTest.annotate(text).commitments(), "3. Where Chile");
        assertEquals(Modality.OBLIGATION, c.modality());
        assertTrue(c.action().startsWith("inform Canada"), c.action());
    }

    /** Passives read actively: "held upon the request" holds, "start to be implemented" starts to implement. */
    @Test
    void passivesAfterUponAndStartReadActively() {
        String text = TREATY + "\nConsultations shall be held upon the request of either Party to settle copper disputes.\n\n"
                + "The nickel programme shall start to be implemented within three months.\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        assertTrue(startingWith(commitments, "Consultations shall").action().startsWith("hold consultations"),
                startingWith(commitments, "Consultations shall").action());
        assertTrue(startingWith(commitments, "The nickel").action().startsWith("start to implement"),
                startingWith(commitments, "The nickel").action());
    }

    /** "shall not be required, …, to" leaves a party free; "will not prevent firms from" is the parties' own pledge. */
    @Test
    void notRequiredWithAnAsideIsFreeAndNotPreventingIsAPledge() {
        String text = TREATY + "\nChile shall not be required, during the first three years, to lower its lithium duties.\n\n"
                + "The Parties will not prevent mining firms from selling ore to buyers of their choice.\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        assertTrue(commitments.stream().noneMatch(c -> c.text().startsWith("Chile shall not")), commitments.toString());
        assertEquals(List.of("CA", "CL"), startingWith(commitments, "The Parties will not prevent").parties());
    }

    /** A long aside opened by a preposition between the verb and its object is left out of the action. */
    @Test
    void aLongAsideAfterTheVerbIsLeftOut() {
        String text = TREATY + "\nCanada shall contribute, under the terms laid down in Part IV and in Protocol No 3, to funding a copper laboratory.\n";
        Commitment c = startingWith(WhoCommitsTest.annotate(text).commitments(), "Canada shall contribute");
        assertTrue(c.action().startsWith("contribute to funding a copper laboratory"), c.action());
    }

    /**
     * Where a rule or a figure is found and what counts as what say what something is; the notice a
     * right calls for ("may, after having given notice of its intention to do so, …") is no aim of the party's.
     */
    @Test
    void whereARuleIsFoundAndTheNoticeARightCallsForBindNoOne() {
        String text = TREATY + "\nThe rules on cobalt origin shall be as contained in Protocol 2.\n\n"
                + "The base duty on copper wire shall be that specified in each Party's schedule.\n\n"
                + "Refined lithium salts shall be accepted as originating where they were refined in a Party.\n\n"
                + "Any reference to the signatories shall extend only to those listed in Annex 5.\n\n"
                + "A Party may, after having given notice to the other Party of its intention to do so, restrict exports of copper scrap.\n\n"
                + "Chile shall give notice to Canada of its intention to raise its copper duties.\n\n"
                + "Canada stated its intention to finance a copper smelter in Chile.\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        for (String free : List.of("The rules on cobalt", "The base duty", "Refined lithium", "Any reference",
                "A Party may")) {
            assertTrue(commitments.stream().noneMatch(c -> c.text().startsWith(free)), free + ": " + commitments);
        }
        assertEquals(Modality.OBLIGATION, startingWith(commitments, "Chile shall give notice").modality());
        assertEquals(Modality.INTENT, startingWith(commitments, "Canada stated").modality());
    }

    /** A ground after the parties' names and a colon that cites another text's words recites that text, no pledge. */
    @Test
    void aGroundAfterTheNamesThatCitesAnotherTextIsNoPledge() {
        String text = "Agreement on Copper Trade among the Andean States\n\n"
                + "The Governments of Chile, Peru and Bolivia, Member States of the Andean Copper Council: MINDFUL of the Lima"
                + " Accord of 1980 which provides that Member States shall pool their copper output data;\n\n"
                + "HAVE AGREED AS FOLLOWS:\n\n1 Member States shall pool their copper output data every year.\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        assertTrue(commitments.stream().noneMatch(c -> c.text().startsWith("The Governments")), commitments.toString());
        assertEquals(Modality.OBLIGATION, startingWith(commitments, "1 Member States").modality());
    }

    /** The "shall" of what a body may decide is the decision's content; the body's own "shall" still binds. */
    @Test
    void theShallOfAPermittedDecisionIsNoDuty() {
        String text = TREATY + "\nThe Joint Council may at any time, on a proposal from Chile, decide that the copper duties, levies or quotas shall be removed sooner.\n\n"
                + "The Joint Council shall decide that the nickel quotas are lifted.\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        assertTrue(commitments.stream().noneMatch(c -> c.text().startsWith("The Joint Council may")), commitments.toString());
        assertEquals(Modality.OBLIGATION, startingWith(commitments, "The Joint Council shall").modality());
    }

    /** The items of "… based on the following principles:" are the rules the act follows, not acts of their own. */
    @Test
    void theItemsOfFollowingPrinciplesAreNoActs() {
        String text = TREATY + "\n1. The Parties shall pursue a joint copper policy based on the following principles:\n\n"
                + "1) gradual convergence of their copper export rules;\n\n"
                + "2) avoidance of measures that may disrupt the trade in copper ore.\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        assertEquals(List.of("CA", "CL"), startingWith(commitments, "1. The Parties shall pursue").parties());
        assertTrue(commitments.stream().noneMatch(c -> c.text().startsWith("1) gradual") || c.text().startsWith("2) avoidance")),
                commitments.toString());
    }

    /** A group of states the opening names in words commits alone where it is the subject, not every party. */
    @Test
    void aGroupOfStatesNamedInWordsCommitsAloneAsTheSubject() {
        String text = "Interim Agreement on Copper Trade\n\n"
                + "THE REPUBLIC OF CHILE, THE REPUBLIC OF PERU, hereinafter referred to as the \"Andean Copper States\", on the"
                + " one part, and CANADA, on the other part, together hereinafter referred to as \"the Parties\",\n\n"
                + "HAVE AGREED AS FOLLOWS:\n\n"
                + "1. The Andean Copper States shall publish their copper export quotas.\n\n"
                + "2. With respect to refined copper, the Andean Copper States shall accord to Canada the lowest duty.\n\n"
                + "3. When an Andean Copper State wishes to join Annex 2, it shall notify Canada.\n\n"
                + "4. Copper cathodes originating in the Andean Copper States shall be imported into Canada free of duty.\n\n"
                + "5. The Parties shall exchange copper trade data.\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        for (String own : List.of("1. The Andean", "2. With respect", "3. When an Andean")) {
            assertEquals(List.of("CL", "PE"), startingWith(commitments, own).parties(), own);
        }
        assertTrue(startingWith(commitments, "4. Copper cathodes").parties().contains("CA"), commitments.toString());
        assertEquals(List.of("CA", "CL", "PE"), startingWith(commitments, "5. The Parties").parties());
    }

    /**
     * A convention's "State Party" and a party named by its role or by what narrows it ("the Party of origin", "Each
     * Party that holds …", "each importing State Party, before …,") are its unnamed parties too: the duty stands, with no
     * party norms; so do the items under such a lead-in.
     */
    @Test
    void aConventionsStatePartiesAndPartiesByRoleKeepTheirDutiesWithoutParties() {
        String text = "Convention on Seabed Nickel Trade\n\nArticle 2\n\n"
                + "1. Each State Party shall name an authority to license nickel shipments.\n\n"
                + "2. States Parties are encouraged to publish their nickel licence data.\n\n"
                + "3. The Party of destination shall confirm each shipment within thirty days.\n\n"
                + "4. Each Party that holds seabed nickel deposits shall keep a register of them.\n\n"
                + "5. Once a shipment is refused, each importing State Party, before any new licence, shall inform the carrier.\n\n"
                + "6. Each exporting Party shall:\n(a) Inspect every nickel shipment;\n(b) Keep its shipping papers for five years.\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        for (String duty : List.of("1. Each State Party", "3. The Party of destination", "4. Each Party that holds",
                "5. Once a shipment", "(a) Inspect", "(b) Keep")) {
            Commitment commitment = startingWith(commitments, duty);
            assertEquals(Modality.OBLIGATION, commitment.modality(), duty);
            assertEquals(List.of(), commitment.parties(), duty);
        }
        assertEquals(Modality.RECOMMENDATION, startingWith(commitments, "2. States Parties").modality());
        assertTrue(startingWith(commitments, "(b) Keep").action().startsWith("Keep"),
                commitments.toString());
    }

    /**
     * The one body a convention names (its sponsor in its title, the office its parties report to) is not who "Each
     * Party" is: the parties stay unnamed.
     */
    @Test
    void theOneBodyAConventionNamesIsNotItsParties() {
        String text = "United Nations Convention on Cobalt Tracing\n\nArticle 4\n\n"
                + "1. Each State Party shall trace cobalt ore from mine to smelter.\n\n"
                + "2. The Parties shall report on their tracing systems to the Secretary-General of the United Nations.\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        assertEquals(List.of(), startingWith(commitments, "1. Each State Party").parties());
        assertEquals(List.of(), startingWith(commitments, "2. The Parties").parties());
    }

    /**
     * A trade agreement's "Each Member" and a scheme's "Each Participant", a paragraph numbered by its article ("2.1"),
     * "A Contracting Party", "No Party", "the latter Contracting Party" after a condition and "Parties to this
     * Convention" are unnamed parties too: their duties stand, with no party norms.
     */
    @Test
    void membersParticipantsAndArticleNumberedParagraphsOfAnUnnamedTreatyKeepTheirDuties() {
        String text = "Agreement on Tin Ore Customs\n\nArticle 5\n\n"
                + "2.1 Each Member shall publish its tin ore inspection fees on a public website.\n\n"
                + "2.2 Members are encouraged to accept tin ore certificates in electronic form.\n\n"
                + "3. A Contracting Party shall answer each request on tin ore tariffs in writing.\n\n"
                + "4. No Party shall charge a fee for a tin ore certificate.\n\n"
                + "5. If a Member refunds a tin ore fee late, the latter Member shall pay interest on it.\n\n"
                + "6. Each Participant should keep a register of its tin ore exporters.\n\n"
                + "7. Parties to this Agreement shall report their tin ore shipments every year.\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        for (String duty : List.of("2.1 Each Member", "3. A Contracting Party", "4. No Party", "5. If a Member",
                "7. Parties to this")) {
            Commitment commitment = startingWith(commitments, duty);
            assertEquals(Modality.OBLIGATION, commitment.modality(), duty);
            assertEquals(List.of(), commitment.parties(), duty);
        }
        assertEquals(Modality.RECOMMENDATION, startingWith(commitments, "2.2 Members").modality());
        assertEquals(Modality.RECOMMENDATION, startingWith(commitments, "6. Each Participant").modality());
    }

    /**
     * "undertakes never under any circumstances:" bans what its items name: each item is the unnamed parties'
     * commitment, and so are the items under "In particular, it shall:" right after such a party's duty.
     */
    @Test
    void aBanOverItemsAndAnItOverItemsKeepTheUnnamedPartiesDuties() {
        String text = "Convention on Mercury Waste\n\nArticle I\n\n"
                + "1. Each State Party to this Convention undertakes never under any circumstances:\n"
                + "(a) To produce mercury compounds;\n"
                + "(b) To export mercury waste.\n\n"
                + "2. Each State Party shall adopt the laws needed to give effect to this Article. In particular, it shall:\n"
                + "(a) Register every mine that uses mercury;\n"
                + "(b) Inspect such mines once a year.\n\n"
                + "3. Each State Party shall report on its mercury stocks every year.\n";
        List<Commitment> commitments = WhoCommitsTest.annotate(text).commitments();
        Commitment produce = startingWith(commitments, "(a) To produce");
        assertEquals(Modality.COMMITMENT, produce.modality());
        assertEquals(List.of(), produce.parties());
        assertTrue(produce.action().startsWith("produce mercury"), produce.action());
        assertEquals(Modality.COMMITMENT, startingWith(commitments, "(b) To export").modality());
        for (String duty : List.of("(a) Register", "(b) Inspect")) {
            Commitment commitment = startingWith(commitments, duty);
            assertEquals(Modality.OBLIGATION, commitment.modality(), duty);
            assertEquals(List.of(), commitment.parties(), duty);
        }
    }
}
