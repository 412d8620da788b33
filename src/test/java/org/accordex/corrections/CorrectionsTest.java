package org.accordex.corrections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.accordex.export.AnnotationJson;
import org.accordex.json.ModelJson;
import org.accordex.model.Annotation;
import org.accordex.model.Commitment;
import org.accordex.model.Deadline;
import org.accordex.model.DocumentInfo;
import org.accordex.model.Mention;
import org.accordex.model.MentionType;
import org.accordex.model.Modality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corrections log, and what each kind of correction does to an annotation. */
class CorrectionsTest {
    //                   0         1         2         3         4         5         6         7         8
    //                   012345678901234567890123456789012345678901234567890123456789012345678901234567890
    static final String TEXT = "Japan will lend to Chile for lithium by 2030.\nThe talks were held in Tokyo last week.\n";
    static final String DOC = "d".repeat(64);

    @TempDir
    Path dir;

    static Annotation machine() {
        DocumentInfo info = new DocumentInfo(DOC, "docs/a.txt", "A", "2025-01-01", "text/plain", "en", TEXT.length());
        List<Mention> mentions = List.of(
                Mention.of(MentionType.PARTY, TEXT, 0, 5, "JP"),
                Mention.of(MentionType.PARTY, TEXT, 19, 24, "CL"),
                Mention.of(MentionType.MINERAL, TEXT, 29, 36, "lithium"),
                new Mention(MentionType.DEADLINE, 37, 44, "by 2030", "2030", "2030-12-31"));
        Commitment lend = new Commitment("c1", 0, 45, TEXT.substring(0, 45), List.of("CL", "JP"), Modality.COMMITMENT,
                "lend to Chile", List.of("lithium"), List.of(), new Deadline("by 2030", "2030", "2030-12-31"), 0.9);
        return new Annotation(info, mentions, List.of(lend));
    }

    static Correction correction(String id, Correction.Kind kind, int start, int end, List<String> parties,
            Modality modality, String action, String deadline, MentionType type, String norm) {
        return new Correction(id, DOC, "docs/a.txt", kind, start, end, TEXT.substring(start, end), parties, modality,
                action, deadline, type, norm, null, "ana", "2026-12-01T10:00:0" + id.length() + "Z");
    }

    static Corrected apply(Correction... log) {
        return Corrections.of(List.of(log)).apply(machine(), TEXT);
    }

    @Test
    void theLogAppendsReadsBackAndSurvivesATornLastLine() throws IOException {
        Path file = dir.resolve(JsonlCorrectionLog.FILE);
        JsonlCorrectionLog log = new JsonlCorrectionLog(file);
        assertEquals(List.of(), log.read());
        Correction fix = correction("a1", Correction.Kind.COMMITMENT, 0, 45, List.of("JP"), null, null, null, null, null);
        log.append(fix);
        Files.writeString(file, "{\"id\":\"torn", StandardOpenOption.APPEND); // a crash in the middle of a line
        assertEquals(List.of(fix), log.read());
        Correction undo = fix.undo("a2", "ben", "2026-12-01T11:00:00Z");
        log.append(undo);
        assertEquals(List.of(fix, undo), log.read(), "the torn line stays a line of its own and is skipped");
        Corrections corrections = Corrections.of(log.read());
        assertTrue(corrections.isUndone("a1"));
        assertEquals(List.of(), corrections.inForce());
    }

    @Test
    void commitmentPartiesModalityActionAndDeadline() {
        Corrected c = apply(correction("a1", Correction.Kind.COMMITMENT, 0, 45, List.of("JP"), Modality.INTENT,
                "lend money", "P6M", null, null));
        Commitment fixed = c.annotation().commitments().get(0);
        assertEquals(List.of("JP"), fixed.parties());
        assertEquals(Modality.INTENT, fixed.modality());
        assertEquals("lend money", fixed.action());
        assertEquals(new Deadline("P6M", "P6M", "2025-07-01"), fixed.deadline(), "due from the document date");
        assertEquals(List.of("a1"), c.applied());
        assertEquals(List.of("CL", "JP"), c.machine().commitments().get(0).parties(), "the machine's value is kept");

        ObjectNode json = c.mark((ObjectNode) ModelJson.MAPPER.valueToTree(fixed), true);
        assertTrue(json.get("corrected").asBoolean());
        assertEquals("ana", json.get("correctedBy").asText());

        Corrected none = apply(correction("a1", Correction.Kind.COMMITMENT, 0, 45, null, null, null, "", null, null));
        assertNull(none.annotation().commitments().get(0).deadline(), "an empty deadline removes it");
    }

    @Test
    void notACommitmentAndAddedCommitment() {
        Corrected removed = apply(correction("a1", Correction.Kind.NOT_COMMITMENT, 0, 45, null, null, null, null, null, null));
        assertEquals(List.of(), removed.annotation().commitments());
        assertEquals(List.of("a1"), removed.applied());

        Corrected added = apply(correction("a1", Correction.Kind.ADD_COMMITMENT, 46, 85, List.of("JP"), Modality.COMMITMENT,
                "hold talks", null, null, null));
        Commitment talks = added.annotation().commitments().get(1);
        assertEquals(46, talks.start());
        assertEquals("The talks were held in Tokyo last week.", talks.text());
        assertEquals(List.of("JP"), talks.parties());
        assertEquals(1.0, talks.confidence());
    }

    @Test
    void mentionTypeNormRemovalAndAddition() {
        Corrected renamed = apply(correction("a1", Correction.Kind.MENTION, 19, 24, null, null, null, null, null, "Chile"));
        assertEquals("Chile", renamed.annotation().mentions().get(1).norm());

        Corrected retyped = apply(correction("a1", Correction.Kind.MENTION, 29, 36, null, null, null, null,
                MentionType.INSTRUMENT, "loan"));
        assertEquals(MentionType.INSTRUMENT, retyped.annotation().mentions().get(2).type());
        assertEquals(List.of(), retyped.annotation().commitments().get(0).minerals(), "the commitment follows its mentions");
        assertEquals(List.of("loan"), retyped.annotation().commitments().get(0).instruments());

        Corrected removed = apply(correction("a1", Correction.Kind.REMOVE_MENTION, 37, 44, null, null, null, null, null, null));
        assertEquals(3, removed.annotation().mentions().size());
        assertNull(removed.annotation().commitments().get(0).deadline());

        Corrected added = apply(correction("a1", Correction.Kind.ADD_MENTION, 69, 74, null, null, null, null,
                MentionType.PARTY, "JP"));
        Mention tokyo = added.annotation().mentions().get(4);
        assertEquals("Tokyo", tokyo.text());
        assertEquals("JP", tokyo.norm());
        assertTrue(added.marks().containsKey(Corrected.key(false, 69, 74)));
    }

    @Test
    void laterCorrectionsWinAndUndoRestoresTheMachine() {
        Correction first = correction("a1", Correction.Kind.COMMITMENT, 0, 45, List.of("US"), null, null, null, null, null);
        Correction second = correction("a22", Correction.Kind.COMMITMENT, 0, 45, List.of("AU"), null, null, null, null, null);
        assertEquals(List.of("AU"), apply(first, second).annotation().commitments().get(0).parties());
        Correction undo = second.undo("a333", "ben", "2026-12-02T00:00:00Z");
        assertEquals(List.of("US"), apply(first, second, undo).annotation().commitments().get(0).parties());
        Corrected both = Corrections.of(List.of(first, second, undo, first.undo("a4444", "ben", "2026-12-02T00:00:01Z")))
                .apply(machine(), TEXT);
        assertEquals(List.of("CL", "JP"), both.annotation().commitments().get(0).parties());
        assertEquals(List.of(), both.applied());
    }

    @Test
    void aShiftedTextIsFollowedAndAChangedOneIsReported() {
        Correction fix = correction("a1", Correction.Kind.COMMITMENT, 0, 45, List.of("JP"), null, null, null, null, null);
        String shifted = "Intro.\n" + TEXT;
        DocumentInfo info = new DocumentInfo("e".repeat(64), "docs/a.txt", "A", "2025-01-01", "text/plain", "en", shifted.length());
        Commitment lend = new Commitment("c2", 7, 52, shifted.substring(7, 52), List.of("CL", "JP"), Modality.COMMITMENT,
                "lend", List.of(), List.of(), null, 0.9);
        Corrected moved = Corrections.of(List.of(fix)).apply(new Annotation(info, List.of(), List.of(lend)), shifted);
        assertEquals(List.of("JP"), moved.annotation().commitments().get(0).parties(), "the same file, edited above the sentence");

        String changed = TEXT.replace("lithium", "cobalt");
        Corrected lost = Corrections.of(List.of(fix)).apply(new Annotation(info, List.of(), List.of(lend)), changed);
        assertEquals(List.of(), lost.applied());
        assertEquals(1, lost.unplaced().size());
        assertTrue(lost.unplaced().get(0).reason().contains("no longer"), lost.unplaced().get(0).reason());
    }

    @Test
    void badCorrectionsAreRefusedWithAReason() {
        assertThrows(IllegalArgumentException.class, () -> correction("a1", Correction.Kind.COMMITMENT, 0, 45, null, null,
                null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> correction("a1", Correction.Kind.ADD_MENTION, 0, 5, null, null,
                null, null, MentionType.PARTY, null));
        assertThrows(IllegalArgumentException.class, () -> correction("a1", Correction.Kind.COMMITMENT, 0, 45, null, null,
                null, "soon", null, null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CorrectionJson.fromJson(AnnotationJson.MAPPER.readTree("{\"kind\":\"fix\",\"start\":0,\"end\":1}")));
        assertTrue(e.getMessage().contains("unknown correction kind"), e.getMessage());
    }
}
