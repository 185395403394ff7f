package org.policygraph.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.security.AuthenticationState;
import org.eclipse.jetty.security.UserIdentity;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * HTTP Basic for the paths that demand a login, answering every refusal with a 401 whose body is
 * one line of plain text, like every other error of this server: Jetty's own challenge is an
 * HTML page, and an {@code Authorization} header that is not Basic's base64 ({@code Basic !!!!})
 * made its decoder throw, a 500. {@link CredentialsHeaderFilter} checks the header on the paths
 * open to anyone.
 */
final class TolerantBasicAuthenticator extends BasicAuthenticator {
    static final String REASON = "malformed Authorization header: expected Basic and the base64 of user:password";
    static final String NO_LOGIN = "this needs a login: HTTP Basic as user admin";
    static final String WRONG_LOGIN = "wrong user or password";

    private final String challenge;

    TolerantBasicAuthenticator(String realm) {
        this.challenge = challenge(realm);
    }

    /** The {@code WWW-Authenticate} value; clients (curl, browsers) send user:password in UTF-8, and this tells them to. */
    static String challenge(String realm) {
        return "Basic realm=\"" + realm + "\", charset=\"UTF-8\"";
    }

    @Override
    public AuthenticationState validateRequest(Request req, Response res, Callback callback) {
        String header = req.getHeaders().get(getAuthorizationHeader());
        String reason = NO_LOGIN;
        boolean malformed = false;
        if (header != null && isBasic(header)) {
            String[] login = userAndPassword(header);
            if (login == null) {
                reason = REASON;
                malformed = true;
            } else {
                UserIdentity user = login(login[0], login[1], req, res);
                if (user != null) return new UserAuthenticationSucceeded(getAuthenticationType(), user);
                reason = WRONG_LOGIN;
            }
        }
        // a check deferred until someone asks who the user is has nothing to answer with: anonymous, as in Jetty
        if (res == null || res.isCommitted()) return null;
        byte[] body = (reason + "\n").getBytes(StandardCharsets.UTF_8);
        res.setStatus(HttpStatus.UNAUTHORIZED_401);
        res.getHeaders().put(getChallengeHeader().asString(), challenge);
        res.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        res.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        res.write(true, ByteBuffer.wrap(body), callback);
        return malformed ? AuthenticationState.SEND_FAILURE : AuthenticationState.CHALLENGE;
    }

    static boolean isBasic(String header) {
        String h = header.strip();
        return h.regionMatches(true, 0, "Basic", 0, 5) && (h.length() == 5 || Character.isWhitespace(h.charAt(5)));
    }

    /** User and password of a Basic header ({@link #isBasic}), or null when it is not base64 of {@code user:password}. */
    static String[] userAndPassword(String header) {
        String token = header.strip().substring(5).strip();
        if (token.isEmpty()) return null;
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }
}
