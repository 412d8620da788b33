package org.accordex.index;

import java.nio.file.FileSystemException;
import java.util.Locale;

/**
 * Recognizes a full disk behind whatever exception reports it: the operating system's "No space left on device"
 * (Windows: "There is not enough space on the disk"), however deep Lucene or an executor has wrapped it, including
 * the "this IndexWriter is closed" that every later write gets once a write has failed for want of space.
 *
 * <p>A full disk is no fault of the file being indexed, so an index run stops at the first one rather than report
 * every later file as failed ({@link DiskFullException}).
 */
public final class DiskFull {
    private static final String[] MESSAGES = {"no space left on device", "not enough space on the disk", "disk quota exceeded"};

    private DiskFull() {
    }

    /** True when {@code e}, one of its causes or one of their suppressed exceptions says the disk is full. */
    public static boolean causedBy(Throwable e) {
        return causedBy(e, 0);
    }

    private static boolean causedBy(Throwable e, int depth) {
        if (e == null || depth > 20) {
            return false;
        }
        String m = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        if (m != null) {
            String lower = m.toLowerCase(Locale.ROOT);
            for (String full : MESSAGES) {
                if (lower.contains(full)) {
                    return true;
                }
            }
        }
        for (Throwable s : e.getSuppressed()) {
            if (causedBy(s, depth + 1)) {
                return true;
            }
        }
        return e.getCause() != e && causedBy(e.getCause(), depth + 1);
    }
}
