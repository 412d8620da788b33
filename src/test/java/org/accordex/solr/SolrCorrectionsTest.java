package org.accordex.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.accordex.annotate.AnnotatorModels;
import org.accordex.cli.Cli;
import org.accordex.export.AnnotationJson;
import org.accordex.web.WebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Corrections on a SolrCloud collection: the log is entries of the collection, so two servers on it see the same
 * corrections, and re-indexing with {@code --reannotate} keeps them.
 */
class SolrCorrectionsTest {
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    static JsonNode get(URI base, String path) throws Exception {
        return AnnotationJson.MAPPER.readTree(CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    static HttpResponse<String> send(URI base, String method, String path, String body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).header("Origin", "http://" + base.getAuthority())
                .header("X-Accordex", "1").header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode lithium(URI base, String id) throws Exception {
        for (JsonNode c : get(base, "/api/documents/" + id).path("commitments")) {
            if (c.path("text").asText().contains("lithium")) {
                return c;
            }
        }
        throw new AssertionError("no lithium commitment");
    }

    @Test
    void twoServersSeeTheSameCorrections() throws Exception {
        List<String> solr = SolrCloudTest.solr("corrections");
        assertEquals(0, Cli.run(SolrCloudTest.concat(List.of("solr-init"), solr, List.of("--shards", "2"))).exitCode());
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("mou.txt"), "---\ndate: 2025-10-28\n---\n"
                + "Japan and Chile will expand lithium stockpiling within six months.\n");
        Cli indexed = Cli.run(SolrCloudTest.concat(List.of("index"), solr, List.of(docs.toString())));
        assertEquals(0, indexed.exitCode(), indexed.err());

        WebServer one = new WebServer(SolrBackend.cloud(TestCluster.zooKeeper(), "corrections"), AnnotatorModels.bundled());
        WebServer two = new WebServer(SolrBackend.cloud(TestCluster.zooKeeper(), "corrections"), AnnotatorModels.bundled());
        try {
            URI a = one.start("127.0.0.1", 0);
            URI b = two.start("127.0.0.1", 0);
            String id = get(a, "/api/search?q=lithium").path("hits").get(0).path("id").asText();
            JsonNode c = lithium(a, id);
            HttpResponse<String> created = send(a, "POST", "/api/corrections", "{\"document\":\"" + id
                    + "\",\"kind\":\"commitment\",\"start\":" + c.path("start") + ",\"end\":" + c.path("end")
                    + ",\"parties\":[\"AU\"],\"author\":\"ana\"}");
            assertEquals(201, created.statusCode(), created.body());
            String correction = AnnotationJson.MAPPER.readTree(created.body()).path("id").asText();

            assertEquals("[\"AU\"]", lithium(b, id).path("parties").toString(), "the other server sees the fix");
            assertEquals(correction, get(b, "/api/corrections").path("corrections").get(0).path("id").asText());
            assertEquals(1, get(b, "/api/search?commitments=true&q=party:AU").path("total").asInt());
            assertEquals(1, get(b, "/api/search?q=*:*").path("total").asInt(), "correction entries are not documents");

            Cli again = Cli.run(SolrCloudTest.concat(List.of("index"), solr, List.of("--reannotate", docs.toString())));
            assertEquals(0, again.exitCode(), again.err());
            assertEquals("[\"AU\"]", lithium(a, id).path("parties").toString(), "re-annotation keeps it");
            JsonNode status = AnnotationJson.MAPPER.readTree(
                    Cli.run(SolrCloudTest.concat(List.of("status"), solr, List.of("--format", "json"))).out());
            assertEquals(1, status.path("documents").asInt());
            assertEquals(1, status.path("corrections").asInt());

            assertEquals(200, send(b, "DELETE", "/api/corrections/" + correction + "?author=ben", null).statusCode());
            assertEquals("[\"CL\",\"JP\"]", lithium(a, id).path("parties").toString(), "undone on one, undone on both");
            assertTrue(Cli.run(SolrCloudTest.concat(List.of("corrections", "list"), solr, List.of())).out().contains("(undone)"));
        } finally {
            one.stop();
            two.stop();
        }
    }
}
