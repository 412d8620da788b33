package org.accordex.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An upgrade that changes a rule re-annotates an index; one that changes only the read side keeps it. */
class RuleCodeTest {
    @TempDir
    Path classes;

    @Test
    void aChangedCueListChangesTheDigest() throws IOException {
        Path cues = write("org/accordex/commitments/modality-cues.txt", "commitment\twill\n");
        String before = digest();
        Files.writeString(cues, "commitment\twill|shall\n");
        assertNotEquals(before, digest());
    }

    @Test
    void theReadSideAndTheCommandLineLeaveItAlone() throws IOException {
        write("org/accordex/annotate/Annotator.class", "rules");
        String before = digest();
        write("org/accordex/web/page.html", "<p>the page</p>");
        write("org/accordex/cli/Main.class", "options");
        assertEquals(before, digest());
    }

    @Test
    void theBundledVersionIsTheSameEachTimeItIsAsked() {
        AnnotatorModels models = AnnotatorModels.bundled();
        assertEquals(models.version(), models.version());
        assertEquals(16, models.version().length());
    }

    private Path write(String name, String content) throws IOException {
        Path file = classes.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private String digest() throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            RuleCode.addTo(digest, classes);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
