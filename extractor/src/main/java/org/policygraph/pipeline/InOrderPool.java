package org.policygraph.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one function over many inputs on a few threads and hands the results to a consumer in
 * input order, on the caller's thread: the output is what one thread would give, and whatever
 * the consumer writes to needs no lock. At most two results per thread wait at a time, so memory
 * is bounded by the threads, not by the number of inputs.
 */
final class InOrderPool {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private InOrderPool() {}

    /** The function must not throw: failures are results too. */
    static <I, O> void run(List<I> inputs, int threads, Function<I, O> work, Consumer<O> consumer) {
        if (threads <= 1 || inputs.size() <= 1) {
            for (I in : inputs) consumer.accept(work.apply(in));
            return;
        }
        int pool = POOLS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "policygraph-extract-" + pool + "-" + n.incrementAndGet());
            t.setDaemon(true); // a worker never keeps the JVM alive
            return t;
        });
        try {
            Deque<Future<O>> pending = new ArrayDeque<>();
            int next = 0;
            while (next < inputs.size() || !pending.isEmpty()) {
                while (next < inputs.size() && pending.size() < 2 * threads) {
                    I in = inputs.get(next++);
                    pending.add(executor.submit(() -> work.apply(in)));
                }
                consumer.accept(take(pending.removeFirst()));
            }
        } finally {
            executor.shutdownNow();
        }
    }

    private static <O> O take(Future<O> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a worker", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }
}
