package org.accordex.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.apache.lucene.util.IOUtils;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;

/**
 * A SolrCloud on this machine (embedded ZooKeeper, N Solr nodes) to try the Solr backend without installing Solr:
 * {@code bin/local-solrcloud [NODES]} prints the {@code --solr} address and runs until Ctrl-C.
 */
public final class LocalSolrCloud {
    private LocalSolrCloud() {
    }

    public static void main(String[] args) throws Exception {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        Path base = Files.createTempDirectory("accordex-solrcloud");
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster(nodes, base, JettyConfig.builder().build());
        System.out.println("SolrCloud with " + nodes + " nodes: --solr " + cluster.getZkServer().getZkAddress());
        System.out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                cluster.shutdown();
                IOUtils.rm(base);
            } catch (Exception e) {
                // exiting anyway
            }
            stopped.countDown();
        }));
        stopped.await();
    }
}
