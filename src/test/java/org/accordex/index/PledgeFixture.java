package org.accordex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.accordex.cli.Cli;

/** Three documents: a joint statement and the news story quoting it state the same pledge; the third differs. */
public final class PledgeFixture {
    private PledgeFixture() {
    }

    /** Writes the three documents under {@code dir}, indexes them and returns the index folder. */
    public static Path index(Path dir) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("statement.txt"), "Joint Statement of Japan and Australia\n\n"
                + "Japan and Australia will jointly invest in gallium and germanium refining projects within twelve months.\n");
        Files.writeString(docs.resolve("news.txt"), "Ministers meet in Canberra\n\n"
                + "Japan and Australia will jointly invest in new gallium and germanium refining projects within twelve "
                + "months, the statement said.\n");
        Files.writeString(docs.resolve("other.txt"), "Japan and Australia will stockpile gallium and germanium by 2030.\n");
        Path index = dir.resolve("index");
        assertEquals(0, Cli.run("index", "--index", index.toString(), docs.toString()).exitCode());
        return index;
    }
}
