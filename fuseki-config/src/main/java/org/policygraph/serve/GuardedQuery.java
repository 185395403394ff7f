package org.policygraph.serve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.web.HttpSC;
import org.apache.jena.sparql.util.Context;

/**
 * Fuseki's SPARQL query operation with what a public endpoint needs on top: a SERVICE the
 * endpoint's {@link FederationPolicy} does not allow is refused with 400 before the query runs
 * (and by {@link ServiceGuard} should one be reached at run time), every SERVICE call is bounded
 * by the query's deadline, and a refusal is one line that does not quote the query back.
 */
final class GuardedQuery extends SPARQL_QueryDataset {
    private final ServiceExecutorRegistry services;

    GuardedQuery(ServiceGuard guard) {
        this.services = guard.registry();
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        FederationPolicy policy = FederationPolicy.of(action.getContext());
        for (Node service : serviceEndpoints(query)) {
            if (service.isURI()) {
                policy.refusal(service.getURI()).ifPresent(ServletOps::errorBadRequest);
            } else if (!policy.enabled()) {
                ServletOps.errorBadRequest(policy.refusal(service.toString()).orElseThrow());
            }
        }
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        // the action's context is its own copy (dataset, then endpoint settings)
        Context context = action.getContext();
        ServiceExecutorRegistry.set(context, services);
        context.set(ServiceGuard.DEADLINE, System.nanoTime() + FederationPolicy.queryTimeout(context).toNanos());
        try {
            super.execute(queryString, action);
        } catch (ActionErrorException e) {
            if (e.getMessage() == null) throw e;
            throw new ActionErrorException(e.getRC(), OneLineReason.of(e.getMessage(), queryString), null);
        }
    }

    /** The endpoints of the query's SERVICE clauses, as written (IRIs or variables), also inside subqueries and EXISTS. */
    static List<Node> serviceEndpoints(Query query) {
        List<Node> found = new ArrayList<>();
        Walker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                found.add(op.getService());
            }
        }, new ExprVisitorBase());
        return found;
    }

    /** The body of a POSTed query; a client that sends it too slowly ({@link SlowBodyHandler}), or not at all, is told so with 408 (Fuseki says 500). */
    @Override
    protected void executeBody(HttpAction action) {
        String queryString;
        try {
            queryString = IO.readWholeFileAsUTF8(action.getRequestInputStream());
        } catch (IOException | RuntimeException e) {
            ServletOps.error(HttpSC.REQUEST_TIMEOUT_408, "the query did not arrive whole: " + OneLineReason.of(SlowBodyHandler.reason(e)));
            return;
        }
        execute(queryString, action);
    }
}
