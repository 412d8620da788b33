package org.accordex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.accordex.annotate.AnnotatorModels;
import org.accordex.backend.LuceneBackend;
import org.accordex.cli.Cli;
import org.accordex.watch.WatchingBackend;
import org.accordex.watch.Watches;
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
 * The page's watches in headless Chromium (as {@link BrowserTest}; skipped with a message where it is not installed):
 * a watch made of the current search, a new match counted as new on the next visit, the matches opened.
 */
class WatchPageTest {
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
        Files.writeString(docs.resolve("a.txt"), "Japan will provide loans for gallium refining.\n");
        index = dir.resolve("index");
        assertEquals(0, Cli.run("index", "--index", index.toString(), docs.toString()).exitCode());
        Watches watches = new Watches(index.resolve(Watches.FOLDER));
        page = PageInBrowser.open(new WebServer(new WatchingBackend(new LuceneBackend(index), watches),
                AnnotatorModels.bundled()).add(new WatchRoutes(watches)), dir);
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

    private WebElement watchRow(String name) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".watch[data-name='" + name + "']")));
    }

    @Test
    void makeAWatchOfTheSearchSeeWhatIsNewAndOpenItsMatches() throws IOException {
        browser.get(base.toString());
        browser.findElement(By.id("q")).sendKeys("mineral:nickel");
        browser.findElement(By.id("commitments")).click();
        browser.findElement(By.cssSelector("#search-form button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total")));

        browser.findElement(By.id("watch-search")).click();
        WebElement query = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("watch-query")));
        assertEquals("mineral:nickel", query.getAttribute("value"), "the form holds the current search");
        assertTrue(browser.findElement(By.id("watch-commitments")).isSelected());
        browser.findElement(By.id("watch-name")).sendKeys("nickel");
        browser.findElement(By.id("watch-add")).click();
        assertEquals("0 new since your last visit", watchRow("nickel").findElement(By.cssSelector(".watch-new")).getText());

        Files.writeString(docs.resolve("b.txt"), "Canada will stockpile nickel.\n");
        Cli run = Cli.run("index", "--index", index.toString(), docs.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("watch nickel: 1 new commitment"), run.out());

        browser.get(base.toString() + "?visit=2#watches"); // the next visit: a new page load
        WebElement row = watchRow("nickel");
        assertEquals("1 new since your last visit", row.findElement(By.cssSelector(".watch-new")).getText());
        assertTrue(row.getText().contains("1 match"), row.getText());
        page.screenshot("watches");

        row.findElement(By.cssSelector("a.watch-open")).click();
        WebElement match = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#watch-matches .watch-match")));
        assertTrue(match.getText().contains("Canada will stockpile nickel."), match.getText());
        assertTrue(match.getAttribute("class").contains("new"), "marked as new since the last visit");
        page.screenshot("watch-matches");

        browser.get(base.toString() + "?visit=3#watches"); // and the visit after: nothing new
        assertEquals("0 new since your last visit", watchRow("nickel").findElement(By.cssSelector(".watch-new")).getText());
    }
}
