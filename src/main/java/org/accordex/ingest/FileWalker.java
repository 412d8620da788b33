package org.accordex.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files an {@code index} or {@code annotate} run takes: files named on the command line always; inside folders,
 * recursively and in a stable order, the non-hidden files with a document extension (so training files, models and
 * stray JSON next to documents are not mistaken for documents).
 */
public final class FileWalker {
    public static final Set<String> DOCUMENT_EXTENSIONS = Set.of(
            "txt", "text", "md", "markdown", "html", "htm", "xhtml", "xml", "pdf", "docx", "doc", "odt", "rtf", "zip",
            "epub", "eml", "msg", "pptx", "ppt", "odp");

    private FileWalker() {
    }

    /** The files under {@code roots}; a root that does not exist is reported by {@code missing}. */
    public static List<Path> walk(List<Path> roots, List<Path> missing) {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> stream = Files.walk(root)) {
                    stream.filter(p -> !p.equals(root))
                            .filter(p -> !hiddenBelow(root, p))
                            .filter(Files::isRegularFile)
                            .filter(FileWalker::isDocument)
                            .sorted()
                            .forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    missing.add(root);
                }
            } else if (Files.exists(root)) {
                files.add(root);
            } else {
                missing.add(root);
            }
        }
        return files;
    }

    public static boolean isDocument(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && DOCUMENT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean hiddenBelow(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
