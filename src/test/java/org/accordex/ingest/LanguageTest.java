package org.accordex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** English text is known as English without loading the language detector; other languages still go to it. */
class LanguageTest {
    private static final String ENGLISH = "The Participants intend to strengthen their cooperation on the exploration, "
            + "processing and recycling of critical minerals, and will establish a joint working group that shall meet "
            + "each year. Each Participant will designate a contact point for this purpose and will inform the other "
            + "of its designation within thirty days of the signature of this Memorandum.";
    private static final String FRENCH = "Les Participants entendent renforcer leur coopération dans l'exploration, "
            + "la transformation et le recyclage des minerais critiques, et établiront un groupe de travail conjoint qui "
            + "se réunira chaque année. Chaque Participant désignera un point de contact à cette fin et informera "
            + "l'autre de sa désignation dans un délai de trente jours suivant la signature du présent Mémorandum.";
    private static final String GERMAN = "Die Teilnehmer beabsichtigen, ihre Zusammenarbeit bei der Erkundung, "
            + "Verarbeitung und dem Recycling kritischer Mineralien zu stärken, und werden eine gemeinsame Arbeitsgruppe "
            + "einrichten, die jedes Jahr zusammentritt. Jeder Teilnehmer benennt zu diesem Zweck eine Kontaktstelle und "
            + "unterrichtet den anderen innerhalb von dreißig Tagen nach der Unterzeichnung dieser Absichtserklärung.";

    @Test
    void englishIsPlain() {
        assertTrue(Ingestor.plainlyEnglish(ENGLISH));
        assertFalse(Ingestor.plainlyEnglish(FRENCH));
        assertFalse(Ingestor.plainlyEnglish(GERMAN));
        assertFalse(Ingestor.plainlyEnglish("Japan will invest."), "too short to tell");
    }

    @Test
    void otherLanguagesAreDetected() {
        Ingestor ingestor = new Ingestor();
        assertEquals("en", ingestor.language(ENGLISH));
        assertEquals("fr", ingestor.language(FRENCH));
        assertEquals("de", ingestor.language(GERMAN));
    }
}
