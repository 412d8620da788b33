package org.accordex.index;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.accordex.json.ModelJson;

/**
 * The files that could not be indexed, with their reasons: {@code failures.jsonl} in the index folder, one
 * {@code {"file", "reason", "time"}} per line. A file leaves the log once it indexes cleanly.
 */
public final class FailureLog {
    public static final String FILE = "failures.jsonl";
    private final Path path;

    public FailureLog(Path path) {
        this.path = path;
    }

    public List<JsonNode> read() throws IOException {
        List<JsonNode> entries = new ArrayList<>();
        if (Files.exists(path)) {
            for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    entries.add(ModelJson.MAPPER.readTree(line));
                }
            }
        }
        return entries;
    }

    /** Keeps earlier failures of files not seen in this run, drops those of files seen, adds this run's. */
    void save(Collection<Path> seen, Map<Path, String> failed) throws IOException {
        Map<String, JsonNode> entries = new LinkedHashMap<>();
        for (JsonNode entry : read()) {
            entries.put(entry.path("file").asText(), entry);
        }
        for (Path f : seen) { // a file, and the attachments or archive entries in it ("/docs/a.zip#b.pdf")
            String file = f.toAbsolutePath().normalize().toString();
            entries.keySet().removeIf(k -> k.equals(file) || k.startsWith(file + "#"));
        }
        String now = Instant.now().toString();
        failed.forEach((file, reason) -> {
            ObjectNode entry = ModelJson.MAPPER.createObjectNode();
            entry.put("file", file.toAbsolutePath().normalize().toString());
            entry.put("reason", reason);
            entry.put("time", now);
            entries.put(entry.get("file").asText(), entry);
        });
        Path temporary = path.resolveSibling(FILE + ".tmp");
        try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            for (JsonNode entry : entries.values()) {
                out.write(entry.toString());
                out.write('\n');
            }
        }
        Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
