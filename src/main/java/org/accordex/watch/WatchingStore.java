package org.accordex.watch;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.accordex.corrections.CorrectionLog;
import org.accordex.corrections.Corrected;
import org.accordex.index.Fields;
import org.accordex.index.IndexEntry;
import org.accordex.index.IndexStore;
import org.accordex.model.Annotation;
import org.accordex.model.Commitment;
import org.accordex.model.DocumentInfo;
import org.accordex.search.DocumentSummary;
import org.accordex.search.SearchException;
import org.accordex.search.Searcher;

/**
 * An {@link IndexStore} that matches every document written through it against the watches, and records the matches
 * with the index's commits: the indexer needs to know nothing about watches.
 *
 * <p>What fires: a new document, or a changed one (a new version of a file the index held) matching a document watch
 * its old version did not match; a commitment matching a commitment watch unless the document's old version made the
 * same commitment (the same sentence). A watch matches an index entry (a commitment id or a document id) once.
 * An unchanged file is never written, so it never fires.
 *
 * <p>Exactly once across crashes: a document's matches join the current batch in the same step as the document is
 * written to the index (a commit waits for that step to finish), and the batch's lines reach the disk before the index
 * commits; see {@link MatchJournal} for what a killed run leaves and how the next run settles it.
 */
public final class WatchingStore implements IndexStore {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(java.time.ZoneOffset.UTC);

    private final IndexStore store;
    private final List<Watch> watches;
    private final QueryIndex documentWatches = new QueryIndex();
    private final QueryIndex commitmentWatches = new QueryIndex();
    private final Searcher before;
    private final MatchJournal.Appender appender;
    private final Closeable runLock;
    private final String run;
    private final List<String> warnings = new ArrayList<>();
    /** (watch id, entry) of every match recorded, by this run or earlier ones. */
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> fired = new ConcurrentHashMap<>();
    /** Writes of a document and its matches take it shared; a commit takes it alone. */
    private final ReadWriteLock writing = new ReentrantReadWriteLock();
    private int batchNumber = 1;
    private boolean batchHasMatches;
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    /** CPU time spent matching, summed over threads, for the benchmark. */
    private final java.util.concurrent.atomic.AtomicLong matchingNanos = new java.util.concurrent.atomic.AtomicLong();

    private WatchingStore(IndexStore store, Watches folder, Searcher before) throws IOException {
        this.store = store;
        this.before = before;
        MatchJournal journal = folder.journal();
        settlePending(journal, before);
        List<Watch> usable = new ArrayList<>();
        for (Watch w : folder.list()) {
            try {
                (w.commitments() ? commitmentWatches : documentWatches).add(w);
                usable.add(w);
            } catch (SearchException e) {
                warnings.add("watch " + w.name() + ": " + e.getMessage() + "; not matched");
            }
        }
        this.watches = List.copyOf(usable);
        if (watches.isEmpty()) {
            this.run = null;
            this.runLock = null;
            this.appender = null;
            return;
        }
        MatchJournal.Contents contents = journal.read();
        for (WatchMatch m : contents.matches()) {
            if (!contents.discarded().contains(m.batch())) {
                seen.add(m.key());
            }
        }
        this.run = RUN_TIME.format(Instant.now()) + "-" + java.util.HexFormat.of().toHexDigits(RANDOM.nextInt());
        this.runLock = journal.lockRun(run);
        try {
            this.appender = journal.appender();
        } catch (IOException | RuntimeException e) {
            runLock.close();
            throw e;
        }
    }

    /**
     * Wraps {@code store} so that what is written through it is matched against the watches in {@code folder}.
     * {@code before} reads the index as it was before this run (null when there is none yet); the store owns and closes
     * it. Pending batches of killed runs are settled here first.
     */
    public static WatchingStore open(IndexStore store, Watches folder, Searcher before) throws IOException {
        try {
            return new WatchingStore(store, folder, before);
        } catch (IOException | RuntimeException e) {
            try {
                store.close();
            } finally {
                if (before != null) {
                    before.close();
                }
            }
            throw e;
        }
    }

    /** Problems with the watches themselves (a query that no longer parses): one line each. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** The watches that fired in this run, by name, with how many new matches each recorded. */
    public Map<Watch, Integer> fired() {
        Map<Watch, Integer> result = new LinkedHashMap<>();
        for (Watch w : watches) {
            AtomicInteger n = fired.get(w.id());
            if (n != null && n.get() > 0) {
                result.put(w, n.get());
            }
        }
        return result;
    }

    /** "watch gallium-stockpiles: 2 new commitments", one line per watch that fired. */
    public List<String> summaryLines() {
        List<String> lines = new ArrayList<>();
        fired().forEach((w, n) -> lines.add("watch " + w.name() + ": " + n + " new "
                + (n == 1 ? w.unit().substring(0, w.unit().length() - 1) : w.unit())));
        return lines;
    }

    /** CPU time spent matching, summed over the threads (0 where the JVM cannot measure a thread's CPU time). */
    public double matchingSeconds() {
        return matchingNanos.get() / 1e9;
    }

    @Override
    public Map<String, StoredFile> files() throws IOException {
        return store.files();
    }

    @Override
    public void put(String text, Annotation annotation, String file, String annotatorVersion, String replacedId) throws IOException {
        put(annotation, file, annotatorVersion, replacedId, () -> store.put(text, annotation, file, annotatorVersion, replacedId), text);
    }

    /** A corrected annotation is matched as the index holds it, corrected. */
    @Override
    public void put(String text, Corrected annotation, String file, String annotatorVersion, String replacedId) throws IOException {
        put(annotation.annotation(), file, annotatorVersion, replacedId,
                () -> store.put(text, annotation, file, annotatorVersion, replacedId), text);
    }

    /** Writes to the store through {@code write}. */
    @FunctionalInterface
    private interface Write {
        void run() throws IOException;
    }

    private void put(Annotation annotation, String file, String annotatorVersion, String replacedId, Write write,
            String text) throws IOException {
        if (watches.isEmpty()) {
            write.run();
            return;
        }
        long started = CPU.getCurrentThreadCpuTime();
        List<Found> found = match(text, annotation, file, annotatorVersion, replacedId);
        matchingNanos.addAndGet(CPU.getCurrentThreadCpuTime() - started);
        writing.readLock().lock();
        try {
            try {
                write.run();
            } catch (IOException | RuntimeException e) {
                found.forEach(f -> seen.remove(f.watch().id() + "/" + f.entry()));
                throw e;
            }
            if (!found.isEmpty()) {
                String batch = batch();
                Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
                DocumentSummary document = document(annotation);
                for (Found f : found) {
                    appender.append(new WatchMatch(f.watch().name(), f.watch().id(), batch, f.entry(), now, document,
                            f.commitment()));
                    fired.computeIfAbsent(f.watch().id(), k -> new AtomicInteger()).incrementAndGet();
                }
                synchronized (this) {
                    batchHasMatches = true;
                }
            }
        } finally {
            writing.readLock().unlock();
        }
    }

    @Override
    public StoredDocument read(String documentId) throws IOException {
        return store.read(documentId);
    }

    @Override
    public CorrectionLog corrections() {
        return store.corrections();
    }

    private synchronized String batch() {
        return run + "/" + batchNumber;
    }

    /** A watch that fired on an entry, with the commitment for a commitment watch. */
    private record Found(Watch watch, String entry, Commitment commitment) {
    }

    private List<Found> match(String text, Annotation annotation, String file, String version, String replacedId) throws IOException {
        List<IndexEntry> entries = IndexEntry.of(text, annotation, file, version);
        List<Found> found = new ArrayList<>();
        String documentId = annotation.document().id();
        if (!documentWatches.isEmpty()) {
            for (Watch w : documentWatches.match(entries.get(0))) {
                if (!seen.contains(w.id() + "/" + documentId) && !matchedBefore(w, replacedId)
                        && seen.add(w.id() + "/" + documentId)) {
                    found.add(new Found(w, documentId, null));
                }
            }
        }
        if (!commitmentWatches.isEmpty()) {
            Set<String> previous = null;
            List<Commitment> commitments = annotation.commitments();
            for (int i = 0; i < commitments.size(); i++) {
                Commitment c = commitments.get(i);
                List<Watch> matched = commitmentWatches.match(entries.get(i + 1));
                if (matched.isEmpty()) {
                    continue;
                }
                if (previous == null) {
                    previous = previousSentences(replacedId);
                }
                if (previous.contains(sentenceKey(c.text()))) {
                    continue; // made before, by the version of the document this one replaces
                }
                for (Watch w : matched) {
                    if (seen.add(w.id() + "/" + c.id())) {
                        found.add(new Found(w, c.id(), c));
                    }
                }
            }
        }
        return found;
    }

    /** Whether the version of the document that {@code replacedId} names already matched document watch {@code w}. */
    private boolean matchedBefore(Watch w, String replacedId) throws IOException {
        if (replacedId == null || before == null) {
            return false;
        }
        try {
            return before.searchDocuments("(" + w.query() + ") AND " + Fields.DOCUMENT_ID + ":" + replacedId, 0, 1,
                    Searcher.Order.RELEVANCE).total() > 0;
        } catch (SearchException e) {
            return false;
        }
    }

    /** The sentences of the commitments of the version of the document this one replaces. */
    private Set<String> previousSentences(String replacedId) throws IOException {
        Set<String> sentences = new HashSet<>();
        if (replacedId == null || before == null) {
            return sentences;
        }
        try {
            before.forEachCommitment(Fields.DOCUMENT_ID + ":" + replacedId, false, hit -> sentences.add(sentenceKey(hit.commitment().text())));
        } catch (SearchException e) {
            throw new IOException(e.getMessage(), e);
        }
        return sentences;
    }

    /** Two commitments are the same pledge of a document when their sentences are the same, spacing and case aside. */
    static String sentenceKey(String sentence) {
        return sentence.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static DocumentSummary document(Annotation annotation) {
        DocumentInfo info = annotation.document();
        return new DocumentSummary(info.id(), info.source(), info.title(), info.date());
    }

    @Override
    public void delete(String documentId) throws IOException {
        store.delete(documentId);
    }

    @Override
    public void commit(String annotatorVersion) throws IOException {
        if (watches.isEmpty()) {
            store.commit(annotatorVersion);
            return;
        }
        writing.writeLock().lock();
        try {
            appender.sync();
            store.commit(annotatorVersion);
            synchronized (this) {
                if (batchHasMatches) {
                    appender.mark(batch(), true);
                    batchNumber++;
                    batchHasMatches = false;
                }
            }
        } finally {
            writing.writeLock().unlock();
        }
    }

    @Override
    public void recordFailures(Collection<Path> seenFiles, Map<Path, String> failed) throws IOException {
        store.recordFailures(seenFiles, failed);
    }

    @Override
    public void close() throws IOException {
        try {
            // Closing the index may commit what was written since the last commit: its matches must be on disk first.
            if (appender != null) {
                appender.sync();
            }
            store.close();
        } finally {
            try {
                if (appender != null) {
                    appender.close();
                }
            } finally {
                try {
                    if (runLock != null) {
                        runLock.close();
                    }
                } finally {
                    if (before != null) {
                        before.close();
                    }
                }
            }
        }
    }

    /**
     * Settles the pending batches of runs that were killed: committed when the index holds every entry they matched
     * (an index commit is all or nothing, and nothing has written to the index since), discarded otherwise.
     */
    private static void settlePending(MatchJournal journal, Searcher index) throws IOException {
        Map<String, List<WatchMatch>> pending = journal.read().pending();
        Set<String> ended = new HashSet<>();
        for (Map.Entry<String, List<WatchMatch>> batch : pending.entrySet()) {
            String run = MatchJournal.runOf(batch.getKey());
            if (journal.running(run)) {
                continue;
            }
            journal.decide(batch.getKey(), index != null && allIndexed(index, batch.getValue()));
            ended.add(run);
        }
        for (String run : ended) {
            journal.forget(run);
        }
        journal.forgetEndedRuns();
    }

    private static boolean allIndexed(Searcher index, List<WatchMatch> matches) throws IOException {
        Set<String> commitments = new HashSet<>();
        Set<String> documents = new HashSet<>();
        for (WatchMatch m : matches) {
            (m.commitment() != null ? commitments : documents).add(m.entry());
        }
        try {
            return count(index, commitments, true) == commitments.size() && count(index, documents, false) == documents.size();
        } catch (SearchException e) {
            return false;
        }
    }

    private static long count(Searcher index, Set<String> ids, boolean commitments) throws IOException, SearchException {
        List<String> all = new ArrayList<>(ids);
        long found = 0;
        for (int from = 0; from < all.size(); from += 500) {
            String query = Fields.ENTRY_ID + ":(" + String.join(" OR ", all.subList(from, Math.min(all.size(), from + 500))) + ")";
            found += (commitments ? index.searchCommitments(query, 0, 1, Searcher.Order.RELEVANCE)
                    : index.searchDocuments(query, 0, 1, Searcher.Order.RELEVANCE)).total();
        }
        return found;
    }
}
