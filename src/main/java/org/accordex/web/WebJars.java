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
final class WebJars implements RouteSet {
    static final String PREFIX = "/webjars/";
    /** Plain path segments only: no "..", no empty segment, no query. */
    private static final Pattern SAFE = Pattern.compile("/webjars(/[A-Za-z0-9_][A-Za-z0-9_.-]*)+\\.(js|css|map)");
    private static final Map<String, Asset> CACHE = new ConcurrentHashMap<>();

    record Asset(String type, byte[] bytes) {
    }

    @Override
    public void register(Routes routes) {
        // The route table matches whole segments: the libraries' files are five deep (webjars/NAME/VERSION/dist/FILE).
        routes.get("/webjars/{name}/{version}/dist/{file}", exchange -> {
            Asset asset = find(exchange.path());
            if (asset == null) {
                throw new HttpError(404, "not found: " + exchange.path());
            }
            exchange.setHeader("Cache-Control", "public, max-age=86400");
            exchange.send(200, asset.type(), asset.bytes());
        });
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
