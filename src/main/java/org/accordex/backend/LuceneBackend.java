package org.accordex.backend;

import java.io.IOException;
import java.nio.file.Path;

import org.accordex.corrections.CorrectionLog;
import org.accordex.corrections.JsonlCorrectionLog;
import org.accordex.index.IndexStore;
import org.accordex.index.LuceneStore;
import org.accordex.search.LuceneReaders;
import org.accordex.search.SearchException;
import org.accordex.search.Searcher;

/**
 * The embedded Lucene index in {@code folder}. Its readers are opened once, on the first search, and kept until the
 * backend is closed; each {@link #openSearcher} sees the latest commit.
 */
public final class LuceneBackend implements Backend {
    private final Path folder;
    private LuceneReaders readers;

    public LuceneBackend(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public IndexStore openStore() throws IOException {
        return new LuceneStore(folder);
    }

    @Override
    public Searcher openSearcher() throws SearchException, IOException {
        return readers().acquire();
    }

    private synchronized LuceneReaders readers() throws SearchException, IOException {
        if (readers == null) {
            readers = LuceneReaders.open(folder);
        }
        return readers;
    }

    /** {@code corrections.jsonl} in the index folder. */
    @Override
    public CorrectionLog corrections() {
        return new JsonlCorrectionLog(folder.resolve(JsonlCorrectionLog.FILE));
    }

    @Override
    public String describe() {
        return folder.toString();
    }

    @Override
    public synchronized void close() throws IOException {
        if (readers != null) {
            readers.close();
            readers = null;
        }
    }
}
