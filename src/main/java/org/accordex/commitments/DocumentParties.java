package org.accordex.commitments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
            "(?i)^[\\s,]*(?:(?:,|and|&|/|–|—|-|with|between|the|government|of|\\(\\w+\\)|\\s)+)?\\s*$");

    private DocumentParties() {
    }

    static List<String> find(String text, List<Mention> mentions) {
        List<Mention> parties = mentions.stream().filter(m -> m.type() == MentionType.PARTY).toList();
        List<Mention> opening = parties.stream().filter(m -> m.start() < OPENING_CHARS).toList();
        Set<String> best = new LinkedHashSet<>();
        List<Mention> run = new ArrayList<>();
        for (Mention m : opening) {
            if (!run.isEmpty() && !coordinated(text, run.get(run.size() - 1), m)) {
                best = larger(best, norms(run));
                run.clear();
            }
            run.add(m);
        }
        best = larger(best, norms(run));
        if (best.size() >= 2) {
            return List.copyOf(best);
        }
        return mostFrequent(parties);
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
