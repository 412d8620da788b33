package org.accordex.commitments;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The turns of a briefing's or call's transcript that commit no party: a moderator's or operator's turn, and the
 * questions in a reporter's ("Q") turn. A turn runs from its speaker's label at the start of a line to the next label.
 * The labels are in {@code transcript-turns.txt}.
 */
final class TranscriptTurns {
    private static final Set<String> HOSTS = new HashSet<>();
    private static final Set<String> ASKERS = new HashSet<>();

    static {
        for (String line : DataLines.of(TranscriptTurns.class, "transcript-turns.txt")) {
            String[] parts = line.split("\t", 2);
            (parts[0].equals("host") ? HOSTS : ASKERS).add(parts[1].strip());
        }
    }

    /**
     * A speaker's label at the start of a line: "Q" before two or more spaces, or upper-case words ("MODERATOR",
     * "MS. EASTERLY", "SENIOR ADMINISTRATION OFFICIAL") or a bracketed stand-in before a colon and a space.
     */
    private static final Pattern LABEL = Pattern.compile("(?m)^[ \\t]*(?:(?<asker>Q)(?:[ \\t\\u00a0]{2,}|[ \\t]*:[ \\t\\u00a0])"
            + "|(?<name>\\p{Lu}[\\p{Lu}.’' \\u00a0-]{1,60}|\\\\?\\[[^\\]\\n]{1,80}\\\\?\\])[ \\t]*:(?=[ \\t\\u00a0]))");

    /** A sentence that asks rather than tells: "I wanted to ask if …", "I wanted to know how …", "I'm wondering whether …". */
    private static final Pattern ASKS = Pattern.compile("(?i)\\b(?:ask|know|wondering|wonder|curious)\\s+(?:\\S+\\s+){0,2}?"
            + "(?:if|whether|how|what|why|when|where)\\b");

    private record Turn(int start, int end, boolean host) {
    }

    private final List<Turn> turns;

    private TranscriptTurns(List<Turn> turns) {
        this.turns = turns;
    }

    static TranscriptTurns in(String text) {
        List<Turn> turns = new ArrayList<>();
        Matcher m = LABEL.matcher(text);
        List<int[]> labels = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (m.find()) {
            String label = m.group("asker") != null ? m.group("asker") : m.group("name");
            labels.add(new int[] {m.start()});
            names.add(label.replace('\u00a0', ' ').strip());
        }
        for (int i = 0; i < labels.size(); i++) {
            String name = names.get(i);
            boolean host = HOSTS.contains(name);
            if (host || ASKERS.contains(name)) {
                int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : text.length();
                turns.add(new Turn(labels.get(i)[0], end, host));
            }
        }
        return new TranscriptTurns(turns);
    }

    /** Whether the sentence at {@code start} is said in a host's turn, or asks in a reporter's. */
    boolean commitsNoOne(int start, String sentence) {
        for (Turn turn : turns) {
            if (turn.start() <= start && start < turn.end()) {
                return turn.host() || ASKS.matcher(sentence).find();
            }
        }
        return false;
    }
}
