package org.policygraph.serve;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Typed settings of the SPARQL server, each with its default.
 *
 * @param port          HTTP port (default 3030); 0 picks a free one, as tests do
 * @param dataDir       folder of the TDB2 dataset, created if missing
 * @param datasetName   the dataset's path on the server (default {@code policygraph}: {@code /policygraph/sparql})
 * @param localhostOnly listen on the loopback interface only (default true: the server has no authentication)
 */
public record ServerSettings(int port, Path dataDir, String datasetName, boolean localhostOnly) {
    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_DATASET = "policygraph";

    public ServerSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0..65535: " + port);
        if (datasetName == null || !datasetName.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("dataset name must be letters, digits, '_' or '-': " + datasetName);
        }
    }

    /** The defaults, over the given data folder. */
    public static ServerSettings of(int port, Path dataDir) {
        return new ServerSettings(port, dataDir, DEFAULT_DATASET, true);
    }
}
