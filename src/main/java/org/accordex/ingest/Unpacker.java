package org.accordex.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.accordex.model.SourceDocument;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;

/**
 * Reads a file into its documents: a plain file is one; an email is its body and each attachment; an archive each
 * file it holds. Each attachment goes through {@link Ingestor} as a file of its own (its id the SHA-256 of its bytes,
 * the same decoding, the same errors), and containers inside containers are opened in turn, down to
 * {@link #MAX_DEPTH} and up to {@link #MAX_DOCUMENTS} in all, so a zip bomb or a mail loop ends. One per file.
 */
final class Unpacker {
    /** Containers inside containers followed: a zip of emails with zipped attachments is 3. */
    static final int MAX_DEPTH = 4;
    /** Documents read from one file at most; the rest are reported as one failure. */
    static final int MAX_DOCUMENTS = 1000;

    private static final Set<String> CONTAINERS = Set.of("message/rfc822", "application/vnd.ms-outlook", "application/zip");

    private final Ingestor ingestor;
    private final Predicate<String> parse;
    private final List<Ingested> results = new ArrayList<>();

    Unpacker(Ingestor ingestor, Predicate<String> parse) {
        this.ingestor = ingestor;
        this.parse = parse;
    }

    /** An email or an archive: what it holds is read as documents of their own. */
    static boolean isContainer(MediaType type) {
        return CONTAINERS.contains(type.getBaseType().toString());
    }

    /** A message's text without the blank lines its parts leave around it. */
    static String tidy(String text) {
        return text.replaceAll("[ \\t]*(\\R[ \\t]*){3,}", "\n\n").strip();
    }

    List<Ingested> unpack(byte[] bytes, Path file, String source) {
        read(bytes, file, source, "", 0, null);
        return List.copyOf(results);
    }

    /** {@code date}: the date of the email that holds this part, for a part that has none of its own. */
    private void read(byte[] bytes, Path file, String source, String part, int depth, String date) {
        String id = Ingestor.sha256(bytes);
        if (results.size() >= MAX_DOCUMENTS) {
            if (results.size() == MAX_DOCUMENTS) {
                results.add(Ingested.failed(part, id, new IngestException(file,
                        "more than " + MAX_DOCUMENTS + " documents in one file; the rest were not read", null)));
            }
            return;
        }
        MediaType type;
        try {
            type = bytes.length == 0 ? MediaType.OCTET_STREAM : ingestor.detect(bytes, file);
        } catch (IOException | RuntimeException e) {
            type = MediaType.OCTET_STREAM; // the parse below reports it
        }
        if (!isContainer(type)) {
            if (!parse.test(id)) {
                results.add(Ingested.skip(part, id));
                return;
            }
            try {
                SourceDocument document = ingestor.ingest(bytes, file, source);
                results.add(Ingested.of(part, document.info().date() == null && date != null
                        ? new SourceDocument(document.info().withDate(date), document.text()) : document));
            } catch (IngestException e) {
                results.add(Ingested.failed(part, id, e));
            }
            return;
        }
        if (depth >= MAX_DEPTH) {
            results.add(Ingested.failed(part, id, new IngestException(file, "nested too deeply (more than "
                    + MAX_DEPTH + " containers)", null)));
            return;
        }
        ParseContext context = OfficeText.context();
        Attachments attachments = new Attachments(ingestor.parser(), context);
        SourceDocument body = null;
        IngestException failure = null;
        try {
            body = ingestor.ingest(bytes, file, source, attachments);
        } catch (IngestException e) {
            failure = e;
        }
        List<Attachments.Part> parts = attachments.parts();
        if (body != null) {
            results.add(parse.test(id) ? Ingested.of(part, body) : Ingested.skip(part, id));
        } else if (!(parts.size() > 0 && Ingestor.NO_TEXT.equals(failure.getMessage()))) {
            // An archive has no text of its own, nor needs any; an empty one, or a broken email, is a failure.
            results.add(Ingested.failed(part, id, parts.isEmpty() && Ingestor.NO_TEXT.equals(failure.getMessage())
                    ? new IngestException(file, "no documents in " + describe(type), null) : failure));
        }
        for (Attachments.Part p : parts) {
            String inner = part + "#" + p.name();
            Path name = Path.of(Attachments.baseName(p.name()));
            if (p.bytes() == null) {
                results.add(Ingested.failed(inner, "", new IngestException(name, "too large: more than "
                        + Attachments.MAX_BYTES / (1024 * 1024) + " MB", null)));
            } else {
                read(p.bytes(), name, source + "#" + p.name(), inner, depth + 1, body != null ? body.info().date() : date);
            }
        }
    }

    private static String describe(MediaType type) {
        return switch (type.getBaseType().toString().toLowerCase(Locale.ROOT)) {
            case "application/zip" -> "the archive";
            default -> "the message";
        };
    }
}
