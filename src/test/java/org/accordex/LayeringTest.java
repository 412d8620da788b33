package org.accordex;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The package rules: the model knows only java.*; only the command line knows picocli, only the web layer HTTP, only
 * the Solr backend SolrJ.
 */
class LayeringTest {
    static final Path MAIN = Path.of("src/main/java/org/accordex");

    static List<String> importsOf(String pkg) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
            return files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream().filter(l -> l.startsWith("import ")).map(l -> f.getFileName() + ": " + l);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @Test
    void modelImportsOnlyJava() throws IOException {
        for (String line : importsOf("model")) {
            assertTrue(line.contains("import java."), line);
        }
    }

    @Test
    void onlyTheShellsKnowTheirFrameworks() throws IOException {
        for (String pkg : List.of("model", "ingest", "annotate", "commitments", "index", "search", "export", "eval", "train", "bench",
                "backend", "solr")) {
            for (String line : importsOf(pkg)) {
                assertTrue(!line.contains("picocli") && !line.contains("com.sun.net.httpserver"), line);
                assertTrue(!line.contains("org.accordex.cli") && !line.contains("org.accordex.web"), line);
            }
        }
    }

    @Test
    void onlyTheSolrBackendKnowsSolr() throws IOException {
        for (String pkg : List.of("model", "ingest", "annotate", "commitments", "index", "search", "export", "eval", "train",
                "bench", "backend", "web")) {
            for (String line : importsOf(pkg)) {
                assertTrue(!line.contains("org.apache.solr") && !line.contains("org.accordex.solr"), line);
            }
        }
    }
}
