package org.accordex.cli;

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
 * Runs a task over each input on several threads and hands the results to a consumer in input order, each as soon as
 * it and every one before it are done: {@code [a, b, c]} on two threads gives {@code f(a), f(b), f(c)} to the
 * consumer even when {@code c} finishes first.
 *
 * <p>At most {@code window} inputs are in flight (queued, running, or done and waiting for an earlier one); the next
 * input is taken only when the oldest result has been consumed. So memory stays bounded however many inputs there are,
 * and one slow input holds up the output, not the workers beyond the window. The consumer runs on the calling thread
 * only, so it may write to an unsynchronized stream.
 */
final class OrderedParallel {
    private OrderedParallel() {
    }

    /**
     * @param task runs on a worker thread; should report its own failures in its result, since an exception it throws
     *     ends the run (rethrown here, after the results before it were consumed)
     */
    static <T, R> void run(List<T> inputs, int threads, int window, Function<T, R> task, Consumer<R> consumer)
            throws InterruptedException {
        int workers = Math.max(1, threads);
        int inFlight = Math.max(workers, window);
        AtomicInteger named = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread t = new Thread(runnable, "accordex-worker-" + named.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Deque<Future<R>> pending = new ArrayDeque<>();
        try {
            for (T input : inputs) {
                if (pending.size() >= inFlight) {
                    consumer.accept(result(pending.removeFirst()));
                }
                pending.addLast(pool.submit(() -> task.apply(input)));
                // Print what is ready now rather than when the window is next full.
                while (!pending.isEmpty() && pending.peekFirst().isDone()) {
                    consumer.accept(result(pending.removeFirst()));
                }
            }
            while (!pending.isEmpty()) {
                consumer.accept(result(pending.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R result(Future<R> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
