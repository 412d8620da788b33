package org.accordex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import org.accordex.cli.Cli;
import org.accordex.export.AnnotationJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A joint statement and the news story quoting it state the same pledge; a third, different one does not match. */
class SamePledgeTest {
    @Test
    void nearIdenticalCommitmentsPointToEachOther(@TempDir Path dir) throws IOException {
        Path index = PledgeFixture.index(dir);
        Cli export = Cli.run("export", "--index", index.toString(), "--format", "jsonl");
        int related = 0;
        for (String line : export.out().lines().toList()) {
            JsonNode c = AnnotationJson.MAPPER.readTree(line);
            String source = c.get("document").get("source").asText();
            if (source.endsWith("other.txt")) {
                assertFalse(c.has("alsoIn"), line);
            } else {
                assertEquals(1, c.get("alsoIn").get("documents").asInt(), line);
                assertFalse(c.get("alsoIn").get("ids").get(0).asText().equals(c.get("document").get("id").asText()));
                related++;
            }
        }
        assertEquals(2, related);
        Cli search = Cli.run("search", "--index", index.toString(), "--commitments", "refining");
        assertTrue(search.out().contains("also in 1 document"), search.out());
    }
}
