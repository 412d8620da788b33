package org.accordex.ingest;

import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.parser.ocr.TesseractOCRParser;

/** Whether scans can be read: Tika's OCR runs the {@code tesseract} program, which may not be installed. */
final class Ocr {
    private static volatile Boolean available;

    private Ocr() {
    }

    static boolean available() {
        Boolean known = available;
        if (known == null) {
            try {
                known = new TesseractOCRParser().hasTesseract();
            } catch (TikaConfigException | RuntimeException e) {
                known = false;
            }
            available = known;
        }
        return known;
    }
}
