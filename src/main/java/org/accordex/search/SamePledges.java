package org.accordex.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.accordex.index.PledgeSignature;

/**
 * The same pledge elsewhere, for a batch of commitments: commitments of other documents with the same parties and
 * minerals ({@link PledgeSignature#key}) whose sentence is near-identical ({@link PledgeSignature#SAME_PLEDGE}).
 * A backend adds the commitments, looks up entries sharing one of {@link #keys()} and one of {@link #bands()}, offers
 * each, and {@link #finish()} adds {@code "alsoIn": {"documents": N, "ids": [...], "commitments": [...]}} to those
 * that have some. One lookup serves the whole batch.
 */
public final class SamePledges {
    private final List<ObjectNode> commitments = new ArrayList<>();
    private final List<String> documents = new ArrayList<>();
    private final List<PledgeSignature> signatures = new ArrayList<>();
    private final Map<String, List<Integer>> byKey = new java.util.HashMap<>();
    private final Map<Integer, Set<String>> otherDocuments = new java.util.HashMap<>();
    private final Map<Integer, Set<String>> otherCommitments = new java.util.HashMap<>();

    /** A commitment (as JSON) of {@code documentId} to find the same pledge for; ignored without a signature. */
    public void add(ObjectNode commitment, String documentId, String encodedSignature) {
        if (encodedSignature == null) {
            return;
        }
        byKey.computeIfAbsent(PledgeSignature.key(commitment), k -> new ArrayList<>()).add(commitments.size());
        commitments.add(commitment);
        documents.add(documentId);
        signatures.add(PledgeSignature.decode(encodedSignature));
    }

    public boolean isEmpty() {
        return commitments.isEmpty();
    }

    public Set<String> keys() {
        return byKey.keySet();
    }

    public Set<String> bands() {
        Set<String> bands = new LinkedHashSet<>();
        signatures.forEach(s -> bands.addAll(s.bands()));
        return bands;
    }

    /** Whether candidates with this key can match anything: lets a backend skip reading the rest of them. */
    public boolean wants(String key) {
        return byKey.containsKey(key);
    }

    /** An entry found by the lookup. */
    public void offer(String key, String documentId, String commitmentId, String encodedSignature) {
        List<Integer> sources = byKey.get(key);
        if (sources == null) {
            return;
        }
        PledgeSignature theirs = PledgeSignature.decode(encodedSignature);
        for (int i : sources) {
            if (!documentId.equals(documents.get(i)) && theirs.similarity(signatures.get(i)) >= PledgeSignature.SAME_PLEDGE) {
                otherDocuments.computeIfAbsent(i, k -> new TreeSet<>()).add(documentId);
                otherCommitments.computeIfAbsent(i, k -> new TreeSet<>()).add(commitmentId);
            }
        }
    }

    /** Adds {@code alsoIn} to the commitments that have the same pledge elsewhere; returns all added commitments. */
    public List<ObjectNode> finish() {
        otherDocuments.forEach((i, ids) -> {
            ObjectNode also = commitments.get(i).putObject("alsoIn");
            also.put("documents", ids.size());
            ids.forEach(also.putArray("ids")::add);
            otherCommitments.get(i).forEach(also.putArray("commitments")::add);
        });
        return commitments;
    }
}
