package org.accordex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.accordex.annotate.AnnotatorModels;
import org.accordex.model.Annotation;
import org.apache.lucene.store.AlreadyClosedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full disk ends an index run once, with one message, instead of failing every later file. */
class DiskFullTest {
    @TempDir
    Path dir;

    /** A store on a disk that fills up after {@code room} documents, as Lucene reports it: first the OS error, then "closed". */
    static final class FillingStore implements IndexStore {
        final int room;
        final AtomicInteger stored = new AtomicInteger();
        final boolean failCommit;
        volatile IOException tragedy;

        FillingStore(int room, boolean failCommit) {
            this.room = room;
            this.failCommit = failCommit;
        }

        @Override
        public Map<String, StoredFile> files() {
            return Map.of();
        }

        @Override
        public synchronized void put(String text, Annotation annotation, String file, String version, String replaced) throws IOException {
            if (tragedy != null) {
                throw new AlreadyClosedException("this IndexWriter is closed", tragedy);
            }
            if (stored.get() >= room) {
                tragedy = new FileSystemException(file, null, "No space left on device");
                throw tragedy;
            }
            stored.incrementAndGet();
        }

        @Override
        public void delete(String documentId) {
        }

        @Override
        public void commit(String annotatorVersion) throws IOException {
            if (failCommit) {
                throw new IOException("No space left on device");
            }
        }

        @Override
        public void close() {
        }
    }

    private List<Path> files(int n) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path f = dir.resolve("doc-" + i + ".txt");
            Files.writeString(f, "Statement " + i + "\n\nJapan will provide loans for lithium refining within " + (i % 12 + 1) + " months.\n");
            files.add(f);
        }
        return files;
    }

    @Test
    void theRunStopsAtTheFirstFullDiskWithOneMessage() throws Exception {
        List<Path> files = files(40);
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        FillingStore store = new FillingStore(5, false);
        try (Indexer indexer = new Indexer(store, AnnotatorModels.bundled())) {
            DiskFullException full = assertThrows(DiskFullException.class,
                    () -> indexer.index(request(files, 2), errors::add));
            assertEquals("disk full after " + full.files() + " files; the index holds every file committed before it; "
                    + "free space and run again", full.getMessage());
            assertTrue(full.files() >= 5 && full.files() < 10, "stopped at once: " + full.files());
        }
        assertEquals(List.of(), errors, "no file is blamed for the disk");
        assertEquals(5, store.stored.get());
    }

    @Test
    void aCommitOnAFullDiskEndsTheRunTheSameWay() throws Exception {
        List<Path> files = files(3);
        try (Indexer indexer = new Indexer(new FillingStore(100, true), AnnotatorModels.bundled())) {
            DiskFullException full = assertThrows(DiskFullException.class,
                    () -> indexer.index(request(files, 1), Indexer.Listener.NONE));
            assertEquals(3, full.files());
        }
    }

    private static Indexer.Request request(List<Path> files, int threads) {
        List<Indexer.Source> sources = files.stream().map(f -> new Indexer.Source(f, f.toString())).toList();
        return new Indexer.Request(sources, threads, false, false, Duration.ofMinutes(1));
    }

    @Test
    void recognizesAFullDiskHoweverItIsWrapped() {
        IOException os = new IOException("No space left on device");
        assertTrue(DiskFull.causedBy(os));
        assertTrue(DiskFull.causedBy(new FileSystemException("/x", null, "No space left on device")));
        assertTrue(DiskFull.causedBy(new AlreadyClosedException("this IndexWriter is closed", os)));
        assertTrue(DiskFull.causedBy(new UncheckedIOException(new IOException("write failed", os))));
        RuntimeException rejected = new RuntimeException("Task rejected from ThreadPoolExecutor");
        rejected.addSuppressed(os);
        assertTrue(DiskFull.causedBy(rejected));
        assertTrue(DiskFull.causedBy(new IOException("There is not enough space on the disk")));
        assertFalse(DiskFull.causedBy(new IOException("Permission denied")));
        assertFalse(DiskFull.causedBy(new AlreadyClosedException("this IndexWriter is closed")));
    }
}
