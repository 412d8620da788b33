package org.accordex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import org.accordex.cli.Cli;
import org.accordex.export.AnnotationJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-indexing: unchanged files are skipped, changed ones replace their entries, pruning removes lost files. */
class IncrementalIndexTest {
    @TempDir
    Path dir;
    Path docs;
    Path index;

    @BeforeEach
    void writeDocuments() throws IOException {
        docs = Files.createDirectories(dir.resolve("docs"));
        index = dir.resolve("index");
        Files.writeString(docs.resolve("a.txt"), "Japan will provide loans for gallium refining.\nJapan will fund research.\n");
        Files.writeString(docs.resolve("b.txt"), "Canada shall not impose export bans on nickel.\n");
        Files.writeString(docs.resolve(".hidden.txt"), "Chile will invest in lithium.\n");
    }

    private Cli index(String... extra) {
        String[] args = new String[extra.length + 4];
        args[0] = "index";
        args[1] = "--index";
        args[2] = index.toString();
        System.arraycopy(extra, 0, args, 3, extra.length);
        args[args.length - 1] = docs.toString();
        Cli result = Cli.run(args);
        assertEquals(0, result.exitCode(), result.err());
        return result;
    }

    private long count(String query) throws IOException {
        Cli result = Cli.run("export", "--index", index.toString(), "--query", query);
        assertEquals(0, result.exitCode(), result.err());
        return result.out().lines().count();
    }

    private long documents(String query) throws IOException {
        Cli result = Cli.run("search", "--index", index.toString(), "--format", "json", query);
        JsonNode json = AnnotationJson.MAPPER.readTree(result.out());
        return json.get("total").asLong();
    }

    @Test
    void secondRunIndexesNothingAndChangesNothing() throws IOException {
        assertTrue(index().out().startsWith("2 files seen, 2 indexed, 0 unchanged, 0 failed"), "hidden files are skipped");
        assertEquals(3, count(""));
        assertTrue(index().out().startsWith("2 files seen, 0 indexed, 2 unchanged, 0 failed"));
        assertEquals(3, count(""));
        assertEquals(2, documents("*:*"));
    }

    @Test
    void aModifiedFileReplacesItsEntries() throws IOException {
        index();
        Files.writeString(docs.resolve("a.txt"), "Japan will stockpile cobalt.\n");
        assertTrue(index().out().startsWith("2 files seen, 1 indexed, 1 unchanged"));
        assertEquals(2, count(""));
        assertEquals(0, count("mineral:gallium"));
        assertEquals(1, count("mineral:cobalt"));
        assertEquals(2, documents("*:*"));
    }

    @Test
    void pruneRemovesDocumentsWhoseFileIsGone() throws IOException {
        index();
        Files.delete(docs.resolve("b.txt"));
        assertTrue(index("--prune").out().contains("1 pruned"));
        assertEquals(1, documents("*:*"));
        assertEquals(0, count("party:CA"));
    }

    @Test
    void reannotateForcesAFreshAnnotation() throws IOException {
        index();
        assertTrue(index("--reannotate").out().startsWith("2 files seen, 2 indexed, 0 unchanged"));
        assertEquals(3, count(""));
    }

    @Test
    void aBadFileDoesNotStopTheBatchNorHarmTheIndex() throws IOException {
        index();
        Files.write(docs.resolve("broken.docx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        Cli result = Cli.run("index", "--index", index.toString(), docs.toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.out().startsWith("3 files seen, 0 indexed, 2 unchanged, 1 failed"), result.out());
        assertTrue(result.err().startsWith("accordex: " + docs.resolve("broken.docx")), result.err());
        assertEquals(3, count(""));
    }

    @Test
    void anotherAnnotatorVersionReannotatesWhatTheIndexHolds() throws IOException {
        Path models = dir.resolve("models");
        Files.createDirectories(models.resolve("dict"));
        for (String name : new String[] {"party.tsv", "mineral.tsv", "instrument.tsv"}) {
            Files.copy(Path.of("models/dict", name), models.resolve("dict").resolve(name));
        }
        Files.writeString(models.resolve("dict/mineral.tsv"), "unobtainium\tunobtainium\tname\n",
                java.nio.file.StandardOpenOption.APPEND);
        Cli old = Cli.run("index", "--models", models.toString(), "--index", index.toString(), docs.toString());
        assertEquals(0, old.exitCode(), old.err());
        Path elsewhere = Files.createDirectories(dir.resolve("empty"));
        Cli upgraded = Cli.run("index", "--index", index.toString(), elsewhere.toString());
        assertTrue(upgraded.out().startsWith("2 files seen, 2 indexed"), upgraded.out());
        Cli status = Cli.run("status", "--index", index.toString());
        assertTrue(status.out().contains("(current)"), status.out());
        assertEquals(3, count(""));
    }
}
