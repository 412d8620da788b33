package org.accordex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.accordex.export.AnnotationJson;
import org.accordex.ingest.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annotate} over a folder on several threads prints exactly what one thread prints, in the files' order. */
class AnnotateThreadsCliTest {
    @TempDir
    Path dir;

    private static final String[] SENTENCES = {
        "Japan will fund graphite research.",
        "Canada shall not impose export bans on nickel.",
        "Japan and Australia will expand lithium stockpiling within six months.",
        "The Parties intend to cooperate on rare earth processing by 2027.",
        "Korea will provide loans for cobalt refining.",
        "The United States and India will establish a joint fund for gallium recovery.",
    };

    /** Runs the command line with stdout and stderr in one stream, so their order against each other shows. */
    private static String runCombined(String... args) {
        StringWriter both = new StringWriter();
        PrintWriter writer = new PrintWriter(both, true);
        int code = Main.create(writer, writer).execute(args);
        return "exit " + code + "\n" + both;
    }

    @Test
    void twoThreadsPrintWhatOneThreadPrints() throws IOException {
        List<String> expectedSources = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            // Longer texts early, so later files tend to finish first on two threads.
            String text = (SENTENCES[i % SENTENCES.length] + "\n").repeat(i < 4 ? 60 : 1);
            Path file = Files.writeString(dir.resolve(String.format("doc%02d.txt", i)), text, StandardCharsets.UTF_8);
            expectedSources.add(file.toString());
            if (i == 10) {
                Files.write(dir.resolve("doc10b.pdf"), "%PDF-1.7\n1 0 obj << /Type".getBytes(StandardCharsets.US_ASCII));
            }
            if (i == 15) {
                Path mail = Files.write(dir.resolve("doc15b.eml"), Fixtures.email("Offer", "Japan will provide loans for gallium refining.",
                        Fixtures.entries("offer.txt", "Korea will stockpile nickel within six months.\n",
                                "bad.pdf", "%PDF-1.4 truncated".getBytes(StandardCharsets.ISO_8859_1))));
                expectedSources.add(mail.toString());
                expectedSources.add(mail + "#offer.txt");
            }
        }

        String one = runCombined("annotate", "--threads", "1", dir.toString());
        String two = runCombined("annotate", "--threads", "2", dir.toString());
        assertEquals(one, two);

        assertTrue(one.startsWith("exit 1\n"), "a part failed: " + one.lines().findFirst().orElse(""));
        List<String> lines = one.lines().skip(1).toList();
        List<String> sources = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("accordex: ")) {
                errors.add(line);
            } else {
                sources.add(AnnotationJson.MAPPER.readTree(line).get("document").get("source").asText());
            }
        }
        assertEquals(expectedSources, sources);
        assertEquals(2, errors.size(), errors.toString());
        // Each error line sits where its file is: after the document before it, before the one after it.
        assertTrue(lines.indexOf(errors.get(0)) > lines.indexOf(lineOf(lines, "doc10.txt")), one);
        assertTrue(lines.indexOf(errors.get(0)) < lines.indexOf(lineOf(lines, "doc11.txt")), one);
        assertTrue(errors.get(1).startsWith("accordex: " + dir.resolve("doc15b.eml") + "#bad.pdf: "), errors.get(1));
        assertTrue(lines.indexOf(errors.get(1)) < lines.indexOf(lineOf(lines, "doc16.txt")), one);
    }

    private static String lineOf(List<String> lines, String name) {
        return lines.stream().filter(l -> l.contains("\"source\":\"") && l.contains(name + "\"")).findFirst().orElseThrow();
    }
}
