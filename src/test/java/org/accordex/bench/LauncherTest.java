package org.accordex.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {
    @TempDir
    Path dir;

    @Test
    void oneSmallFileGetsTheQuickCompilerOnly() throws IOException {
        Path file = Files.writeString(dir.resolve("small.txt"), "Japan will supply gallium by 2026.");
        List<String> command = new Launcher(dir.resolve("accordex.jar")).command("annotate", file.toString());
        assertTrue(command.contains("-XX:TieredStopAtLevel=1"));
        assertTrue(command.contains("-XX:+UseSerialGC"));
        assertFalse(command.containsAll(Launcher.INLINING));
    }

    @Test
    void oneLargeFileGetsBothCompilersAndTheSerialCollector() throws IOException {
        Path file = Files.write(dir.resolve("large.txt"), new byte[(int) Launcher.SMALL_FILE + 1]);
        List<String> command = new Launcher(dir.resolve("accordex.jar")).command("annotate", file.toString());
        assertTrue(command.containsAll(Launcher.INLINING));
        assertFalse(command.contains("-XX:TieredStopAtLevel=1"));
        assertTrue(command.contains("-XX:+UseSerialGC"), "one file is one thread's work: the heap stays near what it holds");
    }

    @Test
    void longerRunsGetTheSmallerInliningBudget() {
        List<String> command = new Launcher(dir.resolve("accordex.jar")).command("index", "--index", "ix", dir.toString());
        assertTrue(command.containsAll(Launcher.INLINING));
        assertFalse(command.contains("-XX:TieredStopAtLevel=1"));
        assertFalse(command.contains("-XX:+UseSerialGC"));
        assertTrue(command.indexOf(Launcher.INLINING.get(0)) < command.indexOf("-jar"), "JVM options come before the jar");
    }
}
