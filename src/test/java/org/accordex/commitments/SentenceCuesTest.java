package org.accordex.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A sentence's cue read once answers as the cues themselves do. */
class SentenceCuesTest {
    @Test
    void answersAsTheCuesDoAndReadsEachSentenceOnce() {
        SentenceCues cues = new SentenceCues();
        String commits = "Lakeland will build two harbours by 2030.";
        String reports = "Lakeland built two harbours last year.";
        assertTrue(cues.hasCue(commits));
        assertFalse(cues.hasCue(reports));
        assertEquals(ModalityCues.first(commits), cues.first(commits));
        assertSame(cues.first(new String(commits)), cues.first(commits), "the same text, read once");
    }
}
