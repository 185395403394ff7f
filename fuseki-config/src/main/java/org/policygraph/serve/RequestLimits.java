package org.policygraph.serve;

/**
 * How much of the server anonymous clients may hold at once, so that no set of them can stop it
 * answering others. A client is a remote address (behind a reverse proxy on this machine, the
 * address the proxy appends to {@code X-Forwarded-For}); the admin is not limited.
 *
 * @param perClient     requests to the dataset one client may have in progress (default 16); more get 429
 * @param total         anonymous requests to the dataset in progress at once (default 64); more get 503
 * @param serverThreads Jetty's request threads (default 96: above {@code total}, so pings, the UI and the admin still get one)
 * @param maxBodyBytes  the largest request body an anonymous client may send (default 1 MiB, far above any query); more get 413
 */
public record RequestLimits(int perClient, int total, int serverThreads, long maxBodyBytes) {
    public static final RequestLimits DEFAULTS = new RequestLimits(16, 64, 96, 1 << 20);

    public RequestLimits {
        if (perClient < 1 || total < perClient) throw new IllegalArgumentException("need 1 <= perClient <= total: " + perClient + ", " + total);
        if (serverThreads <= total) throw new IllegalArgumentException("serverThreads must be above total, to keep threads for the others: " + serverThreads);
        if (maxBodyBytes < 1) throw new IllegalArgumentException("maxBodyBytes must be positive");
    }
}
