package org.accordex.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Words that bad text extraction ran together: "Vietnamshall", "Japanwill", "andKorea", "theUnited States". A token
 * is split where a known function word or cue verb is glued to a word that ends (or starts) a party's name, so the
 * dictionaries still find the name. "Thailand" stays whole ("Thail" ends no name, and "Thailand" is one), and so do
 * "PetroChina" and "Indiana" (no glue word).
 */
final class RunTogetherWords {
    /** Glued after a name: modal verbs, cue verbs and conjunctions that follow a subject ("Japanwill"). */
    private static final List<String> AFTER_NAME = List.of("shall", "will", "would", "should", "must", "may",
            "and", "has", "have", "had", "also", "are", "were", "was", "hereby", "agree", "agrees", "agreed",
            "intend", "intends", "intended", "commit", "commits", "committed", "seeks", "plans", "aims",
            "undertakes", "pledges", "pledged", "says", "said", "announced", "signed", "welcomes", "welcomed",
            "reaffirms", "recognizes", "supports", "with", "for", "from", "the");
    /** Glued before a name: articles, prepositions and conjunctions ("andKorea", "theUnited States"). */
    private static final List<String> BEFORE_NAME = List.of("and", "the", "with", "for", "from", "between",
            "of", "in", "to", "by", "on", "at", "that", "or", "between");

    private static final List<String> AFTER_LONGEST_FIRST = longestFirst(AFTER_NAME);
    private static final List<String> BEFORE_LONGEST_FIRST = longestFirst(BEFORE_NAME);

    private RunTogetherWords() {
    }

    /**
     * The tokens with each run-together word split in two; other tokens are returned as they are.
     *
     * @param startsName whether a word is the first word of a known name ("United", "Korea")
     * @param endsName whether a word is the last word of a known name ("States", "Vietnam")
     */
    static List<Token> split(List<Token> tokens, Predicate<String> startsName, Predicate<String> endsName) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            splitInto(token, startsName, endsName, out);
        }
        return out;
    }

    /** The lengths of the glue words before a name: where, in a word glued to a name, the name's capital is. */
    private static final int[] BEFORE_LENGTHS = BEFORE_NAME.stream().mapToInt(String::length).distinct().sorted().toArray();

    /** The glue words after a name by their last letter, longest first: a word can only end in those of its own. */
    private static final Map<Character, List<String>> AFTER_BY_LAST = AFTER_LONGEST_FIRST.stream()
            .collect(Collectors.groupingBy(glue -> glue.charAt(glue.length() - 1), Collectors.toList()));

    /**
     * Whether a capital stands where a glue word before a name would end: without one, no glue word can be split off,
     * and most words have none.
     */
    private static boolean hasCapitalAfterGlue(String key) {
        for (int length : BEFORE_LENGTHS) {
            if (length < key.length() && Character.isUpperCase(key.charAt(length))) {
                return true;
            }
        }
        return false;
    }

    private static void splitInto(Token token, Predicate<String> startsName, Predicate<String> endsName, List<Token> out) {
        String key = token.key();
        // Glue words are lower case and names open with a capital, so a word can only have glue of one kind.
        if (Character.isLowerCase(key.charAt(0)) && hasCapitalAfterGlue(key)) {
            for (String glue : BEFORE_LONGEST_FIRST) {
                if (key.length() > glue.length() + 1 && key.startsWith(glue)
                        && Character.isUpperCase(key.charAt(glue.length()))) {
                    String rest = key.substring(glue.length());
                    Token restToken = new Token(token.start() + glue.length(), token.end(), rest);
                    List<Token> restSplit = new ArrayList<>();
                    splitInto(restToken, startsName, endsName, restSplit);
                    if (startsName.test(restSplit.get(0).key())) {
                        out.add(new Token(token.start(), restToken.start(), glue));
                        out.addAll(restSplit);
                        return;
                    }
                }
            }
        }
        if (!Character.isUpperCase(key.charAt(0)) || endsName.test(key)) {
            out.add(token);
            return;
        }
        for (String glue : AFTER_BY_LAST.getOrDefault(key.charAt(key.length() - 1), List.of())) {
            int nameLength = key.length() - glue.length();
            if (nameLength >= 2 && key.endsWith(glue) && endsName.test(key.substring(0, nameLength))) {
                int cut = token.start() + nameLength;
                out.add(new Token(token.start(), cut, key.substring(0, nameLength)));
                out.add(new Token(cut, token.end(), glue));
                return;
            }
        }
        out.add(token);
    }

    private static List<String> longestFirst(List<String> words) {
        return words.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
