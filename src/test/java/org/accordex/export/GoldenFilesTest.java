package org.accordex.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.accordex.annotate.Annotator;
import org.accordex.annotate.AnnotatorModels;
import org.accordex.ingest.IngestException;
import org.accordex.ingest.Ingestor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each {@code golden/NAME.EXT} document annotates to exactly {@code golden/NAME.EXT.expected.json}.
 * After an intended change, regenerate with {@code mvn test -Dtest=GoldenFilesTest -Daccordex.updateGolden=true}
 * and review the diff.
 */
class GoldenFilesTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final String SUFFIX = ".expected.json";

    static List<Path> documents() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            return files.filter(p -> !p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        }
    }

    private static String annotate(Path document) throws IngestException, IOException {
        var annotation = new Annotator(AnnotatorModels.bundled())
                .annotate(new Ingestor().ingest(document, "golden/" + document.getFileName()), null);
        return AnnotationJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(AnnotationJson.toJson(annotation)) + "\n";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void annotatesAsExpected(Path document) throws Exception {
        Path expected = GOLDEN.resolve(document.getFileName() + SUFFIX);
        String actual = annotate(document);
        if (Boolean.getBoolean("accordex.updateGolden")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(expected), "missing " + expected);
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void annotatingTwiceGivesTheSameOutput(Path document) throws Exception {
        assertEquals(annotate(document), annotate(document));
    }

    @Test
    void everyExpectedFileHasItsDocument() throws IOException {
        List<Path> documents = documents();
        assertFalse(documents.isEmpty());
        try (Stream<Path> files = Files.list(GOLDEN)) {
            files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).forEach(p -> {
                String name = p.getFileName().toString();
                Path document = GOLDEN.resolve(name.substring(0, name.length() - SUFFIX.length()));
                assertTrue(Files.exists(document), "expected file without document: " + p);
            });
        }
    }
}
