package org.policygraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.policygraph.auth.AdminCredentials;
import org.policygraph.load.DatasetConfig;
import org.policygraph.load.RemoteReportStore;
import org.policygraph.load.ReportGraphStore;
import org.policygraph.load.ReportStore;
import picocli.CommandLine.Option;

/** Where {@code load} and {@code remove} write: the local data folder, or a running server. */
final class StoreOptions {
    @Option(names = "--data", paramLabel = "DIR",
            description = "The data folder (default: data/tdb2 in the PolicyGraph folder); no server may be using it.")
    Path data;

    @Option(names = "--config", paramLabel = "FILE",
            description = "The Fuseki assembler file that describes the dataset (default: fuseki-config/config.ttl).")
    Path config;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Write to a running PolicyGraph server instead, e.g. http://localhost:3030/policygraph, over the "
                    + "Graph Store Protocol, as user admin with the password in " + AdminCredentials.PASSWORD_VARIABLE + ".")
    String endpoint;

    /** The command line's mistake, if it has one. */
    String problem() {
        if (endpoint != null && (data != null || config != null)) return "give --endpoint, or --data and --config, not both";
        return null;
    }

    /** What the store is, for messages: a folder or a URL. */
    String describe() {
        return endpoint != null ? endpoint : folder().toString();
    }

    /**
     * Opens the store.
     *
     * @throws IllegalArgumentException for a bad URL or configuration file
     * @throws IOException              when the data folder or configuration cannot be read
     */
    ReportGraphStore open(Map<String, String> environment) throws IOException {
        if (endpoint != null) return RemoteReportStore.of(endpoint, AdminCredentials.fromEnvironment(environment));
        return ReportStore.open(DatasetConfig.of(config, folder()));
    }

    private Path folder() {
        return data != null ? data.toAbsolutePath() : ProjectHome.defaultDatabase();
    }
}
