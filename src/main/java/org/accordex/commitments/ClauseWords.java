package org.accordex.commitments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The word lists of {@code clause-words.txt} (what names the text itself, effects, agents, names of plans,
 * condition openers), each as an alternation of whole words from which the patterns that use it are built.
 */
final class ClauseWords {
    private static final String RESOURCE = "clause-words.txt";
    private static final Map<String, List<String>> LISTS = load();

    private ClauseWords() {
    }

    /** The named list's entries as written, a space between words. */
    static List<String> entries(String list) {
        List<String> entries = LISTS.get(list);
        if (entries == null) {
            throw new IllegalArgumentException("no word list " + list + " in " + RESOURCE);
        }
        return entries;
    }

    /** The named list as a regex alternation, longest entries first, spaces matching any run of white space. */
    static String alternation(String list) {
        return entries(list).stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(e -> Pattern.quote(e).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /** The named list as an alternation of its entries in title case ("Action Plan"), matched case-sensitively. */
    static String titleCaseAlternation(String list) {
        return entries(list).stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(e -> Arrays.stream(e.split(" ")).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                        .collect(Collectors.joining("\\s+")))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /** The named list's entries in the plural ("company" → "companies", "firm" → "firms"), as an alternation. */
    static String pluralAlternation(String list) {
        return entries(list).stream().map(ClauseWords::plural).sorted(Comparator.comparingInt(String::length).reversed())
                .map(e -> Pattern.quote(e).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    private static String plural(String word) {
        if (word.matches(".*[^aeiou]y")) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word.matches(".*(?:s|sh|ch|x)") ? word + "es" : word + "s";
    }

    static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (String line : DataLines.of(ClauseWords.class, RESOURCE)) {
            String[] fields = line.split("\t");
            lists.computeIfAbsent(fields[0].strip(), k -> new ArrayList<>()).add(fields[1].strip());
        }
        return lists;
    }
}
