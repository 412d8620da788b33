package org.accordex.ingest;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.apache.tika.metadata.Metadata;

/**
 * Finds a document's own date, which deadlines such as "within six months" are counted from.
 *
 * <p>Order: a date the author declared (YAML front matter {@code date:}, HTML {@code <meta name="date">}
 * and its kin); then the text itself (a dateline in the first lines, "signed in Tokyo on 28 October 2025",
 * "Done at Canberra this 12th day of March 2026"); last, the file's created or modified time from Tika.
 * File times come last because a converted or copied file carries the day of conversion, not of signature.
 */
public final class DocumentDates {
    private static final List<String> DECLARED_KEYS = List.of(
            "date", "dc:date", "DC.date", "dcterms:date", "article:published_time", "published", "pubdate",
            "publication_date", "citation_date", "citation_publication_date", "og:published_time",
            "dcterms:issued");
    private static final List<String> FILE_KEYS = List.of("dcterms:created", "meta:creation-date", "dcterms:modified");

    /** A front-matter key's line, by key: made once, as every file asks for the same few. */
    private static final Map<String, Pattern> FRONT_MATTER_LINES = new ConcurrentHashMap<>();
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\uFEFF?---\\R(.*?)\\R---\\R", Pattern.DOTALL);
    /** The place between "signed" and the date holds no full stop, save an initial's ("Washington, D.C., on …"). */
    private static final Pattern SIGNED = Pattern.compile(
            "\\b(?:signed|done|dated|concluded|issued|adopted)\\b(?:[^.\\n]|(?<=\\b\\p{Lu})\\.){0,80}?"
                    + "\\b(?:on|this)\\s+(?:the\\s+)?"
                    + DateExpressions.DATE,
            Pattern.CASE_INSENSITIVE);
    /** "TOKYO, October 28, 2025 —", "Canberra, Australia, 14 May 2026 –", "27. Jun 2024", "Date: 2025-10-28". */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(?:[\\p{L}][\\p{L} .,'’()-]{0,60}?[,:–—-]\\s*)?(?:\\p{L}+day,?\\s+)?" + DateExpressions.DATE
                    + "\\s*(?:(?:[–—:|]|-{1,2}|\\s-\\s).*|\\s*)$",
            Pattern.CASE_INSENSITIVE);
    private static final int DATELINE_LINES = 8;

    private DocumentDates() {
    }

    public static Optional<LocalDate> find(Metadata metadata, String text) {
        return frontMatterValue(text, "date").flatMap(DocumentDates::parseAny)
                .or(() -> firstParsable(metadata, DECLARED_KEYS))
                .or(() -> fromText(text))
                .or(() -> firstParsable(metadata, FILE_KEYS));
    }

    /** A date stated in the text: a dateline among the first lines, or a signature clause anywhere. */
    public static Optional<LocalDate> fromText(String text) {
        int lines = 0;
        for (String line : text.split("\\R", DATELINE_LINES * 4)) {
            if (line.isBlank() || line.strip().equals("---")) {
                continue;
            }
            // A dateline opens its line ("TOKYO, March 3, 2026 — Japan's …"), so only the head is matched.
            Matcher m = DATELINE.matcher(line.length() <= 160 ? line : line.substring(0, 160));
            if (m.matches()) {
                Optional<LocalDate> date = DateExpressions.toDate(m);
                if (date.isPresent()) {
                    return date;
                }
            }
            if (++lines >= DATELINE_LINES) {
                break;
            }
        }
        Matcher signed = SIGNED.matcher(text);
        while (signed.find()) {
            Optional<LocalDate> date = DateExpressions.toDate(signed);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** A value of the YAML front matter block at the top of a text file ("date: 2025-10-28"). */
    public static Optional<String> frontMatterValue(String text, String key) {
        Matcher m = FRONT_MATTER.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        Pattern line = FRONT_MATTER_LINES.computeIfAbsent(key,
                k -> Pattern.compile("(?m)^" + Pattern.quote(k) + "[ \\t]*:[ \\t]*(.*(?:\\R[ \\t]+\\S.*)*)"));
        Matcher value = line.matcher(m.group(1));
        // the value may go on over indented lines and carry YAML's escapes: read by YAML
        return value.find() ? Optional.of(yamlScalar(value.group(1))) : Optional.empty();
    }

    /** Made on the first front matter read: a plain text or a PDF never loads the YAML parser. */
    private static final class Yaml {
        static final YAMLMapper MAPPER = new YAMLMapper();
    }

    /**
     * A front-matter value as YAML reads it ("United\_States", "America\u2019s", a value folded over lines), its
     * no-break spaces plain ones; as written where YAML would read it otherwise than as text (a number, "yes") or not at all.
     */
    private static String yamlScalar(String raw) {
        if (readsAsWritten(raw)) {
            return raw.strip().replace('\u00a0', ' '); // what YAML would read, without making its parser each time
        }
        String value = raw.strip();
        String quoted = value.length() >= 2 && value.startsWith("'") && value.endsWith("'")
                ? value.substring(1, value.length() - 1) : null;
        if (quoted != null && quoted.equals(quoted.strip()) && readsAsWritten(quoted)) {
            return quoted.replace('\u00a0', ' '); // "date: '2024-10-08'": single quotes hold it as written
        }
        try {
            JsonNode node = Yaml.MAPPER.readTree("value: " + raw).get("value");
            return node != null && node.isTextual() ? node.textValue().replace('\u00a0', ' ') : raw.strip();
        } catch (IOException e) {
            return raw.strip();
        }
    }

    /**
     * A one-line value that YAML reads as it is written, less the spaces around it: nothing it could quote, escape,
     * comment out or split at a colon, no indicator first, and no space other than the plain one (YAML trims only those).
     */
    private static boolean readsAsWritten(String raw) {
        String value = raw.strip();
        if (value.isEmpty() || "-?,[]{}&*!|>%@`".indexOf(value.charAt(0)) >= 0) {
            return false;
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if ("\\'\":#".indexOf(c) >= 0 || c != ' ' && Character.isWhitespace(c) || Character.isISOControl(c)) {
                return false;
            }
        }
        return true;
    }

    private static Optional<LocalDate> firstParsable(Metadata metadata, List<String> keys) {
        for (String key : keys) {
            for (String value : metadata.getValues(key)) {
                Optional<LocalDate> date = parseAny(value);
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    /** "2025-10-28", "2025-10-28T09:00:00Z", "October 28, 2025". */
    static Optional<LocalDate> parseAny(String value) {
        String v = value.strip();
        try {
            return Optional.of(OffsetDateTime.parse(v).toLocalDate());
        } catch (DateTimeParseException notOffset) {
            // fall through to the plainer forms
        }
        if (v.length() >= 10 && v.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return Optional.of(LocalDate.parse(v.substring(0, 10)));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return DateExpressions.find(v).map(DateExpressions.Match::date);
    }
}
