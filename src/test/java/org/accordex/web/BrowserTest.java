package org.accordex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.accordex.annotate.AnnotatorModels;
import org.accordex.backend.LuceneBackend;
import org.accordex.cli.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real browser: Debian's headless Chromium driven by its chromedriver (no driver download).
 * Skipped with a message where the two are not installed ({@code .ci/run} installs them).
 * Screenshots go to {@code target/screenshots/}.
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    @TempDir
    static Path dir;
    static WebServer server;
    static URI base;
    static WebDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver); skipping");
        Path index = dir.resolve("index");
        assertEquals(0, Cli.run("index", "--index", index.toString(), "corpus").exitCode());
        server = new WebServer(new LuceneBackend(index), AnnotatorModels.bundled());
        base = server.start("127.0.0.1", 0);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + dir.resolve("profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        try {
            browser = new ChromeDriver(service, options);
        } catch (org.openqa.selenium.WebDriverException e) {
            assumeTrue(false, "Chromium is installed but does not start here; skipping: " + e.getMessage().lines().findFirst().orElse(""));
        }
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    static void screenshot(String name) throws IOException {
        screenshotOf(browser, name);
    }

    static void screenshotOf(WebDriver browser, String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void searchFacetDocumentAndUpload() throws IOException {
        browser.get(base.toString());
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("lithium");
        browser.findElement(By.cssSelector("#search-form button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .hit")));
        String before = browser.findElement(By.id("total")).getText();
        screenshot("search");

        WebElement facet = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.facet[data-clause^='party:']")));
        String clause = facet.getAttribute("data-clause");
        facet.click();
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("total"), before)));
        assertTrue(box.getAttribute("value").contains(clause), "the facet narrows the query");

        browser.findElement(By.cssSelector("#results .hit a.title")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#text mark.PARTY")));
        List<WebElement> marks = browser.findElements(By.cssSelector("#text mark"));
        assertTrue(marks.size() > 5, "mentions are highlighted");
        WebElement commitment = browser.findElements(By.cssSelector(".side .commitment")).get(0);
        String start = commitment.getAttribute("data-start");
        commitment.click();
        WebElement sentence = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sentence.active")));
        assertEquals("sentence-" + start, sentence.getAttribute("id"));
        long top = (Long) ((JavascriptExecutor) browser).executeScript(
                "const r = arguments[0].getBoundingClientRect(); const p = document.getElementById('text').getBoundingClientRect();"
                        + " return Math.round(r.top - p.top);", sentence);
        assertTrue(top >= -5 && top < 800, "the sentence is scrolled into view: " + top);
        screenshot("document");

        Path upload = dir.resolve("statement.txt");
        Files.writeString(upload, "<script>alert(1)</script>\nJapan and Chile will expand lithium stockpiling within six months.\n");
        browser.get(base.toString());
        browser.findElement(By.id("file")).sendKeys(upload.toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#text mark.MINERAL")));
        assertTrue(browser.findElement(By.id("text")).getText().contains("<script>alert(1)</script>"), "shown as text");
        screenshot("upload");
    }

    @Test
    void deadlinesView() throws IOException {
        browser.get(base.toString() + "#deadlines");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#deadlines .commitment")));
        assertTrue(browser.findElements(By.cssSelector("#deadlines .overdue, #deadlines .upcoming")).size() > 5);
        screenshot("deadlines");
    }
}
