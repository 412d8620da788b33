package org.accordex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.sun.net.httpserver.HttpServer;

import org.accordex.annotate.AnnotatorModels;
import org.accordex.backend.LuceneBackend;
import org.accordex.cli.Cli;
import org.accordex.export.AnnotationJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Another site, in a real browser (headless Chromium, as in {@link BrowserTest}): a page served on another port
 * posts a text/plain form, a {@code no-cors} fetch and a CORS fetch with the page's header to {@code serve}, and a
 * rebinding name reads from it. Nothing is indexed and nothing is read. Skipped where Chromium is not installed.
 */
class CrossOriginBrowserTest {
    @TempDir
    static Path dir;
    static WebServer server;
    static URI base;
    static HttpServer attacker;
    static WebDriver browser;
    static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    static PrintStream savedErr;

    @BeforeAll
    static void start() throws IOException {
        Chromium.assumeInstalled();
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("mou.txt"), "Japan and Chile will expand lithium stockpiling within six months.\n");
        Path index = dir.resolve("index");
        assertEquals(0, Cli.run("index", "--index", index.toString(), docs.toString()).exitCode());
        server = new WebServer(new LuceneBackend(index), AnnotatorModels.bundled(), Files.createDirectories(dir.resolve("uploads")));
        base = server.start("127.0.0.1", 0);

        String target = base.resolve("/api/annotate?index=true&name=").toString();
        String page = "<!doctype html><html><head><title>elsewhere</title></head><body>"
                + "<form id='form' method='POST' enctype='text/plain' target='sink' action='" + target + "form.txt'>"
                + "<input name='Norway will stockpile vanadium within 90 days. x' value='y'></form>"
                + "<iframe name='sink'></iframe><script>"
                + "const body = 'Norway will stockpile vanadium within 90 days.';"
                + "fetch('" + target + "nocors.txt', {method: 'POST', mode: 'no-cors', body,"
                + "  headers: {'Content-Type': 'text/plain', 'X-Accordex': '1'}})"
                + "  .then(() => document.body.dataset.nocors = 'sent', () => document.body.dataset.nocors = 'failed');"
                + "fetch('" + target + "cors.txt', {method: 'POST', body, headers: {'X-Accordex': '1'}})"
                + "  .then(() => document.body.dataset.cors = 'sent', () => document.body.dataset.cors = 'blocked');"
                + "document.getElementById('form').submit();"
                + "</script></body></html>";
        attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        attacker.createContext("/", exchange -> {
            byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        attacker.start();

        // a DNS-rebinding attacker's name that now resolves to this machine
        browser = Chromium.start(dir.resolve("profile"), "--host-resolver-rules=MAP rebound.example 127.0.0.1");
        savedErr = System.err;
        System.setErr(new PrintStream(LOG, true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() {
        if (savedErr != null) {
            System.setErr(savedErr);
        }
        if (browser != null) {
            browser.quit();
        }
        if (attacker != null) {
            attacker.stop(0);
        }
        if (server != null) {
            server.stop();
        }
    }

    static long refusals() {
        return LOG.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("refused POST /api/annotate (403")).count();
    }

    static int hits(String query) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                base.resolve("/api/search?q=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        return AnnotationJson.MAPPER.readTree(r.body()).get("total").asInt();
    }

    @Test
    void aPageOnAnotherPortCannotWriteToTheIndex() throws Exception {
        browser.get("http://127.0.0.1:" + attacker.getAddress().getPort() + "/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // The form and the no-cors fetch reach the server and are refused; the CORS fetch never leaves the browser.
        wait.until(b -> refusals() >= 2);
        browser.get("http://127.0.0.1:" + attacker.getAddress().getPort() + "/");
        wait.until(b -> "blocked".equals(b.findElement(By.tagName("body")).getAttribute("data-cors")));
        assertEquals("sent", browser.findElement(By.tagName("body")).getAttribute("data-nocors"), "an opaque reply, nothing more");
        assertEquals(0, hits("party:NO"), "nothing was indexed");
        assertEquals(0, hits("vanadium"));
        assertTrue(hits("lithium") > 0);
    }

    @Test
    void aReboundNameReadsNothing() {
        browser.get("http://rebound.example:" + base.getPort() + "/api/export?format=csv");
        String shown = browser.findElement(By.tagName("body")).getText();
        assertTrue(shown.contains("\"status\":421"), shown);
        assertFalse(shown.contains("document_id"), shown);
    }
}
