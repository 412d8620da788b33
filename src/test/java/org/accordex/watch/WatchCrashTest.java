package org.accordex.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.accordex.annotate.AnnotatorModels;
import org.accordex.cli.Cli;
import org.accordex.export.AnnotationJson;
import org.accordex.index.GeneratedStatements;
import org.accordex.index.IndexStore;
import org.accordex.index.Indexer;
import org.accordex.index.LuceneStore;
import org.accordex.model.Annotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run killed at any point loses no match of a document it committed, and the next run records none twice. */
class WatchCrashTest {
    @TempDir
    Path dir;

    /** The matches {@code watch show} lists, by commitment id; fails on a commitment listed twice. */
    private static Set<String> shownOnce(Path index, String watch) throws IOException {
        Cli show = Cli.run("watch", "show", "--index", index.toString(), "--format", "jsonl", watch);
        assertEquals(0, show.exitCode(), show.err());
        Set<String> ids = new HashSet<>();
        for (String line : show.out().lines().toList()) {
            String id = AnnotationJson.MAPPER.readTree(line).at("/commitment/id").asText();
            assertTrue(ids.add(id), "matched twice: " + id);
        }
        return ids;
    }

    /** The ids of the commitments the index holds for {@code query}. */
    private static Set<String> indexed(Path index, String query) throws IOException {
        Cli export = Cli.run("export", "--index", index.toString(), "--query", query);
        assertEquals(0, export.exitCode(), export.err());
        Set<String> ids = new HashSet<>();
        for (String line : export.out().lines().toList()) {
            ids.add(AnnotationJson.MAPPER.readTree(line).get("id").asText());
        }
        return ids;
    }

    @Test
    void aRunKilledMidwayAndRunAgainRecordsEachMatchOnce() throws Exception {
        // The index commits every 500 files: the kill comes after the first commit, hundreds of files before the last.
        int files = 1_200;
        Path docs = GeneratedStatements.write(dir.resolve("docs"), files);
        int expected = 2 * (int) java.util.stream.IntStream.range(0, files).filter(i -> (i / 6) % 6 == 4).count();
        Path index = dir.resolve("index");
        assertEquals(0, Cli.run("watch", "add", "--index", index.toString(), "gallium", "--commitments",
                "mineral:gallium").exitCode());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.accordex.cli.Main",
                "index", "--threads", "1", "--index", index.toString(), docs.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (!hasCommit(index) && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(child.isAlive(), "the run should still be going when it is killed: " + Files.readString(dir.resolve("child.log")));
        child.destroyForcibly().waitFor();

        Set<String> before = shownOnce(index, "gallium");
        assertTrue(before.size() < expected, "partly matched: " + before.size());
        assertTrue(indexed(index, "mineral:gallium").containsAll(before), "only matches of committed documents are shown");

        Cli rerun = Cli.run("index", "--index", index.toString(), docs.toString());
        assertEquals(0, rerun.exitCode(), rerun.err());
        Set<String> after = shownOnce(index, "gallium");
        assertEquals(expected, after.size());
        assertEquals(indexed(index, "mineral:gallium"), after);
        assertTrue(after.containsAll(before));

        Cli again = Cli.run("index", "--index", index.toString(), docs.toString());
        assertFalse(again.out().contains("watch gallium"), again.out());
        assertEquals(after, shownOnce(index, "gallium"));
    }

    @Test
    void aRunKilledBetweenTheIndexCommitAndItsMarkerIsSettledByTheNextRun() throws Exception {
        Path docs = GeneratedStatements.write(dir.resolve("docs"), 36);
        Path index = dir.resolve("index");
        Watches watches = new Watches(index.resolve(Watches.FOLDER));
        watches.add("gallium", "mineral:gallium", true);
        List<Path> files;
        try (Stream<Path> listed = Files.list(docs)) {
            files = listed.sorted().toList();
        }
        IndexStore crashing = new CommitsThenDies(new LuceneStore(index));
        List<Indexer.Source> sources = files.stream().map(f -> new Indexer.Source(f, f.toString())).toList();
        try (Indexer indexer = new Indexer(WatchingStore.open(crashing, watches, null), AnnotatorModels.bundled())) {
            assertThrows(IOException.class, () -> indexer.index(new Indexer.Request(sources, 1, false, false,
                    Duration.ofSeconds(60)), Indexer.Listener.NONE));
        }
        assertEquals(12, indexed(index, "mineral:gallium").size(), "the documents are committed");
        assertEquals(0, watches.matches("gallium", null).size(), "their matches wait for the next run");

        Cli rerun = Cli.run("index", "--index", index.toString(), docs.toString());
        assertEquals(0, rerun.exitCode(), rerun.err());
        assertFalse(rerun.out().contains("watch gallium"), "nothing new was matched: " + rerun.out());
        assertEquals(indexed(index, "mineral:gallium"), shownOnce(index, "gallium"));
    }

    /** A store whose commit reaches the index and then fails, as a process killed right after it would. */
    private record CommitsThenDies(IndexStore store) implements IndexStore {
        @Override
        public Map<String, StoredFile> files() throws IOException {
            return store.files();
        }

        @Override
        public void put(String text, Annotation annotation, String file, String version, String replacedId) throws IOException {
            store.put(text, annotation, file, version, replacedId);
        }

        @Override
        public void delete(String documentId) throws IOException {
            store.delete(documentId);
        }

        @Override
        public void commit(String annotatorVersion) throws IOException {
            store.commit(annotatorVersion);
            throw new IOException("killed after the index commit");
        }

        @Override
        public void recordFailures(Collection<Path> seen, Map<Path, String> failed) throws IOException {
            store.recordFailures(seen, failed);
        }

        @Override
        public void close() throws IOException {
            store.close();
        }
    }

    private static boolean hasCommit(Path index) throws IOException {
        if (!Files.isDirectory(index)) {
            return false;
        }
        try (Stream<Path> files = Files.list(index)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith("segments_"));
        }
    }
}
