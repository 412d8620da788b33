package org.accordex.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class WrittenNamesTest {
    private static List<String> found(String text, String name) {
        return WrittenNames.find(text, name, WrittenNames.NAME_CHARACTER).stream()
                .map(w -> w.start() + "-" + w.end() + " " + text.substring(w.start(), w.end())).toList();
    }

    @Test
    void aNameIsFoundAcrossALineBreakAndOnlyAsWholeWords() {
        String text = "Orlin Metals said Orlin\nMetals and Orlin Metals-made parts, not NewOrlin Metals, ship from Orlin  Metals.";
        assertEquals(List.of("0-12 Orlin Metals", "18-30 Orlin\nMetals", "91-104 Orlin  Metals"), found(text, "Orlin Metals"));
    }

    @Test
    void aNameWhoseWordsAreNotAllThereIsNotFound() {
        assertEquals(List.of(), found("Orlin said Metals fell; OrlinMetals rose.", "Orlin Metals"));
        assertEquals(List.of("30-35 Orlin"), found("Orlin& Co and Orlin-based and Orlin.", "Orlin"));
    }
}
