package org.accordex.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;

import net.fortuna.ical4j.data.FoldingWriter;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Uid;

import org.accordex.model.Commitment;
import org.accordex.model.Deadline;
import org.accordex.search.CommitmentHit;
import org.accordex.search.DocumentSummary;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes exported commitments one at a time, so an export of any size runs in constant memory.
 * Each commitment is its §3 JSON object plus {@code alsoIn} and a {@code document} object (id, source, title, date).
 */
public abstract class CommitmentWriter implements Closeable {
    public enum Format { JSON, JSONL, CSV, ICS;

        /** The file name extension and the {@code --format} value: "jsonl". */
        public String extension() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static final List<String> CSV_HEADER = List.of("id", "document_id", "source", "title", "date", "start", "end",
            "parties", "modality", "action", "minerals", "instruments", "deadline", "deadline_norm", "due", "confidence",
            "text", "page");

    /** The JSON of an exported commitment: everything but what only the page shows. */
    private static final ObjectWriter JSON = AnnotationJson.MAPPER.writerWithView(ReadSideJson.ExportView.class);

    public abstract void write(CommitmentHit commitment) throws IOException;

    public static CommitmentWriter create(Format format, Writer out) throws IOException {
        return switch (format) {
            case JSON -> new Json(out);
            case JSONL -> new JsonLines(out);
            case CSV -> new Csv(out);
            case ICS -> new Ics(out);
        };
    }

    private static final class JsonLines extends CommitmentWriter {
        private final Writer out;

        JsonLines(Writer out) {
            this.out = out;
        }

        @Override
        public void write(CommitmentHit commitment) throws IOException {
            out.write(JSON.writeValueAsString(commitment));
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
        public void write(CommitmentHit commitment) throws IOException {
            JSON.writeValue(generator, commitment);
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
        public void write(CommitmentHit hit) throws IOException {
            Commitment c = hit.commitment();
            DocumentSummary d = hit.document();
            Deadline deadline = c.deadline();
            printer.printRecord(c.id(), d.id(), d.source(), d.title(), orEmpty(d.date()), c.start(), c.end(),
                    String.join(";", c.parties()), c.modality().label(), c.action(), String.join(";", c.minerals()),
                    String.join(";", c.instruments()), deadline == null ? "" : deadline.text(),
                    deadline == null ? "" : deadline.norm(), deadline == null ? "" : orEmpty(deadline.due()),
                    String.valueOf(Math.round(c.confidence() * 100) / 100.0), c.text(),
                    c.page() == null ? "" : c.page().toString());
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
        public void write(CommitmentHit hit) throws IOException {
            Commitment c = hit.commitment();
            if (c.deadline() == null || c.deadline().due() == null) {
                return;
            }
            String summary = String.join(", ", c.parties()) + ": " + c.action();
            VEvent event = new VEvent(LocalDate.parse(c.deadline().due()), summary.strip());
            event.add(new Uid(c.id() + "@accordex"));
            String page = c.page() != null ? ", p. " + c.page() : "";
            event.add(new Description(c.text() + "\n\nSource: " + hit.document().source()
                    + " (" + hit.document().title() + ")" + page));
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

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
