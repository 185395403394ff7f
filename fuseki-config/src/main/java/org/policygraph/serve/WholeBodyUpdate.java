package org.policygraph.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL Update, run only once its body has arrived whole. The update parser takes a
 * read error for the end of the request, so a body cut off in the middle (by
 * {@link SlowBodyHandler}, Jetty's idle timeout, or a dropped connection) ran as far as it had
 * come, e.g. the {@code DROP} of a {@code DROP …; INSERT …}; now it runs nothing and gets 408.
 */
final class WholeBodyUpdate extends SPARQL_Update {
    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] body;
        try {
            body = input.readAllBytes();
        } catch (IOException | RuntimeException e) {
            ServletOps.error(HttpSC.REQUEST_TIMEOUT_408, "the update did not arrive whole, nothing was changed: " + OneLineReason.of(SlowBodyHandler.reason(e)));
            return;
        }
        super.execute(action, new ByteArrayInputStream(body));
    }
}
