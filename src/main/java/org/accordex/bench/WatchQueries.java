package org.accordex.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Watches an analyst might keep, for measuring what they cost {@code index}: a party's pledges on a mineral or by an
 * instrument, a mineral by an instrument, documents naming a mineral and a party with a topic word, and a few that
 * must be tried on every document (due-date ranges). The same list on every run.
 */
final class WatchQueries {
    private static final String[] PARTIES = {"US", "JP", "KR", "AU", "IN", "CN", "EU", "CA", "GB", "DE", "FR", "UA",
            "MX", "BR", "CL", "ID", "PH", "VN", "SA", "AE", "IL", "ZA", "TW", "SG", "NZ"};
    private static final String[] MINERALS = {"lithium", "cobalt", "nickel", "graphite", "gallium", "germanium",
            "\"rare earth elements\"", "copper", "uranium", "antimony", "tungsten", "manganese", "platinum",
            "palladium", "\"critical minerals\"", "aluminum", "zinc", "tin", "titanium", "magnesium", "iron", "gold",
            "silicon", "helium"};
    private static final String[] INSTRUMENTS = {"offtake", "financial-support", "tariff", "trade-measure",
            "tax-incentive", "export-control", "loan", "workforce", "stockpiling", "price-floor", "regulatory",
            "research", "investment", "equity", "technology-sharing", "insurance", "guarantee", "subsidy", "grant",
            "procurement"};
    private static final String[] TOPICS = {"supply", "refining", "processing", "mining", "batteries", "semiconductors",
            "magnets", "recycling", "exploration", "defense", "manufacturing", "infrastructure", "\"supply chains\"",
            "\"clean energy\"", "\"national security\""};

    /** A watch to add: its query and whether it matches commitments. */
    record Spec(String query, boolean commitments) {
    }

    private WatchQueries() {
    }

    static List<Spec> generate(int n) {
        Set<Spec> specs = new LinkedHashSet<>();
        for (int i = 0; specs.size() < n; i++) {
            String p = PARTIES[i % PARTIES.length];
            String m = MINERALS[(i / 3) % MINERALS.length];
            String in = INSTRUMENTS[(i / 7) % INSTRUMENTS.length];
            String t = TOPICS[(i / 11) % TOPICS.length];
            switch (i % 5) {
                case 0 -> specs.add(new Spec("party:" + p + " AND mineral:" + m, true));
                case 1 -> specs.add(new Spec("party:" + p + " AND instrument:" + in, true));
                case 2 -> specs.add(new Spec("mineral:" + m + " AND instrument:" + in, true));
                case 3 -> specs.add(new Spec("mineral:" + m + " AND party:" + p + " AND " + t, false));
                default -> specs.add(i % 50 == 4
                        ? new Spec("party:" + p + " AND due:[2026-01-01 TO 2026-12-31]", true)
                        : new Spec(t + " AND party:" + p + " AND instrument:" + in, true));
            }
        }
        return new ArrayList<>(specs);
    }
}
