package org.accordex.ingest;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes a PDF the way a scanner does: each page one picture of printed lines, no text layer, and optionally a
 * line of real text stamped on it (a registry stamp or a Bates number), as scanned agreements often have. A line
 * {@link #SIGNATURE} is drawn as a pen's signature stroke over a rule, which OCR reads as a line of marks.
 */
final class ScannedPdf {
    private static final int DPI = 200;
    static final String SIGNATURE = "<signature>";

    private ScannedPdf() {
    }

    static byte[] of(List<List<String>> pages, String stamp) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                PDImageXObject image = LosslessFactory.createFromImage(document, picture(lines));
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    PDRectangle box = page.getMediaBox();
                    content.drawImage(image, 0, 0, box.getWidth(), box.getHeight());
                    if (stamp != null) {
                        content.beginText();
                        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 8);
                        content.newLineAtOffset(40, 20);
                        content.showText(stamp);
                        content.endText();
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** An A4 page at 200 dpi with the lines printed in a serif face, as from a laser printer. */
    private static BufferedImage picture(List<String> lines) {
        int width = (int) (8.27 * DPI);
        int height = (int) (11.69 * DPI);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 34));
        int y = 260;
        for (String line : lines) {
            if (line.equals(SIGNATURE)) {
                g.setStroke(new java.awt.BasicStroke(3));
                int[] xs = new int[60];
                int[] ys = new int[60];
                for (int t = 0; t < xs.length; t++) {
                    xs[t] = 200 + t * 6;
                    ys[t] = y - 20 + (int) (25 * Math.sin(t / 2.5)) + (t % 5) * 3;
                }
                g.drawPolyline(xs, ys, xs.length);
                g.drawLine(200, y + 20, 700, y + 20);
                y += 40;
            } else {
                g.drawString(line, 200, y);
            }
            y += 56;
        }
        g.dispose();
        return image;
    }
}
