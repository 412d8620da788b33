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
    private final Map<String, Sources> byKey = new HashMap<>();
    private final Map<Integer, Set<String>> otherDocuments = new HashMap<>();
    private final Map<Integer, Set<String>> otherCommitments = new HashMap<>();

    /** The next commitment of the batch; one without a signature (an older index) finds nothing. */
    void add(Commitment commitment, String documentId, String encodedSignature) {
        PledgeSignature signature = encodedSignature == null ? null : PledgeSignature.decode(encodedSignature);
        if (signature != null) {
            byKey.computeIfAbsent(PledgeSignature.key(commitment.parties(), commitment.minerals()), k -> new Sources())
                    .add(documents.size(), signature);
        }
        documents.add(documentId);
        signatures.add(signature);
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
        Sources sources = byKey.get(key);
        if (sources != null) {
            for (int j = 0; j < sources.size; j++) {
                if (theirs.samePledge(sources.signatures[j])) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public void accept(String key, PledgeSignature theirs, String documentId, String commitmentId) {
        Sources sources = byKey.get(key);
        for (int j = 0; sources != null && j < sources.size; j++) {
            int i = sources.added[j];
            if (!documentId.equals(documents.get(i)) && theirs.samePledge(sources.signatures[j])) {
                otherDocuments.computeIfAbsent(i, k -> new TreeSet<>()).add(documentId);
                otherCommitments.computeIfAbsent(i, k -> new TreeSet<>()).add(commitmentId);
            }
        }
    }

    /**
     * The batch's commitments of one key: their places in the batch and their signatures, side by side in arrays,
     * since every candidate of the key is compared with each of them.
     */
    private static final class Sources {
        int[] added = new int[4];
        PledgeSignature[] signatures = new PledgeSignature[4];
        int size;

        void add(int i, PledgeSignature signature) {
            if (size == added.length) {
                added = java.util.Arrays.copyOf(added, size * 2);
                signatures = java.util.Arrays.copyOf(signatures, size * 2);
            }
            added[size] = i;
            signatures[size] = signature;
            size++;
        }
    }

    /** The same pledge elsewhere for the {@code i}-th commitment added, or null. */
    AlsoIn alsoIn(int i) {
        Set<String> ids = otherDocuments.get(i);
        return ids == null ? null : new AlsoIn(ids.size(), List.copyOf(ids), List.copyOf(otherCommitments.get(i)));
    }
}
