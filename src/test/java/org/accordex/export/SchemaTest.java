package org.accordex.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.accordex.cli.Cli;
import org.accordex.json.ModelJson;
import org.accordex.model.Annotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real output of {@code annotate} and {@code export} validates against docs/accordex-1.schema.json. */
class SchemaTest {
    static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(Path.of("docs/accordex-1.schema.json").toUri());

    static void assertValid(JsonNode node) {
        Set<ValidationMessage> errors = SCHEMA.validate(node);
        assertTrue(errors.isEmpty(), () -> errors + " in " + node);
    }

    @Test
    void annotateOutputIsValid() throws IOException {
        for (Path document : GoldenFilesTest.documents()) {
            Cli result = Cli.run("annotate", document.toString());
            assertEquals(0, result.exitCode(), result.err());
            assertValid(AnnotationJson.MAPPER.readTree(result.out()));
        }
    }

    @Test
    void annotateOutputWithItsTextIsValid() throws IOException {
        Path document = GoldenFilesTest.documents().get(0);
        Cli result = Cli.run("annotate", "--include-text", document.toString());
        assertEquals(0, result.exitCode(), result.err());
        JsonNode json = AnnotationJson.MAPPER.readTree(result.out());
        assertTrue(json.get("document").has("text"));
        assertValid(json);
    }

    @Test
    void theIndexsOneLineFormIsTheTreeWrittenOut() throws IOException {
        for (Path document : GoldenFilesTest.documents()) {
            Cli result = Cli.run("annotate", document.toString());
            Annotation annotation = AnnotationJson.fromJson(AnnotationJson.MAPPER.readTree(result.out()));
            assertEquals(ModelJson.tree(annotation).toString(), ModelJson.line(annotation), document.toString());
        }
    }

    @Test
    void exportOutputIsValid(@TempDir Path dir) throws IOException {
        Path index = dir.resolve("index");
        assertEquals(0, Cli.run("index", "--index", index.toString(), GoldenFilesTest.GOLDEN.toString()).exitCode());
        Cli result = Cli.run("export", "--index", index.toString(), "--format", "jsonl");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().lines().count() > 0);
        for (String line : result.out().lines().toList()) {
            assertValid(AnnotationJson.MAPPER.readTree(line));
        }
    }
}
