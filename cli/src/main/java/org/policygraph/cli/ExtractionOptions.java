package org.policygraph.cli;

import org.policygraph.pipeline.Extractor;
import org.policygraph.pipeline.ExtractorSettings;
import picocli.CommandLine.Option;

/** Options shared by every command that extracts reports. */
final class ExtractionOptions {
    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + ExtractorSettings.DEFAULT_MAX_INPUT_BYTES,
            description = "Refuse input files larger than N bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--threads", paramLabel = "N",
            description = "Extract N reports side by side (default: one per core, here ${DEFAULT-VALUE}); the output is the same for any N.")
    int threads = ExtractorSettings.defaultThreads();

    ExtractorSettings settings() {
        return new ExtractorSettings(maxBytes, threads);
    }

    /** Builds the pipeline, telling the user, since loading HanLP's dictionaries takes a few seconds. */
    Extractor extractor(Progress progress) {
        progress.note("loading the recognisers (HanLP dictionaries, gazetteer)…");
        return Extractor.standard(settings());
    }
}
