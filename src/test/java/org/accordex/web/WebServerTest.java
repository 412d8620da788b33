package org.accordex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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

/** Every endpoint of {@code accordex serve}, with its error cases. */
class WebServerTest {
    @TempDir
    static Path dir;
    static WebServer server;
    static URI base;
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("mou.txt"), Fixtures.JAPAN_CHILE_MOU);
        Files.writeString(docs.resolve("xss.html"), "<html><head><title>&lt;script&gt;alert(1)&lt;/script&gt;</title></head>"
                + "<body><p>Korea will fund graphite research &lt;img src=x onerror=alert(2)&gt; by 2030.</p></body></html>");
        Path index = dir.resolve("index");
        assertEquals(0, Cli.run("index", "--index", index.toString(), docs.toString()).exitCode());
        server = new WebServer(new LuceneBackend(index), AnnotatorModels.bundled());
        base = server.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request as the page's script sends a state-changing one: its own origin and the X-Accordex header. */
    static HttpRequest.Builder post(URI uri) {
        return HttpRequest.newBuilder(uri).header("Origin", "http://" + uri.getAuthority()).header("X-Accordex", "1");
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return AnnotationJson.MAPPER.readTree(response.body());
    }

    @Test
    void searchWithFacets() throws Exception {
        HttpResponse<String> response = get("/api/search?q=lithium&facets=true");
        assertEquals(200, response.statusCode());
        JsonNode body = json(response);
        assertEquals(1, body.get("total").asInt());
        assertEquals(1, body.get("facets").get("party").get("JP").asInt());
        assertTrue(body.get("hits").get(0).get("snippets").get(0).asText().contains("«lithium»"));
    }

    @Test
    void commitmentSearch() throws Exception {
        JsonNode body = json(get("/api/search?q=party:CL&commitments=true"));
        assertEquals(2, body.get("total").asInt());
        assertEquals(1, body.get("hits").get(0).get("commitments").size());
    }

    @Test
    void aBadQueryIs400WithTheParsersMessage() throws Exception {
        HttpResponse<String> response = get("/api/search?q=party%3A%28JP");
        assertEquals(400, response.statusCode());
        assertTrue(json(response).get("error").asText().startsWith("bad query:"));
        assertEquals(400, get("/api/search?q=x&limit=zero").statusCode());
        assertEquals(400, get("/api/search?q=x&sort=size").statusCode());
    }

    @Test
    void documentsByIdAndUnknownIds() throws Exception {
        String id = json(get("/api/search?q=lithium")).get("hits").get(0).get("id").asText();
        JsonNode doc = json(get("/api/documents/" + id));
        assertTrue(doc.get("text").asText().contains("lithium stockpiling"));
        assertEquals(2, doc.get("commitments").size());
        assertTrue(doc.get("mentions").size() > 3);
        assertEquals(404, get("/api/documents/" + "0".repeat(64)).statusCode());
        assertEquals(404, get("/api/documents/..%2F..%2Fetc%2Fpasswd").statusCode());
        assertEquals(404, get("/nowhere").statusCode());
    }

    @Test
    void deadlines() throws Exception {
        JsonNode body = json(get("/api/deadlines?from=2026-01-01&to=2030-12-31&today=2027-01-01"));
        assertEquals(2, body.get("total").asInt());
        assertEquals("overdue", body.get("commitments").get(0).get("status").asText());
        assertEquals("upcoming", body.get("commitments").get(1).get("status").asText());
        assertEquals(400, get("/api/deadlines?from=yesterday").statusCode());
    }

    @Test
    void exports() throws Exception {
        HttpResponse<String> csv = get("/api/export?format=csv&q=party:JP");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("id,document_id,source"));
        assertTrue(get("/api/export?format=ics").body().contains("BEGIN:VEVENT"));
        assertEquals(400, get("/api/export?format=pdf").statusCode());
    }

    @Test
    void annotateAnUploadAndOptionallyIndexIt() throws Exception {
        HttpRequest upload = post(base.resolve("/api/annotate?name=new.txt&date=2026-01-01"))
                .POST(HttpRequest.BodyPublishers.ofString("Canada will stockpile gallium within 90 days.\n")).build();
        HttpResponse<String> response = CLIENT.send(upload, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        JsonNode doc = json(response);
        assertEquals("2026-04-01", doc.get("commitments").get(0).get("deadline").get("due").asText());
        assertEquals(0, json(get("/api/search?q=party:CA")).get("total").asInt(), "not indexed unless asked");

        HttpRequest indexed = post(base.resolve("/api/annotate?name=new.txt&index=true"))
                .POST(HttpRequest.BodyPublishers.ofString("Canada will stockpile gallium within 90 days.\n")).build();
        assertTrue(json(CLIENT.send(indexed, HttpResponse.BodyHandlers.ofString())).get("indexed").asBoolean());
        assertEquals(1, json(get("/api/search?q=party:CA")).get("total").asInt());
    }

    @Test
    void aLongUploadGetsAShortReplyUnlessItAsksForAll() throws Exception {
        // Over a thousand mentions: the reply lists the first thousand and says how many there are.
        String text = "Japan, Canada, Korea and Australia will cooperate on lithium and cobalt.\n".repeat(210);
        HttpRequest upload = post(base.resolve("/api/annotate?name=long.txt"))
                .POST(HttpRequest.BodyPublishers.ofString(text)).build();
        JsonNode shortReply = json(CLIENT.send(upload, HttpResponse.BodyHandlers.ofString()));
        assertEquals(1_000, shortReply.get("mentions").size());
        assertEquals(1_260, shortReply.get("truncated").get("mentions").asInt());

        HttpRequest all = post(base.resolve("/api/annotate?name=long.txt&all=true"))
                .POST(HttpRequest.BodyPublishers.ofString(text)).build();
        JsonNode whole = json(CLIENT.send(all, HttpResponse.BodyHandlers.ofString()));
        assertEquals(1_260, whole.get("mentions").size());
        assertNull(whole.get("truncated"));
    }

    @Test
    void anUploadedEmailIsItsBodyWithItsAttachmentsAndTextOnlyWhenAsked() throws Exception {
        byte[] mail = org.accordex.ingest.Fixtures.email("Offer", "Japan will provide loans for gallium refining.",
                org.accordex.ingest.Fixtures.entries("offer.txt", "Peru will stockpile tin.\n",
                        "bad.pdf", "%PDF-1.4 truncated"));
        HttpRequest upload = post(base.resolve("/api/annotate?name=mail.eml&index=true"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(mail)).build();
        JsonNode reply = json(CLIENT.send(upload, HttpResponse.BodyHandlers.ofString()));
        assertEquals("upload/mail.eml", reply.get("document").get("source").asText());
        assertFalse(reply.has("text") || reply.get("document").has("text"), "text only when asked");
        JsonNode attachment = reply.get("attachments").get(0);
        assertEquals("upload/mail.eml#offer.txt", attachment.get("document").get("source").asText());
        assertEquals("upload/mail.eml#bad.pdf", reply.get("failures").get(0).get("source").asText());
        assertTrue(reply.get("failures").get(0).get("error").asText().startsWith("cannot parse pdf file"));
        assertTrue(reply.get("indexed").asBoolean());

        String query = java.net.URLEncoder.encode("source:\"upload/mail.eml#offer.txt\"", java.nio.charset.StandardCharsets.UTF_8);
        JsonNode hits = json(get("/api/search?q=" + query));
        assertEquals(1, hits.get("total").asInt(), "a source with '#' is searchable");
        JsonNode document = json(get("/api/documents/" + hits.get("hits").get(0).get("id").asText()));
        assertEquals("upload/mail.eml#offer.txt", document.get("document").get("source").asText());

        HttpRequest withText = post(base.resolve("/api/annotate?name=mail.eml&include_text=true"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(mail)).build();
        JsonNode texts = json(CLIENT.send(withText, HttpResponse.BodyHandlers.ofString()));
        assertEquals("Japan will provide loans for gallium refining.", texts.get("document").get("text").asText());
        assertEquals("Peru will stockpile tin.\n",
                texts.get("attachments").get(0).get("document").get("text").asText());

        HttpRequest bad = post(base.resolve("/api/annotate?name=bad.pdf"))
                .POST(HttpRequest.BodyPublishers.ofString("%PDF-1.4 truncated")).build();
        HttpResponse<String> refused = CLIENT.send(bad, HttpResponse.BodyHandlers.ofString());
        assertEquals(422, refused.statusCode());
        assertTrue(json(refused).get("error").asText().startsWith("bad.pdf: cannot parse pdf file"), refused.body());
    }

    @Test
    void uploadLimitsAndMethods() throws Exception {
        HttpRequest big = post(base.resolve("/api/annotate"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[WebServer.MAX_UPLOAD + 1])).build();
        assertEquals(413, CLIENT.send(big, HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpRequest empty = post(base.resolve("/api/annotate")).POST(HttpRequest.BodyPublishers.noBody()).build();
        assertEquals(400, CLIENT.send(empty, HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(405, get("/api/annotate").statusCode());
    }

    @Test
    void partiesComeWithTheirNames() throws Exception {
        JsonNode body = json(get("/api/search?q=lithium&facets=true&commitments=true"));
        assertEquals(1, body.get("facets").get("party").get("JP").asInt(), "the counts stay as they were");
        JsonNode japan = null;
        for (JsonNode value : body.get("facetValues").get("party")) {
            japan = value.get("norm").asText().equals("JP") ? value : japan;
        }
        assertEquals("Japan", japan.get("label").asText());
        assertEquals(1, japan.get("count").asInt());
        assertTrue(body.get("labels").toString().contains("{\"norm\":\"CL\",\"label\":\"Chile\"}"), body.get("labels").toString());
        String id = body.get("hits").get(0).get("id").asText();
        assertTrue(json(get("/api/documents/" + id)).get("labels").toString().contains("\"label\":\"Japan\""));
        assertTrue(json(get("/api/search?q=party%3AKR")).get("labels").toString().contains("\"label\":\"South Korea\""),
                "a party the query names, even without hits");
    }

    @Test
    void excludingAValueAloneMeansEverythingElse() throws Exception {
        long all = json(get("/api/search?commitments=true")).get("total").asLong();
        long japan = json(get("/api/search?commitments=true&q=party%3AJP")).get("total").asLong();
        JsonNode rest = json(get("/api/search?commitments=true&q=NOT%20party%3AJP"));
        assertEquals(all - japan, rest.get("total").asLong());
        assertEquals(all - japan, json(get("/api/search?commitments=true&q=%28NOT%20party%3AJP%29%20AND%20*%3A*")).get("total").asLong(),
                "in parentheses too");
        JsonNode docs = json(get("/api/search?q=NOT%20party%3AKR"));
        assertTrue(docs.get("hits").get(0).get("commitments").size() > 0, "a document's commitments outside the exclusion are shown");
    }

    @Test
    void chartsCountTheQuerysCommitments() throws Exception {
        JsonNode charts = json(get("/api/charts?today=2026-01-01"));
        assertEquals(json(get("/api/search?commitments=true")).get("total").asLong(), charts.get("total").asLong());
        // Every uploaded test document may add to the counts: compare them with the facets and deadlines instead.
        JsonNode facets = json(get("/api/search?commitments=true&facets=true&q=date%3A%5B*%20TO%20*%5D")).get("facets"); // dated ones
        for (String modality : new String[] {"commitment", "intent"}) {
            long byYear = 0;
            for (JsonNode year : charts.get("byYear")) {
                byYear += year.get(modality).asLong();
            }
            assertEquals(facets.get("modality").get(modality).asLong(), byYear, modality);
        }
        long due = 0;
        for (JsonNode month : charts.get("deadlinesByMonth")) {
            due += month.get("overdue").asLong() + month.get("upcoming").asLong();
        }
        // Months from a year before today to two years after.
        assertEquals(json(get("/api/deadlines?today=2026-01-01&from=2025-01-01&to=2028-01-31")).get("total").asLong(), due);
        JsonNode matrix = charts.get("matrix");
        assertEquals(matrix.get("parties").size(), matrix.get("counts").size());
        assertEquals(400, get("/api/charts?q=party%3A%28JP").statusCode());
    }

    @Test
    void deadlinesByStatus() throws Exception {
        JsonNode overdue = json(get("/api/deadlines?today=2027-01-01&status=overdue"));
        assertTrue(overdue.get("total").asInt() >= 1);
        overdue.get("commitments").forEach(c -> assertEquals("overdue", c.get("status").asText()));
        assertEquals(0, json(get("/api/deadlines?today=2020-01-01&status=overdue")).get("total").asInt());
        assertEquals(400, get("/api/deadlines?status=late").statusCode());
    }

    @Test
    void theChartingLibraryIsServedFromTheJar() throws Exception {
        HttpResponse<String> library = get("/webjars/echarts/5.3.1/dist/echarts.min.js");
        assertEquals(200, library.statusCode());
        assertTrue(library.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(get("/").body().contains("webjars/echarts/5.3.1/dist/echarts.min.js"));
        assertEquals(404, get("/webjars/echarts/5.3.1/package.json").statusCode());
        assertEquals(404, get("/webjars/%2e%2e/web/app.js").statusCode());
    }

    @Test
    void thePageIsServedFromTheJarAndEscapesText() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<script src=\"app.js\">"));
        String script = get("/app.js").body();
        assertFalse(script.contains("innerHTML"), "document text is never parsed as HTML");
        JsonNode hit = json(get("/api/search?q=graphite")).get("hits").get(0);
        assertEquals("<script>alert(1)</script>", hit.get("title").asText(), "titles travel as JSON strings");
    }
}
