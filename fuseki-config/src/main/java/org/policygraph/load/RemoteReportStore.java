package org.policygraph.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.http.HttpEnv;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.policygraph.auth.AdminCredentials;
import org.policygraph.ontology.PG;
import org.policygraph.pipeline.ExtractedReport;
import org.policygraph.rdf.Iris;
import org.policygraph.rdf.ReportGraphWriter;

/**
 * The reports of a running PolicyGraph server, written over the SPARQL Graph Store Protocol: a
 * report is replaced by an HTTP PUT of its named graph to {@code DATASET/data} (the server swaps
 * the graph in one transaction) and removed by a DELETE; hashes are read with SPARQL from
 * {@code DATASET/sparql}. Writes carry the admin's credentials (HTTP Basic), reads need none.
 */
public final class RemoteReportStore implements ReportGraphStore {
    private static final String PREFIXES = "PREFIX pg: <" + PG.NS + ">\nPREFIX prov: <" + PG.PROV + ">\n";
    private static final String[] ENDPOINT_NAMES = {"/sparql", "/query", "/data", "/update", "/get"};

    private final String datasetUrl;
    private final Optional<AdminCredentials> credentials;
    private final ReportGraphWriter writer = new ReportGraphWriter();

    private RemoteReportStore(String datasetUrl, Optional<AdminCredentials> credentials) {
        this.datasetUrl = datasetUrl;
        this.credentials = credentials;
    }

    /**
     * The dataset at {@code http(s)://HOST:PORT/NAME} (an endpoint URL such as
     * {@code …/NAME/sparql} is taken to mean its dataset); without credentials only reads work.
     */
    public static RemoteReportStore of(String url, Optional<AdminCredentials> credentials) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a URL: " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("not an http(s) URL: " + url);
        }
        String dataset = url.replaceAll("/+$", "");
        for (String endpoint : ENDPOINT_NAMES) {
            if (dataset.endsWith(endpoint)) dataset = dataset.substring(0, dataset.length() - endpoint.length());
        }
        return new RemoteReportStore(dataset, credentials);
    }

    /** The dataset's URL, e.g. {@code http://localhost:3030/policygraph}. */
    public String datasetUrl() {
        return datasetUrl;
    }

    @Override
    public Optional<StoredExtraction> storedExtraction(Node reportIri) {
        RowSet rows = select(PREFIXES + "SELECT ?hash ?version { GRAPH ?report { ?report pg:sha256 ?hash "
                + "OPTIONAL { ?report prov:wasGeneratedBy/prov:wasAssociatedWith/pg:softwareVersion ?version } } }", reportIri);
        if (!rows.hasNext()) return Optional.empty();
        Binding b = rows.next();
        Node version = b.get("version");
        return Optional.of(new StoredExtraction(b.get("hash").getLiteralLexicalForm(),
                version == null ? Optional.empty() : Optional.of(version.getLiteralLexicalForm())));
    }

    @Override
    public Map<String, String> storedReports() {
        RowSet rows = select(PREFIXES + "SELECT ?name ?hash { GRAPH ?report { ?report a pg:Report ; pg:fileName ?name "
                + "OPTIONAL { ?report pg:sha256 ?hash } } }", null);
        Map<String, String> out = new TreeMap<>();
        rows.forEachRemaining(b -> out.put(b.get("name").getLiteralLexicalForm(),
                b.get("hash") == null ? "" : b.get("hash").getLiteralLexicalForm()));
        return out;
    }

    @Override
    public void replace(ExtractedReport report) {
        Node graphName = Iris.report(report.source().fileName());
        Graph graph = GraphFactory.createGraphMem();
        writer.write(report, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                if (!quad.getGraph().equals(graphName)) throw new IllegalStateException("a quad outside the report's graph: " + quad);
                graph.add(quad.asTriple());
            }
        });
        write("PUT " + graphName.getURI(), () -> gsp(graphName).contentType(RDFFormat.NTRIPLES).PUT(graph));
    }

    @Override
    public boolean remove(Node reportIri) {
        String what = "DELETE " + reportIri.getURI() + " at " + datasetUrl + "/data";
        int status = deleteStatus(reportIri, what);
        if (status == 404) return false;
        if (status / 100 != 2) throw RemoteStoreException.of(what, new HttpException(status), credentials.isPresent());
        return true;
    }

    /** The status of a DELETE of the graph, sent with this store's credentials. */
    private int deleteStatus(Node graphName, String what) {
        // by hand: Jena's GSP client (5.6) sends no extra headers with a DELETE, so no credentials
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(datasetUrl + "/data?graph="
                + URLEncoder.encode(graphName.getURI(), StandardCharsets.UTF_8))).DELETE();
        credentials.ifPresent(c -> request.header("Authorization", c.basicAuthorization()));
        try {
            return HttpEnv.getDftHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw RemoteStoreException.of(what, new HttpException(e), credentials.isPresent());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RemoteStoreException.of(what, new HttpException(e), credentials.isPresent());
        }
    }

    @Override
    public StoreSummary summary() {
        return StoreSummary.count(query -> select(query, null));
    }

    /** Nothing to release: every request stands alone. */
    @Override
    public void close() {}

    private GSP gsp(Node graphName) {
        GSP request = GSP.service(datasetUrl + "/data").graphName(graphName);
        credentials.ifPresent(c -> request.httpHeader("Authorization", c.basicAuthorization()));
        return request;
    }

    private RowSet select(String query, Node report) {
        QueryExecHTTPBuilder builder = QueryExecHTTPBuilder.service(datasetUrl + "/sparql").query(query);
        if (report != null) builder.substitution("report", report);
        try {
            return builder.select().materialize();
        } catch (HttpException e) {
            throw RemoteStoreException.of("query " + datasetUrl + "/sparql", e, credentials.isPresent());
        }
    }

    private void write(String what, Runnable request) {
        try {
            request.run();
        } catch (HttpException e) {
            String where = what + " at " + datasetUrl + "/data";
            if (e.getStatusCode() > 0) throw RemoteStoreException.of(where, e, credentials.isPresent());
            // A server that refuses a write may close the connection while the body is still being
            // sent, so the refusal never arrives; a request without a body hears it.
            int refusal = writeRefusal();
            throw RemoteStoreException.of(where, refusal == 0 ? e : new HttpException(refusal), credentials.isPresent());
        }
    }

    /**
     * 401 or 403 when the server refuses this store's writes, else 0: the answer to a DELETE of a
     * graph no report has (harmless where writes are allowed: 404).
     */
    private int writeRefusal() {
        Node noGraph = NodeFactory.createURI("urn:uuid:" + UUID.randomUUID());
        try {
            int status = deleteStatus(noGraph, "DELETE " + noGraph.getURI());
            return status == 401 || status == 403 ? status : 0;
        } catch (RemoteStoreException unreachable) {
            return 0;
        }
    }

    @Override
    public String toString() {
        return "RemoteReportStore[" + datasetUrl + "]";
    }
}
