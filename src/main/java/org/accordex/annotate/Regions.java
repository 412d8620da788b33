package org.accordex.annotate;

import java.util.Set;

import org.accordex.commitments.DataLines;

/** Continents and regions ({@code regions.txt}): places that are no party, whatever finder reads them as a name. */
final class Regions {
    private static final Set<String> NAMES = Set.copyOf(DataLines.of(Regions.class, "regions.txt"));

    private Regions() {
    }

    /** Whether {@code name}, as written, is a region's name. */
    static boolean is(String name) {
        return NAMES.contains(name);
    }
}
