package org.policygraph.serve;

import java.nio.file.Path;
import java.util.Objects;
import org.policygraph.auth.AdminCredentials;

/**
 * Typed settings of the SPARQL server, each with its default.
 *
 * @param port          HTTP port (default 3030); 0 picks a free one, as tests do
 * @param dataDir       the data folder: the TDB2 dataset, with the text index inside it (created if missing)
 * @param configFile    a Fuseki assembler file of one's own, or null for PolicyGraph's {@code fuseki-config/config.ttl}
 * @param credentials   the admin's password, the only login that may write
 * @param localhostOnly listen on the loopback interface only (default true: others reach the server through a reverse proxy with TLS)
 */
public record ServerSettings(int port, Path dataDir, Path configFile, AdminCredentials credentials, boolean localhostOnly) {
    public static final int DEFAULT_PORT = 3030;

    public ServerSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(credentials, "credentials");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0..65535: " + port);
    }

    /** The defaults (bundled configuration, localhost only), over the given data folder. */
    public static ServerSettings of(int port, Path dataDir, AdminCredentials credentials) {
        return new ServerSettings(port, dataDir, null, credentials, true);
    }

    /** The same settings with another configuration file. */
    public ServerSettings withConfigFile(Path file) {
        return new ServerSettings(port, dataDir, file, credentials, localhostOnly);
    }
}
