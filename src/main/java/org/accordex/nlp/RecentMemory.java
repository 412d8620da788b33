package org.accordex.nlp;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A bounded memory of computed values, kept in two generations: when the newer holds half the bound, it becomes the
 * older and the oldest is dropped. A key asked for again moves into the newer, so the words every document uses
 * stay, and filling up costs only the rare words of the oldest generation rather than all words at once.
 *
 * <p>Not thread-safe.
 */
public final class RecentMemory<K, V> {
    private final int generationSize;
    private Map<K, V> newer = new HashMap<>();
    private Map<K, V> older = Map.of();

    /** A memory of at most {@code size} keys. */
    public RecentMemory(int size) {
        this.generationSize = Math.max(1, size / 2);
    }

    /** The value of {@code key}: remembered, or computed with {@code compute} and remembered. */
    public V get(K key, Function<K, V> compute) {
        V value = newer.get(key);
        if (value != null) {
            return value;
        }
        value = older.get(key);
        if (value == null) {
            value = compute.apply(key);
        }
        if (newer.size() >= generationSize) {
            older = newer;
            newer = new HashMap<>();
        }
        newer.put(key, value);
        return value;
    }

    /** How many keys are remembered, the two generations together (a key in both counts twice). */
    int size() {
        return newer.size() + older.size();
    }
}
