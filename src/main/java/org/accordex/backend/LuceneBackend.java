package org.accordex.backend;

import java.io.IOException;
import java.nio.file.Path;

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

    @Override
    public String describe() {
        return folder.toString();
    }
}
