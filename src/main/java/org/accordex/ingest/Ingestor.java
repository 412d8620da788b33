package org.accordex.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.accordex.model.DocumentInfo;
import org.accordex.model.SourceDocument;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Turns a file into a {@link SourceDocument}: Tika extracts text and metadata, the id is the SHA-256
 * of the bytes, and the date comes from {@link DocumentDates}.
 *
 * <p>Plain text and Markdown are decoded as they are (no Tika rewriting), so offsets index the file.
 * Thread-safe: one instance may serve several threads.
 */
public final class Ingestor {
    /**
     * Largest text accepted from one document. A larger one (a data dump, a zip bomb) is refused with a message
     * rather than allowed to exhaust memory; real agreements are far smaller.
     */
    public static final int MAX_CHARS = 10_000_000;

    /** A page with fewer visible characters than this has no real text layer: a scan, a stamp, a page number. */
    private static final int SPARSE_PAGE = 100;
    private static final MediaType PDF = MediaType.application("pdf");
    static final String NO_TEXT = "no text could be extracted";

    /** How much text language detection reads: enough to be sure, cheap on long documents. */
    private static final int LANGUAGE_SAMPLE = 8_000;

    /** Words that make up a good share of any English text and of hardly any other language's. */
    private static final Set<String> ENGLISH_WORDS = Set.of("the", "of", "and", "to", "will", "shall", "with", "for",
            "that", "which", "this", "their", "by", "be", "are", "is", "from", "has", "have", "its", "on", "it");
    /** Words from which one in eight common English words is enough. */
    private static final int SURE_WORDS = 40;
    private static final int LONGEST_ENGLISH_WORD = ENGLISH_WORDS.stream().mapToInt(String::length).max().orElse(0);

    // Loaded on first use: a plain-text file needs neither (each takes about a second to load).
    private final Lazy<TikaConfig> config = new Lazy<>(TikaConfig::getDefaultConfig);
    private final Lazy<AutoDetectParser> parser = new Lazy<>(() -> new AutoDetectParser(config.get()));
    private final Lazy<LanguageDetector> languages = new Lazy<>(() -> new OptimaizeLangDetector().loadModels());
    private final Lazy<OfficeText> office = new Lazy<>(OfficeText::new);

    /** Tika's parser, for what a container holds. */
    AutoDetectParser parser() {
        return parser.get();
    }

    /**
     * The ISO 639-1 code of the text's language; "en" unless another language is reasonably certain. Text in which
     * common English words are frequent is English without asking the language detector.
     */
    String language(String text) {
        String sample = text.length() > LANGUAGE_SAMPLE ? text.substring(0, LANGUAGE_SAMPLE) : text;
        if (plainlyEnglish(sample)) {
            return "en";
        }
        LanguageDetector detector = languages.get();
        LanguageResult result;
        synchronized (detector) {
            detector.reset();
            detector.addText(sample);
            result = detector.detect();
        }
        return result.isReasonablyCertain() && !result.getLanguage().isEmpty() ? result.getLanguage() : "en";
    }

    /**
     * At least 40 words (runs of letters, {@code \\p{L}+}), of which one in eight or more is a common English function
     * word; in a shorter text, at least two such words and a quarter of all, every word in ASCII letters (the detector
     * takes a second to load, and a one-line file is most often a user's first try). Run on every document: the words are found without a regex, and only a short ASCII word, as all the
     * common ones are, is lower-cased and looked up.
     */
    static boolean plainlyEnglish(String sample) {
        int words = 0;
        int english = 0;
        boolean allAscii = true;
        int i = 0;
        while (i < sample.length()) {
            int c = sample.codePointAt(i);
            if (!Character.isLetter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            boolean ascii = true;
            while (i < sample.length() && Character.isLetter(c = sample.codePointAt(i))) {
                ascii &= c < 128;
                i += Character.charCount(c);
            }
            words++;
            allAscii &= ascii;
            if (ascii && i - start <= LONGEST_ENGLISH_WORD
                    && ENGLISH_WORDS.contains(sample.substring(start, i).toLowerCase(Locale.ROOT))) {
                english++;
            }
        }
        if (words >= SURE_WORDS) {
            return english * 8 >= words;
        }
        // a line or two ("The Parties will cooperate."): two common words, a quarter of the words, no other script
        return allAscii && english >= 2 && english * 4 >= words;
    }

    /**
     * Reads {@code file}; {@code source} is the name recorded for it (the path as the user gave it).
     *
     * @throws IngestException when the file is unreadable, empty, encrypted or corrupt
     */
    public SourceDocument ingest(Path file, String source) throws IngestException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IngestException(file, "cannot read file (" + reason(e) + ")", e);
        }
        return ingest(bytes, file, source);
    }

    /**
     * Every document in {@code file}: the file itself, or, for an email or an archive, its body and each attachment
     * or file it holds (nested ones too), each read as a file of its own; see {@link Ingested}. A part that cannot be
     * read is a failure among the results, the others go on.
     */
    public List<Ingested> ingestAll(Path file, String source) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return List.of(Ingested.failed("", "", new IngestException(file, "cannot read file (" + reason(e) + ")", e)));
        }
        return ingestAll(bytes, file, source, id -> true);
    }

    /**
     * Like {@link #ingestAll(Path, String)} for bytes already read; a part whose id {@code parse} rejects (the caller
     * holds it already) is not parsed and comes back {@link Ingested#skipped() skipped}.
     */
    public List<Ingested> ingestAll(byte[] bytes, Path file, String source, Predicate<String> parse) {
        return new Unpacker(this, parse).unpack(bytes, file, source);
    }

    /**
     * Like {@link #ingest(Path, String)} for bytes already read. Of an email this is its body only; of an archive,
     * nothing ({@link #ingestAll(byte[], Path, String, Predicate)} reads what they hold).
     */
    public SourceDocument ingest(byte[] bytes, Path file, String source) throws IngestException {
        return ingest(bytes, file, source, null);
    }

    /** The content type Tika sees in the bytes (plain text for what {@link #looksLikeText} accepts). */
    MediaType detect(byte[] bytes, Path file) throws IOException {
        if (looksLikeText(bytes, file)) {
            return MediaType.TEXT_PLAIN; // no need for Tika's magic detection, the costliest part of ingesting text
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (InputStream in = TikaInputStream.get(bytes)) {
            return config.get().getDetector().detect(in, metadata);
        }
    }

    /** {@code attachments}, when not null, receives what a container holds (its text is then its own only). */
    SourceDocument ingest(byte[] bytes, Path file, String source, Attachments attachments) throws IngestException {
        if (bytes.length == 0) {
            throw new IngestException(file, "empty file", null);
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        String contentType;
        String text;
        List<Integer> pageStarts = List.of();
        boolean ocr = false;
        List<String> warnings = new ArrayList<>();
        Optional<TreatyXml.Treaty> treaty = Optional.empty();
        try {
            MediaType type = detect(bytes, file);
            contentType = type.getBaseType().toString();
            if (isPlainText(type, file)) {
                if (bytes.length > 4L * MAX_CHARS) {
                    throw tooLarge(file);
                }
                String decoded = decode(bytes);
                if (decoded.length() > MAX_CHARS) {
                    throw tooLarge(file);
                }
                contentType = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")
                        ? "text/markdown" : "text/plain";
                text = contentType.equals("text/markdown") ? MarkdownMarks.blank(decoded) : decoded;
            } else if (type.getBaseType().equals(PDF)) {
                PdfText pdf = pdfText(bytes, metadata, file);
                text = pdf.paged().text();
                pageStarts = pdf.paged().pageStarts();
                ocr = pdf.ocr();
                warnings.addAll(pdf.warnings());
            } else if (WebPageText.isHtml(type)) {
                text = WebPageText.read(bytes, parser.get(), metadata); // the article, not the page's menus and ads
                if (text.length() > MAX_CHARS) {
                    throw tooLarge(file);
                }
            } else if ((treaty = isXml(type) ? TreatyXml.read(bytes) : Optional.empty()).isPresent()) {
                text = treaty.get().text(); // the agreement's articles, not its catalogue data
                if (text.length() > MAX_CHARS) {
                    throw tooLarge(file);
                }
            } else {
                BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
                ParseContext context = OfficeText.context();
                if (Unpacker.isContainer(type)) { // its attachments are documents of their own, not part of its text
                    context.set(EmbeddedDocumentExtractor.class,
                            attachments != null ? attachments : new Attachments(parser.get(), context));
                }
                try (InputStream in = TikaInputStream.get(OfficeText.withoutComments(bytes, type))) {
                    office.get().parser(type, parser.get()).parse(in, handler, metadata, context);
                }
                text = Unpacker.isContainer(type) ? Unpacker.tidy(handler.toString()) : handler.toString();
            }
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e) || e.getCause() instanceof PageCollector.TooMuchText) {
                throw tooLarge(file);
            }
            throw new IngestException(file, "cannot parse " + describe(file) + " (" + reason(e) + ")", e);
        } catch (ZeroByteFileException e) {
            throw new IngestException(file, "empty file", e);
        } catch (EncryptedDocumentException e) {
            throw new IngestException(file, "encrypted document", e);
        } catch (TikaException | IOException | RuntimeException | StackOverflowError | LinkageError e) {
            throw new IngestException(file, "cannot parse " + describe(file) + " (" + reason(e) + ")", e);
        }
        if (text.isBlank()) {
            throw new IngestException(file, NO_TEXT, null);
        }
        Optional<String> treatyTitle = treaty.map(TreatyXml.Treaty::title);
        String title = DocumentDates.frontMatterValue(text, "title").or(() -> treatyTitle)
                .or(() -> Optional.ofNullable(metadata.get(TikaCoreProperties.TITLE)))
                .map(String::strip)
                .filter(t -> !t.isEmpty() && !isFileName(t))
                .orElseGet(() -> firstLine(text));
        String date = treaty.map(TreatyXml.Treaty::date)
                .or(() -> DocumentDates.find(metadata, text).map(LocalDate::toString)).orElse(null);
        DocumentInfo info = new DocumentInfo(sha256(bytes), source, title, date, contentType, language(text),
                text.length(), pageStarts, ocr);
        return new SourceDocument(info, text, warnings);
    }

    private static boolean isXml(MediaType type) {
        String base = type.getBaseType().toString();
        return base.equals("application/xml") || base.equals("text/xml");
    }

    /** A PDF's running text, page starts, whether OCR read it, and what may be missing from it. */
    private record PdfText(PageLayout.PagedText paged, boolean ocr, List<String> warnings) {
    }

    /**
     * Reads a PDF's text layer page by page and lays it out as running text ({@link PageLayout}). When most pages
     * have next to no text (a scan, perhaps with a stamp or a Bates number on it), the pages are read again by OCR
     * if tesseract is installed; without it an image-only PDF is refused and a nearly empty one gets a warning,
     * both saying what to do.
     */
    private PdfText pdfText(byte[] bytes, Metadata metadata, Path file)
            throws IOException, SAXException, TikaException, IngestException {
        List<String> pages = parsePdf(bytes, metadata, PDFParserConfig.OCR_STRATEGY.NO_OCR);
        boolean scan = looksScanned(pages);
        boolean ocr = false;
        if (scan && Ocr.available()) {
            pages = OcrCleanup.of(parsePdf(bytes, new Metadata(), PDFParserConfig.OCR_STRATEGY.OCR_ONLY));
            ocr = true;
        }
        PageLayout.PagedText paged = PageLayout.of(pages);
        List<String> warnings = new ArrayList<>();
        if (paged.text().isBlank()) {
            throw new IngestException(file, ocr ? "image-only PDF: OCR found no text in it"
                    : "image-only PDF, no text layer: install tesseract-ocr (and tesseract-ocr-eng) to read scans", null);
        }
        if (scan && !ocr) {
            warnings.add(String.format(Locale.ROOT, "only %,d characters of text on %d pages, perhaps a scan with a "
                    + "stamp; install tesseract-ocr (and tesseract-ocr-eng) to read scans", visibleChars(pages), pages.size()));
        }
        return new PdfText(paged, ocr, warnings);
    }

    private List<String> parsePdf(byte[] bytes, Metadata metadata, PDFParserConfig.OCR_STRATEGY ocr)
            throws IOException, SAXException, TikaException {
        PDFParserConfig config = new PDFParserConfig();
        config.setSortByPosition(false); // content order keeps two columns apart; sorting by position interleaves them
        config.setExtractAnnotationText(false); // comments and link labels are not the agreement's text
        config.setExtractBookmarksText(false);
        config.setOcrStrategy(ocr);
        ParseContext context = new ParseContext();
        context.set(PDFParserConfig.class, config);
        PageCollector collector = new PageCollector(MAX_CHARS);
        try (InputStream in = TikaInputStream.get(bytes)) {
            parser.get().parse(in, collector, metadata, context);
        }
        return collector.pages();
    }

    /**
     * A scan: most pages carry next to no text (a stamp, a page number) and so does the document as a whole, or it has
     * next to none at all. A typed memorandum with a title page and a signature page around one full page is not.
     */
    static boolean looksScanned(List<String> pages) {
        if (pages.isEmpty()) {
            return false;
        }
        long sparse = pages.stream().filter(p -> visibleChars(List.of(p)) < SPARSE_PAGE).count();
        int chars = visibleChars(pages);
        return sparse * 2 > pages.size() && chars < 2L * SPARSE_PAGE * pages.size() || chars < SPARSE_PAGE;
    }

    private static int visibleChars(List<String> pages) {
        int count = 0;
        for (String page : pages) {
            for (int i = 0; i < page.length(); i++) {
                if (!Character.isWhitespace(page.charAt(i))) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * A metadata title like "MoU_Draft_v2.docx" or "Microsoft Word - draft.doc" names a file, not the document: the
     * first line is a better title then.
     */
    static boolean isFileName(String title) {
        int dot = title.lastIndexOf('.');
        return dot > 0 && FileWalker.DOCUMENT_EXTENSIONS.contains(title.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static IngestException tooLarge(Path file) {
        return new IngestException(file, String.format(Locale.ROOT, "too large: more than %,d characters of text", MAX_CHARS), null);
    }

    /** A .txt or .md file without NUL bytes at its start is text (a .txt that is really a PDF has them). */
    private static boolean looksLikeText(byte[] bytes, Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".text"))) {
            return false;
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return false; // UTF-16: let Tika detect it
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                return false;
            }
        }
        return !new String(bytes, 0, Math.min(bytes.length, 5), StandardCharsets.ISO_8859_1).startsWith("%PDF");
    }

    private static boolean isPlainText(MediaType type, Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return type.getBaseType().equals(MediaType.TEXT_PLAIN)
                || (type.getType().equals("text") && (name.endsWith(".md") || name.endsWith(".markdown")
                        || name.endsWith(".txt")));
    }

    /** UTF-8 when the bytes are valid UTF-8 (the common case), otherwise the charset Tika detects. */
    private static String decode(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder();
        try {
            // A byte-order mark is kept: offsets count every char of the file.
            return decoder.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            CharsetDetector detector = new CharsetDetector();
            detector.setText(bytes);
            CharsetMatch match = detector.detect();
            Charset charset = match == null ? StandardCharsets.ISO_8859_1 : Charset.forName(match.getName());
            return new String(bytes, charset);
        }
    }

    /** A Markdown heading's marks, "## Summary" or "# Summary #", are no part of a title read from it. */
    private static final Pattern MARKDOWN_HEADING_MARKS = Pattern.compile("^\\s{0,3}#{1,6}(?=\\s)|\\s#+\\s*$");

    static String firstLine(String text) {
        for (String line : text.split("\\R")) {
            String stripped = MARKDOWN_HEADING_MARKS.matcher(line).replaceAll("").strip();
            if (!stripped.isEmpty() && !stripped.equals("---")) {
                return stripped.length() > 200 ? stripped.substring(0, 200).strip() + "…" : stripped;
            }
        }
        return "";
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String describe(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "file" : name.substring(dot + 1).toLowerCase(Locale.ROOT) + " file";
    }

    /** The innermost message of an exception chain, on one line. */
    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        if (message == null || message.isBlank()) {
            message = root.getClass().getSimpleName();
        }
        return message.replaceAll("\\s+", " ").strip();
    }
}
