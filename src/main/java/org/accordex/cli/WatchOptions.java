package org.accordex.cli;

import java.nio.file.Path;

import org.accordex.watch.Watches;

import picocli.CommandLine.Option;

/**
 * Where the watches are: {@code watches/} in the index folder, or with Solr a folder of this machine's
 * ({@code ~/.accordex/watches/COLLECTION}), unless {@code --watches DIR} names another.
 */
final class WatchOptions {
    @Option(names = "--watches", paramLabel = "DIR",
            description = "Folder of the watches and their matches (default: watches/ in the index folder; with --solr "
                    + "or --solr-url, ~/.accordex/watches/COLLECTION).")
    Path folder;

    Watches open(BackendOptions backend) {
        if (folder != null) {
            return new Watches(folder);
        }
        if (backend.isSolr()) {
            return new Watches(Path.of(System.getProperty("user.home"), ".accordex", "watches", backend.collection));
        }
        return new Watches(backend.index.resolve(Watches.FOLDER));
    }
}
