package org.accordex.eval;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.accordex.export.AnnotationJson;
import org.accordex.model.MentionType;

/** Prints evaluations as a table or as JSON. */
public final class EvalReport {
    private EvalReport() {
    }

    public static String text(List<Evaluation> documents, boolean byDocument, boolean errors) {
        Evaluation total = total(documents);
        StringBuilder out = new StringBuilder();
        out.append(table(total));
        if (byDocument) {
            out.append("\nby document (strict mention F1, commitment F1, parties F1, modality accuracy, action F1)\n");
            for (Evaluation e : documents) {
                out.append(String.format(Locale.ROOT, "  %-48s %5.3f  %5.3f  %5.3f  %5.3f  %5.3f%n", e.name(),
                        e.strictOverall().f1(), e.commitments().f1(), e.parties().f1(), e.modality().value(),
                        e.action().value()));
            }
        }
        if (errors) {
            for (Evaluation e : documents) {
                if (!e.errors().isEmpty()) {
                    out.append("\n== ").append(e.name()).append('\n');
                    e.errors().forEach(line -> out.append("  ").append(line).append('\n'));
                }
            }
        }
        return out.toString();
    }

    static String table(Evaluation e) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-12s %6s %6s %6s   %6s %6s %6s   %6s  %5s %5s%n", "mentions", "P", "R",
                "F1", "lenP", "lenR", "lenF1", "norm", "gold", "pred"));
        for (MentionType t : MentionType.values()) {
            out.append(row(t.name(), e.strict().get(t), e.lenient().get(t), e.norms().get(t)));
        }
        out.append(row("ALL", e.strictOverall(), e.lenientOverall(), e.normsOverall()));
        Score c = e.commitments();
        out.append(String.format(Locale.ROOT, "%ncommitments  P %.3f  R %.3f  F1 %.3f  (gold %d, predicted %d, matched %d)%n",
                c.precision(), c.recall(), c.f1(), c.gold(), c.predicted(), c.matched()));
        out.append(String.format(Locale.ROOT,
                "  over matched: parties F1 %.3f  minerals F1 %.3f  instruments F1 %.3f  modality %.3f  deadline %.3f"
                        + "  action F1 %.3f%n",
                e.parties().f1(), e.minerals().f1(), e.instruments().f1(), e.modality().value(), e.deadline().value(),
                e.action().value()));
        return out.toString();
    }

    private static String row(String label, Score strict, Score lenient, Ratio norm) {
        return String.format(Locale.ROOT, "%-12s %6.3f %6.3f %6.3f   %6.3f %6.3f %6.3f   %6.3f  %5d %5d%n", label,
                strict.precision(), strict.recall(), strict.f1(), lenient.precision(), lenient.recall(), lenient.f1(),
                norm.value(), strict.gold(), strict.predicted());
    }

    public static String json(List<Evaluation> documents, boolean byDocument, boolean errors) {
        ObjectNode root = AnnotationJson.MAPPER.createObjectNode();
        root.set("total", node(total(documents), false));
        if (byDocument || errors) {
            var array = root.putArray("documents");
            documents.forEach(d -> array.add(node(d, errors)));
        }
        return root.toPrettyString();
    }

    private static ObjectNode node(Evaluation e, boolean errors) {
        ObjectNode n = AnnotationJson.MAPPER.createObjectNode();
        n.put("name", e.name());
        ObjectNode mentions = n.putObject("mentions");
        for (MentionType t : MentionType.values()) {
            mentions.set(t.name(), scores(e.strict().get(t), e.lenient().get(t), e.norms().get(t)));
        }
        mentions.set("ALL", scores(e.strictOverall(), e.lenientOverall(), e.normsOverall()));
        ObjectNode c = n.putObject("commitments");
        c.put("precision", e.commitments().precision());
        c.put("recall", e.commitments().recall());
        c.put("f1", e.commitments().f1());
        c.put("gold", e.commitments().gold());
        c.put("predicted", e.commitments().predicted());
        c.put("partiesF1", e.parties().f1());
        c.put("mineralsF1", e.minerals().f1());
        c.put("instrumentsF1", e.instruments().f1());
        c.put("modalityAccuracy", e.modality().value());
        c.put("deadlineAccuracy", e.deadline().value());
        c.put("actionF1", e.action().value());
        if (errors) {
            var list = n.putArray("errors");
            e.errors().forEach(list::add);
        }
        return n;
    }

    private static ObjectNode scores(Score strict, Score lenient, Ratio norm) {
        ObjectNode s = AnnotationJson.MAPPER.createObjectNode();
        s.put("precision", strict.precision());
        s.put("recall", strict.recall());
        s.put("f1", strict.f1());
        s.put("lenientPrecision", lenient.precision());
        s.put("lenientRecall", lenient.recall());
        s.put("lenientF1", lenient.f1());
        s.put("normAccuracy", norm.value());
        s.put("gold", strict.gold());
        s.put("predicted", strict.predicted());
        return s;
    }

    static Evaluation total(List<Evaluation> documents) {
        return documents.stream().reduce(Evaluation.empty("total"), Evaluation::plus);
    }
}
