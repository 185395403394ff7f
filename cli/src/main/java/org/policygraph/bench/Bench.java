package org.policygraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.policygraph.load.ReportStore;
import org.policygraph.load.StoreQueries;
import org.policygraph.pipeline.BatchExtraction;
import org.policygraph.pipeline.BatchListener;
import org.policygraph.pipeline.ExtractedReport;
import org.policygraph.pipeline.Extractor;
import org.policygraph.query.NamedQuery;
import org.policygraph.query.QueryLibrary;
import org.policygraph.query.QueryRunner;
import org.policygraph.rdf.RdfFileSink;
import org.policygraph.rdf.ReportGraphWriter;
import org.policygraph.recognise.Segmenter;
import org.policygraph.recognise.hanlp.HanLpSegmenter;

/**
 * PolicyGraph's benchmark, side by side in one run: raw HanLP segmentation with its name
 * recognisers against extraction on the same texts (warm, and as the marginal cost of whole
 * {@code extract} runs), one thread against several, a large generated corpus extracted in a
 * small heap, {@code load}'s store against TDB2's bulk loader on the same quads, and the
 * latency of every library query on that store. Each measure is a median over runs after
 * warm-up; what matters are the ratios, as the machine may be busy with other work.
 */
public final class Bench {
    /** The folder, inside the work folder, of PolicyGraph's store: kept for another run with {@code reuseStore}. */
    static final String STORE = "store-policygraph";

    /** What one run measures, and how much. */
    public record Settings(List<Path> sources, int threads, int warmup, int runs, int corpusReports, int storeReports,
                           String corpusHeap, int queryRuns, Set<String> sections, Path work, boolean reuseStore, List<Path> queryFiles) {
        /** The parts a run can do. */
        public static final List<String> SECTIONS = List.of("warm", "whole", "corpus", "store");

        boolean has(String section) {
            return sections.contains(section);
        }
    }

    /** One line of the result table. */
    public record Row(String section, String measure, String value, String ratio) {}

    private final Settings s;
    private final Extractor extractor;
    private final PrintWriter progress;
    private final List<Row> rows = new ArrayList<>();

    public Bench(Settings settings, Extractor extractor, PrintWriter progress) {
        this.s = settings;
        this.extractor = extractor;
        this.progress = progress;
    }

    public List<Row> run() throws Exception {
        long chars = characters(s.sources());
        double hanlp = Double.NaN;
        if (s.has("warm") || s.has("whole")) {
            note("HanLP segmentation, warm, " + s.sources().size() + " reports, " + chars + " characters");
            hanlp = chars / hanlpSeconds();
            row("warm", "HanLP segmentation with name recognisers, line by line, 1 thread", rate(hanlp), "1.00");
        }
        if (s.has("warm")) {
            note("PolicyGraph extraction, warm");
            double one = chars / extractionSeconds(s.sources(), 1);
            row("warm", "PolicyGraph extraction, 1 thread", rate(one), ratio(one / hanlp) + " of HanLP");
            double many = chars / extractionSeconds(s.sources(), s.threads());
            row("warm", "PolicyGraph extraction, " + s.threads() + " threads", rate(many), ratio(many / one) + " of 1 thread");
        }
        if (s.has("whole")) wholeRuns(chars, hanlp);
        Path stored = s.work().resolve(STORE);
        boolean reuse = s.has("store") && s.storeReports() > 0 && s.reuseStore() && QueryRunner.isTdb2Database(stored);
        int generated = Math.max(s.has("corpus") ? s.corpusReports() : 0, s.has("store") && !reuse ? s.storeReports() : 0);
        if (reuse) {
            note("reusing the store in " + stored + " (not measured again)");
            queries(stored);
        }
        if (generated == 0) return rows;
        note("generating " + generated + " reports from the " + s.sources().size() + " given");
        List<Path> corpus = SyntheticCorpus.write(s.sources(), generated, s.work().resolve("corpus"));
        if (s.has("corpus") && s.corpusReports() > 0) bigCorpus(corpus.subList(0, s.corpusReports()));
        if (s.has("store") && s.storeReports() > 0 && !reuse) store(corpus.subList(0, s.storeReports()));
        return rows;
    }

    /** Median seconds for HanLP alone over every line of the texts. */
    private double hanlpSeconds() throws Exception {
        Segmenter hanlp = new HanLpSegmenter(List.of(), true);
        List<String> lines = new ArrayList<>();
        for (Path p : s.sources()) {
            for (String line : Files.readString(p, StandardCharsets.UTF_8).split("\n")) if (!line.isBlank()) lines.add(line);
        }
        return Samples.of(s.warmup(), s.runs(), () -> {
            for (String line : lines) hanlp.segment(line);
        }).median();
    }

    private double extractionSeconds(List<Path> files, int threads) throws Exception {
        return Samples.of(s.warmup(), s.runs(), () -> new BatchExtraction(extractor, threads).run(files, r -> {}, BatchListener.SILENT)).median();
    }

    /** Whole {@code extract} processes over one report and over all: the difference is the cost of the others, start-up aside. */
    private void wholeRuns(long chars, double hanlp) throws Exception {
        List<Path> first = s.sources().subList(0, 1);
        long rest = chars - characters(first);
        double marginalOne = 0;
        for (int threads : new int[] {1, s.threads()}) {
            note("whole extract runs, " + threads + " thread(s)");
            Samples all = new Samples(), single = new Samples();
            for (int i = 0; i < s.runs(); i++) {
                all.add(extractRun(s.sources(), threads, null));
                single.add(extractRun(first, threads, null));
            }
            double marginal = rest / Math.max(1e-3, all.median() - single.median());
            if (threads == 1) marginalOne = marginal;
            row("whole runs", String.format("extract of %d reports %.1f s, of 1 report %.1f s, %d thread(s): the other %d", s.sources().size(),
                    all.median(), single.median(), threads, s.sources().size() - 1), rate(marginal),
                    threads == 1 ? ratio(marginal / hanlp) + " of HanLP" : ratio(marginal / marginalOne) + " of 1 thread");
        }
    }

    private void bigCorpus(List<Path> files) throws Exception {
        note("extracting " + files.size() + " generated reports with -Xmx" + s.corpusHeap());
        long chars = characters(files);
        Path out = s.work().resolve("corpus.nq");
        long bytes = 0;
        for (Path f : files) bytes += Files.size(f);
        long t = extractRun(files, s.threads(), "-Xmx" + s.corpusHeap());
        row("corpus", String.format("extract of %d generated reports (%.0f MB) at -Xmx%s, %d threads", files.size(),
                bytes / 1e6, s.corpusHeap(), s.threads()), rate(chars / (t / 1e9)), String.format("%.0f s, finished", t / 1e9));
        Files.deleteIfExists(out);
    }

    /** The client compiler alone: what the {@code policygraph} launcher gives {@code extract} with a worker on every core. */
    public static final String CLIENT_COMPILER_ONLY = "-XX:TieredStopAtLevel=1";

    /**
     * The JIT options the launcher gives {@code extract} with {@code threads} workers on {@code cores}:
     * the client compiler alone when every core has a worker (C2's compiling would take one), the
     * JVM's tiered default when a core is left for C2 to compile on.
     */
    public static List<String> extractJit(int threads, int cores) {
        return threads < cores ? List.of() : List.of(CLIENT_COMPILER_ONLY);
    }

    /** Nanoseconds of one {@code policygraph extract} process; fails unless it exits 0. */
    private long extractRun(List<Path> inputs, int threads, String heap) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (heap != null) cmd.add(heap);
        // as the launcher starts extract (see the policygraph script)
        cmd.addAll(extractJit(threads, Runtime.getRuntime().availableProcessors()));
        cmd.add("-Dfile.encoding=UTF-8");
        String home = System.getProperty("policygraph.home");
        if (home != null) cmd.add("-Dpolicygraph.home=" + home);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.policygraph.cli.PolicyGraphCli", "extract",
                "--threads", String.valueOf(threads), "--out", s.work().resolve("run.nq").toString()));
        inputs.forEach(p -> cmd.add(p.toString()));
        Path log = s.work().resolve("run.log");
        long t = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(6, TimeUnit.HOURS)) p.destroy();
        long elapsed = System.nanoTime() - t;
        if (p.exitValue() != 0) {
            throw new IllegalStateException("extract exited " + p.exitValue() + ": " + tail(log));
        }
        return elapsed;
    }

    /** Our store against TDB2's bulk loader on the same quads, then every library query on ours. */
    private void store(List<Path> files) throws Exception {
        note("extracting " + files.size() + " reports for the store");
        List<ExtractedReport> reports = new ArrayList<>();
        new BatchExtraction(extractor, s.threads()).run(files, reports::add, BatchListener.SILENT);
        Path quads = s.work().resolve("store.nq");
        ReportGraphWriter writer = new ReportGraphWriter();
        try (RdfFileSink sink = new RdfFileSink(quads)) {
            for (ExtractedReport r : reports) writer.write(r, sink.stream());
        }
        long quadCount;
        try (Stream<String> lines = Files.lines(quads)) {
            quadCount = lines.count();
        }
        note("loading " + quadCount + " quads: PolicyGraph's store, then TDB2's bulk loader");
        Path ours = s.work().resolve(STORE);
        if (Files.exists(ours)) IO.deleteAll(ours); // a store of an earlier run: loaded afresh
        long t = System.nanoTime();
        double compactSeconds;
        try (ReportStore store = ReportStore.open(ours)) {
            // as load writes: TDB2's bulk loader into this empty folder, then the text index
            try (var batch = store.batch()) {
                reports.forEach(batch::add);
            }
            long c = System.nanoTime();
            store.reclaim();
            compactSeconds = (System.nanoTime() - c) / 1e9;
        }
        double oursSeconds = (System.nanoTime() - t) / 1e9;
        reports.clear();
        Path theirs = s.work().resolve("store-tdbloader");
        if (Files.exists(theirs)) IO.deleteAll(theirs);
        t = System.nanoTime();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(theirs.toString());
        DataLoader loader = LoaderFactory.createLoader(dsg, (fmt, args) -> {});
        loader.startBulk();
        loader.load(quads.toString());
        loader.finishBulk();
        double theirsSeconds = (System.nanoTime() - t) / 1e9;
        TDBInternal.expel(dsg);
        long oursBytes = size(ours), theirsBytes = size(theirs);
        row("store", String.format("TDB2 bulk loader (tdb2.tdbloader's default), %d reports, %d quads", files.size(), quadCount),
                String.format("%.1f s, %.0f quads/s, %s", theirsSeconds, quadCount / theirsSeconds, megabytes(theirsBytes)), "1.00");
        row("store", "PolicyGraph load into an empty folder: TDB2 (bulk loader) + text index", String.format("%.1f s (compaction %.1f s), %.0f quads/s, %s (text index %s)",
                oursSeconds, compactSeconds, quadCount / oursSeconds, megabytes(oursBytes), megabytes(size(ours.resolve("text-index")))),
                String.format("speed %s, size %s of the bulk loader's", ratio(theirsSeconds / oursSeconds), ratio((double) oursBytes / theirsBytes)));
        queries(ours);
    }

    private void queries(Path folder) throws Exception {
        note("choosing the heaviest parameters the store holds");
        try (QueryRunner runner = StoreQueries.open(folder)) {
            queries(runner);
        }
    }

    private void queries(QueryRunner runner) throws Exception {
        QueryParametersChoice values = QueryParametersChoice.of(runner);
        progress.println("policygraph bench: parameters: " + values);
        note("timing every library query on the store");
        double worst = 0;
        String worstName = "";
        List<NamedQuery> library = new ArrayList<>();
        if (s.queryFiles() == null || s.queryFiles().isEmpty()) library.addAll(QueryLibrary.bundled().all());
        else for (Path f : s.queryFiles()) library.add(QueryLibrary.readFile(f));
        for (NamedQuery q : library) {
            var bound = values.forQuery(q).bind(q);
            int[] rowsSeen = {0};
            Samples t = Samples.of(Math.max(1, s.warmup()), s.queryRuns(), () -> rowsSeen[0] = runner.select(bound).size());
            double p95 = t.percentile(95) * 1000;
            if (p95 > worst) {
                worst = p95;
                worstName = q.name();
            }
            row("queries", q.name() + " (" + rowsSeen[0] + " rows)", String.format("p50 %.1f ms, p95 %.1f ms", t.median() * 1000, p95), "");
        }
        row("queries", "slowest p95", String.format("%.1f ms (%s)", worst, worstName), "");
    }

    private void row(String section, String measure, String value, String ratio) {
        Row r = new Row(section, measure, value, ratio);
        rows.add(r);
        progress.printf("policygraph bench: %s | %s | %s%n", measure, value, ratio);
        progress.flush();
    }

    private void note(String message) {
        progress.println("policygraph bench: " + message + "…");
        progress.flush();
    }

    private static long characters(List<Path> files) throws IOException {
        long n = 0;
        for (Path p : files) n += Files.readString(p, StandardCharsets.UTF_8).length();
        return n;
    }

    private static long size(Path folder) throws IOException {
        if (!Files.exists(folder)) return 0;
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    }

    private static String rate(double charsPerSecond) {
        return String.format("%,.0f chars/s", charsPerSecond);
    }

    private static String ratio(double r) {
        return String.format("%.2f", r);
    }

    private static String megabytes(long bytes) {
        return String.format("%.0f MB", bytes / 1e6);
    }
}
