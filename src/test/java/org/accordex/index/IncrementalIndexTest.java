package org.accordex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import org.accordex.cli.Cli;
import org.accordex.export.AnnotationJson;
import org.accordex.ingest.Fixtures;
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

    private void writeZip(Object... entries) throws IOException {
        Files.write(docs.resolve("bundle.zip"), Fixtures.zip(Fixtures.entries(entries)));
    }

    @Test
    void anArchiveIsADocumentPerFileAndReindexingItChangesNothing() throws IOException {
        writeZip("one.txt", "Chile will invest in lithium.\n", "two.txt", "Peru will invest in copper.\n");
        assertTrue(index().out().startsWith("3 files seen, 4 indexed, 0 unchanged, 0 failed"), "a, b and the two files");
        assertTrue(index().out().startsWith("3 files seen, 0 indexed, 4 unchanged, 0 failed"));
        assertEquals(4, documents("*:*"));
        String source = docs.resolve("bundle.zip") + "#two.txt";
        assertEquals(1, documents("source:\"" + source + "\""), "a source with '#' is found");
        assertTrue(index("--prune").out().contains("0 pruned"), "the archive's documents exist while it does");
        assertEquals(4, documents("*:*"));
    }

    @Test
    void anotherAnnotatorVersionReannotatesAnArchiveOnce() throws IOException {
        writeZip("one.txt", "Chile will invest in lithium.\n", "two.txt", "Peru will invest in copper.\n");
        Path models = dir.resolve("models");
        Files.createDirectories(models.resolve("dict"));
        for (String name : new String[] {"party.tsv", "mineral.tsv", "instrument.tsv"}) {
            Files.copy(Path.of("models/dict", name), models.resolve("dict").resolve(name));
        }
        Files.writeString(models.resolve("dict/mineral.tsv"), "unobtainium\tunobtainium\tname\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertEquals(0, Cli.run("index", "--models", models.toString(), "--index", index.toString(), docs.toString()).exitCode());
        Cli upgraded = Cli.run("index", "--index", index.toString(), Files.createDirectories(dir.resolve("empty")).toString());
        assertTrue(upgraded.out().startsWith("3 files seen, 4 indexed"), "the archive is one file: " + upgraded.out());
        assertEquals(1, documents("source:\"" + docs.resolve("bundle.zip") + "#one.txt\""), "under its own source");
        assertEquals(4, documents("*:*"));
    }

    @Test
    void aChangedArchiveReplacesItsFiles() throws IOException {
        writeZip("one.txt", "Chile will invest in lithium.\n", "two.txt", "Peru will invest in copper.\n");
        index();
        writeZip("one.txt", "Chile will invest in lithium.\n", "three.txt", "Bolivia will invest in tin.\n");
        assertTrue(index().out().startsWith("3 files seen, 1 indexed, 3 unchanged"));
        assertEquals(4, documents("*:*"), "two.txt is gone, three.txt came");
        assertEquals(0, count("mineral:copper"));
        assertEquals(1, count("mineral:tin"));
        Files.delete(docs.resolve("bundle.zip"));
        assertTrue(index("--prune").out().contains("2 pruned"));
        assertEquals(2, documents("*:*"));
    }

    @Test
    void aBadAttachmentIsReportedAndTheOthersAreIndexed() throws IOException {
        Files.write(docs.resolve("mail.eml"), Fixtures.email("Offer", "Japan will fund the refinery.",
                Fixtures.entries("bad.pdf", "%PDF-1.4 truncated".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                        "offer.txt", "Korea will stockpile nickel.\n")));
        Cli result = Cli.run("index", "--index", index.toString(), docs.toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.out().startsWith("3 files seen, 4 indexed, 0 unchanged, 1 failed"), result.out());
        assertTrue(result.err().startsWith("accordex: " + docs.resolve("mail.eml") + "#bad.pdf: cannot parse pdf file"),
                result.err());
        assertEquals(4, documents("*:*"));
        Cli status = Cli.run("status", "--index", index.toString());
        assertTrue(status.out().contains("mail.eml#bad.pdf"), status.out());
    }
}
