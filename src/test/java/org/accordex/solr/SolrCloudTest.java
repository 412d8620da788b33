package org.accordex.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

import org.accordex.annotate.AnnotatorModels;
import org.accordex.cli.Cli;
import org.accordex.export.AnnotationJson;
import org.accordex.search.CorpusSuite;
import org.accordex.web.WebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The corpus suite on a real SolrCloud (two nodes, a collection of 2 shards × 2 replicas), and what only a cluster
 * has to prove: the same answers as the embedded index, entry for entry; idempotent writes from several processes.
 */
class SolrCloudTest extends CorpusSuite {
    private static final String COLLECTION = "corpus";

    @TempDir
    static Path dir;
    private List<String> backend;

    @Override
    protected List<String> backend() throws Exception {
        if (backend == null) {
            backend = solr(COLLECTION);
            Cli init = Cli.run(concat(List.of("solr-init"), backend, List.of("--shards", "2", "--replicas", "2")));
            assertEquals(0, init.exitCode(), init.err());
        }
        return backend;
    }

    static List<String> solr(String collection) throws Exception {
        return List.of("--solr", TestCluster.zooKeeper(), "--collection", collection);
    }

    /** The embedded index of the same corpus, to compare with. */
    private List<String> lucene() {
        Path index = dir.resolve("lucene");
        if (!index.toFile().exists()) {
            Cli result = Cli.run("index", "--index", index.toString(), "corpus");
            assertEquals(0, result.exitCode(), result.err());
        }
        return List.of("--index", index.toString());
    }

    @Test
    void exportsTheSameCommitmentsAsTheEmbeddedIndex() throws Exception {
        for (String format : List.of("jsonl", "csv")) {
            Cli solr = Cli.run(concat(List.of("export"), backend(), List.of("--format", format)));
            Cli lucene = Cli.run(concat(List.of("export"), lucene(), List.of("--format", format)));
            assertEquals(0, solr.exitCode(), solr.err());
            assertEquals(lucene.out(), solr.out(), format);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"lithium", "lithium OR cobalt", "\"critical minerals\" AND party:US", "lithium -party:US",
            "stockpil*", "mineral:graphite AND NOT party:CN", "NOT party:US", "NOT party:US AND NOT mineral:lithium", "due:[2026-01-01 TO *] AND instrument:loan", "title:framework"})
    void answersQueriesLikeTheEmbeddedIndex(String query) throws Exception {
        for (String mode : List.of("--facets", "--commitments")) {
            List<String> options = List.of("--format", "json", "--limit", "100", "--sort", "date", mode, query);
            JsonNode solr = json("search", options.toArray(String[]::new));
            Cli lucene = Cli.run(concat(List.of("search"), lucene(), options));
            JsonNode expected = AnnotationJson.MAPPER.readTree(lucene.out());
            assertEquals(expected.get("total"), solr.get("total"), mode);
            assertEquals(ids(expected), ids(solr), mode);
            assertEquals(expected.get("facets"), solr.get("facets"), mode);
        }
    }

    @Test
    void aDocumentIndexedTwiceIsStoredOnce() throws Exception {
        Cli again = run("index", "corpus");
        assertTrue(again.out().startsWith("126 files seen, 0 indexed, 126 unchanged"), again.out());
        Cli reannotated = run("index", "--reannotate", "corpus");
        assertTrue(reannotated.out().startsWith("126 files seen, 126 indexed"), reannotated.out());
        JsonNode status = json("status", "--format", "json");
        assertEquals(126, status.get("documents").asLong());
        assertEquals(CorpusSuite.COMMITMENTS, status.get("commitments").asLong());
    }

    @Test
    void twoIndexProcessesOnTheSameFilesStoreEachEntryOnce() throws Exception {
        List<String> solr = solr("two-writers");
        assertEquals(0, Cli.run(concat(List.of("solr-init"), solr, List.of("--shards", "2"))).exitCode());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Cli>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> Cli.run(concat(List.of("index"), solr, List.of("--threads", "1", "corpus")))));
            }
            for (Future<Cli> run : runs) {
                assertEquals(0, run.get().exitCode(), run.get().err());
            }
        } finally {
            pool.shutdown();
        }
        JsonNode status = AnnotationJson.MAPPER.readTree(
                Cli.run(concat(List.of("status"), solr, List.of("--format", "json"))).out());
        assertEquals(126, status.get("documents").asLong());
        assertEquals(CorpusSuite.COMMITMENTS, status.get("commitments").asLong());
    }

    @Test
    void theWebApiServesTheCollection() throws Exception {
        backend();
        WebServer server = new WebServer(SolrBackend.cloud(TestCluster.zooKeeper(), COLLECTION), AnnotatorModels.bundled());
        try {
            URI base = server.start("127.0.0.1", 0);
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> search = client.send(HttpRequest.newBuilder(base.resolve("/api/search?q=lithium&facets=true"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, search.statusCode());
            JsonNode results = AnnotationJson.MAPPER.readTree(search.body());
            assertEquals(53, results.get("total").asLong());
            String id = results.get("hits").get(0).get("id").asText();
            HttpResponse<String> document = client.send(HttpRequest.newBuilder(base.resolve("/api/documents/" + id)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, document.statusCode());
            assertTrue(AnnotationJson.MAPPER.readTree(document.body()).get("text").asText().toLowerCase().contains("lithium"));
            HttpResponse<String> bad = client.send(HttpRequest.newBuilder(base.resolve("/api/search?q=lithium%20AND%20(")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(400, bad.statusCode());
        } finally {
            server.stop();
        }
    }

    /** What the page asks beyond search: its charts' counts and names, the same from the collection as from the embedded index. */
    @Test
    void thePagesChartsAndNamesAreTheEmbeddedIndexs() throws Exception {
        backend();
        WebServer solr = new WebServer(SolrBackend.cloud(TestCluster.zooKeeper(), COLLECTION), AnnotatorModels.bundled());
        WebServer lucene = new WebServer(new org.accordex.backend.LuceneBackend(Path.of(lucene().get(1))), AnnotatorModels.bundled());
        try {
            URI solrBase = solr.start("127.0.0.1", 0);
            URI luceneBase = lucene.start("127.0.0.1", 0);
            HttpClient client = HttpClient.newHttpClient();
            for (String path : List.of("/api/charts?today=2026-01-01", "/api/charts?today=2026-01-01&q=party%3AJP",
                    "/api/charts?today=2026-01-01&q=NOT%20party%3AUS", "/api/deadlines?today=2026-01-01&status=overdue&q=party%3AAU",
                    "/api/search?commitments=true&facets=true&limit=100&sort=date&q=NOT%20party%3AUS")) {
                JsonNode expected = AnnotationJson.MAPPER.readTree(client.send(HttpRequest.newBuilder(luceneBase.resolve(path)).build(),
                        HttpResponse.BodyHandlers.ofString()).body());
                JsonNode actual = AnnotationJson.MAPPER.readTree(client.send(HttpRequest.newBuilder(solrBase.resolve(path)).build(),
                        HttpResponse.BodyHandlers.ofString()).body());
                for (String field : List.of("total", "byYear", "deadlinesByMonth", "matrix", "commitments", "facetValues", "labels")) {
                    if (field.equals("total") || !path.startsWith("/api/search") || !field.equals("commitments")) {
                        assertEquals(expected.get(field), actual.get(field), path + " " + field);
                    }
                }
            }
        } finally {
            solr.stop();
            lucene.stop();
        }
    }

    @Test
    void aMissingCollectionIsOneClearLine() throws Exception {
        Cli result = Cli.run(concat(List.of("search"), solr("no-such-collection"), List.of("lithium")));
        assertEquals(2, result.exitCode());
        assertTrue(result.err().matches("accordex: solr collection no-such-collection at .*: no such collection .*\n"),
                result.err());
    }

    /** Each hit's document id with the ids of its commitments, in order: the backends agree entry for entry. */
    private static List<String> ids(JsonNode results) {
        List<String> ids = new ArrayList<>();
        for (JsonNode h : results.get("hits")) {
            List<String> commitments = new ArrayList<>();
            h.get("commitments").forEach(c -> commitments.add(c.get("id").asText()));
            ids.add(h.get("id").asText() + "/" + commitments);
        }
        return ids;
    }

    @SafeVarargs
    static String[] concat(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return all.toArray(String[]::new);
    }
}
