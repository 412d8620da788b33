package org.accordex.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.EmbeddedContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Collects the direct attachments of an email, or the files of an archive, while Tika parses the container, so they
 * become documents of their own rather than text pasted into the container's. An email's unnamed inline text part is
 * its body: that one is parsed into the container's text. Only files with a document extension
 * ({@link FileWalker#DOCUMENT_EXTENSIONS}) are kept, as in a folder: logos, signatures and hidden files are not
 * documents. Not thread-safe: one per parse.
 */
final class Attachments implements EmbeddedDocumentExtractor {
    /** One file found in a container; {@code bytes} is null when it was larger than {@link #MAX_BYTES}. */
    record Part(String name, byte[] bytes) {
    }

    /** Largest attachment read into memory; a larger one is reported rather than read. */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    private final Parser bodyParser;
    private final ParseContext context;
    private final List<Part> parts = new ArrayList<>();
    private int unnamedMessages;

    Attachments(Parser bodyParser, ParseContext context) {
        this.bodyParser = bodyParser;
        this.context = context;
    }

    List<Part> parts() {
        return List.copyOf(parts);
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        return true;
    }

    @Override
    public void parseEmbedded(InputStream in, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        String type = String.valueOf(metadata.get(Metadata.CONTENT_TYPE)).toLowerCase(Locale.ROOT);
        if (name == null || name.isBlank()) {
            if (isBody(metadata, type)) {
                try {
                    bodyParser.parse(in, new EmbeddedContentHandler(handler), metadata, context); // its charset too
                } catch (org.apache.tika.exception.TikaException e) {
                    throw new IOException("cannot read the message body", e);
                }
                return;
            }
            if (!type.startsWith("message/rfc822")) {
                return; // an unnamed inline image or signature
            }
            name = "message-" + ++unnamedMessages + ".eml"; // a forwarded message
        }
        name = name.replace('\\', '/').replace("\0", "");
        if (!FileWalker.isDocument(java.nio.file.Path.of(baseName(name))) || hidden(name)) {
            return;
        }
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        parts.add(new Part(name, bytes.length > MAX_BYTES ? null : bytes));
    }

    /** A message's own text: an inline text part without a file name. */
    private static boolean isBody(Metadata metadata, String type) {
        String disposition = String.valueOf(metadata.get("Content-Disposition")).toLowerCase(Locale.ROOT);
        return (type.startsWith("text/plain") || type.startsWith("text/html")) && !disposition.startsWith("attachment");
    }

    static String baseName(String name) {
        String trimmed = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    private static boolean hidden(String name) {
        for (String segment : name.split("/")) {
            if (segment.startsWith(".") || segment.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }
}
