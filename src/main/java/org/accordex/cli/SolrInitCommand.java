package org.accordex.cli;

import java.io.IOException;
import java.util.concurrent.Callable;

import org.accordex.solr.SolrBackend;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "solr-init", mixinStandardHelpOptions = true,
        description = {"Upload accordex's Solr configset and create a collection for 'index', 'search', 'export', "
                + "'deadlines', 'status' and 'serve' to use with --solr or --solr-url.",
                "Example: accordex solr-init --solr zk1:2181,zk2:2181/solr --collection agreements --shards 2 --replicas 2"})
final class SolrInitCommand implements Callable<Integer> {
    @Mixin
    BackendOptions backend;

    @Option(names = "--shards", paramLabel = "N", defaultValue = "1", description = "Shards (default: ${DEFAULT-VALUE}).")
    int shards;

    @Option(names = "--replicas", paramLabel = "N", defaultValue = "1",
            description = "Replicas of each shard (default: ${DEFAULT-VALUE}); with 2 or more, searches go on when a node stops.")
    int replicas;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (shards < 1 || replicas < 1) {
            throw new Failure("--shards and --replicas must be at least 1");
        }
        try (SolrBackend solr = backend.openSolr()) {
            if (solr.collectionExists()) {
                throw new Failure(solr.describe() + ": the collection exists already");
            }
            solr.createCollection(shards, replicas);
            spec.commandLine().getOut().printf("created %s (%d shards, %d replicas)%n", solr.describe(), shards, replicas);
            spec.commandLine().getOut().flush();
        }
        return Main.OK;
    }
}
