package org.accordex.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.apache.tika.sax.EmbeddedContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * What a word processor's file says, rather than everything it stores: tracked deletions and comments are not
 * document text, and footnotes and endnotes come after the body instead of inside the sentence that cites them.
 * DOCX goes through Tika's streaming extractor (deletions and moved-from text left out, notes after the body) with
 * the comments part unlinked first; ODT through {@link OdfNotes}, with a line break after each heading.
 */
final class OfficeText {
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String RELATIONSHIPS = "word/_rels/document.xml.rels";
    /** The main part's link to its comments (transitional and strict namespaces alike). */
    private static final Pattern COMMENTS_RELATIONSHIP =
            Pattern.compile("<Relationship\\b[^>]*\\bType=\"[^\"]*/comments\"[^>]*/>");

    private final OpenDocumentParser odf = new OpenDocumentParser();
    private final Set<MediaType> odfTypes;

    OfficeText() {
        odf.setContentParser(new OdfBodyFilter());
        odfTypes = odf.getSupportedTypes(new ParseContext());
    }

    /** A parse context with the office options above. */
    static ParseContext context() {
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        office.setIncludeDeletedContent(false);
        office.setIncludeMoveFromContent(false);
        ParseContext context = new ParseContext();
        context.set(OfficeParserConfig.class, office);
        return context;
    }

    /** The parser for {@code type}: ours for OpenDocument, otherwise {@code parser}. */
    Parser parser(MediaType type, Parser parser) {
        return odfTypes.contains(type.getBaseType()) ? odf : parser;
    }

    /** {@code handler}, with a line break after each heading (Tika's ODT headings run into the next line). */
    private static ContentHandler withLineBreaks(ContentHandler handler) {
        return new ContentHandlerDecorator(handler) {
            private char last = '\n';

            @Override
            public void characters(char[] ch, int start, int length) throws SAXException {
                if (length > 0) {
                    last = ch[start + length - 1];
                }
                super.characters(ch, start, length);
            }

            @Override
            public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
                if (length > 0) {
                    last = ch[start + length - 1];
                }
                super.ignorableWhitespace(ch, start, length);
            }

            @Override
            public void endElement(String uri, String localName, String name) throws SAXException {
                super.endElement(uri, localName, name);
                if (localName.length() == 2 && localName.charAt(0) == 'h' && Character.isDigit(localName.charAt(1))
                        && last != '\n') {
                    characters(new char[] {'\n'}, 0, 1);
                }
            }
        };
    }

    /**
     * A DOCX without the link from its body to its comments, so no extractor reads them; any other file, or a DOCX
     * without comments or that cannot be read as a zip, as it is.
     */
    static byte[] withoutComments(byte[] bytes, MediaType type) {
        if (!DOCX.equals(type.getBaseType().toString()) || !holdsName(bytes, "comments")) {
            return bytes; // zip entry names are stored as they are: no "comments" in the bytes, no comments part
        }
        try {
            String relationships = null;
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    if (e.getName().equals(RELATIONSHIPS)) {
                        relationships = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                        break;
                    }
                }
            }
            if (relationships == null || !COMMENTS_RELATIONSHIP.matcher(relationships).find()) {
                return bytes;
            }
            byte[] unlinked = COMMENTS_RELATIONSHIP.matcher(relationships).replaceAll("").getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes));
                    ZipOutputStream copy = new ZipOutputStream(out)) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    copy.putNextEntry(new ZipEntry(e.getName()));
                    if (e.getName().equals(RELATIONSHIPS)) {
                        copy.write(unlinked);
                    } else {
                        zip.transferTo(copy);
                    }
                    copy.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            return bytes; // Tika reports what is wrong with it
        }
    }

    private static boolean holdsName(byte[] bytes, String name) {
        byte[] wanted = name.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + wanted.length <= bytes.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Reads an ODF body through {@link OdfNotes} before Tika's own content parser. (Not a subclass of it: Tika
     * bypasses {@code parse} of its own class.)
     */
    private static final class OdfBodyFilter implements Parser {
        private final Parser tika = new org.apache.tika.parser.odf.OpenDocumentContentParser();

        @Override
        public Set<MediaType> getSupportedTypes(ParseContext context) {
            return tika.getSupportedTypes(context);
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                throws IOException, SAXException, org.apache.tika.exception.TikaException {
            // Tika's parse writes a whole XHTML page of its own: only its body goes on.
            ContentHandler body = new EmbeddedContentHandler(new BodyContentHandler(withLineBreaks(handler)));
            tika.parse(new ByteArrayInputStream(OdfNotes.filter(stream)), body, metadata, context);
        }
    }
}
