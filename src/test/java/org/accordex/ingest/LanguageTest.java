package org.accordex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        assertTrue(Ingestor.plainlyEnglish("The Parties will cooperate on the supply of cobalt."));
        assertFalse(Ingestor.plainlyEnglish("Die Parteien werden bei der Versorgung mit Kobalt zusammenarbeiten."));
        assertFalse(Ingestor.plainlyEnglish("Les Parties coopéreront pour l'approvisionnement en cobalt."));
        assertFalse(Ingestor.plainlyEnglish("Er will die Versorgung mit Kobalt sichern."), "one common word");
    }

    @Test
    void otherLanguagesAreDetected() {
        Ingestor ingestor = new Ingestor();
        assertEquals("en", ingestor.language(ENGLISH));
        assertEquals("fr", ingestor.language(FRENCH));
        assertEquals("de", ingestor.language(GERMAN));
    }

    /** One in eight words decides: 40 words of which 5 common English ones are English, with 4 they are not. */
    @Test
    void oneInEightWordsIsTheThreshold() {
        String five = "the of and to will " + "Lorem ".repeat(35);
        String four = "the of and to " + "Lorem ".repeat(36);
        assertTrue(Ingestor.plainlyEnglish(five));
        assertFalse(Ingestor.plainlyEnglish(four));
    }

    /**
     * Words are runs of letters of any script, compared lower-cased: the same answers as the plain definition with a
     * regex, also where a letter outside ASCII lower-cases to an ASCII one (the Kelvin sign to "k") or to two chars.
     */
    @Test
    void sameAnswersAsThePlainDefinition() {
        for (String sample : new String[] {ENGLISH, FRENCH, GERMAN, "",
                "THE OF AND TO WILL SHALL " + "Kobalt ".repeat(34),
                "the1the of2of and_and to-to " + "x ".repeat(36),
                "İt İS ıt \u212Aey Thé thé Theirs their WHICH whiches " + "𝐀𝐁𝐂 ".repeat(35),
                "\uD835 the \uDC00 of ǅemal Ⅻ ٣ " + "Ångström and ".repeat(30)}) {
            assertEquals(plainDefinition(sample), Ingestor.plainlyEnglish(sample), sample);
        }
    }

    private static boolean plainDefinition(String sample) {
        Set<String> common = Set.of("the", "of", "and", "to", "will", "shall", "with", "for", "that", "which", "this",
                "their", "by", "be", "are", "is", "from", "has", "have", "its", "on", "it");
        int words = 0;
        int english = 0;
        Matcher m = Pattern.compile("\\p{L}+").matcher(sample);
        while (m.find()) {
            words++;
            if (common.contains(m.group().toLowerCase(Locale.ROOT))) {
                english++;
            }
        }
        if (words >= 40) {
            return english * 8 >= words;
        }
        return sample.codePoints().filter(Character::isLetter).allMatch(c -> c < 128) && english >= 2 && english * 4 >= words;
    }
}
