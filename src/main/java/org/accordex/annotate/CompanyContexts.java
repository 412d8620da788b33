package org.accordex.annotate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.accordex.commitments.ActionPhrase;
import org.accordex.commitments.DataLines;
import org.accordex.model.MentionType;

/**
 * Companies no dictionary knows, named where only a company can stand: before its stock ticker ("Tarrant Minerals
 * (TRM.AX)", "Orlin Metals (NYSE: ORM)"), as the other side of a deal or a holding ("signed a deal with
 * Brightwater", "buy magnets from Kestrel Alloys", "a stake in Calder"), and after or before a noun that says what
 * kind of firm it is ("investment firm Harlow Capital", "Brannock Elements, a Durham-based start-up"; the nouns are
 * {@code company-nouns.txt}). News reports name the firms of a deal this way.
 *
 * <p>A name is one to four capitalized words that no other finder explains and, without a ticker, the tagger reads as
 * proper nouns. A
 * person is left out (a word the text also writes after a first name or a title: "a deal with Trump" beside "Donald
 * Trump"), and so are places and words of prose.
 */
final class CompanyContexts {
    private static final String WORD = "\\p{Lu}[\\p{L}\\d&.’'-]*(?<![.’'])";
    /** A name's first word may open with a number: "5N Plus", "3M". */
    private static final String FIRST_WORD = "(?:\\p{Lu}|\\d{1,3}\\p{Lu})[\\p{L}\\d&.’'-]*(?<![.’'])";
    private static final String NAME = "(" + FIRST_WORD + "(?:[ \\t]+(?:&[ \\t]+)?" + WORD + "){0,3})";
    /** An exchange and symbol ("NYSE: MP", "ASX:LYC"). */
    private static final String LISTING = Tickers.EXCHANGE + "\\s*:\\s*[A-Z\\d.]{1,8}";
    /**
     * A Reuters code ("LYC.AX", "6501.T") or exchanges and symbols; a firm listed on several writes them one after another:
     * "(TSXV: CNC; US-OTC: CNIKF)".
     */
    static final String TICKER = "\\((?:[A-Z\\d]{1,6}\\.[A-Z]{1,2}|" + LISTING + "(?:\\s*[,;|]\\s*" + LISTING + ")*)\\)";
    /** A legal form written with a full stop, which a name's last word cannot end in: "Critical Metals Corp." */
    private static final String DOTTED_FORM = "(?:,?[ \\t]+(?:Corp|Inc|Ltd|Co|Pty[ \\t]+Ltd|S\\.A|N\\.V)\\.)?";
    private static final Pattern TICKED = Pattern.compile("(" + WORD + "(?:[ \\t]+(?:&[ \\t]+)?" + WORD + "){0,3}" + DOTTED_FORM + ")"
            + "[ \\t]+" + TICKER);
    /** The nouns of {@code company-nouns.txt}, matched as written (lower case). */
    private static final List<String> COMPANY_NOUNS = DataLines.of(CompanyContexts.class, "company-nouns.txt");
    /** The last words of the company nouns, which the sentence of each must hold. */
    private static final List<String> COMPANY_NOUN_ENDS = COMPANY_NOUNS.stream().map(n -> n.substring(n.lastIndexOf(' ') + 1))
            .distinct().toList();
    private static final String COMPANY_NOUN = COMPANY_NOUNS.stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(n -> Pattern.quote(n).replace(" ", "\\E[ \\t]+\\Q")).collect(Collectors.joining("|", "(?:", ")"));
    /** "investment firm Harlow Capital": a company noun right before the name. */
    private static final Pattern NOUN_BEFORE = Pattern.compile("(?<![\\p{L}-])" + COMPANY_NOUN + "[ \\t]+" + NAME + "(?![\\p{L}\\d])");
    /**
     * "Steelmaker CAP said …", "SANTIAGO - Miner Tessel will …": a company noun that opens the sentence (after a dateline),
     * capitalized, then the name. Only there: elsewhere a capitalized noun is a heading's or a name's own word.
     */
    private static final Pattern OPENING_NOUN_BEFORE = Pattern.compile("^[\\s*_\"“]*(?:\\p{Lu}{2,}[\\p{L}\\d., ]{0,40}?"
            + "(?:\\([^)\\n]{1,30}\\))?[ \\t]+[-–—]+[ \\t]+)?"
            + COMPANY_NOUNS.stream().sorted(Comparator.comparingInt(String::length).reversed())
                    .map(n -> Pattern.quote(n.substring(0, 1).toUpperCase(Locale.ROOT) + n.substring(1)).replace(" ", "\\E[ \\t]+\\Q"))
                    .collect(Collectors.joining("|", "(?:", ")"))
            + "[ \\t]+" + NAME + "(?![\\p{L}\\d])");
    /**
     * "Brannock Elements, a Durham-based start-up", "**Brannock**, a U.S. company": the name (in bold in a fact sheet's
     * item), then an apposition of a few words that ends in a company noun; not a person's ("Jane Doe, a company director").
     */
    private static final Pattern NOUN_AFTER = Pattern.compile(NAME + "(?:\\*\\*|__)?,[ \\t]+(?:a|an)[ \\t]+(?:[\\p{L}\\d’'.-]+[ \\t]+){0,4}?"
            + COMPANY_NOUN + "(?![\\p{L}\\d’'-])(?![ \\t]+(?:director|executive|official|officer|founder|chief|board|employee"
            + "|analyst|spokes\\w*|veteran|lawyer|engineer|worker)\\b)");
    /**
     * "Brannock, the Swiss trader, will …", "Brannock, France's state-owned utility, plans …": an apposition opened by
     * "the" or a state's possessive that closes on a company noun and a comma or a stop. Only a closed apposition: "On
     * Friday, the company said" is a clause, not an apposition.
     */
    private static final Pattern NOUN_AFTER_DEFINITE = Pattern.compile(NAME + ",[ \\t]+(?:the|\\p{Lu}[\\p{L}.-]*[’']s)[ \\t]+"
            + "(?:[\\p{L}\\d’'.-]+[ \\t]+){0,4}?" + COMPANY_NOUN + "(?=[ \\t]*[,;.)])");
    /**
     * "The combined company, Brannock Orvik, will …": a merger's new name, which may hold the name of a firm it merges
     * ("Orvik"); the cue says the whole is one company's name.
     */
    private static final Pattern MERGED_NAME = Pattern.compile("(?<![\\p{L}-])(?i:combined|merged|enlarged)[ \\t]+"
            + "(?:company|group|firm|miner|entity),[ \\t]+" + NAME + "(?=,)");
    /** An acronym that ends a firm's name after its parent's ("Orvik SMR", "Orvik USX"): a business unit's name. */
    private static final Pattern UNIT_ACRONYM = Pattern.compile("\\p{Lu}{2,5}");
    /** Words that may follow a name that ends its noun phrase: a conjunction, a preposition, a verb of a deal. */
    private static final List<String> CLAUSE_WORDS = List.of("and", "or", "said", "says", "will", "would", "has", "have",
            "had", "is", "was", "which", "who", "to", "in", "on", "for", "of", "with", "at", "from", "by", "announced",
            "signed", "agreed", "plans", "won", "received", "secured", "reported", "expects", "also", "as");
    /**
     * "UK-based Antofagasta", "Perth-listed Brannock": where a firm sits or trades, then its name. A body's name
     * (ministries, banks) the dictionaries or the agency rule find first.
     */
    private static final Pattern LOCATED = Pattern.compile("(?<![\\p{L}\\d.-])\\p{Lu}[\\p{L}.]*(?:[- ]\\p{Lu}[\\p{L}.]*)?"
            + "-(?:based|headquartered|listed|registered|domiciled)[ \\t]+(?>" + NAME + ")(?![\\p{L}\\d])"
            // the name ends a noun phrase: "Yemen-based Houthi militants", "US-based Black civil rights groups" name a group
            + "(?![ \\t]+(?!(?:" + String.join("|", CLAUSE_WORDS) + ")\\b)\\p{Ll})");
    private static final Pattern LOCATED_CUE = Pattern.compile("-(?:based|headquartered|listed|registered|domiciled)\\b");
    /**
     * "Norvale Ionic CEO Dana Whitfield said", "Brannock managing director Ed Lowe": a firm's name right before its
     * executive's title and the executive's name. (No "President" or "Chairman": states and committees have them too.)
     */
    private static final String EXECUTIVE = "[ \\t]+(?:CEO|CFO|COO|Chief[ \\t]+Executive(?:[ \\t]+Officer)?|chief[ \\t]+executive"
            + "|[Mm]anaging[ \\t]+[Dd]irector|MD),?[ \\t]+\\p{Lu}\\p{Ll}+(?:[ \\t]+\\p{Lu}\\.)?[ \\t]+\\p{Lu}\\p{Ll}+";
    private static final Pattern EXECUTIVE_AFTER = Pattern.compile("(?<![\\p{L}\\d&’'-])" + NAME + EXECUTIVE);
    private static final Pattern EXECUTIVE_TITLE_AFTER = Pattern.compile(EXECUTIVE);
    /** An executive's title written in lower case, as prose writes it and a heading does not. */
    private static final Pattern LOWER_TITLE = Pattern.compile("^[ \\t]+(?:chief[ \\t]+executive|managing[ \\t]+director)\\b");
    /** A word each {@link #EXECUTIVE_CUE} holds: the pattern runs only where one is written. */
    private static final List<String> EXECUTIVE_WORDS = List.of("CEO", "CFO", "COO", "xecutive", "irector", "MD");
    private static final Pattern EXECUTIVE_CUE = Pattern.compile("\\b(?:CEO|CFO|COO|[Cc]hief[ \\t]+[Ee]xecutive|[Mm]anaging[ \\t]+[Dd]irector|MD)\\b");
    /** Words before an executive's title that say which post, not whose: "Group CEO", "Former CEO", "Interim CEO". */
    private static final Set<String> POST_WORDS = Set.of("Group", "Former", "Interim", "Acting", "Deputy", "Joint", "Company",
            "Global", "Regional", "Country", "Founder", "Founding", "New", "Outgoing", "Incoming");
    /** A plural acronym of a product or a class ends no name: "a supply deal with Lucid EVs" names Lucid. */
    private static final Pattern PLURAL_ACRONYM_END = Pattern.compile("[ \\t]+\\p{Lu}{2,}s$");
    /** The nouns in the plural: "trading firms", "commodity suppliers". */
    private static final String COMPANY_NOUNS_PLURAL = COMPANY_NOUNS.stream()
            .map(n -> n.endsWith("y") ? n.substring(0, n.length() - 1) + "ies" : n + "s")
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(n -> Pattern.quote(n).replace(" ", "\\E[ \\t]+\\Q")).collect(Collectors.joining("|", "(?:", ")"));
    /** The plural nouns also capitalized, as they open a sentence: "Companies that stand to gain include …". */
    private static final String COMPANY_NOUNS_PLURAL_OPENING = COMPANY_NOUNS.stream()
            .map(n -> n.endsWith("y") ? n.substring(0, n.length() - 1) + "ies" : n + "s")
            .flatMap(n -> Stream.of(n, Character.toUpperCase(n.charAt(0)) + n.substring(1)))
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(n -> Pattern.quote(n).replace(" ", "\\E[ \\t]+\\Q")).collect(Collectors.joining("|", "(?:", ")"));
    /**
     * "trading firms Hartree Partners, Traxys North America and Mercuria", "suppliers include A, B and C", "Companies
     * that stand to gain include A, B and C": the nouns in the plural before a list of names say that each is a
     * company's, also across a clause of a few words that says which companies before "include".
     */
    private static final Pattern NOUN_BEFORE_LIST = Pattern.compile("(?<![\\p{L}-])" + COMPANY_NOUNS_PLURAL_OPENING
            + "(?:[ \\t]+(?:such[ \\t]+as|including|like)|(?:[ \\t]+(?:that|which)(?:[ \\t]+[\\p{Ll}-]+){1,6}?)?"
            + "[ \\t]+(?:include|includes))?[ \\t]+(" + NAME + "(?:,[ \\t]+" + NAME + ")*"
            + ",?[ \\t]+(?:and|&)[ \\t]+" + NAME + ")(?![\\p{L}\\d])");
    private static final Pattern LIST_ITEM = Pattern.compile(NAME + "(?![\\p{L}\\d])");
    private static final Pattern LIST_JOIN = Pattern.compile(",?[ \\t]+(?:and|&)[ \\t]+|,[ \\t]+");
    /** A capitalized word right before, on the same line or the one above: the name goes on before. */
    private static final Pattern NAME_WORD_BEFORE = Pattern.compile("(?<![\\p{L}\\d])\\p{Lu}[\\p{L}&’'-]*\\s+$");
    /** Legal forms between a name and its short name, which has no letter for them: "Holdings RSC Ltd. (IRH)". */
    private static final String LEGAL_FORMS = "(?:,?[ \\t]+(?:" + ContextRules.LEGAL_SUFFIX.pattern() + ")){0,2}";
    /**
     * "U.S. Strategic Metals (USSM)": a name that ends in a trade's word, then a short name spelled by its words'
     * initials; the short name confirms words that prose also writes ("strategic metals") as a name, even one that
     * opens with its state.
     */
    private static final Pattern ACRONYMED = Pattern.compile("((?<words>(?:U\\.S\\.|U\\.K\\.|" + WORD + ")(?:[ \\t]+" + WORD + "){0,3}[ \\t]+"
            + "(?:Metals|Minerals|Materials|Resources|Mining|Technologies|Energy|Capital|Partners|Holdings|Industries|Magnetics"
            + "|Elements|Refining))" + LEGAL_FORMS + ")[ \\t]*\\((?<short>[A-Z]{3,6})\\)");
    /** A cheap sign of a short name in brackets, read before the costlier pattern. */
    private static final Pattern ACRONYM_CUE = Pattern.compile("\\([A-Z]{3,6}\\)");
    /** The words before the other side of a deal ("a deal with"), a holding ("a stake in") or a purchase ("buy … from"). */
    private static final List<String> DEAL_NOUNS = List.of("deal", "deals", "agreement", "agreements", "contract",
            "contracts", "pact", "partnership", "joint venture", "offtake", "MoU", "memorandum of understanding");
    private static final List<String> HOLDING_NOUNS = List.of("stake", "stakes", "shareholder", "shareholding", "holding");
    private static final List<String> BUYING_VERBS = List.of("buy", "buys", "bought", "buying", "purchase", "purchases",
            "purchased", "purchasing");
    private static final Pattern OBJECT = Pattern.compile("\\b(?:(?:" + words(DEAL_NOUNS) + ")\\s+with"
            + "|(?:" + words(HOLDING_NOUNS) + ")\\s+in"
            + "|(?:" + words(BUYING_VERBS) + ")(?:\\s+[\\p{L}\\d$.,%-]+){1,6}?\\s+from)"
            + "\\s+" + NAME + "(?![\\p{L}\\d])");
    /** A word every match of {@link #OBJECT} holds, looked up before the pattern runs, which costs more. */
    private static final List<String> OBJECT_WORDS = Stream.of(DEAL_NOUNS, HOLDING_NOUNS, BUYING_VERBS)
            .flatMap(List::stream).map(w -> w.substring(w.lastIndexOf(' ') + 1)).distinct().toList();
    /** A cheap sign that a sentence may hold a ticker, read before the costlier pattern. */
    private static final Pattern TICKER_CUE = Pattern.compile("\\((?:[A-Z\\d]{1,6}\\.[A-Z]|[A-Za-z]+\\s*:)");
    /** Words that open a phrase, a title, a place or a time rather than a company's name. */
    private static final Set<String> NOT_NAME_START = Set.of("The", "A", "An", "This", "That", "These", "Those", "Its",
            "Their", "Our", "His", "Her", "President", "Prime", "Minister", "Secretary", "Chancellor", "Premier", "King",
            "Queen", "Mr.", "Ms.", "Mrs.", "Dr.", "Mr", "Ms", "Mrs", "Dr", "CEO", "Chairman", "Governor", "Senator",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "Europe", "Africa", "Asia", "America", "Americas", "Oceania", "Latin", "North", "South", "East", "West",
            "Western", "Eastern", "Northern", "Southern", "Central", "Southeast", "Northeast", "Indo-Pacific", "Arctic",
            "Congress", "Parliament", "Senate", "Government", "State", "States", "Federal", "Phase", "Section");
    /** Adjectives that open phrases of prose but also firms' names, which a ticker confirms: "Critical Metals Corp. (NASDAQ: CRML)". */
    private static final Set<String> TICKED_FIRST_WORDS = Set.of("Critical", "Strategic", "Rare", "National");
    private static final Pattern POSSESSIVE = Pattern.compile(".*['’]s?$");
    /** Last words of the names of mines, projects and places: "a stake in Thacker Pass" holds a project, no company. */
    private static final Set<String> PLACE_WORDS = Set.of("Pass", "Mine", "Hill", "Hills", "Creek", "River", "Lake",
            "Valley", "Mountain", "Mountains", "Bay", "Basin", "Field", "Fields", "Project", "Deposit", "Point", "Springs",
            "Peak", "Ridge", "Island", "Islands", "Desert", "Flat", "Flats", "Gap", "Canyon", "Range", "Territory");
    /** The name is a mine's or a project's where the text says so: "Thacker Pass, a lithium project", "the Nolans mine". */
    private static final String PROJECT_AFTER = "(?:\\s+(?:project|projects|mine|mines|deposit|prospect|site|operation)"
            + "|,\\s+(?:a|an|the|its)\\s+(?:[\\p{L}\\d-]+\\s+){0,4}(?:project|mine|deposit|prospect|site|operation))\\b";
    /** The last words of firms' names, {@code firm-name-ends.txt}. */
    private static final List<String> FIRM_END_WORDS = DataLines.of(CompanyContexts.class, "firm-name-ends.txt");
    private static final String FIRM_END = FIRM_END_WORDS.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    /** Words that open prose's names of classes and offices, {@code firm-name-not-first.txt}. */
    private static final Set<String> FIRM_NOT_FIRST = Set.copyOf(DataLines.of(CompanyContexts.class, "firm-name-not-first.txt"));
    /**
     * "NioCorp Developments announced", "a loan to Harlan Potash for its project", "Corvel Exploration and Mining's
     * mine": one to three capitalized words and a firm's last word, where the name ends its phrase (a possessive, a
     * verb, a preposition, punctuation); "Critical Minerals supply" goes on as a modifier. A state's dotted short form may
     * open it, as its undotted one does ("U.S. Strategic Metals said"), whose word pattern ends on no full stop.
     */
    private static final Pattern FIRM_ENDED = Pattern.compile("(?<![\\p{L}\\d&.’'-])((?:U\\.S\\.[ \\t]+)?(?:" + WORD + "[ \\t]+){1,3}" + FIRM_END
            + "(?:[ \\t]+(?:and|&)[ \\t]+" + FIRM_END + ")?)(?![\\p{L}\\d-])"
            // a longer name goes on: "Tessel Exploration and Mining Limitada", "Brenwick Resources and Kestrel Metals"
            + "(?![ \\t]+(?:and|&)[ \\t]+\\p{Lu})(?!,?[ \\t]+(?:" + ContextRules.LEGAL_SUFFIX.pattern() + ")(?![\\p{L}\\d]))"
            + "(?=['’]s?(?!\\p{L})|[ \\t]*(?:[,.;:)]|$)|[ \\t]+(?:" + String.join("|", CLAUSE_WORDS)
            + "|says|signs|secures|receives|received|raised|raises|completed|entered|executed|acquired|intends|aims)\\b)");
    /** The word before such a run that makes it the tail of a longer name: "Department of Natural Resources". */
    private static final Pattern NAME_GOES_ON_BEFORE = Pattern.compile("(?:\\b(?:of|for|and|the|The|on)|&|\\p{Lu}[\\p{L}\\d.’'-]*|\\d)[ \\t]*$");
    /** A single word shorter than this is a leader's name or an initial ("a deal with Xi"), no company's. */
    private static final int MIN_ONE_WORD = 3;

    private CompanyContexts() {
    }

    /**
     * "A Harlow Capital executive said", "an Orlin Metals spokeswoman told": a firm's name between an article and the
     * lower-case noun of one of its people who speaks for it. (No "official": governments' bodies have them too.)
     */
    private static final Pattern SPEAKER_AFTER = Pattern.compile("(?<![\\p{L}\\d])(?:A|An|a|an)[ \\t]+(?:senior[ \\t]+|top[ \\t]+)?"
            + NAME + "[ \\t]+(?:executive|spokesperson|spokesman|spokeswoman)[ \\t]+(?:said|says|told|declined)\\b");
    /** A word each {@link #SPEAKER_AFTER} holds: the pattern runs only where one is written. */
    private static final List<String> SPEAKER_WORDS = List.of("executive", "spokes");

    /** The companies such contexts name in {@code text[from, to)}, leaving out what {@code known} already explains. */
    static List<Candidate> find(String text, int from, int to, List<Candidate> known) {
        List<Candidate> found = new ArrayList<>();
        Matcher acronymed = ACRONYMED.matcher(text).region(from, to);
        boolean hasAcronym = ACRONYM_CUE.matcher(text).region(from, to).find();
        while (hasAcronym && acronymed.find()) {
            int end = acronymed.end(1);
            // "Missouri-based US Strategic Metals (USSM)", "The US Strategic Metals (USSM)": the name is the words the
            // short name spells, after the words before them that it has no letter for
            int start = spelledFrom(acronymed.group("words"), acronymed.start("words"), acronymed.group("short"));
            if (start < 0) {
                continue;
            }
            String name = text.substring(start, end);
            if (known.stream().noneMatch(k -> k.start() < end && start < k.end()
                    && !isLeadingState(k, start) && !isWordInside(k, start, end))) {
                found.add(new Candidate(MentionType.PARTY, start, end, name, "company", Candidate.Source.RULE));
            }
        }
        boolean companyNoun = holdsCompanyNoun(text, from, to);
        if (companyNoun || holdsPluralCompanyNoun(text, from, to)) {
            found.addAll(listed(text, from, to, known));
        }
        found.addAll(firmEnded(text, from, to, known));
        if (holdsAny(text, from, to, EXECUTIVE_WORDS) && EXECUTIVE_CUE.matcher(text).region(from, to).find()) {
            found.addAll(withExecutive(text, from, to, known));
        }

        for (Pattern pattern : List.of(TICKED, OBJECT, NOUN_BEFORE, OPENING_NOUN_BEFORE, NOUN_AFTER, NOUN_AFTER_DEFINITE, LOCATED,
                SPEAKER_AFTER, MERGED_NAME)) {
            boolean cued = pattern == TICKED ? TICKER_CUE.matcher(text).region(from, to).find()
                    : pattern == OPENING_NOUN_BEFORE ? true
                    : pattern == SPEAKER_AFTER ? holdsAny(text, from, to, SPEAKER_WORDS)
                    : pattern == OBJECT ? holdsObjectWord(text, from, to)
                    : pattern == LOCATED ? LOCATED_CUE.matcher(text).region(from, to).find()
                    : pattern == NOUN_AFTER_DEFINITE ? companyNoun && text.substring(from, to).contains(", ")
                    : pattern == MERGED_NAME ? text.substring(from, to).contains(", ")
                    : companyNoun && (pattern == NOUN_BEFORE || text.substring(from, to).contains(", a"));
            if (!cued) {
                continue;
            }
            Matcher m = pattern.matcher(text).region(from, to);
            while (m.find()) {
                int start = m.start(1);
                int end = m.end(1);
                String name = m.group(1);
                if (pattern == TICKED || pattern == NOUN_AFTER || pattern == NOUN_AFTER_DEFINITE) {
                    // "Australia's Lynas (LYC.AX)": the name starts after a possessive, "Shares of X" after "of"
                    String[] words = name.split("[ \\t]+");
                    int skip = 0;
                    while (skip < words.length - 1 && (POSSESSIVE.matcher(words[skip]).matches()
                            || NOT_NAME_START.contains(words[skip]))) {
                        skip++;
                    }
                    for (int i = 0; i < skip; i++) {
                        start = text.indexOf(words[i + 1], start + words[i].length());
                    }
                    name = text.substring(start, end);
                }
                Matcher acronymEnd = PLURAL_ACRONYM_END.matcher(name);
                if (acronymEnd.find()) {
                    end -= name.length() - acronymEnd.start();
                    name = name.substring(0, acronymEnd.start());
                }
                if ((pattern == NOUN_AFTER || pattern == NOUN_AFTER_DEFINITE)
                        && NAME_WORD_BEFORE.matcher(text.substring(Math.max(from, start - 30), start)).find()) {
                    continue; // the apposition of a longer name's last words ("Al Rabban\n Capital, a … company")
                }
                if ((pattern == MERGED_NAME || pattern == NOUN_AFTER_DEFINITE) && name.contains(" ")
                        && isMergedOrUnitName(text, start, end, pattern == MERGED_NAME, known)) {
                    // the whole name wins over the firm's name inside it, the longer span
                    found.add(new Candidate(MentionType.PARTY, start, end, name, "company", Candidate.Source.RULE));
                    continue;
                }
                if (pattern == MERGED_NAME) {
                    if (isCompany(text, from, to, start, end, name, known, false, true)) {
                        found.add(new Candidate(MentionType.PARTY, start, end, name, "company", Candidate.Source.RULE));
                    }
                    continue;
                }
                if (isCompany(text, from, to, start, end, name, known, pattern == TICKED,
                        pattern == NOUN_BEFORE || pattern == OPENING_NOUN_BEFORE || pattern == NOUN_AFTER
                                || pattern == NOUN_AFTER_DEFINITE || pattern == LOCATED
                                || pattern == SPEAKER_AFTER)) {
                    found.add(new Candidate(MentionType.PARTY, start, end, name, "company", Candidate.Source.RULE));
                }
            }
        }
        return found;
    }

    /** The names that end in a firm's last word and then their phrase ({@link #FIRM_ENDED}). */
    private static List<Candidate> firmEnded(String text, int from, int to, List<Candidate> known) {
        List<Candidate> found = new ArrayList<>();
        String sentence = text.substring(from, to);
        if (FIRM_END_WORDS.stream().noneMatch(sentence::contains)) {
            return found; // the pattern is tried at every capital; most sentences hold none of its last words
        }
        Matcher m = FIRM_ENDED.matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
        while (m.find()) {
            int start = m.start(1);
            int end = m.end(1);
            String name = m.group(1);
            String[] words = name.split("[ \\t]+");
            String lineBefore = text.substring(Math.max(text.lastIndexOf('\n', start - 1) + 1, start - 40), start);
            if (FIRM_NOT_FIRST.contains(words[0]) || GERUND.matcher(words[0]).matches() || isTitleCaseLine(text, start)
                    || NAME_GOES_ON_BEFORE.matcher(lineBefore).find() && !isListedAfterFirm(text, start, known)
                    || known.stream().anyMatch(k -> k.start() < end && start < k.end() && !isWordInside(k, start, end)
                            // a state's name may open a firm's of two more words ("US Strategic Metals to …")
                            && !(words.length >= 3 && isLeadingState(k, start)))) {
                continue;
            }
            if (ACTIVITY_ENDS.contains(words[words.length - 1])
                    && !FIRM_VERB_AFTER.matcher(text.substring(end, Math.min(to, end + 40))).find()) {
                continue;
            }
            // the mineral or instrument words inside ("Harlan Potash") give way to the name
            List<Candidate> inside = known.stream().filter(k -> isWordInside(k, start, end)).toList();
            List<Candidate> others = new ArrayList<>(known);
            others.removeAll(inside);
            boolean stateLed = words.length >= 3 && others.stream().anyMatch(k -> isLeadingState(k, start));
            if (stateLed ? isStateLedFirm(text, start, end, name, others)
                    : isCompany(text, from, to, start, end, name, others, false, true)) {
                found.add(new Candidate(MentionType.PARTY, start, end, name.replaceAll("\\s+", " "), "company", Candidate.Source.RULE));
            }
        }
        return found;
    }

    /**
     * "a deal with US Strategic Metals to …": a state's name and two or more capitalized words ending in a firm's last
     * word, in a line of prose, name a firm where nothing else is found inside and prose never writes the words in lower
     * case ("US critical minerals").
     */
    private static boolean isStateLedFirm(String text, int start, int end, String name, List<Candidate> known) {
        String tail = name.substring(name.indexOf(' ') + 1).strip();
        return known.stream().noneMatch(k -> k.start() < end && start < k.end() && !isLeadingState(k, start))
                && !Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(tail.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}])")
                        .matcher(text).find();
    }

    /** Only "and" or a comma between a company already found and the next name: "stakes in Lithium Americas and …". */
    private static final Pattern LIST_JOINER = Pattern.compile(",?[ \\t]+(?:and|&)[ \\t]+|,[ \\t]+");

    /**
     * Whether the name at {@code start} follows a company already found, joined by "and" or a comma: "Lithium Americas
     * and Trilogy Metals" names two firms, where "Department of Natural Resources" goes on one name.
     */
    private static boolean isListedAfterFirm(String text, int start, List<Candidate> known) {
        return known.stream().anyMatch(k -> k.type() == MentionType.PARTY && "company".equals(k.kind()) && k.end() < start
                && start - k.end() <= 6 && LIST_JOINER.matcher(text.substring(k.end(), start)).matches());
    }

    /** Whether an executive's title and name follow {@code end}: "… CEO Dana Whitfield". */
    static boolean isExecutiveAfter(String text, int end) {
        return EXECUTIVE_TITLE_AFTER.matcher(text).region(end, Math.min(text.length(), end + 60)).lookingAt();
    }

    /** The names before an executive's title and name ({@link #EXECUTIVE_AFTER}). */
    private static List<Candidate> withExecutive(String text, int from, int to, List<Candidate> known) {
        List<Candidate> found = new ArrayList<>();
        Matcher m = EXECUTIVE_AFTER.matcher(text).region(from, to).useTransparentBounds(true);
        while (m.find()) {
            int start = m.start(1);
            int end = m.end(1);
            String name = m.group(1);
            String[] words = name.split("[ \\t]+");
            if (Stream.of(words).anyMatch(POST_WORDS::contains)
                    || known.stream().anyMatch(k -> k.start() < end && start < k.end() && !isWordInside(k, start, end))) {
                continue;
            }
            // the mineral words inside ("Lithium" of "Lithium Ionic CEO …") give way to the name; the tagger still
            // reads it as a proper noun, not a heading's word ("Former CEO …")
            List<Candidate> others = new ArrayList<>(known);
            others.removeIf(k -> isWordInside(k, start, end));
            // a title in lower case after it ("Brannock Elements chief executive Dana Roe said") is no heading's: a name the
            // tagger reads in part as common nouns ("Elements") is the firm when one of its words is a proper noun
            boolean lowerTitle = LOWER_TITLE.matcher(text.substring(end, m.end())).find();
            boolean described = lowerTitle && ActionPhrase.hasProperNoun(text.substring(from, to), start - from, end - from);
            if (isCompany(text, from, to, start, end, name, others, false, described)) {
                found.add(new Candidate(MentionType.PARTY, start, end, name, "company", Candidate.Source.RULE));
            }
        }
        return found;
    }

    /**
     * Last words that also name an activity or a topic ("Seabed Mining", "Space Exploration", "Recent Developments"):
     * such a name needs a firm's possessive or verb after it.
     */
    private static final Set<String> ACTIVITY_ENDS = Set.of("Exploration", "Explorations", "Mining", "Developments");
    private static final Pattern FIRM_VERB_AFTER = Pattern.compile("^(?:['’]s?(?!\\p{L})|[ \\t]+(?:said|says|will|would|has|have"
            + "|had|is|was|announced|signed|signs|agreed|plans|won|received|receives|secured|secures|reported|expects|raised"
            + "|raises|completed|entered|executed|acquired|intends|aims)\\b"
            // an apposition that says it is a firm: "Tessel Exploration and Mining, a subsidiary of …"
            + "|,[ \\t]+(?:a|an|the)[ \\t]+(?:[\\p{L}-]+[ \\t]+)?" + ContextRules.alternation(COMPANY_NOUNS) + "\\b)");
    /** A heading's verb: "Providing New Resources to …", "Monitoring Developments in …". */
    private static final Pattern GERUND = Pattern.compile("\\p{Lu}\\p{Ll}+ing");
    private static final Pattern LONG_WORD = Pattern.compile("[\\p{L}’'-]{4,}");

    /**
     * Whether the line is a heading in title case ("Bringing Federal Resources to Communities"): most of its longer words
     * capitalized, where a capital says nothing of a name.
     */
    private static boolean isTitleCaseLine(String text, int at) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        int lineEnd = text.indexOf('\n', at);
        Matcher word = LONG_WORD.matcher(text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd));
        int words = 0;
        int capitalized = 0;
        while (word.find()) {
            words++;
            capitalized += Character.isUpperCase(word.group().charAt(0)) ? 1 : 0;
        }
        return words >= 3 && capitalized * 4 >= words * 3;
    }

    /** The names of the lists after a company noun in the plural. */
    private static List<Candidate> listed(String text, int from, int to, List<Candidate> known) {
        List<Candidate> found = new ArrayList<>();
        Matcher list = NOUN_BEFORE_LIST.matcher(text).region(from, to);
        while (list.find()) {
            // the items, split at the commas and the last "and": "A, B and C"
            int at = list.start(1);
            for (String item : LIST_JOIN.split(list.group(1))) {
                int start = text.indexOf(item, at);
                int end = start + item.length();
                at = end;
                Matcher name = LIST_ITEM.matcher(item);
                if (name.matches() && isCompany(text, from, to, start, end, item, known, false, true)) {
                    found.add(new Candidate(MentionType.PARTY, start, end, item, "company", Candidate.Source.RULE));
                }
            }
        }
        return found;
    }

    /**
     * Whether the name at [start, end) holds a known firm's name and more: a merger's new name ("Brannock Orvik") where
     * {@code merged}, else a firm's name followed by a unit's acronym ("Orvik SMR"). No state or body may be inside it.
     */
    private static boolean isMergedOrUnitName(String text, int start, int end, boolean merged, List<Candidate> known) {
        List<Candidate> inside = known.stream().filter(k -> k.start() < end && start < k.end()).toList();
        if (inside.isEmpty() || inside.stream().anyMatch(k -> k.start() < start || k.end() > end || k.type() != MentionType.PARTY
                || !k.kind().equals("company") || k.length() == end - start)) {
            return false;
        }
        if (merged) {
            return true;
        }
        Candidate firm = inside.get(0);
        String rest = text.substring(firm.end(), end).strip();
        return inside.size() == 1 && firm.start() == start && !rest.isEmpty()
                && Arrays.stream(rest.split("[ \\t]+")).allMatch(w -> UNIT_ACRONYM.matcher(w).matches()
                        && !ContextRules.LEGAL_SUFFIX.matcher(w).matches());
    }

    private static boolean isCompany(String text, int from, int to, int start, int end, String name, List<Candidate> known,
            boolean ticked, boolean described) {
        String[] words = name.split("[ \\t]+");
        String first = words[0];
        if (NOT_NAME_START.contains(first) || CompanyLists.isPlaceOrTitleWord(first) && !(ticked && TICKED_FIRST_WORDS.contains(first))
                || POSSESSIVE.matcher(first).matches()
                || PLACE_WORDS.contains(words[words.length - 1]) || words.length == 1 && name.length() < MIN_ONE_WORD
                || known.stream().anyMatch(k -> k.start() < end && start < k.end() && !(ticked && isWordOfTickedName(k, start, end)))
                || Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(name) + PROJECT_AFTER).matcher(text).find()) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.equals(name) && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(lower) + "(?![\\p{L}\\p{N}])")
                .matcher(text).find()) {
            return false; // a word of prose
        }
        if (Pattern.compile("(?<![\\p{L}\\d])\\p{Lu}[\\p{L}.]*(?<!\\p{Ll}{2}\\.)[ \\t]+" + Pattern.quote(name) + "(?![\\p{L}\\d])").matcher(text)
                .results().anyMatch(r -> !r.group().startsWith(name) && !isObjectCue(text, r.start())
                        && !isOpeningWord(text, r.start()) && !isCompanyNounWord(r.group()))) {
            return false; // a surname: "Donald Trump", "President Trump"
        }
        // a ticker or a company noun beside it says enough (the tagger reads "Brannock Elements" at a sentence's start as
        // common nouns); elsewhere "a deal with Delivery" is no name
        return ticked || described || ActionPhrase.isProperNoun(text.substring(from, to), start - from, end - from);
    }

    /**
     * A state or a metal the dictionary finds inside a name before its ticker: "Lithium Australia (ASX:LIT)" is the firm,
     * and its words are no mentions of their own.
     */
    private static boolean isWordOfTickedName(Candidate known, int nameStart, int nameEnd) {
        return nameStart <= known.start() && known.end() <= nameEnd && known.length() < nameEnd - nameStart
                && (known.type() != MentionType.PARTY || known.kind().equals("state"));
    }

    /**
     * Where the words {@code words} (at {@code at} in the text) start to spell {@code short} by their initials, dropping
     * words before them ("The", "Missouri-based") but keeping at least two; -1 if no tail spells it.
     */
    private static int spelledFrom(String words, int at, String shortName) {
        Matcher word = Pattern.compile("\\S+").matcher(words);
        List<Integer> starts = new ArrayList<>();
        while (word.find()) {
            starts.add(word.start());
        }
        for (int i = 0; i + 1 < starts.size(); i++) {
            if (initials(words.substring(starts.get(i))).equals(shortName)) {
                return at + starts.get(i);
            }
        }
        return -1;
    }

    /** The initials of a name's words, an abbreviation by its letters: "U.S. Strategic Metals", "US Strategic Metals" → "USSM". */
    private static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split("[ \\t]+")) {
            out.append(word.matches("(?:\\p{Lu}\\.)+|\\p{Lu}{2,3}") ? word.replace(".", "") : word.substring(0, 1));
        }
        return out.toString();
    }

    /** A mineral or instrument word inside the name: "Critical Metals" of "U.S. Critical Metals" is no mention of its own. */
    private static boolean isWordInside(Candidate known, int nameStart, int nameEnd) {
        return known.type() != MentionType.PARTY && known.start() >= nameStart && known.end() <= nameEnd;
    }

    /** A state the dictionary finds as the first word of the name: "U.S." of "U.S. Strategic Metals". */
    private static boolean isLeadingState(Candidate known, int nameStart) {
        return known.start() == nameStart && known.type() == MentionType.PARTY && known.norm().length() == 2;
    }

    /** Whether the sentence holds a company noun's last word: the noun patterns, which cost more, run only then. */
    private static boolean holdsCompanyNoun(String text, int from, int to) {
        return holdsAny(text, from, to, COMPANY_NOUN_ENDS);
    }

    /** The stems of the nouns' last words, which their plurals hold in any case: "compan" of "Companies". */
    private static final List<String> COMPANY_NOUN_STEMS = COMPANY_NOUN_ENDS.stream()
            .map(n -> n.endsWith("y") ? n.substring(0, n.length() - 1) : n).distinct().toList();

    /** Whether the sentence holds a company noun in the plural, also capitalized: "Companies … include A, B and C". */
    private static boolean holdsPluralCompanyNoun(String text, int from, int to) {
        return holdsAny(text.substring(from, to).toLowerCase(Locale.ROOT), 0, to - from, COMPANY_NOUN_STEMS);
    }

    private static boolean holdsObjectWord(String text, int from, int to) {
        return holdsAny(text, from, to, OBJECT_WORDS);
    }

    /** Whether one of {@code words} is written between {@code from} and {@code to}. */
    private static boolean holdsAny(String text, int from, int to, List<String> words) {
        String sentence = text.substring(from, to);
        for (String w : words) {
            if (sentence.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The alternatives of a pattern for these words, spaces within them matching any white space. */
    private static String words(List<String> words) {
        return words.stream().map(w -> w.replace(" ", "\\s+")).collect(Collectors.joining("|"));
    }

    /** A sentence's start before a word: a line's start, or a full stop or quote and spaces. */
    private static final Pattern SENTENCE_START_BEFORE = Pattern.compile("(?:^|[.!?][\"”’]?[ \\t]+[\"“]?|\\n[ \\t]*[\"“]?)$");

    /**
     * Whether the capitalized word at {@code at} opens a sentence and is no name: "Throughout Serra Verde's journey"
     * does not make Serra Verde a surname, as "Donald Serra Verde" would.
     */
    private static boolean isOpeningWord(String text, int at) {
        if (!SENTENCE_START_BEFORE.matcher(text.substring(Math.max(0, at - 3), at)).find()) {
            return false;
        }
        int lineEnd = text.indexOf('\n', at);
        String line = text.substring(at, lineEnd < 0 ? Math.min(text.length(), at + 200) : Math.min(lineEnd, at + 200));
        int wordEnd = 0;
        while (wordEnd < line.length() && !Character.isWhitespace(line.charAt(wordEnd))) {
            wordEnd++;
        }
        return !ActionPhrase.isProperNoun(line, 0, wordEnd);
    }

    /** Whether the capitalized word before a name is a company noun ("Steelmaker CAP" at a sentence's start), no first name. */
    private static boolean isCompanyNounWord(String wordAndName) {
        return COMPANY_NOUNS.contains(wordAndName.split("[ \\t]+", 2)[0].toLowerCase(Locale.ROOT));
    }

    /** Whether the capitalized word at {@code at} is a word of the name's own context ("With Calder" in a heading). */
    private static boolean isObjectCue(String text, int at) {
        return text.startsWith("With", at) || text.startsWith("From", at) || text.startsWith("In ", at);
    }
}
