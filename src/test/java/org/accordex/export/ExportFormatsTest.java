package org.accordex.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

import org.accordex.cli.Cli;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV and iCalendar exports read back with the libraries that define the formats. */
class ExportFormatsTest {
    @TempDir
    static Path dir;
    static Path index;

    @BeforeAll
    static void indexSmallCorpus() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("mou.txt"), "---\ndate: 2025-10-28\n---\n"
                + "Japan and Australia will build a \"strategic\" gallium stockpile within six months, with loans; grants too.\n"
                + "Korea intends to study nickel, graphite and cobalt.\n");
        index = dir.resolve("index");
        assertEquals(0, Cli.run("index", "--index", index.toString(), docs.toString()).exitCode());
    }

    @Test
    void csvRoundTripsThroughCommonsCsv() throws IOException {
        Cli result = Cli.run("export", "--index", index.toString(), "--format", "csv");
        assertEquals(0, result.exitCode(), result.err());
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(result.out())).getRecords();
        assertEquals(2, records.size());
        CSVRecord first = records.get(0);
        assertEquals(CommitmentWriter.CSV_HEADER, first.getParser().getHeaderNames());
        assertEquals("AU;JP", first.get("parties"));
        assertEquals("gallium", first.get("minerals"));
        assertEquals("2026-04-28", first.get("due"));
        assertTrue(first.get("text").contains("\"strategic\""));
        assertEquals("cobalt;graphite;nickel", records.get(1).get("minerals"));
    }

    @Test
    void icsParsesBackWithOneEventPerDueCommitment() throws IOException, ParserException {
        Path file = dir.resolve("calendar.ics");
        Cli result = Cli.run("export", "--index", index.toString(), "--format", "ics", "--out", file.toString());
        assertEquals(0, result.exitCode(), result.err());
        Calendar calendar = new CalendarBuilder().build(new StringReader(Files.readString(file)));
        List<VEvent> events = calendar.getComponentList().getAll().stream()
                .filter(c -> c instanceof VEvent).map(c -> (VEvent) c).toList();
        assertEquals(1, events.size());
        VEvent event = events.get(0);
        assertEquals("20260428", value(event, "DTSTART"));
        assertTrue(value(event, "UID").endsWith("@accordex"));
        assertTrue(value(event, "DESCRIPTION").contains("gallium stockpile"));

        Cli again = Cli.run("export", "--index", index.toString(), "--format", "ics");
        assertTrue(again.out().contains(value(event, "UID")), "UIDs are stable");
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(p -> ((net.fortuna.ical4j.model.Property) p).getValue()).orElseThrow();
    }
}
