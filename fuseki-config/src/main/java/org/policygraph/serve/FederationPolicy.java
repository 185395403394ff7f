package org.policygraph.serve;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * Which {@code SERVICE} endpoints a query endpoint may call, read from its {@code ja:context} in
 * the configuration. Off unless {@code arq:httpServiceAllowed} is {@code "true"}, and then only
 * to the endpoints of {@link #ALLOW_LIST}: a public server must not become a request forger or a
 * port scanner for its own network. Both timeouts are capped by the query's own timeout.
 *
 * <pre>
 * ja:context [ ja:cxtName "arq:httpServiceAllowed" ; ja:cxtValue "true" ] ;
 * ja:context [ ja:cxtName "https://w3id.org/policygraph/server#serviceAllowList" ; ja:cxtValue "https://query.wikidata.org/sparql" ] ;
 * ja:context [ ja:cxtName "https://w3id.org/policygraph/server#serviceConnectTimeout" ; ja:cxtValue "3000" ] ;
 * ja:context [ ja:cxtName "arq:httpQueryTimeout" ; ja:cxtValue "10000" ] ;
 * </pre>
 */
record FederationPolicy(boolean enabled, Set<String> allowed, Duration connectTimeout, Duration readTimeout) {
    static final String NS = "https://w3id.org/policygraph/server#";
    /** Space-separated endpoint IRIs that SERVICE may call, exactly as queries write them. */
    static final Symbol ALLOW_LIST = Symbol.create(NS + "serviceAllowList");
    /** Milliseconds to open the connection to a SERVICE endpoint. */
    static final Symbol CONNECT_TIMEOUT = Symbol.create(NS + "serviceConnectTimeout");

    static final Duration DEFAULT_CONNECT = Duration.ofSeconds(5);
    static final Duration DEFAULT_READ = Duration.ofSeconds(10);

    FederationPolicy {
        allowed = Set.copyOf(allowed);
    }

    /** The policy a query endpoint's context sets; refused when nothing is set. */
    static FederationPolicy of(Context context) {
        boolean enabled = "true".equalsIgnoreCase(context.getAsString(Service.httpServiceAllowed, "false"));
        String list = context.getAsString(ALLOW_LIST, "");
        Set<String> allowed = Arrays.stream(list.trim().split("\\s+")).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        Duration queryTimeout = queryTimeout(context);
        Duration connect = min(millis(context, CONNECT_TIMEOUT, DEFAULT_CONNECT), queryTimeout);
        Duration read = min(millis(context, ARQ.httpQueryTimeout, DEFAULT_READ), queryTimeout);
        return new FederationPolicy(enabled, allowed, connect, read);
    }

    /** Why a call to this endpoint is refused; empty when it is allowed. */
    Optional<String> refusal(String endpoint) {
        if (!enabled) return Optional.of("SERVICE (federated query) is not allowed on this server");
        if (!allowed.contains(endpoint)) return Optional.of("SERVICE <" + endpoint + "> is not among the endpoints this server may call");
        return Optional.empty();
    }

    /** The query timeout of the endpoint ({@code arq:queryTimeout}, "overall" or "first,overall" in ms); very long when none is set. */
    static Duration queryTimeout(Context context) {
        String value = context.getAsString(ARQ.queryTimeout);
        if (value == null || value.isBlank()) return Duration.ofDays(1);
        String overall = value.contains(",") ? value.substring(value.indexOf(',') + 1) : value;
        try {
            long ms = Long.parseLong(overall.trim());
            return ms > 0 ? Duration.ofMillis(ms) : Duration.ofDays(1);
        } catch (NumberFormatException e) {
            return Duration.ofDays(1);
        }
    }

    private static Duration millis(Context context, Symbol symbol, Duration otherwise) {
        String value = context.getAsString(symbol);
        if (value == null || value.isBlank()) return otherwise;
        try {
            long ms = Long.parseLong(value.trim());
            return ms > 0 ? Duration.ofMillis(ms) : otherwise;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(symbol.getSymbol() + " must be a number of milliseconds: " + value);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
