package org.accordex.watch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import org.accordex.json.ModelJson;
import org.accordex.search.QuerySyntax;
import org.accordex.search.SearchException;

/**
 * The watches of an index and what they matched, in a folder: {@value #LIST} (the watches) and
 * {@link MatchJournal#FILE} (their matches). For the embedded index the folder is {@code watches/} inside the index
 * folder, so watches go wherever the index goes; re-indexing leaves them alone.
 */
public final class Watches {
    /** The folder's name inside an index folder. */
    public static final String FOLDER = "watches";
    static final String LIST = "watches.json";
    /** Serializes changes to the list within this process; a file lock does it between processes. */
    private static final Object CHANGING = new Object();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path folder;

    public Watches(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** Whether any watch was ever added here (a run without watches does no matching at all). */
    public boolean exists() {
        return Files.exists(folder.resolve(LIST)) || Files.exists(folder.resolve(MatchJournal.FILE));
    }

    MatchJournal journal() {
        return new MatchJournal(folder);
    }

    /** Every watch, by name. */
    public List<Watch> list() throws IOException {
        Path file = folder.resolve(LIST);
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Watch> watches = new ArrayList<>();
        for (JsonNode node : ModelJson.MAPPER.readTree(file.toFile()).path("watches")) {
            watches.add(Watch.fromJson(node));
        }
        watches.sort(Comparator.comparing(Watch::name));
        return watches;
    }

    public Optional<Watch> get(String name) throws IOException {
        return list().stream().filter(w -> w.name().equals(name)).findFirst();
    }

    /**
     * Adds a watch. The query is parsed as {@code search} parses it, and refused with the parser's message
     * ({@link SearchException}); the name must be new.
     */
    public Watch add(String name, String query, boolean commitments) throws IOException, SearchException, WatchException {
        if (!Watch.validName(name)) {
            throw new WatchException(WatchException.Reason.BAD_NAME, Watch.nameRule(name));
        }
        if (query == null || query.isBlank()) {
            throw new SearchException("bad query: a watch needs a query (*:* matches everything)", null);
        }
        QuerySyntax.parse(query);
        synchronized (CHANGING) {
            try (java.io.Closeable lock = lock()) {
                List<Watch> watches = new ArrayList<>(list());
                if (watches.stream().anyMatch(w -> w.name().equals(name))) {
                    throw new WatchException(WatchException.Reason.NAME_TAKEN, "a watch named '" + name + "' already exists");
                }
                Watch watch = new Watch(name, query, commitments, HexFormat.of().toHexDigits(RANDOM.nextLong()),
                        Instant.now().truncatedTo(ChronoUnit.SECONDS));
                watches.add(watch);
                save(watches);
                return watch;
            }
        }
    }

    /** Removes a watch; its matches are no longer shown (a watch added later under its name starts afresh). */
    public Watch remove(String name) throws IOException, WatchException {
        synchronized (CHANGING) {
            try (java.io.Closeable lock = lock()) {
                List<Watch> watches = new ArrayList<>(list());
                Watch found = watches.stream().filter(w -> w.name().equals(name)).findFirst()
                        .orElseThrow(() -> unknown(name));
                watches.remove(found);
                save(watches);
                return found;
            }
        }
    }

    static WatchException unknown(String name) {
        return new WatchException(WatchException.Reason.UNKNOWN, "no watch named '" + name + "'");
    }

    /** What a watch matched, oldest first; only matches at or after {@code since} when it is not null. */
    public List<WatchMatch> matches(String name, Instant since) throws IOException, WatchException {
        Watch watch = get(name).orElseThrow(() -> unknown(name));
        return journal().read().confirmed().stream()
                .filter(m -> m.watchId().equals(watch.id()))
                .filter(m -> since == null || !m.matched().isBefore(since))
                .toList();
    }

    /**
     * How many matches a watch holds, when it last fired (null when it never did) and how many of its matches were
     * made after a given time ({@code matches} when none was given).
     */
    public record Tally(long matches, Instant lastFired, long since) {
    }

    /**
     * A watch as the API and {@code watch list --format json} show it: name, query, commitments (true or false),
     * created, matches, lastFired (null when never) and, when {@code since} is given, {@code new}: the matches at or
     * after it (matches are stamped to the millisecond).
     */
    public static com.fasterxml.jackson.databind.node.ObjectNode json(Watch w, Tally t, Instant since) {
        var node = ModelJson.MAPPER.createObjectNode();
        node.put("name", w.name());
        node.put("query", w.query());
        node.put("commitments", w.commitments());
        node.put("created", w.created().toString());
        node.put("matches", t.matches());
        if (since != null) {
            node.put("new", t.since());
        }
        if (t.lastFired() == null) {
            node.putNull("lastFired");
        } else {
            node.put("lastFired", t.lastFired().toString());
        }
        return node;
    }

    /** Each watch with its tally, by name. */
    public Map<Watch, Tally> tallies() throws IOException {
        return tallies(null);
    }

    /** Each watch with its tally, by name, counting the matches made at or after {@code since} (when not null). */
    public Map<Watch, Tally> tallies(Instant since) throws IOException {
        List<Watch> watches = list();
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, Instant> last = new LinkedHashMap<>();
        if (!watches.isEmpty()) {
            for (WatchMatch m : journal().read().confirmed()) {
                long[] n = counts.computeIfAbsent(m.watchId(), k -> new long[2]);
                n[0]++;
                if (since == null || !m.matched().isBefore(since)) {
                    n[1]++;
                }
                last.merge(m.watchId(), m.matched(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        Map<Watch, Tally> tallies = new LinkedHashMap<>();
        for (Watch w : watches) {
            long[] n = counts.getOrDefault(w.id(), new long[2]);
            tallies.put(w, new Tally(n[0], last.get(w.id()), n[1]));
        }
        return tallies;
    }

    private void save(List<Watch> watches) throws IOException {
        var root = ModelJson.MAPPER.createObjectNode();
        ArrayNode array = root.putArray("watches");
        watches.stream().sorted(Comparator.comparing(Watch::name)).forEach(w -> array.add(w.toJson()));
        Path file = folder.resolve(LIST);
        Path temporary = folder.resolve(LIST + ".tmp");
        Files.writeString(temporary, ModelJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n",
                StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Holds the folder's lock file until closed: two processes never rewrite the list at once. */
    private java.io.Closeable lock() throws IOException {
        Files.createDirectories(folder);
        FileChannel channel = FileChannel.open(folder.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.lock();
            return () -> {
                try {
                    lock.release();
                } finally {
                    channel.close();
                }
            };
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }
}
