package org.accordex.watch;

import java.io.IOException;

import org.accordex.backend.Backend;
import org.accordex.corrections.CorrectionLog;
import org.accordex.index.IndexStore;
import org.accordex.search.SearchException;
import org.accordex.search.Searcher;

/**
 * A backend whose stores match what is written against the watches of {@code watches}: what {@code serve} indexes
 * (an uploaded file) fires them as {@code index} does. Reading is the backend's own.
 */
public final class WatchingBackend implements Backend {
    private final Backend backend;
    private final Watches watches;

    public WatchingBackend(Backend backend, Watches watches) {
        this.backend = backend;
        this.watches = watches;
    }

    @Override
    public IndexStore openStore() throws IOException {
        IndexStore store = backend.openStore();
        if (!watches.exists()) {
            return store;
        }
        Searcher before;
        try {
            before = backend.openSearcher();
        } catch (SearchException noIndexYet) {
            before = null;
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
        return WatchingStore.open(store, watches, before);
    }

    @Override
    public Searcher openSearcher() throws SearchException, IOException {
        return backend.openSearcher();
    }

    @Override
    public CorrectionLog corrections() {
        return backend.corrections();
    }

    @Override
    public String describe() {
        return backend.describe();
    }

    @Override
    public void close() throws IOException {
        backend.close();
    }
}
