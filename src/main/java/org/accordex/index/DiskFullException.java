package org.accordex.index;

import java.io.IOException;

/** An index run that a full disk stopped, after {@link #files} files; what was committed before it stays. */
public final class DiskFullException extends IOException {
    private final int files;

    public DiskFullException(int files, Throwable cause) {
        super("disk full after " + files + " files; the index holds every file committed before it; "
                + "free space and run again", cause);
        this.files = files;
    }

    public int files() {
        return files;
    }
}
