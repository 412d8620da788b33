package org.accordex.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

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

    /** Every file the store holds, by absolute path. */
    Map<String, StoredFile> files() throws IOException;

    /**
     * Writes a document and its commitments, replacing what the store held under the same document id and, when
     * not null, under {@code replacedId} (the file's earlier content).
     */
    void put(String text, Annotation annotation, String file, String annotatorVersion, String replacedId) throws IOException;

    /** Removes a document and its commitments. */
    void delete(String documentId) throws IOException;

    /** Makes everything written so far durable and visible, recording the annotator version. */
    void commit(String annotatorVersion) throws IOException;

    /** Records which of the files seen in a run failed and why, where {@code accordex status} can show them. */
    default void recordFailures(Collection<Path> seen, Map<Path, String> failed) throws IOException {
    }
}
