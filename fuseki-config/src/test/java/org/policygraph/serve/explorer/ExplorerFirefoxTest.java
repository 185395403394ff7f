package org.policygraph.serve.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The explorer in headless Firefox (Debian's {@code firefox-esr}), against a real server holding the
 * sample corpus: the analyst journey of {@link ExplorerBrowserTest} (search 中关村科学城 → its entity
 * page → tasks of all three reports, the marked mention in an evidence sentence, the graph's nodes,
 * a co-mentioned company's page), then each page opened alone and timed. The browser is driven by
 * {@code src/test/js/explorer-firefox.mjs} with Puppeteer over WebDriver BiDi, which Firefox speaks
 * itself, so no geckodriver is needed; Puppeteer is the npm package {@code puppeteer-core} of this
 * module's {@code package.json}, installed by {@code npm ci} in {@code fuseki-config/} ({@code .ci/run}
 * runs it). Screenshots go to {@code target/explorer-screenshots/firefox-*.png}, the page times to
 * {@code target/explorer-firefox-timings.txt}. Without Firefox, node or Puppeteer the test is
 * skipped, unless {@code POLICYGRAPH_BROWSER_TEST=required} (as {@code .ci/run} sets it), when it
 * fails. Other paths: {@code -Dpolicygraph.firefox}, {@code -Dpolicygraph.node}.
 */
class ExplorerFirefoxTest {
    private static final Path SCRIPT = Path.of("src", "test", "js", "explorer-firefox.mjs");
    private static final Path PUPPETEER = Path.of("node_modules", "puppeteer-core", "package.json");

    @Test
    void theAnalystsJourneyInFirefox() throws IOException, InterruptedException {
        File firefox = new File(System.getProperty("policygraph.firefox", "/usr/bin/firefox-esr"));
        String node = System.getProperty("policygraph.node", "node");
        if (!firefox.canExecute()) skip("no Firefox at " + firefox + " (apt-get install firefox-esr)");
        if (!runs(node, "--version")) skip("no node (" + node + ") to run Puppeteer (apt-get install nodejs npm)");
        if (!Files.isRegularFile(PUPPETEER)) skip("no Puppeteer: " + PUPPETEER.toAbsolutePath() + " is missing (run `npm ci` in fuseki-config/)");

        String base = ServedSample.get().server().serverUrl();
        Files.deleteIfExists(Path.of("target", "explorer-firefox-timings.txt"));
        ProcessBuilder pb = new ProcessBuilder(node, SCRIPT.toString(), "--base", base, "--firefox", firefox.getPath(), "--out", "target")
                .redirectErrorStream(true);
        pb.environment().put("MOZ_CRASHREPORTER_DISABLE", "1");
        Process p = pb.start();
        List<String> output = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    System.out.println("[firefox] " + line);
                    synchronized (output) {
                        output.add(line);
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "firefox-test-output");
        reader.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("the Firefox script did not end within 5 minutes");
        }
        reader.join(10_000);
        String log;
        synchronized (output) {
            log = String.join("\n", output);
        }
        assertEquals(0, p.exitValue(), "the Firefox script failed:\n" + log);
        assertTrue(log.contains("the link opens the page of"), "the journey reached a company's page:\n" + log);
        assertTrue(Files.isRegularFile(Path.of("target", "explorer-firefox-timings.txt")), "page times written");
        assertTrue(Files.isRegularFile(Path.of("target", "explorer-screenshots", "firefox-2-entity-中关村科学城.png")), "the entity page's screenshot");
    }

    private static void skip(String why) {
        if ("required".equals(System.getenv("POLICYGRAPH_BROWSER_TEST"))) fail(why);
        Assumptions.abort(why);
    }

    private static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
