package org.accordex.annotate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.accordex.commitments.DataLines;
import org.accordex.model.Mention;
import org.accordex.model.MentionType;

/**
 * "The Federal Government" is the United States' in the dictionary; a text that names no other US party but names a
 * federation ({@code federations.txt}) means that federation's: an Australian report's "the Federal Government has
 * signed …" is Australia's. Where it names several, the one it names most, then first.
 */
final class FederalGovernments {
    private static final Set<String> FEDERATIONS = Set.copyOf(DataLines.of(FederalGovernments.class, "federations.txt"));
    private static final String US = "US";
    /** A state the government deals with, not its own: "has signed a memorandum with India's Ministry of Mines". */
    private static final Pattern PARTNER_BEFORE = Pattern.compile("\\bwith\\s+(?:the\\s+)?$");

    private FederalGovernments() {
    }

    static List<Mention> resolve(String text, List<Mention> mentions) {
        if (mentions.stream().noneMatch(FederalGovernments::isFederalGovernment)) {
            return mentions;
        }
        Map<Integer, String> named = new TreeMap<>(); // where the text names a federation, or a part of one
        for (Mention m : mentions) {
            if (m.type() != MentionType.PARTY || isFederalGovernment(m)) {
                continue;
            }
            if (m.norm().equals(US)) {
                return mentions; // the text names the United States: its federal government may be meant
            }
            if (FEDERATIONS.contains(m.norm()) && !PARTNER_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) {
                named.put(m.start(), m.norm());
            }
        }
        // its states, provinces and territories say which federation a text is about ("the Nolans project in the
        // Northern Territory"), more than a buyer abroad it names
        SubnationalGovernments.federationsNamed(text).forEach((at, state) -> {
            if (FEDERATIONS.contains(state)) {
                named.put(at, state);
            }
        });
        Map<String, Integer> federations = new LinkedHashMap<>(); // in the order the text first names them
        named.values().forEach(state -> federations.merge(state, 1, Integer::sum));
        String state = federations.entrySet().stream().reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                .map(Map.Entry::getKey).orElse(null);
        if (state == null) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            out.add(isFederalGovernment(m) ? m.withNorm(state) : m);
        }
        return out;
    }

    private static boolean isFederalGovernment(Mention m) {
        return m.type() == MentionType.PARTY && m.norm().equals(US)
                && m.text().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).equals("federal government");
    }
}
