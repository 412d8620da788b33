package org.accordex.commitments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.model.Commitment;
import org.accordex.model.Deadline;
import org.accordex.model.DocumentInfo;
import org.accordex.model.Mention;
import org.accordex.model.MentionType;
import org.accordex.model.Modality;
import org.accordex.nlp.LeadWordSearch;
import org.accordex.nlp.PlainText;

import opennlp.tools.util.Span;

/**
 * Finds commitments: sentences with a modality cue (ANNOTATION.md §2), with the parties that commit, resolved
 * from the sentence's subject, from group phrases ("the Participants", "we", "both countries") or, for officials
 * and agentless provisions, from the document's own parties. Minerals, instruments and the deadline are those
 * mentioned in the sentence.
 *
 * <p>List items under a lead-in ("The Participants intend to:", "shall include the following:") inherit its parties
 * and modality. Headings and questions are never commitments. Who commits is read by {@link WhoCommits}.
 */
public final class CommitmentExtractor {
    /** Parties after these words are objects or agents of someone else's action, not subjects. */
    static final Pattern NOT_SUBJECT_BEFORE = Pattern.compile(
            // "X together with Norway", "X, along with Peru," before the verb add a subject; a bare "with Norway" names a
            // partner, and an opening "Together with the UN, we …" stays an adverbial
            "(?i)\\b(?:by|of|from|on|against|with(?<!\\S\\s{0,3},?\\s{0,3}(?:together|along|jointly)\\s{1,3}with)|in|to|about|over|toward|towards|into|for|than|between|including"
                    + "|like|among|across|at|via|through|under|such\\s+as|regarding|concerning"
                    // a time named by a party's role: "During the U.S. host year of the forum, the Department will …"
                    + "|during|amid|throughout|following)\\s+(?:the\\s+)?"
                    // "Industry groups in Europe and Japan urged …": a state joined to a continent after the preposition is
                    // a place as the continent is
                    + "(?:(?:Europe|Africa|Asia|Oceania|(?:Latin|North|South|Central)\\s+America|(?:Southeast|East|South|Central)\\s+Asia"
                    + "|the\\s+Middle\\s+East)\\s+(?:and|or)\\s+(?:the\\s+)?)?"
                    // "located in southern Greenland": a part of a place is a place too
                    + "(?:(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?\\s+|central\\s+)?$");
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:" + ListMarkers.MARKER + ")[\\s\u00a0]");
    /** An item that is only a place or forum: "- in the Court of Justice;", "(c) before an arbitral tribunal." */
    private static final Pattern FORUM_ITEM = Pattern.compile("^(?:[-–•*]\\s*|\\(?[a-z0-9]{1,4}[.)]\\s+)?(?i:in|within|before|at|under)"
            + "\\s+(?:the|an?)\\s+[^;:,()]{1,80}[;.]?$");
    /**
     * An item that is only a time limit: "(a) 15 days from the receipt of the request in urgent cases; or" under "The
     * consultations shall begin within:" says when the lead-in's act happens, no act of its own.
     */
    private static final Pattern PERIOD_ITEM = Pattern.compile("^(?:[-–•*]\\s*|\\(?[a-z0-9]{1,4}[.)]\\s+)?\\d{1,3}\\s+"
            + "(?i:(?:calendar|working|business)\\s+)?(?i:days?|weeks?|months?|years?)\\s+(?i:from|after|following)\\b[^:]*$");
    /** An item that opens with an article and a noun: "(d) the periods within which …", "(a) the kinds of defects that …". */
    private static final Pattern NOUN_PHRASE_ITEM = Pattern.compile("(?i)^(?:the|an?|any|each|such)\\s+(?:[\\p{L}-]+\\s+){0,3}?"
            + "(?:of\\s+(?:[\\p{L}-]+\\s+){0,3}?)?(?:that|which|who|whom|whose|where|when|(?:within|by|under|in|to|for|through|from)\\s+which)\\b");
    /**
     * Before a cue, a relative clause that describes what the speakers oppose ("oppose any coercive actions that seek
     * to …"), or the words of a resolution they cite ("Resolution 2593, which demands that … must"): no pledge of theirs.
     */
    private static final Pattern OPPOSED_OR_CITED = Pattern.compile("(?i)\\b(?:oppose|opposes|opposed|condemn|condemns"
            + "|condemned|reject|rejects|rejected|denounce|denounces|deplore|deplores)\\b[^.;:]{0,120}\\b(?:that|which)\\s+"
            + "(?:\\p{L}+ly\\s+)?$"
            + "|\\b(?-i:Resolution)\\b[^.;]{0,300}\\bwhich\\s+(?:\\p{L}+\\s+){0,2}?(?:demands|reaffirms|emphasi[sz]es|requires|calls\\s+upon"
            + "|calls\\s+on|decides|stresses|urges)\\s+that\\b[^.;]*$");
    /**
     * A plan or a decision the speakers welcome or back, with a pledge of their own after it: "Canada welcomed Chile's
     * plan to build a smelter and will provide loans": the noun names another's plan, the later cue is the subject's.
     */
    private static final Pattern WELCOMED_BEFORE = Pattern.compile("(?i)\\b(?:welcome[sd]?|welcoming|support(?:s|ed)?"
            + "|appreciate[sd]?|applaud(?:s|ed)?|praise[sd]?|endorse[sd]?|hail(?:s|ed)?)\\s[^.;:]{0,100}$");

    /** A decision the record states without its makers, right before its clause: "It was agreed that", "It is decided that". */
    private static final Pattern RECORDED_DECISION = Pattern.compile(
            "(?i)(?:^|[.;:]\\s+|[\\s\\p{Pd}*•]+)it\\s+(?:was|is|has\\s+been)\\s+(?:also\\s+|further\\s+)?$");
    private static final Pattern DECISION_THAT = Pattern.compile("(?i)^(?:agreed|decided)\\s+that\\b");

    /**
     * "It was agreed that both sides will exchange data": the clause's own cue, whose subject acts, not the passive
     * "agreed" that has no one before it; the sentence keeps its cue where the clause has none.
     */
    private static ModalityCues.Cue decisionsClause(String cueable, ModalityCues.Cue cue) {
        if (!DECISION_THAT.matcher(cueable.substring(cue.start())).lookingAt()
                || !RECORDED_DECISION.matcher(cueable.substring(0, cue.start())).find()) {
            return cue;
        }
        int after = cue.end();
        return ModalityCues.first(cueable.substring(after)).map(c -> c.shifted(after)).orElse(cue);
    }

    /**
     * "who" right after a lower-case noun, or "whom", before the cue: a relative clause about people ("nationals who
     * intend to", "employees who wish to"), not a named party's aside ("Japan, which will …").
     */
    private static final Pattern PEOPLE_WHO_BEFORE = Pattern.compile(
            "(?:\\b\\p{Ll}[\\p{L}-]*\\s+who|\\bwhom)\\s+(?:(?:also|still|now|\\p{L}+ly)\\s+)?(?:(?:are|is)\\s+)?$");
    /** "Canada and Chile are close partners who remain committed to …": the subject's own role, whose pledge it is. */
    private static final Pattern ROLE_WHO_BEFORE = Pattern.compile(
            "\\b(?:are|is|remain|remains|be)\\s+(?:[\\p{L}-]+\\s+){0,3}\\p{Ll}[\\p{L}-]*\\s+who\\s+"
                    + "(?:(?:also|still|now|\\p{L}+ly)\\s+)?(?:(?:are|is)\\s+)?$");
    private static final Pattern OTHERS_PLAN_CUE = Pattern.compile("(?i)^(?:plans?|intentions?|decision)\\b");
    /** A relative clause's opener before the cue, with at most its subject between: "within which suppliers", "that". */
    private static final Pattern RELATIVE_BEFORE_CUE = Pattern.compile(
            "(?i)\\b(?:that|which|who|whom|whose|where|when)\\s+(?:[\\p{L}-]+\\s+){0,4}$");
    /**
     * A cue right after the relative word that opens its clause: "measures [that] call for", "[which] encouraged",
     * "which, according to the fund, will" (an aside before its verb), "which in itself will" (the thing itself, where
     * an adverb would stand).
     */
    static final Pattern CUE_IN_RELATIVE = Pattern.compile("(?i)\\b(?:that|which|who)\\s*(?:,[^,;]{1,60},\\s*)?[«\"“]?"
            + "(?:(?:\\p{L}+ly|(?:in|by)\\s+(?:itself|themselves)|itself|themselves)\\s+)?$");

    /** A modal cue after a possessive ("Korea's imports will") has the possessed thing, not the possessor, as subject. */
    static final Pattern MODAL_VERB = Pattern.compile("(?i)^(?:will|shall|must|should|would|can|may)\\b");

    /** A capitalized word or acronym of a forum's name before its body: "TTC", "Copper Council" in "the TTC Working Group". */
    private static final String FORUM_NAME = "(?-i:\\p{Lu}[\\p{L}&-]*\\s+)";
    /** A forum named by its acronym as the owner of its body: "the TTC's working groups" (a state's own is not one). */
    private static final String FORUM_POSSESSIVE = "(?:(?-i:\\p{Lu}{3,6})[’']s\\s+(?:\\p{Ll}+\\s+)?)?";
    /**
     * A forum's or working group's name of several capitalized words, which may be joined by small words: "the Data
     * Governance and Technology Platforms working group", "the Misuse of Technology to Threaten Security working group".
     */
    static final String FORUM_WORDS = "(?:" + FORUM_NAME + "(?:(?:and|of|to|for|on|in|&)\\s+(?-i:(?=\\p{Lu})))?)*";

    /**
     * A body the parties set up together, acting for them: "The working group will", "This new secretariat will", "The
     * TTC Working Group on …" (the forum's name before it); not one the subject only addresses ("The Roadmap submitted to
     * the Climate Task Force").
     */
    static final Pattern JOINT_BODY = Pattern.compile(
            "(?i)(?<!\\b(?:to|with|by|of|from|for|under)\\s)\\b(?:(?:the|this|that|a|each)\\s+(?:new\\s+|joint\\s+|trilateral\\s+|bilateral\\s+)*"
                    + FORUM_WORDS + FORUM_POSSESSIVE + "(?:working\\s+groups?"
                    // the chairs of a joint forum, who speak and act for its parties: "The co-chairs intend to meet again"
                    + "|co-?chairs|co-?chairmen|co-?chairpersons"
                    + "|secretariats?|task\\s*forces?|steering\\s+committees?|joint\\s+committees?|coordinating\\s+committees?)"
                    // a group known by its number: "Working Group 9 is tasked to …"
                    + "|(?-i:Working\\s+Group)\\s+\\d{1,2})\\b");
    /**
     * The mandate of a joint body as the subject: "The functions of the Joint Committee [shall be:]", "To that end, the
     * tasks of each Sub-Committee": the body acts in the items, as "The Joint Committee shall:" would.
     */
    static final Pattern MANDATE_OF_BODY = Pattern.compile(
            "(?i)(?:^[\\s\"“]*(?:" + ListMarkers.MARKER + ")?[\\s\u00a0]*(?:\\d{1,2}\\.\\s+)?|,\\s*)(?:the\\s+)?(?:functions|duties|tasks|responsibilities|mandate)"
                    + "\\s+of\\s+(?:the|this|that|each)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:sub-?committees?|committees?|working\\s+groups?|councils?"
                    + "|commissions?|secretariats?|task\\s*forces?|contact\\s+points?)\\b");
    /** A body the text sets up as the whole subject: "The Centre [will]", "The new Critical Minerals Centre also [shall]". */
    static final Pattern SET_UP_BODY = ClauseWords.compile("^[\\s\"“]*(?:" + ListMarkers.MARKER + ")?[\\s\u00a0]*(?:the|this|that|each)\\s+"
            + "(?:(?!(?:of|for|and|on|in)\\s)[\\p{L}-]+\\s+){0,4}?(?:" + ClauseWords.alternation("set-up-body") + ")s?\\s+"
            // the field in its name: "The Committee on Trade in Goods [shall]", "the Council for Trade in Services"
            + "(?:(?:on|for)\\s+(?-i:\\p{Lu}[\\p{L}-]*\\s+(?:(?:in|and|of)\\s+)?){1,4})?"
            + "(?:(?:also|further|then|\\w+ly)\\s+)*$");
    /** "The following companies ", "Several investors also ": firms the lead-in does not name. */
    private static final Pattern GENERIC_FIRMS = ClauseWords.compile(
            "^[\\s\"“]*(?:the\\s+following|these|those|several|many|other|some|\\d+|two|three|four|five|six|seven|eight|nine|ten"
                    + "|a\\s+number\\s+of)\\s+(?:[\\p{L}-]+\\s+){0,2}" + ClauseWords.alternation("demonym-actor")
                    + "\\s+(?:(?:also|further|each|together|\\w+ly)\\s+)*$");

    private static final Pattern NAME_SEPARATOR = Pattern.compile("^[\\s,:;–—-]+");

    /**
     * Whether an item opens with the parties that are its own subject and a verb in the past tense ("- Chile and Peru
     * reaffirmed the value of …", "- Canada hosted the first round …"): a report of what they did, however the item
     * is marked, not a part of the lead-in's pledge. Not a name joined to a participle ("- U.S.-funded projects").
     */
    private static boolean recountsItsSubject(String sentence, int offset, List<Mention> inside) {
        int named = afterLeadingNames(sentence, offset, inside);
        boolean afterName = inside.stream().anyMatch(m -> m.type() == MentionType.PARTY && m.end() - offset <= named
                && m.end() - offset > 0 && sentence.substring(m.end() - offset, named).isBlank());
        if (!afterName || named >= sentence.length() || sentence.charAt(named - 1) != ' ') {
            return false;
        }
        String rest = sentence.substring(named);
        return Character.isLowerCase(rest.charAt(0))
                && Clauses.isRecountedItem(Character.toUpperCase(rest.charAt(0)) + rest.substring(1));
    }

    /** Where an item's action starts after the names that open it: "- Umicore, [to build a plant]". */
    private static int afterLeadingNames(String sentence, int offset, List<Mention> inside) {
        int end = 0;
        for (Mention m : inside) {
            if (m.type() == MentionType.PARTY && m.start() - offset >= end && m.start() - offset - end <= BEFORE_NAME
                    && LEADING.matcher(sentence.substring(end, m.start() - offset)).matches() || end > 0
                    && m.type() == MentionType.PARTY && m.start() - offset >= end
                    && COORDINATED.matcher(sentence.substring(end, m.start() - offset)).matches()) {
                end = m.end() - offset;
            } else if (m.start() - offset >= end) {
                break;
            }
        }
        Matcher separator = NAME_SEPARATOR.matcher(sentence.substring(end));
        return separator.find() ? end + separator.end() : end;
    }

    /**
     * The companies an item under a lead-in names ("- Up to $2 billion for refineries, with Albemarle"): they carry out
     * the lead-in's pledge with its parties.
     */
    private static List<String> companiesIn(List<Mention> inside, String text) {
        return inside.stream().filter(Anaphors::isCompany).filter(m -> !Clauses.isInName(text, m))
                .filter(m -> !NOT_A_PARTNER_BEFORE.matcher(text.substring(Math.max(0, m.start() - BEFORE_NAME), m.start())).find())
                // "Expand the FDIC’s authority …": the owner of the item's object, no partner in the act
                .filter(m -> !OWNER_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 2))).lookingAt())
                .map(Mention::norm).distinct().toList();
    }

    /** A possessive after a name: "the FDIC’s authority". */
    private static final Pattern OWNER_AFTER = Pattern.compile("['’]s");

    /** "samples provided by Geoscience Australia", "imports from Glencore": the company serves the item, it is no partner. */
    private static final Pattern NOT_A_PARTNER_BEFORE = Pattern.compile(
            "(?i)\\b(?:by|from|against|than|via|through)\\s+(?:the\\s+)?$");

    /** Signs of an operative text (an agreement, MoU, order), whose agentless provisions bind its parties. */
    private static final Pattern OPERATIVE = Pattern.compile(
            // also the defined name in quotes: "collectively referred to as the “Participants”"
            "(?i)\\b(?:the\\s+[“\"]?participants|the\\s+[“\"]?parties|each\\s+party|each\\s+participant|shall|hereby|this\\s+memorandum"
                    + "|this\\s+agreement|this\\s+arrangement|this\\s+framework|this\\s+order|this\\s+joint\\s+statement)\\b");
    private static final int OPERATIVE_SIGNS = 3;
    /** {@link #OPERATIVE} tried only where one of its first words starts. */
    private static final LeadWordSearch OPERATIVE_SEARCH =
            new LeadWordSearch(OPERATIVE);

    /** Whether the text has at least {@value #OPERATIVE_SIGNS} signs of an operative instrument. */
    private static boolean isOperative(String text) {
        LeadWordSearch.Search signs = OPERATIVE_SEARCH.in(text);
        int found = 0;
        while (found < OPERATIVE_SIGNS && signs.find()) {
            found++;
        }
        return found >= OPERATIVE_SIGNS;
    }

    /** "the government", "the trade ministry" as the subject: one state's (a capital "the Ministry" is a defined name). */
    static final Pattern THE_GOVERNMENT = Pattern.compile(
            "(?i)\\b(?:the|his|her|its|their)\\s+(?:\\w+\\s+)?(?:government|(?-i:ministry))\\s+(?:(?:also|further|now|then|is|remains|\\w+ly)\\s+)*$");

    /** How sure the parties are: a name before the cue, a possessor ("Japan's commitment to"). */
    static final double NAMED_SUBJECT = 0.9;
    /** The document's parties for an agentless provision, or a list item's lead-in. */
    static final double DOCUMENT_PARTIES = 0.6;
    /** Characters before a name in which a preposition or a hyphen makes it not a subject; bounded, so linear. */
    static final int BEFORE_NAME = 40;

    private CommitmentExtractor() {
    }

    public static List<Commitment> extract(DocumentInfo info, String text, List<Span> sentences, List<Mention> mentions) {
        return extract(info, text, sentences, mentions, List.of());
    }

    /**
     * As above; {@code inPlanNames} are the parties named only inside the name of a plan or dialogue ("the
     * Japan-Korea Hydrogen Dialogue"), not mentions, but the document's parties when it names no others.
     */
    public static List<Commitment> extract(DocumentInfo info, String text, List<Span> sentences, List<Mention> mentions,
            List<Mention> inPlanNames) {
        return extract(info, text, sentences, mentions, inPlanNames, new SentenceCues());
    }

    /** As above; {@code cues} holds the cues of sentences already read. */
    public static List<Commitment> extract(DocumentInfo info, String documentText, List<Span> sentences, List<Mention> mentions,
            List<Mention> inPlanNames, SentenceCues cues) {
        String text = PlainText.of(documentText); // "The\u00a0Task Force\u00a0will" reads as spaced; same offsets
        // an order or proclamation its head of state issues is operative, however short
        boolean instrument = isOperative(text);
        boolean operative = instrument || !Sides.issuingState(text, mentions).isEmpty();
        List<String> documentParties = DocumentParties.find(text, mentions, inPlanNames,
                Officials.leadersAt(text, DocumentParties.OPENING_CHARS), operative);
        Officials officials = new Officials(text, mentions);
        Sides sides = new Sides(text, mentions, documentParties);
        Roles roles = Roles.in(text, mentions);
        Organs organs = Organs.in(text, mentions);
        int titleEnd = DocumentParties.titleEnd(text);
        int recitalsEnd = Clauses.recitalsEnd(text);
        TranscriptTurns turns = TranscriptTurns.in(text);
        List<Commitment> commitments = new ArrayList<>();
        Inherited leadIn = null;
        Inherited unnamedLeadIn = null; // a lead-in of a treaty's unnamed parties: "Each exporting Party shall:"
        // the lead-in whose item opened the current one ("(xv) reinstate the following orders:" under "… steps to:"),
        // and the kind of its items' marks
        Inherited outer = null;
        char outerKind = 0;
        // a lead-in set aside for the second sentence of one of its items, and the last sentence of its items so far
        Inherited suspended = null;
        // a lead-in whose items a heading interrupts, until the next sentence shows whether they go on
        Inherited overHeading = null;
        Span item = null;
        // whether the current item is a numbered one that opens with its bold heading, whose body sentences follow it
        boolean headedItem = false;
        char itemKind = 0;
        char itemMark = 0;
        // the lead-in whose items are paragraphs that open with a bold run-in verb phrase and carry no list mark
        Inherited runIn = null;
        Commitment previous = null;
        List<String> antecedents = List.of();
        int firstMention = 0;
        String lastSentence = "";
        for (Span span : sentences) {
            String sentence = text.substring(span.getStart(), span.getEnd());
            if (MARKUP_ONLY.matcher(sentence).matches()) {
                continue; // "<!-- -->" between the items of a Markdown list ends neither the list nor an item
            }
            if (leadIn != null && item != null && itemKind != 0 && isGroupHeading(text, span)) {
                // "Maritime Cooperation" on its own between the items of "We commit to:": a heading that groups the
                // items; those after it that are marked as the ones before still complete the lead-in
                overHeading = leadIn;
                leadIn = null;
                continue;
            }
            if (overHeading != null) {
                leadIn = markerKind(sentence) == itemKind ? overHeading : null;
                overHeading = null;
            }
            Commitment before = previous;
            previous = null;
            String previousSentence = lastSentence;
            lastSentence = sentence;
            if (turns.commitsNoOne(span.getStart(), sentence)) {
                continue; // "MODERATOR: We will now move on to the Q&A portion.": the call's business, no party's pledge
            }
            // Sentences and mentions are both in text order: walk them together.
            while (firstMention < mentions.size() && mentions.get(firstMention).start() < span.getStart()) {
                firstMention++;
            }
            List<Mention> inside = new ArrayList<>();
            for (int i = firstMention; i < mentions.size() && mentions.get(i).start() < span.getEnd(); i++) {
                if (mentions.get(i).end() <= span.getEnd() && !isProgrammeWe(mentions.get(i), text)) {
                    inside.add(mentions.get(i));
                }
            }
            if (suspended != null) {
                leadIn = leadIn == null ? suspended : leadIn;
                suspended = null;
            }
            boolean runInItem = false;
            int runInEnd = boldRunInEnd(text, span, sentence);
            if (runInEnd >= 0) {
                if (runIn == null && leadIn != null && item == null && previousSentence.strip().endsWith(":")) {
                    // "The Administration will:" and then "**Expand testing in schools.** HHS will …": the first
                    // such paragraph right after the lead-in makes its paragraphs its items
                    runIn = leadIn;
                }
                if (runIn != null) {
                    // each paragraph that opens so is an item of that lead-in, whatever lists its body held
                    leadIn = runIn;
                    outer = null;
                    item = null;
                    itemMark = 0;
                    headedItem = false;
                    runInItem = true;
                }
            } else if (runIn != null && BOLD_OPENS.matcher(sentence).lookingAt() && opensParagraph(text, span.getStart())) {
                runIn = null; // "**And at the summit, the President announced …**": a bold paragraph with no verb ends the items
            }
            if (leadIn != null && !runInItem && !isListItem(sentence, leadIn) && !isSibling(sentence, leadIn) && item != null
                    && (itemMark == 'd' && (onSameLine(text, item.getEnd(), span.getStart())
                                    || onIndentedLineOfItem(text, item.getEnd(), span.getStart()))
                            || itemMark == 'n' && headedItem && inSameParagraph(text, item.getEnd(), span.getStart()))) {
                // "- Implement de-escalation. In this context, both sides will …": a second sentence of a bulleted item,
                // on its line, is read on its own, and the items after it still belong to the lead-in (in an order's
                // lettered items, a second sentence at that level may end the list)
                suspended = leadIn;
                leadIn = null;
                item = span;
            } else if (leadIn != null && !runInItem && (!isListItem(sentence, leadIn) || isSibling(sentence, leadIn)
                    || leavesItems(sentence, itemKind))) {
                leadIn = null;
                if (outer != null && markerKind(sentence) != 0 && markerKind(sentence) == outerKind) {
                    // "(xvi) review …" after the numbered orders of "(xv) reinstate the following orders:": the outer
                    // list goes on
                    leadIn = outer;
                    itemKind = outerKind;
                    item = span;
                }
                outer = null;
            }
            if (leadIn != null) {
                headedItem = markerKind(sentence) != 0 ? BOLD_HEADING_ITEM.matcher(sentence).find() : headedItem;
                itemKind = item == null ? markerKind(sentence) : itemKind;
                itemMark = markerKind(sentence) != 0 ? markerKind(sentence) : itemMark;
                item = span;
            } else if (suspended == null) {
                item = null;
            }
            String cueable = cueable(sentence, span.getStart(), inside);
            Optional<ModalityCues.Cue> cue = cues.first(cueable).map(c -> ownCue(cueable, c));
            while (!instrument && cue.isPresent() && cue.get().operativeOnly()) {
                // "Canada and Chile are expanding ties with Peru, seeking to …" outside an agreement's operative text
                // (also in an order's or a proclamation's report, "My Administration is expanding …"): a later cue decides
                int after = cue.get().end();
                cue = ModalityCues.first(cueable.substring(after)).map(c -> c.shifted(after));
            }
            while (cue.isPresent() && OPPOSED_OR_CITED.matcher(cueable.substring(0, cue.get().start())).find()) {
                // "We oppose any unilateral actions that seek to change the status quo", "We reaffirm Resolution 2593,
                // which demands that the territory must not be used …": the cue is what the speakers oppose or what a
                // cited resolution says; a later cue of their own decides
                int after = cue.get().end();
                cue = ModalityCues.first(cueable.substring(after)).map(c -> c.shifted(after));
            }
            while (cue.isPresent() && PEOPLE_WHO_BEFORE.matcher(cueable.substring(0, cue.get().start())).find()
                    && !ROLE_WHO_BEFORE.matcher(cueable.substring(0, cue.get().start())).find()) {
                // "foreign nationals who intend to commit …", "small firms who want to compete": the wish of the people a
                // relative clause describes, no party's; a later cue of the sentence's own decides
                int after = cue.get().end();
                cue = ModalityCues.first(cueable.substring(after)).map(c -> c.shifted(after));
            }
            cue = cue.map(c -> decisionsClause(cueable, c));
            Matcher preambleClose = PREAMBLE_CLOSE.matcher(cueable);
            if (cue.isPresent() && preambleClose.find() && cue.get().start() < preambleClose.start()) {
                // "Recognizing …, Desirous of strengthening …, have reached the following understanding:": the sentence's
                // own clause is the preamble's close, what the parties did in signing; the grounds before it only lead in
                cue = Optional.empty();
            }
            if (cue.isPresent() && OTHERS_PLAN_CUE.matcher(cueable.substring(cue.get().start())).lookingAt()
                    && WELCOMED_BEFORE.matcher(cueable.substring(0, cue.get().start())).find()) {
                // "The Canadian side welcomed Peru's plan to open a port and will fund its dredging": another's plan
                // the subject welcomes; its own pledge after it, where there is one, decides
                int after = cue.get().end();
                Optional<ModalityCues.Cue> own = ModalityCues.first(cueable.substring(after)).map(c -> c.shifted(after));
                cue = own.isPresent() ? own : cue;
            }
            while (cue.isPresent() && (RELATIVE_SUBJECT_BEFORE.matcher(cueable.substring(0, cue.get().start())).find()
                    && AGENTLESS_PASSIVE_AFTER.matcher(cueable.substring(cue.get().end())).lookingAt()
                    || AS_BEFORE.matcher(cueable.substring(0, cue.get().start())).find()
                    && NEED_AFTER.matcher(cueable.substring(cue.get().end())).lookingAt())) {
                // "… such further orders as shall in my judgment be necessary": the modal measures the orders, no duty
                // "… is a weakness that must be overcome": the modal says what the noun calls for, with
                // no one to act; a later cue of the sentence's own may still commit
                int after = cue.get().end();
                cue = ModalityCues.first(cueable.substring(after)).map(c -> c.shifted(after));
            }
            boolean cueInAside = false;
            if (cue.isPresent() && isLeadIn(sentence)) {
                int close = asideClose(cueable, cue.get().start(), colon(sentence));
                if (close >= 0) {
                    // "In addition to today's announcements – including that the Department will double its staff — here
                    // are the actions taken:": the cue belongs to the aside; the main clause's own cue, if any, decides,
                    // and where it has none the items below are not the aside's pledge
                    Optional<ModalityCues.Cue> main = ModalityCues.first(cueable.substring(close)).map(c -> c.shifted(close));
                    cueInAside = main.isEmpty();
                    cue = main.isPresent() ? main : cue;
                }
            }
            if (cue.isPresent() && isLeadIn(sentence) && !cueInAside) {
                // "We must move faster, and that is why the Department is taking new actions to:": the clause that opens
                // the list governs its items, so it is read as it would be on its own (a report of work under way
                // names no pledge of the need stated before it)
                int colonAt = colon(sentence);
                int from = cue.get().end();
                if (colonAt > from) {
                    // a final "to" counts as a cue only before a verb: one stands in for the items' verbs
                    String toColon = cueable.substring(from, colonAt) + " act";
                    Optional<ModalityCues.Cue> atColon = ModalityCues.first(toColon);
                    while (atColon.isPresent() && atColon.get().end() < colonAt - from) {
                        int after = atColon.get().end();
                        atColon = ModalityCues.first(toColon.substring(after)).map(c -> c.shifted(after));
                    }
                    if (atColon.isPresent() && atColon.get().end() == colonAt - from && atColon.get().ongoing()) {
                        cue = Optional.empty();
                    }
                }
            }
            if (cue.isPresent() && Clauses.readsSigns(cueable.substring(0, cue.get().start()))) {
                // "there are also signs that we will make it through": a forecast read off the signs, no pledge; a later
                // cue of the sentence's own may still commit
                int after = cue.get().end();
                cue = ModalityCues.first(cueable.substring(after)).map(c -> c.shifted(after));
            }
            if (cue.isPresent() && Clauses.warnsOfInaction(cueable.substring(0, cue.get().start()))) {
                // "If we fail to act, our rivals will seize the market": what others will do if the speakers do not act
                // is a warning, no pledge of anyone's
                cue = Optional.empty();
            }
            if (leadIn != null && cue.isPresent() && LIST_MARKER.matcher(sentence).find()
                    && NOUN_PHRASE_ITEM.matcher(stripMarker(sentence).strip()).lookingAt()
                    && RELATIVE_BEFORE_CUE.matcher(cueable.substring(0, cue.get().start())).find()) {
                // "(d) the periods within which suppliers must notify defects" under "The rules shall set out:": the
                // modal belongs to the relative clause that describes the item's noun; the item completes its lead-in
                cue = Optional.empty();
            }
            if (leadIn != null && cue.isPresent() && isContentsItemPlan(sentence, cueable, cue.get(), leadIn)) {
                // "- A plan to fund magnet plants …" or "- Projects the Department plans to finish …" under "The
                // report shall also list:": a part of what the duty produces, so the item completes its
                // lead-in as "- A plan for harmonizing …" does; the plan named is no intent of its own
                cue = Optional.empty();
            }
            if (leadIn != null && cue.isPresent() && leadIn.thingsContents() && LIST_MARKER.matcher(sentence).find()
                    && WHETHER_ITEM.matcher(stripMarker(sentence).strip()).lookingAt()) {
                // "(i) whether the terms permit termination, including where the award “will not accomplish …”" under
                // "submit a report detailing:": a question the report answers; a modal inside it binds no one
                cue = Optional.empty();
            }
            List<String> earlier = antecedents;
            antecedents = leadingParties(sentence, span.getStart(), inside);
            if (antecedents.isEmpty() && earlier.size() > 1 && LEADERS_OPEN.matcher(sentence).lookingAt()) {
                // "The two leaders reiterated … The leaders discussed … They also reaffirmed …": the same leaders as before
                // (a party they told to act is no leaders' group)
                antecedents = earlier;
            }
            boolean aims = AIMS_HEADING.matcher(sentence).matches();
            if (!runInItem && (aims || isHeading(sentence) || sentence.endsWith("?") || span.getStart() < titleEnd && isHeadline(sentence))) {
                leadIn = null;
                outer = null;
                suspended = null;
                // a heading of its own paragraph ends the bold run-in items; a bulleted one inside an item's body does not
                runIn = markerKind(sentence) == 0 && opensParagraph(text, span.getStart()) ? null : runIn;
                if (aims && !documentParties.isEmpty()
                        && (operative || JOINT_TEXT_TITLE.matcher(text.substring(0, titleEnd)).find())) {
                    // "Objectives" over "- Promote cooperation …" in a declaration of intent: its items are the
                    // parties' aims
                    leadIn = new Inherited(documentParties, Modality.INTENT, true, null, null, false);
                }
                continue;
            }
            if (leadIn != null && leadIn.conditions()
                    && cue.map(c -> !MODAL_VERB.matcher(cueable.substring(c.start())).find()).orElse(true)) {
                // "… shall not suspend concessions where:" — its items say when, no one acts in them; an item with a
                // modal verb of its own ("(a) where a Party adopts a measure, it shall notify …") still may
                continue;
            }
            if (leadIn != null && LIST_MARKER.matcher(sentence).find()
                    && (leadIn.relative() && (leadIn.forbids() || Clauses.opensWithThirdPersonVerb(stripMarker(sentence)))
                            || Clauses.isQualifierItem(stripMarker(sentence)))) {
                // "(i) identifies barriers" under "shall prepare a plan that:", "(a) restrict the number of suppliers"
                // under "Neither Party shall adopt measures that:", "(b) without prior notice" under "In no case shall a
                // Party take an action:": the item finishes the lead-in's sentence, which alone commits (an item with a
                // subject of its own, "- Congress enact …", or a plain verb under a lead-in that forbids nothing, may
                // be a sibling of that lead-in)
                continue;
            }
            if (cue.isPresent() && Clauses.isPermittedDecisionContent(cueable.substring(0, cue.get().start()))) {
                continue; // "The Council may … decide that any duties shall be cut faster": what may be decided, no duty
            }
            if (cue.isPresent() && Clauses.isRecitedPast(cueable, cue.get().start())) {
                continue; // "RECOGNIZING that in 2003 their Leaders decided to establish …": a fact the preamble recalls
            }
            if (cue.isPresent() && span.getStart() < recitalsEnd && Clauses.isRecitedDirective(cueable.substring(0, cue.get().start()), cueable.substring(cue.get().start()))) {
                // "5. The Secretary recommended that I impose a duty …", "I also instructed the Secretary to report …"
                // before "NOW, THEREFORE, I …": the recitals recount what was asked and ordered before this text acts
                continue;
            }
            if (Clauses.isUnquotedTermScope(sentence) && inside.stream().noneMatch(m -> m.type() == MentionType.PARTY
                    && m.start() - span.getStart() < sentence.indexOf(" shall"))) {
                continue; // "6. Trademarks shall include collective marks": what a term covers, as a definition says
            }
            if (Clauses.isDefinition(sentence) || Clauses.isDefinitionLeadIn(sentence)) {
                // "(a) mineral good means any ore …" says what a word means, and "For the purposes of this Agreement,
                // the following definitions shall apply:" opens such a list; no one acts
                continue;
            }
            Matcher namesItems = cue.isEmpty() && isLeadIn(sentence) && !documentParties.isEmpty()
                    ? COMMITMENTS_LEAD_IN.matcher(sentence.substring(0, colon(sentence))) : null;
            if (namesItems != null && namesItems.find()) {
                // "This Agreement includes the following commitments:" names what its items are; those that state an
                // action ("- Refrain from imposing export duties …") are the document's parties' pledges, and a plan's
                // "following goals" their aims
                Modality named = namesItems.group("aims") != null ? Modality.INTENT : Modality.COMMITMENT;
                leadIn = new Inherited(documentParties, named, true, nextMarker(sentence), null, false);
                outer = null;
                continue;
            }
            if (cue.isEmpty() && isLeadIn(sentence) && PERMISSION_LEAD_IN.matcher(sentence.substring(0, colon(sentence))).matches()) {
                // "2. The Commission may:" after "1. The Commission shall:": its items ("(a) establish working groups")
                // are powers, not duties, up to the next paragraph; an item with a modal of its own still may bind
                leadIn = new Inherited(List.of(), Modality.OBLIGATION, false, nextMarker(sentence), null, true);
                outer = null;
                continue;
            }
            if (cue.isEmpty() && isLeadIn(sentence) && DISCLAIMER_FIRST.matcher(sentence).lookingAt() && ModalityCues.isDisclaimer(sentence)) {
                // "Nothing in this Agreement shall be construed:" — its items ("(a) to require a Party to disclose …")
                // say what the text does not do; no one acts in them (a paragraph of its own: under a mark, its
                // siblings' marks are not always read, and the items after it would be lost)
                // a mark split off before it ("(a)" | "Nothing …") gives the sibling that ends the items
                // under a number of its own ("1. Nothing …:"), the next number ends them
                String sibling = previousSentence.strip().length() <= 6 ? nextMarker(previousSentence.strip() + " ")
                        : NUMBERED_DISCLAIMER.matcher(sentence).lookingAt() ? nextMarker(sentence) : null;
                leadIn = new Inherited(List.of(), Modality.OBLIGATION, false, sibling, null, true);
                outer = null;
                continue;
            }
            List<String> parties;
            Modality modality;
            double confidence;
            String action;
            Matcher continued = before == null || isLeadIn(sentence) ? null : CONTINUES_COMMITMENT.matcher(sentence);
            if (continued != null && continued.find()) {
                // "Japan will fund a nickel study. This includes training local geologists.": more of the same pledge
                parties = before.parties();
                modality = before.modality();
                confidence = DOCUMENT_PARTIES;
                action = ActionPhrase.read(sentence, continued.group(1) != null ? continued.start(1) : continued.start("verb"),
                        null).text();
                if (continued.group("noun") != null) {
                    // "This includes a commitment within 30 days to conclude …": the noun says how firm the new pledge is
                    modality = continued.group("noun").startsWith("plan") ? Modality.INTENT : Modality.COMMITMENT;
                }
            } else if (leadIn != null && (!leadIn.parties().isEmpty() || leadIn == unnamedLeadIn) && cue.isPresent()
                    && (LIST_MARKER.matcher(sentence).find()
                            && (continuesLeadIn(stripMarker(sentence)) && !hasOwnObligingClause(sentence, cue.get())
                                    || encouragesAsItem(sentence, cue.get())
                                    || encouragesAfterVerb(sentence, cue.get())
                                    || cueInItemVerbsQuestion(sentence, cue.get()))
                            // "**Outline how the Council will work**": a cue inside the bold run-in item that opens with its
                            // own verb belongs to that verb's object
                            || runInItem && cue.get().start() < runInEnd)) {
                // "(iii) describe a business model that explains which firms will build …" under "each proposal must:":
                // an item that opens with its verb goes on the lead-in's sentence, whatever cue lies inside it
                parties = leadIn.parties();
                modality = leadIn.modality();
                confidence = DOCUMENT_PARTIES;
                // an item with a verb of its own ("- Identify …") does not go on the lead-in's verb as "(iii) describe …" does
                boolean ownVerb = !continuesLeadIn(stripMarker(sentence))
                        && (encouragesAfterVerb(sentence, cue.get()) || cueInItemVerbsQuestion(sentence, cue.get()));
                action = leadIn.itemAction(
                        ActionPhrase.read(stripLabel(stripMarker(sentence)), 0, ownVerb ? null : leadIn.frame()).text());
            } else if (cue.isPresent()) {
                ModalityCues.Cue c = cue.get();
                Context context = new Context(documentParties, operative, earlier, previousSentence, officials, sides, roles,
                        text, mentions);
                Resolved resolved = WhoCommits.parties(sentence, span.getStart(), c, inside, text, context);
                Optional<ModalityCues.Cue> next = resolved.parties().isEmpty() ? nextClauseCue(cueable, c) : Optional.empty();
                if (next.isPresent()) {
                    // "Our shared future will be written in the region, and we will redouble our efforts": the forecast
                    // commits no one, the coordinated clause after it does
                    Resolved own = WhoCommits.parties(sentence, span.getStart(), next.get(), inside, text, context);
                    // a subject of its own, not an agentless provision; "the government" is the speaker's state
                    if (own.confidence() > DOCUMENT_PARTIES
                            || THE_GOVERNMENT.matcher(cueable.substring(0, next.get().start())).find()) {
                        c = next.get();
                        resolved = own;
                    }
                }
                if (resolved.parties().isEmpty() && leadIn != null && !leadIn.parties().isEmpty()
                        && opensWithCue(sentence, c.start())) {
                    // "- Agree to the full implementation of …" under "we agree to the following steps:": the item
                    // opens with its cue, an order to the lead-in's parties
                    resolved = new Resolved(leadIn.parties(), DOCUMENT_PARTIES);
                }
                String beforeOwnCue = stripMarker(sentence.substring(0, c.start()));
                boolean preamble = operative || JOINT_TEXT_TITLE.matcher(text.substring(0, titleEnd)).find();
                // "**SEEKING** to advance …;": the emphasis of a preamble's heading word is no subject
                boolean opensClause = EMPHASIS.matcher(beforeOwnCue).replaceAll("").isBlank();
                if (resolved.parties().isEmpty() && !documentParties.isEmpty()
                        && (opensClause && RECITED_AIM.matcher(cueable.substring(c.start())).lookingAt()
                                        // a leaders' statement's preamble clause ends on a semicolon, whatever its title
                                        && (preamble || PREAMBLE_CLAUSE_END.matcher(sentence).find())
                                // "DETERMINED to strengthen …;", "REAFFIRMING their commitment to expand …;": a recital
                                // of resolve or of a renewed pledge, in an instrument or as a preamble's clause
                                || (opensClause && RECITED_RESOLVE.matcher(cueable.substring(c.start())).lookingAt()
                                        || RENEWING.matcher(beforeOwnCue).matches())
                                        && (preamble || RECITAL_END.matcher(sentence).find()))) {
                    // "INTENDING to undertake a joint project;" in an agreement's preamble: the aim of the parties
                    // who speak in it, whose names open the text
                    resolved = new Resolved(documentParties, DOCUMENT_PARTIES);
                }
                if ((resolved.parties().isEmpty() || resolved.parties().equals(documentParties))
                        && operative && namesNoSignatory(documentParties)
                        && (namesUnnamedTreatyParties(stripMarker(sentence.substring(0, c.start())))
                                // "In particular, it shall:" right after "Each State Party shall adopt …": the same parties
                                || before != null && before.parties().isEmpty()
                                        && UNNAMED_ANAPHOR.matcher(stripMarker(sentence.substring(0, c.start()))).matches())) {
                    // "Each Party shall prepare …" of a multilateral treaty that names none of its parties (the Paris
                    // Agreement's articles): the duty stands, and no PARTY mention says who holds it, so its parties are
                    // left empty rather than the duty dropped; nor does the one body the text names ("the United Nations
                    // Convention against …", "report to the Secretary-General of the United Nations") hold it
                    resolved = UNNAMED_PARTIES;
                }
                if (resolved.parties().isEmpty() && resolved != UNNAMED_PARTIES) {
                    if (isLeadIn(sentence) && GENERIC_FIRMS.matcher(sentence.substring(0, c.start())).find()) {
                        // "The following companies will invest:": each item names the company that acts
                        leadIn = new Inherited(List.of(), c.modality(), true, nextMarker(sentence), null, false);
                    } else if (isLeadIn(sentence) && CONDITIONS_FOLLOW.matcher(sentence.substring(0, colon(sentence))).find()) {
                        leadIn = new Inherited(List.of(), c.modality(), false, nextMarker(sentence), null, true);
                    }
                    continue;
                }
                antecedents = resolved.parties();
                if (ModalityCues.isStateOrContents(cueable, c)) {
                    continue; // "The topics it will examine include …": no act, though "it" still stands for its party
                }
                parties = organs.actingFor(resolved.parties(), documentParties);
                if (leadIn != null && leadIn.parties().size() == 1 && !parties.containsAll(leadIn.parties())
                        && resolved.confidence() == NAMED_SUBJECT && LIST_MARKER.matcher(sentence).find()
                        && parties.stream().noneMatch(p -> p.length() == 2)
                        && !parties.stream().allMatch(p -> "body".equals(PartyKinds.of(p)))) {
                    // "- Toyota plans to export …" under one party's "Japan will invest:": the item's company acts
                    // within that party's pledge; under a joint lead-in, or when the item names a state of its own
                    // ("- India will cut tariffs" after "the United States will …. Key terms include:"), its subject acts alone,
                    // and so does a named agency ("- The Department of Energy will award …" under "the Administration is
                    // committing to:"), a party under its own norm (ANNOTATION.md §2)
                    parties = union(leadIn.parties(), parties);
                }
                modality = c.modality();
                if (modality == Modality.INTENT && pledgesToo(cueable, c)) {
                    // "The agency plans to open a register, and will fund audits": the same subject's second verb pledges,
                    // and the strongest cue governing its own acts decides (ANNOTATION.md §2)
                    modality = Modality.COMMITMENT;
                }
                confidence = resolved.confidence();
                String ownItem = stripLabel(stripMarker(sentence));
                // "(e) Not renew the waiver, which allowed refiners to …": a cue inside a relative clause of an item that
                // opens with its own verb leaves the item's verb the action
                ActionPhrase.Phrase phrase = LIST_MARKER.matcher(sentence).find()
                        && CUE_IN_RELATIVE.matcher(sentence.substring(0, c.start())).find() && ActionPhrase.opensWithVerb(ownItem)
                        ? ActionPhrase.read(ownItem, 0, null)
                        : ActionPhrase.read(sentence, actionStart(sentence, c), null);
                action = phrase.text();
                if (isLeadIn(sentence)) {
                    String afterCue = sentence.substring(c.end(), Math.max(c.end(), colon(sentence)));
                    List<Mention> deadlines = inside.stream().filter(m -> m.type() == MentionType.DEADLINE).toList();
                    String leadSubject = sentence.substring(0, c.start());
                    // "shall, promptly and in coordination with the Secretary:" names no act: its items do
                    boolean bare = namesNothing(action) || Clauses.isBareLeadIn(afterCue, deadlines, span.getStart() + c.end());
                    // "The functions of the Council shall include, among others:": the body's tasks are its items,
                    // which read as under any lead-in, and the lead-in is none of them
                    boolean bodyTasks = !bare && (MANDATE_OF_BODY.matcher(leadSubject).find() || JOINT_BODY.matcher(leadSubject).find()
                            || SET_UP_BODY.matcher(leadSubject).find()) && Clauses.namesBodyTasks(afterCue);
                    // "Focus areas for collaboration are intended to include:" only names what its items hold: like "Key
                    // terms will include:", it commits through them, and its "include" is no part of their actions (an
                    // order's "The report shall include:" still sets the duty its items complete)
                    // a state named after the subject's head ("The key terms of the Agreement between the United
                    // States and Peru will include:") is no subject of its own
                    Matcher ofPhrase = OF_PHRASE.matcher(sentence.substring(0, c.start()));
                    int cueAt = span.getStart() + (ofPhrase.find() ? ofPhrase.start() : c.start());
                    boolean contents = !bare && c.modality() != Modality.OBLIGATION && Clauses.namesContents(afterCue)
                            && inside.stream().noneMatch(m -> m.type() == MentionType.PARTY && m.start() < cueAt);
                    boolean conditions = !bare && CONDITIONS_FOLLOW.matcher(sentence.substring(0, colon(sentence))).find();
                    // "The Participants intend to cooperate in the following areas:" names fields, which its items fill
                    boolean fields = !bare && Clauses.namesFields(afterCue);
                    // "Each Party shall publish the following information:", "should ensure that:": the items are what is
                    // published or ensured, and commit in the lead-in's place
                    fields = fields || !bare && Clauses.namesItemsObject(afterCue);
                    if (leadIn != null && outer == null) {
                        outer = leadIn;
                        outerKind = itemKind;
                        itemKind = 0;
                        item = null;
                    }
                    leadIn = cueInAside ? null : new Inherited(parties, modality, bare, nextMarker(sentence),
                            contents || bodyTasks ? null : phrase.frame(),
                            conditions, bare && NEGATED_LEAD_IN.matcher(afterCue).matches(),
                            !bare && (RELATIVE_CONTENTS_LEAD_IN.matcher(afterCue).find() || DETAILING_LEAD_IN.matcher(afterCue).find()
                                    || LISTED_SUBJECT.matcher(leadSubject).find()),
                            !bare && RELATIVE_LEAD_IN_END.matcher(afterCue).find(),
                            FORBIDDING.matcher(sentence.substring(0, colon(sentence))).find(),
                            c.modality() == Modality.RECOMMENDATION && ASKS_THAT.matcher(afterCue).matches());
                    unnamedLeadIn = resolved == UNNAMED_PARTIES ? leadIn : null;
                    if (bare || contents || bodyTasks || fields) {
                        continue; // "The Participants intend to:" commits through its items, not on its own
                    }
                }
            } else if (before != null && isLeadIn(sentence) && (leadIn != null || continues(sentence))
                    && !Clauses.isDefinitionLeadIn(sentence)) {
                // "… announced an agreement to collaborate. It covers:" — the items that follow continue that commitment.
                // a sub-heading among the items ("- Electronics Investments:") keeps the lead-in's parties, not its last item's
                Inherited within = leadIn;
                if (leadIn != null && outer == null) {
                    outer = leadIn;
                    outerKind = itemKind;
                    itemKind = 0;
                    item = null;
                }
                leadIn = new Inherited(leadIn != null ? leadIn.parties() : before.parties(), before.modality(), true,
                        nextMarker(sentence), null, false);
                if (within == null || within.parties().isEmpty() || !LIST_MARKER.matcher(sentence).find()
                        || !continuesLeadIn(stripMarker(sentence))) {
                    continue;
                }
                // "(xv) reinstate the following orders:" under "… shall take all necessary steps to:" is one of the
                // steps, and opens a list of its own
                parties = within.parties();
                modality = within.modality();
                confidence = DOCUMENT_PARTIES;
                action = ActionPhrase.read(stripLabel(stripMarker(sentence)), 0, within.frame()).text();
            } else if (leadIn != null) {
                // "- Rare earth magnets;" names a thing, it does not commit; under "shall assess the following:" a longer
                // noun phrase completes the lead-in's action.
                if (!runInItem && Clauses.isBoldHeading(sentence)
                        || !runInItem && Clauses.isRunInTitle(sentence, text.substring(span.getEnd(), Math.min(text.length(), span.getEnd() + 200)))) {
                    continue; // "- **Building Copper Supply Chains**. We will …": the item's heading; its sentences commit
                }
                if (Clauses.isBackgroundUnderHeading(sentence)) {
                    continue; // "- **Efficient Heating:** Building heating is responsible for half of …": the topic's background
                }
                // a bold run-in item opens with its verb (opensBoldRunIn), whatever the word lists know of it
                boolean acts = runInItem || Clauses.statesAnAction(sentence, inside.stream().anyMatch(m -> m.type() == MentionType.INSTRUMENT));
                // "- the development of standards-based markets" under a bare "we commit to:" names its act by the
                // act's noun: what the lead-in pledges, not a thing in a list
                boolean actNoun = leadIn.bare() && ActionPhrase.opensWithActNoun(stripLabel(stripMarker(sentence)));
                if (!acts && !actNoun && (leadIn.bare() ? Clauses.isNounPhrase(sentence) : Clauses.isShortNounPhrase(sentence))
                        || Clauses.namesMember(sentence, acts)) {
                    continue;
                }
                if (!acts && (FORUM_ITEM.matcher(sentence.strip()).lookingAt() || PERIOD_ITEM.matcher(sentence.strip()).lookingAt())) {
                    // "-in the Court of the Copper Union;" under "Any dispute shall be settled as follows:":
                    // where the lead-in's act happens, no act of its own; so does a time limit
                    continue;
                }
                if (leadIn.thingsContents() && !ActionPhrase.opensWithVerb(stripLabel(stripMarker(sentence)))) {
                    // "(ii) An analysis of the costs …" under "shall submit a report that includes the following:" is
                    // what the report holds; the duty is the lead-in's own
                    continue;
                }
                if (Clauses.isPermittedItem(stripMarker(sentence))) {
                    continue; // "2. The Committee may set up working groups …" after the lead-in's items: a right, no pledge
                }
                if (Clauses.isRecountedItem(stripMarker(sentence))) {
                    continue; // "- Stood up programs that …" under "To improve the system, the Administration:": done, not pledged
                }
                if (recountsItsSubject(sentence, span.getStart(), inside)) {
                    continue; // "- Chile and Peru reaffirmed the value of …" after a lead-in's items: what they did, no item of it
                }
                if (!operative && isOthersReport(sentence, span.getStart(), inside, leadIn.parties())) {
                    // "- The Space Force is establishing an advisor program." under a fact sheet's "DOD will expand
                    // cooperation, including:" reports work under way by another actor; it pledges nothing
                    continue;
                }
                // "- Congress fund …" under "The Council recommends that:": the item's own subject is the one asked
                List<String> asked = leadIn.asksItemSubjects() ? leadingParties(sentence, span.getStart(), inside) : List.of();
                boolean ownSubject = leadIn.parties().isEmpty() || !asked.isEmpty();
                parties = ownSubject ? leadingParties(sentence, span.getStart(), inside)
                        // in a bold run-in item only the companies of its phrase: the sentences after it say what it is for
                        : union(leadIn.parties(), companiesIn(runInItem ? inside.stream()
                                .filter(m -> m.end() <= span.getStart() + runInEnd).toList() : inside, text));
                if (parties.isEmpty() && (leadIn != unnamedLeadIn || !ownSubject)) {
                    continue; // under "Each exporting Party shall:" of a treaty naming no party, its items bind those parties
                }
                modality = leadIn.modality();
                confidence = DOCUMENT_PARTIES;
                int[] own = Clauses.reportItemSubject(sentence);
                Matcher auxiliary = own == null ? null : ITEM_AUXILIARY.matcher(sentence).region(own[1], sentence.length());
                if (ownSubject) {
                    action = ActionPhrase.of(sentence, afterLeadingNames(sentence, span.getStart(), inside));
                } else if (auxiliary != null && auxiliary.lookingAt()) {
                    // "- Agriculture: Ecuador is reforming its import licensing …" under "Ecuador has committed to address
                    // such barriers, including:": the item's verb, not its subject and auxiliary, is the action; after
                    // "is working to" the verb it works at
                    Matcher striving = STRIVING.matcher(sentence).region(auxiliary.end(), sentence.length());
                    action = ActionPhrase.read(sentence, striving.lookingAt() ? striving.end() : auxiliary.end(), null).text();
                    // "- The Commission is working to …" under the joint "This Task Force will focus on:": the item's own
                    // subject, one of the lead-in's parties, acts alone
                    List<String> subject = inside.stream().filter(m -> m.type() == MentionType.PARTY)
                            .filter(m -> m.start() - span.getStart() >= own[0] && m.end() - span.getStart() <= own[1])
                            .map(Mention::norm).filter(parties::contains).distinct().toList();
                    if (!subject.isEmpty()) {
                        parties = subject;
                    }
                } else {
                    String note = stripLabel(stripMarker(sentence));
                    Matcher includes = CONTINUES_COMMITMENT.matcher(note);
                    action = includes.find()
                            // "- This includes restoring federal buildings …" under "The Order will create a program:":
                            // a note that spells out the lead-in's act; its acts start after "includes"
                            ? ActionPhrase.read(note, includes.group(1) != null ? includes.start(1) : includes.start("verb"),
                                    null).text()
                            : leadIn.itemAction(ActionPhrase.read(note, 0, leadIn.frame()).text());
                }
            } else {
                continue;
            }
            if (namesNothing(action)) {
                continue; // "If you can give blood, I hope you will.": no words say what is promised
            }
            List<String> minerals = norms(inside, MentionType.MINERAL);
            List<String> instruments = norms(inside, MentionType.INSTRUMENT);
            Deadline deadline = deadline(inside, sentence, span.getStart());
            previous = new Commitment(id(info.id(), span), span.getStart(), span.getEnd(),
                    documentText.substring(span.getStart(), span.getEnd()), parties,
                    modality, action, minerals, instruments, deadline, confidence);
            commitments.add(previous);
        }
        return withNamedGroupSubjects(withListedMembers(commitments, DocumentParties.listedMembers(text, mentions, documentParties)),
                DocumentParties.namedStateGroups(text, mentions));
    }

    /**
     * A commitment whose subject is a group of states the opening names in words ("the Signatory ESA States shall
     * accord …", "When an ESA State wants to join, it shall notify …") is those states' alone, not every party's
     * (the group's name inside another phrase, "Products originating in the ESA States shall be imported", says
     * nothing of who acts).
     */
    private static List<Commitment> withNamedGroupSubjects(List<Commitment> commitments, Map<String, Set<String>> groups) {
        if (groups.isEmpty()) {
            return commitments;
        }
        List<Commitment> out = new ArrayList<>();
        for (Commitment c : commitments) {
            Commitment kept = c;
            for (Map.Entry<String, Set<String>> group : groups.entrySet()) {
                if (c.parties().size() > group.getValue().size() && c.parties().containsAll(group.getValue())
                        && groupSubject(group.getKey()).matcher(c.text()).lookingAt()) {
                    kept = new Commitment(c.id(), c.start(), c.end(), c.text(), group.getValue().stream().sorted().toList(), c.modality(),
                            c.action(), c.minerals(), c.instruments(), c.deadline(), c.confidence(), c.page());
                    break;
                }
            }
            out.add(kept);
        }
        return out;
    }

    /**
     * The group as a sentence's subject, after a number and one leading phrase ("2. With respect to …, the Signatory
     * ESA States shall"), or in a condition whose "it" acts ("When a Signatory ESA State … wants to join, it shall").
     */
    private static Pattern groupSubject(String name) {
        String group = "(?:signatory\\s+)?" + Pattern.quote(name).replace(" ", "\\E\\s+\\Q") + "\\s+States?\\b";
        return Pattern.compile("(?i)^[\\s\u00a0]*(?:" + ListMarkers.MARKER + ")?[\\s\u00a0]*(?:"
                + "(?:[^,;:]{0,120},\\s*)?(?:the|each|every|all|any|a|an|no)?\\s*" + group + "(?:\\s+(?:listed|referred|concerned)\\b[^,;:]{0,60})?"
                + "\\s+(?:(?:also|jointly|each|\\w+ly)\\s+)?(?:shall|will|must|undertakes?|agrees?|commits?)\\b"
                + "|(?:when|where|if)\\s+(?:a|an|any|the)\\s+" + group + "[^,;:]{0,120},\\s*(?:it|they)\\s+(?:shall|will|must)\\b)");
    }

    /** Each group the opening names as a list of the signatories ("the EFTA States") replaced by those states. */
    private static List<Commitment> withListedMembers(List<Commitment> commitments, Map<String, Set<String>> members) {
        if (members.isEmpty()) {
            return commitments;
        }
        List<Commitment> out = new ArrayList<>();
        for (Commitment c : commitments) {
            Set<String> parties = new LinkedHashSet<>();
            c.parties().forEach(p -> parties.addAll(members.getOrDefault(p, Set.of(p))));
            out.add(parties.equals(new LinkedHashSet<>(c.parties())) ? c : new Commitment(c.id(), c.start(), c.end(), c.text(),
                    List.copyOf(parties), c.modality(), c.action(), c.minerals(), c.instruments(), c.deadline(), c.confidence(), c.page()));
        }
        return out;
    }

    /**
     * The cue of the main clause when the first one lies in a leading purpose ("With the aim to facilitate trade, the
     * Parties shall:" → "shall"); the first one when the main clause has none.
     */
    private static ModalityCues.Cue ownCue(String sentence, ModalityCues.Cue first) {
        if (Clauses.inLeadingGround(sentence, first.start()) || Clauses.inGround(sentence, first.start())) {
            // "Acknowledging that hydrogen will play a role in A, B and C, the Participants intend to …", "…, and,
            // recognising that demand will grow, the Parties shall …": the ground's forecast is no pledge; the first
            // comma after the ground's cue with a subject and a cue of the main clause after it decides, and a recital
            // with no main clause after it keeps its own
            for (int comma = sentence.indexOf(',', first.end()); comma >= 0; comma = sentence.indexOf(',', comma + 1)) {
                int from = comma + 1;
                Optional<ModalityCues.Cue> main = ModalityCues.first(sentence.substring(from)).map(c -> c.shifted(from));
                if (main.isEmpty()) {
                    break;
                }
                if (Clauses.isMainSubject(sentence.substring(from, main.get().start()))) {
                    return main.get();
                }
            }
            return first;
        }
        if (!Clauses.inLeadingPurpose(sentence, first.start())) {
            return first;
        }
        int comma = sentence.indexOf(',', first.end());
        if (comma < 0) {
            return first;
        }
        int from = comma + 1;
        return ModalityCues.first(sentence.substring(from))
                .map(c -> c.shifted(from)).orElse(first);
    }

    /**
     * Where a coordinated clause with a subject of its own may start: ", and we will", "; the Parties shall", ", as
     * Brussels plans to …" (a name's plan after a forecast), and,
     * without a comma, "and" before a short subject and its modal ("… will be halted and the government will study …").
     */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?:,\\s+(?:and|but|while)|;(?:\\s+and)?)\\s+"
            // "…, as Brussels plans to end imports": a name and its plan ("as a nation, must", "as well as" are no clause)
            + "|,\\s+as\\s+(?=(?-i:\\p{Lu})[\\p{L}.’'-]+(?:\\s+(?-i:\\p{Lu})[\\p{L}.’'-]+)?\\s+(?:plans?|intends?|aims?|seeks?|prepares?)\\s+to\\b)"
            + "|\\s+and\\s+(?=(?:the\\s+)?[\\p{L}-]+(?:\\s+[\\p{L}-]+)?\\s+(?:will|would|shall)\\s+(?!be\\b))"
            // "…, which I will work to pass and sign into law": the speaker's own pledge in an aside after a forecast,
            // also after a closing emphasis ("the *Act,* which")
            + "|,[*_]*\\s+which\\s+(?=(?-i:I|we)\\s+(?:will|shall)\\s+(?!be\\b))");

    /** The first cue of the first coordinated clause after {@code first}'s, if any. */
    private static Optional<ModalityCues.Cue> nextClauseCue(String sentence, ModalityCues.Cue first) {
        Matcher clause = CLAUSE_BREAK.matcher(sentence);
        if (!clause.find(first.end())) {
            return Optional.empty();
        }
        int from = clause.end();
        return ModalityCues.first(sentence.substring(from))
                .map(c -> c.shifted(from));
    }

    record Resolved(List<String> parties, double confidence) {
        static final Resolved NONE = new Resolved(List.of(), 0);
    }

    /** The treaty's own parties where the text names none of them: a duty kept with no party norms. */
    private static final Resolved UNNAMED_PARTIES = new Resolved(List.of(), 0.5);
    /**
     * A treaty's word for its parties as the whole subject, with the kinds of party it sets apart: "Each Party",
     * "Parties", "Developed country Parties", "Other Parties [are encouraged to]", "each Contracting Party".
     */
    private static final Pattern UNNAMED_TREATY_PARTIES = Pattern.compile(
            // a paragraph numbered by its article, which no list marker is: "3.1 Each Member shall"
            "[\\s\"“]*(?:\\d{1,3}(?:\\.\\d{1,3})+\\.?\\s+)?"
                    // "A Contracting Party shall", "No Party shall", and after a condition "the latter Contracting Party shall"
                    + "(?i:(?:each|every|all|other|the|such|that|any|a|no|neither|latter|former|developed|developing|least|country|contracting"
                    // a convention's "Each State Party", "States Parties", and a party named by its role in a procedure:
                    // "the affected Party", "Concerned Parties", "each exporting State Party"
                    + "|state|states|affected|concerned|\\p{Ll}+ing)\\s+){0,4}(?-i:Part(?:y|ies)"
                    // the WTO agreements' "Each Member shall", a certification scheme's "Each Participant should"
                    + "|Members?|Participants?)"
                    // what narrows which parties: "the Party of origin", "Each Party that has adopted a measure",
                    // "Each Party with relevant sources", "Each State Party in a position to do so"
                    // "Each State Party to this Convention", "Other Parties providing resources"
                    + "(?:\\s+(?i:of|that|which|with|in|involved|to|(?-i:\\p{Ll}+ing))\\b[^;:]{0,200}?)?"
                    + "\\s*(?:(?i:are|is)\\s+)?");

    /** What sets off the parts of a subject: a comma, a spaced dash, a bracket. */
    private static final Pattern SUBJECT_ASIDE = Pattern.compile(",|\\s[\u2013\u2014-]\\s|[()]");

    /** "it" or "they" as the whole subject, after a short opening phrase: "In particular, it [shall]". */
    private static final Pattern UNNAMED_ANAPHOR = Pattern.compile("(?i)(?:[^,;:]{1,40},)?\\s*(?:it|they)\\s*");

    /**
     * A subject that is the unnamed parties of a convention, in any of its comma-set parts: "In order to achieve the goal,
     * Parties", "If the export is not prohibited, each exporting State Party, prior to authorization,", "Parties,
     * including developed country Parties,"; an aside may also be set off by dashes or brackets: "The Parties — each
     * within its competence —", "States Parties (in particular developing ones)".
     */
    private static boolean namesUnnamedTreatyParties(String subject) {
        for (String part : SUBJECT_ASIDE.split(subject)) {
            if (UNNAMED_TREATY_PARTIES.matcher(part).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The document names no signatory: no party at all, or a single body that is no state (a convention's sponsor named
     * in its title, or the body its parties report to); a treaty's "Each Party" is then none of them.
     */
    private static boolean namesNoSignatory(List<String> documentParties) {
        return documentParties.isEmpty() || documentParties.size() == 1 && documentParties.get(0).length() > 2;
    }


    /** What the parties of one sentence are resolved against: the document's parties, and the previous sentence's. */
    record Context(List<String> documentParties, boolean operative, List<String> antecedents,
            String previousSentence, Officials officials, Sides sides, Roles roles, String text, List<Mention> mentions) {
    }

    /**
     * A lead-in's parties and modality, passed to the items that follow it, and the frame of its action ("assess" of
     * "shall assess the following:"), which an item that only names a thing completes; {@code conditions} when its
     * items say when it applies ("… where:"), and commit nothing; {@code asksItemSubjects} when it recommends "that:"
     * clauses whose own subjects, where named, are the ones asked ("- Congress fund …").
     */
    private record Inherited(List<String> parties, Modality modality, boolean bare, String marker, String frame,
            boolean conditions, boolean negated, boolean thingsContents, boolean relative, boolean forbids,
            boolean asksItemSubjects) {
        Inherited(List<String> parties, Modality modality, boolean bare, String marker, String frame, boolean conditions) {
            this(parties, modality, bare, marker, frame, conditions, false, false, false, false, false);
        }

        /** An item's action under this lead-in: "not" before it under "shall not:" ("- impose export duties"). */
        String itemAction(String action) {
            return negated && !action.isEmpty() && !action.toLowerCase(Locale.ROOT).startsWith("not ") ? "not " + action : action;
        }
    }

    /**
     * A lead-in that ends on a relative pronoun, whose items go on its clause: "shall not adopt measures that:", "shall
     * determine a strategy which:". They say what the thing does, not what the parties do.
     */
    private static final Pattern RELATIVE_LEAD_IN_END = Pattern.compile("(?i)\\b(?:that|which)[\\s*_]*$");
    /** A relative pronoun as the subject right before a modal: "a weakness that [must]", "goods which [shall]". */
    private static final Pattern RELATIVE_SUBJECT_BEFORE = Pattern.compile("(?i)\\b\\p{L}+\\s+(?:that|which)\\s+$");
    /** An item that is a question a report answers: "(i) whether the agency's terms permit …". */
    private static final Pattern WHETHER_ITEM = Pattern.compile("(?i)(?:whether|if)\\b");
    /** "as" right before a modal: "such further orders as [shall be necessary]". */
    private static final Pattern AS_BEFORE = Pattern.compile("(?i)\\bas\\s+$");
    /** A need measured after such a modal, past a short aside: "[shall] in my judgment be necessary", "be appropriate". */
    private static final Pattern NEED_AFTER = Pattern.compile(
            "(?i)\\s*(?:(?:in|at|by)\\s+[^,;.]{1,40}?\\s+)?be\\s+(?:deemed\\s+)?(?:necessary|appropriate|required|needed|advisable|warranted)\\b");
    /** A passive with no agent right after a modal: "[must] be overcome", "[shall] not be exempted" (not "be … by"). */
    static final Pattern AGENTLESS_PASSIVE_AFTER = Pattern.compile(
            "\\s*(?:not\\s+)?be\\s+(?:\\p{L}+ed|\\p{L}+en|overcome|met|made|done|held|set|put|kept|paid|built|won)\\b(?![^.;:]*\\bby\\b)");
    /** A lead-in that forbids: "Neither Party shall …", "In no case shall …", "… shall not …". */
    private static final Pattern FORBIDDING = Pattern.compile("(?i)\\b(?:neither|not|never)\\b|\\bno\\b(?!\\s+(?:later|more|less|fewer|sooner)\\b)");
    /** A lead-in that forbids what its items name: "Contracting Parties shall not:". */
    private static final Pattern NEGATED_LEAD_IN = Pattern.compile("(?i)^\\s*not(?:\\s*,[^:]*)?\\s*$");

    /** An item's verb of effort before the verb it works at: "working to", "seeking to", "striving to". */
    private static final Pattern STRIVING = Pattern.compile("(?i)\\p{Ll}+ing\\s+to\\s+");
    /** The auxiliary after an item's own subject: "[is] reforming", "[has already] launched". */
    private static final Pattern ITEM_AUXILIARY = Pattern.compile("(?i)(?:is|are|has|have)\\s+(?:(?:also|already|been)\\s+)*");

    /**
     * A lead-in whose "the following" belongs to a relative clause on a thing it names ("shall submit a report that
     * includes the following:", "an assessment that shall address the following:"): its items are what the thing holds,
     * not acts ("shall submit the following:" takes its items as the objects of its own act).
     */
    private static final Pattern RELATIVE_CONTENTS_LEAD_IN = Pattern.compile("(?i)\\b(?:that|which)\\s+(?:(?:shall|will|must|should|would)\\s+)?"
            + "(?:(?:also|at\\s+(?:a\\s+)?minimum|\\p{L}+ly)\\s+)?(?:include|includes|contain|contains|cover|covers|address|addresses"
            + "|incorporates?|comprises?|sets?\\s+(?:out|forth)|describes?|lists?)\\s+(?:,[^,:]{1,80},\\s+)?"
            + "(?:(?:at\\s+(?:a\\s+)?minimum|(?:but\\s+)?(?:is|are)\\s+not\\s+limited\\s+to)\\s*,?\\s+)?(?:each\\s+of\\s+|all\\s+of\\s+)?"
            + "the\\s+following(?:\\s+[\\p{L}-]+){0,2}[\\s*_]*$");
    /**
     * A subject the items list: "the following officials …, in the order listed, shall act as Director:"; its items
     * ("(g) other Associate Directors, in order of seniority") name who acts, no act of their own.
     */
    private static final Pattern LISTED_SUBJECT = Pattern.compile("(?i)\\bthe\\s+following\\s+\\p{L}");
    /**
     * A written thing and a participle that says what it holds, last before the colon: "submit a report to the Director
     * detailing:", "prepare a plan setting out:"; like "a report that includes the following:", its items are contents.
     */
    private static final Pattern DETAILING_LEAD_IN = Pattern.compile("(?i)\\b(?:report|assessment|plan|summary|analysis|list"
            + "|description|memorandum)\\b[^:;.]{0,80}?\\s(?:detailing|describing|setting\\s+(?:out|forth)|listing|outlining"
            + "|specifying)(?:\\s+(?:at\\s+(?:a\\s+)?minimum,?\\s+)?the\\s+following(?:\\s+[\\p{L}-]+){0,2})?[\\s*_]*$");
    /**
     * A lead-in with no cue in which the text names its items as commitments ("This Agreement includes the following
     * commitments:") or, in the group {@code aims}, as its goals ("The Action Plan sets the following goals:").
     */
    private static final Pattern COMMITMENTS_LEAD_IN = ClauseWords.compile(
            "^[\\s\"“]*(?:this|the)\\s+(?:(?-i:\\p{Lu})[\\p{L}\\p{N}-]*\\s+){0,4}" + ClauseWords.alternation("text")
                    + "\\s+(?:also\\s+)?(?:includes|contains|sets(?:\\s+out|\\s+forth)?|establishes|comprises)\\s+(?:"
                    + ClauseWords.alternation("commitments-lead-in") + "|(?<aims>" + ClauseWords.alternation("aims-lead-in") + "))\\s*$");
    /** A heading over a joint text's aims: "Objectives", "Areas of Cooperation:". */
    private static final Pattern AIMS_HEADING = ClauseWords.compile("^\\s*(?:\\d{1,2}\\.\\s*)?"
            + ClauseWords.alternation("aims-heading") + "\\s*:?\\s*$");
    /** A preamble's ground that names the parties' own aim, with no subject: "SEEKING to …", "Intending to …". */
    private static final Pattern RECITED_AIM = Pattern.compile("(?i)(?:intending|seeking|wishing|desiring|desirous|aiming|striving)\\b");
    /** A preamble's ground that names the parties' resolve, with no subject: "DETERMINED to …", "Committed to …". */
    private static final Pattern RECITED_RESOLVE = Pattern.compile("(?i)(?:determined|resolved|committed|committing)\\b");
    /** A preamble's ground that renews the parties' pledge, or acts on it: "REAFFIRMING their commitment to …". */
    private static final Pattern RENEWING = Pattern.compile("(?i)^[\\s\"“]*(?:reaffirming|reiterating|renewing"
            // "GUIDED by a mutual commitment to collecting …": the pledge the parties act on is theirs
            + "|(?:guided|motivated|driven|inspired)\\s+by(?:\\s+(?:a|an|the))?)\\s+(?:(?:our|their|its)\\s+)?$");
    /** The close of a preamble, whose grounds lead in: "…, have reached the following understanding:", "have agreed as follows:". */
    private static final Pattern PREAMBLE_CLOSE = Pattern.compile("(?i),\\s*(?:and\\s+)?(?:have|has)\\s+(?:(?:hereby|jointly|mutually)\\s+)?"
            + "(?:(?:agreed|decided)\\s+as\\s+follows|(?:reached|come\\s+to|arrived\\s+at)\\s+(?:the\\s+|an?\\s+)?following"
            + "\\s+understandings?)\\s*[:.]?\\s*$");
    /** A preamble's clause ends on a semicolon or a comma, the next clause or the operative text after it. */
    private static final Pattern RECITAL_END = Pattern.compile("[;,]\\s*$");
    /** A preamble's clause of aim ends on a semicolon: "SEEKING to advance cooperation …;". */
    private static final Pattern PREAMBLE_CLAUSE_END = Pattern.compile(";\\s*$");
    /** Markdown emphasis around a preamble's heading word: "**SEEKING**", "_Intending_". */
    private static final Pattern EMPHASIS = Pattern.compile("[*_]+");
    /** The title of a joint text (not of a fact sheet or a report about one). */
    private static final Pattern JOINT_TEXT_TITLE = Pattern.compile("(?i)^(?!\\s*fact\\s+sheet)[^\\n]*\\b(?:memorandum"
            + "|declaration\\s+of\\s+intent|statement\\s+of\\s+intent|letter\\s+of\\s+intent|framework|arrangement"
            + "|joint\\s+declaration)\\b");

    /** A lead-in whose subject may do what its items say: "2. The Commission may:", "Each Party may, inter alia:". */
    private static final Pattern PERMISSION_LEAD_IN = Pattern.compile(
            "(?i)^[\\s\u00a0]*(?:" + ListMarkers.MARKER + ")?[\\s\u00a0]*(?:the|each|either|a|any)\\s+(?:[\\p{L}-]+\\s+){0,5}?may"
                    + "(?:\\s+(?:also|further|jointly))?(?:,?\\s*(?:inter\\s+alia|among\\s+other\\s+things),?)?[\\s*_]*");
    /** A paragraph that opens with its disclaimer: "Nothing in this Agreement shall be construed:". */
    private static final Pattern DISCLAIMER_FIRST = Pattern.compile("(?i)^[\\s\u00a0]*(?:\\d{1,2}\\.[\\s\u00a0]+)?nothing\\b");
    /** The same under a paragraph number: "1. Nothing in this Agreement shall be construed:". */
    private static final Pattern NUMBERED_DISCLAIMER = Pattern.compile("^[\\s\u00a0]*\\d{1,2}\\.[\\s\u00a0]+");
    /** Where a thing's subject goes on past its head: "The key terms [of] the Agreement between …". */
    private static final Pattern OF_PHRASE = Pattern.compile("(?i)^[\\s\"“]*(?:the\\s+|these\\s+|its\\s+)?(?:\\p{L}+\\s+){0,2}?(?:terms|elements|components|provisions|features|outcomes|deliverables)\\s+(?=of\\b)");
    /**
     * The end of a lead-in whose items are conditions, not actions: "… shall not apply where:", "provided that:",
     * "provided that the foreign supplier:".
     */
    private static final Pattern CONDITIONS_FOLLOW = Pattern.compile(
            "(?i)\\b(?:where|if|unless|when|whenever|provided\\s+(?:,\\s*however,\\s*)?that|on\\s+condition\\s+that"
                    + "|(?:in|under)\\s+(?:(?:any(?:\\s+one)?|each|either|one)\\s+of\\s+)?the\\s+following\\s+(?:cases|circumstances|conditions|situations))"
                    + "(?:\\s+(?!(?:shall|will|must|should|may)\\b)[\\p{L}-]+){0,4}[\\s*_]*$"
                    // "… when any of the following applies:", "if all of the following conditions are met:"
                    + "|\\b(?:any|all|each|either|one|both|none)\\s+of\\s+the\\s+following(?:\\s+(?:conditions|criteria|circumstances))?"
                    + "\\s+(?:applies|apply|holds|hold|occurs|occur|exists|exist|(?:is|are)\\s+(?:met|true|satisfied|present))[\\s*_]*$"
                    // "… on goods that meet the following conditions:", "… satisfies one or more of the following criteria:"
                    + "|\\b(?:meets?|meeting|satisf(?:y|ies|ying)|fulfil(?:l|ls|s|ling)?)\\s+(?:(?:all|each|any|either|both|one(?:\\s+or\\s+more)?)\\s+of\\s+)?"
                    + "the\\s+following\\s+(?:conditions|criteria)[\\s*_]*$"
                    // "… have appointed as their plenipotentiaries:" — the items name who signs, no act
                    + "|\\bplenipotentiar(?:y|ies)[\\s*_]*$"
                    // "… shall pursue a joint policy based on the following principles:" — the items are the rules the
                    // act follows ("1) gradual convergence of …"), not acts of their own
                    + "|\\b(?:based\\s+on|guided\\s+by|on\\s+the\\s+basis\\s+of)\\s+the\\s+following\\s+principles[\\s*_]*$");

    /**
     * Whether an item is the next item of the lead-in's own list rather than one of its items: after "4. The
     * Participants intend to:" and its "(a)", "(b)", the item "5. Nothing in this Memorandum …". Items of a lead-in
     * marked "(b)" may be "(i)", "(ii)": only the very next mark ("5." after "4.", "(c)" after "(b)") is a sibling.
     */
    private static boolean isSibling(String sentence, Inherited leadIn) {
        return leadIn.marker() != null && leadIn.marker().equals(ownMarker(sentence));
    }

    private static final Pattern ORDINAL_MARKER = Pattern.compile("^\\s*\\\\?(\\(?)(\\d{1,2}|[a-zA-Z])\\\\?([.)])\\s");

    /** The mark that would follow this sentence's own ("4." → "5.", "(b)" → "(c)"), or null when it has none. */
    static String nextMarker(String sentence) {
        Matcher m = ORDINAL_MARKER.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        String mark = m.group(2);
        String next = Character.isDigit(mark.charAt(0)) ? String.valueOf(Integer.parseInt(mark) + 1)
                : String.valueOf((char) (mark.charAt(0) + 1));
        return m.group(1) + next + m.group(3);
    }

    /** This sentence's own mark in the form {@link #nextMarker} gives, or null. */
    private static String ownMarker(String sentence) {
        Matcher m = ORDINAL_MARKER.matcher(sentence);
        return m.find() ? m.group(1) + m.group(2) + m.group(3) : null;
    }

    /** Words a lead-in without a cue may have and still continue the commitment before it ("It covers:"). */
    private static final int SHORT_LEAD_IN = 8;

    /**
     * A sentence that spells out the commitment before it by the acts it includes: "This includes mapping …", "These
     * efforts will also involve training …", "This includes a commitment within 30 days to conclude …"; "This includes
     * advancements in …" names a thing, not an act.
     */
    private static final Pattern CONTINUES_COMMITMENT = Pattern.compile(
            "^[\\s\"“]*(?:This|These|It|Such\\s+\\p{Ll}+|(?:This|These)\\s+\\p{Ll}+)\\s+(?:(?:will|would|also|further)\\s+)*"
                    + "(?:includes?|involves?|covers?|entails?|encompass(?:es)?|comprises?)\\s+(?:\\p{Ll}+ly\\s+)?"
                    + "(?:(\\p{Ll}+ing)\\b|(?:an?\\s+|the\\s+)?(?<noun>commitments?|pledges?|undertakings?|plans?)\\s+"
                    + "(?:[^,;:]{1,40}?\\s+)?to\\s+(?<verb>\\p{Ll}+)\\b)");

    /** A lead-in that points back: "It covers:", "This partnership spans:". */
    private static final Pattern POINTS_BACK = Pattern.compile("^(?:It|Its|This|These|They|Their|That|Those|Such)\\b");

    /**
     * Whether a lead-in without a cue continues the commitment before it: "It covers:" does, and so does a short one;
     * "The order targets these policies, including:" in a new paragraph is a report of its own.
     */
    private static boolean continues(String sentence) {
        String s = stripMarker(sentence.strip());
        if (FUNDING_LAW_LEAD_IN.matcher(s).lookingAt()) {
            return false;
        }
        return s.split("\\s+").length <= SHORT_LEAD_IN || POINTS_BACK.matcher(s).find();
    }

    /**
     * "The President's agenda invests:", "The Bipartisan Infrastructure Law provides:": what a law, bill, budget or agenda
     * funds is listed as it stands, a report; its items ("- $15 billion for lead pipes;") pledge nothing, whatever the
     * sentence before promised.
     */
    private static final Pattern FUNDING_LAW_LEAD_IN = Pattern.compile("^[\\s*_]*(?:The\\s+|This\\s+)?(?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,5}"
            + "(?:agenda|budget|Budget|law|Law|act|Act|bill|Bill)\\s+(?:invests|provides|funds|delivers)\\b");

    /**
     * Where the colon that ends a lead-in is, blanks and the markdown emphasis that may close it aside ("… are intended
     * to include:*", "… will now:**"); -1 when the sentence ends otherwise.
     */
    static int colon(String sentence) {
        int end = sentence.length();
        while (end > 0 && isClosingMark(sentence.charAt(end - 1))) {
            end--;
        }
        return end > 0 && sentence.charAt(end - 1) == ':' ? end - 1 : -1;
    }

    /** A blank or an emphasis mark, as the regular expression class {@code [\\s\u00a0*_]} reads them. */
    private static boolean isClosingMark(char c) {
        return c == '*' || c == '_' || c == '\u00a0' || c == ' ' || c >= '\t' && c <= '\r';
    }

    /** A dash that opens or closes an aside: " – ", " — ", or an em dash between words. */
    private static final Pattern ASIDE_DASH = Pattern.compile("\\s[–—]\\s|(?<=\\p{L})—(?=\\p{L})");

    /** What follows a recommending lead-in's cue when clauses with their own subjects come as its items: "that". */
    private static final Pattern ASKS_THAT = Pattern.compile("(?i)^[\\s,]*that[\\s*_]*$");

    /**
     * Whether an action holds no word: "The Working Group recommends that:" leaves only the colon after its cue, and
     * its items, not the lead-in, say what is asked.
     */
    private static boolean namesNothing(String action) {
        return action.chars().noneMatch(Character::isLetterOrDigit);
    }

    /**
     * Where the aside that holds the cue at {@code cueAt} closes (after its closing dash or parenthesis), when the cue
     * lies between two dashes or in parentheses before {@code end}; else -1.
     */
    private static int asideClose(String sentence, int cueAt, int end) {
        if (end < 0 || cueAt >= end) {
            return -1;
        }
        int open = sentence.lastIndexOf('(', cueAt);
        if (open >= 0 && sentence.lastIndexOf(')', cueAt) < open) {
            int close = sentence.indexOf(')', cueAt);
            return close >= 0 && close < end ? close + 1 : -1;
        }
        Matcher dash = ASIDE_DASH.matcher(sentence).region(0, end);
        int before = 0;
        while (dash.find()) {
            if (dash.start() < cueAt) {
                before++;
            } else {
                return before % 2 == 1 ? dash.end() : -1;
            }
        }
        return -1;
    }

    static boolean isLeadIn(String sentence) {
        return colon(sentence) >= 0;
    }

    /**
     * The kind of a sentence's list mark: 'n' a paragraph number ("1."), 'p' another number ("(2)", "3)"), which in
     * orders marks items below lettered ones, 'b' a letter ("(a)", "ii)"), 'd' a bullet ("-", "•"), 0 none.
     */
    private static char markerKind(String sentence) {
        Matcher m = LIST_MARKER.matcher(sentence);
        if (!m.find()) {
            return GLUED_DASH_ITEM.matcher(sentence).lookingAt() ? 'd' : 0; // "-apply …": a dash that lost its blank
        }
        String mark = m.group().strip();
        if (mark.chars().noneMatch(Character::isLetterOrDigit)) {
            return 'd';
        }
        if (mark.chars().noneMatch(Character::isDigit)) {
            return 'b';
        }
        return Character.isDigit(mark.charAt(0)) && mark.endsWith(".") ? 'n' : 'p';
    }

    /**
     * A numbered item that opens with its bold heading: "1.  **Bolster regional smelting. **We will …": the sentences
     * after it in its paragraph are the item's body, and the next numbered heading is still an item of the lead-in.
     */
    private static final Pattern BOLD_HEADING_ITEM = Pattern.compile("^\\s*\\d{1,2}\\.\\s+\\*\\*[^*\\n]");

    /** Whether only blanks and at most one line break stand between two sentences: the same paragraph goes on. */
    private static boolean inSameParagraph(String text, int from, int to) {
        int breaks = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                breaks++;
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return breaks <= 1;
    }

    /**
     * Whether a numbered paragraph follows items marked by bullets or letters: "1. We acknowledge …" after the "-" items
     * of "we agree to the following steps:" is the text's next paragraph, not one more step.
     */
    private static boolean leavesItems(String sentence, char itemKind) {
        return (itemKind == 'b' || itemKind == 'd') && markerKind(sentence) == 'n';
    }

    /**
     * Whether the text at {@code to} opens a line indented under the bulleted item that runs up to {@code from}: a Markdown
     * item wrapped onto indented lines ("-   **Open a Consulate:** Ties matter.\n    The Department will …") goes on
     * there, as on its own line.
     */
    private static boolean onIndentedLineOfItem(String text, int from, int to) {
        Matcher gap = WRAPPED_LINE_GAP.matcher(text.substring(from, to));
        if (!gap.matches() || to >= text.length() || BULLET_OPENS.matcher(text.substring(to, Math.min(text.length(), to + 3))).lookingAt()) {
            return false;
        }
        int indent = gap.group(1).length();
        int lineStart = text.lastIndexOf('\n', Math.max(0, from - 1)) + 1; // the line the item's sentence ends on
        for (int lines = 0; lines < 40; lines++) {
            int stop = text.indexOf('\n', lineStart);
            String line = text.substring(lineStart, stop < 0 ? text.length() : stop);
            if (line.isBlank()) {
                return false;
            }
            String stripped = line.stripLeading();
            if (BULLET_OPENS.matcher(stripped).lookingAt()) {
                // only an item that opens with its verb ("-   **Appoint an Envoy:** …"), as a pledge's steps do; a report's
                // headings ("**Providing Vaccines:** The Government has delivered …") say what was done
                String head = ITEM_HEAD_MARKUP.matcher(stripped.substring(1)).replaceFirst("");
                // a heading's capital ("Appoint the First-Ever Envoy") is no name's: the word is read in lower case
                head = head.isEmpty() ? head : head.substring(0, 1).toLowerCase(Locale.ROOT) + head.substring(1);
                // (or one of the verbs items open with, which the tagger may take for a noun or an adjective: "Triple …")
                return indent > line.length() - stripped.length()
                        && (ActionPhrase.opensWithVerb(head) || ITEM_VERB_HEAD.matcher(head).lookingAt());
            }
            if (lineStart == 0) {
                return false;
            }
            lineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
        }
        return false;
    }

    /** Between a sentence and the next: the end of a line and the next line's indentation. */
    private static final Pattern WRAPPED_LINE_GAP = Pattern.compile("[ \\t]*\\r?\\n([ \\t]+)");
    private static final Pattern ITEM_VERB_HEAD = ClauseWords.compile("(?:" + ClauseWords.alternation("item-verb") + ")\\b");
    /** The spaces and emphasis marks before an item's first word. */
    private static final Pattern ITEM_HEAD_MARKUP = Pattern.compile("^[\\s*_]+");
    /** A Markdown bullet at a line's start. */
    private static final Pattern BULLET_OPENS = Pattern.compile("[-*+•][ \\t]");

    /** A sentence that opens with bold type: "**Expand …", "** Expand …". */
    private static final Pattern BOLD_OPENS = Pattern.compile("^\\*\\*\\s*\\p{Lu}");

    /**
     * Whether the sentence opens a paragraph with a bold run-in phrase led by a verb and goes on after it in the same
     * paragraph: "**Expand testing in schools.** HHS will …". Fact sheets set a lead-in's items so, with no list
     * mark; a bold line alone ("**Strengthen Prevention Efforts**") is a heading, and an all-capital one a section title.
     */
    static boolean opensBoldRunIn(String text, Span span, String sentence) {
        return boldRunInEnd(text, span, sentence) >= 0;
    }

    /** Where the bold run-in phrase {@link #opensBoldRunIn} finds ends, from the sentence's start; -1 where it finds none. */
    private static int boldRunInEnd(String text, Span span, String sentence) {
        if (!BOLD_OPENS.matcher(sentence).lookingAt() || !opensParagraph(text, span.getStart())) {
            return -1;
        }
        Matcher blankLine = BLANK_LINE.matcher(text).region(span.getStart(), text.length());
        String paragraph = text.substring(span.getStart(), blankLine.find() ? blankLine.start() : text.length());
        Matcher bold = BOLD_RUN.matcher(paragraph);
        StringBuilder phrase = new StringBuilder();
        int end = 0;
        while (bold.find() && paragraph.substring(end, bold.start()).strip().replaceAll(LINK_OR_PUNCTUATION, "").isEmpty()) {
            phrase.append(' ').append(bold.group(1));
            end = bold.end();
        }
        String words = phrase.toString().strip();
        String rest = paragraph.substring(end);
        if (words.isEmpty() || words.equals(words.toUpperCase(java.util.Locale.ROOT)) || rest.chars().noneMatch(Character::isLetter)
                || VERB_AFTER_SUBJECT.matcher(rest).lookingAt()) {
            return -1;
        }
        // after a modal the tagger reads a title-case imperative ("Increase Domestic Manufacturing") as the verb it is
        TaggedWords t = TaggedWords.of("They will " + words.toLowerCase(java.util.Locale.ROOT));
        int i = t.size() > 3 && t.tag(2).equals("ADV") ? 3 : 2; // "Rapidly Increase Virus Genome Sequencing"
        return i < t.size() && t.isVerb(i) && !t.lower(i).endsWith("ing") && !t.lower(i).endsWith("ed") ? end : -1;
    }

    /** A verb after the bold phrase, which makes it the subject: "**Deputy Director Jane Roe** is an attorney …". */
    private static final Pattern VERB_AFTER_SUBJECT = Pattern.compile(
            "[\\s,]*(?:is|are|was|were|has|have|had|will|would|shall|can|could|may|must|should|serves|served|joins|joined)\\b");

    /** One bold run: "**Launch the**". */
    private static final Pattern BOLD_RUN = Pattern.compile("\\*\\*([^*]+)\\*\\*");
    /** What may stand between the bold runs of one phrase: blanks, a stop, the brackets of a link around a bold run. */
    private static final String LINK_OR_PUNCTUATION = "\\]\\([^)\\s]*\\)|[\\s\\[\\].,:]";
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\u00a0]*\\n");

    /** Whether only blanks and at least one blank line stand between the text's start or the last paragraph and the offset. */
    private static boolean opensParagraph(String text, int start) {
        int breaks = 0;
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                breaks++;
            } else if (!Character.isWhitespace(c) && c != '\u00a0') {
                return breaks >= 2;
            }
        }
        return true;
    }

    /** Whether only blanks, and no line break, stand between the two offsets. */
    private static boolean onSameLine(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    /** Words a heading between a list's items may have: "Economic or Other Possible Areas of Cooperation". */
    private static final int HEADING_WORDS = 12;
    /** A heading's text: capitalized or numbered words, no closing punctuation, no list mark, emphasis allowed. */
    private static final Pattern GROUP_HEADING = Pattern.compile(
            "[\\s*_#]*[\\p{Lu}\\p{N}][^.;:!?\\[\\]()]*?[\\p{L}\\p{N}][\\s*_]*");

    /**
     * Whether a sentence is a short heading standing alone as a paragraph ("Maritime Cooperation", "*Connectivity*"),
     * with a blank line before and after it, that groups the items of a list rather than ending it.
     */
    private static boolean isGroupHeading(String text, Span span) {
        String sentence = text.substring(span.getStart(), span.getEnd());
        if (!GROUP_HEADING.matcher(sentence).matches() || LIST_MARKER.matcher(sentence).find()
                || sentence.strip().split("\\s+").length > HEADING_WORDS) {
            return false;
        }
        return blankLineAt(text, span.getStart(), -1) && blankLineAt(text, span.getEnd(), 1);
    }

    /** Whether only blanks stand between {@code from} and a blank line (or the text's edge), going in {@code step}. */
    private static boolean blankLineAt(String text, int from, int step) {
        int breaks = 0;
        for (int i = step < 0 ? from - 1 : from; i >= 0 && i < text.length(); i += step) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (++breaks == 2) {
                    return true;
                }
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    /** A sentence of markup alone, with no letter or digit: "<!-- -->", "***". */
    private static final Pattern MARKUP_ONLY = Pattern.compile("[^\\p{L}\\p{N}]*");

    private static boolean isListItem(String sentence, Inherited leadIn) {
        return LIST_MARKER.matcher(sentence).find() || GLUED_DASH_ITEM.matcher(sentence).lookingAt()
                || Character.isLowerCase(sentence.charAt(0))
                || sentence.endsWith(";") || sentence.endsWith("; and") || sentence.endsWith(", and");
    }

    /**
     * A dash glued to the item's first word, as scanned texts lose the blank: "-apply rules to transit goods." is an item
     * of "Contracting Parties shall not:" even when it ends the list with a full stop.
     */
    private static final Pattern GLUED_DASH_ITEM = Pattern.compile("^[-–•]\\p{Ll}");

    /**
     * The sentence with a blank after each party name that bad extraction glued to the next word ("Vietnamshall" reads
     * "Vietnashall" → "Vietna shall"), so that the cue after it is found; same length, so offsets hold.
     */
    static String cueable(String sentence, int offset, List<Mention> inside) {
        char[] chars = null;
        Matcher glued = GLUED_GROUP.matcher(sentence);
        boolean mayBeGlued = hasGluedVerb(sentence);
        while (mayBeGlued && glued.find()) {
            chars = chars == null ? sentence.toCharArray() : chars;
            chars[glued.end(1) - 1] = ' '; // "Partiesshall" reads "Partie shall"; the subject is read from the sentence
        }
        for (Mention m : inside) {
            int end = m.end() - offset;
            if (m.type() == MentionType.PARTY && end > 0 && end < sentence.length()
                    && Character.isLetter(sentence.charAt(end)) && Character.isLetter(sentence.charAt(end - 1))) {
                chars = chars == null ? sentence.toCharArray() : chars;
                chars[end - 1] = ' ';
            }
        }
        return chars == null ? sentence : new String(chars);
    }

    /** The verbs a group word is found glued to, as regular expressions, and the letters each starts with. */
    private static final List<String> GLUED_VERBS = List.of("shall", "will", "must", "should", "intends?", "agrees?");
    private static final List<String> GLUED_VERB_STARTS = List.of("shall", "will", "must", "should", "intend", "agree");

    /** A group word glued to its modal verb by bad extraction: "The Contracting Partiesshall", "Participantswill". */
    private static final Pattern GLUED_GROUP = Pattern.compile(
            "(?i)\\b(parties|participants|sides|signatories|governments|countries|party|participant|side)"
                    + "(?=(?:" + String.join("|", GLUED_VERBS) + ")\\b)");

    /**
     * Whether one of {@link #GLUED_VERBS} follows a letter somewhere in the sentence, as it does in every match of
     * {@link #GLUED_GROUP}: most sentences have none, and skip the pattern.
     */
    private static boolean hasGluedVerb(String sentence) {
        String lowerCase = sentence.toLowerCase(Locale.ROOT);
        if (lowerCase.length() != sentence.length()) {
            return true; // offsets of the lower case differ: search the sentence itself
        }
        for (String verb : GLUED_VERB_STARTS) {
            for (int at = lowerCase.indexOf(verb, 1); at > 0; at = lowerCase.indexOf(verb, at + 1)) {
                if (Character.isLetter(lowerCase.charAt(at - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    static List<String> union(List<String> a, List<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /**
     * Whether a list item reports work under way or done by a subject that is none of its lead-in's parties ("- Canada
     * is developing a robotic arm" under "The Department will expand cooperation, including:"); an item of the lead-in's
     * own party ("- Ecuador is reforming its licensing" under "Ecuador has committed to:") continues its pledge.
     */
    private static boolean isOthersReport(String sentence, int offset, List<Mention> inside, List<String> leadInParties) {
        int[] subject = Clauses.reportItemSubject(sentence);
        if (subject == null) {
            return false;
        }
        return inside.stream().filter(m -> m.type() == MentionType.PARTY)
                .filter(m -> m.start() - offset >= subject[0] && m.end() - offset <= subject[1])
                .noneMatch(m -> leadInParties.contains(m.norm()));
    }

    /** The parties that open a sentence, its likely subject ("Canada and Chile met …"): what "it" or "they" may refer to. */
    static List<String> leadingParties(String sentence, int offset, List<Mention> inside) {
        Set<String> found = new LinkedHashSet<>();
        int previousEnd = -1;
        for (Mention m : inside) {
            if (m.type() != MentionType.PARTY) {
                continue;
            }
            int at = m.start() - offset;
            String before = sentence.substring(previousEnd < 0 ? 0 : previousEnd, at);
            if (previousEnd < 0 ? !LEADING.matcher(before).matches() : !COORDINATED.matcher(before).matches()) {
                break;
            }
            found.add(m.norm());
            previousEnd = m.end() - offset;
        }
        return List.copyOf(found);
    }

    /** A sentence that opens with the leaders the text is about: "The leaders discussed …", "Both leaders noted …". */
    private static final Pattern LEADERS_OPEN = Pattern.compile(
            "(?i)^[\\s\"“]*(?:the\\s+|both\\s+)(?:two\\s+|three\\s+)?(?:leaders|presidents|prime\\s+ministers)\\s+(?:also\\s+)?\\p{Ll}+ed\\b");

    /**
     * What may open a sentence before its subject: a list marker, an article, "Today,", "the Government of", the people a
     * state or group sent ("Representatives from", "Officials of"), who act for it.
     */
    private static final Pattern LEADING = Pattern.compile(
            "(?i)^[\\s\"“]*(?:[-•*–]\\s*|\\(?\\w{1,4}[.)]\\s*)?(?:(?:today|yesterday|meanwhile|however|also|in\\s+addition|separately),?\\s+)?"
                    + "(?:(?:the\\s+)?(?:representatives|delegates|delegations|officials|ministers)\\s+(?:from|of)\\s+)?"
                    + "(?:the\\s+)?(?:government\\s+of\\s+(?:the\\s+)?)?$");
    /** Between two names of one subject: "and", a comma, the group noun of the name before ("G7 countries, the …"). */
    static final Pattern COORDINATED = Pattern.compile(
            "(?i)^\\s*(?:\\([^)]{1,20}\\)\\s*)?(?:(?:countries|members|member\\s+states|partners)(?=\\s*,|\\s+and\\b)\\s*)?(?:,\\s*)?(?:and\\s+|&\\s+)?(?:the\\s+)?(?:government\\s+of\\s+(?:the\\s+)?)?$");

    /** The end of a list item before its last sibling: "…; and", "…, or". */
    private static final Pattern ITEM_END = Pattern.compile("[;,]\\s+(?:and|or)$");

    /**
     * An upper-case lead-in in the speakers' voice, as declarations set their operative part: "WE HEREBY DECLARE TO:",
     * "WE, THE LEADERS, COMMIT TO:" (bold marks aside). A heading with a colon ("KEY OUTCOMES:") names no speaker.
     */
    private static final Pattern UPPER_CASE_LEAD_IN = Pattern.compile("^(?:WE|THE\\s+(?:PARTIES|PARTICIPANTS|LEADERS|WhoCommits.SIDES))\\b[^:]*\\p{Lu}{4,}[^:]*:$");

    /** Whether {@code s} ends in a colon, blanks and emphasis marks after it aside: only such a line can be a lead-in. */
    private static boolean endsInColon(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '*' || s.charAt(end - 1) == '_' || Character.isWhitespace(s.charAt(end - 1)))) {
            end--;
        }
        return end > 0 && s.charAt(end - 1) == ':';
    }

    /** A title-case or upper-case line without final punctuation, such as "FACT SHEET: …" or "Areas of Cooperation". */
    static boolean isHeading(String sentence) {
        String s = sentence.strip();
        if (s.isEmpty()) {
            return true;
        }
        if (endsInColon(s) && UPPER_CASE_LEAD_IN.matcher(s.replaceAll("[*_]", "").replaceAll("\\s+", " ").strip()).matches()) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        if (".;:!\"”)".indexOf(last) >= 0 && !s.equals(s.toUpperCase(java.util.Locale.ROOT))) {
            return false;
        }
        if (ITEM_END.matcher(s).find()) {
            return false; // "1. Land Order No. 72, signed by the Secretary on January 16, 2021; and" ends an item
        }
        String[] words = s.split("\\s+");
        int considered = 0;
        int capitalized = 0;
        for (String w : words) {
            if (w.length() > 3 && Character.isLetter(w.charAt(0))) {
                considered++;
                if (Character.isUpperCase(w.charAt(0))) {
                    capitalized++;
                }
            }
        }
        return considered == 0 || capitalized >= 0.7 * considered;
    }

    /** The document's first line without a sentence's final mark is its headline ("Chile and Korea sign lithium pact as …"). */
    private static boolean isHeadline(String sentence) {
        String s = sentence.strip();
        return !s.isEmpty() && ".;:!\"”)".indexOf(s.charAt(s.length() - 1)) < 0;
    }

    /**
     * The sentence's deadline (ANNOTATION.md §2): its first; where the sentence opens with a condition that holds a time
     * limit and the main clause has its own ("If the committee has not met within 45 days, the chair shall convene it
     * within ten days"), the main clause's, which bounds the act.
     */
    private static Deadline deadline(List<Mention> inside, String sentence, int sentenceStart) {
        List<Mention> deadlines = inside.stream().filter(m -> m.type() == MentionType.DEADLINE).toList();
        return deadlines.stream().filter(m -> !Clauses.inOpeningCondition(sentence, m.start() - sentenceStart)).findFirst()
                .or(() -> deadlines.stream().findFirst()).map(Deadline::of).orElse(null);
    }

    private static List<String> norms(List<Mention> mentions, MentionType type) {
        return mentions.stream().filter(m -> m.type() == type).map(Mention::norm).distinct().sorted().toList();
    }

    /** A short title before a colon that opens an item: "Technology Sharing: exchange of …", "**Training:** programs …". */
    private static final Pattern LABEL = Pattern.compile(
            "^[\\s*_]*\\p{Lu}[\\p{L}’'-]*(?:\\s+(?:&|[\\p{L}’'-]+)){0,5}[\\s*_]*:[\\s*_]+(?=(?:\\S+\\s+){2}\\S)");

    /**
     * "- Encourage commercial partnerships …" under the parties' lead-in: the item's own verb, which the lead-in's
     * parties carry out with its modality, not an appeal to someone else. So for an aim that opens the item: "- Explore
     * ways to widen market access" or "- Seek to align standards" under "The two sides will work together to:" are
     * pledged as the lead-in pledges them; a fact sheet's "- Planning to host …" reports the party's own plan and keeps it.
     */
    private static boolean encouragesAsItem(String sentence, ModalityCues.Cue cue) {
        return (cue.modality() == Modality.RECOMMENDATION
                || cue.modality() == Modality.INTENT && !REPORTED_AIM.matcher(sentence).region(cue.start(), cue.end()).lookingAt())
                && opensWithCue(sentence, cue.start());
    }

    /** Whether an item opens with its cue, after its mark and any emphasis on the cue: "1. **SEEK** to engage …". */
    private static boolean opensWithCue(String sentence, int cueStart) {
        return EMPHASIS.matcher(stripMarker(sentence.substring(0, cueStart))).replaceAll("").isBlank();
    }

    /** An aim told as a participle, the party's own report of it: "Planning to", "Seeking to", "Aimed at". */
    private static final Pattern REPORTED_AIM = Pattern.compile("(?i)\\p{L}+(?:ing|ed)\\b");

    /**
     * An item that opens with its own verb and encourages further on: "- Identify projects, and encourage private
     * investment in them" or "- Bolstering governance to encourage investor confidence" under "The Parties intend to:"
     * carries out the lead-in's pledge; its "encourage" is one of its actions, not advice to someone else.
     */
    private static boolean encouragesAfterVerb(String sentence, ModalityCues.Cue cue) {
        String before = sentence.substring(0, cue.start());
        // "- Engage with local communities and seek their consent": a cue joined by "and" to the item's own verb is its
        // second action, whoever the item's lead-in names, not a subject-less sentence of its own
        if (cue.modality() == Modality.INTENT && AND_BEFORE_CUE.matcher(before).find()) {
            String item = stripLabel(stripMarker(sentence)).strip();
            return Clauses.opensWithItemVerb(item) || ActionPhrase.opensWithVerb(lowerFirst(item), true);
        }
        String item = stripLabel(stripMarker(before)).strip();
        return cue.modality() == Modality.RECOMMENDATION && ENCOURAGES.matcher(sentence.substring(cue.start())).lookingAt()
                && (ActionPhrase.opensWithVerb(lowerFirst(item), true)
                        // "- Expand the registry, and urge others to join it": the tagger may read
                        // the first word as a noun; the item verbs' vocabulary knows it
                        || AND_BEFORE_CUE.matcher(before).find() && Clauses.opensWithItemVerb(item));
    }

    /**
     * Whether a capitalized item opens with its own verb and its cue lies in a question clause on that verb's object:
     * "(b) Submit a budget to the Board showing how the operator will pay for the guards" under "the operator shall
     * meet these conditions:" is the lead-in's duty to submit; the "will" only says what the budget explains.
     */
    private static boolean cueInItemVerbsQuestion(String sentence, ModalityCues.Cue cue) {
        if (!LIST_MARKER.matcher(sentence).find() || opensWithCue(sentence, cue.start())) {
            return false;
        }
        String item = stripLabel(stripMarker(sentence)).strip();
        int itemStart = sentence.indexOf(item);
        if (item.isEmpty() || itemStart < 0 || itemStart >= cue.start() || !Character.isUpperCase(item.charAt(0))) {
            return false;
        }
        return QUESTION_WORD.matcher(sentence.substring(itemStart, cue.start())).find()
                && (ActionPhrase.opensWithVerb(lowerFirst(item)) || Clauses.opensWithItemVerb(item));
    }

    /** Words that open a question clause on an object: "detailing how", "showing whether", "explaining why". */
    private static final Pattern QUESTION_WORD = Pattern.compile("(?i)\\b(?:how|whether|why|what)\\b");

    /**
     * A "will" the aim's own subject takes up in a coordinated verb after the aim: "plans to launch a pilot by 2026, and
     * will speed up permits". Not one of a relative clause in between ("plans to build a plant that will produce … and
     * will employ …": the plant's), nor one of a new subject ("and it will", "and the plant will"), nor a forecast.
     */
    private static final Pattern AND_WILL_AFTER_AIM = Pattern.compile(
            "(?i)^[^.;:“”\"]*?\\s*,?\\s+and\\s+(?:also\\s+)?will\\s+(?!(?:be|have|likely|probably|not\\s+be)\\b)\\p{Ll}");
    /** Words that open a relative or reported clause, whose own "will" is not the aim's subject's. */
    private static final Pattern AIM_CLAUSE_OPENER = Pattern.compile("(?i)\\b(?:that|which|who|whose|where|when|while|whether|if|because|said|says)\\b");

    private static boolean pledgesToo(String sentence, ModalityCues.Cue cue) {
        Matcher m = AND_WILL_AFTER_AIM.matcher(sentence).region(cue.end(), sentence.length())
                .useTransparentBounds(true).useAnchoringBounds(true);
        return m.lookingAt() && !AIM_CLAUSE_OPENER.matcher(sentence.substring(cue.end(), m.end())).find();
    }

    private static final Pattern AND_BEFORE_CUE = Pattern.compile("(?i)\\S\\s*,?\\s+and\\s+$");

    /** A capitalized word right after a mention: "WE [Inspire]". */
    private static final Pattern CAPITALIZED_NEXT = Pattern.compile("^\\s+\\p{Lu}\\p{Ll}");

    /**
     * Whether a party mention is the capital "WE" that opens a programme's name ("WE Build will train …", an
     * abbreviation of the women or workers it serves): the programme is a thing, neither the speaker nor a party.
     */
    private static boolean isProgrammeWe(Mention m, String text) {
        return m.type() == MentionType.PARTY && "WE".equals(m.text())
                && CAPITALIZED_NEXT.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 4))).lookingAt();
    }

    /** A plan named by its noun or by a relative clause on the item's noun ("a plan to", "the efforts it plans to"). */
    private static final Pattern PLAN_CUE = Pattern.compile("(?i)\\bplan(?:s|ned)?\\b");

    /**
     * Whether an item is a noun phrase naming a plan among the contents a duty's lead-in lists ("- A plan to leverage
     * …" under "The report shall include:", or under an item's "including:" below it): what the duty produces, read as
     * the lead-in's other noun items are, not an intent of the document's parties.
     */
    private static boolean isContentsItemPlan(String sentence, String cueable, ModalityCues.Cue cue, Inherited leadIn) {
        return leadIn.modality() == Modality.OBLIGATION && cue.modality() == Modality.INTENT && LIST_MARKER.matcher(sentence).find()
                && PLAN_CUE.matcher(cueable.substring(cue.start(), cue.end())).find()
                && !ActionPhrase.opensWithVerb(stripLabel(stripMarker(sentence)))
                && !MODAL_BEFORE.matcher(cueable.substring(0, cue.start())).find();
    }

    /** A modal verb of an item's own clause before its plan ("- Each agency shall plan to …"). */
    private static final Pattern MODAL_BEFORE = Pattern.compile("(?i)\\b(?:will|shall|must|should|would)\\b");

    /** An item's first letter in lower case, so that the tagger reads "Identify" as the verb it opens with. */
    private static String lowerFirst(String item) {
        return item.isEmpty() ? item : Character.toLowerCase(item.charAt(0)) + item.substring(1);
    }

    /** The appeals an item may make as one of its own acts: "encourage …", "call on others to join", "urge firms to …". */
    private static final Pattern ENCOURAGES = Pattern.compile("(?i)(?:encourag|urg(?:e|es|ing)\\b|call(?:s|ing)?\\s+(?:on|upon)\\b|invit)");

    /**
     * Whether an item in lower case is a clause of its own, with a subject before its own "shall" or "must": "a) duties
     * on goods in category A shall be eliminated …", "(ii) for other products, the Community shall take …" under a
     * lead-in. Such an item does not go on the lead-in's verb; a verb that opens the item ("(iii) describe a plan that
     * firms must …") does, and so does a cue inside a relative clause.
     */
    private static boolean hasOwnObligingClause(String sentence, ModalityCues.Cue cue) {
        return OBLIGING_CUE.matcher(sentence.substring(cue.start(), cue.end())).lookingAt()
                && !ActionPhrase.opensWithVerb(stripLabel(stripMarker(sentence)))
                && !RELATIVE_WORD.matcher(sentence.substring(0, cue.start())).find();
    }

    private static final Pattern OBLIGING_CUE = Pattern.compile("(?i)(?:shall|must)\\b");
    private static final Pattern RELATIVE_WORD = Pattern.compile("(?i)\\b(?:that|which|who|whom|whose)\\b");

    /**
     * Whether an item opens without a subject of its own, so the lead-in's subject and modal govern it: with a verb
     * ("describe …", "immediately review …") or a leading qualifier ("in consultation with …, submit …"), not with a
     * noun phrase, a pronoun, a condition or a capitalized subject ("the Parties shall …", "where a Party …").
     */
    private static boolean continuesLeadIn(String item) {
        String s = item.strip();
        return !s.isEmpty() && Character.isLowerCase(s.charAt(0)) && !OWN_SUBJECT_OPENS.matcher(s).find();
    }

    /** The first words of an item that has, or may have, a subject or a condition of its own. */
    private static final Pattern OWN_SUBJECT_OPENS = Pattern.compile(
            "^(?:the|a|an|this|these|that|those|each|every|any|all|both|either|neither|such|no|nothing|none|it|they|we|he|she"
                    + "|its|their|our|his|her|there|where|if|when|whenever|unless|once|while|after|before|should|until|whether"
                    + "|in\\s+(?:case|the\\s+event)|provided)\\b");

    /** The item without its label, whose words name a topic, not the action. */
    private static String stripLabel(String item) {
        return LABEL.matcher(item).replaceFirst("");
    }

    private static String stripMarker(String sentence) {
        return LIST_MARKERS.matcher(sentence).replaceFirst("");
    }

    /** An item's marker, and a number in brackets after a bullet: "-   \\(2\\) Review …" (a nested list as Markdown writes it). */
    private static final Pattern LIST_MARKERS = Pattern.compile("^(?:" + ListMarkers.MARKER + ")[\\s\u00a0]"
            + "(?:[\\s\u00a0]*\\\\?\\((?:\\d{1,2}|[a-zA-Z]|[ivx]{1,5}|[IVX]{1,5})\\\\?\\)[\\s\u00a0])?");

    private static String id(String documentId, Span span) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (documentId + ":" + span.getStart() + ":" + span.getEnd()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The last word of a cue in the present progressive ("are intensifying …", "is exploring …"). */
    private static final Pattern PROGRESSIVE_LAST = Pattern.compile("(?<![\\p{L}])\\p{L}+ing$");

    /**
     * Where a cue's action starts: after the cue, or at its last word where that word is the act itself, in the
     * present progressive of an operative item ("The Participants are enhancing their initiatives to secure …" acts
     * as "will enhance …" does).
     */
    private static int actionStart(String sentence, ModalityCues.Cue cue) {
        if (cue.ongoing()) {
            Matcher last = PROGRESSIVE_LAST.matcher(sentence).region(cue.start(), cue.end());
            if (last.find()) {
                return last.start();
            }
        }
        Matcher when = WHEN_BEFORE_VERB.matcher(sentence).region(Math.min(cue.end(), sentence.length()), sentence.length());
        if (when.lookingAt()) {
            return when.end();
        }
        Matcher partners = PARTNERS_BEFORE_VERB.matcher(sentence).region(Math.min(cue.end(), sentence.length()), sentence.length());
        return PLEDGE_NOUN_LAST.matcher(sentence).region(cue.start(), cue.end()).find() && partners.lookingAt()
                ? partners.end() : cue.end();
    }

    /** A cue that ends on the noun of a pledge: "affirmed commitments", "renewed its pledge". */
    private static final Pattern PLEDGE_NOUN_LAST = Pattern.compile("(?i)\\b(?:commitments?|pledges?|promises?)$");
    /**
     * The partners a pledge is made with, between its noun and its verb: "affirmed commitments with Korea to deepen …".
     * They say with whom, not what: the action starts at the verb after them.
     */
    private static final Pattern PARTNERS_BEFORE_VERB = Pattern.compile(
            "\\s+(?:made\\s+)?(?:(?:together\\s+)?with|alongside)\\s+[^,;:.()]{1,60}?\\s+to\\s+(?=\\p{Ll})");

    /**
     * The day a news report gives between the cue and the verb: "The Commission will on Wednesday announce …",
     * "will later this month sign …". The day says when, not what: the action starts at the verb after it.
     */
    private static final Pattern WHEN_BEFORE_VERB = Pattern.compile("\\s+(?:on\\s+(?:Monday|Tuesday|Wednesday|Thursday"
            + "|Friday|Saturday|Sunday)|today|tomorrow|(?:later|early|earlier)\\s+this\\s+(?:week|month|year)|next\\s+(?:week|month))"
            + "(?=\\s+\\p{Ll})");
}
