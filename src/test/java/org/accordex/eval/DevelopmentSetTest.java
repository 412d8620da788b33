package org.accordex.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.accordex.annotate.AnnotatorModels;
import org.accordex.model.MentionType;
import org.junit.jupiter.api.Test;

/**
 * The targets on the shared development set, as a floor against regressions. Skipped with a message when
 * {@code ../shared/gold} is not beside the project.
 */
class DevelopmentSetTest {
    static final Path GOLD = Path.of("../shared/gold");

    @Test
    void scoresStayAboveTheTargets() throws IOException {
        assumeTrue(Files.isDirectory(GOLD), "../shared/gold is absent; skipping the development-set scores");
        List<Evaluation> documents = GoldSet.evaluate(GOLD, AnnotatorModels.bundled());
        Evaluation total = EvalReport.total(documents);
        String table = EvalReport.table(total);
        for (MentionType type : new MentionType[] {MentionType.PARTY, MentionType.MINERAL, MentionType.INSTRUMENT}) {
            assertTrue(total.strict().get(type).f1() >= 0.90, type + "\n" + table);
            assertTrue(total.norms().get(type).value() >= 0.95, type + "\n" + table);
        }
        assertTrue(total.commitments().f1() >= 0.80, table);
        assertTrue(total.parties().f1() >= 0.85, table);
        assertTrue(total.modality().value() >= 0.85, table);
        assertTrue(total.action().value() >= 0.55, table);
    }
}
