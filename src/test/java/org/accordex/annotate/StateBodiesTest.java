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
    void aSelfGoverningTerritoryThatSignsInItsOwnNameIsAParty() {
        assertEquals(List.of("European Union → EU", "Greenland → GL"), mentions("The European Union and the Government of"
                + " Greenland will draw up a roadmap on graphite.", MentionType.PARTY));
        assertEquals(List.of("Faroe Islands → FO"), mentions("The Faroe Islands will open a fisheries office.", MentionType.PARTY));
    }
}
