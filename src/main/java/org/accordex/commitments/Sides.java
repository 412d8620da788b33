package org.accordex.commitments;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.model.Mention;
import org.accordex.model.MentionType;

/**
 * The state behind each of the document's own parties, for the subjects that name a party by its state: "The Korean
 * side will", "The German Side intends" (the German ministry that signed, when the parties are ministries), and the
 * state an unplaced official serves ("The Secretary of Commerce shall" in an order whose named parties are agencies).
 */
final class Sides {
    /**
     * "the Korean side", "The Japanese Side", "the Indonesian delegation", "the Brazilian G20 Presidency": a demonym and
     * a noun for one party.
     */
    private static final Pattern DEMONYM_SIDE = ClauseWords.compile(
            "\\b(\\p{Lu}[\\p{L}’'-]+)\\s+(?:G-?\\d{1,2}\\s+)?" + ClauseWords.alternation("side-noun") + "\\b");
    /**
     * "European companies ", "Japanese battery makers also ", "Jordanian businesses have ": a demonym and a noun for its
     * firms, ending the subject.
     */
    private static final Pattern DEMONYM_FIRMS = Pattern.compile(
            "(?:^|[\\s,“\"])(\\p{Lu}[\\p{L}’'-]+)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}(?i:" + ClauseWords.alternation("demonym-actor")
                    + ")\\s+(?:(?:also|further|now|each|both|together|have|has|had|\\w+ly)\\s+)*$");
    /** A demonym joined to a named state before the firms: "Swiss and Liechtenstein companies will". */
    private static final Pattern DEMONYM_AND_STATE_FIRMS = Pattern.compile(
            "(?:^|[\\s,“\"])(\\p{Lu}[\\p{L}’'-]+)\\s+and\\s+(?:the\\s+)?\\p{Lu}[\\p{L}’'-]+\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}(?i:"
                    + ClauseWords.alternation("demonym-actor")
                    + ")\\s+(?:(?:also|further|now|each|both|together|have|has|had|\\w+ly)\\s+)*$");
    /** A preposition and an article right before a side: "under the", "during the". */
    private static final Pattern AFTER_PREPOSITION = Pattern.compile(
            "(?i)\\b(?:under|during|of|by|with|for|to|from|at|on|in|through|after|before|since|until)\\s+(?:the\\s+)?$");
    /** Demonyms of the party dictionary ("Korean" → KR), read once. */
    private static final Map<String, String> DEMONYMS = PartyKinds.demonyms();

    private final String text;
    private final List<Mention> parties;
    private final List<String> documentParties;
    private final List<String> homeState;
    private final List<String> mainState;
    private final List<String> issuer;
    private final List<String> releaser;

    Sides(String text, List<Mention> mentions, List<String> documentParties) {
        this.text = text;
        this.parties = mentions.stream().filter(m -> m.type() == MentionType.PARTY).toList();
        this.documentParties = documentParties;
        this.mainState = mostFrequentState();
        this.issuer = issuingState();
        this.releaser = releasingState();
        this.homeState = !issuer.isEmpty() ? issuer : documentParties.stream().anyMatch(Sides::isState) ? List.of()
                : bodiesState().orElse(mainState);
    }

    /**
     * The one state whose bodies all the document's parties are ("Ministry of Commerce of the People's Republic of China"
     * → CN), which an unplaced official of the body's notice serves, however often the text names the state its
     * measures are aimed at; empty if a party has no state or they have several.
     */
    private java.util.Optional<List<String>> bodiesState() {
        Set<String> states = new LinkedHashSet<>();
        for (String party : documentParties) {
            String state = PartyKinds.stateNamedIn(party).orElse(null);
            if (state == null) {
                return java.util.Optional.empty();
            }
            states.add(state);
        }
        return states.size() == 1 ? java.util.Optional.of(List.copyOf(states)) : java.util.Optional.empty();
    }

    /**
     * "By the authority vested in me as President by the Constitution and the laws of [the United States of America]",
     * "I, …, President of [the United States of America], do hereby proclaim": the state whose head issues the text.
     */
    private static final Pattern ENACTING = Pattern.compile(
            "(?i)(?:\\bvested\\s+in\\s+me\\b[^.;:]{0,160}?\\b(?:laws|constitution)\\s+of"
                    + "|\\bI,\\s+(?-i:(?:\\p{Lu}[\\p{L}.]*\\s+){1,4}?\\p{Lu}[\\p{L}.]*),\\s+(?:President|Prime\\s+Minister|Governor)\\s+of)"
                    + "\\s+(?:the\\s+)?$");
    /** "MEMORANDUM FOR THE VICE PRESIDENT / THE SECRETARY OF STATE …", the heading of a US presidential memorandum. */
    private static final Pattern MEMORANDUM_FOR = Pattern.compile(
            "(?m)^[\\s*#]*MEMORANDUM\\s+FOR\\s+(?:THE\\s+)?(?:VICE\\s+PRESIDENT|SECRETARY|HEADS?\\s+OF|ATTORNEY\\s+GENERAL"
                    + "|DIRECTOR|ADMINISTRATOR|UNITED\\s+STATES)\\b");
    private static final int MEMORANDUM_CHARS = 600;
    /** How far before a state's name its enacting formula may start. */
    private static final int ENACTING_CHARS = 220;

    /**
     * Whether {@code before} ends in an enacting formula. Each of the formula's forms holds "vested" or "I,", in any
     * case; the pattern, tried at every character, runs only where one is written.
     */
    private static boolean isEnacted(String before) {
        String lower = before.toLowerCase(Locale.ROOT);
        return (lower.contains("vested") || lower.contains("i,")) && ENACTING.matcher(before).find();
    }

    private List<String> issuingState() {
        return issuingState(text, parties);
    }

    /** The state whose head issues the text (see {@link #issuer()}), or none; {@code mentions} may hold any type. */
    static List<String> issuingState(String text, List<Mention> mentions) {
        if (MEMORANDUM_FOR.matcher(text.substring(0, Math.min(text.length(), MEMORANDUM_CHARS))).find()
                && mentions.stream().anyMatch(m -> m.type() == MentionType.PARTY && m.norm().equals("US"))) {
            return List.of("US"); // a presidential memorandum names no enacting formula, only the officials it directs
        }
        for (Mention m : mentions) {
            if (m.type() == MentionType.PARTY && isState(m.norm()) && isEnacted(text.substring(Math.max(0, m.start() - ENACTING_CHARS), m.start()))) {
                return List.of(m.norm());
            }
        }
        return List.of();
    }

    /**
     * The state that issues the document, as an order or proclamation of its head ("By the authority vested in me as
     * President by … the laws of the United States of America, it is hereby ordered"): its officials and its agentless
     * provisions act for that state alone, even where the order implements an agreement with another; empty if none.
     */
    List<String> issuer() {
        return issuer;
    }

    /** How many lines with letters at the head of a press release may name the body that issues it. */
    private static final int RELEASE_LINES = 8;
    /** A line longer than this is the release's first paragraph: the head has ended. */
    private static final int HEAD_LINE_CHARS = 120;
    /** What may follow the issuing body on its line: "European Commission - Press release". */
    private static final Pattern RELEASE_LABEL = Pattern.compile(
            "(?i)\\s*(?:[-–—|:,]\\s*)?(?:(?:press|media|news)\\s+(?:release|statement)|news)?"
                    // and where and when it was issued: "Natural Resources Canada, news release, Toronto, 31 October 2025"
                    + "(?:\\s*,\\s*\\p{L}[\\p{L} .'’-]{1,40}?)?(?:\\s*,\\s*(?:\\d{1,2}\\s+\\p{L}{3,9}|\\p{L}{3,9}\\s+\\d{1,2}),?\\s+\\d{4})?[\\s.]*");
    /** A label before the issuing body on its line: "From: Natural Resources Canada". */
    private static final Pattern ISSUER_LABEL = Pattern.compile("(?i)\\s*(?:from|issued\\s+by)\\s*:\\s*");
    /** What may stand before a state on the head's line of its own: "Government of India", "The Government of the". */
    private static final Pattern GOVERNMENT_OF_LINE = Pattern.compile("(?i)\\s*(?:the\\s+)?government\\s+of\\s+(?:the\\s+)?");

    /**
     * The state whose ministry issues a press release, by the lines of its head that name the ministry or its government
     * alone ("Ministry of Economy, Trade and Industry", "Ministry of Mines / Government of India", "European Commission -
     * Press release"): a minister the release quotes without placing speaks for that state, and "the government" is
     * its government, however often the text names the partner. Empty where the head names none or two states.
     */
    private List<String> releasingState() {
        Set<String> states = new LinkedHashSet<>();
        int from = 0;
        for (int lines = 0; lines < RELEASE_LINES && from < text.length(); ) {
            int newline = text.indexOf('\n', from);
            int end = newline < 0 ? text.length() : newline;
            if (end - from > HEAD_LINE_CHARS) {
                break;
            }
            if (text.substring(from, end).chars().anyMatch(Character::isLetter)) {
                lines++;
                String state = headLineState(from, end);
                if (state != null) {
                    states.add(state);
                }
            }
            from = end + 1;
        }
        return states.size() == 1 ? List.copyOf(states) : List.of();
    }

    /** The state of the one body or government a head's line {@code [from, end)} names alone, or null. */
    private String headLineState(int from, int end) {
        List<Mention> onLine = parties.stream().filter(m -> m.start() >= from && m.end() <= end).toList();
        if (onLine.size() != 1 || !RELEASE_LABEL.matcher(text.substring(onLine.get(0).end(), end)).matches()) {
            return null;
        }
        Mention m = onLine.get(0);
        String before = text.substring(from, m.start());
        if (isState(m.norm()) || m.norm().equals("EU")) {
            // a state alone by its official name or as its government ("Republic of Indonesia", "Government of India");
            // a bare short name on a line may be a joint statement's list of signers
            boolean official = GOVERNMENT_OF_LINE.matcher(before).matches() || before.isBlank() && text.substring(m.start(), m.end()).contains(" of ");
            return official ? m.norm() : null;
        }
        if (!before.isBlank() && !ISSUER_LABEL.matcher(before).matches() || !"body".equals(PartyKinds.of(m.norm()))) {
            return null;
        }
        return PartyKinds.stateOf(List.of(m.norm())).orElseGet(() -> Officials.stateOfMinistry(m.norm()));
    }

    /** The state whose ministry issues the press release (see {@link #releasingState()}), or none. */
    List<String> releaser() {
        return releaser;
    }

    /**
     * The document's parties as states ("both countries" in a memorandum the ministries of Japan and the Philippines
     * signed → JP, PH): a body's state by its name or by the text's "BODY of STATE"; the parties as they are when one
     * of them has no state.
     */
    List<String> states() {
        if (documentParties.stream().allMatch(Sides::isState)) {
            return documentParties;
        }
        Set<String> states = new LinkedHashSet<>();
        for (String party : documentParties) {
            String state = isState(party) ? party : PartyKinds.stateOf(List.of(party)).orElseGet(() -> placed(party));
            if (state == null) {
                return documentParties;
            }
            states.add(state);
        }
        return List.copyOf(states);
    }

    /** The state the text places a body in ("the Ministry of Economy, Trade and Industry of Japan"), or null. */
    private String placed(String party) {
        Set<String> named = new LinkedHashSet<>();
        for (Mention m : parties) {
            if (isState(m.norm())) {
                named.add(m.norm());
            }
        }
        for (String state : named) {
            if (belongsTo(party, state)) {
                return state;
            }
        }
        return null;
    }

    /** The state the document mentions most: whose "the government" a news report means. */
    List<String> mainState() {
        return mainState;
    }

    /** The document's parties of the state a "<demonym> side" subject names, else that state; empty if none. */
    List<String> named(String subject) {
        Matcher m = DEMONYM_SIDE.matcher(subject);
        if (!m.find() || AFTER_PREPOSITION.matcher(subject.substring(Math.max(0, m.start() - 16), m.start())).find()) {
            // "Under the Japanese Presidency, we will …": the side only dates or frames what the subject does
            return List.of();
        }
        String state = DEMONYMS.get(m.group(1));
        if (state == null) {
            return List.of();
        }
        if (documentParties.contains(state)) {
            return List.of(state);
        }
        Set<String> own = new LinkedHashSet<>();
        for (String party : documentParties) {
            // "the Brazilian Side" of the Ministry of Mines and Energy of the Federative Republic of Brazil: the state
            // is in the body's own name, which the text may never name apart
            if (belongsTo(party, state) || PartyKinds.stateOf(List.of(party)).filter(state::equals).isPresent()) {
                own.add(party);
            }
        }
        return own.isEmpty() ? List.of(state) : List.copyOf(own);
    }

    /**
     * The state of a demonym joined to a named state before the firms of both: "Swiss and Liechtenstein companies will
     * invest" → CH (the name gives LI); empty if none.
     */
    static List<String> firmsBesideNamed(String subject) {
        return stateOfDemonym(DEMONYM_AND_STATE_FIRMS.matcher(subject));
    }

    /** The state whose firms are the subject ("European companies are expected to invest" → EU); empty if none. */
    static List<String> firmsOf(String subject) {
        return stateOfDemonym(DEMONYM_FIRMS.matcher(subject));
    }

    /** The state of the demonym the first group of {@code m}'s first match holds; empty if none. */
    private static List<String> stateOfDemonym(Matcher m) {
        String state = m.find() ? DEMONYMS.get(m.group(1)) : null;
        return state == null ? List.of() : List.of(state);
    }

    /**
     * The state of a document whose own parties are only bodies (an executive order naming its agencies): the state
     * it mentions most; empty when its parties include a state.
     */
    List<String> homeState() {
        return homeState;
    }

    /** Between a state and a body it owns or hosts: "’s", "'s state mining company", "'s largest miner". */
    private static final Pattern STATE_POSSESSIVE_BEFORE = Pattern.compile("[’']s\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,4}");

    /** Whether a body's name holds the state's name ("… of Mongolia") or the text writes "BODY of STATE". */
    private boolean belongsTo(String party, String state) {
        String lower = party.toLowerCase(Locale.ROOT);
        Mention previous = null;
        for (Mention m : parties) {
            // "Kazakhstan's state mining company Tau-Ken Samruk", "Japan's Sojitz": the state's possessive places the body
            // (never a group of states: "Timor-Leste’s ASEAN membership" does not make ASEAN Timorese)
            if (m.norm().equals(party) && previous != null && previous.norm().equals(state) && !"intl".equals(PartyKinds.of(party))
                    && STATE_POSSESSIVE_BEFORE.matcher(text.substring(previous.end(), Math.max(previous.end(), m.start()))).matches()) {
                return true;
            }
            if (m.norm().equals(state)) {
                if (lower.contains(text.substring(m.start(), m.end()).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                if (previous != null && previous.norm().equals(party) && DocumentParties.affiliation(text, previous, m)) {
                    return true;
                }
            }
            previous = m;
        }
        return false;
    }

    private List<String> mostFrequentState() {
        return mostFrequentStateBesides(null);
    }

    /**
     * The state the document mentions most other than {@code besides}: whose "the government" a minister means in a
     * report on a deal with the United States, which has no ministers ("Finance Minister Roe said the government would
     * …" in a Korean paper that names the US more often than Korea).
     */
    List<String> mainStateBesides(String besides) {
        return mostFrequentStateBesides(besides);
    }

    private List<String> mostFrequentStateBesides(String besides) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mention m : parties) {
            if (m.norm().equals(besides)) {
                continue;
            }
            if (isState(m.norm())) {
                counts.merge(m.norm(), 1, Integer::sum);
            } else if ("body".equals(PartyKinds.of(m.norm()))) {
                // "Export Finance Australia", "Export-Import Bank of Korea": a state body named after its state counts for
                // it, as a report on one state's lenders names them more often than the state (a firm's name does not)
                PartyKinds.stateOf(List.of(m.norm())).ifPresent(state -> counts.merge(state, 1, Integer::sum));
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> List.of(e.getKey())).orElse(List.of());
    }

    static boolean isState(String norm) {
        return norm.length() == 2 && !norm.equals("EU");
    }
}
