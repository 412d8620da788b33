package org.accordex.solr;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.lucene.util.IOUtils;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;

/**
 * One real SolrCloud for the tests of a JVM: an embedded ZooKeeper and two Solr nodes on Jetty, started on first
 * use and stopped when the JVM exits.
 */
final class TestCluster {
    private static MiniSolrCloudCluster cluster;

    private TestCluster() {
    }

    static synchronized MiniSolrCloudCluster get() throws Exception {
        if (cluster == null) {
            Path base = Files.createTempDirectory("accordex-solrcloud");
            cluster = new MiniSolrCloudCluster(2, base, JettyConfig.builder().build());
            MiniSolrCloudCluster started = cluster;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.shutdown();
                    IOUtils.rm(base); // the nodes' cores and ZooKeeper's data, some 30 MB a run
                } catch (Exception e) {
                    // the JVM is exiting
                }
            }));
        }
        return cluster;
    }

    /** ZooKeeper's address with the cluster's chroot, as {@code --solr} takes it. */
    static String zooKeeper() throws Exception {
        return get().getZkServer().getZkAddress();
    }
}
