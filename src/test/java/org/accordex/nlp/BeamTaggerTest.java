package org.accordex.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/** The tagger gives OpenNLP's tags; the model's answers from shared prefixes are its own answers. */
class BeamTaggerTest {
    private static final POSModel MODEL = load();

    private static POSModel load() {
        try (InputStream in = BeamTaggerTest.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            return new POSModel(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void tagsAsOpenNlpDoes() {
        POSTaggerME openNlp = new POSTaggerME(MODEL);
        BeamTagger tagger = new BeamTagger(MODEL);
        String[] sentences = {
            "The Parties shall be prioritized and such projects shall be carried out within 90 days .",
            "Japan and the United States intend to take measures to provide at least USD 1 billion .",
            "Deepening ties , zinc and lead will be mined ; refining , however , will not .",
            "Lead the way",
            "",
        };
        for (int round = 0; round < 2; round++) {
            for (String sentence : sentences) {
                String[] tokens = sentence.isEmpty() ? new String[0] : sentence.split(" ");
                assertArrayEquals(openNlp.tag(tokens.clone()), tagger.tag(tokens.clone()), sentence);
            }
        }
    }

    @Test
    void aContextThatSharesTheLastOnesFirstFeaturesGetsTheModelsOwnAnswer() {
        MaxentModel model = MODEL.getArtifact("pos.model");
        MaxentModel shared = SharedPrefixes.of(model);
        assertTrue(shared instanceof SharedPrefixes, "the bundled model is a GIS model with a uniform prior");
        String[][] contexts = {
            {"def", "w=deepen", "t=AUX"}, {"def", "w=deepen", "t=NOUN"}, {"def", "w=deepen", "t=NOUN", "t2=AUX,NOUN"},
            {"def", "w=deepen"}, {"def", "w=lead", "t=DET"}, {}, {"no such feature", "w=lead"}, {"def", "w=lead", "t=DET"},
            {"def", "w=lead", "t=NOUN"}, {"def", "w=lead", "t=VERB"}, {"def", "w=lead", "t=VERB"}, {"def", "w=lead"},
            {"def", "w=mine", "t=DET"}, {"def", "w=mine", "t=ADJ"}, {"def"}, {"def", "w=mine", "t=ADJ"},
            {"def", "w=mine", "t=ADJ", "t2=DET,ADJ"}, {"def", "w=mine", "t=ADJ", "t2=NOUN,ADJ"}, {"w=mine"},
        };
        double[] out = new double[model.getNumOutcomes()];
        for (String[] context : contexts) {
            double[] expected = model.eval(context, new double[model.getNumOutcomes()]).clone();
            assertArrayEquals(expected, shared.eval(context, out).clone(), String.join(" ", context));
        }
    }

    @Test
    void theSumsKeptForAWordGiveTheModelsOwnAnswer() {
        MaxentModel model = MODEL.getArtifact("pos.model");
        MaxentModel shared = SharedPrefixes.of(model, BeamTagger::wordFeatures);
        String[][] contexts = {
            {"def", "suf=d", "pre=l", "w=lead", "p1w=will", "t=AUX"}, {"def", "suf=e", "pre=t", "w=the", "n1w=lead"},
            {"def", "suf=d", "pre=l", "w=lead", "n1w=the", "t=NOUN"}, {"def", "suf=d", "pre=l", "w=lead"},
            {"def", "suf=d", "pre=L", "w=lead", "t=DET"}, {"def", "suf=d", "pre=l", "w=lead", "p1w=will", "t=AUX"},
            {"def", "suf=d", "w=lead"}, {"def", "p1w=lead"}, {"def", "suf=d", "pre=l", "w=lead", "p1w=will", "t=AUX"},
        };
        double[] out = new double[model.getNumOutcomes()];
        for (String[] context : contexts) {
            double[] expected = model.eval(context, new double[model.getNumOutcomes()]).clone();
            assertArrayEquals(expected, shared.eval(context, out).clone(), String.join(" ", context));
        }
    }

    @Test
    void theModelsContextOpensWithTheFeaturesOfTheWordAlone() {
        String[] tokens = "The United States will provide $ 2 billion .".split(" ");
        String[] tags = {"DET", "PROPN", "PROPN", "AUX", "VERB", "SYM", "NUM", "NUM", "PUNCT"};
        String[] context = MODEL.getFactory().getPOSContextGenerator(3).getContext(4, tokens, tags, null);
        // "def", four suffixes, four prefixes and "w=provide"; then "p1w=will"
        assertEquals(10, BeamTagger.wordFeatures(context), String.join(" ", context));
        assertEquals(0, BeamTagger.wordFeatures(new String[] {"def", "p1w=will", "w=provide"}));
    }

    @Test
    void theScoreATagMustReachIsTheOneASortedCopyGives() {
        double[][] scores = {{0.5, 0.1, 0.3, 0.1}, {0.2, 0.2, 0.2, 0.2}, {0.7, 0.3}, {0.0, -0.0, 0.0}, {0.4}};
        for (double[] s : scores) {
            for (int n = 1; n <= 5; n++) {
                double[] sorted = s.clone();
                java.util.Arrays.sort(sorted);
                assertEquals(Double.doubleToRawLongBits(sorted[Math.max(0, s.length - n)]),
                        Double.doubleToRawLongBits(BeamSequenceSearch.nthBest(s, n)));
            }
        }
    }
}
