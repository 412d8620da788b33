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
        assertFalse(command.containsAll(Launcher.INLINING));
    }

    @Test
    void longerRunsGetTheSmallerInliningBudget() {
        List<String> command = new Launcher(dir.resolve("accordex.jar")).command("index", "--index", "ix", dir.toString());
        assertTrue(command.containsAll(Launcher.INLINING));
        assertFalse(command.contains("-XX:TieredStopAtLevel=1"));
        assertTrue(command.indexOf(Launcher.INLINING.get(0)) < command.indexOf("-jar"), "JVM options come before the jar");
    }
}
