package org.accordex.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.accordex.index.Fields;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.packed.PackedInts;

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
            // Each open segment's same-pledge bands, shared by the readers that hold the segment, dropped when it closes.
            Map<IndexReader.CacheKey, PledgeBands.Lazy> bands = new ConcurrentHashMap<>();
            return new LuceneReaders(directory, new SearcherManager(directory, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
                    return new ReaderSearcher(reader, bands);
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
        private final Map<IndexReader.CacheKey, PledgeBands.Lazy> pledgeBands;
        private volatile Optional<PledgeBands.Segments> bandSegments;
        private FacetLabels facets;
        private boolean noFacets;
        private volatile FieldInfos fieldInfos;
        private final Map<String, OrdinalMap> globalOrds = new ConcurrentHashMap<>();

        ReaderSearcher(IndexReader reader, Map<IndexReader.CacheKey, PledgeBands.Lazy> pledgeBands) {
            super(reader);
            this.pledgeBands = pledgeBands;
        }

        /**
         * The same-pledge bands of one of this reader's segments, kept with the segment once it has been asked for
         * {@link PledgeBands#BUILD_AFTER} times (building them reads every band of the segment, which a command that
         * searches once would not win back); null until then.
         */
        PledgeBands pledgeBands(LeafReaderContext leaf) throws IOException {
            IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
            if (helper == null) {
                return null;
            }
            PledgeBands.Lazy lazy = pledgeBands.computeIfAbsent(helper.getKey(), key -> {
                helper.addClosedListener(pledgeBands::remove);
                return new PledgeBands.Lazy();
            });
            return lazy.get(leaf.reader());
        }

        /**
         * Which segments hold each band, once every segment of this reader keeps its bands (built then, on the first
         * ask); null before, or when the reader has too many segments. Read without a lock once built: every page's
         * lookup asks.
         */
        PledgeBands.Segments bandSegments() {
            Optional<PledgeBands.Segments> built = bandSegments;
            return built != null ? built.orElse(null) : buildBandSegments();
        }

        private synchronized PledgeBands.Segments buildBandSegments() {
            if (bandSegments == null) {
                List<PledgeBands> kept = new java.util.ArrayList<>();
                for (LeafReaderContext leaf : getIndexReader().leaves()) {
                    PledgeBands bands = keptPledgeBands(leaf);
                    if (bands == null) {
                        return null;
                    }
                    kept.add(bands);
                }
                bandSegments = Optional.ofNullable(PledgeBands.Segments.of(kept));
            }
            return bandSegments.orElse(null);
        }

        /** The same-pledge bands this reader's segment keeps already, or null; unlike {@link #pledgeBands}, not an ask. */
        PledgeBands keptPledgeBands(LeafReaderContext leaf) {
            IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
            PledgeBands.Lazy lazy = helper == null ? null : pledgeBands.get(helper.getKey());
            return lazy == null ? null : lazy.built();
        }

        Analyzer analyzer() {
            return analyzer;
        }

        /** The global ordinals of a sorted doc-values field over this reader's segments, built on first use. */
        OrdinalMap globalOrds(String field) throws IOException {
            OrdinalMap map = globalOrds.get(field);
            if (map == null) {
                List<LeafReaderContext> leaves = getIndexReader().leaves();
                SortedDocValues[] values = new SortedDocValues[leaves.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = DocValues.getSorted(leaves.get(i).reader(), field);
                }
                map = OrdinalMap.build(null, values, PackedInts.DEFAULT);
                globalOrds.put(field, map);
            }
            return map;
        }

        /** The field infos of all segments merged, once per reader. */
        FieldInfos fieldInfos() {
            FieldInfos infos = fieldInfos;
            if (infos == null) {
                infos = FieldInfos.getMergedFieldInfos(getIndexReader());
                fieldInfos = infos;
            }
            return infos;
        }

        Map<String, Optional<AlsoIn>> pledgeMemo() {
            return pledgeMemo;
        }

        /** The facet ordinals and their labels, or null when no entry has a facet value yet. */
        synchronized FacetLabels facets() throws IOException {
            if (facets == null && !noFacets) {
                try {
                    facets = new FacetLabels(new DefaultSortedSetDocValuesReaderState(getIndexReader(), Fields.facetsConfig()));
                } catch (IllegalArgumentException noFacetsIndexed) {
                    noFacets = true;
                }
            }
            return facets;
        }
    }
}
