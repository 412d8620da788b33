package org.accordex.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.accordex.model.MentionType;

/**
 * Resolves overlapping candidates into non-overlapping mentions.
 *
 * <ol>
 *   <li>Grammar, dictionary and rule candidates: the longest span wins ("US Department of Defense" over "US",
 *       "Lynas Rare Earths" over "Rare Earths"); on equal length grammar beats dictionary beats rule.
 *   <li>Model candidates fill the gaps: a name the trained model finds is kept where nothing else was found,
 *       and may swallow mineral or instrument words it contains ("Syrah Technologies"), but never overrides a
 *       known party or a deadline.
 * </ol>
 */
final class MentionMerger {
    private static final Comparator<Candidate> PRIORITY = Comparator.comparingInt(Candidate::length).reversed()
            .thenComparing(c -> c.source().ordinal())
            .thenComparingInt(Candidate::start);

    private MentionMerger() {
    }

    static List<Candidate> merge(List<Candidate> candidates) {
        List<Candidate> accepted = new ArrayList<>();
        candidates.stream()
                .filter(c -> c.source() != Candidate.Source.MODEL)
                .sorted(PRIORITY)
                .forEach(c -> {
                    if (accepted.stream().noneMatch(c::overlaps)) {
                        accepted.add(c);
                    }
                });
        candidates.stream()
                .filter(c -> c.source() == Candidate.Source.MODEL)
                .sorted(PRIORITY)
                .forEach(c -> {
                    List<Candidate> overlapped = accepted.stream().filter(c::overlaps).toList();
                    boolean swallows = overlapped.stream().allMatch(o -> c.contains(o) && c.length() > o.length()
                            && (o.type() == MentionType.MINERAL || o.type() == MentionType.INSTRUMENT));
                    if (swallows) {
                        accepted.removeAll(overlapped);
                        accepted.add(c);
                    }
                });
        accepted.sort(Comparator.comparingInt(Candidate::start));
        return accepted;
    }
}
