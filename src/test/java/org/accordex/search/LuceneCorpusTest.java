package org.accordex.search;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;

/** The corpus suite on the embedded Lucene index. */
class LuceneCorpusTest extends CorpusSuite {
    @TempDir
    static Path dir;

    @Override
    protected List<String> backend() {
        return List.of("--index", dir.resolve("index").toString());
    }
}
