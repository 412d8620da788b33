package org.accordex.commitments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;


import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

import org.accordex.nlp.BeamTagger;
import org.accordex.nlp.EnglishTokens;
import org.accordex.nlp.RememberingTokenizer;

/**
 * The committed action of a sentence as a verb phrase in whole words (ANNOTATION.md §2, field {@code action}):
 * the first content verb after the modality cue with its object and complements.
 *
 * <p>"Japan and the United States intend to take measures to provide at least USD 1 billion in financial support
 * within six months, consistent with their domestic laws", read from the end of the cue "intend", gives "take
 * measures to provide at least USD 1 billion in financial support". The phrase
 * <ul>
 * <li>starts after what is left of the cue ("to", "seek to", "also"), and after the object of a cue that tells
 * someone else to act ("call on <i>all partners</i> to [invest]");</li>
 * <li>stops before a deadline ("within six months"), a trailing qualifier ("consistent with", "including", "as
 * appropriate"), another clause (", which", "and will", ";") or a parenthesis that does not close soon;</li>
 * <li>keeps at most {@value #MAX_WORDS} words, and a short last complement ("in financial support"), cuts a longer
 * one before the noun phrase it would split, and never ends on a preposition, article, conjunction, determiner or an
 * adjective cut from its noun;</li>
 * <li>joins a coordinated action after "; " ("deepen cooperation; hold a dialogue"), reads a passive provision
 * actively ("Such projects shall be prioritized" → "prioritize such projects") and a list item that names its action
 * as a noun as the verb ("an analysis of" → "analyse").</li>
 * <li>takes the verb after an amount that leads in to it ("Up to $2 billion to [construct] …"), the verbs of nouns that
 * name actions ("greater cooperation and mobilization of capital" → "cooperate and mobilize capital"), the content of
 * "ensure that …" without "that", and "make X effective" for "X will be effective".</li>
 * <li>keeps a clause that says which things a short object means ("support projects that meet high standards"), joins a
 * coordinated clause with a cue of its own ("…, and the Japanese side will provide …") as a further action, keeps the
 * verb of a pledge to ask others to act ("will encourage banks to consider …"), and reads a long name defined with a
 * short one as the short name ("the CMAA").</li>
 * <li>keeps a complement that an aside in commas separates from a short phrase ("strengthen dialogue with partners,
 * including Korea, [on critical minerals]"), gives a cue that takes a noun phrase the verb its noun takes ("look forward
 * to the next summit" → "hold the next summit", "committed to the principles of …" → "uphold the principles of …"),
 * leaves out a purpose that names no act ("build reserves [to mitigate disruptions]") and shortens the long subject of a
 * clause after "ensure that" to its head noun phrase.</li>
 * </ul>
 * Words are OpenNLP's tokens ("U.S." is one), tagged with OpenNLP's part-of-speech model (Universal Dependencies
 * tags); the word lists are the resource {@code action-vocabulary.txt}.
 */
public final class ActionPhrase {
    /** At most this many words: the action names the pledge, the sentence holds the rest. */
    static final int MAX_WORDS = 12;
    /** Each further coordinated action is shortened to its verb and object. */
    static final int MAX_NEXT_WORDS = 5;
    /** All the actions together, and how many are joined. */
    static final int MAX_TOTAL_WORDS = 15;
    static final int MAX_ACTIONS = 3;
    /** A further action's object noun phrase that the budget would split is finished within this many more words. */
    static final int MAX_FINISH_WORDS = 3;
    /** Only the start of a long sentence can hold the action; tagging more is wasted work. */
    private static final int MAX_CHARS = 250;
    /** How much longer the window grows for a list of those consulted before the verb. */
    private static final int MAX_CONSULTED_CHARS = 500;
    private static final Pattern CONSULTED_AHEAD = Pattern.compile(
            "(?i)\\s*,\\s*in\\s+(?:close\\s+)?(?:consultation|coordination|collaboration)\\s+with\\b");
    /** How much of the text before the action is tagged with it, as context. */
    private static final int MAX_CONTEXT_CHARS = 50;
    /** A parenthesis or a cue's object longer than this is not skipped. */
    private static final int MAX_SKIP = 12;
    /**
     * The most words an aside set off by commas right after the verb may have: "participate, under the conditions laid
     * down in Title IV and in Protocol No 2, in financing …" (a treaty's aside names the parts of the text it follows).
     */
    private static final int MAX_VERB_ASIDE = 16;

    /** Quote marks, brackets, emphasis marks and Markdown's escapes ("\#1"); an apostrophe inside a word ("women’s") stays. */
    private static final Pattern QUOTES = Pattern.compile(
            "[\"“”«»\\[\\]*_]|\\\\(?=\\p{Punct}|$)|(?<![\\p{L}\\d])['‘’]|['‘’](?![\\p{L}\\d])");
    /** Words that open a clause inside a noun phrase: "a description of [how] the agency can …". */
    private static final Set<String> WH_WORDS = Set.of("how", "whether", "what", "why", "which", "who", "where", "when");
    /** How far into a list item a modal makes it a provision of its own. */
    private static final int MAX_OWN_CLAUSE = 12;
    /** "U.S." is written "US" in an action: one word, as readers and the token score see it. */
    private static final Pattern ABBREVIATION = Pattern.compile("(?<![\\p{L}.])(?:\\p{Lu}\\.){2,}");
    /** An HTML tag left in a source's text: "4<sup>th</sup>", "<u>protect</u>", "<br>". */
    private static final Pattern TAG = Pattern.compile("</?(\\p{Alpha}\\p{Alnum}*)(?:\\s[^<>]*)?/?>");
    /** Tags that break a line or a block, and so part words; an inline tag ("sup", "u", "span") does not. */
    private static final Set<String> BLOCK_TAGS = Set.of("br", "p", "div", "li", "ul", "ol", "tr", "td", "th", "table",
            "h1", "h2", "h3", "h4", "h5", "h6");

    /** The action without the source's HTML tags: an inline tag goes ("4<sup>th</sup>" → "4th"), a block tag parts words. */
    static String withoutTags(CharSequence phrase) {
        return TAG.matcher(phrase).replaceAll(m -> BLOCK_TAGS.contains(m.group(1).toLowerCase(Locale.ROOT)) ? " " : "");
    }

    /**
     * Emphasis marks, a list dash written against its item's first word and a Markdown link's target ("[the
     * Effort](https://…)"): blanked, so offsets hold.
     */
    private static final Pattern MARKUP = Pattern.compile("\\*+|(?<!\\S)-(?=\\p{L})|(?<=\\])\\((?:https?:|mailto:|/)[^\\s()]*\\)?");
    private static final Pattern PAST_PARTICIPLE = Pattern.compile("(?i)\\p{L}{3,}ed");
    /**
     * Stems that take back their "e": "prioritiz-ed", "cre-at-ed", "redu-c-ed", "prepar-ed" (not "clear-ed"); as a
     * gerund's do ({@link #GERUND_WITH_E}): "determin-ed", "examin-ed", "restor-ed", "increas-ed" (not "maintain-ed").
     */
    private static final Pattern SILENT_E = Pattern.compile("(?i).*(?:iz|is|at|ut|v|c|g|ur|us|bl|pl|ud|id|[^e]ar|[lmfb]in|(?:st|pl|gn|sc)or|[^e]as)");

    /** "governed" → "govern", "prioritized" → "prioritize", "submitted" → "submit", "applied" → "apply". */
    static String baseOfParticiple(String word) {
        String stem = word.substring(0, word.length() - 2);
        if (stem.endsWith("i")) {
            return stem.substring(0, stem.length() - 1) + "y";
        }
        int n = stem.length();
        if (n >= 4 && stem.charAt(n - 1) == stem.charAt(n - 2) && "lszf".indexOf(stem.charAt(n - 1)) < 0) {
            return stem.substring(0, n - 1);
        }
        return SILENT_E.matcher(stem).matches() ? stem + "e" : stem;
    }

    /**
     * Where the lemmatizer guesses the "e" of a gerund's verb wrongly ("investing" → "investe", "streamlining" →
     * "streamlin", "analyzing" → "analyz"): stems that take it back ("streamlin-", "determin-", "restor-", "explor-", "creat-",
     * "analyz-", "solv-", "welcom-", "prepar-", "compar-"; not "clear-", "appear-") and stems that never do,
     * ending in two consonants or a double vowel and a consonant ("invest-", "mainstream-", "maintain-"), and a few
     * unstressed endings ("combat-", "prohibit-", "interpret-").
     */
    private static final Pattern GERUND_WITH_E = Pattern.compile("(?i)\\p{L}*(?:[lmfb]in|[ng]at|(?:st|pl|gn|sc)or|creat|[ui]at|[rnlp]s|[^z]z|v|com|ven|[^e\\W]ar|dg|sum"
            // the British "-ise" ("normalising" → "normalise", "analysing") and "-ute" ("contributing", "executing")
            + "|\\p{L}{3}[iy]s|(?:ib|ec|it|mp|ll)ut)"); // "pledging" → "pledge", "resumed" → "resume", "effectuated" → "effectuate", "reversing" → "reverse"
    private static final Pattern GERUND_WITHOUT_E = Pattern.compile(
            "(?i)\\p{L}*(?:[^aeiouy\\W][^aeiouyrgcvszlh\\W]|(?:ea|ai|oi|ee|oo|ou|oa)[^aeiouyscvz\\W]|[^aeiou\\W]itor"
            // "combat-", "prohibit-", "inhabit-", "interpret-": an unstressed last syllable the lemmatizer gives an "e"
            + "|mbat|[aeiou]bit|rpret"
            // a double "s" ("pressing", "harnessing", "assessing") never ends on a silent "e"
            + "|ss)");

    /** A verb that says what a pledge holds, before the gerund of its next act: "This includes [mapping] deposits". */
    private static final Pattern INCLUDES = Pattern.compile("includes?|involves?|covers?|entails?|encompass(?:es)?|comprises?");
    /** After "includes", a word in "-ing" before these is a noun: "This includes [funding] for the response". */
    private static final Set<String> NOUN_AFTER_INCLUDES = Set.of("for", "of");
    /** Longer words in "-ing" after "to" are gerunds ("committed to [caring] for …"); "to bring" is no gerund. */
    private static final int MIN_GERUND = 5;
    /** Words after an item's opening gerund that show it is a verb of joint work: "Partnering [on] …", "Collaborating [to] …". */
    private static final Set<String> GERUND_PARTNERS = Set.of("on", "with", "to");
    /** A stem with the British doubled "l" of an unstressed last syllable: "channell", "modell", "signall" ("sell", "dwell" keep it). */
    private static final Pattern BRITISH_DOUBLE_L = Pattern.compile("(?i)\\p{L}{3,}(?<!s|t|w|sh|sp|sm|sw|y|f|qu|dw)ell|\\p{L}*gnall");
    /** A verb in the third person: "creates", "ensures", "applies"; not "address", "focus", "discuss". */
    private static final Pattern THIRD_PERSON = Pattern.compile("\\p{L}{2,}[^su]s");
    /** A year, also a span of years or the middle of one: "2027", "2027-2028", "mid-2027". */
    private static final Pattern YEAR = Pattern.compile("(?:mid-)?(?:19|20)\\d\\d(?:[-–/](?:19|20)?\\d\\d)?");
    /** A verb made of an adjective or noun, which the tagger may read as an adjective after "to": "deepen", "modernize". */
    private static final Pattern ADJECTIVE_VERB = Pattern.compile("\\p{L}{2,}(?:ize|ise|ify|[^e]en)");
    /** Endings of adjectives that are no verb's: "bilateral", "comprehensive", "economic", "joint" is not read so. */
    private static final Pattern ADJECTIVE_FORM = Pattern.compile("\\p{L}{3,}(?:ical|[rnutb]al|[ts]ive|ous|ic|ful)");
    private static final Pattern VERB_ENDING = Pattern.compile("\\p{L}{2,}(?:ize|ise|ate|ify|en)");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");

    /** The lists of {@code action-vocabulary.txt}. */
    enum Section {
        CUE, LIGHT_VERB, ASPECT_VERB, OBJECT_CUE, VERB_CUE, QUALIFIER, DEADLINE, CLAUSE, NO_END, NOMINALIZATION, DEGREE, MINERAL_NOUN,
        LEAD_IN_OBJECT, DATIVE_VERB, PARTY_POSSESSIVE, TIME_WORD, NOUN_CUE, NOUN_VERB, PURPOSE_VERB, MEANS_VERB, MEANS_NOUN, EXAMPLE_LEAD, MEANS_LEAD, EFFORT_VERB,
        FREQUENCY, BODY_NOUN, FOR_TO_CUE, CLAUSE_VERB, REPORTING_VERB, CLAUSE_HEAD, ING_ADJECTIVE, YEAR_TIME, LATER_CUE,
        INTEREST_NOUN, GOAL_NOUN, SHARE_WORD, MANNER_ADVERB, SURE_PHRASE, NOUN_HOMOGRAPH, MEASURE_WORD, ITEM_VERB, ING_NOUN,
        THAT_GERUND, ING_MODIFIER
    }

    /** "analysis of" → "analyse": filled with the vocabulary. */
    private static final Map<String, String> NOMINALIZATIONS = new java.util.HashMap<>();
    /** "principles" → "uphold": the verb a pledged noun phrase takes, from the vocabulary. */
    private static final Map<String, String> NOUN_VERBS = new java.util.HashMap<>();
    /** "on a regular basis" → "regularly": filled with the vocabulary. */
    private static final Map<String, String> FREQUENCIES = new java.util.HashMap<>();
    private static final Map<Section, List<String[]>> VOCABULARY = vocabulary();
    /** Each section's phrases by their first word, so a token is matched only against the phrases it can open. */
    private static final Map<Section, Map<String, List<String[]>>> BY_FIRST_WORD = byFirstWord();
    /** The key of the phrases that open with a number ("#") or a month ("@"), tried at every token. */
    private static final String WILDCARD_FIRST = "";
    /** The months' names, also short ("sept."), as the vocabulary's "@" stands for them. */
    private static final Set<String> MONTHS = java.util.stream.Stream.concat(java.util.stream.Stream.of("sept."),
            java.util.Arrays.stream(java.time.Month.values()).map(m -> m.name().toLowerCase(Locale.ROOT))
                    .flatMap(m -> java.util.stream.Stream.of(m, m.substring(0, 3) + ".")))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> TIME_WORDS = VOCABULARY.get(Section.TIME_WORD).stream().map(p -> p[0])
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> MEASURE_WORDS = VOCABULARY.get(Section.MEASURE_WORD).stream().map(p -> p[0])
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> EFFORT_VERBS = VOCABULARY.get(Section.EFFORT_VERB).stream().map(p -> p[0])
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** The verbs of cues such as "endeavour to", which may be negated: "shall endeavour not to [adopt] …". */
    private static final Set<String> NEGATABLE_CUES = java.util.stream.Stream.concat(VOCABULARY.get(Section.CUE).stream(),
                    VOCABULARY.get(Section.LIGHT_VERB).stream())
            .filter(p -> p.length == 2 && p[1].equals("to")).map(p -> p[0]).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Words in "-ing" that describe a noun and are no verb's gerund: "groundbreaking provisions". */
    private static final Set<String> ING_ADJECTIVES = VOCABULARY.get(Section.ING_ADJECTIVE).stream().map(p -> p[0])
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Words in "-ing" of verbs that take no object: before a bare noun they describe it ("working families"). */
    private static final Set<String> ING_MODIFIERS = VOCABULARY.get(Section.ING_MODIFIER).stream().map(p -> p[0])
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Whether the word at {@code k} in "-ing" describes the noun after it rather than opening an act: an adjective in
     * "-ing" ("hardworking"), or the "-ing" of a verb with no object before a noun ("working families").
     */
    private static boolean describesNoun(Tagged t, int k) {
        return k < t.size() && (ING_ADJECTIVES.contains(t.lower(k))
                || ING_MODIFIERS.contains(t.lower(k)) && k + 1 < t.size() && !t.glued(k + 1)
                && (t.tag(k + 1).equals("NOUN") || t.tag(k + 1).equals("PROPN")));
    }
    /** Adverbs of how soon or how well the parties act, left out inside the action too: "to [urgently] address". */
    private static final Set<String> MANNER_ADVERBS = VOCABULARY.get(Section.MANNER_ADVERB).stream().map(p -> p[0])
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> NOUN_HOMOGRAPHS = VOCABULARY.get(Section.NOUN_HOMOGRAPH).stream().map(p -> p[0])
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> MINERAL_NOUNS = VOCABULARY.get(Section.MINERAL_NOUN).stream().map(p -> p[0])
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Verbs that open a list item as its act, whatever the tagger read their capital as: "- [Mobilise] funding". */
    private static final Set<String> ITEM_VERBS = VOCABULARY.get(Section.ITEM_VERB).stream().map(p -> p[0])
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Words in "-ing" that name a sector or an activity as nouns: "trade and [manufacturing]". */
    private static final Set<String> ING_NOUNS = VOCABULARY.get(Section.ING_NOUN).stream().map(p -> p[0])
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Tags a phrase never ends on: it would stop mid-phrase ("projects no", "support for the"). */
    private static final Set<String> NO_END = Set.of("ADP", "DET", "CCONJ", "SCONJ", "PART", "AUX", "PUNCT", "SYM");
    /** "5.1", "3." or "12" before a provision: its number, not its subject. */
    private static final Pattern SECTION_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)*\\.?");
    private static final Set<String> MODALS = Set.of("will", "shall", "would", "should", "must", "can", "may");
    /** The particle of a phrasal verb: "carried out", "set up". */
    private static final Set<String> PARTICLES = Set.of("out", "up", "off", "down", "forward", "back", "over", "upon");
    /** Tags that open a noun phrase: after "upon" they make it a preposition ("upon the request", "upon receipt"). */
    private static final Set<String> NOMINAL_OR_ARTICLE = Set.of("DET", "NOUN", "PROPN", "ADJ", "NUM");
    /** Verbs of a start or a going on, before "to be" and a passive: "shall start to be implemented". */
    private static final Set<String> ASPECT_VERBS = Set.of("start", "begin", "continue");
    /** Tags inside a noun phrase, which a cut should not split. */
    private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN", "NUM", "ADJ");
    /** Past participles that end in neither "-ed" nor "-en": "shall be [borne] by …", "shall be [sought]". */
    private static final Map<String, String> IRREGULAR_PARTICIPLES = Map.ofEntries(Map.entry("made", "make"),
            Map.entry("held", "hold"), Map.entry("set", "set"), Map.entry("put", "put"), Map.entry("sent", "send"),
            Map.entry("built", "build"), Map.entry("rebuilt", "rebuild"), Map.entry("borne", "bear"), Map.entry("sought", "seek"), Map.entry("kept", "keep"),
            Map.entry("met", "meet"), Map.entry("paid", "pay"), Map.entry("bought", "buy"), Map.entry("brought", "bring"),
            Map.entry("laid", "lay"), Map.entry("led", "lead"), Map.entry("dealt", "deal"), Map.entry("spent", "spend"),
            Map.entry("lent", "lend"), Map.entry("found", "find"), Map.entry("sold", "sell"), Map.entry("cut", "cut"),
            Map.entry("shut", "shut"), Map.entry("upheld", "uphold"), Map.entry("withheld", "withhold"));

    private ActionPhrase() {
    }

    /** Reads the part-of-speech and lemma models now (they are otherwise read on the first action). */
    public static void loadModels() {
        Models.TAGGER.get();
    }

    /**
     * Whether every word of {@code sentence[from, to)} is tagged a proper noun: "Quantinuum" in "Quantinuum will
     * invest …" is, "Production" in "Production will rise …" is not.
     */
    public static boolean isProperNoun(String sentence, int from, int to) {
        Tagged t = Tagged.of(sentence);
        boolean any = false;
        for (int i = 0; i < t.size(); i++) {
            Span span = t.spans()[i];
            if (span.getStart() >= from && span.getEnd() <= to) {
                if (!t.tag(i).equals("PROPN")) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** Whether {@code item} opens with a verb, or "not" and a verb: "Maintain the ban …", "Not renew the waiver …". */
    public static boolean opensWithVerb(String item) {
        return opensWithVerb(item, false);
    }

    /** As above; with {@code gerund}, also a verb's "-ing" form that opens an item: "Strengthening the reform …". */
    public static boolean opensWithVerb(String item, boolean gerund) {
        Tagged t = Tagged.of(item.length() > MAX_CONTEXT_CHARS ? item.substring(0, MAX_CONTEXT_CHARS) : item);
        int i = t.size() > 1 && t.lower(0).equals("not") ? 1 : 0;
        return i < t.size() && t.isVerb(i) && !t.lower(i).endsWith("ed") && (gerund || !t.lower(i).endsWith("ing"));
    }

    /** An article before the noun of an act that opens an item: "[the] development of …". */
    private static final Pattern ITEM_ARTICLE = Pattern.compile("(?i)^(?:the|an?)\\s+");

    /**
     * Whether {@code item} names an act by its noun and "of": "the development of standards-based markets", "the
     * sharing of information on …" (not "the market for …", which names a thing).
     */
    public static boolean opensWithActNoun(String item) {
        String[] words = ITEM_ARTICLE.matcher(item.strip()).replaceFirst("").toLowerCase(Locale.ROOT).split("\\s+", 3);
        return words.length >= 2 && words[1].equals("of") && NOMINALIZATIONS.containsKey(words[0] + " of");
    }

    /**
     * Whether the tagger reads at least one word of {@code sentence[from, to)} as a proper noun: "Harlow Capital", whose
     * "Capital" it may read as a common noun.
     */
    public static boolean hasProperNoun(String sentence, int from, int to) {
        Tagged t = Tagged.of(sentence);
        for (int i = 0; i < t.size(); i++) {
            Span span = t.spans()[i];
            if (span.getStart() >= from && span.getEnd() <= to && t.tag(i).equals("PROPN")) {
                return true;
            }
        }
        return false;
    }

    /** A body named right after the cue, before a lower-case verb: "shall [in the Joint Committee] review …". */
    private static final Pattern FORUM_BEFORE_VERB = Pattern.compile(
            "\\s*(?:in|within|through)\\s+the\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){1,4}(?=\\p{Ll}{3,}\\s)");

    /**
     * The action that follows position {@code from} of {@code sentence} (the end of the modality cue, or the start
     * of a list item); "" when there is none. A {@code from} inside a word is moved back to the word's start.
     */
    public static String of(String sentence, int from) {
        return read(sentence, from, null).text();
    }

    /**
     * An action, with the frame a list lead-in gives the items that follow it: "shall assess the following:" gives
     * "assess", "intend to cooperate in the following areas:" gives "cooperate in"; null for any other sentence.
     */
    public record Phrase(String text, String frame) {
        static final Phrase NONE = new Phrase("", null);
    }

    /**
     * As {@link #of}; {@code leadFrame} is the frame of the lead-in the sentence is an item of, or null: an item that
     * is only a noun phrase ("(ii) the foreign sources of supply;") completes it ("assess the foreign sources of supply").
     */
    public static Phrase read(String sentence, int from, String leadFrame) {
        int at = Math.max(0, Math.min(from, sentence.length()));
        if (at > 0 && at < sentence.length() && GluedCues.endsAt(sentence, at)) {
            // "shall|include …": the cue ends inside a word that bad extraction ran together; its verb opens the action
            return read(sentence.substring(0, at) + " " + sentence.substring(at), at + 1, leadFrame);
        }
        java.util.regex.Matcher hedge = HEDGE_ASIDE.matcher(sentence);
        if (hedge.find()) {
            // "shall, as appropriate and consistent with applicable law, agree to …", "the transfer of arms and, as
            // applicable, services shall be paused": a hedge in commas is a trailing qualifier moved inside the phrase
            // ("shall, to the extent consistent with law, port capacity, or access, as appropriate, designate": a hedge
            // that ends a longer aside leaves its closing comma)
            // ("(ii) in consultation with the agencies, as appropriate, identify": so does one after an aside that opens
            // an item)
            String ahead = hedge.start() > at ? sentence.substring(at, hedge.start()) : "";
            long commas = ahead.chars().filter(c -> c == ',').count();
            String gap = commas % 2 == 1 || commas == 0 && ASIDE_OPENING.matcher(ahead).lookingAt() ? ", " : " ";
            int next = at >= hedge.end() ? at - (hedge.end() - hedge.start()) + gap.length() : Math.min(at, hedge.start() + gap.length());
            return read(sentence.substring(0, hedge.start()) + gap + sentence.substring(hedge.end()), next, leadFrame);
        }
        if (sentence.indexOf("as well as", at) > 0) {
            java.util.regex.Matcher second = SECOND_COMPLEMENT.matcher(sentence).region(at, sentence.length());
            if (second.find()) {
                // "review the funds set aside for X, including Y, as well as for Z": the comma closes no trailing
                // qualifier, a second complement of the same head follows
                return read(sentence.substring(0, second.start()) + " as well as " + sentence.substring(second.end()), at,
                        leadFrame);
            }
        }
        java.util.regex.Matcher forum = FORUM_BEFORE_VERB.matcher(sentence).region(at, sentence.length());
        if (forum.lookingAt()) {
            at = forum.end(); // "shall in the Joint Committee review …": where the parties act, before their verb
        }
        java.util.regex.Matcher interposed = INTERPOSED.matcher(sentence).region(at, sentence.length());
        if (interposed.lookingAt() && (interposed.group("counterpart") == null
                || WITH_COUNTERPART_VERBS.contains(interposed.group("verb").replaceAll(".*\\s", "")))
                && (interposed.group("period") == null || interposed.group("recipient") != null)
                && objectGoesOnAfterAside(interposed, sentence)) {
            // "submit to the President, through the Director, a plan on …" → "submit a plan on …"; "develop a list, in
            // consultation with the agencies, of the drugs …" → "develop a list of the drugs …"
            // (a recipient before a period of days stays, as one before the object does: "submit to the President an …")
            String head = interposed.group("recipient") == null && interposed.group("recipientAfter") == null
                    ? interposed.group("head")
                    : interposed.group("object") != null ? interposed.group("verb") + interposed.group("object")
                    : interposed.group("period") != null
                    ? interposed.group("verb") + interposed.group("recipient") : interposed.group("verb");
            return read(head + " " + sentence.substring(interposed.end()), 0, leadFrame);
        }
        java.util.regex.Matcher thatAside = THAT_ASIDE.matcher(sentence).region(at, sentence.length());
        if (thatAside.lookingAt()) {
            return read(thatAside.group("head") + " " + sentence.substring(thatAside.end()), 0, leadFrame);
        }
        java.util.regex.Matcher asideThat = ASIDE_BEFORE_THAT.matcher(sentence).region(at, sentence.length());
        if (asideThat.lookingAt()) {
            return read(asideThat.group("head") + " that " + sentence.substring(asideThat.end()), 0, leadFrame);
        }
        while (at > 0 && Character.isLetterOrDigit(sentence.charAt(at - 1)) && at < sentence.length()
                && Character.isLetterOrDigit(sentence.charAt(at))) {
            at--;
        }
        java.util.regex.Matcher verbCue = VERB_CUE.matcher(sentence.substring(Math.max(0, at - 30), at));
        // "call for [the immediate release …]": the call is the action; so is the pledge of a sum ("pledged $2 billion")
        java.util.regex.Matcher pledged = PLEDGED_SUM.matcher(sentence.substring(Math.max(0, at - 30), at));
        boolean verbCueFound = verbCue.find();
        int cueVerb = verbCueFound ? verbCue.start()
                : pledged.find() && AMOUNT_AHEAD.matcher(sentence.substring(at)).lookingAt() ? pledged.start() : -1;
        // "seeks [to deepen …]": the cue's "to" opens the verb of the action, and the cue stays out of it; so does the
        // state sought ("seek [improved] capacities" is read below as "improve capacities")
        // "calls for [Congress] to [pass] …" tells someone to act, as "calls on" does: the told party's verb is the act
        boolean toldAhead = verbCueFound && verbCue.group().regionMatches(true, 0, "call", 0, 4)
                && TOLD_TO_AHEAD.matcher(sentence.substring(at)).lookingAt();
        boolean cueIsVerb = cueVerb >= 0 && !toldAhead && !CUE_TO_AHEAD.matcher(sentence.substring(at)).lookingAt()
                && !(SOUGHT_STATE.matcher(sentence.substring(Math.max(0, at - 30), at)).find()
                        && PARTICIPLE_AHEAD.matcher(sentence.substring(at)).lookingAt());
        if (cueIsVerb) {
            at = Math.max(0, at - 30) + cueVerb;
        }
        java.util.regex.Matcher pair = SHARED_OBJECT_PAIR.matcher(sentence).region(at, sentence.length());
        if (pair.lookingAt()) {
            return read(pair.group("first") + " " + pair.group("conj") + " " + pair.group("second") + " "
                    + sentence.substring(pair.end()), 0, leadFrame);
        }
        // The words before the action are tagged too: "to refrain" is a verb only in the whole clause.
        int context = sentence.lastIndexOf(' ', Math.max(0, at - MAX_CONTEXT_CHARS)) + 1;
        int limit = sentence.length();
        // the officials an order's "shall, in consultation with …," names may fill the window before the verb comes
        int window = CONSULTED_AHEAD.matcher(sentence).region(at, limit).lookingAt() ? MAX_CHARS + MAX_CONSULTED_CHARS : MAX_CHARS;
        if (limit - at > window) {
            int cut = sentence.lastIndexOf(' ', at + window);
            limit = cut > at ? cut : at + window;
        }
        // a table row's cell ends at its pipe: "Japan | will provide … | [source]" holds the action in one cell
        int cellEnd = sentence.indexOf(" | ", at);
        if (cellEnd > at && cellEnd < limit) {
            limit = cellEnd;
        }
        Tagged t = Tagged.of(sentence.substring(context, limit));
        int first = 0;
        while (first < t.size() && t.spans()[first].getStart() < at - context) {
            first++;
        }
        // "Canada's plans to expand refining [will be discussed] …": where the cue sits in the subject, the main
        // clause's predicate is no part of the action
        int predicate = mainPredicate(t, first);
        if (predicate > 0 && cueInSubject(sentence.substring(0, at))) {
            limit = context + t.spans()[predicate].getStart();
            t = Tagged.of(sentence.substring(context, limit));
        }
        int start = start(t, first, toldAhead || objectCueBefore(sentence.substring(0, at)));
        if (start >= t.size()) {
            return Phrase.NONE;
        }
        if (onlyQualifier(t, start)) {
            return Phrase.NONE; // "shall, consistent with applicable law:": the items hold the actions
        }
        if (leadFrame == null) {
            start = afterMeans(t, start);
        }
        start = laterCue(t, start);
        if (start + 1 < t.size() && start > 0 && t.tag(start).equals("CCONJ") && t.lower(start - 1).equals("to") && t.isWord(start + 1)
                && !NOUN_PHRASE_START.contains(t.tag(start + 1))) {
            start++; // "Commit to [and] implement a plan": the cue and the verb share the object, the conjunction is neither's
        }
        // "renewed their commitment to the partnership and decided to [expand] …": the later verb is the act
        int later = verbAfterLaterCue(t, start);
        if (later > 0) {
            start = later;
        }
        if (start + 1 < t.size() && t.lower(start).equals("be") && t.lower(start + 1).endsWith("ing") && t.tag(start + 1).equals("VERB")) {
            start++; // "will be investing $2 billion": the progressive says when, the verb is the act ("invest …")
        }
        if (start + 2 < t.size() && t.lower(start).equals("be") && t.lower(start + 1).equals(":")) {
            // "The functions of the Committee shall be: (a) reviewing …": the first item's act ("review …")
            start = skipCue(t, start + 2);
            if (start >= t.size()) {
                return Phrase.NONE;
            }
        }
        LemmatizerME lemmatizer = Models.LEMMATIZER.get();
        String text = phrase(sentence, at, context, t, start, first, lemmatizer);
        if (cueIsVerb && text.toLowerCase(Locale.ROOT).startsWith(t.lower(start) + " ")) {
            String verb = lemmatizer.lemmatize(new String[] {t.lower(start)}, new String[] {"VERB"})[0];
            boolean asVerb = t.lower(start).endsWith("ing") && !verb.isEmpty() && !verb.equals("O");
            // "pledged $2 billion" → "pledge …"; a cue read as a noun is still the verb ("targeting 2027" → "target")
            text = (asVerb ? verb : t.lemma(lemmatizer, start)) + text.substring(t.lower(start).length());
        }
        // a singular noun without an article opens an imperative the tagger misread ("support vocational training")
        boolean bareNoun = t.tag(start).equals("NOUN") && !t.lower(start).endsWith("s") && !ACTION_NOUN.matcher(t.lower(start)).matches()
                // ... but a compound noun under a verb and its preposition names a topic ("cooperate on: (b) energy efficiency")
                && !(leadFrame != null && leadFrame.contains(" ") && start + 1 < t.size() && (t.tag(start + 1).equals("NOUN")
                        // ... and so do nouns joined to it ("cooperate in: (c) research and innovation")
                        || t.tag(start + 1).equals("CCONJ") && start + 2 < t.size() && t.tag(start + 2).equals("NOUN")));
        // an item with a modal of its own states its own provision ("(a) Nothing in this Annex shall …")
        boolean ownClause = false;
        for (int k = start; k < Math.min(t.size(), start + MAX_OWN_CLAUSE) && !ownClause && t.matchAt(Section.CLAUSE, k) == k
                && !t.lower(k).equals("that") && !t.lower(k).equals(",") && !WH_WORDS.contains(t.lower(k)); k++) {
            ownClause = MODALS.contains(t.lower(k));
        }
        // an item that opens with a verb the tagger took for a name or an adjective ("- Mobilise funding …") has its own act
        boolean itemVerb = leadFrame != null && t.capitalized(start) && ITEM_VERBS.contains(t.lower(start)) && start + 1 < t.size()
                && NOUN_PHRASE_START.contains(t.tag(start + 1)) && !t.tag(start + 1).equals("PRON");
        if (leadFrame != null && !text.isEmpty() && !t.isVerb(start) && NOUN_PHRASE_START.contains(t.tag(start)) && !bareNoun && !ownClause
                && !itemVerb
                && !t.lower(start).equals("no") && !text.startsWith("make ") && nominalAction(t, start) == null) {
            text = leadFrame + " " + text; // "(ii) the foreign sources of supply;" under "shall assess:"
        }
        if (start == first && first > 0 && t.isWord(first - 1) && text.length() > t.lower(start).length() && t.lower(start).endsWith("ed") && !t.capitalized(start)
                && (t.tag(start).equals("ADJ") || t.tag(start).equals("VERB")) && start + 1 < t.size()
                && (isNominal(t, start + 1) || t.tag(start + 1).equals("VERB") && t.lower(start + 1).endsWith("ing"))
                && text.toLowerCase(Locale.ROOT).startsWith(t.lower(start) + " ")) {
            // "seek [improved] refining capacities" → "improve refining capacities": the state sought is the act
            String verb = lemmatizer.lemmatize(new String[] {t.lower(start)}, new String[] {"VERB"})[0];
            if (!verb.isEmpty() && !verb.equals("O") && !verb.equals(t.lower(start))) { // not "need", "exceed"
                text = verb + text.substring(t.lower(start).length());
            }
        }
        if (start < first && t.tag(start).equals("VERB")) {
            int blank = text.indexOf(' '); // "encourages the settlement of …" → "encourage the settlement of …"
            text = t.lemma(lemmatizer, start) + (blank < 0 ? "" : text.substring(blank));
        }
        for (int k = first; k < start && !text.isEmpty(); k++) {
            int after = t.matchAt(Section.FREQUENCY, k);
            if (after > k) {
                // "shall on a quarterly basis provide a report" → "quarterly provide a report"
                text = FREQUENCIES.get(String.join(" ", java.util.Arrays.asList(t.lower()).subList(k, after))) + " " + text;
                break;
            }
        }
        if (!text.isEmpty() && start >= 2 && t.lower(start - 1).equals("to") && t.lower(start - 2).equals("not")
                && !text.startsWith("not ")) {
            text = "not " + text; // "undertakes not to impose export duties" → "not impose export duties"
        }
        if (!text.isEmpty() && start >= 2 && t.lower(start - 1).equals("to") && t.lower(start - 2).equals("never")
                && !text.startsWith("never ")) {
            text = "never " + text; // "commits never to restrict exports" → "never restrict exports", not its opposite
        }
        if (!text.isEmpty() && !text.startsWith("not ") && cueVerb < 0 && NEGATIVE_SUBJECT.matcher(sentence.substring(0, at)).find()
                && !PASSIVE_AHEAD.matcher(sentence.substring(at)).lookingAt()) {
            text = "not " + text; // "Neither Party shall impose quotas" binds as "shall not impose quotas"
        }
        text = withRelativeAntecedent(sentence.substring(0, at), text, t, start);
        text = withAmountInvested(t, first, start, text);
        text = withFundsProvided(text);
        return new Phrase(text, frame(sentence, t, start, lemmatizer));
    }

    /** The finite words that open a main clause's predicate after its subject: "will", "are", "has". */
    private static final Set<String> PREDICATE_OPENERS = Set.of("will", "shall", "would", "should", "must", "can", "could",
            "may", "is", "are", "was", "were", "has", "have", "had");

    /**
     * The modal or auxiliary after the action's object that opens a predicate ("expand copper refining [will] be
     * discussed"), or -1: right after a noun, before a verb or "not"; none after a relative word, whose clause it ends.
     */
    private static int mainPredicate(Tagged t, int first) {
        for (int k = first + 1; k + 1 < t.size(); k++) {
            String w = t.lower(k);
            if (w.equals(";") || w.equals(":") || w.equals(".") || w.equals("that") || w.equals("which") || w.equals("who")
                    || w.equals(",") || DASHES.contains(w)) {
                return -1;
            }
            if (k >= first + 2 && PREDICATE_OPENERS.contains(w) && (t.tag(k - 1).equals("NOUN") || t.tag(k - 1).equals("PROPN"))
                    && (t.isVerb(k + 1) || t.tag(k + 1).equals("AUX") || t.lower(k + 1).equals("not"))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether the words before the action are only a subject that holds the cue: "Canada's plans to", "Efforts to";
     * a verb or modal among them ("Canada plans to", "The ministry will seek to") puts the cue in the predicate.
     */
    private static boolean cueInSubject(String beforeAction) {
        String before = beforeAction.strip();
        if (!before.toLowerCase(Locale.ROOT).endsWith(" to")) {
            return false;
        }
        Tagged t = Tagged.of(before);
        int to = t.size() - 1;
        if (to < 2) {
            return false;
        }
        // the cue's noun follows an article or a possessive ("Chile plans to" is a verb however the tagger reads it)
        String owner = t.lower(to - 2);
        if (!(t.tag(to - 2).equals("DET") || owner.equals("its") || owner.equals("their") || owner.equals("our")
                || owner.endsWith("'s") || owner.endsWith("\u2019s"))) {
            return false;
        }
        for (int k = 0; k < to - 1; k++) {
            if (t.tag(k).equals("VERB") || t.tag(k).equals("AUX") || MODALS.contains(t.lower(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A subject that denies the act, right before the modal: "Neither Party shall", "no Member State shall,
     * directly or indirectly,"; not a time ("No later than …, each Party shall"), which the commas keep out.
     */
    private static final Pattern NEGATIVE_SUBJECT = Pattern.compile(
            "(?i)(?:^\\s*(?:\\(?(?:\\d{1,3}|[a-z]|[ivx]{1,4})[.)]\\s*)*|[,;:]\\s*|\\b(?:moreover|furthermore|however|and|but)\\s+)(?:neither|no)\\s+(?!later\\b|sooner\\b|more\\b|less\\b)"
                    + "(?:\\p{L}[\\p{L}’'-]*\\s+){1,3}(?:shall|will|must|may)(?:\\s*,[^,.;]{1,60},)?\\s*$");
    /** A passive after the modal keeps its "no" in the subject it names: "No measure shall be applied" → "apply no measure". */
    private static final Pattern PASSIVE_AHEAD = Pattern.compile("(?i)^\\s*(?:,[^,.;]{1,60},\\s*)?be\\b");
    /** Hedges of a phrase, in commas: "as appropriate", "consistent with applicable law", "to the extent practicable". */
    private static final String HEDGE = "(?:as\\s+(?:appropriate|applicable|necessary|needed|warranted)"
            + "|consistent\\s+with\\s+(?:applicable\\s+)?law"
            + "|to\\s+the\\s+(?:greatest\\s+|maximum\\s+|fullest\\s+)?extent\\s+(?:practicable|possible|feasible|appropriate))";
    /** An aside that opens an item or follows the cue: "(ii) in consultation with …", "shall in coordination with …". */
    private static final Pattern ASIDE_OPENING = Pattern.compile(
            "(?i)\\s*(?:\\(?\\w{1,5}[.)]\\s*)?(?:in\\s+(?:coordination|consultation|collaboration|cooperation)\\s+with|acting\\s+through|through)\\s");
    /** A hedge, or two joined by "and", set off by commas inside the sentence. */
    private static final Pattern HEDGE_ASIDE = Pattern.compile(
            "(?i),\\s*" + HEDGE + "(?:,?\\s+and\\s+" + HEDGE + ")?\\s*,"
            // not the first of a series of rules: "consistent with applicable law, Presidential directives, and …"
            + "(?!(?<=law\\s{0,3},)[^,;:.]{1,60},\\s*(?:and|or)\\s)");

    /**
     * A second complement after a comma, set off by "as well as" and the preposition of the first ("the funds for X, as
     * well as for Y"), with the examples of the first in commas before it ("for X, including Y, as well as for Z").
     */
    private static final Pattern SECOND_COMPLEMENT = Pattern.compile(
            "(?:,\\s+including\\s+[^,;:()]{1,80})?,\\s+as\\s+well\\s+as\\s+(?=(?:for|in|on|from|into)\\s+\\p{L})");

    /**
     * Where the head of an object and a recipient stand before an aside ("provide a report to the President, through …,
     * [describing] …"), what follows it goes on with that object (a participle, a purpose, "of"), not a second object; a
     * participle or a purpose goes on with an object only there.
     */
    private static boolean objectGoesOnAfterAside(java.util.regex.Matcher interposed, String sentence) {
        boolean objectAndRecipient = interposed.group("object") != null
                && (interposed.group("recipient") != null || interposed.group("recipientAfter") != null);
        boolean tail = interposed.group("objectTail") != null;
        return objectAndRecipient ? tail || sentence.startsWith("of ", interposed.end()) : !tail;
    }

    /**
     * An aside between a verb and the rest of its phrase: the verb, a recipient ("to the President") or the head of the
     * object ("a list"), a comma, "through …" or "in consultation with …", a comma, and the object or its complement,
     * which opens in lower case ("a plan …", "of approximately 26 drugs …", "the final report …", a bare plural
     * "recommendations for …" or a mass noun "guidance on …").
     */
    private static final Pattern INTERPOSED = Pattern.compile(
            "\\s*(?:\\\\?\\(?(?:[ivx]{1,4}|[a-z]|\\d{1,3})\\\\?\\)\\s+)?" // the item's own marker, "(iv)"
                    // how soon the verb acts: "promptly submit", "also deliver"
                    // those the parties act with, in commas before the verb: "shall, in coordination with the Secretary, provide …"
                    + "(?:,\\s+in\\s+(?:consultation|coordination|collaboration)\\s+with\\s+[^;:]{1,250}?,\\s+)?"
                    + "(?:(?:also|(?!(?:ap|sup|re|multi|im|com)ply\\s)\\p{Ll}{3,}ly)\\s+)*"
                    // the first of two verbs opens an item in upper case: "(ii) Develop and submit to …"
                    + "(?<head>(?<verb>(?:(?:\\p{Ll}+|\\p{Lu}\\p{Ll}+)\\s+and\\s+(?:\\p{Ll}+ly\\s+)?)?\\p{Ll}+)"
                    + "(?<recipient>\\s+to\\s+(?:the\\s+)?\\p{Lu}[^,;:()]{0,60}"
                    // the President as the indirect object of a verb of giving: "provide the President, through …, a report"
                    + "|(?<=\\bprovide|\\bgive|\\bsend|\\bfurnish)\\s+the\\s+President)?"
                    + "(?<object>\\s+(?:a|an|the)\\s+\\p{Ll}+)?"
                    // a recipient after the head of the object: "provide a report to the President, through …, [describing] …"
                    + "(?<recipientAfter>(?<=\\s(?:a|an|the)\\s\\p{Ll}{1,30})\\s+to\\s+(?:the\\s+)?\\p{Lu}[^,;:()]{0,60})?)"
                    + "(?:,\\s+(?:through|acting\\s+through|in\\s+(?:consultation|coordination|collaboration)\\s+with"
                    // a means in the aside: "assess, including by reviewing earlier assessments, [whether] …"
                    + "|including\\s+(?:by|through))\\s+[^;:]{1,250}?,"
                    // by when without commas, after a recipient: "provide to the President within 30 days of the date of
                    // this memorandum [recommendations] …"
                    + "|(?<period>\\s+within\\s+\\d{1,3}\\s+days\\s+of\\s+(?:the\\s+date\\s+of\\s+)?this\\s+(?:memorandum|order|directive)))\\s+"
                    + "(?=(?:a|an|of|its|their|whether)\\s|the\\s+\\p{Ll}|\\p{Ll}{3,}s\\s|(?:guidance|information|legislation|advice)\\s"
                    // the counterpart of a verb that works with one: "engage, in coordination with the Secretary, [with] …"
                    + "|(?<counterpart>with)\\s+\\p{Ll}"
                    // what the object does or is for, after its recipient: "[describing] the steps …", "[to expand] the …"
                    + "|(?<objectTail>\\p{Ll}{3,}ing|to\\s+(?!the\\s|a\\s|an\\s)\\p{Ll}{3,})\\s"
                    // an object that opens with a modifier: "share, in coordination with the Director, [relevant] information"
                    + "|(?:relevant|appropriate|additional|necessary|timely|specific|such|any|all)\\s+\\p{Ll})");

    /**
     * "ensure that, in the application of these rules, [its agencies act] …": a phrase of where or when in commas between
     * "that" and the clause it opens; the clause is read as if the phrase were not there.
     */
    private static final Pattern THAT_ASIDE = Pattern.compile(
            "(?i)\\s*(?<head>(?:(?:seek|endeavou?r|strive)\\s+to\\s+)?ensure\\s+that),\\s+(?:in|within|during|under|throughout)\\s+[^,;:()]{1,120}?,\\s+"
                    + "(?=(?:the|its|their|each|all|any|such)\\s)");

    /**
     * "call for, and commit to provide, technical assistance": two verbs in commas share the object after them; the
     * commas are read as if they were not there, and the second verb's own cue is left out ("call for and provide …").
     */
    private static final Pattern SHARED_OBJECT_PAIR = Pattern.compile(
            "\\s*(?:to\\s+)?(?<first>\\p{Ll}{3,}(?:\\s+(?:for|to|in|on|with))?),\\s+(?<conj>and|or)\\s+"
                    + "(?:(?:commit|agree|undertake|pledge|promise)\\s+to\\s+)?"
                    + "(?<second>(?!(?:as|where|if|when|in|to|with|through|including|subject|consistent)\\s)\\p{Ll}{3,}(?:\\s+\\p{Ll}+){0,3}),\\s+"
                    + "(?=(?:a|an|the|its|their|all|any|such|new|additional|technical|financial)\\s)");

    /**
     * "shall ensure, to the extent its budget allows, that the licensing of traders …": a qualifier in
     * commas between "ensure" and its "that"; the clause is read as if the qualifier were not there.
     */
    private static final Pattern ASIDE_BEFORE_THAT = Pattern.compile(
            "(?i)\\s*(?<head>(?:(?:seek|endeavou?r|strive)\\s+to\\s+)?ensure),\\s+(?:to\\s+the\\s+extent|in|within|during|under"
                    + "|throughout|as|where|subject\\s+to|consistent\\s+with)\\s[^,;:()]{1,120}?,\\s+that\\s+");

    /**
     * Whether the words from {@code start} are a qualifier with no verb up to the colon or the end: "shall, [consistent
     * with applicable law and within existing appropriations]:" names no act.
     */
    private static boolean onlyQualifier(Tagged t, int start) {
        int q = start;
        // "shall, promptly [and] as appropriate:", "shall, [to] the extent consistent with law:" (the cue took the "to")
        while (q + 1 < t.size() && q - start < 2 && (t.tag(q).equals("CCONJ") || t.tag(q).equals("ADV") && t.matchAt(Section.QUALIFIER, q) == q)) {
            q++;
        }
        boolean qualifier = t.matchAt(Section.QUALIFIER, q) > q || q > 0 && t.lower(q - 1).equals("to") && t.matchAt(Section.QUALIFIER, q - 1) > q;
        if (!qualifier) {
            return false;
        }
        for (int k = start; k < t.size(); k++) {
            if (t.lower(k).equals(":")) {
                return true;
            }
            if (isSentenceEnd(t, k) || t.lower(k).equals(";") || t.isVerb(k) && !t.lower(k).endsWith("ing") && !t.lower(k).endsWith("ed")) {
                return false;
            }
        }
        return false;
    }

    /** "the projects on which the Parties will": a relative clause whose preposition and antecedent complete its verb. */
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile(
            "\\b(?:(?:the|a|an|any|all|those)\\s+)?((?:[\\p{L}\\d-]+\\s+){0,3}?[\\p{L}\\d-]+)\\s+"
                    + "(on|in|with|for|to|through|under|by)\\s+which\\s+[^,;:()]{1,80}$",
            Pattern.CASE_INSENSITIVE);

    /**
     * The verb of a relative clause without an object of its own, followed at once by the main clause's verb ("the
     * projects on which Canada will collaborate include …"), reads with its preposition and antecedent: "collaborate on
     * projects"; any other action is returned as it is.
     */
    private static String withRelativeAntecedent(String beforeAction, String text, Tagged t, int start) {
        if (text.isEmpty() || start + 1 >= t.size() || !t.isVerb(start) || t.lower(start).equals("be")
                || !(text.toLowerCase(Locale.ROOT) + " ").startsWith(t.lower(start) + " ")
                || !(t.tag(start + 1).equals("VERB") || t.tag(start + 1).equals("AUX") || isSentenceEnd(t, start + 1))) {
            return text;
        }
        java.util.regex.Matcher relative = RELATIVE_CLAUSE.matcher(beforeAction);
        if (!relative.find()) {
            return text;
        }
        // "is among the topics on which …": the antecedent is the noun phrase after the last word outside it
        String[] words = relative.group(1).split("\\s+");
        int from = words.length;
        while (from > 0 && !NOT_ANTECEDENT.contains(words[from - 1].toLowerCase(Locale.ROOT))) {
            from--;
        }
        if (from == words.length) {
            return text;
        }
        int blank = text.indexOf(' ');
        String verb = blank < 0 ? text : text.substring(0, blank);
        return verb + " " + relative.group(2).toLowerCase(Locale.ROOT) + " "
                + String.join(" ", java.util.Arrays.asList(words).subList(from, words.length));
    }

    /** Words before a relative clause's antecedent, never in it: "is among the [topics] on which …". */
    private static final Set<String> NOT_ANTECEDENT = Set.of("is", "are", "was", "were", "be", "among", "as", "of", "in", "on",
            "for", "to", "with", "by", "the", "a", "an", "these", "those", "all", "any");

    /** Whether token {@code k} ends the sentence: the last token, or a full stop, question mark or exclamation mark. */
    private static boolean isSentenceEnd(Tagged t, int k) {
        return k >= t.size() || t.lower(k).equals(".") || t.lower(k).equals("!") || t.lower(k).equals("?");
    }

    /** The parties as the agent of a passive provision: "by the Parties", "by each Participant". */
    private static final Set<String> GROUP_AGENTS = Set.of("parties", "party", "participants", "participant", "sides", "side",
            "signatories", "governments", "government", "members", "representatives", "officials", "delegates", "delegations");

    /** Words that open an object after its recipient: "deliver to the Secretary [an] assessment". */
    private static final Set<String> INDEFINITE = Set.of("a", "an", "its", "their", "any", "all");

    /** A noun that names an activity ("exploration", "processing"), which no tagger takes for an imperative. */
    private static final Pattern ACTION_NOUN = Pattern.compile("\\p{L}{3,}(?:tion|sion|ment|ing|ance|ence)");

    /** Tags a noun phrase starts with. */
    private static final Set<String> NOUN_PHRASE_START = Set.of("DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON");

    /**
     * The frame a lead-in gives its items: its verb, with a preposition after it ("cooperate in"), when nothing but
     * words such as "the following" come between them and the final colon.
     */
    private static String frame(String sentence, Tagged t, int start, LemmatizerME lemmatizer) {
        if (!CommitmentExtractor.isLeadIn(sentence) || !t.tag(start).equals("VERB")) {
            return null;
        }
        int k = start + 1;
        String frame = t.lemma(lemmatizer, start);
        if (k < t.size() && t.tag(k).equals("ADP")) {
            frame += " " + t.lower(k);
            k++;
        }
        for (; k < t.size() && !t.lower(k).equals(":"); k++) {
            if (t.isWord(k) && t.matchAt(Section.LEAD_IN_OBJECT, k) == k) {
                // "shall assess the factors set forth in …, including:": the items are more of the verb's object
                int colon = t.find(":", k, t.size());
                boolean examples = colon > 0 && (t.matchAt(Section.EXAMPLE_LEAD, colon - 1) == colon
                        || colon > 1 && t.matchAt(Section.EXAMPLE_LEAD, colon - 2) == colon);
                // "cooperate on any issue of mutual interest, such as:": the items are the preposition's object too
                return examples && t.isVerb(start) ? frame : null;
            }
        }
        return frame;
    }

    /** Whether {@code k} is the second participle of a passive ("be rebuilt and [expanded]"), the end of its clause. */
    private static boolean secondParticiple(Tagged t, int k) {
        String word = t.lower(k);
        return t.tag(k).equals("VERB") && (word.endsWith("ed") || IRREGULAR_PARTICIPLES.containsKey(word))
                && (k + 1 == t.size() || !t.isWord(k + 1) || t.tag(k + 1).equals("ADP") || t.tag(k + 1).equals("ADV") || t.lower(k + 1).equals("to"));
    }

    private static String phrase(String sentence, int at, int context, Tagged t, int start, int first, LemmatizerME lemmatizer) {
        // "shall not be applied", "shall only be taken", "shall be immediately notified"
        int be = start;
        while (be < start + 2 && be < t.size() && (t.tag(be).equals("ADV") || t.lower(be).equals("not"))) {
            be++;
        }
        int participle = be + 1;
        while (participle < be + 3 && participle < t.size() && t.tag(participle).equals("ADV")) {
            participle++;
        }
        if (start + 3 < t.size() && ASPECT_VERBS.contains(t.lower(start)) && t.lower(start + 1).equals("to")
                && t.lower(start + 2).equals("be") && t.isPassive(start + 2, start + 3)) {
            // "The programme shall start to be implemented" → "start to implement the programme": the passive after the
            // verb of its beginning is read actively, as after the modal
            String passive = phrase(sentence, at, context, t, start + 2, first, lemmatizer);
            if (!passive.startsWith("be ")) {
                return t.lower(start) + " to " + passive;
            }
        }
        String founded = existentialBody(sentence.substring(0, at), t, be, participle, lemmatizer);
        if (founded != null) {
            return founded;
        }
        if (be < t.size() && t.lower(be).equals("be") && t.isPassive(be, participle)) {
            // "Comments shall be provided on the report" → "provide comments on the report"
            String subject = subject(sentence.substring(0, at));
            String clauseSubject = start > first ? sentence.substring(at, context + t.spans()[start].getStart()) : "";
            // "intend for [a fund] to be established", "intend that [a committee] be established": the subject of the
            // clause the cue wants brought about, not the cue's own
            int wantedEnd = start - 1 > first && t.lower(start - 1).equals("to") && t.lower(first).equals("for") ? start - 1
                    : t.lower(first).equals("that") ? start : -1;
            if (wantedEnd > first + 1) {
                subject = subject(sentence.substring(context + t.spans()[first + 1].getStart(), context + t.spans()[wantedEnd].getStart()));
            }
            if (subject.isEmpty() && !clauseSubject.isEmpty() && clauseSubject.indexOf(',') < 0) {
                // "agreed that [the projects] would be implemented": the subject of the clause after the cue (a series
                // of subjects, "their lives, legacies and …", is not moved behind the verb)
                subject = subject(sentence.substring(0, context + t.spans()[start].getStart()));
            }
            if (!subject.isEmpty()) {
                // "shall be carried out" → "carry out activities"
                int after = participle + 1;
                String verb = (t.find("not", start, be) >= 0 ? "not " : "")
                        + IRREGULAR_PARTICIPLES.getOrDefault(t.lower(participle), t.lemma(lemmatizer, participle));
                // "be agreed upon by the Parties"; not "be held upon the request of …", whose "upon" opens a condition
                if (after < t.size() && PARTICLES.contains(t.lower(after)) && !(t.lower(after).equals("upon") && after + 1 < t.size()
                        && NOMINAL_OR_ARTICLE.contains(t.tag(after + 1)))) {
                    verb += " " + t.lower(after);
                    after++;
                }
                if (after + 1 < t.size() && (t.lower(after).equals("and") || t.lower(after).equals("or"))
                        && secondParticiple(t, after + 1)) {
                    // "must be protected and defended": both participles are the active verbs of the one subject
                    verb += " " + t.lower(after) + " "
                            + IRREGULAR_PARTICIPLES.getOrDefault(t.lower(after + 1), t.lemma(lemmatizer, after + 1));
                    after += 2;
                }
                // "Efforts shall be made [by the Parties] to [expand] …", "steps will be taken to [reduce] …": the
                // passive of a light verb of effort names no act; the act is the verb after its "to", as in the active
                int effortAct = passiveEffortAct(t, subject, verb, after);
                if (effortAct > 0) {
                    return phrase(sentence, at, context, t, effortAct, first, lemmatizer);
                }
                // "shall be introduced by the Parties": the agent is who commits, not part of the action ("governed by
                // the laws of Chile" keeps its complement)
                int agent = after + 1 < t.size() && t.lower(after).equals("by") && t.tag(after + 1).equals("DET") ? after + 2 : after + 1;
                // "shall be borne by the Office of the Trade Representative": a named body as agent is who commits too
                if (after < t.size() && t.lower(after).equals("by") && agent < t.size() && (GROUP_AGENTS.contains(t.lower(agent))
                        || (agent == after + 2 || agent == after + 1) && t.capitalized(agent))) {
                    return verb + " " + subject;
                }
                // "shall be provided, on a quarterly basis, to the committee": the aside is left out
                int close = after < t.size() && t.lower(after).equals(",") ? t.find(",", after + 1, after + 1 + MAX_SKIP) : -1;
                if (close > 0 && close + 1 < t.size() && t.tag(close + 1).equals("ADP")) {
                    after = close + 1;
                }
                int end = after < t.size() && !stopsAt(t, after, start) ? end(t, after, MAX_WORDS) : after;
                // "shall be revised [as] set forth in …": a lone word that cannot end the phrase is no complement
                String complement = end > after && !(end == after + 1 && endsBadly(t, end)) ? " " + t.text(after, end, null) : "";
                return verb + " " + subject + complement;
            }
        }
        if (isStateToReach(t, start)) {
            // "The tariff cuts will be effective from …" → "make the tariff cuts effective": the state is the content
            // the subject of "be": "expect that [these reductions] will be …"
            String subject = subject(sentence.substring(0, context + t.spans()[start].getStart()));
            // ("the President will be clear in his message": a subject that acts is in the state itself)
            if (!subject.isEmpty() && !actsItself(subject)) {
                return "make " + subject + " " + t.text(start + 1, end(t, start, MAX_WORDS), null);
            }
        }
        // "deliver to the Cabinet and the Treasury [an assessment of …]": the object, not the recipient
        // ("develop and submit to the Director [a plan …]": the second of two verbs gives the recipient)
        int dative = start + 4 < t.size() && t.isVerb(start) && t.tag(start + 1).equals("CCONJ") && t.lower(start + 3).equals("to")
                && t.matchAt(Section.DATIVE_VERB, start + 2) > start + 2 ? start + 2 : start;
        if (t.isVerb(start) && dative + 2 < t.size() && t.lower(dative + 1).equals("to") && t.matchAt(Section.DATIVE_VERB, dative) > dative) {
            for (int k = dative + 3; k < Math.min(t.size() - 1, dative + 2 * MAX_SKIP); k++) {
                if (t.isVerb(k) || t.lower(k).equals(";") || t.lower(k).equals(":")) {
                    break;
                }
                // "report to the Director on [steps] their agencies have taken": a topic in lower case follows the
                // recipient, the verb takes no object ahead ("the Committee on Foreign Relations" is a name)
                if (TOPIC_PREPOSITIONS.contains(t.lower(k)) && t.isWord(k + 1) && !t.capitalized(k + 1)) {
                    break;
                }
                // "submit to the President and the Advisor [the National Plan]": an article right after the recipient's
                // name opens the object as an indefinite one does
                boolean article = INDEFINITE.contains(t.lower(k)) || t.lower(k).equals("the") && t.capitalized(k - 1);
                if (article && (t.tag(k - 1).equals("PROPN") || t.tag(k - 1).equals("NOUN"))) {
                    String verbs = dative > start ? t.text(start, dative + 1, lemmatizer) : t.lemma(lemmatizer, start);
                    return verbs + " " + t.text(k, end(t, k, MAX_WORDS - 1 - (dative - start)), null);
                }
            }
        }
        // "consider, when making recommendations, possible actions": the aside after the verb is left out
        // ("reduce and eliminate, in accordance with this Article, import duties": two verbs of the object; "to exempt,
        // wholly or partially, imports": after "to", a verb the tagger read as a noun; not a series of verbs
        // "promote, facilitate, and expand trade")
        // ("promptly publish, or otherwise make available, all …": the verb after its adverb)
        int head = start + 1 < t.size() && t.tag(start).equals("ADV") && t.lower(start).endsWith("ly") && t.isVerb(start + 1) ? start + 1 : start;
        int verbs = head + 3 < t.size() && t.tag(head + 1).equals("CCONJ") && t.tag(head + 2).equals("VERB") ? head + 2 : head;
        // "establish, as far as possible, common positions" written without its first comma: the qualifier is the aside
        int qualifier = verbs + 1 < t.size() && t.isVerb(head) ? t.matchAt(Section.QUALIFIER, verbs + 1) : -1;
        // "coordinate as appropriate [their positions]", written without commas at all: a qualifier of two words or more
        // that takes no object of its own ("as appropriate", not "in accordance with") is the aside
        int objectAt = qualifier > verbs + 1 && qualifier < t.size() && t.lower(qualifier).equals(",") ? qualifier + 1
                : qualifier > verbs + 2 && qualifier + 1 < t.size() && t.tag(qualifier - 1).matches("ADJ|ADV|VERB")
                        && !(t.tag(qualifier).equals("PRON") && !POSSESSIVES.contains(t.lower(qualifier))) ? qualifier : -1;
        if (objectAt > 0 && objectAt < t.size() && t.isWord(objectAt) && !stopsAt(t, objectAt, start)
                && (NOUN_PHRASE_START.contains(t.tag(objectAt)) || objectAt == qualifier && t.lower(objectAt).endsWith("ly"))) {
            // the parties are not part of their action: "[their] rules"
            int from = objectAt + 1 < t.size() && t.matchAt(Section.PARTY_POSSESSIVE, objectAt) > objectAt
                    && NOMINAL.contains(t.tag(objectAt + 1)) ? objectAt + 1 : objectAt;
            String text = t.text(from, end(t, objectAt, MAX_WORDS - 1 - (verbs - start)), null);
            return t.text(start, verbs + 1, lemmatizer) + (text.isEmpty() ? "" : " " + text);
        }
        if (verbs + 2 < t.size() && t.lower(verbs + 1).equals(",")
                // ("(iii) consult, as appropriate, with …": an item's verb after its marker, whatever its tag)
                // ("- Establish and support, in collaboration with …, the dialogue": an item's two verbs after its dash,
                // the first read as a name for its capital)
                && (t.isVerb(head) || verbs == head + 2 && opensItem(t, start)
                        || start > 0 && (t.lower(start - 1).equals("to") || MODALS.contains(t.lower(start - 1))
                        || t.lower(start - 1).equals(")") && !t.capitalized(start)
                        || start > 1 && t.lower(start - 1).endsWith("ly") && MODALS.contains(t.lower(start - 2))))) {
            // a longer aside only where a preposition opens it ("participate, under the conditions laid down in …, in
            // financing"); "celebrate, and we will continue to …" is a second clause, no aside
            int close = t.find(",", verbs + 2, verbs + 2 + (t.tag(verbs + 2).equals("ADP") ? MAX_VERB_ASIDE : MAX_SKIP));
            boolean series = close == verbs + 3 || close > 0 && close + 1 < t.size() && t.tag(close + 1).equals("CCONJ");
            if (close > 0 && close + 1 < t.size() && t.isWord(close + 1) && !series && !stopsAt(t, close + 1, start)) {
                int objectEnd = end(t, close + 1, MAX_WORDS - 1 - (verbs - start));
                String object = t.text(close + 1, objectEnd, null);
                return t.text(start, verbs + 1, lemmatizer) + (object.isEmpty() ? "" : " " + object
                        + furtherAction(t, objectEnd, start, 1 + verbs - start + wordsBetween(t, close + 1, objectEnd), lemmatizer));
            }
        }
        // "will invite other partners, including Korea, to join the arrangement" → "invite other partners to join the
        // arrangement": the told parties without their aside, then what they are asked to do
        int told = pledgesToTell(t, start) ? toldVerb(t, start) : -1;
        if (told > 0) {
            int comma = t.find(",", start + 1, told);
            for (int k = start + 1; k < told; k++) {
                if (DASHES.contains(t.lower(k)) && (comma < 0 || k < comma)) {
                    comma = k; // "urge employers in all sectors—public, private, and nonprofit—to …": the aside too
                    break;
                }
            }
            String asker = t.text(start, comma > 0 ? comma : told - 1, lemmatizer);
            int rest = MAX_WORDS - wordsBetween(t, start, comma > 0 ? comma : told - 1) - 1;
            return asker + " to " + t.text(told, end(t, told, Math.max(rest, MAX_NEXT_WORDS)), lemmatizer);
        }
        // "cooperate in the following areas: exploration, processing …" → "cooperate in exploration, processing …"
        String listed = withFirstItem(t, start, lemmatizer);
        if (listed != null) {
            return listed;
        }
        // "look forward to the next summit" → "hold the next summit": an event the parties hold
        String held = pledgedThing(t, start, true, lemmatizer);
        if (held != null) {
            return held;
        }
        // "an analysis of the demand for graphite" → "analyse the demand for graphite"
        String named = nominalAction(t, start);
        if (named != null) {
            return named;
        }
        // "committed to the principles of the Charter" → "uphold the principles of the Charter"
        String pledged = pledgedThing(t, start, false, lemmatizer);
        if (pledged != null) {
            return pledged;
        }
        // "share information; assist Thailand; and coordinate on projects": each coordinated action, shortened
        int[] parts = new int[PART_FACTS];
        String joined = joined(t, start, lemmatizer, MAX_WORDS, parts);
        if (parts[DROPPED] > start) {
            // "advise the Board concerning the progress made in carrying out this plan [and recommend steps …]": the
            // first action took the words a further one needed; it is cut shorter where that leaves the further one room
            String rebalanced = rebalanced(t, start, lemmatizer, parts[DROPPED], parts[FIRST_END]);
            if (rebalanced != null) {
                return rebalanced;
            }
        }
        return joined;
    }

    /** Facts of {@link #joined}: the further action dropped for want of words, the second one kept, the first one's end. */
    private static final int DROPPED = 0;
    private static final int SECOND = 1;
    private static final int FIRST_END = 2;
    private static final int PART_FACTS = 3;
    /** The fewest words a first action shortened for a further one keeps: a verb and its object's head. */
    private static final int MIN_REBALANCED_WORDS = 3;

    /**
     * The actions joined with the first one's budget shortened so that {@code dropped}, the further action the whole
     * budget left out, has its words; null where the shorter first action would not end on a noun, or another action
     * would be read.
     */
    private static String rebalanced(Tagged t, int start, LemmatizerME lemmatizer, int dropped, int wholeEnd) {
        // only the same subject's further duty ("… and shall recommend …"), not a clause with a subject of its own
        // ("…, and Canada will facilitate …"), whose pledge the first one's whole object outweighs
        int k = dropped - 1;
        int opening = k > start && t.lower(k).equals(",") ? t.findBack(",", k - 1, k - MAX_SKIP) : -1;
        if (opening > start) {
            k = opening; // "… and shall[, from time to time,] report …": the aside before the verb
        }
        // (a binding modal of its own sets the act off as a duty: a bare "and protect …" may share the first act's
        // infinitive, "do everything to protect children [and keep] …")
        boolean modal = false;
        while (k > start && (t.tag(k).equals("ADV") || MODALS.contains(t.lower(k)) || t.lower(k).equals(","))) {
            modal |= DUTY_MODALS.contains(t.lower(k));
            k--;
        }
        int budget = MAX_TOTAL_WORDS - wordsBetween(t, dropped, end(t, dropped, MAX_NEXT_WORDS));
        if (!t.tag(k).equals("CCONJ") || !modal) {
            return null;
        }
        for (int words = Math.min(budget, MAX_WORDS - 1); words >= MIN_REBALANCED_WORDS; words--) {
            // the first action is cut where it ends on a noun: "advise the Board concerning the progress [made in …]"
            int end = end(t, start, words);
            if (end >= wholeEnd) {
                continue;
            }
            // (where its noun phrase ends: not "in a high-pressure [acid leach plant]"; only the longest such cut)
            if (end > start && end < dropped && (t.tag(end - 1).equals("NOUN") || t.tag(end - 1).equals("PROPN"))
                    && !NOMINAL.contains(t.tag(end)) && !t.tag(end).equals("ADJ")) {
                if (wordsBetween(t, start, end) < MIN_REBALANCED_WORDS || endsBadly(t, end) || !longTail(t, end, wholeEnd)) {
                    return null;
                }
                int[] parts = new int[PART_FACTS];
                parts[SECOND] = dropped;
                String joined = joined(t, start, lemmatizer, words, parts);
                return parts[SECOND] == dropped && parts[FIRST_END] == end && parts[DROPPED] < 0 ? joined : null;
            }
        }
        return null;
    }

    /**
     * Whether what a shortened first action leaves out, from {@code end} to {@code wholeEnd}, is a long tail or a clause
     * that only describes the object ("the progress [made in carrying out …]"), not a short complement that completes
     * it ("a tariff of 19 percent [on Malaysian goods]").
     */
    private static boolean longTail(Tagged t, int end, int wholeEnd) {
        boolean clause = t.tag(end).equals("VERB") || t.lower(end).equals("that") || t.lower(end).equals("which")
                || t.lower(end).equals("including");
        return clause || wordsBetween(t, end, wholeEnd) >= MIN_LONG_TAIL;
    }

    /** How many words a first action must lose for a further one before the loss is no short complement. */
    private static final int MIN_LONG_TAIL = 5;

    /**
     * Each coordinated action from {@code start}, shortened: the first within {@code firstWords}, the rest within what
     * the budget leaves; {@code parts} gets the facts named by {@link #DROPPED}, {@link #SECOND} and {@link #FIRST_END}.
     */
    private static String joined(Tagged t, int start, LemmatizerME lemmatizer, int firstWords, int[] parts) {
        // (a first action shortened for a further one goes on to that one, whatever lies between)
        int second = firstWords < MAX_WORDS ? parts[SECOND] : -1;
        parts[DROPPED] = -1;
        parts[SECOND] = -1;
        StringBuilder actions = new StringBuilder();
        int next = start;
        int words = 0;
        int previousEnd = start;
        int previousWords = 0;
        boolean ownClause = false;
        for (int part = 0; part < MAX_ACTIONS && next >= 0; part++) {
            // "apply and, where necessary, strengthen its rules", "…, streamline and accelerate reviews": two verbs of
            // one object are one action
            String joint = part >= 1 && previousWords == 1 && t.isWord(previousEnd) ? conjunction(t, previousEnd, next) : null;
            int end = end(t, next, part == 0 ? firstWords : joint != null ? MAX_WORDS - words - 1 : MAX_NEXT_WORDS);
            if (part > 0 && joint == null && end > next + 1) {
                end = lastActionEnd(t, next, end, words, part, start);
            }
            if (part > 0 && joint == null && end > next + 1 && end < t.size()) {
                // "…; undertake an assessment [of their resources]": the short cut left the verb's object without the
                // "of" that says what it is of; "…; take appropriate measures [to determine the causes]": a means
                // without its purpose; the words the earlier actions left finish them (the "of" only to its noun phrase)
                int longer = t.lower(end).equals("of") && objectHeadBefore(t, next, end) ? ofPhraseEnd(t, end + 1, true)
                        : t.lower(end).equals("to") && t.matchAt(Section.MEANS_NOUN, end - 1) == end
                        ? end(t, next, Math.min(MAX_WORDS, MAX_TOTAL_WORDS - words)) : end;
                // a purpose cut before its object ("measures to avoid[, minimize …]") is left out
                if (longer > end + 1 && words + wordsBetween(t, next, longer) <= MAX_TOTAL_WORDS
                        && (t.tag(longer - 1).equals("NOUN") || t.tag(longer - 1).equals("PROPN") || t.tag(longer - 1).equals("NUM"))) {
                    end = longer;
                }
            }
            if (part == 0 && firstWords == MAX_WORDS && end < t.size() && (wordsBetween(t, next, end) >= MAX_WORDS || end(t, next, MAX_TOTAL_WORDS) > end)) {
                // the word limit does not split the first action's last noun phrase
                end = finishedFirst(t, next, end);
            }
            boolean finishedObject = false;
            if (part > 0 && joint == null && end > next + 1) {
                // the short cut of a further action does not split its object: "meet high environmental [and labour
                // standards]", "support the adoption [of a permanent moratorium]" are finished where the budget allows
                int finished = objectEnd(t, next, end);
                if (finished > end && words + wordsBetween(t, next, finished) <= MAX_TOTAL_WORDS + MAX_FINISH_WORDS) {
                    end = finished;
                    finishedObject = true;
                }
            }
            String action = part == 0 ? clauseWithShortSubject(t, next, end, lemmatizer) : null;
            if (action == null) {
                action = t.text(next, end, lemmatizer);
            }
            int plain = action.length();
            if (part == 0) {
                String often = afterFrequency(t, end, next, lemmatizer);
                if (often != null) {
                    // "meet in person or virtually at the working level on a regular basis" → "meet regularly"
                    // (a recipient or partner stays: "report to the Secretary of State regularly")
                    boolean bare = next + 1 < t.size() && (t.tag(next + 1).equals("ADP") || t.tag(next + 1).equals("ADV"))
                            && !RECIPIENTS.contains(t.lower(next + 1));
                    action = (bare && wordsBetween(t, next, end) > MAX_BEFORE_FREQUENCY ? t.text(next, next + 1, lemmatizer) : action)
                            + often;
                    plain = action.length();
                }
            }
            // after "to" the first word is the verb, also where the tagger read it as a noun ("to develop, within …")
            boolean verb = t.isVerb(next) || next > 0 && t.lower(next - 1).equals("to");
            if (part == 0 && verb && end + 1 < t.size() && end > next + 1 && DISTRIBUTIVES.contains(t.lower(end))
                    && deadlineEnd(t, end + 1) > end + 1 && wordsBetween(t, next, end) <= MAX_BEFORE_DEADLINE) {
                // "invest $1 billion [each] over the next six months in …": the share stays with the sum, the deadline
                // before where it goes is left out
                action += " " + t.lower(end) + afterDeadline(t, end + 1, next);
            } else if (part == 0 && verb && (end == next + 1 || end == next + 2 && t.tag(next + 1).equals("ADV")
                    || wordsBetween(t, next, end) <= 3 && end < t.size() && t.lower(end).equals(",")
                    || wordsBetween(t, next, end) <= MAX_BEFORE_DEADLINE && end < t.size() && deadlineEnd(t, end) > end)) {
                // "consult within seven days [on a joint response]", "provide comments, within 30 days, [on the report]",
                // "invest $3 billion by 2030 [in grid infrastructure]": a short object does not end the action at a
                // deadline that comes before where the money goes
                action += afterDeadline(t, end, next);
            }
            // the word after a modal is the verb, also where the tagger read it as another word ("will [strengthen]")
            boolean afterModal = next > 0 && MODALS.contains(t.lower(next - 1));
            if (part == 0 && action.length() == plain && end > next + 1 && (t.matchAt(Section.MEANS_NOUN, end - 1) == end
                    || endsOnSum(t, end))) {
                // "take appropriate actions where necessary [to secure supply chains]": the means' purpose is the content;
                // so is what a sum is for: "provide $3 million, subject to approval, [to strengthen the secretariat]"
                String purpose = purposeAfterQualifier(t, end, wordsBetween(t, next, end));
                action += purpose.isEmpty() ? purposeAfterMeansAside(t, end, wordsBetween(t, next, end)) : purpose;
            }
            // "submit to the Director of the Office of Management and Budget, within 90 days, [a plan …]": a recipient
            // before a deadline in commas may take a few more words, as the object is still to come
            // (the recipient's short name in parentheses closes it: "… Budget (OMB), within 90 days, …")
            int recipientEnd = end + 1 < t.size() && t.lower(end).equals(")") && t.lower(end + 1).equals(",") ? end + 1 : end;
            boolean recipientBeforeDeadline = part == 0 && next + 1 < end && t.lower(next + 1).equals("to")
                    && recipientEnd + 1 < t.size() && t.lower(recipientEnd).equals(",") && deadlineEnd(t, recipientEnd + 1) > recipientEnd + 1;
            if ((part == 0 && (verb || afterModal) || part > 0 && end == next + 1) && action.length() == plain
                    && (recipientBeforeDeadline ? action.split(" ").length <= MAX_BEFORE_ASIDE + MAX_RECIPIENT_WORDS
                    : wordsBetween(t, next, end) <= MAX_BEFORE_ASIDE)) {
                // "provide assistance to Vietnam, including through its survey, [on the mapping of …]"; "…; and
                // coordinate, as appropriate, [on joint projects]"
                // (a recipient's name given with its short name counts as the short name the action shows)
                action += afterAside(t, recipientBeforeDeadline ? recipientEnd : end, next, part == 0
                        ? recipientBeforeDeadline ? action.split(" ").length : wordsBetween(t, next, end) : MAX_WORDS - MAX_NEXT_WORDS);
            }
            if (part == 0 && verb && action.length() == plain) {
                action += purposeAfterAside(t, end, wordsBetween(t, next, end));
            }
            if (part == 0 && verb && action.length() == plain) {
                action += objectAfterExample(t, end, wordsBetween(t, next, end));
            }
            if (part > 0 && joint == null && (ownClause || inCommaSeries(t, next) && seriesVerb(t, next)) && !action.isEmpty()
                    && words + wordsBetween(t, next, end) > MAX_TOTAL_WORDS + (finishedObject ? MAX_FINISH_WORDS : 0)) {
                // the words the first action left do not hold the whole of a clause with a subject or an aside of its
                // own: its verb and the head of its object still name that pledge ("…, and Chile will [fund the
                // survey] of …"); a further verb of the same subject is only more of the first, unless commas set it
                // off as an act of a series ("tackle emissions from …, [accelerate the transition] to …, and …")
                int headEnd = objectHeadEnd(t, next);
                // (an act of a series only where its object's noun phrase ends there: not "support a vibrant [and …]",
                // "maintain a coal[-fired …]")
                // (a series act within the budget and one word: it is only one of a series)
                if (headEnd > next + 1 && headEnd < end && words + wordsBetween(t, next, headEnd) <= MAX_TOTAL_WORDS + (ownClause ? MAX_FINISH_WORDS : 1)
                        && (ownClause || phraseEndsAt(t, headEnd))) {
                    end = headEnd;
                    action = t.text(next, end, lemmatizer);
                    finishedObject = true;
                } else if (headEnd == next + 1 && !ownClause && part == 1) {
                    // a verb with a complement, not an object ("…, and to [cooperate on traceability]"): cut where a
                    // noun ends within a further action's words and what the budget leaves
                    int shorter = end(t, next, Math.min(MAX_NEXT_WORDS, MAX_TOTAL_WORDS - words));
                    // (only where the noun phrase ends there: not "support a vibrant […]", "maintain a coal […]")
                    if (shorter > next + 2 && shorter <= end && (t.tag(shorter - 1).equals("NOUN") || t.tag(shorter - 1).equals("PROPN"))
                            && !endsBadly(t, shorter) && phraseEndsAt(t, shorter)) {
                        end = shorter;
                        action = t.text(next, end, lemmatizer);
                        finishedObject = true;
                    }
                }
            }
            if (part > 0 && (action.isEmpty() || words + wordsBetween(t, next, end) > MAX_TOTAL_WORDS + (finishedObject ? MAX_FINISH_WORDS : 0))) {
                parts[DROPPED] = part == 1 && !action.isEmpty() ? next : -1;
                break;
            }
            if (part > 0 && joint == null && end == next + 1 && end < t.size() && t.isWord(end) && !afterModal) {
                break; // "…; consider [whether …]": a further verb cut from what it takes says nothing
            }
            // the next action is looked for after the whole of this one, also where the word limit cut it short
            int following = part == 0 && second > end ? second : followingAction(t, end, start);
            int bound = end < t.size() ? deadlineEnd(t, end) : end;
            if (following < 0 && bound > end) {
                following = followingAction(t, bound, start); // "meet again [this summer] and continue to build …"
            }
            if (following < 0 && bound > end) {
                following = afterStepClause(t, bound, start);
            }
            if (following < 0 && bound > end && secondInfinitiveAt(t, restOfTime(t, bound))) {
                // "conclude a deal within [six months] and to hold summits": a second infinitive of the cue after the rest
                // of the time expression ("set up a zone within 18 months and harmonize rules" is left as it was)
                following = followingAction(t, restOfTime(t, bound), start);
            }
            int whole = part > 0 && joint == null ? end(t, next, MAX_WORDS) : end;
            if (following < 0 && whole > end) {
                following = followingAction(t, whole, start);
            }
            if (following < 0 && part == 0 && whole == end) {
                // "share information … to increase competitiveness; [assist] Thailand …; and coordinate …": the word limit
                // cut the first action before the semicolon that leads to the next
                int clause = end(t, next, MAX_CLAUSE_WORDS);
                if (clause > end && clause < t.size() && t.lower(clause).equals(";")) {
                    following = followingAction(t, clause, start);
                } else if (clause > end && clause < t.size() && t.lower(clause).equals(",")) {
                    // "promote high standards of …, labour rights and community engagement in the sector[, and to
                    // cooperate] on …": the limit cut the first act before the comma of a series of acts
                    int further = followingAction(t, clause, start);
                    // (only the series' last act, after "and": a word after a bare comma may be a noun of a list)
                    following = further > clause && inCommaSeries(t, further) && seriesVerb(t, further)
                            && t.find("and", clause + 1, further) > clause ? further : -1;
                }
            }
            int opener = end < t.size() && t.lower(end).equals(",") ? end + 2 : end + 1;
            ownClause = following >= 0 && opener < t.size() && clauseAction(t, end) == following
                    && !t.tag(opener).equals("PRON") && !opensPledge(t, opener) // not "and it will", "and will"
                    && !weakModalBetween(t, opener, following); // "how … chains and services [can] help": no pledge
            if (part == 0) {
                parts[FIRST_END] = end;
            } else if (part == 1) {
                parts[SECOND] = next;
            }
            // "…, and [never] to disclose it": the negation of a further infinitive is its sense, not an adverb to skip
            String negation = part > 0 && joint == null && next >= 2 && t.lower(next - 1).equals("to")
                    && (t.lower(next - 2).equals("never") || t.lower(next - 2).equals("not"))
                    && !action.startsWith(t.lower(next - 2) + " ") ? t.lower(next - 2) + " " : "";
            actions.append(part == 0 ? "" : joint != null ? " " + joint + " " : "; ").append(negation).append(action);
            words += wordsBetween(t, next, end);
            previousWords = wordsBetween(t, next, end);
            previousEnd = end;
            next = following;
        }
        return actions.toString();
    }

    /**
     * Where a further action ends that no action follows: it is whole rather than the short cut {@code end} ("…, and will
     * develop a roadmap [for the recycling of battery minerals]") where the words the earlier ones left hold it; one that
     * the budget would cut, or that another follows, keeps the short cut, so the next one has words left.
     */
    private static int lastActionEnd(Tagged t, int next, int end, int words, int part, int start) {
        int whole = end(t, next, MAX_WORDS);
        for (int k = end; k < whole; k++) {
            if (t.matchAt(Section.FREQUENCY, k) > k || deadlineEnd(t, k) > k
                    || (t.lower(k).equals("every") || t.lower(k).equals("each")) && k + 1 < t.size() && TIME_UNITS.contains(t.lower(k + 1))) {
                whole = k; // "…, and will hold a dialogue [every year]": how often or by when is no part of it
                break;
            }
            if (t.lower(k).equals(";") || t.lower(k).equals(",") && k + 1 < whole && t.tag(k + 1).equals("CCONJ")) {
                return end; // "…, prepare the text for signature, and complete …": a series' next verb is its own act
            }
        }
        if (whole <= end || !setOff(t, next, start) || words + wordsBetween(t, next, whole) > MAX_TOTAL_WORDS || whole < t.size() && !t.isWord(whole - 1)) {
            return end;
        }
        return part + 1 >= MAX_ACTIONS || followingAction(t, whole, start) < 0 ? whole : end;
    }

    /**
     * Whether a comma or semicolon sets off the further action at {@code next} as an act of a series: "…, [expand] …",
     * "…, and [expand] …", "…, and to [expand] …", "…; [expand] …"; not "… and will [expand] …" nor "… and to [expand] …"
     * without a comma.
     */
    private static boolean inCommaSeries(Tagged t, int next) {
        int k = next - 1;
        if (k >= 1 && t.lower(k).equals("to")) {
            k--; // "…, and to [promote] …": a series of infinitives
        }
        if (k >= 1 && t.tag(k).equals("CCONJ")) {
            k--;
        }
        // (not the comma after a date's year: "the August 7, 2020, [rule] entitled …")
        return k >= 1 && (t.lower(k).equals(",") || t.lower(k).equals(";")) && !t.tag(k - 1).equals("NUM");
    }

    /**
     * Whether the word at {@code next} is read as the verb of a series act: tagged a verb, in the base form, and not a
     * participle that describes what went before ("…, [set] aside by the Congress", "…, [run] by the agency").
     */
    private static boolean seriesVerb(Tagged t, int next) {
        return t.tag(next).equals("VERB") && !t.lower(next).endsWith("ed") && !THIRD_PERSON.matcher(t.lower(next)).matches()
                && !(next + 1 < t.size() && t.lower(next + 1).equals("by"))
                && !(next + 2 < t.size() && t.tag(next + 1).matches("ADP|ADV") && t.lower(next + 2).equals("by"));
    }

    /** Whether a noun phrase ends before {@code k}: at a preposition, a comma, a semicolon or the end, not inside a compound. */
    private static boolean phraseEndsAt(Tagged t, int k) {
        if (k > 0 && k < t.size() && (t.lower(k - 1).endsWith("ing") || t.lower(k).equals("of") && t.capitalized(k - 1))) {
            return false; // "support [leveraging] …", "repeal the [Protection] of …": a gerund's object or a name goes on
        }
        return k >= t.size() || !t.glued(k) && (t.tag(k).equals("ADP") || Set.of(";", ".", ")", "to").contains(t.lower(k))
                || t.lower(k).equals(",") && !(k + 1 < t.size() && t.tag(k + 1).equals("ADJ"))); // not "a vibrant[, global] economy"
    }

    /** Units of time after "every" or "each" that say how often: "every year", "each quarter". */
    private static final Set<String> TIME_UNITS = Set.of("day", "week", "month", "quarter", "year", "two", "three", "six");

    /**
     * Whether the further action at {@code next} is set off as one: after a comma or semicolon, or after a modal of its
     * own ("…, and will [develop] …", "…; [build] …", "… and shall [publish] …"); a bare "and" between two words may
     * join two nouns the tagger read as an act ("submit for review and [comment] …").
     */
    private static boolean setOff(Tagged t, int next, int start) {
        boolean modal = false;
        int k = next - 1;
        while (k > start && (t.tag(k).equals("ADV") || t.tag(k).equals("CCONJ") || MODALS.contains(t.lower(k)) || t.lower(k).equals("to"))) {
            modal |= MODALS.contains(t.lower(k));
            k--;
        }
        return modal || k > start && (t.lower(k).equals(",") || t.lower(k).equals(";"));
    }

    /**
     * A verb whose object is only the list after a colon in the same sentence ("shall consider: (a) joint stockpiling
     * …; (b) …", "cooperate in the following areas: exploration, processing …") with the list's first item, or null.
     */
    private static String withFirstItem(Tagged t, int start, LemmatizerME lemmatizer) {
        if (!t.tag(start).equals("VERB")) {
            return null;
        }
        int k = start + 1;
        if (k < t.size() && t.tag(k).equals("ADP") && !t.lower(k).equals(",")) {
            k++;
        }
        int frameEnd = k;
        while (k < t.size() && !t.lower(k).equals(":") && (!t.isWord(k) && !t.lower(k).equals(";") || t.matchAt(Section.LEAD_IN_OBJECT, k) > k)) {
            k++;
        }
        if (k + 1 >= t.size() || !t.lower(k).equals(":")) {
            return null;
        }
        int item = k + 1;
        // a list marker: "(a)", "a)", "1.", "-", "•"
        if (t.lower(item).equals("(") && t.find(")", item + 1, item + 3) > 0) {
            item = t.find(")", item + 1, item + 3) + 1;
        } else if (item + 1 < t.size() && (t.lower(item + 1).equals(")") || t.lower(item + 1).equals(".")) && t.lower(item).length() <= 3
                && !t.lower(item).contains(" ")) {
            item += 2;
        }
        while (item < t.size() && !t.isWord(item)) {
            item++;
        }
        if (item >= t.size() || !NOUN_PHRASE_START.contains(t.tag(item)) && !t.lower(item).endsWith("ing")) {
            return null;
        }
        String frame = t.text(start, frameEnd, lemmatizer);
        int e = end(t, item, MAX_WORDS - (frameEnd - start));
        return e > item ? frame + " " + t.text(item, e, null) : null;
    }

    /** Prepositions of a verb's recipient or partner, which how often does not replace. */
    private static final Set<String> RECIPIENTS = Set.of("to", "with", "for");

    /** Prepositions that open what a report is about, after its recipient: "report to the Director [on] steps …". */
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("on", "regarding", "concerning", "about");

    /** A verb's manner longer than this ("in person or virtually at the working level") gives way to how often. */
    private static final int MAX_BEFORE_FREQUENCY = 4;

    /**
     * How often, when the action ends before a phrase that says it ("on a regular basis"), as its adverb with a
     * leading blank, with what follows it: a bare verb's object ("review [on a regular basis] the programs") or the
     * purpose of the act ("meet on an annual basis [to review progress]"); null when no such phrase follows.
     */
    private static String afterFrequency(Tagged t, int end, int verb, LemmatizerME lemmatizer) {
        int f = end < t.size() && t.lower(end).equals(",") ? end + 1 : end;
        int after = f < t.size() ? t.matchAt(Section.FREQUENCY, f) : f;
        if (after == f) {
            return null;
        }
        String often = " " + FREQUENCIES.get(String.join(" ", java.util.Arrays.asList(t.lower()).subList(f, after)));
        int k = after < t.size() && t.lower(after).equals(",") ? after + 1 : after;
        int words = wordsBetween(t, verb, end) + 1;
        if (k + 1 < t.size() && t.lower(k).equals("to") && t.isVerb(k + 1)) {
            int e = end(t, k + 1, Math.max(MAX_WORDS - words - 1, MAX_NEXT_WORDS));
            return e > k + 1 ? often + " to " + t.text(k + 1, e, null) : often;
        }
        // a bare verb's object ("review on a regular basis [the programs]"), a complement ("submit data on a monthly
        // basis [to the Bureau]")
        boolean object = end == verb + 1 && (t.tag(k).equals("DET") || NOMINAL.contains(t.tag(k)));
        boolean complement = t.lower(k).equals("to") || ASIDE_COMPLEMENTS.contains(t.lower(k));
        // the phrase in commas, or none: "address, on an ongoing basis, [the risks]", "review on a regular basis [the
        // programs]"; not "meet on a regular basis, [and] at least twice a year"
        boolean enclosed = f > end ? k > after : k == after;
        if (enclosed && k < t.size() && (object || complement) && !stopsAt(t, k, verb)) {
            int e = end(t, k, MAX_WORDS - words);
            return e > k ? often + " " + t.text(k, e, null) : often;
        }
        return often;
    }

    /** "There shall be …" before the cue. */
    private static final Pattern EXISTENTIAL = Pattern.compile("(?i)\\bthere(?:\\s+\\S+){0,2}\\s*$");

    /**
     * The body a provision with "there" sets up, with the verb that does it, or null: "There shall be established a
     * Joint Committee" → "establish a Joint Committee", "There shall be a Working Group on …" → "establish a Working
     * Group on …" (only for the bodies of section {@code body-noun}: "there will be no tariff" sets up nothing).
     */
    private static String existentialBody(String beforeCue, Tagged t, int be, int participle, LemmatizerME lemmatizer) {
        if (be + 1 >= t.size() || !t.lower(be).equals("be") || !EXISTENTIAL.matcher(beforeCue).find()) {
            return null;
        }
        if (t.isPassive(be, participle) && participle + 1 < t.size() && t.tag(participle + 1).equals("DET")) {
            int e = end(t, participle + 1, MAX_WORDS - 1);
            return e > participle + 1 ? t.lemma(lemmatizer, participle) + " " + t.text(participle + 1, e, null) : null;
        }
        if (!t.tag(be + 1).equals("DET")) {
            return null;
        }
        int head = be + 2;
        while (head < t.size() && head < be + 2 + MAX_SKIP && NOMINAL.contains(t.tag(head)) && t.matchAt(Section.BODY_NOUN, head) == head) {
            head++;
        }
        if (head >= t.size() || t.matchAt(Section.BODY_NOUN, head) == head) {
            return null;
        }
        int e = end(t, be + 1, MAX_WORDS - 1);
        return e > head ? "establish " + t.text(be + 1, e, null) : null;
    }

    /** How far a first action cut by the word limit is followed to the semicolon before the next action. */
    private static final int MAX_CLAUSE_WORDS = 30;

    /** Verbs that a participle completes as an adjective: "remain [committed] to …", not a noun's modifier. */
    private static final Set<String> LINKING_VERBS = Set.of("remain", "stay", "become", "get", "keep", "be", "seem", "feel",
            "appear", "continue", "stand");

    /**
     * Whether the word at {@code k} is a noun that a participle and its preposition modify ("place [agreed to] by …",
     * "means [provided for] in …"), which the tagger may read as a verb after "and".
     */
    private static boolean modifiedByParticiple(Tagged t, int k) {
        if (k > 0 && k + 1 < t.size() && PAST_PARTICIPLE.matcher(t.lower(k)).matches() && t.tag(k - 1).equals("NOUN")
                && (t.lower(k + 1).equals("by") || k + 2 < t.size() && t.tag(k + 1).equals("ADP") && t.lower(k + 2).equals("by"))) {
            return true; // "a time and place [agreed] to by the Parties": the participle of a passive after a noun
        }
        // "a date and [venue] agreed to by the Parties", where the tagger read the noun as a verb
        return k + 3 < t.size() && !LINKING_VERBS.contains(t.lower(k)) && !t.lower(k).endsWith("ed")
                && PAST_PARTICIPLE.matcher(t.lower(k + 1)).matches() && t.tag(k + 2).equals("ADP")
                && (t.lower(k + 2).equals("by") || t.lower(k + 3).equals("by"));
    }

    /** The verb of the next coordinated action after an action that ends at {@code end}, or -1. */
    private static int followingAction(Tagged t, int end, int start) {
        // "back the plan for a “bauxite registry”[”] and will publish …": the mark that closes a quoted name ends no act
        while (end < t.size() && CLOSING_QUOTES.contains(t.lower(end)) && end > start) {
            end++;
        }
        int next = nextAction(t, end, start);
        if (next < 0 && end + 1 < t.size() && t.lower(end).equals(",")
                && (t.lower(end + 1).equals("including") || t.matchAt(Section.QUALIFIER, end + 1) > end + 1)) {
            // "examine the practices of carriers[, including with regard to surcharges,] and consider responses": the
            // further act after the examples or qualifier that closed the first one
            // (only where the first comma closes them: examples in a series of their own, "including shared access to
            // data, tools, and research facilities", end on a noun, no act)
            for (int close = end + 2; close + 1 < Math.min(t.size(), end + MAX_ASIDE); close++) {
                if (t.lower(close).equals(";") || t.lower(close).equals(":") || t.lower(close).equals(",")) {
                    next = t.lower(close).equals(",") && t.tag(close + 1).equals("CCONJ") ? nextAction(t, close, start) : -1;
                    break;
                }
            }
        }
        if (next < 0) {
            next = laterAction(t, end, start);
        }
        if (next < 0) {
            next = clauseAction(t, end);
            if (next >= 0 && permits(t, end, next)) {
                next = -1; // "…, and BNDES may consider co-financing": what another may do is no pledge
            }
        }
        if (next < 0) {
            next = laterPledge(t, end);
        }
        if (next >= 0 && (modifiedByParticiple(t, next) || t.tag(next).equals("ADP") && t.lower(next).equals("by"))) {
            return -1; // "at a time and [place] agreed to by the Parties": a noun of the same phrase, not a verb
        }
        if (next >= 2 && next > end && t.lower(next - 1).equals("may") && t.tag(next - 2).equals("CCONJ")) {
            return -1; // "meet annually and [may] invite observers": what the parties may do is no pledge
        }
        // "… and seek to [increase] collaboration": a cue of its own before the next action's verb is no part of it
        int cue = next >= 0 ? t.matchAt(Section.CUE, next) : next;
        if (cue > next + 1 && t.lower(cue - 1).equals("to") && cue < t.size() && t.isVerb(cue)) {
            next = cue;
        }
        // "…, and expand efforts to [address] the crisis": a light verb carries the next action's verb too
        int light = next >= 0 ? Math.max(t.matchAt(Section.LIGHT_VERB, next), effortEnd(t, next)) : next;
        return light > next && light < t.size() && t.isWord(light) ? light : next;
    }

    /** Verbs a pledge named as a noun takes that the tagger misreads after its "to": {@code pledged-verbs.txt}. */
    private static final Set<String> PLEDGED_VERBS = Set.copyOf(DataLines.of(ActionPhrase.class, "pledged-verbs.txt"));
    /** Head nouns of a subject that acts, an official, government or body: {@code acting-subjects.txt}. */
    private static final Set<String> ACTING_SUBJECTS = Set.copyOf(DataLines.of(ActionPhrase.class, "acting-subjects.txt"));

    /**
     * Whether a subject names who acts rather than a thing to be brought into a state: a state by name ("the United
     * States"), a group of parties ("the Parties"), or an official, government or body by its head noun ("the
     * President", "the Government of Japan").
     */
    private static boolean actsItself(String subject) {
        String head = subject.strip().split("\\s+of\\s+", 2)[0].strip();
        String[] words = head.split("\\s+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        return PartyKinds.stateNamed(subject.strip()).isPresent() || ACTING_SUBJECTS.contains(last) || GROUP_AGENTS.contains(last);
    }

    /**
     * "be effective", "be consistent with …": a state the subject is to reach, not "be able to", "be ready for" or
     * "be a first step".
     */
    private static boolean isStateToReach(Tagged t, int i) {
        return i + 1 < t.size() && t.lower(i).equals("be") && t.tag(i + 1).equals("ADJ") && !t.isPassive(i, i + 1)
                && !(i + 3 < t.size() && t.lower(i + 2).equals("to") && t.isVerb(i + 3))
                && !(i + 2 < t.size() && t.lower(i + 2).equals("for"));
    }

    /**
     * The verb phrase a noun phrase that names an action stands for, or null: "an analysis of the demand" → "analyse
     * the demand", "greater cooperation and mobilization of capital" → "cooperate and mobilize capital", "the next
     * convening of the ministers' dialogue" → "convene the next ministers' dialogue". A degree word ("greater",
     * "closer") goes with the noun; another modifier ("next") stays with the object.
     */
    private static String nominalAction(Tagged t, int start) {
        int k = start;
        boolean determiner = k < t.size() && t.tag(k).equals("DET");
        if (determiner) {
            k++;
        }
        List<Integer> kept = new ArrayList<>();
        List<String> verbs = new ArrayList<>();
        int after = -1;
        while (k < t.size() && verbs.size() < MAX_ACTIONS) {
            int modifiers = k;
            // an adjective other than a degree word is read only after a determiner: "welcome [Canadian] participation"
            // begins with a verb the tagger took for an adjective
            while (k < t.size() && k - modifiers < 2 && t.tag(k).equals("ADJ")) {
                if (t.matchAt(Section.DEGREE, k) == k) {
                    if (!determiner) {
                        return null;
                    }
                    kept.add(k);
                }
                k++;
            }
            int named = k < t.size() ? t.matchAt(Section.NOMINALIZATION, k) : k;
            if (named == k) {
                return null;
            }
            verbs.add(NOMINALIZATIONS.get(String.join(" ", java.util.Arrays.asList(t.lower()).subList(k, named))));
            after = named;
            // "cooperation and mobilization of …": a second noun for a second verb
            if (named + 1 < t.size() && t.tag(named).equals("CCONJ") && !t.lower(named - 1).equals("of")) {
                k = named + 1;
                if (k < t.size() && t.matchAt(Section.NOMINALIZATION, skipAdjectives(t, k)) > skipAdjectives(t, k)) {
                    continue;
                }
            }
            break;
        }
        StringBuilder out = new StringBuilder(String.join(" and ", verbs));
        int object = after;
        // "the expedient development of [its] sectors" → "develop its sectors": an object with its own possessive
        // takes no modifier of the noun before it
        if (!kept.isEmpty() && after < t.size() && !t.tag(after).equals("PRON")) {
            // "the next convening of the dialogue" → "convene the next dialogue"
            if (determiner) {
                out.append(' ').append(t.text(start, start + 1, null));
            }
            for (int m : kept) {
                out.append(' ').append(t.text(m, m + 1, null));
            }
            if (t.tag(object).equals("DET")) {
                object++;
            }
        }
        if (object < t.size() && t.isWord(object) && !stopsAt(t, object, object)) {
            out.append(' ').append(t.text(object, end(t, object, MAX_WORDS - verbs.size()), null));
        }
        return out.toString().strip();
    }

    private static int skipAdjectives(Tagged t, int k) {
        int i = k;
        while (i < t.size() && i - k < 2 && t.tag(i).equals("ADJ")) {
            i++;
        }
        return i;
    }

    /** Whether "and to" or ", and to" opens at {@code k}. */
    private static boolean secondInfinitiveAt(Tagged t, int k) {
        int and = k < t.size() && t.lower(k).equals(",") ? k + 1 : k;
        return and + 1 < t.size() && t.lower(and).equals("and") && t.lower(and + 1).equals("to");
    }

    /** The end of the rest of a time expression from {@code k}: "[seven days]", "[120 days]", "[2026]", "[the next sixty days]". */
    private static int restOfTime(Tagged t, int k) {
        for (int n = 0; k < t.size() && n < 5 && (t.tag(k).equals("NUM") || t.tag(k).equals("NOUN")
                || n < 2 && (t.tag(k).equals("DET") || t.tag(k).equals("ADJ")) && timeWordSoon(t, k + 1)); n++) {
            k++;
            if (TIME_WORDS.contains(t.lower(k - 1))) {
                break;
            }
        }
        return k;
    }

    /** The words that end a step the act waits for where a clause of its own follows: "before [it] takes effect". */
    private static final Set<String> STEP_SUBJECTS = Set.of("it", "they", "the", "all", "both");

    /**
     * The next action after a step told as a clause ("ratify the deal before it takes effect, and [submit] …"), or -1:
     * it is looked for after the comma that closes the step.
     */
    private static int afterStepClause(Tagged t, int bound, int start) {
        if (!STEP_SUBJECTS.contains(t.lower(bound - 1))) {
            return -1;
        }
        int comma = t.find(",", bound, bound + MAX_SKIP);
        return comma > 0 ? followingAction(t, comma, start) : -1;
    }

    /**
     * The complement of a bare verb that a deadline separates from it ("develop, within 120 days, a common list"), with
     * a leading blank; "" when no deadline follows the verb or nothing after it completes the verb.
     */
    private static String afterDeadline(Tagged t, int end, int verb) {
        int d = end < t.size() && t.lower(end).equals(",") ? end + 1 : end;
        int k = d < t.size() ? deadlineEnd(t, d) : d;
        if (k == d) {
            return "";
        }
        k = restOfTime(t, k);
        // "within 30 days [of the date of this memorandum] on …": the point the time runs from, then the act goes on
        int point = afterDatePoint(t, k);
        boolean pointSkipped = point > k;
        k = point;
        if (d > end) {
            // "take measures, within six months [of signature of this Framework], to …": a deadline in commas runs to
            // the closing comma over the point it runs from
            k = closingCommaOfPoint(t, k);
        }
        boolean comma = k < t.size() && t.lower(k).equals(",");
        if (comma) {
            k++;
        }
        if (comma && k < t.size() && YEAR.matcher(t.lower(k)).matches()) {
            // "until June 30[, 2027]": the date's year, no complement
            k++;
            comma = k < t.size() && t.lower(k).equals(",");
            if (comma) {
                k++;
            }
        }
        boolean bareVerb = end == verb + 1 || end == verb + 2 && t.tag(verb + 1).equals("ADV");
        if (bareVerb && !comma) {
            k = afterStartingPoint(t, k); // "meet within one year [of the entry into force of this Agreement] to review …"
        }
        // then a complement of the verb: "[on a joint response]", ", [a common list]"; not "of entry into force"
        // "answer within 30 days [all reasonable enquiries]", "suspend for a year [certain measures]": a bare verb's
        // object after the deadline
        // "meet again within two months [in Oslo]": a verb with its adverb is bare too
        boolean bare = end == verb + 1 || end == verb + 2 && t.tag(verb + 1).equals("ADV");
        // after an object and a deadline with no comma, only where the object goes goes on ("invest $3 billion by 2030
        // [in grid infrastructure]"); "hold its first meeting within 90 days after …" still tells the time
        boolean afterObject = !bare && d == end;
        boolean complement = k < t.size() && (t.tag(k).equals("ADP") && !t.lower(k).equals("of")
                && (!afterObject || DESTINATIONS.contains(t.lower(k)) || pointSkipped && !t.lower(k).equals("by"))
                // "meet within sixty days [to develop an action plan]": what a bare verb meets for
                // "invest $5 billion through 2031 [to build cloud infrastructure]": what the object is for
                || (bare || afterObject) && t.lower(k).equals("to") && k + 1 < t.size()
                        && (t.isVerb(k + 1) || afterObject && t.tag(k + 1).equals("NOUN") && !t.lower(k + 1).endsWith("s"))
                || comma && (t.tag(k).equals("DET") || NOMINAL.contains(t.tag(k)))
                // "take measures, within six months of signature, [to provide support]": a deadline in commas between
                // the means and its purpose
                || comma && d > end && t.lower(k).equals("to") && k + 1 < t.size() && t.isVerb(k + 1)
                || bare && (t.tag(k).equals("DET") || t.tag(k).equals("ADJ") || POSSESSIVES.contains(t.lower(k))));
        // "gather on Sunday, [May 17]": the rest of the date, no complement; nor is "…, officials said" one
        if (!complement || stopsAt(t, k, verb) || MONTHS.contains(t.lower(k)) || comma && attribution(t, k)) {
            return "";
        }
        int e = end(t, k, MAX_WORDS - 1);
        return e > k ? " " + t.text(k, e, null) : "";
    }

    /**
     * After a time, the end of the date it runs from, "of the date of this order" or "from the date of this
     * memorandum", where the act goes on after it; else {@code k}.
     */
    private static int afterDatePoint(Tagged t, int k) {
        if (k + 4 >= t.size() || !Set.of("of", "from", "after", "following").contains(t.lower(k)) || !t.lower(k + 1).equals("the")
                || !t.lower(k + 2).equals("date") || !t.lower(k + 3).equals("of") || !Set.of("this", "the").contains(t.lower(k + 4))) {
            return k;
        }
        int j = k + 5;
        while (j < t.size() && j <= k + 7 && NOMINAL.contains(t.tag(j))) {
            j++;
        }
        return j > k + 5 ? j : k;
    }

    /**
     * The closing comma of a deadline in commas after the point its time runs from ("of the date of signature of this
     * Framework,"), or {@code k} where the words after the time are not such a point.
     */
    private static int closingCommaOfPoint(Tagged t, int k) {
        if (k >= t.size() || !Set.of("of", "from", "after", "following").contains(t.lower(k))) {
            return k;
        }
        for (int j = k + 1; j < t.size() && j <= k + MAX_STARTING_POINT; j++) {
            if (t.lower(j).equals(",")) {
                return j;
            }
            if (!t.isWord(j) || t.isVerb(j) || t.tag(j).equals("AUX")) {
                return k;
            }
        }
        return k;
    }

    /** How many words the point a time runs from may take: "of the date of entry into force of this Agreement". */
    private static final int MAX_STARTING_POINT = 10;

    /**
     * After a time, the point it runs from where a purpose follows it: "within one year [of the entry into force of this
     * Agreement] to review …" → the "to"; else {@code k}.
     */
    private static int afterStartingPoint(Tagged t, int k) {
        if (k >= t.size() || !(t.lower(k).equals("of") || t.lower(k).equals("after") || t.lower(k).equals("following"))) {
            return k;
        }
        for (int j = k + 1; j < t.size() && j <= k + MAX_STARTING_POINT; j++) {
            if (t.lower(j).equals("to") && j + 1 < t.size() && t.isVerb(j + 1)) {
                return j;
            }
            if (!t.isWord(j) || t.isVerb(j) || t.tag(j).equals("AUX")) {
                return k;
            }
        }
        return k;
    }

    /** Whether the noun names an event the parties hold ("summit", "meeting"): section {@code noun-verb}'s "hold". */
    static boolean isHeldEvent(String lowerNoun) {
        return "hold".equals(NOUN_VERBS.get(lowerNoun));
    }

    /**
     * The action of a pledge whose cue takes a noun phrase ("look forward to the next summit", "committed to the
     * principles of the Charter"): the verb its head noun takes (section {@code noun-verb}: "summit" → "hold",
     * "principles" → "uphold"), else "support" after a cue of commitment; null for any other phrase. With {@code events}
     * only an event the parties hold is read (before a noun that names an action, "the next convening of the Dialogue",
     * is read as its verb), otherwise any noun but such a one.
     */
    private static final int MAX_LATER_CUE = 10;

    /**
     * The verb after a further cue ("and decided to", section {@code later-cue}) that follows the noun phrase a noun cue
     * takes ("renewed their commitment to the partnership and decided to [expand] …"), else -1.
     */
    private static int verbAfterLaterCue(Tagged t, int start) {
        int cue = start - 1;
        while (cue > 0 && cue > start - 4 && t.matchAt(Section.NOUN_CUE, cue) != start) {
            cue--;
        }
        // "commitment to [bilateral] partnership": after "to" the tagger may read a modifier as the verb
        boolean modifier = ADJECTIVE_FORM.matcher(t.lower(start)).matches();
        // "commitment to [peace] in the region": a bare noun read as a verb, with no object after it
        boolean bareNoun = t.isVerb(start) && start + 1 < t.size() && !t.lower(start).endsWith("ing")
                && (t.tag(start + 1).equals("ADP") && !t.lower(start + 1).equals("to")
                        // ("committed to cooperate [and decided to] …": a verb whose pledge goes on, not a noun)
                        || t.tag(start + 1).equals("CCONJ") && t.matchAt(Section.LATER_CUE, start + 1) == start + 1);
        if (cue < 0 || t.matchAt(Section.NOUN_CUE, cue) != start
                || !modifier && !bareNoun && (t.isVerb(start) || !NOUN_PHRASE_START.contains(t.tag(start)))) {
            return -1;
        }
        int limit = start + MAX_LATER_CUE;
        for (int k = start + 1; k < t.size() && k <= limit; k++) {
            int e = t.matchAt(Section.LATER_CUE, k);
            if (e > k) {
                return e < t.size() && t.isWord(e) ? e : -1;
            }
            int close = dashAsideEnd(t, k);
            if (close > k) {
                limit += close - k; // "commitment to peace [— as declared in Lima in May —] and reiterate …"
                k = close;
                continue;
            }
            if (t.lower(k).equals(";") || t.lower(k).equals(":") || t.isVerb(k)) {
                return -1;
            }
        }
        return -1;
    }

    private static String pledgedThing(Tagged t, int start, boolean events, LemmatizerME lemmatizer) {
        int cue = start - 1;
        while (cue > 0 && cue > start - 4 && t.matchAt(Section.NOUN_CUE, cue) != start) {
            cue--;
        }
        // a gerund or a bare singular noun after the cue is a verb the tagger misread ("committed to [expand] …")
        boolean bare = t.tag(start).equals("NOUN") && !t.lower(start).endsWith("s")
                // "commitment to [deepen] cooperation": a verb of an adjective, read as one
                || t.tag(start).equals("ADJ") && ADJECTIVE_VERB.matcher(t.lower(start)).matches() && start + 1 < t.size()
                        && NOUN_PHRASE_START.contains(t.tag(start + 1))
                // "commitment to [advance] peace", "[uphold] international law": a verb of pledged-verbs.txt, however the
                // tagger reads it, unless a preposition makes it a noun ("commitment to respect [for] …")
                || PLEDGED_VERBS.contains(t.lower(start)) && start + 1 < t.size() && t.isWord(start + 1)
                        && !t.tag(start + 1).equals("ADP") && !t.tag(start + 1).equals("CCONJ");
        if (cue < 0 || t.matchAt(Section.NOUN_CUE, cue) != start || t.isVerb(start) && !ING_ADJECTIVES.contains(t.lower(start)) || bare
                || t.lower(start).endsWith("ing") && !ING_ADJECTIVES.contains(t.lower(start))
                || !NOUN_PHRASE_START.contains(untagged(t, start))) {
            return null;
        }
        int head = -1;
        // a possessive ("Europe's", tagged PROPN+PART) opens the noun phrase, its head comes after it; an "-ing" word
        // that only describes the noun is in its phrase, however the tagger reads it ("an enduring partnership")
        for (int k = start; k < t.size() && k < start + MAX_SKIP
                && (NOUN_PHRASE_START.contains(untagged(t, k)) || t.glued(k) || ING_ADJECTIVES.contains(t.lower(k))
                        || joinsAdjectives(t, k) || opensHyphenated(t, k)); k++) {
            if (t.tag(k).equals("NOUN") || t.tag(k).equals("PROPN")) {
                head = k;
            }
        }
        if (head < 0) {
            return null;
        }
        String verb = NOUN_VERBS.get(t.lower(head));
        boolean event = "hold".equals(verb) && !(head + 1 < t.size() && t.lower(head + 1).equals("of"));
        if (events != event || !events && nominalAction(t, start) != null) {
            return null;
        }
        if (verb == null) {
            if (t.lower(cue).equals("look") || t.lower(cue).equals("looks") || t.lower(cue).equals("looking")) {
                return null; // "look forward to the report": no act of the parties' own
            }
            verb = "support";
        }
        int end = end(t, start, MAX_WORDS - 1);
        if (end <= start) {
            return null;
        }
        String thing = verb + " " + t.text(start, end, null);
        // "committed to Europe's energy security and to [accelerating] the transition": a second pledge, of an act
        int words = 1 + wordsBetween(t, start, end);
        int act = end + 2;
        if (act < t.size() && t.lower(end).equals("and") && t.lower(end + 1).equals("to") && t.lower(act).endsWith("ing")
                && t.lower(act).length() > MIN_GERUND && !ING_ADJECTIVES.contains(t.lower(act)) && words < MAX_TOTAL_WORDS - 2) {
            int actEnd = end(t, act, MAX_TOTAL_WORDS - words - 1);
            if (actEnd > act) {
                thing += " and " + t.text(act, actEnd, lemmatizer);
            }
        }
        // "committed to responsible sourcing, as well as their support for [the application of …]": a second pledge
        int support = end < t.size() && t.lower(end).equals(",") ? supportAfterAsWellAs(t, end + 1) : -1;
        if (support > 0 && words < MAX_TOTAL_WORDS - 2) {
            int supportEnd = end(t, support + 2, MAX_TOTAL_WORDS - words - 1);
            if (supportEnd > support + 2) {
                thing += "; support " + t.text(support + 2, supportEnd, null);
            }
        }
        return thing;
    }

    /** The first part of a hyphenated word, however the tagger reads it: "[Indo]-Pacific". */
    private static boolean opensHyphenated(Tagged t, int k) {
        return k + 1 < t.size() && t.lower(k + 1).equals("-") && t.glued(k + 1) && t.isWord(k);
    }

    /** An "and", "or" or comma between two adjectives of one noun phrase: "a free [and] open Indo-Pacific". */
    private static boolean joinsAdjectives(Tagged t, int k) {
        String w = t.lower(k);
        return k > 0 && k + 1 < t.size() && (w.equals("and") || w.equals("or") || w.equals(","))
                && t.tag(k - 1).equals("ADJ") && (t.tag(k + 1).equals("ADJ") || t.lower(k + 1).endsWith("ed"));
    }

    /** The tag at {@code k} without the possessive the tagger joins to it: "PROPN+PART" → "PROPN". */
    private static String untagged(Tagged t, int k) {
        String tag = t.tag(k);
        return tag.endsWith("+PART") ? tag.substring(0, tag.length() - "+PART".length()) : tag;
    }

    /**
     * The verb after a noun phrase that only names the means of an act, where an item opens with one: "Programs to
     * [train] a skilled workforce", "coordinated efforts to [build] reserves"; else {@code i}.
     */
    private static int afterMeans(Tagged t, int i) {
        int k = i;
        while (k < t.size() && k - i < 3 && (t.tag(k).equals("DET") || t.tag(k).equals("ADJ")
                || t.tag(k).equals("VERB") && t.lower(k).endsWith("ed"))) {
            k++;
        }
        if (k + 2 < t.size() && (t.tag(k).equals("NOUN") || t.tag(k).equals("PROPN")) && t.matchAt(Section.MEANS_LEAD, k) > k
                && t.lower(k + 1).equals("to") && (t.isVerb(k + 2) || t.tag(k + 2).equals("NOUN"))) {
            return k + 2;
        }
        return i;
    }

    /** The longest subject kept whole in a clause after "ensure that" ("those States and other persons"). */
    private static final int MAX_CLAUSE_SUBJECT = 6;
    /** How far after its subject the verb of a clause after "ensure that" is looked for. */
    private static final int MAX_CLAUSE_REACH = 60;

    /**
     * "ensure that X …, Y …, does not exceed Z", which the word limit would cut inside the clause's long subject: the
     * subject's head noun phrase with the clause's verb ("ensure the tariff rate does not exceed 15 percent"); null where
     * the action {@code [verb, end)} reaches the clause's verb or no clause follows the verb.
     */
    private static String clauseWithShortSubject(Tagged t, int verb, int end, LemmatizerME lemmatizer) {
        int that = verb + 1;
        if (that >= t.size() || !t.isComplementizer(that) || !t.isHeadVerb(verb, verb)) {
            return null;
        }
        for (int k = that + 1; k < end; k++) {
            if (t.tag(k).equals("AUX") || t.tag(k).equals("VERB") && !t.lower(k).endsWith("ed") && !t.lower(k).endsWith("ing")) {
                return null; // the action reaches the clause's verb
            }
        }
        // the head noun phrase: up to its first preposition, participle, comma or parenthesis
        int head = that + 1;
        while (head < t.size() && head - that <= MAX_CLAUSE_SUBJECT && !(head > that + 1 && RELATIVE.contains(t.lower(head)))
                && (t.tag(head).equals("DET") || NOMINAL.contains(t.tag(head))
                || t.tag(head).equals("PRON") || t.glued(head) || t.tag(head).equals("CCONJ") && head + 1 < t.size()
                && NOMINAL.contains(t.tag(head + 1)))) {
            head++;
        }
        if (head == that + 1 || head - that > MAX_CLAUSE_SUBJECT || !NOMINAL.contains(t.tag(head - 1))) {
            return null;
        }
        // "ensure that the unique cultural[, linguistic] and … needs of students are met": a comma inside a series of
        // modifiers does not close the head noun phrase
        if (t.lower(head).equals(",") && head + 1 < t.size() && t.tag(head + 1).equals("ADJ")) {
            return null;
        }
        // "ensure that the Committee, in consultation with industry, [reviews] the targets": the aside after the
        // subject is left out, the clause's verb kept
        int close = t.lower(head).equals(",") ? t.find(",", head + 1, head + 1 + MAX_ASIDE_WORDS) : -1;
        // (a verb in the third person before its object may be tagged a plural noun: "[reviews] the targets")
        if (close > head + 1 && close + 2 < t.size() && (t.tag(close + 1).equals("AUX")
                || t.tag(close + 1).equals("VERB") && !t.lower(close + 1).endsWith("ing") && !t.lower(close + 1).endsWith("ed")
                || THIRD_PERSON.matcher(t.lower(close + 1)).matches() && OBJECT_START.contains(t.tag(close + 2)))) {
            int e = end(t, close + 1, MAX_WORDS - wordsBetween(t, verb, head));
            return e > close + 2 ? t.text(verb, head, lemmatizer) + " " + t.text(close + 1, e, null) : null;
        }
        // the clause's verb: an auxiliary or modal at the same depth, after the subject's modifiers
        int depth = 0;
        // "ensure that persons [that have acted against it] do not benefit": a relative clause right after the subject
        // is passed over, its own verb first, then the clause's
        boolean relative = false;
        boolean relativeVerb = false;
        for (int k = head; k < t.size() && k < head + MAX_CLAUSE_REACH; k++) {
            String w = t.lower(k);
            depth += w.equals("(") ? 1 : w.equals(")") ? -1 : 0;
            if (k == head && RELATIVE.contains(w)) {
                relative = true;
                continue;
            }
            if (w.equals(";") || w.equals(":") || w.equals("that") || w.equals("which") || w.equals("who") || w.equals("whom")
                    || w.equals("whose") || w.equals("where")) {
                return null; // another clause before the verb: too far to say which noun it has
            }
            if (relative && !relativeVerb) {
                relativeVerb = t.tag(k).equals("AUX") || t.tag(k).equals("VERB");
                continue;
            }
            if (depth == 0 && k > head && t.tag(k).equals("AUX") && (t.lower(k - 1).equals(",") || NOMINAL.contains(t.tag(k - 1)))) {
                int e = end(t, k, MAX_WORDS - wordsBetween(t, verb, head));
                return e > k + 1 ? t.text(verb, head, lemmatizer) + " " + t.text(k, e, null) : null;
            }
        }
        return null;
    }

    /** A phrase this short may still lack the complement an aside in commas separates from it. */
    private static final int MAX_BEFORE_ASIDE = 6;
    /** How many more words a recipient before a deadline in commas may show: "to the Director of the NEC". */
    private static final int MAX_RECIPIENT_WORDS = 2;
    /** Prepositions that open a complement of the verb after an aside: "on the mapping of …", not "at the request of …". */
    private static final Set<String> ASIDE_COMPLEMENTS = Set.of("on", "in", "into", "for", "with", "regarding", "concerning",
            "about", "against", "through", "under", "towards", "toward", "across", "between");
    /** How far an aside in commas may go before the complement after it. */
    private static final int MAX_ASIDE_WORDS = 16;

    /** Whether examples open at {@code k}: "[such as] businesses and workers", an aside as "including …" is. */
    private static boolean examplesAt(Tagged t, int k) {
        return k + 1 < t.size() && t.lower(k).equals("such") && t.lower(k + 1).equals("as");
    }

    /** What a verb takes "into" as one phrase with it: "take into account [X]", "take into consideration [X]". */
    private static final Set<String> TAKEN_INTO = Set.of("account", "consideration");

    /** Whether the phrase from {@code verb} to {@code end} is "take into account" or the like, its object still to come. */
    private static boolean takeInto(Tagged t, int verb, int end) {
        return end == verb + 3 && t.lower(verb + 1).equals("into") && TAKEN_INTO.contains(t.lower(verb + 2))
                && (t.lower(verb).equals("take") || t.lower(verb).equals("taking"));
    }

    /** Words that single out what follows, before a complement after an aside: "notably through …". */
    private static final Set<String> FOCUS_ADVERBS = Set.of("notably", "particularly", "especially", "mainly", "primarily",
            "chiefly", "principally");

    /** Words that open a clause of condition or time: "if", "when". */
    private static final Set<String> CONDITIONS = Set.of("if", "when", "where", "whenever", "once", "unless", "as", "while");

    /**
     * The complement that an aside in commas, a qualifier or a deadline, separates from a short phrase ending at the
     * comma {@code end}, with a leading blank: "strengthen dialogue with partners, including Japan and Korea, [on
     * critical minerals]", "submit to the President, within 90 days of this order, [an assessment of …]", "assess,
     * within 120 days, [whether …]"; a bare verb's object after a qualifier without commas (see
     * {@link #afterBareVerbQualifier}); "" when none follows.
     */
    private static String afterAside(Tagged t, int end, int verb, int words) {
        if (end < t.size() && end == verb + 1 && !t.lower(end).equals(",")) {
            return afterBareVerbQualifier(t, end);
        }
        if (end < t.size() && !t.lower(end).equals(",") && t.matchAt(Section.QUALIFIER, end) > end) {
            return afterQualifierInComma(t, end, words);
        }
        int open = end + 1;
        // "ensure that, when supply fails, [stocks are released]": a clause of its own between "that" and its content
        boolean thatClause = open < t.size() && end == verb + 2 && t.lower(verb + 1).equals("that")
                && CONDITIONS.contains(t.lower(open));
        // "determine, in its review of tariffs, [if] …": any short aside separates a verb from its question
        boolean question = end == verb + 1 && t.matchAt(Section.CLAUSE_VERB, verb) == end;
        // "help to carry out, [by all the means provided for], programmes …", "contribute to the financing, [at every
        // stage], of the training …": a phrase that ends on its verb, or on a noun of an act, may have its object after
        // any short aside of means or manner that a preposition opens
        boolean endsOnVerb = end > verb + 1 && (t.tag(end - 1).equals("VERB") && !t.lower(end - 1).endsWith("ing")
                || PARTICLES.contains(t.lower(end - 1)) && t.tag(end - 2).equals("VERB") || takeInto(t, verb, end)
                // "consider steps to promote, including within firms, [high standards]": after a means and its "to" the
                // word is the purpose's verb, however the tagger read it
                || end > verb + 3 && t.lower(end - 2).equals("to") && t.matchAt(Section.MEANS_NOUN, end - 3) == end - 2
                        && t.isWord(end - 1));
        boolean endsOnActNoun = end > verb + 1 && t.tag(end - 1).equals("NOUN") && ACTION_NOUN.matcher(t.lower(end - 1)).matches();
        boolean prepositionalAside = open < t.size() && (endsOnVerb || endsOnActNoun) && t.tag(open).equals("ADP")
                && !CONDITIONS.contains(t.lower(open)) && deadlineEnd(t, open) == open;
        // "the tariffs, as set forth in Order 14257, as amended, [on goods of …]": an aside that cites where a thing is
        // set out has verbs of its own and yet no clause
        boolean citation = open + 1 < t.size() && t.lower(open).equals("as")
                && (t.matchAt(Section.CLAUSE, open) > open || t.matchAt(Section.CLAUSE, open + 1) > open + 1);
        if (open >= t.size() || !t.lower(end).equals(",")
                || t.matchAt(Section.QUALIFIER, open) == open && deadlineEnd(t, open) == open && !thatClause && !question
                && !prepositionalAside && !citation && !examplesAt(t, open)) {
            return "";
        }
        // without an object of its own, the verb may take a noun phrase or a clause after the aside
        boolean noObject = end == verb + 1 || t.tag(verb + 1).equals("ADP") || endsOnVerb;
        for (int k = open + 1; k + 1 < t.size() && wordsBetween(t, open, k) <= MAX_ASIDE_WORDS; k++) {
            String w = t.lower(k);
            // a participle after a noun of the aside modifies it: "by all the means [provided] for in the Convention"
            boolean reducedRelative = prepositionalAside && PAST_PARTICIPLE.matcher(w).matches() && t.tag(k - 1).equals("NOUN")
                    || citation && t.tag(k).equals("VERB");
            if (w.equals(";") || w.equals(":") || w.equals("(")
                    || !thatClause && (t.tag(k).equals("AUX") || t.tag(k).equals("VERB") && !w.endsWith("ing") && !reducedRelative)) {
                return "";
            }
            if (!w.equals(",") || thatClause && k < open + 3) {
                continue;
            }
            int c = k + 1;
            if (c + 1 < t.size() && FOCUS_ADVERBS.contains(t.lower(c)) && t.tag(c + 1).equals("ADP")
                    && ASIDE_COMPLEMENTS.contains(t.lower(c + 1))) {
                c++; // "cooperate, in the framework of Article 4, [notably] through …": the focus word is no act
            }
            if (endsOnActNoun && t.lower(c).equals("of")) {
                // the noun of an act takes its "of" again after the aside: "the financing, at every stage, [of] …"
                int e = end(t, c, MAX_WORDS - words);
                return e > c + 1 ? " " + t.text(c, e, null) : "";
            }
            // after a clause, its content opens with a determiner ("when supply fails, [the] stocks …"), not with a
            // noun that goes on with a list inside the clause ("if a legal, [oversight], or …")
            boolean complement = t.tag(c).equals("ADP") && ASIDE_COMPLEMENTS.contains(t.lower(c)) && !thatClause
                    // "provide notice, as far in advance as practicable, [to the other Party] of …": a recipient that a
                    // determiner or a name opens, not a purpose ("…, to promote …")
                    || recipientAfterAside(t, c) && !thatClause
                    || thatClause && (t.tag(c).equals("DET") || t.tag(c).equals("PRON") && !t.lower(c).equals("it"))
                    // (a name's possessive too: "take into account, in the talks, [India's] request")
                    || noObject && !thatClause && !citation && (t.tag(c).equals("DET") || NOMINAL.contains(t.tag(c))
                    || t.tag(c).endsWith("+PART") || t.tag(c).equals("PRON") && !t.lower(c).equals("it")
                    || t.lower(c).equals("whether") || t.lower(c).equals("that"));
            boolean asked = question && (t.lower(c).equals("whether") || t.lower(c).equals("if"));
            if (question && !asked && t.matchAt(Section.QUALIFIER, open) == open && deadlineEnd(t, open) == open) {
                return ""; // only a question follows an aside that no qualifier opens
            }
            if (asked || complement && t.matchAt(Section.QUALIFIER, c) == c && deadlineEnd(t, c) == c
                    && t.matchAt(Section.CLAUSE, c) == c && !(c + 1 < t.size() && t.tag(c + 1).equals("NUM"))) {
                int from = t.lower(c).equals("that") ? c + 1 : c; // "ensure, to the extent possible, [that] …"
                int e = end(t, from, MAX_WORDS - words);
                // a lone preposition before a relative clause ("…, [for] which …") completes nothing
                return e > from && !(e == from + 1 && t.tag(from).equals("ADP")) ? " " + t.text(from, e, null) : "";
            }
        }
        return "";
    }

    /**
     * The purpose that follows an aside in commas after a short action, with a leading blank: "explore mechanisms,
     * including price floors and offtake agreements, [to address unfair practices]", "set up a task force, chaired by
     * the two ministers, [to review supply risks]"; "" when none follows, or the purpose names no act.
     */
    private static String purposeAfterAside(Tagged t, int end, int words) {
        int open = end + 1;
        int budget = MAX_TOTAL_WORDS - words - 1;
        if (open + 1 >= t.size() || !t.lower(end).equals(",") || budget < MAX_PURPOSE_WORDS) {
            return "";
        }
        // an aside of examples ("including …", "such as …"), or a participle and its agent ("led by …")
        boolean examples = t.matchAt(Section.EXAMPLE_LEAD, open) > open || t.lower(open).equals("including");
        boolean agent = (t.tag(open).equals("VERB") && t.lower(open).endsWith("ed") || t.lower(open).equals("led"))
                && t.tag(open + 1).equals("ADP");
        if (!examples && !agent) {
            return "";
        }
        for (int k = open + 2; k + 2 < t.size() && wordsBetween(t, open, k) <= MAX_NAMES_ASIDE_WORDS; k++) {
            String w = t.lower(k);
            if (w.equals(";") || w.equals(":") || w.equals("(") || t.tag(k).equals("AUX")
                    || t.tag(k).equals("VERB") && !w.endsWith("ing")) {
                return "";
            }
            if (!w.equals(",")) {
                continue;
            }
            int verb = k + 2;
            // (after the infinitive's "to" the tagger may read the verb as a noun: "to [audit] exports")
            if (t.lower(k + 1).equals("to") && (t.isVerb(verb) || t.tag(k + 1).equals("PART") && t.isWord(verb))
                    && t.matchAt(Section.PURPOSE_VERB, verb) == verb) {
                int e = end(t, verb, budget - 1);
                return e > verb + 1 ? " to " + t.text(verb, e, null) : "";
            }
            // the next name or item of the examples: "such as Chile, [the] Philippines and Peru"
            if (!examples || !(NOUN_PHRASE_START.contains(t.tag(k + 1)) || t.tag(k + 1).equals("CCONJ"))) {
                return "";
            }
        }
        return "";
    }

    /**
     * The purpose of a means ("measures", "steps") that an aside of how it is taken separates from it, with a leading
     * blank: "take measures, using economic policy tools and joint investment, [to expedite delivery]"; "" where no
     * purpose closes a short aside without a verb of its own.
     */
    private static String purposeAfterMeansAside(Tagged t, int end, int words) {
        if (end + 2 >= t.size() || !t.lower(end).equals(",")) {
            return "";
        }
        int close = t.find(",", end + 2, end + 2 + MAX_MEANS_ASIDE_WORDS);
        // after "to" the next word is the purpose's verb, however the tagger read it ("to [open] new mines"); a determiner,
        // number or name is no verb
        int verb = close + 2;
        if (close < 0 || verb >= t.size() || !t.lower(close + 1).equals("to") || !t.isVerb(verb) && !(t.isWord(verb)
                && !t.capitalized(verb) && !Set.of("DET", "NUM", "PRON", "PROPN", "ADV").contains(t.tag(verb)))
                || t.matchAt(Section.PURPOSE_VERB, verb) != verb) {
            return "";
        }
        for (int i = end + 1; i < close; i++) {
            String w = t.lower(i);
            // the aside's own participle ("using", "drawing on") and the adjectives of its nouns ("coordinated") only
            if (w.equals(";") || w.equals(":") || w.equals("(") || t.tag(i).equals("AUX")
                    || t.tag(i).equals("VERB") && !w.endsWith("ing") && !w.endsWith("ed")) {
                return "";
            }
        }
        int e = end(t, close + 2, Math.max(MAX_WORDS - words - 1, MAX_NEXT_WORDS));
        return e > close + 2 ? " to " + t.text(close + 2, e, null) : "";
    }

    /** How long an aside of means between a means and its purpose may be. */
    private static final int MAX_MEANS_ASIDE_WORDS = 10;

    /**
     * A second object after one example in commas, with a leading blank: "explore price mechanisms, such as price floors,
     * [and standards-based markets]"; "" where the examples go on as a list ("such as A, B, and C") or a clause or
     * an act follows the "and".
     */
    private static String objectAfterExample(Tagged t, int end, int words) {
        int open = end + 1;
        if (open + 2 >= t.size() || !t.lower(end).equals(",") || !(examplesAt(t, open) || t.lower(open).equals("including"))) {
            return "";
        }
        // the example is a thing, not a means or a field ("including through the fund, and …", "including on trade, and …")
        int first = t.lower(open).equals("including") ? open + 1 : open + 2;
        if (first >= t.size() || !NOUN_PHRASE_START.contains(t.tag(first)) && !t.lower(first).endsWith("ing")) {
            return "";
        }
        int close = t.find(",", open + 1, open + 1 + MAX_EXAMPLE_WORDS);
        int k = close + 2;
        if (close < 0 || k + 1 >= t.size() || !t.lower(close + 1).equals("and") || t.isVerb(k) || t.tag(k).equals("AUX")
                || !(t.tag(k).equals("DET") || t.tag(k).equals("ADJ") || NOMINAL.contains(t.tag(k)))) {
            return "";
        }
        for (int i = open + 2; i < close; i++) {
            if (t.tag(i).equals("AUX") || t.tag(i).equals("VERB") && !t.lower(i).endsWith("ing") || t.lower(i).equals("and")
                    || t.lower(i).equals("or")) {
                return ""; // a list of examples or a clause in the aside: the "and" may close it
            }
        }
        int e = end(t, k, MAX_WORDS - words - 1);
        // the noun phrase is the subject of a clause of its own: "…, and the partners [will] …"
        for (int i = k; i <= Math.min(e, t.size() - 1); i++) {
            String w = t.lower(i);
            // (a participle with its agent or place describes the noun: "reserves held [by] the partners")
            boolean participle = w.endsWith("ing") || w.endsWith("ed") && i + 1 < t.size() && t.tag(i + 1).equals("ADP");
            if (t.tag(i).equals("AUX") || i == e && t.tag(i).equals("VERB") && !participle) {
                return "";
            }
        }
        return e > k ? " and " + t.text(k, e, null) : "";
    }

    /** How long the one example before a second object may be. */
    private static final int MAX_EXAMPLE_WORDS = 6;

    /** An aside before a purpose may name a body and its chairs in full: "chaired by the Ministry of … and the …". */
    private static final int MAX_NAMES_ASIDE_WORDS = 20;
    /** A purpose after an aside is kept only where the words left hold a verb and a short object. */
    private static final int MAX_PURPOSE_WORDS = 3;

    /**
     * The coordinated action after an action whose object an aside separated from its verb, with "; ": "coordinate,
     * individually and collectively, the release of stocks, and [take measures to restore supply]"; "" when none follows.
     */
    private static String furtherAction(Tagged t, int end, int first, int words, LemmatizerME lemmatizer) {
        int next = end < t.size() ? nextAction(t, end, first) : -1;
        if (next < 0 || MAX_TOTAL_WORDS - words < 2) {
            return "";
        }
        int e = end(t, next, Math.min(MAX_NEXT_WORDS, MAX_TOTAL_WORDS - words));
        if (e < t.size() && t.lower(e).equals("to") && t.matchAt(Section.MEANS_NOUN, e - 1) == e) {
            e = end(t, next, MAX_TOTAL_WORDS - words); // "take measures [to restore supply]": a means with its purpose
        }
        return e > next + 1 ? "; " + t.text(next, e, lemmatizer) : "";
    }

    /** "to the other Party", "to Peru": "to" before a determiner or a name, where no verb can follow it. */
    private static boolean recipientAfterAside(Tagged t, int c) {
        return c + 1 < t.size() && t.lower(c).equals("to") && (t.tag(c + 1).equals("DET") || t.tag(c + 1).equals("PROPN"))
                && t.matchAt(Section.QUALIFIER, c) == c;
    }

    /**
     * The complement after a qualifier that a comma closes, with a leading blank: "hold consultations on request of the
     * other Party, [on the rules for such procedures]"; "" when none follows.
     */
    private static String afterQualifierInComma(Tagged t, int qualifier, int words) {
        for (int k = t.matchAt(Section.QUALIFIER, qualifier); k + 1 < t.size() && wordsBetween(t, qualifier, k) <= MAX_BEFORE_ASIDE; k++) {
            String w = t.lower(k);
            if (w.equals(";") || w.equals(":") || w.equals("(") || t.tag(k).equals("AUX") || t.tag(k).equals("VERB")
                    || t.tag(k).equals("CCONJ")) {
                return "";
            }
            if (w.equals(",")) {
                int c = k + 1;
                if (!t.tag(c).equals("ADP") || !ASIDE_COMPLEMENTS.contains(t.lower(c)) || t.matchAt(Section.QUALIFIER, c) > c
                        || deadlineEnd(t, c) > c) {
                    return "";
                }
                int e = end(t, c, MAX_WORDS - words);
                return e > c ? " " + t.text(c, e, null) : "";
            }
        }
        return "";
    }

    /** Whether a time word ("days", "months") comes within three words from {@code k}: "[the next] sixty days". */
    private static boolean timeWordSoon(Tagged t, int k) {
        for (int j = k; j < Math.min(t.size(), k + 3); j++) {
            if (TIME_WORDS.contains(t.lower(j))) {
                return true;
            }
        }
        return false;
    }

    /** Prepositions of where an object goes, not of when: "in", "into", "for". */
    private static final Set<String> DESTINATIONS = Set.of("in", "into", "for", "across", "at", "toward", "towards");

    /** The longest object before a deadline that the verb's complement may follow ("invest $3 billion"). */
    private static final int MAX_BEFORE_DEADLINE = 4;

    /** The share of a sum each party gives: "$1 billion [each]", "500 tonnes [apiece]". */
    private static final Set<String> DISTRIBUTIVES = Set.of("each", "apiece");

    /** How far after "within" a number or a time word makes it a deadline. */
    private static final int MAX_TIME_DISTANCE = 4;

    /**
     * The end of the deadline that starts at token {@code k}, else {@code k}. "within" bounds a time only where a number
     * or a time word follows soon ("within 90 days", "within a reasonable period"); "within the network" is a place.
     */
    private static int deadlineEnd(Tagged t, int k) {
        int end = t.matchAt(Section.DEADLINE, k);
        if (end == k + 2 && t.lower(k).equals("by") && (t.lower(k + 1).endsWith("%")
                || end < t.size() && MEASURE_WORDS.contains(t.lower(end)))) {
            return k; // "expand capacity by 20 percent": how much, not by when
        }
        if (end == k + 1 && t.lower(k).equals("soon") && end < t.size() && t.glued(end)) {
            return k; // "join [soon]-to-be partners": part of a compound, no time of the act
        }
        if (end != k + 1 || !t.lower(k).equals("within")) {
            return end;
        }
        for (int j = k + 1; j < Math.min(t.size(), k + 1 + MAX_TIME_DISTANCE); j++) {
            if (t.tag(j).equals("NUM") || TIME_WORDS.contains(t.lower(j)) || Character.isDigit(t.lower(j).charAt(0))) {
                return end;
            }
        }
        return k;
    }

    /**
     * The purpose of a means ("measures", "actions") that a qualifier separates from it, with a leading blank: "take
     * appropriate actions where necessary [to secure supply chains]"; "" where none follows.
     */
    private static String purposeAfterQualifier(Tagged t, int end, int words) {
        int k = end < t.size() && t.lower(end).equals(",") ? end + 1 : end;
        int q = k < t.size() ? t.matchAt(Section.QUALIFIER, k) : k;
        if (q == k) {
            return "";
        }
        if (t.tag(q - 1).equals("ADP") || t.lower(q - 1).equals("to")) {
            // "take action, in line with national law and policy, to disrupt …": a qualifier in commas with its own
            // short object, then the purpose
            int close = k > end ? t.find(",", q + 1, q + 1 + MAX_SKIP) : -1;
            for (int i = q; close > 0 && i < close; i++) {
                if (!t.isWord(i) || t.isVerb(i) || t.tag(i).equals("AUX")) {
                    close = -1;
                }
            }
            if (close < 0) {
                return "";
            }
            q = close;
        }
        // "take such actions as may be [necessary] to implement …": what the means may be is part of the qualifier
        if (q < t.size() && t.lower(q - 1).equals("be") && (t.tag(q).equals("ADJ") || PAST_PARTICIPLE.matcher(t.lower(q)).matches())) {
            q++;
        }
        if (q < t.size() && t.lower(q).equals(",")) {
            q++;
        }
        // after a means and its qualifier, "to" opens the purpose: the next word is its verb, however the tagger read the
        // two ("to [partner] on …", "to [dismantle] networks"); a determiner, number or name after it is no verb
        if (q + 1 >= t.size() || !t.lower(q).equals("to") || !t.isVerb(q + 1) && !(t.isWord(q + 1) && !t.capitalized(q + 1)
                && !Set.of("DET", "NUM", "PRON", "PROPN", "ADV").contains(t.tag(q + 1)))) {
            return "";
        }
        int e = end(t, q + 1, Math.max(MAX_WORDS - words - 1, MAX_NEXT_WORDS));
        return e > q + 1 ? " to " + t.text(q + 1, e, null) : "";
    }

    /**
     * What a bare verb takes after a qualifier that follows it at once, with a leading blank: "provide in a timely manner
     * [responses to requests]", "establish as soon as practicable [an electronic means of …]", "meet in order [to
     * exchange views]"; "" where none follows.
     */
    private static String afterBareVerbQualifier(Tagged t, int at) {
        int k = t.matchAt(Section.QUALIFIER, at);
        if (k == at) {
            return "";
        }
        // "in order to", "so as to": for a bare verb the purpose is the content ("meet to exchange views")
        boolean purpose = (t.lower(at).equals("in") || t.lower(at).equals("so")) && t.lower(k - 1).equals("to");
        if (purpose && k < t.size() && t.isVerb(k) && t.matchAt(Section.PURPOSE_VERB, k) == k) {
            int e = end(t, k, MAX_WORDS - 2);
            return e > k ? " to " + t.text(k, e, null) : "";
        }
        // a qualifier that ends in a preposition ("in partnership with", "on the basis of") has the noun phrase after it
        if (t.tag(k - 1).equals("ADP") || t.lower(k - 1).equals("to") || t.tag(k - 1).equals("VERB")) {
            return "";
        }
        while (k < t.size() && k - at < MAX_SKIP && (t.tag(k).equals("ADJ") || t.tag(k).equals("ADV")) && !t.lower(k).equals("all")) {
            k++; // "as soon as [practicable]"
        }
        if (k >= t.size() || !(t.tag(k).equals("DET") || t.tag(k).equals("NOUN")) || stopsAt(t, k, at)) {
            return "";
        }
        int e = end(t, k, MAX_WORDS - 1);
        return e > k ? " " + t.text(k, e, null) : "";
    }

    /** Verbs that report speech: after "and" they open a report of another clause, not a coordinated action. */
    private static final Set<String> REPORTING_VERBS = Set.of("said", "says", "added", "adds", "stated", "states", "told", "noted");

    /** Modals that bind a further act as the first one is bound, not what a party may do. */
    private static final Set<String> DUTY_MODALS = Set.of("shall", "will", "must");

    /** Plural nouns of a form no base verb has: "investments", "operations", "decisions". */
    private static final Pattern PLURAL_NOUN_FORM = Pattern.compile("\\p{L}{3,}(?:ments|tions|sions)");
    /** Endings of nouns that are seldom verbs: "leakage", "procurement", "inspection", "readiness", "capacity". */
    private static final Pattern NOUN_FORM = Pattern.compile("\\p{L}{3,}(?:age|ment|tion|sion|ness|ity|ance|ence)");

    /** The verb that starts the next coordinated action after {@code end} ("; assist", ", and enhance"), or -1. */
    private static int nextAction(Tagged t, int end, int first) {
        // "build X and $2 billion to [build] Y", "…; $500 million to [establish] …": the next item of money pays for the
        // next action
        int item = end;
        while (item < t.size() && item - end < 2 && (t.lower(item).equals(",") || t.lower(item).equals(";") || t.tag(item).equals("CCONJ"))) {
            item++;
        }
        if (item > end && item < t.size() && afterAmount(t, item) > item) {
            return afterAmount(t, item);
        }
        if (end < t.size() && t.tag(end).equals("CCONJ") && isModifierAfterPreposition(t, end - 1)) {
            return -1; // the word limit cut "goods produced by forced [or compulsory labor]" inside a noun phrase
        }
        int k = end;
        int skipped = 0;
        boolean joined = false;
        boolean aside = false;
        boolean modalAside = false;
        while (k < t.size() && skipped < 4 && !(aside && verbAfterAside(t, k)) && (t.lower(k).equals(",") || t.lower(k).equals(";")
                || asWellAs(t, k)
                || t.tag(k).equals("CCONJ") || t.lower(k).equals("to") || t.tag(k).equals("AUX") && !t.lower(k).equals("be")
                || joined && DUTY_MODALS.contains(t.lower(k)) || t.tag(k).equals("ADV"))) {
            // ("… and shall, from time to time, [report] …": an aside after the further act's own modal too)
            int close = k > end && (t.tag(k - 1).equals("CCONJ") || joined && DUTY_MODALS.contains(t.lower(k - 1))) && t.lower(k).equals(",")
                    ? t.find(",", k + 1, k + 1 + MAX_SKIP) : -1;
            // ("…, as well as [share] best practices": the three words join a second act as "and" does)
            boolean asWellAs = asWellAs(t, k);
            joined |= t.lower(k).equals(";") || t.tag(k).equals("CCONJ") || asWellAs;
            // "implement and, where needed, upgrade …": an aside between the conjunction and the verb
            aside |= close > 0;
            modalAside |= close > 0 && DUTY_MODALS.contains(t.lower(k - 1));
            k = close > 0 ? close + 1 : asWellAs ? k + 3 : k + 1;
            skipped++;
        }
        if (k == end + 4 && supportAfterAsWellAs(t, end + 1) > 0) {
            return k + 1; // "…, as well as their [support] for …": the support the parties pledge is a second act
        }
        if (k < t.size() && joined && REPORTING_VERBS.contains(t.lower(k))) {
            return -1; // "…, and said it would extend the ban": the report of a further pledge, not an act of this one
        }
        if (joined && aside && k < t.size() && verbAfterAside(t, k) && hasComplement(t, k)) {
            return k;
        }
        // "… and shall, from time to time, [report] to …": the word after the aside that follows a modal of its own is
        // the verb, whatever its tag
        if (modalAside && k + 1 < t.size() && t.isWord(k) && !t.capitalized(k) && !NO_VERB_TAGS.contains(t.tag(k))
                && !t.tag(k).equals("ADP") && hasComplement(t, k)) {
            return k;
        }
        // "pioneer new technologies, streamline and accelerate reviews, and secure supply": a series of verbs with commas
        // ("use early warning, [regularly] consult each other, …": an adverb before the next verb)
        boolean series = !joined && (k == end + 1 || k == end + 2 && adverbBeforeVerb(t, end + 1)) && k < t.size()
                && t.lower(end).equals(",") && t.tag(k).equals("VERB") && end - first >= 2
                && !(k + 1 < t.size() && t.glued(k + 1)) // "…, pay-setting authorities": a word of a compound
                && NOMINAL.contains(t.tag(end - 1)) && !t.lower(k).endsWith("ed") && t.matchAt(Section.QUALIFIER, k) <= k
                // "…, enhancing investment screening": a participle after a noun, unless the series opened with a
                // gerund ("committed to strengthening X, enhancing Y, and tackling Z")
                && (!t.lower(k).endsWith("ing") || t.lower(first).endsWith("ing") && t.tag(first).equals("VERB")
                        && t.matchAt(Section.QUALIFIER, k) <= k); // not "…, including chemicals"
        // "resolve to ensure X, to uphold Y, and to counter Z": a series of infinitives that "and to" closes
        boolean infinitives = !joined && k == end + 2 && k < t.size() && t.lower(end).equals(",") && t.lower(end + 1).equals("to")
                && first > 0 && t.lower(first - 1).equals("to") && closesInfinitives(t, k) && t.matchAt(Section.PURPOSE_VERB, k) == k;
        // "reduce flaring, venting, and [leakage] in …": a noun in form that closes a series of nouns is its last item,
        // whatever the tagger read it as
        if (joined && k + 1 < t.size() && NOUN_FORM.matcher(t.lower(k)).matches() && t.tag(k + 1).equals("ADP")
                && end >= 3 && t.lower(end).equals(",") && t.lower(end - 2).equals(",")
                && NOMINAL.contains(t.tag(end - 1)) && NOMINAL.contains(t.tag(end - 3))) {
            return -1;
        }
        // "for the middle class and [hardworking] families": an adjective in -ing after "and" is no verb of a further act
        if (joined && k < t.size() && describesNoun(t, k)) {
            return -1;
        }
        return (joined || series || infinitives) && k < t.size() && k > end
                && (t.isVerbLike(k, first) || secondInfinitive(t, k, first) || verbAfterAsWellAs(t, k))
                && (t.lower(k - 1).equals(";") || hasComplement(t, k)) ? k : -1;
    }

    /**
     * Whether the word at {@code k} right after "as well as" is a verb the tagger misread, before its object's determiner:
     * "…, as well as [build] a joint stockpile" (not "as well as [research] institutes", "as well as the plans").
     */
    private static boolean verbAfterAsWellAs(Tagged t, int k) {
        return k >= 3 && k + 1 < t.size() && asWellAs(t, k - 3) && !t.capitalized(k) && BARE_VERB_FORM.matcher(t.lower(k)).matches()
                && t.tag(k + 1).equals("DET") && !t.lower(k + 1).equals("that");
    }

    /** Possessives of the parties before a pledge noun: "as well as [their] support for …". */
    private static final Set<String> OWN_POSSESSIVES = Set.of("its", "their", "our");

    /**
     * Where "as well as" at {@code k} is followed by the parties' own support ("as well as their support for …"), the
     * index of "support"; -1 otherwise.
     */
    private static int supportAfterAsWellAs(Tagged t, int k) {
        return asWellAs(t, k) && k + 5 < t.size() && OWN_POSSESSIVES.contains(t.lower(k + 3)) && t.lower(k + 4).equals("support")
                && t.lower(k + 5).equals("for") ? k + 4 : -1;
    }

    /** Whether "as well as" starts at {@code k}. */
    private static boolean asWellAs(Tagged t, int k) {
        return k + 2 < t.size() && t.lower(k).equals("as") && t.lower(k + 1).equals("well") && t.lower(k + 2).equals("as");
    }

    /** A word that is no adjective's or noun's form only: "promote", "exchange" (not "national", "new", "exports", "further"). */
    private static final Pattern BARE_VERB_FORM = Pattern.compile("\\p{Ll}{4,}(?<!s|ed|ing|er|est|ly|al|an|ive|ous|ic|ful|ent|ant)");

    /**
     * Whether the word at {@code k} after "and to" is the verb of a second infinitive of the cue, where the tagger read it
     * as an adjective or a noun before its object: "agreed to build a hotline and to [exchange] data on cobalt".
     */
    private static boolean secondInfinitive(Tagged t, int k, int first) {
        // not after a gerund: "committed to promoting X and to [human] rights" joins a noun to the cue
        return k >= 2 && first > 0 && t.lower(first - 1).equals("to") && !t.lower(first).endsWith("ing")
                && t.lower(k - 1).equals("to") && t.lower(k - 2).equals("and")
                && (t.tag(k).equals("ADJ") || t.tag(k).equals("NOUN")) && BARE_VERB_FORM.matcher(t.lower(k)).matches()
                && t.matchAt(Section.DEGREE, k) == k && t.matchAt(Section.NO_END, k) == k
                && k + 1 < t.size() && (t.tag(k + 1).equals("NOUN") || t.tag(k + 1).equals("DET") || t.tag(k + 1).equals("PROPN")
                        // "and to [advance] secure infrastructure": an object that opens with its adjective
                        || t.tag(k + 1).equals("ADJ") && k + 2 < t.size() && t.tag(k + 2).equals("NOUN"));
    }

    /** How far the "and to" that closes a series of infinitives is looked for. */
    private static final int MAX_SERIES_REACH = 40;

    /** Whether ", and to" or "and to" follows {@code k} before the sentence ends: the infinitives are a series. */
    private static boolean closesInfinitives(Tagged t, int k) {
        for (int j = k; j + 1 < t.size() && j < k + MAX_SERIES_REACH; j++) {
            if (t.lower(j).equals("and") && t.lower(j + 1).equals("to")) {
                return true;
            }
            if (t.lower(j).equals(";") || t.lower(j).equals(":")) {
                return false;
            }
        }
        return false;
    }

    /** Whether a modal that only permits or supposes ("can", "may", "could", "would", "might") comes in {@code [from, to)}. */
    private static boolean weakModalBetween(Tagged t, int from, int to) {
        for (int k = from; k < to && k < t.size(); k++) {
            if (Set.of("can", "may", "could", "would", "might").contains(t.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** Possessives that open an object noun phrase: "amend [its] rules". */
    private static final Set<String> POSSESSIVES = Set.of("its", "their", "our", "his", "her", "your", "my");

    /**
     * Whether the word at {@code k}, after "and" and an aside, is the verb the aside leads to ("apply and, where
     * necessary, [strengthen] its rules"), also where the tagger, missing the verb before it, read it as another word.
     */
    private static boolean verbAfterAside(Tagged t, int k) {
        if (t.tag(k).equals("VERB")) {
            return true;
        }
        // "review and, where necessary, [amend] any rule": a word read as a noun right before a determiner is the verb
        // whose object the determiner opens; no noun phrase goes on that way
        if (t.tag(k).equals("NOUN") && !t.capitalized(k) && k + 1 < t.size() && (t.tag(k + 1).equals("DET")
                || t.tag(k + 1).equals("PRON") && POSSESSIVES.contains(t.lower(k + 1)))) {
            return true;
        }
        return t.isWord(k) && !t.lower(k).endsWith("ly") && !NOUN_PHRASE_START.contains(t.tag(k)) && !t.tag(k).equals("ADP")
                && k + 1 < t.size() && NOUN_PHRASE_START.contains(t.tag(k + 1));
    }

    /**
     * The verb of a coordinated clause with a cue of its own, which states another pledge of the same sentence: "…, and
     * [the Japanese side] will [provide] …", "… and intends to [introduce] …"; -1 when {@code at} opens none.
     */
    private static int clauseAction(Tagged t, int at) {
        int k = at < t.size() && t.lower(at).equals(",") ? at + 1 : at;
        while (k < t.size() && k > at && CLOSING_QUOTES.contains(t.lower(k))) {
            k++; // "build the “Atacama Hub,”[”] and Japan will …"
        }
        // "will not only expand smelting[, but] it will also train …": the "but" of "not only" joins a second pledge
        if (k >= t.size() || !t.lower(k).equals("and") && !(t.lower(k).equals("but") && afterNotOnly(t, k))) {
            return -1;
        }
        int subject = ++k;
        // "…, and if so required, in consultation with the Members shall draft …": an aside in commas before the clause's
        // own subject or modal (a modal inside a condition, with no comma before it, opens no pledge)
        // ("whether, and under what conditions, X should …": one question, not a clause of its own)
        int asked = at > 0 && t.lower(at - 1).equals(",") ? at - 2 : at - 1;
        if (k < t.size() && (CONDITIONS.contains(t.lower(k)) || t.tag(k).equals("ADP")) && asked >= 0 && !WH_WORDS.contains(t.lower(asked))) {
            int comma = -1;
            for (int j = k + 1; j < t.size() && j - k <= MAX_ASIDE_WORDS; j++) {
                String w = t.lower(j);
                if (w.equals(";") || w.equals(":") || w.equals(".") || t.tag(j).equals("VERB") && comma > 0) {
                    break;
                }
                if (w.equals(",")) {
                    comma = j;
                } else if (comma > 0 && opensPledge(t, j)) {
                    subject = k = j;
                    break;
                }
            }
        }
        // the subject holds no conjunction: "for lithium and [salt research and] shall …" is one object, then a clause
        // two names joined are one subject: "…, and Japan and Chile will …"
        // a subject that is a series of bodies in commas ("…, and the trade ministers, finance ministers and central bank
        // governors will …") takes its commas and its closing "and", and a few more words
        boolean series = false;
        while (k < t.size() && k - subject < (series ? MAX_SERIES_SUBJECT_WORDS : MAX_SUBJECT_WORDS) && !opensPledge(t, k)
                && (!t.lower(k).equals(",") || seriesSubjectComma(t, k, subject))
                && (!t.tag(k).equals("CCONJ") || series || namesJoined(t, k, subject))
                && (SUBJECT.contains(t.tag(k)) || t.tag(k).equals("PRON") || isNameLink(t, k, subject) || isPlaceLink(t, k, subject)
                        || namesJoined(t, k, subject))) {
            series |= t.lower(k).equals(",");
            k++;
        }
        // "distinct and appropriate rules [which] would …": the modal of a relative clause opens no clause of its own, nor
        // does one right after "that" ("… and well data [that] will show …")
        if (k >= t.size() || !opensPledge(t, k) || t.find("which", subject, k) >= 0 || t.find("who", subject, k) >= 0
                || k - 1 >= subject && t.lower(k - 1).equals("that")) {
            return -1;
        }
        int verb = skipCue(t, k);
        while (verb + 1 < t.size() && t.tag(verb).equals("ADV") && MANNER_BEFORE_VERB.matcher(t.lower(verb)).matches()
                && t.isVerb(verb + 1)) {
            verb++; // "…, and Chile will now jointly [fund] the projects": the adverbs before the clause's verb
        }
        // "…, and will [not] seek election": a negated pledge is an action of its own, its "not" kept as in the first
        if (verb + 1 < t.size() && t.lower(verb).equals("not") && t.isVerb(verb + 1) && hasComplement(t, verb + 1)) {
            return verb;
        }
        // "…, and Korea will [fund] the road": right after a modal, a lower-case word the tagger read as a noun is the verb,
        // and so is a verb of acts the tagger read as another word ("… and will [pursue] talks", read as an adverb)
        boolean afterModal = verb < t.size() && MODALS.contains(t.lower(verb - 1)) && !t.capitalized(verb)
                && (t.tag(verb).equals("NOUN") || ITEM_VERBS.contains(t.lower(verb)));
        return verb < t.size() && (t.isVerb(verb) || t.lower(verb - 1).equals("to") || afterModal) && hasComplement(t, verb) ? verb : -1;
    }

    /** Tokens a subject that is a series of bodies in commas may take before its modal. */
    private static final int MAX_SERIES_SUBJECT_WORDS = 14;

    /**
     * Whether the comma at {@code k} goes on a subject that is a series of bodies: "the trade ministers[,] finance
     * ministers and …" (a plural noun before it, a noun or adjective after it), "Japan[,] Korea and …", "the Canadian[,]
     * Japanese and …" (names on both sides); not a comma that sets off an aside ("and Japan[,] where appropriate, will …").
     */
    private static boolean seriesSubjectComma(Tagged t, int k, int subject) {
        if (k <= subject || k + 1 >= t.size() || !t.lower(subject).equals("the") && !t.capitalized(subject)) {
            return false;
        }
        boolean bodies = k > subject + 1 && t.lower(subject).equals("the") && t.tag(k - 1).equals("NOUN")
                && t.lower(k - 1).endsWith("s") && (t.tag(k + 1).equals("NOUN") || t.tag(k + 1).equals("ADJ"));
        boolean names = t.capitalized(k - 1) && t.capitalized(k + 1) && Set.of("PROPN", "ADJ").contains(t.tag(k - 1))
                && Set.of("PROPN", "ADJ").contains(t.tag(k + 1));
        return bodies || names;
    }

    /** How far back from a "but" the "not only" it answers is looked for. */
    private static final int MAX_NOT_ONLY_REACH = 30;

    /** Whether "not only" comes before the "but" at {@code k}, within {@value #MAX_NOT_ONLY_REACH} tokens. */
    private static boolean afterNotOnly(Tagged t, int k) {
        for (int j = k - 1; j > 0 && j >= k - MAX_NOT_ONLY_REACH; j--) {
            if (t.lower(j).equals("only") && t.lower(j - 1).equals("not")) {
                return true;
            }
        }
        return false;
    }

    /** Adverbs of time or manner between a clause's modal and its verb: "now", "jointly", "further". */
    private static final Pattern MANNER_BEFORE_VERB = Pattern.compile("now|then|further|\\p{L}+ly");

    /** Noun-phrase tags of a clause's own subject after "and": "the World Bank Group", "the agreement". */
    private static final Set<String> CLAUSE_SUBJECT_TAGS = Set.of("NOUN", "PROPN", "NUM", "ADJ", "DET");

    /**
     * Whether "and" at {@code at} (or ", and") opens a clause of its own: a subject led by a determiner or a name, then
     * a finite verb ("and the World Bank Group is pledging …", "and the agreement covers …"). A bare noun after "and"
     * ("expand mining and processing capacity") is more of the object.
     */
    private static boolean finiteClause(Tagged t, int at) {
        int k = t.lower(at).equals(",") ? at + 1 : at;
        // "the instructions [you and the President have given]": a pronoun before "and" opens a joint subject
        if (k >= t.size() || !t.lower(k).equals("and") || k > 0 && t.tag(k - 1).equals("PRON")) {
            return false;
        }
        if (namesJoinedInClause(t, k)) {
            return false;
        }
        int subject = ++k;
        if (subject >= t.size() || !t.tag(subject).equals("DET") && !t.tag(subject).equals("PROPN")
                || t.tag(subject).equals("DET") && !Set.of("the", "a", "an", "its", "their", "this").contains(t.lower(subject))) {
            return false;
        }
        while (k < t.size() && k - subject < MAX_SUBJECT_WORDS && (CLAUSE_SUBJECT_TAGS.contains(t.tag(k)) || isNameLink(t, k, subject)
                || isPlaceLink(t, k, subject))) {
            k++;
        }
        if (k >= t.size() || k == subject || !NOMINAL.contains(t.tag(k - 1))) {
            return false;
        }
        String verb = t.lower(k);
        return t.tag(k).equals("AUX") && Set.of("is", "are", "was", "were", "has", "have").contains(verb)
                || t.tag(k).equals("VERB") && verb.endsWith("s") && !verb.endsWith("ss") && !t.capitalized(k);
    }

    /**
     * Whether "and" at {@code and} joins a name to the name that opens a clause of "if", "whether" or "that": "determine
     * if [Peru and] Chile have taken steps" has one subject of two names, no clause of its own after "and".
     */
    private static boolean namesJoinedInClause(Tagged t, int and) {
        int b = and - 1;
        while (b >= 0 && t.tag(b).equals("PROPN")) {
            b--;
        }
        if (b >= 0 && b < and - 1 && t.tag(b).equals("DET")) {
            b--;
        }
        return b >= 0 && b < and - 1 && Set.of("if", "whether", "that").contains(t.lower(b));
    }

    /**
     * The verb of a pledge with a cue of its own after a reaffirmed commitment, where the action would start with that
     * commitment's preposition: "reaffirm their commitments [under the WTO Agreement …] and intend to [discuss] …";
     * else {@code start}.
     */
    private static int laterCue(Tagged t, int start) {
        if (start >= t.size() || !t.tag(start).equals("ADP") || t.lower(start).equals("to") || start == 0
                || !t.lower(start - 1).startsWith("commitment")) {
            return start;
        }
        for (int k = start + 1; k + 1 < t.size() && k < start + MAX_PLEDGE_REACH; k++) {
            if (t.lower(k).equals(";") || t.lower(k).equals(":") || isSentenceEnd(t, k)) {
                return start;
            }
            if (t.lower(k).equals("and") && opensPledge(t, k + 1)) {
                int verb = skipCue(t, k + 1);
                return verb < t.size() && (t.isVerb(verb) || t.lower(verb - 1).equals("to")) ? verb : start;
            }
        }
        return start;
    }

    /** How far past the end of an action a further pledge of the same subject is looked for. */
    private static final int MAX_PLEDGE_REACH = 40;

    /**
     * The verb of a further pledge of the same subject, with a modal of its own, that a qualifier left out of the action
     * separates from it: "maintain the tariffs, as set forth in …, on goods of Thailand, and will [identify] products",
     * "not enforce the rule and, to the extent permitted by law, shall [remove] it"; -1 where none follows.
     */
    private static int laterPledge(Tagged t, int end) {
        int q = end < t.size() && t.lower(end).equals(",") ? end + 1 : end;
        // only a qualifier, a modifier ("as set forth in …") or a purpose ends the action before a pledge of the same
        // subject; not an attribution (", the chair said, and would …") or a complement
        int v = q + 2 < t.size() && t.tag(q + 1).equals("ADV") ? q + 2 : q + 1; // "as [initially] set forth in …"
        boolean modifier = v < t.size() && (t.lower(q).equals("as") || t.lower(q).equals("to")) && t.isVerb(v);
        // "survey the belt[, helping miners with data,] and will publish …": a participle of what the act
        // brings about, between the act and the next pledge
        boolean consequence = q > end && q < t.size() && t.lower(q).endsWith("ing") && t.isVerb(q);
        if (q >= t.size() || t.matchAt(Section.QUALIFIER, q) == q && t.matchAt(Section.CLAUSE, q) == q && !modifier && !consequence) {
            return -1;
        }
        int depth = 0;
        for (int k = end; k + 2 < t.size() && k < end + MAX_PLEDGE_REACH; k++) {
            String w = t.lower(k);
            depth += w.equals("(") ? 1 : w.equals(")") ? -1 : 0;
            if (w.equals(";") || w.equals(":") || isSentenceEnd(t, k)) {
                return -1;
            }
            if (depth > 0 || !w.equals("and")) {
                continue;
            }
            int modal = k + 1;
            if (t.lower(modal).equals(",")) {
                int close = t.find(",", modal + 1, modal + 1 + MAX_SKIP);
                modal = close > 0 ? close + 1 : modal;
            }
            if (modal < t.size() && MODALS.contains(t.lower(modal))) {
                int verb = skipCue(t, modal);
                // "…, and will be subject to duty": a state the thing will be in, no further act
                return verb < t.size() && t.isVerb(verb) && !t.lower(verb).equals("be") && hasComplement(t, verb) ? verb : -1;
            }
        }
        return -1;
    }

    /** The conjunction ("and", "or") between a bare verb that ends at {@code end} and the next verb at {@code next}, or null. */
    private static String conjunction(Tagged t, int end, int next) {
        for (int k = end; k < next; k++) {
            if (t.tag(k).equals("CCONJ")) {
                return t.lower(k);
            }
            if (!t.lower(k).equals(",") && k == end) {
                return null;
            }
        }
        return null;
    }

    /**
     * "and" between two names of one subject: "…, and [Japan and] Chile will", "and the United States [and] the
     * European Commission intend to".
     */
    private static boolean namesJoined(Tagged t, int k, int from) {
        int name = k + 1 < t.size() && t.lower(k + 1).equals("the") ? k + 2 : k + 1;
        return t.lower(k).equals("and") && k > from && name < t.size() && t.capitalized(k - 1) && t.capitalized(name);
    }

    /**
     * A preposition that ties a clause's subject to the state or city it belongs to: "and the government [of] Korea
     * will …", "and the authorities [in] Kyiv will …".
     */
    private static boolean isPlaceLink(Tagged t, int k, int from) {
        int name = k + 2 < t.size() && t.lower(k + 1).equals("the") ? k + 2 : k + 1;
        return k > from && name < t.size() && PLACE_LINKS.contains(t.lower(k)) && t.tag(k - 1).equals("NOUN")
                && !t.capitalized(k - 1) && t.capitalized(name);
    }

    private static final Set<String> PLACE_LINKS = Set.of("of", "in");

    /** A preposition inside a name: "Japan Bank [for] International Cooperation", "Ministry [of] Finance". */
    private static boolean isNameLink(Tagged t, int k, int from) {
        return t.tag(k).equals("ADP") && k > from && k + 1 < t.size() && t.capitalized(k - 1) && t.capitalized(k + 1);
    }

    /**
     * Whether a pledge's cue starts at {@code k}: a modal ("and Jordan [will]"), or a cue that ends in "to" ("and
     * [intends to]", which the tagger may read as a noun); not the "to" of "zinc and lead [to] smelters".
     */
    private static boolean opensPledge(Tagged t, int k) {
        int cue = t.matchAt(Section.CUE, k);
        return MODALS.contains(t.lower(k)) || cue - k >= 2 && t.lower(cue - 1).equals("to");
    }

    /** Whether a coordinated clause between {@code from} and its verb at {@code verb} only permits: "and the bank may". */
    private static boolean permits(Tagged t, int from, int verb) {
        for (int k = from; k < verb; k++) {
            if (t.lower(k).equals("may")) {
                return true;
            }
        }
        return false;
    }

    /** How far past the end of an action its coordinated verb is looked for. */
    private static final int MAX_LATER = 20;

    /**
     * The verb of a coordinated action that a modifier left out of the action separates from it ("identify projects
     * [capable of closing gaps in their supply chains] and adopt measures"), or -1. A verb in the first one's form
     * that no conjunction opens belongs to a clause of the object ("projects that meet standards and …"): none then.
     */
    private static int laterAction(Tagged t, int end, int first) {
        boolean modifier = end < t.size() && (t.matchAt(Section.CLAUSE, end) > end || t.matchAt(Section.QUALIFIER, end) > end
                || t.lower(end).equals("that") || isReducedRelative(t, end, first));
        if (!modifier) {
            return -1;
        }
        int depth = 0;
        for (int k = end; k + 1 < t.size() && k < end + MAX_LATER; k++) {
            String w = t.lower(k);
            depth += w.equals("(") ? 1 : w.equals(")") ? -1 : 0;
            if (depth > 0) {
                continue;
            }
            if (w.equals(";")) {
                // "to strengthen cooperation between the Participants on …; to promote trade …": a series of purposes
                int v = k + 1 < t.size() && t.tag(k + 1).equals("CCONJ") ? k + 2 : k + 1;
                return v + 1 < t.size() && t.lower(v).equals("to") && t.isVerbLike(v + 1, first) && hasComplement(t, v + 1)
                        && first > 0 && t.lower(first - 1).equals("to") ? v + 1 : -1;
            }
            if (w.equals(":") || w.equals(".")) {
                return -1;
            }
            // "… between the Participants, [to enable] transfer, and to promote …": the next infinitive of a series
            if (w.equals(",") && k + 2 < t.size() && t.lower(k + 1).equals("to") && t.isVerbLike(k + 2, first) && first > 0
                    && t.lower(first - 1).equals("to") && closesInfinitives(t, k + 2) && hasComplement(t, k + 2)) {
                if (t.matchAt(Section.PURPOSE_VERB, k + 2) > k + 2) {
                    k++; // "…, to ensure supplies, to enable …": a purpose in the series names no act; the next one may
                    continue;
                }
                return k + 2;
            }
            if (t.isVerbLike(k, first) && !(k >= 2 && t.tag(k - 1).equals("CCONJ") && isModifierAfterPreposition(t, k - 2))) {
                return -1; // (the second of "by forced or [compulsory] labor" is a modifier the tagger took for a verb)
            }
            // ("until every worker injured or [laid] off …": the second of two participles of the clause's noun)
            if (t.tag(k).equals("CCONJ") && t.isVerbLike(k + 1, first) && hasComplement(t, k + 1) && !t.lower(k - 1).equals("to")
                    && !isModifierAfterPreposition(t, k - 1) && !participlePair(t, k)) {
                return k + 1;
            }
        }
        return -1;
    }

    /**
     * Whether the conjunction at {@code k} joins two past participles of one noun ("every citizen detained or [held]
     * abroad", "workers injured or [laid] off"): the second is no further act.
     */
    private static boolean participlePair(Tagged t, int k) {
        if (k < 1 || k + 1 >= t.size()) {
            return false;
        }
        String before = t.lower(k - 1);
        String after = t.lower(k + 1);
        return before.endsWith("ed") && (t.tag(k - 1).equals("VERB") || t.tag(k - 1).equals("ADJ"))
                && (after.endsWith("ed") || IRREGULAR_PARTICIPLES.containsKey(after));
    }

    /**
     * Whether the verb at {@code v} has words after it before a deadline or the end: "and expand trade" does, the noun
     * the tagger took for a verb in "for cobalt and graphite by 2028" does not.
     */
    private static boolean hasComplement(Tagged t, int v) {
        // "coordinate, as appropriate, on projects": the complement after an aside
        if (v + 2 < t.size() && t.lower(v + 1).equals(",") && t.matchAt(Section.QUALIFIER, v + 2) > v + 2) {
            return true;
        }
        return v + 1 < t.size() && t.isWord(v + 1) && deadlineEnd(t, v + 1) == v + 1;
    }

    /**
     * Skips what remains of the cue, the subject of a clause after "agree that", a list item's label and a told
     * party's name.
     */
    private static int start(Tagged t, int first, boolean objectCue) {
        // "must[—and can—]deliver": the cue may end inside the aside
        // or right after it ("must[—and can—]deliver"): the aside is skipped before the cue's other punctuation
        int i = first > 0 && DASHES.contains(t.lower(first - 1)) && closingDash(t, first - 1) > first
                ? afterDashAside(t, first - 1)
                : first < t.size() && DASHES.contains(t.lower(first)) && closingDash(t, first) > first + 1
                ? afterDashAside(t, first) : afterDashAside(t, skipCue(t, first));
        // "agree that [the Parties] shall …", "expect that [these reductions] will …": the clause's own subject
        boolean thatClause = i < t.size() && t.lower(i).equals("that") || i > 0 && t.lower(i - 1).equals("that");
        if (i < t.size() && t.lower(i).equals("that")) {
            i++;
        }
        int modal = i;
        // the subject may hold a modifier or a series: "expect that [a joint venture with local partners] would …",
        // "[a joint US, Australian and Alcoa vehicle] would …"
        while (modal < t.size() && modal - i < MAX_SKIP && (SUBJECT.contains(t.tag(modal)) || t.tag(modal).equals("PRON")
                || thatClause && modal > i && (t.tag(modal).equals("ADP") && !t.lower(modal).equals("to")
                        || t.tag(modal).equals("CCONJ") || t.lower(modal).equals(",")))) {
            modal++;
        }
        if (thatClause && modal > i && modal < t.size() && MODALS.contains(t.lower(modal))) {
            i = afterDashAside(t, skipCue(t, modal));
        } else if (thatClause && modal > i && passiveAt(t, modal)) {
            return modal; // "intend that [a committee] be established": the passive is read actively in phrase()
        }
        // "Joint Projects: collaborative investments …": a list item's label is not the action
        int colon = t.find(":", i + 1, i + 7);
        if (colon > 0 && colon + 1 < t.size() && t.isLabel(i, colon)) {
            i = colon + 1;
        }
        // "intends for [the Corporation] to [provide] loans": the act the cue's subject wants done
        if (i + 2 < t.size() && t.lower(i).equals("for") && i > 0 && t.matchAt(Section.FOR_TO_CUE, i - 1) == i) {
            int to = t.find("to", i + 2, i + 2 + MAX_SKIP);
            // ("intends for [a fund] to [be] established": the passive is read actively in phrase())
            if (to > 0 && to + 1 < t.size() && (t.isVerb(to + 1) || t.tag(to + 1).equals("NOUN") || passiveAt(t, to + 1))) {
                boolean verbBetween = false;
                for (int k = i + 1; k < to; k++) {
                    // (a gerund before its noun is of the noun phrase: "a [working] group")
                    verbBetween |= t.isVerb(k) && !isNominal(t, k) || t.tag(k).equals("AUX") || t.lower(k).equals(",");
                }
                if (!verbBetween) {
                    return to + 1;
                }
            }
        }
        // "Up to $2 billion to [build] a smelter": an amount leads in to what it pays for
        int paid = afterAmount(t, i);
        if (paid > i) {
            return paid;
        }
        // "should encourage companies to [invest]": the cue verb opens the action; a pledge to encourage others ("will
        // encourage companies to invest") is the party's own action, read in phrase()
        int told = i < t.size() ? t.matchAt(Section.OBJECT_CUE, i) : i;
        if (told > i && told < t.size() && !t.lower(told).equals("to") && !pledgesToTell(t, i)) {
            int to = t.find("to", told + 1, told + MAX_SKIP);
            if (to > 0 && to + 1 < t.size() && (t.isVerb(to + 1) || t.tag(to + 1).equals("NOUN") || adverbAfterTo(t, to + 1))) {
                return to + 1;
            }
        }
        // "urge all partners to [invest]", "directed the Secretary of Commerce to [initiate]"
        // ("urge [developed] countries to …": a participle of the plural parties told)
        if (objectCue && i < t.size() && (!t.isVerb(i) || participleModifier(t, i) && t.lower(i + 1).endsWith("s")
                && t.find("to", i + 1, i + MAX_SKIP) > 0)) {
            int limit = i + MAX_SKIP;
            for (int k = i; k < Math.min(t.size() - 1, limit); k++) {
                int close = DASHES.contains(t.lower(k)) ? closingDash(t, k) : -1;
                if (close > k) {
                    // "encourage all citizens — including schools and families — to [observe]": the aside is skipped
                    limit += close - k;
                    k = close;
                    continue;
                }
                // the tagger often misreads the verb of "to refrain" in a fragment; what follows "to" here is no article
                if (t.lower(k).equals("to") && (t.isVerb(k + 1) || t.tag(k + 1).equals("NOUN") || adverbAfterTo(t, k + 1))) {
                    return k + 1;
                }
                if (t.lower(k).equals(",") && limit < i + LONG_TOLD_LIST) {
                    limit += 2; // "encourage citizens, agencies, businesses, the media, and other groups to [act]": a long list
                }
                if (pluralInToldList(t, k)) {
                    continue; // "call upon officials, leaders, and [advocates] across the Nation to …": a noun, not their verb
                }
                if (thatClause && t.tag(k).equals("VERB") && k > i) {
                    return k; // "urge that [the Council] adopt …": the told party's verb
                }
                if (t.isVerb(k) && !t.lower(k).equals("including") && !participleModifier(t, k) && !agentNounInName(t, k)
                        || t.lower(k).equals(";")) {
                    break; // "encouraged other partners, including the EU, to [join]": the told parties go on
                }
            }
            // "encourage the peaceful settlement of disputes": no one is told to act; what is encouraged is the action
            boolean someoneTold = thatClause;
            // (a verb after ";" opens the next item: "encourage a circular economy; implement …")
            for (int k = i; k + 1 < t.size() && !someoneTold && !t.lower(k).equals(";"); k++) {
                someoneTold = t.lower(k).equals("to") && t.isVerb(k + 1)
                        || t.isVerb(k) && !t.lower(k).endsWith("ing") && !t.lower(k).endsWith("ed");
            }
            for (int k = first - 1; k >= Math.max(0, first - 3) && !someoneTold; k--) {
                if (t.matchAt(Section.OBJECT_CUE, k) == first && t.tag(k).equals("VERB")) {
                    return k;
                }
            }
        }
        return i;
    }

    /** How far a list of told parties may run, its commas counted, before their "to". */
    private static final int LONG_TOLD_LIST = 3 * MAX_SKIP;

    /**
     * A plural the tagger read as a verb where it closes a list of told nouns: "officials, leaders, and [advocates]
     * across the Nation to …" (after a comma or "and" that follows a noun, before a preposition, a comma or "to").
     */
    private static boolean pluralInToldList(Tagged t, int k) {
        if (k < 2 || k + 1 >= t.size() || !t.lower(k).endsWith("s") || t.capitalized(k)) {
            return false;
        }
        int before = k - 1;
        if (t.lower(before).equals("and") || t.lower(before).equals("or")) {
            before--;
        }
        if (t.lower(before).equals(",")) {
            before--;
        }
        if (before == k - 1 || before < 0 || !t.tag(before).equals("NOUN")) {
            return false;
        }
        String next = t.lower(k + 1);
        return t.tag(k + 1).equals("ADP") || next.equals(",") || next.equals("to") || next.equals("and");
    }

    /** Whether a passive opens at {@code be}: "be established", "be promptly carried out". */
    private static boolean passiveAt(Tagged t, int be) {
        int participle = be + 1;
        while (participle < be + 3 && participle < t.size() && t.tag(participle).equals("ADV")) {
            participle++;
        }
        return t.isPassive(be, participle);
    }

    /**
     * A participle that describes the told parties' noun, no verb of theirs: "urge [developed] countries to …", "call on
     * oil [producing] countries to …".
     */
    private static boolean participleModifier(Tagged t, int k) {
        String w = t.lower(k);
        return (w.endsWith("ed") || w.endsWith("ing")) && !w.equals("including") && !EFFORT_PARTICIPLES.contains(w)
                && k + 1 < t.size() && NOMINAL.contains(t.tag(k + 1)) && t.isWord(k + 1);
    }

    /** Participles of an effort urged, not of the parties told: "urge [continued] action to …", "increased efforts". */
    private static final Set<String> EFFORT_PARTICIPLES = Set.of("continued", "continuing", "increased", "enhanced",
            "renewed", "sustained", "strengthened", "expanded", "accelerated", "coordinated", "concerted", "intensified");

    /**
     * "all major copper [producer] countries", "battery [manufacturer] groups": a noun of who does a thing, between two
     * nouns, that the tagger read as a verb.
     */
    private static boolean agentNounInName(Tagged t, int k) {
        return k > 0 && k + 1 < t.size() && t.lower(k).endsWith("er") && !t.capitalized(k)
                && t.tag(k - 1).equals("NOUN") && t.tag(k + 1).equals("NOUN");
    }

    /** After a dash aside that opens the action ("will—after hearing the board—[decide]", "must—and can—[deliver]"). */
    private static int afterDashAside(Tagged t, int i) {
        int close = i < t.size() && DASHES.contains(t.lower(i)) ? closingDash(t, i) : -1;
        return close > i && close + 1 < t.size() && t.isWord(close + 1) ? skipCue(t, close + 1) : i;
    }

    /** An adverb before the told parties' verb: "call on Ministers to [regularly] engage". */
    private static boolean adverbBeforeVerb(Tagged t, int k) {
        return k + 1 < t.size() && t.tag(k).equals("ADV") && t.lower(k).endsWith("ly") && t.isVerb(k + 1);
    }

    /**
     * An adverb right after the told parties' "to", before their verb: "call on Iran to [fully] comply". Only a verb can
     * follow "to" and an adverb, so a word the tagger misreads there ("comply" as an adjective) is still the verb.
     */
    private static boolean adverbAfterTo(Tagged t, int k) {
        return adverbBeforeVerb(t, k) || k + 1 < t.size() && t.lower(k).endsWith("ly") && !t.capitalized(k)
                && t.isWord(k + 1) && !t.capitalized(k + 1) && (t.isVerb(k + 1) || MISREAD_VERB_TAGS.contains(t.tag(k + 1)));
    }

    /** Tags the tagger gives a verb after an adverb in a fragment ("to fully comply", "to immediately cease"). */
    private static final Set<String> MISREAD_VERB_TAGS = Set.of("NOUN", "ADJ");

    /**
     * Modals after which asking others to act is the party's own pledge ("will encourage", a report's "said it would
     * encourage"), unlike "should encourage".
     */
    private static final Set<String> PLEDGING_MODALS = Set.of("will", "shall", "must", "would", "to");

    /** Whether the object cue at {@code i} ("encourage", "invite") is what the party pledges to do. */
    private static boolean pledgesToTell(Tagged t, int i) {
        int cue = i < t.size() ? t.matchAt(Section.OBJECT_CUE, i) : i;
        int before = i - 1;
        while (before > 0 && t.tag(before).equals("ADV")) {
            before--;
        }
        return cue > i && cue < t.size() && !t.lower(cue).equals("to") && before >= 0 && PLEDGING_MODALS.contains(t.lower(before));
    }

    /** The verb the told parties are asked to take up: "invite other partners, including Korea, to [join]", or -1. */
    private static int toldVerb(Tagged t, int i) {
        int cue = t.matchAt(Section.OBJECT_CUE, i);
        for (int k = cue; k + 1 < t.size() && k < cue + 2 * MAX_SKIP; k++) {
            if (t.lower(k).equals("to") && (t.isVerb(k + 1) || t.tag(k + 1).equals("NOUN")) && !t.lower(k - 1).endsWith("ing")) {
                return k + 1;
            }
            if (t.lower(k).equals(";") || t.lower(k).equals(":") || t.isVerb(k) && !t.lower(k).endsWith("ing") && !t.lower(k).endsWith("ed")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The verb after "to" when the phrase at {@code i} opens with an amount that leads in to it ("Up to $2 billion, with
     * a partner, to [build] …", "$400 million to [upgrade] …"), else {@code i}.
     */
    private static int afterAmount(Tagged t, int i) {
        int k = i;
        if (k + 1 < t.size() && t.lower(k).equals("up") && t.lower(k + 1).equals("to")) {
            k += 2;
        }
        while (k < t.size() && (t.tag(k).equals("SYM") || !t.isWord(k) && !t.lower(k).equals(",")) && k - i < 4) {
            k++;
        }
        if (k >= t.size() || !t.tag(k).equals("NUM")) {
            return i;
        }
        for (int j = k + 1; j + 1 < t.size() && j < k + MAX_SKIP; j++) {
            // the tagger reads some verbs after "to" as nouns ("to modernize ports"); a verb's ending tells them apart
            // ("to supply energy storage systems", "to upgrade ports"): after an amount, "to" and a noun before a noun
            // phrase is a verb and its object
            if (t.lower(j).equals("to") && (t.isVerb(j + 1) || t.tag(j + 1).equals("NOUN") && (VERB_ENDING.matcher(t.lower(j + 1)).matches()
                    || j + 2 < t.size() && (t.tag(j + 2).equals("DET") || t.tag(j + 2).equals("PRON")
                    || t.tag(j + 2).equals("ADJ") || t.tag(j + 2).equals("NOUN") && !t.lower(j + 1).endsWith("s"))))) {
                return j + 1;
            }
            if (t.isVerb(j) || t.lower(j).equals(";")) {
                return i;
            }
        }
        return i;
    }

    /** An action that is only the funds a lender commits: "a loan of up to $1 billion to X", "a $400 million grant". */
    private static final Pattern FUNDS_ONLY = Pattern.compile(
            "^(?:a|an)\\s+(?:[^\\s;]+\\s+){0,3}?(?:loans?|grants?|guarantees?|credit\\s+lines?|lines?\\s+of\\s+credit)\\b");

    /** "announced a conditional commitment for a loan of …": the lender provides the loan. */
    private static String withFundsProvided(String text) {
        return FUNDS_ONLY.matcher(text).lookingAt() ? "provide " + text : text;
    }

    private static final Set<String> MONEY_WORDS = Set.of("million", "billion", "trillion", "mn", "bn");

    /**
     * A fact sheet's item that pledges one amount names the investment with what it pays for: "Up to $2 billion to
     * build a smelter" → "invest up to $2 billion to build a smelter", "up to $900 million for a plant" → "invest up to
     * $900 million for a plant". An item of several amounts ("$3 billion to build X and $2 billion to build Y") is read
     * as its actions.
     */
    private static String withAmountInvested(Tagged t, int first, int start, String text) {
        if (text.isEmpty()) {
            return text;
        }
        int lead = -1;
        for (int a = first; a < start - 1 && lead < 0; a++) {
            if (afterAmount(t, a) == start) {
                lead = a;
            }
        }
        boolean paysFor = lead >= 0;
        if (!paysFor) {
            lead = start; // an action that is only an amount and what it is for
            for (int k = start; k < Math.min(t.size(), start + MAX_WORDS) && k < amountEnd(t, start) + MAX_SKIP; k++) {
                if (t.isVerb(k) || t.lower(k).equals(";")) {
                    return text;
                }
            }
        }
        while (lead < start && t.tag(lead).equals("PUNCT")) {
            lead++; // the list dash
        }
        int end = amountEnd(t, lead);
        if (end == lead) {
            return text;
        }
        for (int k = end; k < t.size(); k++) {
            if (MONEY_WORDS.contains(t.lower(k))) {
                return text;
            }
        }
        String amount = t.text(lead, end, null);
        if (paysFor) {
            return "invest " + Character.toLowerCase(amount.charAt(0)) + amount.substring(1) + " to " + text;
        }
        return "invest " + Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** The end of an amount that starts at {@code i} ("up to $2 billion", "USD 350 million"), else {@code i}. */
    private static int amountEnd(Tagged t, int i) {
        int k = i;
        if (k + 1 < t.size() && t.lower(k).equals("up") && t.lower(k + 1).equals("to")) {
            k += 2;
        }
        while (k < t.size() && k - i < 4 && (t.tag(k).equals("SYM") || !t.isWord(k) && !t.lower(k).equals(",")
                || t.lower(k).equals("usd") || t.lower(k).equals("eur") || t.lower(k).equals("us$"))) {
            k++;
        }
        int numbers = k;
        while (k < t.size() && (t.tag(k).equals("NUM") || MONEY_WORDS.contains(t.lower(k)))) {
            k++;
        }
        return k > numbers && MONEY_WORDS.contains(t.lower(k - 1)) ? k : i;
    }

    /** Skips what remains of the cue, a list marker and a parenthetical ", in cooperation with Japan,". */
    private static int skipCue(Tagged t, int first) {
        int i = first;
        boolean moved = true;
        while (moved && i < t.size()) {
            moved = false;
            if (t.lower(i).equals("(") && t.find(")", i + 1, i + 3) > 0) {
                i = t.find(")", i + 1, i + 3) + 1; // a list marker "(b)", "(iv)"
                moved = true;
            } else if (!t.isWord(i) && !t.lower(i).equals(",")) {
                i++;
                moved = true;
            } else if (t.lower(i).equals(",")) {
                int opening = i;
                int close = t.find(",", i + 1, i + 1 + MAX_SKIP);
                int listed = t.matchAt(Section.QUALIFIER, i + 1) > i + 1 ? afterLongAside(t, i) : i + 1;
                // "shall, in consultation with A, B, and C, [evaluate] …": the verb after the list of those consulted
                i = listed > i + 1 ? listed : close < 0 ? afterLongAside(t, i) : close + 1;
                // "shall, within 60 days of receiving the reports, [findings], and data, publish …": the comma closed an
                // item of a series in the aside, not the aside; the verb comes after a later comma
                if (close > 0 && i == close + 1 && i < t.size() && !t.tag(i).equals("VERB") && !baseVerbAfterAside(t, i)
                        && seriesItem(t, close) && afterLongAside(t, opening) > i) {
                    i = afterLongAside(t, opening);
                }
                // "shall, as soon as practicable, but no later than 90 days …, [ensure]": a bound joined to the aside
                if (close > 0 && i + 1 < t.size() && t.tag(i).equals("CCONJ") && t.matchAt(Section.DEADLINE, i + 1) > i + 1) {
                    int boundEnd = t.find(",", i + 1, i + 1 + MAX_SKIP);
                    i = boundEnd < 0 ? i : boundEnd + 1;
                } else if (close > 0 && i + 1 < t.size() && t.tag(i).equals("CCONJ") && afterLongAside(t, opening) > i) {
                    // "shall, within 90 days of this order, and on an annual basis thereafter, [issue] …": a second
                    // aside joined to the first
                    i = afterLongAside(t, opening);
                }
                moved = true;
            } else {
                int cue = Math.max(Math.max(t.matchAt(Section.CUE, i), t.matchAt(Section.LIGHT_VERB, i)), effortEnd(t, i));
                if (cue == i + 1 && t.lower(i).equals("to") && t.matchAt(Section.QUALIFIER, i) > cue && t.find(",", i + 2, i + 2 + MAX_SKIP) > 0
                        && afterLongAside(t, i - 1) > i) {
                    cue = i; // "(c) [to the extent possible], allow …": a qualifier's "to", not the cue's, opens the item
                }
                if (cue > i && furthersObject(t, i)) {
                    cue = i; // "will [further] the aims of …": the verb itself, not the adverb of "will further expand"
                }
                if (i + 2 < t.size() && NEGATABLE_CUES.contains(t.lower(i)) && (t.lower(i + 1).equals("not") || t.lower(i + 1).equals("never"))
                        && t.lower(i + 2).equals("to")) {
                    cue = i + 3; // "endeavour not to [adopt]": read() keeps the "not"
                }
                if (cue <= i && i + 1 < t.size() && t.lower(i + 1).equals(",") && isCueBeforeTo(t.lower(i))) {
                    // "shall endeavour, as appropriate, to [promote] …": an aside between the cue's verb and its "to"
                    int close = t.find(",", i + 2, i + 2 + MAX_SKIP);
                    if (close > 0 && close + 2 < t.size() && t.lower(close + 1).equals("to")) {
                        cue = close + 2;
                    }
                }
                int aspect = t.matchAt(Section.ASPECT_VERB, i);
                // the tagger reads some gerunds after "keep" as nouns: "keep [building] on this progress"
                // or as adjectives before their object: "work towards [aligning] their approaches"
                if (aspect > i && aspect < t.size() && t.lower(aspect).endsWith("ing") && (t.tag(aspect).equals("VERB")
                        || t.tag(aspect).equals("NOUN") && t.lower(aspect).length() > MIN_GERUND && aspect + 1 < t.size()
                        && !t.lower(aspect + 1).equals("of") && t.isWord(aspect + 1)
                        || t.tag(aspect).equals("ADJ") && t.lower(aspect).length() > MIN_GERUND && !ING_ADJECTIVES.contains(t.lower(aspect))
                        && aspect + 1 < t.size() && (t.tag(aspect + 1).equals("DET") || t.tag(aspect + 1).equals("PRON")))) {
                    cue = Math.max(cue, aspect); // "continue cooperating" → "cooperate"
                }
                if (cue == aspect && keepsUntil(t, i)) {
                    cue = i; // "keep talking [until] a deal is reached": the end point is the act's, "keep" stays with it
                }
                // "work towards [the development of] …": a goal named by the noun of an act is that act ("develop …")
                if (aspect > i && aspect < t.size() && t.lower(aspect - 1).startsWith("toward") && nominalAction(t, aspect) != null) {
                    cue = Math.max(cue, aspect);
                }
                if (cue > i) {
                    i = cue;
                    moved = true;
                } else if (t.matchAt(Section.FREQUENCY, i) > i && t.matchAt(Section.FREQUENCY, i) < t.size()
                        && t.isWord(t.matchAt(Section.FREQUENCY, i)) && !t.tag(t.matchAt(Section.FREQUENCY, i)).equals("CCONJ")) {
                    // "shall on a quarterly basis [provide] a report": how often is said with the action (see read())
                    i = t.matchAt(Section.FREQUENCY, i);
                    moved = true;
                } else if (deadlineEnd(t, i) > i && (i == 0 || t.lower(i - 1).equals(")")) && afterLongAside(t, i - 1) > i) {
                    // "(ii) within 90 days of this order, [expand] …": an item whose deadline leads in to its verb
                    i = afterLongAside(t, i - 1);
                    moved = true;
                } else if (opensItem(t, i) && afterOpeningClause(t, i) > i) {
                    // "(vi) where further guidance is needed, [make] …", "(ii) at the discretion of its officials, [share] …"
                    i = afterOpeningClause(t, i);
                    moved = true;
                } else if (t.matchAt(Section.QUALIFIER, i) > i && (i > 0 && t.lower(i - 1).equals(",") || t.capitalized(i)
                        || !t.lower(i).endsWith("ing") && !t.lower(i).endsWith("ed"))) {
                    // ("working with", "based on" right after the cue is the verb itself: "commit to [working with] …";
                    // capitalised, it opens an item: "- Based on the review, [adopt] …")
                    // "(iii) in consultation with the Attorney General, [adopt] rules": the qualifier leads in to the verb
                    int verb = afterLongAside(t, i - 1);
                    moved = verb > i;
                    i = verb;
                }
            }
        }
        return i;
    }

    /** Whether the word at {@code i} is the first of a list item, after its marker ("(vi)") or a dash. */
    private static boolean opensItem(Tagged t, int i) {
        if (i == 0) {
            return true;
        }
        String before = t.lower(i - 1);
        return before.equals(")") || before.equals("-") || before.equals("•");
    }

    /** How far an item's opening clause or phrase may go before the comma that leads in to its verb. */
    private static final int MAX_OPENING_WORDS = 20;

    /**
     * The verb after the comma that closes an item's opening clause of condition or phrase of manner ("where further
     * guidance is needed, [make] recommendations …", "at the discretion of the officials, [share] evidence …"), or
     * {@code i} where the item opens otherwise or no verb in its base form follows such a comma.
     */
    private static int afterOpeningClause(Tagged t, int i) {
        if (i + 2 >= t.size() || !(CONDITIONS.contains(t.lower(i)) && !t.lower(i).equals("as") || t.tag(i).equals("ADP")
                && !t.lower(i).equals("to"))) {
            return i;
        }
        for (int k = i + 1; k + 1 < t.size() && wordsBetween(t, i, k) <= MAX_OPENING_WORDS; k++) {
            String w = t.lower(k);
            if (w.equals(";") || w.equals(":")) {
                return i;
            }
            if (w.equals(",") && (t.tag(k + 1).equals("VERB") || baseVerbAfterAside(t, k + 1)) && !seriesItem(t, k)
                    && !t.lower(k + 1).endsWith("ing") && !t.lower(k + 1).endsWith("ed")) {
                return k + 1;
            }
        }
        return i;
    }

    /** Whether the "further" at {@code i} is the verb, with an object after it: "further the aims", "further its work". */
    private static boolean furthersObject(Tagged t, int i) {
        return t.lower(i).equals("further") && i + 1 < t.size() && (t.tag(i + 1).equals("DET")
                || t.matchAt(Section.PARTY_POSSESSIVE, i + 1) > i + 1 || Set.of("its", "their", "our").contains(t.lower(i + 1)));
    }

    /** Marks that close a quotation. */
    private static final Set<String> CLOSING_QUOTES = Set.of("”", "\"", "»", "’");

    /** Whether "{@code word} to" is a cue's residue, a light verb or an aspect verb: "endeavour to", "seek to". */
    private static boolean isCueBeforeTo(String word) {
        return java.util.stream.Stream.of(Section.CUE, Section.LIGHT_VERB, Section.ASPECT_VERB)
                .flatMap(section -> VOCABULARY.get(section).stream())
                .anyMatch(phrase -> phrase.length == 2 && phrase[0].equals(word) && phrase[1].equals("to"));
    }

    /** The end of "expand (our) efforts to" at {@code i}, a light verb before the effort's act, else {@code i}. */
    private static int effortEnd(Tagged t, int i) {
        if (!EFFORT_VERBS.contains(t.lower(i))) {
            return i;
        }
        // "step [up] efforts to", "take [appropriate] steps to", "make [our] [concerted] efforts to": the particle, the
        // parties and a few modifiers of the effort go with it
        int k = i + 1 < t.size() && PARTICLES.contains(t.lower(i + 1)) ? i + 2 : i + 1;
        k = k < t.size() && t.matchAt(Section.PARTY_POSSESSIVE, k) > k ? t.matchAt(Section.PARTY_POSSESSIVE, k) : k;
        int modifiers = 0;
        while (k < t.size() && modifiers < MAX_EFFORT_MODIFIERS && (t.tag(k).equals("ADJ") || t.tag(k).equals("DET")
                || t.tag(k).equals("VERB") && t.lower(k).endsWith("ed"))) { // "concerted", "sustained"
            k++;
            modifiers++;
        }
        // "take all available steps to [do so]": an act that only refers back names nothing; the effort stays
        int to = k + 1;
        if (to < t.size() && t.lower(to).equals(",")) {
            // "use its best efforts, to the greatest extent possible, to [source] …": an aside between the effort and its "to"
            for (int j = to + 1; j < t.size() && j <= to + MAX_EFFORT_ASIDE; j++) {
                if (t.lower(j).equals(",")) {
                    to = j + 1;
                    break;
                }
            }
        }
        boolean refersBack = to + 2 < t.size() && t.lower(to + 1).equals("do") && t.lower(to + 2).equals("so");
        return to + 1 < t.size() && EFFORT_NOUNS.contains(t.lower(k)) && t.lower(to).equals("to") && t.isWord(to + 1)
                && !t.tag(to + 1).equals("DET") && !refersBack ? to + 1 : i;
    }

    /** Light verbs whose passive with an effort noun as its subject names no act: "efforts shall be [made] to …". */
    private static final Set<String> EFFORT_PASSIVE_VERBS = Set.of("make", "undertake", "take", "exert");
    /** How many words an agent between a passive of effort and its "to" may have: "by [the two Governments] to". */
    private static final int MAX_EFFORT_AGENT = 5;

    /**
     * The verb after the "to" of a passive of effort whose participle ends before {@code after} ("Efforts shall be made
     * [by the Parties] to [expand] …", "Every effort will be made to [settle] …"), or -1: the subject's last word is an
     * effort noun and the verb a light verb of effort.
     */
    private static int passiveEffortAct(Tagged t, String subject, String verb, int after) {
        String[] words = subject.toLowerCase(java.util.Locale.ROOT).split(" ");
        if (!EFFORT_NOUNS.contains(words[words.length - 1]) || !EFFORT_PASSIVE_VERBS.contains(verb)) {
            return -1;
        }
        int to = after;
        if (to < t.size() && t.lower(to).equals("by")) {
            to++;
            while (to < t.size() && to <= after + MAX_EFFORT_AGENT && !t.lower(to).equals("to")
                    && (NOMINAL.contains(t.tag(to)) || t.tag(to).equals("DET") || t.tag(to).equals("CCONJ") || t.capitalized(to))) {
                to++;
            }
        }
        boolean refersBack = to + 2 < t.size() && t.lower(to + 1).equals("do") && t.lower(to + 2).equals("so");
        return to + 1 < t.size() && t.lower(to).equals("to") && t.isWord(to + 1) && !t.tag(to + 1).equals("DET") && !refersBack
                ? to + 1 : -1;
    }

    /** Nouns of an effort that names no act: "steps", "efforts"; the act is the verb after their "to". */
    private static final Set<String> EFFORT_NOUNS = Set.of("efforts", "steps", "effort");
    /** How long an aside between an effort and its "to" may be: "efforts, [to the extent possible,] to". */
    private static final int MAX_EFFORT_ASIDE = 8;
    /** How many modifiers an effort may have: "take [all the necessary] steps to". */
    private static final int MAX_EFFORT_MODIFIERS = 3;

    /** How far a long aside between the cue and the verb may go. */
    private static final int MAX_ASIDE = 40;

    /** How far an aside that opens with a qualifier ("in consultation with …") may go. */
    private static final int MAX_QUALIFIED_ASIDE = 100;

    /**
     * After a comma that opens an aside too long for {@link #MAX_SKIP} ("shall, based on the reports described in
     * section 2 and in coordination with the Administrator, deliver …"): the verb after the comma that closes it, or
     * the word after the opening comma when the aside does not start with a preposition or participle or no verb in its
     * base form follows a later comma.
     */
    private static int afterLongAside(Tagged t, int comma) {
        int open = comma + 1;
        if (open >= t.size() || !(t.tag(open).equals("ADP") || t.tag(open).equals("SCONJ") || t.matchAt(Section.QUALIFIER, open) > open
                || t.tag(open).equals("VERB") && (t.lower(open).endsWith("ed") || t.lower(open).endsWith("ing")))) {
            return open;
        }
        boolean qualified = t.matchAt(Section.QUALIFIER, open) > open;
        // the officials an order's "in consultation with" names may run to a dozen titles
        int reach = qualified ? MAX_QUALIFIED_ASIDE : MAX_ASIDE;
        for (int k = open + 1; k + 1 < Math.min(t.size(), open + reach); k++) {
            String w = t.lower(k);
            if (w.equals(";") || w.equals(":")) {
                break;
            }
            // "shall, from the day two years after …, [be] and remain free of duties": "be" after the aside, whatever its tag
            boolean be = t.lower(k + 1).equals("be") || t.lower(k + 1).equals("not") && k + 2 < t.size() && t.lower(k + 2).equals("be");
            if (w.equals(",") && (t.tag(k + 1).equals("VERB") || be || qualified && verbAfterQualifier(t, k + 1) || baseVerbAfterAside(t, k + 1))
                    && !seriesItem(t, k) && !t.lower(k + 1).endsWith("ing") && !t.lower(k + 1).endsWith("ed")) {
                return k + 1;
            }
            // "reaffirm their commitment, under the Declaration of … of 2006, [to] recognise …": the cue's "to" after it
            if (w.equals(",") && k + 2 < t.size() && t.lower(k + 1).equals("to") && t.tag(k + 2).equals("VERB")
                    && open >= 2 && t.tag(open).equals("ADP") && t.tag(open - 2).equals("NOUN")) {
                return k + 1;
            }
            // "shall, at the request of either Party and in line with their laws, [promptly] meet": an adverb before it
            if (w.equals(",") && qualified && (adverbBeforeVerb(t, k + 1) || adverbBeforeMisreadVerb(t, k + 1))) {
                return k + 1;
            }
        }
        return open;
    }

    /**
     * An adverb that opens the verb after a qualifier's aside, where the tagger misread the verb or the adverb: "shall,
     * as appropriate, [also] establish …", "shall, to the extent possible, [promptly] convey …". No qualifier of its own
     * ("particularly", "notably") and no word that singles out a noun.
     */
    private static boolean adverbBeforeMisreadVerb(Tagged t, int k) {
        return k + 2 < t.size() && (t.tag(k).equals("ADV") || t.lower(k).endsWith("ly")) && !t.capitalized(k)
                && !FOCUS_ADVERBS.contains(t.lower(k)) && t.matchAt(Section.QUALIFIER, k) == k && t.isWord(k + 1)
                && !t.capitalized(k + 1) && (t.isVerb(k + 1) || MISREAD_VERB_TAGS.contains(t.tag(k + 1)))
                && !t.lower(k + 1).endsWith("ing") && !t.lower(k + 1).endsWith("ed") && !t.lower(k + 1).endsWith("ly")
                && NOUN_PHRASE_START.contains(t.tag(k + 2));
    }

    /**
     * Whether the word at {@code k}, after a comma of an aside between the modal and its verb, is that verb in its base
     * form though the tagger read it as a noun ("shall, within 90 days of this order, [issue] a report", "shall, to the
     * extent permitted by law, [refrain] from …", "…, [review] and report on …"): a lower-case word that opens no
     * qualifier or deadline, no plural, and something a verb takes after it.
     */
    private static boolean baseVerbAfterAside(Tagged t, int k) {
        if (k + 1 >= t.size() || !t.isWord(k) || t.capitalized(k) || !(t.tag(k).equals("NOUN") || t.tag(k).equals("VERB"))) {
            return false;
        }
        String w = t.lower(k);
        boolean plural = w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us");
        return !plural && !w.endsWith("ing") && !w.endsWith("ed") && t.matchAt(Section.QUALIFIER, k) == k && deadlineEnd(t, k) <= k
                && t.matchAt(Section.FREQUENCY, k) == k
                && (NOUN_PHRASE_START.contains(t.tag(k + 1)) && !t.tag(k + 1).equals("PRON") || t.tag(k + 1).equals("CCONJ")
                        || VERB_PREPOSITIONS.contains(t.lower(k + 1)));
    }

    /** Prepositions a verb after an aside may take at once: "[refrain] from", "[work] with", "[report] on". */
    private static final Set<String> VERB_PREPOSITIONS = Set.of("from", "with", "on", "to", "for", "in", "into", "upon");

    /**
     * Whether the comma at {@code comma} parts two items of a series of nouns in the aside ("the requirement promotes
     * national defense[,] national security, or the public interest, as appropriate, select …"): a noun before it, a
     * noun phrase of a few words after it, then a conjunction and a last noun phrase.
     */
    private static boolean seriesItem(Tagged t, int comma) {
        // the item before the comma ends on a noun: "national defense[,]"
        if (comma < 1 || !(t.tag(comma - 1).equals("NOUN") || t.tag(comma - 1).equals("PROPN"))) {
            return false;
        }
        // "…, subject to the availability of funds, [furnish such] information and assistance": a verb in its base form
        // before a determiner opens the act after the aside, no noun of a series
        // (the tagger reads many such verbs as nouns; a noun of a series takes no article after it)
        String verb = comma + 1 < t.size() ? t.lower(comma + 1) : "";
        boolean base = t.tag(comma + 1).equals("VERB") && t.form(comma + 1).isEmpty()
                || t.tag(comma + 1).equals("NOUN") && !verb.endsWith("s") && !verb.endsWith("ing");
        if (comma + 3 < t.size() && base && !t.capitalized(comma + 1)
                && (t.tag(comma + 2).equals("DET") || t.lower(comma + 2).equals("such") && !t.lower(comma + 3).equals("as"))) {
            return false;
        }
        for (int j = comma + 2; j + 1 < Math.min(t.size(), comma + 2 + MAX_ASIDE_SERIES_ITEM); j++) {
            // "…, or [the public interest]": the last item is a noun phrase, no verb of a second action
            if (t.tag(j).equals("CCONJ") || t.lower(j).equals(",") && t.tag(j + 1).equals("CCONJ")) {
                int last = t.tag(j).equals("CCONJ") ? j + 1 : j + 2;
                return last < t.size() && NOUN_PHRASE_START.contains(t.tag(last)) && !t.tag(last).equals("PRON");
            }
            if (!NOMINAL.contains(t.tag(j)) && !t.tag(j).equals("VERB")) {
                return false;
            }
        }
        return false;
    }

    /** How many words an item of a series of nouns in an aside may have. */
    private static final int MAX_ASIDE_SERIES_ITEM = 4;

    /** Tags the word after a qualifier's aside has where it cannot be the verb the aside leads to. */
    private static final Set<String> NO_VERB_TAGS = Set.of("DET", "PRON", "NUM", "PROPN", "CCONJ", "SCONJ", "AUX", "PUNCT", "SYM", "ADV");

    /**
     * Whether the word at {@code k}, after the comma that closes a qualifier ("in consultation with the Counsel to the
     * President, [adopt] such rules"), is the verb it leads to, also where the tagger took it for another word: a
     * lower-case word before a noun phrase that is no preposition.
     */
    private static boolean verbAfterQualifier(Tagged t, int k) {
        return k + 1 < t.size() && t.isWord(k) && !t.capitalized(k) && !NO_VERB_TAGS.contains(t.tag(k))
                && !(t.tag(k).equals("ADP") && (ASIDE_COMPLEMENTS.contains(t.lower(k)) || t.lower(k).length() < 4))
                && t.matchAt(Section.QUALIFIER, k) == k && (NOUN_PHRASE_START.contains(t.tag(k + 1)) || joinedVerb(t, k + 1)
                        // "…, consult promptly": a verb read as a noun before its adverb
                        || (t.tag(k).equals("NOUN") || t.tag(k).equals("VERB")) && t.tag(k + 1).equals("ADV") && t.lower(k + 1).endsWith("ly"));
    }

    /**
     * "[notify] and seek consultations", "[facilitate] and promote investment": a conjunction after a word that joins it
     * to a verb of the same form, so both are verbs however the tagger read the first.
     */
    private static boolean joinedVerb(Tagged t, int conjunction) {
        int next = conjunction + 1;
        return next < t.size() && t.tag(conjunction).equals("CCONJ") && t.tag(next).equals("VERB") && !t.capitalized(next)
                && t.form(next).equals(t.form(conjunction - 1));
    }

    /**
     * The end of the verb at {@code verb} with the noun phrase right after it and no complement: "publish [the
     * addresses]", "set up [a help desk]"; {@code verb + 1} where no noun phrase follows the verb.
     */
    private static int objectHeadEnd(Tagged t, int verb) {
        int k = verb + 1;
        if (k < t.size() && PARTICLES.contains(t.lower(k))) {
            k++;
        }
        int head = verb + 1;
        for (; k < t.size() && k - verb <= MAX_FINISH_WORDS + 2 && t.isWord(k) && !t.glued(k)
                && (t.tag(k).equals("DET") || NOMINAL.contains(t.tag(k)) || t.tag(k).equals("PRON") && POSSESSIVES.contains(t.lower(k))); k++) {
            if (t.tag(k).equals("NOUN") || t.tag(k).equals("PROPN")) {
                head = k + 1;
            }
        }
        // "a majority [stake] in", "help [desks] for": the last noun of a compound, read as a verb before a preposition
        if (head == k && k + 1 < t.size() && k > verb + 1 && t.tag(k).equals("VERB") && t.tag(k - 1).equals("NOUN")
                && !PAST_PARTICIPLE.matcher(t.lower(k)).matches() && !t.lower(k).endsWith("ing")
                && (t.tag(k + 1).equals("ADP") || t.lower(k + 1).equals(",") || t.lower(k + 1).equals("."))) {
            head = ++k;
        }
        // the object ends where a complement or the clause goes on; a noun phrase the head would cut ("the addresses
        // [list]") or a modifier left without its noun is no object
        boolean boundary = head == t.size() || t.tag(head).equals("ADP") || t.tag(head).equals("PUNCT") || t.tag(head).equals("CCONJ")
                || t.tag(head).equals("SCONJ") || t.tag(head).equals("PART");
        return head == k && boundary ? head : verb + 1;
    }

    /** Whether the word before {@code end} heads the object right after the verb at {@code verb}: "undertake [an assessment]". */
    private static boolean objectHeadBefore(Tagged t, int verb, int end) {
        if (!t.tag(end - 1).equals("NOUN")) {
            return false;
        }
        for (int k = verb + 1; k < end - 1; k++) {
            if (!t.isWord(k) || !(t.tag(k).equals("DET") || NOMINAL.contains(t.tag(k)))) {
                return false; // "stand united in support [of …]": a complement, not the object
            }
        }
        return true;
    }

    /**
     * Where the word limit cut the first action at {@code end} inside its last noun phrase: the end of that phrase
     * ("the trade in food [and agricultural products]", "the use [of our trade tools]") where the whole
     * budget holds it; {@code end} otherwise.
     */
    private static final Pattern HYPHENS = Pattern.compile("[-‐‑–]");

    private static int finishedFirst(Tagged t, int verb, int end) {
        // "include an analysis of the cases [in which the rules were not followed]": the word limit does not split a
        // clause that says which things are meant where the whole budget holds it
        for (int k = end - 1; k > verb + 2; k--) {
            if (t.lower(k).equals("which") && t.tag(k - 1).equals("ADP")) {
                int clause = prepositionalRelativeEnd(t, k, verb);
                if (clause > end) {
                    return clause;
                }
                break;
            }
        }
        int finished = t.lower(end).equals("of") && t.tag(end - 1).equals("NOUN") ? ofPhraseEnd(t, end + 1, false) : end;
        if (finished == end + 1) {
            finished = end;
        }
        if (finished == end) {
            finished = objectEnd(t, verb, end);
        }
        // (a phrase that would end on a modifier, "a new class of assets [subject]", is left as the cut made it)
        // (nor one that would stop inside a word, "the [Indo]-Pacific")
        boolean headed = finished > end && (t.tag(finished - 1).equals("NOUN") || t.tag(finished - 1).equals("PROPN")
                || t.tag(finished - 1).equals("NUM")) && !cutsWord(t, end, finished);
        // (past a conjunction only the few words that end one noun phrase, "food [and agricultural products]"; a second
        // whole phrase, "industrial goods [and US dairy and seafood products]", is left out)
        boolean shortJoin = !t.tag(end).equals("CCONJ") || wordsBetween(t, end, finished) <= MAX_FINISH_WORDS;
        return headed && shortJoin && wordsBetween(t, verb, finished) <= MAX_TOTAL_WORDS ? finished : end;
    }

    /** The end of the noun phrase that starts at {@code k} after an "of", before any complement of its own; else {@code k}. */
    private static int ofPhraseEnd(Tagged t, int k, boolean overHyphens) {
        int e = k;
        int last = -1;
        // "of [their] mineral potential": a possessive opens it
        // ("of U.S.[-]Mexico supply chains": in a further action's short cut, the hyphen that joins two names goes on
        // with them; the first action's whole budget is cut as before)
        while (e < t.size() && (t.isWord(e) && (t.tag(e).equals("DET") || NOMINAL.contains(t.tag(e)) || t.glued(e)
                || e == k && t.tag(e).equals("PRON") && t.matchAt(Section.PARTY_POSSESSIVE, e) > e)
                || overHyphens && e > k && t.lower(e).equals("-") && t.glued(e) && e + 1 < t.size() && t.glued(e + 1) && t.isWord(e + 1))) {
            if (t.tag(e).equals("NOUN") || t.tag(e).equals("PROPN")) {
                last = e + 1;
            }
            e++;
        }
        // "of the cattle [and other markets]", "of the America [First …]": a phrase that goes on is not cut short
        // ("of online platforms [and ensure …]": a conjunction before a verb opens the next act)
        boolean goesOn = e < t.size() && t.isWord(e) && (t.tag(e).equals("CCONJ") && !(e + 1 < t.size() && t.tag(e + 1).equals("VERB"))
                || t.capitalized(e));
        return last > 0 && last == e && !goesOn ? last : k;
    }

    /**
     * A modifier right after a preposition: "by [forced]", "with [unfair]" — the start of a noun phrase, not a verb; not
     * "as appropriate", "as needed", which close the action before the next one.
     */
    private static boolean isModifierAfterPreposition(Tagged t, int i) {
        return i >= 1 && t.tag(i - 1).equals("ADP") && !t.lower(i - 1).equals("as")
                && (t.tag(i).equals("ADJ") || t.lower(i).endsWith("ed"));
    }

    /** The end (exclusive) of the action that starts at {@code start}. */
    private static int end(Tagged t, int start, int maxWords) {
        int words = 0;
        int limit = maxWords;
        // "the higher of [X or Y]", "either [X or Y]": a choice is cut after its last option, not before it
        boolean choice = false;
        int lastOption = -1; // the word count where the last option of a choice starts
        int k = start;
        for (; k < t.size(); k++) {
            String w = t.lower(k);
            if (w.equals("either") || w.equals("of") && k > start && CHOICE_HEADS.contains(t.lower(k - 1))) {
                choice = true;
            } else if (w.equals("or") && choice) {
                choice = false;
                lastOption = words;
            }
            // "be consistent with this Agreement": after "be", the qualifier's words are the predicate
            // ("not be subject to import duties" too)
            boolean predicate = k == start + 1 && t.lower(start).equals("be")
                    || k == start + 2 && t.lower(start).equals("not") && t.lower(start + 1).equals("be")
                    // "no longer be subject to export licensing": the negation of two words too
                    || k == start + 3 && t.lower(start).equals("no") && t.lower(start + 1).equals("longer") && t.lower(start + 2).equals("be");
            // "let the people[—and the Congress—]decide": a closed aside between dashes is left out, as in text()
            int closeDash = k > start && DASHES.contains(w) ? dashAsideEnd(t, k) : -1;
            if (closeDash > k) {
                if (stopsAt(t, closeDash + 1, start)) {
                    break; // "… citizenship[—so called passports—]that let …": the action ends before the aside
                }
                k = closeDash;
                continue;
            }
            if (k > start && !predicate && stopsAt(t, k, start)) {
                break;
            }
            if (t.shortName()[k] > k) {
                words++;
                k = t.shortName()[k]; // "Customs Mutual Assistance Agreement (CMAA)" is one word, "CMAA"
                continue;
            }
            if (w.equals("(")) {
                int close = t.find(")", k + 1, k + 1 + MAX_SKIP);
                if (close < 0) {
                    break;
                }
                k = close; // "(MFN)", "(REEs)": an aside inside the phrase, left out below
                continue;
            }
            // "that" after "ensure" is left out of the action, so it takes no place in it
            boolean counted = t.isWord(k) && !(t.isComplementizer(k) && t.isHeadVerb(k - 1, start));
            if (counted && ++words > limit && (choice || lastOption >= 0 && words - lastOption <= MAX_OPTION_WORDS)
                    && limit < MAX_CHOICE_WORDS) {
                limit = MAX_CHOICE_WORDS;
            }
            if (counted && words > limit) {
                // "threats to United States critical [infrastructure].": the one word the limit leaves before the
                // sentence ends finishes the phrase, whatever the tagger read it as
                if (maxWords >= MAX_WORDS && words <= MAX_TOTAL_WORDS && t.isWord(k) && !t.capitalized(k)
                        && (isSentenceEnd(t, k + 1) || t.lower(k + 1).equals(";")) && !t.isVerb(k) && !t.tag(k - 1).equals("PUNCT")) {
                    k++;
                    break;
                }
                // "micro, small, [and medium-sized enterprises]", "the Ministry [of Health and Welfare]": a series or a
                // name the limit cut is finished when it closes soon
                int finished = finishSeriesOrName(t, k, start);
                if (finished > k && wordsBetween(t, start, finished) <= MAX_TOTAL_WORDS + 1) {
                    k = finished;
                    break;
                }
                // "invest in value chains such as processing, [manufacturing …]": examples the limit cut, and no
                // short finish closes, are left out
                int examples = beforeCutExamples(t, k, start);
                if (examples < k) {
                    k = examples;
                    break;
                }
                // "policies and [practices]", "the private sector and [international financial institutions]": the limit
                // cut two joined nouns after their conjunction; the last one is finished when it closes soon (in the
                // first action: a further one has only the words left)
                int conjunct = maxWords >= MAX_WORDS ? Math.max(finishConjunct(t, k, start), finishBothPair(t, k, start)) : k;
                if (conjunct > k) {
                    k = conjunct;
                    break;
                }
                // "… USD 1 billion [in financial support] within six months": a short last complement is kept whole
                int closed = closingComplement(t, k, start);
                if (closed > k) {
                    k = closed;
                    break;
                }
                // "promote robust and inclusive | economic growth", "share analysis about specific strains | of malware":
                // a noun phrase cut after its modifiers or before its "of" and one noun is finished when it closes there
                // "expand the U.S.-Singapore | Third Country Training Program": a name the limit cut between its
                // capitalized words is finished when it closes soon
                int named = finishCutName(t, k, start);
                if (named > k && wordsBetween(t, start, named) <= MAX_TOTAL_WORDS) {
                    k = named;
                    break;
                }
                int head = maxWords >= MAX_WORDS ? finishNounPhrase(t, k, start) : k;
                if (head > k) {
                    k = head;
                    break;
                }
                // Finish the noun phrase the limit cut, by a word or two, rather than leave "priority projects no".
                int extra = 0;
                while (k < t.size() && extra < 2 && isNominal(t, k) && isNominal(t, k - 1)) {
                    k++;
                    extra++;
                }
                if (k < t.size() && insideNounPhrase(t, k)) {
                    // still inside the noun phrase: cut before its preposition or punctuation instead
                    int p = k - extra;
                    while (p > start + 1 && !isBoundary(t, p)) {
                        p--;
                    }
                    // "of US industrial goods [and US food and agricultural products]": the first of two joined noun
                    // phrases after the preposition is whole; the cut keeps it rather than fall back before "of"
                    int joined = firstWholeConjunct(t, p, k - extra);
                    if (joined > 0) {
                        k = joined;
                        break;
                    }
                    p = beforeModifierSeries(t, p, start);
                    k = p > start + 1 ? p : k - extra;
                }
                break;
            }
        }
        k = beforeCutClauseVerb(t, k, start);
        if (k < t.size() && k - 1 > start && t.lower(k - 1).equals(",")) {
            k = beforeModifierSeries(t, k - 1, start); // a cut after "to advance diverse, | secure, and …"
        } else if (k < t.size() && t.lower(k).equals(",")) {
            k = beforeModifierSeries(t, k, start); // "to advance diverse | , secure, and …"
        }
        k = beforeCutConjunct(t, k, start); // only a cut ends an action at "of"
        k = beforeHalfPair(t, k, start);
        // "work together not only as the CRI[, but also with …]": the first half of a pair cut before its "but" is
        // left out with its "not only", as it says less than the act
        int but = k + 1 < t.size() && t.lower(k).equals(",") ? k + 1 : k;
        if (but < t.size() && t.lower(but).equals("but")) {
            for (int j = start + 1; j + 1 < k; j++) {
                if (t.lower(j).equals("not") && t.lower(j + 1).equals("only")) {
                    k = j;
                    break;
                }
            }
        }
        if (k >= start + 3 && k < t.size() && t.lower(k - 1).equals("be") && t.lower(k - 2).equals("to")) {
            // "require the applied rates to be [gradually reduced]": the limit cut "to be" from its participle
            int p = k < t.size() - 1 && t.tag(k).equals("ADV") ? k + 1 : k;
            if (t.isPassive(k - 1, p)) {
                k = p + 1;
            }
        }
        int end = k;
        while (end < t.size() && end > start && t.glued(end)) {
            end++; // "pilot-scale", "U.S.-based": a word is never split
        }
        boolean trimmed = true;
        while (trimmed && end > start + 1) {
            trimmed = endsBadly(t, end) || end < t.size() && t.glued(end);
            if (trimmed) {
                end--;
            }
        }
        end = withoutClauseCutBeforeItsVerb(t, start, end);
        return possessedEnd(t, end, start);
    }

    /**
     * Where a means' "to ensure that …" was cut before the clause's verb ("take action to ensure that [all public
     * monuments, …]"), the clause says nothing yet: the action ends before the purpose, as where the clause is left
     * out; else {@code end}.
     */
    private static int withoutClauseCutBeforeItsVerb(Tagged t, int start, int end) {
        for (int j = start + 3; j < end; j++) {
            if (t.lower(j).equals("that") && t.lower(j - 2).equals("to") && t.matchAt(Section.CLAUSE_HEAD, j - 1) == j
                    && t.matchAt(Section.MEANS_NOUN, j - 3) > j - 3) {
                for (int v = j + 1; v < end; v++) {
                    if (t.tag(v).equals("VERB") || t.tag(v).equals("AUX")) {
                        return end;
                    }
                }
                int cut = beforeCutClauseVerb(t, j, start);
                while (cut > start + 1 && endsBadly(t, cut)) {
                    cut--;
                }
                return cut;
            }
        }
        return end;
    }

    /**
     * Where the action stopped before a "that" whose clause it leaves out, the verb that clause belongs to completes
     * nothing and goes too: a participle that describes the object ("issue rules [providing] that …") and a purpose's
     * verb with its "to" ("consult one another [to ensure] that …"); else {@code k}.
     */
    private static int beforeCutClauseVerb(Tagged t, int k, int start) {
        if (k >= t.size() || !t.lower(k).equals("that") || k - 1 <= start) {
            return k;
        }
        String v = t.lower(k - 1);
        if (v.endsWith("ing") && v.length() > MIN_GERUND && t.tag(k - 1).equals("VERB") && k - 2 > start
                && t.tag(k - 2).equals("NOUN")) {
            return k - 1;
        }
        if (t.matchAt(Section.CLAUSE_HEAD, k - 1) == k && k - 2 > start && t.lower(k - 2).equals("to")) {
            int to = k - 2;
            // "…[, as appropriate,] to ensure that": the qualifier in commas before the purpose goes with it
            if (to - 1 > start && t.lower(to - 1).equals(",")) {
                int open = to - 2;
                while (open > start && !t.lower(open).equals(",") && to - open <= MAX_SKIP) {
                    open--;
                }
                if (open > start + 1 && t.lower(open).equals(",") && t.matchAt(Section.QUALIFIER, open + 1) > open + 1) {
                    return open;
                }
            }
            return to;
        }
        return k;
    }

    /** Verbs whose object after "with" is a counterpart to act with, not the act: "work [closely] with India to …". */
    private static final Set<String> WITH_COUNTERPART_VERBS = Set.of("work", "cooperate", "collaborate", "partner", "engage");

    /**
     * Whether a means' agent after "by" stands between the means and the "to" at {@code to}: "finalize commitments [by
     * the Republic of Peru] to address …", whose purpose stays as a means' purpose does.
     */
    private static boolean agentAfterMeans(Tagged t, int to, int start) {
        int b = to - 1;
        while (b > start && t.tag(b).equals("PROPN")) {
            b--;
        }
        if (b < to - 1 && b > start && t.tag(b).equals("DET")) {
            b--;
        }
        return b < to - 1 && b > start + 1 && t.lower(b).equals("by") && t.matchAt(Section.MEANS_NOUN, b - 1) > b - 1;
    }

    /**
     * Whether the "to" at {@code to} opens the act itself: the purpose of working with a counterpart ("work [closely]
     * with India [to] enhance investments") or of a verb whose object is only the means ("use the portal [to] help
     * importers"), the first "to" after it, and the purpose's verb takes an object rather than a clause ("to ensure
     * that …" is too long to keep and stays out).
     */
    private static boolean purposeIsTheAct(Tagged t, int start, int to) {
        boolean counterpart = WITH_COUNTERPART_VERBS.contains(t.lower(start)) && start + 2 < t.size()
                && (t.lower(start + 1).equals("with") || t.lower(start + 2).equals("with"));
        if (to + 2 >= t.size() || !(counterpart || t.matchAt(Section.MEANS_VERB, start) > start)
                || t.lower(to + 2).equals("that") || !t.isWord(to + 2)) {
            return false;
        }
        for (int i = start + 2; i < to; i++) {
            if (t.lower(i).equals("to")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the examples the limit cuts at token {@code k} begin ("supply chains for minerals [such as] rare earths,
     * lithium, | cobalt"), after a noun of the action's object: the object is whole without them. {@code k} otherwise.
     */
    private static int beforeCutExamples(Tagged t, int k, int start) {
        // ("cooperate in areas such as …": a head that says nothing without its examples keeps them)
        for (int c = k - 1; c > start + 1; c--) {
            if (c + 1 < t.size() && t.lower(c).equals("such") && t.lower(c + 1).equals("as") && NOMINAL.contains(t.tag(c - 1))) {
                return EMPTY_EXAMPLE_HEADS.contains(t.lower(c - 1)) ? k : c;
            }
            // "processing" in a list of activities may be read as a verb; another verb opens a clause of its own
            if (!(t.isWord(c) && (!t.isVerb(c) || t.lower(c).endsWith("ing")) || t.lower(c).equals(","))) {
                return k; // the examples end before the cut: a verb or a break lies between
            }
        }
        return k;
    }

    /**
     * Whether the conjunction at {@code k} joins two gerunds of one object, the first right after a conjunction of its
     * own: "facilitate trade, as well as [adopting and implementing] good practices" (not "trade and manufacturing and
     * strengthening …", whose sector noun closes the object before it).
     */
    private static boolean gerundsShareObject(Tagged t, int k) {
        if (k < 2 || k + 1 >= t.size()) {
            return false;
        }
        String gerund = t.lower(k - 1);
        String before = t.lower(k - 2);
        return gerund.endsWith("ing") && gerund.length() > MIN_GERUND && !ING_ADJECTIVES.contains(gerund) && !ING_NOUNS.contains(gerund)
                && t.lower(k + 1).endsWith("ing") && (t.tag(k - 2).equals("CCONJ") || before.equals(",") || before.equals("as"));
    }

    /**
     * Whether the word in "-ing" after the conjunction at {@code k} closes a series of nouns of activities with its "of":
     * "in the exploration, development [and processing] of ores" names a third activity, not a second action.
     */
    private static boolean closesActivityNouns(Tagged t, int k) {
        return k >= 3 && k + 2 < t.size() && t.lower(k + 1).endsWith("ing") && t.lower(k + 2).equals("of")
                && ACTION_NOUN.matcher(t.lower(k - 1)).matches() && t.lower(k - 2).equals(",")
                && ACTION_NOUN.matcher(t.lower(k - 3)).matches();
    }

    /** Heads that say nothing without the examples after them: "in areas such as …". */
    private static final Set<String> EMPTY_EXAMPLE_HEADS = Set.of("areas", "fields", "sectors", "matters", "issues", "topics",
            "activities");

    /** How many words the limit may leave of a last conjunct it cut before its "of". */
    private static final int MAX_CUT_CONJUNCT_WORDS = 4;

    /**
     * A cut at the "of" of the last conjunct of a series ("all industrial goods and a wide range | of farm products",
     * "labor, environment, and any distortionary behaviors | of state enterprises") leaves a conjunct that names
     * nothing: the action ends after the conjunct before it. {@code k} otherwise.
     */
    private static int beforeCutConjunct(Tagged t, int k, int start) {
        if (k >= t.size() || !t.lower(k).equals("of") || !NOMINAL.contains(t.tag(k - 1))) {
            return k;
        }
        for (int c = k - 2; c > start + 2 && k - c <= MAX_CUT_CONJUNCT_WORDS; c--) {
            String w = t.lower(c);
            if (w.equals("and") || w.equals("or")) {
                int before = t.lower(c - 1).equals(",") ? c - 1 : c;
                // the conjunct before must be a finished noun, not a modifier of the cut one ("large and small | of")
                if (!t.tag(before - 1).matches("NOUN|PROPN") || !t.tag(c + 1).equals("DET")) {
                    return k;
                }
                // "friendship between the people of Italy and the people | of": half a pair goes with its "between"
                for (int b = before - 1; b > start + 1 && before - b <= MAX_PAIR_WORDS; b--) {
                    if (t.lower(b).equals("between")) {
                        return b;
                    }
                    if (t.lower(b).equals(",") || t.isVerb(b)) {
                        break;
                    }
                }
                return before;
            }
            if (w.equals(",") || t.tag(c).equals("ADP") || t.isVerb(c)) {
                return k;
            }
        }
        return k;
    }

    /** How far back "between" may stand from a cut at the "and" of its pair. */
    private static final int MAX_PAIR_WORDS = 8;

    /**
     * A cut at the "and" of "between A and B" ("a framework for cooperation between the Survey | and the University")
     * leaves half a pair: the action ends before "between" instead. {@code k} otherwise.
     */
    private static int beforeHalfPair(Tagged t, int k, int start) {
        int c = k < t.size() && t.lower(k).equals("and") ? k : k - 1 > start && t.lower(k - 1).equals("and") ? k - 1 : -1;
        // "between their countries [and to promote …]": an "and" that opens the next verb is no pair's
        if (c < 0 || c + 1 >= t.size() || t.lower(c + 1).equals("to") || t.isVerb(c + 1)) {
            return k;
        }
        for (int b = c - 1; b > start + 1 && c - b <= MAX_PAIR_WORDS; b--) {
            String w = t.lower(b);
            if (w.equals("between")) {
                return b;
            }
            // "between the Department [of] Natural Resources of Canada | and …": a name's own link goes on
            if (w.equals(",") || w.equals("and") || w.equals("or") || t.tag(b).equals("ADP") && !isNameLink(t, b, start)
                    || t.isVerb(b)) {
                return k;
            }
        }
        return k;
    }

    /** How many words the word limit may leave before the noun that closes a noun phrase it cut. */
    private static final int MAX_HEAD_WORDS = 2;

    /**
     * The end of the noun phrase the word limit cuts at token {@code k} when it closes within {@link #MAX_HEAD_WORDS}
     * words and the action stays within {@link #MAX_TOTAL_WORDS}: after the last of a series of modifiers ("robust and
     * inclusive | economic growth") or at the "of" of a single noun ("specific strains | of ransomware"); else {@code k}.
     */
    private static int finishNounPhrase(Tagged t, int k, int start) {
        if (k >= t.size() || k - 1 <= start) {
            return k;
        }
        String before = t.lower(k - 1);
        // only the last of a series of modifiers ("robust and inclusive |", "inclusive, robust |"), which a cut back to
        // the series' conjunction would leave with a modifier and no noun
        boolean modifier = !t.capitalized(k - 1) && (t.tag(k - 1).equals("ADJ") || ADJECTIVE_FORM.matcher(before).matches()
                || ADJECTIVE_FORM_MORE.matcher(before).matches()) && !t.tag(k - 1).equals("NOUN")
                && k - 2 > start && (t.tag(k - 2).equals("CCONJ") || t.lower(k - 2).equals(","));
        int from = k;
        if (!modifier) {
            if (!t.lower(k).equals("of") || !NOMINAL.contains(t.tag(k - 1))) {
                return k;
            }
            from = k + 1;
        }
        int e = from;
        while (e < t.size() && e - from < MAX_HEAD_WORDS && !t.capitalized(e) && (t.tag(e).equals("ADJ") && modifier || t.tag(e).equals("NOUN"))) {
            e++;
        }
        // the phrase closes before a preposition other than "of", a conjunction or punctuation: not "effects of use [of]
        // force incidents", "awareness of substance [use] disorder"
        boolean closes = e > from && t.tag(e - 1).equals("NOUN") && (e == t.size() || !t.glued(e) && !t.lower(e).equals("of")
                && Set.of("ADP", "CCONJ", "SCONJ", "PUNCT", "PART").contains(t.tag(e)));
        return closes && wordsBetween(t, start, e) <= MAX_TOTAL_WORDS ? e : k;
    }

    /** How many words of the last of two joined nouns the word limit may finish. */
    private static final int MAX_CONJUNCT_WORDS = 3;

    /**
     * The end of the noun phrase after "and" or "or" that the word limit cuts at token {@code k} ("rules and | norms"),
     * when the words before the conjunction are a noun's and the phrase after it closes within
     * {@link #MAX_CONJUNCT_WORDS} words; else {@code k}.
     */
    private static int finishConjunct(Tagged t, int k, int start) {
        int c = k - 1;
        if (k >= t.size() || c - 1 <= start || !(t.lower(c).equals("and") || t.lower(c).equals("or"))
                || !(t.tag(c - 1).equals("NOUN") || t.tag(c - 1).equals("PROPN"))) {
            return k;
        }
        // only in the verb's object: a place or means after a preposition ("in Abu Dhabi | and Dubai") is a complement
        // that a cut may shorten
        for (int b = c - 1; b > start && !t.isVerb(b); b--) {
            if (t.tag(b).equals("ADP") && !t.lower(b).equals("of")) {
                return k;
            }
        }
        int e = k;
        while (e < t.size() && e - k < MAX_CONJUNCT_WORDS && (NOMINAL.contains(t.tag(e)) || gluedWord(t, e))) {
            e++;
        }
        boolean closes = e == t.size() || !isNominal(t, e) && !gluedWord(t, e);
        return e > k && closes && (t.tag(e - 1).equals("NOUN") || t.tag(e - 1).equals("PROPN")) ? e : k;
    }

    /**
     * The end of the second member of a pair opened by "both" that the word limit cuts at token {@code k} ("in both New
     * Zealand and the | United States"), when it closes within {@link #MAX_CONJUNCT_WORDS} words and an article and the
     * action stays within {@link #MAX_TOTAL_WORDS}; else {@code k}. "both" without its "and" is no phrase.
     */
    private static int finishBothPair(Tagged t, int k, int start) {
        int both = -1;
        for (int b = start + 1; b < k && b < t.size(); b++) {
            if (t.lower(b).equals("both")) {
                both = b;
            }
        }
        int and = both < 0 ? -1 : t.find("and", both + 2, Math.min(k + 1, t.size()));
        if (and < 0) {
            return k;
        }
        int e = and + 1;
        while (e < t.size() && e - and <= MAX_CONJUNCT_WORDS + 1 && (NOMINAL.contains(t.tag(e)) || t.tag(e).equals("DET") && e == and + 1
                || gluedWord(t, e))) {
            e++;
        }
        boolean closes = e == t.size() || !isNominal(t, e) && !gluedWord(t, e);
        return e > k && closes && (t.tag(e - 1).equals("NOUN") || t.tag(e - 1).equals("PROPN"))
                && wordsBetween(t, start, e) <= MAX_TOTAL_WORDS ? e : k;
    }

    /** How many tokens past the word limit a name may be finished. */
    private static final int MAX_FINISH = 7;
    /** How many tokens past the word limit a series may be finished: its last member, not a long tail. */
    private static final int MAX_SERIES_FINISH = 5;

    /**
     * The end of the series of modifiers or nouns ("open, accessible, [and secure technology ecosystems]") or of the
     * name ("the Ministry [of Health and Welfare]") that the word limit cuts at token {@code k}, when it closes within
     * {@link #MAX_FINISH} tokens; else {@code k}.
     */
    private static int finishSeriesOrName(Tagged t, int k, int start) {
        if (k >= t.size() || k - 1 <= start) {
            return k;
        }
        // only a name cut at its "of" ("the Ministry | of Health", "the Ministry of | Health"): a name in a further
        // complement ("in talks with Central | America") is cut before its preposition, below
        boolean cutName = inName(t, k) && t.lower(k - 1).equals("of") && k - 2 > start && inName(t, k - 2)
                || t.lower(k).equals("of") && inName(t, k - 1) && k + 1 < t.size() && inName(t, k + 1);
        if (cutName) {
            int e = k;
            int last = k - 1;
            while (e < t.size() && e - k < MAX_FINISH && (inName(t, e) || gluedWord(t, e)
                    || NAME_INNER_WORDS.contains(t.lower(e)) && e + 1 < t.size() && inName(t, e + 1))) {
                if (!NAME_INNER_WORDS.contains(t.lower(e))) {
                    last = e;
                }
                e++;
            }
            return e - k < MAX_FINISH || e == t.size() || !inName(t, e) ? last + 1 : k;
        }
        // a series: a comma after a modifier or noun before the cut, inside the noun phrase being cut
        boolean series = false;
        boolean closedBefore = false;
        for (int b = k - 1; b > start && !series; b--) {
            String tag = t.tag(b);
            if (t.lower(b).equals(",")) {
                series = b - 1 > start && (NOMINAL.contains(t.tag(b - 1)) || t.tag(b - 1).equals("ADJ"));
                if (!series) {
                    return k;
                }
            } else if (t.lower(b).equals("and") || t.lower(b).equals("or")) {
                closedBefore = true; // "a free, fair [and] rules-based …": the series closed before the cut
            } else if (!(NOMINAL.contains(tag) || tag.equals("ADJ") || tag.equals("DET") || gluedWord(t, b))) {
                return k;
            }
        }
        if (!series) {
            return k;
        }
        boolean closed = closedBefore;
        int e = k;
        for (; e < t.size() && e - k < MAX_SERIES_FINISH; e++) {
            String w = t.lower(e);
            String tag = t.tag(e);
            if (w.equals("and") || w.equals("or")) {
                if (closed) {
                    // "value and supply chains": a conjunction inside the last member's noun phrase
                    if (!(e + 1 < t.size() && NOMINAL.contains(t.tag(e + 1)))) {
                        break;
                    }
                }
                closed = true;
            } else if (w.equals(",")) {
                if (closed) {
                    break;
                }
            } else if (!(NOMINAL.contains(tag) || tag.equals("ADJ") || tag.equals("DET") && !closed || tag.equals("DET")
                    && t.lower(e - 1).matches("and|or") || gluedWord(t, e) || NAME_INNER_WORDS.contains(w) && e > 0 && t.capitalized(e - 1)
                    && e + 1 < t.size() && t.capitalized(e + 1))) {
                break;
            }
        }
        if (!closed || e - k >= MAX_SERIES_FINISH && e < t.size() && (NOMINAL.contains(t.tag(e)) || t.tag(e).equals("ADJ"))) {
            return k;
        }
        while (e > k && !NOMINAL.contains(t.tag(e - 1))) {
            e--;
        }
        // "…, and complete [their] procedures": a verb the tagger read as a noun, not the series' last member
        return e > k && (e == t.size() || !isNominal(t, e) && !t.tag(e).equals("DET") && !t.tag(e).equals("PRON")) ? e : k;
    }

    /**
     * The end of the name of capitalized words that the word limit cuts at token {@code k}, between two of its words
     * ("the U.S.-Singapore | Third Country Training Program"), when it closes within {@link #MAX_SERIES_FINISH} tokens
     * on a noun; else {@code k}. A name cut at its "of" is {@link #finishSeriesOrName}'s.
     */
    private static int finishCutName(Tagged t, int k, int start) {
        int before = k - 1;
        while (before > start && t.lower(before).equals("-") && t.glued(before)) {
            before--; // the hyphen of "U.S.-Singapore"
        }
        // (capitals are the name's mark, whatever the tagger read its words as: "Third/ADV Country/VERB")
        if (k >= t.size() || before <= start || !capitalWord(t, k) || !capitalWord(t, before)) {
            return k;
        }
        int e = k;
        while (e < t.size() && e - k < MAX_SERIES_FINISH && (capitalWord(t, e) || hyphenOfName(t, e))) {
            e++;
        }
        // (it closes where no capital, hyphen or small word of a name goes on, nor a noun it names: "the Drug Control
        // Program [agencies]" is cut as before)
        boolean closes = e == t.size() || !(capitalWord(t, e) || t.glued(e)) && !NAME_INNER_WORDS.contains(t.lower(e))
                && !(t.isWord(e) && NOMINAL.contains(t.tag(e)));
        return closes && e > k && capitalWord(t, e - 1) && (t.tag(e - 1).equals("NOUN") || t.tag(e - 1).equals("PROPN")) ? e : k;
    }

    /** A hyphen inside a name, or the word glued after it: "U.S.[-][Singapore]". */
    private static boolean hyphenOfName(Tagged t, int i) {
        return t.glued(i) && (t.lower(i).equals("-") || i > 0 && t.lower(i - 1).equals("-") && t.isWord(i));
    }

    private static boolean capitalWord(Tagged t, int i) {
        return i < t.size() && t.isWord(i) && t.capitalized(i) && NAME_WORD.matcher(t.lower(i)).matches();
    }

    /** A word of a name: letters, with the dots of initials ("U.S."), not a word run into markup ("Alfamino<sup"). */
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}\\d.’'&]+");

    /** A part of a hyphenated word ("rules-based"), not a dash that opens an aside ("exchanges—through"). */
    private static boolean gluedWord(Tagged t, int i) {
        return t.glued(i) && !DASHES.contains(t.lower(i)) && !(i > 0 && DASHES.contains(t.lower(i - 1)));
    }

    private static final Set<String> DASHES = Set.of("—", "–", "--");

    /**
     * The closing dash of an aside between em dashes inside a phrase ("trust[—not fear—]within"), when a word goes on
     * after it, or -1; a dash that joins two names or numbers ("U.S. – Italy") opens none.
     */
    static int dashAsideEnd(Tagged t, int open) {
        if (!t.lower(open).equals("\u2014")) {
            return -1;
        }
        int close = closingDash(t, open);
        return close > open + 1 && t.lower(close).equals("\u2014") && close + 1 < t.size() && t.isWord(close + 1) ? close : -1;
    }

    /** The dash that closes the aside the dash at {@code open} opens, within a short aside, or -1. */
    private static int closingDash(Tagged t, int open) {
        for (int k = open + 1; k < Math.min(t.size(), open + 2 * MAX_SKIP); k++) {
            if (DASHES.contains(t.lower(k))) {
                return k;
            }
            if (t.lower(k).equals(";") || t.lower(k).equals(":")) {
                return -1;
            }
        }
        return -1;
    }

    /** A word of a name: capitalized, and a noun or a modifier ("Indonesia's Ministry of Energy and Mineral Resources"). */
    private static boolean inName(Tagged t, int i) {
        return i < t.size() && t.capitalized(i) && (NOMINAL.contains(t.tag(i)) || t.tag(i).equals("ADJ"));
    }

    /** Small words inside names: "Ministry [of] Health [and] Welfare", "Agency [for] Technology". */
    private static final Set<String> NAME_INNER_WORDS = Set.of("of", "and", "for", "on");

    /** Words before "of" that open a choice between options: "the higher of the MFN rate or 15 percent". */
    private static final Set<String> CHOICE_HEADS = Set.of("higher", "lower", "greater", "lesser");
    /** A choice may take the action this far (each part of a hyphenated word counted), so that its last option is in it. */
    private static final int MAX_CHOICE_WORDS = MAX_TOTAL_WORDS + 4;
    /** The last option of a choice that the word limit cuts within this many words is finished. */
    private static final int MAX_OPTION_WORDS = 6;

    /**
     * The end of the complement of at most four words that word {@code k} is in, when it ends the phrase, else
     * {@code k}.
     */
    private static int closingComplement(Tagged t, int k, int start) {
        // "… do not exceed [10 percent]": a verb's short object that ends the phrase
        if (t.tag(k - 1).equals("VERB") && !t.glued(k - 1)) {
            int e = k;
            while (e < t.size() && e - k < 3 && (NOMINAL.contains(t.tag(e)) || t.tag(e).equals("DET"))) {
                e++;
            }
            if (e > k && t.tag(e - 1).equals("NOUN") && (e == t.size() || !t.isWord(e) || stopsAt(t, e, start))) {
                return e;
            }
        }
        int adp = k;
        while (adp > start + 1 && k - adp < 3 && !t.tag(adp).equals("ADP")) {
            adp--;
        }
        if (!t.tag(adp).equals("ADP")) {
            return k;
        }
        for (int e = Math.max(k + 1, adp + 2); e <= Math.min(t.size(), adp + 5); e++) {
            boolean nominal = true;
            for (int j = adp + 1; j < e && nominal; j++) {
                // a modifier the tagger read as a verb still opens the noun phrase: "by [forced or compulsory] labor"
                nominal = NOMINAL.contains(t.tag(j)) || t.tag(j).equals("DET") || t.tag(j).equals("CCONJ")
                        || t.tag(j).equals("VERB") && (j == adp + 1 || t.tag(j - 1).equals("CCONJ")) && j + 1 < t.size()
                                && (NOMINAL.contains(t.tag(j + 1)) || t.tag(j + 1).equals("CCONJ"));
            }
            if (!nominal) {
                return k;
            }
            if (t.tag(e - 1).equals("NOUN") && (e == t.size() || !t.isWord(e) || stopsAt(t, e, start))) {
                return e;
            }
        }
        return k;
    }

    /**
     * The end of the object noun phrase that a cut at {@code end} splits: its further nouns and modifiers ("critical
     * minerals [processing]", "high environmental [and labour standards]") or the "of" complement of its head ("the
     * adoption [of a moratorium]"); {@code end} where the cut falls at a phrase boundary.
     */
    private static int objectEnd(Tagged t, int verb, int end) {
        // after a preposition only a noun phrase that already has its noun is finished: "for critical minerals
        // [processing]", not "for the most [promising ones]", a complement the cut rightly leaves out
        int preposition = -1;
        for (int p = verb + 1; p < end; p++) {
            preposition = t.tag(p).equals("ADP") ? p : preposition;
        }
        boolean headed = preposition < 0;
        for (int p = preposition + 1; p > 0 && p < end && !headed; p++) {
            headed = t.tag(p).equals("NOUN") || t.tag(p).equals("PROPN");
        }
        if (!headed) {
            return end;
        }
        int k = end;
        // ("of" after a noun naming an act: "the adoption [of a standard]", not "the port [of Lobito]")
        if (k < t.size() && t.lower(k).equals("of") && t.tag(k - 1).equals("NOUN") && ACTION_NOUN.matcher(t.lower(k - 1)).matches()
                && k + 1 < t.size()) {
            k++;
            while (k < t.size() && (t.tag(k).equals("DET") || t.tag(k).equals("NUM"))) {
                k++;
            }
            if (k >= t.size() || !isNominal(t, k) && !t.tag(k).equals("VERB")) {
                return end;
            }
            k++;
        }
        // (the words after a conjunction go on with the noun phrase: "food and [agricultural products]")
        while (k < t.size() && k > 0 && (insideNounPhrase(t, k) || k > end && t.tag(k - 1).equals("CCONJ") && isNominal(t, k)
                || t.tag(k).equals("VERB") && t.lower(k).endsWith("ing")
                && NOMINAL.contains(t.tag(k - 1)) && (k + 1 == t.size() || !t.isWord(k + 1) || isBoundary(t, k + 1)))) {
            k++;
        }
        return k > end && !endsBadly(t, k) && !cutsWord(t, end, k) ? k : end;
    }

    /** Words that head a complement of their own after a noun: "areas [subject] to the jurisdiction", "[due] to". */
    private static final Set<String> COMPLEMENT_HEADS = Set.of("subject", "due", "pursuant", "prior", "contrary", "according");

    /**
     * Whether a phrase finished from {@code end} to {@code k} would stop inside a word or a phrase that goes on: before
     * the rest of a hyphened word ("the rights and [God]-given"), on a word that heads a complement ("areas [subject]
     * to"), or across a markup tag ("Alfamino&lt;sup&gt;").
     */
    private static boolean cutsWord(Tagged t, int end, int k) {
        if (k < t.size() && HYPHENS.matcher(t.lower(k)).lookingAt() || COMPLEMENT_HEADS.contains(t.lower(k - 1))) {
            return true;
        }
        for (int i = end; i < k; i++) {
            if (t.lower(i).indexOf('<') >= 0) {
                return true;
            }
        }
        return false;
    }

    /** How many words an action keeps at least where a cut goes before its purpose clause. */
    private static final int MIN_BEFORE_PURPOSE = 4;

    /**
     * Where a cut at the comma {@code p} falls inside a series of modifiers of one noun that a purpose clause's verb
     * takes ("to advance diverse, | secure, and sustainable supply chains"): before that purpose clause, as the comma
     * closes no phrase; {@code p} otherwise. The series is known by its end, "and" or "or" before the last modifiers
     * and their noun ("…, secure, and sustainable supply chains"); "to promote trade, fair competition and …" is none.
     */
    private static int beforeModifierSeries(Tagged t, int p, int start) {
        if (p <= start + 3 || !t.lower(p).equals(",") || !endsModifierSeries(t, p + 1)) {
            return p;
        }
        int q = p - 1;
        while (q > start && (t.lower(q).equals(",") || t.tag(q).equals("ADJ") || t.tag(q).equals("CCONJ"))) {
            q--;
        }
        // q is the verb, or the first modifier where the tagger read it as a noun ("advance/NOUN diverse/NOUN")
        // and what goes before the purpose clause is a whole action of its own, not "encourage efforts [to …]"
        for (int v = q; v >= q - 1; v--) {
            if (v - 1 > start + 1 && t.lower(v - 1).equals("to") && wordsBetween(t, start, v - 1) >= MIN_BEFORE_PURPOSE) {
                return v - 1;
            }
        }
        return p;
    }

    /** Whether modifiers from {@code i} run on to "and" or "or", further modifiers and a noun: "secure, and sustainable supply". */
    private static boolean endsModifierSeries(Tagged t, int i) {
        boolean joined = false;
        int modifiers = 0;
        for (int k = i; k < t.size() && k < i + 10; k++) {
            String tag = t.tag(k);
            if (tag.equals("ADJ")) {
                modifiers++;
            } else if (tag.equals("CCONJ")) {
                joined = true;
            } else if (!t.lower(k).equals(",")) {
                return joined && modifiers >= 2 && (tag.equals("NOUN") || tag.equals("PROPN"));
            }
        }
        return false;
    }

    /** Whether token {@code k} continues the noun phrase before it: "new nickel [and] cobalt", "rare [earth]". */
    private static boolean insideNounPhrase(Tagged t, int k) {
        return NOMINAL.contains(t.tag(k - 1)) && (isNominal(t, k)
                || t.tag(k).equals("CCONJ") && k + 1 < t.size() && NOMINAL.contains(t.tag(k + 1)));
    }

    /** A word of a noun phrase, also a gerund before its noun: "cobalt [processing] facility". */
    private static boolean isNominal(Tagged t, int k) {
        return NOMINAL.contains(t.tag(k)) || t.tag(k).equals("VERB") && t.lower(k).endsWith("ing") && k + 1 < t.size()
                && NOMINAL.contains(t.tag(k + 1));
    }

    /**
     * Where a conjunction after the preposition at {@code prep} (and before {@code cut}) follows a whole noun phrase of
     * two words or more in lower case, the end of the first of those it joins; -1 if none.
     */
    private static int firstWholeConjunct(Tagged t, int prep, int cut) {
        if (!t.tag(prep).equals("ADP")) {
            return -1;
        }
        for (int c = prep + 3; c < cut; c++) {
            if (t.tag(c).equals("CCONJ")) {
                // not inside a name ("Firearm Injury and Mortality Prevention grants")
                return t.tag(c - 1).equals("NOUN") && !t.capitalized(c - 1) && !t.tag(c + 1).equals("VERB") ? c : -1;
            }
            if (!t.isWord(c)) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a phrase may end before token {@code p}: a preposition, punctuation or a new verb starts there. */
    private static boolean isBoundary(Tagged t, int p) {
        String tag = t.tag(p);
        return tag.equals("ADP") || tag.equals("SCONJ") || tag.equals("AUX") || tag.equals("PUNCT") && !t.glued(p) || t.lower(p).equals("to")
                || tag.equals("CCONJ") && p + 1 < t.size() && t.tag(p + 1).equals("VERB");
    }

    /** A noun by its ending, whatever the tagger read it as: "authorization", "agreement". */
    private static final Pattern MISREAD_NOUN = Pattern.compile("\\p{L}{4,}(?:tion|sion|ment)");

    /**
     * The end of the noun a possessive the limit cut from it owns, where it closes within {@value #MAX_FINISH_WORDS} words
     * and the whole stays within {@value #MAX_TOTAL_WORDS}: "sell a stake … to Saudi Arabia's [Manara Minerals]".
     */
    private static int possessedEnd(Tagged t, int end, int start) {
        if (end <= start || end >= t.size() || !POSSESSIVE.matcher(t.lower(end - 1)).matches()) {
            return end;
        }
        // "the region's shared [interests]", "Energy's [activities] related to …": the first noun that closes the phrase
        for (int k = end; k < t.size() && k - end < MAX_FINISH_WORDS; k++) {
            boolean noun = t.tag(k).equals("NOUN") || t.tag(k).equals("PROPN");
            if (!noun && !t.tag(k).equals("ADJ") && !(t.tag(k).equals("VERB") && t.lower(k).endsWith("ed"))) {
                return end;
            }
            boolean closes = k + 1 == t.size() || !t.tag(k + 1).equals("NOUN") && !t.tag(k + 1).equals("PROPN") && !t.glued(k + 1);
            if (noun && closes) {
                return wordsBetween(t, start, k + 1) <= MAX_TOTAL_WORDS ? k + 1 : end;
            }
        }
        return end;
    }

    /** How many words may stand between the gerund after "keep" and its "until": "keep [working on the roadmap] until". */
    private static final int MAX_KEEP_UNTIL_WORDS = 6;

    /** How many words the subject of an "until" clause may have before its verb: "until [the first projects selected] reach". */
    private static final int MAX_UNTIL_SUBJECT_WORDS = 8;

    /**
     * Whether {@code k} is "keep" with a gerund whose end point follows in an "until" clause ("keep talking until an
     * arrangement is reached"): kept up until a state is reached, the act is more than its gerund's verb. A date after
     * "until" is a deadline, not an end point ("keep working until June 2027").
     */
    private static boolean keepsUntil(Tagged t, int k) {
        if (k + 2 >= t.size() || !(t.lower(k).equals("keep") || t.lower(k).equals("keeps")) || !t.lower(k + 1).endsWith("ing")) {
            return false;
        }
        for (int j = k + 2; j < Math.min(t.size() - 1, k + 2 + MAX_KEEP_UNTIL_WORDS); j++) {
            if (!t.isWord(j)) {
                return false;
            }
            if (t.lower(j).equals("until")) {
                // a clause with a verb of its own ("until an arrangement is reached"), not a time ("until the end of 2027")
                for (int v = j + 2; v < Math.min(t.size(), j + 2 + MAX_UNTIL_SUBJECT_WORDS) && t.isWord(v); v++) {
                    if (t.tag(v).equals("VERB") || t.tag(v).equals("AUX")) {
                        return deadlineEnd(t, j) <= j;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** A possessive word: "Arabia's", "world’s", "'s" split from its noun by the tokenizer. */
    private static final Pattern POSSESSIVE = Pattern.compile("(?:\\p{L}*)['’]s");

    private static boolean endsBadly(Tagged t, int end) {
        String tag = t.tag(end - 1);
        if (end >= 2 && (t.lower(end - 2).equals("each") && t.lower(end - 1).equals("other")
                || t.lower(end - 2).equals("one") && t.lower(end - 1).equals("another"))) {
            return false; // "consult each other", "consult one another": a pronoun, not "other" cut from its noun
        }
        if (end >= 2 && PARTICLES.contains(t.lower(end - 1)) && t.tag(end - 2).equals("VERB") && (end == t.size() || !t.isWord(end)
                || t.tag(end).equals("SCONJ") || t.matchAt(Section.CLAUSE, end) > end)) {
            return false; // "never give up [until …]": the particle of a phrasal verb
        }
        // "between EU-" cut from "between EU- and US-based bodies": half a word
        if (t.lower(end - 1).endsWith("-") || t.lower(end - 1).endsWith("‐")) {
            return true;
        }
        // "for battery-grade" cut from "for battery-grade lithium"
        if (end >= 2 && t.glued(end - 1) && end < t.size() && NOMINAL.contains(t.tag(end))) {
            return true;
        }
        // "objects identified above [that]" cut from its clause; "change that." and "ensure that, …" end well
        if (t.lower(end - 1).equals("that") && end < t.size() && t.isWord(end)) {
            return true;
        }
        // "to 30%": the percent sign is part of its figure
        if (end >= 2 && t.lower(end - 1).equals("%") && !t.spaceAfter(end - 2) && Character.isDigit(t.lower(end - 2).charAt(t.lower(end - 2).length() - 1))) {
            return false;
        }
        // "do everything we can", "do what it can": the modal closes the clause
        // ("do everything we [possibly] can": an adverb may come between the subject and the modal)
        int modalSubject = end >= 3 && MODALS.contains(t.lower(end - 1)) && t.tag(end - 2).equals("ADV") ? end - 3 : end - 2;
        if (end >= 3 && modalSubject >= 1 && MODALS.contains(t.lower(end - 1)) && t.tag(modalSubject).equals("PRON")
                && Set.of("everything", "all", "what", "whatever", "anything").contains(t.lower(modalSubject - 1))) {
            return false;
        }
        // "do just that", "achieve exactly that": "that" as the verb's object at the sentence's end is a pronoun
        if (end >= 2 && t.lower(end - 1).equals("that") && (end == t.size() || isSentenceEnd(t, end))
                && (t.isVerb(end - 2) || t.tag(end - 2).equals("ADV") && end >= 3 && t.isVerb(end - 3))) {
            return false;
        }
        // "the families we grew up [with]", "the partners we work [with]": a preposition stranded at the end of a relative
        // clause with a pronoun subject closes it
        int strandedVerb = end >= 3 && PARTICLES.contains(t.lower(end - 2)) ? end - 3 : end - 2;
        if (tag.equals("ADP") && (end == t.size() || !t.isWord(end)) && strandedVerb >= 2 && t.tag(strandedVerb).equals("VERB")
                && t.tag(strandedVerb - 1).equals("PRON") && NOMINAL.contains(t.tag(strandedVerb - 2))) {
            return false;
        }
        // "employment [authorization] through June": a noun the tagger read as a preposition before a deadline ends well
        if (tag.equals("ADP") && MISREAD_NOUN.matcher(t.lower(end - 1)).matches()) {
            return false;
        }
        if (!t.isWord(end - 1) || NO_END.contains(tag) || t.matchAt(Section.NO_END, end - 1) == end) {
            return !t.lower(end - 1).equals(")");
        }
        // "the entire 1.87" cut from "1.87 million acres": a figure before its unit
        if (tag.equals("NUM") && t.lower(end - 1).matches(".*\\d.*") && end < t.size()
                && Set.of("NUM", "NOUN", "ADJ").contains(t.tag(end)) && t.matchAt(Section.DEADLINE, end) == end) {
            return true;
        }
        if (tag.equals("PRON") && end < t.size() && NOMINAL.contains(t.tag(end))) {
            return true; // "their" before its noun
        }
        // "products originating" cut from "products originating in the United States"
        String last = t.lower(end - 1);
        // "streamline permitting [consistent with] …", "cooperate on mineral processing [within the framework of] …": a
        // word in -ing before a qualifier is a noun, the qualifier is what was cut
        // ("critical minerals traded" cut from "traded between the Parties" is still a participle without its complement)
        if (tag.equals("VERB") && last.endsWith("ing") && end < t.size() && t.matchAt(Section.QUALIFIER, end) > end) {
            return false;
        }
        // ("have the plant running [by 2027]": the participle before a deadline completes the object); "tariffs imposed"
        // cut from "imposed to protect …", whose purpose is left out (the tagger may read it as an adjective; "the relief
        // families need" ends on a verb)
        if (tag.equals("VERB") && (last.endsWith("ing") || last.endsWith("ed")) && end >= 2 && NOMINAL.contains(t.tag(end - 2))
                && end < t.size() && (t.tag(end).equals("ADP") || t.tag(end).equals("DET")) && deadlineEnd(t, end) == end
                || (tag.equals("VERB") || tag.equals("ADJ")) && last.endsWith("ed") && !last.endsWith("eed") && end >= 2
                && NOMINAL.contains(t.tag(end - 2))
                && end + 1 < t.size() && t.lower(end).equals("to") && t.isVerb(end + 1)) {
            return true;
        }
        // "products incorporating" cut from "incorporating processed minerals"; "nickel processing" cut from "facility";
        // "all processed" cut from "processed minerals"
        if (tag.equals("VERB") && (last.endsWith("ing") || last.endsWith("ed") && end >= 2 && !t.isVerb(end - 2))
                && end < t.size() && NOMINAL.contains(t.tag(end))) {
            return true;
        }
        // "…, and address" cut from its object: the coordinated verb goes with it
        if (tag.equals("VERB") && end >= 3 && t.tag(end - 2).equals("CCONJ") && end < t.size()
                && (NOMINAL.contains(t.tag(end)) || t.tag(end).equals("DET"))) {
            return true;
        }
        // "honor all those [who]" cut from its clause: the relative pronoun goes with it
        if (end >= 2 && (t.lower(end - 1).equals("who") || t.lower(end - 1).equals("whom")) && end < t.size() && t.isWord(end)) {
            return true;
        }
        // "review the factors to determine" cut from "when and how the mission ends": a purpose's verb without its question
        if (tag.equals("VERB") && end >= 2 && t.lower(end - 2).equals("to") && end < t.size() && WH_WORDS.contains(t.lower(end))) {
            return true;
        }
        // "connect schools to robust" cut from "robust, inclusive, and secure internet", "as an outcomes-oriented" from
        // ", whole-of-government endeavor": an adjective after its determiner or preposition, before the comma of a series
        int nextModifier = end + 2 < t.size() && t.tag(end + 1).equals("CCONJ") ? end + 2 : end + 1;
        if (nextModifier < t.size() && t.lower(end).equals(",") && attributiveBefore(t, end - 1)
                && (t.tag(nextModifier).equals("ADJ") || t.tag(nextModifier).equals("ADV") && t.lower(nextModifier).endsWith("ly")
                || t.isWord(nextModifier) && nextModifier + 1 < t.size() && t.glued(nextModifier + 1))) {
            return true;
        }
        // "to expand" cut from its object, "to set" from "out the parameters"
        int object = end < t.size() && PARTICLES.contains(t.lower(end)) ? end + 1 : end;
        if (tag.equals("VERB") && end - 1 > 0 && t.lower(end - 2).equals("to") && object < t.size()
                && (NOMINAL.contains(t.tag(object)) || t.tag(object).equals("DET") || t.tag(object).equals("PRON"))) {
            return true;
        }
        // "… can successfully meet" cut from "its objectives": a verb without the object that follows it
        if (tag.equals("VERB") && end >= 3 && end < t.size() && (t.tag(end).equals("DET") || t.tag(end).equals("PRON"))
                && !t.lower(end).equals("that") && (t.tag(end - 2).equals("ADV") || t.tag(end - 2).equals("AUX"))) {
            return true;
        }
        // "on a reciprocal [and mutually advantageous basis]", "next generation critical [and emerging technology]": an
        // adjective cut from the coordination that ends at its noun
        if (tag.equals("ADJ") && end + 1 < t.size() && t.tag(end).equals("CCONJ")
                && (t.tag(end + 1).equals("ADV") && t.lower(end + 1).endsWith("ly") || t.tag(end + 1).equals("ADJ")
                && end + 2 < t.size() && (t.tag(end + 2).equals("NOUN") || t.tag(end + 2).equals("PROPN")))) {
            return true;
        }
        // "on a reciprocal and mutually" cut from "mutually advantageous basis", "invest even" cut from "even more"
        if (tag.equals("ADV") && end < t.size() && (t.tag(end).equals("ADJ") || t.tag(end).equals("ADV") || t.tag(end).equals("VERB"))) {
            return true;
        }
        // "projects in Australia suitable" cut from "suitable for investment"
        // ("make information available [upon implementation of …]": a qualifier follows, no complement of the adjective)
        // ("keep markets open [to foster competition]": a purpose was cut after the object's complement, which stays)
        if (tag.equals("ADJ") && end >= 2 && (t.tag(end - 2).equals("PROPN") || t.tag(end - 2).equals("NOUN"))
                && end < t.size() && t.tag(end).equals("ADP") && t.matchAt(Section.QUALIFIER, end) == end
                && !(t.lower(end).equals("to") && end + 1 < t.size() && complementOfVerb(t, end - 1)
                        && (t.tag(end + 1).equals("VERB") || t.matchAt(Section.PURPOSE_VERB, end + 1) > end + 1))) {
            return true;
        }
        // "a stable" cut from "a stable supply"
        return tag.equals("ADJ") && end < t.size() && NOMINAL.contains(t.tag(end)) && !t.tag(end).equals("ADJ");
    }

    /**
     * Whether the word at {@code k} is an adjective, alone or the last word of a hyphened one ("outcomes-oriented"),
     * right after a determiner or a preposition, so before a noun still to come.
     */
    private static boolean attributiveBefore(Tagged t, int k) {
        if (k < 1 || !t.tag(k).equals("ADJ") && !(t.glued(k) && t.isWord(k))) {
            return false;
        }
        int b = k;
        while (b > 0 && t.glued(b)) {
            b--; // to the first word of a hyphened adjective
        }
        // (or after an adjective of the same series: "create obscene, [abusive]")
        return b > 0 && (b < k || t.tag(k).equals("ADJ")) && (t.tag(b - 1).equals("DET") || t.tag(b - 1).equals("ADP")
                || b > 2 && t.lower(b - 1).equals(",") && t.tag(b - 2).equals("ADJ") && !t.glued(b - 2)
                && (t.tag(b - 3).equals("VERB") || attributiveBefore(t, b - 2)));
    }

    /**
     * Whether the adjective at {@code k} completes the verb's object ("keep [their] markets open"), a verb a few words
     * before it with no preposition between ("funding [necessary]" after "in" qualifies a noun).
     */
    private static boolean complementOfVerb(Tagged t, int k) {
        for (int i = k - 1; i >= 0 && i >= k - 4; i--) {
            if (t.tag(i).equals("VERB")) {
                return i < k - 1;
            }
            if (!(NOMINAL.contains(t.tag(i)) || t.tag(i).equals("DET") || t.tag(i).equals("PRON"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * A past participle that opens a modifier of the object: "restrictions [imposed by third countries]". The action
     * may keep it (a reader often needs it), but a coordinated action after it is still the pledge's.
     */
    private static boolean isReducedRelative(Tagged t, int k, int start) {
        String w = t.lower(k);
        return k >= start + 2 && k + 1 < t.size() && t.tag(k).equals("VERB") && w.endsWith("ed")
                && t.tag(k - 1).equals("NOUN") && t.tag(k + 1).equals("ADP") && !PARTICLES.contains(t.lower(k + 1));
    }

    /** Heads that say nothing without the relative clause after them: "the extent to which …", "the manner in which …". */
    private static final Set<String> EMPTY_HEADS = Set.of("extent", "degree", "manner", "way", "ways");

    /** Nouns that a number after them makes a reference to a part of a text: "sections 202 through 206". */
    private static final Set<String> REFERENCE_NOUNS = Set.of("section", "sections", "subsection", "subsections", "paragraph",
            "paragraphs", "clause", "clauses", "article", "articles", "chapter", "chapters", "part", "parts", "title", "titles");

    /** The label of a part of a text in parentheses: "(c)", "(2)", "(iv)". */
    private static final Pattern REFERENCE_LABEL = Pattern.compile("[a-z]|\\d{1,3}|[ivx]{1,5}");

    /** Whether the "through" at {@code k} closes a range of parts of a text ("sections 202 [through] 206"), no deadline. */
    private static boolean referenceRange(Tagged t, int k) {
        return k >= 2 && t.lower(k).equals("through") && SECTION_NUMBER.matcher(t.lower(k - 1)).matches()
                && REFERENCE_NOUNS.contains(t.lower(k - 2));
    }

    /**
     * Third-person verbs that take "to" and a verb of their own ("and hopes to"): after "and" they open the subject's
     * next clause; a noun the tagger reads as a verb does not ("listening sessions with drivers and advocates to hear").
     */
    private static final Set<String> VERBS_BEFORE_TO = Set.of("hopes", "plans", "intends", "seeks", "expects", "wants",
            "aims", "continues", "stands", "pledges", "vows", "promises", "agrees", "wishes", "undertakes", "remains",
            "stays", "commits", "looks");

    private static boolean stopsAt(Tagged t, int k, int start) {
        String w = t.lower(k);
        // "…, as well as their support for [the application of …]": a second pledge of the parties' own, read in nextAction()
        if (w.equals(",") && k > start + 1 && supportAfterAsWellAs(t, k + 1) > 0) {
            return true;
        }
        // "… in Ohio and $2 billion to build …": the next item of money
        if ((w.equals("and") || w.equals(",")) && k > start + 1 && k + 1 < t.size()
                && afterAmount(t, k + 1) > k + 1) {
            return true;
        }
        // "." closes a heading run into its text ("Updating the Basic Bargain. Public investments …")
        if (w.equals("–") && k > start && inName(t, k - 1) && inName(t, k + 1)) {
            return false; // "strengthen the U.S. – Italy alliance": a dash that joins two names, no aside
        }
        if (w.equals(";") || w.equals(":") || w.equals("—") || w.equals("–") || w.equals("--") || w.equals(")") || w.equals(".") && t.spaceAfter(k) && k > 0 && !t.lower(k - 1).contains(".") && !t.middleInitial(k)) {
            return true;
        }
        // "do so[, from surging aid to imposing sanctions]": an act that refers back is whole; a range after it only
        // illustrates it ("do so in the year ahead" keeps its complement)
        if (k >= start + 2 && t.lower(k - 1).equals("so") && t.lower(k - 2).equals("do") && (w.equals("from") || w.equals(","))) {
            return true;
        }
        if (w.equals("which") && k > start + 2 && t.tag(k - 1).equals("ADP") && EMPTY_HEADS.contains(t.lower(k - 2))) {
            return false; // "assess the extent [to which] supply can meet demand": the clause is what is assessed
        }
        if (w.equals("which") && k > start + 2 && t.tag(k - 1).equals("ADP") && prepositionalRelativeFits(t, k, start)) {
            return false; // "map the sites [on which] the partners will build plants": the clause says which sites
        }
        // "act against those [who] abet the trade": the clause says who "those" are, the pronoun alone names no one
        if ((w.equals("who") || w.equals("that")) && k > start + 1 && t.lower(k - 1).equals("those")) {
            return false;
        }
        // "consult such agencies [as the Secretary deems appropriate]": whose judgment picks them, no part of the act
        if (w.equals("as") && k > start + 1 && judgmentClause(t, k + 1)) {
            return true;
        }
        if (w.equals("including") && k > start + 1 && t.tag(k - 1).equals("ADP") && !t.lower(k - 1).equals("to")) {
            return false; // "a process for [including] further articles": a gerund after its preposition, no example
        }
        // "combat corruption[, such as tackling] shell companies": acts given as examples after a comma, as after
        // "including"; so are names: "work with partners[, such as Chile, Peru and Brazil]" ("minerals such as lithium"
        // names which minerals and stays; "stakeholders[, such as those in industry]" gives examples too)
        if (w.equals("such") && k > start + 1 && t.lower(k - 1).equals(",") && k + 2 < t.size() && t.lower(k + 1).equals("as")
                && (t.lower(k + 2).endsWith("ing") && t.lower(k + 2).length() > MIN_GERUND && !ING_ADJECTIVES.contains(t.lower(k + 2))
                        || t.capitalized(k + 2) || t.tag(k + 2).equals("DET") || t.lower(k + 2).equals("those")
                        // "explore financing instruments[, such as loans] …": common nouns given as examples too
                        || NOMINAL.contains(t.tag(k + 2)))) {
            return true;
        }
        // "work together on exploring [which] tools could help": the question after a verb that asks it is its object
        // (not after a purpose's verb cut from its noun: "review the factors to determine [when] …" ends before it)
        if (WH_WORDS.contains(w) && k > start && asksWhether(t, k, start) && !purposeVerbAt(t, k - 1, start)) {
            return false;
        }
        if (w.equals("if") && k > start && asksWhether(t, k, start)) {
            return false; // "determine [if] a project is suitable": the question is what is determined
        }
        // "direct agencies to work [in a coordinated way] to map deposits": a manner inside a light verb's phrase
        if (k > start && (t.matchAt(Section.LIGHT_VERB, k - 1) > k || k - 1 > start && t.matchAt(Section.LIGHT_VERB, k - 2) > k)) {
            return false;
        }
        if (w.equals("until") && keepsUntil(t, start)) {
            return false; // "keep consulting until the projects reach a decision": the end point says what is kept up
        }
        if (t.matchAt(Section.QUALIFIER, k) > k || deadlineEnd(t, k) > k && !referenceRange(t, k) || t.matchAt(Section.CLAUSE, k) > k && !describesBareNoun(t, k, start)
                || t.matchAt(Section.FREQUENCY, k) > k) {
            return true;
        }
        if (w.equals("for") && k > start + 1 && servesInterests(t, k + 1)) {
            return true;
        }
        // "build reserves [to mitigate disruptions]": a purpose after the object, not the pledge
        // ("take measures [to ensure …]" names its act only in the purpose: it stays; so does the purpose of working
        // with a counterpart or of a means: "work with India to enhance investments" is to enhance them)
        if (w.equals("to") && k > start + 1 && k + 1 < t.size() && NOMINAL.contains(t.tag(k - 1))
                && t.matchAt(Section.PURPOSE_VERB, k + 1) > k + 1 && (t.matchAt(Section.MEANS_NOUN, k - 1) == k - 1
                        // ("a commitment to ensure that …": a pledge's clause of "that" is left out, as a purpose's is)
                        || t.lower(k - 1).startsWith("commitment") && k + 2 < t.size() && t.lower(k + 2).equals("that"))
                && !agentAfterMeans(t, k, start) && !purposeIsTheAct(t, start, k)) {
            return true;
        }
        // "the next iteration [of what we hope …]": a clause as the object of "of"
        if (w.equals("what") && k > start + 1 && (t.lower(k - 1).equals("of") || t.tag(k - 1).equals("NOUN"))) {
            return true;
        }
        // a relative clause: "projects that will …", not "ensure that …", whose clause is the content of the action
        // ("cooperate to ensure that …": after a verb with no object, the clause is the content of both; after an object,
        // "establish procedures to ensure that …", it is a purpose, cut as the purpose is)
        // (not "that" before a noun that ends the sentence, a determiner: "undermine [that] strength.")
        if (w.equals("that") && k > start + 1 && !t.tag(k - 1).equals("ADV") && !t.tag(k - 1).equals("ADP")
                && !(k + 2 <= t.size() && t.tag(k + 1).equals("NOUN") && (k + 2 == t.size() || isSentenceEnd(t, k + 2)))
                && !t.isHeadVerb(k - 1, start) && !followsSurePhrase(t, k) && !definesObject(t, k, start)
                && !(k >= start + 3 && t.lower(k - 2).equals("to") && t.matchAt(Section.CLAUSE_HEAD, k - 1) == k
                        && (t.tag(k - 3).equals("VERB") || t.tag(k - 3).equals("ADV")
                        // "take all appropriate actions to ensure that …": a means names no act, what it ensures does
                        // (not where the clause is given in items after a colon: "to ensure that:")
                        || t.matchAt(Section.MEANS_NOUN, k - 3) > k - 3 && k + 1 < t.size() && t.isWord(k + 1)))
                // "consider [requiring] that …": the clause is the object of the gerund that is the head verb's object
                && !(k >= start + 2 && t.isHeadVerb(k - 2, start) && t.matchAt(Section.THAT_GERUND, k - 1) == k)) {
            return true;
        }
        // "…, Reuters reported", "…, the ministry said": who reports the pledge, not part of it
        if (w.equals(",") && k > start + 1 && attribution(t, k + 1)) {
            return true;
        }
        // "other ways [it can support …]": a clause of the object, opened by its subject
        if (k > start + 1 && CLAUSE_SUBJECTS.contains(w) && t.tag(k - 1).equals("NOUN") && k + 1 < t.size()
                && (t.tag(k + 1).equals("AUX") || t.tag(k + 1).equals("VERB"))) {
            return true;
        }
        // "deepen ties and expand trade": a second action once the first has its object
        // ("goods produced by [forced or compulsory] labor" joins two modifiers of one noun, not two actions)
        if (t.tag(k).equals("CCONJ") && k + 1 < t.size() && t.isVerbLike(k + 1, start) && k - start >= 2
                // (a sector's noun the tagger read as a verb closes the object too: "expand mining and [processing] and …")
                && (NOMINAL.contains(t.tag(k - 1)) || ING_NOUNS.contains(t.lower(k - 1)) && t.tag(k - 2).equals("CCONJ"))
                && hasComplement(t, k + 1) && !isModifierAfterPreposition(t, k - 1)
                && !onlyGerundsBefore(t, start, k)
                && !joinsNounsAfterOf(t, k, start) && !onlyModifiersBefore(t, start, k) && !closesActivityNouns(t, k)
                && !gerundsShareObject(t, k) && !describesNoun(t, k + 1)) {
            return true;
        }
        // "support the people [and recognizes] the role of …": a third-person verb after "and" is the subject's next
        // clause when the action's verb is a base form or gerund and no clause inside the action has a verb of that form
        // ("ensure that the agency reviews … and reports …" joins two verbs of its clause)
        // ("[and looks forward] to working with …", "[and hopes] to finish …": its next verb, whatever follows it)
        if (t.tag(k).equals("CCONJ") && k > start + 1 && k + 2 < t.size() && t.tag(k + 1).equals("VERB") && t.form(k + 1).equals("s")
                && !t.capitalized(k + 1) && (OBJECT_START.contains(t.tag(k + 2)) && !t.tag(k + 2).equals("ADJ")
                        || t.lower(k + 2).equals("to") && VERBS_BEFORE_TO.contains(t.lower(k + 1)) || t.lower(k + 2).equals("forward"))
                && !t.form(start).equals("s") && !t.form(start).equals("ed") && !finiteVerbBetween(t, start + 1, k)) {
            return true;
        }
        // "strengthen the collaboration [and identified] two ports": a past verb after "and" with its object reports what
        // the subject did besides, when the action's verb is a base form
        if (t.tag(k).equals("CCONJ") && k > start + 1 && k + 2 < t.size() && t.tag(k + 1).equals("VERB") && t.form(k + 1).equals("ed")
                && !t.capitalized(k + 1) && (t.tag(k + 2).equals("DET") || t.tag(k + 2).equals("PRON") || t.tag(k + 2).equals("NUM"))
                && t.form(start).isEmpty() && !t.lower(start).endsWith("ed") && !finiteVerbBetween(t, start + 1, k)) {
            return true;
        }
        // "…, and the Japanese side will …": a clause with a pledge of its own
        if ((w.equals(",") || w.equals("and")) && k > start + 1 && clauseAction(t, k) >= 0) {
            return true;
        }
        // "contribute $18bn [and the World Bank is pledging $22bn]", "[, and the agreement covers loans]": a clause with
        // a subject and a finite verb of its own, reported beside the pledge
        if ((w.equals(",") || w.equals("and")) && k > start + 1 && finiteClause(t, k)) {
            return true;
        }
        // "a working group [focused on …]", "the tariffs [imposed during …]", "the fund [announced at …]": a
        // participle that describes the object after it is complete ("goods produced by forced labor" stays)
        if (k > start + 2 && t.tag(k).equals("VERB") && w.endsWith("ed") && !t.glued(k) && NOMINAL.contains(t.tag(k - 1))
                && k + 1 < t.size() && DESCRIBING_PREPOSITIONS.contains(t.lower(k + 1))) {
            return true;
        }
        // "build a plant in Texas [after signing a contract with …]": when the act comes, told by another act of the
        // party, once the object is complete ("obtain consent [before disclosing] data" is the duty's condition, and stays)
        if (w.equals("after") && k > start + 2 && NOMINAL.contains(t.tag(k - 1)) && k + 1 < t.size()
                && t.isVerb(k + 1) && t.lower(k + 1).endsWith("ing")) {
            return true;
        }
        // "maintain the quota system [with the minister ruling out revisions]": an absolute clause goes with the act
        if (w.equals("with") && k > start + 1 && absoluteClause(t, k + 1)) {
            return true;
        }
        // "by aligning …", "through leveraging …": the means, not the action
        // ("achieve this by utilizing …": after a pronoun that names nothing, the means is the content)
        // (the tagger reads many a gerund after "by" as a noun or adjective: "by [pooling] public funds")
        if ((w.equals("by") || w.equals("through")) && k + 2 < t.size() && t.lower(k + 1).endsWith("ing")
                && (t.isVerb(k + 1) || t.lower(k + 1).length() > MIN_GERUND && OBJECT_START.contains(t.tag(k + 2))
                || t.lower(k + 1).length() > MIN_GERUND && (t.tag(k + 1).equals("NOUN") || t.tag(k + 1).equals("ADJ"))
                && (NOMINAL.contains(t.tag(k + 2)) || adverbBeforeNoun(t, k + 2)) && !ING_ADJECTIVES.contains(t.lower(k + 1))
                // "by [implementing and enforcing] controls": two gerunds of one object, whatever the first was read as
                || t.lower(k + 1).length() > MIN_GERUND && t.tag(k + 2).equals("CCONJ") && k + 3 < t.size()
                && t.lower(k + 3).endsWith("ing") && t.lower(k + 3).length() > MIN_GERUND && !ING_ADJECTIVES.contains(t.lower(k + 3))
                // "by [collaborating] to secure …", "through [partnering] with …": a gerund without an object of its own
                || t.lower(k + 1).length() > MIN_GERUND && !ING_ADJECTIVES.contains(t.lower(k + 1))
                && (t.lower(k + 2).equals("to") || t.lower(k + 2).equals("with")))
                && !(k == start + 2 && t.tag(k - 1).equals("PRON")) && !refersBack(t, k, start)) {
            return true;
        }
        // "promote a level playing field [through closer coordination]": a means named by a common noun, after the
        // object; so is the body the act goes through when nothing of the act follows it ("take a stake in the project
        // [through the state fund]"), while one between the act's complements stays ("provide guarantees through EXIM
        // for smelting projects")
        if ((w.equals("through") || w.equals("via")) && k > start + 1 && NOMINAL.contains(t.tag(k - 1))
                && (meansNamedByNoun(t, k + 1) || !t.tag(k - 1).equals("NUM") && endsAfterChannel(t, k + 1))) {
            return true;
        }
        // "advance cooperation on graphite [under the Minerals Security Partnership]": the named framework an act comes
        // under, last in the act, as a channel is ("supply cobalt under offtake agreements" names the terms and stays)
        if (w.equals("under") && k > start + 1 && NOMINAL.contains(t.tag(k - 1)) && !t.tag(k - 1).equals("NUM")
                && namedAt(t, k + 1) && endsAfterChannel(t, k + 1)) {
            return true;
        }
        // ", a bank official said", ", according to …": the report's attribution
        if (w.equals(",") && (saidAfterComma(t, k) || k + 1 < t.size() && t.lower(k + 1).equals("according"))) {
            return true;
        }
        if (w.equals(",") && k + 1 < t.size()) {
            // "resume purchases of soybeans[, a key demand of the farm lobby]": an apposition describes the object
            // (also after a short name in parentheses: "Khanij Bidesh India Ltd (KABIL)[, a joint venture …]")
            if (k - start >= 3 && (NOMINAL.contains(t.tag(k - 1)) || t.lower(k - 1).equals(")")) && apposition(t, k + 1)) {
                return true;
            }
            // "in the exploration, processing and recycling of nickel": a series of nouns goes on to its last one
            if (NOMINAL.contains(t.tag(k - 1)) && continuesSeries(t, k)) {
                return false;
            }
            // "convene regular, structured, high-level dialogues": a participle among modifiers of one noun, no
            // consequence
            if (modifierSeriesToNoun(t, k, start)) {
                return false;
            }
            int next = k + 1;
            if (t.tag(next).equals("CCONJ")) {
                next++;
            }
            if (next < t.size()) {
                String nw = t.lower(next);
                // ", ensuring …", ", thereby …": a consequence
                if (t.isVerb(next) && (nw.endsWith("ing") || nw.endsWith("ed")) && !t.lower(k - 1).endsWith(nw.substring(nw.length() - 2))) {
                    return true;
                }
                // ", alternating between …", ", building on …": a participle clause the tagger took for another word
                if (nw.length() > 5 && nw.endsWith("ing") && !t.lower(k - 1).endsWith("ing") && next + 1 < t.size()
                        && (t.tag(next + 1).equals("ADP") && !t.lower(next + 1).equals("of") || t.tag(next + 1).equals("DET"))) {
                    return true;
                }
                // "batteries, semiconductors and …": a list of like words goes on; anything else after a few words
                // is another action, an aside or a new clause
                boolean list = (NOMINAL.contains(t.tag(next)) || pluralReadAsVerb(t, next) || nounReadAsVerb(t, next)) && NOMINAL.contains(t.tag(k - 1))
                        || t.isVerb(next) && t.isVerb(k - 1) || t.tag(next).equals("DET")
                        // "train staff to monitor, [prepare] for, and [respond] to floods": verbs of one object after
                        // "to", however the tagger read the first, and after one left on its preposition
                        || t.isVerb(next) && (k - 2 >= start && t.lower(k - 2).equals("to") && !t.capitalized(k - 1)
                        && !t.lower(k - 1).endsWith("s") || t.tag(k - 1).equals("ADP") && !t.capitalized(k - 1) && t.isVerb(k - 2))
                        || nw.endsWith("ing") && t.lower(k - 1).endsWith("ing")
                        // "the survey, mapping, production and …": a gerund the tagger read as a verb, between nouns of
                        // one series
                        || NOMINAL.contains(t.tag(next)) && t.lower(k - 1).endsWith("ing") && t.lower(k - 1).length() > MIN_GERUND
                        && k - 3 >= start && t.lower(k - 2).equals(",") && NOMINAL.contains(t.tag(k - 3))
                        // "a voluntary, nonbinding written code": modifiers of one noun after an article, however
                        // the tagger read them
                        || modifiersOfOneNoun(t, k, start) || adjectiveReadAsAdverb(t, k, next)
                        // "harmonized, responsible, pro-innovation policy": adjectives of one noun
                        || t.tag(next).equals("ADJ") && (t.tag(k - 1).equals("ADJ") || t.tag(k - 1).equals("VERB")
                        && t.lower(k - 1).endsWith("ed") && k - 2 >= start && !NOMINAL.contains(t.tag(k - 2)))
                        // "job-creating, greenfield investment": a hyphenated modifier before the next one
                        // (the tagger reads the modifier after it as a verb as often as not)
                        || gluedWord(t, k - 1) && (t.lower(k - 1).endsWith("ing") || t.lower(k - 1).endsWith("ed"))
                        && !t.capitalized(next) && next + 1 < t.size() && NOMINAL.contains(t.tag(next + 1));
                return !list && wordsBetween(t, start, k) >= 3;
            }
        }
        return false;
    }

    /**
     * Whether the word after the comma at {@code k} is an adjective of a series the tagger read as an adverb, between
     * two others: "clean, sustainable, [just], affordable and inclusive energy".
     */
    private static boolean adjectiveReadAsAdverb(Tagged t, int k, int next) {
        return t.tag(k - 1).equals("ADJ") && t.tag(next).equals("ADV") && next + 2 < t.size()
                && (t.lower(next + 1).equals(",") || t.tag(next + 1).equals("CCONJ")) && t.tag(next + 2).equals("ADJ")
                // the comma after it: "…, just[,] affordable …", "a just[,] secure …", "are just[,] orderly and …"
                || k >= 3 && t.tag(k - 1).equals("ADV") && (t.lower(k - 2).equals(",") && t.tag(k - 3).equals("ADJ")
                        || t.tag(k - 2).equals("DET") || t.tag(k - 2).equals("AUX"))
                && (t.tag(next).equals("ADJ") || t.tag(next).equals("ADV") && next + 1 < t.size()
                        && (NOMINAL.contains(t.tag(next + 1)) || t.lower(next + 1).equals(",") || t.tag(next + 1).equals("CCONJ")));
    }

    /** How many modifiers may stand before the noun of whose interests an act serves. */
    private static final int MAX_INTEREST_MODIFIERS = 4;

    /**
     * Whether a noun phrase of section {@code interest-noun} ends the phrase at {@code k}: "for [their respective
     * national security interests]", "for [mutual benefit]" says whom the act serves, a qualifier with no fixed wording.
     */
    private static boolean servesInterests(Tagged t, int k) {
        for (int j = k; j < t.size() && j <= k + MAX_INTEREST_MODIFIERS; j++) {
            if (t.matchAt(Section.INTEREST_NOUN, j) == j + 1) {
                return j + 1 == t.size() || !t.isWord(j + 1) || t.tag(j + 1).equals("CCONJ") || t.tag(j + 1).equals("ADP");
            }
            if (t.capitalized(j) || !Set.of("DET", "PRON", "ADJ", "NOUN").contains(t.tag(j))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the phrase before the means at {@code k} only refers back to a goal named before, with a noun of section
     * {@code goal-noun} ("contribute to [this goal] by conserving …"): the means is then the content of the act.
     */
    private static boolean refersBack(Tagged t, int k, int start) {
        return k - 2 > start && Set.of("this", "these", "that", "those").contains(t.lower(k - 2)) && t.matchAt(Section.GOAL_NOUN, k - 1) == k
                && k - 3 >= start && (t.tag(k - 3).equals("ADP") || k - 3 == start);
    }

    /** Words of degree before a modifier: "a [more] inclusive, robust …". */
    private static final Set<String> DEGREE_ADVERBS = Set.of("more", "most", "less", "very", "highly");
    /** Adjective endings the word-list pattern leaves out: "voluntary", "sustainable". */
    private static final Pattern ADJECTIVE_FORM_MORE = Pattern.compile("\\p{L}{4,}(?:ary|[ia]ble)");
    /** How many words after the comma may lead to the noun the modifiers describe. */
    private static final int MAX_MODIFIERS_TO_NOUN = 3;

    /**
     * Whether the comma at {@code k} separates modifiers of one noun that an article or a degree word opens: "a
     * voluntary, nonbinding written code of conduct", "a more inclusive, robust supply chain"; the word before the comma
     * has an adjective's form or tag, and lower-case words lead after it to a noun.
     */
    private static boolean modifiersOfOneNoun(Tagged t, int k, int start) {
        int modifier = k - 1;
        if (modifier - 1 < start || t.capitalized(modifier) || !t.isWord(modifier)) {
            return false;
        }
        String w = t.lower(modifier);
        boolean opened = t.tag(modifier - 1).equals("DET") && Set.of("a", "an", "the").contains(t.lower(modifier - 1))
                || DEGREE_ADVERBS.contains(t.lower(modifier - 1));
        boolean adjective = t.tag(modifier).equals("ADJ") || ADJECTIVE_FORM.matcher(w).matches() || ADJECTIVE_FORM_MORE.matcher(w).matches();
        if (!opened || !adjective) {
            return false;
        }
        for (int j = k + 1; j < t.size() && j <= k + MAX_MODIFIERS_TO_NOUN + 1; j++) {
            String tag = t.tag(j);
            if (!t.isWord(j) || t.capitalized(j) || Set.of("DET", "ADP", "PRON", "AUX", "PART", "NUM").contains(tag)
                    || tag.equals("CCONJ") && j == k + 1) {
                return false;
            }
            if (j > k + 1 && tag.equals("NOUN")) {
                return true;
            }
        }
        return false;
    }

    /** How many tokens after the comma a series of modifiers may run before its noun. */
    private static final int MAX_SERIES_TO_NOUN = 10;

    /**
     * Whether the comma at {@code k} goes on with a series of modifiers of one noun that a verb, a preposition or an
     * article opens: "hold [annual], named, multi-domain exercises", "impose [coordinated], robust sanctions", "in
     * support of [orderly], just and affordable transitions", "within the [open], cooperative, and inclusive Club".
     * Every word up to the noun is a modifier ("and", "or" and commas between), and the noun follows within {@value
     * #MAX_SERIES_TO_NOUN} tokens; a series of nouns or of verbs is none.
     */
    private static boolean modifierSeriesToNoun(Tagged t, int k, int start) {
        if (k - 1 <= start || !modifierWord(t, k - 1)) {
            return false;
        }
        // back over the modifiers before, to the word that opens the series ("within the [open], cooperative, |")
        int first = k - 1;
        while (first - 1 > start && (modifierWord(t, first - 1) || t.lower(first - 1).equals(",")
                || t.tag(first - 1).equals("CCONJ") || t.glued(first - 1) && !DASHES.contains(t.lower(first - 1)))) {
            first--;
        }
        if (first - 1 < start || !modifierWord(t, first)) {
            return false;
        }
        String before = t.tag(first - 1);
        if (!(before.equals("VERB") || before.equals("ADP") || before.equals("DET") || DEGREE_ADVERBS.contains(t.lower(first - 1)))) {
            return false;
        }
        int modifiers = 0;
        for (int j = k + 1; j < t.size() && j <= k + MAX_SERIES_TO_NOUN; j++) {
            String w = t.lower(j);
            if (w.equals(",") || t.tag(j).equals("CCONJ") && (w.equals("and") || w.equals("or")) || w.equals("-") || t.glued(j)
                    && !DASHES.contains(w)) {
                continue;
            }
            boolean seriesGoesOn = j + 1 < t.size() && (t.lower(j + 1).equals(",") || t.tag(j + 1).equals("CCONJ"));
            if (NOMINAL.contains(t.tag(j)) && t.isWord(j) && !(seriesGoesOn && modifierWord(t, j))) {
                if (j + 1 < t.size() && NOMINAL.contains(t.tag(j + 1)) && t.isWord(j + 1)) {
                    continue; // "Climate [Club]", "supply [chains]": the noun's compound
                }
                return modifiers > 0;
            }
            if (!modifierWord(t, j)) {
                return false;
            }
            modifiers++;
        }
        return false;
    }

    /** A word that can modify a noun before it: an adjective by tag or form, a participle in "-ed", an adverb in "-ly". */
    private static boolean modifierWord(Tagged t, int j) {
        if (!t.isWord(j) || t.capitalized(j)) {
            return false;
        }
        String w = t.lower(j);
        return t.tag(j).equals("ADJ") || ADJECTIVE_FORM.matcher(w).matches() || ADJECTIVE_FORM_MORE.matcher(w).matches()
                || t.tag(j).equals("VERB") && w.endsWith("ed") || w.endsWith("ly") && !t.tag(j).equals("NOUN")
                || ING_ADJECTIVES.contains(w); // "steady, [enduring] engagement
    }

    /**
     * Whether a third-person verb ("reviews", "operates") stands between {@code from} and {@code to}, or a clause opens
     * there ("that", "ensure [law enforcement operates …]"), whose own verbs the tagger may read as nouns.
     */
    private static boolean finiteVerbBetween(Tagged t, int from, int to) {
        for (int k = Math.max(0, from - 1); k < to; k++) {
            if (t.lower(k).equals("that") || t.matchAt(Section.CLAUSE_HEAD, k) > k) {
                return true;
            }
            if (k >= from && t.tag(k).equals("VERB") && t.form(k).equals("s")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the participle at {@code k} describes a bare noun right before it, which names nothing without it: "address
     * risks [arising from supply dependencies]", "resolve issues [identified in the report]"; not "the measures identified
     * in Annex 2", whose article or modifier makes a whole object.
     */
    private static boolean describesBareNoun(Tagged t, int k, int start) {
        String w = t.lower(k);
        return (w.endsWith("ing") || w.endsWith("ed")) && k - 2 >= start && t.tag(k - 1).equals("NOUN")
                && !Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "PUNCT").contains(t.tag(k - 2))
                && !t.lower(k - 2).equals("of") && !t.lower(k - 2).endsWith("ed"); // not "any claimed or [adjudged] liability"
    }

    /**
     * Only gerunds in a series before the conjunction: "strengthening, diversifying and securing supply chains" is one
     * action on a shared object, whatever the tagger read the middle ones as.
     */
    private static boolean onlyGerundsBefore(Tagged t, int start, int conjunction) {
        for (int i = start; i < conjunction; i++) {
            if (!t.lower(i).equals(",") && !(t.isWord(i) && t.lower(i).endsWith("ing") && t.lower(i).length() > MIN_GERUND)) {
                return false;
            }
        }
        return conjunction > start + 1;
    }

    /**
     * Only adjectives (and determiners) between the verb and the conjunction: "prohibit [direct or indirect] financial
     * transactions" joins two modifiers of one noun, not two actions.
     */
    private static boolean onlyModifiersBefore(Tagged t, int start, int conjunction) {
        for (int i = start + 1; i < conjunction; i++) {
            if (!t.tag(i).equals("ADJ") && !t.tag(i).equals("DET")) {
                return false;
            }
        }
        return conjunction > start + 1 && t.tag(conjunction - 1).equals("ADJ");
    }

    /**
     * Whether the conjunction at {@code k} joins a second noun to the object of "of" rather than a second action:
     * "projects of mutual interest and [benefit] along the value chain", where no object follows the word after it.
     */
    private static boolean joinsNounsAfterOf(Tagged t, int k, int start) {
        // only after an adjective the nouns share: "of mutual interest and benefit", not "of projects and [invest] in"
        int of = k - 3;
        return of > start && t.lower(of).equals("of") && t.tag(k - 2).equals("ADJ") && t.tag(k - 1).equals("NOUN")
                && k + 2 < t.size() && !t.capitalized(k + 1)
                && (t.tag(k + 2).equals("ADP") || t.tag(k + 2).equals("PUNCT"));
    }

    /**
     * A bare word of a series of nouns that the tagger read as a verb, followed by the series' next comma or
     * conjunction: "security, safety, [trust], and standards".
     */
    private static boolean nounReadAsVerb(Tagged t, int k) {
        return t.tag(k).equals("VERB") && !t.lower(k).endsWith("ing") && !t.lower(k).endsWith("ed") && k + 1 < t.size()
                && (t.lower(k + 1).equals(",") || t.tag(k + 1).equals("CCONJ")
                // "flaring, venting, and [leakage] in …": the last noun of the series, in the form of a noun
                || t.tag(k + 1).equals("ADP") && k >= 2 && t.tag(k - 1).equals("CCONJ") && NOUN_FORM.matcher(t.lower(k)).matches());
    }

    /** Prepositions after a participle that describe when, where or under what its object came about. */
    private static final Set<String> DESCRIBING_PREPOSITIONS = Set.of("on", "at", "during", "since", "after");

    private static final Set<String> CLAUSE_SUBJECTS = Set.of("it", "they", "he", "she");
    /** Words of a news report's source before its verb: "the [trade] ministry said", "Reuters reported", a titled name. */
    private static final int MAX_SOURCE_WORDS = 6; // "Industry Minister Nguyen Hong Dien told"

    /** Words of the subject of an absolute clause: "with [the country's mining minister] ruling out …". */
    private static final int MAX_ABSOLUTE_SUBJECT = 6;
    private static final Set<String> ABSOLUTE_SUBJECT_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "PART", "NUM");

    /** Whether a noun phrase and an "-ing" verb open at {@code k}: "China controlling …", "the minister ruling out". */
    private static boolean absoluteClause(Tagged t, int k) {
        // a determiner or a name opens the subject; "with experience building ships", "with good paying jobs" describe
        if (k >= t.size() || !t.tag(k).equals("DET") && !t.tag(k).startsWith("PROPN")) {
            return false;
        }
        for (int i = k; i < t.size() && i <= k + MAX_ABSOLUTE_SUBJECT; i++) {
            if (i > k && t.isVerb(i) && t.lower(i).endsWith("ing") && NOMINAL.contains(t.tag(i - 1))) {
                return true;
            }
            if (!ABSOLUTE_SUBJECT_TAGS.contains(t.tag(i).split("\\+")[0])) { // "country's" is NOUN+PART
                return false;
            }
        }
        return false;
    }

    /** Whether a source and a reporting verb (section {@code reporting-verb}) open at {@code k}. */
    private static boolean attribution(Tagged t, int k) {
        int last = k + MAX_SOURCE_WORDS;
        for (int i = k; i < t.size() && i <= last; i++) {
            if (i > k && t.matchAt(Section.REPORTING_VERB, i) > i) {
                return true;
            }
            // a hyphen inside a name is no word of its own: "policy chief Kim Yong[-]beom said"
            if (hyphenInName(t, i)) {
                last++;
                continue;
            }
            String tag = t.tag(i);
            // the tagger reads some sources as adjectives: "the newswire added", "the state-run agency said"
            if (!tag.equals("PROPN") && !tag.equals("NOUN") && !tag.equals("DET") && !tag.equals("PRON") && !tag.equals("ADJ")) {
                return false;
            }
        }
        return false;
    }

    /** How many words after a comma a "said" or "says" of its attribution may come. */
    private static final int MAX_SAID_REACH = 6;

    /**
     * Whether a "said" or "says" of the report's attribution follows the comma at {@code k}; not where a series goes on
     * to its last item and another comma first ("open its market to cars[,] trucks and rice, Trump said").
     */
    private static boolean saidAfterComma(Tagged t, int k) {
        int said = t.find("said", k + 1, k + 1 + MAX_SAID_REACH);
        if (said < 0) {
            said = t.find("says", k + 1, k + 1 + MAX_SAID_REACH);
        }
        if (said < 0) {
            return false;
        }
        int comma = t.find(",", k + 1, said);
        return comma < 0 || t.find("and", k + 1, comma) < 0 && t.find("or", k + 1, comma) < 0;
    }

    /** Whether the token at {@code k} is the hyphen and last part of a name after its capitalized first: "Kim Yong[-beom]". */
    private static boolean hyphenInName(Tagged t, int k) {
        // the tokenizer splits it off alone ("Yong", "-", "beom") or with the part after it ("Min", "-jae")
        String w = t.lower(k);
        boolean hyphen = w.equals("-") ? k + 1 < t.size() && t.isWord(k + 1)
                : w.length() > 1 && w.charAt(0) == '-' && Character.isLetter(w.charAt(1));
        return hyphen && k > 0 && t.isWord(k - 1) && t.capitalized(k - 1);
    }

    /** Whether the verb at {@code v} is a purpose's after the object's noun: "review the factors [to determine]". */
    private static boolean purposeVerbAt(Tagged t, int v, int start) {
        return v - 2 > start && t.lower(v - 1).equals("to") && NOMINAL.contains(t.tag(v - 2));
    }

    /**
     * Whether the "if" at {@code k} opens the question a verb of section {@code clause-verb} takes ("determine [if] …"),
     * right after it or after an aside in commas ("determine, in its review of tariffs, [if] …"); not a condition.
     */
    private static boolean asksWhether(Tagged t, int k, int start) {
        int verb = k - 1;
        if (t.lower(verb).equals(",")) {
            int open = verb - 1;
            while (open > start && !t.lower(open).equals(",") && verb - open <= MAX_ASIDE_WORDS) {
                open--;
            }
            verb = open - 1;
        }
        return verb >= start && t.matchAt(Section.CLAUSE_VERB, verb) == verb + 1;
    }

    /** Small words inside a channel's name, between capitalized words: "the Partnership for Andean Mining". */
    private static final Set<String> CHANNEL_NAME_LINKS = Set.of("for", "on", "and", "to");

    /**
     * Whether a name of its own opens at {@code k}, after "the": "the [Minerals] Security Partnership", "the [MSP]"; not
     * the text itself named by one word ("under the Framework", "under this Memorandum"), which says what the act is.
     */
    private static boolean namedAt(Tagged t, int k) {
        int i = k < t.size() && t.lower(k).equals("the") ? k + 1 : k;
        if (i >= t.size() || !t.isWord(i) || !t.capitalized(i) || t.tag(k).equals("DET") && i == k) {
            return false;
        }
        return t.inCapitals(i) || i + 1 < t.size() && t.isWord(i + 1) && t.capitalized(i + 1);
    }

    /** "by sharing [best] practices": a superlative the tagger read as an adverb, before the noun it qualifies. */
    private static boolean adverbBeforeNoun(Tagged t, int k) {
        return k + 1 < t.size() && t.tag(k).equals("ADV") && !t.lower(k).endsWith("ly") && NOMINAL.contains(t.tag(k + 1));
    }

    /** The most words a channel's name after "through" may have: "the Export-Import Bank of the United States". */
    private static final int MAX_CHANNEL_WORDS = 8;

    /**
     * Whether the noun phrase that starts at {@code k} (a channel after "through") is the last part of the act: the
     * sentence, a qualifier or a deadline follows it ("… through JOGMEC [in] Canadian projects" goes on).
     */
    private static boolean endsAfterChannel(Tagged t, int k) {
        int i = k;
        while (i < t.size() && i - k < MAX_CHANNEL_WORDS && (t.tag(i).equals("DET") || NOMINAL.contains(t.tag(i))
                || t.glued(i) || t.lower(i).equals("of") && i > k && t.capitalized(i - 1)
                // a name's own small words between its capitalized words: "the Partnership [for] Andean Mining"
                // (not after a short name in capitals: "through K-SURE [for] Chilean refineries" says what it is for),
                // and two bodies joined ("through EXIM [and] DFC")
                || CHANNEL_NAME_LINKS.contains(t.lower(i)) && i > k && t.capitalized(i - 1)
                && (!t.inCapitals(i - 1) || t.lower(i).equals("and")) && i + 1 < t.size() && t.capitalized(i + 1))) {
            i++;
        }
        if (i == k || i - k >= MAX_CHANNEL_WORDS) {
            return false;
        }
        // (before a comma the name may go on in an apposition: "through the Tin Fund[,] a grant program" stays; a
        // qualifier after the comma ends the act: "through the Fund[, in line with] …")
        int after = i + 1 < t.size() && t.lower(i).equals(",") ? i + 1 : i;
        return isSentenceEnd(t, i) || t.lower(i).equals(";") || t.matchAt(Section.QUALIFIER, after) > after
                || deadlineEnd(t, after) > after;
    }

    /** Whether a noun phrase that starts at {@code k} names a means with a common noun: no capital, no number. */
    private static boolean meansNamedByNoun(Tagged t, int k) {
        int i = k;
        while (i < t.size() && (t.tag(i).equals("DET") || t.tag(i).equals("ADV"))) {
            i++;
        }
        // (a lower-case word the tagger read as a name is a common noun: "through [science]-based monitoring")
        return i < t.size() && t.isWord(i) && !t.capitalized(i) && (NOMINAL.contains(t.tag(i)) && !t.tag(i).equals("NUM")
                || t.lower(i).endsWith("ing"));
    }

    /** Tags after a verb that show it takes an object: "[celebrates] the", "[protects] our". */
    private static final Set<String> OBJECT_START = Set.of("DET", "PRON", "ADJ", "NUM");

    /**
     * A plural noun of a series that the tagger read as a verb in the third person: "policies, and [approaches] across
     * …", "beer, wine, and [spirits] markets"; not a verb before its object ("[protects] our edge").
     */
    private static boolean pluralReadAsVerb(Tagged t, int j) {
        return t.form(j).equals("s") && !(j + 1 < t.size() && OBJECT_START.contains(t.tag(j + 1)));
    }

    /** The longest item of a series of nouns, in words. */
    private static final int MAX_SERIES_ITEM = 3;

    /**
     * Whether an apposition opens at {@code k}: "a|an" and a noun phrase followed by a preposition, a clause or the end
     * ("a major source of tension", "a key demand from …"), not by "and", "or" or a comma that goes on with a list ("loans,
     * a guarantee facility and grants").
     */
    private static boolean apposition(Tagged t, int k) {
        // after a name, "the" and a possessor: "through Global Gateway[, the EU's strategy to …]" says what the name is
        int possessor = k >= 2 && k + 3 < t.size() && t.lower(k).equals("the") && t.capitalized(k - 2) && t.capitalized(k + 1)
                ? possessiveEnd(t, k + 1) : -1;
        if (k >= t.size() || !(t.lower(k).equals("a") || t.lower(k).equals("an") || possessor > 0)) {
            return false;
        }
        int j = possessor > 0 ? possessor : k + 1;
        int first = j;
        while (j < t.size() && (NOMINAL.contains(t.tag(j)) || t.glued(j) || t.tag(j).equals("ADV") && !t.lower(j).endsWith("ly")
                || t.tag(j).equals("VERB") && t.lower(j).endsWith("ed") && j + 1 < t.size() && NOMINAL.contains(t.tag(j + 1)))) {
            j++;
        }
        if (j == first) {
            return false;
        }
        return j >= t.size() || !(t.tag(j).equals("CCONJ") || t.lower(j).equals(",") || t.lower(j).equals(";"));
    }

    /** The token after the possessive of a name of a few capitalized words from {@code k} ("EU's", "Andean Bank 's"), or -1. */
    private static int possessiveEnd(Tagged t, int k) {
        for (int i = k; i < t.size() && i < k + MAX_POSSESSOR_WORDS; i++) {
            String w = t.lower(i);
            if (w.endsWith("'s") || w.endsWith("’s")) {
                return i + 1;
            }
            if (i + 1 < t.size() && (t.lower(i + 1).equals("'s") || t.lower(i + 1).equals("’s"))) {
                return i + 2;
            }
            if (i + 1 < t.size() && !t.capitalized(i + 1)) {
                return -1;
            }
        }
        return -1;
    }

    /** How many words the name of a possessor in an apposition may have. */
    private static final int MAX_POSSESSOR_WORDS = 3;

    /**
     * Whether the comma at {@code k} goes on with a series of short noun phrases that "and" or "or" closes: ", offshore
     * regulation and the management of …", ", processing and recycling of …". A gerund stands alone as an item; one with
     * an object (", ensuring supply") opens a clause instead.
     */
    private static boolean continuesSeries(Tagged t, int k) {
        // the series is the object of a preposition ("information [on] pipelines, permitting timelines and …"): its items
        // are noun phrases, not actions ("finance mines, build plants and …" is a series of acts)
        int head = k - 1;
        while (head > 0 && head > k - 1 - MAX_SERIES_ITEM && NOMINAL.contains(t.tag(head))) {
            head--;
        }
        boolean inPrepositionalObject = head < k - 1 && t.tag(head).equals("ADP") && !t.lower(head).equals("to");
        int j = k + 1;
        boolean last = false;
        if (j + 1 < t.size() && t.tag(j).equals("CCONJ")) {
            j++; // ", and refining": the last item after a serial comma
            last = true;
        }
        while (j < t.size()) {
            int item = j;
            if (t.tag(j).equals("DET")) {
                j++;
            }
            int words = j;
            if (inPrepositionalObject && j + 2 < t.size() && (t.tag(j).equals("VERB") || NOUN_HOMOGRAPHS.contains(t.lower(j)))
                    && NOMINAL.contains(t.tag(j + 1)) && !t.lower(j - 1).equals("to")
                    && !t.lower(j).endsWith("ed") && (t.lower(j + 2).equals(",") || t.tag(j + 2).equals("CCONJ"))) {
                j += 2; // "on geological mapping, [mine safety] and …": a noun the tagger read as a verb before its head
            } else if (j < t.size() && t.tag(j).equals("VERB") && t.lower(j).endsWith("ing")) {
                j++; // a gerund, alone: "processing"
            } else {
                while (j < t.size() && j - words < MAX_SERIES_ITEM && (NOMINAL.contains(t.tag(j)) || pluralReadAsVerb(t, j)
                        || t.tag(j).equals("ADV") && !t.lower(j).endsWith("ly") && j + 1 < t.size() && NOMINAL.contains(t.tag(j + 1))
                        // "a diverse, resilient, and [skilled] workforce": a participle before the noun it describes
                        || t.tag(j).equals("VERB") && t.lower(j).endsWith("ed") && j + 1 < t.size() && NOMINAL.contains(t.tag(j + 1)))) {
                    j++;
                }
            }
            if (j == words || j - item > MAX_SERIES_ITEM + 1) {
                return false;
            }
            if (last) {
                return true;
            }
            if (j < t.size() && t.lower(j).equals(",")) {
                j++;
            }
            if (j < t.size() && t.tag(j).equals("CCONJ")) {
                j++;
                last = true;
            } else if (j == 0 || !t.lower(j - 1).equals(",")) {
                return false;
            }
        }
        return false;
    }

    /** An object this short names nothing on its own; a clause after it says which ones are meant. */
    private static final int MAX_BARE_OBJECT_WORDS = 6;
    /**
     * Modals a clause that says which things an object means may open with: "a mechanism that [will] allow …"; a passive
     * ("measures that may be warranted") says what is wanted of them, not which ones.
     */
    private static final Set<String> RELATIVE_MODALS = Set.of("will", "would", "may", "might", "can", "could", "shall");
    /** Auxiliaries a clause that says which things an object means may open with: "solutions that [have] implemented …". */
    private static final Set<String> RELATIVE_AUXILIARIES = Set.of("is", "are", "has", "have", "do", "does");

    /**
     * Whether the "that" at {@code k} opens the clause that says which things a short object means ("support projects
     * [that meet high standards]", "back every buyer [that signs a contract]"): the pledge is about those only. A
     * coordinated action after the clause ("identify projects that close gaps and adopt measures") is the pledge's
     * second action instead.
     */
    private static boolean definesObject(Tagged t, int k, int start) {
        if (wordsBetween(t, start, k) > MAX_BARE_OBJECT_WORDS || !t.tag(k - 1).equals("NOUN") || k + 1 >= t.size()) {
            return false;
        }
        int subjectEnd = ownSubjectEnd(t, k + 1);
        if (subjectEnd > k + 1) {
            return objectGapClause(t, k, subjectEnd, start);
        }
        // "a mechanism that [will allow] …", "a date that [is] not more than …"
        int v = k + 1;
        // "barriers that [unfairly] harm exporters": an adverb before the clause's verb
        boolean adverb = v + 1 < t.size() && t.tag(v).equals("ADV") && t.lower(v).endsWith("ly");
        if (adverb) {
            v++;
        }
        boolean copula = false;
        if (v + 1 < t.size() && (RELATIVE_MODALS.contains(t.lower(v)) || RELATIVE_AUXILIARIES.contains(t.lower(v)))) {
            copula = t.lower(v).equals("is") || t.lower(v).equals("are");
            v++;
            // "solutions that have [already] implemented …", "products that do [not] meet …", "practices that may
            // [currently] prevent …"
            if (v + 1 < t.size() && (t.lower(v).equals("not") || t.tag(v).equals("ADV") && t.lower(v).endsWith("ly"))) {
                v++;
            }
        }
        String verb = t.lower(v);
        boolean finite = t.tag(v).equals("VERB") && !verb.endsWith("ing") && !verb.endsWith("ed")
                || v > k + 1 && (t.isVerb(v) || t.tag(v).equals("AUX") || t.lower(v).equals("not")) && !t.lower(v).equals("be")
                // "requirements that are [equivalent] to …": what the things are, not what is wanted of them; so is what
                // they serve, "all actions that are [appropriate] to implement this order"
                || copula && t.tag(v).equals("ADJ") && v + 1 < t.size() && (t.tag(v + 1).equals("ADP")
                        || t.lower(v + 1).equals("to") && v + 2 < t.size() && t.tag(v + 2).equals("VERB"))
                || misreadVerb(t, k, v);
        if (!finite || laterAction(t, k, start) >= 0) {
            return false;
        }
        // the clause ends within the action: "rules that ensure [that the benefits …]" goes on too long to say which
        int e = k + 2;
        while (e < t.size() && !stopsAt(t, e, start)) {
            e++;
        }
        // (a misread verb's clause that goes on in a series, "reforms that advance equity, provide …", is not read; nor
        // one after an adverb, "barriers that unfairly harm exporters, hurt …", whose series reads as more actions)
        boolean series = (misreadVerb(t, k, v) || adverb) && e < t.size() && (t.lower(e).equals(",") || t.tag(e).equals("CCONJ"));
        return e > k + 2 && (e == t.size() || !t.lower(e).equals("that")) && !series
                && (wordsBetween(t, start, e) <= MAX_TOTAL_WORDS || longClauseFits(t, start, v))
                && !(t.matchAt(Section.CLAUSE_HEAD, start) > start && subjectsVerbAfter(t, v));
    }

    /** Words of the subject of a clause opened by a preposition and "which": "the sites on which [the new plants] will …". */
    private static final int MAX_RELATIVE_SUBJECT = 5;
    private static final Set<String> RELATIVE_SUBJECT_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM");

    /**
     * Whether the clause a preposition and "which" open at {@code k} after a noun of the object says which things the
     * object means and fits the budget, as a clause of "that" does: "identify the sites [on which] they propose to build",
     * "set up a process [through which] firms may apply for permits". It has a subject of its own and a verb; one that
     * runs past the budget, or a further act after it, still ends the action before the preposition.
     */
    private static boolean prepositionalRelativeFits(Tagged t, int k, int start) {
        return prepositionalRelativeEnd(t, k, start) > k;
    }

    /** The end of the clause {@link #prepositionalRelativeFits} keeps, or -1. */
    private static int prepositionalRelativeEnd(Tagged t, int k, int start) {
        if (!t.tag(k - 2).equals("NOUN") || EMPTY_HEADS.contains(t.lower(k - 2)) || k + 2 >= t.size()) {
            return -1;
        }
        int v = k + 1;
        // ("through which [winning] applicants may apply": a participle before the subject's noun is part of it)
        // (a pronoun only as the whole subject, "on which [they] propose to build": a "that" after the subject's noun opens
        // a clause of its own, which ends the action inside this one)
        while (v + 1 < t.size() && v < k + 1 + MAX_RELATIVE_SUBJECT && (RELATIVE_SUBJECT_TAGS.contains(t.tag(v))
                && (!t.tag(v).equals("PRON") || v == k + 1 && CLAUSE_SUBJECT_PRONOUNS.contains(t.lower(v)))
                || t.lower(v).endsWith("ing") && t.tag(v + 1).equals("NOUN"))) {
            v++;
        }
        // (the subject ends on its noun: in "in which the failed policies" the article is no subject of "failed")
        if (v == k + 1 || v >= t.size() || !Set.of("NOUN", "PROPN", "PRON", "NUM").contains(t.tag(v - 1)) || !(t.tag(v).equals("AUX") || t.tag(v).equals("VERB") && !t.lower(v).endsWith("ing"))
                || laterAction(t, k, start) >= 0) {
            return -1;
        }
        int e = k + 1;
        while (e < t.size() && !stopsAt(t, e, start)) {
            e++;
        }
        return e > v && wordsBetween(t, start, e) <= MAX_TOTAL_WORDS ? e : -1;
    }

    /** Verbs of an official's judgment after "as": "as the Secretary [deems] appropriate", "as they [determine] necessary". */
    private static final Set<String> JUDGMENT_VERBS = Set.of("deem", "deems", "determine", "determines", "consider", "considers",
            "find", "finds");
    private static final Set<String> JUDGMENT_WORDS = Set.of("appropriate", "necessary", "advisable", "fit", "relevant", "useful");
    /** Words between "as" and the verb of a judgment: "as [the Secretary of Homeland Security may] deem appropriate". */
    private static final int MAX_JUDGE_WORDS = 8;

    /** Whether a judgment of who picks or how much opens at {@code k}: "[the Secretary may deem appropriate]". */
    private static boolean judgmentClause(Tagged t, int k) {
        for (int i = k; i + 1 < t.size() && i < k + MAX_JUDGE_WORDS + 1; i++) {
            if (JUDGMENT_VERBS.contains(t.lower(i))) {
                return i > k && JUDGMENT_WORDS.contains(t.lower(i + 1));
            }
            if (!t.isWord(i)) {
                return false;
            }
        }
        return false;
    }

    /** Words that open the subject of a clause of the object: "the projects that [the partners] will finance". */
    private static final Set<String> CLAUSE_SUBJECT_OPENERS = Set.of("the", "its", "their", "our", "each");
    private static final Set<String> CLAUSE_SUBJECT_PRONOUNS = Set.of("we", "they", "it", "he", "she");

    /** The end of a short subject of its own at {@code s} ("the partners", "Zambia", "they"), or -1. */
    private static int ownSubjectEnd(Tagged t, int s) {
        if (s >= t.size()) {
            return -1;
        }
        if (CLAUSE_SUBJECT_PRONOUNS.contains(t.lower(s))) {
            return s + 1;
        }
        int i = CLAUSE_SUBJECT_OPENERS.contains(t.lower(s)) ? s + 1 : s;
        int from = i;
        while (i < t.size() && i < from + 3 && (t.tag(i).equals("NOUN") || t.tag(i).equals("PROPN") || t.tag(i).equals("ADJ")
                && i > s && CLAUSE_SUBJECT_OPENERS.contains(t.lower(s)))) {
            i++;
        }
        boolean named = from == s && i > s && t.capitalized(s);
        return i > from && (named || from > s) && (t.tag(i - 1).equals("NOUN") || t.tag(i - 1).equals("PROPN")) ? i : -1;
    }

    /**
     * Whether the clause after "that" at {@code k}, with a subject of its own up to {@code v}, says which things the object
     * means by taking them as its verb's object: "identify the projects that the partners will finance [in …]". Its verb is
     * followed by no object of its own (a content clause, "the assurance that Japan will defend its allies", has one), and
     * the whole clause fits the budget.
     */
    private static boolean objectGapClause(Tagged t, int k, int v, int start) {
        if (v < t.size() && (RELATIVE_MODALS.contains(t.lower(v)) || RELATIVE_AUXILIARIES.contains(t.lower(v)) || t.lower(v).equals("had"))) {
            v++;
        }
        if (v < t.size() && (t.lower(v).equals("not") || t.tag(v).equals("ADV") && t.lower(v).endsWith("ly"))) {
            v++;
        }
        if (v >= t.size() || !t.tag(v).equals("VERB") || t.lower(v).equals("be") || laterAction(t, k, start) >= 0) {
            return false;
        }
        int after = v + 1;
        boolean gap = after >= t.size() || isSentenceEnd(t, after) || t.tag(after).equals("ADP") && !t.lower(after).equals("that")
                || t.tag(after).equals("PUNCT");
        if (!gap) {
            return false;
        }
        int e = after;
        while (e < t.size() && !stopsAt(t, e, start)) {
            e++;
        }
        return wordsBetween(t, start, e) <= MAX_TOTAL_WORDS;
    }

    /**
     * Whether a modal follows the clause at {@code verb} in its sentence, before a comma: after a verb that takes a
     * clause, "ensure that the rate that applies to timber from Canada [subject to this order] [shall] not exceed …"
     * makes the clause a subject's, whose own verb follows it.
     */
    private static boolean subjectsVerbAfter(Tagged t, int verb) {
        for (int k = verb + 1; k < t.size() && k < verb + MAX_CLAUSE_WORDS; k++) {
            String w = t.lower(k);
            if (w.equals(";") || w.equals(",") || isSentenceEnd(t, k)) {
                return false;
            }
            if (MODALS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a clause that says which things an object means, longer than the budget, still stays: its verb and the
     * start of what it takes fit, and no series or second verb before the cut would be split by it ("programs that will
     * help to improve access to …" stays; "authorities that review and deter …" does not).
     */
    private static boolean longClauseFits(Tagged t, int start, int verb) {
        // (a verb the tagger read as one: "the notion that [worker] safety is …" says what the notion is, not which)
        // ("actions that are [appropriate] to implement …": what they serve after the copula reads as a verb does)
        boolean copulaAdjective = t.tag(verb).equals("ADJ") && (t.lower(verb - 1).equals("are") || t.lower(verb - 1).equals("is"));
        if (!t.tag(verb).equals("VERB") && !copulaAdjective || wordsBetween(t, start, verb + 2) > MAX_WORDS - 2) {
            return false;
        }
        for (int k = verb + 1; k < t.size() && wordsBetween(t, start, k) < MAX_WORDS; k++) {
            // ("actions that are appropriate to implement and effectuate this order": two verbs of one infinitive)
            boolean verbPair = t.tag(k).equals("CCONJ") && k + 1 < t.size() && t.lower(k - 2).equals("to")
                    && t.tag(k - 1).equals("VERB") && t.tag(k + 1).equals("VERB");
            if (t.tag(k).equals("CCONJ") && !verbPair || t.lower(k).equals(",") || t.lower(k).equals("(")) {
                return false;
            }
        }
        return true;
    }

    /** Whether the object before {@code end} ends on a sum of money: "$500,000", "EUR 3 million". */
    private static boolean endsOnSum(Tagged t, int end) {
        String last = t.lower(end - 1);
        return MONEY_WORDS.contains(last) || end >= 2 && t.tag(end - 1).equals("NUM") && Set.of("$", "€", "£").contains(t.lower(end - 2))
                || last.matches("[$€£]\\d[\\d,.]*");
    }

    /** Whether the "that" at {@code k} follows a phrase that takes a clause as "ensure" does: "make sure [that] …". */
    private static boolean followsSurePhrase(Tagged t, int k) {
        for (int from = Math.max(0, k - 3); from < k; from++) {
            if (t.matchAt(Section.SURE_PHRASE, from) == k) {
                return true;
            }
        }
        return false;
    }

    /** Whether the tagger read the verb {@code v} after a relative "that" as a modifier: "barriers that [affect] trade". */
    private static boolean misreadVerb(Tagged t, int k, int v) {
        String verb = t.lower(v);
        return v == k + 1 && t.tag(k).equals("PRON") && (t.tag(v).equals("ADJ") || t.tag(v).equals("NOUN"))
                && !t.capitalized(v) && !verb.endsWith("ing") && !verb.endsWith("ed") && v + 1 < t.size()
                && (t.tag(v + 1).equals("NOUN") || t.tag(v + 1).equals("DET") || t.tag(v + 1).equals("ADJ"));
    }

    private static final Pattern TRAILING_CUE = Pattern.compile(
            "(?i)(?:[\\s,]+(?:shall|will|must|should|may|can|would|also|not|hereby|further|then|be))+[\\s,]*$");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?i)[,;:]|\\b(?:that|which|who|whereby)\\b"
            + "|(?<=\\p{Ll}{2})\\.\\*{0,2}(?=\\s)"); // the end of a heading run into its text: "Role of the Board.* The PC …"
    /** Tags of a subject's noun phrase: "the modifications of section 232 tariffs and quotas". */
    private static final Set<String> SUBJECT = Set.of("NOUN", "PROPN", "NUM", "ADJ", "DET", "CCONJ", "PART", "PUNCT", "SYM");
    /** Examples set off after a passive's subject, right before its modal: ", including those listed in Annex I". */
    private static final Pattern EXAMPLES_AFTER_SUBJECT = Pattern.compile("(?i),\\s*including\\b[^,;:()]{1,120}$");
    /** A relative pronoun right before a passive's modal: "Guidance [that] shall be developed". */
    private static final Pattern RELATIVE_BEFORE_CUE = Pattern.compile("(?i)(?<=\\p{L})\\s+(?:that|which)$");
    /** A second predicate of the first clause's subject: "…, and [should be minimized]". */
    private static final Pattern SUBJECT_SHARED_AFTER_COMMA = Pattern.compile("(?i),\\s*and$");
    /** Subjects longer than this are not moved behind a passive verb. */
    private static final int MAX_SUBJECT_WORDS = 8;
    /** A subject with its complement may be longer: "[Duties on the export of energy goods and raw materials] shall be eliminated". */
    private static final int MAX_COMPLEMENTED_SUBJECT_WORDS = 11;

    /** The noun phrase before the cue: "Such modifications" in "…, such modifications shall be executed". */
    private static String subject(String beforeCue) {
        // "\\(d\\) The costs …": a Markdown-escaped list marker is no part of the subject
        String before = ESCAPED_MARKER.matcher(TRAILING_CUE.matcher(beforeCue).replaceFirst("")).replaceFirst("");
        // "c) The Sensitive List shall be reviewed …", "3. b) …": a bare list marker is no part of it either
        before = BARE_MARKERS.matcher(before).replaceFirst("");
        // "Activities undertaken to implement the orders, including those listed in Annex I, shall be conducted": the
        // examples in commas after the subject are no subject of their own
        before = EXAMPLES_AFTER_SUBJECT.matcher(before).replaceFirst("");
        // "Guidance that shall be developed": the noun the relative clause restricts is its subject
        java.util.regex.Matcher relative = RELATIVE_BEFORE_CUE.matcher(before);
        if (relative.find()) {
            Tagged restricted = Tagged.of(before.substring(0, relative.start()));
            int noun = restricted.size();
            while (noun > 0 && (NOMINAL.contains(restricted.tag(noun - 1)) || restricted.tag(noun - 1).equals("DET")
                    || restricted.tag(noun - 1).equals("CCONJ") && noun < restricted.size())) {
                noun--;
            }
            if (noun < restricted.size() && NOMINAL.contains(restricted.tag(restricted.size() - 1))) {
                // the noun phrase right before it ("outlined [conditions] that must be met"), not "agreed [that] …",
                // whose clause names its subject
                before = before.substring(0, relative.start()).substring(restricted.spans()[noun].getStart());
            }
        }
        java.util.regex.Matcher shared = SUBJECT_SHARED_AFTER_COMMA.matcher(before);
        if (shared.find()) {
            // "Delays in permitting mines harm the economy, and should be minimized": the first clause's subject, before
            // its verb
            Tagged clause = Tagged.of(before.substring(0, shared.start()));
            int verb = 0;
            while (verb < clause.size() && !(clause.tag(verb).equals("VERB") || clause.tag(verb).equals("AUX"))) {
                verb++;
            }
            return verb > 0 && verb < clause.size() && clause.find(",", 0, verb) < 0 && !clause.tag(0).equals("SCONJ")
                    && !clause.tag(0).equals("ADP")
                    ? subject(before.substring(0, clause.spans()[verb].getStart())) : "";
        }
        int from = 0;
        java.util.regex.Matcher m = CLAUSE_BREAK.matcher(before);
        List<Integer> commas = new ArrayList<>();
        while (m.find()) {
            if (!closesBefore(before, m)) {
                commas = m.group().equals(",") ? commas : new ArrayList<>();
                if (m.group().equals(",")) {
                    commas.add(m.start());
                }
                from = m.end();
            }
        }
        // "The rules, the bodies to be approached, and the lists … shall be published": a series of subjects is named by
        // its first item, not by "and the lists …"
        // ("the rules, the bodies to be approached and the lists …": also where no comma comes before the "and")
        if (LAST_OF_SERIES.matcher(before.substring(from)).lookingAt() && commas.size() >= 2
                || SERIES_CLOSED_IN_ITEM.matcher(before.substring(from)).matches() && !commas.isEmpty()) {
            int first = commas.size() - 1;
            while (first > 0 && SERIES_ITEM.matcher(before.substring(commas.get(first - 1) + 1, commas.get(first))).lookingAt()) {
                first--;
            }
            if (first == 0 || SERIES_ITEM.matcher(before.substring(commas.get(first - 1) + 1)).lookingAt()) {
                int open = first == 0 ? seriesStart(before, commas.get(0)) : commas.get(first - 1) + 1;
                if (open >= 0) {
                    from = open;
                    before = before.substring(0, commas.get(first));
                }
            }
        }
        Tagged t = Tagged.of(before.substring(from));
        int i = 0;
        boolean afterVerb = false;
        // "Brazil expects [India's regulations] will be …": the subject of the last verb's clause
        for (int v = t.size() - 1; v > 0; v--) {
            // a participle ("charges having equivalent effect", "the working group") is inside the subject
            if (t.tag(v).equals("VERB") && !t.capitalized(v) && !t.lower(v).endsWith("ing") && !t.lower(v).endsWith("ed") && v + 1 < t.size() && (NOMINAL.contains(t.tag(v + 1)) || t.tag(v + 1).equals("DET") || t.tag(v + 1).startsWith("PROPN")
                    || t.tag(v + 1).equals("PRON")) && t.isWord(v + 1) && !insideTheSubject(t, v)) {
                i = v + 1;
                afterVerb = true;
                break;
            }
        }
        if (i == 0 && t.size() > 2 && t.lower(0).equals("(") && t.find(")", 1, 3) > 0) {
            i = t.find(")", 1, 3) + 1; // a list marker "(ii)"
        }
        while (i < t.size() && (!t.isWord(i) || i == 0 && SECTION_NUMBER.matcher(t.lower(i)).matches())) {
            i++;
        }
        int initial = i;
        boolean none = false;
        // "…, or any part thereof, [or] any changes to the name …": the conjunction of a series' last item opens no subject
        if (i < t.size() && t.tag(i).equals("CCONJ")) {
            i++;
        }
        while (i < t.size() && (t.tag(i).equals("DET") || t.tag(i).equals("PRON") || !t.isWord(i))) {
            none |= t.lower(i).equals("no");
            i++;
        }
        // the head noun phrase with its "of" complements; "under subsection (b)" and the like are left out
        int end = i;
        while (end < t.size() && (SUBJECT.contains(t.tag(end)) || t.lower(end).equals("of") || t.capitalized(end))) {
            end++;
        }
        while (end > i && !NOMINAL.contains(t.tag(end - 1))) {
            end--;
        }
        int complemented = withComplement(t, end);
        // a complement too long to move behind the verb is left out, not the subject with it
        int head = end;
        end = wordsBetween(t, i, complemented) <= MAX_COMPLEMENTED_SUBJECT_WORDS ? complemented : end;
        // "seniors['] out-of-pocket costs": a possessive says whose the subject is; it is not the subject itself
        if (end == i || wordsBetween(t, i, head) > MAX_SUBJECT_WORDS || t.lower(end - 1).endsWith("'") || t.lower(end - 1).endsWith("’")) {
            return "";
        }
        String subject = t.text(i, end, null);
        // "Such recommendations shall be submitted" → "submit such recommendations"
        // only the sentence's first word owes its capital to its place: "A Joint Committee" keeps its name
        String[] words = subject.split(" ");
        boolean name = afterVerb || i > initial || t.tag(i).startsWith("PROPN") || subject.length() < 2 || Character.isUpperCase(subject.charAt(1))
                || words.length > 1 && Character.isUpperCase(words[1].charAt(0));
        String read = name ? subject : Character.toLowerCase(subject.charAt(0)) + subject.substring(1);
        return none ? "no " + read : read; // "No new duties shall be introduced" → "introduce no new duties"
    }

    /** The last item of a series of subjects: ", and the lists of products …". */
    private static final Pattern LAST_OF_SERIES = Pattern.compile("(?i)\\s*(?:and|or)\\s+(?:the|all|any|such|each)\\b");
    /** The last two items of a series of subjects after the last comma, joined without one: " the bodies … and the lists …". */
    private static final Pattern SERIES_CLOSED_IN_ITEM = Pattern.compile(
            "(?i)\\s*(?:the|all|any|such|each)\\b[^,;:]*\\s(?:and|or)\\s+(?:the|all|any|such|each)\\b[^,;:]*");
    /** An item of a series of subjects, after its comma: " the administrative bodies to be approached". */
    private static final Pattern SERIES_ITEM = Pattern.compile("(?i)\\s*(?:the|all|any|such|each)\\b[^;:]*");

    private static final Pattern FIRST_SERIES_ITEM = Pattern.compile("(?i)(?:^|[(.)]\\s*)\\s*((?:the|all|any|such|each)\\b[^,;:()]*)$");

    /** Where the first item of a series of subjects starts, before the comma {@code comma}, or -1. */
    private static int seriesStart(String before, int comma) {
        java.util.regex.Matcher item = FIRST_SERIES_ITEM.matcher(before.substring(0, comma));
        return item.find() ? item.start(1) : -1;
    }

    /** List markers without an opening parenthesis, one or more: "c) ", "3. a) ", "iv) ". */
    private static final Pattern BARE_MARKERS = Pattern.compile("^\\s*(?:(?:\\d{1,3}|[a-z]|[ivx]{1,4})[).]\\s+)+");
    private static final Pattern ESCAPED_MARKER = Pattern.compile("^\\s*\\\\\\([a-zA-Z0-9]{1,5}\\\\\\)\\s*");

    /** Words that open a relative clause inside a subject: "areas that …", "officials who …". */
    private static final Set<String> RELATIVE = Set.of("that", "which", "who");
    /** A relative clause longer than this, in tokens, is read as an aside, not as part of the subject. */
    private static final int MAX_RELATIVE_CLAUSE = 10;

    /**
     * Whether the "that", "which" or "who" {@code m} found opens a relative clause with a verb of its own that ends before the
     * cue, so that the subject is the noun before it: "[areas of cooperation] that the sides agree upon will be explored";
     * "Brazil expects that [the rules] will be", "measures that will be taken" keep the break.
     */
    private static boolean closesBefore(String before, java.util.regex.Matcher m) {
        if (!RELATIVE.contains(m.group().toLowerCase(Locale.ROOT))) {
            return false;
        }
        Tagged head = Tagged.of(before.substring(0, m.start()));
        if (head.size() == 0 || !NOMINAL.contains(head.tag(head.size() - 1))) {
            return false;
        }
        Tagged clause = Tagged.of(before.substring(m.end()));
        if (clause.size() > MAX_RELATIVE_CLAUSE) {
            return false; // "The city, a beacon … that was Elvis's home and is often called …, should be": an aside
        }
        for (int k = 0; k < clause.size(); k++) {
            if (clause.tag(k).equals("VERB")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the verb at {@code v} belongs to the subject's own complement, not to a clause the subject follows:
     * "[Efforts] to sustain the dialogue", "[areas of cooperation] that the sides agree upon".
     */
    private static boolean insideTheSubject(Tagged t, int v) {
        if (t.lower(v - 1).equals("to")) {
            return true;
        }
        for (int k = 1; k < v; k++) {
            if (RELATIVE.contains(t.lower(k)) && NOMINAL.contains(t.tag(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Prepositions of a complement that says which things a passive provision's subject means. */
    private static final Set<String> SUBJECT_COMPLEMENTS = Set.of("to", "for", "on");

    /**
     * The end of a subject with the complement that ends it, if any: "modifications [to section 232 tariffs]",
     * "any measure [restricting exports of lithium]"; a complement that other words follow ("comments to the Secretary
     * from the officials identified in …") is left out with them.
     */
    private static int withComplement(Tagged t, int end) {
        if (end >= t.size() || !(t.tag(end).equals("ADP") && SUBJECT_COMPLEMENTS.contains(t.lower(end))
                || t.tag(end).equals("VERB") && t.lower(end).endsWith("ing"))) {
            return end;
        }
        int k = end + 1;
        // "information concerning procedures [for] the submission of applications": the complement may take a
        // preposition of its own, where it runs to the end of the subject
        while (k < t.size() && (SUBJECT.contains(t.tag(k)) || t.lower(k).equals("of") || t.capitalized(k)
                || t.tag(k).equals("ADP") && k > end + 1 && NOMINAL.contains(t.tag(k - 1))) && !t.lower(k).equals(",")) {
            k++;
        }
        return k == t.size() && k > end + 1 && NOMINAL.contains(t.tag(k - 1)) ? k : end;
    }

    private static int wordsBetween(Tagged t, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (t.isWord(i)) {
                n++;
            }
        }
        return n;
    }

    private static final Pattern OBJECT_CUE = endPattern(Section.OBJECT_CUE);
    private static final Pattern VERB_CUE = endPattern(Section.VERB_CUE);
    /** A pledge cue right before the sum pledged ({@link #AMOUNT_AHEAD}): "pledged [$2 billion to the fund]", "committed [€1 billion]". */
    private static final Pattern PLEDGED_SUM = Pattern.compile("(?i)\\b(?:pledge[sd]?|commit(?:s|ted)|promise[sd]?|committing|pledging)\\s*$");
    private static final Pattern SOUGHT_STATE = Pattern.compile("(?i)\\bseek(?:s|ing)?\\s*$");
    private static final Pattern PARTICIPLE_AHEAD = Pattern.compile("\\s*\\p{Ll}+ed\\s");
    private static final Pattern CUE_TO_AHEAD = Pattern.compile("(?i)\\s*to\\s");
    /** Someone told to act, then "to" and a verb: "[Congress] to pass", "[all parties] to refrain", "[the Senate] to act". */
    private static final Pattern TOLD_TO_AHEAD = Pattern.compile("\\s*(?:(?:the|all|both|other)\\s+)?(?:\\p{Lu}[\\p{L}.’'-]*"
            + "|(?i:parties|states|countries|nations|governments|members|partners|allies|companies|leaders))"
            + "(?:\\s+(?:of\\s+|and\\s+)?\\p{Lu}[\\p{L}.’'-]*){0,4}\\s+to\\s+\\p{Ll}");
    private static final Pattern AMOUNT_AHEAD = Pattern.compile("\\s*" + ModalityCues.namedWords("@sum"));

    /** Whether the text before the action ends with a cue that tells someone else to act ("We call on"). */
    private static boolean objectCueBefore(String before) {
        int from = Math.max(0, before.length() - 40);
        return OBJECT_CUE.matcher(before.substring(from)).find();
    }

    /** A pattern for a phrase of {@code section} at the end of a text. */
    private static Pattern endPattern(Section section) {
        StringBuilder alternatives = new StringBuilder();
        for (String[] phrase : VOCABULARY.get(section)) {
            if (!alternatives.isEmpty()) {
                alternatives.append('|');
            }
            alternatives.append(Pattern.quote(String.join(" ", phrase)).replace(" ", "\\E\\s+\\Q"));
        }
        return Pattern.compile("(?i)\\b(?:" + alternatives + ")\\s*$");
    }

    /** A short name defined in parentheses after the long one: "CMAA", "REEs", "PCMDPs". */
    private static final Pattern SHORT_NAME = Pattern.compile("\\p{Lu}[\\p{Lu}\\d]*\\p{Lu}\\p{Ll}?");
    /** Words of a long name its short name skips: "Minerals Security Partnership", "Department of Commerce". */
    private static final Set<String> NAME_LINKS = Set.of("of", "and", "for", "on", "the", "in", "to", "&");

    /**
     * The tokens of a text with their spans, lower-case forms and part-of-speech tags. A long name with its short one
     * after it in parentheses reads as the short name alone ("amend the Customs Mutual Assistance Agreement (CMAA)" →
     * "amend the CMAA"): the text defines it so, and it leaves the action room for its object.
     */
    private record Tagged(String text, Span[] spans, String[] lower, String[] tags, int[] shortName) {
        Tagged(String text, Span[] spans, String[] lower, String[] tags) {
            this(text, spans, lower, tags, shortNames(text, spans));
        }

        /**
         * For each token that starts a long name defined with a short one, "Customs Mutual Assistance Agreement
         * (CMAA)", the index of the parenthesis that closes the short name; -1 elsewhere.
         */
        private static int[] shortNames(String text, Span[] spans) {
            int[] closes = new int[spans.length];
            java.util.Arrays.fill(closes, -1);
            for (int p = 1; p + 2 < spans.length; p++) {
                String open = spans[p].getCoveredText(text).toString();
                String name = spans[p + 1].getCoveredText(text).toString();
                if (open.equals("(") && spans[p + 2].getCoveredText(text).toString().equals(")") && SHORT_NAME.matcher(name).matches()) {
                    int first = longNameStart(text, spans, p, name.replaceAll("\\p{Ll}+$", ""));
                    first = first >= 0 ? first : spelledNameStart(text, spans, p, name);
                    if (first >= 0) {
                        closes[first] = p + 2;
                    }
                }
            }
            return closes;
        }

        /**
         * The first token of a name of three or more capitalized words before {@code paren} that a short name not made
         * of its initials still spells in order, from its first letter: "Japan Organization for Metals and Energy
         * Security (JOGMEC)", "Korea Resources Corporation (KORES)"; or -1.
         */
        private static int spelledNameStart(String text, Span[] spans, int paren, String shortName) {
            int j = paren - 1;
            while (j >= 0 && (capitalized(text, spans[j])
                    || j < paren - 1 && NAME_LINKS.contains(spans[j].getCoveredText(text).toString().toLowerCase(Locale.ROOT)))) {
                j--;
            }
            String wanted = shortName.toUpperCase(Locale.ROOT);
            // the longest run that spells it: "Members of the [Korea Resources Corporation] (KORES)"
            for (int first = j + 1; first < paren; first++) {
                int words = 0;
                for (int k = first; k < paren; k++) {
                    words += capitalized(text, spans[k]) ? 1 : 0;
                }
                if (words < 3) {
                    return -1;
                }
                String letters = text.substring(spans[first].getStart(), spans[paren - 1].getEnd()).replaceAll("[^\\p{L}]", "")
                        .toUpperCase(Locale.ROOT);
                if (!capitalized(text, spans[first]) || letters.charAt(0) != wanted.charAt(0)) {
                    continue;
                }
                int at = 0;
                for (int c = 0; c < letters.length() && at < wanted.length(); c++) {
                    at += letters.charAt(c) == wanted.charAt(at) ? 1 : 0;
                }
                if (at == wanted.length()) {
                    return first;
                }
            }
            return -1;
        }

        private static boolean capitalized(String text, Span span) {
            return Character.isUpperCase(span.getCoveredText(text).charAt(0));
        }

        /** The first token of the words before {@code paren} whose initials spell {@code initials}, or -1. */
        private static int longNameStart(String text, Span[] spans, int paren, String initials) {
            int letter = initials.length() - 1;
            int j = paren - 1;
            while (letter >= 0 && j >= 0) {
                String word = spans[j].getCoveredText(text).toString();
                if (letter < initials.length() - 1 && NAME_LINKS.contains(word.toLowerCase(Locale.ROOT))) {
                    j--;
                } else if (Character.toUpperCase(word.charAt(0)) == initials.charAt(letter)) {
                    letter--;
                    j--;
                } else {
                    return -1;
                }
            }
            return letter < 0 && paren - (j + 1) >= 2 ? j + 1 : -1;
        }

        static Tagged of(String raw) {
            // "infrastructure**" and "-directly" are one token each to the tokenizer, which the tagger cannot read
            String text = MARKUP.matcher(raw).replaceAll(m -> " ".repeat(m.group().length()));
            Span[] spans = emDashesApart(RememberingTokenizer.ofThread(Models.TOKENS).tokenizePos(text), text);
            String[] tokens = new String[spans.length];
            String[] lower = new String[spans.length];
            for (int i = 0; i < spans.length; i++) {
                tokens[i] = spans[i].getCoveredText(text).toString();
                lower[i] = tokens[i].toLowerCase(Locale.ROOT);
            }
            String[] tags = namesWords(tokens, possessiveNouns(lower, homographNouns(lower,
                    hyphenatedNouns(lower, mineralsAsNouns(lower, Models.TAGGER.get().tag(tokens))))));
            for (int i = 1; i < spans.length; i++) {
                if (tokens[i].equals("WHO") && lower[i - 1].equals("the")) {
                    // "fund the WHO and its lithium survey": the organization's initials, no relative pronoun
                    lower[i] = "w.h.o.";
                    tags[i] = "PROPN";
                }
            }
            return new Tagged(text, spans, lower, tags);
        }

        /**
         * "a Critical Minerals and [Rare] Earths Group": a capitalized word the tagger reads as a verb between words of a
         * name (a capitalized noun before it, or "and" after one, and a capitalized word after it) is a word of the name.
         */
        private static String[] namesWords(String[] tokens, String[] tags) {
            for (int i = 2; i + 1 < tags.length; i++) {
                int before = tags[i - 1].equals("CCONJ") ? i - 2 : i - 1;
                if (tags[i].equals("VERB") && upper(tokens[i]) && upper(tokens[i + 1]) && upper(tokens[before])
                        && (tags[before].equals("NOUN") || tags[before].equals("PROPN"))) {
                    tags[i] = "PROPN";
                }
            }
            return tags;
        }

        private static boolean upper(String token) {
            return !token.isEmpty() && Character.isUpperCase(token.charAt(0));
        }

        /** A plural's possessive: "the Leaders['] Summit", "ministers['] meeting". */
        private static final Pattern PLURAL_POSSESSIVE = Pattern.compile("\\p{L}{2,}s['’]");

        /** A cheap test before the pattern: most tokens end in no apostrophe. */
        private static boolean endsWithApostrophe(String token) {
            return token.endsWith("'") || token.endsWith("’");
        }

        /** "the Quad [Leaders'] Summit": the tagger may read a plural's possessive as a verb; it is a noun. */
        private static String[] possessiveNouns(String[] lower, String[] tags) {
            for (int i = 0; i < tags.length; i++) {
                if (!NOMINAL.contains(tags[i]) && endsWithApostrophe(lower[i]) && PLURAL_POSSESSIVE.matcher(lower[i]).matches()) {
                    tags[i] = "NOUN";
                }
            }
            return tags;
        }

        /**
         * "rare earths [mine] and refinery": a word the tagger reads as a pronoun or a verb (section {@code noun-homograph})
         * is a noun after a noun, an adjective or a determiner, which a pronoun or a verb does not follow.
         */
        private static String[] homographNouns(String[] lower, String[] tags) {
            for (int i = 1; i < tags.length; i++) {
                if ((tags[i].equals("PRON") || tags[i].equals("VERB")) && NOUN_HOMOGRAPHS.contains(lower[i])
                        && Set.of("NOUN", "ADJ", "DET").contains(tags[i - 1])) {
                    tags[i] = "NOUN";
                }
                // "support [projects] that …", "offer grants to [firms] that …": a form in -s the tagger reads as a verb
                // right after a verb or the infinitive's "to" is a plural noun that a relative clause defines, as no verb
                // in -s follows either ("help ports and …" is left to the tagger)
                if (tags[i].equals("VERB") && PLURAL_FORM.matcher(lower[i]).matches() && i + 1 < tags.length
                        && RELATIVE_PRONOUNS.contains(lower[i + 1]) && (tags[i - 1].equals("VERB") || lower[i - 1].equals("to"))) {
                    tags[i] = "NOUN";
                }
            }
            return tags;
        }

        /** A form in -s that is no verb's stem ending in s ("focus", "discuss", "process" are). */
        private static final Pattern PLURAL_FORM = Pattern.compile("\\p{Ll}{2,}[^su]s");

        private static final Set<String> RELATIVE_PRONOUNS = Set.of("that", "which", "who");

        /** A noun's ending: "non-proliferation", "co-investment", "anti-corruption". */
        private static final Pattern NOUN_ENDING = Pattern.compile("\\p{L}+-\\p{L}*(?:tion|sion|ment|ity|ance|ence|ism|ship)");

        /**
         * "and [non-proliferation]", "and [anti-corruption]": the tagger reads a hyphenated noun after a prefix as an
         * adverb, which cuts the series it closes.
         */
        private static String[] hyphenatedNouns(String[] lower, String[] tags) {
            for (int i = 0; i < tags.length; i++) {
                if (tags[i].equals("ADV") && NOUN_ENDING.matcher(lower[i]).matches()) {
                    tags[i] = "NOUN";
                }
            }
            return tags;
        }

        /**
         * "energy—mainly crude oil", "backwards—including": the tokenizer keeps an em dash written without spaces inside
         * one token, which the tagger reads as punctuation; split it off, so that it bounds a phrase as a spaced dash does.
         */
        private static Span[] emDashesApart(Span[] spans, String text) {
            List<Span> out = new ArrayList<>(spans.length);
            for (Span span : spans) {
                int from = span.getStart();
                for (int c = span.getStart(); c < span.getEnd(); c++) {
                    if (text.charAt(c) == '\u2014' && span.getEnd() - span.getStart() > 1) {
                        if (c > from) {
                            out.add(new Span(from, c));
                        }
                        out.add(new Span(c, c + 1));
                        from = c + 1;
                    }
                }
                if (from < span.getEnd()) {
                    out.add(from == span.getStart() ? span : new Span(from, span.getEnd()));
                }
            }
            return out.size() == spans.length ? spans : out.toArray(new Span[0]);
        }

        /** "zinc and lead": a mineral word after a noun and "and", "or" or a comma is a noun of that list, not a verb. */
        private static String[] mineralsAsNouns(String[] lower, String[] tags) {
            for (int i = 2; i < tags.length; i++) {
                if (tags[i].equals("VERB") && (lower[i - 1].equals("and") || lower[i - 1].equals("or") || lower[i - 1].equals(","))
                        && NOMINAL.contains(tags[i - 2]) && MINERAL_NOUNS.contains(lower[i])) {
                    tags[i] = "NOUN";
                }
            }
            return tags;
        }

        int size() {
            return spans.length;
        }

        String lower(int i) {
            return lower[i];
        }

        String tag(int i) {
            return tags[i];
        }

        /** Whether token {@code i} is written against the one before it, as in "pilot-scale" or "A$1.2". */
        boolean glued(int i) {
            return i > 0 && spans[i].getStart() == spans[i - 1].getEnd()
                    && (lower[i].equals("-") || lower[i - 1].equals("-") || isWord(i) && isWord(i - 1));
        }

        /** Whether a space or the end of the text follows token {@code i}: "." ends a heading there, not in "U.S.-U.K.". */
        boolean spaceAfter(int i) {
            return i + 1 >= spans.length || spans[i + 1].getStart() > spans[i].getEnd();
        }

        boolean capitalized(int i) {
            return Character.isUpperCase(spans[i].getCoveredText(text).charAt(0));
        }

        /**
         * Whether the point at {@code dot} closes a middle initial ("John F. Kennedy") or a name's title ("King Jr.
         * assassinations"), and the phrase goes on.
         */
        boolean middleInitial(int dot) {
            if (dot < 2 || dot + 1 >= spans.length || !capitalized(dot - 1) || !capitalized(dot - 2) || lower[dot + 1].length() < 2) {
                return false;
            }
            return lower[dot - 1].length() == 1 && lower[dot - 2].length() > 1 && capitalized(dot + 1) && !PartLetters.numbers(lower[dot - 2])
                    || NAME_SUFFIXES.contains(lower[dot - 1]) && Character.isLetter(lower[dot + 1].charAt(0));
        }

        /** What follows a surname with a point: "Martin Luther King Jr.". */
        private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr");

        /** Whether the token is written in capitals, two letters or more: "MSP", "DFC". */
        boolean inCapitals(int i) {
            String word = spans[i].getCoveredText(text).toString();
            return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)) && !word.equals(lower[i]);
        }

        boolean isWord(int i) {
            return hasLetterOrDigit(lower[i]);
        }

        /** As the pattern {@code [\p{L}\d]} finds one, without a matcher for each of the many tokens asked about. */
        private static boolean hasLetterOrDigit(String token) {
            for (int j = 0; j < token.length(); ) {
                int c = token.codePointAt(j);
                if (Character.isLetter(c) || c >= '0' && c <= '9') {
                    return true;
                }
                j += Character.charCount(c);
            }
            return false;
        }

        /** The lemmatizer's base form of a gerund; where it has none, the word without "ing" ("deepening" → "deepen"). */
        String baseForm(LemmatizerME lemmatizer, int i) {
            // a heading's capital is no part of the word: "Ensuring" is read as "ensuring"
            String word = spans[i].getCoveredText(text).toString().toLowerCase(Locale.ROOT);
            // read as the verb it is here, also where the tagger took it for a noun ("committed to advancing …")
            String lemma = lemmatizer.lemmatize(new String[] {word}, new String[] {"VERB"})[0];
            boolean known = !lemma.equalsIgnoreCase(word) && !lemma.isEmpty() && !lemma.equals("O");
            String stem = word.substring(0, word.length() - 3);
            if (stem.endsWith("ee")) {
                return stem; // "guaranteeing" → "guarantee", "agreeing" → "agree" (the lemmatizer gives "guarante")
            }
            if (known && !lemma.equalsIgnoreCase(stem) && !lemma.equalsIgnoreCase(stem + "e")) {
                return lemma; // "lying" → "lie", "planning" → "plan"
            }
            int n = stem.length();
            if (n >= 4 && stem.charAt(n - 1) == stem.charAt(n - 2) && "lszf".indexOf(stem.charAt(n - 1)) < 0) {
                return stem.substring(0, n - 1); // "planning" → "plan" (not "staffing", "calling")
            }
            if (BRITISH_DOUBLE_L.matcher(stem).matches()) {
                return stem.substring(0, n - 1); // "channelling" → "channel", "signalling" → "signal"
            }
            if (n >= 3 && GERUND_WITH_E.matcher(stem).matches()) {
                return stem + "e";
            }
            if (known && !GERUND_WITHOUT_E.matcher(stem).matches()) {
                return lemma;
            }
            return n >= 3 ? stem : word;
        }

        /**
         * Whether the gerund at {@code i} continues a series of verbs that a gerund head opened and whose last verb so far
         * is at {@code previous}: "ending" in "[implementing] the order and [ending] the use", "modernizing" in
         * "[upgrading], [modernizing], and [expanding] the grid". It follows "and", "or" or a comma, perhaps with an
         * adverb; right after the object of the verb before it, it takes an object of its own, unlike a noun that closes
         * the object ("achieve justice and healing").
         */
        boolean isSeriesGerund(int i, int from, int previous) {
            if (i <= from + 1 || !lower[i].endsWith("ing") || lower[i].length() <= MIN_GERUND || closesActivityNouns(this, i - 1)) {
                return false;
            }
            // "…, and [tackling] duty evasion": a gerund the tagger read as a noun, with an object of its own
            boolean readAsNoun = tags[i].equals("NOUN") && i + 1 < size() && (Set.of("DET", "NOUN", "ADJ", "PROPN").contains(tags[i + 1])
                    || sharesObject(i));
            if (!tags[i].equals("VERB") && !readAsNoun) {
                return false;
            }
            int joint = tags[i - 1].equals("ADV") && !lower[i - 1].equals("as") ? i - 2 : i - 1;
            if (joint - 2 > from && lower[joint].equals("as") && lower[joint - 1].equals("well") && lower[joint - 2].equals("as")) {
                joint -= 2; // "…, as well as [adopting] good practices"
            }
            if (joint <= from || !(tags[joint].equals("CCONJ") || lower[joint].equals(",") || lower[joint].equals("as"))) {
                return false;
            }
            int before = lower[joint].equals(",") || !lower[joint - 1].equals(",") ? joint - 1 : joint - 2;
            if (before == previous) {
                return !readAsNoun;
            }
            return before > previous && !(lower[before].endsWith("ing") && (tags[before].equals("VERB") || readAsNoun)) && i + 1 < size()
                    && (!Set.of("PUNCT", "CCONJ").contains(tags[i + 1])
                    || sharesObject(i));
        }

        /** Whether the gerund at {@code i} shares its object with the next: "as well as [adopting] and implementing rules". */
        private boolean sharesObject(int i) {
            // "trade and [manufacturing] and strengthening …": a sector's noun closes the object, it shares none
            return i + 2 < size() && !ING_NOUNS.contains(lower[i]) && tags[i + 1].equals("CCONJ") && lower[i + 2].endsWith("ing") && tags[i + 2].equals("VERB");
        }

        /**
         * Whether the word at {@code i} is a "that" that opens a clause: read so, or read as a pronoun before a
         * determiner or a name, where no pronoun can stand ("ensuring [that] the future of …").
         */
        boolean isComplementizer(int i) {
            return lower[i].equals("that") && (tags[i].equals("SCONJ") || tags[i].equals("PRON") && i + 1 < tags.length
                    && (tags[i + 1].equals("DET") || tags[i + 1].equals("PROPN")));
        }

        /** The action's own verb at {@code i}: its first word, or the word after an adverb ("promptly ensure"). */
        boolean isHeadVerb(int i, int start) {
            return tags[i].equals("VERB") && (i == start || i == start + 1 && tags[start].equals("ADV"));
        }

        /** Capitalized words without a verb before {@code colon}: a label such as "Joint Projects". */
        boolean isLabel(int from, int colon) {
            for (int i = from; i < colon; i++) {
                if (isVerb(i) || !Character.isUpperCase(spans[i].getCoveredText(text).charAt(0)) && isWord(i)
                        && !tags[i].equals("ADP") && !tags[i].equals("CCONJ")) {
                    return false;
                }
            }
            return true;
        }

        /**
         * "be executed", "be made": "be" at {@code be} with the passive participle at {@code p}; the tagger reads some
         * participles as adjectives ("be undertaken"), which a state such as "be open" or "be eligible" is not.
         */
        boolean isPassive(int be, int p) {
            if (p >= size() || !lower[be].equals("be")) {
                return false;
            }
            String w = lower[p];
            if (tags[p].equals("ADJ")) {
                return w.length() > 6 && (w.endsWith("ed") || w.endsWith("en")) && !(p + 1 < size() && lower[p + 1].equals("to"));
            }
            return tags[p].equals("VERB") && (w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn")
                    || IRREGULAR_PARTICIPLES.containsKey(w));
        }

        /** The lemmatizer's base form of the verb at {@code i}. */
        String lemma(LemmatizerME lemmatizer, int i) {
            String word = spans[i].getCoveredText(text).toString();
            String lemma = lemmatizer.lemmatize(new String[] {word}, new String[] {tags[i]})[0];
            if (!lemma.isEmpty() && !lemma.equals("O") && !lemma.equalsIgnoreCase(word)) {
                if (word.length() == lemma.length() + 3 && word.endsWith("ed") && word.regionMatches(true, 0, lemma, 0, lemma.length())
                        && Character.toLowerCase(lemma.charAt(lemma.length() - 1)) != word.charAt(lemma.length())) {
                    return word.substring(0, lemma.length() + 1); // "rooted" read as "roo": no doubled consonant was dropped
                }
                if (word.length() == lemma.length() + 2 && word.toLowerCase(Locale.ROOT).endsWith("ed")
                        && word.regionMatches(true, 0, lemma, 0, lemma.length()) && GERUND_WITH_E.matcher(lemma).matches()) {
                    return lemma + "e"; // "explored" read as "explor", "welcomed" as "welcom": the stem takes its "e" back
                }
                return lemma;
            }
            return PAST_PARTICIPLE.matcher(word).matches() ? baseOfParticiple(word) : word;
        }

        /** A verb in the same form as the one at {@code first}: "deepen … and expand", "deepening … and expanding". */
        boolean isVerbLike(int i, int first) {
            // a plural noun the tagger read as a verb may open the phrase: "[measures] to enhance X, and improve Y"
            return tags[i].equals("VERB") && (form(i).equals(form(first)) || form(first).equals("s") && form(i).isEmpty());
        }

        /** "ing", "ed", "s" (the third person: "directs … and [creates]", not the base form "promote") or "". */
        private String form(int i) {
            String w = lower[i];
            return w.endsWith("ing") ? "ing" : w.endsWith("ed") ? "ed" : tags[i].equals("VERB") && THIRD_PERSON.matcher(w).matches() ? "s" : "";
        }

        boolean isVerb(int i) {
            return tags[i].equals("VERB") || (tags[i].equals("AUX") && (lower[i].equals("be") || lower[i].equals("have")));
        }

        int find(String token, int from, int to) {
            for (int i = from; i < Math.min(to, size()); i++) {
                if (lower[i].equals(token)) {
                    return i;
                }
            }
            return -1;
        }

        /** The last {@code token} at or before {@code from} and after {@code to}, else -1. */
        int findBack(String token, int from, int to) {
            for (int i = Math.min(from, size() - 1); i > Math.max(to, -1); i--) {
                if (lower[i].equals(token)) {
                    return i;
                }
            }
            return -1;
        }

        /** The end of the longest phrase of {@code section} that starts at token {@code i}, else {@code i}. */
        int matchAt(Section section, int i) {
            int best = i;
            if (i >= size()) {
                return best;
            }
            for (String[] phrase : BY_FIRST_WORD.get(section).getOrDefault(lower[i], List.of())) {
                best = Math.max(best, matchEnd(phrase, i, best));
            }
            for (String[] phrase : BY_FIRST_WORD.get(section).get(WILDCARD_FIRST)) {
                best = Math.max(best, matchEnd(phrase, i, best));
            }
            return best;
        }

        /** Where {@code phrase} ends when it is written at {@code i} and ends after {@code best}; else {@code best}. */
        private int matchEnd(String[] phrase, int i, int best) {
            if (i + phrase.length > size() || i + phrase.length <= best) {
                return best;
            }
            for (int j = 0; j < phrase.length; j++) {
                String w = lower[i + j];
                boolean same = switch (phrase[j]) {
                    case "#" -> w.chars().anyMatch(Character::isDigit);
                    case "@" -> MONTHS.contains(w);
                    default -> phrase[j].equals(w);
                };
                if (!same) {
                    return best;
                }
            }
            return i + phrase.length;
        }

        /** The end of a time phrase that names a year at {@code i} ("in 2027", "in March 2028"), else {@code i}. */
        int yearTimeEnd(int i) {
            int e = matchAt(Section.YEAR_TIME, i);
            if (e == i || i == 0 || !YEAR.matcher(lower[e - 1]).matches()
                    || e + 1 < size() && (tags[e].equals("CCONJ") || lower[e].equals("to") || DASHES.contains(lower[e]))
                            && lower[e + 1].chars().anyMatch(Character::isDigit)) {
                return i; // "in 2020 and 2021": a series of years is kept whole
            }
            // after the object ("relations [in 2026]", "conclude it [in 2023]"), or between the verb and its object
            // ("launch [in 2027] a centre"); a bare verb keeps its time ("host in 2027")
            // (or after a name's short form in parentheses: "the banks (MDBs) [in fall 2026]")
            boolean afterObject = Set.of("NOUN", "PROPN", "NUM", "PRON").contains(tags[i - 1]) || lower[i - 1].equals(")");
            boolean beforeObject = e < size() && NOUN_PHRASE_START.contains(tags[e]) && !tags[e].equals("PRON");
            return afterObject || beforeObject ? e : i;
        }

        /**
         * Whether the "(" at {@code i} opens the label of a part of a text: "subsection [(c)]", "section 3[(a)]",
         * "paragraph (b)[(ii)]": a letter, a number or a roman numeral alone, after a reference noun, its number or a label.
         */
        boolean referenceLabel(int i) {
            if (i < 1 || i + 2 >= lower.length || !lower[i].equals("(") || !lower[i + 2].equals(")")
                    || !REFERENCE_LABEL.matcher(lower[i + 1]).matches()) {
                return false;
            }
            return REFERENCE_NOUNS.contains(lower[i - 1])
                    || i >= 2 && SECTION_NUMBER.matcher(lower[i - 1]).matches() && REFERENCE_NOUNS.contains(lower[i - 2])
                    || i >= 3 && lower[i - 1].equals(")") && referenceLabel(i - 3);
        }

        /**
         * The covered text of tokens [from, to), without asides in parentheses, quote marks and line breaks, and
         * with a leading gerund in its base form ("deepening ties" → "deepen ties"), and the gerunds of its series too
         * ("deepening ties and expanding trade" → "deepen ties and expand trade").
         */
        String text(int from, int to, LemmatizerME lemmatizer) {
            StringBuilder out = new StringBuilder();
            int depth = 0;
            int last = -1;
            int lastGerund = -1;
            for (int i = from; i < to; i++) {
                if (depth == 0 && shortName[i] > i && shortName[i] < to) {
                    if (last >= 0) {
                        out.append(' ');
                    }
                    out.append(spans[shortName[i] - 1].getCoveredText(text));
                    i = shortName[i];
                    last = i;
                    continue;
                }
                if (depth == 0 && i > from && dashAsideEnd(this, i) > i && dashAsideEnd(this, i) < to) {
                    i = dashAsideEnd(this, i); // an aside between dashes, as one in parentheses
                    continue;
                }
                if (depth == 0 && i > from && yearTimeEnd(i) > i && yearTimeEnd(i) <= to) {
                    i = yearTimeEnd(i) - 1; // "launch [in 2027] a centre": when the act takes place, not what it is
                    continue;
                }
                if (depth == 0 && i > from && i + 2 < to && referenceLabel(i)) {
                    // "subsection [(c)] of this section": the label names the part referred to, no aside
                    if (last >= 0) {
                        out.append(i == last + 1 ? text.substring(spans[last].getEnd(), spans[i].getStart()) : " ");
                    }
                    out.append(text, spans[i].getStart(), spans[i + 2].getEnd());
                    last = i + 2;
                    i += 2;
                    continue;
                }
                if (lower[i].equals("(")) {
                    depth++;
                } else if (lower[i].equals(")")) {
                    depth = Math.max(0, depth - 1);
                } else if (i > from && isComplementizer(i) && isHeadVerb(i - 1, from) && !PLURAL_NOUN_FORM.matcher(lower[i - 1]).matches()) {
                    // (not after a plural noun the tagger read as a verb: "pursue investments [that] are …" keeps its
                    // relative pronoun)
                    continue; // "ensure that X does Y" reads "ensure X does Y"
                } else if (i > from && lower[i].equals("that") && followsSurePhrase(this, i)) {
                    continue; // "make sure that X does Y" reads "make sure X does Y", as "ensure" does
                } else if (i > from && lower[i - 1].equals("to") && i + 1 < to && MANNER_ADVERBS.contains(lower[i])
                        && Set.of("VERB", "NOUN", "AUX").contains(tags[i + 1])) {
                    continue; // "to [urgently] address": how soon or how well, not what the act is
                } else if (i > from && i + 1 < to && matchAt(Section.PARTY_POSSESSIVE, i) > i && NOMINAL.contains(tags[i + 1])
                        && !lower[i + 1].equals("own") && !(i - 2 >= from && lower[i - 1].equals("of") && matchAt(Section.SHARE_WORD, i - 2) == i - 1)) {
                    continue; // the parties are not part of their action
                } else if (depth == 0) {
                    if (last >= 0) {
                        // keep the text's own spacing between neighbours ("U.S.-Japan", "Indonesia's")
                        out.append(i == last + 1 ? text.substring(spans[last].getEnd(), spans[i].getStart()) : " ");
                    }
                    // the head verb as a gerund: "deepening ties", "jointly identifying projects", "strengthening and applying"
                    boolean adverb = tags[from].equals("ADV") || lower[from].endsWith("ly");
                    boolean gerund = lemmatizer != null && lower[i].endsWith("ing") && !ING_ADJECTIVES.contains(lower[i])
                            && (i == from && (tags[i].equals("VERB") || i + 1 < to && Set.of("DET", "PRON", "CCONJ").contains(tags[i + 1])
                                    // an item that opens with a gerund of joint work, read as a noun: "- [Partnering] on …"
                                    || capitalized(i) && lower[i].length() > MIN_GERUND && i + 1 < to && GERUND_PARTNERS.contains(lower[i + 1])
                                    || i > 0 && (lower[i - 1].equals("to") || i == from && (lower[i - 1].equals("on") || lower[i - 1].equals("at") || lower[i - 1].equals("with")) || matchAt(Section.ASPECT_VERB, i - 1) == i
                                            || INCLUDES.matcher(lower[i - 1]).matches() && !(i + 1 < to && NOUN_AFTER_INCLUDES.contains(lower[i + 1])))
                                            && lower[i].length() > MIN_GERUND) // "committed to [caring] …", "made commitments on [preventing] …", "aimed at [promoting] …", "tasked with [making] …", "keep [building] on …", "This includes [leveraging] …"
                            || i == from + 1 && adverb
                            || i == from + 2 && lower[from].endsWith("ing") && tags[from + 1].equals("CCONJ"));
                    // "strengthening, [diversifying] and securing": a gerund of the series the head opened, read as any word
                    boolean ofHeadSeries = lastGerund >= 0 && lower[i].endsWith("ing") && lower[i].length() > MIN_GERUND
                            && onlyGerundsBefore(this, from, i);
                    // (not an adjective in -ing: "fighting for X and [hardworking] families")
                    if (gerund && i <= from + 2 || lastGerund >= 0 && !describesNoun(this, i)
                            && (ofHeadSeries || isSeriesGerund(i, from, lastGerund))) {
                        lastGerund = i;
                        gerund = true;
                    }
                    out.append(gerund ? baseForm(lemmatizer, i) : spans[i].getCoveredText(text));
                    last = i;
                }
            }
            String phrase = ABBREVIATION.matcher(QUOTES.matcher(withoutTags(out)).replaceAll("")).replaceAll(r -> r.group().replace(".", ""));
            return SPACE_BEFORE_COMMA.matcher(SPACES.matcher(phrase).replaceAll(" ")).replaceAll("").strip();
        }
    }

    /** The blank a link's target left before a comma: "the Initiative[](https://…), a grant program". */
    private static final Pattern SPACE_BEFORE_COMMA = Pattern.compile(" (?=[,;:])");

    private static Map<Section, List<String[]>> vocabulary() {
        Map<Section, List<String[]>> lists = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            lists.put(s, new ArrayList<>());
        }
        Section section = null;
        for (String line : DataLines.of(ActionPhrase.class, "action-vocabulary.txt")) {
            String entry = line.toLowerCase(Locale.ROOT);
            if (entry.startsWith("[")) {
                section = Section.valueOf(entry.substring(1, entry.length() - 1).replace('-', '_').toUpperCase(Locale.ROOT));
            } else if (section == Section.NOUN_VERB) {
                int equals = entry.indexOf(" = ");
                NOUN_VERBS.put(entry.substring(0, equals).strip(), entry.substring(equals + 3).strip());
            } else if (section == Section.NOMINALIZATION || section == Section.FREQUENCY) {
                int equals = entry.indexOf(" = ");
                (section == Section.FREQUENCY ? FREQUENCIES : NOMINALIZATIONS).put(entry.substring(0, equals).strip(),
                        entry.substring(equals + 3).strip());
                lists.get(section).add(tokens(entry.substring(0, equals)));
            } else if (section != null) {
                lists.get(section).add(tokens(entry));
            }
        }
        lists.replaceAll((s, l) -> List.copyOf(l));
        return lists;
    }

    private static Map<Section, Map<String, List<String[]>>> byFirstWord() {
        Map<Section, Map<String, List<String[]>>> index = new EnumMap<>(Section.class);
        VOCABULARY.forEach((section, phrases) -> {
            Map<String, List<String[]>> byWord = new HashMap<>();
            byWord.put(WILDCARD_FIRST, new ArrayList<>());
            for (String[] phrase : phrases) {
                String first = phrase[0].equals("#") || phrase[0].equals("@") ? WILDCARD_FIRST : phrase[0];
                byWord.computeIfAbsent(first, w -> new ArrayList<>()).add(phrase);
            }
            byWord.replaceAll((w, l) -> List.copyOf(l));
            index.put(section, Map.copyOf(byWord));
        });
        return index;
    }

    /** A vocabulary phrase split as the tokenizer splits text ("e.g." stays one token, "; and" is two). */
    private static String[] tokens(String phrase) {
        return SPACES.split(phrase);
    }

    /** OpenNLP's English token, part-of-speech and lemma models, loaded on first use; their taggers are per thread. */
    private static final class Models {
        static final TokenizerModel TOKENS = EnglishTokens.model();
        private static final POSModel POS = load("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
        private static final LemmatizerModel LEMMAS = load("/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin", LemmatizerModel::new);
        static final ThreadLocal<BeamTagger> TAGGER = ThreadLocal.withInitial(() -> new BeamTagger(POS));
        static final ThreadLocal<LemmatizerME> LEMMATIZER = ThreadLocal.withInitial(() -> new LemmatizerME(LEMMAS));

        private interface Reader<T> {
            T read(InputStream in) throws IOException;
        }

        private static <T> T load(String resource, Reader<T> reader) {
            try (InputStream in = ActionPhrase.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path");
                }
                return reader.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
