package org.accordex.corrections;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.accordex.annotate.DeadlineGrammar;
import org.accordex.model.Annotation;
import org.accordex.model.Commitment;
import org.accordex.model.Deadline;
import org.accordex.model.Mention;
import org.accordex.model.MentionType;

/**
 * The corrections in force, read from a log, and how they change an annotation.
 *
 * <p>A correction is in force unless an undo names it. It applies to its own document, and to a later version of the
 * same file (same source) when the text it was made on is still there: at the same offsets, or once elsewhere in
 * the new text (a paragraph added above it shifts it). Anything else is {@linkplain Corrected.Unplaced unplaced},
 * reported and never guessed at.
 *
 * <p>Mention corrections apply first, then commitment corrections, each in log order, so a later fix of the same
 * item wins. A commitment that holds a corrected mention takes its minerals, instruments and deadline from the
 * corrected mentions; then its own corrections decide.
 */
public final class Corrections {
    private final List<Correction> log;
    private final List<Correction> inForce;
    private final Set<String> undone = new HashSet<>();

    private Corrections(List<Correction> log) {
        this.log = List.copyOf(log);
        log.stream().filter(c -> c.kind() == Correction.Kind.UNDO).forEach(c -> undone.add(c.undoes()));
        this.inForce = log.stream().filter(c -> c.kind() != Correction.Kind.UNDO && !undone.contains(c.id())).toList();
    }

    public static Corrections of(List<Correction> log) {
        return new Corrections(log);
    }

    public static final Corrections NONE = new Corrections(List.of());

    /** Every entry, undos included, in log order. */
    public List<Correction> log() {
        return log;
    }

    /** The corrections that are not undone (undos themselves left out), in log order. */
    public List<Correction> inForce() {
        return inForce;
    }

    public boolean isEmpty() {
        return inForce.isEmpty();
    }

    public Optional<Correction> find(String id) {
        return log.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public boolean isUndone(String id) {
        return undone.contains(id);
    }

    /** The documents that corrections in force were made on. */
    public Set<String> documents() {
        Set<String> ids = new LinkedHashSet<>();
        inForce.forEach(c -> ids.add(c.document()));
        return ids;
    }

    /** Every document the log names, undone corrections included: those an undo may have to rewrite. */
    public Set<String> documentsNamed() {
        Set<String> ids = new LinkedHashSet<>();
        log.forEach(c -> ids.add(c.document()));
        return ids;
    }

    /** The sources (file names) of the documents that corrections in force were made on. */
    public Set<String> sources() {
        Set<String> sources = new LinkedHashSet<>();
        inForce.stream().map(Correction::source).filter(s -> !s.isEmpty()).forEach(sources::add);
        return sources;
    }

    /** The corrections in force for a document: its own, then those of an earlier version of the same source. */
    List<Correction> candidates(String documentId, String source) {
        return inForce.stream()
                .filter(c -> c.document().equals(documentId) || (!source.isEmpty() && c.source().equals(source)))
                .toList();
    }

    /** Applies the corrections of {@code machine}'s document; {@code text} is the text its offsets index. */
    public Corrected apply(Annotation machine, String text) {
        List<Correction> candidates = candidates(machine.document().id(), machine.document().source());
        if (candidates.isEmpty()) {
            return Corrected.none(machine);
        }
        return new Application(machine, text).run(candidates);
    }

    /** One document being corrected. */
    private static final class Application {
        private final Annotation machine;
        private final String text;
        private final LocalDate date;
        private final List<Mention> mentions;
        private final List<Commitment> commitments;
        private final Map<String, Corrected.Mark> marks = new LinkedHashMap<>();
        private final List<String> applied = new ArrayList<>();
        private final List<Corrected.Unplaced> unplaced = new ArrayList<>();

        Application(Annotation machine, String text) {
            this.machine = machine;
            this.text = text;
            this.date = parseDate(machine.document().date());
            this.mentions = new ArrayList<>(machine.mentions());
            this.commitments = new ArrayList<>(machine.commitments());
        }

        Corrected run(List<Correction> candidates) {
            Map<Correction, int[]> placed = new LinkedHashMap<>();
            for (Correction c : candidates) {
                int[] span = locate(c);
                if (span == null) {
                    unplaced.add(new Corrected.Unplaced(c, "the text at [" + c.start() + ", " + c.end() + ") is no longer \""
                            + abbreviate(c.text()) + "\""));
                } else {
                    placed.put(c, span);
                }
            }
            List<int[]> touchedMentions = new ArrayList<>();
            placed.forEach((c, span) -> {
                if (!c.onCommitment() && applyToMention(c, span[0], span[1])) {
                    touchedMentions.add(span);
                    done(c, false, span[0], span[1]);
                }
            });
            rederive(touchedMentions);
            placed.forEach((c, span) -> {
                if (c.onCommitment()) {
                    applyToCommitment(c, span[0], span[1]);
                }
            });
            // Log order, whatever order the two passes took.
            List<String> ordered = candidates.stream().map(Correction::id).filter(applied::contains).toList();
            return new Corrected(machine, new Annotation(machine.document(), mentions, commitments), ordered, marks,
                    unplaced);
        }

        /** Where the correction's text is now: its own span, else its one occurrence; null when it is gone. */
        private int[] locate(Correction c) {
            if (c.end() <= text.length() && (c.text().isEmpty() || text.substring(c.start(), c.end()).equals(c.text()))) {
                return new int[] {c.start(), c.end()};
            }
            if (c.text().isEmpty()) {
                return null;
            }
            int at = text.indexOf(c.text());
            if (at >= 0 && text.indexOf(c.text(), at + 1) < 0) {
                return new int[] {at, at + c.text().length()};
            }
            return null;
        }

        private boolean applyToMention(Correction c, int start, int end) {
            int found = indexOfMention(start, end);
            switch (c.kind()) {
                case MENTION -> {
                    if (found < 0) {
                        unplaced.add(new Corrected.Unplaced(c, "no mention at [" + start + ", " + end + ") any more"));
                        return false;
                    }
                    Mention m = mentions.get(found);
                    MentionType type = c.type() == null ? m.type() : c.type();
                    String norm = c.norm() == null || c.norm().isEmpty() ? m.norm() : c.norm();
                    mentions.set(found, new Mention(type, start, end, m.text(), norm, due(type, norm), m.page()));
                }
                case REMOVE_MENTION -> {
                    if (found >= 0) {
                        mentions.remove(found);
                    }
                }
                case ADD_MENTION -> {
                    mentions.removeIf(m -> m.start() < end && start < m.end()); // mentions never overlap
                    mentions.add(new Mention(c.type(), start, end, text.substring(start, end), c.norm(), due(c.type(), c.norm()), null));
                }
                default -> throw new IllegalStateException(c.kind().label());
            }
            return true;
        }

        /** Commitments holding a corrected mention take their minerals, instruments and deadline from the mentions. */
        private void rederive(List<int[]> spans) {
            for (int i = 0; i < commitments.size(); i++) {
                Commitment c = commitments.get(i);
                if (spans.stream().anyMatch(s -> s[0] < c.end() && c.start() < s[1])) {
                    commitments.set(i, new Commitment(c.id(), c.start(), c.end(), c.text(), c.parties(), c.modality(),
                            c.action(), norms(c.start(), c.end(), MentionType.MINERAL),
                            norms(c.start(), c.end(), MentionType.INSTRUMENT), deadlineWithin(c.start(), c.end()),
                            c.confidence(), c.page()));
                }
            }
        }

        private void applyToCommitment(Correction c, int start, int end) {
            int found = indexOfCommitment(start, end);
            switch (c.kind()) {
                case NOT_COMMITMENT -> {
                    if (found >= 0) {
                        commitments.remove(found);
                    }
                    applied.add(c.id());
                }
                case COMMITMENT, ADD_COMMITMENT -> {
                    Commitment base;
                    if (found >= 0) {
                        base = commitments.get(found);
                    } else if (c.kind() == Correction.Kind.ADD_COMMITMENT) {
                        base = new Commitment(commitmentId(machine.document().id(), start, end), start, end,
                                text.substring(start, end), List.of(), c.modality(), "",
                                norms(start, end, MentionType.MINERAL), norms(start, end, MentionType.INSTRUMENT),
                                deadlineWithin(start, end), 1.0);
                    } else {
                        unplaced.add(new Corrected.Unplaced(c, "no commitment at [" + start + ", " + end + ") any more"));
                        return;
                    }
                    Commitment fixed = new Commitment(base.id(), base.start(), base.end(), base.text(),
                            c.parties() == null ? base.parties() : c.parties(),
                            c.modality() == null ? base.modality() : c.modality(),
                            c.action() == null ? base.action() : c.action(), base.minerals(), base.instruments(),
                            c.deadline() == null ? base.deadline() : deadline(c.deadline(), base.start(), base.end()),
                            base.confidence(), base.page());
                    if (found >= 0) {
                        commitments.set(found, fixed);
                    } else {
                        commitments.add(fixed);
                    }
                    done(c, true, fixed.start(), fixed.end());
                }
                default -> throw new IllegalStateException(c.kind().label());
            }
        }

        private void done(Correction c, boolean commitment, int start, int end) {
            applied.add(c.id());
            String key = Corrected.key(commitment, start, end);
            List<String> ids = new ArrayList<>();
            Corrected.Mark before = marks.get(key);
            if (before != null) {
                ids.addAll(before.corrections());
            }
            ids.add(c.id());
            marks.put(key, new Corrected.Mark(c.author(), c.time(), ids));
        }

        private int indexOfMention(int start, int end) {
            for (int i = 0; i < mentions.size(); i++) {
                if (mentions.get(i).start() == start && mentions.get(i).end() == end) {
                    return i;
                }
            }
            return -1;
        }

        /** The commitment at this sentence: the same span, else one overlapping at least half of the shorter span. */
        private int indexOfCommitment(int start, int end) {
            int best = -1;
            int bestOverlap = 0;
            for (int i = 0; i < commitments.size(); i++) {
                Commitment c = commitments.get(i);
                if (c.start() == start && c.end() == end) {
                    return i;
                }
                int overlap = Math.min(end, c.end()) - Math.max(start, c.start());
                int shorter = Math.min(end - start, c.end() - c.start());
                if (overlap > bestOverlap && 2 * overlap >= shorter) {
                    best = i;
                    bestOverlap = overlap;
                }
            }
            return best;
        }

        private List<String> norms(int start, int end, MentionType type) {
            return mentions.stream().filter(m -> m.type() == type && m.within(start, end)).map(Mention::norm).toList();
        }

        private Deadline deadlineWithin(int start, int end) {
            return mentions.stream().filter(m -> m.type() == MentionType.DEADLINE && m.within(start, end))
                    .findFirst().map(Deadline::of).orElse(null);
        }

        /** The deadline an analyst gave: the sentence's deadline mention with that norm, else the norm itself. */
        private Deadline deadline(String norm, int start, int end) {
            if (norm.isEmpty()) {
                return null;
            }
            return mentions.stream()
                    .filter(m -> m.type() == MentionType.DEADLINE && m.within(start, end) && m.norm().equals(norm))
                    .findFirst().map(Deadline::of)
                    .orElseGet(() -> new Deadline(norm, norm, due(MentionType.DEADLINE, norm)));
        }

        private String due(MentionType type, String norm) {
            if (type != MentionType.DEADLINE) {
                return null;
            }
            try {
                return DeadlineGrammar.due(norm, date).map(LocalDate::toString).orElse(null);
            } catch (RuntimeException e) { // a norm the grammar does not write ("soon"): no due date
                return null;
            }
        }
    }

    private static LocalDate parseDate(String date) {
        try {
            return date == null ? null : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The id an added commitment gets: like the extractor's, a hash of the document id and the span. */
    static String commitmentId(String documentId, int start, int end) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (documentId + ":" + start + ":" + end).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 60 ? one : one.substring(0, 57) + "…";
    }

    /** Counts per document id of the corrections in force, for listings. */
    public Map<String, Integer> countsByDocument() {
        Map<String, Integer> counts = new HashMap<>();
        inForce.forEach(c -> counts.merge(c.document(), 1, Integer::sum));
        return counts;
    }
}
