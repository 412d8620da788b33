package org.accordex.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.commitments.DataLines;
import org.accordex.model.MentionType;

/**
 * A ministry named by its portfolio before the head, as news writes it: "the Trade Ministry", "Indonesia's Industry
 * Ministry", "the Energy and Mineral Resources Ministry". The mention is the portfolio and the head, the state's
 * name or demonym before it a word of its own; the norm is the ministry's name as the body names itself ("Ministry
 * of Trade"), as "Indonesia's Ministry of Trade" has it. Portfolios are in {@code ministry-portfolios.txt}.
 */
final class PortfolioMinistries {
    private PortfolioMinistries() {
    }

    /** The candidates' kind: their norm is made here, not read from the span. */
    static final String KIND = "portfolio-ministry";
    /** Portfolio as written → portfolio in the norm. */
    private static final Map<String, String> PORTFOLIOS = portfolios();
    private static final String PORTFOLIO = "(?:" + String.join("|", PORTFOLIOS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).map(p -> p.replace(" ", "\\s+")).toList()) + ")";
    /** "Industry and Trade Ministry", "Energy, Mines and Environment Ministry": the portfolios, then the head. */
    private static final Pattern MINISTRY = Pattern.compile("(?<![\\p{L}\\d-])(" + PORTFOLIO + "(?:(?:,\\s+(?:and\\s+)?|\\s+(?:and|&)\\s+)"
            + PORTFOLIO + "){0,3})\\s+Ministry(?![\\p{L}\\d-])");
    private static final Pattern JOINS = Pattern.compile(",\\s+(?:and\\s+)?|\\s+(?:and|&)\\s+");

    private static Map<String, String> portfolios() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : DataLines.of(PortfolioMinistries.class, "ministry-portfolios.txt")) {
            int eq = line.indexOf('=');
            out.put(eq < 0 ? line : line.substring(0, eq).strip(), eq < 0 ? line : line.substring(eq + 1).strip());
        }
        return out;
    }

    /**
     * The sentence's candidates with its portfolio ministries added. A ministry inside a name another finder knows
     * ("China's Commerce Ministry") is left to it; a body the rules read from the head on ("Ministry of Peru" in
     * "the Economy Ministry of Peru") gives way: its words after the head name the state, not the ministry.
     */
    static List<Candidate> add(String text, int sentenceStart, int sentenceEnd, List<Candidate> candidates) {
        if (ContextRules.indexOf(text, "Ministry", sentenceStart, sentenceEnd) < 0) {
            return candidates;
        }
        List<Candidate> out = null;
        Matcher m = MINISTRY.matcher(text).region(sentenceStart, sentenceEnd);
        while (m.find()) {
            Candidate ministry = new Candidate(MentionType.PARTY, m.start(), m.end(), norm(m.group(1)), KIND,
                    Candidate.Source.RULE);
            int head = m.end() - "Ministry".length();
            List<Candidate> list = out == null ? candidates : out;
            boolean known = list.stream().anyMatch(c -> c.type() == MentionType.PARTY && c.overlaps(ministry)
                    && !(c.source() == Candidate.Source.RULE && c.start() >= head));
            if (known) {
                continue;
            }
            out = new ArrayList<>(list);
            out.removeIf(c -> c.type() == MentionType.PARTY && c.source() == Candidate.Source.RULE && c.start() == head);
            out.add(ministry);
        }
        return out == null ? candidates : out;
    }

    private static String norm(String portfolios) {
        List<String> parts = new ArrayList<>();
        for (String p : JOINS.split(portfolios)) {
            String written = p.replaceAll("\\s+", " ");
            parts.add(PORTFOLIOS.getOrDefault(written, written));
        }
        String joined = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return "Ministry of " + joined;
    }
}
