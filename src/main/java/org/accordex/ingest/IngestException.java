package org.accordex.ingest;

import java.nio.file.Path;

/** A file that could not be read or parsed; the message is one line, fit for "accordex: FILE: reason". */
public class IngestException extends Exception {
    private final Path file;

    public IngestException(Path file, String reason, Throwable cause) {
        super(reason, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
