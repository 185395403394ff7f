package org.policygraph.serve.explorer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;

/**
 * Adds the analysts' explorer to a Fuseki server being built: the page at {@code /explore/},
 * talking to the service's open SPARQL query endpoint, and a link to it on Fuseki's UI page.
 */
public final class Explorer {
    /** Where the explorer is served. */
    public static final String PATH = "/explore/";

    private Explorer() {}

    /**
     * @param serviceName the dataset's name, e.g. {@code policygraph}
     * @param service     its endpoints; the explorer uses the query endpoint named {@code sparql}, else the first other one
     * @param uiLocation  where Fuseki's UI files are ({@code FusekiUiFiles.location()}), to link the explorer from its page
     * @throws IllegalArgumentException when the service has no query endpoint open to anyone
     */
    public static void install(FusekiServer.Builder builder, String serviceName, DataService service, Optional<String> uiLocation) {
        String sparql = sparqlPath(serviceName, service);
        builder.addServlet(PATH + "*", new ExplorerServlet(PATH, sparql, "/#/dataset/" + serviceName + "/query"));
        uiLocation.map(Explorer::uiIndex).ifPresent(index -> builder.addFilter("/*", new FusekiUiLink(index, PATH.substring(1))));
    }

    /** The path of the query endpoint the page sends its queries to, e.g. {@code /policygraph/sparql}. */
    static String sparqlPath(String serviceName, DataService service) {
        Endpoint e = service.getEndpoints(Operation.Query).stream()
                .filter(x -> x.getAuthPolicy() == null || x.getAuthPolicy().isAllowed(null))
                .min(Comparator.comparing((Endpoint x) -> !"sparql".equals(x.getName())).thenComparing(Endpoint::isUnnamed).thenComparing(Endpoint::getName))
                .orElseThrow(() -> new IllegalArgumentException("the service " + serviceName + " has no query endpoint open to readers; the explorer needs one"));
        return "/" + serviceName + (e.isUnnamed() ? "" : "/" + e.getName());
    }

    private static String uiIndex(String location) {
        try {
            if (location.startsWith("jar:")) {
                try (InputStream in = URI.create(location + "index.html").toURL().openStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return Files.readString(Path.of(location, "index.html"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Fuseki's UI page at " + location, e);
        }
    }
}
