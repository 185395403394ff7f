package org.policygraph.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.policygraph.pipeline.BatchExtraction;
import org.policygraph.pipeline.BatchListener;
import org.policygraph.pipeline.ExtractedReport;
import org.policygraph.pipeline.Extractor;
import org.policygraph.pipeline.ExtractorSettings;
import org.policygraph.pipeline.InputFiles;
import org.policygraph.pipeline.PolicyGraphVersion;
import org.policygraph.rdf.Iris;
import org.policygraph.read.TextFileReader;
import org.policygraph.read.UnreadableInputException;

/**
 * Loads reports into a store, local or remote: extracts only the reports whose file bytes changed
 * since they were stored (or were never stored) and replaces their graphs, keeping every other
 * report; {@link #loadAndPrune} also deletes stored reports whose file is no longer among the
 * inputs. Reports are identified by file name, as their IRIs are. Reports are extracted on
 * {@link ExtractorSettings#threads()} threads and written through the store's {@link ReportGraphStore#batch},
 * and the store reclaims the space the load left behind at the end.
 */
public final class IncrementalLoader {
    private final ReportGraphStore store;
    private final Supplier<Extractor> extractorFactory;
    private final ExtractorSettings settings;
    // built on first need: a restart over an unchanged corpus never pays for loading HanLP
    private Extractor extractor;

    public IncrementalLoader(ReportGraphStore store, Supplier<Extractor> extractorFactory, ExtractorSettings settings) {
        this.store = store;
        this.extractorFactory = extractorFactory;
        this.settings = settings;
    }

    /** Loads the report files named or found (recursively) in the inputs, leaving other stored reports alone; never stops at a bad file. */
    public LoadResult load(List<Path> inputs, LoadListener listener) throws IOException {
        return load(inputs, listener, false);
    }

    /**
     * Loads as {@link #load} does, then deletes the stored reports whose file is not among the
     * inputs (unless an input is missing altogether, or a folder could not be listed: a mistyped
     * input or a folder one may not read must not empty the store).
     */
    public LoadResult loadAndPrune(List<Path> inputs, LoadListener listener) throws IOException {
        return load(inputs, listener, true);
    }

    private LoadResult load(List<Path> inputs, LoadListener listener, boolean prune) throws IOException {
        InputFiles.Scan scan = InputFiles.scan(inputs);
        List<Path> files = scan.files();
        List<String> extracted = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<UnreadableInputException> failures = new ArrayList<>();
        for (UnreadableInputException folder : scan.unreadable()) {
            failures.add(folder);
            listener.failed(0, files.size(), folder.path(), folder);
        }
        Map<Path, UnreadableInputException> sameName = InputFiles.laterOfOneName(files);
        List<Path> toExtract = new ArrayList<>();
        int done = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                if (sameName.containsKey(file)) throw sameName.get(file);
                if (isStored(file, name)) {
                    unchanged.add(name);
                    listener.unchanged(++done, files.size(), file);
                } else {
                    toExtract.add(file);
                }
            } catch (UnreadableInputException e) {
                failures.add(e);
                listener.failed(++done, files.size(), file, e);
            }
        }
        boolean wrote = false;
        if (!toExtract.isEmpty()) {
            int before = done;
            ReportBatch batch = store.batch();
            BatchListener heard = new BatchListener() {
                @Override
                public void extracted(int n, int total, Path file, ExtractedReport report) {
                    extracted.add(file.getFileName().toString());
                    listener.extracted(before + n, files.size(), file, report);
                }

                @Override
                public void failed(int n, int total, Path file, UnreadableInputException reason) {
                    listener.failed(before + n, files.size(), file, reason);
                }
            };
            try (batch) {
                failures.addAll(new BatchExtraction(extractor(), settings.threads()).run(toExtract, batch::add, heard));
            }
            wrote = !extracted.isEmpty();
        }
        List<String> removed = new ArrayList<>();
        // a report in a folder that could not be listed is still a report: prune nothing then
        boolean inputsAllThere = inputs.stream().allMatch(Files::exists) && scan.unreadable().isEmpty();
        Set<String> inputNames = new HashSet<>();
        for (Path file : files) inputNames.add(file.getFileName().toString());
        for (String stored : prune && inputsAllThere ? store.storedReports().keySet() : Set.<String>of()) {
            if (!inputNames.contains(stored) && store.remove(stored)) {
                removed.add(stored);
                listener.removed(stored);
            }
        }
        if (wrote || !removed.isEmpty()) store.reclaim();
        return new LoadResult(extracted, unchanged, removed, failures);
    }

    /**
     * Whether the store holds this file's graph as extracted from these very bytes by this version
     * of PolicyGraph: another version may extract more or write more (the report's counts), so its
     * graphs are extracted again.
     */
    private boolean isStored(Path file, String name) throws UnreadableInputException {
        Optional<StoredExtraction> stored = store.storedExtraction(Iris.report(name));
        if (stored.isEmpty() || !stored.get().version().equals(Optional.of(PolicyGraphVersion.current()))) return false;
        byte[] bytes = TextFileReader.readBytes(file, settings.maxInputBytes());
        return stored.get().sha256().equals(TextFileReader.sha256(bytes));
    }

    private Extractor extractor() {
        if (extractor == null) extractor = extractorFactory.get();
        return extractor;
    }
}
