package org.accordex.cli;

import java.nio.file.Path;

import org.accordex.backend.Backend;
import org.accordex.backend.LuceneBackend;
import org.accordex.solr.SolrBackend;

import picocli.CommandLine.Option;

/** Where the index is: {@code --index DIR} (the default, an embedded Lucene index) or a Solr collection. */
final class BackendOptions {
    @Option(names = "--index", paramLabel = "DIR", defaultValue = "index", description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--solr", paramLabel = "ZK_HOSTS[/CHROOT]",
            description = "Use a SolrCloud collection instead of the index folder, found through these ZooKeeper "
                    + "hosts (zk1:2181,zk2:2181/solr).")
    String solr;

    @Option(names = "--solr-url", paramLabel = "URL",
            description = "Use a collection on a single Solr node instead (http://host:8983/solr).")
    String solrUrl;

    @Option(names = "--collection", paramLabel = "NAME", defaultValue = "accordex",
            description = "The Solr collection (default: ${DEFAULT-VALUE}); create it with 'accordex solr-init'.")
    String collection;

    boolean isSolr() {
        return solr != null || solrUrl != null;
    }

    /** Opens the backend; for Solr, checks that the collection exists so the first error is a clear one. */
    Backend open() {
        if (!isSolr()) {
            return new LuceneBackend(index);
        }
        SolrBackend backend = openSolr();
        try {
            if (!backend.collectionExists()) {
                throw new Failure(backend.describe() + ": no such collection (create it with 'accordex solr-init')");
            }
        } catch (java.io.IOException e) {
            closeQuietly(backend);
            throw new Failure(backend.describe() + ": " + Failure.message(e));
        } catch (Failure e) {
            closeQuietly(backend);
            throw e;
        }
        return backend;
    }

    /** The Solr backend, whether or not its collection exists yet. */
    SolrBackend openSolr() {
        if (solr != null && solrUrl != null) {
            throw new Failure("give --solr or --solr-url, not both");
        }
        if (solr != null) {
            return SolrBackend.cloud(solr, collection);
        }
        if (solrUrl != null) {
            return SolrBackend.node(solrUrl, collection);
        }
        throw new Failure("give --solr ZK_HOSTS or --solr-url URL");
    }

    private static void closeQuietly(Backend backend) {
        try {
            backend.close();
        } catch (java.io.IOException e) {
            // the error being reported matters more
        }
    }
}
