package org.accordex.ingest;

import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.parser.ocr.TesseractOCRParser;

/**
 * Whether scans can be read: Tika's OCR runs the {@code tesseract} program, which may not be installed. The system
 * property {@code accordex.ocr=off} turns OCR off (scans are then refused with a message, as without tesseract).
 */
final class Ocr {
    private static volatile Boolean available;

    private Ocr() {
    }

    static boolean available() {
        if ("off".equals(System.getProperty("accordex.ocr"))) {
            return false;
        }
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
