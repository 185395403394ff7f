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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.policygraph.auth.AdminCredentials;

/**
 * Caps the anonymous requests to the dataset in progress, per client address and in total
 * ({@link RequestLimits}): beyond the cap a request is answered at once (429 for one client's
 * excess, 503 when the server is full, 413 for a body too large) instead of waiting for a thread,
 * so slow queries, slow SERVICE endpoints or slow clients cannot take every thread.
 */
final class ClientLimitFilter implements Filter {
    private final RequestLimits limits;
    private final ConcurrentHashMap<String, Integer> perClient = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();

    ClientLimitFilter(RequestLimits limits) {
        this.limits = limits;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        if (AdminCredentials.USER.equals(req.getRemoteUser())) {
            chain.doFilter(request, response);
            return;
        }
        if (req.getContentLengthLong() > limits.maxBodyBytes()) {
            refuse(res, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "request body of " + req.getContentLengthLong()
                    + " bytes is larger than the " + limits.maxBodyBytes() + " bytes this server takes");
            return;
        }
        String client = client(req);
        int mine = perClient.merge(client, 1, Integer::sum);
        try {
            if (mine > limits.perClient()) {
                refuse(res, 429, "too many requests at once from " + client + " (at most " + limits.perClient() + "); wait for one to finish");
                return;
            }
            int all = total.incrementAndGet();
            try {
                if (all > limits.total()) {
                    res.setHeader("Retry-After", "1");
                    refuse(res, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the server is busy (" + limits.total() + " requests in progress); try again shortly");
                    return;
                }
                chain.doFilter(request, response);
            } finally {
                total.decrementAndGet();
            }
        } finally {
            perClient.computeIfPresent(client, (k, n) -> n <= 1 ? null : n - 1);
        }
    }

    /**
     * Who sent the request: its remote address; or, when that is this machine (the server listens
     * on loopback only, so a reverse proxy sits here), the last address of {@code X-Forwarded-For},
     * the one the proxy appended, which its clients cannot choose.
     */
    static String client(HttpServletRequest req) {
        String remote = req.getRemoteAddr();
        String forwarded = req.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank() || !isLoopback(remote)) return remote;
        String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
        return last.isEmpty() ? remote : last;
    }

    private static boolean isLoopback(String address) {
        return address.startsWith("127.") || address.equals("::1") || address.equals("0:0:0:0:0:0:0:1") || address.equals("[::1]");
    }

    private static void refuse(HttpServletResponse res, int status, String reason) throws IOException {
        byte[] body = (reason + "\n").getBytes(StandardCharsets.UTF_8);
        res.setStatus(status);
        res.setContentType("text/plain;charset=utf-8");
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }
}
