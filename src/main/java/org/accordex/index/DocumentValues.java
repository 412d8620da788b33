package org.accordex.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteArrayDataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * What the embedded index keeps of a document entry as binary doc values rather than stored fields: what a hit
 * shows (id, source, title, date), its text, and its annotation and the machine's. Lucene decompresses the whole
 * stored block around an entry for any field read from it, and every document hit reads its summary and its text
 * (for snippets); as doc values they are read in place, and the annotation (as large as the text, deflated here)
 * only by the document view and corrections. A commitment, whose hit reads its JSON, keeps stored fields.
 *
 * <p>The fields have other names than the stored ones, which an index written before still holds: what reads a
 * document falls back to those.
 */
public final class DocumentValues {
    static final String SUMMARY = "document_summary";
    static final String TEXT = "document_text";
    static final String JSON = "document_json";
    static final String MACHINE = "document_machine";
    /** The text's sentence breaks ({@link SentenceBreaks}); an index written before has none. */
    static final String BREAKS = "document_breaks";

    /** What a document hit shows. */
    public record Summary(String id, String source, String title, String date) {
    }

    private DocumentValues() {
    }

    /** Adds the doc values of a document entry's summary, text, annotation and (when corrected) the machine's. */
    static void add(Document d, Summary summary, String text, String json, String machine) throws IOException {
        String source = summary.source() == null ? "" : summary.source();
        String title = summary.title() == null ? "" : summary.title();
        String date = summary.date() == null ? "" : summary.date();
        byte[] buffer = new byte[20 + 3 * (summary.id().length() + source.length() + title.length() + date.length())];
        ByteArrayDataOutput out = new ByteArrayDataOutput(buffer);
        out.writeString(summary.id());
        out.writeString(source);
        out.writeString(title);
        out.writeString(date);
        d.add(new BinaryDocValuesField(SUMMARY, new BytesRef(buffer, 0, out.getPosition())));
        d.add(new BinaryDocValuesField(TEXT, new BytesRef(text)));
        d.add(new BinaryDocValuesField(BREAKS, SentenceBreaks.encode(text)));
        d.add(new BinaryDocValuesField(JSON, deflate(json)));
        if (machine != null) {
            d.add(new BinaryDocValuesField(MACHINE, deflate(machine)));
        }
    }

    /** The summary of document entry {@code doc} of a segment; null for a commitment or an index written before. */
    public static Summary summary(LeafReader reader, int doc) throws IOException {
        BinaryDocValues values = reader.getBinaryDocValues(SUMMARY);
        if (values == null || !values.advanceExact(doc)) {
            return null;
        }
        return summary(values.binaryValue());
    }

    private static Summary summary(BytesRef bytes) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        String id = in.readString();
        String source = in.readString();
        String title = in.readString();
        String date = in.readString();
        return new Summary(id, source, title, date.isEmpty() ? null : date);
    }

    /**
     * A segment's summaries, texts and sentence breaks for document entries, and pledge signatures for commitments,
     * asked for in increasing order: each field's iterator moves forward only, where a fresh one per entry searched
     * its block of a sparse field from the start every time.
     */
    public static final class Forward {
        private final LeafReader reader;
        private final Column summaries;
        private final Column texts;
        private final Column breaks;
        private final Column signatures;

        public Forward(LeafReader reader) {
            this.reader = reader;
            this.summaries = new Column(reader, SUMMARY);
            this.texts = new Column(reader, TEXT);
            this.breaks = new Column(reader, BREAKS);
            this.signatures = new Column(reader, Fields.PLEDGE_SIGNATURE);
        }

        /**
         * The pledge signature ({@link PledgeSignature#encode}) of commitment entry {@code doc}; an index written
         * before also stored it, so that {@code stored}, the entry's stored fields, is read when it has no doc value.
         */
        public String signature(int doc, Document stored) throws IOException {
            BytesRef bytes = signatures.get(doc);
            return bytes != null ? bytes.utf8ToString() : stored.get(Fields.PLEDGE_SIGNATURE);
        }

        /** {@link DocumentValues#summary}. */
        public Summary summary(int doc) throws IOException {
            BytesRef bytes = summaries.get(doc);
            return bytes == null ? null : DocumentValues.summary(bytes);
        }

        /** {@link DocumentValues#text}. */
        public String text(int doc) throws IOException {
            BytesRef bytes = texts.get(doc);
            return bytes != null ? utf8(bytes) : stored(reader, doc, Fields.TEXT);
        }

        /** The sentence breaks of entry {@code doc}'s text ({@link SentenceBreaks#of}), or null when the index has none. */
        public int[] breaks(int doc) throws IOException {
            BytesRef bytes = breaks.get(doc);
            return bytes == null ? null : SentenceBreaks.decode(bytes);
        }
    }

    /** One binary doc-values field of a segment, read forward (asked for an earlier entry, it starts over). */
    private static final class Column {
        private final LeafReader reader;
        private final String field;
        private BinaryDocValues values;
        private boolean found;

        Column(LeafReader reader, String field) {
            this.reader = reader;
            this.field = field;
        }

        BytesRef get(int doc) throws IOException {
            if (values == null || doc < values.docID()) {
                values = reader.getBinaryDocValues(field);
                if (values == null) {
                    return null;
                }
            }
            if (doc != values.docID()) {
                found = values.advanceExact(doc);
            }
            return found ? values.binaryValue() : null;
        }
    }

    /** The text of document entry {@code doc}. */
    public static String text(LeafReader reader, int doc) throws IOException {
        BinaryDocValues values = reader.getBinaryDocValues(TEXT);
        if (values != null && values.advanceExact(doc)) {
            return utf8(values.binaryValue());
        }
        return stored(reader, doc, Fields.TEXT);
    }

    /** The annotation of document entry {@code doc} (§3 JSON, corrected). */
    public static String annotation(LeafReader reader, int doc) throws IOException {
        return inflated(reader, doc, JSON, Fields.JSON);
    }

    /** The machine's own annotation of a corrected document entry {@code doc}; null when it was not corrected. */
    public static String machine(LeafReader reader, int doc) throws IOException {
        return inflated(reader, doc, MACHINE, Fields.MACHINE);
    }

    private static String inflated(LeafReader reader, int doc, String field, String stored) throws IOException {
        BinaryDocValues values = reader.getBinaryDocValues(field);
        if (values != null && values.advanceExact(doc)) {
            return inflate(values.binaryValue());
        }
        if (reader.getBinaryDocValues(SUMMARY) != null && summary(reader, doc) != null) {
            return null; // written as doc values, and it has none
        }
        return stored(reader, doc, stored);
    }

    /** The JDK's decoder: for a long text, several times faster than {@link BytesRef#utf8ToString}'s, the same string. */
    private static String utf8(BytesRef bytes) {
        return new String(bytes.bytes, bytes.offset, bytes.length, StandardCharsets.UTF_8);
    }

    private static String stored(LeafReader reader, int doc, String field) throws IOException {
        return reader.storedFields().document(doc, Set.of(field)).get(field);
    }

    private static BytesRef deflate(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            byte[] out = new byte[Math.max(64, bytes.length / 4)];
            int n = 0;
            while (!deflater.finished()) {
                if (n == out.length) {
                    out = ArrayUtil.grow(out, n + 1);
                }
                n += deflater.deflate(out, n, out.length - n);
            }
            return new BytesRef(out, 0, n);
        } finally {
            deflater.end();
        }
    }

    private static String inflate(BytesRef value) throws IOException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(value.bytes, value.offset, value.length);
            ByteArrayOutputStream out = new ByteArrayOutputStream(value.length * 4);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IOException("a truncated annotation in the index");
                }
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new IOException("a corrupt annotation in the index", e);
        } finally {
            inflater.end();
        }
    }
}
