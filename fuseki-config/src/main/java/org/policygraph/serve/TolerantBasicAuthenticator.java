package org.policygraph.serve;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.security.AuthenticationState;
import org.eclipse.jetty.security.ServerAuthException;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * HTTP Basic as Jetty does it, except that an {@code Authorization} header that is not Basic's
 * base64 ({@code Basic !!!!}) is a failed login, 401 with a one-line reason, instead of the 500
 * Jetty's decoder throws. This covers the paths that demand a login; {@link CredentialsHeaderFilter} the others.
 */
final class TolerantBasicAuthenticator extends BasicAuthenticator {
    static final String REASON = "malformed Authorization header: expected Basic and the base64 of user:password";
    private final String realm;

    TolerantBasicAuthenticator(String realm) {
        this.realm = realm;
    }

    @Override
    public AuthenticationState validateRequest(Request req, Response res, Callback callback) throws ServerAuthException {
        try {
            return super.validateRequest(req, res, callback);
        } catch (IllegalArgumentException e) {
            // without a response (a check deferred until someone asks for the user) there is nothing to answer with
            if (res == null) throw new ServerAuthException(REASON, e);
            res.getHeaders().put(HttpHeader.WWW_AUTHENTICATE.asString(), "Basic realm=\"" + realm + "\", charset=\"UTF-8\"");
            Response.writeError(req, res, callback, 401, REASON);
            return AuthenticationState.SEND_FAILURE;
        }
    }
}
