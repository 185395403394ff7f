package org.policygraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.policygraph.bench.Bench;
import org.policygraph.pipeline.ExtractorSettings;
import org.policygraph.pipeline.InputFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code policygraph bench}: how fast extraction, loading and the library queries are, side by side with HanLP and TDB2's bulk loader. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure PolicyGraph on this machine and print a table of the figures and their ratios: raw HanLP segmentation "
                + "with its name recognisers against extraction of the same reports (warm, and as the marginal cost of whole extract runs), "
                + "1 against N threads, a generated corpus extracted in a small heap, the store against TDB2's bulk loader on the same quads, "
                + "and p50/p95 of every library query on that store.",
                "Takes long at the defaults (tens of minutes on two cores); --runs 1 --reports 100 --store-reports 60 gives a quick look."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:measured", "1:some input folder could not be listed (the rest was measured)", "2:wrong command line", "3:a measurement failed"})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Source reports (default: training/reports, the 29 provincial reports).")
    List<Path> inputs;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the N-thread measures (default: one per core, here ${DEFAULT-VALUE}).")
    int threads = ExtractorSettings.defaultThreads();

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1", description = "Unmeasured runs before each measure (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3", description = "Measured runs of each measure; the median is shown (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--reports", paramLabel = "N", defaultValue = "2000", description = "Size of the generated corpus extracted in a small heap (default: ${DEFAULT-VALUE}; 0 skips it).")
    int reports;

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "512m", description = "Heap of that extraction (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--store-reports", paramLabel = "N", defaultValue = "290", description = "Generated reports loaded into the store (default: ${DEFAULT-VALUE}; 0 skips the store and the queries).")
    int storeReports;

    @Option(names = "--query-runs", paramLabel = "N", defaultValue = "20", description = "Runs of each library query (default: ${DEFAULT-VALUE}).")
    int queryRuns;

    @Option(names = "--sections", paramLabel = "LIST", split = ",", defaultValue = "warm,whole,corpus,store",
            description = "What to measure (default: ${DEFAULT-VALUE}): warm = HanLP and extraction in this process, whole = whole extract "
                    + "processes, corpus = the generated corpus in a small heap, store = loading and the library queries.")
    List<String> sections;

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for the generated corpus and the stores (default: a new temporary folder, deleted afterwards).")
    Path work;

    @Option(names = "--reuse-store", description = "Time the library queries on the store an earlier run left in --work DIR, if there is one, "
            + "instead of generating, extracting and loading the reports again (the store's load is then not measured).")
    boolean reuseStore;

    @Option(names = "--query-file", paramLabel = "FILE", description = "Time this query file (a library query's header and parameters) instead of "
            + "the bundled library; repeatable. For comparing a rewritten query with the library's.")
    List<Path> queryFiles;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Bench.Settings.SECTIONS.containsAll(sections)) {
            err.println("policygraph bench: sections are " + String.join(", ", Bench.Settings.SECTIONS) + ", not " + sections);
            return ExitCodes.USAGE;
        }
        if (threads < 1 || runs < 1 || warmup < 0 || reports < 0 || storeReports < 0 || queryRuns < 1) {
            err.println("policygraph bench: counts must be positive (warm-up and corpus sizes may be 0)");
            return ExitCodes.USAGE;
        }
        if (reuseStore && work == null) {
            err.println("policygraph bench: --reuse-store needs --work DIR, the folder of an earlier run");
            return ExitCodes.USAGE;
        }
        Path folder = null;
        try {
            Progress progress = new Progress(err, "bench");
            InputFiles.Scan scan = ReportInputs.scan(inputs == null || inputs.isEmpty() ? List.of(ProjectHome.get().resolve("training").resolve("reports")) : inputs, progress);
            List<Path> sources = scan.files();
            if (sources.isEmpty()) {
                err.println("policygraph bench: no reports in the inputs");
                return ExitCodes.USAGE;
            }
            folder = work != null ? Files.createDirectories(work) : Files.createTempDirectory("policygraph-bench");
            progress.note("loading the recognisers (HanLP dictionaries, gazetteer)…");
            Bench.Settings settings = new Bench.Settings(sources, threads, warmup, runs, reports, storeReports, heap, queryRuns, java.util.Set.copyOf(sections), folder,
                    reuseStore, queryFiles == null ? List.of() : queryFiles);
            List<Bench.Row> rows = new Bench(settings, org.policygraph.pipeline.Extractor.standard(ExtractorSettings.defaults()), err).run();
            print(out, rows);
            return scan.unreadable().isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
        } catch (Exception e) {
            err.println("policygraph bench: " + e.getMessage());
            return ExitCodes.FAILED;
        } finally {
            if (work == null && folder != null) deleteQuietly(folder);
        }
    }

    /** The table, as Markdown, so that it can go straight into the README. */
    private void print(PrintWriter out, List<Bench.Row> rows) {
        out.printf("PolicyGraph bench on %d cores (%s, Java %s); medians of %d runs after %d warm-up%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("java.version"), runs, warmup);
        out.println("| | measure | figure | ratio |");
        out.println("|---|---|---|---|");
        for (Bench.Row r : rows) out.printf("| %s | %s | %s | %s |%n", r.section(), r.measure(), r.value(), r.ratio());
        out.flush();
    }

    private static void deleteQuietly(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is no failure of the measurement
        }
    }
}
