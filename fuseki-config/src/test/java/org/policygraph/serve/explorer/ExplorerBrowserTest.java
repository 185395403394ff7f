package org.policygraph.serve.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.policygraph.serve.ServedCorpus;

/**
 * The explorer in a real browser (headless Chromium) against a real server holding the sample
 * corpus: the analysts' two questions clicked through from the search box, shareable URLs
 * opened alone, CSV and "show query". Screenshots go to {@code target/explorer-screenshots/};
 * the time each page takes is measured and written to {@code target/explorer-timings.txt}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExplorerBrowserTest {
    private static final Path SHOTS = Path.of("target", "explorer-screenshots");
    private static final Set<String> REPORTS = Set.of("000_28d4d448e5e08362.txt", "001_43f4887ca2300bf0.txt", "003_fe27a2d5279c6e1c.txt");

    private static ServedCorpus served;
    private static Path profile;
    private static ChromeDriver chrome;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        profile = Chromium.freshProfile();
        chrome = Chromium.start(profile, 1400, 1700);
        served = ServedSample.get();
        base = served.server().serverUrl();
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        try {
            if (chrome != null) chrome.quit();
        } finally {
            if (profile != null) ServedCorpus.deleteTree(profile);
        }
    }

    @Test
    @Order(1)
    void fromTheServersPageSearchToTheEntityPageWithEvidenceGraphAndCompanies() throws IOException {
        chrome.get(base);
        WebElement link = waitFor(By.id("policygraph-explorer-link"));
        assertEquals(base + "explore/", link.getDomAttribute("href").startsWith("http") ? link.getDomAttribute("href") : base + link.getDomAttribute("href"));
        link.click();
        awaitPage("home");

        // search 中关村科学城
        WebElement q = chrome.findElement(By.id("q"));
        q.sendKeys("中关村科学城");
        chrome.findElement(By.cssSelector("#search button")).click();
        awaitPage("search");
        screenshot("1-search");
        WebElement hit = chrome.findElements(By.cssSelector("table[data-query=search-entities] a")).stream()
                .filter(a -> a.getText().equals("中关村科学城")).findFirst().orElseThrow(() -> new AssertionError("no entity 中关村科学城 among the results"));
        hit.click();
        awaitPage("entity");
        assertTrue(chrome.getCurrentUrl().endsWith("/explore/id/park/%E4%B8%AD%E5%85%B3%E6%9D%91%E7%A7%91%E5%AD%A6%E5%9F%8E"), chrome.getCurrentUrl());
        assertEquals("中关村科学城 Park", chrome.findElement(By.tagName("h1")).getText());
        screenshot("2-entity-中关村科学城");

        // the timeline lists tasks from all three reports
        Set<String> reports = new TreeSet<>();
        for (WebElement g : chrome.findElements(By.cssSelector("table[data-query=entity-tasks] tr.group td"))) reports.add(g.getText().split(" · ")[1]);
        assertEquals(new TreeSet<>(REPORTS), reports);
        // an evidence sentence holds the marked mention
        List<WebElement> marks = chrome.findElements(By.cssSelector("table[data-query=entity-tasks] .sentence mark"));
        assertFalse(marks.isEmpty());
        for (WebElement m : marks) {
            assertEquals("中关村科学城", m.getText());
            assertTrue(m.findElement(By.xpath("..")).getText().contains("中关村科学城"));
        }
        // the graph has the entity, its tasks and others; "show more" adds more
        long nodes = number("return document.querySelectorAll('#graph .node').length");
        assertTrue(nodes > 10, "nodes: " + nodes);
        assertTrue(number("return document.querySelectorAll('#graph .edge').length") >= nodes - 1);
        WebElement more = chrome.findElement(By.cssSelector("button.more"));
        assertTrue(more.isDisplayed(), "more entities than the first view holds");
        more.click();
        assertTrue(number("return document.querySelectorAll('#graph .node').length") > nodes);
        // the wheel zooms (d3-zoom, loaded once the page is drawn): the drawing's layer gets a transform
        new WebDriverWait(chrome, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(chrome.executeScript("return !!(window.d3 && window.d3.zoom)")));
        String zoomed = (String) chrome.executeScript("const svg = document.querySelector('#graph svg'), r = svg.getBoundingClientRect();"
                + "svg.dispatchEvent(new WheelEvent('wheel', {deltaY: -200, clientX: r.x + r.width / 2, clientY: r.y + r.height / 2, bubbles: true, cancelable: true}));"
                + "return document.querySelector('#graph .layer').getAttribute('transform');");
        assertTrue(zoomed != null && zoomed.contains("scale("), "the graph's layer after the wheel: " + zoomed);
        chrome.executeScript("document.getElementById('graph').scrollIntoView()");
        screenshot("2b-entity-graph");
        chrome.executeScript("window.scrollTo(0, 0)");

        // a co-mentioned company opens its own page
        chrome.findElement(By.cssSelector("button[data-type=Company]")).click();
        List<WebElement> companies = chrome.findElements(By.cssSelector("table[data-query=entity-co-mentioned] tbody tr"));
        assertFalse(companies.isEmpty());
        for (WebElement row : companies) assertEquals("Company", row.findElement(By.cssSelector(".badge")).getText());
        WebElement company = companies.get(0).findElements(By.tagName("a")).get(0);
        String name = company.getText();
        company.click();
        awaitPage("entity");
        assertEquals(name + " Company", chrome.findElement(By.tagName("h1")).getText());
        assertTrue(chrome.getCurrentUrl().contains("/explore/id/company/"), chrome.getCurrentUrl());
        assertFalse(chrome.findElements(By.cssSelector("table[data-query=entity-tasks] .sentence mark")).isEmpty(), "the company's evidence");
        screenshot("3-company");

        // the README's screenshot: the entity page, at the size it is shown
        chrome.get(base + "explore/id/park/中关村科学城");
        awaitPage("entity");
        screenshot("entity-page");
    }

    @Test
    @Order(2)
    void theSentencesAnEntitySharesWithACompany() {
        // "which companies appear in tasks together with 中关村科学城, and in which sentences?"
        chrome.get(base + "explore/id/park/中关村科学城");
        awaitPage("entity");
        chrome.findElement(By.cssSelector("button[data-type=Company]")).click();
        WebElement row = chrome.findElements(By.cssSelector("table[data-query=entity-co-mentioned] tbody tr")).stream()
                .filter(r -> r.getText().contains("交控科技")).findFirst().orElseThrow();
        row.findElement(By.linkText("sentences with both")).click();
        awaitPage("entity");
        List<String> marked = chrome.findElements(By.cssSelector("table[data-query=shared-evidence] mark")).stream().map(WebElement::getText).toList();
        // 003 (六): "中国通号、交控科技、天宜上佳、沃尔德与航天宏图5家企业实现科创板上市…"
        assertTrue(marked.contains("交控科技") && marked.contains("中关村科学城"), marked.toString());
        screenshot("4-shared-with-交控科技");
    }

    @Test
    @Order(3)
    void whichTasksInvolveTheCommissionAndInWhatRole() {
        // "which tasks, across reports, involve 北京市科学技术委员会, and in what role?"
        chrome.get(base + "explore/");
        awaitPage("home");
        chrome.findElement(By.id("q")).sendKeys("北京市科学技术委员会\n");
        awaitPage("search");
        chrome.findElement(By.cssSelector("table[data-query=search-entities] tbody tr a")).click();
        awaitPage("entity");
        assertEquals("北京市科学技术委员会 GovernmentBody", chrome.findElement(By.tagName("h1")).getText());
        String timeline = chrome.findElement(By.cssSelector("table[data-query=entity-tasks]")).getText();
        // 001 (十五): "…市科委配合…"
        assertTrue(timeline.contains("(十五)") && timeline.contains("Partner (配合)"), timeline);
        screenshot("5-北京市科学技术委员会");
    }

    @Test
    @Order(4)
    void taskAndReportPagesOpenAloneFromTheirUrls() {
        chrome.get(base + "explore/id/report/000_28d4d448e5e08362.txt/task/5");
        awaitPage("task");
        assertTrue(chrome.findElement(By.tagName("h1")).getText().startsWith("第65项 中关村科学城要强化创新策源地能力建设"));
        String entities = chrome.findElement(By.cssSelector("table[data-query=task-entities]")).getText();
        assertTrue(entities.contains("中关村科学城管理委员会") && entities.contains("Partner"), entities);
        assertTrue(chrome.findElements(By.cssSelector(".tasktext a.m")).stream().anyMatch(a -> a.getText().equals("中关村科学城管委会")));
        assertTrue(number("return document.querySelectorAll('#graph .node').length") > 1);
        screenshot("6-task");

        chrome.get(base + "explore/id/report/003_fe27a2d5279c6e1c.txt");
        awaitPage("report");
        assertEquals("003_fe27a2d5279c6e1c.txt", chrome.findElement(By.tagName("h1")).getText());
        List<WebElement> nested = chrome.findElements(By.cssSelector(".tree > ul > li > ul > li"));
        assertTrue(nested.size() >= 3, "items under sections: " + nested.size());
        screenshot("7-report");
    }

    @Test
    @Order(5)
    void everyTableDownloadsAsCsvAndShowsItsQuery() {
        chrome.get(base + "explore/id/park/中关村科学城");
        awaitPage("entity");
        // catch the file the CSV button makes
        chrome.executeScript("const make = URL.createObjectURL; window.pgBlobs = [];"
                + "URL.createObjectURL = b => { window.pgBlobs.push(b); return make(b); };");
        List<WebElement> buttons = chrome.findElements(By.cssSelector("button.csv"));
        assertEquals(chrome.findElements(By.cssSelector("table[data-query]")).size() + 1, buttons.size(), "one per table, and the entity's own");
        chrome.findElement(By.cssSelector("button.csv[data-query=entity-tasks]")).click();
        String csv = (String) chrome.executeAsyncScript("const done = arguments[0]; window.pgBlobs[0].text().then(done);");
        String[] lines = csv.split("\r?\n");
        assertEquals("year,report,reportFile,task,key,title,order,parent,parentKey,mention,text,sentence,at,length,role,cue", lines[0]);
        assertEquals(10, lines.length, "a line per mention: 9 of 中关村科学城 in tasks");
        assertTrue(csv.contains(",2.支持北科院、创业大街等机构在中关村科学城开展创业服务“+”线上活动14场。,"), csv);

        WebElement details = chrome.findElement(By.cssSelector("button.csv[data-query=entity-tasks] + details"));
        details.findElement(By.tagName("summary")).click();
        String query = details.findElement(By.tagName("pre")).getText();
        assertTrue(query.contains("PREFIX") && query.contains("<https://w3id.org/policygraph/id/park/中关村科学城>"), query);
    }

    @Test
    @Order(6)
    void pageTimesAreMeasured() throws IOException {
        // not a timed assertion: each page opened alone five times, the times written for the README
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "explore/");
        pages.put("search", "explore/search?q=中关村科学城");
        pages.put("entity", "explore/id/park/中关村科学城");
        pages.put("task", "explore/id/report/000_28d4d448e5e08362.txt/task/5");
        pages.put("report", "explore/id/report/001_43f4887ca2300bf0.txt");
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-8s %10s %8s %10s %8s %14s %8s", "page", "queries", "(max)", "shown", "(max)", "since opening", "(max)"));
        for (var p : pages.entrySet()) {
            List<Long> queries = new ArrayList<>(), shown = new ArrayList<>(), total = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                chrome.get(base + p.getValue());
                awaitPage(p.getKey());
                if (i == 0) continue; // the first opening warms the server's caches
                queries.add(number("return window.pgTimings[0].queries"));
                shown.add(number("return window.pgTimings[0].ms"));
                total.add(number("return window.pgTimings[0].done"));
            }
            lines.add(String.format("%-8s %10d %8d %10d %8d %14d %8d", p.getKey(), median(queries), max(queries), median(shown), max(shown), median(total), max(total)));
        }
        // the machine's own pace: one trivial query's round trip from the page
        List<Long> ask = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ask.add(((Number) chrome.executeAsyncScript("const done = arguments[0]; const t = performance.now();"
                    + "fetch(document.querySelector('meta[name=policygraph-sparql]').content, {method: 'POST',"
                    + " headers: {'Content-Type': 'application/sparql-query', Accept: 'application/sparql-results+json'}, body: 'ASK {}'})"
                    + ".then(r => r.text()).then(() => done(Math.round(performance.now() - t)));")).longValue());
        }
        lines.add(String.format("%-8s %10d %8d   (one ASK {} round trip: the machine's baseline)", "ASK {}", median(ask), max(ask)));
        lines.add("milliseconds, median and max of 5 openings after a first one; queries: until the last answer; shown: until drawn;"
                + " since opening: from the browser's navigation start until drawn");
        String report = String.join("\n", lines) + "\n";
        System.out.println("Explorer page times (median of 5, sample corpus):\n" + report);
        Files.writeString(Path.of("target", "explorer-timings.txt"), report, StandardCharsets.UTF_8);
    }

    private static long median(List<Long> xs) {
        List<Long> s = xs.stream().sorted().toList();
        return s.get(s.size() / 2);
    }

    private static long max(List<Long> xs) {
        return xs.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    private static WebElement waitFor(By by) {
        return new WebDriverWait(chrome, Duration.ofSeconds(30)).until(d -> d.findElements(by).stream().findFirst().orElse(null));
    }

    /** Waits until the page has rendered a view of this kind, and fails on the page's error view. */
    private static void awaitPage(String page) {
        new WebDriverWait(chrome, Duration.ofSeconds(30)).until(d -> "ready".equals(chrome.executeScript("return document.body.dataset.state")));
        String shown = (String) chrome.executeScript("return document.body.dataset.page");
        if ("error".equals(shown)) throw new AssertionError("the page shows an error: " + chrome.findElement(By.cssSelector(".error")).getText());
        assertEquals(page, shown, chrome.getCurrentUrl());
    }

    private static long number(String script) {
        return ((Number) chrome.executeScript(script)).longValue();
    }

    private static void screenshot(String name) {
        try {
            Files.copy(chrome.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
