package org.accordex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.accordex.backend.LuceneBackend;
import org.accordex.cli.Cli;
import org.accordex.index.PledgeFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page of documents carries exactly the commitments that match the query's fielded part, found by their
 * position after their document: also once a document was replaced (its old entries deleted, its new ones
 * written after the others) and another added in a segment of its own.
 */
class FollowingEntriesQueryTest {
    @Test
    void documentHitsCarryTheCommitmentsTheIdsFind(@TempDir Path dir) throws Exception {
        Path index = PledgeFixture.index(dir);
        assertSameCommitments(index);
        Path docs = dir.resolve("docs");
        Files.writeString(docs.resolve("news.txt"), "Ministers meet in Canberra\n\n"
                + "Japan and Australia will jointly invest in gallium refining projects within six months, officials said. "
                + "Japan will also fund a germanium recycling plant by 2028.\n");
        Files.writeString(docs.resolve("later.txt"), "Japan and Australia will cooperate on gallium supply chains by 2027.\n");
        assertEquals(0, Cli.run("index", "--index", index.toString(), docs.toString()).exitCode());
        assertSameCommitments(index);
    }

    /** The commitments of each document hit against those of a commitment search, by document. */
    private static void assertSameCommitments(Path index) throws Exception {
        try (LuceneBackend backend = new LuceneBackend(index); Searcher searcher = backend.openSearcher()) {
            for (String query : List.of("party:JP", "gallium AND mineral:gallium", "refining AND party:AU")) {
                Map<String, List<String>> expected = new TreeMap<>();
                searcher.forEachCommitment(query, false, c -> expected.computeIfAbsent(c.document().id(), k -> new ArrayList<>())
                        .add(c.commitment().id()));
                Map<String, List<String>> found = new TreeMap<>();
                for (Hit hit : searcher.searchDocuments(query, 0, 10, Searcher.Order.RELEVANCE).hits()) {
                    List<String> ids = hit.commitments().stream().map(c -> c.commitment().id()).toList();
                    if (!ids.isEmpty()) {
                        found.put(hit.document().id(), ids);
                    }
                }
                assertFalse(expected.isEmpty(), query);
                assertEquals(expected, found, query);
            }
        }
    }
}
