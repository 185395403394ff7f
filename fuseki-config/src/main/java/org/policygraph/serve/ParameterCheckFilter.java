package org.policygraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the request's parameters (query string, or a form body) before Fuseki does: Jetty
 * throws on a bad escape such as {@code ?query=%ZZ}, and inside Fuseki that became a 500; here it
 * is a 400 (a 408 for a form body {@link SlowBodyHandler} cut off). Placed after
 * {@link ClientLimitFilter}, so a form body sent slowly is read on a thread the client's share
 * pays for.
 */
final class ParameterCheckFilter implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        try {
            request.getParameterMap();
        } catch (RuntimeException e) {
            HttpServletResponse res = (HttpServletResponse) response;
            boolean slow = SlowBodyHandler.arrivedTooSlowly(e);
            String reason = slow ? "the request's form did not arrive whole: " : "the request's parameters cannot be decoded: ";
            byte[] body = (reason + OneLineReason.of(String.valueOf(slow ? SlowBodyHandler.reason(e) : e.getMessage())) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            res.setStatus(slow ? HttpServletResponse.SC_REQUEST_TIMEOUT : HttpServletResponse.SC_BAD_REQUEST);
            res.setContentType("text/plain;charset=utf-8");
            res.setContentLength(body.length);
            res.getOutputStream().write(body);
            return;
        }
        chain.doFilter(request, response);
    }
}
