package org.accordex.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
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
 * the model for each path in turn: {@link SharedPrefixes} answers each from the sums the path before it left, all
 * but the features of the previous tags.
 *
 * <p>The search is {@link BeamSearch}'s, step for step: the same paths in the same priority queues, scored by the
 * same sums of logarithms, so ties fall the same way. It differs only in what it costs: a path is its last tag and a
 * link to the path it extends, not a copy of all its tags, and the score a tag must reach to be kept (the beam's
 * size-th best) is picked out rather than read from a sorted copy of all the scores.
 *
 * <p>For a model whose tags are the ones it returns (as the Universal Dependencies models are); not thread-safe, like
 * {@link POSTaggerME}: one per thread.
 */
public final class BeamTagger {
    private static final int DEFAULT_BEAM_SIZE = POSTaggerME.DEFAULT_BEAM_SIZE;
    /** {@link BeamSearch}'s lowest score a path may have and stay in the beam. */
    private static final double MIN_SEQUENCE_SCORE = -100000;
    private static final Object[] NO_ADDITIONAL_CONTEXT = new Object[0];

    private final int beamSize;
    private final MaxentModel model;
    private final String[] outcomes;
    private final double[] probabilities;
    private final POSContextGenerator context;
    private final SequenceValidator<String> validator;

    public BeamTagger(POSModel model) {
        POSTaggerFactory factory = model.getFactory();
        String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        this.beamSize = beam == null ? DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
        this.model = SharedPrefixes.of(model.getArtifact("pos.model"));
        this.outcomes = new String[this.model.getNumOutcomes()];
        Arrays.setAll(outcomes, this.model::getOutcome);
        this.probabilities = new double[outcomes.length];
        this.context = factory.getPOSContextGenerator(beamSize);
        this.validator = factory.getSequenceValidator();
    }

    /** The tags of the tokens of one sentence. */
    public String[] tag(String[] tokens) {
        Queue<Path> previous = new PriorityQueue<>(beamSize);
        Queue<Path> next = new PriorityQueue<>(beamSize);
        previous.add(Path.START);
        for (int i = 0; i < tokens.length; i++) {
            int paths = Math.min(beamSize, previous.size());
            for (int p = 0; !previous.isEmpty() && p < paths; p++) {
                Path top = previous.remove();
                String[] tags = top.tags();
                double[] scores = model.eval(context.getContext(i, tokens, tags, NO_ADDITIONAL_CONTEXT), probabilities);
                double least = nthBest(scores, beamSize);
                for (int o = 0; o < scores.length; o++) {
                    if (scores[o] >= least) {
                        extend(next, top, i, tokens, tags, o, scores[o]);
                    }
                }
                if (next.isEmpty()) { // no tag kept: every valid one is
                    for (int o = 0; o < scores.length; o++) {
                        extend(next, top, i, tokens, tags, o, scores[o]);
                    }
                }
            }
            previous.clear();
            Queue<Path> emptied = previous;
            previous = next;
            next = emptied;
        }
        return previous.remove().tags();
    }

    private void extend(Queue<Path> next, Path top, int i, String[] tokens, String[] tags, int outcome, double score) {
        if (validator.validSequence(i, tokens, tags, outcomes[outcome])) {
            Path path = new Path(top, outcomes[outcome], score);
            if (path.score > MIN_SEQUENCE_SCORE) {
                next.add(path);
            }
        }
    }

    /**
     * The {@code n}-th highest of {@code scores} (the lowest when there are fewer): the element at index
     * {@code length - n} of the scores sorted, as {@link Arrays#sort(double[])} orders them.
     */
    static double nthBest(double[] scores, int n) {
        double[] rest = scores.clone();
        int target = Math.max(0, rest.length - n);
        for (int end = rest.length - 1; end >= target; end--) {
            int highest = 0;
            for (int k = 1; k <= end; k++) {
                if (Double.compare(rest[k], rest[highest]) > 0) {
                    highest = k;
                }
            }
            double value = rest[highest];
            rest[highest] = rest[end];
            rest[end] = value;
        }
        return rest[target];
    }

    /**
     * A path of the beam: its last tag and the path it extends. The score is the sum of the logarithms of its tags'
     * probabilities, added up in the order {@link opennlp.tools.util.Sequence} adds them; paths order by descending
     * score, as sequences do.
     */
    private static final class Path implements Comparable<Path> {
        static final Path START = new Path();

        private final Path previous;
        private final String tag;
        private final double score;
        private final int length;

        private Path() {
            this.previous = null;
            this.tag = null;
            this.score = 0;
            this.length = 0;
        }

        Path(Path previous, String tag, double probability) {
            this.previous = previous;
            this.tag = tag;
            this.score = previous.score + StrictMath.log(probability);
            this.length = previous.length + 1;
        }

        String[] tags() {
            String[] tags = new String[length];
            Path path = this;
            for (int i = length - 1; i >= 0; i--) {
                tags[i] = path.tag;
                path = path.previous;
            }
            return tags;
        }

        @Override
        public int compareTo(Path other) {
            return Double.compare(other.score, score);
        }
    }

    /**
     * A maximum-entropy (GIS) model's answers, computed as {@link GISModel#eval(String[], double[])} computes them, but
     * from where the last context left off: the model sums, for each outcome, the uniform prior and the weights of
     * the context's features in their order, then normalizes the exponentials. The sums after the first k features
     * depend on those features alone, so a context that opens with the last one's first k features (the beam's paths
     * at a word share all but the previous tags, which come last) starts from the sums kept for them: the same
     * additions in the same order, so the same answer to the last bit.
     */
    static final class SharedPrefixes implements MaxentModel {
        private final MaxentModel model;
        private final Map<String, Context> weights;
        private final int outcomes;
        /** {@code sums[k]}: each outcome's sum after the first k features of the last context. */
        private double[][] sums;
        private String[] lastContext = new String[0];

        private SharedPrefixes(GISModel model) {
            this.model = model;
            @SuppressWarnings("unchecked")
            Map<String, Context> features = (Map<String, Context>) model.getDataStructures()[1];
            this.weights = features;
            this.outcomes = model.getNumOutcomes();
            this.sums = new double[1][outcomes];
            // OpenNLP's uniform prior: each outcome starts from the logarithm of its share
            Arrays.fill(sums[0], StrictMath.log(1.0 / outcomes));
        }

        /**
         * The model that answers like {@code model} from shared prefixes, when it is a GIS model whose answers it
         * gives (checked on a few contexts, which a prior of another kind would fail); otherwise repeated contexts.
         */
        static MaxentModel of(MaxentModel model) {
            if (!(model instanceof GISModel gis)) {
                return new RepeatedContexts(model);
            }
            SharedPrefixes shared = new SharedPrefixes(gis);
            List<String> names = new ArrayList<>(shared.weights.keySet());
            String[][] samples = {{}, names.subList(0, Math.min(3, names.size())).toArray(new String[0]),
                {"unknown feature"}};
            for (String[] sample : samples) {
                double[] expected = model.eval(sample, new double[shared.outcomes]);
                double[] answer = shared.eval(sample, new double[shared.outcomes]);
                if (!Arrays.equals(expected, answer)) {
                    return new RepeatedContexts(model);
                }
            }
            return shared;
        }

        @Override
        public double[] eval(String[] context, double[] probabilities) {
            int shared = 0;
            int common = Math.min(context.length, lastContext.length);
            while (shared < common && context[shared].equals(lastContext[shared])) {
                shared++;
            }
            if (sums.length <= context.length) {
                double[][] longer = new double[context.length + 1][];
                System.arraycopy(sums, 0, longer, 0, sums.length);
                for (int k = sums.length; k < longer.length; k++) {
                    longer[k] = new double[outcomes];
                }
                sums = longer;
            }
            for (int k = shared; k < context.length; k++) {
                double[] before = sums[k];
                double[] after = sums[k + 1];
                System.arraycopy(before, 0, after, 0, outcomes);
                Context feature = weights.get(context[k]);
                if (feature != null) {
                    int[] featureOutcomes = feature.getOutcomes();
                    double[] parameters = feature.getParameters();
                    for (int a = 0; a < featureOutcomes.length; a++) {
                        after[featureOutcomes[a]] += parameters[a] * 1.0; // a feature's value is 1
                    }
                }
            }
            lastContext = context;
            double[] total = sums[context.length];
            double normal = 0;
            for (int o = 0; o < outcomes; o++) {
                probabilities[o] = StrictMath.exp(total[o]);
                normal += probabilities[o];
            }
            for (int o = 0; o < outcomes; o++) {
                probabilities[o] /= normal;
            }
            return probabilities;
        }

        @Override
        public double[] eval(String[] context) {
            return eval(context, new double[outcomes]);
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
            return outcomes;
        }
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
