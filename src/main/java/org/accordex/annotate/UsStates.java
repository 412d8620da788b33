package org.accordex.annotate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.accordex.commitments.DataLines;
import org.accordex.model.Mention;
import org.accordex.model.MentionType;

/**
 * A sovereign state's name that is also the name of a state of the United States ({@code us-states.txt}): "Georgia".
 * Where its context shows the US state ("Atlanta, Georgia", "Georgia Congresswoman", "the State of Georgia", "Florida
 * and Georgia"), it names no party (ANNOTATION.md §1, as "Western Australia"). A document that shows the US state so
 * once and never shows the country means the US state by its other bare mentions too ("jobs coming to Georgia").
 */
final class UsStates {
    private static final List<String> NAMES = DataLines.of(UsStates.class, "us-states.txt");
    private static final Set<String> NAME_SET = Set.copyOf(NAMES);
    private static final String STATE = ContextRules.alternation(NAMES);
    /** The titles, bodies and institutions of a US state after its name: "Georgia Governor", "Georgia's Department of …". */
    private static final Pattern US_AFTER = Pattern.compile("^(?:['’]s)?\\s+(?:(?:Lieutenant\\s+)?Governor|Congressman"
            + "|Congresswoman|Congressmen|Senators?|State\\b|state\\b|Representatives?|Rep\\.|Attorney\\s+General|Secretary\\s+of\\s+State"
            + "|Tech\\b|Institute|University|College|General\\s+Assembly|Legislature|House|Senate|Supreme\\s+Court|Court"
            + "|Department|Power|Ports?\\b|Dome|National\\s+Guard|native|voters|Democrats|Republicans|delegation|count(?:y|ies)"
            + "|Medicaid|\\d+(?:st|nd|rd|th)|Bulldogs|Aquarium|Public\\s+Service|\\p{Lu}\\p{L}+\\s+County\\b)");
    /** "the State of Georgia", "the Northern District of Georgia", "University of Georgia", "Governor Brian Kemp of Georgia". */
    private static final Pattern US_BEFORE = Pattern.compile("(?:\\b(?:State|state|District|University|College|Governor"
            + "(?:\\s+\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?)?|Assembly|Board\\s+of\\s+Regents|System)\\s+of\\s+(?:the\\s+)?"
            + "|\\b(?:First\\s+Lady|Senators?|Congressman|Congresswoman|Representatives?)\\s+(?:of|from)\\s+|\\bUSS\\s+|\\brural\\s+"
            + "|\\b(?:Senators?|Congressman|Congresswoman|Representatives?)\\s+\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?\\s+(?:of|from)\\s+)$");
    /**
     * A nominee's home state, "Jane Roe, of Georgia, to be Ambassador to …", "John Doe of Georgia, Member"; a person
     * named Georgia ("Georgia N. Smith", "Georgia O’Hara"); a firm ("Georgia-Pacific").
     */
    private static final Pattern HOME_BEFORE = Pattern.compile("\\p{L}[.,]?\\s+of\\s+$");
    private static final Pattern HOME_AFTER = Pattern.compile("^,\\s+(?:to\\s+be|for\\s+the\\s+rank|an?\\s+\\p{Lu}|Member|Chair)");
    private static final Pattern NOT_A_PLACE_AFTER = Pattern.compile("^(?:\\s+\\p{Lu}\\.|\\s+\\p{Lu}['’]\\p{Lu}|[-‐‑]\\p{Lu})");
    /** A neighbour in a list that is a US state: "Florida, Georgia", "Georgia and North Carolina". */
    private static final Pattern STATE_BEFORE = Pattern.compile("\\b" + STATE + ",?\\s+(?:and\\s+|or\\s+|&\\s+)?$");
    private static final Pattern STATE_AFTER = Pattern.compile("^,?\\s+(?:and\\s+|or\\s+|&\\s+)?" + STATE + "\\b");
    /** "Atlanta, Georgia": a place that is no known name before it, as a town before its state. */
    private static final Pattern TOWN_BEFORE = Pattern.compile("(?:^|[^\\p{L}.])((?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}\\p{Lu}[\\p{L}'’-]+),\\s+$");
    /** Signs of the sovereign state in the document. */
    private static final Pattern COUNTRY = Pattern.compile("\\b(?:Tbilisi|Abkhazia|South\\s+Ossetia|Georgian\\s+(?:Dream"
            + "|government|Government|people|authorities|Parliament|President|Prime\\s+Minister)|Euro-Atlantic|Caucasus"
            + "|(?:Prime\\s+Minister|President|Parliament|Government|Republic)\\s+of\\s+Georgia)\\b");
    private static final int CONTEXT = 80;
    private static final Pattern POST_BEFORE = Pattern.compile("\\b(?:Ambassador|Plenipotentiary|Embassy|Embassies|Mission)"
            + "(?:\\s+of\\s+the\\s+United\\s+States(?:\\s+of\\s+America)?)?\\s+(?:to|in)\\s+(?:the\\s+Republic\\s+of\\s+)?$");
    private static final Pattern ANY_STATE = Pattern.compile("\\b" + STATE + "\\b");
    private static final int OTHER_STATES = 2;
    /** A comma or a joining word: a bare line break (a heading, then the next line's name) joins no list. */
    private static final Pattern LIST_BETWEEN = Pattern.compile(",\\s+(?:and\\s+|or\\s+|&\\s+)?|\\s+(?:and|or|&)\\s+");
    /** The most characters between two names of a list: ", and ". */
    private static final int LIST_GAP = 8;

    /** A US state's name or postal code after a town's comma: "San Jose, CA", "Lima, Ohio". */
    private static final Pattern STATE_OF_TOWN = Pattern.compile("^,[\\s*]*(?:" + STATE + "|(?-i:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI"
            + "|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]))(?![\\p{L}\\d])");

    /** Whether the text after a town's name places it in a US state: ", CA", ", Ohio". */
    static boolean placesTownInUs(String after) {
        return STATE_OF_TOWN.matcher(after).lookingAt();
    }

    private UsStates() {
    }

    /** {@code mentions} without the sovereign states that stand for a US state of the same name. */
    static List<Mention> drop(String text, List<Mention> mentions, Predicate<String> isKnownName) {
        List<Mention> shared = mentions.stream().filter(m -> isShared(text, m)).toList();
        if (shared.isEmpty()) {
            return mentions;
        }
        List<Mention> usState = new ArrayList<>();
        List<Mention> country = new ArrayList<>();
        for (Mention m : shared) {
            if (isCountry(text, m, mentions)) {
                country.add(m);
            } else if (isUsState(text, m, isKnownName)) {
                usState.add(m);
            }
        }
        Set<String> sharedNames = shared.stream().map(m -> text.substring(m.start(), m.end())).collect(Collectors.toSet());
        boolean wholeDocument = (!usState.isEmpty() || namesOtherStates(text, sharedNames) || namesOnlyUs(mentions, shared))
                && country.isEmpty()
                && !COUNTRY.matcher(text).find();
        return mentions.stream()
                .filter(m -> !usState.contains(m) && !(wholeDocument && shared.contains(m) && !country.contains(m)))
                .toList();
    }

    /** Norms of state groups whose mention places a document abroad. */
    private static final Set<String> GROUPS = Set.of("EU", "NATO", "North Atlantic Treaty Organization", "United Nations",
            "Organization for Security and Co-operation in Europe", "Council of Europe");

    /**
     * A document that names no sovereign state or state group but the US and the shared name is a domestic one: the
     * shared name is the US state ("the tragic murders in Georgia", "jobs to Georgia"). A document on the country names
     * its neighbours, partners or the EU.
     */
    private static boolean namesOnlyUs(List<Mention> mentions, List<Mention> shared) {
        Set<String> sharedNorms = shared.stream().map(Mention::norm).collect(Collectors.toSet());
        return mentions.stream().noneMatch(m -> m.type() == MentionType.PARTY && !m.norm().equals("US")
                && !sharedNorms.contains(m.norm()) && (m.norm().length() == 2 && m.norm().chars().allMatch(Character::isUpperCase)
                        || GROUPS.contains(m.norm())));
    }

    /** A document that names two other US states ("state fact sheets: Florida, Georgia, …") speaks of the US states. */
    private static boolean namesOtherStates(String text, Set<String> shared) {
        Set<String> seen = new HashSet<>();
        Matcher m = ANY_STATE.matcher(text);
        while (m.find() && seen.size() < OTHER_STATES) {
            if (!shared.contains(m.group())) {
                seen.add(m.group().replaceAll("\\s+", " "));
            }
        }
        return seen.size() >= OTHER_STATES;
    }

    private static boolean isShared(String text, Mention m) {
        return m.type() == MentionType.PARTY && NAME_SET.contains(text.substring(m.start(), m.end()))
                && !m.norm().equals("US");
    }

    private static boolean isUsState(String text, Mention m, Predicate<String> isKnownName) {
        String before = text.substring(Math.max(0, m.start() - CONTEXT), m.start());
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + CONTEXT));
        if (US_AFTER.matcher(after).find() || US_BEFORE.matcher(before).find()
                || STATE_BEFORE.matcher(before).find() || STATE_AFTER.matcher(after).find()
                || HOME_BEFORE.matcher(before).find() && HOME_AFTER.matcher(after).find() || NOT_A_PLACE_AFTER.matcher(after).find()) {
            return true;
        }
        var town = TOWN_BEFORE.matcher(before);
        return town.find() && !isKnownName.test(town.group(1));
    }

    /** A government named by its term or its seat, which a list of states does not hold. */
    private static final Pattern GOVERNMENT_TERMS = Pattern.compile("(?:Administration|White\\s+House)$");

    /** Listed beside another sovereign state: "Armenia, Georgia and Moldova"; an ambassador's post: "Ambassador to Georgia". */
    private static boolean isCountry(String text, Mention m, List<Mention> mentions) {
        if (POST_BEFORE.matcher(text.substring(Math.max(0, m.start() - CONTEXT), m.start())).find()) {
            return true;
        }
        for (Mention other : mentions) {
            if (other == m || other.type() != MentionType.PARTY || other.norm().equals(m.norm())
                    || GOVERNMENT_TERMS.matcher(other.text()).find()) {
                continue; // "the Biden-Harris Administration and Georgia state officials": no list of states
            }
            int from = other.end() <= m.start() ? other.end() : m.end();
            int to = other.end() <= m.start() ? m.start() : other.start();
            // only a neighbour: the text between two far mentions is never copied (a long document has thousands)
            if (from <= to && to - from <= LIST_GAP && LIST_BETWEEN.matcher(text.substring(from, to)).matches()) {
                return true;
            }
        }
        return false;
    }
}
