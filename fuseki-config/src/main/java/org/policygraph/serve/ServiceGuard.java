package org.policygraph.serve;

import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.web.HttpSC;

/**
 * The first link of every SERVICE call a query endpoint makes: refuses endpoints the
 * {@link FederationPolicy} does not allow (also those reached only at run time, through a
 * variable or inside {@code FILTER EXISTS}), and gives the HTTP call timeouts that end it before
 * the query's own deadline, so a remote endpoint that never answers cannot hold a request thread
 * past the query timeout. Redirects are not followed: an allowed endpoint must not be able to send
 * the server on to another address.
 */
final class ServiceGuard implements ChainingServiceExecutor {
    /** When the query must be done, in {@link System#nanoTime()} units: set per request by {@link GuardedQuery}. */
    static final Symbol DEADLINE = Symbol.create(FederationPolicy.NS + "deadlineNanos");

    private final Map<Duration, HttpClient> clients = new ConcurrentHashMap<>();

    /** A registry with this guard in front of Jena's own HTTP SERVICE executor. */
    ServiceExecutorRegistry registry() {
        return new ServiceExecutorRegistry().add(ServiceExecutorRegistry.httpService).addSingleLink(this);
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding, ExecutionContext execCxt, ServiceExecutor chain) {
        Context context = execCxt.getContext();
        FederationPolicy policy = FederationPolicy.of(context);
        if (!opExecute.getService().isURI()) throw refused("SERVICE needs an endpoint IRI, not " + opExecute.getService());
        String endpoint = opExecute.getService().getURI();
        policy.refusal(endpoint).ifPresent(reason -> { throw refused(reason); });

        Duration read = policy.readTimeout();
        Object deadline = context.get(DEADLINE);
        if (deadline instanceof Long d) {
            Duration left = Duration.ofNanos(d - System.nanoTime());
            if (left.isNegative() || left.isZero()) throw new QueryCancelledException();
            if (left.compareTo(read) < 0) read = left;
        }
        Context call = context.copy();
        call.set(ARQ.httpQueryTimeout, read.toMillis());
        call.set(ARQ.httpQueryClient, client(policy.connectTimeout()));
        ExecutionContext callCxt = new ExecutionContext(call, execCxt.getActiveGraph(), execCxt.getDataset(), execCxt.getExecutor(), execCxt.getCancelSignal());
        try {
            return chain.createExecution(opExecute, opOriginal, binding, callCxt);
        } catch (RuntimeException e) {
            if (causedByTimeout(e)) {
                throw new ActionErrorException(HttpSC.GATEWAY_TIMEOUT_504, "SERVICE <" + endpoint + "> did not answer within " + read.toMillis() + " ms", null);
            }
            throw e;
        }
    }

    private HttpClient client(Duration connectTimeout) {
        return clients.computeIfAbsent(connectTimeout, t -> HttpClient.newBuilder()
                .connectTimeout(t)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    }

    private static ActionErrorException refused(String reason) {
        return new ActionErrorException(HttpSC.BAD_REQUEST_400, reason, null);
    }

    private static boolean causedByTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException) return true;
        }
        return false;
    }
}
