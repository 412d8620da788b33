package org.accordex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.accordex.export.AnnotationJson;
import org.accordex.ingest.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annotate} over emails and archives, and {@code --include-text}. */
class AttachmentsCliTest {
    @TempDir
    Path dir;

    private Path mail() throws IOException {
        return Files.write(dir.resolve("mail.eml"), Fixtures.email("Offer", "Japan will provide loans for gallium refining.",
                Fixtures.entries("offer.txt", "Korea will stockpile nickel within six months.\n",
                        "bad.pdf", "%PDF-1.4 truncated".getBytes(StandardCharsets.ISO_8859_1))));
    }

    private static List<JsonNode> lines(Cli result) throws IOException {
        List<JsonNode> lines = new java.util.ArrayList<>();
        for (String line : result.out().lines().toList()) {
            lines.add(AnnotationJson.MAPPER.readTree(line));
        }
        return lines;
    }

    @Test
    void anEmailGivesALinePerDocumentAndABadAttachmentIsOneErrorLine() throws IOException {
        Path mail = mail();
        Cli result = Cli.run("annotate", mail.toString());
        assertEquals(1, result.exitCode(), "an attachment failed");
        List<JsonNode> documents = lines(result);
        assertEquals(List.of(mail.toString(), mail + "#offer.txt"),
                documents.stream().map(d -> d.get("document").get("source").asText()).toList());
        assertEquals("[\"KR\"]", documents.get(1).get("commitments").get(0).get("parties").toString());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith("accordex: " + mail + "#bad.pdf: cannot parse pdf file ("), result.err());
    }

    @Test
    void includeTextAddsTheTextTheOffsetsIndex() throws IOException {
        Path file = Files.writeString(dir.resolve("mou.txt"), "Japan and Australia will expand lithium stockpiling.\n");
        JsonNode plain = AnnotationJson.MAPPER.readTree(Cli.run("annotate", file.toString()).out());
        assertFalse(plain.get("document").has("text"), "only when asked");
        Cli result = Cli.run("annotate", "--include-text", file.toString());
        assertEquals(0, result.exitCode(), result.err());
        JsonNode json = AnnotationJson.MAPPER.readTree(result.out());
        String text = json.get("document").get("text").asText();
        assertEquals(Files.readString(file), text);
        for (JsonNode m : json.get("mentions")) {
            assertEquals(m.get("text").asText(), text.substring(m.get("start").asInt(), m.get("end").asInt()));
        }
    }
}
