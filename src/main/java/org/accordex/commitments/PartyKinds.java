package org.accordex.commitments;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kind of each party norm the party dictionary holds ("POSCO" → company, "Quadrilateral Security Dialogue" →
 * intl), and the state of each demonym ("Korean" → KR), read once: what tells a company from a public body when the
 * name alone does not, and whose firms "Korean battery makers" are.
 */
final class PartyKinds {
    private static final Map<String, String> KIND_BY_NORM = new HashMap<>();
    private static final Map<String, String> STATE_BY_DEMONYM = new HashMap<>();
    /** State names of more than three letters ("Korea", "Chile") and demonyms, by the word they start with. */
    private static final Map<String, Map<String, String>> STATE_BY_WORD = new HashMap<>();
    /** A state's name or official name as written ("United States", "Republic of Korea") → the state's norm. */
    private static final Map<String, String> STATE_BY_NAME = new HashMap<>();
    /** A state's abbreviation ("U.S.", "UK") → the state's norm. */
    private static final Map<String, String> STATE_BY_ABBREVIATION = new HashMap<>();

    static {
        try (InputStream in = PartyKinds.class.getResourceAsStream("/models/dict/party.tsv")) {
            if (in != null) {
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    String[] cols = line.split("\t");
                    if (!line.startsWith("#") && cols.length > 2) {
                        String kind = cols[2].strip();
                        KIND_BY_NORM.putIfAbsent(cols[1].strip(), kind);
                        if (kind.equals("demonym")) {
                            STATE_BY_DEMONYM.putIfAbsent(cols[0].strip(), cols[1].strip());
                        }
                        if (kind.equals("abbrev") && cols[1].strip().length() == 2) {
                            STATE_BY_ABBREVIATION.putIfAbsent(cols[0].strip(), cols[1].strip());
                        }
                        String surface = cols[0].strip();
                        if (kind.equals("state") || kind.equals("official")) {
                            STATE_BY_NAME.putIfAbsent(surface, cols[1].strip());
                        }
                        if ((kind.equals("demonym") || kind.equals("state") || kind.equals("official")) && surface.length() > 3) {
                            STATE_BY_WORD.computeIfAbsent(surface.split(" ")[0], w -> new HashMap<>())
                                    .putIfAbsent(surface, cols[1].strip());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PartyKinds() {
    }

    /** The dictionary's kind of the norm ("company", "body", "intl", "state" …), or null for a name it does not hold. */
    static String of(String norm) {
        return KIND_BY_NORM.get(norm);
    }

    /**
     * The state a body's name places it in, by a state's name or demonym in it: "Export-Import Bank of Korea" → KR,
     * "Indian Space Research Organisation" → IN; the first such body of the list decides. An international body is in no
     * state.
     */
    static Optional<String> stateOf(List<String> norms) {
        for (String norm : norms) {
            if ("intl".equals(KIND_BY_NORM.get(norm))) {
                continue; // a group of states is none of them: "Central American Integration System", "Inter-American …"
            }
            String[] words = norm.split("\\s+");
            for (int i = 0; i < words.length; i++) {
                Map<String, String> names = STATE_BY_WORD.get(words[i]);
                if (names == null) {
                    continue;
                }
                String rest = String.join(" ", Arrays.copyOfRange(words, i, words.length));
                for (Map.Entry<String, String> name : names.entrySet()) {
                    if (rest.equals(name.getKey()) || rest.startsWith(name.getKey() + " ")) {
                        return Optional.of(name.getValue());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The state the words of a body's name place it in: by a state's name or demonym ({@link #stateOf}), or by a
     * state's abbreviation or demonym among its words ("US Department of State", "the Chilean Ministry of Mining").
     */
    static Optional<String> stateNamedIn(String words) {
        Optional<String> named = stateOf(List.of(words.strip()));
        if (named.isPresent()) {
            return named;
        }
        for (String word : words.split("[\\s,]+")) {
            String state = STATE_BY_ABBREVIATION.getOrDefault(word, STATE_BY_DEMONYM.get(word));
            if (state != null) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }

    /** The state a name is, written in full ("New Zealand" → NZ); not a demonym or a body's name. */
    static Optional<String> stateNamed(String name) {
        return Optional.ofNullable(STATE_BY_NAME.get(name)).filter(norm -> norm.length() == 2);
    }

    /** Demonym → the state's norm ("Korean" → "KR"). */
    static Map<String, String> demonyms() {
        return java.util.Collections.unmodifiableMap(STATE_BY_DEMONYM);
    }
}
