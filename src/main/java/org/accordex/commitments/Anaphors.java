package org.accordex.commitments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.model.Mention;
import org.accordex.model.MentionType;

/**
 * A body referred back to by its head word: "The Department will publish …" after "the U.S. Department of Energy",
 * "the bank said it would …" after "the Japan Bank for International Cooperation". The referent is the last party
 * before the clause whose name holds that word; the words are the {@code anaphor-head} list of
 * {@code clause-words.txt}.
 */
final class Anaphors {
    /** "the state-owned lender", "the Tokyo-based bank": who owns the body or where it sits, which names no other body. */
    private static final String OWNED_OR_BASED = "(?:(?:state|government)-(?:owned|run|backed)\\s+|\\p{Lu}[\\p{L}]+-based\\s+)?";
    /** "the lender" → "bank": a word news writes for a body of another head word ({@code anaphor-synonym}). */
    private static final Map<String, String> HEAD_FOR = ClauseWords.entries("anaphor-synonym").stream()
            .map(e -> e.split(" ")).collect(Collectors.toMap(e -> e[0], e -> e[1]));

    /** The head word of a plural ("agencies" → "agency"), as the bodies meant are named: "bank" for "the lenders". */
    private static String singular(String plural) {
        String word = plural.toLowerCase(Locale.ROOT);
        word = word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y"
                : word.matches(".*(?:ss|sh|ch|x)es") ? word.substring(0, word.length() - 2) : word.substring(0, word.length() - 1);
        return HEAD_FOR.getOrDefault(word, word);
    }

    /** The head word the bodies meant are named with: "bank" for "the lender". */
    private static String headWord(Matcher head) {
        String word = head.group(1).toLowerCase(Locale.ROOT);
        return HEAD_FOR.getOrDefault(word, word);
    }

    /**
     * The states each describing word of {@code state-descriptions.txt} fits: "Gulf" → SA, AE, QA, KW, BH, OM; "kingdom"
     * → the monarchies so called.
     */
    private static final Map<String, Set<String>> DESCRIBED_STATES = describedStates();
    /** The describing words, longest first, as an alternation: "Gulf Arab", "Southeast Asian", "island". */
    static final String DESCRIPTION = DESCRIBED_STATES.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
            .map(e -> Pattern.quote(e).replace(" ", "\\E\\s{1,3}\\Q")).collect(Collectors.joining("|", "(?i:", ")"));
    private static final Map<String, Pattern> DESCRIPTION_WORDS = DESCRIBED_STATES.keySet().stream()
            .collect(Collectors.toMap(d -> d, d -> ClauseWords.compile("\\b" + Pattern.quote(d).replace(" ", "\\E\\s+\\Q") + "\\b")));

    private static Map<String, Set<String>> describedStates() {
        Map<String, Set<String>> states = new LinkedHashMap<>();
        for (String line : DataLines.of(Anaphors.class, "state-descriptions.txt")) {
            String[] fields = line.split("\t");
            states.put(fields[0].strip().toLowerCase(Locale.ROOT), Set.of(fields[1].strip().split("\\s+")));
        }
        return states;
    }

    /**
     * A state described by what it is: "the country", "the island nation", "the kingdom", "the archipelago", "the Gulf
     * state" (a bare "the state" may be a federal state or a party of a treaty, so it takes a describing word).
     */
    private static final String STATE_NOUN = "(?:country|nation|kingdom|archipelago|sultanate|emirate|island|" + DESCRIPTION + "\\s+state)";
    /**
     * Who rules a described state, standing for its government: "the country's military regime", "the nation's junta"
     * ({@code state-rulers} of {@code clause-words.txt}).
     */
    private static final String OWN_RULERS = "(?:[’']s\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:" + ClauseWords.alternation("state-rulers") + ")\\b)";
    /** A state named with its rulers: "Myanmar's military", "Mali's ruling junta", the state "the country's regime" is. */
    private static final Pattern NAMED_WITH_RULERS = ClauseWords.compile("^[’']s\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:military|"
            + ClauseWords.alternation("state-rulers") + ")\\b");
    /**
     * "the world's top oil exporter", "the world's second-largest importer of coal": a state by its rank, or a
     * company where the report named one after the last state.
     */
    private static final String RANK = "[’']s\\s+(?:[\\p{L}\\d-]+\\s+){1,3}"
            + "(?:producer|exporter|importer|consumer|emitter|economy|supplier|miner|holder|buyer)"
            + "(?:\\s+of\\s+(?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+)?";
    private static final String WORLD_RANK = "world" + RANK;
    /**
     * "Southeast Asia's largest economy", "Africa's top copper producer": a state ranked in a region, which the region
     * narrows as its describing word does ({@code state-descriptions.txt}); never a state's own name ("Chile's top copper
     * producer" is a firm of Chile).
     */
    private static final String REGION_RANK = "(?:the\\s+)?(?-i:Southeast\\s+Asia|South\\s+Asia|East\\s+Asia|Central\\s+Asia|Asia|Africa"
            + "|Europe|Latin\\s+America|South\\s+America|Central\\s+America|Middle\\s+East|Gulf)" + RANK;
    private static final Pattern RANKED = ClauseWords.compile("\\b(?:" + WORLD_RANK + "|" + REGION_RANK + ")");
    /** "The group – which consists of Canada and Japan – also": an aside on the subject, closed before its verb. */
    private static final String RELATIVE_ASIDE = "(?:\\s*(?:,|\\s[–—])\\s*(?:which|who)\\s[^;–—]{1,200}?(?:\\s[–—]|,))?";
    /** "The Department ", "the department said", "the association's members": a definite article and a head word. */
    private static final Pattern HEAD_SUBJECT = ClauseWords.compile(
            "(?:^|[,;:]\\s)[\\s\"“]*(?:the|this|that)\\s+(?:same\\s+)?" + OWNED_OR_BASED
                    + "(" + ClauseWords.alternation("anaphor-head") + ")\\b"
                    + "(?:[’']s\\s+members)?" + RELATIVE_ASIDE + "(?:\\s+(?:also|further|now|then|itself|\\w+ly))*"
                    + "(?:\\s+(?:said|says|stated|added|announced|confirmed|noted|told\\s+\\w+)(?:\\s+that)?)?[\\s,]*$");
    /** "the two central banks", "both agencies": the last bodies named with that head word, as many as it says. */
    private static final Pattern PLURAL_SUBJECT = ClauseWords.compile(
            "(?:^|[,;:]\\s)[\\s\"“]*(?:(?:both|the\\s+two)|the\\s+three)\\s+(?:\\p{Ll}+\\s+)?(" + ClauseWords.pluralAlternation("anaphor-head")
                    + ")\\b(?:\\s+(?:also|further|now|then|\\w+ly))*[\\s,]*$");

    /**
     * "The banks will arrange …", "the lenders also": with no number, the banks of the list the last one was named in
     * ("JPMorgan Chase and Goldman Sachs have committed …").
     */
    private static final Pattern BANKS_SUBJECT = ClauseWords.compile(
            "(?:^|[,;:]\\s)[\\s\"“]*the\\s+(?:banks|lenders)\\b(?:\\s+(?:also|further|now|then|\\w+ly))*[\\s,]*$");

    /**
     * "The agencies will work together …", "Together, the agencies will …": with no number, the government bodies the
     * sentence before named ("The Departments of Defense (DOD) and Justice (DOJ) … will jointly create a plan."), or the
     * list the last one was named in.
     */
    private static final Pattern AGENCIES_SUBJECT = ClauseWords.compile(
            "(?:^|[,;:]\\s)[\\s\"“]*(?:the|these)\\s+agencies\\b(?:\\s+(?:also|further|now|then|\\w+ly))*[\\s,]*$");

    /** Whether the clause's subject is "the agencies" or "these agencies", with no number. */
    static boolean namesAgencies(String clause) {
        return AGENCIES_SUBJECT.matcher(clause).find();
    }

    /** "the two [Japanese] companies", "the [Korean] partners": a state's adjective that says whose firms they are. */
    private static final String DEMONYM = "(?:((?-i:\\p{Lu}[\\p{L}-]+))\\s+(?:(?-i:\\p{Ll}+)\\s+)?)?";
    /**
     * "the Korean partners", "the two trading houses": plural words for firms of a deal that name firms only where a
     * number or a state's adjective goes before them ({@code firm-group-head}); "the partners" alone are a text's parties.
     */
    private static final String FIRM_GROUP = "(?<=(?:both|two|three|(?-i:\\p{Lu}[\\p{L}-]{1,30}))\\s{1,3}(?:(?-i:\\p{Ll}{1,20})\\s{1,3})?)"
            + ClauseWords.alternation("firm-group-head");

    /**
     * "The two companies agreed to …", "Subject to approvals, both firms plan to …": the last companies named, as many
     * as it says.
     */
    private static final Pattern PLURAL_COMPANY_SUBJECT = ClauseWords.compile(
            "(?:^|[,;:]\\s|\\b(?:said|says|added|stated|announced)\\s+(?:that\\s+)?)[\\s\"“]*(?:both|the\\s+two|the\\s+three|the)\\s+"
                    + "(?:(?-i:\\p{Ll}+)\\s+)?" + DEMONYM
                    + "(?:" + ClauseWords.pluralAlternation("company-head") + "|" + FIRM_GROUP + ")\\b"
                    + "(?:\\s+(?:also|further|now|then|each|\\w+ly))*[\\s,]*$");
    /** How far back the companies may have been named for "the two companies" to be them: a paragraph or two. */
    static final int COMPANIES_WINDOW = 1000;

    /**
     * "The company plans to", "the miner said it would", "The company is aiming to", "The company had agreed to", "The
     * miner restated its plan to", "The Oslo-based firm, which was founded in 2021, plans to", "The company’s goal is
     * to", and an officer's report of it: "its chief executive told reporters that the company would …": a company
     * named earlier.
     */
    private static final Pattern COMPANY_SUBJECT = ClauseWords.compile(
            "(?:^|[,;:]\\s|\\b(?:said|says|told\\s+\\w+|added|stated|noted)\\s+(?:that\\s+)?)[\\s\"“]*(?:the|this|that)\\s+"
                    + "(?:same\\s+)?(?:[\\p{L}-]+\\s+|(?-i:U\\.S\\.|US|U\\.K\\.|UK)\\s+)?(?:" + ClauseWords.alternation("company-head") + ")\\b(?:[’']s\\s*$)?"
                    // "The firm, which was founded in 2021, plans to", "The firm, based in Missouri, plans to", and an
                    // apposition: "The firm, the largest buyer in Europe, plans to"
                    + "(?:\\s*,\\s*(?:(?:which|that|who|based|headquartered|founded|listed)\\b|(?:a|an|the)\\s)[^,;]{1,100},)?"
                    + "(?:\\s+(?:also|further|now|then|itself|is|are|has|have|had|been|\\w+ly))*"
                    + "(?:\\s+(?:said|says|stated|added|announced|confirmed|noted|told\\s+\\w+)(?:\\s+that)?)?"
                    // "The miner restated its plan to", "the company reaffirmed its intention to": its own pledge renewed
                    + "(?:\\s+\\p{Ll}+ed\\s+its)?[\\s,]*$");
    /** "said in a joint statement that", "said in their declaration": the text the people speak through. */
    private static final String IN_THEIR_TEXT = "(?:\\s+in\\s+(?:a|the|their)\\s+(?:\\p{Ll}+\\s+)?(?:statement|communiqu[eé]|declaration))?";
    /**
     * "The leaders said", "The leaders, gathered in Canada for their summit, said they …", "Roe told reporters the
     * ministers would …": a reported clause whose subject is the people of the group of states the text named last; "the
     * two leaders", "both leaders" are a pair.
     */
    private static final Pattern PEOPLE_SUBJECT = ClauseWords.compile(
            "(?:^|[,;:]\\s|\\b(?:said|says|told\\s+\\w+|added|stated|noted)\\s+(?:that\\s+)?)[\\s\"“]*(?:the(?!\\s+two\\b)|their|its|all)\\s+"
                    + "(?:\\p{Ll}+\\s+)?(?:" + ClauseWords.alternation("member-people") + ")\\b"
                    + "(?:,[^,;]{1,100},)?(?:\\s+(?:also|further|now|then|\\w+ly))*"
                    + "(?:\\s+(?:said|say|says|stated|added|announced|confirmed|noted|agreed|told\\s+\\w+)" + IN_THEIR_TEXT + "(?:\\s+that)?)?"
                    + "(?:\\s+(?:they|that\\s+they))?(?:\\s+(?:also|further|now|then|had|have|would|\\w+ly))*[\\s,]*$");
    /** How far back the group of states may have been named for "the leaders" to be its leaders. */
    static final int PEOPLE_WINDOW = 1200;
    /**
     * "the Southeast Asian country agreed to …", "With this initiative, the country will …": a state the text named
     * before, described rather than named; its describing words are no function words ("the capital of the country").
     */
    private static final Pattern STATE_SUBJECT = ClauseWords.compile(
            "(?:^|[,;:]\\s|\\b(?:said|says|told\\s+\\w+|added|stated|noted)\\s+(?:that\\s+)?)[\\s\"“]*(?:(?:the|this)\\s+"
                    + "(?:(?:(?!(?:of|the|and|or|in|for|with|a|an|to|other|same|host|partner|each|either)\\b)[\\p{L}-]+\\s+){0,3}"
                    + STATE_NOUN + "\\b" + OWN_RULERS + "?|" + WORLD_RANK + "\\b)|" + REGION_RANK + "\\b)"
                    // "The Andean nation, which holds a third of the world's lithium, plans to"
                    + "(?:\\s*,\\s*(?:which|that|who)\\b[^,;]{1,100},)?"
                    // "the kingdom is looking to", "the Gulf state has vowed to"
                    + "(?:\\s+(?:also|further|now|then|itself|is|has|had|have|\\w+ly))*"
                    + "(?:\\s+(?:said|says|stated|added|announced|confirmed|noted|told\\s+\\w+)(?:\\s+that)?)?[\\s,]*$");
    /**
     * "The military regime must …", "the country's junta should …": the rulers of a state named before, described by
     * what they are; a leading clause may come before it, and adjectives or the state's described name within it.
     */
    private static final Pattern REGIME_SUBJECT = ClauseWords.compile(
            "(?:^|[,;:]\\s|\\b(?:and|but|said|says)\\s+(?:that\\s+)?)[\\s\"“]*(?:the|this|that)\\s+"
                    + "(?:(?:country|nation)[’']s\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:" + ClauseWords.alternation("regime") + ")"
                    + "(?:\\s+(?:also|further|now|then|itself|\\w+ly))*[\\s,]*$");
    /**
     * Whether the clause's subject is a state described, not named: "the country", "the Andean nation", "the country's
     * military regime".
     */
    static boolean describesState(String clause) {
        return STATE_SUBJECT.matcher(clause).find();
    }

    /** How far back the state may have been named for "the country" to be it: a few paragraphs of one report. */
    static final int STATE_WINDOW = 1500;
    private static final Pattern NOT_A_COMPANY = ClauseWords.compile("\\b" + ClauseWords.alternation("not-a-company") + "\\b");
    /** How far back a company may have been named for "the company" to refer to it: a sentence or two. */
    static final int COMPANY_WINDOW = 400;

    private Anaphors() {
    }

    /**
     * The firms a definite group of firms refers back to ("The two Japanese companies", "both miners", "the Korean
     * partners"), or none where the subject is no such group or too few firms were named.
     */
    static List<String> firmsReferredTo(String clause, int offset, List<Mention> mentions, String text) {
        return PLURAL_COMPANY_SUBJECT.matcher(clause).find() ? resolve(clause, offset, mentions, text) : List.of();
    }

    /** "The venture will", "the joint venture plans to": a venture the report set up or named before. */
    private static final Pattern VENTURE_SUBJECT = Pattern.compile("(?i)(?:^|[,;:]\\s|\\b(?:said|says)\\s+(?:that\\s+)?)[\\s\"“]*"
            + "the\\s+(?:new\\s+|joint\\s+)*venture\\s+(?:(?:also|further|\\w+ly)\\s+)*$");
    /** The first modal or verb of a deal after a sentence's subject: "The two companies[ will] also form a venture". */
    private static final Pattern FIRST_MODAL = Pattern.compile("\\s+(?:will|would|plan|plans|agreed|signed|intend|intends|are|have)\\b");
    /** A name and its apposition up to the word "venture": ", a 50-50 joint " (the venture is named). */
    private static final Pattern VENTURE_APPOSITION = Pattern.compile("^,\\s+(?:a|an|the|their|its)\\s+[^,;.]{0,40}$");

    /**
     * Who "the venture" is: the name the sentence that last wrote "venture" gives it ("through Ambler Metals, a 50-50 joint
     * venture" → Ambler Metals, ANNOTATION.md §2: a named company acts under its own name), else the firms and bodies that
     * sentence names, which set it up or own it ("Sojitz will hold its stake through a joint venture with JOGMEC" → both).
     */
    private static List<String> ventureOwners(int offset, List<Mention> mentions, String text) {
        int at = text.toLowerCase(Locale.ROOT).lastIndexOf("venture", Math.max(0, offset - 1));
        if (at < 0 || offset - at > COMPANIES_WINDOW) {
            return List.of();
        }
        int opening = Math.max(text.lastIndexOf(". ", at), text.lastIndexOf('\n', at)) + 1;
        while (opening < at && Character.isWhitespace(text.charAt(opening))) {
            opening++;
        }
        int from = opening;
        int stop = text.indexOf(". ", at);
        int line = text.indexOf('\n', at);
        int to = Math.min(stop < 0 ? text.length() : stop, line < 0 ? text.length() : line);
        List<Mention> named = mentions.stream().filter(m -> m.type() == MentionType.PARTY && m.start() >= from && m.end() <= to)
                .toList();
        for (Mention m : named) {
            if (m.end() <= at && VENTURE_APPOSITION.matcher(text.substring(m.end(), at)).matches()) {
                return List.of(m.norm());
            }
        }
        // the owners are firms and bodies; a state named there says where, or whose stake it is
        List<String> owners = named.stream().map(Mention::norm).filter(n -> n.length() > 2).distinct().sorted().toList();
        // "The two companies will also form a venture": the firms that group refers back to
        if (!owners.isEmpty()) {
            return owners;
        }
        Matcher verb = FIRST_MODAL.matcher(text.substring(from, at));
        return verb.find() ? firmsReferredTo(text.substring(from, from + verb.start()), from, mentions, text) : List.of();
    }

    /** The party or parties the clause's subject refers back to, or none; {@code text} is the document's. */
    static List<String> resolve(String clause, int offset, List<Mention> mentions, String text) {
        if (VENTURE_SUBJECT.matcher(clause).find()) {
            return ventureOwners(offset, mentions, text);
        }
        Matcher plural = PLURAL_SUBJECT.matcher(clause);
        if (plural.find()) {
            int count = plural.group().toLowerCase(Locale.ROOT).contains("three") ? 3 : 2;
            String headWord = singular(plural.group(1));
            List<String> named = named(headWord, offset, mentions);
            if (named.size() < count) {
                // "Citibank, Rand Merchant Bank and Standard Bank … The three lenders": the list the last one named is in
                List<String> listed = listedWith(lastWithHead(headWord, offset, mentions), offset, mentions, text);
                if (listed.size() != count && headWord.equals("agency")) {
                    // "The FTC and the CFPB will … This is the FTC's first such request. The two agencies will …": the
                    // last bodies named (no state standing for its government), as many as it says, though one was
                    // named again alone since
                    listed = lastDistinctBodies(offset, mentions, count);
                }
                return listed.size() == count ? listed : List.of();
            }
            return List.copyOf(named.subList(named.size() - count, named.size()));
        }
        if (AGENCIES_SUBJECT.matcher(clause).find() && text != null) {
            List<String> before = bodiesOfSentenceBefore(offset, mentions, text);
            if (before.size() >= 2) {
                return before;
            }
            List<String> listed = listedWith(lastWithHead("agency", offset, mentions), offset, mentions, text).stream()
                    .filter(n -> n.length() > 2 && "body".equals(PartyKinds.of(n))).toList();
            return listed.size() >= 2 ? listed : List.of();
        }
        if (BANKS_SUBJECT.matcher(clause).find()) {
            List<String> listed = listedWith(lastWithHead("bank", offset, mentions), offset, mentions, text);
            return listed.size() >= 2 ? listed : List.of();
        }
        Matcher companies = PLURAL_COMPANY_SUBJECT.matcher(clause);
        if (companies.find()) {
            String said = companies.group().toLowerCase(Locale.ROOT);
            if (!said.matches("(?s).*\\b(?:both|two|three)\\s.*")) {
                // "MP said the companies would build …": the firms of the deal just told, two or three of them
                // "the Korean partners": the firms written as that state's where two are, not an affiliate named between
                List<String> own = lastCompanies(offset, mentions, 3, COMPANY_WINDOW, true, writtenAs(companies.group(1), mentions, text));
                List<String> firms = own.size() >= 2 ? own
                        : lastCompanies(offset, mentions, 3, COMPANY_WINDOW, true, ofState(companies.group(1), mentions, text));
                return firms.size() < 2 ? List.of() : firms;
            }
            int count = said.contains("three") ? 3 : 2;
            List<String> deal = firmsOfTheDealTheyReported(offset, mentions, text);
            if (companies.group(1) == null && deal.size() == count) {
                return deal;
            }
            List<String> firms = lastCompanies(offset, mentions, count, COMPANIES_WINDOW, false, ofState(companies.group(1), mentions, text));
            return firms.size() < count ? List.of() : firms;
        }
        Matcher head = HEAD_SUBJECT.matcher(clause);
        if (head.find()) {
            List<String> named = unionNotItsBody(headWord(head), mostNamed(headWord(head), offset, mentions, text));
            if (named.isEmpty() && headWord(head).equals("consortium")) {
                // "a consortium made up of A, B and C … The consortium will invest": its members, listed after the word
                return consortiumMembers(offset, mentions, text);
            }
            List<String> pair = named.isEmpty() && text != null ? pairNamedWith(headWord(head), offset, mentions, text) : List.of();
            if (!pair.isEmpty()) {
                // "the 70th anniversary of the U.S.-ROK Alliance … The Alliance will work to …": the two states whose
                // joined names head the word, no PARTY of its own
                return pair;
            }
            if (named.isEmpty() && BLOC_HEAD.matcher(head.group(1)).matches()) {
                // "The group will map …" after "ministers of the Association of Southeast Asian Nations": no party is
                // named a group, so the group of states named last, unless a firm was named since ("the group" of Tata)
                return lastBloc(offset, mentions, text, true);
            }
            if (named.isEmpty() && headWord(head).equals("agency")) {
                // "JOGMEC … the agency and Sojitz will": an agency whose name holds no such word, the body named last
                return lastBody(offset, mentions);
            }
            if (named.isEmpty() && headWord(head).equals("union") && namedBefore("EU", offset, mentions)) {
                return List.of("EU"); // "the EU's access … The Union will diversify": named only by its short name
            }
            return named.isEmpty() && isUnionsBody(head.group(1), offset, mentions) ? List.of(EUROPEAN_COMMISSION) : named;
        }
        if (PEOPLE_SUBJECT.matcher(clause).find()) {
            return lastStateGroup(offset, mentions, text);
        }
        Matcher regime = REGIME_SUBJECT.matcher(clause);
        if (regime.find()) {
            // a statement's own state is never "the regime": the last other state named
            int at = text == null ? -1 : text.indexOf(clause, offset);
            Mention ruled = lastState(at < 0 ? offset : at + regime.start(), mentions, text,
                    n -> !n.equals("US"));
            // "Myanmar's military … China has pressed … The country's military regime said": the state named with its
            // rulers, though another was named since
            Mention withRulers = text == null ? null : lastStateWithRulers(at < 0 ? offset : at + regime.start(), mentions, text);
            ruled = withRulers == null || withRulers.norm().equals("US") ? ruled : withRulers;
            return ruled == null ? List.of() : List.of(ruled.norm());
        }
        Matcher state = STATE_SUBJECT.matcher(clause);
        if (state.find()) {
            // the clause may follow earlier words of its own sentence ("According to a statement by A and B, the …")
            int at = text == null ? -1 : text.indexOf(clause, offset);
            int until = at < 0 ? offset : at + state.start();
            Mention described = lastState(until, mentions, text, fitting(state.group()));
            if (text != null && OWN_RULERS_FOUND.matcher(state.group()).find()) {
                // "Myanmar's military … China has pressed … The country's military regime said": the state named with its
                // rulers, though another was named since
                Mention ruled = lastStateWithRulers(until, mentions, text);
                described = ruled == null ? described : ruled;
            }
            if (RANKED.matcher(state.group()).find()) {
                // "BHP, the world's biggest miner, …. The world's top miner said it would …": a firm named since the state
                Mention firm = lastCompanyMention(offset, until, mentions);
                if (firm != null && (described == null || firm.start() > described.start())) {
                    return List.of(firm.norm());
                }
            }
            return described == null ? List.of() : List.of(described.norm());
        }
        // "Kenji Sato, CEO of Sojitz, told reporters that the company would …": the firm its officer speaks for,
        // named in the clause before "the company", is the last one named
        Matcher company = COMPANY_SUBJECT.matcher(clause);
        if (!company.find()) {
            return List.of();
        }
        // "Halden Metals said the company would …": the firm may be named earlier in the same sentence
        int at = text == null ? -1 : text.indexOf(clause, offset);
        int until = (at < 0 ? offset : at) + company.start();
        // "The Japanese company had agreed to pay …", "the U.S. company": the firm of that state named before, not the
        // last firm named, which may be the other side's
        String firmsState = companysState(company.group());
        if (firmsState != null && text != null) {
            Mention own = lastCompanyMentionOf(firmsState, offset, until, mentions, text);
            if (own != null) {
                return List.of(own.norm());
            }
        }
        return lastCompany(offset, until, mentions, text);
    }

    /** A state's abbreviation as the adjective of "the company": "the U.S. company", "the UK firm". */
    private static final Map<String, String> STATE_OF_ABBREVIATION = Map.of("U.S.", "US", "US", "US", "U.K.", "GB", "UK", "GB");

    /** The state the word after "the" in a company subject names ("the Japanese company" → JP); null if none. */
    private static String companysState(String subject) {
        Matcher word = THE_WORD.matcher(subject);
        if (!word.find()) {
            return null;
        }
        String w = word.group(1);
        return STATE_OF_ABBREVIATION.containsKey(w) ? STATE_OF_ABBREVIATION.get(w) : STATE_OF_DEMONYM.get(w);
    }

    /** The state a firm's own name places it in: "Korea Zinc" → KR, "U.S. Steel" → US; null if none. */
    private static String stateInName(Mention firm) {
        String first = firm.text().split("\\s+")[0];
        return STATE_OF_ABBREVIATION.getOrDefault(first, PartyKinds.stateOf(List.of(firm.norm())).orElse(null));
    }

    private static final Pattern THE_WORD = Pattern.compile("(?i)\\b(?:the|this|that)\\s+(?:same\\s+)?([\\p{L}.-]+)\\s");

    /**
     * The last company before {@code until}, shortly before {@code offset}, that the text writes as of {@code state}, or
     * else the last one it writes as of no other state; null where no company fits so.
     */
    private static Mention lastCompanyMentionOf(String state, int offset, int until, List<Mention> mentions, String text) {
        java.util.function.Predicate<Mention> own = m -> state.equals(writtenState(m, mentions, text))
                || state.equals(stateInName(m));
        java.util.function.Predicate<Mention> other = m -> {
            String written = writtenState(m, mentions, text);
            String inName = stateInName(m);
            return written != null && !written.equals(state) || inName != null && !inName.equals(state);
        };
        Mention ownLast = null;
        Mention fitLast = null;
        boolean anyOther = false;
        for (Mention m : mentions) {
            if (m.start() >= until) {
                break;
            }
            if (m.start() > offset - COMPANY_WINDOW && (isCompany(m) || isStateOwnedCompany(m))) {
                if (own.test(m)) {
                    ownLast = m;
                } else if (other.test(m)) {
                    anyOther = true;
                } else {
                    fitLast = m;
                }
            }
        }
        // with no firm written as another state, the adjective tells nothing the plain "the company" does not
        return ownLast != null ? ownLast : anyOther ? fitLast : null;
    }

    /** What joins the names of a list: "A, B and C", "A and the B", "A, B, and C". */
    private static final Pattern LIST_GAP = Pattern.compile("\\)?\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?");
    /** A name's short form in brackets right after it: "Contemporary Amperex Technology Co Ltd (CATL)". */
    private static final Pattern SHORT_FORM_GAP = Pattern.compile("\\s*\\(");

    /** Whether two parties named one after the other are in one list, or are one party and its short form. */
    private static boolean listed(Mention before, Mention after, String text) {
        return LIST_GAP.matcher(text).region(before.end(), after.start()).matches() || before.norm().equals(after.norm())
                && SHORT_FORM_GAP.matcher(text).region(before.end(), after.start()).matches();
    }

    /**
     * The last party named before {@code offset} with the head word ("Standard Bank" for "the lenders"), or for
     * "agency", whose bodies seldom hold the word, the last public body; null if none near.
     */
    private static Mention lastWithHead(String headWord, int offset, List<Mention> mentions) {
        Pattern word = headWordPattern(headWord);
        return lastPartyBefore(offset, mentions, m -> m.start() > offset - COMPANIES_WINDOW
                && (headWord.equals("agency") ? isBody(m) : writtenWith(headWord, word, m)));
    }

    /** The last party mention before {@code offset} that passes {@code test}; null if none. */
    private static Mention lastPartyBefore(int offset, List<Mention> mentions, Predicate<Mention> test) {
        Mention last = null;
        for (Mention m : mentions) {
            if (m.start() >= offset) {
                break;
            }
            if (m.type() == MentionType.PARTY && test.test(m)) {
                last = m;
            }
        }
        return last;
    }

    /** A government body: no firm, state or international body. */
    private static boolean isBody(Mention m) {
        return "body".equals(PartyKinds.of(m.norm()));
    }

    /** The last {@code count} distinct government bodies named before {@code offset}, if near; fewer where not so many. */
    private static List<String> lastDistinctBodies(int offset, List<Mention> mentions, int count) {
        List<String> bodies = new ArrayList<>();
        for (int i = mentions.size() - 1; i >= 0 && bodies.size() < count; i--) {
            Mention m = mentions.get(i);
            if (m.type() == MentionType.PARTY && m.end() <= offset && offset - m.end() <= COMPANIES_WINDOW && isBody(m)
                    && m.norm().length() > 2 && !bodies.contains(m.norm())) {
                bodies.add(m.norm());
            }
        }
        return bodies.stream().sorted().toList();
    }

    /**
     * The distinct government bodies the sentence ending before {@code offset} names, sorted; its start is the end of
     * the sentence before it ("." after a small letter, a digit or a bracket, then a space), or a blank line.
     */
    private static List<String> bodiesOfSentenceBefore(int offset, List<Mention> mentions, String text) {
        int end = Math.min(offset, text.length());
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int from = 0;
        for (int i = end - 2; i > 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' && text.charAt(i - 1) == '\n') {
                from = i + 1;
                break;
            }
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))) {
                char before = text.charAt(i - 1);
                if (Character.isLowerCase(before) || Character.isDigit(before) || before == ')') {
                    from = i + 1;
                    break;
                }
            }
        }
        final int start = from;
        final int stop = end;
        return mentions.stream().filter(m -> m.type() == MentionType.PARTY && m.start() >= start && m.end() <= stop && isBody(m)
                        && m.norm().length() > 2)
                .map(Mention::norm).distinct().sorted().toList();
    }

    /** The distinct parties of the list {@code anchor} is named in, itself included, in order; empty without it. */
    private static List<String> listedWith(Mention anchor, int offset, List<Mention> mentions, String text) {
        if (anchor == null || text == null) {
            return List.of();
        }
        List<Mention> parties = mentions.stream().filter(m -> m.type() == MentionType.PARTY && m.start() < offset).toList();
        int at = parties.indexOf(anchor);
        int first = at;
        while (first > 0 && listed(parties.get(first - 1), parties.get(first), text)) {
            first--;
        }
        int last = at;
        while (last + 1 < parties.size() && listed(parties.get(last), parties.get(last + 1), text)) {
            last++;
        }
        return parties.subList(first, last + 1).stream().map(Mention::norm).distinct().toList();
    }

    /** "a consortium made up of", "a consortium of", "a consortium led by": the words before its members' list. */
    private static final Pattern CONSORTIUM_OF = Pattern.compile(
            "(?i)\\bconsortium\\s+(?:(?:made\\s+up|comprised|composed|formed)\\s+(?:of|by)|of|comprising|including|led\\s+by)\\s+(?:the\\s+)?");

    /** The members of the consortium the text listed last before {@code offset}, if near; empty otherwise. */
    private static List<String> consortiumMembers(int offset, List<Mention> mentions, String text) {
        if (text == null) {
            return List.of();
        }
        Matcher of = CONSORTIUM_OF.matcher(text).region(Math.max(0, offset - COMPANIES_WINDOW), offset);
        int listFrom = -1;
        while (of.find()) {
            listFrom = of.end();
        }
        if (listFrom < 0) {
            return List.of();
        }
        // the first name after the words, though a state's possessive may go before it ("China's CATL")
        for (Mention m : mentions) {
            if (m.start() >= listFrom && m.start() < offset && m.start() - listFrom < 40 && isCompany(m)) {
                List<String> members = listedWith(m, offset, mentions, text);
                return members.size() >= 2 ? members : List.of();
            }
        }
        return List.of();
    }

    /** How far back the agency a bare "the agency" means may have been named: a paragraph or two. */
    static final int AGENCY_WINDOW = 600;

    /** The government body (no firm, state or international body) named last before {@code offset}, if near. */
    private static List<String> lastBody(int offset, List<Mention> mentions) {
        Mention last = lastPartyBefore(offset, mentions, Anaphors::isBody);
        return last == null || offset - last.end() > AGENCY_WINDOW ? List.of() : List.of(last.norm());
    }

    /** Where the clause of the one who speaks starts: after a semicolon, a colon or a comma that joins clauses. */
    private static final Pattern SPEAKERS_CLAUSE = Pattern.compile("[;:]\\s*|,\\s+(?:and|but|while|as|which|who)\\s+");

    /** The portfolio an official's title names: "Commerce Secretary", "Secretary of Energy", "Minister of Trade". */
    private static final Pattern PORTFOLIO_TITLE = Pattern.compile(
            "\\b(\\p{Lu}\\p{Ll}+)\\s+(?:Secretary|Minister)\\b|\\b(?:Secretary|Minister)\\s+(?:of|for)\\s+(?:the\\s+)?(\\p{Lu}\\p{Ll}+)");

    /**
     * The body a reported clause's "the department", "the agency" means by its speaker, who is {@code speaker} (the words
     * before the reporting verb, starting at {@code offset}): a body so headed named among the speaker's words ("A
     * spokesperson for the Defense Department said the department would …"); else the one the speaker's title heads
     * ("Commerce Secretary Roe said the Department will …" → the Department of Commerce, where the text names it); else the
     * one party the speaker's words name ("DFC chief Jane Roe said the agency will …"). An empty list where the title
     * heads a body the text does not name (the official's state acts, not the last department named); null where the
     * speaker tells nothing, so the body the text named most is meant.
     */
    static List<String> speakersBody(String subject, String speaker, int offset, List<Mention> mentions) {
        Matcher head = HEAD_SUBJECT.matcher(subject);
        if (!head.find()) {
            return null;
        }
        String headWord = headWord(head);
        // "The military is the strongest force, and the President believes …": the speaker is the last clause's subject
        int from = 0;
        Matcher clause = SPEAKERS_CLAUSE.matcher(speaker);
        while (clause.find()) {
            from = clause.end();
        }
        String own = null;
        Pattern word = headWordPattern(headWord);
        int start = offset + from;
        int end = offset + speaker.length();
        Set<String> inSpeaker = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.type() == MentionType.PARTY && m.start() >= start && m.end() <= end) {
                inSpeaker.add(m.norm());
                if (word.matcher(m.text()).find() || word.matcher(m.norm()).find()) {
                    own = m.norm();
                }
            }
        }
        if (own != null) {
            return List.of(own);
        }
        Matcher title = PORTFOLIO_TITLE.matcher(speaker.substring(from));
        if (title.find()) {
            Pattern portfolio = headWordPattern(title.group(1) != null ? title.group(1) : title.group(2));
            for (int i = mentions.size() - 1; i >= 0; i--) {
                Mention m = mentions.get(i);
                if (m.start() < end && m.type() == MentionType.PARTY && word.matcher(m.norm()).find()
                        && portfolio.matcher(m.norm()).find()) {
                    return List.of(m.norm());
                }
            }
        }
        if (inSpeaker.size() == 1 && (!BLOC_HEAD.matcher(headWord).matches()
                || "intl".equals(PartyKinds.of(inSpeaker.iterator().next())))) {
            // "A State Department official said the coalition would …": a group of states is no body of the one speaking
            // for a state's department; the group is read as any other "the coalition"
            return List.copyOf(inSpeaker);
        }
        return title.find(0) ? List.of() : null;
    }

    /** The European Union's executive, which EU news calls "the Commission" without naming it in full. */
    private static final String EUROPEAN_COMMISSION = "European Commission";
    private static final Pattern UNION_BODY = ClauseWords.compile("^" + ClauseWords.alternation("union-body") + "$");

    /** Whether "the Commission" of a text that has named the European Union, and no other commission, is the EU's. */
    private static boolean isUnionsBody(String headWord, int offset, List<Mention> mentions) {
        return UNION_BODY.matcher(headWord).matches() && namedBefore("EU", offset, mentions);
    }

    private static boolean namedBefore(String norm, int offset, List<Mention> mentions) {
        return mentions.stream().anyMatch(m -> m.start() < offset && m.type() == MentionType.PARTY && m.norm().equals(norm));
    }

    /** A body of the European Union, whose name holds the Union's ("Council of the European Union"). */
    private static final String OF_THE_UNION = " of the European Union";

    /**
     * "The Council adopted … By 2030, the Union should …": "the Union" is the European Union, not the body of it whose
     * name holds the word.
     */
    private static List<String> unionNotItsBody(String headWord, List<String> named) {
        if (!headWord.equals("union") || named.stream().noneMatch(n -> n.endsWith(OF_THE_UNION))) {
            return named;
        }
        return named.stream().map(n -> n.endsWith(OF_THE_UNION) ? "EU" : n).distinct().toList();
    }

    /** "leaders of the Group of Seven", "ministers from the G7", "the G7 leaders": the people of the group named around them. */
    private static final Pattern PEOPLE_OF = ClauseWords.compile(
            "\\b(?:" + ClauseWords.alternation("member-people") + ")\\s+(?:of|from)\\s+(?:the\\s+)?"
                    + "(?:[^,.;]{1,30},\\s+(?:also\\s+)?known\\s+as\\s+(?:the\\s+)?)?$"); // "of the four countries, known as the Quad"
    /** "G7 leaders", "Group of Seven energy and environment ministers": the people after the group's name. */
    private static final Pattern PEOPLE_AFTER = ClauseWords.compile(
            "^\\s+(?:(?:\\p{Ll}+|and)\\s+){0,4}(?:" + ClauseWords.alternation("member-people") + ")\\b");

    /** An attribution whose speakers are a group's people: "the leaders said in a communique …", "said the ministers". */
    private static final Pattern PEOPLE_SPEAK = ClauseWords.compile(
            "^[\\s,]*(?:(?:said|say|says|added|stated)\\s+)?(?:the|their|its|all)\\s+(?:\\p{Ll}+\\s+)?(?:"
                    + ClauseWords.alternation("member-people") + ")\\b(?!\\s+of\\b)");

    /**
     * The group whose people a quotation's attribution names as its speakers ("“We will …,” the leaders said in a
     * communique issued at the summit hosted by Prime Minister Roe" → the group, not the host's state), as for "the
     * leaders said they would"; none where the attribution names other speakers or the text no such group.
     */
    static List<String> speakingGroup(String attribution, int quoteStart, List<Mention> mentions, String text) {
        return PEOPLE_SPEAK.matcher(attribution).lookingAt() ? lastStateGroup(quoteStart, mentions, text) : List.of();
    }

    /**
     * The last group of states named shortly before {@code offset} as the group whose leaders or ministers they are
     * ("the leaders of the G7", "G7 leaders"); none otherwise: "The leaders will meet at the G7 Summit" in a statement
     * of two Prime Ministers are those two.
     */
    private static List<String> lastStateGroup(int offset, List<Mention> mentions, String text) {
        String group = null;
        for (Mention m : mentions) {
            if (m.start() >= offset) {
                break;
            }
            if (m.type() == MentionType.PARTY && m.start() > offset - PEOPLE_WINDOW && "intl".equals(PartyKinds.of(m.norm()))
                    && (PEOPLE_OF.matcher(text.substring(Math.max(0, m.start() - 80), m.start())).find()
                            || PEOPLE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 60))).find())) {
                group = m.norm();
            }
        }
        return group == null ? List.of() : List.of(group);
    }

    /**
     * Whether a party mention names a company: the party dictionary's kind when it holds the name, else a name that is
     * not a state's and holds no word of a public body or a group of states.
     */
    static boolean isCompany(Mention m) {
        if (m.type() != MentionType.PARTY || m.norm().length() <= 2) {
            return false;
        }
        String kind = PartyKinds.of(m.norm());
        return kind != null ? kind.equals("company")
                : !NOT_A_COMPANY.matcher(m.norm()).find() && !NOT_A_COMPANY.matcher(m.text()).find();
    }

    /** A state named as the object or partner of another's act: "signed a deal with [the United States]". */
    private static final Pattern OBJECT_BEFORE = Pattern.compile(
            "(?i)\\b(?:with|to|from|against|than|into|towards?|including|like|as|on|over|via|through|across|among|between)"
                    + "\\s+(?:the\\s+)?$");

    /**
     * The last state (an ISO code, not the EU) named shortly before {@code offset} other than as the object or partner of
     * an act: in "Malaysia signed a deal with the United States. The Southeast Asian country agreed …" it is Malaysia.
     */
    private static Mention lastState(int offset, List<Mention> mentions, String text, Set<String> fitting) {
        return lastState(offset, mentions, text, fitting == null ? n -> true : fitting::contains);
    }

    private static Mention lastState(int offset, List<Mention> mentions, String text, Predicate<String> fitting) {
        Mention state = null;
        for (Mention m : mentions) {
            if (m.start() >= offset) {
                break;
            }
            if (m.type() == MentionType.PARTY && m.start() > offset - STATE_WINDOW && m.norm().matches("\\p{Lu}{2}")
                    && !m.norm().equals("EU") && fitting.test(m.norm())
                    && (text == null || !OBJECT_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find())) {
                state = m;
            }
        }
        return state;
    }

    private static final Pattern OWN_RULERS_FOUND = ClauseWords.compile(OWN_RULERS);

    /** The last state named shortly before {@code offset} together with its rulers ("Mali's military government"), or null. */
    private static Mention lastStateWithRulers(int offset, List<Mention> mentions, String text) {
        Mention state = null;
        for (Mention m : mentions) {
            if (m.start() >= offset) {
                break;
            }
            if (m.type() == MentionType.PARTY && m.start() > offset - STATE_WINDOW && m.norm().matches("\\p{Lu}{2}")
                    && NAMED_WITH_RULERS.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40))).find()) {
                state = m;
            }
        }
        return state;
    }

    /**
     * The states a subject's describing words fit ("the Gulf state" → the Gulf's six; "the West African nation" → those
     * both African and western), or null where it has none: "the country" may be any state.
     */
    private static Set<String> fitting(String subject) {
        Set<String> fit = null;
        for (Map.Entry<String, Pattern> description : DESCRIPTION_WORDS.entrySet()) {
            if (description.getValue().matcher(subject).find()) {
                if (fit == null) {
                    fit = new HashSet<>(DESCRIBED_STATES.get(description.getKey()));
                } else {
                    fit.retainAll(DESCRIBED_STATES.get(description.getKey()));
                }
            }
        }
        return fit;
    }

    private static final Pattern BLOC_HEAD = ClauseWords.compile(ClauseWords.alternation("bloc-head"));
    private static final Pattern NOT_A_BLOC = ClauseWords.compile("\\b" + ClauseWords.alternation("not-a-bloc") + "\\b");

    /**
     * The group of states a report's "the bloc" means: the last one named shortly before {@code offset} other than as the
     * object or partner of an act (in "The EU signed a deal with Mercosur. The bloc will …" the EU); with
     * {@code noFirmSince}, none where a company was named after it. A lender, fund or agency of states is no bloc.
     */
    static List<String> lastBloc(int offset, List<Mention> mentions, String text, boolean noFirmSince) {
        Mention bloc = null;
        for (Mention m : mentions) {
            if (m.start() >= offset) {
                break;
            }
            if (m.type() != MentionType.PARTY || m.start() <= offset - STATE_WINDOW) {
                continue;
            }
            if ("intl".equals(PartyKinds.of(m.norm())) && !NOT_A_BLOC.matcher(m.norm()).find()
                    && (text == null || !OBJECT_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find())) {
                bloc = m;
            } else if (noFirmSince && isCompany(m)) {
                bloc = null;
            }
        }
        return bloc == null ? List.of() : List.of(bloc.norm());
    }

    /**
     * The company named last before {@code until} and shortly before {@code offset} (not a state, not a public body);
     * where the sentence that names it opened with another company, that one, its subject: in "Halden said it would
     * appeal and that Corvel had no case. The company said …" the company is Halden. A company after a preposition ("a
     * deal with Corvel") opens no sentence.
     */
    private static List<String> lastCompany(int offset, int until, List<Mention> mentions, String text) {
        Mention last = lastCompanyMention(offset, until, mentions);
        if (last == null) {
            return List.of();
        }
        int sentenceFrom = text == null ? last.start() : sentenceStart(text, last.start());
        for (Mention m : mentions) {
            if (m.start() >= last.start()) {
                break;
            }
            if (m.start() >= sentenceFrom && (isCompany(m) || isStateOwnedCompany(m))
                    && !OBJECT_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find()) {
                return List.of(m.norm());
            }
        }
        return List.of(last.norm());
    }

    /**
     * The company named last before {@code until} and shortly before {@code offset}; a state-owned firm the dictionary
     * holds as a public body counts where named as a company ("the Saudi company" after "Ma'aden").
     */
    private static Mention lastCompanyMention(int offset, int until, List<Mention> mentions) {
        Mention last = null;
        for (Mention m : mentions) {
            if (m.start() >= until) {
                break;
            }
            if (m.start() > offset - COMPANY_WINDOW && (isCompany(m) || isStateOwnedCompany(m))) {
                last = m;
            }
        }
        return last;
    }

    private static boolean isStateOwnedCompany(Mention m) {
        return m.type() == MentionType.PARTY && "body".equals(PartyKinds.of(m.norm())) && STATE_OWNED_COMPANY.matcher(m.norm()).find();
    }

    /** A firm's officer by title: "Chief Executive Jane Roe", "its managing director", "the CFO". */
    private static final Pattern EXECUTIVE_TITLE = Pattern.compile("(?i)\\b(?:chief\\s+(?:executive|financial|operating)(?:\\s+officer)?"
            + "|managing\\s+director|(?-i:CEO|CFO|COO))\\b");

    /**
     * The company of the officer the sentence before a quotation names by a firm's title ("Chief Executive Jane Roe told
     * analysts that Halden would …"), for the quotation's "she said": the firm as "the company" would resolve there; none
     * when that sentence names no officer of a firm.
     */
    static List<String> executivesFirm(String text, int quoteStart, List<Mention> mentions) {
        int end = quoteStart;
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || ".?!".indexOf(text.charAt(end - 1)) >= 0)) {
            end--; // the sentence before the quotation, up to its full stop
        }
        int from = sentenceStart(text, end);
        if (!EXECUTIVE_TITLE.matcher(text.substring(from, quoteStart)).find()) {
            return List.of();
        }
        return lastCompany(quoteStart, quoteStart, mentions, text);
    }

    /** The end of a sentence: a full stop, a question or an exclamation mark, closing quotes, then a space or a line. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.?!][\"”’']?(?:\\s|$)|\\n");

    /** Where the sentence holding {@code at} starts, looked for at most a company window back. */
    private static int sentenceStart(String text, int at) {
        int from = Math.max(0, at - COMPANY_WINDOW);
        Matcher end = SENTENCE_END.matcher(text).region(from, at);
        int start = from;
        while (end.find()) {
            start = end.end();
        }
        return start;
    }

    /** A state-owned firm the dictionary holds as a public body, named as a company: "Saudi Arabian Mining Company". */
    private static final Pattern STATE_OWNED_COMPANY = Pattern.compile("\\b(?:Company|Co\\.)$");

    /**
     * The last {@code count} distinct companies named shortly before {@code offset}, in the order they were last named;
     * with {@code stateOwned}, a public body named as a company counts too ("the companies" of a state miner's deal).
     */
    private static List<String> lastCompanies(int offset, List<Mention> mentions, int count, int window, boolean stateOwned,
            java.util.function.Predicate<Mention> fits) {
        LinkedHashSet<String> firms = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.start() >= offset) {
                break;
            }
            if (m.start() > offset - window && (isCompany(m) || stateOwned && isStateOwnedCompany(m)) && fits.test(m)) {
                firms.remove(m.norm());
                firms.add(m.norm());
            }
        }
        if (count > 1) {
            // "Anglo American and Teck … The combined company, Anglo Teck, … The two miners will": the merger's new name
            // is made of its parents' first words, and a group of them means the parents
            List<String> named = List.copyOf(firms);
            firms.removeIf(n -> isMadeOfOthers(n, named));
        }
        List<String> last = List.copyOf(firms);
        return last.size() <= count ? last : last.subList(last.size() - count, last.size());
    }

    /** Whether every word of a firm's name opens another firm's name of {@code firms}: "Anglo Teck" of two parents. */
    private static boolean isMadeOfOthers(String firm, List<String> firms) {
        String[] words = firm.split("\\s+");
        return words.length > 1 && java.util.Arrays.stream(words).allMatch(w -> firms.stream()
                .anyMatch(other -> !other.equals(firm) && other.startsWith(w + " ")));
    }

    /** A report's attribution of a deal to its two firms: "…, the two companies said". */
    private static final Pattern TWO_COMPANIES_SAID = Pattern.compile(",\\s+(?:the\\s+two|both)\\s+companies\\s+said\\b");
    /** An apposition on a firm set off by commas: ", a joint venture of A and B," describes it, A and B are no party of the deal. */
    private static final Pattern APPOSITION = Pattern.compile(",\\s+(?:a|an|the)\\s+[^,.;]{1,160},");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?][\"”]?\\s|\\n");

    /**
     * The firms of the deal a report's first sentence closed by "the two companies said" tells ("A sold a stake in its
     * unit to B, a venture of C and D, for $2 billion, the two companies said"): the firms named there outside an
     * apposition, so a later "the two companies will …" is still the deal's two, not the last firms named since (a
     * third firm that buys another stake). Empty where the text has no such sentence before {@code offset}.
     */
    private static List<String> firmsOfTheDealTheyReported(int offset, List<Mention> mentions, String text) {
        if (text == null || !text.contains(" companies said")) {
            return List.of();
        }
        Matcher said = TWO_COMPANIES_SAID.matcher(text).region(0, Math.min(offset, text.length()));
        if (!said.find() || offset - said.start() > 2 * COMPANIES_WINDOW) {
            return List.of();
        }
        int start = 0;
        Matcher end = SENTENCE_BREAK.matcher(text).region(0, said.start());
        while (end.find()) {
            start = end.end();
        }
        List<int[]> asides = new ArrayList<>();
        Matcher aside = APPOSITION.matcher(text).region(start, said.start() + 1);
        while (aside.find()) {
            asides.add(new int[] {aside.start(), aside.end()});
        }
        LinkedHashSet<String> firms = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.start() >= start && m.end() <= said.start() && isCompany(m)
                    && asides.stream().noneMatch(a -> a[0] <= m.start() && m.end() <= a[1])) {
                firms.add(m.norm());
            }
        }
        return List.copyOf(firms);
    }

    /** How far before a firm's name its state may be written: "China's [CATL]", "Australian miner [IGO]". */
    private static final int FIRMS_STATE_REACH = 40;
    private static final Map<String, String> STATE_OF_DEMONYM = PartyKinds.demonyms();
    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}-]+");

    /**
     * Which firms a group's state adjective lets it mean: "the two Japanese trading houses" are no firm the text writes
     * as another state's ("Australian miner IGO", "Bolivia's YLB"); firms written with no state fit any adjective.
     */
    private static java.util.function.Predicate<Mention> ofState(String demonym, List<Mention> mentions, String text) {
        String state = demonym == null ? null : STATE_OF_DEMONYM.get(demonym);
        if (state == null || text == null) {
            return m -> true;
        }
        return m -> {
            String written = writtenState(m, mentions, text);
            return written == null || written.equals(state);
        };
    }

    /** Which firms the text writes as of the state a group's adjective names ("South Korea's X", "Korea Zinc"); none without. */
    private static java.util.function.Predicate<Mention> writtenAs(String demonym, List<Mention> mentions, String text) {
        String state = demonym == null ? null : STATE_OF_DEMONYM.get(demonym);
        if (state == null || text == null) {
            return m -> false;
        }
        return m -> state.equals(writtenState(m, mentions, text))
                || PartyKinds.stateOf(List.of(m.norm())).filter(state::equals).isPresent();
    }

    /**
     * What may stand between a firm's state and its name: "China's [CATL]", "Bolivia's state lithium company [YLB]"; no
     * preposition ("a project in Chile to [Sumitomo]").
     */
    private static final Pattern STATES_FIRM_GAP = Pattern.compile("(?:[’']s)?(?:\\s+(?!(?:to|in|at|on|of|by|for|from|with|into|and|or|than|as|the|an?)\\s)\\p{Ll}[\\p{Ll}-]*){0,4}\\s+");

    /** The state written as a name or an adjective right before a firm's name and its common nouns; null if none. */
    private static String writtenState(Mention firm, List<Mention> mentions, String text) {
        int from = Math.max(0, firm.start() - FIRMS_STATE_REACH);
        for (Mention m : mentions) {
            if (m.start() >= firm.start()) {
                break;
            }
            if (m.start() >= from && m.type() == MentionType.PARTY && m.norm().matches("\\p{Lu}{2}")
                    && STATES_FIRM_GAP.matcher(text).region(m.end(), firm.start()).matches()) {
                return m.norm();
            }
        }
        Matcher word = WORD.matcher(text).region(from, firm.start());
        while (word.find()) {
            String demonym = STATE_OF_DEMONYM.get(word.group());
            if (demonym != null && STATES_FIRM_GAP.matcher(text).region(word.end(), firm.start()).matches()) {
                return demonym;
            }
        }
        return null;
    }

    /** Of the parties written with the head word before {@code offset}, the one named most often; on a tie, the last. */
    private static List<String> mostNamed(String headWord, int offset, List<Mention> mentions, String text) {
        List<String> named = named(headWord, offset, mentions, text);
        Pattern word = headWordPattern(headWord);
        String best = null;
        int bestCount = 0;
        for (String norm : named) { // in the order they were last named: a later one wins a tie
            long count = mentions.stream().filter(m -> m.start() < offset && m.type() == MentionType.PARTY
                    && m.norm().equals(norm) && writtenWith(headWord, word, m)).count();
            if (count >= bestCount) {
                best = norm;
                bestCount = (int) count;
            }
        }
        return best == null ? List.of() : List.of(best);
    }

    /** Banks named without the word that "the bank" means all the same: "JPMorgan Chase", "Citi" ({@code bank-without-word}). */
    private static final Set<String> BANKS_WITHOUT_WORD = Set.copyOf(ClauseWords.entries("bank-without-word"));

    /**
     * Whether a party is written with the head word, or is a bank whose name lacks it: "the bank" after "JPMorgan
     * Chase" is that bank, as it is after "Bank of America".
     */
    private static boolean writtenWith(String headWord, Pattern word, Mention m) {
        return word.matcher(m.text()).find() || headWord.equals("bank") && BANKS_WITHOUT_WORD.contains(m.norm());
    }

    /** Between two joined state names: a hyphen or a dash ("U.S.-ROK", "US – Japan"). */
    private static final Pattern NAME_JOIN = Pattern.compile("\\s?[-–‑]\\s?");

    /**
     * The two states whose joined names the head word last followed before {@code offset} ("the U.S.-ROK Alliance",
     * "the US-Japan alliance"), in the order written; none where no such name was written.
     */
    private static List<String> pairNamedWith(String headWord, int offset, List<Mention> mentions, String text) {
        Pattern word = Pattern.compile("(?iu)^\\s+" + Pattern.quote(headWord.toLowerCase(Locale.ROOT)) + "\\b");
        List<String> pair = List.of();
        Mention previous = null;
        for (Mention m : mentions) {
            if (m.start() >= offset) {
                break;
            }
            if (m.type() != MentionType.PARTY) {
                continue;
            }
            if (previous != null && previous.norm().length() == 2 && m.norm().length() == 2 && !previous.norm().equals(m.norm())
                    && previous.end() <= m.start() && NAME_JOIN.matcher(text.substring(previous.end(), m.start())).matches()
                    && word.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40))).find()) {
                pair = List.of(previous.norm(), m.norm());
            }
            previous = m;
        }
        return pair;
    }

    private static Pattern headWordPattern(String headWord) {
        return Pattern.compile("(?iu)\\b" + Pattern.quote(headWord.toLowerCase(Locale.ROOT)) + "s?\\b");
    }

    /**
     * The distinct parties named before {@code offset} whose name as written holds the head word, in the order they
     * were last named; a norm holding it ("the Department" after "DOE") when none is written with it.
     */
    private static List<String> named(String headWord, int offset, List<Mention> mentions) {
        return named(headWord, offset, mentions, null);
    }

    /** " or the consortium)", " or the “Company”)": the short name a parenthesis gives the body named in it. */
    private static final String SHORT_NAME_AFTER = "^\\s+or\\s+(?:the\\s+)?[\"“]?";

    /**
     * Whether "group" follows the name as its common noun: "the BRICS group" is "the group" later; a body whose name
     * goes on with its head ("the ASEAN Institute …") is another body.
     */
    private static boolean headAfter(String headWord, String text, Mention m) {
        if (!headWord.equalsIgnoreCase("group")) {
            return false;
        }
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + headWord.length() + 2));
        return after.matches("(?iu)\\s" + Pattern.quote(headWord) + "\\b.*");
    }

    /** As {@link #named(String, int, List)}; with the text, a body defined "(Orion CMC or the consortium)" counts too. */
    private static List<String> named(String headWord, int offset, List<Mention> mentions, String text) {
        Pattern word = headWordPattern(headWord);
        Pattern defined = text == null ? null
                : Pattern.compile("(?iu)" + SHORT_NAME_AFTER + Pattern.quote(headWord.toLowerCase(Locale.ROOT)) + "\\b");
        LinkedHashSet<String> written = new LinkedHashSet<>();
        LinkedHashSet<String> byNorm = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.start() >= offset) {
                break;
            }
            if (m.type() != MentionType.PARTY) {
                continue;
            }
            if (writtenWith(headWord, word, m) || defined != null
                    && (defined.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40))).find()
                            || headAfter(headWord, text, m))) {
                written.remove(m.norm());
                written.add(m.norm());
            } else if (word.matcher(m.norm()).find()) {
                byNorm.remove(m.norm());
                byNorm.add(m.norm());
            }
        }
        return List.copyOf(written.isEmpty() ? byNorm : written);
    }
}
