package org.accordex.nlp;

import java.util.Arrays;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's part-of-speech tagging ({@link POSTaggerME#tag(String[])}: the same beam search, context generator and
 * validator, so the same tags) without asking the model the same question several times. The tagger's features are
 * cached per word position, so every path of the beam gets the same context at a position, and the beam search asks
 * the model for each path in turn: {@link RepeatedContexts} answers the repeats from the first answer.
 *
 * <p>For a model whose tags are the ones it returns (as the Universal Dependencies models are); not thread-safe, like
 * {@link POSTaggerME}: one per thread.
 */
public final class BeamTagger {
    private static final int DEFAULT_BEAM_SIZE = POSTaggerME.DEFAULT_BEAM_SIZE;

    private final BeamSearch search;
    private final POSContextGenerator context;
    private final SequenceValidator<String> validator;

    public BeamTagger(POSModel model) {
        POSTaggerFactory factory = model.getFactory();
        String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        int beamSize = beam == null ? DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
        this.search = new BeamSearch(beamSize, new RepeatedContexts(model.getArtifact("pos.model")));
        this.context = factory.getPOSContextGenerator(beamSize);
        this.validator = factory.getSequenceValidator();
    }

    /** The tags of the tokens of one sentence. */
    public String[] tag(String[] tokens) {
        return search.bestSequence(tokens, null, context, validator).getOutcomes().toArray(new String[0]);
    }

    /**
     * A model that keeps its answer to the last context it was asked about and gives it again when the next context
     * is the same. The model's answer depends on the context alone, so the answers are the model's own.
     */
    static final class RepeatedContexts implements MaxentModel {
        private final MaxentModel model;
        private String[] lastContext;
        private double[] lastAnswer;

        RepeatedContexts(MaxentModel model) {
            this.model = model;
        }

        @Override
        public double[] eval(String[] context, double[] probabilities) {
            if (!Arrays.equals(context, lastContext)) {
                lastAnswer = model.eval(context, probabilities).clone();
                lastContext = context;
            }
            System.arraycopy(lastAnswer, 0, probabilities, 0, lastAnswer.length);
            return probabilities;
        }

        @Override
        public double[] eval(String[] context) {
            return eval(context, new double[model.getNumOutcomes()]);
        }

        @Override
        public double[] eval(String[] context, float[] values) {
            return model.eval(context, values);
        }

        @Override
        public String getBestOutcome(double[] outcomes) {
            return model.getBestOutcome(outcomes);
        }

        @Override
        public String getAllOutcomes(double[] outcomes) {
            return model.getAllOutcomes(outcomes);
        }

        @Override
        public String getOutcome(int index) {
            return model.getOutcome(index);
        }

        @Override
        public int getIndex(String outcome) {
            return model.getIndex(outcome);
        }

        @Override
        public int getNumOutcomes() {
            return model.getNumOutcomes();
        }
    }
}
