package org.accordex.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

import org.accordex.corrections.Corrected;
import org.accordex.corrections.CorrectionLog;
import org.accordex.model.Annotation;

/**
 * Where {@link Indexer} writes: the embedded Lucene index ({@link LuceneStore}) or a Solr collection. Every input
 * document is one entry plus one per commitment, keyed by the document id; what is written becomes visible to
 * searchers at {@link #commit}.
 */
public interface IndexStore extends Closeable {
    /** What the store holds for a file: the document id, the annotator version that wrote it, its source name. */
    record StoredFile(String id, String version, String source) {
    }

    /**
     * A document as stored, for applying corrections again: its text, the annotation the index holds (§3 JSON,
     * corrected), the machine's own annotation (null when no correction touched the document), its file and version.
     */
    record StoredDocument(String id, String text, String json, String machine, String file, String version) {
        /** The machine's annotation: the one kept aside when the document was corrected, else the one shown. */
        public String machineJson() {
            return machine != null ? machine : json;
        }
    }

    /** Every file the store holds, by absolute path. */
    Map<String, StoredFile> files() throws IOException;

    /**
     * Writes a document and its commitments, replacing what the store held under the same document id and, when
     * not null, under {@code replacedId} (the file's earlier content).
     */
    void put(String text, Annotation annotation, String file, String annotatorVersion, String replacedId) throws IOException;

    /**
     * Like {@link #put(String, Annotation, String, String, String)}, for an annotation with its corrections applied;
     * a store that keeps corrections stores the marks and the machine's annotation too.
     */
    default void put(String text, Corrected annotation, String file, String annotatorVersion, String replacedId) throws IOException {
        put(text, annotation.annotation(), file, annotatorVersion, replacedId);
    }

    /** The stored document with this id, including what was put but not yet committed; null when there is none. */
    default StoredDocument read(String documentId) throws IOException {
        return null;
    }

    /** The corrections log kept with this index. */
    default CorrectionLog corrections() {
        return CorrectionLog.NONE;
    }

    /** Removes a document and its commitments. */
    void delete(String documentId) throws IOException;

    /** Makes everything written so far durable and visible, recording the annotator version. */
    void commit(String annotatorVersion) throws IOException;

    /** Records which of the files seen in a run failed and why, where {@code accordex status} can show them. */
    default void recordFailures(Collection<Path> seen, Map<Path, String> failed) throws IOException {
    }
}
