package org.policygraph.cli;

import org.policygraph.pipeline.Extractor;
import org.policygraph.pipeline.ExtractorSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options shared by every command that extracts reports. */
final class ExtractionOptions {
    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + ExtractorSettings.DEFAULT_MAX_INPUT_BYTES,
            description = "Refuse input files larger than N bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    int threads = ExtractorSettings.defaultThreads();

    @Option(names = "--threads", paramLabel = "N",
            description = "Extract N reports side by side (default: one per core); the output is the same for any N.")
    void threads(int n) {
        if (n < 1) throw new ParameterException(mixee.commandLine(), "--threads must be at least 1, not " + n);
        threads = n;
    }

    ExtractorSettings settings() {
        return new ExtractorSettings(maxBytes, threads);
    }

    /** Builds the pipeline, telling the user, since loading HanLP's dictionaries takes a few seconds. */
    Extractor extractor(Progress progress) {
        progress.note("loading the recognisers (HanLP dictionaries, gazetteer)…");
        return Extractor.standard(settings());
    }
}
