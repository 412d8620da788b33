package org.accordex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.accordex.annotate.AnnotatorModels;
import org.accordex.cli.Cli;
import org.accordex.export.AnnotationJson;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run killed with SIGKILL leaves a usable index of whole documents, and the next run completes it. */
class CrashSafetyTest {
    @TempDir
    Path dir;

    @Test
    void killedMidRunLeavesWholeDocumentsAndTheNextRunCompletes() throws Exception {
        int files = 1500;
        Path docs = GeneratedStatements.write(dir.resolve("docs"), files);
        Path index = dir.resolve("index");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.accordex.cli.Main",
                "index", "--threads", "1", "--index", index.toString(), docs.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        // the first commit comes within seconds on an idle machine; the generous bound only serves a loaded one
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
        while (!hasCommit(index) && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(child.isAlive(), "the run should still be going when it is killed: " + Files.readString(dir.resolve("child.log")));
        assertTrue(hasCommit(index), "no commit within 600 s: " + Files.readString(dir.resolve("child.log")));
        child.destroyForcibly().waitFor();

        Map<String, Integer> commitmentsPerDocument = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            StoredFields stored = searcher.storedFields();
            int documents = 0;
            for (ScoreDoc hit : searcher.search(new MatchAllDocsQuery(), Math.max(1, reader.maxDoc())).scoreDocs) {
                Document d = stored.document(hit.doc);
                if (d.get(Fields.KIND).equals(Fields.KIND_DOCUMENT)) {
                    documents++;
                    LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(hit.doc, reader.leaves()));
                    String json = DocumentValues.annotation(leaf.reader(), hit.doc - leaf.docBase);
                    int expected = AnnotationJson.MAPPER.readTree(json).get("commitments").size();
                    commitmentsPerDocument.merge(d.get(Fields.DOCUMENT_ID), -expected, Integer::sum);
                } else {
                    commitmentsPerDocument.merge(d.get(Fields.DOCUMENT_ID), 1, Integer::sum);
                }
            }
            assertTrue(documents > 0 && documents < files, "partly indexed: " + documents);
        }
        commitmentsPerDocument.forEach((doc, balance) -> assertEquals(0, balance, "whole document " + doc));

        Cli rerun = Cli.run("index", "--index", index.toString(), docs.toString());
        assertEquals(0, rerun.exitCode(), rerun.err());
        Cli status = Cli.run("status", "--index", index.toString(), "--format", "json");
        var json = AnnotationJson.MAPPER.readTree(status.out());
        assertEquals(files, json.get("documents").asLong());
        assertEquals(2L * files, json.get("commitments").asLong());
    }

    @Test
    void aSecondWriterIsToldTheIndexIsLocked() throws IOException {
        Path docs = GeneratedStatements.write(dir.resolve("docs"), 3);
        Path index = dir.resolve("index");
        try (Indexer first = new Indexer(new LuceneStore(index), AnnotatorModels.bundled())) {
            Cli second = Cli.run("index", "--index", index.toString(), docs.toString());
            assertEquals(2, second.exitCode());
            assertEquals("accordex: index is locked by another process: " + index + "\n", second.err());
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
