package org.policygraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Answers 401 to an {@code Authorization: Basic} header that is not base64 of {@code user:password}
 * ({@code Basic !!!!}), on every path, before anything asks who the user is: Jetty checks the
 * header only when someone asks, and its base64 decoder then throws, which came out as a 500 on
 * the open endpoints too. Paths that demand a login have the header checked earlier, by
 * {@link TolerantBasicAuthenticator}.
 */
final class CredentialsHeaderFilter implements Filter {
    private final String realm;

    CredentialsHeaderFilter(String realm) {
        this.realm = realm;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        String header = ((HttpServletRequest) request).getHeader("Authorization");
        if (header != null && !wellFormed(header)) {
            HttpServletResponse res = (HttpServletResponse) response;
            byte[] body = (TolerantBasicAuthenticator.REASON + "\n").getBytes(StandardCharsets.UTF_8);
            res.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            res.setHeader("WWW-Authenticate", TolerantBasicAuthenticator.challenge(realm));
            res.setContentType("text/plain;charset=utf-8");
            res.setContentLength(body.length);
            res.getOutputStream().write(body);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Basic with base64 of text holding a colon; other schemes are not ours to judge. */
    static boolean wellFormed(String header) {
        return !TolerantBasicAuthenticator.isBasic(header) || TolerantBasicAuthenticator.userAndPassword(header) != null;
    }
}
