package org.accordex.annotate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.accordex.nlp.BeamSequenceSearch;
import org.accordex.nlp.RecentMemory;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.StringUtil;

/**
 * The trained party name finder: finds names as OpenNLP's {@link NameFinderME} does (the model's own search, outcome
 * validation and decoding, and its memory of each word's last outcome in the document), with the same results.
 *
 * <p>A model trained with OpenNLP's default name features (as {@code accordex train} trains them) has its features
 * built by {@link DefaultFeatures}: the same features in the same order, but each word's lower case and word class
 * computed once per sentence, where OpenNLP's generators compute them again for every feature that reads them (a
 * word is read by five windows and three word pairs). A model with other features has OpenNLP's generator.
 *
 * <p>Not thread-safe: one per thread, like the annotator.
 */
final class PartyNameFinder {
    /** A name the model found: its tokens, and the mean probability of the outcomes that make it up. */
    record Name(Span tokens, double probability) {
    }

    /** The feature descriptor OpenNLP trains name finders with when it is given none. */
    private static final String DEFAULT_FEATURES = "/opennlp/tools/namefind/ner-default-features.xml";
    /** Where a model keeps its feature descriptor. */
    private static final String MODEL_FEATURES = "generator.featuregen";
    private static final String[][] NO_ADDITIONAL_CONTEXT = new String[0][0];
    /** The artifact of a name-finder model that holds its weights. */
    private static final String MAXENT_MODEL = "nameFinder.model";

    /** OpenNLP's beam search at less cost, when the model is one it reads; otherwise the model's own search. */
    private final BeamSequenceSearch search;
    private final SequenceClassificationModel model;
    private final SequenceCodec<String> codec;
    private final SequenceValidator<String> validator;
    private final NameContextGenerator context;

    /** The finder of {@code model}, whose file is {@code modelBytes}. */
    PartyNameFinder(TokenNameFinderModel model, byte[] modelBytes) {
        this.model = model.getNameFinderSequenceModel();
        // the search the model makes for a maximum-entropy artifact, with its beam size
        String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        this.search = model.getArtifact(MAXENT_MODEL) instanceof MaxentModel maxent
                ? new BeamSequenceSearch(beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam), maxent)
                : null;
        this.codec = model.getFactory().createSequenceCodec();
        this.validator = codec.createSequenceValidator();
        this.context = hasDefaultFeatures(modelBytes) ? new DefaultFeatures(featureNames(model))
                : model.getFactory().createContextGenerator();
    }

    /** The names in a sentence's tokens; the finder remembers each token's outcome for the rest of the document. */
    List<Name> find(String[] tokens) {
        Sequence best = search != null ? search.bestSequence(tokens, NO_ADDITIONAL_CONTEXT, context, validator)
                : model.bestSequence(tokens, NO_ADDITIONAL_CONTEXT, context, validator);
        List<String> outcomes = best.getOutcomes();
        context.updateAdaptiveData(tokens, outcomes.toArray(new String[0]));
        double[] probabilities = best.getProbs();
        List<Name> names = new ArrayList<>();
        for (Span span : codec.decode(outcomes)) {
            double sum = 0;
            for (int i = span.getStart(); i < span.getEnd(); i++) {
                sum += probabilities[i];
            }
            names.add(new Name(span, sum / span.length()));
        }
        return names;
    }

    /** Forgets the outcomes of the document's words, before the next document. */
    void clearAdaptiveData() {
        context.clearAdaptiveData();
    }

    /** The names of the features the model has weights for, each mapped to itself; none when it does not tell. */
    static Map<String, String> featureNames(TokenNameFinderModel model) {
        Map<String, String> names = new HashMap<>();
        if (model.getArtifact(MAXENT_MODEL) instanceof AbstractModel maxent
                && maxent.getDataStructures()[1] instanceof Map<?, ?> features) {
            features.keySet().forEach(name -> names.put((String) name, (String) name));
        }
        return names;
    }

    /** Whether the model file's feature descriptor is OpenNLP's default, byte for byte. */
    static boolean hasDefaultFeatures(byte[] modelBytes) {
        try (InputStream defaults = NameFinderME.class.getResourceAsStream(DEFAULT_FEATURES);
                ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(modelBytes))) {
            if (defaults == null) {
                return false;
            }
            byte[] expected = defaults.readAllBytes();
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(MODEL_FEATURES)) {
                    return Arrays.equals(expected, zip.readAllBytes());
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the party name-finder model", e);
        }
    }

    /**
     * OpenNLP's default name features, in its order: the word classes and lower-case words of a window of two words
     * either side, the document's last outcome for the word, the word pairs with the previous and the next word and
     * their classes, the sentence's start, and the previous two outcomes.
     *
     * <p>A word's own features (its class and lower case at each place of the window) depend on the word alone, so
     * they are made once per word and kept, as the model's own strings where the model knows them: the model then
     * finds each feature's weights without comparing its characters.
     */
    static final class DefaultFeatures implements NameContextGenerator {
        private static final int WINDOW = 2;
        private static final String OTHER = NameFinderME.OTHER;
        /** At most this many distinct words' features are kept, so they stay a few megabytes. */
        private static final int MAX_WORDS = 50_000;

        /** The model's feature names, each as itself: a feature made here is replaced by the model's equal string. */
        private final Map<String, String> modelFeatures;
        private final RecentMemory<String, Word> words = new RecentMemory<>(MAX_WORDS);
        /** The last outcome of each word in the document (OpenNLP's "previous map"). */
        private final Map<String, String> previousOutcomes = new HashMap<>();
        /** The sentence whose words are below: the search asks for each of its words in turn. */
        private String[] sentence;
        private Word[] sentenceWords;
        /** Each place's features but the outcomes', made at the place's first path; null where not yet asked. */
        private String[][] placeFeatures;

        DefaultFeatures(Map<String, String> modelFeatures) {
            this.modelFeatures = modelFeatures;
        }

        /**
         * A word's features at each place of the window, from two before ({@code [0]}) to two after ({@code [4]}):
         * its class ("wc="), lower case with class ("w&c=") and lower case ("w="); and its class alone.
         */
        private record Word(String wordClass, String[] classes, String[] classAndWord, String[] lowerCase) {
        }

        private Word word(String token) {
            return words.get(token, this::newWord);
        }

        private Word newWord(String token) {
            String lower = StringUtil.toLowerCase(token);
            String wordClass = FeatureGeneratorUtil.tokenFeature(token);
            String[] classes = new String[2 * WINDOW + 1];
            String[] classAndWord = new String[2 * WINDOW + 1];
            String[] lowerCase = new String[2 * WINDOW + 1];
            for (int k = -WINDOW; k <= WINDOW; k++) {
                String place = k < 0 ? "p" + -k : k > 0 ? "n" + k : "";
                classes[k + WINDOW] = model(place + "wc=" + wordClass);
                classAndWord[k + WINDOW] = model(place + "w&c=" + lower + "," + wordClass);
                lowerCase[k + WINDOW] = model(place + "w=" + lower);
            }
            return new Word(wordClass, classes, classAndWord, lowerCase);
        }

        private String model(String feature) {
            return modelFeatures.getOrDefault(feature, feature);
        }

        @Override
        public String[] getContext(int index, String[] tokens, String[] previous, Object[] additionalContext) {
            if (tokens != sentence) {
                sentence = tokens;
                sentenceWords = new Word[tokens.length];
                for (int i = 0; i < tokens.length; i++) {
                    sentenceWords[i] = word(tokens[i]);
                }
                placeFeatures = new String[tokens.length][];
            }
            // the search asks for each place once per path of its beam, and the paths differ in the outcomes alone
            String[] place = placeFeatures[index];
            if (place == null) {
                place = placeFeatures[index] = placeFeatures(index, tokens, sentenceWords);
            }
            if (previous == null) {
                return place.clone();
            }
            String po = index > 0 ? previous[index - 1] : OTHER;
            String ppo = index > 1 ? previous[index - 2] : OTHER;
            String[] features = Arrays.copyOf(place, place.length + 4);
            features[place.length] = "po=" + po;
            features[place.length + 1] = "pow=" + po + "," + tokens[index];
            features[place.length + 2] = "powf=" + po + "," + sentenceWords[index].wordClass();
            features[place.length + 3] = "ppo=" + ppo;
            return features;
        }

        /** The features of the word at {@code index} that the outcomes before it leave the same. */
        private String[] placeFeatures(int index, String[] tokens, Word[] w) {
            List<String> features = new ArrayList<>(32);
            features.add(w[index].classes()[WINDOW]);
            features.add(w[index].classAndWord()[WINDOW]);
            for (int k = 1; k <= WINDOW && index - k >= 0; k++) {
                features.add(w[index - k].classes()[WINDOW - k]);
                features.add(w[index - k].classAndWord()[WINDOW - k]);
            }
            for (int k = 1; k <= WINDOW && index + k < tokens.length; k++) {
                features.add(w[index + k].classes()[WINDOW + k]);
                features.add(w[index + k].classAndWord()[WINDOW + k]);
            }
            features.add(w[index].lowerCase()[WINDOW]);
            for (int k = 1; k <= WINDOW && index - k >= 0; k++) {
                features.add(w[index - k].lowerCase()[WINDOW - k]);
            }
            for (int k = 1; k <= WINDOW && index + k < tokens.length; k++) {
                features.add(w[index + k].lowerCase()[WINDOW + k]);
            }
            features.add("def");
            features.add("pd=" + previousOutcomes.get(tokens[index]));
            if (index > 0) {
                features.add("pw,w=" + tokens[index - 1] + "," + tokens[index]);
                features.add("pwc,wc=" + w[index - 1].wordClass() + "," + w[index].wordClass());
            }
            if (index + 1 < tokens.length) {
                features.add("w,nw=" + tokens[index] + "," + tokens[index + 1]);
                features.add("wc,nc=" + w[index].wordClass() + "," + w[index + 1].wordClass());
            }
            if (index == 0) {
                features.add("S=begin");
            }
            return features.toArray(new String[0]);
        }

        @Override
        public void updateAdaptiveData(String[] tokens, String[] outcomes) {
            for (int i = 0; i < tokens.length; i++) {
                previousOutcomes.put(tokens[i], outcomes[i]);
            }
            sentence = null; // "pd=" reads the outcomes just kept
        }

        @Override
        public void clearAdaptiveData() {
            previousOutcomes.clear();
            sentence = null;
        }

        /** The features are fixed: they are the ones the model was trained with. */
        @Override
        public void addFeatureGenerator(AdaptiveFeatureGenerator generator) {
            throw new UnsupportedOperationException("the default name features take no further generator");
        }
    }
}
