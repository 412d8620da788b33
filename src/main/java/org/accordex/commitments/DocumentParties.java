package org.accordex.commitments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.model.Mention;
import org.accordex.model.MentionType;

/**
 * The document's own parties, which "the Participants", "both countries" or "we" stand for.
 *
 * <p>Found in the opening of the document (its title and first lines): the longest run of coordinated party
 * names there ("between the Government of X and the Government of Y", "X–Y Framework", "X, Y and Z signed").
 * A document with no such run (a national fact sheet or order) belongs to the party it names most often.
 */
final class DocumentParties {
    /** How far into the text the opening reaches. */
    static final int OPENING_CHARS = 1500;
    /** What may stand between two coordinated names: "and", commas, dashes, "the Government of". */
    private static final Pattern COORDINATION = Pattern.compile(
            "(?i)^[\\s,]*(?:(?:,|and|&|/|–|—|-|with|between|the|government|of|\\(|\\)|\\s)+)?\\s*$");

    /** The speakers' self-description at the opening: "We, the Leaders of …", "We, the Ministers responsible for …". */
    private static final Pattern WE_THE = Pattern.compile("\\bWe,\\s+(?:the\\s+)?");
    private static final int APPOSITIVE_CHARS = 120;

    private DocumentParties() {
    }

    static List<String> find(String text, List<Mention> mentions) {
        int titleEnd = titleEnd(text);
        List<Mention> all = mentions.stream().filter(m -> m.type() == MentionType.PARTY).toList();
        // A party inside the name of a plan or dialogue ("the G20 Energy Transitions Roadmap") is not the document's,
        // unless the name is the document's own title.
        List<Mention> parties = all.stream().filter(m -> m.start() < titleEnd || !Clauses.isInName(text, m)).toList();
        List<String> speakers = speakers(text, parties);
        if (!speakers.isEmpty()) {
            return speakers;
        }
        Set<String> best = longestRun(text, parties);
        if (best.size() >= 2) {
            return List.copyOf(best);
        }
        // The only pair may be in a name ("the 70th anniversary of the U.S.-ROK Alliance"): better than one party.
        Set<String> inNames = longestRun(text, all);
        if (inNames.size() >= 2) {
            return List.copyOf(inNames);
        }
        return mostFrequent(parties);
    }

    private static Set<String> longestRun(String text, List<Mention> parties) {
        Set<String> best = new LinkedHashSet<>();
        List<Mention> run = new ArrayList<>();
        for (Mention m : parties) {
            if (m.start() >= OPENING_CHARS) {
                break;
            }
            if (!run.isEmpty() && !coordinated(text, run.get(run.size() - 1), m)) {
                best = larger(best, norms(run));
                run.clear();
            }
            run.add(m);
        }
        return larger(best, norms(run));
    }

    /** "We, the Leaders of Japan, the Republic of Korea, and the United States, …": the run of names after "We, the". */
    private static List<String> speakers(String text, List<Mention> parties) {
        Matcher we = WE_THE.matcher(text.substring(0, Math.min(text.length(), OPENING_CHARS)));
        if (!we.find()) {
            return List.of();
        }
        List<Mention> run = new ArrayList<>();
        for (Mention m : parties) {
            if (m.start() < we.end()) {
                continue;
            }
            if (run.isEmpty() ? m.start() - we.end() > APPOSITIVE_CHARS || text.substring(we.end(), m.start()).contains(",")
                    : !coordinated(text, run.get(run.size() - 1), m)) {
                break;
            }
            run.add(m);
        }
        return List.copyOf(norms(run));
    }

    /** Where the title ends: the end of the front matter ("---" … "---"), else of the first line with a letter. */
    private static int titleEnd(String text) {
        if (text.startsWith("---")) {
            int close = text.indexOf("\n---", 3);
            if (close > 0) {
                return close;
            }
        }
        int from = 0;
        while (from < text.length()) {
            int newline = text.indexOf('\n', from);
            int end = newline < 0 ? text.length() : newline;
            if (text.substring(from, end).chars().anyMatch(Character::isLetter)) {
                return end;
            }
            from = end + 1;
        }
        return text.length();
    }

    private static boolean coordinated(String text, Mention left, Mention right) {
        return right.start() - left.end() <= 40 && COORDINATION.matcher(text.substring(left.end(), right.start())).matches();
    }

    private static Set<String> norms(List<Mention> run) {
        Set<String> norms = new LinkedHashSet<>();
        run.forEach(m -> norms.add(m.norm()));
        return norms;
    }

    private static Set<String> larger(Set<String> a, Set<String> b) {
        return b.size() > a.size() ? b : a;
    }

    private static List<String> mostFrequent(List<Mention> parties) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mention m : parties) {
            counts.merge(m.norm(), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(e -> List.of(e.getKey()))
                .orElse(List.of());
    }
}
