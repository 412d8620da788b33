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
 * intl), and the state of each demonym ("Korean" → KR), read once: what tells a company from a public body when the
 * name alone does not, and whose firms "Korean battery makers" are.
 */
final class PartyKinds {
    private static final Map<String, String> KIND_BY_NORM = new HashMap<>();
    private static final Map<String, String> STATE_BY_DEMONYM = new HashMap<>();

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

    /** Demonym → the state's norm ("Korean" → "KR"). */
    static Map<String, String> demonyms() {
        return java.util.Collections.unmodifiableMap(STATE_BY_DEMONYM);
    }
}
