package org.accordex.web;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who may use the API: the rules that keep other web sites out of a server on this machine.
 *
 * <ul>
 * <li>The {@code Host} of every request must name this server, with its port: the address it listens on,
 * {@code localhost}, {@code 127.0.0.1} or {@code [::1]} (and, when it listens on every interface, any IP address
 * and this machine's name). Otherwise 421: a DNS-rebinding page, whose requests carry its own name, reads nothing.
 * <li>A request that changes state (any method but GET and HEAD) must come from this server's own page: an
 * {@code Origin} (or, absent that, a {@code Referer}) of the same origin as the request's {@code Host}, and the
 * header {@code X-Accordex: 1}, which a cross-site form cannot send and a cross-site script cannot send without
 * a CORS preflight this server never grants. Otherwise 403, before anything is read or written.
 * </ul>
 */
final class RequestGuard {
    /** The header the page's script sends with every state-changing request. */
    static final String HEADER = "X-Accordex";
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final Set<String> names = new HashSet<>();
    private final int port;
    private final boolean everyInterface;

    RequestGuard(String boundHost, int port) {
        this.port = port;
        String bound = boundHost.toLowerCase(Locale.ROOT);
        this.everyInterface = bound.equals("0.0.0.0") || bound.equals("::") || bound.equals("[::]") || bound.isEmpty();
        names.add(bound.contains(":") && !bound.startsWith("[") ? "[" + bound + "]" : bound);
        names.addAll(Set.of("localhost", "127.0.0.1", "[::1]"));
        if (everyInterface) {
            try {
                InetAddress local = InetAddress.getLocalHost();
                names.add(local.getHostName().toLowerCase(Locale.ROOT));
                names.add(local.getCanonicalHostName().toLowerCase(Locale.ROOT));
            } catch (UnknownHostException e) {
                // this machine has no resolvable name; addresses still work
            }
        }
    }

    /** 421 unless {@code host} (a Host header) names this server. */
    void checkHost(String host) throws HttpError {
        if (host == null || !allowed(host)) {
            throw new HttpError(421, "this server does not answer for the host "
                    + (host == null ? "(none)" : "'" + host.replaceAll("[^\\w.:\\[\\]-]", "?") + "'")
                    + "; use http://127.0.0.1:" + port + "/ or http://localhost:" + port + "/");
        }
    }

    /** 403 unless a state-changing request comes from this server's own page (see the class comment). */
    void checkSameOrigin(String host, String origin, String referer, String header) throws HttpError {
        String expected = "http://" + host.toLowerCase(Locale.ROOT);
        String from = origin != null ? origin : referer == null ? null : originOf(referer);
        if (from == null || !from.toLowerCase(Locale.ROOT).equals(expected) || !"1".equals(header)) {
            throw new HttpError(403, "refused: a request that changes the index must come from this server's page"
                    + " (an Origin of " + expected + " and the header " + HEADER + ": 1)");
        }
    }

    private boolean allowed(String host) {
        String h = host.toLowerCase(Locale.ROOT).strip();
        int colon = h.lastIndexOf(':');
        boolean hasPort = colon > h.lastIndexOf(']');
        String name = hasPort ? h.substring(0, colon) : h;
        String givenPort = hasPort ? h.substring(colon + 1) : "80"; // a browser leaves out the default port
        if (!givenPort.equals(Integer.toString(port))) {
            return false;
        }
        if (names.contains(name)) {
            return true;
        }
        // A DNS-rebinding page's requests carry its own name; an address literal cannot be rebound.
        return everyInterface && (IPV4.matcher(name).matches() || (name.startsWith("[") && name.endsWith("]")));
    }

    /** The origin ({@code scheme://host:port}) of a Referer; null when it is not an absolute http URL. */
    private static String originOf(String referer) {
        try {
            URI uri = URI.create(referer);
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return null;
            }
            return uri.getScheme() + "://" + uri.getRawAuthority();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
