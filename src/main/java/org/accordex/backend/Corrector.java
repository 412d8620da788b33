package org.accordex.backend;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.accordex.corrections.Corrected;
import org.accordex.corrections.Correction;
import org.accordex.corrections.Corrections;
import org.accordex.index.IndexLockedException;
import org.accordex.index.IndexStore;
import org.accordex.index.StoredCorrections;
import org.accordex.model.Commitment;
import org.accordex.model.Mention;
import org.accordex.model.MentionType;
import org.accordex.search.DocumentView;
import org.accordex.search.Hit;
import org.accordex.search.SearchException;
import org.accordex.search.SearchResults;
import org.accordex.search.Searcher;

/**
 * Records corrections and undos in a backend's log and applies them to the stored documents at once, for the
 * command line and the web API alike. When another process holds the index (a running {@code index}), the
 * correction is logged and that run applies it when it ends.
 */
public final class Corrector {
    /** A correction as logged, and whether the index already shows it. */
    public record Recorded(Correction correction, boolean applied) {
    }

    /** A correction in force that no stored document applies, with why. */
    public record Unapplied(Correction correction, String reason) {
    }

    private final Backend backend;

    public Corrector(Backend backend) {
        this.backend = backend;
    }

    /**
     * Checks a correction against its document (which must be indexed; the span must lie in its text, and a mention
     * correction must name an existing mention), completes it with its text, source, id and time, logs it and
     * applies it. {@link IllegalArgumentException} says what is wrong with it; null when the document is unknown.
     */
    public Recorded add(Correction draft) throws IOException, SearchException {
        DocumentView document;
        try (Searcher searcher = backend.openSearcher()) {
            document = searcher.document(draft.document()).orElse(null);
        }
        if (document == null) {
            return null;
        }
        String text = document.text();
        if (draft.end() > text.length()) {
            throw new IllegalArgumentException("span [" + draft.start() + ", " + draft.end() + ") is outside the document's "
                    + text.length() + " characters");
        }
        if ((draft.kind() == Correction.Kind.MENTION || draft.kind() == Correction.Kind.REMOVE_MENTION)
                && !hasMention(document, draft.start(), draft.end())) {
            throw new IllegalArgumentException("no mention at [" + draft.start() + ", " + draft.end() + ")");
        }
        if (draft.kind() == Correction.Kind.COMMITMENT && !hasCommitment(document, draft.start(), draft.end())) {
            throw new IllegalArgumentException("no commitment at [" + draft.start() + ", " + draft.end() + ")");
        }
        MentionType type = draft.type();
        if (type == null && draft.kind() == Correction.Kind.MENTION) {
            type = mentionType(document, draft.start(), draft.end());
        }
        if (type == MentionType.DEADLINE && draft.norm() != null
                && !draft.norm().matches("P\\d+[DWMY]|\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new IllegalArgumentException("a deadline's norm is ISO 8601, such as P6M, 2030 or 2026-06-30");
        }
        Correction c = new Correction(newId(), draft.document(), document.document().source(),
                draft.kind(), draft.start(), draft.end(), text.substring(draft.start(), draft.end()), draft.parties(),
                draft.modality(), draft.action(), draft.deadline(), draft.type(), draft.norm(), null, draft.author(),
                Instant.now().toString());
        backend.corrections().append(c);
        return new Recorded(c, apply(Set.of(c.document())));
    }

    /** Logs the undo of correction {@code id}; null when there is no such correction. */
    public Recorded undo(String id, String author) throws IOException, SearchException {
        Corrections log = Corrections.of(backend.corrections().read());
        Correction target = log.find(id).orElse(null);
        if (target == null) {
            return null;
        }
        if (target.kind() == Correction.Kind.UNDO) {
            throw new IllegalArgumentException(id + " is an undo; make the correction again instead");
        }
        if (log.isUndone(id)) {
            throw new IllegalStateException(id + " is already undone");
        }
        Correction undo = target.undo(newId(), author, Instant.now().toString());
        backend.corrections().append(undo);
        Set<String> documents = new LinkedHashSet<>(List.of(target.document()));
        documents.addAll(sameSource(target.source()));
        return new Recorded(undo, apply(documents));
    }

    /** Applies the log to these documents now; false when another process holds the index. */
    private boolean apply(Set<String> documents) throws IOException {
        Corrections corrections = Corrections.of(backend.corrections().read());
        try (IndexStore store = backend.openStore()) {
            if (StoredCorrections.refresh(store, corrections, documents) > 0) {
                // The commit records the annotator version; a rewritten document keeps the one that annotated it.
                String version = null;
                for (String id : documents) {
                    IndexStore.StoredDocument stored = store.read(id);
                    if (stored != null && version == null) {
                        version = stored.version();
                    }
                }
                store.commit(version);
            }
            return true;
        } catch (IndexLockedException e) {
            return false;
        }
    }

    /**
     * The indexed documents that corrections in force concern, as the reader sees them ({@link Searcher#document}):
     * those they were made on, and later versions of the same files.
     */
    public Map<String, DocumentView> documents(Corrections corrections) throws IOException, SearchException {
        Map<String, DocumentView> found = new LinkedHashMap<>();
        try (Searcher searcher = backend.openSearcher()) {
            Set<String> ids = new LinkedHashSet<>(corrections.documents());
            for (String source : corrections.sources()) {
                ids.addAll(sameSource(searcher, source));
            }
            for (String id : ids) {
                searcher.document(id).ifPresent(d -> found.put(id, d));
            }
        }
        return found;
    }

    /** The corrections in force that no indexed document applies: their file changed or is gone. */
    public List<Unapplied> unapplied(Corrections corrections) throws IOException, SearchException {
        Map<String, DocumentView> documents = documents(corrections);
        Set<String> applied = new HashSet<>();
        // Applying a correction again to a document that holds it changes nothing and counts it as applied.
        documents.values().forEach(d -> applied.addAll(corrections.apply(d.annotation(), d.text()).applied()));
        List<Unapplied> missing = new ArrayList<>();
        for (Correction c : corrections.inForce()) {
            if (!applied.contains(c.id())) {
                missing.add(new Unapplied(c, documents.containsKey(c.document())
                        ? "its " + (c.onCommitment() ? "sentence" : "mention") + " at [" + c.start() + ", " + c.end()
                                + ") is no longer there"
                        : "its document is no longer in the index (the file changed or was removed) and the new text"
                                + " does not hold \"" + shorten(c.text()) + "\""));
            }
        }
        return missing;
    }

    private List<String> sameSource(String source) throws IOException, SearchException {
        try (Searcher searcher = backend.openSearcher()) {
            return sameSource(searcher, source);
        }
    }

    private static List<String> sameSource(Searcher searcher, String source) throws IOException, SearchException {
        if (source == null || source.isEmpty()) {
            return List.of();
        }
        String quoted = "\"" + source.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        SearchResults results = searcher.searchDocuments("source:" + quoted, 0, 20, Searcher.Order.RELEVANCE);
        return results.hits().stream().map(Hit::id).toList();
    }

    private static boolean hasMention(DocumentView document, int start, int end) {
        return mentionType(document, start, end) != null;
    }

    private static MentionType mentionType(DocumentView document, int start, int end) {
        for (Mention m : document.mentions()) {
            if (m.start() == start && m.end() == end) {
                return m.type();
            }
        }
        return null;
    }

    private static boolean hasCommitment(DocumentView document, int start, int end) {
        for (var hit : document.commitments()) {
            Commitment c = hit.commitment();
            if (Math.min(c.end(), end) - Math.max(c.start(), start) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Which of the document's items corrections touched, by whom and when, for the reader's view. */
    public Corrected marks(DocumentView document) throws IOException {
        Corrections corrections = Corrections.of(backend.corrections().read());
        return corrections.apply(document.annotation(), document.text());
    }

    private static String newId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 60 ? one : one.substring(0, 57) + "…";
    }
}
