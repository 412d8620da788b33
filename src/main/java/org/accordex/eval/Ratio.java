package org.accordex.eval;

/** A share: {@code hits} out of {@code total}; 1.0 when there is nothing to count. */
public record Ratio(int hits, int total) {
    public static final Ratio ZERO = new Ratio(0, 0);

    public Ratio plus(Ratio other) {
        return new Ratio(hits + other.hits, total + other.total);
    }

    public Ratio plus(boolean hit) {
        return new Ratio(hits + (hit ? 1 : 0), total + 1);
    }

    public double value() {
        return total == 0 ? 1 : (double) hits / total;
    }
}
