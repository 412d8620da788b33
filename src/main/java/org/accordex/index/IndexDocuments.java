package org.accordex.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.TreeSet;
import java.util.List;
import java.util.Set;

import org.accordex.export.AnnotationJson;
import org.accordex.model.Annotation;
import org.accordex.model.Commitment;
import org.accordex.model.DocumentInfo;
import org.accordex.model.Mention;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

/** Builds the Lucene documents of one annotated file: the document itself, then one per commitment. */
final class IndexDocuments {
    private IndexDocuments() {
    }

    private static final FacetsConfig FACETS = Fields.facetsConfig();

    static List<Document> of(String text, Annotation annotation, String file, String version) throws java.io.IOException {
        DocumentInfo info = annotation.document();
        List<Document> docs = new ArrayList<>();
        Document d = new Document();
        common(d, info, Fields.DOCUMENT, info.id());
        d.add(new StringField(Fields.FILE, file, Field.Store.YES));
        d.add(new StringField(Fields.VERSION, version, Field.Store.YES));
        d.add(new TextField(Fields.TEXT, text, Field.Store.YES));
        Set<String> due = new LinkedHashSet<>();
        Set<String> fieldValues = new LinkedHashSet<>(); // a document names "US" fifty times; index it once
        for (Mention m : annotation.mentions()) {
            String field = switch (m.type()) {
                case PARTY -> Fields.PARTY;
                case MINERAL -> Fields.MINERAL;
                case INSTRUMENT -> Fields.INSTRUMENT;
                case DEADLINE -> Fields.DEADLINE;
            };
            if (fieldValues.add(field + '\u0000' + m.norm())) {
                d.add(new StringField(field, m.norm(), Field.Store.NO));
            }
            if (m.due() != null) {
                due.add(m.due());
            }
        }
        annotation.commitments().stream().map(c -> c.modality().label()).distinct()
                .forEach(m -> d.add(new StringField(Fields.MODALITY, m, Field.Store.NO)));
        due.forEach(v -> d.add(new StringField(Fields.DUE, v, Field.Store.NO)));
        d.add(new StoredField(Fields.JSON, AnnotationJson.toJson(annotation).toString()));
        Map<String, Set<String>> facets = new LinkedHashMap<>();
        for (Mention m : annotation.mentions()) {
            if (m.type() != org.accordex.model.MentionType.DEADLINE) {
                facets.computeIfAbsent(m.type().label(), k -> new TreeSet<>()).add(m.norm());
            }
        }
        annotation.commitments().forEach(c -> facets.computeIfAbsent(Fields.MODALITY, k -> new TreeSet<>()).add(c.modality().label()));
        due.forEach(v -> facets.computeIfAbsent("due_year", k -> new TreeSet<>()).add(v.substring(0, 4)));
        docs.add(withFacets(d, info, facets));
        for (Commitment c : annotation.commitments()) {
            Map<String, Set<String>> cf = new LinkedHashMap<>();
            cf.put(Fields.PARTY, new TreeSet<>(c.parties()));
            cf.put(Fields.MINERAL, new TreeSet<>(c.minerals()));
            cf.put(Fields.INSTRUMENT, new TreeSet<>(c.instruments()));
            cf.put(Fields.MODALITY, Set.of(c.modality().label()));
            if (c.deadline() != null && c.deadline().due() != null) {
                cf.put("due_year", Set.of(c.deadline().due().substring(0, 4)));
            }
            docs.add(withFacets(commitment(info, c), info, cf));
        }
        return docs;
    }

    private static Document withFacets(Document d, DocumentInfo info, Map<String, Set<String>> facets) throws java.io.IOException {
        if (info.date() != null) {
            d.add(new SortedSetDocValuesFacetField("year", info.date().substring(0, 4)));
        }
        facets.forEach((dim, values) -> values.forEach(v -> d.add(new SortedSetDocValuesFacetField(dim, v))));
        return FACETS.build(d);
    }

    private static Document commitment(DocumentInfo info, Commitment c) {
        Document d = new Document();
        common(d, info, Fields.COMMITMENT, c.id());
        d.add(new TextField(Fields.TEXT, c.text(), Field.Store.YES));
        c.parties().forEach(p -> d.add(new StringField(Fields.PARTY, p, Field.Store.NO)));
        c.minerals().forEach(p -> d.add(new StringField(Fields.MINERAL, p, Field.Store.NO)));
        c.instruments().forEach(p -> d.add(new StringField(Fields.INSTRUMENT, p, Field.Store.NO)));
        d.add(new StringField(Fields.MODALITY, c.modality().label(), Field.Store.NO));
        if (c.deadline() != null) {
            d.add(new StringField(Fields.DEADLINE, c.deadline().norm(), Field.Store.NO));
            if (c.deadline().due() != null) {
                d.add(new StringField(Fields.DUE, c.deadline().due(), Field.Store.YES));
                d.add(new SortedDocValuesField(Fields.DUE_SORT, new BytesRef(c.deadline().due())));
            }
        }
        PledgeSignature signature = PledgeSignature.of(c.text());
        signature.bands().forEach(b -> d.add(new StringField(Fields.PLEDGE, b, Field.Store.NO)));
        d.add(new StoredField(Fields.PLEDGE, signature.encode()));
        d.add(new IntPoint(Fields.START, c.start()));
        d.add(new NumericDocValuesField(Fields.START, c.start()));
        d.add(new StoredField(Fields.JSON, AnnotationJson.commitment(c).toString()));
        return d;
    }

    private static void common(Document d, DocumentInfo info, String kind, String id) {
        d.add(new StringField(Fields.KIND, kind, Field.Store.YES));
        d.add(new StringField(Fields.ID, id, Field.Store.YES));
        d.add(new StringField(Fields.DOC, info.id(), Field.Store.YES));
        d.add(new SortedDocValuesField(Fields.DOC, new BytesRef(info.id())));
        d.add(new StringField(Fields.SOURCE, info.source(), Field.Store.YES));
        d.add(new SortedDocValuesField(Fields.SOURCE, new BytesRef(info.source())));
        d.add(new TextField(Fields.TITLE, info.title(), Field.Store.YES));
        if (info.date() != null) {
            d.add(new StringField(Fields.DATE, info.date(), Field.Store.YES));
            d.add(new SortedDocValuesField(Fields.DATE, new BytesRef(info.date())));
        }
    }
}
