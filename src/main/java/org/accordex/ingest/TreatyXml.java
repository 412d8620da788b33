package org.accordex.ingest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.tika.utils.XMLReaderUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Trade agreements published as XML with their catalogue data beside the text ({@code <treaty><meta>…</meta>
 * <body><chapter><article>…}): the text is the agreement's name and its articles, not the catalogue's codes, dates
 * and links; the name is the title and the signature date the document's date. The articles are often OCR output
 * with a blank line after every line, which {@link PageLayout} joins back into paragraphs.
 */
final class TreatyXml {
    /** The agreement's text, title and signature date (ISO, or null). */
    record Treaty(String text, String title, String date) {
    }

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int SNIFF = 512;

    private TreatyXml() {
    }

    /** The treaty in {@code bytes}, or empty when they are not a treaty document of this form. */
    static Optional<Treaty> read(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.UTF_8);
        if (!head.contains("<treaty")) {
            return Optional.empty(); // not worth a parse
        }
        Document xml;
        try {
            xml = XMLReaderUtils.buildDOM(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            return Optional.empty(); // let the general parser report it
        }
        Element root = xml.getDocumentElement();
        Element meta = child(root, "meta");
        Element body = child(root, "body");
        if (!root.getTagName().equals("treaty") || body == null) {
            return Optional.empty();
        }
        String title = meta == null ? "" : text(child(meta, "name"));
        String signed = meta == null ? "" : text(child(meta, "date_signed"));
        List<String> blocks = new ArrayList<>();
        if (!title.isEmpty()) {
            blocks.add(title);
        }
        NodeList articles = body.getElementsByTagName("article");
        for (int i = 0; i < articles.getLength(); i++) {
            String article = PageLayout.of(List.of(articles.item(i).getTextContent())).text().strip();
            if (!article.isEmpty()) {
                blocks.add(article);
            }
        }
        if (articles.getLength() == 0) {
            blocks.add(PageLayout.of(List.of(body.getTextContent())).text().strip());
        }
        return Optional.of(new Treaty(String.join("\n\n", blocks), title.isEmpty() ? null : title,
                ISO_DATE.matcher(signed).matches() ? signed : null));
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element e) {
        return e == null ? "" : e.getTextContent().strip();
    }
}
