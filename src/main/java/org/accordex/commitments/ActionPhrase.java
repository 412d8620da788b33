package org.accordex.commitments;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.util.Span;


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
 * tags); the word lists are the resource {@code action-vocabulary.txt}. Where an action stops is read by
 * {@link ActionEnd}, and the further actions joined to the first by {@link JoinedActions}.
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
    static final int MAX_SKIP = 12;
    /**
     * The most words an aside set off by commas right after the verb may have: "participate, under the conditions laid
     * down in Title IV and in Protocol No 2, in financing …" (a treaty's aside names the parts of the text it follows).
     */
    private static final int MAX_VERB_ASIDE = 16;
    /** The same for an aside that tells by when, whose anchor may be long: "no later than five years from the entry into force of …". */
    private static final int MAX_TIME_ASIDE = 22;

    /** Words that open a clause inside a noun phrase: "a description of [how] the agency can …". */
    static final Set<String> WH_WORDS = Set.of("how", "whether", "what", "why", "which", "who", "where", "when");
    /** How far into a list item a modal makes it a provision of its own. */
    private static final int MAX_OWN_CLAUSE = 12;
    /** An HTML tag left in a source's text: "4<sup>th</sup>", "<u>protect</u>", "<br>". */
    private static final Pattern TAG = Pattern.compile("</?(\\p{Alpha}\\p{Alnum}*)(?:\\s[^<>]*)?/?>");
    /** Tags that break a line or a block, and so part words; an inline tag ("sup", "u", "span") does not. */
    private static final Set<String> BLOCK_TAGS = Set.of("br", "p", "div", "li", "ul", "ol", "tr", "td", "th", "table",
            "h1", "h2", "h3", "h4", "h5", "h6");

    /** The action without the source's HTML tags: an inline tag goes ("4<sup>th</sup>" → "4th"), a block tag parts words. */
    static String withoutTags(CharSequence phrase) {
        return TAG.matcher(phrase).replaceAll(m -> BLOCK_TAGS.contains(m.group(1).toLowerCase(Locale.ROOT)) ? " " : "");
    }

    static final Pattern PAST_PARTICIPLE = Pattern.compile("(?i)\\p{L}{3,}ed");

    /** Longer words in "-ing" after "to" are gerunds ("committed to [caring] for …"); "to bring" is no gerund. */
    static final int MIN_GERUND = 5;
    /** Words after an item's opening gerund that show it is a verb of joint work: "Partnering [on] …", "Collaborating [to] …". */
    static final Set<String> GERUND_PARTNERS = Set.of("on", "with", "to",
            // "Collaborating [within] regional bodies", "Cooperating [across] agencies": where the joint work is done
            "within", "across", "among", "alongside");
    /** A verb in the third person: "creates", "ensures", "applies"; not "address", "focus", "discuss". */
    static final Pattern THIRD_PERSON = Pattern.compile("\\p{L}{2,}[^su]s");
    /** A year, also a span of years or the middle of one: "2027", "2027-2028", "mid-2027". */
    static final Pattern YEAR = Pattern.compile("(?:mid-)?(?:19|20)\\d\\d(?:[-–/](?:19|20)?\\d\\d)?");
    /** A verb made of an adjective or noun, which the tagger may read as an adjective after "to": "deepen", "modernize". */
    private static final Pattern ADJECTIVE_VERB = Pattern.compile("\\p{L}{2,}(?:ize|ise|ify|[^e]en)");
    /** Endings of adjectives that are no verb's: "bilateral", "comprehensive", "economic", "joint" is not read so. */
    static final Pattern ADJECTIVE_FORM = Pattern.compile("\\p{L}{3,}(?:ical|[rnutb]al|[ts]ive|ous|ic|ful)");
    private static final Pattern VERB_ENDING = Pattern.compile("\\p{L}{2,}(?:ize|ise|ate|ify|en)");
    static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");

    /** The lists of {@code action-vocabulary.txt}. */
    enum Section {
        CUE, LIGHT_VERB, ASPECT_VERB, OBJECT_CUE, VERB_CUE, QUALIFIER, DEADLINE, CLAUSE, NO_END, NOMINALIZATION, DEGREE, MINERAL_NOUN,
        LEAD_IN_OBJECT, DATIVE_VERB, PARTY_POSSESSIVE, TIME_WORD, NOUN_CUE, NOUN_VERB, PURPOSE_VERB, MEANS_VERB, MEANS_NOUN, EXAMPLE_LEAD, MEANS_LEAD, EFFORT_VERB,
        FREQUENCY, BODY_NOUN, FOR_TO_CUE, CLAUSE_VERB, REPORTING_VERB, CLAUSE_HEAD, ING_ADJECTIVE, YEAR_TIME, LATER_CUE,
        INTEREST_NOUN, GOAL_NOUN, SHARE_WORD, MANNER_ADVERB, SURE_PHRASE, NOUN_HOMOGRAPH, MEASURE_WORD, ITEM_VERB, ING_NOUN,
        THAT_GERUND, ING_MODIFIER, CUT_PREPOSITION, JOINT_WORK_VERB, JOINT_WORK_NOUN, NOTICE_VERB
    }

    /** "analysis of" → "analyse": filled with the vocabulary. */
    private static final Map<String, String> NOMINALIZATIONS = new java.util.HashMap<>();
    /** "principles" → "uphold": the verb a pledged noun phrase takes, from the vocabulary. */
    private static final Map<String, String> NOUN_VERBS = new java.util.HashMap<>();
    /** "on a regular basis" → "regularly": filled with the vocabulary. */
    static final Map<String, String> FREQUENCIES = new java.util.HashMap<>();
    static final Map<Section, List<String[]>> VOCABULARY = vocabulary();
    /** The months' names, also short ("sept."), as the vocabulary's "@" stands for them. */
    static final Set<String> MONTHS = java.util.stream.Stream.concat(java.util.stream.Stream.of("sept."),
            java.util.Arrays.stream(java.time.Month.values()).map(m -> m.name().toLowerCase(Locale.ROOT))
                    .flatMap(m -> java.util.stream.Stream.of(m, m.substring(0, 3) + ".")))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    static final Set<String> TIME_WORDS = VOCABULARY.get(Section.TIME_WORD).stream().map(p -> p[0])
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
    static final Set<String> ING_ADJECTIVES = VOCABULARY.get(Section.ING_ADJECTIVE).stream().map(p -> p[0])
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Words in "-ing" of verbs that take no object: before a bare noun they describe it ("working families"). */
    private static final Set<String> ING_MODIFIERS = VOCABULARY.get(Section.ING_MODIFIER).stream().map(p -> p[0])
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Whether the word at {@code k} in "-ing" describes the noun after it rather than opening an act: an adjective in
     * "-ing" ("hardworking"), or the "-ing" of a verb with no object before a noun ("working families").
     */
    static boolean describesNoun(TaggedWords t, int k) {
        return k < t.size() && (ING_ADJECTIVES.contains(t.lower(k))
                || ING_MODIFIERS.contains(t.lower(k)) && k + 1 < t.size() && !t.glued(k + 1)
                && (t.tag(k + 1).equals("NOUN") || t.tag(k + 1).equals("PROPN")));
    }
    static final Set<String> NOUN_HOMOGRAPHS = VOCABULARY.get(Section.NOUN_HOMOGRAPH).stream().map(p -> p[0])
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Verbs that open a list item as its act, whatever the tagger read their capital as: "- [Mobilise] funding". */
    private static final Set<String> ITEM_VERBS = VOCABULARY.get(Section.ITEM_VERB).stream().map(p -> p[0])
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Words in "-ing" that name a sector or an activity as nouns: "trade and [manufacturing]". */
    static final Set<String> ING_NOUNS = VOCABULARY.get(Section.ING_NOUN).stream().map(p -> p[0])
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Tags a phrase never ends on: it would stop mid-phrase ("projects no", "support for the"). */
    static final Set<String> NO_END = Set.of("ADP", "DET", "CCONJ", "SCONJ", "PART", "AUX", "PUNCT", "SYM");
    /** "5.1", "3." or "12" before a provision: its number, not its subject. */
    static final Pattern SECTION_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)*\\.?");
    static final Set<String> MODALS = Set.of("will", "shall", "would", "should", "must", "can", "may");
    /** The particle of a phrasal verb: "carried out", "set up". */
    static final Set<String> PARTICLES = Set.of("out", "up", "off", "down", "forward", "back", "over", "upon");
    /** Tags that open a noun phrase: after "upon" they make it a preposition ("upon the request", "upon receipt"). */
    private static final Set<String> NOMINAL_OR_ARTICLE = Set.of("DET", "NOUN", "PROPN", "ADJ", "NUM");
    /** Verbs of a start or a going on, before "to be" and a passive: "shall start to be implemented". */
    private static final Set<String> ASPECT_VERBS = Set.of("start", "begin", "continue");
    /** Tags inside a noun phrase, which a cut should not split. */
    static final Set<String> NOMINAL = Set.of("NOUN", "PROPN", "NUM", "ADJ");
    /** Past participles that end in neither "-ed" nor "-en": "shall be [borne] by …", "shall be [sought]". */
    static final Map<String, String> IRREGULAR_PARTICIPLES = Map.ofEntries(Map.entry("made", "make"),
            Map.entry("held", "hold"), Map.entry("set", "set"), Map.entry("put", "put"), Map.entry("sent", "send"),
            Map.entry("built", "build"), Map.entry("rebuilt", "rebuild"), Map.entry("borne", "bear"), Map.entry("sought", "seek"), Map.entry("kept", "keep"),
            Map.entry("met", "meet"), Map.entry("paid", "pay"), Map.entry("bought", "buy"), Map.entry("brought", "bring"),
            Map.entry("laid", "lay"), Map.entry("led", "lead"), Map.entry("dealt", "deal"), Map.entry("spent", "spend"),
            Map.entry("lent", "lend"), Map.entry("found", "find"), Map.entry("sold", "sell"), Map.entry("cut", "cut"),
            Map.entry("shut", "shut"), Map.entry("upheld", "uphold"), Map.entry("withheld", "withhold"));

    private ActionPhrase() {
    }

    /**
     * Whether every word of {@code sentence[from, to)} is tagged a proper noun: "Quantinuum" in "Quantinuum will
     * invest …" is, "Production" in "Production will rise …" is not.
     */
    public static boolean isProperNoun(String sentence, int from, int to) {
        TaggedWords t = TaggedWords.of(sentence);
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
        TaggedWords t = TaggedWords.of(item.length() > MAX_CONTEXT_CHARS ? item.substring(0, MAX_CONTEXT_CHARS) : item);
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
        TaggedWords t = TaggedWords.of(sentence);
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
        java.util.regex.Matcher means = MEANS_COMMA_PURPOSE.matcher(sentence).region(at, sentence.length());
        if (means.find()) {
            // "take appropriate measures[,] to ensure that …": the comma sets off no aside; the purpose names the act
            return read(sentence.substring(0, means.end("means")) + " " + sentence.substring(means.end()), at, leadFrame);
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
            // ("promote, facilitate and finance, as appropriate, the transfer": the commas of a series of single words
            // that ends right before the hedge open no aside; the verbs share the object after it)
            java.util.regex.Matcher series = SERIES_BEFORE_HEDGE.matcher(ahead);
            long commas = (series.find() ? ahead.substring(0, series.start()) : ahead).chars().filter(c -> c == ',').count();
            String gap = commas % 2 == 1 || commas == 0 && ASIDE_OPENING.matcher(ahead).lookingAt() ? ", " : " ";
            int next = at >= hedge.end() ? at - (hedge.end() - hedge.start()) + gap.length() : Math.min(at, hedge.start() + gap.length());
            return read(sentence.substring(0, hedge.start()) + gap + sentence.substring(hedge.end()), next, leadFrame);
        }
        java.util.regex.Matcher subjunctive = RELATIVE_BEFORE_SUBJUNCTIVE.matcher(sentence).region(at, sentence.length());
        if (subjunctive.find()) {
            // "require that wastes [that are to be shipped] be packaged …": the verb of the clause is what is required;
            // a relative clause in its subject only says which things, and would leave the clause without its verb
            return read(sentence.substring(0, subjunctive.start("relative")) + sentence.substring(subjunctive.end("relative")),
                    at, leadFrame);
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
        TaggedWords t = TaggedWords.of(sentence.substring(context, limit));
        int first = 0;
        while (first < t.size() && t.spans()[first].getStart() < at - context) {
            first++;
        }
        // "Canada's plans to expand refining [will be discussed] …": where the cue sits in the subject, the main
        // clause's predicate is no part of the action
        int predicate = mainPredicate(t, first);
        if (predicate > 0 && cueInSubject(sentence.substring(0, at))) {
            limit = context + t.spans()[predicate].getStart();
            t = TaggedWords.of(sentence.substring(context, limit));
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
        LemmatizerME lemmatizer = ActionModels.LEMMATIZER.get();
        String text = phrase(sentence, at, context, t, start, first, lemmatizer);
        // "take the appropriate measures to [ensure] that the generation of wastes … is reduced": where the means leaves
        // out the clause it ensures, or cuts it before its verb, what is ensured is the act, not the means
        int ensured = ensuredAfterMeans(t, start);
        if (ensured > 0 && !reachesClauseVerb(t, ensured, text)) {
            String ensuredText = phrase(sentence, at, context, t, ensured, first, lemmatizer);
            if (!ensuredText.isEmpty()) {
                start = ensured;
                text = ensuredText;
            }
        }
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
        // (in lower case too: "(a) integrate value chains", where the tagger may read it as a noun after the label)
        boolean itemVerb = leadFrame != null && ITEM_VERBS.contains(t.lower(start)) && start + 1 < t.size()
                && NOUN_PHRASE_START.contains(t.tag(start + 1)) && !t.tag(start + 1).equals("PRON")
                // ... and so has one that opens with such a verb's gerund of joint work, read as a noun ("- [Collaborating]
                // within regional bodies …" under "will use every tool, including:")
                || leadFrame != null && t.capitalized(start) && itemVerbGerund(t.lower(start)) && start + 1 < t.size()
                && GERUND_PARTNERS.contains(t.lower(start + 1));
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
    private static int mainPredicate(TaggedWords t, int first) {
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
        TaggedWords t = TaggedWords.of(before);
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
            + "|to\\s+the\\s+(?:greatest\\s+|maximum\\s+|fullest\\s+)?extent\\s+(?:practicable|possible|feasible|appropriate)"
            // with the bounds it is measured within: "to the greatest extent possible [within its domestic legal system]"
            + "(?:\\s+(?:within|under)\\s+(?:its|their|the)\\s+[^,;:()]{1,50}?)?)";
    /** Where the duty applies, as a hedge: "where appropriate", "if necessary". */
    private static final String WHERE_HEDGE =
            "(?:where|wherever|when|if)\\s+(?:appropriate|applicable|necessary|needed|possible|feasible|practicable)";
    /** An aside that opens an item or follows the cue: "(ii) in consultation with …", "shall in coordination with …". */
    private static final Pattern ASIDE_OPENING = Pattern.compile(
            "(?i)\\s*(?:\\(?\\w{1,5}[.)]\\s*)?(?:in\\s+(?:coordination|consultation|collaboration|cooperation)\\s+with|acting\\s+through|through)\\s");
    /**
     * A means ("measures", "steps", "action"), with what it may need, set off by a comma from the purpose that names the
     * act: "take such measures as may be necessary, to ensure that …".
     */
    private static final Pattern MEANS_COMMA_PURPOSE = Pattern.compile(
            "(?i)\\b(?<means>(?:measures|steps|actions?)(?:\\s+as\\s+(?:may\\s+be|are)\\s+(?:necessary|appropriate|required|needed))?)"
                    + ",\\s+(?=to\\s+ensure\\s)");
    /**
     * A clause of "that" in the subjunctive after a verb that requires ("require that X be listed"), whose subject has a
     * relative clause of its own before the subjunctive "be" and its participle: "require that wastes [that are to be
     * shipped ]be packaged"; the "be" of the relative clause itself ("are to be shipped") is not the clause's.
     */
    private static final Pattern RELATIVE_BEFORE_SUBJUNCTIVE = Pattern.compile(
            "(?i)\\b(?:require[sd]?|requiring|ensures?|demands?|requests?|directs?|stipulates?|insists?|recommends?)\\s+that\\s+"
                    + "(?:(?!(?:that|which|who|be)\\s)[\\p{L}\\p{N}'’-]+\\s+){1,6}?"
                    + "(?<relative>(?:that|which)\\s+[^,;:.()]{1,80}?"
                    + "(?<!\\bto|\\bwill|\\bshall|\\bmay|\\bmust|\\bcan|\\bcould|\\bwould|\\bshould|\\bnot|\\bis|\\bare)\\s+)"
                    + "(?=be\\s+\\p{Ll}{2,}(?:ed|en)\\b)");
    /** A series of single words joined by commas and a last "and" or "or": "promote, facilitate and finance". */
    private static final Pattern SERIES_BEFORE_HEDGE = Pattern.compile(
            "(?:^|\\s)\\p{Ll}+(?:,\\s*\\p{Ll}+)+,?\\s+(?:and|or)\\s+\\p{Ll}+\\s*$");
    /** A hedge, or two joined by "and", set off by commas inside the sentence. */
    private static final Pattern HEDGE_ASIDE = Pattern.compile(
            "(?i)(?:,\\s*" + HEDGE + "(?:,?\\s+and\\s+" + HEDGE + ")?\\s*,"
            // "ensure that, where appropriate, exporters keep …", "review and, if necessary, amend …": a hedge on where the
            // duty applies (not one before a second object after "and": "review X and, where necessary, [the] Y")
            + "|(?<!\\b(?:and|or)\\s{0,2}),\\s*" + WHERE_HEDGE + "\\s*,"
            + "|,\\s*" + WHERE_HEDGE + "\\s*,(?!\\s*(?:the|a|an|its|their|any|all|such|other)\\s))"
            // not a hedge that leads in to a condition: "recommend action, if necessary, [should] a partner fail to …"
            + "(?!\\s*(?:should|were|had|unless|if|when|where)\\s)"
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
                    + "(?=(?:a|an|the|its|their|all|any|such|new|additional|technical|financial)\\s"
                    // or a bare noun ("commit to provide, information on …"), not a qualifier's first word or an adverb
                    + "|(?!(?:as|at|by|for|from|in|into|on|of|to|with|within|without|through|throughout|under|upon|where|when"
                    + "|if|unless|while|including|subject|consistent|pursuant|respectively|among|between|during|until|after"
                    + "|before|via|per|not|also|both|either|together|inter|and|or|that|which|who)\\s)(?!\\p{Ll}+ly\\s)\\p{Ll}{3,}\\s)");

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
    private static boolean onlyQualifier(TaggedWords t, int start) {
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
    private static String withRelativeAntecedent(String beforeAction, String text, TaggedWords t, int start) {
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
    static boolean isSentenceEnd(TaggedWords t, int k) {
        return k >= t.size() || t.lower(k).equals(".") || t.lower(k).equals("!") || t.lower(k).equals("?");
    }

    /** The parties as the agent of a passive provision: "by the Parties", "by each Participant". */
    private static final Set<String> GROUP_AGENTS = Set.of("parties", "party", "participants", "participant", "sides", "side",
            "signatories", "governments", "government", "members", "representatives", "officials", "delegates", "delegations");

    /** Words that open an object after its recipient: "deliver to the Secretary [an] assessment". */
    private static final Set<String> INDEFINITE = Set.of("a", "an", "its", "their", "any", "all");

    /** A noun that names an activity ("exploration", "processing"), which no tagger takes for an imperative. */
    static final Pattern ACTION_NOUN = Pattern.compile("\\p{L}{3,}(?:tion|sion|ment|ing|ance|ence)");

    /** Tags a noun phrase starts with. */
    static final Set<String> NOUN_PHRASE_START = Set.of("DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON");

    /**
     * The frame a lead-in gives its items: its verb, with a preposition after it ("cooperate in"), when nothing but
     * words such as "the following" come between them and the final colon.
     */
    private static String frame(String sentence, TaggedWords t, int start, LemmatizerME lemmatizer) {
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
    private static boolean secondParticiple(TaggedWords t, int k) {
        String word = t.lower(k);
        return t.tag(k).equals("VERB") && (word.endsWith("ed") || IRREGULAR_PARTICIPLES.containsKey(word))
                && (k + 1 == t.size() || !t.isWord(k + 1) || t.tag(k + 1).equals("ADP") || t.tag(k + 1).equals("ADV") || t.lower(k + 1).equals("to"));
    }

    private static String phrase(String sentence, int at, int context, TaggedWords t, int start, int first, LemmatizerME lemmatizer) {
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
                int end = after < t.size() && !ActionEnd.stopsAt(t, after, start) ? ActionEnd.end(t, after, MAX_WORDS) : after;
                // "shall be revised [as] set forth in …": a lone word that cannot end the phrase is no complement
                String complement = end > after && !(end == after + 1 && ActionEnd.endsBadly(t, end)) ? " " + t.text(after, end, null) : "";
                return verb + " " + subject + complement;
            }
        }
        if (isStateToReach(t, start)) {
            // "The tariff cuts will be effective from …" → "make the tariff cuts effective": the state is the content
            // the subject of "be": "expect that [these reductions] will be …"
            String subject = subject(sentence.substring(0, context + t.spans()[start].getStart()));
            // ("the President will be clear in his message": a subject that acts is in the state itself)
            if (!subject.isEmpty() && !actsItself(subject)) {
                return "make " + subject + " " + t.text(start + 1, ActionEnd.end(t, start, MAX_WORDS), null);
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
                    // "provide to the Commissioner the following: a statement of expenditures, …": the items are the object
                    int item = listedObject(t, k);
                    if (item > k) {
                        return verbs + " " + t.text(item, ActionEnd.end(t, item, MAX_WORDS - 1 - (dative - start)), null);
                    }
                    return verbs + " " + t.text(k, ActionEnd.end(t, k, MAX_WORDS - 1 - (dative - start)), null);
                }
            }
        }
        // "notify WHO[, by the fastest means, and within 24 hours of assessment,] of all events …": what the notice is of
        // comes after the asides that tell how and when it is given
        String noticed = noticeAfterAsides(t, start, lemmatizer);
        if (noticed != null) {
            return noticed;
        }
        // "consider, when making recommendations, possible actions": the aside after the verb is left out
        // ("reduce and eliminate, in accordance with this Article, import duties": two verbs of the object; "to exempt,
        // wholly or partially, imports": after "to", a verb the tagger read as a noun; not a series of verbs
        // "promote, facilitate, and expand trade")
        // ("promptly publish, or otherwise make available, all …": the verb after its adverb)
        int head = start + 1 < t.size() && t.tag(start).equals("ADV") && t.lower(start).endsWith("ly") && t.isVerb(start + 1) ? start + 1 : start;
        int verbs = head + 3 < t.size() && t.tag(head + 1).equals("CCONJ") && t.tag(head + 2).equals("VERB") ? head + 2 : head;
        // "develop, strengthen and maintain, as soon as possible, the capacity": three verbs share the object after the aside
        // (the middle one in lower case whatever its tag: the tagger reads "strengthen" between commas as an adverb)
        if (verbs == head && head + 5 < t.size() && t.isVerb(head) && t.lower(head + 1).equals(",") && t.isWord(head + 2)
                && !t.capitalized(head + 2) && !t.tag(head + 2).matches("DET|PRON|NUM|ADP")
                && t.tag(head + 3).equals("CCONJ") && t.tag(head + 4).equals("VERB") && t.lower(head + 5).equals(",")) {
            verbs = head + 4;
        }
        // "establish, as far as possible, common positions" written without its first comma: the qualifier is the aside
        int qualifier = verbs + 1 < t.size() && t.isVerb(head) ? t.matchAt(Section.QUALIFIER, verbs + 1) : -1;
        // "coordinate as appropriate [their positions]", written without commas at all: a qualifier of two words or more
        // that takes no object of its own ("as appropriate", not "in accordance with") is the aside
        int objectAt = qualifier > verbs + 1 && qualifier < t.size() && t.lower(qualifier).equals(",") ? qualifier + 1
                : qualifier > verbs + 2 && qualifier + 1 < t.size() && t.tag(qualifier - 1).matches("ADJ|ADV|VERB")
                        && !(t.tag(qualifier).equals("PRON") && !POSSESSIVES.contains(t.lower(qualifier))) ? qualifier : -1;
        if (objectAt > 0 && objectAt < t.size() && t.isWord(objectAt) && !ActionEnd.stopsAt(t, objectAt, start)
                && (NOUN_PHRASE_START.contains(t.tag(objectAt)) || objectAt == qualifier && t.lower(objectAt).endsWith("ly"))) {
            // the parties are not part of their action: "[their] rules"
            int from = objectAt + 1 < t.size() && t.matchAt(Section.PARTY_POSSESSIVE, objectAt) > objectAt
                    && NOMINAL.contains(t.tag(objectAt + 1)) ? objectAt + 1 : objectAt;
            String text = t.text(from, ActionEnd.end(t, objectAt, MAX_WORDS - 1 - (verbs - start)), null);
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
            // (and where it tells how soon: "maintain, as soon as possible but no later than five years from …, the capacity")
            boolean timeAside = verbs + 3 < t.size() && (deadlineEnd(t, verbs + 2) > verbs + 2
                    || t.lower(verbs + 2).equals("as") && t.lower(verbs + 3).equals("soon")
                    || t.lower(verbs + 2).equals("no") && t.lower(verbs + 3).equals("later"));
            int close = t.find(",", verbs + 2, verbs + 2 + (timeAside ? MAX_TIME_ASIDE
                    : t.tag(verbs + 2).equals("ADP") ? MAX_VERB_ASIDE : MAX_SKIP));
            boolean series = close == verbs + 3 || close > 0 && close + 1 < t.size() && t.tag(close + 1).equals("CCONJ");
            if (close > 0 && close + 1 < t.size() && t.isWord(close + 1) && !series && !ActionEnd.stopsAt(t, close + 1, start)) {
                int objectEnd = ActionEnd.end(t, close + 1, MAX_WORDS - 1 - (verbs - start));
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
            return asker + " to " + t.text(told, ActionEnd.end(t, told, Math.max(rest, MAX_NEXT_WORDS)), lemmatizer);
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
        String joined = JoinedActions.joined(t, start, lemmatizer, MAX_WORDS, parts);
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

    /** The most words of the recipient of a notice before its asides: "notify [the competent authority of the other Party],". */
    private static final int MAX_NOTICE_RECIPIENT = 7;
    /** The most asides in commas between a notice's recipient and what it is of. */
    private static final int MAX_NOTICE_ASIDES = 4;

    /**
     * "notify WHO, by the most efficient means, by way of its focal point, and within 24 hours, of all events …" →
     * "notify WHO of all events …": a verb of notice (vocabulary "notice-verb"), its short recipient, then asides in
     * commas, then "of" and what the notice is of; null where the sentence is not built so.
     */
    private static String noticeAfterAsides(TaggedWords t, int start, LemmatizerME lemmatizer) {
        if (!t.isVerb(start) || t.matchAt(Section.NOTICE_VERB, start) != start + 1) {
            return null;
        }
        int comma = -1;
        for (int k = start + 1; k < Math.min(t.size(), start + 1 + MAX_NOTICE_RECIPIENT); k++) {
            if (t.lower(k).equals(",")) {
                comma = k;
                break;
            }
            if (!t.isWord(k) || t.isVerb(k) || t.lower(k).equals("of")) {
                return null;
            }
        }
        if (comma <= start + 1) {
            return null;
        }
        int k = comma;
        for (int asides = 0; asides < MAX_NOTICE_ASIDES; asides++) {
            int next = t.find(",", k + 1, k + 1 + MAX_TIME_ASIDE);
            if (next < 0 || next == k + 1) {
                return null;
            }
            for (int j = k + 1; j < next; j++) {
                // another clause or a list, not an aside
                if (t.lower(j).equals(";") || t.lower(j).equals(":") || MODALS.contains(t.lower(j))) {
                    return null;
                }
            }
            if (next + 2 < t.size() && t.lower(next + 1).equals("of") && t.isWord(next + 2)) {
                int budget = MAX_WORDS - wordsBetween(t, start, comma);
                int end = ActionEnd.end(t, next + 1, budget);
                return t.lemma(lemmatizer, start) + " " + t.text(start + 1, comma, null) + " " + t.text(next + 1, end, null);
            }
            k = next;
        }
        return null;
    }

    /** Facts of {@link JoinedActions#joined}: the further action dropped for want of words, the second one kept, the first one's end. */
    static final int DROPPED = 0;
    static final int SECOND = 1;
    static final int FIRST_END = 2;
    private static final int PART_FACTS = 3;
    /** The fewest words a first action shortened for a further one keeps: a verb and its object's head. */
    private static final int MIN_REBALANCED_WORDS = 3;

    /**
     * The actions joined with the first one's budget shortened so that {@code dropped}, the further action the whole
     * budget left out, has its words; null where the shorter first action would not end on a noun, or another action
     * would be read.
     */
    private static String rebalanced(TaggedWords t, int start, LemmatizerME lemmatizer, int dropped, int wholeEnd) {
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
        int budget = MAX_TOTAL_WORDS - wordsBetween(t, dropped, ActionEnd.end(t, dropped, MAX_NEXT_WORDS));
        if (!t.tag(k).equals("CCONJ") || !modal) {
            return null;
        }
        for (int words = Math.min(budget, MAX_WORDS - 1); words >= MIN_REBALANCED_WORDS; words--) {
            // the first action is cut where it ends on a noun: "advise the Board concerning the progress [made in …]"
            int end = ActionEnd.end(t, start, words);
            if (end >= wholeEnd) {
                continue;
            }
            // (where its noun phrase ends: not "in a high-pressure [acid leach plant]"; only the longest such cut)
            if (end > start && end < dropped && (t.tag(end - 1).equals("NOUN") || t.tag(end - 1).equals("PROPN"))
                    && !NOMINAL.contains(t.tag(end)) && !t.tag(end).equals("ADJ")) {
                if (wordsBetween(t, start, end) < MIN_REBALANCED_WORDS || ActionEnd.endsBadly(t, end) || !longTail(t, end, wholeEnd)) {
                    return null;
                }
                int[] parts = new int[PART_FACTS];
                parts[SECOND] = dropped;
                String joined = JoinedActions.joined(t, start, lemmatizer, words, parts);
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
    private static boolean longTail(TaggedWords t, int end, int wholeEnd) {
        boolean clause = t.tag(end).equals("VERB") || t.lower(end).equals("that") || t.lower(end).equals("which")
                || t.lower(end).equals("including");
        return clause || wordsBetween(t, end, wholeEnd) >= MIN_LONG_TAIL;
    }

    /** How many words a first action must lose for a further one before the loss is no short complement. */
    private static final int MIN_LONG_TAIL = 5;

    /**
     * A verb whose object is only the list after a colon in the same sentence ("shall consider: (a) joint stockpiling
     * …; (b) …", "cooperate in the following areas: exploration, processing …") with the list's first item, or null.
     */
    private static String withFirstItem(TaggedWords t, int start, LemmatizerME lemmatizer) {
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
        int e = ActionEnd.end(t, item, MAX_WORDS - (frameEnd - start));
        return e > item ? frame + " " + t.text(item, e, null) : null;
    }

    /**
     * The first item after the colon where the object at {@code k} only leads in to a list ("the following:"), else -1.
     */
    private static int listedObject(TaggedWords t, int k) {
        int colon = k;
        while (colon < t.size() && t.lower(colon).matches("the|following")) {
            colon++;
        }
        if (colon == k || colon + 1 >= t.size() || !t.lower(colon).equals(":") || !t.lower(colon - 1).equals("following")) {
            return -1;
        }
        int item = colon + 1;
        return NOUN_PHRASE_START.contains(t.tag(item)) ? item : -1;
    }

    /** Prepositions that open what a report is about, after its recipient: "report to the Director [on] steps …". */
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("on", "regarding", "concerning", "about");

    /** "There shall be …" before the cue. */
    private static final Pattern EXISTENTIAL = Pattern.compile("(?i)\\bthere(?:\\s+\\S+){0,2}\\s*$");

    /**
     * The body a provision with "there" sets up, with the verb that does it, or null: "There shall be established a
     * Joint Committee" → "establish a Joint Committee", "There shall be a Working Group on …" → "establish a Working
     * Group on …" (only for the bodies of section {@code body-noun}: "there will be no tariff" sets up nothing).
     */
    private static String existentialBody(String beforeCue, TaggedWords t, int be, int participle, LemmatizerME lemmatizer) {
        if (be + 1 >= t.size() || !t.lower(be).equals("be") || !EXISTENTIAL.matcher(beforeCue).find()) {
            return null;
        }
        if (t.isPassive(be, participle) && participle + 1 < t.size() && t.tag(participle + 1).equals("DET")) {
            int e = ActionEnd.end(t, participle + 1, MAX_WORDS - 1);
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
        int e = ActionEnd.end(t, be + 1, MAX_WORDS - 1);
        return e > head ? "establish " + t.text(be + 1, e, null) : null;
    }

    /** How far a first action cut by the word limit is followed to the semicolon before the next action. */
    static final int MAX_CLAUSE_WORDS = 30;

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
    private static boolean isStateToReach(TaggedWords t, int i) {
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
    private static String nominalAction(TaggedWords t, int start) {
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
        if (object < t.size() && t.isWord(object) && !ActionEnd.stopsAt(t, object, object)) {
            out.append(' ').append(t.text(object, ActionEnd.end(t, object, MAX_WORDS - verbs.size()), null));
        }
        return out.toString().strip();
    }

    private static int skipAdjectives(TaggedWords t, int k) {
        int i = k;
        while (i < t.size() && i - k < 2 && t.tag(i).equals("ADJ")) {
            i++;
        }
        return i;
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
    private static int verbAfterLaterCue(TaggedWords t, int start) {
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

    private static String pledgedThing(TaggedWords t, int start, boolean events, LemmatizerME lemmatizer) {
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
        int end = ActionEnd.end(t, start, MAX_WORDS - 1);
        if (end <= start) {
            return null;
        }
        String thing = verb + " " + t.text(start, end, null);
        // "committed to Europe's energy security and to [accelerating] the transition": a second pledge, of an act
        int words = 1 + wordsBetween(t, start, end);
        int act = end + 2;
        if (act < t.size() && t.lower(end).equals("and") && t.lower(end + 1).equals("to") && t.lower(act).endsWith("ing")
                && t.lower(act).length() > MIN_GERUND && !ING_ADJECTIVES.contains(t.lower(act)) && words < MAX_TOTAL_WORDS - 2) {
            int actEnd = ActionEnd.end(t, act, MAX_TOTAL_WORDS - words - 1);
            if (actEnd > act) {
                thing += " and " + t.text(act, actEnd, lemmatizer);
            }
        }
        // "committed to responsible sourcing, as well as their support for [the application of …]": a second pledge
        int support = end < t.size() && t.lower(end).equals(",") ? supportAfterAsWellAs(t, end + 1) : -1;
        if (support > 0 && words < MAX_TOTAL_WORDS - 2) {
            int supportEnd = ActionEnd.end(t, support + 2, MAX_TOTAL_WORDS - words - 1);
            if (supportEnd > support + 2) {
                thing += "; support " + t.text(support + 2, supportEnd, null);
            }
        }
        return thing;
    }

    /** The first part of a hyphenated word, however the tagger reads it: "[Indo]-Pacific". */
    private static boolean opensHyphenated(TaggedWords t, int k) {
        return k + 1 < t.size() && t.lower(k + 1).equals("-") && t.glued(k + 1) && t.isWord(k);
    }

    /** An "and", "or" or comma between two adjectives of one noun phrase: "a free [and] open Indo-Pacific". */
    private static boolean joinsAdjectives(TaggedWords t, int k) {
        String w = t.lower(k);
        return k > 0 && k + 1 < t.size() && (w.equals("and") || w.equals("or") || w.equals(","))
                && t.tag(k - 1).equals("ADJ") && (t.tag(k + 1).equals("ADJ") || t.lower(k + 1).endsWith("ed"));
    }

    /** The tag at {@code k} without the possessive the tagger joins to it: "PROPN+PART" → "PROPN". */
    private static String untagged(TaggedWords t, int k) {
        String tag = t.tag(k);
        return tag.endsWith("+PART") ? tag.substring(0, tag.length() - "+PART".length()) : tag;
    }

    /**
     * The verb after a noun phrase that only names the means of an act, where an item opens with one: "Programs to
     * [train] a skilled workforce", "coordinated efforts to [build] reserves"; else {@code i}.
     */
    private static int afterMeans(TaggedWords t, int i) {
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

    /** How many modifiers may stand between a means' verb and its noun: "take [all necessary and appropriate] measures". */
    private static final int MAX_MEANS_MODIFIERS = 6;

    /**
     * The "ensure" of a means' purpose right after the action's verb, "take [the appropriate] measures to [ensure] that
     * …", "use all means to [ensure] that …"; else -1.
     */
    private static int ensuredAfterMeans(TaggedWords t, int start) {
        // (only a verb whose object is only the means: "take", "use"; "include procedures to ensure …" includes them)
        if (start + 4 >= t.size() || t.matchAt(Section.MEANS_VERB, start) == start) {
            return -1;
        }
        int k = start + 1;
        while (k < t.size() && k - start <= MAX_MEANS_MODIFIERS && (t.tag(k).equals("DET") || t.tag(k).equals("ADJ")
                || t.tag(k).equals("CCONJ") || t.lower(k).equals(","))) {
            k++;
        }
        int to = t.matchAt(Section.MEANS_NOUN, k);
        if (to == k || to + 2 >= t.size() || !t.lower(to).equals("to")) {
            return -1;
        }
        int that = t.matchAt(Section.CLAUSE_HEAD, to + 1);
        return that > to + 1 && that + 1 < t.size() && t.lower(that).equals("that") && t.isWord(that + 1) ? to + 1 : -1;
    }

    /**
     * Whether the action {@code text} from a means holds the "ensure" at {@code ensure} and the verb of its clause: the
     * first auxiliary or finite verb after "that", not a participle of the clause's subject ("persons [involved] in
     * …"). A clause with no verb the tagger saw is held where the action holds "ensure".
     */
    private static boolean reachesClauseVerb(TaggedWords t, int ensure, String text) {
        String lower = " " + text.toLowerCase(Locale.ROOT) + " ";
        int at = lower.indexOf(" " + t.lower(ensure) + " ");
        if (at < 0) {
            return false;
        }
        for (int v = ensure + 2; v < t.size() && !isSentenceEnd(t, v) && !t.lower(v).equals(";"); v++) {
            String w = t.lower(v);
            if (t.tag(v).equals("AUX") || t.tag(v).equals("VERB") && !w.endsWith("ed") && !w.endsWith("ing")
                    && !IRREGULAR_PARTICIPLES.containsKey(w)) {
                return lower.indexOf(" " + w + " ", at) > 0;
            }
        }
        return true;
    }

    /** Prepositions that open a complement of the verb after an aside: "on the mapping of …", not "at the request of …". */
    static final Set<String> ASIDE_COMPLEMENTS = Set.of("on", "in", "into", "for", "with", "regarding", "concerning",
            "about", "against", "through", "under", "towards", "toward", "across", "between");
    /** How far an aside in commas may go before the complement after it. */
    static final int MAX_ASIDE_WORDS = 16;

    /** Words that single out what follows, before a complement after an aside: "notably through …". */
    static final Set<String> FOCUS_ADVERBS = Set.of("notably", "particularly", "especially", "mainly", "primarily",
            "chiefly", "principally");

    /** Words that open a clause of condition or time: "if", "when". */
    static final Set<String> CONDITIONS = Set.of("if", "when", "where", "whenever", "once", "unless", "as", "while");

    /**
     * The coordinated action after an action whose object an aside separated from its verb, with "; ": "coordinate,
     * individually and collectively, the release of stocks, and [take measures to restore supply]"; "" when none follows.
     */
    private static String furtherAction(TaggedWords t, int end, int first, int words, LemmatizerME lemmatizer) {
        int next = end < t.size() ? nextAction(t, end, first) : -1;
        if (next < 0 || MAX_TOTAL_WORDS - words < 2) {
            return "";
        }
        int e = ActionEnd.end(t, next, Math.min(MAX_NEXT_WORDS, MAX_TOTAL_WORDS - words));
        if (e < t.size() && t.lower(e).equals("to") && t.matchAt(Section.MEANS_NOUN, e - 1) == e) {
            e = ActionEnd.end(t, next, MAX_TOTAL_WORDS - words); // "take measures [to restore supply]": a means with its purpose
        }
        return e > next + 1 ? "; " + t.text(next, e, lemmatizer) : "";
    }

    /** How far after "within" a number or a time word makes it a deadline. */
    private static final int MAX_TIME_DISTANCE = 4;

    /**
     * The end of the deadline that starts at token {@code k}, else {@code k}. "within" bounds a time only where a number
     * or a time word follows soon ("within 90 days", "within a reasonable period"); "within the network" is a place.
     */
    static int deadlineEnd(TaggedWords t, int k) {
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

    /** Verbs that report speech: after "and" they open a report of another clause, not a coordinated action. */
    private static final Set<String> REPORTING_VERBS = Set.of("said", "says", "added", "adds", "stated", "states", "told", "noted");

    /** Modals that bind a further act as the first one is bound, not what a party may do. */
    private static final Set<String> DUTY_MODALS = Set.of("shall", "will", "must");

    /** Endings of nouns that are seldom verbs: "leakage", "procurement", "inspection", "readiness", "capacity". */
    static final Pattern NOUN_FORM = Pattern.compile("\\p{L}{3,}(?:age|ment|tion|sion|ness|ity|ance|ence)");

    /** The verb that starts the next coordinated action after {@code end} ("; assist", ", and enhance"), or -1. */
    static int nextAction(TaggedWords t, int end, int first) {
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
    private static boolean verbAfterAsWellAs(TaggedWords t, int k) {
        return k >= 3 && k + 1 < t.size() && asWellAs(t, k - 3) && !t.capitalized(k) && BARE_VERB_FORM.matcher(t.lower(k)).matches()
                && t.tag(k + 1).equals("DET") && !t.lower(k + 1).equals("that");
    }

    /** Possessives of the parties before a pledge noun: "as well as [their] support for …". */
    private static final Set<String> OWN_POSSESSIVES = Set.of("its", "their", "our");

    /**
     * Where "as well as" at {@code k} is followed by the parties' own support ("as well as their support for …"), the
     * index of "support"; -1 otherwise.
     */
    static int supportAfterAsWellAs(TaggedWords t, int k) {
        return asWellAs(t, k) && k + 5 < t.size() && OWN_POSSESSIVES.contains(t.lower(k + 3)) && t.lower(k + 4).equals("support")
                && t.lower(k + 5).equals("for") ? k + 4 : -1;
    }

    /** Whether "as well as" starts at {@code k}. */
    private static boolean asWellAs(TaggedWords t, int k) {
        return k + 2 < t.size() && t.lower(k).equals("as") && t.lower(k + 1).equals("well") && t.lower(k + 2).equals("as");
    }

    /** A word that is no adjective's or noun's form only: "promote", "exchange" (not "national", "new", "exports", "further"). */
    private static final Pattern BARE_VERB_FORM = Pattern.compile("\\p{Ll}{4,}(?<!s|ed|ing|er|est|ly|al|an|ive|ous|ic|ful|ent|ant)");

    /**
     * Whether the word at {@code k} after "and to" is the verb of a second infinitive of the cue, where the tagger read it
     * as an adjective or a noun before its object: "agreed to build a hotline and to [exchange] data on cobalt".
     */
    private static boolean secondInfinitive(TaggedWords t, int k, int first) {
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
    private static boolean closesInfinitives(TaggedWords t, int k) {
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

    /** Possessives that open an object noun phrase: "amend [its] rules". */
    static final Set<String> POSSESSIVES = Set.of("its", "their", "our", "his", "her", "your", "my");

    /**
     * Whether the word at {@code k}, after "and" and an aside, is the verb the aside leads to ("apply and, where
     * necessary, [strengthen] its rules"), also where the tagger, missing the verb before it, read it as another word.
     */
    private static boolean verbAfterAside(TaggedWords t, int k) {
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
    static int clauseAction(TaggedWords t, int at) {
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
    private static boolean seriesSubjectComma(TaggedWords t, int k, int subject) {
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
    private static boolean afterNotOnly(TaggedWords t, int k) {
        for (int j = k - 1; j > 0 && j >= k - MAX_NOT_ONLY_REACH; j--) {
            if (t.lower(j).equals("only") && t.lower(j - 1).equals("not")) {
                return true;
            }
        }
        return false;
    }

    /** Adverbs of time or manner between a clause's modal and its verb: "now", "jointly", "further". */
    private static final Pattern MANNER_BEFORE_VERB = Pattern.compile("now|then|further|\\p{L}+ly");

    /**
     * The verb of a pledge with a cue of its own after a reaffirmed commitment, where the action would start with that
     * commitment's preposition: "reaffirm their commitments [under the WTO Agreement …] and intend to [discuss] …";
     * else {@code start}.
     */
    private static int laterCue(TaggedWords t, int start) {
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
    static final int MAX_PLEDGE_REACH = 40;

    /**
     * "and" between two names of one subject: "…, and [Japan and] Chile will", "and the United States [and] the
     * European Commission intend to".
     */
    private static boolean namesJoined(TaggedWords t, int k, int from) {
        int name = k + 1 < t.size() && t.lower(k + 1).equals("the") ? k + 2 : k + 1;
        return t.lower(k).equals("and") && k > from && name < t.size() && t.capitalized(k - 1) && t.capitalized(name);
    }

    /**
     * A preposition that ties a clause's subject to the state or city it belongs to: "and the government [of] Korea
     * will …", "and the authorities [in] Kyiv will …".
     */
    static boolean isPlaceLink(TaggedWords t, int k, int from) {
        int name = k + 2 < t.size() && t.lower(k + 1).equals("the") ? k + 2 : k + 1;
        return k > from && name < t.size() && PLACE_LINKS.contains(t.lower(k)) && t.tag(k - 1).equals("NOUN")
                && !t.capitalized(k - 1) && t.capitalized(name);
    }

    private static final Set<String> PLACE_LINKS = Set.of("of", "in");

    /** A preposition inside a name: "Japan Bank [for] International Cooperation", "Ministry [of] Finance". */
    static boolean isNameLink(TaggedWords t, int k, int from) {
        return t.tag(k).equals("ADP") && k > from && k + 1 < t.size() && t.capitalized(k - 1) && t.capitalized(k + 1);
    }

    /**
     * Whether a pledge's cue starts at {@code k}: a modal ("and Jordan [will]"), or a cue that ends in "to" ("and
     * [intends to]", which the tagger may read as a noun); not the "to" of "zinc and lead [to] smelters".
     */
    static boolean opensPledge(TaggedWords t, int k) {
        int cue = t.matchAt(Section.CUE, k);
        return MODALS.contains(t.lower(k)) || cue - k >= 2 && t.lower(cue - 1).equals("to");
    }

    /** How far past the end of an action its coordinated verb is looked for. */
    private static final int MAX_LATER = 20;

    /**
     * The verb of a coordinated action that a modifier left out of the action separates from it ("identify projects
     * [capable of closing gaps in their supply chains] and adopt measures"), or -1. A verb in the first one's form
     * that no conjunction opens belongs to a clause of the object ("projects that meet standards and …"): none then.
     */
    static int laterAction(TaggedWords t, int end, int first) {
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
    private static boolean participlePair(TaggedWords t, int k) {
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
    static boolean hasComplement(TaggedWords t, int v) {
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
    private static int start(TaggedWords t, int first, boolean objectCue) {
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
            if (to > 0 && to + 1 < t.size() && (t.isVerb(to + 1) || t.tag(to + 1).equals("NOUN") || adverbAfterTo(t, to + 1)
                    || negationBeforeVerb(t, to + 1))) {
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
                if (t.lower(k).equals("to") && (t.isVerb(k + 1) || t.tag(k + 1).equals("NOUN") || adverbAfterTo(t, k + 1)
                        || negationBeforeVerb(t, k + 1))) {
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
    private static boolean pluralInToldList(TaggedWords t, int k) {
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
    private static boolean passiveAt(TaggedWords t, int be) {
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
    private static boolean participleModifier(TaggedWords t, int k) {
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
    private static boolean agentNounInName(TaggedWords t, int k) {
        return k > 0 && k + 1 < t.size() && t.lower(k).endsWith("er") && !t.capitalized(k)
                && t.tag(k - 1).equals("NOUN") && t.tag(k + 1).equals("NOUN");
    }

    /** After a dash aside that opens the action ("will—after hearing the board—[decide]", "must—and can—[deliver]"). */
    private static int afterDashAside(TaggedWords t, int i) {
        int close = i < t.size() && DASHES.contains(t.lower(i)) ? closingDash(t, i) : -1;
        return close > i && close + 1 < t.size() && t.isWord(close + 1) ? skipCue(t, close + 1) : i;
    }

    /** An adverb before the told parties' verb: "call on Ministers to [regularly] engage". */
    private static boolean adverbBeforeVerb(TaggedWords t, int k) {
        return k + 1 < t.size() && t.tag(k).equals("ADV") && t.lower(k).endsWith("ly") && t.isVerb(k + 1);
    }

    /**
     * An adverb right after the told parties' "to", before their verb: "call on Iran to [fully] comply". Only a verb can
     * follow "to" and an adverb, so a word the tagger misreads there ("comply" as an adjective) is still the verb.
     */
    private static boolean adverbAfterTo(TaggedWords t, int k) {
        return adverbBeforeVerb(t, k) || k + 1 < t.size() && t.lower(k).endsWith("ly") && !t.capitalized(k)
                && t.isWord(k + 1) && !t.capitalized(k + 1) && (t.isVerb(k + 1) || MISREAD_VERB_TAGS.contains(t.tag(k + 1)));
    }

    /**
     * "not" or "never" right after the told parties' "to", before their verb: "call on Congress to [not] delay and pass
     * the bill"; the negation is part of what they are asked to do. Only a verb can follow "to not", so a word the
     * tagger misreads there ("delay" as a noun) is still the verb.
     */
    private static boolean negationBeforeVerb(TaggedWords t, int k) {
        return k + 1 < t.size() && (t.lower(k).equals("not") || t.lower(k).equals("never"))
                && t.isWord(k + 1) && !t.capitalized(k + 1)
                && (t.isVerb(k + 1) || MISREAD_VERB_TAGS.contains(t.tag(k + 1)) || adverbAfterTo(t, k + 1));
    }

    /** Tags the tagger gives a verb after an adverb in a fragment ("to fully comply", "to immediately cease"). */
    private static final Set<String> MISREAD_VERB_TAGS = Set.of("NOUN", "ADJ");

    /**
     * Modals after which asking others to act is the party's own pledge ("will encourage", a report's "said it would
     * encourage"), unlike "should encourage".
     */
    private static final Set<String> PLEDGING_MODALS = Set.of("will", "shall", "must", "would", "to");

    /** Whether the object cue at {@code i} ("encourage", "invite") is what the party pledges to do. */
    private static boolean pledgesToTell(TaggedWords t, int i) {
        int cue = i < t.size() ? t.matchAt(Section.OBJECT_CUE, i) : i;
        int before = i - 1;
        while (before > 0 && t.tag(before).equals("ADV")) {
            before--;
        }
        return cue > i && cue < t.size() && !t.lower(cue).equals("to") && before >= 0 && PLEDGING_MODALS.contains(t.lower(before));
    }

    /** The verb the told parties are asked to take up: "invite other partners, including Korea, to [join]", or -1. */
    private static int toldVerb(TaggedWords t, int i) {
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
    static int afterAmount(TaggedWords t, int i) {
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

    static final Set<String> MONEY_WORDS = Set.of("million", "billion", "trillion", "mn", "bn");

    /**
     * A fact sheet's item that pledges one amount names the investment with what it pays for: "Up to $2 billion to
     * build a smelter" → "invest up to $2 billion to build a smelter", "up to $900 million for a plant" → "invest up to
     * $900 million for a plant". An item of several amounts ("$3 billion to build X and $2 billion to build Y") is read
     * as its actions.
     */
    private static String withAmountInvested(TaggedWords t, int first, int start, String text) {
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
    private static int amountEnd(TaggedWords t, int i) {
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
    static int skipCue(TaggedWords t, int first) {
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
                int cue = Math.max(Math.max(t.matchAt(Section.CUE, i), t.matchAt(Section.LIGHT_VERB, i)),
                        Math.max(effortEnd(t, i), effortAfterCue(t, i)));
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
                } else if (bareQualifierBeforeVerb(t, i) > i) {
                    // "shall [at a minimum] adopt …", "will [where possible] align …": a hedge before the verb, without
                    // commas, is a qualifier moved forward, not part of the act
                    i = bareQualifierBeforeVerb(t, i);
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
    private static boolean opensItem(TaggedWords t, int i) {
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
    private static int afterOpeningClause(TaggedWords t, int i) {
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
    private static boolean furthersObject(TaggedWords t, int i) {
        return t.lower(i).equals("further") && i + 1 < t.size() && (t.tag(i + 1).equals("DET")
                || t.matchAt(Section.PARTY_POSSESSIVE, i + 1) > i + 1 || Set.of("its", "their", "our").contains(t.lower(i + 1)));
    }

    /** Marks that close a quotation. */
    static final Set<String> CLOSING_QUOTES = Set.of("”", "\"", "»", "’");

    /** Whether "{@code word} to" is a cue's residue, a light verb or an aspect verb: "endeavour to", "seek to". */
    private static boolean isCueBeforeTo(String word) {
        return java.util.stream.Stream.of(Section.CUE, Section.LIGHT_VERB, Section.ASPECT_VERB)
                .flatMap(section -> VOCABULARY.get(section).stream())
                .anyMatch(phrase -> phrase.length == 2 && phrase[0].equals(word) && phrase[1].equals("to"));
    }

    /** The end of "expand (our) efforts to" at {@code i}, a light verb before the effort's act, else {@code i}. */
    static int effortEnd(TaggedWords t, int i) {
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

    /**
     * The verb after an effort that a cue's "to" takes as its object ("commit to [a joint effort to] expand …", "agree to
     * [concerted efforts to] curb …"): the effort names no act, its purpose is the act, as after "take steps to"; else
     * {@code i}.
     */
    static int effortAfterCue(TaggedWords t, int i) {
        if (i == 0 || !t.lower(i - 1).equals("to")) {
            return i;
        }
        int k = i;
        int modifiers = 0;
        // (the tagger may read a modifier as a noun after a determiner, "a [collaborative] effort"; a first word read as a
        // noun may be the verb: "to [advance] efforts to …")
        while (k < t.size() && modifiers < MAX_EFFORT_MODIFIERS && !EFFORT_NOUNS.contains(t.lower(k)) && (t.tag(k).equals("ADJ")
                || t.tag(k).equals("DET") || t.tag(k).equals("NOUN") && k > i && t.tag(i).equals("DET")
                || t.tag(k).equals("VERB") && t.lower(k).endsWith("ed"))) {
            k++;
            modifiers++;
        }
        int to = k + 1;
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
    private static int passiveEffortAct(TaggedWords t, String subject, String verb, int after) {
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
    static final int MAX_ASIDE = 40;

    /** How far an aside that opens with a qualifier ("in consultation with …") may go. */
    private static final int MAX_QUALIFIED_ASIDE = 100;

    /**
     * The end of a qualifier that stands right before the verb with no commas ("at a minimum [take]", "where possible
     * [adopt]"), where the qualifier is no verb itself ("including", "deepening" are read as the act); else {@code i}.
     */
    private static int bareQualifierBeforeVerb(TaggedWords t, int i) {
        int q = t.matchAt(Section.QUALIFIER, i);
        if (q <= i || q + 1 >= t.size() || t.isVerb(i) || t.lower(i).endsWith("ing") || t.capitalized(i) || !t.isWord(q)
                || t.capitalized(q) || t.lower(q).endsWith("ing") || t.lower(q).endsWith("ed")) {
            return i;
        }
        // right after the cue and the hedge only the verb can come; the tagger may read it as a noun or a preposition
        // ("where possible [adopt] common rules"), never a preposition it is
        boolean objectAhead = NOUN_PHRASE_START.contains(t.tag(q + 1)) || VERB_PREPOSITIONS.contains(t.lower(q + 1));
        boolean verb = t.tag(q).equals("VERB")
                || t.tag(q).equals("ADP") && !PREPOSITIONS.contains(t.lower(q)) && objectAhead
                || t.tag(q).equals("NOUN") && objectAhead && !t.tag(q + 1).equals("PRON");
        return verb ? q : i;
    }

    /** Words that are prepositions whatever follows them, so no verb the tagger misread. */
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "on", "at", "by", "for", "with", "from", "to", "into",
            "under", "within", "through", "across", "among", "between", "during", "after", "before", "about", "against", "over",
            "upon", "via", "without", "as", "than", "like", "per", "since", "until", "towards", "toward");

    /**
     * After a comma that opens an aside too long for {@link #MAX_SKIP} ("shall, based on the reports described in
     * section 2 and in coordination with the Administrator, deliver …"): the verb after the comma that closes it, or
     * the word after the opening comma when the aside does not start with a preposition or participle or no verb in its
     * base form follows a later comma.
     */
    private static int afterLongAside(TaggedWords t, int comma) {
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
    private static boolean adverbBeforeMisreadVerb(TaggedWords t, int k) {
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
    private static boolean baseVerbAfterAside(TaggedWords t, int k) {
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
    private static boolean seriesItem(TaggedWords t, int comma) {
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
    private static boolean verbAfterQualifier(TaggedWords t, int k) {
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
    private static boolean joinedVerb(TaggedWords t, int conjunction) {
        int next = conjunction + 1;
        return next < t.size() && t.tag(conjunction).equals("CCONJ") && t.tag(next).equals("VERB") && !t.capitalized(next)
                && t.form(next).equals(t.form(conjunction - 1));
    }

    /**
     * A modifier right after a preposition: "by [forced]", "with [unfair]" — the start of a noun phrase, not a verb; not
     * "as appropriate", "as needed", which close the action before the next one.
     */
    static boolean isModifierAfterPreposition(TaggedWords t, int i) {
        return i >= 1 && t.tag(i - 1).equals("ADP") && !t.lower(i - 1).equals("as")
                && (t.tag(i).equals("ADJ") || t.lower(i).endsWith("ed"));
    }

    /** Verbs whose object after "with" is a counterpart to act with, not the act: "work [closely] with India to …". */
    static final Set<String> WITH_COUNTERPART_VERBS = Set.of("work", "cooperate", "collaborate", "partner", "engage");

    /**
     * Whether the word in "-ing" after the conjunction at {@code k} closes a series of nouns of activities with its "of":
     * "in the exploration, development [and processing] of ores" names a third activity, not a second action.
     */
    static boolean closesActivityNouns(TaggedWords t, int k) {
        return k >= 3 && k + 2 < t.size() && t.lower(k + 1).endsWith("ing") && t.lower(k + 2).equals("of")
                && ACTION_NOUN.matcher(t.lower(k - 1)).matches() && t.lower(k - 2).equals(",")
                && ACTION_NOUN.matcher(t.lower(k - 3)).matches();
    }

    static final Set<String> DASHES = Set.of("—", "–", "--");

    /**
     * The closing dash of an aside between em dashes inside a phrase ("trust[—not fear—]within"), when a word goes on
     * after it, or -1; a dash that joins two names or numbers ("U.S. – Italy") opens none.
     */
    static int dashAsideEnd(TaggedWords t, int open) {
        if (!t.lower(open).equals("\u2014")) {
            return -1;
        }
        int close = closingDash(t, open);
        return close > open + 1 && t.lower(close).equals("\u2014") && close + 1 < t.size() && t.isWord(close + 1) ? close : -1;
    }

    /** The dash that closes the aside the dash at {@code open} opens, within a short aside, or -1. */
    private static int closingDash(TaggedWords t, int open) {
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

    /** Whether token {@code k} continues the noun phrase before it: "new nickel [and] cobalt", "rare [earth]". */
    static boolean insideNounPhrase(TaggedWords t, int k) {
        return NOMINAL.contains(t.tag(k - 1)) && (isNominal(t, k)
                || t.tag(k).equals("CCONJ") && k + 1 < t.size() && NOMINAL.contains(t.tag(k + 1)));
    }

    /** A word of a noun phrase, also a gerund before its noun: "cobalt [processing] facility". */
    static boolean isNominal(TaggedWords t, int k) {
        return NOMINAL.contains(t.tag(k)) || t.tag(k).equals("VERB") && t.lower(k).endsWith("ing") && k + 1 < t.size()
                && NOMINAL.contains(t.tag(k + 1));
    }

    /** Whether a phrase may end before token {@code p}: a preposition, punctuation or a new verb starts there. */
    static boolean isBoundary(TaggedWords t, int p) {
        String tag = t.tag(p);
        return tag.equals("ADP") || tag.equals("SCONJ") || tag.equals("AUX") || tag.equals("PUNCT") && !t.glued(p) || t.lower(p).equals("to")
                || tag.equals("CCONJ") && p + 1 < t.size() && t.tag(p + 1).equals("VERB");
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
    static boolean keepsUntil(TaggedWords t, int k) {
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

    /**
     * A past participle that opens a modifier of the object: "restrictions [imposed by third countries]". The action
     * may keep it (a reader often needs it), but a coordinated action after it is still the pledge's.
     */
    private static boolean isReducedRelative(TaggedWords t, int k, int start) {
        String w = t.lower(k);
        return k >= start + 2 && k + 1 < t.size() && t.tag(k).equals("VERB") && w.endsWith("ed")
                && t.tag(k - 1).equals("NOUN") && t.tag(k + 1).equals("ADP") && !PARTICLES.contains(t.lower(k + 1));
    }

    /** Heads that say nothing without the relative clause after them: "the extent to which …", "the manner in which …". */
    static final Set<String> EMPTY_HEADS = Set.of("extent", "degree", "manner", "way", "ways");

    /** Nouns that a number after them makes a reference to a part of a text: "sections 202 through 206". */
    static final Set<String> REFERENCE_NOUNS = Set.of("section", "sections", "subsection", "subsections", "paragraph",
            "paragraphs", "clause", "clauses", "article", "articles", "chapter", "chapters", "part", "parts", "title", "titles");

    /**
     * Only gerunds in a series before the conjunction: "strengthening, diversifying and securing supply chains" is one
     * action on a shared object, whatever the tagger read the middle ones as.
     */
    static boolean onlyGerundsBefore(TaggedWords t, int start, int conjunction) {
        for (int i = start; i < conjunction; i++) {
            if (!t.lower(i).equals(",") && !(t.isWord(i) && t.lower(i).endsWith("ing") && t.lower(i).length() > MIN_GERUND)) {
                return false;
            }
        }
        return conjunction > start + 1;
    }

    /** Words of a news report's source before its verb: "the [trade] ministry said", "Reuters reported", a titled name. */
    private static final int MAX_SOURCE_WORDS = 6; // "Industry Minister Nguyen Hong Dien told"

    /** Whether a source and a reporting verb (section {@code reporting-verb}) open at {@code k}. */
    static boolean attribution(TaggedWords t, int k) {
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

    /** Whether the token at {@code k} is the hyphen and last part of a name after its capitalized first: "Kim Yong[-beom]". */
    private static boolean hyphenInName(TaggedWords t, int k) {
        // the tokenizer splits it off alone ("Yong", "-", "beom") or with the part after it ("Min", "-jae")
        String w = t.lower(k);
        boolean hyphen = w.equals("-") ? k + 1 < t.size() && t.isWord(k + 1)
                : w.length() > 1 && w.charAt(0) == '-' && Character.isLetter(w.charAt(1));
        return hyphen && k > 0 && t.isWord(k - 1) && t.capitalized(k - 1);
    }

    /** Tags after a verb that show it takes an object: "[celebrates] the", "[protects] our". */
    static final Set<String> OBJECT_START = Set.of("DET", "PRON", "ADJ", "NUM");

    /** Words of the subject of a clause opened by a preposition and "which": "the sites on which [the new plants] will …". */
    private static final int MAX_RELATIVE_SUBJECT = 5;
    private static final Set<String> RELATIVE_SUBJECT_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM");

    /** The end of the clause {@link ActionEnd#prepositionalRelativeFits} keeps, or -1. */
    static int prepositionalRelativeEnd(TaggedWords t, int k, int start) {
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
        while (e < t.size() && !ActionEnd.stopsAt(t, e, start)) {
            e++;
        }
        return e > v && wordsBetween(t, start, e) <= MAX_TOTAL_WORDS ? e : -1;
    }

    static final Set<String> CLAUSE_SUBJECT_PRONOUNS = Set.of("we", "they", "it", "he", "she");

    /** Whether the "that" at {@code k} follows a phrase that takes a clause as "ensure" does: "make sure [that] …". */
    static boolean followsSurePhrase(TaggedWords t, int k) {
        for (int from = Math.max(0, k - 3); from < k; from++) {
            if (t.matchAt(Section.SURE_PHRASE, from) == k) {
                return true;
            }
        }
        return false;
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
    static final int MAX_SUBJECT_WORDS = 8;
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
            TaggedWords restricted = TaggedWords.of(before.substring(0, relative.start()));
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
            TaggedWords clause = TaggedWords.of(before.substring(0, shared.start()));
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
        TaggedWords t = TaggedWords.of(before.substring(from));
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
    static final Set<String> RELATIVE = Set.of("that", "which", "who");
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
        TaggedWords head = TaggedWords.of(before.substring(0, m.start()));
        if (head.size() == 0 || !NOMINAL.contains(head.tag(head.size() - 1))) {
            return false;
        }
        TaggedWords clause = TaggedWords.of(before.substring(m.end()));
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
    private static boolean insideTheSubject(TaggedWords t, int v) {
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
    private static int withComplement(TaggedWords t, int end) {
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

    static int wordsBetween(TaggedWords t, int from, int to) {
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

    /** A vocabulary phrase split as the tokenizer splits text ("e.g." stays one token, "; and" is two). */
    private static String[] tokens(String phrase) {
        return SPACES.split(phrase);
    }

    /** Whether a word in "-ing" is the gerund of an item verb: "collaborating", "cooperating", "engaging". */
    private static boolean itemVerbGerund(String w) {
        if (!w.endsWith("ing") || w.length() <= MIN_GERUND) {
            return false;
        }
        String stem = w.substring(0, w.length() - 3);
        return ITEM_VERBS.contains(stem) || ITEM_VERBS.contains(stem + "e");
    }
}
