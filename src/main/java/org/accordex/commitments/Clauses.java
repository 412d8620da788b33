package org.accordex.commitments;

import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.model.Mention;
import org.accordex.model.MentionType;
import org.accordex.nlp.RequiredWords;

/**
 * Whether a sentence's subject can commit at all, and where its subject starts: clauses about the text itself
 * ("This Agreement shall enter into force"), effects and forecasts ("This will eliminate delays"), leading
 * conditions ("If A imposes a measure, B shall consult"), names of plans that contain a party ("the G20 Energy
 * Transitions Roadmap"), quotations and their speakers, bare lead-ins ("The Participants intend to:") and list
 * items that are only noun phrases. The vocabularies are in {@code clause-words.txt}.
 */
final class Clauses {
    private static final String MARKER = "(?:[-•*▪◦●–⎯]\\s*|\\\\?\\(?(?:\\d{1,2}|" + ListMarkers.doubled() + "|[a-zA-Z]|[ivx]{1,5}|[IVX]{1,5})\\\\?[.)]\\s*)?";
    /** The number or letter of a part of a text: "Article XI", "Annex A", "Article 5(2)". */
    private static final String TEXT_NUMBER = "(?-i:[IVXLC]+|\\d+[A-Za-z]?(?:\\(\\d+\\))?|[A-Z])\\b";
    /** A part's title in brackets after its number: "Article 12 (Consultations)". */
    private static final String PART_TITLE = "(?:\\s*\\([^()]{1,40}\\))?";
    /** A paragraph's number without a stop, as scanned treaties print it: "3 This Agreement shall be effective …". */
    private static final String BARE_NUMBER = "(?:\\d{1,2}\\s+(?=(?-i:\\p{Lu})))?";
    /**
     * A subject that is the text itself: "This Agreement", "An amendment to this Memorandum", "The present Annex", "No
     * reservation", "The WTO Agreement on Import Licensing Procedures", "Article XI of the GATT 1994"; after a proviso
     * ("Subject to Article 9, this Chapter").
     */
    private static final Pattern TEXT_SUBJECT = ClauseWords.compile(
            "^[\\s\"“]*" + MARKER + BARE_NUMBER + "(?:" + ClauseWords.alternation("text-proviso") + "\\b[^,;:]{0,160},\\s*)?"
                    + "(?:(?:this|the|an?|any|no|such(?:\\s+an?)?|each|that|all(?:\\s+the)?)\\s+(?:present\\s+|proposed\\s+|joint\\s+)?"
                    + "(?:" + ClauseWords.alternation("text") + "|(?:(?-i:\\p{Lu}[\\p{L}-]*)\\s+){1,2}" + ClauseWords.alternation("treaty")
                    + ")|(?=(?-i:\\p{Lu})[\\p{L}]+\\s+" + TEXT_NUMBER + ")(?:" + ClauseWords.alternation("text") + "|(?-i:Articles|Sections|Paragraphs|Chapters))"
                    // "Provisions of this Agreement shall replace …": a plural part of the text, without an article
                    + "|(?=(?-i:\\p{Lu}))(?:provisions|annexes|protocols|amendments)(?=\\s+(?:of|to|under)\\s+(?:this|the\\s+present)\\b))"
                    // "Articles 12 (Consultations) and 13 (Panels)": several parts, each with its title
                    + "\\b(?:\\s+" + TEXT_NUMBER + PART_TITLE + "(?:\\s*(?:,|,?\\s+and|,?\\s+or)\\s+" + TEXT_NUMBER + PART_TITLE + ")*)?"
                    + "(?:\\s+(?:of|to|under|in|on)\\b[^,;]{0,160})?[\\s,]*$");
    /**
     * A short aside between the cue and what it says of the text, opened by a preposition: "shall, as provided for in
     * Annex IV, enjoy …", "shall upon adoption, be deemed to form …"; or by a time it holds at: "shall, when sold
     * in the other Party, be governed by its rules"; or by the time it holds from: "they shall, from the day this Article
     * first applies to them, be subject to duties not exceeding …".
     */
    private static final String ASIDE = "(?:(?:as|in|upon|on|for|under|where|when|with|by|within|from)\\b[^,;:]{1,80},\\s*)?";
    /**
     * What the clause says right after the cue: "shall enter into force", "shall not affect"; "be done" not when a
     * deadline follows ("shall be done within two years" sets a task, "Done at Tokyo" closes a text).
     */
    private static final Pattern TEXT_PREDICATE = ClauseWords.compile(
            "^[\\s,]*(?:(?:\\w+ly|instead|also|still)\\s+)?(?:mutatis\\s+mutandis,?\\s+)?" + ASIDE + "(?:continue\\s+to\\s+)?(?:" + ClauseWords.alternation("text-predicate") + "\\b"
                    // a rule that "shall not apply." with nothing after it: "The exception in Article 4 shall not apply." (a
                    // party that applies something names it)
                    + "|(?:not\\s+)?apply\\s*(?:[.;]|$)"
                    // "The suspension shall not apply to:" before a list of persons or goods: the rule's reach, each item a
                    // noun phrase, no one's act
                    + "|not\\s+apply\\s+to\\s*:"
                    // "shall not be required, for the duration of this Convention, to assume …": the freedom of "not be
                    // required to" with an aside before its "to"
                    + "|not\\s+be\\s+required\\s*,[^,;:]{1,120},\\s*to\\b)"
                    + "(?!(?<=\\bdone)\\s+(?:within|no\\s+later\\s+than|by\\s+(?:the\\s+end|\\d)|before\\s+(?:the\\s+end|\\d)))");
    private static final Pattern EFFECT = ClauseWords.compile(
            "^[\\s,]*(?:(?:also|further|thus|therefore|then|now|in\\s+turn|\\w+ly)\\s+)?(?:help\\s+to\\s+)?"
                    + ClauseWords.alternation("effect") + "\\b"
                    // "they will increase cooperation in …": a joint act of the parties as the object is theirs to do
                    + "(?!\\s+(?:(?:the|their|our|its|bilateral|mutual|further|closer|practical|more|greater)\\s+){0,2}"
                    + ClauseWords.alternation("joint-act") + "\\b)");
    private static final Pattern NARRATION = ClauseWords.compile(
            "^[\\s,]*(?:(?:also|then|\\w+ly)\\s+)?" + ClauseWords.alternation("narration") + "\\b");
    private static final Pattern AGENT = ClauseWords.compile("^" + ClauseWords.alternation("agent") + "$");
    private static final Pattern CAPABILITY = ClauseWords.compile("^[\\s,]*" + ClauseWords.alternation("capability") + "\\b");
    /**
     * Capitalized words after a party that end in the head of a name: "G20 [Energy Transitions Roadmap]"; a head right
     * after "and" with a capitalized word after it opens a second name ("Halden Metals and Vision Resources").
     */
    private static final String NAME_WORDS_BEFORE_HEAD = "^(?:[-–—/]\\p{Lu}[\\p{L}.]*)*(?:\\s+(?:\\p{Lu}[\\p{L}’'-]*|and|of|on|for|&)){0,6}?";
    private static final Pattern NAME_AFTER = Pattern.compile(
            NAME_WORDS_BEFORE_HEAD + "(?<!\\band)\\s+" + ClauseWords.titleCaseAlternation("name-head") + "\\b"
                    + "|" + NAME_WORDS_BEFORE_HEAD + "\\s+" + ClauseWords.titleCaseAlternation("name-head") + "\\b(?![ \\t]+\\p{Lu})");
    private static final Pattern CONDITION = ClauseWords.compile(
            "^[\\s\"“]*" + MARKER + ClauseWords.alternation("condition") + "\\b");
    private static final Pattern CONNECTIVE = ClauseWords.compile(
            "^[\\s\"“]*" + MARKER + ClauseWords.alternation("connective") + "\\b,?");
    private static final Pattern PRONOUN_SUBJECT = ClauseWords.compile(
            "\\b(" + ClauseWords.alternation("pronoun") + ")\\s+(?:(?:also|further|too|then|now|each|both|\\w+ly|not|has|have|had)\\s+)*$");
    /** A pronoun, then a form of "be" right before the cue: "it is", "they are also", "it remains". */
    private static final Pattern PRONOUN_BE_SUBJECT = ClauseWords.compile(
            "\\b(" + ClauseWords.alternation("pronoun") + ")\\s+(?:(?:also|still|now|\\w+ly)\\s+)*(?:is|are|was|were|remains?|remained)"
                    + "\\s+(?:(?:also|still|fully|now|equally|\\w+ly)\\s+)*$");
    /** A cue that is an adjective after "be": "[ready] to", "[prepared] to", "[willing] to". */
    private static final Pattern READINESS_CUE = Pattern.compile("(?i)(?:ready|prepared|willing|committed)\\b");
    private static final Pattern ITEM_VERB = ClauseWords.compile(
            "^" + ClauseWords.alternation("item-verb") + "(?:s|es)?$");
    private static final Pattern ACTION_NOUN = Pattern.compile("(?i)^[\\p{L}-]{3,}(?:ing|tion|sion|ment|ance|ence)$");
    private static final Pattern CONCRETE_NOUN = Pattern.compile(
            "(?i)^(?:equipment|element|instrument|segment|settlement|building|ceiling|clothing|shipping|mining|processing|manufacturing)$");
    private static final Pattern TO_VERB = Pattern.compile("(?i)\\bto\\s+([\\p{L}-]+)(?:\\s+([\\p{L}-]+))?");
    /** A finite verb: "(i) Executive Order 11246 is hereby revoked", "(c) Korea will …". */
    private static final Pattern FINITE = Pattern.compile("\\b(?:will|shall|would|can|must|is|are|has|have)\\s+\\p{Ll}");
    /** A lower-case first word before a determiner is a verb: "(b) boost the …", "(c) lower their costs". */
    private static final Pattern VERB_BEFORE_DETERMINER = Pattern.compile(
            "^\\p{Ll}[\\p{L}-]*\\s+(?:the|a|an|our|their|its|his|her|all|any|each|new|more|further|greater)\\b");
    private static final Pattern ARTICLE = Pattern.compile("(?i)^(?:the|a|an|and|or|of|in|on|for|to|with|by)\\b");
    private static final Pattern LABEL = Pattern.compile("^(?:[\\p{Lu}][\\p{L}&,’'/-]*\\s*){1,6}:\\s+");
    private static final Pattern LIST_MARKER_ONLY = Pattern.compile("^" + MARKER);
    /** What a bare lead-in holds after its cue: "intend to:", "shall, within six months, inter alia:". */
    private static final java.util.Set<String> LEAD_IN_FILLER = java.util.Set.of("to", "the", "following", "as", "follows",
            "inter", "alia", "among", "others", "in", "particular", "e.g", "i.e", "amongst", "other",
            "things", "alia:", "areas", "activities", "and", "or", "not",
            // "The functions of the Committee shall be:" names the acts its items state
            "be",
            // "will seek to achieve the following objectives:", "will work together to:" say no more than their items do
            "seek", "achieve", "pursue", "objectives", "goals", "work", "together",
            // "will require the Secretary to do the following:" names no act but its items'
            "do");
    /**
     * The closing words of a preamble that adopt the text itself: "HAVE AGREED, in pursuit of the above, to conclude the
     * following Free Trade Agreement:", "Have decided to conclude this Agreement:" (and its plenipotentiaries named for
     * that end); the text is concluded by being signed, no later act is pledged.
     */
    private static final Pattern CONCLUDES_OWN_TEXT = ClauseWords.compile("^[\\s,]*(?:in\\s+[^,:;]{1,40},\\s*)?(?:to\\s+)?"
            + "(?:conclude|adopt|enter\\s+into)\\s+(?:the\\s+following|this|the\\s+present)\\s+(?:[\\p{L}-]+\\s+){0,4}?"
            + ClauseWords.alternation("text") + "\\b\\s*(?:\\([^()]*\\)\\s*)?"
            + "(?:,?\\s*and\\s+(?:(?:to|for)\\s+this\\s+(?:end|purpose),?\\s+)?have\\s+(?:designated|appointed)\\b[^.;]*)?[:.]?\\s*$");

    /**
     * "a Party", "either Participant", "each Member State": any one of the document's parties; also a party named by its
     * role in a measure: "an importing Party", "the complaining Party".
     */
    private static final Pattern ONE_PARTY = ClauseWords.compile(
            "\\b(?:" + ClauseWords.alternation("one-party") + "|(?:a|an|the|any)\\s+\\p{L}+ing\\s+party)\\b");
    /** A word of a defined term; a clause with a modal verb or "that" before "means" is no term. */
    private static final String TERM_WORD = "(?!(?:will|shall|must|should|would|may|can|that|which|this|it)\\b)[\\p{L}\\p{N}()/’'-]+";
    /** "(a) mineral good means …", "“Party” shall mean …", "the term export duty refers to …": a definition. */
    private static final Pattern DEFINITION = ClauseWords.compile(
            "^[\\s\"“]*" + MARKER + "(?:the\\s+terms?\\s+)?[\"“‘']?(?:" + TERM_WORD + "[\\s,]+){0,6}?" + TERM_WORD + "[\"”’']?,?\\s+"
                    + "(?<!\\bby\\s)" + ClauseWords.alternation("definition-verb") + "\\b"); // not "by means of"
    private static final RequiredWords DEFINITION_VERB_WORDS = RequiredWords.ofPhrasesInAnyCase(ClauseWords.entries("definition-verb"));
    /** "For the purposes of this Chapter:", "As used in this Agreement:": the lead-in of a list of definitions. */
    private static final Pattern DEFINITION_LEAD_IN = ClauseWords.compile(
            "^[\\s\"“]*" + MARKER + ClauseWords.alternation("definition-lead-in") + "\\b[^:.;]{0,140}:\\s*$");

    /**
     * A measure, proposal or event as the whole subject ("In my judgment, these steps", "the Minister’s trip", "This bill
     * reflects ideas from both parties, and"): what it brings about is a forecast.
     */
    private static final Pattern FORECAST_THING = ClauseWords.compile(
            // a comma left by a reported clause: "Economists have argued that, by …, the Act will help …"
            "^[\\s\"“,]*" + MARKER + "(?:in\\s+(?:my|our)\\s+(?:judgment|judgement|view|opinion|estimation),\\s*)?"
                    // a forecast someone reports: "Economists have argued that, by cutting the deficit, the Act will help …"
                    + "(?:[^;]{0,200}?\\b(?:argued|argue|argues|estimated|estimate|estimates|projected|projects|predicted|predict|predicts)"
                    + "\\s+that,?\\s*)?"
                    // a run-in heading: "**STRONGER MILLS:** The decision to … will strengthen …"
                    + "(?:\\*\\*[^*]{1,120}?:?\\*\\*:?\\s*)?"
                    // the means the measure works by, or the time it comes at: "By directing agencies to …, this order
                    // will strengthen …", "At a time when families cannot afford care, these measures will support …";
                    // when it is done or where it was made known: "Once completed, the project will provide …",
                    // "Announced at the summit, this initiative will help …"
                    // or what it comes on top of: "In addition to reaching the goal of …, the Framework will …"
                    + "(?:(?:by\\s+\\p{Ll}+ing|at\\s+a\\s+time\\s+when|now\\s+that|in\\s+addition\\s+to|beyond\\s+\\p{Ll}+ing|on\\s+top\\s+of"
                    + "|(?:once|when)\\s+(?:fully\\s+)?(?:completed?|operational|built|finished|running|in\\s+place)"
                    + "|(?:announced|launched|unveiled|introduced)\\s+(?:at|in|on|during|last|earlier)"
                    + ")\\b[^;]{0,200}?,\\s*)?"
                    // what it comes with, or a sentence that adds it: "Along with other efforts …, the actions in this
                    // proclamation will ensure …", "In tandem with …, these actions will create …", "And these actions will …"
                    + "(?:(?:along|together|in\\s+tandem|combined|coupled)\\s+with\\b[^;]{0,200}?,\\s*)?(?:(?:and|so)\\s+)?"
                    + "(?:this|these|the|that|those|such|my|our|its|their|today[’']s|(?:the\\s+)?(?:(?-i:\\p{Lu})[\\p{L}.-]*\\s+){0,3}(?-i:\\p{Lu})[\\p{L}.-]*[’']s)\\s+"
                    // the words before its head, an abbreviation too: "the U.S. contribution"
                    + "(?:[\\p{L}\\p{N}-]+\\.?(?:[\\p{L}\\p{N}-]+\\.)*\\s+){0,4}?" + ClauseWords.alternation("forecast-thing") + "\\b"
                    // the text it is taken in: "the action in this proclamation"
                    + "(?:\\s+(?:in|under)\\s+this\\s+\\p{L}+"
                    // or the partners it is made with: "the new partnerships with Peru and Chile"
                    + "|\\s+with\\s+[^;,]{1,80}?"
                    // or what it is of: "the launch of the alliance, a partnership of four bodies," (a long name and the
                    // bodies its aside lists take more than 200 characters)
                    + "|\\s+of\\s+[^;]{1,300}?"
                    // or where it is set out: "the tariff regime imposed in clause (3) of this proclamation"
                    + "|\\s+(?:imposed|set\\s+forth|described|taken|established)\\s+(?:in|under|by)\\s+[^;,]{1,80}?)?"
                    // what the measure does, said after it: "the decision to close loopholes [will strengthen …]"
                    + "(?:\\s+to\\s+\\p{Ll}[^;,]{0,80}?)?"
                    + "(?:\\s+[^;]{0,200}?,?\\s+and\\s+(?:also\\s+)?)?[\\s,]*$");
    private static final Pattern THING_EFFECT = ClauseWords.compile(
            "^[\\s,]*(?:among\\s+other\\s+things,\\s*)?(?:(?:also|further|thus|in\\s+turn|\\w+ly)\\s+)?(?:(?:help\\s+to\\s+)?" + ClauseWords.alternation("thing-effect")
                    + "\\b|provide\\s+(?:[\\p{L}\\p{N}’'-]+,?\\s+){0,5}?" + ClauseWords.alternation("effect-object") + "\\b)");

    private static final String MONTH_WORD = "(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?i:[a-z]{0,6})\\.?";
    /**
     * A news dateline that opens a sentence: "OTTAWA, May 4 (Reuters) —", "CAIRO, May 6 (Reuters) -", "July 6 (Reuters) -",
     * "(Reuters) -", "(Jan 15):", "WASHINGTON —", "SEOUL, South Korea, May 4 (AP) -", "BRUSSELS, 4 May 2025 –". A city in capitals, a date or an agency's
     * credit, then a dash or a colon.
     */
    private static final Pattern DATELINE = Pattern.compile("^[\\s\"“]*"
            + "(?<city>\\p{Lu}[\\p{Lu}.'’ -]{2,40}?(?:,\\s*[\\p{L}.]{2,20}(?:[ \\t][\\p{L}.]{2,20}){0,2}){0,2},?\\s*)?"
            + "(?<date>\\(?(?:" + MONTH_WORD + "\\s+\\d{1,2}|\\d{1,2}\\s+" + MONTH_WORD + ")(?:,?\\s+(?:19|20)\\d\\d)?\\)?\\s*)?"
            + "(?<credit>\\([\\p{L} .&-]{2,30}\\)\\s*|/[\\p{L} ]{2,20}/\\s*)?"
            + "(?:[—–:]|--?)\\s*");

    /** Where the words after a leading news dateline start ({@link #DATELINE}), or 0 where there is none. */
    static int afterDateline(String sentence) {
        Matcher m = DATELINE.matcher(sentence);
        if (!m.lookingAt() || m.group("date") == null && m.group("credit") == null
                && (m.group("city") == null || !m.group("city").strip().matches("\\p{Lu}{3,}.*"))) {
            return 0;
        }
        return m.end();
    }

    /**
     * An act named by a gerund as the subject of the speaker's judgment: "In my judgment, subjecting these goods to the
     * duty [will ensure …]" says what the act will bring about.
     */
    private static final Pattern JUDGED_ACT = ClauseWords.compile(
            "^[\\s\"“]*" + MARKER + "in\\s+(?:my|our)\\s+(?:judgment|judgement|view|opinion|estimation),\\s*(?-i:\\p{Ll})\\p{L}+ing\\s[^;]{0,200}$");

    /**
     * An act named by its noun and what it is of, with no article, as the whole subject: "Protection of the reserve
     * [will preserve …]", "Restoration of these wetlands [will ensure …]". What the act brings about is a forecast.
     */
    private static final Pattern BARE_ACT_OF = ClauseWords.compile(
            "^[\\s\"“]*" + MARKER + ClauseWords.alternation("forecast-act-of") + "\\s+of\\s+[^;:]{1,200}?[\\s,]*$");

    /** Whether a measure or event is the subject of what it will bring about ("These steps will help …"). */
    static boolean isForecastOfAThing(String subject, String afterCue) {
        return (FORECAST_THING.matcher(subject).find() || JUDGED_ACT.matcher(subject).find() || BARE_ACT_OF.matcher(subject).find())
                && THING_EFFECT.matcher(afterCue).find();
    }

    /** Whether the words after a cue say what a measure or a deal brings about: "strengthen …", "create jobs". */
    static boolean isThingsEffect(String afterCue) {
        return THING_EFFECT.matcher(afterCue).find() || isEffect(afterCue);
    }

    /** Anyone at all or a trait of a person as the subject of "should": "No one should …", "A person’s age should not …". */
    private static final Pattern ANYONE_OR_TRAIT = ClauseWords.compile(
            "(?:^|\\bthat\\s+)[\\s\"“]*" + MARKER + "(?:" + ClauseWords.alternation("anyone-subject") + "\\b[^;]*"
                    + "|(?:(?:an?\\s+)?(?:person|worker|child|student|individual|veteran|patient|citizen)[’']s\\s+|one[’']s\\s+|someone[’']s\\s+|their\\s+)?"
                    + "(?:[\\p{L}-]+\\s+)?" + ClauseWords.alternation("trait-of-person") + ")[\\s,]*$");

    /** Whether "should" speaks of no one in particular: a belief the text states, no party's recommendation. */
    static boolean isShouldOfAnyone(String subject) {
        return ANYONE_OR_TRAIT.matcher(subject).find();
    }

    private Clauses() {
    }

    /** Whether a clause names any one of the parties ("Where a Party adopts a measure, it shall"). */
    static boolean namesOneOfTheParties(String clause) {
        return ONE_PARTY.matcher(clause).find();
    }

    /** "(e) “applied tariff rates” shall include in-quota rates": a quoted term and what it covers. */
    private static final Pattern QUOTED_TERM_INCLUDES = ClauseWords.compile(
            "^[\\s]*" + MARKER + "(?:the\\s+)?[\"“‘][^\"”’]{1,80}[\"”’],?\\s+(?:shall\\s+include|includes|include)\\b");

    /**
     * "6. Trademarks shall include service marks and certification marks", "Industrial designs shall include …": what a
     * term of the text covers, the term written bare, without quotes or an article. "The notice shall include …" (a
     * thing a party makes) and "Areas of cooperation shall include …" are not terms; the parties' own names are checked
     * by the caller.
     */
    private static final Pattern UNQUOTED_TERM_INCLUDES = Pattern.compile("^\\s*" + MARKER + BARE_NUMBER
            // not a party's name, nor a word that points back ("This shall include", "Such measures shall include")
            + "(?!(?:Parties|Members|States|Participants|Signatories|Governments|Sides|Countries|Nations|Both|All|These"
            + "|Those|This|Such|Its|His|Their|Our|Thus|Plus|Unless|Besides|Whereas|As|Is|Was|Has|Us)\\b)(?:\\p{Lu}\\p{Ll}+s|\\p{Lu}\\p{Ll}+\\s+\\p{Ll}+s)\\s+shall\\s+(?:also\\s+)?include\\b");

    /** Whether the sentence says what a bare term covers ("Trademarks shall include collective marks"); see above. */
    static boolean isUnquotedTermScope(String sentence) {
        return sentence.contains("include") && UNQUOTED_TERM_INCLUDES.matcher(sentence).lookingAt();
    }

    /** Whether a sentence or item defines a term ("(b) export duty means a tax …"): it commits no one. */
    static boolean isDefinition(String sentence) {
        // both open with "^": tried at the start only, not at every character as find() would; and only where one of
        // their verbs is written
        String lowerCase = sentence.toLowerCase(Locale.ROOT);
        return DEFINITION_VERB_WORDS.occurIn(lowerCase) && DEFINITION.matcher(sentence).lookingAt()
                || lowerCase.contains("include") && QUOTED_TERM_INCLUDES.matcher(sentence).lookingAt();
    }

    /**
     * A preamble's ground that recalls a past decision: "RECOGNIZING that in 2003 their Leaders decided to …", also
     * numbered and in bold as declarations print them ("**9 ACKNOWLEDGING** that … the President expressed the intent to …").
     */
    private static final Pattern RECITAL_THAT = ClauseWords.compile(
            "^[\\s\"“*]*" + MARKER + BARE_NUMBER + "(?:whereas,?\\s+)?(?:" + ClauseWords.alternation("recital") + ")\\**[,\\s]+(?:also\\s+)?that\\b");
    private static final Pattern PAST_CUE = ClauseWords.compile("^(?:" + ClauseWords.alternation("recital-past-cue") + ")\\b");

    /**
     * Whether the cue at {@code cueStart} is a past decision that a recital's "that" clause recalls, a fact the
     * preamble grounds the text on rather than a pledge made in it.
     */
    static boolean isRecitedPast(String sentence, int cueStart) {
        String fromCue = sentence.substring(cueStart);
        Matcher recital = RECITAL_THAT.matcher(sentence);
        if (recital.lookingAt() && recital.end() <= cueStart
                && (PAST_CUE.matcher(fromCue).lookingAt() || RECITED_DIRECTIVE.matcher(fromCue).lookingAt())) {
            return true; // "Noting that the Charter has, in its Article 9, called for data pooling": what another text asked
        }
        Matcher open = RECITAL_OPEN.matcher(sentence);
        if (open.lookingAt() && open.end() <= cueStart && RECITED_REPORT.matcher(sentence.substring(open.end(), cueStart)).find()) {
            return true;
        }
        if (citedAfterNames(sentence, cueStart)) {
            return true;
        }
        // "Recalling the Accord of 1988 in which they agreed to open their ports": the pledge of the text recalled,
        // also where the preamble runs on after the parties' names ("The Government of A and the Government of B,
        // Recalling …")
        if (!PAST_CUE.matcher(fromCue).lookingAt()) {
            return false;
        }
        Matcher recalled = RECITAL_ANYWHERE.matcher(sentence).region(0, cueStart);
        int last = -1;
        while (recalled.find()) {
            last = recalled.end();
        }
        return last >= 0 && RECALLED_TEXT_RELATIVE.matcher(sentence.substring(last, cueStart)).find();
    }

    /** A recital's participle where a preamble's ground opens: at the start, after a comma or a line's end. */
    private static final Pattern RECITAL_ANYWHERE = Pattern.compile("(?:^|,|\\n)[\\s\"“*]*" + MARKER
            + "(?=\\p{Lu})(?i:" + ClauseWords.alternation("recital") + ")\\b");

    /** A ground opened after the parties' names and a colon: "The Governments of A and B: MINDFUL of …". */
    private static final Pattern RECITAL_AFTER_COLON = Pattern.compile(":[\\s\"“*]*(?=\\p{Lu})(?i:" + ClauseWords.alternation("recital") + ")\\b");
    /** The words of another text, cited in a relative clause on it: "… the Declaration, which provides that …". */
    private static final Pattern CITED_TEXT_SAYS = Pattern.compile("(?i)\\bwhich\\s+(?:provides|provided|stipulates|stipulated|states|stated)\\s+that\\b");

    /**
     * Whether the cue is in the words of another text that a ground cites after the parties' names and a colon: "The
     * Governments of A and B: MINDFUL of the Declaration of 1976 which provides that Member States shall cooperate …".
     */
    private static boolean citedAfterNames(String sentence, int cueStart) {
        if (sentence.indexOf(':') < 0) {
            return false;
        }
        Matcher ground = RECITAL_AFTER_COLON.matcher(sentence).region(0, cueStart);
        int last = -1;
        while (ground.find()) {
            last = ground.end();
        }
        return last >= 0 && CITED_TEXT_SAYS.matcher(sentence.substring(last, cueStart)).find();
    }

    /** A relative clause on a text a recital recalls: "… Accord of 1988 in which they …", "… whereby the Parties …". */
    private static final Pattern RECALLED_TEXT_RELATIVE = Pattern.compile("(?i)\\b(?:(?:in|under|by|through)\\s+which|whereby)\\b");

    private static final Pattern RECITAL_OPEN = ClauseWords.compile(
            "^[\\s\"“*]*" + MARKER + BARE_NUMBER + "(?:whereas,?\\s+)?(?:" + ClauseWords.alternation("recital") + ")\\b");
    /** "… which provides that", "… declared that" before the cue: the words of another text, cited. */
    private static final Pattern RECITED_REPORT = ClauseWords.compile(
            "\\b(?:" + ClauseWords.alternation("recital-report") + ")\\s+that\\b");

    /** Whether a lead-in opens a list of definitions ("For the purposes of this Chapter:"). */
    static boolean isDefinitionLeadIn(String sentence) {
        return DEFINITION_LEAD_IN.matcher(sentence.strip()).find();
    }

    /** The organ word right after a party's name: "ASEAN [Secretariat]". */
    private static final Pattern ORGAN_AFTER = ClauseWords.compile("^\\s+(" + ClauseWords.alternation("own-organ") + ")\\b");

    /**
     * The norm of the party that acts when a name is followed by one of its organs ("the ASEAN Secretariat shall" →
     * "ASEAN Secretariat"), else the mention's own norm.
     */
    static String actor(String text, Mention m) {
        Matcher organ = ORGAN_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 30)));
        if (!organ.find() || m.norm().length() == 2 && !m.norm().equals("EU")) {
            return m.norm();
        }
        String word = organ.group(1);
        return m.text() + " " + Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    private static final Pattern PAST_TIME = ClauseWords.compile("\\b" + ClauseWords.alternation("past-time") + "\\b");
    private static final Pattern PAST_DIRECTIVE = Pattern.compile("(?i)^(?:directed|instructed|ordered|tasked)\\b");

    /** "NOW, THEREFORE," that opens the operative part of a proclamation, an order or an agreement after its recitals. */
    private static final Pattern OPERATIVE_OPENING = Pattern.compile("(?m)^[\\s*_#>\"“]*NOW,?\\s+THEREFORE\\b|(?m)^[\\s*_#>\"“]*Now,?\\s+[Tt]herefore,");
    private static final Pattern RECITED_DIRECTIVE = ClauseWords.compile("^(?:" + ClauseWords.alternation("recital-past-directive") + ")\\b");

    /** Where the recitals end: at the text's "NOW, THEREFORE", or 0 where it has none. */
    static int recitalsEnd(String text) {
        Matcher opening = OPERATIVE_OPENING.matcher(text);
        return opening.find() ? opening.start() : 0;
    }

    /**
     * Whether a cue in the recitals is a past directive or recommendation ("recommended", "instructed"): what was asked or
     * ordered before the text's own action, recounted as its ground. A present perfect ("I have called on the Congress
     * to …") is a call the speaker still makes.
     */
    static boolean isRecitedDirective(String beforeCue, String fromCue) {
        return RECITED_DIRECTIVE.matcher(fromCue).find()
                && (!STANDING_BEFORE.matcher(beforeCue).find() || TO_THE_SPEAKER.matcher(fromCue).lookingAt());
    }

    /** Advice given to the speaker ("the Secretary has recommended that I impose …"): the adviser's, not a standing call. */
    private static final Pattern TO_THE_SPEAKER = Pattern.compile("^\\p{L}+\\s+(?:that\\s+I|to\\s+me)\\b");

    /** "I have called on the Congress to …", "has also urged": a present perfect call the speaker still makes. */
    private static final Pattern STANDING_BEFORE = ClauseWords.compile("\\b(?:have|has)\\s+(?:(?:also|repeatedly|long|\\w+ly)\\s+)?$");

    /** Whether a past directive is set in the past ("In May, President X directed …"): a report of an order given. */
    static boolean isPastDirective(String beforeCue, String fromCue) {
        return PAST_DIRECTIVE.matcher(fromCue).find() && PAST_TIME.matcher(beforeCue).find();
    }

    private static final String MONTH = "(?:january|february|march|april|may|june|july|august|september|october|november|december)";
    /**
     * A past time that opens a sentence, after a news dateline or a capitalized run-in heading if any: "In 2019,", "In
     * June 2023,", "Last year", "Since 2021", "Previously", "ENDING THE DELAYS: In his first term, …".
     */
    private static final Pattern PAST_OPENER = ClauseWords.compile("^(?:[^—–]{0,80}[—–]\\s*|(?-i:[^a-z:]{3,80}):\\s*)?[\\s\"“]*" + MARKER + "(?:" + ClauseWords.alternation("past-time")
            + "|(?:in|back\\s+in|since)\\s+(?:(?:early|late|mid)[\\s-]+)?(?:" + MONTH + "\\s+(?:\\d{1,2},?\\s+)?)?(?:19|20)\\d\\d"
            // a text of a past date: "In the Presidential Memorandum of April 26, 2018, I also ordered agencies to …", "In
            // the December 2022 Memorandum, I directed agencies to …"
            + "|in\\s+(?:the|a|an|my|his|her|its)\\s+(?:[\\p{L}-]+\\s+){1,4}?of\\s+" + MONTH + "\\s+\\d{1,2},?\\s+(?:19|20)\\d\\d"
            + "|in\\s+(?:the|a|an|my|his|her|its)\\s+(?:" + MONTH + "\\s+)?(?:19|20)\\d\\d\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:memorandum|order|proclamation|directive))\\b");
    /** The same time right after the cue: "agreed in 2019 to build", "pledged last year to". */
    private static final Pattern PAST_AFTER_CUE = ClauseWords.compile("^\\S+\\s+(?:in\\s+(?:" + MONTH + "\\s+)?(?:19|20)\\d\\d|last\\s+(?:year|month|week)"
            + "|earlier\\s+this\\s+(?:year|month)|previously)\\b");
    /**
     * A deal made, as its cue opens ("signed an agreement to", "reached a deal to"): set in the past ("Last year, the two
     * agencies signed a memorandum to …", "In 2021, X and Y concluded an agreement to …") it is a deal recounted as
     * background, not the one the text reports or makes.
     */
    private static final Pattern PAST_DEAL_CUE = Pattern.compile("(?i)^(?:" + ModalityCues.namedWords("@deal-verb") + ")\\b");
    /**
     * A time well before the news that opens the sentence, for a deal: a year, "last year", "earlier this month",
     * "previously"; a bare month or "last week" ("In July, the President announced a trade deal …") may be the deal the
     * text is about.
     */
    private static final Pattern DEAL_PAST_OPENER = ClauseWords.compile("^(?:[^—–]{0,80}[—–]\\s*|(?-i:[^a-z:]{3,80}):\\s*)?[\\s\"“]*"
            + MARKER + "(?:last\\s+(?:year|month)|earlier\\s+this\\s+(?:year|month)|previously|in\\s+the\\s+past"
            + "|(?:in|back\\s+in|since)\\s+(?:(?:early|late|mid)[\\s-]+)?(?:" + MONTH + "\\s+(?:\\d{1,2},?\\s+)?)?(?:19|20)\\d\\d)\\b");
    /** A past perfect right before the cue: "had agreed to", "had already committed to". */
    private static final Pattern PAST_PERFECT_BEFORE = ClauseWords.compile("\\bhad\\s+(?:(?:already|also|previously|\\w+ly)\\s+)?$");
    /** A later clause that reports the pledge carried out (see "kept" in clause-words.txt). */
    private static final Pattern KEPT = ClauseWords.compile("\\b(?:" + ClauseWords.alternation("kept") + ")\\b");
    private static final Pattern BEEN_BEFORE = ClauseWords.compile("\\b(?:been|remains?|remained|is|are|stays?)\\s+(?:\\w+ly\\s+)?$");

    /**
     * Whether a past pledge is set in the past outside a preamble ("In 2019, Canada agreed to build …", "Last year the two
     * countries pledged to …", "Japan agreed in 2021 to …"): an event recounted, not a commitment this text makes. A
     * standing commitment ("Since day one, I have been committed to …") still holds.
     */
    static boolean isRecountedPast(String beforeCue, String fromCue) {
        if (PAST_CUE.matcher(fromCue).lookingAt() && PAST_PERFECT_BEFORE.matcher(beforeCue).find() && KEPT.matcher(fromCue).find()) {
            return true; // "Japan had agreed to provide five vessels, all of which have been delivered": a pledge kept
        }
        if (PAST_DEAL_CUE.matcher(fromCue).lookingAt()) {
            return DEAL_PAST_OPENER.matcher(beforeCue).find() || PAST_AFTER_CUE.matcher(fromCue).find();
        }
        return PAST_CUE.matcher(fromCue).lookingAt() && !BEEN_BEFORE.matcher(beforeCue).find()
                && (PAST_OPENER.matcher(beforeCue).find() || PAST_AFTER_CUE.matcher(fromCue).find());
    }

    private static final Pattern OUTLOOK = ClauseWords.compile("^[\\s,]*(?:(?:also|then|now|soon|all|sometimes|at\\s+times|\\w+ly)\\s+)*(?:"
            + ClauseWords.alternation("outlook") + ")\\b(?!\\s+(?:to\\s+it|that|through)\\b)"
            // what a party will need ("By 2035 the country will need twice today's supply"), its needs forecast; "will need
            // to build" is still an act it pledges
            + "|^[\\s,]*(?:(?:also|still|\\w+ly)\\s+)*need\\b(?!\\s+to\\b)");

    private static final Pattern NEED = ClauseWords.compile("^[\\s,]*(?:(?:also|still|only|\\w+ly)\\s+)*(?:"
            + ClauseWords.alternation("need") + ")\\b(?!\\s+to\\b)"); // "will need to build" still pledges

    /**
     * "be easier for …", "be much harder to …", "be more costly for …" after an empty "it": how hard or easy something
     * will be (see "ease-word"), no act of anyone.
     */
    private static final Pattern EASE = ClauseWords.compile("^[\\s,]*(?:also\\s+)?be\\s+(?:(?:much|far|even|a\\s+lot|somewhat)\\s+)?(?:"
            + ClauseWords.alternation("ease-word") + "|(?:more|less)\\s+[\\p{L}-]+)\\s+(?:for|to)\\b");

    /**
     * A sentence or clause that opens with a measure, plan or programme as the subject of a modal or of "aims"/"seeks":
     * "The plan will initially focus on …", "This Initiative will …". An "it" after it takes it up.
     */
    private static final Pattern OPENS_WITH_THING = ClauseWords.compile("^[\\s\"“*-]*(?:this|these|the|that|our|its)\\s+"
            + "(?:[\\p{L}\\p{N}.’'-]+\\s+){0,4}?" + ClauseWords.alternation("forecast-thing")
            + "\\s+(?:(?:also|further|\\w+ly)\\s+)?(?:will|would|aims|seeks)\\b");

    /** Whether a sentence or its first clause opens with a measure or plan as what will act or bring about ("The plan will …"). */
    static boolean opensWithThing(String text) {
        return OPENS_WITH_THING.matcher(text).find();
    }

    /** Whether "it will" is followed by how easy or hard something will be: "it will be easier for firms to plan". */
    static boolean isEaseOfSomething(String afterCue) {
        return EASE.matcher(afterCue).find();
    }

    /** Whether what follows "will" is what an act or a thing will take ("require sustained investment"), see "need". */
    static boolean isNeed(String afterCue) {
        return NEED.matcher(afterCue).find();
    }

    /** Whether what follows "will" is what the subject will undergo or witness ("see prices fall"), a forecast. */
    static boolean isOutlook(String afterCue) {
        return OUTLOOK.matcher(afterCue).find();
    }

    /**
     * "be" and a stance that closes the clause, or leaves only whom or what it is toward: "not be intimidated by
     * anyone", "be very careful in how we respond".
     */
    private static final Pattern STANCE = ClauseWords.compile("^[\\s,]*(?:not\\s+)?be\\s+(?:(?:very|so|too|even|more|all|\\w+ly)\\s+)*(?:"
            + ClauseWords.alternation("stance") + ")(?=\\s*(?:[.,;:!?\"”’)]|$)|\\s+(?:in|about|by|on|with|toward|towards|against|when|if|as)\\b)");

    /** Whether what follows "will" or "going to" is how the subject will be, a stance rather than an act. */
    static boolean isStance(String afterCue) {
        return STANCE.matcher(afterCue).find();
    }

    /**
     * A verb of keeping in mind right after the modal: "also recognize the harm" (see "mindful"); not one joined to an
     * act ("recognize and focus on the role of …").
     */
    private static final Pattern MINDFUL = ClauseWords.compile("^[\\s,]*(?:(?:also|all|always|first|never|not|still)\\s+)*(?:"
            + ClauseWords.alternation("mindful") + ")\\b(?!\\s+(?:and|or)\\s)");

    /** Whether what follows "must" or "should" only asks to keep something in mind: "also recognize the crisis". */
    static boolean isMindful(String afterCue) {
        return MINDFUL.matcher(afterCue).find();
    }

    /**
     * A subject that is only permitted to act: "Either Party may accelerate …", "the affected Party may request
     * consultations … to seek a solution". A later noun or purpose cue ("on the basis of its commitments to …", "to seek")
     * does not make the permission a pledge; a modal of its own ("may …, and shall notify") still binds, and so does
     * a speaker's wish for their own side ("And may we resolve to …").
     */
    private static final Pattern PERMITTED = Pattern.compile(
            "(?<!\\b(?i:as|which|that|who|whom|where|when|if|they|it|we|he|she|you)\\s{1,3})(?-i:\\bmay)\\s*(?:,[^,;:]{1,60},\\s*)?(?:(?:also|only|then|\\w+ly),?\\s+)?(?!not\\b|we\\b|I\\b|be\\s+(?:required|expected|obliged|asked|called|invited)\\b)\\p{Ll}+\\b");
    private static final Pattern MODAL_CUE = Pattern.compile("(?i)^(?:will|shall|must|should|would)\\b");
    private static final Pattern CLAUSE_AFTER = Pattern.compile("(?:[;:]|,\\s+(?:and|but|while)\\b)");

    static boolean isPermissionOnly(String subject, String fromCue) {
        if (!subject.contains("may")) {
            return false; // most subjects hold no "may": skip the pattern, whose look-behind is tried at every place
        }
        // the permitted verb may be the cue itself: "The Sides may, by mutual consent, invite other agencies to …"
        Matcher may = PERMITTED.matcher(subject + fromCue);
        int last = -1;
        while (may.find() && may.start() < subject.length()) {
            last = Math.min(may.end(), subject.length());
        }
        return last >= 0 && !MODAL_CUE.matcher(fromCue).find() && !CLAUSE_AFTER.matcher(subject.substring(last)).find();
    }

    /**
     * The "shall" of what a body may decide, the decision's content rather than a duty of its own: "The Council may at
     * any time, on a proposal, decide that any duties shall be cut faster" (before the cue: "… may … decide that any
     * duties"), its content's subject a list too ("… decide that any quota, levy or ban shall be lifted"). A "shall" of
     * the body's own after it ("…, and shall report") still binds.
     */
    static boolean isPermittedDecisionContent(String beforeCue) {
        return beforeCue.contains("may") && PERMITTED_DECISION.matcher(beforeCue).find();
    }

    private static final Pattern PERMITTED_DECISION = Pattern.compile(
            "(?i)(?<!\\b(?:as|which|that|who|where|when|if)\\s{1,3})(?-i:\\bmay)\\b[^;:.]{0,120}?\\b(?:decide|determine|agree|rule|direct)\\s+that\\b(?:(?!,\\s+(?:and|but|while)\\b)[^;:.]){0,160}$");

    /**
     * An item that opens with a verb in the past tense: "Provided relief to …", "Stood up programs …", "Graduated from
     * an accredited program". Not a participle of means ("Based on the review, adopt …") nor an agent's ("Led by the
     * Ministry, …").
     */
    private static final Pattern PAST_ITEM_VERB = Pattern.compile("^[*_\\s]*(?!(?i:" + ClauseWords.alternation("present-ed")
            + ")\\b)(?=(?-i:\\p{Lu}))(?:\\p{L}\\p{Ll}{2,}ed|(?i:" + ClauseWords.alternation("past-form") + "))"
            + "(?:\\s+(?i:up|out|down|off))?\\s+(?!(?i:by)\\b)");
    /** What follows such a verb as its object or a preposition: "the", "$2 billion", "Congress", "grants to". */
    private static final Pattern PAST_ITEM_OBJECT = Pattern.compile(
            "(?:(?i:the|a|an|its|their|our|his|her|this|these|those|more|over|nearly|about|from|with|to|for|into|on|in)\\b"
                    + "|(?-i:\\p{Lu})|[$€£\\d]|\\p{Ll}+\\s+(?:to|for|in|on|with|from)\\s)");

    /**
     * An item that qualifies its lead-in's act rather than naming one: a relative clause ("(b) that would reduce imports
     * …") or a manner ("(a) without prior notice and consultation;").
     */
    private static final Pattern QUALIFIER_ITEM = Pattern.compile("^(?i:that|which|whose)\\s|^(?i:without)\\s[^,]*$");

    /** Whether an item opens with a verb of the third person, with no subject: "(i) identifies …", "- Eliminates …". */
    static boolean opensWithThirdPersonVerb(String item) {
        Matcher first = FIRST_WORD.matcher(item.strip());
        if (!first.lookingAt()) {
            return false;
        }
        String word = first.group(1).toLowerCase(Locale.ROOT);
        return word.endsWith("s") && !word.endsWith("ss")
                && (ITEM_VERB.matcher(word).matches() || word.endsWith("ies") && ITEM_VERB.matcher(word.substring(0, word.length() - 3) + "y").matches());
    }

    /**
     * Whether an item opens with a verb of the item-verb vocabulary in its base form: "Engage with local communities …",
     * whose first word the tagger may read as a noun.
     */
    static boolean opensWithItemVerb(String item) {
        Matcher first = FIRST_WORD.matcher(item.strip());
        return first.lookingAt() && ITEM_VERB.matcher(first.group(1).toLowerCase(Locale.ROOT)).matches()
                && !first.group(1).toLowerCase(Locale.ROOT).endsWith("s");
    }

    /** An item's first word, after an adverb: "Immediately enables …". */
    private static final Pattern FIRST_WORD = Pattern.compile("(?:\\p{L}+ly\\s+)?(\\p{L}+)\\b");

    static boolean isQualifierItem(String item) {
        return QUALIFIER_ITEM.matcher(item.strip()).find();
    }

    /**
     * A list item that records what was done rather than what is pledged: its past verb before an object or a
     * preposition, not a participle that describes a noun ("- Enhanced rotational deployments in …" under "will take
     * the following actions:").
     */
    static boolean isRecountedItem(String item) {
        Matcher verb = PAST_ITEM_VERB.matcher(item);
        return verb.find() && PAST_ITEM_OBJECT.matcher(item).region(verb.end(), item.length()).lookingAt();
    }

    /**
     * A list item with a subject of its own that may act: "2. The Committee may set up working groups …"; or one that
     * opens with "may" under a subject alone ("(b) may set up working groups" under "The Committee:").
     */
    private static final Pattern ITEM_PERMITTED = Pattern.compile(
            "^(?i:may\\s+(?!not\\b)(?-i:\\p{Ll}))|^(?:(?i:the|a|an|either|each|any|such|this|both|neither)\\s+|(?=\\p{Lu}))"
                    + "(?:(?!(?i:as|which|that|who|whom|where|when|if|unless|to)\\s)[\\p{L}'’()-]+\\s+){0,5}?may\\s+(?!not\\b)\\p{Ll}");

    /**
     * An item that opens with its own verb keeps the lead-in's pledge, whatever "may" says later ("Take such steps as
     * the Secretary may deem appropriate").
     */
    static boolean isPermittedItem(String item) {
        String s = item.strip();
        int blank = s.indexOf(' ');
        return s.contains("may") && ITEM_PERMITTED.matcher(s).find() && (blank < 0 || !ITEM_VERB.matcher(s.substring(0, blank)).matches());
    }

    static boolean isAboutTheText(String subject, String afterCue) {
        if (TEXT_SUBJECT.matcher(subject).find()) {
            return true;
        }
        // "The Contracting Parties will not prevent firms from …" is the parties' own pledge to hold back; "The schedules
        // shall not prevent Member States from …" leaves them free
        return TEXT_PREDICATE.matcher(afterCue).find()
                && !(NOT_PREVENTING.matcher(afterCue).lookingAt() && PARTIES_AS_SUBJECT.matcher(subject).find());
    }

    private static final Pattern NOT_PREVENTING = Pattern.compile("(?i)^[\\s,]*not\\s+(?:prevent|preclude)\\b");
    /** A subject that is the parties themselves, by the words a treaty names them with. */
    private static final Pattern PARTIES_AS_SUBJECT = Pattern.compile(
            "(?i)\\b(?:(?:contracting|high\\s+contracting|the|both|two|each|no|neither)\\s+(?:part(?:y|ies)|states?|governments?|participants|sides)"
                    + "|member\\s+states)\\s*$");

    /**
     * "need to approve the deal", "also have to ratify this agreement": the text still to be approved (see "text-approval");
     * "will not need to approve the deal" spares the body the step, no pledge either.
     */
    private static final Pattern TEXT_APPROVAL = ClauseWords.compile("^[\\s,]*(?:(?:still|also|first|then|now|not)\\s+)?(?:need|have)\\s+to\\s+"
            + ClauseWords.alternation("text-approval") + "\\s+(?:the|this|that|any|such\\s+an?)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:"
            + ClauseWords.alternation("text") + "|" + ClauseWords.alternation("deal-noun") + ")s?\\b");

    /** Whether what follows "will" is a step the text must still pass before it binds: "[will] need to ratify the pact". */
    static boolean isApprovalOfTheText(String afterCue) {
        return TEXT_APPROVAL.matcher(afterCue).find();
    }

    /**
     * A pledge or directive inside what is announced still commits: "will announce that the Administration will stand
     * up a task force", "will announce that she has directed the agencies to …".
     */
    private static final Pattern ANNOUNCED_DIRECTIVE = Pattern.compile(
            "(?i)\\b(?:(?:directed|instructed|tasked|ordered)\\b[^;:]{0,80}\\bto|will|shall|(?:plans?|intends?|commits?|committed) to)\\b");

    /** Whether "will" previews what someone will say at an event ("will highlight …", "will explain how …"). */
    static boolean isNarration(String afterCue) {
        return NARRATION.matcher(afterCue).find() && !ANNOUNCED_DIRECTIVE.matcher(afterCue).find();
    }

    private static final Pattern ITINERARY = ClauseWords.compile("^[\\s,]*(?:(?:also|then|later|first|next|\\w+ly)\\s+)*(?:"
            + ClauseWords.alternation("itinerary") + "\\b|be\\s+in\\s+(?-i:\\p{Lu}\\p{Ll})|" + ClauseWords.alternation("visitor-verb") + "\\s+(?:the\\s+)?"
            + ClauseWords.alternation("visitor-title") + "(?!\\w)|" + ClauseWords.alternation("welcome-verb")
            + "\\b[^.;“\"]{0,120}?\\b(?-i:to)\\s+(?:the\\s+)?(?-i:\\p{Lu}))");
    /** The purpose of a trip that is an act of the deal or a meeting: "… to sign the copper pact", "for a bilateral meeting". */
    private static final Pattern TRIP_ACT = ClauseWords.compile("\\bto\\s+(?:\\w+ly\\s+)?(?:\\w+\\s+(?:and|or)\\s+)?" + ClauseWords.alternation("trip-act")
            + "\\b|\\bfor\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?" + ClauseWords.alternation("trip-meeting") + "\\b");
    /** Where an event is held: "in Santiago", "at the Palace of Nations". */
    private static final String EVENT_PLACE = "\\s+(?:in|at)\\s+(?:the\\s+)?(?-i:\\p{Lu})[\\p{L}.’'-]*(?:,?\\s+(?-i:\\p{Lu})[\\p{L}.’'-]*)*";
    /**
     * An event set for a day or an hour, a month or a year, or only placed: "be held on March 24", "take place in Lima on
     * Monday", "be held at 2 PM", "be held in Toronto in March 2027", "be held in Lima later this year", "be held in Fiji.",
     * "be held in Perth on the margins of the summit".
     */
    private static final Pattern EVENT_DATE = ClauseWords.compile("^[\\s,]*(?:(?:also|then|\\w+ly)\\s+)?(?:be\\s+held|take\\s+place)"
            // or only where, with nothing after the place but the clause's end or the event it is held beside
            + "(?:" + EVENT_PLACE + "(?:\\s*(?:[.;]|$)|,?\\s+(?:on\\s+the\\s+(?:margins|sidelines)\\s+of|alongside|back-to-back\\s+with)\\b)|(?:"
            + EVENT_PLACE + ")?"
            + "\\s+(?:(?:on|at|from)\\s+(?:(?-i:\\p{Lu})|\\d|the\\s+\\d)|in\\s+(?:(?:early|mid|late)[\\s-]+)?(?:\\d{4}\\b|"
            + ClauseWords.alternation("event-month") + "\\b)|" + ClauseWords.alternation("event-time") + "\\b))");

    /**
     * Whether what follows "will" or "is to" is an itinerary or an event's date, not a pledge: "will later visit the naval
     * base", "will travel to Accra to meet …", "will welcome President Lee to the White House", "will be live streamed",
     * "will be held on March 24"; a trip to sign a deal keeps its act ("will travel to Lima to sign the pact").
     */
    static boolean isItinerary(String afterCue) {
        return ITINERARY.matcher(afterCue).find() && !TRIP_ACT.matcher(afterCue).find() || EVENT_DATE.matcher(afterCue).find();
    }

    private static final Pattern DESCRIPTION = ClauseWords.compile("^[\\s,]*(?:also\\s+)?(?:" + ClauseWords.alternation("description")
            + "\\b|" + ClauseWords.alternation("post-holder") + "\\s+(?!the\\b)(?-i:\\p{Lu})"
            + "|be\\s+(?-i:\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\.)?\\s+\\p{Lu}\\p{Ll}+)\\s*(?:,|$))");

    /**
     * Whether what follows "will" describes a thing or a post rather than an act: "be located in Texas", "be held by
     * Japan", "be led by Jane Doe", "be Maria Lopez, a deputy minister"; an agency that leads ("be led by the
     * Department of Energy") still acts.
     */
    static boolean isDescription(String afterCue) {
        return DESCRIPTION.matcher(afterCue).find();
    }

    /**
     * What "will be" or "shall be" names its subject as, no act of anyone: "will be a terrific head of the Department",
     * "will be the largest refinery outside China", "shall be the Chair of the Task Force", "will not be ours alone". A duty or an act named as a
     * noun still is one: "shall be the responsibility of the Counsel", "will be the establishment of a fund".
     */
    private static final Pattern PREDICATE_NOUN = ClauseWords.compile("^[\\s,]*(?:(?:also|still|now|soon|again|\\w+ly)\\s+)?"
            + "(?:not\\s+)?be\\s+(?:(?:a|an|the|one\\s+of\\s+the|among\\s+the)\\s+(?!(?:" + ClauseWords.alternation("named-duty") + ")\\b)"
            + "(?![\\p{L}-]{3,}(?:ing|tion|sion|ment|ance|ence)\\s+(?:of|to|for)\\b)\\p{L}|(?:ours|theirs|yours|mine)\\b)");

    /** Whether what follows "will" or "shall" names what the subject is rather than an act (see {@link #PREDICATE_NOUN}). */
    static boolean isPredicateNoun(String afterCue) {
        return PREDICATE_NOUN.matcher(afterCue).find();
    }

    /** The members of a body as a subject: "Members of the Council", "The Board's membership", "Its composition". */
    private static final Pattern MEMBERS_SUBJECT = ClauseWords.compile(
            "\\b(?:members|membership|composition)(?:\\s+of\\s+[^,;]{1,80})?[\\s,]*$");
    private static final Pattern INCLUDES = Pattern.compile("(?i)^[\\s,]*(?:also\\s+)?include\\b");

    /**
     * Whether the clause says who sits on a body ("Members of the Council shall include the heads of …"), as "shall be
     * composed of" does: it constitutes the body, no one acts.
     */
    static boolean isComposition(String subject, String afterCue) {
        return MEMBERS_SUBJECT.matcher(subject).find() && INCLUDES.matcher(afterCue).find();
    }

    /** Whether what follows "will" is a capability the party gets ("be able to call on …"), not an action it pledges. */
    static boolean isCapability(String afterCue) {
        return CAPABILITY.matcher(afterCue).find();
    }

    /**
     * The object of a main verb that a clause with no "that" describes: "sets out the key terms [the parties will use]",
     * "includes projects [Norrland will build]". The cue after it says what the noun is for, no one pledges it; a noun of
     * a pledge ("includes a commitment that Japan will …") states one, and so do the acts a plan lists ("sets out the
     * actions [the Participants intend to carry out]", also with "that").
     */
    private static final String OBJECT_OF_VERB = "\\b(?:" + ClauseWords.alternation("object-verb") + ")\\s+"
            + "(?:(?:the|a|an|its|their|his|her|our|any|all|some|several|many|new|\\d[\\d,.]*)\\s+)?"
            + "(?:(?!(?:" + ClauseWords.alternation("phrase-break") + ")\\s)(?-i:[\\p{Ll}-]+)\\s+){0,3}?"
            + "(?!(?:" + ClauseWords.alternation("phrase-break") + ")\\s)"
            + "(?!(?:" + ClauseWords.alternation("content-noun") + "|the|a|an|its|their|his|her|our|this|these|those)\\s)"
            + "(?-i:\\p{Ll}[\\p{Ll}-]+)\\s+";
    private static final Pattern DESCRIBED_NOUN = ClauseWords.compile(OBJECT_OF_VERB
            + "(?:(?:the|its|their|both|all|each)\\s+(?-i:(?:\\p{Ll}+\\s+){0,2})?(?-i:\\p{Ll}+\\s+)"
            + "|(?:the\\s+)?(?-i:(?:\\p{Lu}[\\p{L}.&’'-]*\\s+){1,4})|(?:it|they|we|he|she)\\s+)(?:also\\s+|\\w+ly\\s+)?$");
    /** "the copper [committed to]", "by leaders [committed to]": a participle right after a main verb's object. */
    private static final Pattern PARTICIPLE_OF_OBJECT = ClauseWords.compile(
            "(?:" + OBJECT_OF_VERB + "|\\b(?:by|with|among|from)\\s+(?:the\\s+)?(?-i:(?:[\\p{Ll}-]+\\s+){0,2}\\p{Ll}[\\p{Ll}-]+\\s+))$");
    /**
     * A main verb in the past after the participle's phrase: "Leaders committed to building supply chains [attended]
     * the summit"; the participle describes the subject. Not after a word that opens a clause of its own.
     */
    private static final Pattern LATER_MAIN_VERB = ClauseWords.compile(
            "^[^,;:]*?(?-i:\\s\\p{Ll}[\\p{Ll}-]+)\\s+(?:" + ClauseWords.alternation("past-main-verb")
                    + ")\\s+(?:the|a|an|this|these|their|its|our)\\b");
    private static final Pattern OWN_CLAUSE_WORD = ClauseWords.compile(
            "\\b(?:and|or|but|that|which|who|whom|where|when|if|as|because|so|to|will|would|has|have|had|been|be|not)\\s+(?:"
                    + ClauseWords.alternation("past-main-verb") + ")\\b");
    private static final Pattern CLAUSE_WORD = ClauseWords.compile("\\b(?:that|which|who|where|when|if|because)\\b");
    private static final Pattern PARTICIPLE_CUE = Pattern.compile("(?i)^committed\\b");

    /**
     * Whether the cue at {@code cueStart} describes a noun rather than being a verb of the sentence: a modal in a clause
     * that modifies a main verb's object ("sets out the key terms the parties will use"), or "committed to" as a
     * participle ("the copper committed to the United States", "Leaders committed to building … attended").
     */
    static boolean describesNoun(String sentence, int cueStart, int cueEnd) {
        String before = sentence.substring(0, cueStart);
        if (PARTICIPLE_CUE.matcher(sentence.substring(cueStart, cueEnd)).lookingAt()) {
            if (PARTICIPLE_OF_OBJECT.matcher(before).find() || DESCRIBED_NOUN.matcher(before).find()) {
                return true;
            }
            String after = sentence.substring(cueEnd);
            Matcher later = LATER_MAIN_VERB.matcher(after);
            return later.find() && !OWN_CLAUSE_WORD.matcher(after.substring(0, later.end())).find()
                    && !CLAUSE_WORD.matcher(after.substring(0, later.end())).find();
        }
        return DESCRIBED_NOUN.matcher(before).find();
    }

    /**
     * What a party gets, right after the cue: "receive 30 per cent of …", "get shares"; not a coordinated act ("receive
     * and review applications") nor a causative with a name ("get America off the sidelines").
     */
    private static final Pattern BENEFIT = ClauseWords.compile("^[\\s,]*(?:(?:also|then|\\w+ly)\\s+)?"
            + ClauseWords.alternation("benefit") + "\\b(?![\\s,]+(?:and|or)\\b)(?!\\s+(?-i:\\p{Lu}))");

    /** Whether the words after a cue name a benefit the subject gets (see {@link #BENEFIT}). */
    static boolean isBenefit(String afterCue) {
        return BENEFIT.matcher(afterCue).find();
    }

    /** A verb of ending with no object after it (see "end-verb" in clause-words.txt). */
    private static final Pattern THING_ENDS = ClauseWords.compile("^[\\s,]*(?:\\w+ly\\s+)?(?:" + ClauseWords.alternation("end-verb")
            + ")\\b(?:\\s+(?:now|immediately|soon|forthwith|\\w+ly))?(?:\\s*(?:[,.;:!)]|$)|\\s+(?:and|as|so|once|in|by|before|without|through|with)\\b)");

    private static final Pattern GAIN = ClauseWords.compile("^[\\s,]*(?:(?:also|further|\\w+ly)\\s+)?(?:help\\s+(?:to\\s+)?)?"
            + ClauseWords.alternation("gain") + "\\b");

    /** Whether the words after a cue name what a thing brings about, said of it in a relative clause ("gain" list). */
    static boolean isGain(String afterCue) {
        return GAIN.matcher(afterCue).find() || isEffect(afterCue);
    }

    static boolean isEffect(String afterCue) {
        return EFFECT.matcher(afterCue).find() || RATE.matcher(afterCue).find() || THING_ENDS.matcher(afterCue).find();
    }

    /**
     * The firms of a trade at large as the whole subject, by a demonym or a place they are in or outside of, or bare:
     * "Chinese companies", "Smelters in Chile and Peru", "Firms outside Canada", "Exporters".
     */
    private static final Pattern FIRMS_AT_LARGE = ClauseWords.compile("^[\\s\"“]*(?:(?:the|many|most|some|all|other|foreign|western|global|(?-i:\\p{Lu})[\\p{L}’'.-]+)\\s+){0,2}(?:"
            + ClauseWords.alternation("demonym-actor") + ")(?:\\s+(?:in|outside|from|across|beyond|based\\s+in)\\s+[^,;:]{1,80}?)?\\s*$");
    /** What a trade's firms will need, have or be required to do: a burden a rule or the circumstance lays on them. */
    private static final Pattern BURDEN = ClauseWords.compile("^(?:will|would)\\s+(?:(?:also|now|then|\\w+ly)\\s+)*(?:(?:need|have)\\s+to|be\\s+required\\s+to)\\b");

    /**
     * Whether a trade's firms at large will need to do what the subject says, or undergo it: "Chinese companies will
     * need to apply for licences", "Smelters in Chile and Peru will be exposed to …" (what another's rule or the market
     * lays on them, no one's pledge).
     */
    static boolean isBurdenOfFirmsAtLarge(String subject, String fromCue, String afterCue) {
        return FIRMS_AT_LARGE.matcher(subject).find()
                && (BURDEN.matcher(fromCue).find() || isEffect(afterCue) || isOutlook(afterCue));
    }

    /**
     * What a duty or quota amounts to: "the additional rate of duty shall be 15 percent", "… shall be the rates set out
     * in clause 3", "… shall be identical to …", "… shall be:" before the rates.
     */
    private static final Pattern RATE = Pattern.compile(
            "(?i)^[\\s,]*be\\s*(?:(?:[\\d.,]+|\\p{L}+)\\s+(?:percent|per\\s+cent)\\b|the\\s+rates?\\b|identical\\s+to\\b|:\\s*$"
                    // "shall be determined by the product's current rate of duty", "… by alphabetical order": a rule of
                    // computation; "determined by mutual consent of the Participants" is their duty to agree
                    + "|(?:calculated|computed|determined)\\s+(?:by|on\\s+the\\s+basis\\s+of|according\\s+to|in\\s+accordance\\s+with)\\s+"
                    + "(?![^;]{0,40}\\b(?:mutual|consultations?|consent|negotiations?|parties|participants)\\b)"
                    + "(?:[\\p{L}\\p{N}’'*()-]+\\s+){0,10}?(?:rates?|order|value|formula|classification)\\b)"); // "its Column 1 Duty Rate"

    /** After a party, its private people as the subject's head: " individuals", " persons and companies", " citizens". */
    private static final Pattern PRIVATE_PERSONS_AFTER = ClauseWords.compile("^\\s+" + ClauseWords.alternation("private-persons")
            + "(?![\\p{L}-])(?!\\s+(?:of|from)\\b)(?:\\s+(?:and|or)\\s+(?:companies|firms|entities|businesses))?[\\s,]*$");

    /**
     * Whether a party only says whose private people the subject is ("EU individuals will continue to be barred from
     * …", "U.S. persons will …"): those people act or are acted on, never the party itself.
     */
    static boolean qualifiesPrivatePersons(String sentence, int partyEnd, int cueStart) {
        return partyEnd <= cueStart && PRIVATE_PERSONS_AFTER.matcher(sentence.substring(partyEnd, cueStart)).matches();
    }

    /** Whether a party only qualifies the subject's head, a thing ("U.S. exports", "Chilean copper"), not its agents. */
    static boolean qualifiesAThing(String sentence, int partyEnd, int cueStart) {
        if (AUXILIARY_ONLY.matcher(sentence.substring(partyEnd, cueStart)).matches()) {
            return false; // "Indonesia has committed to eliminate …": the party is the subject
        }
        if (MEMBERS_AFTER.matcher(sentence.substring(partyEnd, cueStart)).lookingAt()
                && !(ECONOMIES_AFTER.matcher(sentence.substring(partyEnd, cueStart)).lookingAt()
                        && ECONOMY_CHANGES.matcher(sentence.substring(cueStart)).lookingAt())) {
            // "G7 countries will reduce …", "ASEAN member states will ease …": the group's members act; "G20 economies
            // will grow 3%" speaks of the economies themselves
            return false;
        }
        Matcher next = NEXT_WORD.matcher(sentence.substring(partyEnd, cueStart));
        return next.find() && !AGENT.matcher(next.group(1)).matches() && !NOT_A_HEAD.matcher(next.group(1)).matches();
    }

    /** A noun for a group's or a region's member states after its name: "G7 countries", "MSP partner countries". */
    private static final Pattern MEMBERS_AFTER = ClauseWords.compile(
            "^(?:[’']s)?\\s+(?:partner\\s+|member\\s+)?" + ClauseWords.alternation("member-noun") + "\\b");
    /** "G20 economies": members, or the economies themselves where what follows is how they fare. */
    private static final Pattern ECONOMIES_AFTER = ClauseWords.compile("^(?:[’']s)?\\s+(?:member\\s+)?economies\\b");
    /** The modal and what an economy itself undergoes: "will grow", "are expected to slow", "will continue to expand". */
    private static final Pattern ECONOMY_CHANGES = ClauseWords.compile(
            "^\\p{L}+(?:\\s+(?:be\\s+)?\\p{L}+\\s+to)?\\s+(?:\\w+ly\\s+)?" + ClauseWords.alternation("economy-change") + "\\b");

    /**
     * Whether the subject before the cue is a thing a party's name qualifies: "the new Corfo contracts [will]", "U.S.
     * tariffs [will]"; what such a thing will do is an effect.
     */
    static boolean isPartysThing(String sentence, int partyEnd, int cueStart) {
        return THING_AFTER.matcher(sentence.substring(partyEnd, cueStart)).matches();
    }

    private static final Pattern THING_AFTER = ClauseWords.compile(
            "^\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,4}?(?:" + ClauseWords.alternation("thing") + ")(?:\\s+(?:also|further|now|then|only|still))?\\s*$");
    private static final Pattern AUXILIARY_ONLY = Pattern.compile("(?i)^\\s+(?:has|have|had|is|are|was|were)\\s+(?:\\w+ly\\s+)?$");
    private static final Pattern NEXT_WORD = Pattern.compile("^(?:[’']s)?\\s+(\\p{Ll}[\\p{L}-]*)");
    private static final Pattern NOT_A_HEAD = Pattern.compile(
            "(?i)and|or|also|further|too|together|jointly|alone|itself|each|both|all|today|now|then|hereby|\\w+ly");

    /** Whether a party mention is only a word in the name of a plan, dialogue or event. */
    static boolean isInName(String text, Mention m) {
        int end = Math.min(text.length(), m.end() + 120);
        return NAME_AFTER.matcher(text.substring(m.end(), end)).find();
    }

    /**
     * A leading purpose or ground that holds a cue of its own: "With the aim to facilitate trade, the Parties shall",
     * "Further, as a sign of its desire to build trust, Thailand undertakes to". Its cue is not the parties' own.
     */
    private static final Pattern PURPOSE = ClauseWords.compile(
            "^[\\s\"“]*" + MARKER + "(?:(?:further|furthermore|moreover|also|in\\s+addition|additionally),?\\s+)?"
                    + ClauseWords.alternation("purpose") + "\\b[^,;:]*$");

    /**
     * A leading ground that a "that" clause completes, with no subject of its own: "Acknowledging that hydrogen will
     * play a vital role, the Participants intend to …". Its cue is what is recognized; the main clause after its
     * comma holds the parties' own (a belief's "Convinced that …, the Parties shall" is left to the belief words).
     */
    private static final Pattern GROUND_THAT = ClauseWords.compile(
            "^[\\s\"“]*" + MARKER + "(?:whereas,?\\s+)?(?:(?:further|also),?\\s+)?(?:" + ClauseWords.alternation("recital")
                    + ")[,\\s]+(?:also\\s+)?that\\b");

    /** Whether the cue at {@code cueStart} lies in a leading ground's "that" clause ({@link #GROUND_THAT}). */
    static boolean inLeadingGround(String sentence, int cueStart) {
        Matcher m = GROUND_THAT.matcher(sentence);
        return m.lookingAt() && m.end() <= cueStart && sentence.indexOf(',', cueStart) >= 0;
    }

    /** Between a ground's comma and the main clause's cue: a subject alone, no clause of its own ("which", "that"). */
    private static final Pattern MAIN_SUBJECT = Pattern.compile(
            "(?i)^\\s*(?!(?:and|or|but|which|that|who|including|in|to|as|with|for|of)\\b)(?:[^,;:()]*?\\s)?$");
    private static final Pattern SUBJECT_CLAUSE = Pattern.compile("(?i)\\b(?:which|that|who|whom|whose|where|when)\\b");

    /** Whether the words between a leading ground's comma and a cue are the main clause's subject (at most 12 words). */
    static boolean isMainSubject(String between) {
        return MAIN_SUBJECT.matcher(between).matches() && !SUBJECT_CLAUSE.matcher(between).find()
                && between.strip().split("\\s+").length <= 12;
    }

    /** Whether the cue that starts at {@code cueStart} lies in a leading purpose or ground, which ends at a comma. */
    static boolean inLeadingPurpose(String sentence, int cueStart) {
        int comma = sentence.indexOf(',', cueStart);
        return comma >= 0 && PURPOSE.matcher(sentence.substring(0, comma)).find();
    }

    /**
     * A belief or an assumption the cue's clause completes: "Convinced that this Agreement will enhance …", "challenged
     * the assumption that workers must tolerate …". What is believed to happen is no one's pledge.
     */
    private static final Pattern BELIEF = ClauseWords.compile("\\b" + ClauseWords.alternation("belief") + "\\s*,?\\s+that\\b(?:(?!,\\s+and\\s)[^;:])*$");

    static boolean isBelief(String beforeCue) {
        return BELIEF.matcher(beforeCue).find();
    }

    /**
     * A condition the sentence opens with, after a list marker and a leading connective ("In addition, if …"), up to its
     * first comma; {@code cond} ends at the condition's word.
     */
    private static final Pattern OPENING_CONDITION = ClauseWords.compile("^[\\s\"“]*" + MARKER
            + "(?:(?:in\\s+addition|however|further(?:more)?|moreover|additionally|thereafter|accordingly),\\s*)?"
            + "(?<cond>" + ClauseWords.alternation("deadline-condition") + ")\\b(?:(?!\\b(?:shall|will|must)\\b)[^,;:])*,"); // "If asked the Party shall reply within 30 days, …" has none

    /**
     * Whether {@code at} lies inside the condition the sentence opens with, after the condition's word: a deadline there
     * ("If the committee fails to decide within 60 days, the tribunal shall decide") bounds the condition, not the act;
     * the commitment keeps it only where the main clause has no deadline of its own.
     */
    static boolean inOpeningCondition(String sentence, int at) {
        Matcher condition = OPENING_CONDITION.matcher(sentence);
        return condition.find() && at >= condition.end("cond") && at < condition.end();
    }

    /** Where the subject starts after a leading condition ("If A imposes a measure, B shall"): after its comma. */
    static int afterCondition(String beforeCue, int from) {
        String rest = beforeCue.substring(from);
        Matcher connective = CONNECTIVE.matcher(rest);
        if (connective.find()) {
            return from + connective.end(); // "To this end we will …": no purpose clause, the subject follows
        }
        if (!CONDITION.matcher(rest).find()) {
            return from;
        }
        int comma = rest.indexOf(',');
        // a condition of two alternatives, each set off by commas, runs to the second one's comma: "If the Party does not
        // comply, or notifies that it does not intend to comply, that Party shall …"
        for (int next; comma >= 0 && ALTERNATIVE_CONDITION.matcher(rest).region(comma + 1, rest.length()).lookingAt()
                && (next = rest.indexOf(',', comma + 1)) > 0 && !MODAL_WORD.matcher(rest.substring(comma, next)).find(); ) {
            comma = next;
        }
        return comma < 0 ? from : from + comma + 1;
    }

    /** A condition that opens the sentence with a clause of its own and no comma before the cue. */
    private static final Pattern BARE_CONDITION = ClauseWords.compile(
            "^[\\s\"“]*" + MARKER + ClauseWords.alternation("bare-condition") + "\\s+[^,;:]+$");
    /**
     * The main clause's subject right before the cue, after a condition with no comma: a determiner not after a
     * preposition ("the interests of [the ACP States]" is the condition's object), then capitalized words or small words
     * of a name, ending in its head ("the Community", "the Council of Ministers", "the other Party", "the co-chairs").
     */
    private static final Pattern SUBJECT_AFTER_BARE_CONDITION = Pattern.compile(
            "(?<!\\b(?:of|to|for|with|by|from|on|in|between|among|under|against|into|at|and|or)\\s)"
                    + "\\b(?:[Tt]he|[Ee]ach|[Ee]ither|[Bb]oth|[Nn]either)\\s+(?:(?:other|two|joint)\\s+)?"
                    + "(?:(?:\\p{Lu}[\\p{L}.’'-]*|of|and|the|for|on)\\s+){0,6}?\\p{L}[\\p{L}’'-]*\\s*$");

    /**
     * Where the subject starts after a leading condition that has no comma ("Where the ACP States so request the
     * Community shall"): at the noun phrase right before the cue; {@code from} where no such phrase ends the condition.
     */
    static int afterBareCondition(String beforeCue, int from) {
        String rest = beforeCue.substring(from);
        if (!BARE_CONDITION.matcher(rest).find()) {
            return from;
        }
        Matcher subject = SUBJECT_AFTER_BARE_CONDITION.matcher(rest);
        int found = -1;
        while (subject.find()) {
            found = subject.start();
        }
        // the phrase must leave a condition before it: "If the Parties shall" has no main clause of its own
        return found > 0 && !rest.substring(0, found).isBlank() && CONDITION.matcher(rest.substring(0, found)).find()
                && rest.substring(0, found).trim().split("\\s+").length >= 3 ? from + found : from;
    }

    private static final Pattern ALTERNATIVE_CONDITION = Pattern.compile("(?i)\\s*(?:or|and)\\s+(?:if\\s+)?\\p{Ll}");
    private static final Pattern MODAL_WORD = Pattern.compile("(?i)\\b(?:shall|will|must|should|may)\\b");

    /**
     * A ground the sentence opens with, or one set off by commas inside it ("Recognizing that …", "…, and, recognising
     * that …"), with the cue in its "that" clause before any comma closes it.
     */
    private static final Pattern GROUND_BEFORE_CUE = ClauseWords.compile("(?:^[\\s\"“]*" + MARKER + "(?:whereas,?\\s+)?|,\\s*(?:and\\s*,?\\s*)?)(?:"
            + ClauseWords.alternation("recital") + ")[,\\s]+(?:also\\s+)?that\\b[^,;:]*$");

    /** Whether the cue at {@code cueStart} lies in a ground's "that" clause before any comma closes it ({@link #GROUND_BEFORE_CUE}). */
    static boolean inGround(String sentence, int cueStart) {
        String before = sentence.substring(0, cueStart);
        return before.toLowerCase(Locale.ROOT).contains("that") && GROUND_BEFORE_CUE.matcher(before).find();
    }

    /**
     * A leading participle of means, after a dateline if any: "Leveraging Peru's ports, …", "Building on …, …"; or a
     * leading phrase of whose lead the subject acts under: "Under the leadership of A and B, …".
     */
    private static final Pattern MEANS_PARTICIPLE = ClauseWords.compile(
            "^(?:[^,;]{0,40},[^;]{0,40}?\\s[—–]\\s+)?[\\s\"“]*(?:" + ClauseWords.alternation("means-participle") + "|"
                    + ClauseWords.alternation("leading-agency") + ")\\s");
    private static final Pattern RELATIVE_OPENS = Pattern.compile("(?i)^\\s*(?:which|who)\\b");

    /**
     * Where the subject starts after a leading participle of means ("Leveraging Peru's ports and power, this
     * partnership will …"): after the comma that closes it, so the parties it names are no subjects.
     */
    static int afterMeansParticiple(String beforeCue, int from) {
        String rest = beforeCue.substring(from);
        if (!MEANS_PARTICIPLE.matcher(rest).find()) {
            return from;
        }
        return afterLastComma(rest, from);
    }

    /** After the last comma of a leading phrase with a subject after it: not one that opens an aside ("Peru, which …, will"). */
    private static int afterLastComma(String rest, int from) {
        for (int comma = rest.lastIndexOf(','); comma > 0; comma = rest.lastIndexOf(',', comma - 1)) {
            String after = rest.substring(comma + 1);
            if (!after.isBlank() && !RELATIVE_OPENS.matcher(after).find()) {
                return from + comma + 1;
            }
        }
        return from;
    }

    /**
     * Where the subject starts after a leading ground ("Recognising that Norway will host the meeting, the Participants
     * will …"): after the comma that closes it, so the parties it names are no subjects.
     */
    static int afterGround(String beforeCue, int from) {
        String rest = beforeCue.substring(from);
        if (!GROUND_THAT.matcher(rest).find()) {
            return from;
        }
        int comma = rest.lastIndexOf(',');
        if (comma > 0 && rest.substring(comma + 1).isBlank()) {
            // "Noting that X's ports are small, wishing to …": the recital's own participle has no subject, the
            // state the ground names does not act
            return from + comma + 1;
        }
        return afterLastComma(rest, from);
    }

    /** The pronoun that is the subject right before the cue ("it will", "they also agreed"), if any. */
    static String pronounSubject(String beforeCue) {
        Matcher m = PRONOUN_SUBJECT.matcher(beforeCue);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /**
     * As {@link #pronounSubject(String)}, and also the pronoun before a form of "be" when the cue is a word of readiness
     * that follows it: "Indonesia said it is ready to …", "they are willing to …" (the verb "be" stands between them).
     */
    static String pronounSubject(String beforeCue, String fromCue) {
        String pronoun = pronounSubject(beforeCue);
        if (pronoun != null || !READINESS_CUE.matcher(fromCue).lookingAt()) {
            return pronoun;
        }
        Matcher m = PRONOUN_BE_SUBJECT.matcher(beforeCue);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /**
     * "They discussed developments in Ukraine and [pledged] …": a verb in the past coordinated with the first, which shares
     * its pronoun subject ("they", "it"); the object between them is not the subject. Else null.
     */
    static String seriesPronoun(String beforeCue) {
        Matcher m = PRONOUN_SERIES.matcher(beforeCue);
        if (m.matches()) {
            return m.group(1).toLowerCase(Locale.ROOT);
        }
        Matcher reported = beforeCue.endsWith(" and ") ? REPORTED_PRONOUN_SERIES.matcher(beforeCue) : null;
        return reported != null && reported.find() ? reported.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /**
     * The same in a report: "Halden said it had produced its first oxide and [plans] to …", "said on Monday it had …", "said
     * it was studying the offer and [would] …", the speaker's pronoun.
     */
    private static final Pattern REPORTED_PRONOUN_SERIES = Pattern.compile("\\b(?:said|says|added)\\s+"
            + "(?:in\\s+a\\s+statement\\s+|on\\s+\\w{3,6}day\\s+)?(?:that\\s+)?(they|it)\\s+"
            + "(?:also\\s+)?(?:(?:is|are|was|were)\\s+(?:now\\s+|still\\s+)?\\p{Ll}+ing|(?:(?:has|have|had)\\s+)?(?:\\p{Ll}+ed|met|began|begun|won|sold|made|built)"
            // after "had" also the participles in "-en" and "-wn" and the other irregular ones: "said it had chosen …"
            + "|(?:has|have|had)\\s+(?:\\p{Ll}{2,}(?:en|wn)|" + String.join("|", ActionPhrase.IRREGULAR_PARTICIPLES.keySet()) + "))"
            + "\\b[^;:“”\"]*?\\s+and\\s+$");
    private static final Pattern PRONOUN_SERIES = Pattern.compile("^[\\s*_>-]*(They|It)\\s+(?:also\\s+)?(?:\\p{Ll}+ed|met|spoke|held)\\b"
            + "[^;:“”\"]*?\\s+and\\s+(?:also\\s+|then\\s+|further\\s+)?$");

    /** Whether the cue lies inside a quotation ("“We will work with Washington,” said …"). */
    static int[] quotation(String sentence, int cueStart) {
        int open = -1;
        boolean inside = false;
        for (int i = 0; i < cueStart; i++) {
            char c = sentence.charAt(i);
            if (c == '“' || (c == '"' && !inside)) {
                open = i;
                inside = true;
            } else if (c == '”' || c == '"') {
                inside = false;
            }
        }
        if (!inside) {
            return null;
        }
        int close = sentence.length();
        for (int i = cueStart; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '”' || c == '"') {
                close = i;
                break;
            }
        }
        return new int[] {open, close};
    }

    /**
     * The speaker's body of a quotation {@code [open, close]} of the text: the first party its attribution names
     * ("“We will …,” said the chair of the Steel Association, which represents …": not the members after "which"),
     * else the body a noun in it refers back to ("a spokesman for the association said": the last association the
     * text named). A state speaks for itself ("the UAE's minister said"), and so does a government body whose name
     * places it in one ("the US Department of State said"); another body's "we" in a report on a joint statement is the
     * group's, so none is returned for it.
     */
    static List<String> speakers(String text, int[] quote, List<Mention> all) {
        return speakersIn(text, attribution(text, quote), quote[0], all);
    }

    /**
     * The speaker's body of the nearest attributed quotation that closes before {@code before}, within {@code back}
     * characters ("“…,” Halden Metals chief executive Jane Roe said.⏎“We will …,” she said" → Halden Metals); empty if
     * none.
     */
    static List<String> previousSpeakers(String text, int before, int back, List<Mention> all) {
        for (int c = before - 1; c > Math.max(0, before - back); c--) {
            char mark = text.charAt(c);
            if ((mark == '”' || mark == '"') && ",.?!".indexOf(text.charAt(c - 1)) >= 0) {
                int[] closed = {c, c};
                if (attributedAfter(text, closed)) {
                    int open = Math.max(text.lastIndexOf('“', c - 1), text.lastIndexOf('"', c - 1));
                    return speakersIn(text, attribution(text, closed), Math.max(0, open), all);
                }
            }
        }
        return List.of();
    }

    /** The speaker's body an attribution {@code [from, to)} names, for a quotation that opens at {@code quoteStart}. */
    private static List<String> speakersIn(String text, int[] attribution, int quoteStart, List<Mention> all) {
        int[] quote = {quoteStart};
        Mention referent = null;
        for (Mention m : all) {
            if (m.type() == MentionType.PARTY && m.start() >= attribution[0] && m.end() <= attribution[1]) {
                if (!GOVERNMENT_BODY.matcher(m.norm()).find()) {
                    return List.of(m.norm());
                }
                // "“We will build new sources of supply,” the US Department of State said": the state the body serves
                return PartyKinds.stateOf(List.of(m.norm())).or(() -> PartyKinds.stateNamedIn(text.substring(attribution[0], m.end())))
                        .map(List::of).orElse(List.of());
            }
        }
        Matcher noun = SPEAKER_NOUN.matcher(text.substring(attribution[0], attribution[1]));
        if (noun.find()) {
            String head = noun.group(1).toLowerCase(Locale.ROOT);
            Pattern word = Pattern.compile("(?i)\\b" + Pattern.quote(head) + "s?\\b"); // "the airline's" → "Vietnam Airlines"
            for (Mention m : all) {
                if (m.start() >= quote[0]) {
                    break;
                }
                if (m.type() == MentionType.PARTY && word.matcher(m.text()).find()) {
                    referent = m;
                }
            }
            if (referent == null && FIRM.matcher(head).matches()) {
                // "the company's chief executive": the last company the text named, most often without the word
                for (Mention m : all) {
                    if (m.start() >= quote[0]) {
                        break;
                    }
                    if (m.type() == MentionType.PARTY && m.norm().length() > 2 && !GOVERNMENT_BODY.matcher(m.norm()).find()) {
                        referent = m;
                    }
                }
            }
        }
        if (referent != null && GOVERNMENT_BODY.matcher(referent.norm()).find()) {
            // "“We will …,” the ministry said" after "China's Commerce Ministry": the state the body serves, as above
            String named = referent.text();
            Mention body = referent;
            return PartyKinds.stateOf(List.of(referent.norm())).or(() -> PartyKinds.stateNamedIn(named))
                    .or(() -> possessor(text, body, all)).map(List::of).orElse(List.of());
        }
        return referent == null ? List.of() : List.of(referent.norm());
    }

    private static final Pattern POSSESSIVE_ONLY = Pattern.compile("^[’']s\\s+$");

    /** The state whose body a mention is by a possessive right before it: "Chile" in "Chile’s Mining Ministry". */
    private static Optional<String> possessor(String text, Mention body, List<Mention> all) {
        for (Mention m : all) {
            if (m.type() == MentionType.PARTY && m.norm().length() == 2 && m.end() < body.start() && body.start() - m.end() <= 3
                    && POSSESSIVE_ONLY.matcher(text.substring(m.end(), body.start())).matches()) {
                return Optional.of(m.norm());
            }
        }
        return Optional.empty();
    }

    /** The words that attribute the quotation: "the Emirati Minister of Industry said". */
    static String attributionText(String text, int[] quote) {
        int[] attribution = attribution(text, quote);
        return text.substring(attribution[0], attribution[1]);
    }

    /** The attribution's span: after the quotation to the sentence's end or a relative clause, else before it. */
    private static int[] attribution(String text, int[] quote) {
        if (attributedAfter(text, quote)) {
            int from = quote[1] + 1;
            int end = sentenceEnd(text, from);
            Matcher stop = RELATIVE.matcher(text).region(from, end);
            return new int[] {from, stop.find() ? stop.start() : end};
        }
        int start = sentenceStart(text, quote[0]);
        Matcher reported = REPORTED_BEFORE.matcher(text).region(start, quote[0]);
        if (reported.find()) {
            // "Roe said at a meeting on Monday: “We will …”", "After talks with Doe in X, Roe said: “…”": the verb's subject
            return new int[] {reported.start(1), reported.end(1)};
        }
        int[] continued = attributedBefore(text, quote) ? null : continuedAttribution(text, quote);
        return continued != null ? continued : new int[] {start, quote[0]};
    }

    /**
     * A speaker whose verb stands away from the quotation, which goes on the sentence the verb opens: "Roe said at a
     * meeting with the two leaders on Monday: “…”", "Roe said the deal is an $8 billion “pipeline” and “we are ready …”". The
     * speaker is the subject of the verb (a few words after the sentence's start or a comma), not the names after it.
     */
    private static final Pattern REPORTED_BEFORE = Pattern.compile(
            "(?:^|[,\\n]\\s*|\\.\\s+)\\s*(\\p{Lu}[\\p{L}.’'-]*(?:\\s+[\\p{L}.’'-]+){0,5}?)\\s+(?:said|says|told\\s+\\p{L}+|added)\\b"
                    + "(?:[^“”\"\\n]|“[^“”\\n]{1,40}”)*$"); // a few words quoted on the way ("an $8 billion “pipeline” and")

    private static boolean attributedAfter(String text, int[] quote) {
        return quote[1] < text.length() && ATTRIBUTION.matcher(text.substring(quote[1] + 1, sentenceEnd(text, quote[1] + 1))).find();
    }

    private static int sentenceEnd(String text, int from) {
        Matcher end = DocumentParties.SENTENCE_END.matcher(text).region(from, Math.min(text.length(), from + 300));
        return end.find() ? end.start() : Math.min(text.length(), from + 300);
    }

    private static int sentenceStart(String text, int before) {
        int start = Math.max(text.lastIndexOf('\n', before - 1), Math.max(text.lastIndexOf(". ", before - 1), 0));
        return Math.max(start, before - 300);
    }

    /**
     * A quotation that opened before {@code sentenceStart} in the same paragraph and is still open at {@code at}
     * ("“We will not export raw ore. Our plan is …, and we will start …,” the chief executive said"), as
     * {@code [open, close]}; null when there is none.
     */
    static int[] openQuotation(String text, int sentenceStart, int at) {
        int paragraph = paragraphStart(text, sentenceStart);
        int open = -1;
        for (int i = Math.max(paragraph, sentenceStart - 1500); i < at; i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '"' && open < 0) {
                open = i;
            } else if (c == '”' || c == '"') {
                open = -1;
            }
        }
        return open < 0 || open >= sentenceStart ? null : new int[] {open, closingQuote(text, at)};
    }

    /** The closing quote mark after {@code from} in its paragraph, else the paragraph's end. */
    static int closingQuote(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '”' || c == '"' || c == '\n' && opensParagraph(text, i + 1)) {
                return i;
            }
        }
        return text.length();
    }

    /**
     * Where the paragraph that holds {@code at} starts. A line break alone only wraps the paragraph's text, as saved
     * statements and PDFs wrap it; a blank line or a list item's marker opens a new one.
     */
    static int paragraphStart(String text, int at) {
        int line = text.lastIndexOf('\n', at - 1);
        while (line >= 0 && !opensParagraph(text, line + 1)) {
            line = text.lastIndexOf('\n', line - 1);
        }
        return line + 1;
    }

    private static final Pattern PARAGRAPH_OPENING = Pattern.compile("[ \\t]*(?:\\n|$|[-*•]\\s|\\(?[a-z\\d]{1,3}[.)]\\s)");

    /** Whether the line starting at {@code lineStart} is blank or a list item, or the line before it blank. */
    private static boolean opensParagraph(String text, int lineStart) {
        if (PARAGRAPH_OPENING.matcher(text).region(lineStart, text.length()).lookingAt()) {
            return true;
        }
        int previous = text.lastIndexOf('\n', lineStart - 2);
        return lineStart < 2 || text.substring(previous + 1, lineStart - 1).isBlank();
    }

    private static final Pattern FIRM = Pattern.compile(
            "company|group|corporation|firm|miner|producer|airline|carrier|manufacturer|maker|refiner|smelter");
    /**
     * Where an attribution after a quotation stops naming its speaker: a relative clause or a time after a comma, the
     * one who reports it ("…,” a Chinese official said, according to Treasury Secretary Roe"), or those the speaker
     * tells it to ("…,” Takaichi told Trump", "… told the U.S. side"); a "told" that opens the attribution ("…,” told
     * reporters Jane Roe") still names the speaker after it.
     */
    private static final Pattern RELATIVE = Pattern.compile(
            ",\\s*(?:which|who|whose|after|before|as|in\\s+a|at\\s+a|according\\s+to)\\b|(?<=[\\p{L}.])\\s+told\\b");
    private static final Pattern SPEAKER_NOUN = ClauseWords.compile(
            "\\b(?:the|its|this|that)\\s+(" + ClauseWords.alternation("speaker-noun") + ")(?:[’']s)?\\b");

    private static final Pattern GOVERNMENT_BODY = ClauseWords.compile("\\b" + ClauseWords.alternation("government-body") + "\\b");

    /** Whether the words around a quotation of the text attribute it: "…,” said the chair of …", "The chair said: “…". */
    static boolean isAttributed(String text, int[] quote) {
        return attributedAfter(text, quote)
                || attributedBefore(text, quote) || continuedAttribution(text, quote) != null
                || REPORTED_BEFORE.matcher(text).region(sentenceStart(text, quote[0]), quote[0]).find();
    }

    private static boolean attributedBefore(String text, int[] quote) {
        String before = text.substring(sentenceStart(text, quote[0]), quote[0]);
        return ATTRIBUTION_BEFORE.matcher(before).find() || SPEAKER_LABEL_BEFORE.matcher(before).find();
    }

    /** A quotation's closing mark and what follows it to the next one: "…,” said the chairman. “". */
    private static final Pattern QUOTE_BETWEEN = Pattern.compile("[”\"]([^“”\"\n]{1,160})[“\"]$");

    /**
     * The attribution of the speaker's previous quotation when this one goes on after it in the same paragraph
     * ("“… lithium,” said the chairman. “We will do so as partners …”"): the words between the two, or null.
     */
    private static int[] continuedAttribution(String text, int[] quote) {
        int paragraph = text.lastIndexOf('\n', quote[0]) + 1;
        Matcher between = QUOTE_BETWEEN.matcher(text).region(Math.max(paragraph, quote[0] - 170), quote[0] + 1);
        if (!between.find() || !ATTRIBUTION.matcher(between.group(1)).find()) {
            return text.substring(paragraph, quote[0]).isBlank() ? previousParagraphsAttribution(text, paragraph) : null;
        }
        return new int[] {between.start(1), between.end(1)};
    }

    /** How many quoted paragraphs back a paragraph that opens a quotation may find its speaker. */
    private static final int MAX_QUOTED_PARAGRAPHS = 3;
    /** A paragraph that ends with a quotation's attribution: "…,” Minister King said." */
    private static final Pattern ENDS_ATTRIBUTED = Pattern.compile("[”\"]([^“”\"\n]{1,160})$");

    /**
     * The speaker of a quotation that opens its paragraph, as a press release goes on quoting one speaker over several
     * paragraphs ("“…,” Minister King said.⏎“We will work closely with …"): the attribution that ends the nearest paragraph
     * before it, over paragraphs that themselves open a quotation; else null.
     */
    private static int[] previousParagraphsAttribution(String text, int paragraph) {
        int end = paragraph - 1;
        for (int hops = 0; end > 0 && hops < MAX_QUOTED_PARAGRAPHS; ) {
            int start = text.lastIndexOf('\n', end - 1) + 1;
            String previous = text.substring(start, end).strip();
            if (!previous.isEmpty()) {
                Matcher closing = ENDS_ATTRIBUTED.matcher(previous);
                if (closing.find() && ATTRIBUTION.matcher(closing.group(1)).find()) {
                    int at = text.indexOf(closing.group(1), start);
                    return new int[] {at, at + closing.group(1).length()};
                }
                if (previous.charAt(0) != '“' && previous.charAt(0) != '"') {
                    // only quoted paragraphs go on with the speaker, and a paragraph that reports the speaker's words
                    // before the quotation opens ("…, added the Commission official.⏎“We are seeking to …")
                    return reportedSpeaker(text, start, start + text.substring(start, end).stripTrailing().length());
                }
                hops++;
            }
            end = start - 1;
        }
        return null;
    }

    /** ", added the Commission official." at a paragraph's end: the speaker after the verb. */
    private static final Pattern SPEAKER_AFTER_VERB = ClauseWords.compile(
            ",\\s+(?:" + ClauseWords.alternation("attribution-verb") + ")\\s+([^;:“”\"\\n]{2,120}?)\\.?\\s*$");
    /** "Jane Roe said on Monday that …", "The minister told reporters …": the speaker before the verb, opening the sentence. */
    private static final Pattern SPEAKER_BEFORE_VERB = ClauseWords.compile(
            "^[\\s\"“]*([^;:“”\"\\n]{2,120}?)\\s+(?:" + ClauseWords.alternation("attribution-verb") + ")\\b");

    /**
     * The speaker's words in the last sentence of a paragraph {@code [start, end)} of reported speech, as the span of
     * an attribution; null when the sentence reports no one.
     */
    private static int[] reportedSpeaker(String text, int start, int end) {
        int sentence = start;
        Matcher boundary = DocumentParties.SENTENCE_END.matcher(text).region(start, Math.max(start, end - 1));
        while (boundary.find()) {
            sentence = boundary.end();
        }
        String last = text.substring(sentence, end);
        Matcher after = SPEAKER_AFTER_VERB.matcher(last);
        if (after.find()) {
            return new int[] {sentence + after.start(1), sentence + after.end(1)};
        }
        Matcher before = SPEAKER_BEFORE_VERB.matcher(last);
        return before.find() ? new int[] {sentence + before.start(1), sentence + before.end(1)} : null;
    }

    /**
     * A paragraph of unquoted speech that ends by naming its speaker after a dash: "… will be finalized soon - Roe
     * said.", "… output will grow — Mining Minister Jane Roe". The speaker's words after the dash.
     */
    private static final Pattern DASH_ATTRIBUTION = Pattern.compile(
            "\\s[-–—]\\s+((?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,5}\\p{Lu}[\\p{L}’'-]+)(?:\\s+(?:said|says|added|noted|stressed|stated"
                    + "|explained|emphasi[sz]ed))?\\.?\\s*$");

    /** The speaker named after a dash at the end of the paragraph holding {@code at}, or null. */
    static String dashAttribution(String text, int at) {
        int end = text.indexOf('\n', at);
        String paragraph = text.substring(text.lastIndexOf('\n', at) + 1, end < 0 ? text.length() : end);
        if (paragraph.indexOf('“') >= 0 || paragraph.indexOf('"') >= 0) {
            return null; // a quoted paragraph names its speaker the usual way
        }
        Matcher dash = DASH_ATTRIBUTION.matcher(paragraph);
        return dash.find() ? dash.group(1) : null;
    }

    /** Whether "we", "our" or "us" is the subject, the speaker's own voice. */
    static boolean isFirstPerson(String subject) {
        return FIRST_PERSON.matcher(subject).find();
    }

    // the speaker may carry a title in commas: "…,” Jane Roe, U.S. Under Secretary of State, told reporters"
    private static final Pattern ATTRIBUTION = ClauseWords.compile(
            "^[\\s,]*(?:[\\p{L}.’' ,-]{0,80}?\\s)?(?:" + ClauseWords.alternation("attribution-verb") + "|according\\s+to)\\b");
    private static final Pattern ATTRIBUTION_BEFORE = Pattern.compile(
            "(?i)\\b(?:said|says|added|adds|noted|notes|told\\s+\\w+|stated|explained|remarked|declared|stressed|emphasi[sz]ed|insisted"
                    + "|according\\s+to\\s+[^,]{1,80})[\\s,:]*$");
    /** A speaker's name as a label before the quotation: "- President Roe: “…”", "Minister Tamm: “…”". */
    private static final Pattern SPEAKER_LABEL_BEFORE = Pattern.compile(
            "(?:^|\\n|[-*•]\\s)\\s*\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*){1,4}\\s*:\\s*$");
    private static final Pattern FIRST_PERSON = Pattern.compile("(?i)\\b(?:we|our|us)\\b");

    /**
     * Whether an item names a member, not an action: a post ("(xv) the Administrator of the Small Business
     * Administration;", "- The Deputy Secretary of the Treasury (non-voting);") or a person ("- A retired teacher who
     * mentors …"). A council's members and a list of guests commit to nothing, whatever the lead-in's verb.
     */
    static boolean namesMember(String item, boolean statesAnAction) {
        String s = LIST_MARKER_ONLY.matcher(item.strip()).replaceFirst("");
        Matcher post = POST.matcher(s);
        if (post.lookingAt()) {
            // "(iv) such other officials as the Chair may designate": the verb is the designating, not an act of theirs
            return post.group("after") == null || !statesAnAction;
        }
        return PERSON.matcher(s).lookingAt();
    }

    private static final Pattern POST = ClauseWords.compile("(?:the\\s+|an?\\s+|one\\s+|two\\s+|(?:such\\s+)?other\\s+)?"
            + "(?:(?-i:\\p{Lu})[\\p{L}-]*\\s+){0,3}(?:" + ClauseWords.alternation("member-post") + ")"
            + "(?:\\s*[;,.(]|\\s*$|\\s+(?:as|who|whom|designated|appointed|named)\\b|(?<after>\\s+(?:of|to|for|from|and)\\b))");
    /** "A nurse who …", "An engineer and veteran who …": someone described, not something done. */
    private static final Pattern PERSON = Pattern.compile("(?i)an?\\s+(?:[\\p{L}-]+\\s+){1,7}who\\b");

    /** A short item with no verb: "- Lithium hydroxide;", "(b) rare earth magnets". */
    static boolean isShortNounPhrase(String item) {
        String s = LIST_MARKER_ONLY.matcher(item.strip()).replaceFirst("");
        return s.split("\\s+").length <= SHORT_ITEM_WORDS;
    }

    /**
     * Whether an item is a noun phrase opened by an article ("(iii) the Attorney General;", "- A lawyer with …") or a
     * short one ("- Rare earth magnets;"); a longer item that opens with another word is most often a verb phrase
     * whose verb no list names ("(ii) Excise references to …").
     */
    static boolean isNounPhrase(String item) {
        String s = LIST_MARKER_ONLY.matcher(item.strip()).replaceFirst("");
        return isShortNounPhrase(item) || s.split("\\s+").length < LONG_ITEM_WORDS || ARTICLE.matcher(s).find()
                || DETERMINER.matcher(s).find() || NAME_OPENS.matcher(s).find();
    }

    /** An item that opens with a name of capitalized words: "1. Public Land Order No. 7899, signed by …;". */
    private static final Pattern NAME_OPENS = Pattern.compile("^\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu}");

    private static final int LONG_ITEM_WORDS = 6;
    private static final Pattern DETERMINER = Pattern.compile("(?i)^(?:an?|the|its|their|our|all|any|each|such|other|new|up|\\$|\\d)");

    private static final int SHORT_ITEM_WORDS = 5;

    private static final java.util.Set<String> BODY_TASK_WORDS = java.util.Set.copyOf(ClauseWords.entries("body-task"));

    /**
     * A joint body's lead-in that only says its items are its tasks: "shall include, among others:", "shall carry out
     * the following tasks:" (only under a body as subject: "The report shall include:" sets a duty its items complete).
     */
    static boolean namesBodyTasks(String afterCue) {
        boolean task = false;
        for (String w : afterCue.toLowerCase(Locale.ROOT).split("[^\\p{L}.]+")) {
            String word = w.replaceAll("\\.$", "");
            if (!word.isEmpty() && !LEAD_IN_FILLER.contains(word)) {
                if (!BODY_TASK_WORDS.contains(word)) {
                    return false;
                }
                task = true;
            }
        }
        return task;
    }

    /** A lead-in with nothing after its cue but a colon: "The Participants intend to:". */
    static boolean isBareLeadIn(String afterCue, List<Mention> deadlines, int afterCueOffset) {
        if (CONCLUDES_OWN_TEXT.matcher(afterCue).matches()) {
            return true;
        }
        String rest = afterCue;
        for (Mention d : deadlines) {
            int s = d.start() - afterCueOffset;
            int e = d.end() - afterCueOffset;
            if (s >= 0 && e <= rest.length()) {
                rest = rest.substring(0, s) + " " + rest.substring(e);
            }
        }
        for (String w : rest.toLowerCase(Locale.ROOT).split("[^\\p{L}.]+")) {
            if (!w.isEmpty() && !LEAD_IN_FILLER.contains(w.replaceAll("\\.$", ""))) {
                return false;
            }
        }
        return true;
    }

    /** A lead-in's verb that only says what its list holds: "Focus areas for collaboration are intended to include:". */
    private static final Pattern CONTENTS = ClauseWords.compile("^[\\s,]*" + ClauseWords.alternation("contents") + "[\\s*_]*$");

    /**
     * Whether what follows a lead-in's cue only names the list's contents ("include", "cover"): with a thing as its
     * subject, such a lead-in commits through its items alone.
     */
    static boolean namesContents(String afterCue) {
        return CONTENTS.matcher(afterCue).matches();
    }

    /** A lead-in's act that only names the fields its items hold: "intend to cooperate in the following areas:". */
    private static final Pattern FIELDS = ClauseWords.compile("^[\\s,]*(?:to\\s+)?" + ClauseWords.alternation("fields-lead-in") + "[\\s*_]*$");

    /** Whether what follows a lead-in's cue only names the fields of its items, which commit in its place. */
    static boolean namesFields(String afterCue) {
        return FIELDS.matcher(afterCue).matches();
    }

    /**
     * A lead-in's act whose object is only its list: a verb or two before "the following information" ("publish the
     * following information", "make available the following data"), or "ensure that" with nothing after it.
     */
    private static final Pattern ITEMS_OBJECT = ClauseWords.compile("^[\\s,]*(?:to\\s+)?(?:\\p{L}+\\s+){1,3}?the\\s+following\\s+"
            + ClauseWords.alternation("items-object") + "[\\s*_]*$|^[\\s,]*(?:to\\s+)?ensure\\s+that[\\s*_]*$");

    /**
     * The start of a warning, up to its cue: a condition that the speakers fail to act ("If we fail to act,", "If we do
     * not invest now,", "Unless we act,") before a main clause whose subject is someone else ("our rivals", "China").
     * A main clause of the speakers' own ("If we fail to agree, we will resume talks") still pledges.
     */
    private static final Pattern INACTION_WARNING = Pattern.compile(
            "^[\\s*_\"“]*(?:(?:but|and|yet|so)\\s+)?(?:if\\s+(?:we|I)\\s+(?:fail\\s+to|do\\s+not|don[’']t|does\\s+not|cannot|can[’']t"
                    + "|are\\s+not\\s+able\\s+to|are\\s+unable\\s+to|refuse\\s+to)|unless\\s+(?:we|I))\\b[^,;:]{1,80},"
                    + "(?!\\s*(?:then\\s+)?(?:we|I|our\\s+(?:nation|country|government|administration))\\b)\\s*[^,;:]{1,60}$",
            Pattern.CASE_INSENSITIVE);

    /**
     * A sign read as what is to come, up to the cue: "there are signs that we will", "evidence that prices will": a
     * forecast drawn from the signs, no pledge.
     */
    private static final Pattern SIGNS_THAT = Pattern.compile(
            "\\b(?:signs?|evidence|indications?)\\s+that\\s+[^,;:]{1,40}$", Pattern.CASE_INSENSITIVE);

    /** Whether the sentence up to its cue reads the cue's clause off signs of what is to come. */
    static boolean readsSigns(String beforeCue) {
        return SIGNS_THAT.matcher(beforeCue).find();
    }

    /** Whether the sentence up to its cue is such a warning of what follows the speakers' inaction. */
    static boolean warnsOfInaction(String beforeCue) {
        return INACTION_WARNING.matcher(beforeCue).find();
    }

    /** Whether what follows a lead-in's cue hands over only what its items name, which commit in its place. */
    static boolean namesItemsObject(String afterCue) {
        return ITEMS_OBJECT.matcher(afterCue).matches();
    }

    /**
     * An item with a named subject of its own and a verb of work under way or done, after its marker and a label:
     * "- **Advisors:** The Space Force is establishing …", "- Canada has launched …".
     */
    private static final Pattern REPORT_ITEM = Pattern.compile(
            "^\\s*(?:[-•*–]\\s*|\\(?\\w{1,4}[.)]\\s*)(?:\\*\\*[^*]{1,100}\\*\\*\\s*:?\\s*|\\p{Lu}[^:.;]{0,60}:\\s+)?[*_]*"
                    + "(?<subject>(?:\\p{Lu}[\\p{L}.’'&-]*\\s+){1,6}(?:\\([^()]{1,20}\\)\\s+)?)"
                    + "(?:is|are|has|have)\\s+(?:also\\s+|already\\s+|been\\s+)*\\p{Ll}+(?:ing|ed)\\b(?!(?<=ed)\\s+to\\b)"); // "are asked to" directs; "is working to" reports

    /** Where the subject of such an item lies in it, {start, end}; null for another item. */
    static int[] reportItemSubject(String item) {
        Matcher m = REPORT_ITEM.matcher(item);
        return m.find() ? new int[] {m.start("subject"), m.end("subject")} : null;
    }

    /**
     * What an item may open with before its verb: an adverb ("(b) promptly notify …") or a short phrase that a comma
     * closes ("(c) on request, provide …", "(a) where appropriate, publish …").
     */
    private static final Pattern OPENING_ADVERBIAL = Pattern.compile(
            "^(?:\\p{Ll}+ly\\s+|(?:on|upon|where|as|when|at|in)\\s[^,;:()]{1,60},\\s*)");

    /** Whether a list item under a lead-in states an action rather than naming a thing ("- Rare earth magnets"). */
    static boolean statesAnAction(String item, boolean namesAnInstrument) {
        if (namesAnInstrument) {
            return true; // "- Joint investments in nickel processing": a means is an action area
        }
        String s = LIST_MARKER_ONLY.matcher(item.strip()).replaceFirst("");
        Matcher label = LABEL.matcher(s);
        if (label.find()) {
            s = s.substring(label.end());
        }
        Matcher to = TO_VERB.matcher(s);
        while (to.find()) {
            String next = to.group(2);
            if (ITEM_VERB.matcher(to.group(1)).matches()
                    || to.group(1).endsWith("ly") && next != null && ITEM_VERB.matcher(next).matches()) {
                return true;
            }
        }
        if (FINITE.matcher(s).find() || VERB_BEFORE_DETERMINER.matcher(s).find() && !ARTICLE.matcher(s).find()) {
            return true;
        }
        Matcher opening = OPENING_ADVERBIAL.matcher(s);
        if (opening.lookingAt() && ITEM_VERB.matcher(s.substring(opening.end()).split("[\\s,;:]+", 2)[0]).matches()) {
            return true; // "(c) on request, provide the other Party with …", "(b) promptly notify …"
        }
        String[] words = s.split("[\\s,;:]+");
        if (words.length == 0 || words[0].isEmpty()) {
            return false;
        }
        String first = words[0].replaceAll("[^\\p{L}-]", "");
        if (first.isEmpty()) {
            return false;
        }
        return ITEM_VERB.matcher(first).matches() || ACTION_NOUN.matcher(first).matches() && !CONCRETE_NOUN.matcher(first).matches();
    }

    private static final String TITLE_WORD = "(?:\\p{Lu}[\\p{L}’'-]*|and|of|or|the|for|in|on|to|with|a|an|&)";
    /** An item that is a heading in bold, every word capitalized but the small ones: "**Building Copper Supply Chains**." */
    private static final Pattern BOLD_TITLE = Pattern.compile(
            "^\\*\\*\\s*\\p{Lu}[\\p{L}’'-]*(?:(?:\\s+|\\*\\*\\s*\\*\\*)" + TITLE_WORD + ")*\\s*\\*\\*\\s*[.:]?$");

    /**
     * An item whose bold run-in heading names a topic and whose first sentence says what is so of it: "- **Efficient
     * Heating:** Building heating is responsible for half of the energy used", "- **Aviation:** Emissions are large".
     * The topic's background, no act (a progressive, "is to", or a readiness or resolve still may be one).
     */
    private static final Pattern BACKGROUND_UNDER_HEADING = Pattern.compile(
            "^\\*\\*[^*]{1,120}\\*\\*:?[ \\t]*\\p{Lu}[\\p{L}’'-]*(?:\\s+[\\p{L}\\p{N}’'(),-]+){0,10}?\\s+(?:is|are)\\s+"
                    + "(?!(?:to|set|poised|ready|prepared|due|able|willing|committed|determined|eager|keen|expected|scheduled|slated"
                    + "|about|also|now|still|currently|further|actively|working|helping|seeking)\\b)(?!\\p{L}+ing\\b)\\p{Ll}");

    /** A heading that states an act: "Combat Deforestation", "Lead on Infrastructure", "Strengthening Biosafety". */
    private static final Pattern ACT_HEADING = Pattern.compile("^\\*\\*\\s*(?<first>[\\p{L}-]+)(?:\\s+(?<second>[\\p{L}-]+))?");
    private static final Pattern PREPOSITION_OR_DETERMINER = Pattern.compile(
            "(?i)on|in|to|for|with|by|across|against|the|a|an|our|their|its|new|more");

    /**
     * Whether a list item under a bold heading that names a topic opens with what is so of it, not with an act; under a
     * heading that states an act ("**Combat Deforestation:** Forest clearing is a major driver …") the item is that act.
     */
    static boolean isBackgroundUnderHeading(String item) {
        if (item.indexOf("**") < 0) {
            return false;
        }
        String s = LIST_MARKER_ONLY.matcher(item.strip()).replaceFirst("");
        Matcher heading = ACT_HEADING.matcher(s);
        if (!heading.lookingAt() || ITEM_VERB.matcher(heading.group("first")).matches() || heading.group("first").endsWith("ing")
                || heading.group("second") != null && PREPOSITION_OR_DETERMINER.matcher(heading.group("second")).matches()) {
            return false;
        }
        return BACKGROUND_UNDER_HEADING.matcher(s).lookingAt();
    }

    /** Whether a list item is only a heading in bold, over the sentences that follow it in the item. */
    static boolean isBoldHeading(String item) {
        return item.indexOf("**") >= 0 && BOLD_TITLE.matcher(LIST_MARKER_ONLY.matcher(item.strip()).replaceFirst("")).matches();
    }

    /** An item that is only a short title closed by a stop: "(a) Adoption.", "(b) Supply Chain Security." */
    private static final Pattern RUN_IN_TITLE = Pattern.compile(
            "^\\p{Lu}[\\p{L}’'-]*(?:\\s+" + TITLE_WORD + "){0,3}\\s*\\.$");

    /**
     * Whether a marked item is only a title that its paragraph's sentences go on after, on the same line: "(a)
     * Adoption.  The agency shall …" under "… guided by the following pillars:"; the title names the pillar, its
     * sentences commit.
     */
    static boolean isRunInTitle(String item, String rest) {
        String s = item.strip();
        Matcher marker = LIST_MARKER_ONLY.matcher(s);
        if (!marker.lookingAt() || marker.end() == 0 || !RUN_IN_TITLE.matcher(s.substring(marker.end()).strip()).matches()) {
            return false;
        }
        int line = rest.indexOf('\n');
        return (line < 0 ? rest : rest.substring(0, line)).chars().anyMatch(Character::isLetter);
    }

    /** Whether the word is a noun that names an act ("cooperation", "engagement"), not a thing ("equipment"). */
    static boolean isActionNoun(String word) {
        return ACTION_NOUN.matcher(word).matches() && !CONCRETE_NOUN.matcher(word).matches();
    }
}
