package org.accordex.index;

import java.util.Locale;

/**
 * What an indexing run did, printed as its last line: {@code seen} counts files; indexed, unchanged and failed count
 * documents (an email is its body and each attachment, an archive each file in it).
 */
public record IndexSummary(int seen, int indexed, int unchanged, int failed, int pruned, long commitments, double seconds) {
    public String line() {
        return String.format(Locale.ROOT,
                "%d files seen, %d indexed, %d unchanged, %d failed, %d pruned, %d commitments, %.1f s",
                seen, indexed, unchanged, failed, pruned, commitments, seconds);
    }
}
