package org.accordex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown's block-quote and table marks blanked where a .md file becomes text, its length and offsets kept. */
class MarkdownMarksTest {

    @Test
    void aBlockQuotesMarksAreBlankedOnEveryLine() {
        String text = "Noted:\n\n> Peru and Chile will map\n> their lithium brines.\n>\n>> Nested too.\n";
        String blanked = MarkdownMarks.blank(text);
        assertEquals("Noted:\n\n  Peru and Chile will map\n  their lithium brines.\n \n   Nested too.\n", blanked);
        assertEquals(text.length(), blanked.length());
    }

    @Test
    void aTablesDelimiterRowAndOuterPipesAreBlanked() {
        String text = "| Party | Pledge |\n|---|:---:|\n| Chile | will fund a survey |\n";
        assertEquals("  Party | Pledge  \n           \n  Chile | will fund a survey  \n", MarkdownMarks.blank(text));
    }

    @Test
    void pipesOutsideATableAndAComparisonSignStay() {
        String text = "Remarks | Santiago\nExports rose > 5% after\n| the talks |\n";
        assertEquals(text, MarkdownMarks.blank(text));
    }

    @Test
    void onlyMarkdownFilesAreBlankedAndTheirTextKeepsTheFilesOffsets(@TempDir Path dir) throws IOException, IngestException {
        String note = "# Notes\n\n> Chile will fund a survey of copper tailings.\n";
        Path md = Files.writeString(dir.resolve("note.md"), note, StandardCharsets.UTF_8);
        Path txt = Files.writeString(dir.resolve("note.txt"), note, StandardCharsets.UTF_8);
        String text = new Ingestor().ingest(md, "note.md").text();
        assertEquals(note.length(), text.length());
        assertEquals(note.indexOf("Chile"), text.indexOf("Chile"));
        assertEquals("  Chile", text.substring(text.indexOf("Chile") - 2, text.indexOf("Chile") + 5));
        assertEquals(note, new Ingestor().ingest(txt, "note.txt").text());
    }
}
