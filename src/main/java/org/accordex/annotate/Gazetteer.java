package org.accordex.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.accordex.model.MentionType;

/**
 * Dictionary lookup: surface forms (from {@code models/dict/*.tsv}) to norms, matched on
 * {@link WordTokenizer} tokens, longest match first.
 *
 * <p>Party names and chemical symbols match case-sensitively ("US" but not "us"), and also in an all-upper-case
 * heading ("KINGDOM OF THAILAND"); mineral and instrument words match in any case. The tries are immutable after
 * loading, so one gazetteer serves all threads.
 */
final class Gazetteer {
    private final Node exact = new Node();
    private final Node folded = new Node();
    /** First and last words of party names, to split words run together by bad extraction ({@link RunTogetherWords}). */
    private final Set<String> firstWords = new HashSet<>();
    private final Set<String> lastWords = new HashSet<>();
    private int entries;

    record Entry(MentionType type, String norm, String kind) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        Entry entry;
    }

    /** Reads "surface TAB norm [TAB kind]" lines; '#' starts a comment. */
    void load(InputStream in, MentionType type, String name) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length < 2) {
                    throw new IOException(name + ":" + number + ": expected surface<TAB>norm[<TAB>kind]");
                }
                String kind = cols.length > 2 ? cols[2].strip() : "name";
                add(type, cols[0].strip(), cols[1].strip(), kind);
            }
        }
    }

    void add(MentionType type, String surface, String norm, String kind) {
        Entry entry = new Entry(type, norm, kind);
        if (type == MentionType.PARTY) {
            List<String> keys = keys(surface, false);
            firstWords.add(keys.get(0));
            lastWords.add(keys.get(keys.size() - 1));
            put(exact, keys, entry);
            put(exact, keys(surface.toUpperCase(Locale.ROOT), false), entry); // upper-case headings
            put(exact, keys(titleCase(surface), false), entry); // title-case headings: "Department Of Industry, Science And Resources"
            if (kind.equals("company")) {
                put(exact, keys(capitalized(surface), false), entry); // the press writes "POSCO" as "Posco"
            }
            int space = surface.indexOf(' ');
            if (kind.equals("official") && space > 0 && surface.endsWith(" Republic")) {
                // a treaty's list of heads of state writes the state's own word in capitals: "the TOGOLESE Republic"
                put(exact, keys(surface.substring(0, space).toUpperCase(Locale.ROOT) + surface.substring(space), false), entry);
            }
            if (surface.endsWith(" Corporation") && (kind.equals("company") || kind.equals("body"))) {
                // the press shortens the legal form: "Korea Resources Corp." of "Korea Resources Corporation"
                String stem = surface.substring(0, surface.length() - "Corporation".length());
                put(exact, keys(stem + "Corp.", false), entry);
                put(exact, keys(stem + "Corp", false), entry);
            }
        } else if (kind.equals("symbol")) {
            put(exact, keys(surface, false), entry); // "Ge" is germanium, "GE" is a company
        } else {
            put(folded, keys(surface, true), entry);
        }
        entries++;
    }

    int size() {
        return entries;
    }

    private static void put(Node root, List<String> keys, Entry entry) {
        Node node = root;
        for (String key : keys) {
            node = node.next.computeIfAbsent(key, k -> new Node());
        }
        // The first entry for a surface wins, so more specific files can be loaded first.
        if (node.entry == null) {
            node.entry = entry;
        }
    }

    /**
     * A firm's all-capital words of five letters or more written as names: "POSCO Holdings" → "Posco Holdings". Shorter
     * ones stay, as they may spell an English word ("MIND" → "Mind").
     */
    static String capitalized(String surface) {
        return ALL_CAPITALS.matcher(surface).replaceAll(m -> m.group(1) + m.group(2).toLowerCase(Locale.ROOT));
    }

    private static final java.util.regex.Pattern ALL_CAPITALS = java.util.regex.Pattern.compile("\\b(\\p{Lu})(\\p{Lu}{4,})\\b");

    /** Every word capitalized: "Ministry of Mines and Energy" → "Ministry Of Mines And Energy". */
    static String titleCase(String surface) {
        StringBuilder out = new StringBuilder(surface);
        for (int i = 0; i < out.length(); i++) {
            if (Character.isLowerCase(out.charAt(i)) && (i == 0 || Character.isWhitespace(out.charAt(i - 1)))) {
                out.setCharAt(i, Character.toUpperCase(out.charAt(i)));
            }
        }
        return out.toString();
    }

    private static List<String> keys(String surface, boolean fold) {
        List<String> keys = new ArrayList<>();
        for (Token t : WordTokenizer.tokenize(surface)) {
            keys.add(fold ? t.key().toLowerCase(Locale.ROOT) : t.key());
        }
        return keys;
    }

    /** All longest, non-overlapping matches in the tokens, per trie; run-together words are split first. */
    List<Candidate> find(List<Token> words) {
        List<Token> tokens = RunTogetherWords.split(words, firstWords::contains, lastWords::contains);
        List<Candidate> found = new ArrayList<>();
        scan(tokens, exact, false, found);
        scan(tokens, folded, true, found);
        return found;
    }

    private static void scan(List<Token> tokens, Node root, boolean fold, List<Candidate> out) {
        int i = 0;
        while (i < tokens.size()) {
            Node node = root;
            Entry best = null;
            int bestEnd = -1;
            for (int j = i; j < tokens.size(); j++) {
                String key = tokens.get(j).key();
                node = node.next.get(fold ? key.toLowerCase(Locale.ROOT) : key);
                if (node == null) {
                    break;
                }
                if (node.entry != null) {
                    best = node.entry;
                    bestEnd = j;
                }
            }
            if (best != null) {
                out.add(new Candidate(best.type(), tokens.get(i).start(), tokens.get(bestEnd).end(),
                        best.norm(), best.kind(), Candidate.Source.DICTIONARY));
                i = bestEnd + 1;
            } else {
                i++;
            }
        }
    }
}
