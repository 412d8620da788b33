package org.accordex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import org.accordex.cli.Cli;
import org.accordex.export.AnnotationJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Indexes the sample corpus and pins what an analyst sees: hit counts of fielded queries, facet counts, the deadline
 * calendar in a fixed window. The numbers move when the annotator or the corpus changes; update them deliberately.
 */
class CorpusEndToEndTest {
    @TempDir
    static Path dir;
    static String index;

    @BeforeAll
    static void indexCorpus() {
        index = dir.resolve("index").toString();
        Cli result = Cli.run("index", "--index", index, "corpus");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("36 files seen, 36 indexed, 0 unchanged, 0 failed"), result.out());
    }

    static JsonNode json(String... args) throws IOException {
        Cli result = Cli.run(args);
        assertEquals(0, result.exitCode(), result.err());
        return AnnotationJson.MAPPER.readTree(result.out());
    }

    /** query | matching documents | matching commitments. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "*:*                                         | 36 | 347",
            "lithium                                     | 23 | 34",
            "party:JP                                    | 11 | 51",
            "party:US AND mineral:\"rare earth elements\" | 12 | 9",
            "instrument:loan                             | 20 | 18",
            "modality:obligation                         | 12 | 44",
            "due:[2026-01-01 TO 2026-12-31]              | 21 | 25",
    })
    void fieldedQueries(String query, long documents, long commitments) throws IOException {
        assertEquals(documents, json("search", "--index", index, "--format", "json", query).get("total").asLong());
        assertEquals(commitments, json("search", "--index", index, "--format", "json", "--commitments", query)
                .get("total").asLong());
    }

    @Test
    void documentHitsCarryTheirMatchingCommitments() throws IOException {
        JsonNode hits = json("search", "--index", index, "--format", "json", "--limit", "50", "party:JP AND mineral:lithium")
                .get("hits");
        assertTrue(hits.size() > 0);
        for (JsonNode hit : hits) {
            for (String field : new String[] {"id", "source", "title", "score", "snippets", "commitments"}) {
                assertTrue(hit.has(field), field);
            }
            for (JsonNode c : hit.get("commitments")) {
                assertTrue(c.get("parties").toString().contains("\"JP\""), c.toString());
                assertTrue(c.get("minerals").toString().contains("\"lithium\""), c.toString());
            }
        }
    }

    @Test
    void facetsFollowTheQuery() throws IOException {
        JsonNode facets = json("search", "--index", index, "--format", "json", "--commitments", "--facets",
                "mineral:lithium").get("facets");
        assertEquals(23, facets.get("mineral").get("lithium").asLong());
        assertEquals(4, facets.get("party").get("IN").asLong());
        assertEquals(4, facets.get("party").get("US").asLong());
        assertEquals(12, facets.get("modality").get("intent").asLong());
        assertEquals(15, facets.get("year").get("2025").asLong());
    }

    @Test
    void commitmentSearchHighlightsTheSentence() throws IOException {
        JsonNode hit = json("search", "--index", index, "--format", "json", "--commitments", "stockpile AND party:KR")
                .get("hits").get(0);
        assertTrue(hit.get("snippets").get(0).asText().contains("«"), hit.toString());
        assertEquals(1, hit.get("commitments").size());
    }

    @Test
    void deadlinesInAFixedWindow() throws IOException {
        JsonNode json = json("deadlines", "--index", index, "--format", "json", "--from", "2026-01-01", "--to",
                "2026-12-31", "--today", "2026-06-01");
        assertEquals(25, json.get("total").asLong());
        String previous = "";
        long overdue = 0;
        for (JsonNode c : json.get("commitments")) {
            String due = c.get("deadline").get("due").asText();
            assertTrue(due.compareTo(previous) >= 0, "ordered by due date");
            previous = due;
            assertEquals(due.compareTo("2026-06-01") < 0 ? "overdue" : "upcoming", c.get("status").asText());
            overdue += c.get("status").asText().equals("overdue") ? 1 : 0;
        }
        assertTrue(overdue > 0 && overdue < 25);
    }

    @Test
    void pagingIsStable() throws IOException {
        JsonNode all = json("search", "--index", index, "--format", "json", "--limit", "10", "--sort", "date", "lithium");
        JsonNode second = json("search", "--index", index, "--format", "json", "--limit", "5", "--offset", "5", "--sort",
                "date", "lithium");
        for (int i = 0; i < 5; i++) {
            assertEquals(all.get("hits").get(i + 5).get("id"), second.get("hits").get(i).get("id"));
        }
    }
}
