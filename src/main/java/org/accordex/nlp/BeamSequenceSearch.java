package org.accordex.nlp;

import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.Queue;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's {@link BeamSearch}, step for step: the same paths in the same priority queues, scored by the same sums of
 * logarithms, so ties fall the same way and the best sequence is the same. It differs only in what it costs: a path
 * is its last outcome and a link to the path it extends, not a copy of all its outcomes; the score an outcome must
 * reach to be kept (the beam's size-th best) is picked out rather than read from a sorted copy of all the scores;
 * and the model answers from the sums the last path's context left ({@link SharedPrefixes}).
 *
 * <p>Not thread-safe: one per thread.
 */
public final class BeamSequenceSearch {
    /** {@link BeamSearch}'s lowest score a path may have and stay in the beam. */
    private static final double MIN_SEQUENCE_SCORE = -100000;
    private static final Object[] NO_ADDITIONAL_CONTEXT = new Object[0];

    private final int size;
    private final MaxentModel model;
    private final String[] outcomes;
    private final double[] probabilities;

    /** The search with a beam of {@code size} paths over {@code model}'s outcomes. */
    public BeamSequenceSearch(int size, MaxentModel model) {
        this(size, model, SharedPrefixes.WordFeatures.NONE);
    }

    /** As above; the sums after the features {@code wordFeatures} counts are kept per word. */
    public BeamSequenceSearch(int size, MaxentModel model, SharedPrefixes.WordFeatures wordFeatures) {
        this.size = size;
        this.model = SharedPrefixes.of(model, wordFeatures);
        this.outcomes = new String[model.getNumOutcomes()];
        Arrays.setAll(outcomes, model::getOutcome);
        this.probabilities = new double[outcomes.length];
    }

    /** As {@link BeamSearch#bestSequence}: the best sequence of outcomes, or null when no path is left. */
    public <T> Sequence bestSequence(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> context,
            SequenceValidator<T> validator) {
        Object[] additional = additionalContext == null ? NO_ADDITIONAL_CONTEXT : additionalContext;
        Queue<Path> previous = new PriorityQueue<>(size);
        Queue<Path> next = new PriorityQueue<>(size);
        previous.add(Path.START);
        for (int i = 0; i < sequence.length; i++) {
            int paths = Math.min(size, previous.size());
            for (int p = 0; !previous.isEmpty() && p < paths; p++) {
                Path top = previous.remove();
                String[] taken = top.outcomes();
                double[] scores = model.eval(context.getContext(i, sequence, taken, additional), probabilities);
                double least = nthBest(scores, size);
                for (int o = 0; o < scores.length; o++) {
                    if (scores[o] >= least) {
                        extend(next, top, i, sequence, taken, validator, o, scores[o]);
                    }
                }
                if (next.isEmpty()) { // no outcome kept: every valid one is
                    for (int o = 0; o < scores.length; o++) {
                        extend(next, top, i, sequence, taken, validator, o, scores[o]);
                    }
                }
            }
            previous.clear();
            Queue<Path> emptied = previous;
            previous = next;
            next = emptied;
        }
        return previous.isEmpty() ? null : previous.remove().sequence();
    }

    private <T> void extend(Queue<Path> next, Path top, int i, T[] sequence, String[] taken,
            SequenceValidator<T> validator, int outcome, double probability) {
        if (validator.validSequence(i, sequence, taken, outcomes[outcome])) {
            Path path = new Path(top, outcomes[outcome], probability);
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
     * A path of the beam: its last outcome and the path it extends. The score is the sum of the logarithms of its
     * outcomes' probabilities, added up in the order {@link Sequence} adds them; paths order by descending score, as
     * sequences do.
     */
    private static final class Path implements Comparable<Path> {
        static final Path START = new Path();

        private final Path previous;
        private final String outcome;
        private final double probability;
        private final double score;
        private final int length;

        private Path() {
            this.previous = null;
            this.outcome = null;
            this.probability = 0;
            this.score = 0;
            this.length = 0;
        }

        Path(Path previous, String outcome, double probability) {
            this.previous = previous;
            this.outcome = outcome;
            this.probability = probability;
            this.score = previous.score + StrictMath.log(probability);
            this.length = previous.length + 1;
        }

        String[] outcomes() {
            String[] outcomes = new String[length];
            Path path = this;
            for (int i = length - 1; i >= 0; i--) {
                outcomes[i] = path.outcome;
                path = path.previous;
            }
            return outcomes;
        }

        Sequence sequence() {
            Path[] steps = new Path[length];
            Path path = this;
            for (int i = length - 1; i >= 0; i--) {
                steps[i] = path;
                path = path.previous;
            }
            Sequence sequence = new Sequence();
            for (Path step : steps) {
                sequence.add(step.outcome, step.probability);
            }
            return sequence;
        }

        @Override
        public int compareTo(Path other) {
            return Double.compare(other.score, score);
        }
    }
}
