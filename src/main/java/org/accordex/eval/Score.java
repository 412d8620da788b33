package org.accordex.eval;

/** Matched, predicted and gold counts, and the precision, recall and F1 they give. */
public record Score(int matched, int predicted, int gold) {
    public static final Score ZERO = new Score(0, 0, 0);

    public Score plus(Score other) {
        return new Score(matched + other.matched, predicted + other.predicted, gold + other.gold);
    }

    public double precision() {
        return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) matched / predicted;
    }

    public double recall() {
        return gold == 0 ? (predicted == 0 ? 1 : 0) : (double) matched / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
