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
import org.accordex.index.DiskFull;
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
 * built for a client that stalls or misbehaves: waiting for a request's headers holds no thread (Jetty reads them
 * as they arrive, and dispatches a request once its body has begun), a connection silent for {@link #IDLE_TIMEOUT_MS}
 * is closed, a body that trickles in is cut off ({@link Exchange#body}), only a few uploads are read at once (the
 * rest get 503 at once), and the thread pool and its queue are bounded: searches always find a free thread.
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
    /** Threads that run requests: enough for several clients, bounded so a flood cannot exhaust memory. */
    static final int MAX_THREADS = 32;
    /** Requests that wait for a thread; beyond this Jetty refuses the connection rather than queue without end. */
    static final int MAX_QUEUED = 1024;
    /** The request line and headers together: room for a long query in the URL, no more. */
    static final int MAX_HEADER_BYTES = 64 * 1024;

    /** Methods that change nothing; any other needs the page's origin and header ({@link RequestGuard}). */
    private static final java.util.Set<String> SAFE_METHODS = java.util.Set.of("GET", "HEAD");
    /** On every response: nothing from elsewhere runs in the page, no framing, no sniffing, no Referer leaks. */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer");

    private final Routes routes = new Routes();
    private Server server;
    private volatile RequestGuard guard;

    public WebServer(Backend backend, AnnotatorModels models) {
        this(backend, models, null);
    }

    /** With uploads written under {@code uploadFolder} (null: the system's temporary folder). */
    WebServer(Backend backend, AnnotatorModels models, java.nio.file.Path uploadFolder) {
        routes.add(new PageRoutes()).add(new SearchRoutes(backend)).add(new AnnotateRoutes(backend, models, uploadFolder))
                .add(new CorrectionRoutes(backend)).add(new ChartRoutes(backend)).add(new WebJars());
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
            connector.open(); // binds, so the guard knows the port before the first request
            guard = new RequestGuard(host, connector.getLocalPort());
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
            } catch (java.util.concurrent.TimeoutException e) {
                // requests still running (a stalled upload) are cut off; that is what stopping means
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
                String host = request.getHeader("Host");
                guard.checkHost(host);
                Exchange exchange = new Exchange(request, response, base.getHttpURI().getPath(), base.getHttpURI().getQuery());
                Routes.Match match = routes.match(request.getMethod(), exchange.segments(), exchange.path());
                if (!SAFE_METHODS.contains(request.getMethod())) {
                    guard.checkSameOrigin(host, request.getHeader("Origin"), request.getHeader("Referer"),
                            request.getHeader(RequestGuard.HEADER));
                }
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
            if (status == 403 || status == 421) {
                // Someone else's page tried this server: worth one line, without the request's own text.
                log("refused " + request.getMethod() + " " + base.getHttpURI().getPath() + " (" + status + ", Origin "
                        + printable(request.getHeader("Origin")) + ", Host " + printable(request.getHeader("Host")) + ")");
            }
        } else if (e instanceof SearchException) {
            status = e.getMessage().startsWith("no index") ? 503 : 400;
            message = e.getMessage();
        } else if (e instanceof BadMessageException bad) {
            status = bad.getCode();
            message = bad.getReason() == null ? HttpStatus.getMessage(status) : bad.getReason();
        } else if (e instanceof org.apache.lucene.search.IndexSearcher.TooManyClauses) {
            status = 400;
            message = "bad query: it expands to too many terms (limit "
                    + org.apache.lucene.search.IndexSearcher.getMaxClauseCount() + ")";
        } else if (DiskFull.causedBy(e)) {
            status = 507;
            message = "the disk is full: nothing was written; free space and try again";
            log(request.getMethod() + " " + base.getHttpURI().getPath() + ": disk full");
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
        SECURITY_HEADERS.forEach(response::setHeader);
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
            SECURITY_HEADERS.forEach(fields::put);
            return ByteBuffer.wrap(errorJson(status, reason));
        }

        private static byte[] errorJson(int status, String reason) {
            String message = reason == null || reason.isBlank() || reason.equals(HttpStatus.getMessage(status))
                    ? status == 400 ? "bad request: a malformed URL or header" : HttpStatus.getMessage(status) : reason;
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

    private static String printable(String header) {
        return header == null ? "none" : header.replaceAll("[^\\x21-\\x7e]", "?");
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m.replaceAll("\\s+", " ").strip());
    }
}
