package org.accordex.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.accordex.commitments.DataLines;
import org.accordex.model.Mention;
import org.accordex.model.MentionType;
import org.accordex.nlp.LeadWordSearch;

/**
 * The governments of states, provinces and territories ({@code subnational-governments.txt}, {@code us-states.txt}) are
 * parties where the text names them as governments: "the Government of Manitoba", "the Queensland Government", "the
 * State of Oregon", and a list of two or more of them that opens a sentence as its subject ("Manitoba, Ontario and
 * Yukon have agreed to …"). A place by its name alone ("a mine in Western Australia") stays no party. The mention is the
 * place's name; its norm, the full name.
 */
final class SubnationalGovernments {
    private static final Map<String, String> NORMS = new LinkedHashMap<>();
    /** The adjectives of the names, only before "Government": "Western Australian" → Western Australia. */
    private static final Map<String, String> ADJECTIVES = new LinkedHashMap<>();
    private static final String ADJECTIVE = "adjective";
    /** The federation each name is a part of: "Queensland" → AU. */
    private static final Map<String, String> FEDERATIONS = new LinkedHashMap<>();
    static {
        for (String line : DataLines.of(SubnationalGovernments.class, "subnational-governments.txt")) {
            String[] parts = line.split("\t");
            if (parts.length > 3 && parts[3].equals(ADJECTIVE)) {
                ADJECTIVES.put(parts[1], parts[2]);
                continue;
            }
            NORMS.put(parts[1], parts.length > 2 ? parts[2] : parts[1]);
            FEDERATIONS.put(parts[1], parts[0]);
        }
        for (String state : DataLines.of(SubnationalGovernments.class, "us-states.txt")) {
            NORMS.putIfAbsent(state, state);
            FEDERATIONS.putIfAbsent(state, "US");
        }
    }
    private static final String NAMES = ContextRules.alternation(new ArrayList<>(NORMS.keySet()));
    // "\\b(" opens each name-led pattern, so that a search tries it only where a name starts (LeadWordSearch), not at
    // every character: the alternation holds over a hundred names
    private static final String NAME = "\\b(" + NAMES + ")(?![\\p{L}\\d])";
    private static final String LISTED = NAMES + "(?![\\p{L}\\d])";
    /** "the Government of (the Province of) Manitoba", "the government of Salta". */
    private static final Pattern GOVERNMENT_OF = Pattern.compile("\\b(?:Government|government|GOVERNMENT)\\s+of\\s+(?:the\\s+)?"
            + "(?:(?:Province|State)\\s+of\\s+)?" + NAME);
    /** "the State of Oregon", "the Province of Ontario"; not after "of" ("the Government of the State of …" is above). */
    private static final Pattern STATE_OF = Pattern.compile("(?<!\\bof\\s)\\b(?:State|Province)\\s+of\\s+" + NAME);
    /** "the Queensland Government", "the Manitoba government", "Ontario’s government", "the Alberta provincial government". */
    private static final Pattern NAME_GOVERNMENT = Pattern.compile("(?<![\\p{L}\\d.])" + NAME
            + "(?:['’]s)?\\s+(?:(?:[Pp]rovincial|[Ss]tate|[Tt]erritorial)\\s+)?(?:Government|government)\\b(?!\\s+of\\b)");
    /**
     * "the Western Australian Government", "the Bavarian state government": the adjective of a state's name with its
     * government, one span, as "the Korean government" is; the adjective alone ("Victorian-era", "a Bavarian firm") is none.
     */
    private static final Pattern ADJECTIVE_GOVERNMENT = Pattern.compile("\\b(" + ContextRules.alternation(new ArrayList<>(ADJECTIVES.keySet()))
            + ")\\s+(?:(?:[Pp]rovincial|[Ss]tate|[Tt]erritorial)\\s+)?(?:Government|government)\\b(?!\\s+of\\b)");
    /**
     * "the governments of Canada and Quebec", "the governments of Australia, Queensland and Victoria", "the States of
     * Ohio and Vermont": a list of capitalized names after "governments of" or "States of", whose states and provinces
     * are governments, as "the State of Oregon" is one; so are those whose governors
     * are listed ("the governors of Jujuy, Salta and Catamarca will …"), who act for them as a minister acts for a state
     * (a proclamation's "the Governors of the States, the Commonwealth of Puerto Rico, …" names no list of them).
     */
    private static final String LISTED_NAME = "(?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:of\\s+|do\\s+|del\\s+)?\\p{Lu}[\\p{L}.'’-]*)*";
    private static final Pattern GOVERNMENTS_OF_LIST = Pattern.compile("\\b(?:Governments|governments|States|(?:Governors|governors)(?!\\s+of\\s+the\\b))\\s+of\\s+(" + LISTED_NAME
            + "(?:(?:,\\s+|,?\\s+and\\s+)" + LISTED_NAME + ")+)");
    /**
     * "United" or "Federated" before "States of": the federation's own name; "for the" before it: an office's
     * jurisdiction ("Directors of the agency for the States of Kansas and Iowa"), no government named.
     */
    private static final Pattern FEDERATION_BEFORE_STATES = Pattern.compile("(?:\\b(?:United|Federated|UNITED)|\\bfor\\s+the)\\s+$");
    private static final List<LeadWordSearch> NAMED_GOVERNMENT_SEARCHES = List.of(new LeadWordSearch(ADJECTIVE_GOVERNMENT),
            new LeadWordSearch(GOVERNMENTS_OF_LIST));
    /** The verb after a list of names that are its subject. */
    private static final String LIST_VERB = "\\s+(?:have|has|will|shall|would|agreed|signed|committed|intend|plan|jointly|are|also)\\b";
    /**
     * A name right before the verb, which every {@link #SUBJECT_LIST} holds (its last name): where none is written, the
     * list, whose pattern is tried at every character of the text, need not be searched for.
     */
    private static final LeadWordSearch NAME_BEFORE_LIST_VERB = new LeadWordSearch(Pattern.compile(NAME + LIST_VERB));
    /**
     * A list of two or more names that opens a sentence, a quote or a list item, then its verb: "Manitoba and Ontario have
     * agreed".
     */
    private static final Pattern SUBJECT_LIST = Pattern.compile(
            // where a sentence, a line or a list item opens; not a line a hard-wrapped sentence goes on in
            // ("Investments in Iowa, Ohio,", a line break, "Oregon, and Alaska will …")
            "(?:^|(?<=[.!?:][ \\t]?\\n?)(?<=\\s)|(?<=\\n)(?<![,;]\\n)(?<!\\b(?:and|or|in|of|to|for)\\n)[ \\t]*(?:[-•*–][ \\t]+)?"
            + "|(?<=^[-•*–][ \\t]))"
            + "[\"“]?(" + LISTED + "(?:,\\s+" + LISTED + ")*,?\\s+(?:and|&)\\s+" + LISTED + ")" + LIST_VERB);
    private static final Pattern ONE_NAME = Pattern.compile(NAME);
    /** A premier or governor by name: "Premier Jane Roe", "Governor Roe". */
    private static final Pattern LEADER = Pattern.compile("\\b(?:Premier|Governor)\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}"
            + "(\\p{Lu}\\p{Ll}[\\p{L}'’-]+)\\b(?!\\s+(?:of|Government|Administration)\\b)");
    /** The state's name before the title: "Queensland Premier Jane Roe". */
    private static final Pattern NAME_BEFORE_TITLE = Pattern.compile("(?<![\\p{L}\\d.])(" + LISTED + ")\\s+$");
    private static final int NAME_BEFORE_CHARS = 40;
    /**
     * "the Gouvernement du Québec": the name Quebec's government signs its agreements under, in English texts too (its
     * title page in capitals).
     */
    private static final Pattern GOUVERNEMENT_DU_QUEBEC = Pattern.compile("\\b(?:Gouvernement|GOUVERNEMENT)\\s+du\\s+(Qu[ée]bec|QU[ÉE]BEC)\\b");
    private static final String QUEBEC = "Quebec";
    private static final List<LeadWordSearch> GOVERNMENT_SEARCHES = List.of(new LeadWordSearch(GOVERNMENT_OF),
            new LeadWordSearch(STATE_OF), new LeadWordSearch(NAME_GOVERNMENT));
    private static final LeadWordSearch ONE_NAME_SEARCH = new LeadWordSearch(ONE_NAME);
    private static final LeadWordSearch QUEBEC_SEARCH = new LeadWordSearch(GOUVERNEMENT_DU_QUEBEC);

    private SubnationalGovernments() {
    }

    /** A US state's name, and "State", right before a department's name: "Maryland |Department of Labor". */
    private static final Pattern US_STATE_BEFORE = Pattern.compile("(?<![\\p{L}\\d.])(" + ContextRules.alternation(
            FEDERATIONS.entrySet().stream().filter(e -> e.getValue().equals("US")).map(Map.Entry::getKey).toList())
            + ")(?:(?:[ \\t]+|[ \\t]*\\n[ \\t]*)State)?(?:[ \\t]+|[ \\t]*\\n[ \\t]*)$"); // a hard-wrapped line may break the name
    private static final int STATE_BEFORE_CHARS = 40;

    /**
     * A state's own department, which the dictionary reads as the federal one of the same name: "the Maryland Department of
     * Transportation", "the Oklahoma State Department of Education" are that state's bodies, named in full, not the US
     * Department of Transportation or Education. Read before the text's defined short names ("(MDOL)"), which take its norm.
     */
    static List<Mention> stateDepartments(String text, List<Mention> mentions) {
        List<Mention> local = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type() != MentionType.PARTY || !text.startsWith("Department of", m.start())) {
                continue;
            }
            Matcher state = US_STATE_BEFORE.matcher(text.substring(Math.max(0, m.start() - STATE_BEFORE_CHARS), m.start()));
            if (state.find()) {
                int start = m.start() - (state.regionEnd() - state.start(1));
                local.add(Mention.of(MentionType.PARTY, text, start, m.end(), text.substring(start, m.end()).replaceAll("\\s+", " ")));
            }
        }
        if (local.isEmpty()) {
            return mentions;
        }
        return Mention.replacing(mentions, local);
    }

    /** The federations whose parts the text names, by where it first names each, with how often: "Northern Territory" → AU. */
    static Map<Integer, String> federationsNamed(String text) {
        Map<Integer, String> out = new TreeMap<>();
        LeadWordSearch.Search names = ONE_NAME_SEARCH.in(text);
        while (names.find()) {
            Matcher m = names.matcher();
            out.put(m.start(), FEDERATIONS.get(m.group(1).replaceAll("\\s+", " ")));
        }
        return out;
    }

    /**
     * "the Roe Government", "the Roe Administration", where the text names Premier or Governor Jane Roe: that leader's
     * state or province, the one written before the title ("Queensland Premier Jane Roe") or else the first the text
     * names. A national leader's ("the Biden Administration") is the federal government's, found elsewhere.
     */
    private static List<Mention> leadersGovernments(String text) {
        if (!text.contains("Premier ") && !text.contains("Governor ")) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        Matcher leader = LEADER.matcher(text);
        while (leader.find()) {
            String surname = leader.group(1);
            if (!text.contains(surname + " Government") && !text.contains(surname + " Administration")) {
                continue;
            }
            Matcher before = NAME_BEFORE_TITLE.matcher(text.substring(Math.max(0, leader.start() - NAME_BEFORE_CHARS), leader.start()));
            String state = before.find() ? norm(before.group(1)) : firstNamed(text);
            if (state == null) {
                continue;
            }
            Matcher government = Pattern.compile("\\b" + Pattern.quote(surname) + "\\s+(?:Government|Administration)\\b")
                    .matcher(text);
            while (government.find()) {
                int start = government.start();
                if (out.stream().noneMatch(o -> o.start() == start)) {
                    out.add(Mention.of(MentionType.PARTY, text, start, government.end(), state));
                }
            }
        }
        return out;
    }

    /** Whether {@code surface} is a state's or province's name with its possessive: "Jujuy's", "Ontario’s". */
    static boolean isPossessive(String surface) {
        return (surface.endsWith("'s") || surface.endsWith("’s")) && NORMS.containsKey(surface.substring(0, surface.length() - 2).strip());
    }

    private static String firstNamed(String text) {
        LeadWordSearch.Search names = ONE_NAME_SEARCH.in(text);
        return names.find() ? norm(names.matcher().group(1)) : null;
    }

    private static String norm(String name) {
        return NORMS.get(name.replaceAll("\\s+", " "));
    }

    /** The mentions with the governments named so added, where no other mention covers them. */
    static List<Mention> add(String text, List<Mention> mentions) {
        List<Mention> found = new ArrayList<>();
        // each search tries its pattern only where its first words are written; a name the first two both find
        // ("the Government of the State of Ohio") is added once, below
        for (LeadWordSearch search : GOVERNMENT_SEARCHES) {
            LeadWordSearch.Search names = search.in(text);
            while (names.find()) {
                Matcher m = names.matcher();
                found.add(Mention.of(MentionType.PARTY, text, m.start(1), m.end(1), norm(m.group(1))));
            }
        }
        // a list of names needs two of them in the text
        LeadWordSearch.Search names = ONE_NAME_SEARCH.in(text);
        Matcher list = SUBJECT_LIST.matcher(names.find() && names.find() && NAME_BEFORE_LIST_VERB.in(text).find() ? text : "");
        while (list.find()) {
            Matcher one = ONE_NAME.matcher(text).region(list.start(1), list.end(1));
            while (one.find()) {
                found.add(Mention.of(MentionType.PARTY, text, one.start(1), one.end(1), norm(one.group(1))));
            }
        }
        LeadWordSearch.Search adjectives = NAMED_GOVERNMENT_SEARCHES.get(0).in(text);
        while (adjectives.find()) {
            Matcher m = adjectives.matcher();
            found.add(Mention.of(MentionType.PARTY, text, m.start(), m.end(), ADJECTIVES.get(m.group(1).replaceAll("\\s+", " "))));
        }
        LeadWordSearch.Search lists = NAMED_GOVERNMENT_SEARCHES.get(1).in(text);
        while (lists.find()) {
            if (text.startsWith("States", lists.matcher().start())
                    && FEDERATION_BEFORE_STATES.matcher(text.substring(Math.max(0, lists.matcher().start() - 12), lists.matcher().start())).find()) {
                continue; // "the United States of America and …" names a federation, no list of its states
            }
            Matcher one = ONE_NAME.matcher(text).region(lists.matcher().start(1), lists.matcher().end(1));
            while (one.find()) {
                found.add(Mention.of(MentionType.PARTY, text, one.start(1), one.end(1), norm(one.group(1))));
            }
        }
        LeadWordSearch.Search quebec = QUEBEC_SEARCH.in(text);
        while (quebec.find()) {
            Matcher m = quebec.matcher();
            found.add(Mention.of(MentionType.PARTY, text, m.start(), m.end(), QUEBEC)); // the government's name, French words and all
        }
        found.addAll(governmentsAgain(text, found));
        List<Mention> named = leadersGovernments(text);
        if (found.isEmpty() && named.isEmpty()) {
            return mentions;
        }
        // a leader's government replaces what read its name as an agency's ("the Roe Administration")
        List<Mention> out = new ArrayList<>(mentions.stream()
                .filter(o -> named.stream().noneMatch(o::overlaps)).toList());
        out.addAll(named);
        for (Mention f : found) {
            if (out.stream().noneMatch(f::overlaps)) {
                out.add(f);
            }
        }
        out.addAll(theStateGovernment(text, out));
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /** A name right before its verb of a commitment: "Nuevo León will establish …", "Ontario has agreed to …". */
    private static final Pattern NAME_BEFORE_CUE = Pattern.compile(NAME
            + "\\s+(?:will|shall|has\\s+agreed|agreed|commits|committed|intends|plans)\\b");
    private static final LeadWordSearch NAME_BEFORE_CUE_SEARCH = new LeadWordSearch(NAME_BEFORE_CUE);
    /** Where a sentence, a line, a quote or a numbered or bulleted item opens, right before the name. */
    private static final Pattern OPENS_BEFORE = Pattern.compile(
            "(?:^|[.!?:]\\s+|\\n[ \\t]*(?:(?:\\d+\\.|\\(?\\p{Ll}\\)|[-•*–])[ \\t]+)?)[\"“]?$");
    private static final int OPENS_CHARS = 12;

    /**
     * A state or province the text names as a government ({@code found}), again by its name alone where it opens a
     * sentence as the subject of a commitment: "Under the memorandum, the State of Nuevo León … Nuevo León will establish
     * checkpoints". A place by name alone in a text that names no such government stays no party.
     */
    private static List<Mention> governmentsAgain(String text, List<Mention> found) {
        Set<String> governments = found.stream().map(Mention::norm).collect(Collectors.toSet());
        List<Mention> again = new ArrayList<>();
        if (governments.isEmpty()) {
            return again;
        }
        LeadWordSearch.Search names = NAME_BEFORE_CUE_SEARCH.in(text);
        while (names.find()) {
            Matcher m = names.matcher();
            String norm = norm(m.group(1));
            if (governments.contains(norm) && OPENS_BEFORE.matcher(text.substring(Math.max(0, m.start(1) - OPENS_CHARS), m.start(1))).find()) {
                again.add(Mention.of(MentionType.PARTY, text, m.start(1), m.end(1), norm));
            }
        }
        return again;
    }

    /**
     * "the State Government", "the provincial government" standing for the one state or province the text names as a
     * government.
     */
    private static final Pattern THE_STATE_GOVERNMENT = Pattern.compile(
            "\\b(?<=[Tt]he\\s)(?:State|Provincial|state|provincial)\\s+[Gg]overnment\\b(?!\\s+of\\b)");

    private static List<Mention> theStateGovernment(String text, List<Mention> mentions) {
        if (!text.contains("tate Government") && !text.contains("rovincial Government") && !text.contains("tate government")
                && !text.contains("rovincial government")) {
            return List.of();
        }
        List<String> states = mentions.stream().filter(m -> m.type() == MentionType.PARTY && NORMS.containsValue(m.norm()))
                .map(Mention::norm).distinct().toList();
        if (states.size() != 1) {
            return List.of(); // none, or two the phrase does not choose between
        }
        List<Mention> found = new ArrayList<>();
        Matcher m = THE_STATE_GOVERNMENT.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (mentions.stream().noneMatch(o -> o.start() < end && start < o.end())) {
                found.add(Mention.of(MentionType.PARTY, text, start, end, states.get(0)));
            }
        }
        return found;
    }
}
