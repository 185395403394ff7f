package org.policygraph.serve;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.policygraph.auth.AdminCredentials;
import org.policygraph.load.DatasetConfig;
import org.policygraph.load.ReportStore;
import org.policygraph.serve.explorer.Explorer;

/**
 * The report store served by embedded Fuseki with the endpoints of the configuration file
 * ({@code fuseki-config/config.ttl}: open SPARQL query at {@code /NAME/sparql} and
 * {@code /NAME/query}, graphs read at {@code /NAME/get}, SPARQL Update at {@code /NAME/update} and
 * the Graph Store Protocol at {@code /NAME/data} for the admin only, over HTTP Basic),
 * Fuseki's web UI at {@code /}, and the explorer for analysts at {@code /explore/}.
 *
 * <p>Lifecycle: {@link #open} (the store is usable, e.g. to load it), {@link #start}, then
 * {@link #close} stops the server and releases the data folder.
 */
public final class PolicyGraphServer implements AutoCloseable {
    /** The realm browsers show when they ask for the admin's password. */
    static final String REALM = "PolicyGraph";

    private final ServerSettings settings;
    private final DatasetConfig config;
    private final ReportStore store;
    private final DataService service;
    private FusekiServer fuseki;
    private boolean closed;

    private PolicyGraphServer(ServerSettings settings, DatasetConfig config, ReportStore store, DataService service) {
        this.settings = settings;
        this.config = config;
        this.store = store;
        this.service = service;
    }

    /**
     * Reads the configuration, opens its dataset in the settings' data folder and builds its
     * endpoints; nothing listens yet.
     *
     * @throws IllegalArgumentException when the configuration cannot be served (e.g. an endpoint that writes without a login)
     */
    public static PolicyGraphServer open(ServerSettings settings) throws IOException {
        DatasetConfig config = DatasetConfig.of(settings.configFile(), settings.dataDir());
        ReportStore store = ReportStore.open(config);
        try {
            return new PolicyGraphServer(settings, config, store, ConfiguredService.build(config, store.dataset()));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    public ReportStore store() {
        return store;
    }

    /** Where the configuration came from, for messages. */
    public String configOrigin() {
        return config.origin();
    }

    /** Starts listening; returns the actual port (the free one chosen when the settings say 0). */
    public synchronized int start() {
        if (closed) throw new IllegalStateException("server closed");
        if (fuseki != null) return fuseki.getHttpPort();
        AdminCredentials admin = settings.credentials();
        UserStore users = JettySecurityLib.makeUserStore(admin.user(), admin.password());
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .loopback(settings.localhostOnly())
                .securityHandler(PublicEndpoint.securityHandler(REALM, users))
                .add("/" + config.serviceName(), service)
                // what the UI asks the server: is it up, which datasets and endpoints, how big (the admin only: PublicEndpoint)
                .enablePing(true)
                .enableStats(true)
                .addServlet("/$/server", new ActionServerStatus());
        PublicEndpoint.protect(builder, REALM, "/" + config.serviceName(), RequestLimits.DEFAULTS);
        Optional<String> ui = FusekiUiFiles.location();
        ui.ifPresent(builder::staticFileBase);
        Explorer.install(builder, config.serviceName(), service, ui);
        FusekiServer server = PublicEndpoint.protect(builder.build(), RequestLimits.DEFAULTS);
        pooledResponseBuffers(server);
        server.start();
        fuseki = server;
        return server.getHttpPort();
    }

    /** The response buffer of each connection: one size Jetty's buffer pool keeps (it pools up to 64 KiB). */
    static final int RESPONSE_BUFFER_BYTES = 64 << 10;

    /**
     * Fuseki gives every response a 5 MiB buffer, larger than any Jetty's pool keeps, so each
     * response allocated a fresh direct buffer and zeroed it: 8-13 ms of CPU per request on the
     * shared 2-core build machine ({@code /$/ping} included), more than most of the explorer's
     * queries take. A response larger than the buffer is sent as it is written (chunked) instead of
     * held back whole; an error after its first 64 KiB ends it instead of replacing it.
     */
    static void pooledResponseBuffers(FusekiServer server) {
        for (Connector c : server.getJettyServer().getConnectors()) {
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) http.getHttpConfiguration().setOutputBufferSize(RESPONSE_BUFFER_BYTES);
        }
    }

    public synchronized int port() {
        requireStarted();
        return fuseki.getHttpPort();
    }

    /** {@code http://localhost:PORT/}: the Fuseki UI when its files are on the classpath. */
    public String serverUrl() {
        return "http://localhost:" + port() + "/";
    }

    /** {@code http://localhost:PORT/NAME}: what {@code load --endpoint} and {@code remove --endpoint} take. */
    public String datasetUrl() {
        return serverUrl() + config.serviceName();
    }

    /** The SPARQL query endpoint: {@code …/policygraph/sparql}, or the first other one the configuration has. */
    public String sparqlUrl() {
        List<String> urls = endpointUrls(Operation.Query);
        if (urls.isEmpty()) throw new IllegalStateException(config.origin() + " has no query endpoint");
        return urls.stream().filter(u -> u.endsWith("/sparql")).findFirst().orElse(urls.get(0));
    }

    /** The URLs of the endpoints that run an operation: named ones by name, then the dataset's own URL. */
    public synchronized List<String> endpointUrls(Operation operation) {
        requireStarted();
        return service.getEndpoints(operation).stream()
                .sorted(Comparator.comparing(Endpoint::isUnnamed).thenComparing(Endpoint::getName))
                .map(this::url)
                .toList();
    }

    /** The URLs of the endpoints that change the data (they ask for the admin's password). */
    public synchronized List<String> writeUrls() {
        requireStarted();
        return service.getEndpoints().stream().filter(e -> ConfiguredService.WRITES.contains(e.getOperation())).map(this::url).sorted().toList();
    }

    /** The analysts' explorer: search, entity, task and report pages over the SPARQL endpoint. */
    public String explorerUrl() {
        return serverUrl() + Explorer.PATH.substring(1);
    }

    /** The UI's query page for the dataset. */
    public String uiQueryUrl() {
        return serverUrl() + "#/dataset/" + config.serviceName() + "/query";
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

    private String url(Endpoint e) {
        return datasetUrl() + (e.isUnnamed() ? "" : "/" + e.getName());
    }

    private void requireStarted() {
        if (fuseki == null) throw new IllegalStateException("server not started");
    }
}
