package org.accordex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.accordex.cli.Cli;
import org.accordex.index.Fields;
import org.accordex.index.PledgeSignature;
import org.accordex.index.PledgeFixture;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same-pledge candidates are the same whether a segment's bands are sought in its terms or kept in memory, and then
 * whether or not the reader knows which segments hold each band.
 */
class PledgeBandsTest {
    @Test
    void bandsInMemoryOfferTheCandidatesTheTermsDo(@TempDir Path dir) throws IOException {
        Path index = PledgeFixture.index(dir);
        // A later run's document, in a segment of its own: the reader's table then tells segments apart (the first run
        // may already have written two, one per indexing thread).
        Files.writeString(dir.resolve("docs").resolve("briefing.txt"), "Press briefing\n\nJapan and "
                + "Australia will jointly invest in gallium and germanium refining projects within twelve months, officials said.\n");
        assertEquals(0, Cli.run("index", "--index", index.toString(), dir.resolve("docs").toString()).exitCode());
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            assertTrue(reader.leaves().size() >= 2, reader.leaves().toString());
            Map<IndexReader.CacheKey, PledgeBands.Lazy> kept = new ConcurrentHashMap<>();
            LuceneReaders.ReaderSearcher searcher = new LuceneReaders.ReaderSearcher(reader, kept);
            LuceneSearcher lucene = new LuceneSearcher(searcher, () -> { });
            Set<String> keys = terms(reader, Fields.PLEDGE_KEY);
            Set<String> bands = terms(reader, Fields.PLEDGE);
            List<String> first = null;
            // The asks after the bands are built: the first finds the reader's table of which segments hold a band.
            for (int ask = 1; ask <= PledgeBands.BUILD_AFTER + 2; ask++) {
                assertEquals(ask > PledgeBands.BUILD_AFTER, kept.values().stream().anyMatch(PledgeBands.Lazy::isBuilt),
                        "before ask " + ask);
                Set<String> offered = new TreeSet<>();
                lucene.pledgeCandidates(keys, bands, new SearchIndex.PledgeSink() {
                    @Override
                    public boolean wants(String key, PledgeSignature signature) {
                        return true;
                    }

                    @Override
                    public void accept(String key, PledgeSignature signature, String documentId, String commitmentId) {
                        offered.add(key + " " + documentId + " " + commitmentId);
                    }
                });
                if (first == null) {
                    first = List.copyOf(offered);
                    assertFalse(first.isEmpty());
                }
                assertEquals(first, List.copyOf(offered), "ask " + ask);
            }
            assertNotNull(searcher.bandSegments());
        }
    }

    private static Set<String> terms(DirectoryReader reader, String field) throws IOException {
        Set<String> terms = new HashSet<>();
        TermsEnum te = MultiTerms.getTerms(reader, field).iterator();
        for (BytesRef term = te.next(); term != null; term = te.next()) {
            terms.add(term.utf8ToString());
        }
        return terms;
    }
}
