package org.accordex.web;

import java.io.InputStream;

/** The page itself: its HTML, script and style, served from the jar. */
final class PageRoutes implements RouteSet {
    @Override
    public void register(Routes routes) {
        routes.get("/", e -> file(e, "index.html", "text/html"))
                .get("/index.html", e -> file(e, "index.html", "text/html"))
                .get("/app.js", e -> file(e, "app.js", "text/javascript"))
                .get("/app.css", e -> file(e, "app.css", "text/css"));
    }

    private static void file(Exchange exchange, String name, String type) throws Exception {
        try (InputStream in = PageRoutes.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                throw new HttpError(404, "not found: " + exchange.path());
            }
            exchange.send(200, type + "; charset=utf-8", in.readAllBytes());
        }
    }
}
