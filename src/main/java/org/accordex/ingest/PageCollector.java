package org.accordex.ingest;

import java.util.ArrayList;
import java.util.List;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the text of each page of Tika's XHTML for a paged format (a PDF: one {@code <div class="page">} a page),
 * lines as the producer wrote them and a blank line after each of its paragraphs, so {@link PageLayout} can see what lies at the top and bottom of
 * each page. Text outside pages (the bookmark outline Tika appends, embedded files) is left out; so is a PDF's
 * annotation text, which Tika puts in {@code <div class="annotation">}.
 */
final class PageCollector extends DefaultHandler {
    private final int maxChars;
    private final List<String> pages = new ArrayList<>();
    private StringBuilder page;
    private int pageDepth;
    private int skipDepth;
    private int depth;
    private int chars;

    PageCollector(int maxChars) {
        this.maxChars = maxChars;
    }

    /** The text of each page, in order; lines end with '\n'. */
    List<String> pages() {
        return List.copyOf(pages);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        depth++;
        String name = localName.isEmpty() ? qName : localName;
        String cls = attributes.getValue("class");
        if (name.equals("div") && "page".equals(cls) && page == null) {
            page = new StringBuilder();
            pageDepth = depth;
        } else if (page != null && skipDepth == 0 && name.equals("div") && "annotation".equals(cls)) {
            skipDepth = depth;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        if (page != null) {
            if (depth == skipDepth) {
                skipDepth = 0;
            } else if (depth == pageDepth) {
                pages.add(page.toString());
                page = null;
            } else if (skipDepth == 0 && (name.equals("p") || name.equals("div") || name.equals("li")
                    || name.startsWith("h") && name.length() == 2)) {
                page.append("\n\n"); // a blank line: the producer's paragraph ends here
            }
        }
        depth--;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (page != null && skipDepth == 0) {
            chars += length;
            if (chars > maxChars) {
                throw new SAXException(new TooMuchText());
            }
            page.append(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    /** Thrown (inside a SAXException) when a document has more text than it may. */
    static final class TooMuchText extends RuntimeException {
        TooMuchText() {
            super("too much text", null, false, false);
        }
    }
}
