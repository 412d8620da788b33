package org.accordex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.accordex.annotate.AnnotatorModels;
import org.accordex.backend.LuceneBackend;
import org.accordex.cli.Cli;
import org.accordex.export.AnnotationJson;
import org.accordex.index.LuceneStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What keeps other pages, odd URLs, hostile names and deep queries from hurting {@code serve}. */
class WebSecurityTest {
    @TempDir
    static Path dir;
    static Path index;
    static Path uploads;
    static WebServer server;
    static URI base;
    static int port;
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("mou.txt"), "Japan and Chile will expand lithium stockpiling within six months.\n");
        index = dir.resolve("index");
        assertEquals(0, Cli.run("index", "--index", index.toString(), docs.toString()).exitCode());
        uploads = Files.createDirectories(dir.resolve("uploads"));
        server = new WebServer(new LuceneBackend(index), AnnotatorModels.bundled(), uploads);
        server.routes().get("/test/overflow", e -> overflow(0))
                .get("/test/failure", e -> {
                    throw new IllegalStateException("secret detail\n\tat somewhere");
                });
        base = server.start("127.0.0.1", 0);
        port = base.getPort();
    }

    private static int overflow(int n) {
        return overflow(n + 1) + 1;
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> upload(String query, String body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/api/annotate?" + query))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The headers the page's script sends. */
    static String[] samePage() {
        return new String[] {"Origin", "http://127.0.0.1:" + port, "X-Accordex", "1"};
    }

    static JsonNode json(String body) throws IOException {
        return AnnotationJson.MAPPER.readTree(body);
    }

    static int hits(String query) throws Exception {
        return json(get("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).body()).get("total").asInt();
    }

    @Test
    void aForeignHostGets421AndNoData() throws Exception {
        RawHttp.Response foreign = RawHttp.get(port, "/api/export?format=csv", "attacker.example:" + port);
        assertEquals(421, foreign.status());
        assertFalse(foreign.body().contains("document_id"), "nothing of the index: " + foreign.body());
        assertEquals(421, json(foreign.body()).get("status").asInt());
        assertEquals(421, RawHttp.get(port, "/", "127.0.0.1:1").status(), "another port");
        assertEquals(421, RawHttp.get(port, "/", "127.0.0.1").status(), "no port");
        assertEquals(421, RawHttp.send(port, "GET / HTTP/1.0\r\n\r\n").status(), "no Host at all");
        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LocalHost:" + port, "[::1]:" + port)) {
            RawHttp.Response ok = RawHttp.get(port, "/api/export?format=csv", host);
            assertEquals(200, ok.status(), host);
            assertTrue(ok.body().contains("document_id"), host);
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        List<RawHttp.Response> responses = List.of(
                RawHttp.get(port, "/", "127.0.0.1:" + port),
                RawHttp.get(port, "/app.js", "127.0.0.1:" + port),
                RawHttp.get(port, "/api/search?q=lithium", "127.0.0.1:" + port),
                RawHttp.get(port, "/nowhere", "127.0.0.1:" + port),
                RawHttp.get(port, "/api/search?q=%zz", "127.0.0.1:" + port),
                RawHttp.get(port, "/api/%zz", "127.0.0.1:" + port),
                RawHttp.get(port, "/", "attacker.example:" + port),
                RawHttp.send(port, "NOT A REQUEST\r\n\r\n"),
                RawHttp.send(port, "GET / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nX: " + "y".repeat(70_000) + "\r\n\r\n"));
        for (RawHttp.Response r : responses) {
            String what = r.status() + " " + r.body();
            assertEquals("default-src 'self'", r.header("Content-Security-Policy"), what);
            assertEquals("nosniff", r.header("X-Content-Type-Options"), what);
            assertEquals("DENY", r.header("X-Frame-Options"), what);
            assertEquals("no-referrer", r.header("Referrer-Policy"), what);
            if (r.status() >= 400) {
                assertTrue(r.header("Content-Type").startsWith("application/json"), what);
                assertEquals(r.status(), json(r.body()).get("status").asInt(), what);
            }
        }
    }

    @Test
    void malformedUrlsAreJson400s() throws Exception {
        RawHttp.Response query = RawHttp.get(port, "/api/search?q=%zz", "127.0.0.1:" + port);
        assertEquals(400, query.status());
        assertEquals("malformed percent-encoding in the parameter q", json(query.body()).get("error").asText());
        assertEquals(400, RawHttp.get(port, "/api/search?q=%C3%28", "127.0.0.1:" + port).status(), "not UTF-8");
        assertEquals(400, RawHttp.get(port, "/api/%zz", "127.0.0.1:" + port).status());
        assertEquals(404, RawHttp.get(port, "/api/documents/..%2F..%2Fetc%2Fpasswd", "127.0.0.1:" + port).status());
    }

    @Test
    void headOnEveryGetRouteAnd405WithAllow() throws Exception {
        for (String path : List.of("/", "/app.js", "/api/search?q=lithium", "/api/deadlines", "/api/export?format=csv")) {
            RawHttp.Response head = RawHttp.send(port, "HEAD " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nConnection: close\r\n\r\n");
            assertEquals(200, head.status(), path);
            assertEquals("", head.body(), path);
        }
        HttpResponse<String> put = CLIENT.send(HttpRequest.newBuilder(base.resolve("/api/search"))
                .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, put.statusCode());
        assertEquals("GET, HEAD", put.headers().firstValue("Allow").orElseThrow());
        assertEquals(405, json(put.body()).get("status").asInt());
        HttpResponse<String> getUpload = get("/api/annotate");
        assertEquals(405, getUpload.statusCode());
        assertEquals("POST", getUpload.headers().firstValue("Allow").orElseThrow());
        assertEquals("GET is not allowed here; use POST", json(getUpload.body()).get("error").asText());
        HttpResponse<String> options = CLIENT.send(HttpRequest.newBuilder(base.resolve("/api/annotate"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, options.statusCode(), "no CORS preflight is ever granted");
    }

    @Test
    void aStateChangingRequestNeedsThePagesOriginAndHeader() throws Exception {
        String text = "Norway will stockpile vanadium within 90 days.\n";
        String upload = "name=x.txt&index=true";
        String own = "http://127.0.0.1:" + port;
        List<String[]> refused = List.of(
                new String[] {"Content-Type", "text/plain"},                                     // a cross-site form
                new String[] {"Origin", "http://attacker.example", "X-Accordex", "1"},
                new String[] {"Origin", "null", "X-Accordex", "1"},                              // a sandboxed page
                new String[] {"Origin", own},                                                    // no header
                new String[] {"Origin", own, "X-Accordex", "true"},
                new String[] {"X-Accordex", "1"},                                                // neither Origin nor Referer
                new String[] {"Referer", "http://attacker.example/page", "X-Accordex", "1"},
                new String[] {"Origin", "http://localhost:" + port, "X-Accordex", "1"});         // not the Host it asked
        for (String[] headers : refused) {
            HttpResponse<String> r = upload(upload, text, headers);
            assertEquals(403, r.statusCode(), String.join(" ", headers));
            assertTrue(json(r.body()).get("error").asText().contains("X-Accordex: 1"));
        }
        assertEquals(0, hits("party:NO"), "nothing was written");
        assertEquals(200, upload(upload, text, "Referer", own + "/#deadlines", "X-Accordex", "1").statusCode(),
                "a Referer of the page stands in for a missing Origin");
        assertEquals(1, hits("party:NO"));
    }

    @Test
    void parametersAreCheckedForRange() throws Exception {
        record Case(String path, String parameter) {
        }
        for (Case c : List.of(new Case("/api/deadlines?from=%2B10000-01-01", "from"), new Case("/api/deadlines?to=0000-12-31", "to"),
                new Case("/api/deadlines?today=2026-02-30", "today"), new Case("/api/search?limit=0", "limit"),
                new Case("/api/search?limit=1001", "limit"), new Case("/api/search?offset=-1", "offset"),
                new Case("/api/search?offset=99999999999", "offset"), new Case("/api/search?sort=size", "sort"),
                new Case("/api/export?format=pdf", "format"))) {
            HttpResponse<String> r = get(c.path());
            assertEquals(400, r.statusCode(), c.path());
            assertTrue(json(r.body()).get("error").asText().startsWith(c.parameter() + " must"), r.body());
        }
        assertEquals(400, upload("date=99999-01-01", "x", samePage()).statusCode(), "an upload's date too");
    }

    @Test
    void aDeeplyNestedQueryIs400BeforeParsing() throws Exception {
        String deep = "(".repeat(5000) + "lithium" + ")".repeat(5000);
        for (String path : List.of("/api/search?q=", "/api/search?facets=true&commitments=true&q=", "/api/export?q=",
                "/api/deadlines?q=")) {
            HttpResponse<String> r = get(path + URLEncoder.encode(deep, StandardCharsets.UTF_8));
            assertEquals(400, r.statusCode(), path);
            assertEquals("query nested too deeply (limit 100)", json(r.body()).get("error").asText());
        }
        String hundred = "(".repeat(100) + "lithium" + ")".repeat(100);
        assertEquals(1, hits(hundred), "100 levels are still a query");
        HttpResponse<String> quoted = get("/api/search?q=" + URLEncoder.encode("\"" + "(".repeat(500) + "\"", StandardCharsets.UTF_8));
        assertEquals(200, quoted.statusCode(), "parentheses inside a phrase are text");
        HttpResponse<String> longQuery = get("/api/search?q=" + "lithium+".repeat(1500));
        assertEquals(400, longQuery.statusCode());
        assertEquals("query too long (limit 10000 characters)", json(longQuery.body()).get("error").asText());
    }

    @Test
    void anyErrorInsideARequestIsAJson500AndOneLogLine() throws Exception {
        PrintStream saved = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        HttpResponse<String> overflow;
        HttpResponse<String> failure;
        try {
            overflow = get("/test/overflow");
            failure = get("/test/failure");
        } finally {
            System.setErr(saved);
        }
        assertEquals(500, overflow.statusCode());
        assertEquals("internal error: StackOverflowError", json(overflow.body()).get("error").asText());
        assertEquals(500, failure.statusCode());
        assertEquals("internal error: IllegalStateException", json(failure.body()).get("error").asText());
        assertFalse(failure.body().contains("secret") || failure.body().contains("at "), failure.body());
        List<String> lines = log.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("accordex serve: GET /test/overflow: StackOverflowError"), lines.get(0));
        assertEquals("accordex serve: GET /test/failure: IllegalStateException: secret detail at somewhere", lines.get(1));
        assertEquals(200, get("/api/search?q=lithium").statusCode(), "the server goes on");
    }

    @Test
    void uploadNamesStayInsideTheirFolderAndTheFolderGoes() throws Exception {
        String text = "Peru will stockpile tin.\n";
        record Case(String name, String source) {
        }
        String longName = "a".repeat(300) + ".txt";
        for (Case c : List.of(new Case("..", "upload/upload"), new Case(".", "upload/upload"), new Case("/", "upload/upload"),
                new Case("../../etc/passwd", "upload/passwd"), new Case("..\\..\\boot.ini", "upload/boot.ini"),
                new Case(".bashrc", "upload/bashrc"), new Case("<script>.txt", "upload/_script_.txt"),
                new Case(longName, "upload/" + "a".repeat(UploadName.MAX_LENGTH - 4) + ".txt"))) {
            HttpResponse<String> r = upload("name=" + URLEncoder.encode(c.name(), StandardCharsets.UTF_8) + "&index=true", text, samePage());
            assertEquals(200, r.statusCode(), c.name() + ": " + r.body());
            assertEquals(c.source(), json(r.body()).get("document").get("source").asText(), c.name());
        }
        assertEquals(422, upload("name=..", "%PDF-1.4 cut", samePage()).statusCode());
        assertEquals(400, upload("name=..", "", samePage()).statusCode());
        try (Stream<Path> left = Files.list(uploads)) {
            assertEquals(List.of(), left.toList(), "every upload's folder is deleted, whatever happened");
        }
    }

    @Test
    void theReplyHoldsTheTextOnlyWhenAsked() throws Exception {
        String text = "Ghana will stockpile lithium within 90 days. ".repeat(200);
        HttpResponse<String> plain = upload("name=big.txt", text, samePage());
        assertFalse(json(plain.body()).get("document").has("text"));
        HttpResponse<String> withText = upload("name=big.txt&include_text=true", text, samePage());
        assertEquals(text, json(withText.body()).get("document").get("text").asText());
        assertTrue(withText.body().length() - plain.body().length() >= text.length(), "the default reply is the text lighter");
    }

    @Test
    void anUploadToIndexWhileAnotherProcessIndexesIs409() throws Exception {
        String text = "Kenya will stockpile graphite within 90 days.\n";
        try (LuceneStore cliIndexRun = new LuceneStore(index)) { // what a running `accordex index` holds
            HttpResponse<String> busy = upload("name=k.txt&index=true", text, samePage());
            assertEquals(409, busy.statusCode());
            assertEquals("the index is busy (another accordex index is running); try again", json(busy.body()).get("error").asText());
            assertEquals("10", busy.headers().firstValue("Retry-After").orElseThrow());
            assertEquals(200, upload("name=k.txt", text, samePage()).statusCode(), "annotating alone needs no lock");
        }
        assertEquals(0, hits("party:KE"));
        HttpResponse<String> done = upload("name=k.txt&index=true", text, samePage());
        assertEquals(200, done.statusCode());
        assertTrue(json(done.body()).get("indexed").asBoolean());
        assertEquals(1, hits("party:KE"));
        assertNull(done.headers().firstValue("Retry-After").orElse(null));
    }
}
