package org.accordex.commitments;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The kind of each party norm the party dictionary holds ("POSCO" → company, "Quadrilateral Security Dialogue" →
 * intl), read once: what tells a company from a public body when the name alone does not.
 */
final class PartyKinds {
    private static final Map<String, String> KIND_BY_NORM = load();

    private PartyKinds() {
    }

    /** The dictionary's kind of the norm ("company", "body", "intl", "state" …), or null for a name it does not hold. */
    static String of(String norm) {
        return KIND_BY_NORM.get(norm);
    }

    private static Map<String, String> load() {
        Map<String, String> kinds = new HashMap<>();
        try (InputStream in = PartyKinds.class.getResourceAsStream("/models/dict/party.tsv")) {
            if (in == null) {
                return Map.of();
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cols = line.split("\t");
                if (!line.startsWith("#") && cols.length > 2) {
                    kinds.putIfAbsent(cols[1].strip(), cols[2].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(kinds);
    }
}
