package org.accordex.corrections;

import java.io.IOException;
import java.util.List;

/**
 * Where the corrections of an index are kept, append-only: {@code corrections.jsonl} in the index folder
 * ({@link JsonlCorrectionLog}), or entries of the Solr collection beside its documents. Nothing is ever rewritten;
 * an undo is appended like any other correction.
 */
public interface CorrectionLog {
    /** Every entry, in the order they were appended. */
    List<Correction> read() throws IOException;

    void append(Correction correction) throws IOException;

    /** No log: an index without one, such as a benchmark's scratch index. */
    CorrectionLog NONE = new CorrectionLog() {
        @Override
        public List<Correction> read() {
            return List.of();
        }

        @Override
        public void append(Correction correction) throws IOException {
            throw new IOException("this index keeps no corrections");
        }
    };
}
