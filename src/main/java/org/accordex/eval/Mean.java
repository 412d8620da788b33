package org.accordex.eval;

/** The mean of values in [0, 1] that add up across documents: their {@code sum} over their {@code count}. */
public record Mean(double sum, int count) {
    public static final Mean ZERO = new Mean(0, 0);

    public Mean plus(Mean other) {
        return new Mean(sum + other.sum, count + other.count);
    }

    public Mean plus(double value) {
        return new Mean(sum + value, count + 1);
    }

    /** 1.0 when there is nothing to average, like {@link Ratio#value()}. */
    public double value() {
        return count == 0 ? 1 : sum / count;
    }
}
