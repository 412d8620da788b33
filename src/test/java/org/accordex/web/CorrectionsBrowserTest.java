package org.accordex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Correcting in the page, in headless Chromium: an analyst fixes the parties of a commitment; after a reload, a
 * search by the new party, the CSV export and a re-annotation of the file still show her fix; undo brings the
 * machine's parties back. Skipped with a message where Chromium and chromedriver are not installed.
 */
class CorrectionsBrowserTest {
    @TempDir
    static Path dir;
    static Path docs;
    static Path index;
    static PageInBrowser page;
    static URI base;
    static WebDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        Chromium.assumeInstalled();
        docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("mou.txt"), Fixtures.JAPAN_CHILE_MOU);
        index = dir.resolve("index");
        assertEquals(0, Cli.run("index", "--index", index.toString(), docs.toString()).exitCode());
        page = PageInBrowser.open(new WebServer(new LuceneBackend(index), AnnotatorModels.bundled()), dir);
        base = page.base();
        browser = page.browser();
        wait = page.waiter();
    }

    @AfterAll
    static void stop() {
        if (page != null) {
            page.close();
        }
    }

    static String body(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The side-panel entry of the lithium commitment, found by its start as the API gives it. */
    WebElement lithium(String id) throws IOException, InterruptedException {
        for (JsonNode c : AnnotationJson.MAPPER.readTree(body("/api/documents/" + id)).path("commitments")) {
            if (c.path("text").asText().contains("lithium")) {
                return wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector(".side .commitment[data-start='" + c.path("start").asInt() + "']")));
            }
        }
        throw new AssertionError("no lithium commitment");
    }

    @Test
    void fixThePartiesOfACommitmentAndKeepIt() throws Exception {
        String id = AnnotationJson.MAPPER.readTree(body("/api/search?q=lithium")).path("hits").get(0).path("id").asText();
        browser.get(base + "#doc/" + id);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("corrector-name")));
        WebElement name = browser.findElement(By.id("corrector-name"));
        name.sendKeys("Ana Analyst\n");

        WebElement item = lithium(id);
        assertTrue(item.getText().contains("[Chile (CL), Japan (JP)]"), item.getText());
        item.findElement(By.cssSelector(".edit-commitment")).click();
        WebElement parties = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit-parties")));
        parties.clear();
        parties.sendKeys("AU");
        browser.findElement(By.id("save-commitment")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".side .commitment.corrected")));
        page.screenshot("corrected");

        browser.navigate().refresh();
        WebElement corrected = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".side .commitment.corrected")));
        assertTrue(corrected.getText().contains("[Australia (AU)]") && corrected.getText().contains("corrected by Ana Analyst"),
                corrected.getText());
        assertEquals("Ana Analyst", browser.findElement(By.id("corrector-name")).getAttribute("value"), "the name is remembered");

        browser.get(base.toString());
        browser.findElement(By.id("q")).sendKeys("party:AU");
        browser.findElement(By.id("commitments")).click();
        browser.findElement(By.cssSelector("#search-form button")).click();
        wait.until(ExpectedConditions.textMatches(By.id("total"), java.util.regex.Pattern.compile("^1 commitments\\b.*"))); // "1 commitments · 1–1, page 1 of 1"
        assertTrue(browser.findElement(By.cssSelector("#results .hit")).getText().contains("[Australia (AU)]"));
        assertTrue(body("/api/export?format=csv&q=party:AU").contains(",AU,commitment,"), "the CSV export has the fix");

        assertEquals(0, Cli.run("index", "--index", index.toString(), "--reannotate", docs.toString()).exitCode());
        browser.get(base + "#doc/" + id);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".side .commitment.corrected")));
        assertTrue(lithium(id).getText().contains("[Australia (AU)]"), "re-annotating keeps the fix");

        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#corrections-list .undo-correction"))).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".side .commitment.corrected"), 0));
        assertTrue(lithium(id).getText().contains("[Chile (CL), Japan (JP)]"), "undo brings the machine's parties back");
    }
}
