package org.accordex.annotate;

import static org.accordex.annotate.NamesAndInstrumentsTest.mentions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.accordex.model.MentionType;
import org.junit.jupiter.api.Test;

/** Firms' names that hold a dictionary's word, a state or a heading's capitals, on sentences written for these tests. */
class FirmNamesTest {
    private static List<String> parties(String text) {
        return mentions(text, MentionType.PARTY);
    }

    @Test
    void aShortNameDefinedInSingleQuotesIsTheFirmWhateverItsWords() {
        assertEquals(List.of("Strategic Alloys Mining Corporation → Strategic Alloys Mining Corporation",
                "Strategic Alloys → Strategic Alloys Mining Corporation",
                "Strategic Alloys → Strategic Alloys Mining Corporation"),
                parties("Strategic Alloys Mining Corporation (TSXV:SAM) ('Strategic Alloys' or the 'Corporation') won a grant."
                        + " The chief executive of Strategic Alloys thanked the province."));
        // undefined, the same words are prose's
        assertEquals(List.of("Strategic Alloys Mining Corporation → Strategic Alloys Mining Corporation"),
                parties("Strategic Alloys Mining Corporation won a grant. Strategic alloys are in demand."));
    }

    @Test
    void listedMinersAndProvincialFirmsAreKnownByName() {
        assertEquals(List.of("YPF Litio → YPF Litio", "Sigma Lithium → Sigma Lithium", "Fortescue → Fortescue",
                        "Hydro-Québec → Hydro-Québec"),
                parties("YPF Litio, Sigma Lithium and Fortescue will buy power from Hydro-Québec."));
    }

    @Test
    void firmsOfInvestmentDealsAreKnownByName() {
        // a group's units by their own names, and firms a sentence's context does not reveal (a list, a possessive)
        assertEquals(List.of("Hanwha Systems → Hanwha Systems", "Philly Shipyard → Hanwha Philly Shipyard",
                        "Kioxia → Kioxia", "Sumitomo Electric Industries → Sumitomo Electric", "DataVolt → DataVolt",
                        "JPMorganChase → JPMorgan Chase", "TPG → TPG"),
                parties("Hanwha Systems will train welders at Philly Shipyard. Kioxia and Sumitomo Electric Industries"
                        + " will make chips. A Saudi firm's DataVolt arm, JPMorganChase and TPG will fund them."));
    }

    @Test
    void investorsBuildersAndLendersBesideTheMinersAreKnownByName() {
        // funds, carriers and export lenders a minerals deal names, each under its own norm
        assertEquals(List.of("Orion Resource Partners → Orion Resource Partners", "Rumo → Rumo",
                        "Mubadala Capital → Mubadala Capital", "K-EXIM → Export-Import Bank of Korea"),
                parties("Orion Resource Partners, Rumo and Mubadala Capital will fund the line, and K-EXIM will lend."));
    }

    @Test
    void lendersAndSteelmakersOfMineralsDealsAreKnownByName() {
        // a bank's own name in a list of lenders, and a steel group named with its state first
        assertEquals(List.of("Citibank → Citi", "Rand Merchant Bank → Rand Merchant Bank", "Standard Bank → Standard Bank",
                        "China Baowu Steel Group → China Baowu"),
                parties("Citibank, Rand Merchant Bank and Standard Bank will lend to the smelter. China Baowu Steel Group"
                        + " will buy the ore."));
    }

    @Test
    void aProjectsSiteBesideAFirmIsNoFirm() {
        assertEquals(List.of("Halden Metals → Halden Metals", "Arafura → Arafura Rare Earths"),
                parties("Halden Metals wins loan for Cold Ridge; Arafura wins grant"));
    }

    @Test
    void aStatesNameMayOpenAFirmsNameOfTwoMoreWords() {
        // in prose a capitalized run after the state that ends in a firm's last word is the firm's name
        assertEquals(List.of("Chile → CL", "US Andean Metals → US Andean Metals", "US Andean Metals → US Andean Metals"),
                parties("Chile signed a deal with US Andean Metals to build a smelter. US Andean Metals will ship copper."));
        // the same words in lower case elsewhere are prose's, and one word after the state is no firm here
        assertEquals(List.of("US → US", "US → US", "US → US"),
                parties("A tariff on US Strategic Metals and on US strategic metals. The US Metals said nothing."));
    }

    @Test
    void aKnownFirmsDefinedTradingNameIsTheNormOfItsLegalName() {
        // the dictionary knows the firm by the name it trades as: its legal name is the same party (ANNOTATION.md §1)
        assertEquals(List.of("Alcoa Corporation → Alcoa", "Alcoa → Alcoa", "Alcoa → Alcoa"),
                parties("Alcoa Corporation (“Alcoa” or the “Company”) said on Monday that Alcoa will build a gallium plant."));
    }

    @Test
    void aKnownFirmsGroupNameAndLegalFormsWithoutStopsAreTheOneFirm() {
        // news writes "Co", "Corp" and "Inc" without their stops, and a miner by its group's name: one norm per firm
        assertEquals(List.of("BHP Group → BHP", "Rio Tinto Group → Rio Tinto", "General Motors Co → General Motors",
                        "Lithium Americas Corp → Lithium Americas", "BHP → BHP"),
                parties("BHP Group and Rio Tinto Group will fund a copper study. General Motors Co will buy lithium from"
                        + " Lithium Americas Corp, and BHP will sell it copper."));
    }

    @Test
    void aKnownBankBeforeAndIsNoWordOfTheNextFirmsName() {
        // "Bank of" and a state read as a body's name; the bank is a known firm, and the investor after "and" another
        assertEquals(List.of("Bank of America → Bank of America", "Halden Ventures → Halden Ventures"),
                parties("The smelter is backed by Bank of America and Halden Ventures through a fund."));
        assertEquals(List.of("BofA → Bank of America"), parties("BofA will lend to the smelter."));
        // a name the rules read from a trade word before "and" is no known firm: the agency's name stays whole
        assertEquals(List.of("Health Resources and Services Administration → Health Resources and Services Administration"),
                parties("The Health Resources and Services Administration will fund rural clinics."));
    }

    @Test
    void aKnownFirmWithItsLegalFormTakesTheDictionarysNorm() {
        // the trade word's rule finds the whole legal name; the dictionary knows the firm by the name before its form
        assertEquals(List.of("Iluka Resources Limited → Iluka Resources", "Kestrel Ceramics → Kestrel Ceramics",
                "Iluka → Iluka Resources"),
                parties("Iluka Resources Limited will supply zircon to Kestrel Ceramics, and Iluka expects first sales in 2027."));
        // a legal name that holds more than the trading name ("SoftBank Group" trades as "SoftBank") stays as written
        assertEquals(List.of("SoftBank Group Corp. → SoftBank Group Corp."),
                parties("SoftBank Group Corp. will invest in the smelter."));
        // a firm no dictionary knows keeps its legal name
        assertEquals(List.of("Tarrow Resources Limited → Tarrow Resources Limited"),
                parties("Tarrow Resources Limited will supply zircon from its mill."));
    }

    @Test
    void aShortNameWithAMineralsWordIsTheFirmsShortName() {
        assertEquals(List.of("Norvale Lithium Metals Inc. → Norvale Lithium Metals Inc.",
                "Norvale Lithium → Norvale Lithium Metals Inc."),
                parties("Norvale Lithium Metals Inc. signed a letter of intent. Under it, Norvale Lithium may earn a 60% stake."));
        // a short name whose first word is a state's is left to the dictionaries
        assertEquals(List.of("China Brightstone Metals Inc. → China Brightstone Metals Inc.", "China → CN"),
                parties("China Brightstone Metals Inc. signed a letter of intent. Exports from China fell."));
    }

    @Test
    void aFirmsNameInACapitalHeadingEndsAtItsLegalFormOrItsLine() {
        assertEquals(List.of("NORVALE LITHIUM METALS INC. → Norvale Lithium Metals Inc.",
                "Norvale Lithium Metals Inc. → Norvale Lithium Metals Inc."),
                parties("NORVALE LITHIUM METALS INC. SIGNS LETTER OF INTENT FOR SCANDIUM PROJECT\n"
                        + "Norvale Lithium Metals Inc. has entered into a letter of intent."));
        // a heading line of its own, though the next line opens with a word in capitals
        assertEquals(List.of("QX RESOURCES → QX Resources", "QX Resources → QX Resources"),
                parties("Letters of interest\nQX RESOURCES\nQX Resources received a letter for a tungsten mine expansion."));
    }

    @Test
    void aStateInsideAFirmsNameIsAWordOfTheName() {
        assertEquals(List.of("Hokuto Iron Ore Canada Pty. Ltd. → Hokuto Iron Ore Canada Pty. Ltd.",
                "HIOC → Hokuto Iron Ore Canada Pty. Ltd.", "HIOC → Hokuto Iron Ore Canada Pty. Ltd."),
                parties("The bank lent to Hokuto Iron Ore Canada Pty. Ltd. (HIOC), a subsidiary. HIOC will fund its stake."));
        // a firm named in full, then a state and the phrase's end: the firm's local arm
        assertEquals(List.of("Nimbus Rare Earths Chile → Nimbus Rare Earths Chile"),
                parties("The mine ships ore to Nimbus Rare Earths Chile, a unit of a trading house."));
        assertEquals(List.of("Nimbus Rare Earths → Nimbus Rare Earths", "Chile → CL"),
                parties("The mine ships ore to Nimbus Rare Earths Chile smelters."));
        assertEquals(List.of("KVS Denmark → KVS Denmark"), parties("Accords were signed between KVS Denmark and a research"
                + " centre on tailings."));
        // a title or a known body before the state: the state
        assertEquals(List.of("Japan → JP", "EU → EU", "Japan → JP"), parties("The CEO Japan tour ended. The EU Japan summit opened."));
        // an acronym before a state that qualifies a noun is no firm's: the state stays
        assertEquals(List.of("Canada → CA"), parties("Those goods are not subject to the ZEPA Canada tariffs."));
    }

    @Test
    void aShortNameAfterASentenceThatEndsInAPlaceIsTheFirm() {
        assertEquals(List.of("Norvale Rare Earths → Norvale Rare Earths", "Norvale → Norvale Rare Earths"),
                parties("Norvale Rare Earths will build a magnet recycling plant in Ohio. Norvale will deploy its own"
                        + " process."));
        // a surname the text writes after a given name and an initial stays the person's where it opens a sentence
        assertEquals(List.of("Norvale Partners LLP → Norvale Partners LLP"), parties("Dana W. Norvale founded Norvale Partners"
                + " LLP, a law firm. He served at the Agency. Norvale currently serves on a board."));
    }

    @Test
    void aNamesFirstWordAndTheInitialsOfTheRestInBracketsAreItsShortName() {
        assertEquals(List.of("Kestrel Battery Metals Fund → Kestrel Battery Metals Fund", "Kestrel BMF → Kestrel Battery Metals Fund",
                "Kestrel BMF → Kestrel Battery Metals Fund"), parties("The bank joined the Kestrel Battery Metals Fund (Kestrel BMF)"
                + " in May. Kestrel BMF will invest in nickel.").stream().filter(m -> m.startsWith("Kestrel")).toList());
        // initials that are not the rest's: no short name of it
        assertEquals(List.of(), parties("The bank joined the Kestrel Battery Metals Fund (Kestrel XYZ) in May.").stream()
                .filter(m -> m.startsWith("Kestrel XYZ")).toList());
    }

    @Test
    void aDefinedAcronymIsItsFirmsWhereAFinderReadItAsItself() {
        assertEquals(List.of("Yukon Ridge Resources, LLC → Yukon Ridge Resources, LLC", "YRR → Yukon Ridge Resources, LLC",
                "YRR → Yukon Ridge Resources, LLC"),
                parties("The Army awarded a contract to Yukon Ridge Resources, LLC (YRR) for antimony. YRR will refine"
                        + " stibnite.").stream().filter(m -> !m.startsWith("Army")).toList());
    }

    @Test
    void aNameEndingInAFirmsWordThenItsPhrasesEndIsAFirm() {
        assertEquals(List.of("Harlan Developments → Harlan Developments"),
                parties("Harlan Developments announced a step toward financing its niobium mine."));
        assertEquals(List.of("Corvel Potash → Corvel Potash", "Gabon → GA"),
                parties("The fund approved a $4 million loan to Corvel Potash for its Dunmore Potash project in Gabon."));
        assertEquals(List.of("Tessel Exploration and Mining → Tessel Exploration and Mining"),
                parties("The lender backed Tessel Exploration and Mining’s graphite project."));
        assertEquals(List.of("Brenwick Resources → Brenwick Resources", "Oslen Metals Holdings → Oslen Metals Holdings"),
                parties("Brenwick Resources' lithium project won support, as did Oslen Metals Holdings' mine."));
    }

    @Test
    void aFirmsWordClosingAnOfficeATopicOrAHeadingNamesNoFirm() {
        // the tail of a body's name, a class of minerals, a topic that needs a firm's verb, a heading in title case
        assertEquals(List.of("Department of Natural Resources → Department of Natural Resources"),
                parties("The Department of Natural Resources announced new rules; Critical Minerals are in demand."));
        assertEquals(List.of(), parties("Delegates discussed Deep Ocean Exploration and Recent Developments in the sector."));
        assertEquals(List.of(), parties("Bringing New Federal Resources to Rural Towns\nThe agency expanded a program."));
        assertEquals(List.of(), parties("Monitoring Developments in the trade, the office reported."));
    }

    @Test
    void aStateAfterAWordWithACapitalInsideIsAWordOfTheFirmsName() {
        assertEquals(List.of("Orvik Bank → Orvik Bank", "NordKredit Denmark → NordKredit Denmark", "Natixis → Natixis"),
                parties("The lenders are Orvik Bank, NordKredit Denmark, and Natixis."));
    }

    @Test
    void aPlaceWordAloneIsTheShortNameOfTheFirmTheTextNamedFirst() {
        // "NL" is an Australian firm's legal form; "Tarn" after "Tarn Resources NL" is the firm, a place word though it is
        assertEquals(List.of("Tarn Resources NL → Tarn Resources NL", "Korea → KR", "Tarn → Tarn Resources NL",
                        "Tarn → Tarn Resources NL"),
                parties("Tarn Resources NL signed a supply deal with a trader from Korea. The trader will co-operate with Tarn"
                        + " on sales, and Tarn managing director Ann Roe said the deal would fund the mine."));
        // prose that writes the word in lower case keeps it a word: "Lake Eyre" and "the lake" are no firm
        assertEquals(List.of("Lake Resources → Lake Resources"),
                parties("Lake Resources said the lake near its wells had fallen. Lake Eyre was dry."));
    }

    @Test
    void aBusinessWordAfterATradeWordsFirmIsPartOfItsName() {
        assertEquals(List.of("Brenlow → Brenlow", "Halvorsen Metals Trading GmbH → Halvorsen Metals Trading GmbH",
                        "Halvorsen Metals Trading → Halvorsen Metals Trading GmbH"),
                parties("Brenlow signed a term sheet with dealer Halvorsen Metals Trading GmbH for graphite. Under the deal,"
                        + " Halvorsen Metals Trading would buy 40% of the output."));
        assertEquals(List.of("Kestrel Capital Markets → Kestrel Capital Markets"),
                parties("The notes were arranged by Kestrel Capital Markets for the miner."));
    }

    @Test
    void aTradeWordInAMinistersTitleOfTwoFieldsMakesNoFirm() {
        // "Energy" with the field joined to it is the ministers', as in "the G7 Energy Ministers" (the meeting's own
        // name, "… Ministers' Meeting", names an event, and no party in it is a mention)
        assertEquals(List.of("G7 → Group of Seven"),
                parties("In Halifax the G7 Energy and Environment Ministers agreed on a joint text."));
        // two firms joined by "and" stay two firms
        assertEquals(List.of("Tarn Energy → Tarn Energy", "Harlow Mining → Harlow Mining"),
                parties("Tarn Energy and Harlow Mining signed a deal to build a plant."));
    }

    @Test
    void aNameBeforeItsExecutivesTitleAndNameIsAFirmEvenWithAMineralsWord() {
        assertEquals(List.of("Nickel Ionic → Nickel Ionic", "EXIM → Export-Import Bank of the United States",
                        "Nickel Ionic → Nickel Ionic"),
                parties("Nickel Ionic has secured a letter of interest from EXIM.\nNickel Ionic CEO Dana Whitfield said the"
                        + " company will build the mill by 2028."));
        // a word of the post is no firm's name: "Interim CEO", "Former CEO"
        assertEquals(List.of(), parties("Interim CEO Paul Becker said the board will meet. Former CEO Jane Walsh said so too."));
    }

    @Test
    void aFirmAfterItsKindMayOpenWithANumber() {
        assertEquals(List.of("7Q Wafers → 7Q Wafers"),
                parties("The fund will put $9 million into Belgian firm 7Q Wafers to expand its germanium line."));
        // a number that opens no name: a product after a firm's kind
        assertEquals(List.of(), parties("The firm 10 will not ship, said the maker."));
    }

    @Test
    void aFirmsNameMayOpenWithADemonym() {
        // the company's word after two name words, and the acronym the text defines for it
        assertEquals(List.of("American Cobalt Refining Company → American Cobalt Refining Company",
                "ACRC → American Cobalt Refining Company", "ACRC → American Cobalt Refining Company"),
                parties("American Cobalt Refining Company (ACRC) received a loan. ACRC will build a refinery in Ohio."));
        // the demonym and a mining trade below the headline, used as a name, and never written as prose
        assertEquals(List.of("Canadian Graphite → Canadian Graphite", "Canadian Graphite → Canadian Graphite"),
                parties("Mill deal\n\nCanadian Graphite, along with two partners, won a grant. Canadian Graphite's mill will open."));
        // the same words as prose: the demonym qualifies the mineral
        assertEquals(List.of(), parties("Mill deal\n\nThe plan backs Canadian Graphite, and Canadian graphite exports will grow."));
        // a headline's words: "American Lithium" there is the mineral's market, the firm only below it
        assertEquals(List.of(), parties("Why American Lithium, and Why Now\n\nMiners expect growth."));
    }

    @Test
    void aFirmsLocalArmIsNamedWithAStatesAbbreviationOrName() {
        assertEquals(List.of("KVR US → KVR US", "Tamar Lithium Chile → Tamar Lithium Chile", "KVR US → KVR US"),
                parties("KVR US signed an offtake agreement with Tamar Lithium Chile. KVR US said it will process the ore."));
        // an acronym the dictionaries know, or a heading in capitals, is no firm's
        assertEquals(List.of("EU → EU", "US → US"), parties("The EU US summit will be held in May."));
    }

    @Test
    void aChineseCityAloneIsThePlaceNotTheFirmNamedForIt() {
        assertEquals(List.of("Weifang Hongda Magnets Co Ltd → Weifang Hongda Magnets Co Ltd"),
                parties("The group will buy a stake in Weifang Hongda Magnets Co Ltd in Shandong province's Weifang city."
                        + " Weifang has large reserves."));
        // without a place's noun, the first word is the firm's short name
        assertEquals(List.of("Weifang Hongda Magnets Co Ltd → Weifang Hongda Magnets Co Ltd",
                "Weifang → Weifang Hongda Magnets Co Ltd"),
                parties("The group will buy a stake in Weifang Hongda Magnets Co Ltd on Monday. Weifang will expand its line."));
    }

    @Test
    void aFirmsNameMayEndInRareEarthWhereItDefinesItsAcronym() {
        assertEquals(List.of("Western Rare Earth → Western Rare Earth", "WRE → Western Rare Earth",
                "WRE → Western Rare Earth"),
                parties("Western Rare Earth (WRE) formed a joint venture. WRE will hold 40% of it."));
        // without it, the words are the mineral's: "the Western Rare Earth belt"
        assertEquals(List.of(), parties("Drillers mapped the Western Rare Earth belt last year."));
    }

    @Test
    void gasBuyersAndSellersOfLngDealsAreFirms() {
        // a state's name opens the firm's ("China Gas"), and a seller's unit has no word of a firm ("… Liquefaction")
        assertEquals(List.of("China Gas → China Gas Holdings", "Sabine Pass Liquefaction → Sabine Pass Liquefaction",
                "China → CN"),
                parties("China Gas will buy one million tonnes a year from Sabine Pass Liquefaction for sale across China."));
        // a firm the dictionary knows, written with its legal form: the name it trades as gives the short name after
        assertEquals(List.of("Ultium Cells LLC → Ultium Cells", "Ultium → Ultium Cells"),
                parties("Ultium Cells LLC won the loan for its Ohio plant. Ultium said it will hire 900 workers."));
        // after another name's word it is a brand, not the firm ("Motors Ultium"), wherever else the text writes it
        assertEquals(List.of("Ultium Cells LLC → Ultium Cells", "General Motors → General Motors"),
                parties("Ultium Cells LLC won the loan. Its cells power General Motors Ultium trucks."));
    }

    @Test
    void aFirmsGroupInParenthesesIsInsideItsLegalName() {
        // a known firm keeps the dictionary's norm; its words are no mineral of their own
        assertEquals(List.of("China Northern Rare Earth (Group) High-Tech Co → China Northern Rare Earth"),
                parties("China Northern Rare Earth (Group) High-Tech Co said it would raise oxide prices."));
        assertEquals(List.of(), mentions("China Northern Rare Earth (Group) High-Tech Co said it would raise oxide prices.",
                MentionType.MINERAL));
        // a firm no dictionary knows is one party, named as written
        assertEquals(List.of("Hengtai Magnet (Group) Hi-Tech Co., Ltd. → Hengtai Magnet (Group) Hi-Tech Co., Ltd.",
                "Lynas → Lynas Rare Earths"),
                parties("Hengtai Magnet (Group) Hi-Tech Co., Ltd. will buy oxide from Lynas."));
    }

    @Test
    void aKnownFirmThenAStateIsItsLocalArm() {
        assertEquals(List.of("Posco Argentina → Posco Argentina", "POSCO → POSCO"),
                parties("Posco Argentina will build a hydroxide plant, POSCO said."));
        // a comma parts the firm from the state
        assertEquals(List.of("Posco → POSCO", "Argentina → AR"),
                parties("The buyers are Posco, Argentina's refiners and others."));
    }

    @Test
    void aLegalFormWithoutItsFullStopIsTheKnownFirm() {
        assertEquals(List.of("Lynas Rare Earths Ltd → Lynas Rare Earths"),
                parties("Lynas Rare Earths Ltd signed an offtake for heavy oxides."));
    }

    @Test
    void aFamilysShortNameIsTheMemberTheTextNamesInFull() {
        // the dictionary reads the short name as one firm of the family; the text names another one
        assertEquals(List.of("Syrah Resources Limited → Syrah Resources", "Syrah → Syrah Resources"),
                parties("Syrah Resources Limited won a loan for its mine. Syrah will ship flake in June."));
        // a member named by a place is a local arm, which the short name does not mean
        assertEquals(List.of("Lynas USA → Lynas USA", "Lynas → Lynas Rare Earths"),
                parties("Lynas USA won a contract for a plant. Lynas will ship oxide in June."));
    }

    @Test
    void aFirmsNameJoinedByAndBeforeAnAppositionIsOneFirm() {
        assertEquals(List.of("Kessel Exploration and Mining → Kessel Exploration and Mining", "Syrah → Syrah Technologies"),
                parties("The loan goes to Kessel Exploration and Mining, a subsidiary of Syrah."));
    }

    @Test
    void aFirmsNameInsideAPlacesIsNoParty() {
        assertEquals(List.of(), parties("Drilling in the Eagle Ford Shale and the Permian Basin slowed this spring."));
        assertEquals(List.of("Ford → Ford"), parties("Ford will buy lithium hydroxide for its trucks."));
    }

    @Test
    void aTitleCaseHeadlinesPurposeVerbOpensNoFirmsName() {
        assertEquals(List.of("Apple → Apple", "United States → US"),
                parties("Tarrow and Apple Announce Deal to Produce Rare Earth Magnets in the United States\n"));
        assertEquals(List.of("Corvel Minerals → Corvel Minerals"),
                parties("Corvel Minerals Signs Agreement to Develop Graphite Anode Plant\n"));
    }

    @Test
    void theShortNameOfAnIssuerIsNotItsSubsidiarysName() {
        // the dictionary knows the subsidiary by the family's short name; the release means its issuer by it
        assertEquals(List.of("Syrah Resources Limited → Syrah Resources", "Syrah Technologies LLC → Syrah Technologies",
                "Syrah → Syrah Resources"),
                parties("Syrah Resources Limited (ASX: SYR) said its wholly owned subsidiary, Syrah Technologies LLC, won a loan."
                        + " Syrah will build a second anode line."));
    }

    @Test
    void aFamilysShortNameInTheHeadlineIsTheFirmTheBodyNamesInFull() {
        assertEquals(List.of("Hyundai → Hyundai Motor", "Tarrow Resources Limited → Tarrow Resources Limited",
                "Hyundai Motor Company → Hyundai Motor", "Hyundai → Hyundai Motor"),
                parties("Tarrow signs graphite offtake with Hyundai\nTarrow Resources Limited has signed an offtake agreement"
                        + " with Hyundai Motor Company. Hyundai will buy 5,000 tonnes of graphite a year.\n"));
    }

    @Test
    void aFirmsNameAfterAnotherFirmAndAnAndIsAFirmOfItsOwn() {
        assertEquals(List.of("Lithium Americas → Lithium Americas", "Harlan Metals → Harlan Metals"),
                parties("The government took stakes in Lithium Americas and Harlan Metals in recent months."));
        assertEquals(List.of("Volkswagen → Volkswagen", "PowerCo → PowerCo"),
                parties("Volkswagen's battery unit PowerCo said it would buy nickel."));
    }

    @Test
    void aListItemsTitleCaseLabelIsItsTopicNotAFirm() {
        // a trade word ends the label, but the item's own sentence names who acts
        assertEquals(List.of("Department of Energy → U.S. Department of Energy"),
                parties("-   **Coastal Wind Energy:** The Department of Energy will fund two pilot farms by 2028.\n"));
        assertEquals(List.of("USDA → U.S. Department of Agriculture"),
                parties("-   **Rural Grid Power**:\u00a0USDA will lend $40 million to rural cooperatives.\n"));
        // the label's words again in prose do not name it
        assertEquals(List.of("Department of the Interior → U.S. Department of the Interior"),
                parties("-   **Pueblo Led Clean Energy:** The Department of the Interior will support Pueblo led clean energy projects.\n"));
        // a firm that heads its own item names itself in it
        assertEquals(List.of("Harlan Energy → Harlan Energy", "Harlan → Harlan Energy"),
                parties("-   **Harlan Energy:** Harlan will build a lithium refinery in Nevada.\n"));
    }

    @Test
    void aListOfCountiesNamesPlacesNotFirms() {
        assertEquals(List.of(), parties("Assistance is available to affected individuals in the counties of Arden, Ford,"
                + " Halvorsen and Marlow, and in Brook, Carver, and Denton Counties."));
        // a firm outside such a list, and a slip for "countries" after a group's name, are read as before
        assertEquals(List.of("Ford → Ford", "State Department → U.S. Department of State",
                "ASEAN → Association of Southeast Asian Nations"), parties("Ford will build a battery plant in Kentucky, and"
                + " the State Department will help ASEAN counties fight illegal fishing."));
    }

    @Test
    void aNomineesNameInAListOfNomineesIsAPerson() {
        assertEquals(List.of("United States → US"), parties("President Biden named judicial nominees.\n\n"
                + "1.  **Maren Holt Devlin: Nominee for the United States District Court for the District of Oregon**\n\n"
                + "Maren Holt Devlin has served as a judge on the Oregon Court of Appeals since 2019. Judge Devlin received"
                + " her J.D. from Yale Law School.\n"));
    }

    @Test
    void aFirmsNameAfterAnOpeningPrepositionStartsAfterIt() {
        assertEquals(List.of("Norvale Metals → Norvale Metals"),
                parties("Before Norvale Metals, Dana Whitlock served as a partner at a law firm."));
    }

    @Test
    void aTradeNameBeforeASitesWordNamesTheSiteNotAFirm() {
        assertEquals(List.of("Tarrow Resources → Tarrow Resources"),
                parties("Tarrow Resources said the Kestrel Lithium Refinery will be funded by a loan from the government."));
    }

    @Test
    void aBodysFieldInAMinistersTitleIsNoShortNameOfTheBody() {
        assertEquals(List.of("Natural Resources Canada → Natural Resources Canada"),
                parties("The Minister of Lands and Natural Resources said Natural Resources Canada will fund the survey."));
    }

    @Test
    void anExportBanksSubsidiaryIsItsOwnLender() {
        assertEquals(List.of("KfW IPEX-Bank → KfW IPEX-Bank"), parties("KfW IPEX-Bank will lend EUR 100 million to the project."));
    }

    @Test
    void anAdjectiveOpeningASentenceIsNoWordOfABodysName() {
        assertEquals(List.of("Federal Highway Administration → Federal Highway Administration"),
                parties("Recent Federal Highway Administration rules say which grants may pay for training."));
    }

    @Test
    void aSurnameABiographyWritesAfterTheFullNameIsAPerson() {
        assertEquals(List.of("Citi → Citi", "Citi → Citi"), parties("President Biden announced key appointments.\n\n"
                + "Dana R. Whitlock is the Chief Executive Officer of Citi. During her career at Citi, Whitlock has held"
                + " leadership roles across the bank.\n"));
    }

    @Test
    void anAbbreviatedWordInsideAFirmsNameEndsNoSentence() {
        assertEquals(List.of("Harlow Bros. Media Group → Harlow Bros. Media Group"),
                parties("Harlow Bros. Media Group will train its writers on food insecurity."));
    }

    @Test
    void aSourceOfEnergyBeforeATradeWordIsATopicNotAFirm() {
        assertEquals(List.of(), parties("-   **Solar Energy Creates Jobs**. Thousands of people work in the solar industry.\n"));
        assertEquals(List.of("Solar Energy Corp. → Solar Energy Corp."), parties("Solar Energy Corp. will build a plant in Nevada."));
    }

    @Test
    void aFirmsWordAloneAfterAnOwnerNamesNoFirm() {
        assertEquals(List.of("Department of Veterans Affairs → U.S. Department of Veterans Affairs"),
                parties("The bill requires the Department of Veterans Affairs to review the coverage under the"
                        + " Reservists’ Group Life Insurance program."));
    }

    /** A firm's name may open on the dotted "U.S." as on "US"; the state inside it is no mention of its own. */
    @Test
    void aFirmNameOpeningOnTheDottedUsShortFormIsOneName() {
        assertEquals(List.of("Chile → CL", "U.S. Harbor Metals → U.S. Harbor Metals"),
                parties("Chile sold its first bismuth cargo to U.S. Harbor Metals, the Ohio firm said."));
        assertEquals(List.of("U.S. → US"), parties("Output of U.S. Critical Minerals will grow as critical minerals demand rises."));
    }

    /**
     * A name the tagger reads in part as common nouns ("Elements") names the firm before its executive's title in lower
     * case and the executive's name, as prose writes it; the title alone in capitals may be a heading's.
     */
    @Test
    void aNameBeforeAnExecutivesLowerCaseTitleIsTheFirm() {
        assertEquals(List.of("Halden Elements → Halden Elements"),
                parties("\"We will open the plant next year,\" Halden Elements chief executive Ana Moreno said."));
    }

    /** A plural noun of acts that opens a sentence before "will" is no firm: "Efforts will be made by …". */
    @Test
    void aPluralNounOfActsOpeningASentenceIsNoFirm() {
        assertEquals(List.of(), parties("Efforts will be made to widen lithium exploration."));
        assertEquals(List.of(), parties("Consultations will be held every spring on cobalt refining."));
    }

    /** A one-word maker noun before an unknown short name makes it a firm, as "maker" does. */
    @Test
    void aOneWordMakerBeforeAShortNameMakesItAFirm() {
        assertEquals(List.of("Tovar → Tovar"), parties("Peruvian steelmaker Tovar will buy nickel from the new mine."));
        assertEquals(List.of("Kestra → Kestra"), parties("The automaker Kestra plans to source lithium locally."));
    }

    /** "State-run Halden Tin Ltd", "Chinese-owned Orvik Metals": who owns or runs a firm is no part of its name. */
    @Test
    void whoOwnsOrRunsAFirmIsNoPartOfItsName() {
        assertEquals(List.of("Halden Tin Ltd → Halden Tin Ltd"),
                parties("State-run Halden Tin Ltd will supply tin oxide to the new plants."));
        assertEquals(List.of("Orvik Metals → Orvik Metals"),
                parties("Foreign-owned Orvik Metals will build a smelter near the port."));
    }

    /** A defence maker named in full is one firm, not its family's short name ("Hanwha", "Hyundai"). */
    @Test
    void aDefenceMakerNamedInFullIsOneFirm() {
        assertEquals(List.of("Hyundai Rotem → Hyundai Rotem"), parties("Hyundai Rotem will build tanks for the army."));
        assertEquals(List.of("Hanwha Defense → Hanwha Defense"), parties("Hanwha Defense will deliver howitzers next year."));
    }

    /**
     * An apposition opened by "the" or a state's possessive and closed on a company noun names the firm before it; a
     * clause after a day ("On Monday, the company said") is none.
     */
    @Test
    void aDefiniteAppositionEndingInACompanyNounMakesAFirm() {
        assertEquals(List.of("Norvane → Norvane"),
                parties("Norvane, the Danish wind turbine maker, will build a blade plant in Gdansk."));
        assertEquals(List.of("Valtrix → Valtrix", "France → FR"),
                parties("Valtrix, France's state-owned utility, plans to buy uranium from the new mine."));
        assertEquals(List.of(), parties("On Monday, the company said it would expand."));
    }

    /** A power utility before an unknown short name makes it a firm, as "miner" does. */
    @Test
    void aUtilityBeforeAShortNameMakesItAFirm() {
        assertEquals(List.of("Orvane → Orvane"), parties("Slovak utility Orvane will sign a fuel contract."));
    }

    /** A merger's new name after "the combined company" is one firm, though it holds a merging firm's name. */
    @Test
    void aMergersNewNameHoldingAFirmsNameIsOneFirm() {
        assertEquals(List.of("Zeltra Mining → Zeltra Mining", "Glencore → Glencore", "Zeltra Glencore → Zeltra Glencore",
                "Zeltra Glencore → Zeltra Glencore"),
                parties("Zeltra Mining agreed to merge with Glencore. The combined company, Zeltra Glencore, will keep its base"
                        + " in Zug. Zeltra Glencore will sell copper."));
    }

    /** A firm's name and a unit's acronym in a described apposition are the unit's name, not the parent's. */
    @Test
    void aFirmsNameWithAUnitsAcronymInAnAppositionIsTheUnit() {
        assertEquals(List.of("Glencore KXR → Glencore KXR", "Glencore KXR → Glencore KXR"),
                parties("Glencore KXR, the Swiss battery recycler, will open a plant in Ohio. Glencore KXR will hire staff."));
    }

    /** A firm found once is found again before its executive's capitalized title: "Orvane Chief Executive Jane Roe". */
    @Test
    void aFirmFoundOnceIsFoundBeforeItsExecutivesTitle() {
        assertEquals(List.of("Orvane → Orvane", "Orvane → Orvane"),
                parties("Slovak utility Orvane will sign a fuel contract. \"We will pay on time,\" Orvane Chief Executive Jana Roe"
                        + " said."));
    }

    /** A utility's arm named by its trade word and "Generation" is one firm, not the trade word's name cut short. */
    @Test
    void aPowerGenerationArmIsOneFirm() {
        assertEquals(List.of("Baltic Power Generation → Baltic Power Generation"),
                parties("Baltic Power Generation will buy enriched fuel for its two reactors."));
    }

    /** Investors, a utility and a carmaker that recent energy and minerals deals name are known by name alone. */
    @Test
    void investorsAndMakersOfRecentDealsAreKnownByName() {
        assertEquals(List.of("La Caisse → La Caisse", "Amber Infrastructure → Amber Infrastructure", "CDPQ → La Caisse"),
                parties("La Caisse and Amber Infrastructure will buy the toll road; CDPQ confirmed the price."));
        assertEquals(List.of("Maruti Suzuki → Maruti Suzuki", "Vattenfall → Vattenfall"),
                parties("Maruti Suzuki will buy cells, and Vattenfall will sell it power."));
    }

    /** A Somali member state's government acts for itself; the place alone is no party. */
    @Test
    void aSomaliMemberStatesGovernmentIsAParty() {
        assertEquals(List.of("Puntland → Puntland"), parties("The Puntland government will lease the airport to a Gulf firm."));
        assertEquals(List.of(), parties("A gold mine in Puntland closed last year."));
    }
}
