package org.accordex.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.Span;

/** The party name finder finds what OpenNLP's name finder finds, with the same probabilities, document after document. */
class PartyNameFinderTest {
    private static final AnnotatorModels MODELS = AnnotatorModels.bundled();

    /** Two documents; words recur so that each word's remembered outcome ("pd=") matters. */
    private static final List<List<String>> DOCUMENTS = List.of(
            List.of("Kestrel Graphite Holdings and Japan will invest in the Nuvola mine .",
                    "Kestrel Graphite Holdings shall report to the Ministry of Mines of Zambara .",
                    "Officials from Ostrava Lithium , Japan and the Republic of Zambara met in Lusaka on 3 May 2025 .",
                    "The Nuvola Copper Company , VALDRIS AG and 3M intend to cooperate ."),
            List.of("Nuvola will export 40,000 tonnes of cobalt to Kestrel by 2027 .",
                    "Zambara and Japan’s JOGMEC signed a memorandum ."));

    @Test
    void theBundledModelHasOpenNlpsDefaultFeatures() throws IOException {
        try (InputStream in = AnnotatorModels.class.getResourceAsStream("/models/" + AnnotatorModels.PARTY_MODEL)) {
            assertTrue(PartyNameFinder.hasDefaultFeatures(in.readAllBytes()));
        }
        // the features made are replaced by the model's own strings, which it finds its weights by
        var names = PartyNameFinder.featureNames(MODELS.partyModel());
        assertTrue(names.containsKey("def") && names.size() > 1000, "feature names: " + names.size());
    }

    @Test
    void findsTheSameNamesWithTheSameProbabilitiesAsOpenNlp() {
        NameFinderME openNlp = new NameFinderME(MODELS.partyModel());
        PartyNameFinder finder = MODELS.newPartyNameFinder();
        List<String> expected = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (List<String> document : DOCUMENTS) {
            for (String sentence : document) {
                String[] tokens = sentence.split(" ");
                Span[] names = openNlp.find(tokens.clone());
                double[] probabilities = openNlp.probs(names);
                for (int i = 0; i < names.length; i++) {
                    expected.add(names[i] + " " + probabilities[i]);
                }
                finder.find(tokens.clone()).forEach(n -> found.add(n.tokens() + " " + n.probability()));
            }
            openNlp.clearAdaptiveData();
            finder.clearAdaptiveData();
        }
        assertTrue(expected.size() > 3, "the fixture should hold names: " + expected);
        assertEquals(expected, found);
    }

    @Test
    void theFeaturesAreOpenNlpsInItsOrder() {
        String[] tokens = "Ostrava Lithium and Japan’s 3M will invest $1.5 billion .".split(" ");
        var openNlp = MODELS.partyModel().getFactory().createContextGenerator();
        var ours = new PartyNameFinder.DefaultFeatures(PartyNameFinder.featureNames(MODELS.partyModel()));
        String[] previous = new String[tokens.length];
        for (String[] outcomes : List.of(new String[0], tokens.clone())) {
            if (outcomes.length > 0) {
                java.util.Arrays.fill(outcomes, NameFinderME.OTHER);
                outcomes[0] = "party-start";
                openNlp.updateAdaptiveData(tokens, outcomes);
                ours.updateAdaptiveData(tokens, outcomes);
            }
            String[] sentence = tokens.clone(); // a new sentence: the word memory, not a cache, gives "pd="
            for (int i = 0; i < tokens.length; i++) {
                assertEquals(List.of(openNlp.getContext(i, sentence, previous, null)),
                        List.of(ours.getContext(i, sentence, previous, null)), "token " + i);
                previous[i] = i == 0 ? "party-start" : i == 1 ? "party-cont" : NameFinderME.OTHER;
            }
        }
    }
}
