package org.accordex.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Libraries the page loads from WebJars packaged in the jar ({@code /webjars/echarts/5.3.1/dist/echarts.min.js} is
 * the class-path resource {@code META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js}); nothing comes from a CDN.
 */
final class WebJars {
    static final String PREFIX = "/webjars/";
    /** Plain path segments only: no "..", no empty segment, no query. */
    private static final Pattern SAFE = Pattern.compile("/webjars(/[A-Za-z0-9_][A-Za-z0-9_.-]*)+\\.(js|css|map)");
    private static final Map<String, Asset> CACHE = new ConcurrentHashMap<>();

    record Asset(String type, byte[] bytes) {
    }

    private WebJars() {
    }

    /** The asset at {@code path}, or null when there is none (or the path is not a plain one). */
    static Asset find(String path) throws IOException {
        if (!SAFE.matcher(path).matches() || path.contains("..")) {
            return null;
        }
        Asset cached = CACHE.get(path);
        if (cached != null) {
            return cached;
        }
        try (InputStream in = WebJars.class.getResourceAsStream("/META-INF/resources" + path)) {
            if (in == null) {
                return null;
            }
            String type = path.endsWith(".css") ? "text/css; charset=utf-8"
                    : path.endsWith(".map") ? "application/json" : "text/javascript; charset=utf-8";
            Asset asset = new Asset(type, in.readAllBytes());
            CACHE.put(path, asset);
            return asset;
        }
    }
}
