package org.accordex.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium and its driver for the page's tests. A test that needs them is skipped with a message
 * where they are not installed ({@code .ci/run} installs them) or do not start.
 */
final class Chromium {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    static void assumeInstalled() {
        assumeTrue(Files.isExecutable(BINARY) && Files.isExecutable(DRIVER),
                "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver); skipping");
    }

    /** A browser with its own profile folder; {@code extraArguments} add to the usual headless ones. */
    static WebDriver start(Path profile, String... extraArguments) {
        assumeInstalled();
        List<String> arguments = new ArrayList<>(List.of("--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + profile));
        arguments.addAll(List.of(extraArguments));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments(arguments);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        try {
            return new ChromeDriver(service, options);
        } catch (WebDriverException e) {
            assumeTrue(false, "Chromium is installed but does not start here; skipping: "
                    + e.getMessage().lines().findFirst().orElse(""));
            throw e;
        }
    }
}
