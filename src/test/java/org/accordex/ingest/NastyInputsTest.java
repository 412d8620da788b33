package org.accordex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.accordex.annotate.Annotator;
import org.accordex.annotate.AnnotatorModels;
import org.accordex.model.Annotation;
import org.accordex.model.Mention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs that once broke, or could break, the pipeline: each either annotates with offsets that index its text or
 * fails with an {@link IngestException} (one line for the user), never anything else. Add new cases to
 * {@code src/test/resources/nasty/}.
 */
class NastyInputsTest {
    static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/nasty"))) {
            return files.sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void annotatesOrFailsCleanly(Path file) {
        Ingestor ingestor = new Ingestor();
        try {
            var document = ingestor.ingest(file, file.toString());
            Annotation annotation = new Annotator(AnnotatorModels.bundled()).annotate(document, null);
            for (Mention m : annotation.mentions()) {
                assertEquals(m.text(), document.text().substring(m.start(), m.end()));
            }
        } catch (IngestException e) {
            assertFalse(e.getMessage().isBlank());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }
}
