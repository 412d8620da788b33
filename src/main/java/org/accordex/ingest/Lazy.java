package org.accordex.ingest;

import java.util.function.Supplier;

/**
 * A value made on first use, once, whichever thread asks first: what a file does not need is never loaded (a plain
 * text file needs neither Tika's parsers nor its language models, which take a second each to load).
 */
final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> maker;
    private volatile T value;

    Lazy(Supplier<T> maker) {
        this.maker = maker;
    }

    @Override
    public T get() {
        T known = value;
        if (known == null) {
            synchronized (this) {
                known = value;
                if (known == null) {
                    known = maker.get();
                    value = known;
                }
            }
        }
        return known;
    }
}
