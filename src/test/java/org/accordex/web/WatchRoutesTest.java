package org.accordex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;

import org.accordex.annotate.AnnotatorModels;
import org.accordex.backend.LuceneBackend;
import org.accordex.cli.Cli;
import org.accordex.export.AnnotationJson;
import org.accordex.watch.WatchingBackend;
import org.accordex.watch.Watches;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watches API of {@code serve}, the Atom feed, and an upload that fires a watch. */
class WatchRoutesTest {
    @TempDir
    static Path dir;
    static Path index;
    static Path docs;
    static WebServer server;
    static URI base;
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("a.txt"), "Japan will provide loans for gallium refining.\n");
        index = dir.resolve("index");
        assertEquals(0, Cli.run("index", "--index", index.toString(), docs.toString()).exitCode());
        Watches watches = new Watches(index.resolve(Watches.FOLDER));
        server = new WebServer(new WatchingBackend(new LuceneBackend(index), watches), AnnotatorModels.bundled())
                .add(new WatchRoutes(watches));
        base = server.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** As the page's script sends it: its own origin and the X-Accordex header. */
    static HttpRequest.Builder fromPage(String path) {
        URI uri = base.resolve(path);
        return HttpRequest.newBuilder(uri).header("Origin", "http://" + uri.getAuthority()).header("X-Accordex", "1");
    }

    static HttpResponse<String> add(String json) throws IOException, InterruptedException {
        return CLIENT.send(fromPage("/api/watches").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return CLIENT.send(fromPage(path).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return AnnotationJson.MAPPER.readTree(response.body());
    }

    @Test
    void addListShowAndRemoveOverTheApi() throws Exception {
        HttpResponse<String> added = add("{\"name\": \"nickel\", \"query\": \"mineral:nickel\", \"commitments\": true}");
        assertEquals(201, added.statusCode(), added.body());
        assertEquals("/api/watches/nickel", added.headers().firstValue("Location").orElse(""));
        assertEquals("mineral:nickel", json(added).get("query").asText());

        assertEquals(409, add("{\"name\": \"nickel\", \"query\": \"nickel\"}").statusCode());
        HttpResponse<String> badQuery = add("{\"name\": \"broken\", \"query\": \"nickel AND (\"}");
        assertEquals(400, badQuery.statusCode());
        assertTrue(json(badQuery).get("error").asText().startsWith("bad query: "), badQuery.body());
        assertEquals(400, add("{\"name\": \"../x\", \"query\": \"nickel\"}").statusCode());
        assertEquals(400, add("not json").statusCode());

        HttpResponse<String> forged = CLIENT.send(HttpRequest.newBuilder(base.resolve("/api/watches"))
                .header("Origin", "http://evil.example").header("X-Accordex", "1")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"x\", \"query\": \"y\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, forged.statusCode(), "writes are guarded like every state-changing request");

        JsonNode list = json(get("/api/watches?since=2000-01-01"));
        assertNotNull(list.get("now"));
        assertEquals("nickel", list.get("watches").get(0).get("name").asText());
        assertEquals(0, list.get("watches").get(0).get("new").asInt());

        JsonNode shown = json(get("/api/watches/nickel"));
        assertEquals(0, shown.get("total").asInt());
        assertEquals(404, get("/api/watches/nobody").statusCode());
        assertEquals(400, get("/api/watches/nickel?since=yesterday").statusCode());

        // An upload indexed through serve fires the watch, as 'index' does.
        HttpResponse<String> upload = CLIENT.send(fromPage("/api/annotate?name=nickel.txt&index=true")
                .POST(HttpRequest.BodyPublishers.ofString("Canada will stockpile nickel.\n")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, upload.statusCode(), upload.body());
        shown = json(get("/api/watches/nickel"));
        assertEquals(1, shown.get("total").asInt());
        JsonNode match = shown.get("matches").get(0);
        assertEquals("Canada will stockpile nickel.", match.at("/commitment/text").asText());
        assertTrue(match.get("summary").asText().startsWith("[CA] commitment: "), match.toString());
        assertEquals(1, json(get("/api/watches/nickel?since=2000-01-01T00:00:00Z")).get("total").asInt());
        assertEquals(0, json(get("/api/watches/nickel?since=2999-01-01")).get("total").asInt());
        assertEquals(1, json(get("/api/watches?since=2000-01-01")).get("watches").get(0).get("new").asInt());
        assertEquals(0, json(get("/api/watches?since=2999-01-01")).get("watches").get(0).get("new").asInt());

        assertEquals(200, delete("/api/watches/nickel").statusCode());
        assertEquals(404, delete("/api/watches/nickel").statusCode());
        assertFalse(json(get("/api/watches")).get("watches").toString().contains("nickel"));
    }

    @Test
    void eachWatchHasAnAtomFeedThatParses() throws Exception {
        assertEquals(201, add("{\"name\": \"cobalt\", \"query\": \"mineral:cobalt\", \"commitments\": true}").statusCode());
        HttpResponse<String> empty = get("/feeds/cobalt.atom");
        assertEquals(200, empty.statusCode());
        assertTrue(empty.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        assertEquals(0, new SyndFeedInput().build(new StringReader(empty.body())).getEntries().size());

        Files.writeString(docs.resolve("b.txt"), "Korea will provide loans for cobalt refining within six months.\n"
                + "Korea will stockpile cobalt.\n");
        Cli run = Cli.run("index", "--index", index.toString(), docs.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("watch cobalt: 2 new commitments"), run.out());

        HttpResponse<String> response = get("/feeds/cobalt.atom");
        assertTrue(response.body().startsWith("<?xml"), response.body());
        assertTrue(response.body().contains("xmlns=\"http://www.w3.org/2005/Atom\""));
        SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
        assertEquals("atom_1.0", feed.getFeedType());
        // Atom 1.0's required elements: the feed's id, title and updated, an author, and per entry id, title, updated.
        assertTrue(feed.getUri().startsWith("urn:accordex:watch:"), feed.getUri());
        assertEquals("accordex watch cobalt", feed.getTitle());
        assertNotNull(feed.getPublishedDate(), "updated");
        assertFalse(feed.getAuthors().isEmpty() && (feed.getAuthor() == null || feed.getAuthor().isEmpty()), "author");
        assertTrue(feed.getLinks().stream().map(SyndLink::getRel).anyMatch("self"::equals));
        assertEquals(base.resolve("/feeds/cobalt.atom").toString(),
                feed.getLinks().stream().filter(l -> "self".equals(l.getRel())).findFirst().get().getHref());
        assertEquals(2, feed.getEntries().size());
        for (SyndEntry e : feed.getEntries()) {
            assertTrue(e.getUri().startsWith(feed.getUri() + ":"), e.getUri());
            assertTrue(e.getTitle().startsWith("[KR] commitment: "), e.getTitle());
            assertNotNull(e.getUpdatedDate());
            assertTrue(e.getLink().startsWith(base.resolve("/#doc/").toString()), e.getLink());
            assertTrue(e.getDescription().getValue().contains("cobalt"));
        }
        assertEquals(404, get("/feeds/nobody.atom").statusCode());
        assertEquals(404, get("/feeds/cobalt.rss").statusCode());
        assertEquals(200, delete("/api/watches/cobalt").statusCode());
    }
}
