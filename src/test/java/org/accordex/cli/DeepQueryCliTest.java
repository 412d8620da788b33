package org.accordex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A query nested thousands deep is a usage error of one line, not a stack overflow. */
class DeepQueryCliTest {
    @TempDir
    static Path dir;
    static String index;

    @BeforeAll
    static void index() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("mou.txt"), "Japan and Chile will expand lithium stockpiling within six months.\n");
        index = dir.resolve("index").toString();
        assertEquals(0, Cli.run("index", "--index", index, docs.toString()).exitCode());
    }

    @Test
    void everyCommandThatTakesAQueryRefusesADeepOne() {
        String deep = "(".repeat(5000) + "lithium" + ")".repeat(5000);
        String[][] commands = {
            {"search", "--index", index, deep},
            {"search", "--index", index, "--commitments", "--facets", deep},
            {"export", "--index", index, "--query", deep},
            {"deadlines", "--index", index, "--query", deep},
        };
        for (String[] command : commands) {
            Cli run = Cli.run(command);
            assertEquals(Main.USAGE, run.exitCode(), command[0]);
            assertEquals("accordex: query nested too deeply (limit 100)\n", run.err(), command[0]);
        }
        Cli hundred = Cli.run("search", "--index", index, "(".repeat(100) + "lithium" + ")".repeat(100));
        assertEquals(Main.OK, hundred.exitCode(), hundred.err());
    }
}
