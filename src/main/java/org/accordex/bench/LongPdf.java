package org.accordex.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.accordex.model.SourceDocument;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** A long PDF for the memory figure: the corpus's texts, one after another, set in Helvetica on A4 pages. */
final class LongPdf {
    static final int PAGES = 150;
    private static final int LINES_PER_PAGE = 50;
    private static final int CHARS_PER_LINE = 95;

    private LongPdf() {
    }

    /** Writes {@code pages} pages to {@code out}; returns the characters of text on them. */
    static int write(List<SourceDocument> documents, int pages, Path out) throws IOException {
        List<String> lines = lines(documents, pages * LINES_PER_PAGE);
        int chars = 0;
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument pdf = new PDDocument()) {
            for (int page = 0; page < pages; page++) {
                PDPage p = new PDPage(PDRectangle.A4);
                pdf.addPage(p);
                try (PDPageContentStream content = new PDPageContentStream(pdf, p)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.setLeading(14);
                    content.newLineAtOffset(50, 790);
                    for (int i = page * LINES_PER_PAGE; i < (page + 1) * LINES_PER_PAGE && i < lines.size(); i++) {
                        content.showText(lines.get(i));
                        content.newLine();
                        chars += lines.get(i).length() + 1;
                    }
                    content.endText();
                }
            }
            pdf.save(out.toFile());
        }
        return chars;
    }

    /** The texts' paragraphs wrapped at word boundaries, a blank line between paragraphs, Latin-1 only (the font's). */
    private static List<String> lines(List<SourceDocument> documents, int wanted) {
        List<String> lines = new ArrayList<>();
        for (int d = 0; lines.size() < wanted && !documents.isEmpty(); d = (d + 1) % documents.size()) {
            for (String paragraph : documents.get(d).text().split("\\n\\s*\\n")) {
                String text = paragraph.replaceAll("\\s+", " ").replaceAll("[‘’]", "'").replaceAll("[“”]", "\"")
                        .replaceAll("[–—]", "-").replaceAll("[^\\x20-\\x7E\\xA0-\\xFF]", "").strip();
                StringBuilder line = new StringBuilder();
                for (String word : text.split(" ")) {
                    if (line.length() + word.length() + 1 > CHARS_PER_LINE && !line.isEmpty()) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    line.append(line.isEmpty() ? "" : " ").append(word);
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    lines.add("");
                }
            }
        }
        return lines.subList(0, Math.min(wanted, lines.size()));
    }
}
