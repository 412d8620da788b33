package org.accordex.web;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A started server and a headless Chromium pointed at it, for the page's browser tests; skipped with a message
 * where Chromium is not installed. Screenshots go to {@code target/screenshots/}.
 */
record PageInBrowser(WebServer server, URI base, WebDriver browser, WebDriverWait waiter) implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    /** Starts {@code server} on a free local port and a browser with its profile under {@code dir}. */
    static PageInBrowser open(WebServer server, Path dir) throws IOException {
        Chromium.assumeInstalled();
        URI base = server.start("127.0.0.1", 0);
        WebDriver browser;
        try {
            browser = Chromium.start(dir.resolve("profile"));
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class); // the page redraws lists while a test waits on them
        Files.createDirectories(SCREENSHOTS);
        return new PageInBrowser(server, base, browser, wait);
    }

    void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        browser.quit();
        server.stop();
    }
}
