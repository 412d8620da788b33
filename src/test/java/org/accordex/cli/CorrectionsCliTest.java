package org.accordex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.accordex.export.AnnotationJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Corrections from the command line: they survive re-indexing, undo restores the machine, gold round-trips. */
class CorrectionsCliTest {
    static final String TEXT = "---\ndate: 2025-10-28\n---\n"
            + "Japan and Chile will expand lithium stockpiling within six months.\n"
            + "Canada shall not impose export bans on nickel.\n";

    @TempDir
    Path dir;
    Path docs;
    Path index;

    @BeforeEach
    void indexDocuments() throws IOException {
        docs = Files.createDirectories(dir.resolve("docs"));
        index = dir.resolve("index");
        Files.writeString(docs.resolve("a.txt"), TEXT);
        ok("index", "--index", index.toString(), docs.toString());
    }

    static Cli ok(String... args) {
        Cli result = Cli.run(args);
        assertEquals(0, result.exitCode(), String.join(" ", args) + ": " + result.err());
        return result;
    }

    /** The commitments as exported, in text order. */
    List<JsonNode> commitments() throws IOException {
        String out = ok("export", "--index", index.toString(), "--format", "jsonl").out();
        List<JsonNode> lines = new java.util.ArrayList<>();
        for (String line : out.lines().toList()) {
            lines.add(AnnotationJson.MAPPER.readTree(line));
        }
        return lines;
    }

    JsonNode stockpiling() throws IOException {
        return commitments().stream().filter(c -> c.path("text").asText().contains("lithium")).findFirst().orElseThrow();
    }

    String fixParties(String... parties) throws IOException {
        JsonNode c = stockpiling();
        String out = ok("corrections", "add", "--index", index.toString(), "--document", c.path("document").path("id").asText(),
                "--kind", "commitment", "--start", c.path("start").asText(), "--end", c.path("end").asText(),
                "--parties", String.join(",", parties), "--author", "ana").out();
        assertTrue(out.contains(" applied"), out);
        return out.substring(0, out.indexOf(' '));
    }

    long commitmentHits(String query) throws IOException {
        String out = ok("search", "--index", index.toString(), "--commitments", "--format", "json", query).out();
        return AnnotationJson.MAPPER.readTree(out).path("total").asLong();
    }

    @Test
    void aFixSurvivesReannotationAndUndoRestoresTheMachine() throws IOException {
        assertEquals(List.of("CL", "JP"), parties(stockpiling()));
        String id = fixParties("AU");
        assertEquals(List.of("AU"), parties(stockpiling()));
        assertEquals(1, commitmentHits("party:AU"));
        assertEquals(0, commitmentHits("party:CL"));
        assertTrue(ok("status", "--index", index.toString()).out().contains("(current)"), "a correction leaves the index current");

        ok("index", "--index", index.toString(), "--reannotate", docs.toString());
        assertEquals(List.of("AU"), parties(stockpiling()), "re-annotating keeps the fix");
        assertEquals(1, commitmentHits("party:AU"));

        String list = ok("corrections", "list", "--index", index.toString()).out();
        assertTrue(list.contains(id) && list.contains("ana") && list.contains("parties → AU"), list);
        assertEquals("", ok("corrections", "list", "--index", index.toString(), "--since", "2999-01-01").out());

        ok("corrections", "undo", "--index", index.toString(), id, "--author", "ben");
        assertEquals(List.of("CL", "JP"), parties(stockpiling()), "undo gives the machine's value back");
        assertTrue(ok("corrections", "list", "--index", index.toString()).out().contains("(undone)"));
        assertEquals(2, Cli.run("corrections", "undo", "--index", index.toString(), id).exitCode(), "already undone");
    }

    @Test
    void notACommitmentStaysRemovedAfterReindexing() throws IOException {
        JsonNode canada = commitments().stream().filter(c -> c.path("text").asText().startsWith("Canada")).findFirst().orElseThrow();
        ok("corrections", "add", "--index", index.toString(), "--document", canada.path("document").path("id").asText(),
                "--kind", "not-commitment", "--start", canada.path("start").asText(), "--end", canada.path("end").asText());
        assertEquals(1, commitments().size());
        ok("index", "--index", index.toString(), "--reannotate", docs.toString());
        assertEquals(1, commitments().size());
        assertEquals(0, commitmentHits("party:CA"));
    }

    @Test
    void exportedGoldRoundTripsThroughEvalAndTrain() throws IOException {
        fixParties("AU");
        Path gold = dir.resolve("gold");
        assertTrue(ok("corrections", "export", "--index", index.toString(), "--gold", gold.toString()).out().startsWith("1 corrected"));
        List<Path> files;
        try (var list = Files.list(gold)) {
            files = list.sorted().toList();
        }
        assertEquals(2, files.size(), files.toString());
        assertTrue(files.get(0).getFileName().toString().matches("a-[0-9a-f]{8}\\.json"), files.toString());
        JsonNode json = AnnotationJson.MAPPER.readTree(files.get(0).toFile());
        assertEquals("2025-10-28", json.path("document").path("date").asText());
        assertEquals("[\"AU\"]", json.path("commitments").get(0).path("parties").toString());
        assertTrue(json.path("mentions").get(0).path("due").isMissingNode(), "gold mentions have no due date");
        assertEquals(TEXT, Files.readString(files.get(1)));

        JsonNode eval = AnnotationJson.MAPPER.readTree(ok("eval", "--gold", gold.toString(), "--format", "json").out());
        JsonNode commitments = eval.path("total").path("commitments");
        assertEquals(1.0, commitments.path("f1").asDouble(), "the same sentences are commitments");
        // Micro F1 over both sentences: CA = CA, but CL, JP against the analyst's AU (P 1/3, R 1/2).
        assertEquals(0.4, commitments.path("partiesF1").asDouble(), 1e-9);
        assertEquals(1.0, eval.path("total").path("mentions").path("ALL").path("f1").asDouble());

        Path models = dir.resolve("models");
        String trained = ok("train", "--gold", gold.toString(), "--corpus", Files.createDirectories(dir.resolve("none")).toString(),
                "--models", models.toString(), "--iterations", "5").out();
        assertTrue(trained.contains("1 gold documents"), trained);
        assertTrue(Files.size(models.resolve("party-ner.bin")) > 0);
    }

    @Test
    void aCorrectionOnAChangedFileIsReportedByStatus() throws IOException {
        fixParties("AU");
        String status = ok("status", "--index", index.toString()).out();
        assertTrue(status.contains("1 corrections, 0 not applied"), status);

        // Edited above the sentence: the fix follows it.
        Files.writeString(docs.resolve("a.txt"), TEXT.replace("date: 2025-10-28\n", "date: 2025-10-28\ntitle: Stockpiles\n"));
        ok("index", "--index", index.toString(), docs.toString());
        assertEquals(List.of("AU"), parties(stockpiling()));

        // The sentence itself changed: the fix no longer applies, and status says so.
        Files.writeString(docs.resolve("a.txt"), TEXT.replace("lithium", "cobalt"));
        Cli reindexed = ok("index", "--index", index.toString(), docs.toString());
        assertTrue(reindexed.err().contains("no longer applies"), reindexed.err());
        status = ok("status", "--index", index.toString()).out();
        assertTrue(status.contains("1 corrections, 1 not applied") && status.contains("by ana")
                && status.contains("no longer in the index"), status);
        JsonNode json = AnnotationJson.MAPPER.readTree(ok("status", "--index", index.toString(), "--format", "json").out());
        assertEquals(1, json.path("correctionsNotApplied").size());
    }

    @Test
    void wrongCorrectionsAreRefused() throws IOException {
        JsonNode c = stockpiling();
        String doc = c.path("document").path("id").asText();
        Cli badSpan = Cli.run("corrections", "add", "--index", index.toString(), "--document", doc, "--kind", "mention",
                "--start", "0", "--end", "3", "--norm", "JP");
        assertEquals(2, badSpan.exitCode());
        assertTrue(badSpan.err().contains("no mention at [0, 3)"), badSpan.err());
        Cli unknown = Cli.run("corrections", "add", "--index", index.toString(), "--document", "0".repeat(64), "--kind",
                "not-commitment", "--start", "0", "--end", "3");
        assertTrue(unknown.err().contains("no such document"), unknown.err());
        assertEquals("", ok("corrections", "list", "--index", index.toString()).out());
    }

    static List<String> parties(JsonNode commitment) {
        List<String> parties = new java.util.ArrayList<>();
        commitment.path("parties").forEach(p -> parties.add(p.asText()));
        return parties;
    }
}
