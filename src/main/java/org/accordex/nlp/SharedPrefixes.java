package org.accordex.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;

/**
 * A model's answers, computed as OpenNLP's GIS and perceptron models compute them, but from where the last context
 * left off. Both sum, for each outcome, a starting value and the weights of the context's features in their order,
 * then turn the sums into probabilities. The sums after the first k features depend on those features alone, so a
 * context that opens with the last one's first k features (the paths of a beam search at a word share all but the
 * previous outcomes, which come last) starts from the sums kept for them: the same additions in the same order, so
 * the same answer to the last bit. The sums are kept where the last two contexts parted, where the next two likely
 * part too; a context the same as the last one gets the last answer. Where a context's first features tell of its word
 * alone ({@link WordFeatures}), the sums after them are also kept per word, as the same words come back.
 *
 * <p>Not thread-safe: one per search.
 */
public final class SharedPrefixes implements MaxentModel {
    /** How a model turns its sums into probabilities, in place. */
    private interface Normalization {
        void apply(double[] sums, int outcomes);
    }

    /**
     * How many first features of a context tell of its word alone, and so come back with the word; 0 for none. The
     * sums after them are kept under those features themselves, so a wrong count costs only memory, never an answer.
     */
    @FunctionalInterface
    public interface WordFeatures {
        WordFeatures NONE = context -> 0;

        int count(String[] context);
    }

    /** The sums after the word features of this many words are kept; a word's are a few hundred bytes. */
    private static final int MAX_WORDS = 10_000;

    private final MaxentModel model;
    private final Map<String, Context> weights;
    private WordFeatures wordFeatures = WordFeatures.NONE;
    private final RecentMemory<List<String>, double[]> sumsAfterWord = new RecentMemory<>(MAX_WORDS);
    private final int outcomes;
    private final Normalization normalization;
    /** Each outcome's starting value. */
    private final double[] start;
    private final double[] sums;
    /** Each outcome's sum after the first {@link #checkpointAt} features of the last context; none when 0. */
    private final double[] checkpoint;
    private int checkpointAt;
    /** How many first features the last context shared with the one before it, when it shared some but not all. */
    private int expectedShare;
    /** The last context, null before the first. */
    private String[] lastContext;
    private final double[] lastAnswer;

    private SharedPrefixes(AbstractModel model, double start, Normalization normalization) {
        this.model = model;
        @SuppressWarnings("unchecked")
        Map<String, Context> features = (Map<String, Context>) model.getDataStructures()[1];
        this.weights = features;
        this.outcomes = model.getNumOutcomes();
        this.normalization = normalization;
        this.start = new double[outcomes];
        Arrays.fill(this.start, start);
        this.sums = new double[outcomes];
        this.checkpoint = new double[outcomes];
        this.lastAnswer = new double[outcomes];
    }

    /**
     * {@code model}'s answers from shared prefixes when it is a GIS model with OpenNLP's uniform prior or a perceptron
     * model, checked on a few contexts (a prior of another kind fails them); otherwise the model itself.
     */
    public static MaxentModel of(MaxentModel model) {
        SharedPrefixes shared;
        if (model.getClass() == GISModel.class) {
            int n = model.getNumOutcomes();
            shared = new SharedPrefixes((AbstractModel) model, StrictMath.log(1.0 / n), SharedPrefixes::exponentials);
        } else if (model.getClass() == PerceptronModel.class) {
            shared = new SharedPrefixes((AbstractModel) model, 0, SharedPrefixes::scaledExponentials);
        } else {
            return model;
        }
        List<String> names = new ArrayList<>(shared.weights.keySet());
        String[][] samples = {{}, names.subList(0, Math.min(3, names.size())).toArray(new String[0]),
            {"no such feature"}};
        for (String[] sample : samples) {
            double[] expected = model.eval(sample, new double[shared.outcomes]);
            if (!Arrays.equals(expected, shared.eval(sample, new double[shared.outcomes]))) {
                return model;
            }
        }
        return shared;
    }

    /** As {@link #of(MaxentModel)}, keeping the sums after the features {@code wordFeatures} counts per word. */
    public static MaxentModel of(MaxentModel model, WordFeatures wordFeatures) {
        MaxentModel shared = of(model);
        if (shared instanceof SharedPrefixes prefixes) {
            prefixes.wordFeatures = wordFeatures;
        }
        return shared;
    }

    /** GIS: each sum's exponential, over their total. */
    private static void exponentials(double[] sums, int outcomes) {
        double normal = 0;
        for (int o = 0; o < outcomes; o++) {
            sums[o] = StrictMath.exp(sums[o]);
            normal += sums[o];
        }
        for (int o = 0; o < outcomes; o++) {
            sums[o] /= normal;
        }
    }

    /** Perceptron: the exponential of each sum over the largest magnitude (at least 1), over their total. */
    private static void scaledExponentials(double[] sums, int outcomes) {
        double largest = 1;
        for (int o = 0; o < outcomes; o++) {
            if (largest < StrictMath.abs(sums[o])) {
                largest = StrictMath.abs(sums[o]);
            }
        }
        double normal = 0;
        for (int o = 0; o < outcomes; o++) {
            sums[o] = StrictMath.exp(sums[o] / largest);
            normal += sums[o];
        }
        for (int o = 0; o < outcomes; o++) {
            sums[o] /= normal;
        }
    }

    @Override
    public double[] eval(String[] context, double[] probabilities) {
        int shared = 0;
        int common = lastContext == null ? 0 : Math.min(context.length, lastContext.length);
        while (shared < common && context[shared].equals(lastContext[shared])) {
            shared++;
        }
        if (lastContext != null && shared == context.length && shared == lastContext.length) {
            System.arraycopy(lastAnswer, 0, probabilities, 0, outcomes);
            return probabilities;
        }
        if (shared > 0 && shared < context.length) {
            expectedShare = shared; // the next context will likely share as many: keep the sums there
        }
        int from = 0;
        if (checkpointAt > 0 && shared >= checkpointAt) {
            System.arraycopy(checkpoint, 0, sums, 0, outcomes);
            from = checkpointAt; // the checkpoint's features are this context's too
        } else {
            System.arraycopy(start, 0, sums, 0, outcomes);
            checkpointAt = 0;
        }
        int wordEnd = wordFeatures.count(context);
        if (wordEnd > from) {
            int wordStart = from;
            double[] afterWord = sumsAfterWord.get(Arrays.asList(Arrays.copyOf(context, wordEnd)), word -> {
                double[] kept = sums.clone();
                add(context, wordStart, wordEnd, kept);
                return kept;
            });
            System.arraycopy(afterWord, 0, sums, 0, outcomes);
            from = wordEnd; // the same features in the same order after the same first ones: the same sums
        }
        int keepAt = expectedShare <= context.length ? expectedShare : 0;
        if (keepAt != checkpointAt && keepAt < from) {
            checkpointAt = 0; // passed already: no checkpoint for this context
        }
        for (int k = from; k < context.length; k++) {
            if (k == keepAt && k > 0 && k != checkpointAt) {
                System.arraycopy(sums, 0, checkpoint, 0, outcomes);
                checkpointAt = k;
            }
            add(context, k, k + 1, sums);
        }
        if (keepAt == context.length && keepAt > 0 && keepAt != checkpointAt) {
            System.arraycopy(sums, 0, checkpoint, 0, outcomes);
            checkpointAt = keepAt;
        }
        lastContext = context;
        System.arraycopy(sums, 0, probabilities, 0, outcomes);
        normalization.apply(probabilities, outcomes);
        System.arraycopy(probabilities, 0, lastAnswer, 0, outcomes);
        return probabilities;
    }

    /** Adds the weights of features {@code [from, to)} of {@code context} to {@code sums}, in their order. */
    private void add(String[] context, int from, int to, double[] sums) {
        for (int k = from; k < to; k++) {
            Context feature = weights.get(context[k]);
            if (feature != null) {
                int[] featureOutcomes = feature.getOutcomes();
                double[] parameters = feature.getParameters();
                for (int a = 0; a < featureOutcomes.length; a++) {
                    sums[featureOutcomes[a]] += parameters[a] * 1.0; // a feature's value is 1
                }
            }
        }
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
