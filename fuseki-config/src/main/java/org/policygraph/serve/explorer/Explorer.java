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
     * @param service     its endpoints; the explorer uses the open query endpoint named {@code sparql}, else another
     *                    (one that asks for a login makes the browser ask for it)
     * @param uiLocation  where Fuseki's UI files are ({@code FusekiUiFiles.location()}), to link the explorer from its page
     * @return false, and nothing added, when the service has no query endpoint at all
     */
    public static boolean install(FusekiServer.Builder builder, String serviceName, DataService service, Optional<String> uiLocation) {
        Optional<String> sparql = sparqlPath(serviceName, service);
        if (sparql.isEmpty()) return false;
        builder.addServlet(PATH + "*", new ExplorerServlet(PATH, sparql.get(), "/#/dataset/" + serviceName + "/query"));
        uiLocation.map(Explorer::uiIndex).ifPresent(index -> builder.addFilter("/*", new FusekiUiLink(index, PATH.substring(1))));
        return true;
    }

    /** The path of the query endpoint the page sends its queries to, e.g. {@code /policygraph/sparql}: open ones first, {@code sparql} first. */
    static Optional<String> sparqlPath(String serviceName, DataService service) {
        return service.getEndpoints(Operation.Query).stream()
                .min(Comparator.comparing((Endpoint x) -> x.getAuthPolicy() != null && !x.getAuthPolicy().isAllowed(null))
                        .thenComparing(x -> !"sparql".equals(x.getName())).thenComparing(Endpoint::isUnnamed).thenComparing(Endpoint::getName))
                .map(e -> "/" + serviceName + (e.isUnnamed() ? "" : "/" + e.getName()));
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
