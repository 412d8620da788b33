package org.accordex.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts accordex in a fresh JVM the way {@code bin/accordex} does: the same heap options, the class-data-sharing
 * archive beside the jar when there is one, the serial collector for one file, and the quick compiler when it is small.
 */
record Launcher(Path jar) {
    /** One file larger than this gets the optimizing compiler too, as in {@code bin/accordex}. */
    static final long SMALL_FILE = 2_000_000;
    /** The compiler's smaller inlining and trap limit that {@code bin/accordex} sets for everything but one small file. */
    static final List<String> INLINING = List.of("-XX:InlineSmallCode=1000", "-XX:FreqInlineSize=150",
            "-XX:PerMethodTrapLimit=10");

    /** The jar this benchmark runs from, or null when it runs from classes (in tests). */
    static Launcher find() {
        try {
            Path jar = Path.of(Benchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.toString().endsWith(".jar") ? new Launcher(jar) : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx2g"));
        Path archive = jar.resolveSibling("accordex.jsa");
        if (Files.isReadable(archive)) {
            command.add("-XX:SharedArchiveFile=" + archive);
            command.add("-Xlog:cds=off");
        }
        boolean oneFile = args[0].equals("annotate") && args.length == 2 && Files.isRegularFile(Path.of(args[1]));
        if (oneFile && isSmallFile(Path.of(args[1]))) {
            command.add("-XX:TieredStopAtLevel=1");
        } else {
            command.addAll(INLINING);
        }
        if (oneFile) {
            command.addAll(List.of("-XX:+UseSerialGC", "-Xms128m"));
        }
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        return command;
    }

    private static boolean isSmallFile(Path file) {
        try {
            return Files.size(file) <= SMALL_FILE;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
