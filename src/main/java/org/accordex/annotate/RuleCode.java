package org.accordex.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The classes and data files of the stages that decide what the annotator outputs, hashed into its version: an
 * index written by an older build is annotated again after an upgrade, without anyone having to remember to raise
 * {@link AnnotatorModels#RULES_VERSION} when a cue list or a rule changes. A build that changes only the read side or
 * the command line keeps the version, so its users keep their index as it is.
 */
final class RuleCode {
    /** Where the output is decided: the text read in, the mentions, the commitments, and what they are made of. */
    private static final List<String> STAGES = List.of("org/accordex/ingest/", "org/accordex/annotate/",
            "org/accordex/commitments/", "org/accordex/nlp/", "org/accordex/model/", "org/accordex/json/");

    private RuleCode() {
    }

    /** Adds every stage file's name and bytes, in name order, to {@code digest}; nothing where the code is not found. */
    static void addTo(MessageDigest digest) throws IOException {
        CodeSource source = RuleCode.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return;
        }
        try {
            addTo(digest, Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            // not a file or a folder (a custom class loader): the models' digest alone versions the annotator
        }
    }

    /** As {@link #addTo(MessageDigest)}, for the code at {@code location}: a jar or a folder of classes. */
    static void addTo(MessageDigest digest, Path location) throws IOException {
        for (var file : (Files.isDirectory(location) ? fromFolder(location) : fromJar(location)).entrySet()) {
            digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
            digest.update(file.getValue());
        }
    }

    private static TreeMap<String, byte[]> fromJar(Path jar) throws IOException {
        TreeMap<String, byte[]> files = new TreeMap<>();
        try (JarFile in = new JarFile(jar.toFile())) {
            for (JarEntry entry : (Iterable<JarEntry>) in.stream()::iterator) {
                if (!entry.isDirectory() && inStage(entry.getName())) {
                    try (InputStream bytes = in.getInputStream(entry)) {
                        files.put(entry.getName(), bytes.readAllBytes());
                    }
                }
            }
        }
        return files;
    }

    private static TreeMap<String, byte[]> fromFolder(Path root) throws IOException {
        TreeMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                if (inStage(name)) {
                    files.put(name, Files.readAllBytes(file));
                }
            }
        }
        return files;
    }

    private static boolean inStage(String name) {
        return STAGES.stream().anyMatch(name::startsWith);
    }
}
