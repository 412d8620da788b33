package org.accordex.commitments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.model.Modality;

/**
 * The words that make a sentence a commitment, and how firm each is (ANNOTATION.md §2).
 *
 * <p>The first cue in the sentence decides, since the cue nearest the subject governs the parties' own action:
 * "will seek to" is a commitment, "intend to … which will" an intent.
 */
public final class ModalityCues {
    /**
     * A cue found in a sentence: where it starts and ends, and its modality; whether it reports ongoing work, and
     * whether such a report commits only in an agreement's operative items, even in the parties' own voice.
     */
    record Cue(int start, int end, Modality modality, boolean ongoing, boolean operativeOnly) {
        /** The same cue in a text that starts {@code by} characters earlier. */
        Cue shifted(int by) {
            return new Cue(start + by, end + by, modality, ongoing, operativeOnly);
        }
    }

    /**
     * A cue pattern and the words it can start with. Every match starts at one of them, so the pattern is tried only
     * where one occurs: most sentences skip most rules without running their pattern.
     */
    private record Rule(Pattern pattern, Modality modality, List<Trigger> triggers, boolean ongoing, boolean operativeOnly,
            boolean verbAfter, boolean eventAfter) {
        /**
         * Finds the pattern's first match from {@code from} as {@link Matcher#find(int)} would, trying it only at
         * {@code places} (ascending), where a trigger occurs, rather than at every character. {@code m} looks past its
         * region (transparent bounds), so the word boundary and look-behinds before a place read the same characters
         * as in a search.
         */
        static boolean findAt(Matcher m, int[] places, int from) {
            for (int at : places) {
                if (at >= from) {
                    m.region(at, m.regionEnd());
                    if (m.lookingAt()) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * The lower-case letters a cue's first word starts with ("endeavou?rs?" → "endeavo"), and whether they are the
     * whole word ("shall"), which then has no letter or digit right after it. A word that opens with a letter has
     * none right before it either (the pattern opens with {@code \b}).
     */
    private record Trigger(String prefix, boolean whole) {
        /** Whether the cue may start at {@code at}; {@code wordStart} tells whether no letter or digit comes before it. */
        boolean occursAt(String lowerCase, int at, boolean wordStart) {
            int after = at + prefix.length();
            return lowerCase.startsWith(prefix, at) && (wordStart || !Character.isLetterOrDigit(prefix.charAt(0)))
                    && (!whole || after == lowerCase.length() || !Character.isLetterOrDigit(lowerCase.charAt(after)));
        }
    }

    /** A trigger and the index of its rule in {@link #RULES}. */
    private record RuleTrigger(int rule, Trigger trigger) {
    }

    /** The cue list, a resource beside this class: one modality and one cue per line (the file explains the syntax). */
    private static final String CUES = "modality-cues.txt";
    /**
     * Words between a cue's parts never cross an infinitive: in "announced a new goal to raise the share of contracts
     * awarded to …" the contracts belong to the goal's clause, no deal announced.
     */
    private static final String INFINITIVE_NOT_CROSSED = "(?!to\\s+(?!(?:a|an|the|its|their|our|his|her|this|these|those|that|all|any|each|both)\\s)(?-i:\\p{Ll}))";
    /**
     * A word between the parts of a cue: letters ("U.S.") or a date's day ("agreed on July 1 to") for "…", anything
     * but a semicolon for "~".
     */
    private static final String GAP_WORD = INFINITIVE_NOT_CROSSED + "(?:[\\p{L}.,’'-]+|(?<=(?:January|February|March|April|May|June|July|August"
            + "|September|October|November|December)\\s)\\d{1,2},?)\\s+";
    private static final String ANY_GAP_WORD = INFINITIVE_NOT_CROSSED + "[^\\s;]+\\s+";
    /**
     * A final "to" must introduce a verb, perhaps quoted ('agreed to “secure” supplies') or after an aside ("plan to,
     * among other things, …"), not a name ("wants to America"); the verb is not part of the cue. Nor is it the "to" of a
     * compound preposition ("entered into a memorandum in relation to a potential acquisition").
     */
    private static final String TO_VERB = "(?<!\\b(?:relation|respect|regard|relating|according|due|prior|addition|up)\\s)"
            + "to(?=\\s+[\"“‘']?(?:\\p{Ll}|\\p{Lu}{2})|\\s*,)";
    /** A final "to:" in the cue list: the same, or the end of a lead-in whose items hold the verbs ("is directed to:"). */
    private static final String TO_VERB_OR_LIST = TO_VERB.replace("|\\s*,)", "|\\s*[,:])");

    /** Word alternatives the cue list names once and uses in several cues ("@deal-verb"), by name. */
    private static final Map<String, String> NAMED_WORDS = new HashMap<>();
    private static final List<Rule> RULES = load();
    /**
     * The triggers of all rules, to find every rule's places in one pass over a sentence: by their first two characters
     * where both are ASCII ({@code [first * 128 + second]}), else by their first character.
     */
    private static final RuleTrigger[][] TRIGGERS_BY_FIRST_TWO = new RuleTrigger[128 * 128][];
    private static final RuleTrigger[][] TRIGGERS_BY_FIRST_ASCII = new RuleTrigger[128][];
    private static final Map<Character, RuleTrigger[]> TRIGGERS_BY_FIRST_OTHER = new HashMap<>();

    static {
        for (int r = 0; r < RULES.size(); r++) {
            for (Trigger t : RULES.get(r).triggers() == null ? List.<Trigger>of() : RULES.get(r).triggers()) {
                String p = t.prefix();
                RuleTrigger rt = new RuleTrigger(r, t);
                if (p.length() >= 2 && p.charAt(0) < 128 && p.charAt(1) < 128) {
                    TRIGGERS_BY_FIRST_TWO[p.charAt(0) * 128 + p.charAt(1)] = with(TRIGGERS_BY_FIRST_TWO[p.charAt(0) * 128 + p.charAt(1)], rt);
                } else if (p.charAt(0) < 128) {
                    TRIGGERS_BY_FIRST_ASCII[p.charAt(0)] = with(TRIGGERS_BY_FIRST_ASCII[p.charAt(0)], rt);
                } else {
                    TRIGGERS_BY_FIRST_OTHER.merge(p.charAt(0), new RuleTrigger[] {rt}, (x, y) -> with(x, y[0]));
                }
            }
        }
    }

    private static RuleTrigger[] with(RuleTrigger[] triggers, RuleTrigger added) {
        RuleTrigger[] more = triggers == null ? new RuleTrigger[1] : Arrays.copyOf(triggers, triggers.length + 1);
        more[more.length - 1] = added;
        return more;
    }

    /** For each rule, the places in the sentence where one of its triggers occurs, ascending. */
    private static int[][] triggerPlaces(String lowerCase) {
        int[][] places = new int[RULES.size()][];
        int[] counts = new int[RULES.size()];
        boolean wordStart = true;
        for (int at = 0; at < lowerCase.length(); at++) {
            char c = lowerCase.charAt(at);
            boolean letter = Character.isLetterOrDigit(c);
            // a trigger that opens with a letter or digit starts a word: inside a word, none does
            if (wordStart || !letter) {
                char next = at + 1 < lowerCase.length() ? lowerCase.charAt(at + 1) : 0;
                if (c < 128) {
                    add(places, counts, lowerCase, at, wordStart, next < 128 ? TRIGGERS_BY_FIRST_TWO[c * 128 + next] : null);
                    add(places, counts, lowerCase, at, wordStart, TRIGGERS_BY_FIRST_ASCII[c]);
                } else {
                    add(places, counts, lowerCase, at, wordStart, TRIGGERS_BY_FIRST_OTHER.get(c));
                }
            }
            wordStart = !letter;
        }
        for (int r = 0; r < places.length; r++) {
            places[r] = counts[r] == 0 ? NO_PLACES : Arrays.copyOf(places[r], counts[r]);
        }
        return places;
    }

    /** Adds {@code at} to the places of the rules of those {@code triggers} that occur there. */
    private static void add(int[][] places, int[] counts, String lowerCase, int at, boolean wordStart, RuleTrigger[] triggers) {
        if (triggers == null) {
            return;
        }
        for (RuleTrigger t : triggers) {
            int n = counts[t.rule()];
            if (t.trigger().occursAt(lowerCase, at, wordStart) && (n == 0 || places[t.rule()][n - 1] != at)) {
                if (n == 0 || n == places[t.rule()].length) {
                    places[t.rule()] = n == 0 ? new int[4] : Arrays.copyOf(places[t.rule()], 2 * n);
                }
                places[t.rule()][n] = at;
                counts[t.rule()]++;
            }
        }
    }

    private static final int[] NO_PLACES = new int[0];

    private static List<Rule> load() {
        List<Rule> rules = new ArrayList<>();
        for (String line : DataLines.of(ModalityCues.class, CUES)) {
            String[] fields = line.split("\t");
            if (fields[0].startsWith("@")) {
                NAMED_WORDS.put(fields[0].strip(), fields[1].strip());
                continue;
            }
            String cue = fields[1].strip();
            for (Map.Entry<String, String> named : NAMED_WORDS.entrySet()) {
                cue = cue.replace(named.getKey(), named.getValue());
            }
            List<String> flags = fields.length > 2 ? List.of(fields[2].strip().split("\\s*,\\s*")) : List.of();
            rules.add(compile(Modality.valueOf(fields[0].strip().toUpperCase(Locale.ROOT)), cue,
                    flags.contains("ongoing") || flags.contains("operative"), flags.contains("operative"), flags.contains("verb-after"),
                    flags.contains("event-after")));
        }
        return List.copyOf(rules);
    }

    /** The word alternatives the cue list names {@code name} ("@deal-verb" → "signed|concluded|…"). */
    static String namedWords(String name) {
        String words = NAMED_WORDS.get(name);
        if (words == null) {
            throw new IllegalArgumentException("no " + name + " in " + CUES);
        }
        return words;
    }

    /** One line of the cue list as a pattern and its trigger words. */
    private static Rule compile(Modality modality, String cue, boolean ongoing, boolean operativeOnly, boolean verbAfter,
            boolean eventAfter) {
        String[] words = cue.split(" ");
        StringBuilder regex = new StringBuilder("\\b");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean last = i == words.length - 1;
            if (w.startsWith("…") || w.startsWith("~")) {
                regex.append("(?:").append(w.startsWith("…") ? GAP_WORD : ANY_GAP_WORD).append("){0,").append(w.substring(1)).append("}?");
            } else if (w.startsWith("[") && w.endsWith("]")) {
                regex.append("(?:(?:").append(w, 1, w.length() - 1).append(")\\s+)?");
            } else if (last && w.equals("to")) {
                regex.append(TO_VERB);
            } else if (last && w.equals("to:")) {
                regex.append(TO_VERB_OR_LIST);
            } else {
                // after the first word, markup or a quote may open a word: "an **Agreement** to", "a “deal” to"
                // and close after it: "a Memorandum of Understanding (MOU) with …", "a “deal” to"
                regex.append(i == 0 ? "(?:" : "[*_\"“‘'(]*(?:").append(w).append(last ? ")\\b" : ")[*_\"”’)]*\\s+");
            }
        }
        List<Trigger> triggers = triggers(words[0]);
        return new Rule(Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE), modality, triggers, ongoing, operativeOnly,
                verbAfter, eventAfter);
    }

    /**
     * The triggers of a cue's first word, one per alternative, those of a group that opens an alternative included
     * ("(?:pledge[sd]?|commit(?:s|ted))(?=…)" → "pledge", "commit"); null when some alternative has no literal start.
     */
    private static List<Trigger> triggers(String firstWord) {
        List<Trigger> triggers = new ArrayList<>();
        for (String alternative : topLevelAlternatives(firstWord)) {
            int close = alternative.startsWith("(?:") ? closingParen(alternative, 0) : -1;
            if (close > 0 && (close + 1 == alternative.length() || "?*{".indexOf(alternative.charAt(close + 1)) < 0)) {
                List<Trigger> inner = triggers(alternative.substring(3, close));
                if (inner == null) {
                    return null;
                }
                boolean followed = close + 1 < alternative.length(); // what follows may join the word: not whole
                inner.forEach(t -> triggers.add(followed ? new Trigger(t.prefix(), false) : t));
                continue;
            }
            int literal = 0;
            while (literal < alternative.length() && "\\^$.|?*+()[]{}".indexOf(alternative.charAt(literal)) < 0) {
                literal++;
            }
            String rest = alternative.substring(literal);
            if (rest.startsWith("?") || rest.startsWith("*") || rest.startsWith("{")) {
                literal--; // the quantifier makes the last letter optional
            }
            if (literal <= 0) {
                return null;
            }
            // "will(?!\s+of)": a lookahead after the letters consumes nothing, so they are still the whole word
            boolean lookahead = (rest.startsWith("(?!") || rest.startsWith("(?=")) && closingParen(rest, 0) == rest.length() - 1;
            boolean whole = rest.isEmpty() || lookahead;
            triggers.add(new Trigger(alternative.substring(0, literal).toLowerCase(Locale.ROOT), whole));
        }
        return List.copyOf(triggers);
    }

    /** "a|b(?:c|d)|e" → a, b(?:c|d), e. */
    private static List<String> topLevelAlternatives(String word) {
        List<String> alternatives = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = endOfClass(word, i); // a class's "(", ")" and "|" are characters
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                alternatives.add(word.substring(from, i));
                from = i + 1;
            }
        }
        alternatives.add(word.substring(from));
        return alternatives;
    }

    /** The index of the "]" that closes the character class opened at {@code open}. */
    private static int endOfClass(String s, int open) {
        int i = open + 1;
        if (i < s.length() && s.charAt(i) == '^') {
            i++;
        }
        i++; // a "]" right after the opening is a character
        for (; i < s.length() && s.charAt(i) != ']'; i++) {
            if (s.charAt(i) == '\\') {
                i++;
            }
        }
        return i;
    }

    /** The index of the parenthesis that closes the one at {@code open}, or -1. */
    private static int closingParen(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = endOfClass(s, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private ModalityCues() {
    }

    /** Whether the sentence has any modality cue: a cheap test other stages use to spend effort where it pays. */
    public static boolean hasCue(String sentence) {
        return first(sentence).isPresent();
    }

    /**
     * The first cue in {@code sentence}, if any. A modal run together with the next word ("shallinclude") is read in a
     * spaced copy, and the cue mapped back: it ends inside the word, where the verb starts.
     */
    static Optional<Cue> first(String sentence) {
        GluedCues.Spaced spaced = GluedCues.spaced(sentence);
        if (spaced == null) {
            return firstIn(sentence);
        }
        return firstIn(spaced.text()).map(c -> new Cue(spaced.original(c.start()), spaced.original(c.end()), c.modality(),
                c.ongoing(), c.operativeOnly()));
    }

    private static Optional<Cue> firstIn(String sentence) {
        String lowerCase = sentence.toLowerCase(Locale.ROOT);
        // lower case of the same length keeps every offset; the rare text whose length changes is searched in full
        boolean sameOffsets = lowerCase.length() == sentence.length();
        if ((!sameOffsets || DISCLAIMER_WORDS.stream().anyMatch(lowerCase::contains)) && DISCLAIMER.matcher(sentence).find()) {
            return Optional.empty();
        }
        Cue best = null;
        int[][] places = sameOffsets ? triggerPlaces(lowerCase) : null;
        for (int r = 0; r < RULES.size(); r++) {
            Rule rule = RULES.get(r);
            boolean atTriggers = places != null && rule.triggers() != null;
            if (atTriggers && (places[r].length == 0 || best != null && places[r][0] >= best.start())) {
                continue; // no match can start earlier than a cue already found
            }
            Matcher m = rule.pattern().matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
            boolean found = atTriggers ? Rule.findAt(m, places[r], 0) : m.find(0);
            while (found && (best == null || m.start() < best.start())) {
                Cue cue = read(sentence, m, rule);
                if (cue != null) {
                    best = cue;
                    break;
                }
                found = atTriggers ? Rule.findAt(m, places[r], Math.max(m.end(), m.start() + 1)) : m.find();
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether a "will" cue says what someone or something will be or hold, no act: "She will be the first woman to …",
     * "This database will include records of …", "The topics it will examine include …". The sentence still tells whom
     * a later "it" stands for, so the caller reads its parties before it drops it.
     */
    static boolean isStateOrContents(String sentence, Cue cue) {
        int start = cue.start();
        int end = cue.end();
        if (!WILL.matcher(sentence.substring(start, end)).matches()) {
            return false;
        }
        if (BE_A_STATE.matcher(sentence).region(end, sentence.length()).lookingAt()) {
            return true; // "Kenya will be the first country to …", "will be an historic moment": a standing
        }
        if (RECORD_CONTENTS.matcher(sentence.substring(0, end)).find() && !sentence.strip().endsWith(":")
                && CONTENTS_VERB.matcher(sentence).region(end, sentence.length()).lookingAt()) {
            return true; // what a store of records holds; "Key terms will include:" still opens a list of pledges
        }
        if (WORK_CONTENTS.matcher(sentence.substring(0, end)).find()
                && INCLUDES_A_THING.matcher(sentence).region(end, sentence.length()).lookingAt()) {
            return true; // what the work named before takes in; "will include reviewing …" names an act and stays
        }
        // the modal describes the topics, the sentence lists them
        return CONTENT_RELATIVE.matcher(sentence.substring(0, start)).find()
                && CONTENT_MAIN_VERB.matcher(sentence).region(end, sentence.length()).lookingAt();
    }

    /** Whether the sentence is boilerplate that denies an obligation ({@link #DISCLAIMER}). */
    static boolean isDisclaimer(String sentence) {
        return DISCLAIMER.matcher(sentence).find();
    }

    /** Boilerplate that denies an obligation: "Nothing in this order shall be construed…", "is not intended to". */
    private static final Pattern DISCLAIMER = Pattern.compile(
            "(?i)\\bnothing\\s+(?:in|herein)\\b|\\bshall\\s+(?:not\\s+)?be\\s+construed\\b|\\b(?:is|are)\\s+not\\s+intended\\s+to\\b"
                    + "|\\bnot\\s+(?:be\\s+)?legally\\s+binding\\b");
    /** Every alternative of {@link #DISCLAIMER} holds one of these words: without them it cannot match. */
    private static final List<String> DISCLAIMER_WORDS = List.of("nothing", "construed", "intended", "legally");
    /** A future in a relative clause ("a loan that will support") describes, it does not commit. */
    private static final Pattern RELATIVE_AIM = Pattern.compile("(?i)(?:aims?|seeks?|intends?|plans?|wish(?:es)?|wants?)\\b");
    private static final Pattern OBLIGING_LATER = Pattern.compile("(?i)\\b(?:shall|must)\\b");
    private static final Pattern RELATIVE_BEFORE = Pattern.compile("(?i)\\b(?:which|that|who)\\s+(?:\\w+ly\\s+)?$");

    /** A cue in the "-ing" form, which may describe a noun rather than be the sentence's verb. */
    private static final Pattern PARTICIPLE_CUE = Pattern.compile(
            "(?i)^(?:intending|seeking|wishing|desiring|planning|aiming|hoping)\\s+to\\b");
    /**
     * A name after "with" that opens an absolute clause: "…, with the United States planning to invest": the named party
     * is the participle's subject, so the cue is its own aim.
     */
    private static final Pattern WITH_NAME_BEFORE = Pattern.compile(
            "(?:^|,)\\s*(?i:with)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.’'-]*\\s+){1,4}$");
    private static final Pattern PROGRESSIVE_RELATIVE_BEFORE = Pattern.compile("(?i)\\b(?:which|that|who)\\s+(?:is|are)\\s+$");
    /** "A Party [intending]", "companies [seeking]": a noun just before, not a pronoun or an auxiliary ("we are seeking"). */
    private static final Pattern NOUN_BEFORE = Pattern.compile(
            "(?i)\\b(?!(?:is|are|was|were|be|been|am|we|they|it|i|he|she|also|still|now|jointly|actively)\\b)\\p{L}{2,}\\s+$");

    /**
     * A hedge before a cue: "Russia may decide to …" is a possibility, not a decision; "purchases can encourage
     * production" an ability.
     */
    private static final Pattern WILL = Pattern.compile("(?i)will");
    /**
     * "will be" and who or what someone will be first or anew: "will be the first country to adopt …", "will be the new
     * coordinator", "will be an historic moment", a standing and no act; "will be a reliable supplier" pledges to supply,
     * and "will continue to be the largest donor" goes on giving (its cue is not "will be").
     */
    private static final Pattern BE_A_STATE = Pattern.compile("(?i)\\s+(?:also\\s+|then\\s+|now\\s+)?be\\s+(?:the|a|an)\\s+"
            + "(?:first|second|third|last|only|next|new|historic|landmark)\\b");
    /** A store of records or a written work as the subject, right before "will": "This database will". */
    private static final Pattern RECORD_CONTENTS = ClauseWords.compile("(?:^|[\\s\"“])(?:this|the|that|its|their|our|each|a|the\\s+new|a\\s+new)\\s+"
            + "(?:[\\p{L}-]+\\s+){0,2}(?:" + ClauseWords.alternation("record-thing") + ")\\s+will$");
    private static final Pattern CONTENTS_VERB = Pattern.compile("(?i)\\s+(?:also\\s+)?(?:include|contain|feature|list|hold)\\b");
    /** Work named before, pointed back to, right before "will": "This work will", "These efforts will". */
    private static final Pattern WORK_CONTENTS = ClauseWords.compile("(?:^|[\\s\"“])(?:this|that|these|those|such)\\s+"
            + ClauseWords.alternation("work-noun") + "\\s+will$");
    /**
     * "include" and what it takes in (an aside between may stand: "include, from the start, a focus …"), not an act: a
     * gerund ("include reviewing …") or efforts or steps to do a thing ("include efforts to map …").
     */
    private static final Pattern INCLUDES_A_THING = Pattern.compile(
            "(?i)\\s+(?:also\\s+)?include\\b(?:\\s*,[^,.;:]{1,40},)?\\s+(?!\\p{L}+ing\\b)"
                    + "(?!(?:[\\p{L}-]+\\s+){0,2}(?:efforts?|steps|actions?|measures|work|initiatives?)\\s+to\\b)[\\p{L}$\\d]");
    /** A relative clause on what a body's work covers, right before "will": "The topics it will [examine] include". */
    private static final Pattern CONTENT_RELATIVE = ClauseWords.compile("(?:^|[\\s\"“])(?:the|its|their|other)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:"
            + ClauseWords.alternation("covered-noun") + ")\\s+(?:that\\s+|which\\s+)?(?:it|they|we|he|she|the\\s+[\\p{L}-]+)\\s+$");
    private static final Pattern CONTENT_MAIN_VERB = Pattern.compile("(?i)\\s+(?:\\w+ly\\s+)?\\p{L}+\\s+(?:include|includes|are|will\\s+include)\\b");
    /** "be" and a capitalized name after a modal verb: "will be He Lifeng, Vice Premier". */
    private static final Pattern BE_A_NAME = Pattern.compile("\\s+be\\s+(?:\\p{Lu}[\\p{Ll}.’'-]*\\s+){1,3}\\p{Lu}\\p{Ll}");
    /** A participle after a comma that says what a fact shows: "…, demonstrating the collective [dedication to]". */
    private static final Pattern EVIDENCE_BEFORE = Pattern.compile("(?i),\\s+(?:demonstrating|reflecting|showing"
            + "|illustrating|evidencing|signaling|signalling|testifying\\s+to)\\s+(?:[\\p{L}'’-]+\\s+){0,3}$");
    /** A pledge named as a noun, as a cue opens with it. */
    private static final Pattern PLEDGE_NOUN = Pattern.compile(
            "(?i)(?:[\\p{L}'’-]+\\s+){0,2}?(?:commitments?|dedication|determination|resolve)\\s+to\\b");
    private static final Pattern HEDGE_BEFORE = Pattern.compile("(?i)\\b(?:may|might|could|can)\\s+(?:\\w+ly\\s+)?$");

    /** A cue that ends in "that" ("agreed that", "commit that"): its clause must say what is to be done. */
    private static final Pattern THAT_END = Pattern.compile("(?i)\\bthat$");
    /**
     * A verb of what is to come in that clause ("agree that they shall cooperate", "agreed that the group would meet"),
     * or of a meaning they settle, which binds them as well ("agree that processing means refining").
     */
    private static final Pattern FUTURE_IN = Pattern.compile(
            "(?i)\\b(?:will|shall|would|should|must|is\\s+to|are\\s+to|intends?|plans?|means|refers\\s+to)\\b");

    /** The clause from {@code from} to the next semicolon or the end of the sentence. */
    private static String clauseAfter(String sentence, int from) {
        int semicolon = sentence.indexOf(';', from);
        return sentence.substring(from, semicolon < 0 ? sentence.length() : semicolon);
    }

    /**
     * A document as the subject of a verb of what it shows or brings about, right before a noun-form cue: "The Strategy
     * reflects the Department's [plan to]", "This plan strengthens the nation's [readiness to]" ("The agreement
     * outlines plans to …" still states what its parties plan).
     */
    private static final Pattern DOCUMENT_DESCRIBES_BEFORE = Pattern.compile("(?i)(?:^|[\\s*_])(?:the|this|our|its|their)\\s+"
            + "(?:[\\p{L}-]+\\s+){0,3}(?:strateg(?:y|ies)|plans?|roadmaps?|blueprints?|agenda|budget|report|memorandum|framework"
            // a new initiative said to add to a wider plan: "this initiative adds to the President's plan to …"
            + "|initiatives?|programs?|programmes?)\\s+"
            + "(?:also\\s+|further\\s+)?(?:reflects|reflect|strengthens|strengthen|bolsters|enhances|improves|reinforces|builds\\s+on"
            + "|adds\\s+to|add\\s+to|complements|complement"
            + "|underscores|demonstrates|embodies)\\s+(?:[\\p{L}.’'-]+\\s+){0,8}[\\p{L}.’'-]*$");

    /** What a relationship rests on, right before a noun-form cue: "is based on a mutual [commitment to]". */
    private static final Pattern BASIS_BEFORE = Pattern.compile("(?i)\\b(?:(?:based|founded|built|grounded|anchored|rests?|resting)"
            + "\\s+(?:up)?on|rooted\\s+in)\\s+(?:(?:a|an|the|our|their|its)\\s+)?(?:[\\p{L}-]+\\s+){0,2}$");

    /** The modal verbs of a duty, which a condition does not have: "If a Party adopts …" rather than "shall adopt". */
    private static final Pattern OBLIGING = Pattern.compile("(?i)(?:shall|must)\\b");
    private static final Pattern MODAL_IN = Pattern.compile("(?i)\\b(?:shall|must|will)\\b");
    /** A sentence that opens with a condition, after an item's number, and has no comma up to the cue. */
    private static final Pattern UNMARKED_CONDITION = Pattern.compile(
            "(?i)^[\\s\"“]*(?:\\(?(?:\\d{1,3}|[a-z]|[ivx]{1,5})[.)]\\s+)?(?:where|if|when|whenever|in\\s+case)\\b[^,;:]*$");
    /** The main clause after such a condition: a pronoun or a capitalized name, then "shall" or "must". */
    private static final Pattern SUBJECT_THEN_OBLIGING = Pattern.compile(
            "\\s(?:it|they|(?-i:the)\\s+(?-i:\\p{Lu})\\p{L}+|(?-i:\\p{Lu})\\p{L}+)\\s+(?:shall|must)\\b");

    /**
     * A relative clause of hope or belief about a thing before the cue: "Principles that we hope [will] guide …", "the
     * vision of what we [hope] to achieve". The thing is hoped to act, or the hope names a goal: no one pledges.
     */
    private static final Pattern HOPED_OF_A_THING = Pattern.compile(
            "(?i)(?:\\b(?:that|which)\\s+(?:we|they)\\s+(?:hope|believe|expect|trust)\\s+|\\bwhat\\s+(?:we|they)\\s+)$");

    /** A cue that ends with "to" ("agreed to", "committed to"). */
    private static final Pattern STRANDED_TO = Pattern.compile("(?i)\\bto$");
    /**
     * A place or a time right after a cue's final "to", where a verb would stand: "the package Japan agreed to earlier
     * in the year", "what the parties committed to from the start", "the targets agreed to in Paris". The "to" ends a
     * relative clause about a thing agreed; nothing is pledged after it.
     */
    private static final Pattern PLACE_OR_TIME_AFTER = Pattern.compile(
            "(?i)\\s+(?:from|in|on|with|into|since|during|under|earlier|later|previously|last)\\b(?![-’'])");

    /** The modal verbs: each brings its own subject, so it is never the verb of someone else's infinitive. */
    private static final Pattern MODAL = Pattern.compile("(?i)^(?:will|shall|must|should|would)\\b");

    /**
     * The match as a cue, or null when it is none: a hedge, a name, a noun-form cue before a noun phrase, or the
     * purpose of reported activity (see {@link ActivityReports}).
     */
    private static Cue read(String sentence, Matcher m, Rule rule) {
        if (notACue(sentence, m.start()) || inName(sentence, m.start())
                || rule.verbAfter() && ActivityReports.nounPhraseAfter(sentence, m.end())
                || ActivityReports.adjectivesAfter(sentence, m.end(), rule.verbAfter())
                || rule.eventAfter() && !actOrEventAfter(sentence, m.end())) {
            return null;
        }
        if (STRANDED_TO.matcher(m.group()).find() && PLACE_OR_TIME_AFTER.matcher(sentence.substring(m.end())).lookingAt()) {
            return null; // "the package Japan agreed to earlier in the year": a "to" left by a relative clause, no act after it
        }
        if (ActivityReports.isNounBeforeNounPhrase(sentence, m.start(), m.end())) {
            return null; // "the total pledge to this fund": a noun, no pledge made
        }
        if (HOPED_OF_A_THING.matcher(sentence.substring(0, m.start())).find()) {
            return null; // "principles that we hope will guide …", "what we hope to achieve": what a thing is hoped to do
        }
        if (Clauses.describesNoun(sentence, m.start(), m.end())) {
            return null; // "the key terms the parties will use", "the copper committed to the United States": a description
        }
        if (DOCUMENT_DESCRIBES_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 160), m.start())).find()) {
            // "The Roadmap reflects the Department's plan to …", "The Plan strengthens the nation's readiness to
            // …": what a document shows or brings about, no pledge; its own items state the acts
            return null;
        }
        if (rule.verbAfter() && BASIS_BEFORE.matcher(sentence.substring(0, m.start())).find()) {
            return null; // "Our partnership is founded on a shared commitment to …" says what a tie rests on, no pledge
        }
        if (THAT_END.matcher(m.group()).find() && !FUTURE_IN.matcher(clauseAfter(sentence, m.end())).find()) {
            return null; // "They agreed that the program poses a grave threat": a shared view, no act
        }
        if (m.start() < runInHeadingEnd(sentence)) {
            return null; // "**AMERICA WILL LEAD:** The United States is …": the heading's words are not the sentence's
        }
        int conditionEnd = Clauses.afterCondition(sentence, 0);
        if (m.start() < conditionEnd && !ROLE_THEN_SUBJECT.matcher(sentence.substring(0, m.start())).find() && !(OBLIGING.matcher(sentence.substring(m.start())).lookingAt()
                && !MODAL_IN.matcher(sentence.substring(conditionEnd)).find())) {
            // "Where a Party intends to …, it shall notify": the condition's verb is not the pledge; a "shall" before the
            // first comma, when none follows it, is the main clause's ("Before applying a measure the applying Party shall
            // notify … and shall, on request, consult")
            return null;
        }
        if (conditionEnd == 0 && !MODAL_IN.matcher(m.group()).lookingAt() && UNMARKED_CONDITION.matcher(sentence.substring(0, m.start())).find()
                && SUBJECT_THEN_OBLIGING.matcher(sentence).region(m.end(), sentence.length()).find()) {
            // "Where the Community envisages concluding an agreement it shall inform …": a condition with no comma after
            // it; the verb of the condition is not the pledge, the main clause's "shall" is
            return null;
        }
        boolean modal = MODAL.matcher(sentence.substring(m.start())).find();
        if (modal && ActivityReports.isForecast(sentence, m.start())) {
            return null;
        }
        if (modal && BE_A_NAME.matcher(sentence).region(m.end(), sentence.length()).lookingAt()) {
            return null; // "The representative for these talks will be Ana Torres": who fills a role, no act
        }
        return switch (ActivityReports.of(sentence, m.start(), m.end(), modal)) {
            case REPORT -> null;
            case ONGOING -> new Cue(m.start(), m.end(), rule.modality(), true, rule.operativeOnly());
            case COMMITS -> new Cue(m.start(), m.end(), rule.modality(), rule.ongoing(), rule.operativeOnly());
        };
    }

    /**
     * A leading "As" that names the role the subject speaks in, not a circumstance: "As a G7 we agreed to …, also …"
     * (the comma closes no clause of "As"); the pronoun right before the cue is the subject.
     */
    private static final Pattern ROLE_THEN_SUBJECT = Pattern.compile(
            "^[\\s\"“]*As\\s+(?:a|an|the)?\\s*[^\\s,;]+(?:\\s+[^\\s,;]+){0,4}?\\s+(?:we|they)\\s+(?:(?:also|further|\\w+ly|have|has)\\s+)*$");

    /** "to working with …", "to the next summit": what a cue of looking forward commits to, not "to the report". */
    private static final Pattern TO_WORDS = Pattern.compile("(?i)^\\s+to\\s+([\\p{L}\\d’'-]+(?:\\s+[\\p{L}\\d’'-]+){0,6})");

    /**
     * Whether a verb, an act named as a noun or an event the parties hold follows the cue ("look forward to working
     * with …", "to greater cooperation", "to the next Leaders' Summit"); another party's event or a thing ("a
     * successful conference hosted by Peru", "a successful COP 30", "the report") is looked forward to, not done.
     */
    private static boolean actOrEventAfter(String sentence, int cueEnd) {
        Matcher to = TO_WORDS.matcher(sentence.substring(cueEnd));
        if (!to.find()) {
            return false;
        }
        String[] words = to.group(1).toLowerCase(Locale.ROOT).split("\\s+");
        int first = words[0].equals("further") || words[0].endsWith("ly") ? Math.min(1, words.length - 1) : 0;
        if (words[first].endsWith("ing")) {
            return true; // "look forward to (further) strengthening …"
        }
        String rest = sentence.substring(cueEnd);
        int clauseEnd = rest.indexOf(',') < 0 ? rest.length() : rest.indexOf(',');
        if (HOSTED_BY.matcher(rest.substring(0, clauseEnd)).find()) {
            return false; // "the summit hosted by Peru": Peru holds it
        }
        if (words[first].equals("their") && WE_BEFORE.matcher(sentence.substring(0, cueEnd)).find()) {
            return false; // "we … look forward to their recommendations": a panel's work, not the speakers'
        }
        String[] raw = to.group(1).split("\\s+");
        for (int k = 1; k < raw.length; k++) {
            if (raw[k].endsWith("ing") && Character.isUpperCase(raw[k - 1].charAt(0))) {
                return false; // "look forward to the Philippines being a member": the named one's act or state
            }
        }
        for (String w : words) {
            if (NOUN_PHRASE_END.contains(w) || w.endsWith("’s") || w.endsWith("'s")) {
                return false; // "India's presidency": another's
            }
            String singular = w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
            if (IN_EFFECT_NOUNS.contains(singular)) {
                return false; // "the full implementation of the Roadmap", "its early operation": the text's coming into effect
            }
            if (ActionPhrase.isHeldEvent(w) || Clauses.isActionNoun(singular) || WORK_NOUNS.contains(singular)) {
                return true; // "the next summit", "greater cooperation": held or done by the parties
            }
        }
        return false;
    }

    /** The speakers' "we" before the cue: a "their" after it is another's. */
    private static final Pattern WE_BEFORE = Pattern.compile("(?i)\\bwe\\b");

    private static final Pattern HOSTED_BY = Pattern.compile("(?i)\\b(?:hosted|organi[sz]ed|convened|chaired)\\s+by\\b");

    /**
     * Nouns of the parties' own work that the action-noun endings miss: "continued work with Congress", "an early start
     * of the copper project".
     */
    private static final java.util.Set<String> WORK_NOUNS = java.util.Set.of("work", "progress", "effort", "start", "launch",
            "rollout", "restart");

    /**
     * Nouns of a text or body coming into effect: a meeting that "looked forward to the full implementation of the
     * Roadmap" or "to its entry into force" greets what is to happen, it names no act of its own.
     */
    private static final java.util.Set<String> IN_EFFECT_NOUNS = java.util.Set.of("implementation", "operation",
            "operationalization", "operationalisation", "entry", "ratification");

    /** Words that end the noun phrase after "look forward to": its event is named before them. */
    private static final java.util.Set<String> NOUN_PHRASE_END = java.util.Set.of(
            "in", "at", "on", "of", "by", "for", "with", "and", "to", "from", "hosted", "under", "which", "that");

    /** A bold run-in heading that opens a paragraph: "**SECURING SUPPLY:**", "**Expanding trade**:". */
    private static final Pattern RUN_IN_HEADING = Pattern.compile(
            "^\\s*(?:[-•*]\\s+)?(?:\\*\\*[^*]{2,150}?:\\s*\\*\\*|\\*\\*[^*]{2,150}?\\*\\*\\s*:)");

    /** Where a leading run-in heading ends, 0 when there is none. */
    private static int runInHeadingEnd(String sentence) {
        if (sentence.indexOf("**") < 0) {
            return 0;
        }
        Matcher m = RUN_IN_HEADING.matcher(sentence);
        return m.find() ? m.end() : 0;
    }

    /** Small words inside a name: "Emergency Plan for AIDS Relief", "Fund of the Americas". */
    private static final java.util.Set<String> NAME_LINKS = java.util.Set.of("for", "of", "on", "and", "the", "to", "in");

    /**
     * Whether the cue word at {@code at} is part of a capitalized name in mid-sentence ("the President’s Emergency
     * Plan for AIDS Relief", "the Ready to Work Initiative"): a word of a name, not a cue.
     */
    static boolean inName(String sentence, int at) {
        if (isAcronymInProse(sentence, at)) {
            return true; // "the AIM for Climate initiative": an acronym, not the verb "aim"
        }
        if (at + 1 >= sentence.length() || !Character.isUpperCase(sentence.charAt(at)) || !Character.isLowerCase(sentence.charAt(at + 1))) {
            return false;
        }
        String before = sentence.substring(0, at);
        if (before.isBlank() || before.strip().matches(".*[.:!?\"“‘'(*>#\\-–—•]|\\(?\\w{1,4}[.)]")) {
            return false; // the sentence's, an item's or a quotation's first word
        }
        String[] previous = before.strip().split("\\s+");
        String last = previous[previous.length - 1];
        if (isCapitalized(last.replaceAll("[’']s$", ""))) {
            return true;
        }
        String[] next = sentence.substring(at).split("\\s+", 4);
        if (next.length > 1 && isCapitalized(next[1])) {
            return true;
        }
        return next.length > 2 && NAME_LINKS.contains(next[1]) && isCapitalized(next[2]);
    }

    /**
     * A cue word in capitals between words that are not: a name's acronym ("AIM for Climate"), not a heading's verb
     * nor an emphasized modal.
     */
    private static boolean isAcronymInProse(String sentence, int at) {
        int end = at;
        while (end < sentence.length() && Character.isUpperCase(sentence.charAt(end))) {
            end++;
        }
        if (end - at < 2 || end < sentence.length() && Character.isLetter(sentence.charAt(end))
                || MODAL.matcher(sentence.substring(at)).find()) {
            return false; // "We MUST have one standard": an emphasized modal
        }
        String[] previous = sentence.substring(0, at).split("[^\\p{L}]+");
        String[] next = sentence.substring(end).strip().split("\\s+", 3);
        return previous.length > 0 && hasLowerCase(previous[previous.length - 1]) && next.length > 0 && hasLowerCase(next[0]);
    }

    private static boolean hasLowerCase(String word) {
        return word.chars().anyMatch(Character::isLowerCase);
    }

    private static boolean isCapitalized(String word) {
        return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && word.chars().skip(1).anyMatch(Character::isLowerCase)
                || word.length() > 1 && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '-') ;
    }

    private static boolean notACue(String sentence, int at) {
        String before = sentence.substring(Math.max(0, at - 30), at);
        if (HEDGE_BEFORE.matcher(before).find()) {
            return true;
        }
        int word = at;
        while (word > 0 && !Character.isWhitespace(sentence.charAt(word - 1))) {
            word--; // the whitespace-free run the cue is in: a link's address has no blanks
        }
        String run = sentence.substring(word, at);
        if (run.contains("://") || run.contains("www.")) {
            return true; // a word of a link's address: "(https://example.gov/…-recommend-…)"
        }
        if (PARTICIPLE_CUE.matcher(sentence.substring(at)).find()
                && (PROGRESSIVE_RELATIVE_BEFORE.matcher(before).find() || NOUN_BEFORE.matcher(before).find())
                && !WITH_NAME_BEFORE.matcher(sentence.substring(Math.max(0, at - 60), at)).find()) {
            // "A Party intending to take a measure shall notify", "a system that is planning to migrate": the cue
            // describes a noun; the sentence's own verb, if any, comes later
            return true;
        }
        if (PLEDGE_NOUN.matcher(sentence.substring(at)).lookingAt()
                && EVIDENCE_BEFORE.matcher(sentence.substring(Math.max(0, at - 60), at)).find()) {
            return true; // "The number of projects has grown, demonstrating the collective dedication to …": a sign of it
        }
        if (at == 0 && sentence.regionMatches(true, 0, "should ", 0, 7)) {
            return true; // "Should the United States lose access, …" is a condition
        }
        if (RELATIVE_BEFORE.matcher(before).find() && RELATIVE_AIM.matcher(sentence.substring(at)).lookingAt()
                && OBLIGING_LATER.matcher(sentence.substring(at)).find()) {
            return true; // "A disputing party that intends to use the information shall advise …": the duty is the pledge
        }
        if (RELATIVE_BEFORE.matcher(before).find() && RELATIVE_AIM.matcher(sentence.substring(at)).lookingAt()
                && (PEOPLE_BEFORE.matcher(sentence.substring(Math.max(0, at - 60), at)).find()
                        || SEEK_A_THING.matcher(sentence.substring(at)).lookingAt())) {
            // "those who seek to silence …", "groups that seek to advance …", "individuals who seek tax assistance":
            // what other people want, no party's aim; a deal's or a program's aim ("a program which aims to train …")
            // is its makers' and stays
            return true;
        }
        String wider = sentence.substring(Math.max(0, at - 60), at);
        if (STANCE_WORD.matcher(sentence.substring(at)).lookingAt() && AS_PARTY_ROLE_BEFORE.matcher(wider).find()) {
            return true; // "X and Y, as partners committed to democracy, recognise …": who they are, no pledge
        }
        if (PARTY_ROLE_BEFORE.matcher(sentence.substring(Math.max(0, at - 80), at)).find()) {
            return false; // "Chile and Peru are close partners who remain committed to …": the subject's own pledge
        }
        if (STANCE_CUE.matcher(sentence.substring(at)).lookingAt() && DESCRIBING_RELATIVE_BEFORE.matcher(wider).find()
                || STANCE_WORD.matcher(sentence.substring(at)).lookingAt() && DESCRIBING_RELATIVE_BEING_BEFORE.matcher(wider).find()) {
            return true; // "…, an organization whose members are dedicated to caring for …": what the noun is, no pledge
        }
        if (sentence.startsWith("will", at) && (REPORTED_THING_BEFORE.matcher(sentence.substring(Math.max(0, at - 120), at)).find()
                || CONFIDENCE_IN_A_THING_BEFORE.matcher(sentence.substring(Math.max(0, at - 120), at)).find())) {
            String after = sentence.substring(at + 4);
            if (STATE_AFTER.matcher(after).lookingAt() || Clauses.isGain(after) || Clauses.isThingsEffect(after)) {
                // "We affirm that natural gas will remain a cornerstone …", "The ministers stressed that expanding
                // links will support lower prices": what the speakers hold a thing will be or do, a forecast
                return true;
            }
        }
        return sentence.startsWith("will", at) && RELATIVE_BEFORE.matcher(before).find();
    }

    /**
     * A verb of stating or holding, "that", and a subject of lower-case words that names no one who acts (no pronoun, no
     * body of the "agent" list): "We affirm that natural gas [will]", "stressed that expanding interconnectors [will]".
     */
    private static final Pattern REPORTED_THING_BEFORE = ClauseWords.compile("\\b(?:affirms?|affirmed|confirms?|confirmed"
            + "|emphasi[sz]es?|emphasi[sz]ed|stress(?:es|ed)?|underlines?|underlined|underscores?|underscored|recogni[sz]es?"
            + "|recogni[sz]ed|notes?|noted|believes?|believed|said|says|states?|stated)\\s+that\\s+"
            + "(?!(?:[\\p{L}-]+\\s+){0,9}?(?:we|they|it|he|she|i|you|both|each|all|our|their|its|parties|participants|sides"
            + "|group|committee|council|secretariat|force|" + ClauseWords.alternation("agent") + ")\\b)"
            + "(?-i:(?:\\p{Ll}[\\p{Ll}-]*\\s+){1,10})$");
    /**
     * The speakers' confidence in what a thing will do, named in any case ("The leaders expressed their confidence that
     * the Green Corridor Partnership [will] contribute to …"): no pronoun, group or body that acts in its subject.
     */
    private static final Pattern CONFIDENCE_IN_A_THING_BEFORE = ClauseWords.compile("\\bexpress(?:ed|es)?\\s+(?:(?:their|its|our|his|her)\\s+)?"
            + "(?:\\p{L}+\\s+)?confidence\\s+that\\s+"
            + "(?!(?:[\\p{L}-]+\\s+){0,9}?(?:we|they|it|he|she|both|each|all|our|their|its|parties|participants|sides|countries|nations"
            + "|governments|leaders|group|committee|council|secretariat|force|" + ClauseWords.alternation("agent") + ")\\b)"
            + "(?:[\\p{L}-]+\\s+){1,10}$");
    /** What a thing will be: "remain a cornerstone", "continue to be", "be a reliable component", "play a key role". */
    private static final Pattern STATE_AFTER = Pattern.compile("(?i)^\\s+(?:remain|continue\\s+to\\s+be|be\\s+(?:a|an|the)|play)\\b");

    /** Being committed or dedicated: a stance, which a relative clause attributes to the noun it describes. */
    private static final String BEING = "(?:is|are|remains?)\\s+(?:\\p{L}+ly\\s+|also\\s+)?";
    private static final Pattern STANCE_WORD = Pattern.compile("(?i)^(?:committed|dedicated|devoted)\\b");
    private static final Pattern STANCE_CUE = Pattern.compile("(?i)^" + BEING + "(?:committed|dedicated|devoted)\\b");
    /** "which", "that", "who" or "whose members" right before: "an agency that is committed to …". */
    private static final String DESCRIBING_RELATIVE = "(?:\\b(?:which|that|who)|\\bwhose(?:\\s+[\\p{L}\\d,]+){1,3})\\s+";
    private static final Pattern DESCRIBING_RELATIVE_BEFORE = Pattern.compile("(?i)" + DESCRIBING_RELATIVE + "$");
    private static final Pattern DESCRIBING_RELATIVE_BEING_BEFORE = Pattern.compile("(?i)" + DESCRIBING_RELATIVE + BEING + "$");

    /**
     * A party's role after "is" or "are", then the relative word: "are strategic partners who", "is an ally that" (the
     * "party-role" list). The relative clause says what the subject does, not what a thing it describes does.
     */
    private static final Pattern PARTY_ROLE_BEFORE = ClauseWords.compile("\\b(?:is|are|remain|remains)\\s+(?:[\\p{L}-]+\\s+){0,3}?"
            + ClauseWords.alternation("party-role") + "\\s*,?\\s*(?:who|that)\\s+(?:\\w+ly\\s+)?$");
    /**
     * "as" and a party's role right before a stance word: "as like-minded partners [committed] to …" describes the
     * subject in an aside; the sentence's own verb comes after it.
     */
    private static final Pattern AS_PARTY_ROLE_BEFORE = ClauseWords.compile("\\bas\\s+(?:[\\p{L}-]+\\s+){0,3}?"
            + ClauseWords.alternation("party-role") + "\\s*,?\\s*$");
    /** People, not parties, before a relative word: "those who", "individuals who", "groups that" ("people" list). */
    private static final Pattern PEOPLE_BEFORE = ClauseWords.compile("\\b" + ClauseWords.alternation("people")
            + "\\s*,?\\s*(?:which|that|who)\\s+(?:\\w+ly\\s+)?$");
    /** "seek" with a thing, not "to" and a verb: "who seek tax assistance", "models that seek truth". */
    private static final Pattern SEEK_A_THING = Pattern.compile("(?i)^seeks?\\b(?!\\s+to\\b)");
}
