package org.accordex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every doc comment in the sources sits on what it describes. A doc comment followed straight by another one describes
 * nothing: it came apart from its declaration when code was added between them, and the declaration it was written
 * for goes undocumented.
 */
class DocCommentsTest {
    @Test
    void noDocCommentIsFollowedByAnother() throws IOException {
        List<String> strays = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                boolean inDoc = false;
                for (int i = 0; i + 1 < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    inDoc = inDoc || line.startsWith("/**");
                    if (inDoc && line.endsWith("*/")) {
                        inDoc = false;
                        if (lines.get(i + 1).strip().startsWith("/**")) {
                            strays.add(file + ":" + (i + 1));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), strays, "doc comments that describe nothing");
    }
}
