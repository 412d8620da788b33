package org.accordex.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import net.fortuna.ical4j.data.FoldingWriter;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Uid;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes exported commitments one at a time, so an export of any size runs in constant memory.
 * Each commitment is its §3 JSON object plus a {@code document} object (id, source, title, date).
 */
public abstract class CommitmentWriter implements Closeable {
    public enum Format { json, jsonl, csv, ics }

    public static final List<String> CSV_HEADER = List.of("id", "document_id", "source", "title", "date", "start", "end",
            "parties", "modality", "action", "minerals", "instruments", "deadline", "deadline_norm", "due", "confidence",
            "text", "page");

    public abstract void write(ObjectNode commitment) throws IOException;

    public static CommitmentWriter create(Format format, Writer out) throws IOException {
        return switch (format) {
            case json -> new Json(out);
            case jsonl -> new JsonLines(out);
            case csv -> new Csv(out);
            case ics -> new Ics(out);
        };
    }

    private static final class JsonLines extends CommitmentWriter {
        private final Writer out;

        JsonLines(Writer out) {
            this.out = out;
        }

        @Override
        public void write(ObjectNode commitment) throws IOException {
            out.write(AnnotationJson.MAPPER.writeValueAsString(commitment));
            out.write('\n');
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    private static final class Json extends CommitmentWriter {
        private final JsonGenerator generator;

        Json(Writer out) throws IOException {
            generator = AnnotationJson.MAPPER.getFactory().createGenerator(out);
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.useDefaultPrettyPrinter();
            generator.writeStartArray();
        }

        @Override
        public void write(ObjectNode commitment) throws IOException {
            AnnotationJson.MAPPER.writeTree(generator, commitment);
        }

        @Override
        public void close() throws IOException {
            generator.writeEndArray();
            generator.writeRaw('\n');
            generator.close();
        }
    }

    private static final class Csv extends CommitmentWriter {
        private final CSVPrinter printer;

        Csv(Writer out) throws IOException {
            printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER.toArray(String[]::new)).get());
        }

        @Override
        public void write(ObjectNode c) throws IOException {
            JsonNode d = c.path("document");
            JsonNode deadline = c.path("deadline");
            printer.printRecord(c.path("id").asText(), d.path("id").asText(), d.path("source").asText(),
                    d.path("title").asText(), d.path("date").asText(""), c.path("start").asInt(), c.path("end").asInt(),
                    join(c.path("parties")), c.path("modality").asText(), c.path("action").asText(),
                    join(c.path("minerals")), join(c.path("instruments")), deadline.path("text").asText(""),
                    deadline.path("norm").asText(""), deadline.path("due").asText(""), c.path("confidence").asText(""),
                    c.path("text").asText(), c.path("page").asText(""));
        }

        @Override
        public void close() throws IOException {
            printer.flush();
        }
    }

    /** iCalendar: one all-day event per commitment with a due date; the UID is the commitment's stable id. */
    private static final class Ics extends CommitmentWriter {
        private final Writer out;

        Ics(Writer out) throws IOException {
            this.out = out;
            out.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//accordex//commitments//EN\r\nCALSCALE:GREGORIAN\r\n");
        }

        @Override
        public void write(ObjectNode c) throws IOException {
            String due = c.path("deadline").path("due").asText("");
            if (due.isEmpty()) {
                return;
            }
            List<String> parties = new ArrayList<>();
            c.path("parties").forEach(p -> parties.add(p.asText()));
            String summary = String.join(", ", parties) + ": " + c.path("action").asText();
            VEvent event = new VEvent(LocalDate.parse(due), summary.strip());
            event.add(new Uid(c.path("id").asText() + "@accordex"));
            String page = c.hasNonNull("page") ? ", p. " + c.get("page").asInt() : "";
            event.add(new Description(c.path("text").asText() + "\n\nSource: " + c.path("document").path("source").asText()
                    + " (" + c.path("document").path("title").asText() + ")" + page));
            FoldingWriter folding = new FoldingWriter(out);
            folding.write(event.toString());
            folding.flush();
        }

        @Override
        public void close() throws IOException {
            out.write("END:VCALENDAR\r\n");
            out.flush();
        }
    }

    private static String join(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return String.join(";", values);
    }
}
