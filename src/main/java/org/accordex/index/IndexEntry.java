package org.accordex.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.accordex.corrections.Corrected;
import org.accordex.json.ModelJson;
import org.accordex.model.Annotation;
import org.accordex.model.Commitment;
import org.accordex.model.DocumentInfo;
import org.accordex.model.Mention;
import org.accordex.model.MentionType;

/**
 * One entry of the index, whichever backend holds it: field name ({@link Fields}) → values. What an entry holds is
 * decided here once; {@link LuceneStore} and the Solr store only encode it.
 */
public record IndexEntry(Map<String, List<Object>> fields) {
    public IndexEntry {
        fields = Map.copyOf(fields);
    }

    public List<Object> values(String field) {
        return fields.getOrDefault(field, List.of());
    }

    /** The entries of one annotated file: the document itself, then one per commitment. */
    public static List<IndexEntry> of(String text, Annotation annotation, String file, String annotatorVersion) {
        return of(text, Corrected.none(annotation), file, annotatorVersion);
    }

    /**
     * The entries of one annotated file with its corrections applied: every field holds the corrected values, the
     * JSON marks the corrected items, and the machine's own annotation is kept ({@link Fields#MACHINE}) so that a
     * later correction or undo can be applied to it without annotating the file again.
     */
    public static List<IndexEntry> of(String text, Corrected corrected, String file, String annotatorVersion) {
        Annotation annotation = corrected.annotation();
        DocumentInfo info = annotation.document();
        List<IndexEntry> entries = new ArrayList<>();
        Builder d = common(info, Fields.KIND_DOCUMENT, info.id());
        d.add(Fields.FILE, file).add(Fields.VERSION, annotatorVersion).add(Fields.TEXT, text);
        for (Mention m : annotation.mentions()) {
            d.add(field(m.type()), m.norm());
            if (m.due() != null) {
                d.add(Fields.DUE, m.due()).add(Fields.DUE_YEAR, m.due().substring(0, 4));
            }
        }
        annotation.commitments().forEach(c -> d.add(Fields.MODALITY, c.modality().label()));
        // The corrected items are marked, and document.corrections lists what was applied (readers ignore extras);
        // most documents have neither corrections nor pages, and are written straight out.
        d.add(Fields.JSON, !corrected.changed() && info.pages() == 0 ? ModelJson.line(annotation)
                : corrected.mark(withPageStarts(ModelJson.tree(annotation), info)).toString());
        if (corrected.changed()) {
            d.add(Fields.MACHINE, withPageStarts(ModelJson.tree(corrected.machine()), info).toString());
        }
        entries.add(d.build());
        for (Commitment c : annotation.commitments()) {
            Builder e = common(info, Fields.KIND_COMMITMENT, c.id());
            e.add(Fields.TEXT, c.text());
            c.parties().forEach(p -> e.add(Fields.PARTY, p));
            c.minerals().forEach(p -> e.add(Fields.MINERAL, p));
            c.instruments().forEach(p -> e.add(Fields.INSTRUMENT, p));
            e.add(Fields.MODALITY, c.modality().label());
            if (c.deadline() != null) {
                e.add(Fields.DEADLINE, c.deadline().norm());
                String due = c.deadline().due();
                if (due != null) {
                    e.add(Fields.DUE, due).add(Fields.DUE_SORT, due).add(Fields.DUE_YEAR, due.substring(0, 4));
                }
            }
            PledgeSignature signature = PledgeSignature.of(c.text());
            signature.bands().forEach(b -> e.add(Fields.PLEDGE, b));
            e.add(Fields.PLEDGE_SIGNATURE, signature.encode());
            e.add(Fields.PLEDGE_KEY, PledgeSignature.key(c.parties(), c.minerals()));
            e.add(Fields.START, c.start());
            if (c.page() != null) {
                e.add(Fields.PAGE, c.page());
            }
            e.add(Fields.JSON, ModelJson.write(c));
            entries.add(e.build());
        }
        return entries;
    }

    /** Where each page starts, so an annotation read back from the index places what a correction adds on its page. */
    private static ObjectNode withPageStarts(ObjectNode json, DocumentInfo info) {
        if (info.pages() > 0) {
            info.pageStarts().forEach(((ObjectNode) json.get("document")).withArray("pageStarts")::add);
        }
        return json;
    }

    private static String field(MentionType type) {
        return switch (type) {
            case PARTY -> Fields.PARTY;
            case MINERAL -> Fields.MINERAL;
            case INSTRUMENT -> Fields.INSTRUMENT;
            case DEADLINE -> Fields.DEADLINE;
        };
    }

    private static Builder common(DocumentInfo info, String kind, String id) {
        Builder b = new Builder().add(Fields.KIND, kind).add(Fields.ENTRY_ID, id).add(Fields.DOCUMENT_ID, info.id())
                .add(Fields.SOURCE, info.source()).add(Fields.TITLE, info.title());
        if (info.date() != null) {
            b.add(Fields.DATE, info.date()).add(Fields.YEAR, info.date().substring(0, 4));
        }
        return b;
    }

    /** Collects values in order; keyword values once each (a document names "US" fifty times: index it once). */
    private static final class Builder {
        private final Map<String, List<Object>> fields = new LinkedHashMap<>();
        private final Map<String, TreeSet<String>> seen = new LinkedHashMap<>();

        Builder add(String field, Object value) {
            if (value instanceof String s && Fields.KEYWORDS.contains(field)
                    && !seen.computeIfAbsent(field, k -> new TreeSet<>()).add(s)) {
                return this;
            }
            fields.computeIfAbsent(field, k -> new ArrayList<>()).add(value);
            return this;
        }

        IndexEntry build() {
            return new IndexEntry(fields);
        }
    }
}
