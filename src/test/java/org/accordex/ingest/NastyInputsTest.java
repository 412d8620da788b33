package org.accordex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.accordex.annotate.Annotator;
import org.accordex.annotate.AnnotatorModels;
import org.accordex.cli.Cli;
import org.accordex.export.AnnotationJson;
import org.accordex.model.Annotation;
import org.accordex.model.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs that once broke, or could break, the pipeline: each either annotates with offsets that index its text or
 * fails with an {@link IngestException} (one line for the user), never anything else. Add new cases to
 * {@code src/test/resources/nasty/}.
 */
class NastyInputsTest {
    static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/nasty"))) {
            return files.sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void annotatesOrFailsCleanly(Path file) {
        Ingestor ingestor = new Ingestor();
        try {
            var document = ingestor.ingest(file, file.toString());
            Annotation annotation = new Annotator(AnnotatorModels.bundled()).annotate(document, null);
            for (Mention m : annotation.mentions()) {
                assertEquals(m.text(), document.text().substring(m.start(), m.end()));
            }
        } catch (IngestException e) {
            assertFalse(e.getMessage().isBlank());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Test
    void aBatchOfNastyFilesIndexesTheGoodOnesAndReportsTheRest(@TempDir Path dir) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        for (Path file : files()) {
            Files.copy(file, docs.resolve(file.getFileName()));
        }
        // Generated here rather than committed: a 50 MB text file and a symbolic link loop.
        try (var out = Files.newBufferedWriter(docs.resolve("fifty-megabytes.txt"))) {
            String line = "Japan and Australia will expand lithium stockpiling within six months, the ministers said.\n";
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length()) {
                out.write(line);
            }
        }
        Files.writeString(docs.resolve("one-megabyte-line.txt"), "Korea will invest in nickel refining; ".repeat(27_000));
        Files.createSymbolicLink(docs.resolve("loop"), docs);
        writeEncryptedPdf(docs.resolve("encrypted.pdf"));
        Path index = dir.resolve("index");
        Cli result = Cli.run("index", "--index", index.toString(), docs.toString());
        assertEquals(1, result.exitCode(), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
        result.err().lines().forEach(line -> assertTrue(line.startsWith("accordex: " + docs), line));
        assertTrue(result.out().contains(" 0 unchanged"), result.out());

        Cli status = Cli.run("status", "--index", index.toString(), "--format", "json");
        var json = AnnotationJson.MAPPER.readTree(status.out());
        assertEquals(result.err().lines().count(), json.get("failures").size());
        assertTrue(json.get("documents").asLong() >= 10, status.out());

        assertTrue(result.err().contains("encrypted.pdf: encrypted document"), result.err());
        Cli french = Cli.run("annotate", docs.resolve("french.txt").toString());
        var annotation = AnnotationJson.MAPPER.readTree(french.out());
        assertEquals("fr", annotation.get("document").get("language").asText());
        assertEquals(0, annotation.get("mentions").size());
    }

    @Test
    void aDocumentThatTakesTooLongIsAbandoned(@TempDir Path dir) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("slow.txt"), "Japan will fund graphite research within six months. ".repeat(150_000));
        Files.writeString(docs.resolve("quick.txt"), "Chile will invest in lithium.\n");
        Cli result = Cli.run("index", "--timeout", "1", "--index", dir.resolve("index").toString(), docs.toString());
        assertEquals(1, result.exitCode());
        assertEquals("accordex: " + docs.resolve("slow.txt") + ": abandoned after 1 s (--timeout)\n", result.err());
        assertTrue(result.out().startsWith("2 files seen, 1 indexed, 0 unchanged, 1 failed"), result.out());
    }

    /** A PDF that needs a password to open, made with PDFBox (which Tika already brings). */
    private static void writeEncryptedPdf(Path file) throws IOException {
        try (var pdf = new org.apache.pdfbox.pdmodel.PDDocument()) {
            pdf.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner-secret", "user-secret",
                    new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(file.toFile());
        }
    }
}
