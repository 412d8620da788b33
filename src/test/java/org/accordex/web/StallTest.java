package org.accordex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.accordex.annotate.AnnotatorModels;
import org.accordex.backend.LuceneBackend;
import org.accordex.cli.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fifty connections that stall (a request line cut short, headers that never end, headers that trickle in a byte
 * at a time, uploads that promise 100,000 bytes and send 5, sockets that send nothing) while another client
 * searches: its searches answer as fast as without them.
 */
class StallTest {
    static final int STALLED = 50;

    @TempDir
    static Path dir;
    static WebServer server;
    static URI base;
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("mou.txt"), "Japan and Chile will expand lithium stockpiling within six months.\n");
        Path index = dir.resolve("index");
        assertEquals(0, Cli.run("index", "--index", index.toString(), docs.toString()).exitCode());
        server = new WebServer(new LuceneBackend(index), AnnotatorModels.bundled(), Files.createDirectories(dir.resolve("uploads")));
        base = server.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /** Milliseconds for one search, checked to answer. */
    static long search() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(base.resolve("/api/search?q=lithium&facets=true"))
                .timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"total\":1"), r.body());
        return (System.nanoTime() - start) / 1_000_000;
    }

    static long median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    @Test
    void stalledConnectionsDoNotDelayASearch() throws Exception {
        for (int i = 0; i < 5; i++) {
            search(); // warm-up: the searcher, the JIT
        }
        long[] before = new long[9];
        for (int i = 0; i < before.length; i++) {
            before[i] = search();
        }
        int port = base.getPort();
        String host = "Host: 127.0.0.1:" + port + "\r\n";
        String upload = "POST /api/annotate?name=x.txt HTTP/1.1\r\n" + host + "Origin: http://127.0.0.1:" + port
                + "\r\nX-Accordex: 1\r\nContent-Length: 100000\r\n\r\nabcde";
        List<String> openings = List.of("GET /api/search?q=lith", "GET /api/search?q=lithium HTTP/1.1\r\n" + host + "X-Half: ",
                upload, "");
        List<Socket> sockets = new ArrayList<>();
        AtomicBoolean trickling = new AtomicBoolean(true);
        List<Thread> tricklers = new ArrayList<>();
        try {
            for (int i = 0; i < STALLED; i++) {
                Socket s = new Socket("127.0.0.1", port);
                sockets.add(s);
                if (i % 10 == 9) {
                    tricklers.add(trickle(s, "GET /api/search?q=lithium HTTP/1.1\r\n" + host + "X-Slow: " + "y".repeat(10_000), trickling));
                } else {
                    s.getOutputStream().write(openings.get(i % openings.size()).getBytes(StandardCharsets.US_ASCII));
                    s.getOutputStream().flush();
                }
            }
            Thread.sleep(500); // every stalled request has reached the server
            long[] during = new long[9];
            for (int i = 0; i < during.length; i++) {
                during[i] = search();
            }
            String figures = "searches without stalls " + Arrays.toString(before) + " ms, with " + STALLED + " stalled connections "
                    + Arrays.toString(during) + " ms";
            System.out.println(figures);
            // Normal time on a shared machine: within a second of the median without stalls.
            assertTrue(median(during) <= median(before) + 1000, figures);
            assertTrue(Arrays.stream(during).max().orElseThrow() < 5_000, figures);
        } finally {
            trickling.set(false);
            for (Thread t : tricklers) {
                t.join(2_000);
            }
            for (Socket s : sockets) {
                s.close();
            }
        }
        search();
    }

    /** Sends {@code text} a byte every 100 ms until told to stop. */
    static Thread trickle(Socket socket, String text, AtomicBoolean going) {
        Thread t = new Thread(() -> {
            try {
                OutputStream out = socket.getOutputStream();
                for (int i = 0; i < text.length() && going.get(); i++) {
                    out.write(text.charAt(i));
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (IOException | InterruptedException e) {
                // the test is over or the server closed the socket
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }
}
