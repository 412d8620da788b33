package org.accordex.watch;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.accordex.json.ModelJson;

/**
 * The matches of all watches, one JSON line each, appended and never rewritten ({@value #FILE} in the watches
 * folder). A match belongs to a batch: the documents one index commit makes durable. Its lines are written and
 * forced to disk before that commit; after it, a {@code {"committed": BATCH}} line follows. Only matches of committed
 * batches are shown, so a run killed before its commit shows none of the matches of documents it never stored (their
 * files are indexed, and matched, again by the next run).
 *
 * <p>A run killed between the index commit and its marker leaves a pending batch. The next {@code index} run decides
 * it ({@link #decide}): committed when the index holds its entries, otherwise {@code {"discarded": BATCH}}. A run
 * holds a lock file in {@code runs/} while it lives, so a pending batch of a run still going is left alone.
 * A line cut short by a crash is skipped when reading.
 */
final class MatchJournal {
    static final String FILE = "matches.jsonl";
    private static final String RUNS = "runs";

    private final Path folder;
    private final Path file;

    MatchJournal(Path folder) {
        this.folder = folder;
        this.file = folder.resolve(FILE);
    }

    /** Every match line, and which batches were committed or discarded. */
    record Contents(List<WatchMatch> matches, Set<String> committed, Set<String> discarded) {
        /** Matches of committed batches, in the order they were recorded. */
        List<WatchMatch> confirmed() {
            return matches.stream().filter(m -> committed.contains(m.batch())).toList();
        }

        /** Matches of batches neither committed nor discarded, by batch. */
        Map<String, List<WatchMatch>> pending() {
            Map<String, List<WatchMatch>> pending = new LinkedHashMap<>();
            for (WatchMatch m : matches) {
                if (!committed.contains(m.batch()) && !discarded.contains(m.batch())) {
                    pending.computeIfAbsent(m.batch(), b -> new ArrayList<>()).add(m);
                }
            }
            return pending;
        }
    }

    Contents read() throws IOException {
        List<WatchMatch> matches = new ArrayList<>();
        Set<String> committed = new HashSet<>();
        Set<String> discarded = new HashSet<>();
        if (!Files.exists(file)) {
            return new Contents(matches, committed, discarded);
        }
        try (var lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode node;
                try {
                    node = ModelJson.MAPPER.readTree(line);
                } catch (IOException torn) {
                    continue; // the last line of a killed run, cut short
                }
                if (node == null || !node.isObject()) {
                    continue;
                }
                if (node.has("committed")) {
                    committed.add(node.get("committed").asText());
                } else if (node.has("discarded")) {
                    discarded.add(node.get("discarded").asText());
                } else if (node.has("entry") && node.has("batch")) {
                    try {
                        matches.add(WatchMatch.fromJournal(node));
                    } catch (RuntimeException malformed) {
                        // written by hand or cut short: not a match
                    }
                }
            }
        }
        return new Contents(matches, committed, discarded);
    }

    /** The run a batch belongs to: batches are named RUN/N. */
    static String runOf(String batch) {
        int slash = batch.lastIndexOf('/');
        return slash < 0 ? batch : batch.substring(0, slash);
    }

    /** Appends a pending batch's verdict; called only by the run that holds the index for writing. */
    void decide(String batch, boolean committed) throws IOException {
        try (Appender appender = appender()) {
            appender.mark(batch, committed);
        }
    }

    /** True while the run that wrote {@code run}'s batches is alive (its lock file is locked). */
    boolean running(String run) throws IOException {
        Path lockFile = folder.resolve(RUNS).resolve(run + ".lock");
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException heldHere) {
            return true;
        }
    }

    /** Removes the lock file of a run that has ended. */
    void forget(String run) throws IOException {
        Files.deleteIfExists(folder.resolve(RUNS).resolve(run + ".lock"));
    }

    /** Removes the lock files of runs that are no longer alive (a run that died before it wrote anything leaves one). */
    void forgetEndedRuns() throws IOException {
        Path runs = folder.resolve(RUNS);
        if (!Files.isDirectory(runs)) {
            return;
        }
        List<String> names;
        try (var files = Files.list(runs)) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".lock")).toList();
        }
        for (String name : names) {
            String run = name.substring(0, name.length() - ".lock".length());
            if (!running(run)) {
                forget(run);
            }
        }
    }

    /** Marks {@code run} as alive until the returned lock is closed (or the process dies). */
    Closeable lockRun(String run) throws IOException {
        Path lockFile = Files.createDirectories(folder.resolve(RUNS)).resolve(run + ".lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.lock();
        return () -> {
            try {
                lock.release();
                channel.close();
            } finally {
                Files.deleteIfExists(lockFile);
            }
        };
    }

    Appender appender() throws IOException {
        Files.createDirectories(folder);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        try {
            return new Appender(channel, endsLine(file));
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    /** Whether the file is empty or ends a line: a killed run may have left half a line, which the next must not continue. */
    private static boolean endsLine(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size == 0) {
                return true;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.read(last, size - 1);
            return last.get(0) == '\n';
        }
    }

    /** Buffers match lines until {@link #sync}, which writes and forces them; markers are written at once. */
    static final class Appender implements Closeable {
        private final FileChannel channel;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private boolean startsLine;

        Appender(FileChannel channel, boolean startsLine) {
            this.channel = channel;
            this.startsLine = startsLine;
        }

        synchronized void append(WatchMatch match) {
            line(match.toJournal());
        }

        synchronized boolean hasBuffered() {
            return buffer.size() > 0;
        }

        /** Writes what is buffered and forces it to the disk. */
        synchronized void sync() throws IOException {
            if (buffer.size() == 0) {
                return;
            }
            write(buffer.toByteArray());
            buffer.reset();
            channel.force(false);
        }

        /** Records a batch as committed (or discarded), durably. */
        synchronized void mark(String batch, boolean committed) throws IOException {
            sync();
            ObjectNode node = ModelJson.MAPPER.createObjectNode();
            node.put(committed ? "committed" : "discarded", batch);
            line(node);
            sync();
        }

        private void line(ObjectNode node) {
            byte[] bytes = (node.toString() + "\n").getBytes(StandardCharsets.UTF_8);
            buffer.write(bytes, 0, bytes.length);
        }

        private void write(byte[] bytes) throws IOException {
            ByteBuffer out;
            if (!startsLine) {
                out = ByteBuffer.allocate(bytes.length + 1).put((byte) '\n').put(bytes).flip();
                startsLine = true;
            } else {
                out = ByteBuffer.wrap(bytes);
            }
            while (out.hasRemaining()) {
                channel.write(out);
            }
        }

        @Override
        public synchronized void close() throws IOException {
            try {
                sync();
            } finally {
                channel.close();
            }
        }
    }
}
