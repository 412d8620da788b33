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
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.accordex.model.DocumentInfo;
import org.accordex.model.SourceDocument;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
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

    /** How much text language detection reads: enough to be sure, cheap on long documents. */
    private static final int LANGUAGE_SAMPLE = 8_000;

    private final AutoDetectParser parser;
    private final Detector detector;
    private final LanguageDetector languages;

    public Ingestor() {
        TikaConfig config = TikaConfig.getDefaultConfig();
        this.parser = new AutoDetectParser(config);
        this.detector = config.getDetector();
        this.languages = new OptimaizeLangDetector().loadModels();
    }

    /** The ISO 639-1 code of the text's language; "en" unless another language is reasonably certain. */
    String language(String text) {
        LanguageResult result;
        synchronized (languages) {
            languages.reset();
            languages.addText(text.length() > LANGUAGE_SAMPLE ? text.substring(0, LANGUAGE_SAMPLE) : text);
            result = languages.detect();
        }
        return result.isReasonablyCertain() && !result.getLanguage().isEmpty() ? result.getLanguage() : "en";
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

    /** Like {@link #ingest(Path, String)} for bytes already read. */
    public SourceDocument ingest(byte[] bytes, Path file, String source) throws IngestException {
        if (bytes.length == 0) {
            throw new IngestException(file, "empty file", null);
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        String contentType;
        String text;
        try {
            MediaType type;
            if (looksLikeText(bytes, file)) {
                type = MediaType.TEXT_PLAIN; // no need for Tika's magic detection, the costliest part of ingesting text
            } else {
                try (InputStream in = TikaInputStream.get(bytes)) {
                    type = detector.detect(in, metadata);
                }
            }
            contentType = type.getBaseType().toString();
            if (isPlainText(type, file)) {
                if (bytes.length > 4L * MAX_CHARS) {
                    throw tooLarge(file);
                }
                text = decode(bytes);
                if (text.length() > MAX_CHARS) {
                    throw tooLarge(file);
                }
                contentType = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")
                        ? "text/markdown" : "text/plain";
            } else if (WebPageText.isHtml(type)) {
                text = WebPageText.read(bytes, parser, metadata); // the article, not the page's menus and ads
                if (text.length() > MAX_CHARS) {
                    throw tooLarge(file);
                }
            } else {
                BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
                try (InputStream in = TikaInputStream.get(bytes)) {
                    parser.parse(in, handler, metadata, new ParseContext());
                }
                text = handler.toString();
            }
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
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
            throw new IngestException(file, "no text could be extracted", null);
        }
        String title = DocumentDates.frontMatterValue(text, "title")
                .or(() -> Optional.ofNullable(metadata.get(TikaCoreProperties.TITLE)))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .orElseGet(() -> firstLine(text));
        String date = DocumentDates.find(metadata, text).map(LocalDate::toString).orElse(null);
        DocumentInfo info = new DocumentInfo(sha256(bytes), source, title, date, contentType, language(text), text.length());
        return new SourceDocument(info, text);
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

    static String firstLine(String text) {
        for (String line : text.split("\\R")) {
            String stripped = line.strip();
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
