package org.accordex.commitments;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The first modality cue of each sentence of one document, read once: annotation asks for a sentence's cue twice, to
 * decide whether the name finder runs on it and to read its commitment.
 *
 * <p>Not thread-safe: one per document.
 */
public final class SentenceCues {
    private final Map<String, Optional<ModalityCues.Cue>> cues = new HashMap<>();

    /** As {@link ModalityCues#hasCue}. */
    public boolean hasCue(String sentence) {
        return first(sentence).isPresent();
    }

    /** As {@link ModalityCues#first}. */
    Optional<ModalityCues.Cue> first(String sentence) {
        return cues.computeIfAbsent(sentence, ModalityCues::first);
    }
}
