package org.accordex.commitments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.accordex.model.Mention;
import org.accordex.model.MentionType;
import org.accordex.nlp.LeadWordSearch;

/**
 * The state each named official serves, as the document itself says it: "President Yoon Suk Yeol of the Republic
 * of Korea", "Japan's Prime Minister Fumio Kishida", "U.S. President Joe Biden". "President Yoon reiterates …" then
 * commits Korea, not every party of the document.
 */
final class Officials {
    private static final String TITLE = "(?:President|Vice\\s+President|Prime\\s+Minister|Premier|Chancellor|Minister|Secretary"
            + "|King|Queen|Emir|Amir|Crown\\s+Prince|Sultan|Governor|Ambassador|Chair|Chairman|Chairwoman|Commissioner|Advisor|Adviser"
            + "|Envoy)";
    private static final String NAME = "((?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]+)";
    /**
     * A guest's full name, with the lower-case particles of Arabic, Spanish, Portuguese and Dutch names and up to eight
     * words: "Sheikh Tamim bin Hamad Al Thani", "Mohammed Shia’ al-Sudani", "Luiz Inácio Lula da Silva"; not an honorific
     * ("His Highness").
     */
    private static final String FULL_NAME = "((?:(?!(?:His|Her|Highness|Majesty|Excellency)\\b)(?:\\p{Lu}[\\p{L}.'’-]*"
            + "|bin|bint|ibn|al|el|da|de|do|dos|del|van|von|der)\\s+){0,7}(?:(?:al|el)-)?\\p{Lu}[\\p{L}'’-]+)";
    /** "of the Republic of ", "of the Kingdom of " or "of " before a state's name. */
    private static final String OF_STATE = "\\s+of\\s+(?:the\\s+)?"
            + "(?:(?:Federal\\s+|Democratic\\s+|Islamic\\s+|United\\s+)?(?:Republic|Kingdom|State|Commonwealth|Sultanate"
            + "|Principality|Grand\\s+Duchy)[\\s\\\\]+of\\s+(?:the\\s+)?)?$";
    /**
     * "President Yoon Suk Yeol of the " or "President Jane Roe of the Republic of " before a state (a folded title line
     * may escape its break: "Republic\⏎ of").
     */
    private static final Pattern BEFORE = Pattern.compile(TITLE + "\\s+" + FULL_NAME + ",?" + OF_STATE);
    /**
     * The same guest with the title after the name and a royal honorific before it: "His Highness Sheikh Mohamed bin
     * Zayed Al Nahyan, President of the ", "His Majesty Jane Roe, the Sultan of ". Without the honorific the form names
     * the text's own officials as often ("The Honourable Jane Roe, Minister of Trade of Canada", "I, JANE ROE, President
     * of the United States").
     */
    private static final Pattern BEFORE_APPOSITIVE = Pattern.compile("\\b(?:His|Her)\\s+(?:Royal\\s+)?(?:Highness|Majesty)\\s+"
            + FULL_NAME + ",\\s+(?:the\\s+)?" + TITLE + OF_STATE);
    /** A title in news style, lower case and after a portfolio: "mining minister", "Trade Minister", "foreign secretary". */
    private static final String PORTFOLIO_TITLE =
            "(?:(?!(?i:company|firm|group|bank|business|industry|and|or|with|to|of|the)\\b)[\\p{L}-]+\\s+){0,2}?(?i:" + TITLE + ")";
    /**
     * "’s Prime Minister Fumio Kishida", "’s mining minister Aurora Williams" or " President Joe Biden" after a state, on
     * its line: a headline's last word is not the state of the official who opens the next paragraph.
     */
    private static final Pattern AFTER = Pattern.compile("^(?:[’']s)?[ \\t]+" + PORTFOLIO_TITLE + "\\s+" + NAME);
    private static final Pattern POSSESSIVE_AT = Pattern.compile("[’']s");
    /**
     * "’s Minister of Energy and Natural Resources Jane Roe and", "’s Vice-Chancellor and Minister for Economic Affairs,
     * John Doe,": a state's minister whose title holds a portfolio of capitalised words; the name is the last two words
     * before the name's end (a comma, a bracket or the verb), wherever the portfolio's words end.
     */
    private static final Pattern AFTER_PORTFOLIO = Pattern.compile("^[’']s[ \\t]+(?:[\\p{L}-]+[ \\t]+){0,2}?" + TITLE
            + "[ \\t]+(?:of|for)[ \\t]+(?:the[ \\t]+)?(?:(?:\\p{Lu}[\\p{L}-]*|and|&)(?:,(?![ \\t]+and\\b))?[ \\t]+){0,8}"
            + "(?<name>\\p{Lu}[\\p{L}-]+[ \\t]+\\p{Lu}[\\p{L}-]*(?:[’']\\p{Lu}[\\p{L}-]+)?)(?:[ \\t]+Jr\\.?)?"
            + "(?=[ \\t]*[,(;:.]|[ \\t]+(?:and|said|says|signed|will|told|added|announced|met|has|have)\\b)");
    /** A portfolio's own words, no name's: "’s Minister of Energy and Natural Resources, said" names no one. */
    private static final Set<String> PORTFOLIO_WORDS = Set.of("Affairs", "Action", "Resources", "Energy", "Trade", "Industry",
            "Mines", "Mining", "Development", "Economy", "Finance", "Environment", "Climate", "Change", "Commerce", "Transport",
            "Infrastructure", "Security", "Relations", "Innovation", "Science", "Technology", "Agriculture", "Defence",
            "Defense", "Health", "Education", "Labour", "Labor", "Works", "Investment", "Growth", "Exports", "Tourism",
            "Cooperation", "Business", "Enterprise", "Water", "Affair", "Planning", "Policy", "Cabinet", "Council");
    /** "Minister of Economy of " before a state whose official's name follows it: "… of Ukraine Yulia Svyrydenko". */
    private static final Pattern TITLE_OF = Pattern.compile("\\b" + TITLE + "\\b[^.,;:\\n]{0,40}\\bof\\s+(?:the\\s+)?$");
    /**
     * Where the title starts that ends {@code before} in "of " or "of the " ("… the Minister of Mines of "),
     * as the state or body after it completes the title; -1 if none.
     */
    static int titleOf(String before) {
        int from = Math.max(0, before.length() - WINDOW);
        Matcher title = TITLE_OF.matcher(before).region(from, before.length());
        return endsInOf(before) && title.find() ? title.start() : -1;
    }

    /** A sentence opened by "In " and the state: "… Port Vila. In Vanuatu, …". */
    private static final Pattern PLACE_OPENS = Pattern.compile("(?:^|[.!?][\"”]?\\s+|\\n\\s*)In\\s+(?:the\\s+)?$");
    /** A head of state or government by title and name right after that opening, before the verb. */
    private static final Pattern HEAD_AFTER_PLACE = Pattern.compile("^,\\s+(?:President|Prime\\s+Minister|Premier|Chancellor|King"
            + "|Queen|Emir|Amir|Crown\\s+Prince|Sultan)\\s+" + NAME + "(?=\\s+\\p{Ll})");
    /** The name right after the state: " Yulia Svyrydenko". */
    private static final Pattern NAME_AFTER = Pattern.compile("^[ \\t]+" + NAME);
    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}'’-]+");
    private static final Pattern POSSESSIVE = Pattern.compile("[’']s$");
    /** The surnames of {@code officials.txt}, which the dictionary also lists as demonyms. */
    private static final Set<String> LEADER_SURNAMES = twoColumns("officials.txt").keySet();
    /** "the Chilean Minister of Mining", "Israeli Prime Minister Benjamin Netanyahu": the demonym says whose official. */
    private static final Pattern DEMONYM_TITLE = Pattern.compile("\\b(" + PartyKinds.demonyms().keySet().stream()
            // a leader's surname stands for a government ("the Carney government"), never before a title: "Governor John
            // Carney⏎Idaho Governor …" of a list is no Canadian official
            .filter(demonym -> !LEADER_SURNAMES.contains(demonym))
            .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).collect(Collectors.joining("|"))
            + ")\\s+" + Officials.PORTFOLIO_TITLE + "\\b");
    private static final int WINDOW = 80;
    /** "the country’s mines minister", "the nation’s trade minister": a title whose state the report named before. */
    private static final String DESCRIBED_STATE_TITLE = "\\b(?i:the|this)\\s+(?:country|nation)[’']s\\s+" + PORTFOLIO_TITLE;
    /** A lead that names the title only: "…, the country’s mines minister said." */
    private static final Pattern DESCRIBED_STATE_SPEAKER = Pattern.compile(DESCRIBED_STATE_TITLE + "\\s+(?:said|says|told\\s+\\p{Ll}+)\\b");
    /** The next quotation's speaker by name: "“…,” Louis Roe said". */
    private static final Pattern NEXT_QUOTED_NAME = Pattern.compile("[”\"]\\s*" + NAME + "\\s+(?:said|says|told|added)\\b");
    /** How far after the lead its speaker's first quotation may close. */
    private static final int NEXT_QUOTE_CHARS = 400;
    private static final Pattern DESCRIBED_STATE_TITLE_FOUND = Pattern.compile(DESCRIBED_STATE_TITLE);
    /** The words each described state's title holds: the whole text is searched only where one is written. */
    private static final List<String> DESCRIBED_STATES = List.of("country’s", "country's", "nation’s", "nation's");
    private static final Pattern DESCRIBED_STATE = Pattern.compile("\\b(?i:the|this)\\s+(?:country|nation)\\b");
    /**
     * "Louis Roe, the country’s mines minister," and "the nation’s trade minister, Jane Roe," or "the country’s mines
     * minister Jane Roe": the official of the state "the country" refers back to.
     */
    private static final List<Pattern> DESCRIBED_STATE_OFFICIALS = List.of(
            Pattern.compile(NAME + ",\\s+" + DESCRIBED_STATE_TITLE + "\\s*[,(]"),
            Pattern.compile(DESCRIBED_STATE_TITLE + ",?[ \\t]+" + NAME + "(?=\\s*[,.;:]|\\s+(?:said|says|told|added|announced)\\b)"));
    /** Portfolios of ministries only one state names so ({@code ministries.txt}) → that state. */
    private static final Map<String, String> PORTFOLIOS = twoColumns("ministries.txt");
    private static final String PORTFOLIO = "(?<portfolio>" + PORTFOLIOS.keySet().stream()
            .map(p -> Pattern.quote(p).replace(" and ", "\\E,?\\s+and\\s+\\Q").replace(" ", "\\E\\s+\\Q"))
            .collect(Collectors.joining("|")) + ")";
    /**
     * "Minister of Trade, Industry and Energy Kim Jung-kwan", "Minister Kim Jung-kwan of the Ministry of Trade, Industry
     * and Energy", "Economy, Trade and Industry Minister Ken Abe": the minister of a ministry only one state has.
     */
    private static final String MINISTER_NAME = "(?<name>" + NAME.substring(1);
    private static final List<Pattern> PORTFOLIO_NAMES = List.of(
            // also with the name in apposition: "the Minister for Resources and Northern Australia, Jane Roe,"
            Pattern.compile("\\bMinister\\s+(?:of|for)\\s+(?:the\\s+)?" + PORTFOLIO + ",?\\s+" + MINISTER_NAME),
            Pattern.compile("\\bMinister\\s+" + MINISTER_NAME + "\\s+of\\s+(?:the\\s+)?Ministry\\s+of\\s+" + PORTFOLIO),
            Pattern.compile("\\b" + PORTFOLIO + "\\s+Minister\\s+" + MINISTER_NAME));

    /** Titles only one state's government uses ({@code state-titles.txt}) → that state. */
    private static final Map<String, String> STATE_TITLES = twoColumns("state-titles.txt");
    /** One of those titles, before a capitalised word where it ends in a preposition ("Secretary of State for Trade"). */
    private static final Pattern STATE_TITLE = Pattern.compile("\\b(?<title>" + STATE_TITLES.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(t -> Pattern.quote(t).replace(" ", "\\E\\s+\\Q") + (t.endsWith(" for") ? "\\s+(?=\\p{Lu})" : "(?![\\p{L}-])"))
            .collect(Collectors.joining("|")) + ")");

    /** "the Minister of Economy, Trade and Industry", "the Federal Minister for …" with no name: the ministry's state. */
    private static final Pattern PORTFOLIO_TITLE_ALONE = Pattern.compile("\\bMinister\\s+(?:of|for)\\s+(?:the\\s+)?" + PORTFOLIO
            + "(?![\\p{L}-])");

    /**
     * The states of the ministers a subject names by a portfolio only one state's ministry has ({@code ministries.txt})
     * or by a title only one state uses ({@code state-titles.txt}), where they act: "The Minister of Economy, Trade and
     * Industry will …" → JP; not "with the Minister of …".
     */
    static List<String> portfolioStatesIn(String subject) {
        Set<String> states = new LinkedHashSet<>();
        if (subject.contains("Minister")) {
            Matcher minister = PORTFOLIO_TITLE_ALONE.matcher(subject);
            while (minister.find()) {
                if (!CommitmentExtractor.NOT_SUBJECT_BEFORE.matcher(subject.substring(0, minister.start())).find()) {
                    states.add(PORTFOLIOS.get(normalPortfolio(minister.group("portfolio"))));
                }
            }
        }
        if (subject.contains("Secretary") || subject.contains("Chancellor") || subject.contains("Minister")) {
            Matcher title = STATE_TITLE.matcher(subject);
            while (title.find()) {
                if (!CommitmentExtractor.NOT_SUBJECT_BEFORE.matcher(subject.substring(0, title.start())).find()) {
                    // "The Secretary of State for Business and Trade will …": a title only the United Kingdom uses
                    states.add(STATE_TITLES.get(title.group("title").strip().replaceAll("\\s+", " ")));
                }
            }
        }
        return List.copyOf(states);
    }

    /** A data file of two columns, a key and its value, as a map. */
    private static Map<String, String> twoColumns(String resource) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : DataLines.of(Officials.class, resource)) {
            String[] fields = line.split("\t");
            values.put(fields[0].strip(), fields[1].strip());
        }
        return Map.copyOf(values);
    }

    /** Portfolios of European Commissioners ({@code commissioner-portfolios.txt}) → the EU. */
    private static final Map<String, String> COMMISSIONER_PORTFOLIOS = twoColumns("commissioner-portfolios.txt");
    /**
     * "Commissioner for International Partnerships", "EU Commissioner for Trade": a Commissioner by a portfolio of the
     * list; not a "High Commissioner for …", nor a "Trade Commissioner for …" whose words after "for" name a region.
     */
    private static final Pattern COMMISSIONER = Pattern.compile("(?<!High\\s)\\bCommissioner\\s+for\\s+(?:the\\s+)?(?<portfolio>"
            + COMMISSIONER_PORTFOLIOS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                    .map(p -> Pattern.quote(p).replace(" and ", "\\E,?\\s+and\\s+\\Q").replace(" ", "\\E\\s+\\Q"))
                    .collect(Collectors.joining("|")) + ")(?![\\p{L}-])(?:,?[ \\t]+" + MINISTER_NAME + ")?");

    /** "Trade, Industry, and Energy" as the list writes it: "Trade, Industry and Energy". */
    private static String normalPortfolio(String written) {
        return written.replaceAll(",?\\s+and\\s+", " and ").replaceAll("\\s+", " ");
    }

    /** A ministry named by its portfolio: "Ministry of Economy, Trade and Industry", "Department for Business and Trade". */
    private static final Pattern MINISTRY_OF = Pattern.compile("(?:Federal\\s+)?(?:Ministry|Department)\\s+(?:of|for)\\s+(?:the\\s+)?(.+)");

    /** The state of a ministry whose portfolio only one state names so ({@code ministries.txt}), or null. */
    static String stateOfMinistry(String body) {
        Matcher ministry = MINISTRY_OF.matcher(body);
        return ministry.matches() ? PORTFOLIOS.get(normalPortfolio(ministry.group(1))) : null;
    }

    /** A government named after its leader: "Roe Government", "Roe Administration". */
    private static final Pattern LEADERS_GOVERNMENT = Pattern.compile("(\\p{Lu}\\p{Ll}[\\p{L}'’-]+)\\s+(?:Government|Administration)");
    private final Map<String, String> stateBySurname = new LinkedHashMap<>();
    /** The states of officials the text names as "President Jane Roe of X": most often the guests of the text's own. */
    private final Set<String> placedAfterName = new LinkedHashSet<>();
    /** Where the text first places an official of each of those states. */
    private final Map<String, Integer> placedAt = new LinkedHashMap<>();
    /**
     * The titles an international body's head holds ("Secretary-General", "Managing Director"), also where the body's
     * name opens them ("World Bank President"); not "Administrator", also a U.S. agency head's.
     */
    private static final String BODY_HEAD_TITLE = "(?<title>(?:Deputy\\s+)?(?:Secretary[-\\s]General|Managing\\s+Director"
            + "|Director[-\\s]General|Executive\\s+Director|High\\s+Commissioner|President))";
    /** "Secretary General Jane Roe of the " before an international body's name. */
    private static final Pattern BODY_HEAD_BEFORE = Pattern.compile("\\b" + BODY_HEAD_TITLE + "\\s+" + FULL_NAME + ",?\\s+of\\s+(?:the\\s+)?$");
    /** " Secretary-General Jane Roe" after an international body's name (or its short name in brackets). */
    private static final Pattern BODY_HEAD_AFTER = Pattern.compile("^(?:\\s*\\(\\p{Lu}{2,8}\\))?[ \\t]+" + BODY_HEAD_TITLE + "[ \\t]+" + NAME);
    /** A body head's title alone, no name after it: "The Secretary-General will …" (not "the President", the host's). */
    private static final Pattern BARE_BODY_HEAD = Pattern.compile(
            "\\b(?:the|The)\\s+(?<title>Secretary[-\\s]General|Managing\\s+Director|Director[-\\s]General)\\b(?![ \\t]+\\p{Lu})");
    /** The titles of the heads of international bodies the text names by title and name → the body; "" for two bodies. */
    private final Map<String, String> bodyHeadTitles = new LinkedHashMap<>();

    /**
     * "United Nations Secretary-General Jane Roe", "Secretary General Jane Roe of NATO": the head of an international
     * body serves that body, not the states the text names (a readout's host and others); placed as a guest is.
     */
    private void placeBodyHead(String text, Mention body) {
        Matcher before = BODY_HEAD_BEFORE.matcher(text.substring(Math.max(0, body.start() - WINDOW), body.start()));
        Matcher after = BODY_HEAD_AFTER.matcher(text.substring(body.end(), Math.min(text.length(), body.end() + WINDOW)));
        Matcher head = before.find() ? before : after.lookingAt() ? after : null;
        if (head == null || Arrays.stream(head.group(2).split("\\s+")).anyMatch(KNOWN::containsKey)) {
            return; // "at the G7 President Biden will …": a state's leader the list knows, at the body's meeting
        }
        add(ownLine(head.group(2)), body.norm());
        placedAfterName.add(body.norm());
        placedAt.putIfAbsent(body.norm(), body.start());
        bodyHeadTitles.merge(bodyTitle(head.group("title")), body.norm(), (a, b) -> a.equals(b) ? a : "");
    }

    /** A body head's title written one way: "Secretary General" for "Secretary-General", no "Deputy". */
    private static String bodyTitle(String written) {
        return written.replaceFirst("^Deputy\\s+", "").replaceAll("[-\\s]+", " ");
    }

    /** The body whose head the subject names by title alone ("The Secretary-General will …"), or null. */
    private String bareBodyHead(String subject) {
        Matcher bare = BARE_BODY_HEAD.matcher(subject);
        if (!bare.find() || bare.find()) {
            return null;
        }
        bare.reset().find();
        String body = bodyHeadTitles.get(bodyTitle(bare.group("title")));
        return body == null || body.isEmpty() ? null : body;
    }

    /** The titles of those guests ("Prime Minister" of "Prime Minister Jane Roe of X") → their state; "" for two states. */
    private final Map<String, String> guestTitles = new LinkedHashMap<>();
    private static final Pattern LEADING_TITLE = Pattern.compile(TITLE);
    private static final Pattern BARE_TITLE = Pattern.compile("\\b" + TITLE + "\\b(?!\\s+\\p{Lu})");

    private final String text;
    /** Whether the White House issues the text, as its address in the source says: read once, asked per commitment. */
    private final boolean fromTheWhiteHouse;
    private List<String> unplacedLeaders;

    /**
     * Whether {@code window} ends as {@link #OF_STATE} does, in "of " or "of the ": the title patterns that end there,
     * tried at every character, run only then.
     */
    private static boolean endsInOf(String window) {
        int end = withoutTrailingBlanks(window);
        if (end == window.length()) {
            return false;
        }
        if (window.startsWith("the", end - 3)) {
            int beforeThe = withoutTrailingBlanks(window.substring(0, end - 3));
            return beforeThe < end - 3 && window.startsWith("of", beforeThe - 2);
        }
        return window.startsWith("of", end - 2);
    }

    /** The length of {@code s} without the blanks ({@code \\s}) at its end. */
    private static int withoutTrailingBlanks(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) >= '\t' && s.charAt(end - 1) <= '\r')) {
            end--;
        }
        return end;
    }

    Officials(String written, List<Mention> mentions) {
        String text = unescaped(written);
        this.text = text;
        this.fromTheWhiteHouse = text.contains("whitehouse.gov") || text.contains("whitehouse.archives.gov");
        for (Mention m : mentions) {
            if (m.type() == MentionType.PARTY && m.norm().length() > 2 && "intl".equals(PartyKinds.of(m.norm()))) {
                placeBodyHead(text, m);
                continue;
            }
            if (m.type() != MentionType.PARTY || m.norm().length() != 2) {
                continue; // states only
            }
            String window = text.substring(Math.max(0, m.start() - WINDOW), m.start());
            Matcher before = BEFORE.matcher(window);
            boolean named = endsInOf(window) && before.find();
            if (!named && endsInOf(window)) {
                before = BEFORE_APPOSITIVE.matcher(window);
                named = before.find();
            }
            if (named) {
                add(before.group(1), m.norm());
                placedAfterName.add(m.norm());
                placedAt.putIfAbsent(m.norm(), m.start());
                // the title before the name, or after it in an apposition ("…, President of the ")
                boolean appositive = before.start(1) == before.start();
                Matcher title = LEADING_TITLE.matcher(appositive ? window.substring(before.end(1)) : before.group());
                if (appositive ? title.find() : title.lookingAt()) {
                    guestTitles.merge(title.group().replaceAll("\\s+", " "), m.norm(), (a, b) -> a.equals(b) ? a : "");
                }
            }
            Matcher after = AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + WINDOW)));
            if (after.find()) {
                add(after.group(1), m.norm());
            } else if (text.startsWith("s", m.end() + 1) && POSSESSIVE_AT.matcher(text).region(m.end(), m.end() + 2).lookingAt()) {
                Matcher portfolio = AFTER_PORTFOLIO.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 2 * WINDOW)));
                if (portfolio.find() && Arrays.stream(portfolio.group("name").split("\\s+")).noneMatch(PORTFOLIO_WORDS::contains)) {
                    add(portfolio.group("name"), m.norm()); // "Canada's Minister of Energy and Natural Resources Jane Roe"
                }
            }
            if (PLACE_OPENS.matcher(window).find()) {
                // "In Vanuatu, Prime Minister Jane Roe stressed …": a readout of a tour places the head it met in each
                // state; not one the list knows as another state's ("In Japan, President Biden will …")
                Matcher head = HEAD_AFTER_PLACE.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + WINDOW)));
                if (head.lookingAt() && Arrays.stream(head.group(1).split("\\s+"))
                        .allMatch(w -> KNOWN.getOrDefault(w, m.norm()).equals(m.norm()))) {
                    add(head.group(1), m.norm());
                }
            }
            if (titleOf(window) >= 0) {
                Matcher name = NAME_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + WINDOW)));
                if (name.find()) {
                    add(name.group(1), m.norm()); // "the Minister of Economy of Ukraine Yulia Svyrydenko"
                }
            }
        }
        for (Mention m : mentions) {
            Matcher led = LEADERS_GOVERNMENT.matcher(m.text());
            // a state's own leader ("the Biden Administration") is placed by the lists above; a federation's part is not
            if (m.type() == MentionType.PARTY && m.norm().length() > 2 && led.matches() && !m.norm().equals(m.text())) {
                add(led.group(1), m.norm()); // "the Roe Government" of a state: Premier Jane Roe serves it
            }
        }
        if (text.contains("Minist")) {
            for (Pattern portfolio : PORTFOLIO_NAMES) {
                Matcher named = portfolio.matcher(text);
                while (named.find()) {
                    // "Minister of Trade, Industry and Energy Kim Jung-kwan": the ministry's name says whose minister
                    // and it wins over a state a nearby mention seems to give the name
                    String[] words = named.group("name").split("\\s+");
                    String state = PORTFOLIOS.get(normalPortfolio(named.group("portfolio")));
                    stateBySurname.put(words[words.length - 1], state);
                    stateBySurname.put(words[0], state);
                }
            }
        }
        LeadWordSearch.Search search = DEMONYM_TITLED_NAME_SEARCH.in(text);
        Matcher demonym = search.matcher();
        while (search.find()) {
            String state = PartyKinds.demonyms().get(demonym.group(1));
            if (state != null && state.length() == 2) {
                add(demonym.group(2), state); // "Indian Prime Minister Narendra Modi": Modi serves India
            }
        }
        // "our nation's" is common; the name patterns run only where such a title is written
        if (DESCRIBED_STATES.stream().anyMatch(text::contains) && DESCRIBED_STATE_TITLE_FOUND.matcher(text).find()) {
            for (Pattern described : DESCRIBED_STATE_OFFICIALS) {
                Matcher official = described.matcher(text);
                while (official.find()) {
                    // "Louis Roe, the country’s mines minister,": the state the report named before, not as an object
                    Matcher country = DESCRIBED_STATE.matcher(text).region(official.start(), official.end());
                    List<String> state = country.find()
                            ? Anaphors.resolve(country.group(), country.start(), mentions, text) : List.of();
                    if (state.size() == 1) {
                        add(ownLine(official.group(1)), state.get(0));
                    }
                }
            }
            Matcher lead = DESCRIBED_STATE_SPEAKER.matcher(text);
            while (lead.find()) {
                // "…, the country’s mines minister said.⏎“…,” Louis Roe said": a report's lead gives the title, the
                // quotation that follows it the name
                Matcher country = DESCRIBED_STATE.matcher(text).region(lead.start(), lead.end());
                Matcher named = NEXT_QUOTED_NAME.matcher(text).region(lead.end(), Math.min(text.length(), lead.end() + NEXT_QUOTE_CHARS));
                List<String> state = country.find() ? Anaphors.resolve(country.group(), country.start(), mentions, text) : List.of();
                if (state.size() == 1 && named.find()) {
                    add(ownLine(named.group(1)), state.get(0));
                }
            }
        }
        if (text.contains(" said") || text.contains(" told")) {
            placeTrailingSpeakers(text, mentions);
        }
        if (text.contains(" said") && MINISTERIAL_WORDS.stream().anyMatch(text::contains)) {
            placeReportingMinisters(text, mentions);
            placeMinistersBesideTheUnitedStates(text, mentions);
        }
        if (text.contains("Commissioner for")) {
            Matcher commissioner = COMMISSIONER.matcher(text);
            while (commissioner.find()) {
                if (commissioner.group("name") != null) { // "Commissioner for Internal Market Jane Roe": Roe serves the EU
                    add(commissioner.group("name"), COMMISSIONER_PORTFOLIOS.get(normalPortfolio(commissioner.group("portfolio"))));
                }
            }
        }
        for (Map.Entry<String, String> leader : KNOWN_FULL_NAMES.entrySet()) {
            if (text.contains(leader.getKey())) {
                add(leader.getKey(), leader.getValue()); // "Energy Secretary Chris Wright … Wright said": unless the text places him
            }
        }
    }

    /**
     * The officials the first {@code limit} characters name by demonym, title and name ("Australian Prime Minister Jane
     * Roe", spanning the demonym) or by title and the name of a leader news knows ("President Donald Trump", spanning the
     * name), each as a mention of the state it serves.
     */
    static List<Mention> leadersAt(String text, int limit) {
        String opening = text.substring(0, Math.min(limit, text.length()));
        List<Mention> officials = new ArrayList<>();
        List<int[]> placed = new ArrayList<>(); // "German Chancellor Olaf Scholz": the whole of each placed leader
        LeadWordSearch.Search search = DEMONYM_TITLED_NAME_SEARCH.in(opening);
        Matcher demonym = search.matcher();
        while (search.find()) {
            String state = PartyKinds.demonyms().get(demonym.group(1));
            if (state != null && state.length() == 2) {
                officials.add(Mention.of(MentionType.PARTY, text, demonym.start(1), demonym.end(1), state));
                placed.add(new int[] {demonym.start(), demonym.end()});
            }
        }
        LeadWordSearch.Search titles = TITLED_NAME_SEARCH.in(opening);
        Matcher titled = titles.matcher();
        while (titles.find()) {
            Matcher word = WORD.matcher(titled.group(1));
            String state = null;
            while (state == null && word.find()) {
                state = governorsName(titled, word.start()) ? null : KNOWN.get(word.group());
            }
            int start = titled.start(1);
            // a known name already placed by its demonym is that one leader, not a second name in a list
            boolean known = placed.stream().anyMatch(p -> p[0] < titled.end() && titled.start() < p[1]);
            if (state != null && !known && officials.stream().noneMatch(o -> o.start() < titled.end() && start < o.end())) {
                officials.add(Mention.of(MentionType.PARTY, text, start, titled.end(), state)); // the name, not the title
            }
        }
        officials.sort(Comparator.comparingInt(Mention::start));
        return officials;
    }

    /** Leaders news names by surname alone, and their states ({@code officials.txt}). */
    private static final Map<String, String> KNOWN = twoColumns("officials.txt");
    /** The leaders that list names in full, whose surname alone is too common to place them ("Chris Wright"). */
    private static final Map<String, String> KNOWN_FULL_NAMES = KNOWN.entrySet().stream().filter(e -> e.getKey().contains(" "))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    /** "Indian Prime Minister Narendra Modi": a demonym, a title and the official's name. */
    private static final Pattern DEMONYM_TITLED_NAME = Pattern.compile(DEMONYM_TITLE.pattern() + "\\s+" + NAME);
    /**
     * Searches tried only where a demonym starts: the two hundred alternatives, tried at every character of a
     * document, took an eighth of annotation's time.
     */
    private static final LeadWordSearch DEMONYM_TITLED_NAME_SEARCH = new LeadWordSearch(DEMONYM_TITLED_NAME);
    private static final LeadWordSearch DEMONYM_TITLE_SEARCH = new LeadWordSearch(DEMONYM_TITLE);
    /** A title and a name: "President Trump", "Prime Minister Tom Hale". */
    private static final Pattern TITLED_NAME = Pattern.compile("\\b" + TITLE + "\\s+" + NAME);
    private static final LeadWordSearch TITLED_NAME_SEARCH = new LeadWordSearch(TITLED_NAME);

    /**
     * The state an official the text does not place serves, in a document of two states where every official it does
     * place serves the same one of them: the other ("Indian Prime Minister Modi …; President Trump agreed to …" → the
     * other state). Empty when the subject names no official by name, or the text places officials in both states.
     */
    List<String> otherState(String subject, List<String> documentParties) {
        Set<String> placed = new LinkedHashSet<>(stateBySurname.values());
        if (documentParties.size() != 2 || !documentParties.stream().allMatch(Sides::isState) // a bloc is no official's state
                || placed.size() != 1 || !documentParties.containsAll(placed)
                || TITLED_NAME.matcher(subject).results().count() != 1) {
            return List.of();
        }
        return documentParties.stream().filter(p -> !placed.contains(p)).toList();
    }

    /**
     * The state of an official the subject names by title and name whom the text does not place, where every document
     * party is a state whose officials the text names as "President Jane Roe of X" ("Vice President Harris will meet
     * with President Herzog" after "President Isaac Herzog of Israel"): a named official who is none of those guests
     * serves another state, the one the text names most after them. Empty otherwise.
     */
    List<String> besidesThePlaced(String subject, List<String> documentParties, List<Mention> mentions) {
        Matcher named = TITLED_NAME.matcher(subject);
        // a bloc whose leaders are the guests ("leaders of the Caribbean Community") is a guest too
        List<String> states = documentParties.stream().filter(p -> !"intl".equals(PartyKinds.of(p))).toList();
        if (!named.find() || named.find() || states.isEmpty()
                || !placedAfterName.containsAll(states) || !leadersIn(subject).isEmpty()) {
            return List.of(); // a leader news knows is placed by that list
        }
        // the host is named often too ("the White House", "U.S. support"); a state named once or twice in a text about
        // another is no host ("a Georgia congresswoman" in a text about the United States)
        return mostNamedBesidesGuests(documentParties, mentions);
    }

    /**
     * The host of guests the text names as "President Jane Roe of X", for an official the subject names by title alone
     * ("The Vice President will meet with President Roe of X …", "The President will reaffirm …"): a guest is named, so
     * the bare title is the text's own official. The state of the leaders news knows whom the text names by title and
     * name without placing them ("President Biden will host …"), if one; else the state it names most besides the
     * guests. Empty when the subject names anyone, or a document party is no such guest.
     */
    List<String> hostOfGuests(String subject, List<String> documentParties, List<Mention> mentions) {
        if (TITLED_NAME.matcher(subject).find() || documentParties.isEmpty() || !statesIn(subject).isEmpty()) {
            return List.of();
        }
        List<String> host = hostOf(documentParties, mentions);
        // "The Prime Minister agreed …" beside "Prime Minister Jane Roe of X" where the host holds another title: the
        // guest; "The President and Prime Minister reaffirmed …": both
        Set<String> titled = new LinkedHashSet<>();
        boolean hostTitled = false;
        Matcher bare = BARE_TITLE.matcher(subject);
        while (bare.find()) {
            String guest = guestTitles.get(bare.group().replaceAll("\\s+", " "));
            if (guest != null && !guest.isEmpty() && !hostTitles().contains(bare.group().replaceAll("\\s+", " "))) {
                titled.add(guest);
            } else {
                hostTitled = true;
            }
        }
        if (titled.isEmpty()) {
            return host;
        }
        if (hostTitled) {
            titled.addAll(host);
        }
        return List.copyOf(titled);
    }

    /** The titles the text gives the officials it names by title and name and does not place as guests. */
    private Set<String> hostTitles() {
        Set<String> titles = new LinkedHashSet<>();
        Matcher t = TITLED_NAME.matcher(text);
        while (t.find()) {
            Matcher w = WORD.matcher(t.group(1));
            boolean guest = false;
            while (w.find()) {
                String state = stateBySurname.get(w.group());
                guest |= state != null && placedAfterName.contains(state);
            }
            Matcher title = LEADING_TITLE.matcher(t.group());
            if (!guest && title.lookingAt()) {
                titles.add(title.group().replaceAll("\\s+", " "));
            }
        }
        if (titles.isEmpty() && issuedByTheWhiteHouse()) {
            // a White House text that names none of its own officials calls its head "the President", beside guests that
            // hold the title too ("The President met with President Roe of X")
            titles.add("President");
        }
        return titles;
    }

    private List<String> hostOf(List<String> documentParties, List<Mention> mentions) {
        if (!placedAfterName.isEmpty() && !placedAfterName.contains("US") && issuedByTheWhiteHouse()) {
            return List.of("US"); // the White House's guests are placed; its own officials serve the United States
        }
        List<String> unplaced = unplacedParty(documentParties);
        if (!unplaced.isEmpty()) {
            return unplaced;
        }
        if (!placedAfterName.containsAll(documentParties)) {
            return List.of();
        }
        List<String> leaders = unplacedLeaders();
        if (leaders.size() == 1) {
            return leaders;
        }
        return leaders.isEmpty() ? mostNamedBesidesGuests(documentParties, mentions) : List.of();
    }

    /**
     * The one document party that is a state the text names no guest of, beside the guests it places ("President Roe
     * of X" in a text whose parties are X and the host): the host. Empty otherwise.
     */
    private List<String> unplacedParty(List<String> documentParties) {
        List<String> unplaced = documentParties.stream().filter(p -> !placedAfterName.contains(p)).toList();
        return unplaced.size() == 1 && unplaced.get(0).length() == 2 && documentParties.size() > 1 ? unplaced : List.of();
    }

    /**
     * "The two leaders" of a readout of a meeting between a leader the text names by title and name without placing him
     * ("President Roe") and one guest it places ("Prime Minister Doe of X"): the guest's state and the host's. Empty
     * where the text has not exactly one of each.
     */
    List<String> hostAndGuest() {
        return hostAndGuest(text.length());
    }

    /**
     * As above, with the guests the text places before {@code at}: a leader who joins the call later ("… invited King
     * Roe of X to join the call") is not one of "the two leaders" before.
     */
    List<String> hostAndGuest(int at) {
        List<String> guests = placedAt.entrySet().stream().filter(e -> e.getValue() < at).map(Map.Entry::getKey).toList();
        if (guests.size() != 1) {
            return List.of();
        }
        List<String> host = unplacedLeaders();
        String guest = guests.get(0);
        return host.size() == 1 && !host.get(0).equals(guest) ? List.of(guest, host.get(0)) : List.of();
    }

    /** The states of the leaders news knows that the text names by title and name and does not place, guests' aside. */
    private List<String> unplacedLeaders() {
        if (unplacedLeaders == null) {
            Set<String> states = new LinkedHashSet<>();
            LeadWordSearch.Search titles = TITLED_NAME_SEARCH.in(text);
            Matcher titled = titles.matcher();
            while (titles.find()) {
                String known = null;
                boolean placed = false;
                Matcher w = WORD.matcher(titled.group(1));
                while (w.find()) {
                    placed |= stateBySurname.containsKey(w.group());
                    known = known == null && !governorsName(titled, w.start()) ? KNOWN.get(w.group()) : known;
                }
                if (!placed && known != null && !placedAfterName.contains(known)) {
                    states.add(known);
                }
            }
            unplacedLeaders = List.copyOf(states);
        }
        return unplacedLeaders;
    }

    private List<String> mostNamedBesidesGuests(List<String> documentParties, List<Mention> mentions) {
        Map<String, Long> states = mentions.stream().filter(m -> m.type() == MentionType.PARTY && m.norm().length() == 2)
                .collect(Collectors.groupingBy(Mention::norm, LinkedHashMap::new, Collectors.counting()));
        long guests = documentParties.stream().mapToLong(p -> states.getOrDefault(p, 0L)).max().orElse(0);
        List<String> host = states.entrySet().stream().filter(e -> !placedAfterName.contains(e.getKey()))
                .max(Map.Entry.comparingByValue())
                .filter(e -> e.getValue() >= MIN_HOST_MENTIONS && e.getValue() * HOST_SHARE >= guests)
                .map(e -> List.of(e.getKey())).orElse(List.of());
        // a readout the White House issues names its own state seldom ("The Vice President will work with X on …" after
        // "President Roe of X"): its officials who are none of the guests serve the United States
        return host.isEmpty() && !placedAfterName.contains("US") && issuedByTheWhiteHouse() ? List.of("US") : host;
    }

    /** The subject's official by title: "the Vice President", "Vice President Jane Roe". */
    private static final Pattern VICE_PRESIDENT = Pattern.compile("\\bVice\\s+President\\b(?!\\s+of\\b)");

    /**
     * The United States, for the Vice President a White House text names as its subject by title alone or by title and
     * name ("the Vice President will advance …", "Vice President Roe will take part …"), whether the text's parties are
     * the states visited or the United States and its partners: the host's own official, as where it places its guests,
     * since no guest holds that title and no state or leader named in the subject is another's. Empty otherwise.
     */
    List<String> whiteHouseVicePresident(String subject, List<String> documentParties) {
        if (!issuedByTheWhiteHouse() || documentParties.equals(List.of("US")) || guestTitles.containsKey("Vice President")) {
            return List.of();
        }
        // an opening phrase before the subject names whom the official meets ("In talks with the leaders of X, the …")
        String own = subject.substring(subject.lastIndexOf(',') + 1);
        Matcher vice = VICE_PRESIDENT.matcher(own);
        if (!vice.find() || vice.find() || !statesIn(own).isEmpty()
                || leadersIn(own).stream().anyMatch(l -> !"US".equals(l))) {
            return List.of();
        }
        return List.of("US");
    }

    /**
     * Whether the White House issues the text, as its address in the source says ("source_url: https://www.whitehouse.gov/…"):
     * a text that only names it ("the White House said") may be anyone's.
     */
    boolean issuedByTheWhiteHouse() {
        return fromTheWhiteHouse;
    }

    /**
     * A transcript's turn label at a line's start, in capitals: "VICE PRESIDENT ROE:", "THE PRESIDENT:", "PRIME
     * MINISTER TAMM:" (not "Q:" or "MS. SMITH:", whose "we" is no state's).
     */
    private static final Pattern TURN = Pattern.compile("(?m)^[ \\t*]*((?:THE\\s+)?" + TITLE.toUpperCase(Locale.ROOT)
            .replace("\\S", "\\s") + "(?:\\s+[\\p{Lu}][\\p{Lu}.'’-]+){0,3})[ \\t*]*:");
    private List<int[]> turns;

    /** Whether the text is a transcript with turn labels ("THE PRESIDENT:", "PRIME MINISTER ROE:"). */
    boolean hasTurns() {
        return TURN.matcher(text).find();
    }

    /**
     * The state of the official whose transcript turn holds {@code at} ("VICE PRESIDENT ROE:  … And we are pledging …"):
     * the state the text places the speaker in, else a leader news knows, else the host of the guests the text places
     * ("THE PRESIDENT:" beside "President Tamm of Estonia"). Empty outside a turn or when the speaker is not known.
     */
    List<String> turnSpeaker(int at, List<String> documentParties, List<Mention> mentions) {
        if (turns == null) {
            turns = new ArrayList<>();
            Matcher t = TURN.matcher(text);
            while (t.find()) {
                turns.add(new int[] {t.start(1), t.end(1)});
            }
        }
        int[] turn = null;
        for (int[] candidate : turns) {
            if (candidate[0] >= at) {
                break;
            }
            turn = candidate;
        }
        if (turn == null) {
            return List.of();
        }
        StringBuilder label = new StringBuilder(); // "VICE PRESIDENT ROE" as a text writes it: "Vice President Roe"
        for (String word : text.substring(turn[0], turn[1]).split("\\s+")) {
            label.append(label.length() == 0 ? "" : " ").append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        String speaker = label.toString();
        List<String> served = leadersIn(speaker);
        if (!served.isEmpty()) {
            return served.subList(0, 1);
        }
        if (!TITLED_NAME.matcher(speaker).find()) {
            return hostOfGuests(speaker, documentParties, mentions);
        }
        List<String> besides = besidesThePlaced(speaker, documentParties, mentions);
        return besides.isEmpty() ? unplacedParty(documentParties) : besides;
    }

    private static final int MIN_HOST_MENTIONS = 2;
    private static final int HOST_SHARE = 4;

    /**
     * The text with a front matter's escapes blanked, the offsets kept: a quoted title line writes a no-break space as
     * "\\_" and folds with a backslash ("Readout of President\\_Biden’s Call with President Roe of\\_Estonia"), which
     * would hide the guest the title places.
     */
    private static String unescaped(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        return text.replace("\\_", "  ").replace('\\', ' ');
    }

    /** A name's words after the sentence or line before it ends: "May.⏎Jane Roe" is Jane Roe. */
    private static String ownLine(String name) {
        return name.replaceFirst("(?s)^.*(?:\\p{L}{2}\\.\\s+|\\n\\s*)", "");
    }

    /** What opens no person’s name: "The" or an official’s title (not "An", a Korean surname). */
    private static final Pattern NO_NAME = Pattern.compile("(?:The|THE|" + TITLE + ")\\b");
    /** Honorifics that open a name, before the given name by which the text goes on to call the person. */
    private static final Set<String> NAME_HONORIFICS = Set.of("Sheikh", "Sheikha", "Shaikh", "Shaikha", "Sayyid", "Prince",
            "Princess", "Amir", "Emir", "Crown");

    /**
     * A news sentence a state opens and an official's attribution closes: "Zambia aims to double copper output by 2031,
     * Mines Minister Jane Roe said." The official speaks for the state whose plan they announce.
     */
    private static final Pattern TRAILING_SPEAKER = Pattern.compile(",\\s+(?:\\p{Lu}[\\p{L}-]+\\s+){0,2}?(?i:" + TITLE + ")\\s+" + NAME
            + "\\s+(?:said|told)\\b");
    /**
     * A title no US official holds: "The US would count its aid as its share, Deputy Prime Minister Jane Roe said" reports
     * the other side's account of the United States' part, so she is not placed there.
     */
    private static final Pattern NO_US_TITLE = Pattern.compile("\\b(?:Prime\\s+Minister|Premier|Chancellor)\\b");
    /** What may stand before a sentence's subject: the sentence's start, or "The". */
    private static final Pattern OPENS_SENTENCE = Pattern.compile("(?:[.!?][\"”]?[ \\t]+|\\n\\s*)(?:The\\s+)?$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”]?(?:\\s|$)");
    /** How far a sentence is read for its closing attribution. */
    private static final int SENTENCE_CHARS = 400;

    private void placeTrailingSpeakers(String text, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.type() != MentionType.PARTY || m.norm().length() != 2) {
                continue;
            }
            String before = text.substring(Math.max(0, m.start() - 12), m.start());
            if (!(m.start() <= 12 && before.isBlank()) && !OPENS_SENTENCE.matcher(before).find()) {
                continue;
            }
            Matcher end = SENTENCE_END.matcher(text).region(m.end(), Math.min(text.length(), m.end() + SENTENCE_CHARS));
            int to = end.find() ? end.start() + 1 : -1;
            if (to < 0) {
                continue;
            }
            Matcher speaker = TRAILING_SPEAKER.matcher(text).region(m.end(), to);
            if (speaker.find() && !("US".equals(m.norm()) && NO_US_TITLE.matcher(speaker.group()).find()) && mentions.stream().noneMatch(n -> n.type() == MentionType.PARTY
                    && n.start() >= speaker.start() && n.start() < speaker.end())) {
                add(speaker.group(1), m.norm()); // no state inside the attribution ("US Commerce Secretary …") places them
            }
        }
    }

    /**
     * "Industry Minister Jane Roe said Seoul would …", "Roe said Korea would …": a speaker who reports what a state will
     * do, right after the verb of saying.
     */
    private static final Pattern REPORTS_STATE = Pattern.compile("\\b(?:(?i:" + TITLE + ")\\s+)?" + NAME
            + "\\s+(?:said|added|told\\s+reporters)(?:\\s+on\\s+\\p{Lu}\\p{Ll}+|\\s+\\p{Lu}\\p{Ll}+day)?,?(?:\\s+that)?\\s+(?:the\\s+)?$");
    /** The reported clause's modal right after the state: "… said Seoul would". */
    private static final Pattern REPORTED_MODAL = Pattern.compile("\\s+(?:would|will)\\b");
    /** Words that open a sentence as its subject and name no one: "He said Korea would …". */
    private static final Set<String> NO_SPEAKER_NAME = Set.of("He", "She", "It", "They", "We", "I", "The", "This", "That",
            "Officials", "Analysts");
    /** A title no US official holds, where a minister's name may follow: "Industry Minister", "ministry spokesperson". */
    private static final List<String> MINISTERIAL_WORDS = List.of("inister", "remier", "hancellor");
    private static final String MINISTERIAL = "(?:(?i:minister|premier|chancellor)|ministry\\s+spokes(?:person|man|woman))";

    /**
     * Ministers a news report names by a title no US official holds ("Industry Minister Jane Roe", "commerce ministry
     * spokesperson Jane Roe"), without a state beside the title, placed in the one state they report as acting ("Roe
     * said Seoul would …"): the surname then stands for that state for the rest of the text ("“We will …,” Roe said").
     * None where they report on two states, or where the text or the list of leaders news knows already places them.
     */
    private void placeReportingMinisters(String text, List<Mention> mentions) {
        Map<String, Set<String>> reported = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.type() != MentionType.PARTY || m.norm().length() != 2) {
                continue;
            }
            String window = text.substring(Math.max(0, m.start() - WINDOW), m.start());
            if (!window.contains(" said") && !window.contains(" added") && !window.contains(" told")) {
                continue;
            }
            Matcher speaker = REPORTS_STATE.matcher(window);
            if (!REPORTED_MODAL.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 8)).lookingAt() || !speaker.find()) {
                continue;
            }
            // "Trade Minister Jane Roe": the words after the title, without the portfolio before it
            String name = ownLine(speaker.group(1)).replaceFirst("^.*\\b(?i:" + TITLE + ")\\s+", "").strip();
            String[] words = name.split("\\s+");
            String surname = words[words.length - 1];
            if (name.isEmpty() || words.length == 1 && NO_SPEAKER_NAME.contains(words[0]) || stateBySurname.containsKey(surname)
                    || stateBySurname.containsKey(words[0]) || KNOWN.containsKey(surname)) {
                continue;
            }
            reported.computeIfAbsent(surname, k -> new LinkedHashSet<>()).add(m.norm());
            names.merge(surname, name, (a, b) -> a.length() >= b.length() ? a : b);
        }
        reported.forEach((surname, states) -> {
            Pattern titled = Pattern.compile("\\b" + MINISTERIAL + "\\s+(?:\\p{Lu}[\\p{L}'’-]+\\s+){0,3}" + Pattern.quote(surname) + "\\b");
            if (states.size() == 1 && titled.matcher(text).find()) {
                add(names.get(surname), states.iterator().next());
            }
        });
    }

    /** A minister's title and name: "Prime Minister Jane Roe", "Finance Minister Jane Roe". */
    private static final Pattern MINISTER_AND_NAME = Pattern.compile("\\b" + MINISTERIAL + "\\s+" + NAME);

    /**
     * Ministers a report names by title and name with no state beside them, where the only states it names are the
     * United States and one other ("Ukraine and the United States …; Prime Minister Jane Roe said …"): no US official
     * holds those titles, so they serve the other state.
     */
    private void placeMinistersBesideTheUnitedStates(String text, List<Mention> mentions) {
        Set<String> states = mentions.stream().filter(m -> m.type() == MentionType.PARTY && m.norm().length() == 2)
                .map(Mention::norm).collect(Collectors.toCollection(LinkedHashSet::new));
        if (states.size() != 2 || !states.remove("US")) {
            return;
        }
        String other = states.iterator().next();
        Matcher minister = MINISTER_AND_NAME.matcher(text);
        while (minister.find()) {
            String[] words = ownLine(minister.group(1)).split("\\s+");
            String surname = words[words.length - 1];
            if (!stateBySurname.containsKey(surname) && !stateBySurname.containsKey(words[0]) && !KNOWN.containsKey(surname)) {
                add(ownLine(minister.group(1)), other);
            }
        }
    }

    private void add(String name, String state) {
        if (NO_NAME.matcher(name.trim()).lookingAt()) {
            return; // "the President of the Republic of X The President of Y": the next entry of a list of heads, no name
        }
        String[] words = name.trim().split("\\s+");
        for (int i = 0; i < words.length - 1; i++) {
            if (words[i].length() > 2 && words[i].endsWith(".")) {
                // "… minister Ana Reyes.⏎Next, we …": the name ends with its sentence, the next one's first word is no
                // part of it (an initial, "R.", is)
                words = Arrays.copyOf(words, i + 1);
                words[i] = words[i].substring(0, words[i].length() - 1);
                break;
            }
        }
        int first = 0;
        while (first < words.length - 1 && NAME_HONORIFICS.contains(words[first])) {
            first++; // "Sheikh Tamim Bin Hamad Al Thani" is Sheikh Tamim: the given name after the honorific
        }
        words = Arrays.copyOfRange(words, first, words.length);
        String surname = words[words.length - 1];
        stateBySurname.putIfAbsent(surname, state);
        // East Asian names put the family name first: "Yoon Suk Yeol" is President Yoon; a family name that is also a
        // pronoun ("He Lifeng") is left out, or every "He said" would be that official
        if (!NO_SPEAKER_NAME.contains(words[0])) {
            stateBySurname.putIfAbsent(words[0], state);
        }
    }

    /**
     * The states of the officials a subject names ("President Biden and President Yoon", "the Chilean Minister of
     * Mining"), in order; empty if none known.
     */
    List<String> statesIn(String subject) {
        return statesIn(subject, Map.of());
    }

    /** A capitalised word of a speaker's words, a surname perhaps: "Kim" in "Kim told reporters". */
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}'’-]+");

    /**
     * Whether the speaker is a minister by title ("Finance Minister Roe said"), or by the surname of a minister the text
     * named before {@code before} ("Kim told reporters" after "Industry Minister Kim Jung-kwan").
     */
    static boolean isMinister(String speaker, String text, int before) {
        if (speaker.contains("Minister")) {
            return true;
        }
        String earlier = text.substring(0, Math.max(0, Math.min(before, text.length())));
        if (!earlier.contains("Minister")) {
            return false;
        }
        Matcher word = CAPITALISED.matcher(speaker);
        while (word.find()) {
            if (!word.group().equals("The") && Pattern.compile("\\bMinister\\s+(?:\\p{Lu}[\\p{L}'’-]+\\s+){0,2}" + Pattern.quote(word.group())
                    + "\\b").matcher(earlier).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * As {@link #statesIn(String)}, also knowing the leaders news names by surname alone and never places
     * ("Presidents Donald Trump and Xi Jinping agreed …"; "Trump said he would …" → US); what the text says wins.
     */
    List<String> leadersIn(String subject) {
        return statesIn(subject, KNOWN);
    }

    /**
     * The states of the officials a subject places by their demonym and title and not after a preposition ("Chinese
     * President Xi Jinping and US President Donald Trump agreed …" → CN), where no mention names the state.
     */
    List<String> statesByDemonymIn(String subject) {
        Set<String> states = new LinkedHashSet<>();
        LeadWordSearch.Search search = DEMONYM_TITLE_SEARCH.in(subject);
        Matcher d = search.matcher();
        while (search.find()) {
            String state = PartyKinds.demonyms().get(d.group(1));
            boolean object = CommitmentExtractor.NOT_SUBJECT_BEFORE.matcher(subject.substring(0, d.start())).find();
            if (state != null && state.length() == 2 && !object) {
                states.add(state);
            }
        }
        return List.copyOf(states);
    }

    /**
     * The states of the officials a subject names by title and name where they act, not after a preposition
     * ("Prime Minister Jane Roe and Japan's Prime Minister …" → Roe's state too; not "at the invitation of President …"):
     * the text's own placing first, else the leaders news knows.
     */
    private static final Pattern COORDINATED_AFTER = Pattern.compile("^\\s*,?\\s*(?:and|&)\\s");
    private static final Pattern COORDINATED_BEFORE = Pattern.compile("(?:,|\\band|&)\\s+$");
    private static final Pattern THAT = Pattern.compile("(?i)\\bthat\\b");

    /**
     * The state of the leader by title and name who opens {@code clause} ("Prime Minister Roe welcomed …"), where the
     * text places the leader or news knows them; null otherwise.
     */
    String leadingLeaderState(String clause) {
        Matcher t = TITLED_NAME.matcher(clause.stripLeading());
        if (!t.lookingAt()) {
            return null;
        }
        Matcher w = WORD.matcher(t.group(1));
        while (w.find()) {
            String state = stateBySurname.getOrDefault(w.group(), KNOWN.get(w.group()));
            if (state != null) {
                return state;
            }
        }
        return null;
    }

    List<String> titledLeadersIn(String subject) {
        return titledLeadersEachIn(subject).stream().distinct().toList();
    }

    /**
     * As {@link #titledLeadersIn(String)}, one state for each official placed, so that two officials of one state
     * ("President Biden and Secretary Blinken") count as two.
     */
    List<String> titledLeadersEachIn(String subject) {
        List<String> states = new ArrayList<>();
        Matcher t = TITLED_NAME.matcher(subject);
        while (t.find()) {
            if (CommitmentExtractor.NOT_SUBJECT_BEFORE.matcher(subject.substring(0, t.start())).find()
                    || !(COORDINATED_AFTER.matcher(subject).region(t.end(), subject.length()).lookingAt()
                            || COORDINATED_BEFORE.matcher(subject.substring(0, t.start())).find())
                    || THAT.matcher(subject.substring(t.end())).find()) {
                continue; // only a leader coordinated with another subject: not "X informed President Y that …"
            }
            String state = null;
            Matcher w = WORD.matcher(t.group(1));
            while (state == null && w.find()) {
                state = stateBySurname.getOrDefault(w.group(), governorsName(t, w.start()) ? null : KNOWN.get(w.group()));
            }
            if (state != null) {
                states.add(state);
            }
        }
        return states;
    }

    /**
     * Whether the word at {@code at} of a titled name's name (its group 1) is a governor's name ("Governor John Carney",
     * also inside "Co-Chair⏎Delaware Governor John Carney" of a list): a state's or a province's head, never one of the
     * national leaders news names by surname alone, whatever surname they share.
     */
    private static boolean governorsName(Matcher titled, int at) {
        String before = titled.group().substring(0, titled.start(1) - titled.start() + at);
        return GOVERNOR_BEFORE.matcher(before).find();
    }

    /** A governor's title, and given names, right before a surname: "Delaware Governor John |Carney". */
    private static final Pattern GOVERNOR_BEFORE = Pattern.compile("\\bGovernor\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}$");

    /** The bodies of the Commissioners a passage names by portfolio, by where each starts. */
    private static Map<Integer, String> commissionersIn(String passage) {
        Map<Integer, String> bodies = new TreeMap<>();
        if (passage.contains("Commissioner for")) {
            Matcher commissioner = COMMISSIONER.matcher(passage);
            while (commissioner.find()) {
                bodies.put(commissioner.start(), COMMISSIONER_PORTFOLIOS.get(normalPortfolio(commissioner.group("portfolio"))));
            }
        }
        return bodies;
    }

    /**
     * The bodies of the Commissioners a subject names by portfolio where they act, not after a preposition
     * ("Commissioner for Trade Jane Roe and Chile's Minister … signed" → EU).
     */
    List<String> commissionersActingIn(String subject) {
        return commissionersIn(subject).entrySet().stream()
                .filter(e -> !CommitmentExtractor.NOT_SUBJECT_BEFORE.matcher(subject.substring(0, e.getKey())).find())
                .map(Map.Entry::getValue).distinct().toList();
    }

    /** The state of the last official a passage names whom the text places ("… Svyrydenko said …"), or null. */
    String lastPlacedIn(String passage) {
        String state = null;
        Matcher w = WORD.matcher(passage);
        while (w.find()) {
            state = stateBySurname.getOrDefault(w.group(), state);
        }
        return state;
    }

    private List<String> statesIn(String subject, Map<String, String> known) {
        Map<Integer, String> byPosition = new TreeMap<>();
        Matcher w = WORD.matcher(subject);
        while (w.find()) {
            String word = POSSESSIVE.matcher(w.group()).replaceFirst(""); // "President Biden’s agenda": Biden
            boolean governor = !known.isEmpty() && GOVERNOR_BEFORE.matcher(subject.substring(Math.max(0, w.start() - 40), w.start())).find();
            String state = stateBySurname.getOrDefault(word, governor ? null : known.get(word));
            if (state != null) {
                byPosition.putIfAbsent(w.start(), state);
            }
        }
        LeadWordSearch.Search search = DEMONYM_TITLE_SEARCH.in(subject);
        Matcher d = search.matcher();
        while (search.find()) {
            byPosition.put(d.start(), PartyKinds.demonyms().get(d.group(1)));
        }
        byPosition.putAll(commissionersIn(subject));
        if (byPosition.isEmpty()) {
            String body = bareBodyHead(subject);
            return body != null ? List.of(body) : bareTitleState(subject, known);
        }
        return List.copyOf(new LinkedHashSet<>(byPosition.values()));
    }

    /**
     * "the Prime Minister" with no name: a title no US official holds (Prime Minister, Premier, Chancellor) refers back to
     * the one the text names with it ("Prime Minister Yulia Sviridenko said …" → her state); none where the text names
     * two of them of different states, or none it can place.
     */
    private static final Pattern NAMELESS_FOREIGN_TITLE = Pattern.compile("\\b(?:the|The)\\s+(Prime\\s+Minister|Premier|Chancellor)\\b(?![ \\t]+\\p{Lu})");

    private List<String> bareTitleState(String subject, Map<String, String> known) {
        Matcher bare = NAMELESS_FOREIGN_TITLE.matcher(subject);
        if (!bare.find() || BARE_TITLE.matcher(subject).results().count() > 1) {
            return List.of(); // "The President and the Prime Minister agreed": host and guest (see hostOfGuests)
        }
        Matcher named = Pattern.compile("\\b" + bare.group(1).replaceAll("\\s+", "\\\\s+") + "\\s+" + NAME).matcher(text);
        Set<String> states = new LinkedHashSet<>();
        while (named.find()) {
            Matcher w = WORD.matcher(named.group(1));
            String state = null;
            while (state == null && w.find()) {
                state = stateBySurname.getOrDefault(w.group(), known.get(w.group()));
            }
            if (state != null) {
                states.add(state);
            }
        }
        return states.size() == 1 ? List.copyOf(states) : List.of();
    }
}
