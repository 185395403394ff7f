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

    /** D3's pan and zoom (for the graph) with the modules it needs, in the order they load. */
    static final java.util.List<WebJar> D3_ZOOM = java.util.List.of(
            new WebJar("d3-dispatch", "dist/d3-dispatch.min.js"), new WebJar("d3-selection", "dist/d3-selection.min.js"),
            new WebJar("d3-color", "dist/d3-color.min.js"), new WebJar("d3-interpolate", "dist/d3-interpolate.min.js"),
            new WebJar("d3-ease", "dist/d3-ease.min.js"), new WebJar("d3-timer", "dist/d3-timer.min.js"),
            new WebJar("d3-transition", "dist/d3-transition.min.js"), new WebJar("d3-drag", "dist/d3-drag.min.js"),
            new WebJar("d3-zoom", "dist/d3-zoom.min.js"));

    /** The file the page loads d3-zoom from: its modules, in order, as one script. */
    static final String D3_ZOOM_BUNDLE = "d3-zoom-bundle.min.js";

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
