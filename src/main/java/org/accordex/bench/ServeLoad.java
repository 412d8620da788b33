package org.accordex.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/** Concurrent clients asking the web API's search as the page does; each client waits for its answer. */
final class ServeLoad {
    private final URI base;
    private final List<String> queries;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    ServeLoad(URI base, List<String> queries) {
        this.base = base;
        this.queries = queries;
    }

    /** Latencies in milliseconds, sorted, and the number of answers that were not 200. */
    record Outcome(double[] millis, int failures) {
        double percentile(double p) {
            return millis.length == 0 ? 0 : millis[Math.min(millis.length - 1, (int) (millis.length * p))];
        }
    }

    /** Sends {@code requests} searches from {@code clients} threads; {@code done} hears the count after each. */
    Outcome run(int clients, int requests, IntConsumer done) throws InterruptedException, IOException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        double[] millis = new double[requests];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            for (int c = 0; c < clients; c++) {
                pool.execute(() -> {
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        long t = System.nanoTime();
                        try {
                            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(uri(i)).build(),
                                    HttpResponse.BodyHandlers.discarding());
                            if (response.statusCode() != 200) {
                                failures.incrementAndGet();
                            }
                        } catch (IOException e) {
                            failures.incrementAndGet();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        millis[i] = (System.nanoTime() - t) / 1e6;
                        done.accept(finished.incrementAndGet());
                    }
                });
            }
        } finally {
            pool.shutdown();
        }
        if (!pool.awaitTermination(1, TimeUnit.HOURS)) {
            throw new IOException("the load did not finish within an hour");
        }
        Arrays.sort(millis);
        return new Outcome(millis, failures.get());
    }

    /** The page's search: facets on, 20 hits, every third query on commitments. */
    private URI uri(int i) {
        String q = URLEncoder.encode(queries.get(i % queries.size()), StandardCharsets.UTF_8);
        return base.resolve("/api/search?q=" + q + "&facets=true&limit=20&commitments=" + (i % 3 == 0));
    }
}
