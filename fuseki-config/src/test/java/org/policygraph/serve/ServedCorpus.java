package org.policygraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.policygraph.auth.AdminCredentials;
import org.policygraph.load.DatasetConfig;
import org.policygraph.load.TestCorpus;

/** The sample corpus in a fresh data folder, served on a free port with a known admin password; closing it deletes the folder. */
public final class ServedCorpus implements AutoCloseable {
    public static final AdminCredentials ADMIN = AdminCredentials.of("test-password-" + System.nanoTime());

    private final Path data;
    private final PolicyGraphServer server;

    private ServedCorpus(Path data, PolicyGraphServer server) {
        this.data = data;
        this.server = server;
    }

    public static ServedCorpus start() {
        return start(null);
    }

    /** With a configuration file of one's own, or the bundled one when null. */
    public static ServedCorpus start(Path configFile) {
        try {
            Path data = Files.createTempDirectory("policygraph-served");
            PolicyGraphServer server = PolicyGraphServer.open(ServerSettings.of(0, data, ADMIN).withConfigFile(configFile));
            TestCorpus.reports().forEach(server.store()::replace);
            server.start();
            return new ServedCorpus(data, server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PolicyGraphServer server() {
        return server;
    }

    public String sparql() {
        return server.sparqlUrl();
    }

    /** {@code http://localhost:PORT/policygraph/NAME}. */
    public String endpoint(String name) {
        return server.datasetUrl() + "/" + name;
    }

    @Override
    public void close() {
        server.close();
        deleteTree(data);
    }

    /** The text of {@code fuseki-config/config.ttl}, as bundled. */
    public static String bundledConfig() {
        try (InputStream in = ServedCorpus.class.getClassLoader().getResourceAsStream(DatasetConfig.BUNDLED_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the bundled configuration with one text replaced everywhere, written into the folder; fails if the text is not there. */
    public static Path editedConfig(Path folder, String text, String replacement) {
        String bundled = bundledConfig();
        if (!bundled.contains(text)) throw new IllegalArgumentException("config.ttl has no " + text);
        try {
            return Files.writeString(folder.resolve("edited-config.ttl"), bundled.replace(text, replacement), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteTree(Path folder) {
        if (!Files.exists(folder)) return;
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
