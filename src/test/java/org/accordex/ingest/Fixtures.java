package org.accordex.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small real office files, archives and emails, built at test time with the JDK's zip API (no office suite needed):
 * a DOCX with a deleted run, a comment and a footnote; an ODT with a tracked deletion, an annotation and a footnote;
 * zips; emails with base64 attachments.
 */
public final class Fixtures {
    private Fixtures() {
    }

    /** A zip of {@code entries} (name → bytes), in order. */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTime(0L); // the same bytes on every run
                if (e.getKey().equals("mimetype")) { // ODF wants it first and stored
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(e.getValue().length);
                    CRC32 crc = new CRC32();
                    crc.update(e.getValue());
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static Map<String, byte[]> entries(Object... nameThenBytesOrString) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < nameThenBytesOrString.length; i += 2) {
            Object value = nameThenBytesOrString[i + 1];
            entries.put((String) nameThenBytesOrString[i],
                    value instanceof byte[] b ? b : ((String) value).getBytes(StandardCharsets.UTF_8));
        }
        return entries;
    }

    /**
     * A DOCX whose metadata title is a file name, with a heading, a paragraph holding a deleted run, an inserted run,
     * a comment and a footnote reference, and a closing paragraph.
     */
    public static byte[] docx() {
        String w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document " + w + "><w:body>"
                + "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>Memorandum on Gallium Supply</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t xml:space=\"preserve\">Japan will provide loans </w:t></w:r>"
                + "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText xml:space=\"preserve\">and grants </w:delText></w:r></w:del>"
                + "<w:commentRangeStart w:id=\"0\"/>"
                + "<w:r><w:t xml:space=\"preserve\">for gallium refining</w:t></w:r>"
                + "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r>"
                + "<w:r><w:footnoteReference w:id=\"2\"/></w:r>"
                + "<w:ins w:id=\"3\" w:author=\"A\"><w:r><w:t xml:space=\"preserve\"> in Australia</w:t></w:r></w:ins>"
                + "<w:r><w:t>.</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>Both sides will meet every year.</w:t></w:r></w:p>"
                + "</w:body></w:document>";
        String footnotes = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:footnotes " + w + ">"
                + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
                + "<w:footnote w:id=\"2\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> Loans are subject to approval by the lenders.</w:t></w:r></w:p></w:footnote>"
                + "</w:footnotes>";
        String comments = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:comments " + w + ">"
                + "<w:comment w:id=\"0\" w:author=\"A\"><w:p><w:r><w:t>Check the amount with treasury.</w:t></w:r></w:p></w:comment>"
                + "</w:comments>";
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        return zip(entries(
                "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                        + "<Override PartName=\"/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/>"
                        + "<Override PartName=\"/word/comments.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/>"
                        + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                        + "</Types>",
                "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"" + rel + "officeDocument\" Target=\"word/document.xml\"/>"
                        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                        + "</Relationships>",
                "word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"" + rel + "footnotes\" Target=\"footnotes.xml\"/>"
                        + "<Relationship Id=\"rId2\" Type=\"" + rel + "comments\" Target=\"comments.xml\"/>"
                        + "</Relationships>",
                "word/document.xml", document,
                "word/footnotes.xml", footnotes,
                "word/comments.xml", comments,
                "docProps/core.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>MoU_Draft_v2.docx</dc:title></cp:coreProperties>"));
    }

    /** The ODT counterpart of {@link #docx()}: a tracked deletion, an annotation (comment) and a footnote. */
    public static byte[] odt() {
        String ns = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\"";
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content " + ns + " office:version=\"1.2\"><office:body><office:text>"
                + "<text:tracked-changes><text:changed-region text:id=\"ct1\"><text:deletion>"
                + "<office:change-info><dc:creator>A</dc:creator><dc:date>2025-01-01T00:00:00</dc:date></office:change-info>"
                + "<text:p>and grants </text:p></text:deletion></text:changed-region></text:tracked-changes>"
                + "<text:h text:outline-level=\"1\">Memorandum on Gallium Supply</text:h>"
                + "<text:p>Japan will provide loans <text:change text:change-id=\"ct1\"/>for gallium refining"
                + "<office:annotation><dc:creator>A</dc:creator><text:p>Check the amount with treasury.</text:p></office:annotation>"
                + "<text:note text:id=\"n1\" text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
                + "<text:note-body><text:p>Loans are subject to approval by the lenders.</text:p></text:note-body></text:note>"
                + " in Australia.</text:p>"
                + "<text:p>Both sides will meet every year.</text:p>"
                + "</office:text></office:body></office:document-content>";
        String meta = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta " + ns + " office:version=\"1.2\">"
                + "<office:meta><dc:title>MoU_Draft_v2.odt</dc:title></office:meta></office:document-meta>";
        return zip(entries(
                "mimetype", "application/vnd.oasis.opendocument.text",
                "META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                        + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                        + "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
                        + "</manifest:manifest>",
                "content.xml", content,
                "meta.xml", meta));
    }

    /** An email with a plain-text body and the attachments given (file name → bytes), base64-encoded. */
    public static byte[] email(String subject, String body, Map<String, byte[]> attachments) {
        String boundary = "=-accordex-boundary";
        StringBuilder s = new StringBuilder()
                .append("From: Trade Office <trade@example.org>\r\n")
                .append("To: Ministry <ministry@example.org>\r\n")
                .append("Subject: ").append(subject).append("\r\n")
                .append("Date: Tue, 28 Oct 2025 09:00:00 +0900\r\n")
                .append("MIME-Version: 1.0\r\n")
                .append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\r\n\r\n")
                .append("--").append(boundary).append("\r\n")
                .append("Content-Type: text/plain; charset=UTF-8\r\n\r\n")
                .append(body).append("\r\n");
        attachments.forEach((name, bytes) -> s.append("--").append(boundary).append("\r\n")
                .append("Content-Type: application/octet-stream; name=\"").append(name).append("\"\r\n")
                .append("Content-Disposition: attachment; filename=\"").append(name).append("\"\r\n")
                .append("Content-Transfer-Encoding: base64\r\n\r\n")
                .append(Base64.getMimeEncoder().encodeToString(bytes)).append("\r\n"));
        s.append("--").append(boundary).append("--\r\n");
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }
}
