package org.accordex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentDatesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Tokyo, October 28, 2025 — Japan and the United States signed … | 2025-10-28",
            "TOKYO, Oct. 28, 2025 – The two governments …                 | 2025-10-28",
            "Canberra, Australia, 14 May 2026 – Ministers met …            | 2026-05-14",
            "27. Jun 2024                                                  | 2024-06-27",
            "Date: 2025-10-28                                              | 2025-10-28",
            "Monday, March 3, 2025                                         | 2025-03-03",
    })
    void datelines(String firstLine, String date) {
        assertEquals(Optional.of(LocalDate.parse(date)), DocumentDates.fromText(firstLine + "\nBody text follows.\n"));
    }

    @Test
    void signatureClause() {
        String text = "MEMORANDUM\n\nThe Participants intend to cooperate.\n\nSigned in Tokyo on 28 October 2025, in duplicate.\n";
        assertEquals(Optional.of(LocalDate.of(2025, 10, 28)), DocumentDates.fromText(text));
        String done = "Done at Canberra this 12th day of March, 2026.";
        assertEquals(Optional.of(LocalDate.of(2026, 3, 12)), DocumentDates.fromText(done));
        String capital = "The Parties shall meet.\n\nDone at Washington, D.C., on 4 May 2026, in the English language.";
        assertEquals(Optional.of(LocalDate.of(2026, 5, 4)), DocumentDates.fromText(capital));
        String nextSentence = "The Parties signed it. The Committee meets on 4 May 2026.";
        assertEquals(Optional.empty(), DocumentDates.fromText(nextSentence));
    }

    @Test
    void datelineWithoutDateGivesNothing() {
        assertEquals(Optional.empty(), DocumentDates.fromText("WASHINGTON, D.C. — The Administration will act.\n"));
    }

    @Test
    void frontMatterWinsOverFileTimes() {
        Metadata metadata = new Metadata();
        metadata.set("dcterms:created", "2026-11-24T10:00:00Z");
        String text = "---\ntitle: Framework\ndate: 2025-10-28\n---\nTokyo, 1 January 2024 — text\n";
        assertEquals(Optional.of(LocalDate.of(2025, 10, 28)), DocumentDates.find(metadata, text));
        assertEquals(Optional.of("Framework"), DocumentDates.frontMatterValue(text, "title"));
    }

    @Test
    void frontMatterValuesAreReadAsYamlReadsThem() {
        String text = "---\ndate: '2024-05-02'\n"
                + "title: \"Joint Statement of the United\\_States and Chile on Lithium\\\n"
                + "  \\ Supply\\u2019s Resilience\"\n"
                + "summary: 'The Parties''\n  plan for refining'\n"
                + "tags: fact-sheets\n---\nBody.\n";
        assertEquals(Optional.of("Joint Statement of the United States and Chile on Lithium Supply\u2019s Resilience"),
                DocumentDates.frontMatterValue(text, "title"));
        assertEquals(Optional.of("The Parties' plan for refining"), DocumentDates.frontMatterValue(text, "summary"));
        assertEquals(Optional.of("fact-sheets"), DocumentDates.frontMatterValue(text, "tags"));
        assertEquals(Optional.of(LocalDate.of(2024, 5, 2)), DocumentDates.find(new Metadata(), text));
        // read without the parser where it would read them as written; the same values where it would not
        String plain = "---\ntitle: Lithium Pact # of 2024\nnote: ' spaced '\nkind: 'fact sheet'\nyes: yes\n---\nBody.\n";
        assertEquals(Optional.of("Lithium Pact"), DocumentDates.frontMatterValue(plain, "title"));
        assertEquals(Optional.of(" spaced "), DocumentDates.frontMatterValue(plain, "note"));
        assertEquals(Optional.of("fact sheet"), DocumentDates.frontMatterValue(plain, "kind"));
        assertEquals(Optional.of("yes"), DocumentDates.frontMatterValue(plain, "yes"));
        String escapedBreakInWord = "---\ntitle: \"Canada\\u2019\\\n  s Pledge on Nickel\"\n---\nBody.\n";
        assertEquals(Optional.of("Canada\u2019s Pledge on Nickel"), DocumentDates.frontMatterValue(escapedBreakInWord, "title"));
    }

    @Test
    void aMarkdownHeadingGivesATitleWithoutItsMarks() {
        assertEquals("Notes on the cobalt offtake", Ingestor.firstLine("\n## Notes on the cobalt offtake ##\n\nText.\n"));
        assertEquals("#1 priority: graphite", Ingestor.firstLine("#1 priority: graphite\n"));
    }

    @Test
    void declaredMetadataThenTextThenFileTimes() {
        Metadata metadata = new Metadata();
        metadata.set("dcterms:created", "2026-11-24T10:00:00Z");
        assertEquals(Optional.of(LocalDate.of(2025, 3, 3)), DocumentDates.find(metadata, "Seoul, 3 March 2025 — x"));
        assertEquals(Optional.of(LocalDate.of(2026, 11, 24)), DocumentDates.find(metadata, "No date here."));
        metadata.set("date", "2024-02-01");
        assertEquals(Optional.of(LocalDate.of(2024, 2, 1)), DocumentDates.find(metadata, "Seoul, 3 March 2025 — x"));
    }
}
