package org.accordex.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamResult;

import org.apache.tika.exception.TikaException;
import org.apache.tika.utils.XMLReaderUtils;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * An ODF {@code content.xml} as a reader sees the document: the deleted text of tracked changes
 * ({@code text:tracked-changes}) and comments ({@code office:annotation}) left out, and each footnote or endnote
 * ({@code text:note}) taken out of its sentence, without its citation mark, and put after the body.
 */
final class OdfNotes extends XMLFilterImpl {
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

    /** A SAX event kept for later. */
    private interface Event {
        void replay() throws SAXException;
    }

    /** Depth inside an element left out, 0 outside. */
    private int dropping;
    /** Depth inside a note's body, 0 outside. */
    private int inNote;
    private final List<Event> notes = new ArrayList<>();

    private OdfNotes() {
    }

    /** The filtered XML of {@code content}. */
    static byte[] filter(InputStream content) throws IOException, TikaException {
        OdfNotes filter = new OdfNotes();
        filter.setParent(XMLReaderUtils.getXMLReader());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer identity = factory.newTransformer();
            identity.transform(new SAXSource(filter, new InputSource(content)), new StreamResult(out));
        } catch (TransformerException e) {
            throw new TikaException("cannot read the document body", e);
        }
        return out.toByteArray();
    }

    @Override
    public void startElement(String uri, String local, String name, Attributes atts) throws SAXException {
        if (dropping > 0) {
            dropping++;
        } else if ((TEXT.equals(uri) && (local.equals("tracked-changes") || local.equals("note-citation")))
                || (OFFICE.equals(uri) && local.equals("annotation"))) {
            dropping = 1;
        } else if (inNote > 0) {
            inNote++;
            AttributesImpl copy = new AttributesImpl(atts);
            notes.add(() -> super.startElement(uri, local, name, copy));
        } else if (TEXT.equals(uri) && local.equals("note-body")) {
            inNote = 1;
        } else if (!(TEXT.equals(uri) && local.equals("note"))) {
            super.startElement(uri, local, name, atts);
        }
    }

    @Override
    public void endElement(String uri, String local, String name) throws SAXException {
        if (dropping > 0) {
            dropping--;
        } else if (inNote > 0) {
            if (--inNote > 0) {
                notes.add(() -> super.endElement(uri, local, name));
            }
        } else if (TEXT.equals(uri) && local.equals("note")) {
            return;
        } else {
            if (OFFICE.equals(uri) && local.equals("text")) {
                for (Event e : notes) {
                    e.replay();
                }
                notes.clear();
            }
            super.endElement(uri, local, name);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (dropping > 0) {
            return;
        }
        if (inNote > 0) {
            String text = new String(ch, start, length);
            notes.add(() -> super.characters(text.toCharArray(), 0, text.length()));
            return;
        }
        super.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (dropping == 0 && inNote == 0) {
            super.ignorableWhitespace(ch, start, length);
        }
    }
}
