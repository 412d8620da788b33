package org.accordex.commitments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.nlp.LeadWordSearch;

/**
 * Cues that report activity rather than commit to it (ANNOTATION.md §2: "a fact sheet's report of ongoing or past
 * activity does not"). Three readings, each from the words around the cue, kept as data in
 * {@code activity-reports.txt}:
 * <ul>
 * <li>a cue verb inside an infinitive that another verb governs: "launched a program to encourage hiring", "is
 * working to improve wages and encourage training". Under a past-tense report verb it is a report; otherwise it is
 * ongoing activity, which commits only where ongoing cues do (operative items, the parties' own "we").</li>
 * <li>a promise being kept: "is delivering on his promise to …".</li>
 * <li>a noun-form cue before a noun phrase: "our commitment to global health" names a cause, not an action.</li>
 * </ul>
 */
final class ActivityReports {
    /** How a cue reads in its sentence. */
    enum Reading {
        COMMITS, ONGOING, REPORT
    }

    private static final Map<String, List<String>> WORDS = load();
    private static final Set<String> OPENERS = Set.copyOf(WORDS.getOrDefault("opener", List.of()));
    private static final List<String> NOUN_ENDINGS = WORDS.getOrDefault("noun-ending", List.of());
    private static final Set<String> VERBS = Set.copyOf(WORDS.getOrDefault("verb", List.of()));
    private static final Set<String> AGENTS = Set.copyOf(WORDS.getOrDefault("agent", List.of()));
    private static final Pattern REPORT_VERB = Pattern.compile("(?i)\\b(?:" + alternatives("report") + ")\\b");
    /** "delivering on his promise to", "keeps the President's commitment to": the cue is the promise kept. */
    private static final Pattern FULFILS = Pattern.compile("(?i)\\b(?:" + alternatives("fulfil")
            + ")\\s+(?:on\\s+)?(?:[\\p{L}.’'-]+\\s+){0,3}(?:[’']s\\s+(?:\\w+\\s+)?)?$");
    private static final Pattern PROMISE_WORD = Pattern.compile("(?i)\\b(?:promises?|pledges?|commitments?|vows?)\\b");
    /**
     * An infinitive that the cue continues: the cue right after its "to" ("to encourage"), or coordinated with its
     * verb ("to improve working conditions and encourage"), within a clause.
     */
    private static final Pattern INFINITIVE_BEFORE = Pattern.compile(
            "(?i)\\bto\\s+(?:(?:\\p{Ll}[\\p{L}-]*)\\s+(?:[^;:.]{0,100}?\\s)?(?:and|or)\\s+(?:also\\s+)?)?$");

    /** Two adjectives joined after a cue's "to": "to secure and resilient supply chains", "to open, transparent …". */
    private static final Pattern ADJECTIVE_PAIR = Pattern.compile("(?i)^\\s+(to\\s+)?(?:" + alternatives("adjective")
            + ")(?:\\s*,\\s*|\\s+(?:and|or)\\s+)(?:" + alternatives("adjective") + ")\\b");

    /** The word after a cue, after its "to" when the cue does not end in one (group 1). */
    private static final Pattern WORD_AFTER = Pattern.compile("(?i)^\\s*(to\\s+)?[*_\"“‘']*([\\p{L}\\d][\\p{L}\\d’'-]*)");
    /**
     * A goal that names an act, after the cue's "to": "recommit to the goal of ending …" pledges the act as "recommit to
     * ending …" would; "recommit to the truth that …" does not.
     */
    private static final Pattern GOAL_OF_ACT = Pattern.compile(
            "^\\s*(?:to\\s+)?the\\s+(?:(?:shared|common|collective|joint|agreed)\\s+)?(?:goal|objective|target|aim)\\s+of\\s+\\p{Ll}{3,}ing\\b");

    /** Noun-form cues that name a made thing: "a plan to", "plans to". */
    private static final Set<String> NOUN_CUES = Set.of("plan", "plans");
    /** Participles that describe a thing's purpose ("a program intended to", "projects aimed at"). */
    private static final Set<String> DESCRIBING = Set.of("aimed", "intended", "designed", "planned");
    /**
     * A named thing's aim in a relative clause: "the Concierge Service, which aims to support firms …", "the Strategy
     * (NQS), which aims to …" describes what an existing program is for, no party's aim ("Chile backs a new program,
     * which aims to train …" is still the backer's); so does "a grouping that seeks to …".
     */
    private static final Set<String> DESCRIBING_NOW = Set.of("aims", "aim", "seeks", "seek");
    /** A thing launched now ("is announcing the launch of the X Initiative, which aims to …"): its aim is the launcher's. */
    private static final Pattern LAUNCHED_NOW = Pattern.compile(
            "(?i)\\b(?:(?:is|are)\\s+(?:\\p{L}+\\s+)?(?:launching|announcing|unveiling)|launch(?:es)?|announces|unveils)\\b");
    private static final Pattern NAMED_RELATIVE_BEFORE = Pattern.compile(
            "(?:(?-i:\\p{Lu})[\\p{L}\\d.’'&-]*|\\)"
                    // a name with the program's kind after it: "its Vision 2030 economic diversification program, which aims to …"
                    // (a party's own standing program, after "its", "their" or a possessive; "the X dialogue initiative"
                    // may be one launched now)
                    + "|(?:\\b(?:its|their|his|her)|[’']s)\\s+(?:(?-i:\\p{Lu})[\\p{L}.’'&-]*\\s+){0,3}(?:(?-i:\\p{Lu})[\\p{L}.’'&-]*|(?:19|20)\\d\\d)(?:\\s+(?-i:\\p{Ll})[\\p{L}-]*){0,3}\\s+(?i:"
                    + alternatives("program-noun") + "))\\s*,?\\s+(?:which|that)\\s+$");
    /**
     * A program's kind, plural too, before "that" or "which", within a few words: "projects that", "a new nine-year program
     * that", "a $1.5 billion grant program funded by the Act that"; and a group joined ("has joined X, a grouping of 13
     * states that seeks to …").
     */
    private static final Pattern PROGRAM_RELATIVE_BEFORE = Pattern.compile("(?i)\\b(?:" + alternatives("program-noun")
            + "|projects?|programs|programmes|initiatives|plans|strategies|schemes|policies|tools|facilit(?:y|ies)|funds?"
            + "|groupings?|coalitions?|alliances?)\\b"
            + "(?:\\s+[^\\s,;:]+){0,8}?\\s*,?\\s+(?:that|which)\\s+$");
    /** A report verb as the verb, not a participle before its noun ("the newly launched program", "a funded plan"). */
    private static final Pattern REPORTED_BEFORE = Pattern.compile("(?i)(?<!\\b(?:newly|recently|just|jointly|the|a|an|our|its|their"
            + "|his|her|this|that|these|those)\\s{1,3})\\b(?:" + alternatives("report") + ")\\b(?!\\s+(?:program|programme|initiative"
            + "|project|plan|strategy|scheme|policy|agenda)s?\\b)");
    /** A report verb with the article or words of its object, right before a noun-form cue. */
    private static final Pattern MADE_BEFORE = Pattern.compile("(?i)\\b(" + alternatives("report")
            + ")\\s+(?:(?:a|an|the|its|their|his|her|our|new|\\p{Ll}+al|first)\\s+){0,3}$");
    /** A participle right after a noun, without an auxiliary or a comma: a description, not a predicate. */
    private static final Pattern LAST_WORD = Pattern.compile("(?:^|\\s)(\\p{Ll}[\\p{L}-]*)\\s+$");
    private static final Set<String> NOT_A_NOUN = Set.of("is", "are", "was", "were", "be", "been", "am", "being", "and", "or",
            "not", "also", "still", "now", "continue", "continues", "continued", "keep", "keeps", "by", "in", "of", "for", "to");
    private static final Pattern RELATIVE_BEFORE = Pattern.compile("(?i)\\b(?:that|which|who)\\s+$");
    /** "The Department estimates that borrowers will qualify": a forecast, not a pledge. */
    private static final Pattern FORECAST_BEFORE = Pattern.compile("(?i)\\b(?:" + alternatives("forecast") + ")\\s+that\\b");
    private static final LeadWordSearch FORECAST_SEARCH = new LeadWordSearch(FORECAST_BEFORE);
    /** "The Secretary found that demand will grow": a finding recited, what it foresees is no pledge. */
    private static final Pattern FINDING_BEFORE = Pattern.compile("(?i)\\b(?:" + alternatives("finding") + ")\\s+that\\b");
    private static final LeadWordSearch FINDING_SEARCH = new LeadWordSearch(FINDING_BEFORE);
    /**
     * "The company estimated the project will require $290m": an estimating verb whose clause drops its "that"; the
     * clause's subject runs from a determiner to the modal, with no "and" that would open a verb phrase of the
     * estimator's own ("expects the talks to end and will sign").
     */
    private static final Pattern ESTIMATE_BEFORE = Pattern.compile("(?i)\\b(?:" + alternatives("estimate")
            + ")\\s+(?:the|its|their|this|these)\\s+(?:(?!\\band\\b)[^,;\"“”])*$");

    /** A pledge of a sum in the past tense: "committed [$2 billion]", "pledged [€40 million]". */
    private static final Pattern PAST_SUM_CUE = Pattern.compile("(?i)(?:committed|pledged|promised)");
    private static final Pattern SUM_AHEAD = Pattern.compile("\\s*" + ModalityCues.namedWords("@sum"));
    private static final Pattern SUM_PAST = Pattern.compile("(?i)\\b(?:" + alternatives("sum-past") + ")\\b");
    private static final Pattern SUM_NOW = Pattern.compile("(?i)\\b(?:" + alternatives("sum-now") + ")\\b");
    /** A year set before the cue: "In 2019,", "in June 2023", "In fiscal year 2023,", "at the conference in 2019". */
    private static final Pattern YEAR_BEFORE = Pattern.compile(
            "(?i)\\bin\\s+(?:(?:fiscal\\s+year|FY)\\s*|(?:early|late|mid)[\\s-]+)?(?:(?:january|february|march|april|may|june|july"
                    + "|august|september|october|november|december)\\s+(?:\\d{1,2},?\\s+)?)?(?:19|20)\\d\\d\\b");

    /**
     * Where the sum's clause gives way to another: a relative clause, an example, or a verb phrase of its own joined by
     * "and" ("have committed $9 trillion to … and have already provided $2 trillion since …" times the second sum).
     */
    private static final Pattern OTHER_CLAUSE = Pattern.compile("(?i)\\b(?:that|which|who|including|and\\s+(?:has|have|had)\\b)");

    private static Map<String, List<String>> load() {
        Map<String, List<String>> words = new TreeMap<>();
        for (String line : DataLines.of(ActivityReports.class, "activity-reports.txt")) {
            String[] fields = line.split("\t");
            words.computeIfAbsent(fields[0].strip(), k -> new ArrayList<>()).add(fields[1].strip().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static String alternatives(String kind) {
        return String.join("|", WORDS.getOrDefault(kind, List.of()).stream().map(w -> w.replace(" ", "\\s+")).toList());
    }

    private ActivityReports() {
    }

    /**
     * How the cue at [start, end) of {@code sentence} reads. {@code modal} says whether it is a modal verb ("will",
     * "shall"), which brings its own subject and is never inside an infinitive.
     */
    static Reading of(String sentence, int start, int end, boolean modal) {
        String before = sentence.substring(clauseStart(sentence, start), start);
        String cue = sentence.substring(start, end);
        if (PROMISE_WORD.matcher(cue).find() && FULFILS.matcher(before).find()) {
            return Reading.REPORT;
        }
        if (modal) {
            return Reading.COMMITS;
        }
        if (isReportedSum(sentence, start, end)) {
            return Reading.REPORT;
        }
        String first = cue.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        Matcher made = MADE_BEFORE.matcher(before);
        if (NOUN_CUES.contains(first) && made.find()) {
            // "developed a plan to protect …" reports the plan; "is developing a plan to open …" reports ongoing work
            return made.group(1).toLowerCase(Locale.ROOT).endsWith("ing") ? Reading.ONGOING : Reading.REPORT;
        }
        Matcher last = LAST_WORD.matcher(before);
        if (first.endsWith("ing") && last.find() && !NOT_A_NOUN.contains(last.group(1)) && !last.group(1).endsWith("ly")) {
            return Reading.REPORT; // "foreign nationals seeking to study", "litigation seeking to eliminate"
        }
        if (DESCRIBING.contains(first) && (RELATIVE_BEFORE.matcher(before).find() || REPORT_VERB.matcher(before).find())) {
            return Reading.REPORT; // "institutions that aimed to …", "signed a program intended to advance …"
        }
        if (DESCRIBING_NOW.contains(first) && NAMED_RELATIVE_BEFORE.matcher(before).find()
                && !LAUNCHED_NOW.matcher(sentence.substring(0, start)).find()) {
            return Reading.REPORT; // "the Concierge Service, which aims to support firms …"
        }
        if (DESCRIBING_NOW.contains(first) && RELATIVE_BEFORE.matcher(before).find() && PROGRAM_RELATIVE_BEFORE.matcher(before).find()
                && REPORTED_BEFORE.matcher(sentence.substring(0, start)).find() && !LAUNCHED_NOW.matcher(sentence.substring(0, start)).find()) {
            // "USDA has invested $2 billion in projects that aim to conserve water", "made an investment in a new program
            // that aims to train …": the aim of a program the sentence reports funding or running, a report
            return Reading.REPORT;
        }
        if (!isBaseForm(cue)) {
            return Reading.COMMITS;
        }
        Matcher infinitive = INFINITIVE_BEFORE.matcher(before);
        if (!infinitive.find()) {
            return Reading.COMMITS;
        }
        // the verb that governs the infinitive: a past-tense report verb makes it a report of done work
        return REPORT_VERB.matcher(before.substring(0, infinitive.start())).find() ? Reading.REPORT : Reading.ONGOING;
    }

    /**
     * Whether a sum committed or pledged in the past tense is set in the past by its clause ("Since 2021, the bank has
     * committed $2 billion", "has already pledged …", "committed $40 million in 2019 … to date"): funding reported, not
     * pledged in this text. A pledge announced now ("announced today that it has committed …") still commits.
     */
    private static boolean isReportedSum(String sentence, int start, int end) {
        if (!PAST_SUM_CUE.matcher(sentence.substring(start, end)).matches() || !SUM_AHEAD.matcher(sentence.substring(end)).lookingAt()) {
            return false;
        }
        int from = clauseStart(sentence, start);
        int semicolon = sentence.indexOf(';', end);
        String clause = sentence.substring(from, semicolon < 0 ? sentence.length() : semicolon);
        // a relative clause or an example after the sum tells of something else: "committed $25 billion, including a
        // fund that has already deployed $3 billion" is no sum reported
        Matcher other = OTHER_CLAUSE.matcher(clause);
        if (other.find(end - from)) {
            clause = clause.substring(0, other.start());
        }
        if (SUM_NOW.matcher(clause).find()) {
            return false;
        }
        return SUM_PAST.matcher(clause).find() || YEAR_BEFORE.matcher(sentence.substring(from, start)).find();
    }

    /** A possessor and what it has, right before the cue: "President Trump’s tariffs will", "allies’ spending will". */
    private static final Pattern POSSESSED = Pattern.compile("(?:\\p{L}[’']s|s[’'])\\s+((?:[\\p{L}\\p{N}$€£¥.,%-]+\\s+){1,6})$");
    /**
     * The speakers or a group they named, the subject itself after an opening phrase with a possessive: "With Japan’s help,
     * we will", "In Chile’s view they will" (a thing after it, "Thanks to the plan’s funds, families will", is the plan's effect).
     */
    private static final Set<String> GROUP_PRONOUNS = Set.of("we", "they");

    /**
     * Whether the subject before a modal cue is a thing a party has ("President Trump’s tariffs will protect …"): an
     * effect, not a pledge. A possessed body that acts ("Japan’s Ministry of Economy will") is an agent.
     */
    static boolean isPossessedThing(String subject) {
        Matcher m = POSSESSED.matcher(subject);
        if (!m.find()) {
            return false;
        }
        String[] words = m.group(1).toLowerCase(Locale.ROOT).split("\\s+");
        for (String word : words) {
            if (AGENTS.contains(word)) {
                return false;
            }
        }
        return !GROUP_PRONOUNS.contains(words[words.length - 1]);
    }

    /** Whether the modal cue at {@code start} is in a forecast ("estimates that … will"). */
    static boolean isForecast(String sentence, int start) {
        String clause = sentence.substring(clauseStart(sentence, start), start);
        // "We recognize that our future will be written here, and we will redouble our efforts": the second modal has
        // a subject of its own after the join, and the forecast before it is not its
        Matcher ownSubject = OWN_SUBJECT_CLAUSE.matcher(clause);
        String own = ownSubject.find() ? clause.substring(ownSubject.start(1)) : clause;
        return FORECAST_SEARCH.in(own).find() || ESTIMATE_BEFORE.matcher(own).find()
                || FINDING_SEARCH.in(own).find() && Clauses.afterCondition(own, 0) == 0;
    }

    /** A coordinated clause's short subject right before the modal: ", and we ", "; but the Parties ". */
    private static final Pattern OWN_SUBJECT_CLAUSE = Pattern.compile(",\\s+(?:and|but)\\s+((?:[\\p{L}’'.-]+\\s+){1,4})$");

    /** Whether the word after the cue's final "to" opens a noun phrase ("to the region", "to global health"). */
    static boolean nounPhraseAfter(String sentence, int cueEnd) {
        Matcher to = WORD_AFTER.matcher(sentence.substring(cueEnd));
        if (!to.find()) {
            return false;
        }
        if (to.group(1) == null && !sentence.substring(Math.max(0, cueEnd - 3), cueEnd).toLowerCase(Locale.ROOT).endsWith("to")) {
            return false; // no "to" at all: "committed, with partners, to …" is read elsewhere
        }
        if (GOAL_OF_ACT.matcher(sentence.substring(cueEnd)).find()) {
            return false;
        }
        String word = to.group(2);
        String lower = word.toLowerCase(Locale.ROOT);
        if (!Character.isLowerCase(word.charAt(0))) {
            return true; // a name or a figure: "commitment to Ukraine", "commitment to 2030"
        }
        if (OPENERS.contains(lower)) {
            return true;
        }
        return !VERBS.contains(lower) && NOUN_ENDINGS.stream().anyMatch(e -> lower.endsWith(e) && lower.length() > e.length() + 2);
    }

    /**
     * Whether the "to" that ends a cue, or follows a noun-form cue ({@code toMayFollow}: "a commitment [to]"), opens two
     * joined adjectives, a noun phrase even when the first is also a verb: "committed to secure and resilient supply
     * chains" names a cause, as "a commitment to open, transparent markets" does.
     */
    static boolean adjectivesAfter(String sentence, int cueEnd, boolean toMayFollow) {
        Matcher m = ADJECTIVE_PAIR.matcher(sentence.substring(cueEnd));
        if (!m.lookingAt()) {
            return false;
        }
        return m.group(1) != null ? toMayFollow : sentence.regionMatches(true, Math.max(0, cueEnd - 2), "to", 0, 2);
    }

    /** Verb cues that are also nouns: "the total pledge to this fund", "its promise to the region". */
    private static final Set<String> NOUN_OR_VERB = Set.of("pledge", "pledges", "promise", "promises", "vow", "vows");
    /** What comes before a noun rather than a verb: a determiner, a possessive, a quantity word. */
    private static final Set<String> BEFORE_NOUN = Set.of("total", "overall", "new", "initial", "additional", "latest", "first", "combined");
    private static final Pattern LAST_BEFORE = Pattern.compile("([\\p{L}’'.]+)\\s+$");

    /**
     * Whether a verb cue that is also a noun is the noun before a noun phrase: "bringing the U.S. total pledge to this fund
     * to $450 million" names a sum pledged, it is no pledge made ("we pledge to this fund" has no determiner).
     */
    static boolean isNounBeforeNounPhrase(String sentence, int start, int end) {
        String first = sentence.substring(start, end).split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        if (!NOUN_OR_VERB.contains(first)) {
            return false;
        }
        Matcher last = LAST_BEFORE.matcher(sentence.substring(Math.max(0, start - 40), start));
        if (!last.find()) {
            return false;
        }
        String word = last.group(1).toLowerCase(Locale.ROOT);
        boolean noun = OPENERS.contains(word) || BEFORE_NOUN.contains(word) || word.endsWith("’s") || word.endsWith("'s")
                || word.endsWith("s’") || word.endsWith("s'");
        if (noun && MADE_BY_WHOM.matcher(sentence.substring(start)).find()) {
            return true; // "repeating a promise he made to US farmers": the noun with a relative clause, no pledge
        }
        Matcher to = Pattern.compile("(?i)^\\S+\\s+to\\b").matcher(sentence.substring(start));
        return noun && to.find() && nounPhraseAfter(sentence, start + to.end());
    }

    /**
     * A relative clause of who made the promise, right after the noun: "a promise he made to …" ("a promise that they
     * would …" says what was promised).
     */
    private static final Pattern MADE_BY_WHOM = Pattern.compile(
            "(?i)^\\S+\\s+(?:which\\s+)?(?:he|she|it|they|we|I|you)\\s+(?:had\\s+|has\\s+|have\\s+)?\\p{Ll}+\\b");

    /** A cue in the base form of a verb ("encourage", "seek"), not "encouraged", "seeks", "aiming", "is …". */
    private static boolean isBaseForm(String cue) {
        String first = cue.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        if (first.equals("is") || first.equals("are") || first.equals("be") || first.equals("has") || first.equals("have")) {
            return false;
        }
        return !(first.endsWith("ed") || first.endsWith("ing") || first.endsWith("s") && !first.endsWith("ss"));
    }

    /** Where the clause holding {@code at} begins: after the last semicolon, or colon before it. */
    private static int clauseStart(String sentence, int at) {
        int from = 0;
        for (int i = at - 1; i >= 0; i--) {
            char c = sentence.charAt(i);
            if (c == ';' || c == ':') {
                from = i + 1;
                break;
            }
        }
        return from;
    }
}
