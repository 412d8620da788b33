package org.accordex.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.accordex.model.Annotation;
import org.accordex.model.Commitment;
import org.accordex.model.Mention;
import org.accordex.model.MentionType;

/**
 * The score of ANNOTATION.md §5 for one document or, by {@link #plus}, for many (micro-averaged).
 *
 * <p>Mentions: strict match on type, start and end; lenient on type and overlap; norm accuracy over strict matches.
 * Commitments: matched when their spans overlap by at least half of the shorter one, each used once; then set F1 of
 * parties, minerals and instruments, accuracy of modality and deadline norm, and the mean {@link TokenF1} of the
 * action over the matched pairs.
 */
public record Evaluation(
        String name,
        Map<MentionType, Score> strict,
        Map<MentionType, Score> lenient,
        Map<MentionType, Ratio> norms,
        Score commitments,
        Score parties,
        Score minerals,
        Score instruments,
        Ratio modality,
        Ratio deadline,
        Mean action,
        List<String> errors) {

    public Evaluation {
        strict = Map.copyOf(strict);
        lenient = Map.copyOf(lenient);
        norms = Map.copyOf(norms);
        errors = List.copyOf(errors);
    }

    public static Evaluation empty(String name) {
        Map<MentionType, Score> zero = new EnumMap<>(MentionType.class);
        Map<MentionType, Ratio> zeroRatio = new EnumMap<>(MentionType.class);
        for (MentionType t : MentionType.values()) {
            zero.put(t, Score.ZERO);
            zeroRatio.put(t, Ratio.ZERO);
        }
        return new Evaluation(name, zero, zero, zeroRatio, Score.ZERO, Score.ZERO, Score.ZERO, Score.ZERO,
                Ratio.ZERO, Ratio.ZERO, Mean.ZERO, List.of());
    }

    public static Evaluation of(String name, Annotation gold, Annotation predicted) {
        Map<MentionType, Score> strict = new EnumMap<>(MentionType.class);
        Map<MentionType, Score> lenient = new EnumMap<>(MentionType.class);
        Map<MentionType, Ratio> norms = new EnumMap<>(MentionType.class);
        List<String> errors = new ArrayList<>();
        for (MentionType type : MentionType.values()) {
            List<Mention> g = gold.mentions().stream().filter(m -> m.type() == type).toList();
            List<Mention> p = predicted.mentions().stream().filter(m -> m.type() == type).toList();
            Set<Mention> strictGold = new HashSet<>();
            Ratio normRatio = Ratio.ZERO;
            int strictMatches = 0;
            for (Mention pm : p) {
                Mention match = g.stream().filter(gm -> gm.start() == pm.start() && gm.end() == pm.end()
                        && !strictGold.contains(gm)).findFirst().orElse(null);
                if (match != null) {
                    strictGold.add(match);
                    strictMatches++;
                    boolean sameNorm = match.norm().toLowerCase(Locale.ROOT).equals(pm.norm().toLowerCase(Locale.ROOT));
                    normRatio = normRatio.plus(sameNorm);
                    if (!sameNorm) {
                        errors.add(String.format("norm    %s %d-%d \"%s\": %s, gold %s", type, pm.start(), pm.end(),
                                flat(pm.text()), pm.norm(), match.norm()));
                    }
                } else {
                    errors.add(String.format("extra   %s %d-%d \"%s\" (%s)", type, pm.start(), pm.end(), flat(pm.text()), pm.norm()));
                }
            }
            for (Mention gm : g) {
                if (!strictGold.contains(gm)) {
                    errors.add(String.format("missed  %s %d-%d \"%s\" (%s)", type, gm.start(), gm.end(), flat(gm.text()), gm.norm()));
                }
            }
            strict.put(type, new Score(strictMatches, p.size(), g.size()));
            lenient.put(type, new Score(overlapMatches(g, p), p.size(), g.size()));
            norms.put(type, normRatio);
        }

        Score parties = Score.ZERO;
        Score minerals = Score.ZERO;
        Score instruments = Score.ZERO;
        Ratio modality = Ratio.ZERO;
        Ratio deadline = Ratio.ZERO;
        Mean action = Mean.ZERO;
        Set<Commitment> usedGold = new HashSet<>();
        int matched = 0;
        for (Commitment pc : predicted.commitments()) {
            Commitment gc = gold.commitments().stream()
                    .filter(c -> !usedGold.contains(c) && halfOverlap(c, pc)).findFirst().orElse(null);
            if (gc == null) {
                errors.add(String.format("extra   COMMITMENT %d-%d %s %s \"%s\"", pc.start(), pc.end(), pc.modality().label(),
                        pc.parties(), abbreviate(pc.text())));
                continue;
            }
            usedGold.add(gc);
            matched++;
            parties = parties.plus(setScore(pc.parties(), gc.parties()));
            minerals = minerals.plus(setScore(pc.minerals(), gc.minerals()));
            instruments = instruments.plus(setScore(pc.instruments(), gc.instruments()));
            modality = modality.plus(pc.modality() == gc.modality());
            String pd = pc.deadline() == null ? null : pc.deadline().norm();
            String gd = gc.deadline() == null ? null : gc.deadline().norm();
            deadline = deadline.plus(Objects.equals(pd, gd));
            double actionF1 = TokenF1.of(pc.action(), gc.action());
            action = action.plus(actionF1);
            if (actionF1 < 0.5) {
                errors.add(String.format(Locale.ROOT, "action  COMMITMENT %d-%d %.2f \"%s\", gold \"%s\"", pc.start(), pc.end(),
                        actionF1, flat(String.valueOf(pc.action())), flat(String.valueOf(gc.action()))));
            }
            if (pc.modality() != gc.modality() || !pc.parties().equals(gc.parties())) {
                errors.add(String.format("differs COMMITMENT %d-%d %s %s, gold %s %s \"%s\"", pc.start(), pc.end(),
                        pc.modality().label(), pc.parties(), gc.modality().label(), gc.parties(), abbreviate(pc.text())));
            }
        }
        for (Commitment gc : gold.commitments()) {
            if (!usedGold.contains(gc)) {
                errors.add(String.format("missed  COMMITMENT %d-%d %s %s \"%s\"", gc.start(), gc.end(), gc.modality().label(),
                        gc.parties(), abbreviate(gc.text())));
            }
        }
        Score commitments = new Score(matched, predicted.commitments().size(), gold.commitments().size());
        return new Evaluation(name, strict, lenient, norms, commitments, parties, minerals, instruments, modality,
                deadline, action, errors);
    }

    /** Micro-average: counts add up. */
    public Evaluation plus(Evaluation other) {
        Map<MentionType, Score> s = new EnumMap<>(MentionType.class);
        Map<MentionType, Score> l = new EnumMap<>(MentionType.class);
        Map<MentionType, Ratio> n = new EnumMap<>(MentionType.class);
        for (MentionType t : MentionType.values()) {
            s.put(t, strict.get(t).plus(other.strict.get(t)));
            l.put(t, lenient.get(t).plus(other.lenient.get(t)));
            n.put(t, norms.get(t).plus(other.norms.get(t)));
        }
        List<String> allErrors = new ArrayList<>(errors);
        allErrors.addAll(other.errors);
        return new Evaluation(name, s, l, n, commitments.plus(other.commitments), parties.plus(other.parties),
                minerals.plus(other.minerals), instruments.plus(other.instruments), modality.plus(other.modality),
                deadline.plus(other.deadline), action.plus(other.action), allErrors);
    }

    public Score strictOverall() {
        return strict.values().stream().reduce(Score.ZERO, Score::plus);
    }

    public Score lenientOverall() {
        return lenient.values().stream().reduce(Score.ZERO, Score::plus);
    }

    public Ratio normsOverall() {
        return norms.values().stream().reduce(Ratio.ZERO, Ratio::plus);
    }

    private static int overlapMatches(List<Mention> gold, List<Mention> predicted) {
        Set<Mention> used = new HashSet<>();
        int matches = 0;
        for (Mention p : predicted) {
            for (Mention g : gold) {
                if (!used.contains(g) && g.overlaps(p)) {
                    used.add(g);
                    matches++;
                    break;
                }
            }
        }
        return matches;
    }

    private static boolean halfOverlap(Commitment a, Commitment b) {
        int overlap = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
        int shorter = Math.min(a.end() - a.start(), b.end() - b.start());
        return overlap > 0 && overlap * 2 >= shorter;
    }

    private static Score setScore(List<String> predicted, List<String> gold) {
        Set<String> g = new HashSet<>();
        gold.forEach(v -> g.add(v.toLowerCase(Locale.ROOT)));
        Set<String> p = new HashSet<>();
        predicted.forEach(v -> p.add(v.toLowerCase(Locale.ROOT)));
        int tp = (int) p.stream().filter(g::contains).count();
        return new Score(tp, p.size(), g.size());
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }

    private static String abbreviate(String s) {
        String f = flat(s);
        return f.length() > 90 ? f.substring(0, 90) + "…" : f;
    }
}
