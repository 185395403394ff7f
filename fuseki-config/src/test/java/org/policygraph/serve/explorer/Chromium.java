package org.policygraph.serve.explorer;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven by chromedriver, both the system's (Debian's {@code chromium} and
 * {@code chromium-driver}; other paths by {@code -Dpolicygraph.chromium} and
 * {@code -Dpolicygraph.chromedriver}). Both paths are given to Selenium, so its Selenium Manager
 * never looks for (or downloads) a browser or a driver. Without them the browser tests are
 * skipped, unless {@code POLICYGRAPH_BROWSER_TEST=required} (as {@code .ci/run} sets it), when they fail.
 */
final class Chromium {
    private Chromium() {}

    static ChromeDriver start(Path profile, int width, int height) {
        File browser = new File(System.getProperty("policygraph.chromium", "/usr/bin/chromium"));
        File driver = new File(System.getProperty("policygraph.chromedriver", "/usr/bin/chromedriver"));
        if (!browser.canExecute() || !driver.canExecute()) {
            String why = "no Chromium at " + browser + " or no chromedriver at " + driver + " (apt-get install chromium chromium-driver)";
            if ("required".equals(System.getenv("POLICYGRAPH_BROWSER_TEST"))) fail(why);
            Assumptions.abort(why);
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort()
                .withLogOutput(System.err).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions", "--lang=zh-CN",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=" + width + "," + height);
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return chrome;
    }

    static Path freshProfile() {
        try {
            return Files.createTempDirectory("policygraph-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
