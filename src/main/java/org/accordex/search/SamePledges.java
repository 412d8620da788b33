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
 * {@link #bands()} (the index offers each to this sink), and reads {@link #alsoIn(int)} for every commitment it
 * added.
 */
final class SamePledges implements SearchIndex.PledgeSink {
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

    @Override
    public boolean wants(String key, PledgeSignature theirs) {
        List<Integer> sources = byKey.get(key);
        if (sources != null) {
            for (int i : sources) {
                if (theirs.samePledge(signatures.get(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public void accept(String key, PledgeSignature theirs, String documentId, String commitmentId) {
        for (int i : byKey.getOrDefault(key, List.of())) {
            if (!documentId.equals(documents.get(i)) && theirs.samePledge(signatures.get(i))) {
                otherDocuments.computeIfAbsent(i, k -> new TreeSet<>()).add(documentId);
                otherCommitments.computeIfAbsent(i, k -> new TreeSet<>()).add(commitmentId);
            }
        }
    }

    /** The same pledge elsewhere for the {@code i}-th commitment added, or null. */
    AlsoIn alsoIn(int i) {
        Set<String> ids = otherDocuments.get(i);
        return ids == null ? null : new AlsoIn(ids.size(), List.copyOf(ids), List.copyOf(otherCommitments.get(i)));
    }
}
