package org.accordex.corrections;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.accordex.json.ModelJson;

/**
 * The corrections log of an embedded index: {@code corrections.jsonl} in its folder, one correction per line.
 * Lines are appended under a file lock and forced to disk, so a server and a command line writing at once never
 * interleave, and a crash loses at most the line being written (a torn line is skipped on reading).
 */
public final class JsonlCorrectionLog implements CorrectionLog {
    public static final String FILE = "corrections.jsonl";
    private final Path path;

    public JsonlCorrectionLog(Path path) {
        this.path = path;
    }

    @Override
    public List<Correction> read() throws IOException {
        List<Correction> entries = new ArrayList<>();
        if (!Files.exists(path)) {
            return entries;
        }
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            com.fasterxml.jackson.databind.JsonNode json;
            try {
                json = ModelJson.MAPPER.readTree(line);
            } catch (IOException e) {
                continue; // a line torn by a crash: what it held was never confirmed to anyone
            }
            try {
                entries.add(CorrectionJson.fromJson(json));
            } catch (IllegalArgumentException e) {
                throw new IOException(path + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return entries;
    }

    @Override
    public synchronized void append(Correction correction) throws IOException {
        Files.createDirectories(path.toAbsolutePath().getParent());
        byte[] line = (CorrectionJson.toJson(correction).toString() + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            channel.position(channel.size()); // the end as it is now that no other writer can move it
            if (channel.size() > 0 && lastByte(channel) != '\n') { // a line torn by a crash stays a line of its own
                channel.write(ByteBuffer.wrap(new byte[] {'\n'}));
            }
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        }
    }

    private static byte lastByte(FileChannel channel) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        channel.read(one, channel.size() - 1);
        return one.get(0);
    }
}
