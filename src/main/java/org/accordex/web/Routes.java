package org.accordex.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The route table of {@code accordex serve}: a method and a path pattern to a handler. A pattern is a path whose
 * segments are literal or a {@code {name}} that matches one segment, which the handler reads with
 * {@link Exchange#pathParam}: {@code /api/documents/{id}}. A GET route answers HEAD too. A path that some route
 * matches with another method is a 405 with {@code Allow}; a path no route matches a 404.
 *
 * <p>Features bring their routes in a {@link RouteSet} of their own, so adding an endpoint touches no switch here.
 */
public final class Routes {
    /** What a route runs: reads the request and writes the reply through the exchange. */
    @FunctionalInterface
    public interface Handler {
        void handle(Exchange exchange) throws Exception;
    }

    /** One route; {@code segments} are the pattern's, split on '/'. */
    private record Route(String method, String pattern, List<String> segments, Handler handler) {
    }

    /** A route that matched, with the values of its {@code {name}} segments. */
    record Match(Handler handler, Map<String, String> pathParams) {
    }

    private final List<Route> routes = new ArrayList<>();

    public Routes get(String pattern, Handler handler) {
        return add("GET", pattern, handler);
    }

    public Routes post(String pattern, Handler handler) {
        return add("POST", pattern, handler);
    }

    public Routes put(String pattern, Handler handler) {
        return add("PUT", pattern, handler);
    }

    public Routes delete(String pattern, Handler handler) {
        return add("DELETE", pattern, handler);
    }

    /** Adds a route; a second route for the same method and pattern is a programming error. */
    public synchronized Routes add(String method, String pattern, Handler handler) {
        if (!pattern.startsWith("/")) {
            throw new IllegalArgumentException("a route pattern starts with '/': " + pattern);
        }
        for (Route r : routes) {
            if (r.method().equals(method) && r.pattern().equals(pattern)) {
                throw new IllegalArgumentException("route defined twice: " + method + " " + pattern);
            }
        }
        routes.add(new Route(method, pattern, List.of(pattern.substring(1).split("/", -1)), handler));
        return this;
    }

    /** Adds every route of {@code set}. */
    public Routes add(RouteSet set) {
        set.register(this);
        return this;
    }

    /** The route for a request; {@code segments} are the request path's, already percent-decoded. */
    synchronized Match match(String method, List<String> segments, String path) throws HttpError {
        String wanted = method.equals("HEAD") ? "GET" : method;
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            Map<String, String> params = bind(route.segments(), segments);
            if (params == null) {
                continue;
            }
            if (route.method().equals(wanted)) {
                return new Match(route.handler(), params);
            }
            allowed.add(route.method());
            if (route.method().equals("GET")) {
                allowed.add("HEAD");
            }
        }
        if (allowed.isEmpty()) {
            throw new HttpError(404, "not found: " + path);
        }
        List<String> usable = allowed.stream().filter(m -> !m.equals("HEAD")).toList();
        throw new HttpError(405, method + " is not allowed here; use " + String.join(" or ", usable))
                .withHeader("Allow", String.join(", ", allowed));
    }

    private static Map<String, String> bind(List<String> pattern, List<String> path) {
        if (pattern.size() != path.size()) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < pattern.size(); i++) {
            String p = pattern.get(i);
            if (p.length() > 2 && p.startsWith("{") && p.endsWith("}")) {
                if (path.get(i).isEmpty()) {
                    return null;
                }
                params.put(p.substring(1, p.length() - 1), path.get(i));
            } else if (!p.equals(path.get(i))) {
                return null;
            }
        }
        return params;
    }
}
