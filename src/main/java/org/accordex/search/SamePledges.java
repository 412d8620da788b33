package org.accordex.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.accordex.index.PledgeSignature;
import org.accordex.model.Commitment;

/**
 * The same pledge elsewhere, for a batch of commitments: commitments of other documents with the same parties and
 * minerals ({@link PledgeSignature#key}) whose sentence is near-identical ({@link PledgeSignature#SAME_PLEDGE}).
 * The searcher adds the batch, asks the index once for the entries sharing one of {@link #keys()} and one of
 * {@link #bands()}, offers each, and reads {@link #alsoIn(int)} for every commitment it added.
 */
final class SamePledges {
    private final List<String> documents = new ArrayList<>();
    private final List<PledgeSignature> signatures = new ArrayList<>();
    private final Map<String, List<Integer>> byKey = new HashMap<>();
    private final Map<Integer, Set<String>> otherDocuments = new HashMap<>();
    private final Map<Integer, Set<String>> otherCommitments = new HashMap<>();

    /** The next commitment of the batch; one without a signature (an older index) finds nothing. */
    void add(Commitment commitment, String documentId, String encodedSignature) {
        if (encodedSignature != null) {
            byKey.computeIfAbsent(PledgeSignature.key(commitment.parties(), commitment.minerals()), k -> new ArrayList<>())
                    .add(documents.size());
        }
        documents.add(documentId);
        signatures.add(encodedSignature == null ? null : PledgeSignature.decode(encodedSignature));
    }

    boolean isEmpty() {
        return byKey.isEmpty();
    }

    Set<String> keys() {
        return byKey.keySet();
    }

    Set<String> bands() {
        Set<String> bands = new LinkedHashSet<>();
        signatures.stream().filter(s -> s != null).forEach(s -> bands.addAll(s.bands()));
        return bands;
    }

    /** An entry the index found. */
    void offer(SearchIndex.Candidate candidate) {
        List<Integer> sources = byKey.get(candidate.key());
        if (sources == null) {
            return;
        }
        PledgeSignature theirs = PledgeSignature.decode(candidate.signature());
        for (int i : sources) {
            if (!candidate.documentId().equals(documents.get(i))
                    && theirs.similarity(signatures.get(i)) >= PledgeSignature.SAME_PLEDGE) {
                otherDocuments.computeIfAbsent(i, k -> new TreeSet<>()).add(candidate.documentId());
                otherCommitments.computeIfAbsent(i, k -> new TreeSet<>()).add(candidate.commitmentId());
            }
        }
    }

    /** The same pledge elsewhere for the {@code i}-th commitment added, or null. */
    AlsoIn alsoIn(int i) {
        Set<String> ids = otherDocuments.get(i);
        return ids == null ? null : new AlsoIn(ids.size(), List.copyOf(ids), List.copyOf(otherCommitments.get(i)));
    }
}
