package org.accordex.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.accordex.backend.Backend;
import org.accordex.index.IndexStore;
import org.accordex.search.SearchException;
import org.accordex.search.Searcher;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest.Upload;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.ContentStreamBase;

/**
 * A Solr collection as accordex's index: through ZooKeeper ({@code CloudHttp2SolrClient}, which sends each update
 * to its shard's leader and each query to a live replica) or a single node's URL.
 */
public final class SolrBackend implements Backend {
    /** The configset, in the jar: the schema of the embedded index in Solr's terms. */
    static final String CONFIGSET = "/solr/conf/";
    static final List<String> CONFIG_FILES = List.of("solrconfig.xml", "schema.xml", "stopwords.txt");

    private final SolrClient client;
    private final String collection;
    private final String where;

    private SolrBackend(SolrClient client, String collection, String where) {
        this.client = client;
        this.collection = collection;
        this.where = where;
    }

    /** A SolrCloud collection found through ZooKeeper: "zk1:2181,zk2:2181/solr" (the chroot is optional). */
    public static SolrBackend cloud(String zooKeeper, String collection) {
        int slash = zooKeeper.indexOf('/');
        String hosts = slash < 0 ? zooKeeper : zooKeeper.substring(0, slash);
        Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(zooKeeper.substring(slash));
        SolrClient client = new CloudHttp2SolrClient.Builder(Arrays.asList(hosts.split(",")), chroot)
                .withZkConnectTimeout(10, TimeUnit.SECONDS)
                .withInternalClientBuilder(new Http2SolrClient.Builder()
                        .withConnectionTimeout(10, TimeUnit.SECONDS)
                        .withRequestTimeout(120, TimeUnit.SECONDS))
                .build();
        return new SolrBackend(client, collection, "solr collection " + collection + " at " + zooKeeper);
    }

    /** A collection on one Solr node: "http://host:8983/solr". */
    public static SolrBackend node(String url, String collection) {
        SolrClient client = new Http2SolrClient.Builder(url)
                .withConnectionTimeout(10, TimeUnit.SECONDS)
                .withRequestTimeout(120, TimeUnit.SECONDS)
                .build();
        return new SolrBackend(client, collection, "solr collection " + collection + " at " + url);
    }

    @Override
    public IndexStore openStore() {
        return new SolrStore(client, collection);
    }

    @Override
    public Searcher openSearcher() throws SearchException {
        return new Searcher(new SolrSearcher(client, collection));
    }

    /** Entries of the collection itself, so every server on it sees the same corrections. */
    @Override
    public org.accordex.corrections.CorrectionLog corrections() {
        return new SolrCorrectionLog(client, collection);
    }

    @Override
    public String describe() {
        return where;
    }

    /**
     * Uploads accordex's configset (named like the collection, replacing an earlier upload) and creates the
     * collection with {@code shards} shards of {@code replicas} replicas each, waiting until it is active.
     */
    public void createCollection(int shards, int replicas) throws IOException {
        byte[] zip = configsetZip();
        Retry.call("uploading the configset", () -> new Upload().setConfigSetName(collection).setOverwrite(true)
                .setUploadStream(new ContentStreamBase.ByteArrayStream(zip, "accordex-configset.zip", "application/zip"))
                .process(client));
        var create = CollectionAdminRequest.createCollection(collection, collection, shards, replicas);
        create.setWaitForFinalState(true);
        try {
            create.process(client); // not retried: a half-done creation is for the operator to look at
        } catch (SolrServerException | SolrException e) {
            throw new IOException("creating collection " + collection + " failed: " + Retry.message(e), e);
        }
    }

    /**
     * Whether the collection exists: asked once, without retries, so that a wrong address fails at once with a
     * clear message; requests after it are retried.
     */
    public boolean collectionExists() throws IOException {
        try {
            return CollectionAdminRequest.listCollections(client).contains(collection);
        } catch (SolrServerException | SolrException e) {
            throw new IOException(Retry.message(e), e);
        }
    }

    private static byte[] configsetZip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : CONFIG_FILES) {
                try (InputStream in = SolrBackend.class.getResourceAsStream(CONFIGSET + name)) {
                    if (in == null) {
                        throw new IOException("the jar has no " + CONFIGSET + name);
                    }
                    zip.putNextEntry(new ZipEntry(name));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
