package org.accordex.annotate;

import static org.accordex.annotate.NamesAndInstrumentsTest.mentions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.accordex.model.MentionType;
import org.junit.jupiter.api.Test;

/**
 * Bodies named in upper-case headings, and bodies the dictionary binds to a state the text never names; minerals and
 * instruments in the titles of numbered proclamations; capitals in lists of places. Texts written for these tests.
 */
class StateBodiesTest {
    @Test
    void aMinistryInAnUpperCaseHeadingIsOneNameWithItsState() {
        assertEquals(List.of("MINISTRY OF MINES AND ENERGY OF THE REPUBLIC OF GHANA → Ministry of Mines and Energy of the"
                        + " Republic of Ghana"),
                mentions("MEMORANDUM OF UNDERSTANDING WITH THE MINISTRY OF MINES AND ENERGY OF THE REPUBLIC OF GHANA\n",
                        MentionType.PARTY));
        assertEquals(List.of("MINISTRY OF COMMERCE & INDUSTRY → Ministry of Commerce and Industry", "INDIA → IN"),
                mentions("TREATY OF TRADE\nMINISTRY OF COMMERCE & INDUSTRY\nGOVERNMENT OF INDIA\n", MentionType.PARTY));
    }

    @Test
    void aBodyBoundToAStateTheTextNeverNamesKeepsItsOwnName() {
        assertEquals(List.of("Nepal → NP", "Ministry of Commerce → Ministry of Commerce"),
                mentions("Nepal and its Ministry of Commerce will review the tin quotas.", MentionType.PARTY));
        assertEquals(List.of("China → CN", "Ministry of Commerce → Ministry of Commerce of the People's Republic of China"),
                mentions("China said the Ministry of Commerce will review the gallium licences.", MentionType.PARTY));
    }

    @Test
    void aKnownUsBodyNamedWithItsStateKeepsItsNorm() {
        assertEquals(List.of("Department of the Interior of the United States of America → U.S. Department of the Interior",
                        "Ministry of Mines of Peru → Ministry of Mines of Peru"),
                mentions("The Department of the Interior of the United States of America and the Ministry of Mines of Peru"
                        + " will map tin deposits.", MentionType.PARTY));
        // a body the dictionary does not tie to the United States stays the name it is written as
        assertEquals(List.of("Geological Survey of Peru → Geological Survey of Peru"),
                mentions("The Geological Survey of Peru will map tin deposits.", MentionType.PARTY));
    }

    @Test
    void theTitleOfANumberedProclamationNamesADocument() {
        assertEquals(List.of("copper → copper"), mentions("Duties apply under Proclamation 9901 of March 1, 2026 (Adjusting"
                + " Imports of Copper Into Ruritania), and Ruritania will buy copper.", MentionType.MINERAL));
    }

    @Test
    void aCapitalInAListOfPlacesIsNoActor() {
        assertEquals(List.of("Hong Kong → HK"), mentions("The airline will fly to Hong Kong, Tokyo, Taipei and Manila.",
                MentionType.PARTY));
        assertEquals(List.of("Seoul → KR", "Washington → US"), mentions("Ottawa agreed that Seoul and Washington will"
                + " coordinate lithium export rules.", MentionType.PARTY).subList(1, 3));
    }

    @Test
    void aCapitalJoinedToAPlaceAfterAPlacePrepositionIsAPlace() {
        assertEquals(List.of(), mentions("Traders in Tokyo and Seoul expect lower cobalt prices.", MentionType.PARTY));
        // a month before "and" opens no list of places: the capital after it acts
        assertEquals(List.of("Beijing → CN"), mentions("Talks stalled in May and Beijing has agreed to resume them.",
                MentionType.PARTY));
    }

    @Test
    void aProvinceOrStateOfArgentinaBrazilOrGermanyIsAPartyWhereNamedAsAGovernment() {
        assertEquals(List.of("Salta → Salta", "Catamarca → Catamarca", "Salta → Salta"),
                mentions("The Government of Salta will host the brine laboratory. Catamarca and Salta will share water data.",
                        MentionType.PARTY));
        assertEquals(List.of("Minas Gerais → Minas Gerais", "Bavaria → Bavaria"), mentions("The Minas Gerais state government"
                + " and the Free State of Bavaria will fund a lithium school.", MentionType.PARTY));
        // a place by its name alone is none, nor is its possessive beside a firm
        assertEquals(List.of("Halden Metals → Halden Metals"), mentions("Halden Metals and Jujuy's mining firm will drill"
                + " a lithium well in Salta.", MentionType.PARTY));
    }

    @Test
    void aStatesAdjectiveBeforeGovernmentNamesItsGovernment() {
        assertEquals(List.of("South Australian Government → South Australia", "Bavarian state government → Bavaria"),
                mentions("The South Australian Government and the Bavarian state government will fund a copper smelter.",
                        MentionType.PARTY));
        assertEquals(List.of(), mentions("A Victorian mill restored by a Bavarian firm will smelt copper.", MentionType.PARTY));
    }

    @Test
    void theStateGovernmentInLowerCaseIsTheOneStateNamedAsAGovernment() {
        assertEquals(List.of("Tasmania → Tasmania", "state government → Tasmania"), mentions("The Government of Tasmania"
                + " approved the mine. The state government will fund a tin refinery.", MentionType.PARTY));
    }

    @Test
    void theGovernmentsOfAListNameTheirStatesAndProvinces() {
        assertEquals(List.of("Australia → AU", "Tasmania → Tasmania"), mentions("The governments of Australia and Tasmania"
                + " will each lend $50 million.", MentionType.PARTY));
    }

    @Test
    void aSelfGoverningTerritoryThatSignsInItsOwnNameIsAParty() {
        assertEquals(List.of("European Union → EU", "Greenland → GL"), mentions("The European Union and the Government of"
                + " Greenland will draw up a roadmap on graphite.", MentionType.PARTY));
        assertEquals(List.of("Faroe Islands → FO"), mentions("The Faroe Islands will open a fisheries office.", MentionType.PARTY));
    }
}
