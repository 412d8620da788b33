package org.accordex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import org.accordex.annotate.AnnotatorModels;
import org.accordex.backend.LuceneBackend;
import org.accordex.cli.Cli;
import org.accordex.export.AnnotationJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/corrections}: record, list and undo corrections; documents, search and exports show them at once. */
class CorrectionRoutesTest {
    @TempDir
    static Path dir;
    static WebServer server;
    static URI base;
    static String id;
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("mou.txt"), Fixtures.JAPAN_CHILE_MOU);
        Path index = dir.resolve("index");
        assertEquals(0, Cli.run("index", "--index", index.toString(), docs.toString()).exitCode());
        server = new WebServer(new LuceneBackend(index), AnnotatorModels.bundled());
        base = server.start("127.0.0.1", 0);
        id = AnnotationJson.MAPPER.readTree(Cli.run("search", "--index", index.toString(), "--format", "json", "lithium").out())
                .path("hits").get(0).path("id").asText();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest request = WebServerTest.post(base.resolve(path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return AnnotationJson.MAPPER.readTree(response.body());
    }

    static JsonNode commitment(String containing) throws IOException, InterruptedException {
        for (JsonNode c : json(get("/api/documents/" + id)).path("commitments")) {
            if (c.path("text").asText().contains(containing)) {
                return c;
            }
        }
        return null;
    }

    @Test
    void correctListAndUndo() throws IOException, InterruptedException {
        JsonNode c = commitment("lithium");
        String body = "{\"document\":\"" + id + "\",\"kind\":\"commitment\",\"start\":" + c.path("start") + ",\"end\":"
                + c.path("end") + ",\"parties\":[\"AU\"],\"modality\":\"intent\",\"author\":\"ana\"}";
        HttpResponse<String> created = send("POST", "/api/corrections", body);
        assertEquals(201, created.statusCode(), created.body());
        JsonNode correction = json(created);
        assertTrue(correction.path("applied").asBoolean());
        assertEquals("ana", correction.path("author").asText());
        assertTrue(correction.path("text").asText().contains("lithium"), "the span's text is recorded with it");

        JsonNode fixed = commitment("lithium");
        assertEquals("[\"AU\"]", fixed.path("parties").toString());
        assertEquals("intent", fixed.path("modality").asText());
        assertTrue(fixed.path("corrected").asBoolean());
        assertEquals("ana", fixed.path("correctedBy").asText());
        assertFalse(commitment("copper").has("corrected"), "only the corrected item is marked");
        JsonNode document = json(get("/api/documents/" + id));
        assertEquals(correction.path("id").asText(), document.path("document").path("corrections").get(0).asText());

        assertEquals(1, json(get("/api/search?commitments=true&q=party:AU")).path("total").asInt());
        assertTrue(get("/api/export?format=csv&q=party:AU").body().contains("AU,intent"), "exports see it");

        JsonNode listed = json(get("/api/corrections?document=" + id));
        assertTrue(listed.path("corrections").findValuesAsText("id").contains(correction.path("id").asText()));
        assertEquals(0, json(get("/api/corrections?document=" + "0".repeat(64))).path("total").asInt());
        assertEquals(0, json(get("/api/corrections?since=2999-01-01")).path("total").asInt());

        String undoPath = "/api/corrections/" + correction.path("id").asText() + "?author=ben";
        HttpResponse<String> undone = send("DELETE", undoPath, null);
        assertEquals(200, undone.statusCode(), undone.body());
        assertEquals("undo", json(undone).path("kind").asText());
        assertEquals("[\"CL\",\"JP\"]", commitment("lithium").path("parties").toString(), "the machine's value is back");
        assertFalse(commitment("lithium").has("corrected"));
        assertEquals(409, send("DELETE", undoPath, null).statusCode(), "already undone");
        for (JsonNode entry : json(get("/api/corrections")).path("corrections")) {
            if (entry.path("id").asText().equals(correction.path("id").asText())) {
                assertTrue(entry.path("undone").asBoolean());
            }
        }
    }

    @Test
    void mentionsCanBeRetypedRemovedAndAdded() throws IOException, InterruptedException {
        JsonNode document = json(get("/api/documents/" + id));
        String text = document.path("text").asText();
        int copper = text.indexOf("copper");
        int data = text.indexOf("geological data");
        HttpResponse<String> removed = send("POST", "/api/corrections", "{\"document\":\"" + id
                + "\",\"kind\":\"remove-mention\",\"start\":" + copper + ",\"end\":" + (copper + 6) + ",\"author\":\"ana\"}");
        assertEquals(201, removed.statusCode(), removed.body());
        HttpResponse<String> added = send("POST", "/api/corrections", "{\"document\":\"" + id
                + "\",\"kind\":\"add-mention\",\"start\":" + data + ",\"end\":" + (data + 15)
                + ",\"type\":\"INSTRUMENT\",\"norm\":\"technology-sharing\",\"author\":\"ana\"}");
        assertEquals(201, added.statusCode(), added.body());
        JsonNode after = json(get("/api/documents/" + id));
        boolean copperLeft = false;
        JsonNode addedMention = null;
        for (JsonNode m : after.path("mentions")) {
            copperLeft |= m.path("start").asInt() == copper;
            if (m.path("start").asInt() == data) {
                addedMention = m;
            }
        }
        assertFalse(copperLeft);
        assertEquals("technology-sharing", addedMention.path("norm").asText());
        assertTrue(addedMention.path("corrected").asBoolean());
        assertEquals("[\"technology-sharing\"]", commitment("copper").path("instruments").toString());
        assertEquals(1, json(get("/api/search?q=instrument:technology-sharing")).path("total").asInt(), "facets and search too");
        send("DELETE", "/api/corrections/" + json(removed).path("id").asText() + "?author=ana", null);
        send("DELETE", "/api/corrections/" + json(added).path("id").asText() + "?author=ana", null);
        assertEquals("[]", commitment("copper").path("instruments").toString());
    }

    @Test
    void badRequestsAreRefused() throws IOException, InterruptedException {
        assertEquals(400, send("POST", "/api/corrections", "not json").statusCode());
        HttpResponse<String> noAuthor = send("POST", "/api/corrections",
                "{\"document\":\"" + id + "\",\"kind\":\"not-commitment\",\"start\":0,\"end\":5}");
        assertEquals(400, noAuthor.statusCode());
        assertTrue(json(noAuthor).path("error").asText().contains("author"), noAuthor.body());
        assertEquals(400, send("POST", "/api/corrections", "{\"document\":\"" + id
                + "\",\"kind\":\"commitment\",\"start\":0,\"end\":5,\"modality\":\"maybe\",\"author\":\"a\"}").statusCode());
        assertEquals(400, send("POST", "/api/corrections", "{\"document\":\"" + id
                + "\",\"kind\":\"not-commitment\",\"start\":0,\"end\":99999,\"author\":\"a\"}").statusCode());
        assertEquals(404, send("POST", "/api/corrections", "{\"document\":\"" + "0".repeat(64)
                + "\",\"kind\":\"not-commitment\",\"start\":0,\"end\":5,\"author\":\"a\"}").statusCode());
        assertEquals(404, send("DELETE", "/api/corrections/nosuch?author=a", null).statusCode());
        assertEquals(400, send("DELETE", "/api/corrections/nosuch", null).statusCode());

        // From another site, or without the page's header: refused before anything is read.
        HttpRequest foreign = HttpRequest.newBuilder(base.resolve("/api/corrections")).header("Origin", "http://evil.example")
                .header("X-Accordex", "1").POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        assertEquals(403, CLIENT.send(foreign, HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpRequest bare = HttpRequest.newBuilder(base.resolve("/api/corrections/x?author=a")).DELETE().build();
        assertEquals(403, CLIENT.send(bare, HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(200, get("/corrections.js").statusCode());
    }
}
