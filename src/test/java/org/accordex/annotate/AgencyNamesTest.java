package org.accordex.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

/** Body names searched only where one can start are the names a search at every character finds. */
class AgencyNamesTest {
    private static List<String> everyCharacter(String sentence) {
        List<String> found = new ArrayList<>();
        Matcher m = ContextRules.AGENCY_NAME.matcher(sentence);
        while (m.find()) {
            found.add(m.start() + " " + m.group());
        }
        return found;
    }

    private static List<String> whereANameCanStart(String sentence) {
        return ContextRules.agencyNames(sentence).stream()
                .map(span -> span[0] + " " + sentence.substring(span[0], span[1])).toList();
    }

    @Test
    void findsTheSameNames() {
        String[] sentences = {
            "The Rural Water Administration and the Ministry of Coastal Works will fund the Harbour Survey.",
            "Lakeland's Agence française de développement and the Banco Nacional de Fomento signed.",
            "the agence française, l'Office national des forêts and Société Minière du Nord S.A. will act",
            "Ministry of Ports, Fisheries and Tides; the Ports Authority; xAgency; _Bureau of Maps",
            "Empresa Minera del Sur Sociedad del Estado and the Geological, Mining and Metallurgical Institute",
            "no names here at all, only lower case words and 2030",
            "",
        };
        for (String sentence : sentences) {
            assertEquals(everyCharacter(sentence), whereANameCanStart(sentence), sentence);
        }
    }
}
