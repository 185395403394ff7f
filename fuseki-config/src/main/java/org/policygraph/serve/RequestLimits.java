package org.policygraph.serve;

import java.time.Duration;

/**
 * How much of the server anonymous clients may hold at once, so that no set of them can stop it
 * answering others. A client is a remote address (behind a reverse proxy on this machine, the
 * address the proxy appends to {@code X-Forwarded-For}); the admin is not limited, except in how
 * slowly a request body may arrive, which holds for everyone.
 *
 * @param perClient     requests to the dataset one client may have in progress (default 16); more get 429
 * @param total         anonymous requests to the dataset in progress at once (default 64); more get 503
 * @param serverThreads Jetty's request threads (default 96: above {@code total}, so pings, the UI and the admin still get one)
 * @param maxBodyBytes  the largest request body an anonymous client may send (default 1 MiB, far above any query); more get 413
 * @param bodyGrace     how long a request body may take before {@code minBodyRate} counts (default 10 s)
 * @param minBodyRate   bytes per second a body must arrive at, on average, beyond {@code bodyGrace} (default 16 KiB/s): a
 *                      body of N bytes has {@code bodyGrace + N / minBodyRate} from the request's headers; slower gets 408
 */
public record RequestLimits(int perClient, int total, int serverThreads, long maxBodyBytes, Duration bodyGrace, long minBodyRate) {
    public static final RequestLimits DEFAULTS = new RequestLimits(16, 64, 96, 1 << 20, Duration.ofSeconds(10), 16 << 10);

    public RequestLimits {
        if (perClient < 1 || total < perClient) throw new IllegalArgumentException("need 1 <= perClient <= total: " + perClient + ", " + total);
        if (serverThreads <= total) throw new IllegalArgumentException("serverThreads must be above total, to keep threads for the others: " + serverThreads);
        if (maxBodyBytes < 1) throw new IllegalArgumentException("maxBodyBytes must be positive");
        if (bodyGrace == null || bodyGrace.isNegative()) throw new IllegalArgumentException("bodyGrace must not be negative");
        if (minBodyRate < 1) throw new IllegalArgumentException("minBodyRate must be positive");
    }
}
