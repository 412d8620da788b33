package org.accordex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import org.accordex.export.AnnotationJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void helpListsEveryCommand() {
        Cli result = Cli.run("--help");
        assertEquals(0, result.exitCode());
        for (String command : new String[] {"index", "annotate", "search", "export", "deadlines", "eval", "train"}) {
            assertTrue(result.out().contains(command), command);
        }
    }

    @Test
    void annotatePrintsOneJsonDocumentWithDueDates() throws IOException {
        Path file = write("mou.txt", "Japan and Australia will expand lithium stockpiling within six months.\n");
        Cli result = Cli.run("annotate", "--date", "2025-10-28", file.toString());
        assertEquals(0, result.exitCode(), result.err());
        JsonNode json = AnnotationJson.MAPPER.readTree(result.out());
        assertEquals("accordex/1", json.get("schema").asText());
        JsonNode commitment = json.get("commitments").get(0);
        assertEquals("[\"AU\",\"JP\"]", commitment.get("parties").toString());
        assertEquals("2026-04-28", commitment.get("deadline").get("due").asText());
    }

    @Test
    void severalFilesGiveJsonLines() throws IOException {
        Path a = write("a.txt", "Japan will fund graphite research.\n");
        Path b = write("b.txt", "Canada shall not impose export bans on nickel.\n");
        Cli result = Cli.run("annotate", a.toString(), b.toString());
        assertEquals(0, result.exitCode());
        assertEquals(2, result.out().lines().count());
    }

    @Test
    void aBadFileIsOneLineAndTheBatchGoesOn() throws IOException {
        Path good = write("good.txt", "Japan will fund graphite research.\n");
        Path corrupt = dir.resolve("broken.pdf");
        Files.write(corrupt, "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII));
        Path empty = write("empty.txt", "");
        Cli result = Cli.run("annotate", "--format", "jsonl", good.toString(), corrupt.toString(), empty.toString());
        assertEquals(1, result.exitCode());
        assertEquals(1, result.out().lines().count(), "the good file is still annotated");
        assertEquals(2, result.err().lines().count(), result.err());
        assertTrue(result.err().lines().allMatch(l -> l.startsWith("accordex: " + dir)), result.err());
        assertTrue(result.err().contains("empty file"));
        assertFalse(result.err().contains("Exception"), result.err());
    }

    @Test
    void searchWithoutAnIndexExitsTwo() {
        Cli result = Cli.run("search", "--index", dir.resolve("none").toString(), "lithium");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("accordex: no index at"), result.err());
    }

    @Test
    void aBadQueryGetsTheParserMessage() throws IOException {
        Path doc = write("doc.txt", "Japan will fund graphite research.\n");
        Path index = dir.resolve("index");
        assertEquals(0, Cli.run("index", "--index", index.toString(), doc.toString()).exitCode());
        Cli result = Cli.run("search", "--index", index.toString(), "party:(JP AND");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("accordex: bad query:"), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
    }

    @Test
    void unknownOptionsAreUsageErrors() {
        Cli result = Cli.run("annotate", "--colour", "x.txt");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("Unknown option"), result.err());
    }

    @Test
    void aBrokenIndexIsAnInternalErrorOnOneLineAndDebugShowsTheTrace() throws IOException {
        Path doc = write("broken-index.txt", "Japan will fund graphite research.\n");
        Path index = dir.resolve("broken-index");
        assertEquals(0, Cli.run("index", "--index", index.toString(), doc.toString()).exitCode());
        try (var files = Files.list(index)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(f, "not a commit".getBytes(StandardCharsets.US_ASCII));
            }
        }
        Cli result = Cli.run("search", "--index", index.toString(), "graphite");
        assertEquals(4, result.exitCode(), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith("accordex: internal error: "), result.err());
        assertTrue(result.err().endsWith("(run with --debug for the stack trace)\n"), result.err());

        Cli debug = Cli.run("search", "--index", index.toString(), "--debug", "graphite");
        assertEquals(4, debug.exitCode());
        assertTrue(debug.err().contains("\tat org.apache.lucene"), debug.err());
    }
}
