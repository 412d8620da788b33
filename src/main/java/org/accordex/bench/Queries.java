package org.accordex.bench;

import java.util.ArrayList;
import java.util.List;

/** A fixed, varied set of queries for latency measurements: terms, phrases, fielded, date ranges. */
final class Queries {
    private static final String[] TERMS = {"minerals", "lithium", "tariffs", "investment", "energy", "security",
            "supply", "cooperation", "infrastructure", "workforce", "climate", "manufacturing", "semiconductors",
            "agreement", "partnership", "Japan", "Korea", "Australia", "China", "India", "export", "loan", "grant",
            "research", "trade", "defense", "health", "veterans", "housing", "Ukraine"};
    private static final String[] PHRASES = {"\"critical minerals\"", "\"supply chains\"", "\"clean energy\"",
            "\"national security\"", "\"rare earth\"", "\"export controls\"", "\"joint statement\"", "\"fact sheet\""};
    private static final String[] FIELDED = {"party:US", "party:JP", "party:KR", "party:CN", "party:EU", "party:IN",
            "mineral:\"critical minerals\"", "mineral:lithium", "mineral:\"rare earth elements\"", "mineral:cobalt",
            "instrument:investment", "instrument:tariff", "instrument:loan", "instrument:research",
            "instrument:\"export-control\"", "modality:commitment", "modality:intent", "modality:obligation",
            "deadline:P6M", "deadline:2030"};
    private static final String[] RANGES = {"due:[2024-01-01 TO 2024-12-31]", "due:[2025-01-01 TO 2025-12-31]",
            "due:[2026-01-01 TO 2030-12-31]", "date:[2024-01-01 TO 2024-06-30]", "date:[2025-01-01 TO 2025-12-31]"};

    private Queries() {
    }

    /** At least 200 queries, the same on every run. */
    static List<String> fixedSet() {
        List<String> queries = new ArrayList<>();
        for (String t : TERMS) {
            queries.add(t);
        }
        queries.addAll(List.of(PHRASES));
        queries.addAll(List.of(FIELDED));
        queries.addAll(List.of(RANGES));
        for (int i = 0; i < TERMS.length; i++) {
            queries.add(TERMS[i] + " AND " + FIELDED[i % FIELDED.length]);
            queries.add(PHRASES[i % PHRASES.length] + " AND " + RANGES[i % RANGES.length]);
            queries.add(FIELDED[i % FIELDED.length] + " AND " + FIELDED[(i + 7) % FIELDED.length]);
            queries.add(TERMS[i] + " OR " + TERMS[(i + 11) % TERMS.length]);
            queries.add(FIELDED[(i + 3) % FIELDED.length] + " AND " + RANGES[(i + 2) % RANGES.length]);
            queries.add(TERMS[(i + 5) % TERMS.length] + " AND NOT " + TERMS[(i + 13) % TERMS.length]);
        }
        return queries;
    }
}
