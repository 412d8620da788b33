package org.accordex.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlEncodingDetector;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import net.dankito.readability4j.Article;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import net.dankito.readability4j.Readability4J;

/**
 * The text of an HTML page, one paragraph, heading or list item per block with a blank line between blocks
 * (the sentence splitter reads that layout).
 */
public final class WebPageText {
    /** Elements that start and end a block of text. */
    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
            "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
            "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
            "tbody", "td", "tfoot", "th", "thead", "tr", "ul");
    /** Elements whose content is never text a reader sees. */
    private static final Set<String> SKIPPED = Set.of(
            "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
            "select", "option", "button", "textarea", "input");

    /**
     * Share of the page's words that, once inside the article, make the page all content: then every word is kept
     * (an official statement, a memorandum) rather than what Readability would trim.
     */
    private static final double ALL_CONTENT = 0.9;
    /** An article this short, and this small a share of the page, is Readability's miss: the page is kept whole. */
    private static final int FEW_WORDS = 80;
    private static final double SMALL_SHARE = 0.2;
    /** A headline, byline or date line longer than this is not one. */
    private static final int HEADER_CHARS = 300;

    /**
     * Words of a class or id that mark a notice, an ad or a sign-up box, which Readability keeps when they sit
     * inside the article ("ad-slot", "cookie-banner", "newsletter-signup"), and the list of topic tags under a story
     * ("article-tags": "Tags: China, rare earths"), whose names are the site's index, not the story's words.
     */
    private static final Set<String> NOTICE_NAMES = Set.of(
            "ad", "ads", "advert", "adverts", "advertisement", "advertising", "sponsored", "cookie", "cookies",
            "consent", "gdpr", "newsletter", "subscribe", "subscription", "paywall", "promo", "signup", "tags");
    /** A notice never holds this share of the page's words: past it, the element is the page's wrapper. */
    private static final double NOTICE_SHARE = 0.3;
    /** Elements, and words of a class or id, that hold the site's links to other stories and pages. */
    private static final Set<String> OTHER_STORIES_TAGS = Set.of("nav", "aside");
    private static final Set<String> OTHER_STORIES = Set.of(
            "related", "recommended", "latest", "trending", "popular", "sidebar", "more");
    private static final Pattern NAME_PART = Pattern.compile("[^a-z0-9]+");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private WebPageText() {
    }

    /** Whether Tika's type is an HTML page, which {@link #read} takes. */
    static boolean isHtml(MediaType type) {
        String base = type.getBaseType().toString();
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    /**
     * Reads an HTML page: the text is its article ({@link #extract}); Tika fills {@code metadata} (the title, the
     * meta tags the document date is read from), decoding with the same charset.
     */
    static String read(byte[] bytes, Parser parser, Metadata metadata) throws IOException, SAXException, TikaException {
        Charset charset = charset(bytes);
        ParseContext context = new ParseContext();
        context.set(EncodingDetector.class, (in, m) -> charset);
        // Only the page's own metadata is wanted: parsing its inline scripts and data: images took seconds a page.
        context.set(EmbeddedDocumentExtractor.class, new SkipEmbedded());
        try (InputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, new DefaultHandler(), metadata, context);
        }
        String html = new String(bytes, charset);
        return extract(html.startsWith("\uFEFF") ? html.substring(1) : html);
    }

    /**
     * UTF-8 whenever the bytes are valid UTF-8, whatever a meta tag says (pages are saved as UTF-8 and keep a stale
     * or late declaration; other charsets rarely decode as valid UTF-8 by chance); otherwise the declared charset,
     * then the detected one.
     */
    static Charset charset(byte[] bytes) throws IOException {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException notUtf8) {
            // fall through
        }
        try (InputStream in = TikaInputStream.get(bytes)) {
            Charset declared = new HtmlEncodingDetector().detect(in, new Metadata());
            if (declared != null) {
                return declared;
            }
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch match = detector.detect();
        return match != null && Charset.isSupported(match.getName()) ? Charset.forName(match.getName()) : Charset.forName("windows-1252");
    }

    /**
     * The article of a web page: headline, byline and date line, then the article's blocks, with menus, ads, cookie
     * notices, related links and comments left out. A page that is all content comes back whole.
     */
    public static String extract(String html) {
        Document page = withoutNotices(Jsoup.parse(html));
        String all = blocks(page.body());
        Article article;
        try {
            article = new Readability4J("", withoutNotices(Jsoup.parse(html))).parse();
        } catch (RuntimeException | StackOverflowError e) {
            return all; // a page Readability cannot walk (absurd nesting) is kept whole
        }
        Element content = article.getArticleContent();
        String body = content == null ? "" : blocks(content);
        int allWords = words(all);
        int bodyWords = words(body);
        if (bodyWords == 0 || (bodyWords < FEW_WORDS && bodyWords < SMALL_SHARE * allWords)) {
            return all;
        }
        List<String> header = new ArrayList<>();
        String seen = " " + flat(body) + " ";
        for (String line : new String[] {headline(page, article.getTitle()), article.getByline(), dateLine(page)}) {
            String flat = line == null ? "" : flat(line);
            if (!flat.isEmpty() && flat.length() <= HEADER_CHARS && !seen.contains(" " + flat + " ")) {
                header.add(line.replaceAll("\\s+", " ").strip());
                seen = seen + flat + " ";
            }
        }
        String text = header.isEmpty() ? body : String.join("\n\n", header) + "\n\n" + body;
        return words(text) >= ALL_CONTENT * allWords ? all : text;
    }

    /** Removes the ads, cookie notices and sign-up boxes that class and id names give away. */
    private static Document withoutNotices(Document page) {
        int pageWords = words(page.body().text());
        for (Element e : page.body().select("[class], [id]")) {
            if (e.normalName().equals("article") || e.normalName().equals("main")) {
                continue; // the content itself, whatever its class says
            }
            String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
            if (NAME_PART.splitAsStream(names).anyMatch(NOTICE_NAMES::contains)
                    && words(e.text()) <= NOTICE_SHARE * pageWords) {
                e.remove();
            }
        }
        return page;
    }

    /** The page's own headline: the h1 that shares most words with the title, else the title. */
    private static String headline(Document page, String title) {
        String best = title;
        int bestShared = 0;
        Set<String> titleWords = wordSet(title == null ? "" : title);
        for (Element h1 : page.select("h1")) {
            Set<String> shared = wordSet(h1.text());
            shared.retainAll(titleWords);
            if (shared.size() > bestShared && shared.size() * 2 >= titleWords.size()) {
                best = h1.text();
                bestShared = shared.size();
            }
        }
        return best;
    }

    /**
     * The date shown on the page: the text of its first {@code <time>} element outside the site's menus, side bars
     * and lists of other stories ("Related", "Latest"), whose dates are those stories'.
     */
    private static String dateLine(Document page) {
        for (Element time : page.select("body time")) {
            if (!time.text().isBlank() && !inOtherStories(time)) {
                return time.text();
            }
        }
        return null;
    }

    private static boolean inOtherStories(Element time) {
        for (Element e : time.parents()) {
            String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
            if (OTHER_STORIES_TAGS.contains(e.normalName())
                    || NAME_PART.splitAsStream(names).anyMatch(OTHER_STORIES::contains)) {
                return true;
            }
        }
        return false;
    }

    private static int words(String text) {
        int n = 0;
        for (Matcher m = WORD.matcher(text); m.find(); ) {
            n++;
        }
        return n;
    }

    private static Set<String> wordSet(String text) {
        Set<String> set = new HashSet<>();
        for (Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT)); m.find(); ) {
            set.add(m.group());
        }
        return set;
    }

    /** Lower-case words joined by single spaces: what "already in the text" compares. */
    private static String flat(String text) {
        return String.join(" ", WORD.matcher(text.toLowerCase(Locale.ROOT)).results().map(MatchResult::group).toList());
    }

    /** All the text of the page's body, as blocks. */
    static String allText(String html) {
        return blocks(Jsoup.parse(html).body());
    }

    /** What Readability takes for the article, as blocks; empty when it finds none. */
    static String readability(String html) {
        Article article = new Readability4J("", Jsoup.parse(html)).parse();
        Element content = article.getArticleContent();
        return content == null ? "" : blocks(content);
    }

    /** The visible text under {@code root}: blocks separated by a blank line, whitespace inside a block collapsed. */
    static String blocks(Element root) {
        var text = new BlockWriter();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.getWholeText());
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (SKIPPED.contains(tag) || e.hasAttr("hidden")) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (tag.equals("br")) {
                        text.lineBreak();
                    } else if (BLOCKS.contains(tag)) {
                        text.endBlock();
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    text.endBlock();
                } else if (node instanceof Element e && (e.normalName().equals("td") || e.normalName().equals("th"))) {
                    text.append(" ");
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return text.toString();
    }

    /** Leaves a page's embedded documents (scripts, data: images) unparsed. */
    private static final class SkipEmbedded implements EmbeddedDocumentExtractor {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // nothing: shouldParseEmbedded said no
        }
    }

    /** Collects text into blocks, collapsing whitespace as a browser does. */
    private static final class BlockWriter {
        private final StringBuilder out = new StringBuilder();
        private final StringBuilder line = new StringBuilder();
        private boolean pendingSpace;

        void append(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B') {
                    pendingSpace = true;
                } else {
                    if (pendingSpace && !line.isEmpty() && line.charAt(line.length() - 1) != '\n') {
                        line.append(' ');
                    }
                    pendingSpace = false;
                    line.append(c);
                }
            }
        }

        void lineBreak() {
            if (!line.isEmpty() && line.charAt(line.length() - 1) != '\n') {
                line.append('\n');
            }
            pendingSpace = false;
        }

        void endBlock() {
            String block = line.toString().strip();
            line.setLength(0);
            pendingSpace = false;
            if (block.isEmpty()) {
                return;
            }
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append(block);
        }

        @Override
        public String toString() {
            endBlock();
            return out.toString();
        }
    }
}
