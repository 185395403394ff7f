package org.policygraph.serve.explorer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * A browser library packaged as a WebJar (an npm package republished on Maven Central): the
 * file the page loads, found inside the jar under the version its Maven metadata names, so the
 * explorer serves the library from the class path and never from the internet.
 *
 * @param artifact the WebJar's artifactId, e.g. {@code papaparse}
 * @param file     the file inside the package, e.g. {@code papaparse.min.js}
 */
record WebJar(String artifact, String file) {
    static final WebJar PAPAPARSE = new WebJar("papaparse", "papaparse.min.js");

    /** The version on the class path, from the jar's {@code pom.properties}. */
    String version() {
        String props = "META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        try (InputStream in = WebJar.class.getClassLoader().getResourceAsStream(props)) {
            if (in == null) throw new IllegalStateException("the WebJar org.webjars.npm:" + artifact + " is not on the class path");
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The class path resource of the file. */
    String resource() {
        return "META-INF/resources/webjars/" + artifact + "/" + version() + "/" + file;
    }

    /** The file's name, as the page asks for it under {@code /explore/lib/}. */
    String fileName() {
        return file.substring(file.lastIndexOf('/') + 1);
    }
}
