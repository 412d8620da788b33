package org.accordex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.accordex.annotate.AnnotatorModels;
import org.accordex.backend.LuceneBackend;
import org.accordex.cli.Cli;
import org.accordex.export.AnnotationJson;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real browser: Debian's headless Chromium driven by its chromedriver (no driver download).
 * Skipped with a message where the two are not installed ({@code .ci/run} installs them).
 * Screenshots go to {@code target/screenshots/}.
 */
class BrowserTest {
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    static PageInBrowser page;
    static URI base;
    static WebDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        Chromium.assumeInstalled();
        Path index = dir.resolve("index");
        assertEquals(0, Cli.run("index", "--index", index.toString(), "corpus").exitCode());
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

    static void screenshot(String name) throws IOException {
        page.screenshot(name);
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** Opens a view by its URL and waits until the page has drawn something for it. */
    static void open(String hash, String readySelector) {
        browser.get("about:blank"); // a new page load, not a hash change on the last one
        browser.get(base + hash);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(readySelector)));
    }

    static String total() {
        return browser.findElement(By.id("total")).getText();
    }

    static long count(String text) {
        return Long.parseLong(text.replaceAll("^(\\d+).*$", "$1"));
    }

    static String hash() {
        return (String) js("return location.hash");
    }

    /** Clicks a link and waits until the result count changes. */
    static void clickAndWaitForTotal(WebElement link) {
        String before = total();
        link.click();
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("total"), before)));
    }

    @Test
    void searchFacetDocumentAndUpload() throws IOException {
        browser.get(base.toString());
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("lithium");
        browser.findElement(By.cssSelector("#search-form button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .hit")));
        screenshot("search");

        WebElement japan = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.facet[data-norm='JP']")));
        assertTrue(japan.getText().startsWith("Japan (JP)"), "a party reads as its name with its code: " + japan.getText());
        clickAndWaitForTotal(japan);
        assertTrue(browser.findElement(By.cssSelector("#chips a.chip")).getText().contains("Japan (JP)"), "the filter is a chip");
        assertTrue(hash().contains("f=party%3AJP"), "the filter is in the URL: " + hash());

        browser.findElement(By.cssSelector("#results .hit a.title")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#text mark.PARTY")));
        List<WebElement> marks = browser.findElements(By.cssSelector("#text mark"));
        assertTrue(marks.size() > 5, "mentions are highlighted");
        WebElement commitment = browser.findElements(By.cssSelector(".side .commitment")).get(0);
        String start = commitment.getAttribute("data-start");
        commitment.findElement(By.cssSelector("a.go")).click();
        WebElement sentence = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sentence.active")));
        assertEquals("sentence-" + start, sentence.getAttribute("id"));
        long top = (Long) js("const r = arguments[0].getBoundingClientRect(); const p = document.getElementById('text').getBoundingClientRect();"
                + " return Math.round(r.top - p.top);", sentence);
        assertTrue(top >= -5 && top < 800, "the sentence is scrolled into view: " + top);
        assertTrue(hash().endsWith("?s=" + start), "the open sentence is in the URL: " + hash());
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
    void pagingShowsHit21AndTheURLRestoresIt() {
        open("#/search", "#results .hit");
        assertTrue(count(total()) > 40, "the corpus holds more than two pages: " + total());
        assertEquals("1", browser.findElement(By.cssSelector("#results .hit")).getAttribute("data-rank"));
        browser.findElement(By.cssSelector(".pager a.next")).click();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#results .hit"), "data-rank", "21"));
        assertTrue(hash().contains("page=2"), hash());
        assertTrue(total().contains("page 2 of"), total());

        browser.navigate().refresh();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#results .hit"), "data-rank", "21"));
        browser.navigate().back();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#results .hit"), "data-rank", "1"));
        browser.navigate().forward();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#results .hit"), "data-rank", "21"));

        browser.findElement(By.cssSelector(".pager a[aria-label='page 3']")).click();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#results .hit"), "data-rank", "41"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("page-size"))).selectByValue("50");
        wait.until(d -> d.findElements(By.cssSelector("#results .hit")).size() == 50);
        assertTrue(hash().contains("size=50") && !hash().contains("page="), "a new page size starts at page 1: " + hash());
    }

    @Test
    void reloadAndBackRestoreTheView() {
        open("#/search?q=supply&f=mineral%3Alithium&mode=commitments&sort=date", "#results .hit");
        String shown = total();
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .hit")));
        assertEquals(shown, total());
        assertEquals("supply", browser.findElement(By.id("q")).getAttribute("value"));
        assertTrue(browser.findElement(By.id("commitments")).isSelected(), "the mode is restored");
        assertEquals("date", browser.findElement(By.id("sort")).getAttribute("value"));
        assertTrue(browser.findElement(By.cssSelector("#chips")).getText().contains("lithium"));

        String title = browser.findElement(By.cssSelector("#results .hit a.title")).getText();
        browser.findElement(By.cssSelector("#results .hit a.title")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("doc-title")));
        assertEquals(title, browser.findElement(By.id("doc-title")).getText());
        browser.navigate().back();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .hit")));
        assertEquals(shown, total());
        browser.navigate().forward();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("doc-title")));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("doc-title")));
        assertEquals(title, browser.findElement(By.id("doc-title")).getText(), "a document's link reopens it");
    }

    @Test
    void chipsRemoveAndFacetValuesExclude() {
        open("#/search?q=minerals", "#results .hit");
        long all = count(total());
        WebElement exclude = browser.findElement(By.cssSelector("a.facet[data-norm='US'] + a.exclude"));
        clickAndWaitForTotal(exclude);
        long withoutUs = count(total());
        assertTrue(withoutUs < all, "excluding a value narrows: " + withoutUs + " of " + all);
        WebElement chip = browser.findElement(By.cssSelector("#chips a.chip.not"));
        assertTrue(chip.getText().contains("United States (US)"), chip.getText());
        for (WebElement hit : browser.findElements(By.cssSelector("#results .hit a.title"))) {
            assertFalse(hit.getText().isEmpty());
        }
        clickAndWaitForTotal(chip);
        assertEquals(all, count(total()), "removing the chip widens again");
        assertTrue(browser.findElements(By.cssSelector("#chips")).isEmpty());
    }

    @Test
    void theExportLinkDownloadsTheCurrentQuerysCommitments() throws Exception {
        open("#/search?q=gallium&f=party%3AJP", "#results .hit");
        String href = browser.findElement(By.cssSelector("a.export[data-format='csv']")).getAttribute("href");
        assertTrue(href.contains("format=csv"), href);
        HttpResponse<String> csv = CLIENT.send(HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("commitments.csv"));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body())).getRecords();
        String query = (String) js("return document.getElementById('results').dataset.query");
        long expected = AnnotationJson.MAPPER.readTree(CLIENT.send(HttpRequest.newBuilder(base.resolve("/api/search?commitments=true&q="
                + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString()).body())
                .get("total").asLong();
        assertTrue(expected > 0);
        assertEquals(expected, rows.size(), "the CSV holds the query's commitments");
        for (CSVRecord row : rows) {
            assertTrue(row.get("parties").contains("JP"), row.toString());
        }
    }

    @Test
    void anUploadAddedToTheIndexIsFoundBySearch() throws IOException {
        Path upload = dir.resolve("quokka-accord.txt");
        Files.writeString(upload, "Quokka Accord\n\nAustralia and Finland will establish a joint quokkanite stockpile within six months.\n");
        browser.get(base.toString());
        browser.findElement(By.id("add-to-index")).click();
        browser.findElement(By.id("file")).sendKeys(upload.toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#text mark.PARTY")));
        assertTrue(hash().startsWith("#/doc/"), "an indexed upload has a link of its own: " + hash());
        open("#/search?q=quokkanite", "#results .hit");
        assertEquals(1, count(total()));
        assertEquals("Quokka Accord", browser.findElement(By.cssSelector("#results .hit a.title")).getText());
    }

    @Test
    void deadlinesWindowAndStatus() throws IOException {
        open("#deadlines", "#deadlines .deadline");
        int all = browser.findElements(By.cssSelector("#deadlines .deadline")).size();
        assertTrue(browser.findElements(By.cssSelector("#deadlines h3.month")).size() > 3, "grouped by month");
        screenshot("deadlines");

        open("#/deadlines?from=2026-01-01&to=2026-06-30", "#deadlines .deadline");
        List<WebElement> window = browser.findElements(By.cssSelector("#deadlines .deadline .due"));
        assertTrue(window.size() < all, window.size() + " of " + all);
        for (WebElement due : window) {
            assertTrue(due.getText().compareTo("2026-01-01") >= 0 && due.getText().compareTo("2026-06-30") <= 0, due.getText());
        }
        assertEquals("2026-01-01", browser.findElement(By.id("from")).getAttribute("value"), "the window is restored from the URL");

        open("#/deadlines?status=upcoming", "#deadline-total");
        for (WebElement entry : browser.findElements(By.cssSelector("#deadlines .deadline"))) {
            assertTrue(entry.getAttribute("class").contains("upcoming"));
            assertTrue(entry.getText().contains("upcoming"), "the status is a word, not only a color");
        }

        open("#/deadlines", "#deadlines .deadline");
        WebElement link = browser.findElement(By.cssSelector("#deadlines .deadline a.go"));
        String target = link.getAttribute("href");
        link.click();
        WebElement active = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sentence.active")));
        assertEquals("sentence-" + target.replaceAll(".*\\?s=", ""), active.getAttribute("id"), "an entry links to its sentence");
    }

    @Test
    void aPartysPageListsItsCommitments() throws IOException {
        open("#/search?f=party%3AJP&mode=commitments", "#results .commitment a.party-link");
        browser.findElement(By.cssSelector("#results .commitment a.party-link[href='#/party/JP']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#profile-commitments .commitment")));
        assertEquals("Japan (JP)", browser.findElement(By.id("profile-title")).getText());
        for (WebElement c : browser.findElements(By.cssSelector("#profile-commitments .commitment"))) {
            assertTrue(c.findElement(By.cssSelector(".parties")).getText().contains("(JP)"), c.getText());
            assertFalse(c.findElement(By.cssSelector(".modality")).getText().isBlank());
        }
        assertFalse(browser.findElements(By.cssSelector("#profile-parties a[href^='#/party/']")).isEmpty(), "the parties it commits with");
        assertFalse(browser.findElements(By.cssSelector("#profile-minerals a[href^='#/mineral/']")).isEmpty(), "its minerals");
        assertFalse(browser.findElements(By.cssSelector("#profile-instruments a")).isEmpty(), "its instruments");
        assertNotNull(browser.findElement(By.id("profile-upcoming")));
        assertNotNull(browser.findElement(By.id("profile-overdue")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-profile-years canvas")));
        screenshot("party");

        browser.findElement(By.cssSelector("#profile-minerals a")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("profile"), "data-kind", "mineral"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#profile-commitments .commitment")));
    }

    @Test
    void aChartIsDrawnAndClickingABarNarrowsTheSearch() throws IOException {
        open("#/search?q=minerals&tab=charts", "#chart-years canvas");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-matrix canvas")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-deadlines canvas")));
        assertFalse(browser.findElements(By.cssSelector("#charts details.table-alternative table.counts td")).isEmpty(),
                "each chart has its counts as a table");
        screenshot("charts");
        WebElement box = browser.findElement(By.id("chart-years"));
        // Where the tallest commitment bar is, in the box's coordinates.
        @SuppressWarnings("unchecked")
        Map<String, Object> bar = (Map<String, Object>) js("""
                const box = arguments[0]; const chart = echarts.getInstanceByDom(box);
                const option = chart.getOption(); const series = option.series.findIndex(s => s.name === 'commitment');
                const data = option.series[series].data; let best = 0;
                data.forEach((v, i) => { if (v > data[best]) best = i; });
                let below = 0; for (let s = 0; s < series; s++) below += option.series[s].data[best];
                const [x, y] = chart.convertToPixel({seriesIndex: series}, [best, below + data[best] / 2]);
                return {x: Math.round(x - box.clientWidth / 2), y: Math.round(y - box.clientHeight / 2),
                        year: option.xAxis[0].data[best]};""", box);
        new Actions(browser).moveToElement(box, ((Number) bar.get("x")).intValue(), ((Number) bar.get("y")).intValue()).click().perform();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .hit")));
        assertTrue(hash().contains("f=year%3A" + bar.get("year")) && hash().contains("f=modality%3Acommitment"), hash());
        assertTrue(browser.findElement(By.id("commitments")).isSelected(), "the bar counts commitments, so they are shown");
        for (WebElement m : browser.findElements(By.cssSelector("#results .commitment .modality"))) {
            assertEquals("commitment", m.getText().toLowerCase());
        }
    }

    @Test
    void snippetsAndDocumentsShowTextWithoutFileSyntax() {
        open("#/search?q=roadmap%20kazakhstan", "#results .hit .snippet");
        for (WebElement snippet : browser.findElements(By.cssSelector("#results .snippet"))) {
            assertFalse(snippet.getText().contains("---") || snippet.getText().contains("title:") || snippet.getText().matches("(?s).*(^|\\s)#+ .*"),
                    "no front matter or heading syntax: " + snippet.getText());
        }
        browser.findElement(By.cssSelector("#results .hit a.title")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#text [role=heading]")));
        WebElement heading = browser.findElement(By.cssSelector("#text [role=heading]"));
        assertFalse(heading.getText().startsWith("#"), heading.getText());
        assertFalse(browser.findElement(By.cssSelector("#text .front-matter")).isDisplayed(), "front matter is hidden");
        browser.findElement(By.id("front-matter-toggle")).click();
        assertTrue(browser.findElement(By.cssSelector("#text .front-matter")).isDisplayed(), "and shown when asked for");
    }

    @Test
    void facetsAndCommitmentsWorkByKeyboardAlone() {
        open("#/search?q=lithium", "#results .hit");
        String before = total();
        assertTrue(tabUntil("a.facet"), "a facet is reached by Tab");
        String norm = (String) js("return document.activeElement.dataset.norm");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("total"), before)));
        assertTrue(hash().contains("f=party%3A" + norm), hash());

        // The skip link jumps over the facets to the results.
        open(hash(), "#results .hit");
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertEquals("a", browser.switchTo().activeElement().getTagName());
        assertTrue(browser.switchTo().activeElement().getAttribute("class").contains("skip"));
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        assertTrue(tabUntil(".commitment a.go"), "a commitment is reached by Tab");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sentence.active")));

        assertEquals("button", browser.findElement(By.id("drop")).getTagName(), "Enter and Space open the file chooser");
        browser.findElement(By.id("q")).click();
        tabUntil("#drop");
        String outline = (String) js("return getComputedStyle(document.activeElement).outlineStyle");
        assertFalse("none".equals(outline), "focus is visible");
    }

    /** Presses Tab until the focused element matches {@code selector}; false after 120 presses. */
    static boolean tabUntil(String selector) {
        for (int i = 0; i < 120; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            if ((Boolean) js("return document.activeElement !== null && document.activeElement.matches(arguments[0])", selector)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyViewPassesAnAutomatedAccessibilityCheck() throws Exception {
        String axe;
        try (InputStream in = BrowserTest.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            assumeTrue(in != null, "axe-core is not on the class path; skipping");
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> views = Map.of(
                "#/search?q=lithium", "#results .hit",
                "#/search?q=lithium&tab=charts", "#chart-matrix canvas",
                "#/party/JP", "#profile-commitments .commitment",
                "#/deadlines", "#deadlines .deadline");
        for (Map.Entry<String, String> view : views.entrySet()) {
            open(view.getKey(), view.getValue());
            assertEquals(List.of(), axeViolations(axe), view.getKey());
        }
        open("#/search?q=lithium", "#results .hit a.title");
        browser.findElement(By.cssSelector("#results .hit a.title")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#text mark")));
        assertEquals(List.of(), axeViolations(axe), "the document view");
    }

    /** Runs axe-core's WCAG 2.1 A and AA rules on the page as it is; the violations, each with where. */
    static Object axeViolations(String axe) {
        js(axe);
        return ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' at ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))
                   .catch(e => done(['axe failed: ' + e]));""");
    }
}
