package org.accordex.backend;

import java.io.Closeable;
import java.io.IOException;

import org.accordex.corrections.CorrectionLog;
import org.accordex.index.IndexStore;
import org.accordex.search.SearchException;
import org.accordex.search.Searcher;

/**
 * Where the index lives: the embedded Lucene index in a folder (the default) or a Solr collection. Every command
 * reads and writes through this seam, so the two give the same hits, facets and exports.
 */
public interface Backend extends Closeable {
    /** Opens a writer; for the Lucene index it holds the folder's lock until closed. */
    IndexStore openStore() throws IOException;

    /** A searcher on the last committed state; close it when done (the backend keeps what can be reused). */
    Searcher openSearcher() throws SearchException, IOException;

    /** The analysts' corrections kept beside the index; read without taking the index's write lock. */
    CorrectionLog corrections();

    /** Where it is, for messages: "index" or "solr collection accordex at zk1:2181". */
    String describe();

    @Override
    default void close() throws IOException {
    }
}
