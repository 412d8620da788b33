package org.accordex.backend;

import java.io.IOException;
import java.nio.file.Path;

import org.accordex.corrections.CorrectionLog;
import org.accordex.corrections.JsonlCorrectionLog;
import org.accordex.index.IndexStore;
import org.accordex.index.LuceneStore;
import org.accordex.search.LuceneSearcher;
import org.accordex.search.SearchException;
import org.accordex.search.Searcher;

/** The embedded Lucene index in {@code folder}. */
public record LuceneBackend(Path folder) implements Backend {
    @Override
    public IndexStore openStore() throws IOException {
        return new LuceneStore(folder);
    }

    @Override
    public Searcher openSearcher() throws SearchException {
        return LuceneSearcher.open(folder);
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
}
