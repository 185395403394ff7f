package org.policygraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Finds Fuseki's web UI, which the {@code jena-fuseki-ui} jar carries as static files under
 * {@code webapp/}. Fuseki's own UI module looks there too, but only together with the admin
 * module's work area and dataset management, which a read-only research server does not want;
 * so we hand the location straight to {@code FusekiServer.Builder.staticFileBase}.
 */
final class FusekiUiFiles {
    private static final String INDEX = "webapp/index.html";

    private FusekiUiFiles() {}

    /** A {@code jar:…!/webapp/} URI or a folder path, as {@code staticFileBase} takes them; empty if the UI is not on the classpath. */
    static Optional<String> location() {
        List<URL> found;
        try {
            found = Collections.list(FusekiUiFiles.class.getClassLoader().getResources(INDEX));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // other jars may hold a webapp/ folder too: prefer Fuseki's
        return found.stream()
                .sorted((a, b) -> Boolean.compare(!isFusekiUi(a), !isFusekiUi(b)))
                .findFirst()
                .map(FusekiUiFiles::base);
    }

    private static boolean isFusekiUi(URL url) {
        return url.toString().contains("jena-fuseki-ui");
    }

    private static String base(URL index) {
        String s = index.toString();
        String folder = s.substring(0, s.length() - "index.html".length());
        if (folder.startsWith("jar:")) return folder;
        try {
            return Path.of(new URL(folder).toURI()).toString();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot use the Fuseki UI files at " + folder, e);
        }
    }
}
