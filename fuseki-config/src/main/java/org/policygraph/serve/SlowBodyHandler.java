package org.policygraph.serve;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Ends the reading of a request body that arrives too slowly ({@link RequestLimits#bodyGrace},
 * {@link RequestLimits#minBodyRate}): the reader gets a {@link TimeoutException}, which the query
 * endpoint and the parameter check answer with 408. Jetty's idle timeout ends a body that stops
 * coming; this ends one that trickles, a byte now and then, which would otherwise hold a thread
 * (and a client's share of the requests) for as long as the client likes. Wraps every request,
 * below the servlets, so form bodies and the admin's writes are bounded too; an endpoint that
 * answers the failure with a 500 (the Graph Store Protocol) is made a 408 by {@link ErrorBodyFilter}.
 */
final class SlowBodyHandler extends Handler.Wrapper {
    private static final String TOO_SLOW = "the request body arrived too slowly: ";
    /** The request attribute that holds the reason once a body is cut off, for {@link ErrorBodyFilter}. */
    static final String CUT_OFF = SlowBodyHandler.class.getName() + ".cutOff";
    private final long graceNanos;
    private final long minBytesPerSecond;

    SlowBodyHandler(RequestLimits limits) {
        this.graceNanos = limits.bodyGrace().toNanos();
        this.minBytesPerSecond = limits.minBodyRate();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        return super.handle(new RateCheckedRequest(request), response, callback);
    }

    /** Whether reading a body failed because this handler cut it off. */
    static boolean arrivedTooSlowly(Throwable e) {
        return cutOff(e) != null;
    }

    /** What this handler said when it cut the body off, or the failure's own message. */
    static String reason(Throwable e) {
        Throwable cut = cutOff(e);
        return String.valueOf((cut != null ? cut : e).getMessage());
    }

    private static Throwable cutOff(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TimeoutException && String.valueOf(t.getMessage()).startsWith(TOO_SLOW)) return t;
        }
        return null;
    }

    /** The request, its body counted as it is read. */
    private final class RateCheckedRequest extends Request.Wrapper {
        private long bytes;
        private Content.Chunk failure;

        RateCheckedRequest(Request request) {
            super(request);
        }

        @Override
        public Content.Chunk read() {
            if (failure != null) return failure;
            Content.Chunk chunk = super.read();
            if (Content.Chunk.isFailure(chunk)) return chunk;
            if (chunk != null && chunk.hasRemaining()) bytes += chunk.remaining();
            if ((chunk == null || !chunk.isLast()) && tooSlow()) {
                if (chunk != null) chunk.release();
                String reason = TOO_SLOW + bytes + " bytes in " + TimeUnit.NANOSECONDS.toSeconds(elapsedNanos()) + " s (at least "
                        + minBytesPerSecond + " bytes/s after the first " + TimeUnit.NANOSECONDS.toSeconds(graceNanos) + " s)";
                setAttribute(CUT_OFF, reason);
                failure = Content.Chunk.from(new TimeoutException(reason), true);
                return failure;
            }
            return chunk;
        }

        @Override
        public void demand(Runnable demandCallback) {
            if (failure != null) demandCallback.run();
            else super.demand(demandCallback);
        }

        private boolean tooSlow() {
            return elapsedNanos() > graceNanos + (long) (bytes * 1e9 / minBytesPerSecond);
        }

        private long elapsedNanos() {
            return System.nanoTime() - getHeadersNanoTime();
        }
    }
}
