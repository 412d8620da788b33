package org.accordex.web;

/**
 * The routes of one feature of {@code accordex serve} (search, uploads, …), registered on the server's
 * {@link Routes} with {@link WebServer#add}.
 */
@FunctionalInterface
public interface RouteSet {
    void register(Routes routes);
}
