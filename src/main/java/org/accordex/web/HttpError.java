package org.accordex.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failure the client caused or can act on: sent as JSON {@code {"error": message, "status": status}} with the
 * status, and with any headers it carries (such as {@code Allow} on a 405). Never carries a stack trace.
 */
public final class HttpError extends Exception {
    private final int status;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public HttpError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** The same error with one more response header. */
    public HttpError withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
