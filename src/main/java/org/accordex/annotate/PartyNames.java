package org.accordex.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A party's name for readers, from the party dictionary the annotator uses: a code norm reads as its short name
 * ("JP" → "Japan", "EU" → "European Union"); a norm that is already a name ("U.S. Department of Energy") reads as
 * itself. The first line of the dictionary of the preferred kind wins, so the dictionary's order decides.
 */
public final class PartyNames {
    /** Norms that are codes: ISO 3166-1 alpha-2 and the few stand-ins (EU). */
    private static final Pattern CODE = Pattern.compile("[A-Z]{2,3}");
    /** For a code, which kinds of dictionary line give its name, best first. */
    private static final List<String> NAME_KINDS = List.of("state", "intl", "official", "body");

    private static volatile PartyNames bundled;

    private final Map<String, String> names;

    PartyNames(Map<String, String> names) {
        this.names = Map.copyOf(names);
    }

    /** The names of the party dictionary packaged with accordex; read once per JVM. */
    public static PartyNames bundled() {
        PartyNames result = bundled;
        if (result == null) {
            synchronized (PartyNames.class) {
                if (bundled == null) {
                    try (InputStream in = PartyNames.class.getResourceAsStream("/models/dict/party.tsv")) {
                        bundled = in == null ? new PartyNames(Map.of()) : read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the party dictionary", e);
                    }
                }
                result = bundled;
            }
        }
        return result;
    }

    /** Reads "surface TAB norm TAB kind" lines ('#' starts a comment), as {@link Gazetteer} does. */
    static PartyNames read(InputStream in) throws IOException {
        Map<String, Map<String, String>> firstByKind = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length < 2) {
                    continue;
                }
                String surface = cols[0].strip();
                String norm = cols[1].strip();
                String kind = cols.length > 2 ? cols[2].strip() : "name";
                if (CODE.matcher(norm).matches() && !surface.equals(norm) && surface.length() > norm.length()) {
                    firstByKind.computeIfAbsent(norm, k -> new HashMap<>()).putIfAbsent(kind, surface);
                }
            }
        }
        Map<String, String> names = new HashMap<>();
        firstByKind.forEach((norm, byKind) -> NAME_KINDS.stream().filter(byKind::containsKey).findFirst()
                .ifPresent(kind -> names.put(norm, byKind.get(kind))));
        return new PartyNames(names);
    }

    /** The name a reader knows the party by: "Japan" for "JP"; the norm itself when it is already a name. */
    public String label(String norm) {
        return names.getOrDefault(norm, norm);
    }
}
