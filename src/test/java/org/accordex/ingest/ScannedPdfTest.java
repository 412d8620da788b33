package org.accordex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;

import org.accordex.annotate.Annotator;
import org.accordex.annotate.AnnotatorModels;
import org.accordex.model.Annotation;
import org.accordex.model.SourceDocument;
import org.junit.jupiter.api.Test;

/**
 * Scans: an image-only PDF is read by OCR when tesseract is installed, and refused with a message that says what to
 * do when it is not; a scan with a line of real text stamped on it is not taken for a document of one line.
 */
class ScannedPdfTest {
    private static final List<List<String>> AGREEMENT = List.of(List.of(
            "MEMORANDUM OF UNDERSTANDING ON CRITICAL MINERALS",
            "",
            "1. The Participants will establish a joint working group on",
            "rare earth elements within six months of the signature of",
            "this Memorandum.",
            "2. Canada and Norway intend to cooperate on the recycling",
            "of lithium and cobalt from used batteries."));

    private final Ingestor ingestor = new Ingestor();

    @Test
    void aScanIsReadByOcr() throws Exception {
        assumeTrue(Ocr.available(), "tesseract is not installed; skipping OCR (install tesseract-ocr and tesseract-ocr-eng)");
        SourceDocument document = ingestor.ingest(ScannedPdf.of(AGREEMENT, null), Path.of("scan.pdf"), "scan.pdf");
        assertTrue(document.info().ocr());
        assertTrue(document.text().contains("joint working group"), document.text());
        Annotation annotation = new Annotator(AnnotatorModels.bundled()).annotate(document, java.time.LocalDate.of(2025, 3, 1));
        assertTrue(annotation.commitments().stream().anyMatch(c -> c.parties().equals(List.of("CA", "NO"))),
                annotation.commitments().toString());
        annotation.commitments().forEach(c -> assertEquals(1, c.page()));
    }

    @Test
    void aStampedScanIsReadByOcrToo() throws Exception {
        assumeTrue(Ocr.available(), "tesseract is not installed; skipping OCR");
        SourceDocument document = ingestor.ingest(ScannedPdf.of(AGREEMENT, "RECEIVED 12 MAR 2025 REGISTRY"),
                Path.of("stamped.pdf"), "stamped.pdf");
        assertTrue(document.info().ocr());
        assertTrue(document.text().contains("recycling"), document.text());
    }

    @Test
    void aSignedScansStrokesDoNotCutALeadInFromItsItems() throws Exception {
        assumeTrue(Ocr.available(), "tesseract is not installed; skipping OCR");
        List<List<String>> pages = List.of(
                List.of("JOINT STATEMENT ON BATTERY SUPPLY CHAINS", "",
                        "The Ministries of Kestrel and Marlow will support joint projects in",
                        "areas such as:"),
                List.of(ScannedPdf.SIGNATURE, "",
                        "- the refining of graphite and nickel for battery makers;",
                        "- the training of mine inspectors in both countries.", "",
                        ScannedPdf.SIGNATURE, "For the Ministry of Kestrel"));
        SourceDocument document = ingestor.ingest(ScannedPdf.of(pages, null), Path.of("signed.pdf"), "signed.pdf");
        String text = document.text();
        assertTrue(text.contains("such as:\n\n- the refining"), text);
        assertTrue(text.strip().endsWith("For the Ministry of Kestrel"), text);
    }

    @Test
    void withoutOcrAScanIsRefusedWithWhatToDo() throws Exception {
        System.setProperty("accordex.ocr", "off");
        try {
            IngestException e = assertThrows(IngestException.class,
                    () -> ingestor.ingest(ScannedPdf.of(AGREEMENT, null), Path.of("scan.pdf"), "scan.pdf"));
            assertEquals("image-only PDF, no text layer: install tesseract-ocr (and tesseract-ocr-eng) to read scans",
                    e.getMessage());
            SourceDocument stamped = ingestor.ingest(ScannedPdf.of(AGREEMENT, "RECEIVED 12 MAR 2025 REGISTRY"),
                    Path.of("stamped.pdf"), "stamped.pdf");
            assertFalse(stamped.info().ocr());
            assertTrue(stamped.warnings().get(0).contains("install tesseract-ocr"), stamped.warnings().toString());
        } finally {
            System.clearProperty("accordex.ocr");
        }
    }

    @Test
    void aPdfWithATextLayerIsNotReadByOcr() {
        assertFalse(Ingestor.looksScanned(List.of("The Participants will establish a joint working group on rare earth "
                + "elements within six months of the signature of this Memorandum, and will report to the ministers.")));
        assertTrue(Ingestor.looksScanned(List.of("RECEIVED 12 MAR 2025", "", "")));
        String body = "The Participants will establish a joint working group on rare earth elements. ".repeat(30);
        assertFalse(Ingestor.looksScanned(List.of("MEMORANDUM OF UNDERSTANDING", body, "For Canada   For Norway")),
                "a title page and a signature page around a full page");
    }
}
