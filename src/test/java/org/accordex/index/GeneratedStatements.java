package org.accordex.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Many small statements for the tests that index a lot and kill or watch the run: two commitments and a fact each. */
public final class GeneratedStatements {
    private static final String[] PARTIES = {"Japan", "Korea", "Australia", "Canada", "India", "Chile"};
    private static final String[] MINERALS = {"lithium", "graphite", "cobalt", "nickel", "gallium", "rare earths"};

    private GeneratedStatements() {
    }

    /**
     * Writes {@code files} statements into {@code docs} ({@code doc-0000.txt} …): the party cycles every file, the
     * mineral every six files, so each sixth group of six names gallium in both commitments.
     */
    public static Path write(Path docs, int files) throws IOException {
        Files.createDirectories(docs);
        for (int i = 0; i < files; i++) {
            String party = PARTIES[i % PARTIES.length];
            String mineral = MINERALS[(i / PARTIES.length) % MINERALS.length];
            Files.writeString(docs.resolve(String.format("doc-%04d.txt", i)),
                    "Statement " + i + "\n\n" + party + " will provide loans for " + mineral + " refining within "
                            + (i % 12 + 1) + " months.\n" + party + " intends to build a " + mineral + " stockpile.\n"
                            + "Prices rose in 2019.\n");
        }
        return docs;
    }
}
