package org.accordex.cli;

import java.nio.file.Path;

/** How a file is named in output and in the index: the path as given, with forward slashes. */
final class Sources {
    private Sources() {
    }

    static String name(Path file) {
        return file.normalize().toString().replace('\\', '/');
    }
}
