package org.accordex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.accordex.cli.Cli;
import org.accordex.export.AnnotationJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Indexes the sample corpus and pins what an analyst sees: hit counts of fielded queries, facet counts, the deadline
 * calendar in a fixed window. Each backend runs this same suite ({@link LuceneCorpusTest}, and the Solr backend's
 * test on a real SolrCloud), so the same numbers also prove that the backends agree. The numbers move when the
 * annotator or the corpus changes; update them deliberately.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CorpusSuite {
    /** The commitments the sample corpus holds (the "*:*" row), which other tests of whole-corpus runs check too. */
    public static final int COMMITMENTS = 982;

    /** The options that select the backend, such as {@code --index DIR}. */
    protected abstract List<String> backend() throws Exception;

    /** Runs {@code command} on this suite's backend: {@code run("search", "lithium")}. */
    protected Cli run(String command, String... args) throws Exception {
        List<String> all = new ArrayList<>();
        all.add(command);
        all.addAll(backend());
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    protected JsonNode json(String command, String... args) throws Exception {
        Cli result = run(command, args);
        assertEquals(0, result.exitCode(), result.err());
        return AnnotationJson.MAPPER.readTree(result.out());
    }

    @BeforeAll
    void indexCorpus() throws Exception {
        Cli result = run("index", "corpus");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("126 files seen, 126 indexed, 0 unchanged, 0 failed"), result.out());
    }

    /** query | matching documents | matching commitments. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "*:*                                         | 126 | " + COMMITMENTS,
            "lithium                                     | 53 | 130",
            "party:JP                                    | 26 | 96",
            "party:US AND mineral:\"rare earth elements\" | 19 | 11",
            "instrument:loan                             | 40 | 39",
            "modality:obligation                         | 38 | 163",
            "due:[2026-01-01 TO 2026-12-31]              | 49 | 64",
    })
    public void fieldedQueries(String query, long documents, long commitments) throws Exception {
        assertEquals(documents, json("search", "--format", "json", query).get("total").asLong());
        assertEquals(commitments, json("search", "--format", "json", "--commitments", query)
                .get("total").asLong());
    }

    @Test
    public void documentHitsCarryTheirMatchingCommitments() throws Exception {
        JsonNode hits = json("search", "--format", "json", "--limit", "50", "party:JP AND mineral:lithium")
                .get("hits");
        assertTrue(hits.size() > 0);
        for (JsonNode hit : hits) {
            for (String field : new String[] {"id", "source", "title", "score", "snippets", "commitments"}) {
                assertTrue(hit.has(field), field);
            }
            assertTrue(hit.get("score").asDouble() > 0, "a match has a relevance score: " + hit);
            for (JsonNode c : hit.get("commitments")) {
                assertTrue(c.get("parties").toString().contains("\"JP\""), c.toString());
                assertTrue(c.get("minerals").toString().contains("\"lithium\""), c.toString());
            }
        }
    }

    @Test
    public void facetsFollowTheQuery() throws Exception {
        JsonNode facets = json("search", "--format", "json", "--commitments", "--facets",
                "mineral:lithium").get("facets");
        assertEquals(83, facets.get("mineral").get("lithium").asLong());
        assertEquals(7, facets.get("party").get("IN").asLong());
        assertEquals(6, facets.get("party").get("US").asLong());
        assertEquals(25, facets.get("modality").get("intent").asLong());
        assertEquals(19, facets.get("year").get("2025").asLong());
    }

    @Test
    public void commitmentSearchHighlightsTheSentence() throws Exception {
        JsonNode hit = json("search", "--format", "json", "--commitments", "stockpile AND party:KR")
                .get("hits").get(0);
        assertTrue(hit.get("snippets").get(0).asText().contains("«"), hit.toString());
        assertEquals(1, hit.get("commitments").size());
    }

    @Test
    public void deadlinesInAFixedWindow() throws Exception {
        JsonNode json = json("deadlines", "--format", "json", "--from", "2026-01-01", "--to",
                "2026-12-31", "--today", "2026-06-01");
        assertEquals(64, json.get("total").asLong());
        String previous = "";
        long overdue = 0;
        for (JsonNode c : json.get("commitments")) {
            String due = c.get("deadline").get("due").asText();
            assertTrue(due.compareTo(previous) >= 0, "ordered by due date");
            previous = due;
            assertEquals(due.compareTo("2026-06-01") < 0 ? "overdue" : "upcoming", c.get("status").asText());
            overdue += c.get("status").asText().equals("overdue") ? 1 : 0;
        }
        assertTrue(overdue > 0 && overdue < 63);
    }

    @Test
    public void pagingIsStable() throws Exception {
        JsonNode all = json("search", "--format", "json", "--limit", "10", "--sort", "date", "lithium");
        JsonNode second = json("search", "--format", "json", "--limit", "5", "--offset", "5", "--sort",
                "date", "lithium");
        for (int i = 0; i < 5; i++) {
            assertEquals(all.get("hits").get(i + 5).get("id"), second.get("hits").get(i).get("id"));
        }
    }

    /**
     * Commitments page in one order on every backend: by due date, then source, then id, so the ids of pages of
     * seven are the ids of one page of fifty, in order.
     */
    @Test
    public void commitmentPagesAreStableEntryForEntry() throws Exception {
        JsonNode all = json("search", "--format", "json", "--commitments", "--limit", "49", "--sort", "due", "party:JP");
        List<String> expected = new ArrayList<>();
        all.get("hits").forEach(h -> expected.add(h.get("commitments").get(0).get("id").asText()));
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 49; offset += 7) {
            json("search", "--format", "json", "--commitments", "--limit", "7", "--offset", String.valueOf(offset),
                    "--sort", "due", "party:JP").get("hits")
                    .forEach(h -> paged.add(h.get("commitments").get(0).get("id").asText()));
        }
        assertEquals(49, expected.size());
        assertEquals(expected, paged);
        String previous = "";
        for (JsonNode h : all.get("hits")) {
            JsonNode deadline = h.get("commitments").get(0).get("deadline");
            String due = deadline.isObject() && deadline.has("due") ? deadline.get("due").asText() : "~";
            assertTrue(due.compareTo(previous) >= 0, "by due date, undated last: " + due + " after " + previous);
            previous = due;
        }
    }
}
