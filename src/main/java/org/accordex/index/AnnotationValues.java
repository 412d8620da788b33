package org.accordex.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BytesRef;

/**
 * How the embedded index keeps a document's annotation ({@link Fields#JSON}) and the machine's
 * ({@link Fields#MACHINE}): deflated binary doc values, not stored fields. Lucene decompresses an entry's whole stored
 * data for any field it reads, and every document hit reads its title and text, so the annotation (as large as the
 * text) would be decompressed on every hit; as doc values it is read only by the document view and corrections. A
 * commitment's JSON, which every commitment hit reads, stays stored.
 */
public final class AnnotationValues {
    /** The Lucene fields: other names than the stored ones, which an index written before still holds. */
    public static final String JSON = "document_json";
    public static final String MACHINE = "document_machine";

    private AnnotationValues() {
    }

    /** The doc-values field holding {@code json} under {@code field}. */
    static BinaryDocValuesField field(String field, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, bytes.length / 4));
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return new BinaryDocValuesField(field, new BytesRef(out.toByteArray()));
        } finally {
            deflater.end();
        }
    }

    /**
     * The annotation of document {@code doc} of a segment under the doc-values field {@code field}, or, in an index
     * written before they moved there, under the stored field {@code stored}; null when it has none.
     */
    public static String read(LeafReader reader, int doc, String field, String stored) throws IOException {
        BinaryDocValues values = reader.getBinaryDocValues(field);
        if (values != null && values.advanceExact(doc)) {
            return inflate(values.binaryValue());
        }
        StoredFields fields = reader.storedFields();
        return fields.document(doc, java.util.Set.of(stored)).get(stored);
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
