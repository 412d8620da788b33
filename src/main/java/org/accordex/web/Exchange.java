package org.accordex.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.accordex.export.AnnotationJson;

/**
 * One request and its reply, as a route handler sees them: the method, the percent-decoded path and its
 * {@code {name}} segments, the query parameters (the last of a repeated name wins), validated conversions that fail
 * with a 400 naming the parameter, a body read up to a limit, and JSON, byte and streamed replies.
 */
public final class Exchange {
    /** Bytes a second below which a body is cut off, once {@link #BODY_GRACE_MS} have passed. */
    static final long MIN_BODY_RATE = 8 * 1024;
    /** A body's first seconds are never too slow: a small one on a busy server must not fail. */
    static final long BODY_GRACE_MS = 10_000;

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final String method;
    private final String path;
    private final List<String> segments;
    private final Map<String, String> params;
    private Map<String, String> pathParams = Map.of();

    Exchange(HttpServletRequest request, HttpServletResponse response, String rawPath, String rawQuery) throws HttpError {
        this.request = request;
        this.response = response;
        this.method = request.getMethod();
        this.segments = segments(rawPath);
        this.path = "/" + String.join("/", segments);
        this.params = query(rawQuery);
    }

    public String method() {
        return method;
    }

    /** The path, percent-decoded. */
    public String path() {
        return path;
    }

    List<String> segments() {
        return segments;
    }

    void pathParams(Map<String, String> values) {
        this.pathParams = values;
    }

    /** The value of the route pattern's {@code {name}} segment, percent-decoded. */
    public String pathParam(String name) {
        return pathParams.get(name);
    }

    /** A query parameter, decoded; null when absent. */
    public String param(String name) {
        return params.get(name);
    }

    public String param(String name, String fallback) {
        return params.getOrDefault(name, fallback);
    }

    /** True for {@code name}, {@code name=}, {@code name=true} and {@code name=1}. */
    public boolean flag(String name) {
        String v = params.get(name);
        return v != null && (v.isEmpty() || v.equals("true") || v.equals("1"));
    }

    /** An integer parameter in [min, max], or {@code fallback} when absent or empty. */
    public int integer(String name, int fallback, int min, int max) throws HttpError {
        String v = params.get(name);
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new HttpError(400, name + " must be a number");
        }
        if (n < min || n > max) {
            throw new HttpError(400, name + " must be between " + min + " and " + max);
        }
        return n;
    }

    /** An ISO date parameter (years 0001 to 9999), or null when absent or empty. */
    public LocalDate date(String name) throws HttpError {
        String v = params.get(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(v);
            if (date.getYear() >= 1 && date.getYear() <= 9999) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // the same message as a date out of range
        }
        throw new HttpError(400, name + " must be a date such as 2026-06-30 (years 0001 to 9999)");
    }

    /** A request header; null when absent. */
    public String header(String name) {
        return request.getHeader(name);
    }

    /** Sets a response header. */
    public void setHeader(String name, String value) {
        response.setHeader(name, value);
    }

    /**
     * The request body, read as it arrives and refused (413) as soon as it passes {@code limit} bytes, or at once
     * when its declared length does; one that trickles in (below {@link #MIN_BODY_RATE} bytes a second once
     * {@link #BODY_GRACE_MS} have passed) is cut off with 408, and one that stops for the server's idle timeout too.
     */
    public byte[] body(int limit) throws HttpError, IOException {
        long started = System.nanoTime();
        long declared = request.getContentLengthLong();
        HttpError tooLarge = new HttpError(413, "upload larger than " + size(limit));
        byte[] chunk = new byte[64 * 1024];
        InputStream in = request.getInputStream();
        if (declared > limit) {
            drain(in, chunk, declared, limit);
            throw tooLarge;
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
        for (int n = read(in, chunk); n >= 0; n = read(in, chunk)) {
            if (buffer.size() + n > limit) {
                drain(in, chunk, -1, limit);
                throw tooLarge;
            }
            buffer.write(chunk, 0, n);
            long elapsed = (System.nanoTime() - started) / 1_000_000;
            if (elapsed > BODY_GRACE_MS && buffer.size() < MIN_BODY_RATE * elapsed / 1000) {
                throw new HttpError(408, "upload too slow (under " + size((int) MIN_BODY_RATE) + " a second)");
            }
        }
        return buffer.toByteArray();
    }

    /**
     * Reads and drops the rest of a refused body, up to as much again as the limit: a client still sending when the
     * connection closes would see a reset instead of the 413. A larger body is cut off unread.
     */
    private static void drain(InputStream in, byte[] chunk, long declared, int limit) throws IOException, HttpError {
        long left = declared > 2L * limit ? 0 : 2L * limit;
        for (int n = 0; left > 0 && n >= 0; left -= n) {
            n = read(in, chunk);
        }
    }

    /** One read of a body; a body that stopped arriving for the idle timeout is the client's 408. */
    private static int read(InputStream in, byte[] chunk) throws IOException, HttpError {
        try {
            return in.read(chunk);
        } catch (IOException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.util.concurrent.TimeoutException) {
                    throw new HttpError(408, "the upload stopped arriving (nothing for " + WebServer.IDLE_TIMEOUT_MS / 1000 + " s)");
                }
            }
            throw e;
        }
    }

    /**
     * Replies with {@code body} as JSON, written as it is serialized: a large reply never exists as one byte array
     * (Jetty still sends a Content-Length when the reply fits its buffer).
     */
    public void json(int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json; charset=utf-8");
        try (OutputStream out = response.getOutputStream()) {
            AnnotationJson.MAPPER.writeValue(out, body);
        }
    }

    /** Replies with the JSON error {@code {"error", "status"}}. */
    public void error(int status, String message) throws IOException {
        json(status, errorBody(status, message));
    }

    /** Replies with {@code body} (none is sent to a HEAD request; its length is). */
    public void send(int status, String contentType, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }

    /** Starts a reply of unknown length; the caller writes it and closes the stream. */
    public OutputStream stream(int status, String contentType) throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        return response.getOutputStream();
    }

    /** True once the status and headers have gone out: an error can then only cut the reply short. */
    public boolean committed() {
        return response.isCommitted();
    }

    static ObjectNode errorBody(int status, String message) {
        ObjectNode error = AnnotationJson.MAPPER.createObjectNode();
        error.put("error", message);
        error.put("status", status);
        return error;
    }

    private static String size(int bytes) {
        int mb = 1024 * 1024;
        return bytes % mb == 0 ? bytes / mb + " MB" : bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
    }

    private static List<String> segments(String rawPath) throws HttpError {
        String raw = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        List<String> decoded = new ArrayList<>();
        for (String segment : raw.substring(raw.startsWith("/") ? 1 : 0).split("/", -1)) {
            decoded.add(decode(segment, false, "path"));
        }
        return decoded;
    }

    private static Map<String, String> query(String raw) throws HttpError {
        Map<String, String> values = new HashMap<>();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq), true, "query string");
                values.put(key, eq < 0 ? "" : decode(pair.substring(eq + 1), true, "parameter " + key));
            }
        }
        return values;
    }

    /** Percent-decodes UTF-8 strictly: a bad escape or invalid UTF-8 is a 400 naming {@code what}. */
    static String decode(String s, boolean plusIsSpace, String what) throws HttpError {
        if (s.indexOf('%') < 0 && !(plusIsSpace && s.indexOf('+') >= 0)) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                int lo = hi >= 0 ? Character.digit(s.charAt(i + 2), 16) : -1;
                if (lo < 0) {
                    throw new HttpError(400, "malformed percent-encoding in the " + what);
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    b = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(b);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new HttpError(400, "malformed percent-encoding in the " + what + " (not UTF-8)");
        }
    }
}
