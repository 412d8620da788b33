package org.accordex.web;

import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.Map;

import javax.servlet.RequestDispatcher;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.accordex.annotate.AnnotatorModels;
import org.accordex.backend.Backend;
import org.accordex.export.AnnotationJson;
import org.accordex.search.SearchException;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code accordex serve}: a JSON API and a page over an index, on Jetty 10 (the release SolrJ's HTTP client is
 * built on, so the classpath holds one Jetty).
 *
 * <p>Requests go through a {@link Routes} table that features fill with their own {@link RouteSet}s. The server is
 * built for a client that stalls or misbehaves: waiting for a request's headers or body holds no thread (Jetty reads
 * them as they arrive), a connection silent for {@link #IDLE_TIMEOUT_MS} is closed, a body that trickles in below
 * {@link #MIN_BODY_RATE} bytes a second is cut off, and the thread pool and its queue are bounded.
 *
 * <p>Every failure is JSON {@code {"error": message, "status": status}}, Jetty's own ones (a malformed request
 * line, headers too large) included: 400 (bad query or parameter), 404 (unknown id or path), 405 (with
 * {@code Allow}), 413 (upload too large), 422 (a file that cannot be read), 500 (never with a stack trace: one line
 * goes to the log), 503 (no index).
 */
public final class WebServer {
    /** Largest upload {@code POST /api/annotate} accepts. */
    public static final int MAX_UPLOAD = AnnotateRoutes.MAX_UPLOAD;
    /** A connection that sends nothing, or a blocked read or write, for this long is closed. */
    static final long IDLE_TIMEOUT_MS = 20_000;
    /** Bytes a second below which a request body is cut off (from its first byte; a local upload runs far faster). */
    static final long MIN_BODY_RATE = 8 * 1024;
    /** Threads that run requests: enough for several clients, bounded so a flood cannot exhaust memory. */
    static final int MAX_THREADS = 32;
    /** Requests that wait for a thread; beyond this Jetty refuses the connection rather than queue without end. */
    static final int MAX_QUEUED = 1024;
    /** The request line and headers together: room for a long query in the URL, no more. */
    static final int MAX_HEADER_BYTES = 64 * 1024;

    private final Routes routes = new Routes();
    private Server server;

    public WebServer(Backend backend, AnnotatorModels models) {
        routes.add(new PageRoutes()).add(new SearchRoutes(backend)).add(new AnnotateRoutes(backend, models));
    }

    /** Adds a feature's routes; call before {@link #start}. */
    public WebServer add(RouteSet set) {
        routes.add(set);
        return this;
    }

    /** The route table, to add single routes; call before {@link #start}. */
    public Routes routes() {
        return routes;
    }

    /** Starts listening; returns the address, such as {@code http://127.0.0.1:8080/}. */
    public URI start(String host, int port) throws IOException {
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 4, 60_000,
                new BlockingArrayQueue<>(64, 64, MAX_QUEUED));
        threads.setName("accordex-serve");
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(MAX_HEADER_BYTES);
        http.setIdleTimeout(IDLE_TIMEOUT_MS);
        http.setMinRequestDataRate(MIN_BODY_RATE);
        // Paths are split and percent-decoded by Exchange, strictly, so an encoded '/' stays inside its segment.
        http.setUriCompliance(UriCompliance.LEGACY);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(IDLE_TIMEOUT_MS);
        server.addConnector(connector);
        server.setHandler(new Dispatcher());
        server.setErrorHandler(new JsonErrors());
        server.setStopTimeout(2_000);
        try {
            server.start();
        } catch (Exception e) {
            stop();
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BindException bind) {
                    throw bind;
                }
            }
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + shown + ":" + connector.getLocalPort() + "/");
    }

    public void stop() {
        if (server != null) {
            try {
                server.stop();
            } catch (Exception e) {
                log("stopping: " + oneLine(e));
            }
        }
    }

    /** Routes a request and turns whatever it throws into a JSON error. */
    private final class Dispatcher extends AbstractHandler {
        @Override
        public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response) {
            base.setHandled(true);
            securityHeaders(response);
            try {
                Exchange exchange = new Exchange(request, response, base.getHttpURI().getPath(), base.getHttpURI().getQuery());
                Routes.Match match = routes.match(request.getMethod(), exchange.segments(), exchange.path());
                exchange.pathParams(match.pathParams());
                match.handler().handle(exchange);
            } catch (Throwable e) {
                fail(base, request, response, e);
            }
        }
    }

    private static void fail(Request base, HttpServletRequest request, HttpServletResponse response, Throwable e) {
        int status;
        String message;
        Map<String, String> headers = Map.of();
        if (e instanceof HttpError error) {
            status = error.status();
            message = error.getMessage();
            headers = error.headers();
        } else if (e instanceof SearchException) {
            status = e.getMessage().startsWith("no index") ? 503 : 400;
            message = e.getMessage();
        } else if (e instanceof BadMessageException bad) {
            status = bad.getCode();
            message = bad.getReason() == null ? HttpStatus.getMessage(status) : bad.getReason();
        } else if (e instanceof EofException) {
            return; // the client went away; nobody is left to tell
        } else {
            status = 500;
            message = "internal error: " + e.getClass().getSimpleName();
            log(request.getMethod() + " " + base.getHttpURI().getPath() + ": " + oneLine(e));
        }
        if (response.isCommitted()) {
            // The headers are out (a streamed export): cutting the connection is the only way to say it failed.
            base.getHttpChannel().abort(e);
            return;
        }
        try {
            response.reset();
            securityHeaders(response);
            headers.forEach(response::setHeader);
            byte[] body = AnnotationJson.MAPPER.writeValueAsBytes(Exchange.errorBody(status, message));
            response.setStatus(status);
            response.setContentType("application/json; charset=utf-8");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        } catch (IOException | RuntimeException ignored) {
            // the client is gone or the reply cannot be written; nothing more to do
        }
    }

    static void securityHeaders(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
    }

    /** Jetty's own errors (a malformed request, headers too large, a bad URI) as JSON too. */
    private static final class JsonErrors extends ErrorHandler {
        @Override
        public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response) throws IOException {
            base.setHandled(true);
            int status = response.getStatus();
            Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
            byte[] body = errorJson(status, message == null ? null : message.toString());
            securityHeaders(response);
            response.setContentType("application/json; charset=utf-8");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            fields.put("Content-Type", "application/json; charset=utf-8");
            fields.put("X-Content-Type-Options", "nosniff");
            return ByteBuffer.wrap(errorJson(status, reason));
        }

        private static byte[] errorJson(int status, String reason) {
            String message = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
            try {
                return AnnotationJson.MAPPER.writeValueAsBytes(Exchange.errorBody(status, message));
            } catch (IOException e) {
                return ("{\"error\":\"error\",\"status\":" + status + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
        }
    }

    /** One line in the server's log (stderr) for what a client cannot act on. */
    static void log(String line) {
        System.err.println("accordex serve: " + line);
        System.err.flush();
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m.replaceAll("\\s+", " ").strip());
    }
}
