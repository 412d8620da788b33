package org.accordex.solr;

import java.io.IOException;

import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;

/**
 * Calls to a Solr cluster, retried with exponential backoff when the failure is transient: a node that cannot be
 * reached, a leader being elected, a 5xx. A request Solr rejects (4xx) fails at once.
 */
final class Retry {
    static final int ATTEMPTS = 6;
    private static final long FIRST_PAUSE_MILLIS = 250;

    interface SolrCall<T> {
        T call() throws SolrServerException, IOException;
    }

    private Retry() {
    }

    static <T> T call(String what, SolrCall<T> call) throws IOException {
        long pause = FIRST_PAUSE_MILLIS;
        for (int attempt = 1; ; attempt++) {
            try {
                return call.call();
            } catch (SolrServerException | IOException | SolrException e) {
                if (!isTransient(e) || attempt == ATTEMPTS) {
                    throw new IOException(what + " failed: " + message(e), e);
                }
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(what + " was interrupted", e);
            }
            pause *= 2;
        }
    }

    private static boolean isTransient(Exception e) {
        return !(e instanceof SolrException solr) || solr.code() >= 500 || solr.code() <= 0;
    }

    static String message(Throwable e) {
        String m = e.getMessage();
        while (m == null && e.getCause() != null) {
            e = e.getCause();
            m = e.getMessage();
        }
        return (m == null ? e.getClass().getSimpleName() : m).replaceAll("\\s+", " ").strip();
    }
}
