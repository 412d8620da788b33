package org.accordex.index;

import java.io.IOException;
import java.nio.file.Path;

/** Another process is writing the index; Lucene allows one writer at a time. */
public class IndexLockedException extends IOException {
    public IndexLockedException(Path indexDir) {
        super("index is locked by another process: " + indexDir);
    }
}
