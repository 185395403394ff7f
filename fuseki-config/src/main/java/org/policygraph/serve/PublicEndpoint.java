package org.policygraph.serve;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.riot.WebContent;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.UserStore;

/**
 * What makes the server safe to open to anyone, added to the Fuseki builder in one place:
 * queries through {@link GuardedQuery} (SERVICE refused unless allowed, bounded by the query
 * timeout, one-line errors); updates through {@link WholeBodyUpdate} (nothing run of a body cut
 * short); {@link CredentialsHeaderFilter} and {@link ErrorBodyFilter} on every path;
 * {@link ClientLimitFilter} then {@link ParameterCheckFilter} on the dataset; HTTP Basic that
 * answers a malformed header, or a missing or wrong login, with a one-line 401; the server's
 * statistics for the admin only; threads enough that the capped requests never take them all;
 * and, on the built server, {@link SlowBodyHandler} under everything.
 */
final class PublicEndpoint {
    /** Fuseki's statistics and metrics: counts of every request, for the admin only. */
    static final String[] ADMIN_ONLY_PATHS = {"/$/stats", "/$/stats/*", "/$/metrics", "/$/metrics/*"};

    private PublicEndpoint() {}

    /** HTTP Basic over the users, with the admin-only paths. */
    static ConstraintSecurityHandler securityHandler(String realm, UserStore users) {
        ConstraintSecurityHandler handler = JettySecurityLib.makeSecurityHandler(realm, users, AuthScheme.BASIC);
        handler.setAuthenticator(new TolerantBasicAuthenticator(realm));
        for (String path : ADMIN_ONLY_PATHS) JettySecurityLib.addPathConstraint(handler, path);
        return handler;
    }

    /** Installs the guards for the dataset served at {@code datasetPath} ({@code /policygraph}). */
    static FusekiServer.Builder protect(FusekiServer.Builder builder, String realm, String datasetPath, RequestLimits limits) {
        return builder
                .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, new GuardedQuery(new ServiceGuard()))
                .registerOperation(Operation.Update, WebContent.contentTypeSPARQLUpdate, new WholeBodyUpdate())
                .addFilter("/*", new CredentialsHeaderFilter(realm))
                .addFilter("/*", new ErrorBodyFilter())
                .addFilter(datasetPath + "/*", new ClientLimitFilter(limits))
                .addFilter(datasetPath + "/*", new ParameterCheckFilter())
                .numServerThreads(Math.min(8, limits.serverThreads()), limits.serverThreads());
    }

    /** What goes on the built server, before it starts: request bodies that trickle are cut off. */
    static FusekiServer protect(FusekiServer server, RequestLimits limits) {
        server.getJettyServer().insertHandler(new SlowBodyHandler(limits));
        return server;
    }
}
