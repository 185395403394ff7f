package org.policygraph.serve;

import java.io.IOException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.policygraph.load.ReportStore;

/**
 * The report store served by embedded Fuseki: read-only SPARQL at {@code /NAME/sparql} and
 * {@code /NAME/query} (and {@code /NAME?query=}), graphs at {@code /NAME/get}, and Fuseki's web
 * UI at {@code /}. Read-only because the store is kept in line with the report files by the
 * loader; an update over HTTP would be lost or undone at the next load.
 *
 * <p>Lifecycle: {@link #open} (the store is usable, e.g. to load it), {@link #start}, then
 * {@link #close} stops the server and releases the data folder.
 */
public final class PolicyGraphServer implements AutoCloseable {
    private final ServerSettings settings;
    private final ReportStore store;
    private FusekiServer fuseki;
    private boolean closed;

    private PolicyGraphServer(ServerSettings settings, ReportStore store) {
        this.settings = settings;
        this.store = store;
    }

    /** Opens the store in the settings' data folder; nothing listens yet. */
    public static PolicyGraphServer open(ServerSettings settings) throws IOException {
        return new PolicyGraphServer(settings, ReportStore.open(settings.dataDir()));
    }

    public ReportStore store() {
        return store;
    }

    /** Starts listening; returns the actual port (the free one chosen when the settings say 0). */
    public synchronized int start() {
        if (closed) throw new IllegalStateException("server closed");
        if (fuseki != null) return fuseki.getHttpPort();
        DataService service = DataService.newBuilder(store.dataset())
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.GSP_R, "get")
                .addEndpoint(Operation.GSP_R)
                .build();
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .loopback(settings.localhostOnly())
                .add("/" + settings.datasetName(), service)
                // what the UI asks the server: is it up, which datasets and endpoints, how big
                .enablePing(true)
                .enableStats(true)
                .addServlet("/$/server", new ActionServerStatus());
        FusekiUiFiles.location().ifPresent(builder::staticFileBase);
        FusekiServer server = builder.build();
        server.start();
        fuseki = server;
        return server.getHttpPort();
    }

    public synchronized int port() {
        requireStarted();
        return fuseki.getHttpPort();
    }

    /** {@code http://localhost:PORT/}: the Fuseki UI when its files are on the classpath. */
    public String serverUrl() {
        return "http://localhost:" + port() + "/";
    }

    /** The SPARQL query endpoint. */
    public String sparqlUrl() {
        return serverUrl() + settings.datasetName() + "/sparql";
    }

    /** The UI's query page for the dataset. */
    public String uiQueryUrl() {
        return serverUrl() + "#/dataset/" + settings.datasetName() + "/query";
    }

    public synchronized boolean hasUi() {
        requireStarted();
        return fuseki.getStaticContentDir() != null;
    }

    /** Waits until the server stops (from another thread, e.g. a shutdown hook). */
    public void join() {
        FusekiServer server;
        synchronized (this) {
            requireStarted();
            server = fuseki;
        }
        server.join();
    }

    /** Stops the server, if started, and releases the data folder; safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        try {
            if (fuseki != null) fuseki.stop();
        } finally {
            store.close();
        }
    }

    private void requireStarted() {
        if (fuseki == null) throw new IllegalStateException("server not started");
    }
}
