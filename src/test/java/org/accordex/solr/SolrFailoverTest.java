package org.accordex.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.accordex.cli.Cli;
import org.accordex.export.AnnotationJson;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.Test;

/** With every shard on both nodes, searches go on answering, in full, while one node is down. */
class SolrFailoverTest {
    @Test
    void searchesAnswerFromTheReplicasWhenANodeStops() throws Exception {
        List<String> solr = SolrCloudTest.solr("failover");
        assertEquals(0, Cli.run(SolrCloudTest.concat(List.of("solr-init"), solr, List.of("--shards", "2", "--replicas", "2")))
                .exitCode());
        Cli indexed = Cli.run(SolrCloudTest.concat(List.of("index"), solr, List.of("corpus")));
        assertEquals(0, indexed.exitCode(), indexed.err());
        JsonNode before = search(solr, "lithium");

        MiniSolrCloudCluster cluster = TestCluster.get();
        JettySolrRunner stopped = cluster.stopJettySolrRunner(0);
        cluster.waitForJettyToStop(stopped);
        try {
            JsonNode during = search(solr, "lithium");
            assertEquals(before.get("total"), during.get("total"));
            assertEquals(before.get("facets"), during.get("facets"));
        } finally {
            cluster.startJettySolrRunner(stopped);
            cluster.waitForActiveCollection("failover", 2, 4);
        }
    }

    private static JsonNode search(List<String> solr, String query) throws Exception {
        Cli result = Cli.run(SolrCloudTest.concat(List.of("search"), solr, List.of("--format", "json", "--facets", query)));
        assertEquals(0, result.exitCode(), result.err());
        return AnnotationJson.MAPPER.readTree(result.out());
    }
}
