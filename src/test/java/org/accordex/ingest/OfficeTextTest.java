package org.accordex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.accordex.model.SourceDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A word processor's file is read as its reader sees it: no deleted text, no comments, notes after the body, and a
 * title that is not a file name.
 */
class OfficeTextTest {
    static SourceDocument read(String format) throws IngestException {
        byte[] bytes = format.equals("docx") ? Fixtures.docx() : Fixtures.odt();
        return ContainersTest.INGESTOR.ingest(bytes, Path.of("draft." + format), "draft." + format);
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "odt"})
    void trackedDeletionsAndCommentsAreNotText(String format) throws IngestException {
        String text = read(format).text();
        assertFalse(text.contains("grants"), text);
        assertFalse(text.contains("treasury"), text);
        assertTrue(text.contains("in Australia"), "inserted text stays: " + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "odt"})
    void footnotesComeAfterTheBody(String format) throws IngestException {
        String text = read(format).text();
        int body = text.indexOf("Both sides will meet every year.");
        int note = text.indexOf("Loans are subject to approval by the lenders.");
        assertTrue(body >= 0 && note > body, text);
        assertTrue(text.matches("(?s).*gallium refining(\\[2\\])? in Australia\\..*"), "the sentence is whole: " + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "odt"})
    void aFileNameIsNoTitleAndAHeadingEndsItsLine(String format) throws IngestException {
        SourceDocument document = read(format);
        assertEquals("Memorandum on Gallium Supply", document.info().title(), "not MoU_Draft_v2." + format);
        assertTrue(document.text().startsWith("Memorandum on Gallium Supply\n"), document.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"MoU_Draft_v2.docx", "Microsoft Word - agreement.doc", "scan.PDF"})
    void titlesThatNameFiles(String title) {
        assertTrue(Ingestor.isFileName(title));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Joint Statement", "U.S.-Japan Framework", "Agreement No. 5"})
    void titlesThatDoNot(String title) {
        assertFalse(Ingestor.isFileName(title));
    }
}
