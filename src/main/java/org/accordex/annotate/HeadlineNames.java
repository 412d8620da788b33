package org.accordex.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.commitments.DataLines;
import org.accordex.model.MentionType;

/**
 * Names read across a title-case headline. A finder that takes capitalized words for a name runs on through the
 * headline's verb and what follows it: "Halden Minerals Signs MOU For Graphite", "Corvin Metals Set To Sign …". The
 * name ends before the verb ({@code headline-verbs.txt}) or before a capitalized "For", "To", "From", … (a name in
 * prose writes them in lower case); a firm after a capitalized "With" or "And" ("Agreement With Tollund Cobalt Ltd",
 * "VAC And Torngat Metals") is a name of its own. A trade noun before a name describes it ("Australian Graphite
 * Explorer EcoGraf Ltd" is "EcoGraf Ltd").
 */
final class HeadlineNames {
    /** The verbs, each with the word it needs after it, or "" when it needs none. */
    private static final Map<String, String> VERBS = verbs(DataLines.of(HeadlineNames.class, "headline-verbs.txt"));
    /** Words that end the name before them: what follows is the headline's object or purpose. */
    private static final Set<String> ENDING = Set.of("For", "To", "From", "Into", "On", "In", "Over", "After", "As",
            "At", "Amid", "Via");
    /** Words between two names of a headline. */
    private static final Set<String> JOINING = Set.of("With", "And");
    /** Trade nouns in title case that describe the name after them ("Graphite Explorer EcoGraf Ltd"). */
    private static final Set<String> TRADE_NOUNS = Set.of("Explorer", "Miner", "Producer", "Developer", "Refiner",
            "Processor", "Smelter", "Recycler", "Maker", "Manufacturer", "Conglomerate", "Firm");
    private static final Pattern WORD = Pattern.compile("\\S+");

    private HeadlineNames() {
    }

    private static Map<String, String> verbs(List<String> lines) {
        Map<String, String> verbs = new HashMap<>();
        for (String line : lines) {
            String[] words = line.split("\\s+", 2);
            verbs.put(words[0], words.length > 1 ? words[1] : "");
        }
        return verbs;
    }

    /**
     * The names in a party name a rule or the model found: itself when it holds no headline word, else its parts that
     * are names (none when it opens with a verb: "Signs Graphite").
     */
    static List<Candidate> split(String text, Candidate c) {
        if (c.type() != MentionType.PARTY || c.source() == Candidate.Source.DICTIONARY
                || c.source() == Candidate.Source.GRAMMAR || c.source() == Candidate.Source.RULE && !c.kind().equals("company")) {
            return List.of(c);
        }
        if (ContextRules.opensBodySentence(text, c.start(), c.end())) {
            return List.of(c);
        }
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(c.start(), c.end());
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        List<Candidate> parts = new ArrayList<>();
        boolean changed = false;
        int partStart = 0;
        boolean keep = true; // the first part is the name found; a later one only after "With" or "And"
        for (int i = 0; i <= words.size(); i++) {
            String word = i < words.size() ? text.substring(words.get(i)[0], words.get(i)[1]) : null;
            String next = i + 1 < words.size() ? text.substring(words.get(i + 1)[0], words.get(i + 1)[1]) : "";
            boolean verb = word != null && VERBS.containsKey(word) && (VERBS.get(word).isEmpty() || VERBS.get(word).equals(next));
            boolean ending = word != null && ENDING.contains(word);
            boolean joining = word != null && JOINING.contains(word);
            if (word != null && !verb && !ending && !joining) {
                continue;
            }
            if (word != null) {
                changed = true;
            }
            if (keep && i > partStart) {
                Candidate part = described(text, c.withSpan(words.get(partStart)[0], words.get(i - 1)[1]), words, partStart, i);
                if (part != null && isName(text, part, parts.isEmpty() && partStart == 0)) {
                    parts.add(part);
                }
            }
            if (word == null) {
                break;
            }
            keep = joining;
            partStart = i + 1;
        }
        if (!changed) {
            Candidate part = described(text, c, words, 0, words.size());
            return List.of(part == null ? c : part);
        }
        return parts;
    }

    /**
     * Where the name in the capitalized words {@code words} starts after the last headline word among them ("Agreement
     * With Tollund" → "Tollund"), or -1 when they hold none.
     */
    static int afterLastHeadlineWord(String words) {
        int after = -1;
        Matcher m = WORD.matcher(words);
        while (m.find()) {
            String word = m.group();
            if (VERBS.containsKey(word) && VERBS.get(word).isEmpty() || ENDING.contains(word) || JOINING.contains(word)) {
                after = m.end();
            }
        }
        if (after < 0) {
            return -1;
        }
        while (after < words.length() && Character.isWhitespace(words.charAt(after))) {
            after++;
        }
        return after;
    }

    /**
     * Where a title-case name found in {@code text[start, end)} starts once a headline's verb inside it is left out
     * ("Japan Signs Offtake Agreement" → "Offtake Agreement"): after the last such verb or opening preposition, or
     * {@code start}.
     */
    static int startAfterVerb(String text, int start, int end) {
        int after = start;
        Matcher m = WORD.matcher(text).region(start, end);
        while (m.find()) {
            if (VERBS.containsKey(m.group()) && VERBS.get(m.group()).isEmpty() || isOpeningPreposition(text, m)) {
                after = m.end();
            }
        }
        while (after < end && Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        return after;
    }

    /** Verbs that end a portfolio's name only ({@code portfolio-ending-verbs.txt}). */
    private static final Set<String> PORTFOLIO_ENDING_VERBS = Set.copyOf(DataLines.of(HeadlineNames.class,
            "portfolio-ending-verbs.txt"));
    /**
     * Prepositions a headline writes in capitals before the framework its object falls under ("Letters of Interest
     * Under Coastal Metals Supply Initiative", "Tariffs Amid Trade Talks"): the name after one starts after it.
     * Names do not hold them, but for an "Under Secretary".
     */
    private static final Set<String> OPENING_PREPOSITIONS = Set.of("Under", "Amid", "Despite");
    private static final Pattern SECRETARY_AFTER = Pattern.compile("^\\s+Secretar(?:y|ies)\\b");

    private static boolean isOpeningPreposition(String text, Matcher word) {
        return OPENING_PREPOSITIONS.contains(word.group())
                && !SECRETARY_AFTER.matcher(text.substring(word.end(), Math.min(text.length(), word.end() + 16))).find();
    }

    /**
     * Where a title-case portfolio found in {@code text[start, end)} ends once a headline's verb inside it is left out
     * ("Department of Energy Awards Grants for …" → "Department of Energy"): before the first such verb, or {@code end}.
     * A portfolio opens on its head, so the verb ends it, where a name read up to its head starts after the verb.
     */
    static int endBeforeVerb(String text, int start, int end) {
        Matcher m = WORD.matcher(text).region(start, end);
        while (m.find()) {
            boolean verb = VERBS.containsKey(m.group()) && VERBS.get(m.group()).isEmpty()
                    || PORTFOLIO_ENDING_VERBS.contains(m.group());
            if (verb && m.start() > start) {
                int before = m.start();
                while (before > start && Character.isWhitespace(text.charAt(before - 1))) {
                    before--;
                }
                return before;
            }
        }
        return end;
    }

    private static final Pattern NEXT_WORD = Pattern.compile("^[ \\t]+(\\S+)(?:[ \\t]+(\\S+))?");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\S+)[ \\t]+$");

    /** Whether a headline's verb follows {@code end}: "Critical Metals| Surges On …". */
    static boolean isVerbAt(String text, int end) {
        Matcher next = NEXT_WORD.matcher(text).region(end, Math.min(text.length(), end + 40));
        if (!next.lookingAt() || !VERBS.containsKey(next.group(1))) {
            return false;
        }
        String needed = VERBS.get(next.group(1));
        return needed.isEmpty() || needed.equals(next.group(2));
    }

    /** Whether a headline's capitalized function word or verb is right before {@code start}: "… From| Critical Metals". */
    static boolean isHeadingWordBefore(String text, int start) {
        Matcher before = WORD_BEFORE.matcher(text).region(Math.max(0, start - 30), start);
        return before.find() && (ENDING.contains(before.group(1)) || JOINING.contains(before.group(1))
                || VERBS.containsKey(before.group(1)));
    }

    /** Whether the headline word that ends before {@code after} joins two names ("With", "And"). */
    static boolean joinsNames(String words, int after) {
        String before = words.substring(0, after).strip();
        return JOINING.contains(before.substring(before.lastIndexOf(' ') + 1));
    }

    /** The part without a trade noun and the words before it: "Graphite Explorer EcoGraf Ltd" → "EcoGraf Ltd". */
    private static Candidate described(String text, Candidate part, List<int[]> words, int from, int to) {
        for (int i = to - 2; i >= from; i--) {
            if (TRADE_NOUNS.contains(text.substring(words.get(i)[0], words.get(i)[1]))) {
                return part.withSpan(words.get(i + 1)[0], part.end());
            }
        }
        return part;
    }

    /**
     * Whether a part is a name: the first part unless it is one word the text also writes in lower case ("Deal With
     * Metal Exchange Corp"); a later part when it is a firm's name by its last word ("Torngat Metals").
     */
    private static boolean isName(String text, Candidate part, boolean first) {
        String surface = text.substring(part.start(), part.end());
        if (first) {
            return surface.contains(" ") || !writtenInLowerCase(text, surface);
        }
        return ContextRules.isCompanyName(surface);
    }

    private static boolean writtenInLowerCase(String text, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return !lower.equals(word) && Pattern.compile("(?<![\\p{L}/-])" + Pattern.quote(lower) + "(?![\\p{L}/-])").matcher(text).find();
    }
}
