package org.accordex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.accordex.model.SourceDocument;
import org.junit.jupiter.api.Test;

/** Emails and archives: a document for the body and one for each attachment or file, each read as a file would be. */
class ContainersTest {
    static final Ingestor INGESTOR = new Ingestor();
    static final byte[] NOTE = "Korea will stockpile nickel within six months.\n".getBytes(StandardCharsets.UTF_8);
    static final byte[] BAD_PDF = "%PDF-1.4 truncated".getBytes(StandardCharsets.ISO_8859_1);

    static byte[] mail() {
        return Fixtures.email("Draft memorandum", "Please find the draft attached.",
                Fixtures.entries("note.txt", NOTE, "logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
                        "memorandum.docx", Fixtures.docx(), "bad.pdf", BAD_PDF));
    }

    static List<Ingested> ingestAll(byte[] bytes, String name) {
        return INGESTOR.ingestAll(bytes, Path.of(name), "in/" + name, id -> true);
    }

    static String text(Ingested result) {
        return result.document().text();
    }

    @Test
    void anEmailIsItsBodyAndEachAttachment() {
        List<Ingested> results = ingestAll(mail(), "mail.eml");
        assertEquals(List.of("", "#note.txt", "#memorandum.docx", "#bad.pdf"), results.stream().map(Ingested::part).toList(),
                "the image is no document");
        SourceDocument body = results.get(0).document();
        assertEquals("in/mail.eml", body.info().source());
        assertEquals("Please find the draft attached.", body.text(), "the body without the attachments' text");
        assertEquals("Draft memorandum", body.info().title());
        assertEquals("2025-10-28", body.info().date());
        assertEquals(Ingestor.sha256(mail()), body.info().id());

        SourceDocument note = results.get(1).document();
        assertEquals("in/mail.eml#note.txt", note.info().source());
        assertEquals(Ingestor.sha256(NOTE), note.info().id(), "the attachment's own bytes");
        assertEquals(new String(NOTE, StandardCharsets.UTF_8), note.text(), "decoded as the file would be");
        assertEquals("2025-10-28", note.info().date(), "an attachment without a date of its own has the email's");
        assertEquals("in/mail.eml#memorandum.docx", results.get(2).document().info().source());
        assertTrue(text(results.get(2)).startsWith("Memorandum on Gallium Supply\n"));

        Ingested bad = results.get(3);
        assertEquals(null, bad.document());
        assertEquals(Ingestor.sha256(BAD_PDF), bad.id());
        assertTrue(bad.report("mail.eml").startsWith("mail.eml#bad.pdf: cannot parse pdf file ("), bad.report("mail.eml"));
    }

    @Test
    void anArchiveIsEachOfItsFilesAndNestedOnesAreNamedByTheirPath() {
        byte[] zip = Fixtures.zip(Fixtures.entries("dir/mail.eml", mail(), "readme.md", "Japan will fund the refinery.\n",
                "__MACOSX/dir/._mail.eml", "x", "data.bin", "x"));
        List<Ingested> results = ingestAll(zip, "a.zip");
        assertEquals(List.of("#dir/mail.eml", "#dir/mail.eml#note.txt", "#dir/mail.eml#memorandum.docx",
                "#dir/mail.eml#bad.pdf", "#readme.md"), results.stream().map(Ingested::part).toList(),
                "no document for the archive itself, nor for hidden or unknown files");
        assertEquals("in/a.zip#dir/mail.eml#memorandum.docx", results.get(2).document().info().source());
    }

    @Test
    void partsTheCallerHoldsAreNotParsed() {
        String known = Ingestor.sha256(Fixtures.docx());
        List<Ingested> results = INGESTOR.ingestAll(mail(), Path.of("mail.eml"), "mail.eml", id -> !id.equals(known));
        assertTrue(results.get(2).skipped());
        assertEquals(known, results.get(2).id());
        assertFalse(results.get(1).skipped());
    }

    @Test
    void anEmptyArchiveOrOneTooDeepIsAFailure() {
        Ingested empty = ingestAll(Fixtures.zip(Map.of()), "empty.zip").get(0);
        assertEquals("empty.zip: no documents in the archive", empty.report("empty.zip"));
        byte[] nested = NOTE;
        String name = "note.txt";
        for (int i = 0; i <= Unpacker.MAX_DEPTH; i++) {
            nested = Fixtures.zip(Fixtures.entries(name, nested));
            name = "level" + i + ".zip";
        }
        List<Ingested> results = ingestAll(nested, "deep.zip");
        Ingested last = results.get(results.size() - 1);
        assertTrue(last.failure().getMessage().startsWith("nested too deeply"), last.report("deep.zip"));
    }

    @Test
    void aFileHoldsAtMostSoManyDocuments() {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        for (int i = 0; i <= Unpacker.MAX_DOCUMENTS; i++) {
            entries.put("note" + i + ".txt", ("Note " + i + ".\n").getBytes(StandardCharsets.UTF_8));
        }
        List<Ingested> results = ingestAll(Fixtures.zip(entries), "many.zip");
        assertEquals(Unpacker.MAX_DOCUMENTS + 1, results.size());
        assertTrue(results.get(Unpacker.MAX_DOCUMENTS).failure().getMessage().startsWith("more than 1000 documents"));
    }

    @Test
    void ingestOfAnEmailIsItsBodyOnly() throws IngestException {
        SourceDocument body = INGESTOR.ingest(mail(), Path.of("mail.eml"), "mail.eml");
        assertEquals("Please find the draft attached.", body.text());
    }

    @Test
    void aPlainFileIsOneDocument() {
        List<Ingested> results = ingestAll(NOTE, "note.txt");
        assertEquals(1, results.size());
        assertEquals("in/note.txt", results.get(0).document().info().source());
    }
}
