package org.accordex.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.accordex.index.Fields;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The searchers of an embedded index, for as long as it is read: one {@link SearcherManager}, refreshed when the
 * index has a new commit (from this process or another), and with each opened reader its facet ordinals, which
 * cost a pass over every facet value to build. {@code serve} keeps one for its lifetime; a command opens one.
 */
public final class LuceneReaders implements Closeable {
    private final Directory directory;
    private final SearcherManager manager;

    private LuceneReaders(Directory directory, SearcherManager manager) {
        this.directory = directory;
        this.manager = manager;
    }

    /**
     * Opens the index in {@code indexDir}: a {@link SearchException} when there is none, an {@link IOException} when
     * it cannot be read (a broken index is not the user's query's fault).
     */
    public static LuceneReaders open(Path indexDir) throws SearchException, IOException {
        Directory directory = null;
        try {
            if (!Files.isDirectory(indexDir)) {
                throw new SearchException("no index at " + indexDir + " (run 'accordex index' first)", null);
            }
            directory = FSDirectory.open(indexDir);
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                throw new SearchException("no index at " + indexDir + " (run 'accordex index' first)", null);
            }
            return new LuceneReaders(directory, new SearcherManager(directory, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
                    return new ReaderSearcher(reader);
                }
            }));
        } catch (IOException e) {
            if (directory != null) {
                try {
                    directory.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    /**
     * A searcher over the latest commit, checked for on every call (a look at the folder's listing); close it to
     * release the reader.
     */
    public Searcher acquire() throws IOException {
        manager.maybeRefresh();
        ReaderSearcher searcher = (ReaderSearcher) manager.acquire();
        return new Searcher(new LuceneSearcher(searcher, () -> {
            try {
                manager.release(searcher);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
    }

    @Override
    public void close() throws IOException {
        try {
            manager.close();
        } finally {
            directory.close();
        }
    }

    /**
     * A searcher with what belongs to its reader: the analyzer, the facet ordinals (built on first use) and the
     * same-pledge answers found so far, which hold until the reader is replaced by a newer commit's.
     */
    static final class ReaderSearcher extends IndexSearcher {
        /** Same-pledge answers kept per reader; the least recently used go first. */
        private static final int PLEDGE_MEMO = 20_000;

        private final Analyzer analyzer = Fields.analyzer();
        private final Map<String, Optional<AlsoIn>> pledgeMemo = Collections.synchronizedMap(
                new LinkedHashMap<>(1024, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, Optional<AlsoIn>> eldest) {
                        return size() > PLEDGE_MEMO;
                    }
                });
        private SortedSetDocValuesReaderState facetState;
        private boolean noFacets;

        ReaderSearcher(IndexReader reader) {
            super(reader);
        }

        Analyzer analyzer() {
            return analyzer;
        }

        Map<String, Optional<AlsoIn>> pledgeMemo() {
            return pledgeMemo;
        }

        /** Null when no entry has a facet value yet. */
        synchronized SortedSetDocValuesReaderState facetState() throws IOException {
            if (facetState == null && !noFacets) {
                try {
                    facetState = new DefaultSortedSetDocValuesReaderState(getIndexReader(), Fields.facetsConfig());
                } catch (IllegalArgumentException noFacetsIndexed) {
                    noFacets = true;
                }
            }
            return facetState;
        }
    }
}
