package org.accordex.commitments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.model.Mention;
import org.accordex.model.MentionType;

/**
 * The document's own parties, which "the Participants", "both countries" or "we" stand for.
 *
 * <p>Found in the opening of the document (its title and first lines): the longest run of coordinated party
 * names there ("between the Government of X and the Government of Y", "X–Y Framework", "X, Y and Z signed").
 * A document with no such run (a national fact sheet or order) belongs to the party it names most often.
 */
final class DocumentParties {
    /** How far into the text the opening reaches. */
    static final int OPENING_CHARS = 1500;
    /** What may stand between two coordinated names: "and", commas, dashes, "the Government of", "the State of". */
    private static final Pattern COORDINATION = Pattern.compile(
            // the closing quote of a short name that is a mention of its own: "X (hereinafter the “Canadian
            // Participant”) and Y"; a title's closing quote before the text is no such bracket
            "(?i)^[\\s,]*(?:(?:,|and|&|/|–|—|-|with|between|the|government|state|province|of|\\(|\\)|[”\"’']\\)|\\s)+)?\\s*$");
    /**
     * Between two states, also the defined short name after each: "the Government of X (the “X”) and the Government
     * of Y (hereinafter “Y”)", and "along with" before the union that joins them. A body's short name ("the Ministry
     * of … of Japan (“METI”)") stays a name of its own. A monarchy's or federation's government carries its style
     * before the word: "the Royal Government of X", "the Federal Government of Y".
     */
    private static final Pattern STATE_COORDINATION = Pattern.compile(
            "(?i)^[\\s,]*(?:(?:,|and|&|/|–|—|-|along\\s+with|between|the|royal|federal|government|kingdom|republic|of|\\(|\\)|[“”\"‘’']|hereinafter"
                    + "|referred\\s+to\\s+as|\\s)+)?\\s*$");

    /**
     * What a treaty's list of signatories may say between two names besides "and": the name it gives the states
     * before ("…, hereinafter referred to as the “ESA States”") and the side they are on ("of the one part").
     */
    private static final Pattern LIST_NAME = Pattern.compile(
            "(?i),?\\s*\\(?\\s*(?:hereinafter|hereafter)\\s+(?:(?:each\\s+individually\\s+|collectively\\s+)?(?:referred\\s+to|called)"
                    + "\\s+as\\s+)?(?:the\\s+)?[\"“‘']\\s*(?:the\\s+)?[^\"”’'\\n]{1,40}[\"”’']\\s*\\)?");
    /**
     * A side of a treaty named with its members: "X and its Member States", "the Members of Y", "X and the founding
     * members of Y, A, B and C".
     */
    private static final Pattern MEMBERS = Pattern.compile(
            "(?i)\\s+and\\s+its\\s+member\\s+states\\b|\\b(?:founding\\s+)?members\\s+(?=of\\b)");
    private static final Pattern SIDE = Pattern.compile("(?i),?\\s*(?:of|on)\\s+the\\s+(?:one|other)\\s+part\\b");

    /** The speakers' self-description at the opening: "We, the Leaders of …", "We, the Ministers responsible for …". */
    private static final Pattern WE_THE = Pattern.compile( // also "Today, we, the Leaders of …", "We the Leaders of …"
            "\\b[Ww]e(?:,\\s+(?:the\\s+)?|\\s+the\\s+(?=\\p{Lu}|undersigned\\b)|\\s*[—–]\\s*the\\s+)"); // "We—the governments of …—"
    /**
     * A name the dictionaries do not hold (a territory: "French Polynesia") between two commas of the speakers' run: the
     * run goes on past it ("We—the governments of Fiji, French Polynesia, Nauru, …").
     */
    private static final Pattern UNKNOWN_MEMBER = Pattern.compile(
            "^,\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3},\\s+(?:and\\s+)?(?:the\\s+)?$");
    /** A title's speaker: "Joint Statement by the G7 …", "Declaration of the Quad …", "Communiqué from the OECD …". */
    private static final Pattern TITLE_SPEAKER = Pattern.compile(
            "(?i)\\b(?:statement|declaration|communiqu[eé]|readout|remarks)\\s+(?:by|of|from)\\s+(?:the\\s+)?$");
    private static final int APPOSITIVE_CHARS = 120;
    /** A group's meeting after its name in a title: "… Leaders Meeting", "… Heads of Government Meeting Communiqué". */
    private static final Pattern GROUP_MEETING_AFTER = Pattern.compile("(?i)[’']?\\s+(?:leaders|heads\\s+of\\s+(?:state\\s+and\\s+)?government"
            + "|heads\\s+of\\s+state|(?:foreign\\s+|trade\\s+)?ministers|ministerial)[’']?\\s+(?:meeting|summit)\\b");
    private static final int GROUP_MEETING_CHARS = 60;

    private DocumentParties() {
    }

    static List<String> find(String text, List<Mention> mentions) {
        return find(text, mentions, List.of());
    }

    /** As above, with the parties named only inside names of plans, which count when no other pair is found. */
    static List<String> find(String text, List<Mention> mentions, List<Mention> inPlanNames) {
        return find(text, mentions, inPlanNames, false);
    }

    /**
     * As above; in an operative text ({@code treaty}) that names no pair at its opening, the party named most often
     * among the states and international bodies, not one of the organs the treaty sets up ("the Council of Ministers
     * shall …" is named more often than the Community).
     */
    static List<String> find(String text, List<Mention> mentions, List<Mention> inPlanNames, boolean treaty) {
        return find(text, mentions, inPlanNames, List.of(), treaty);
    }

    /**
     * As above, with the states of the leaders the opening names by demonym or by a known name ("Australian Prime
     * Minister Jane Roe and President Donald Trump signed …"), which count only in a run of names.
     */
    static List<String> find(String text, List<Mention> mentions, List<Mention> inPlanNames, List<Mention> leaders,
            boolean treaty) {
        int titleEnd = titleEnd(text);
        List<Mention> all = mentions.stream().filter(m -> m.type() == MentionType.PARTY && !isPlace(text, m)).toList();
        // A party inside the name of a plan or dialogue ("the G20 Energy Transitions Roadmap") is not the document's,
        // unless the name is the document's own title.
        List<Mention> parties = merged(all.stream().filter(m -> m.start() < titleEnd || !Clauses.isInName(text, m)).toList(),
                statesBrokenByEscapes(text, titleEnd));
        List<String> speakers = speakers(text, parties);
        if (!speakers.isEmpty()) {
            return speakers;
        }
        List<String> letterhead = letterhead(text, parties);
        if (!letterhead.isEmpty()) {
            return letterhead;
        }
        List<Mention> withLeaders = merged(parties, leaders);
        List<String> titled = titledSpeakers(text, withLeaders, titleEnd);
        if (titled.size() >= 2) {
            return titled;
        }
        Set<String> signers = signers(text, withLeaders);
        if (signers.size() >= 2) {
            return List.copyOf(signers);
        }
        Set<String> best = longestRun(text, withLeaders);
        if (best.size() >= 2) {
            return withMeetingHost(text, withLeaders, withoutHost(text, parties, best));
        }
        // a memorandum that names its participants only where they sign at its end
        Set<String> signatories = signatureBlock(text, parties);
        if (signatories.size() >= 2) {
            return List.copyOf(signatories);
        }
        // "Joint Statement by the G7 Announcing … on Russia": the one speaker the title names, not the party the text names
        // most often
        titled = titleSpeaker(text, parties, titleEnd);
        if (!titled.isEmpty()) {
            return titled;
        }
        // "X Announcement No. 5 on Export Controls on Cobalt to Y": the body that issues the text, not the
        // state it is aimed at, however often the text names that state
        List<String> issuer = titleIssuer(text, parties, titleEnd);
        issuer = issuer.isEmpty() ? byline(text, parties, titleEnd) : issuer;
        if (!issuer.isEmpty()) {
            return issuer;
        }
        // The only pair may be in a name ("the 70th anniversary of the U.S.-ROK Alliance"): better than one party.
        Set<String> inNames = longestRun(text, merged(all, inPlanNames));
        if (inNames.size() >= 2) {
            return List.copyOf(inNames);
        }
        if (treaty) {
            List<Mention> states = parties.stream().filter(m -> m.norm().length() == 2 || "intl".equals(PartyKinds.of(m.norm())))
                    .toList();
            List<String> state = mostFrequent(states);
            // a state named in passing ("not being the Government of Grenada") is not the party of a treaty that names
            // the association it sets up throughout ("the Association", "Member Territories"): that association is
            List<Mention> associations = parties.stream().filter(m -> PartyKinds.of(m.norm()) == null && m.norm().length() > 2
                    && ASSOCIATION.matcher(m.norm()).find()).toList();
            List<String> association = mostFrequent(associations);
            long named = count(associations, association) + shortNamed(text, association);
            if (named >= ASSOCIATION_MENTIONS && named > ASSOCIATION_RATIO * count(states, state)) {
                return association;
            }
            if (!state.isEmpty()) {
                return state;
            }
        }
        return mostFrequent(parties);
    }

    /**
     * "South Africa, the first nation to host a G20 summit", "Brazil, … its presidency": the state that hosts a group's
     * meeting; not one that hosts guests ("will host the Leaders of ASEAN": a party of that summit).
     */
    private static final Pattern HOSTS_AFTER = ClauseWords.compile(
            "^(?:[’']s)?[^.;:\\n]{0,60}?\\b(?:(?:to\\s+host|hosts|hosted|hosting|as\\s+(?:the\\s+)?host\\s+of)\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+|this\\s+year[’']s\\s+)?"
                    + "(?:[\\p{L}\\d-]+\\s+){0,2}(?:summit|meeting|ministerial|conference)|(?:its|the)\\s+presidency)\\b");
    private static final Pattern HOST_BEFORE = ClauseWords.compile("\\b(?:host|presidency\\s+of)\\s+(?:the\\s+)?$");
    private static final int HOST_CHARS = 80;

    /**
     * A group's run without the state the opening says hosts or presides over its meeting: "the G20 … South Africa, the
     * first African nation to host a G20 summit" is the group's text, and its members commit, not the host besides
     * them. A run of states alone keeps its host (a joint statement of two states, one of them the host).
     */
    private static List<String> withoutHost(String text, List<Mention> parties, Set<String> run) {
        if (run.stream().noneMatch(norm -> "intl".equals(PartyKinds.of(norm)))) {
            return List.copyOf(run);
        }
        int opening = openingEnd(text);
        Set<String> hosts = new LinkedHashSet<>();
        for (Mention m : parties) {
            if (m.start() < opening && m.norm().length() == 2 && run.contains(m.norm())
                    && (HOSTS_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + HOST_CHARS))).find()
                            || HOST_BEFORE.matcher(text.substring(Math.max(0, m.start() - HOST_CHARS), m.start())).find())) {
                hosts.add(m.norm());
            }
        }
        List<String> kept = run.stream().filter(norm -> !hosts.contains(norm)).toList();
        return kept.isEmpty() ? List.copyOf(run) : kept;
    }

    /** "President Roe met yesterday with leaders of [the run]": the meeting's host, before the guests the run names. */
    private static final Pattern MEETS_LEADERS_OF = Pattern.compile(
            "(?i)^[^.;]{0,80}?\\b(?:met|meets|meet|meeting)\\s+(?:\\p{Ll}+\\s+)?with\\s+(?:the\\s+)?leaders\\s+of\\s+(?:the\\s+)?$");
    private static final int MEETS_LEADERS_CHARS = 120;
    private static final Pattern MEETS_TITLED_LEADER = Pattern.compile(
            "^[^.;]{0,80}?\\b(?:met|meets|spoke|speaks|hosted|hosts)\\s+(?:\\p{Ll}+\\s+)?with\\s+"
                    + "(?:President|Prime\\s+Minister|Chancellor|Premier|King|Queen|Emir|Amir|Crown\\s+Prince|Sultan)\\s+$");

    /**
     * "The European Union signed memoranda on raw materials with A and B", "EU strengthens partnerships with A and B": the
     * party that signs or sets up deals with the run is a party of each deal.
     */
    private static final Pattern SIGNS_WITH = Pattern.compile("^\\s+(?:today\\s+|also\\s+)?(?:signs|signed|concludes|concluded"
            + "|launches|launched|strengthens|strengthened|deepens|deepened|sets\\s+up|set\\s+up|establishes|established)\\s"
            + "[^.;:!?\\n]{0,100}?\\bwith\\s+(?:the\\s+)?$");

    /**
     * The run of a readout of a state's meeting with the leaders of a group and of others ("President Roe met with leaders
     * of the Caribbean Community and the Dominican Republic"), with the state that meets them: all of them speak. So is
     * the run of those a party signs deals with, with that party.
     */
    private static List<String> withMeetingHost(String text, List<Mention> parties, List<String> run) {
        int opening = openingEnd(text);
        for (int i = 0; i + 1 < parties.size() && parties.get(i).start() < opening; i++) {
            Mention host = parties.get(i);
            Mention guest = parties.get(i + 1);
            if (host.norm().length() != 2 || run.contains(host.norm()) || !run.contains(guest.norm())
                    || guest.start() - host.end() > MEETS_LEADERS_CHARS) {
                continue;
            }
            if (MEETS_LEADERS_OF.matcher(text.substring(host.end(), guest.start())).find()
                    || SIGNS_WITH.matcher(text.substring(host.end(), guest.start())).find()
                    || TITLE_BEFORE_NAME.matcher(text.substring(Math.max(0, host.start() - 20), host.start())).find()
                            && MEETS_TITLED_LEADER.matcher(text.substring(host.end(), guest.start())).find()) {
                // "President Roe met with leaders of …", "President Roe spoke today with Prime Minister Doe and …"
                List<String> out = new ArrayList<>(run);
                out.add(host.norm());
                return out;
            }
        }
        return run;
    }

    /**
     * The first run of two or more coordinated names in the opening, or a later run that holds all of it ("Japan–US
     * statement", then "Japan, the United States and Korea signed"); a later run of other names is most often a list
     * of third parties ("invite other partners, including Korea, the EU and Canada"). Without a run of two, the
     * longest run. A state that only says whose ministry a name is ("the Ministry of Energy of Japan") is no party.
     */
    private static Set<String> longestRun(String text, List<Mention> parties) {
        return longestRun(text, parties, new LinkedHashMap<>());
    }

    /**
     * The groups a treaty's opening names as the lists of its signatories ("Iceland, …, Norway (hereinafter the “EFTA
     * States”)", "A, B and C, Member States of the Group (collectively, “Group”)"), each with those states, where all of them
     * are among the document's parties: "the EFTA States shall" is a duty of those states.
     */
    static Map<String, Set<String>> listedMembers(String text, List<Mention> mentions, List<String> documentParties) {
        if (documentParties.size() < 2) {
            return Map.of();
        }
        int titleEnd = titleEnd(text);
        List<Mention> parties = mentions.stream().filter(m -> m.type() == MentionType.PARTY && !isPlace(text, m))
                .filter(m -> m.start() < titleEnd || !Clauses.isInName(text, m)).toList();
        Map<String, Set<String>> names = new LinkedHashMap<>();
        longestRun(text, parties, names);
        names.entrySet().removeIf(e -> documentParties.contains(e.getKey()) || e.getValue().size() < 2
                || !documentParties.containsAll(e.getValue()));
        return names;
    }

    /**
     * A list of states the opening gives a short name in words: "UNION OF A, THE REPUBLIC OF B, …, hereinafter referred
     * to as the "XYZ States", on the one part"; the short name is no mention of its own.
     */
    private static final Pattern GROUP_NAMED_STATES = Pattern.compile(
            "\\(?\\s*here(?:in)?after\\s+(?:referred\\s+to\\s+as|called|named)\\s+(?:the\\s+)?[\"“]\\s*(?:[Tt]he\\s+)?"
                    + "(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?)\\s+States\\s*[\"”]");

    /**
     * The groups of states the opening names in words, each (its name without "States": "ESA") with the states listed
     * before it in its paragraph, two at least: "the ESA States shall" is a duty of those states alone.
     */
    static Map<String, Set<String>> namedStateGroups(String text, List<Mention> mentions) {
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        if (!text.contains("ereinafter") && !text.contains("ereafter")) {
            return groups;
        }
        Matcher named = GROUP_NAMED_STATES.matcher(text).region(0, openingEnd(text));
        int from = 0;
        while (named.find()) {
            int listStart = Math.max(from, text.lastIndexOf("\n\n", named.start()) + 1);
            Set<String> states = new LinkedHashSet<>();
            for (Mention m : mentions) {
                if (m.type() == MentionType.PARTY && m.start() >= listStart && m.end() <= named.start() && m.norm() != null
                        && Mention.isStateNorm(m.norm())) {
                    states.add(m.norm());
                }
            }
            if (states.size() >= 2) {
                groups.put(named.group(1), states);
            }
            from = named.end();
        }
        return groups;
    }

    /** As above, with the names the lists of states are given put in {@code listNames}. */
    private static Set<String> longestRun(String text, List<Mention> parties, Map<String, Set<String>> listNames) {
        Set<String> best = new LinkedHashSet<>();
        Set<String> defined = Set.of(); // a run of bodies the text defines as its sides
        List<Set<String>> bodyRuns = new ArrayList<>(); // the runs of bodies before it
        List<Mention> run = new ArrayList<>();
        Mention last = null; // the run's last name, or the state that says whose it is
        // the names a list of signatories is given ("Iceland, …, Norway (hereinafter the “EFTA States”)"): an earlier
        // "EFTA–Philippines" is the list's states
        int opening = openingEnd(text);
        boolean listed = false; // the run is a list of others: "Delegations from the following countries attended: …"
        int skipTo = -1;
        for (Mention m : parties) {
            if (m.start() >= opening) {
                break;
            }
            if (isPlace(text, m)) {
                continue; // "the G7 Summit in Kananaskis, Canada": where it was held, not who speaks
            }
            if (run.size() >= 2 && namesList(text, last, m)) {
                listNames.put(m.norm(), norms(run));
                continue;
            }
            if (m.start() < skipTo) {
                continue; // the group's short names in the brackets after its members: "(collectively, “ABC”)"
            }
            if (run.size() >= 2 && last.norm().length() == 2 && "intl".equals(PartyKinds.of(m.norm()))
                    && MEMBERS_OF_BEFORE.matcher(text.substring(last.end(), Math.max(last.end(), m.start()))).matches()) {
                // "A, B and C, Member States of the Group (collectively, “Group”), and D": the group is the name of
                // the list before it, and the list goes on after its brackets
                listNames.put(m.norm(), norms(run));
                Matcher brackets = GROUP_BRACKETS.matcher(text).region(m.end(), text.length());
                skipTo = brackets.lookingAt() ? brackets.end() : m.end();
                last = Mention.of(MentionType.PARTY, text, last.start(), skipTo, last.norm());
                continue;
            }
            if (!run.isEmpty() && affiliation(text, last, m)) {
                last = m;
                continue;
            }
            if (!run.isEmpty() && !coordinated(text, last, m) && !includedAfterLeaders(text, run.get(0), last, m)) {
                defined = defined.isEmpty() && !listed ? definedAsSides(text, run, last, bodyRuns) : defined;
                best = listed ? best : better(best, runNorms(text, run), listNames);
                run.clear();
            }
            if (run.isEmpty() && affiliation(text, null, m)) {
                continue;
            }
            if (run.isEmpty()) {
                listed = LISTED_BEFORE.matcher(text.substring(Math.max(0, m.start() - LISTED_CHARS), m.start())).find()
                        // "Halden, which counts carmakers Volvo and Renault among its customers, has signed …": names in
                        // a relative aside closed before the signing verb are the subject's customers, not signers
                        || RELATIVE_BEFORE.matcher(text.substring(Math.max(0, m.start() - RELATIVE_CHARS), m.start())).find()
                                && ASIDE_CLOSED_BEFORE_SIGNING.matcher(text.substring(m.end(),
                                        Math.min(text.length(), m.end() + RELATIVE_CHARS))).lookingAt();
                Mention launcher = listed ? null : launcher(text, parties, m);
                if (launcher != null) {
                    run.add(launcher); // "the United States launched the framework with four partners: A, B, C and D"
                }
            }
            run.add(m);
            last = m;
        }
        defined = defined.isEmpty() && !listed ? definedAsSides(text, run, last, bodyRuns) : defined;
        if (defined.size() >= 2) {
            return defined;
        }
        return listed ? best : better(best, runNorms(text, run), listNames);
    }

    /**
     * The bracket after a run of names that defines them as the text's sides: "(hereinafter referred to as “the
     * Participants”)", "(the “Sides”)". Bodies so defined are the parties even when the title names their states first
     * ("Japan–Australia Partnership …", then "the Ministry … of Japan and the Department … of Australia (hereinafter …)").
     */
    private static final Pattern DEFINED_AS_SIDES = Pattern.compile(
            "(?i)^[\\s,]*\\(\\s*(?:hereinafter|hereafter)?[\\s,]*(?:(?:jointly\\s+|collectively\\s+|together\\s+)?(?:referred\\s+to\\s+as|called)\\s+)?"
                    + "(?:the\\s+)?[\"“‘']?\\s*(?:the\\s+)?(?:participants|sides|parties)\\b");

    /**
     * The norms of a run of two or more bodies (no states) that the bracket after its last name defines as the sides,
     * where a heading before named the same bodies as the signatories ("MEMORANDUM OF COOPERATION BETWEEN THE MINISTRY
     * … AND THE DEPARTMENT …"); else none. A title between the states ("… between the Republic of X and the Republic
     * of Y") keeps the states as the sides. Each run of bodies is noted in {@code bodyRuns}.
     */
    private static Set<String> definedAsSides(String text, List<Mention> run, Mention last, List<Set<String>> bodyRuns) {
        if (run.size() < 2 || last == null || !run.stream().allMatch(m -> m.norm().length() != 2)) {
            return Set.of();
        }
        Set<String> norms = runNorms(text, run);
        // named before: in an earlier run, or earlier in this one (a heading's names run on into the opening's)
        boolean named = bodyRuns.contains(norms)
                || norms.stream().allMatch(n -> run.stream().filter(m -> m.norm().equals(n)).count() >= 2);
        bodyRuns.add(norms);
        return named && DEFINED_AS_SIDES.matcher(text).region(last.end(), text.length()).lookingAt() ? norms : Set.of();
    }

    /** The states a group is led by: "the Partners Group, co-led by [the] …". */
    private static final Pattern LED_BY_BEFORE = Pattern.compile("(?i)\\b(?:co-)?led\\s+by\\s+(?:the\\s+)?$");
    /** Between its leaders and the other members it lists: "A and B, and including [the] C". */
    private static final Pattern AND_INCLUDING = Pattern.compile("(?i)^,?\\s+and\\s+including\\s+(?:the\\s+)?$");

    /**
     * Whether {@code m} opens the list of members a group names after the states that lead it ("the Partners Group,
     * co-led by A and B, and including C, D and E"): the members go on the leaders' run, as one group.
     */
    private static boolean includedAfterLeaders(String text, Mention first, Mention last, Mention m) {
        return m.start() >= last.end() && AND_INCLUDING.matcher(text.substring(last.end(), m.start())).matches()
                && LED_BY_BEFORE.matcher(text.substring(Math.max(0, first.start() - LISTED_CHARS), first.start())).find();
    }

    /** A sentence's end, not a line's: the text may wrap its lines inside a sentence. */
    private static final Pattern PARAGRAPH_OR_SENTENCE_END = Pattern.compile("(?<!\\b\\p{Lu})[.!?]\\s|\\n\\s*\\n");
    /** What opens the list of those a party acts with: "… with a dozen initial partners:", "together with its partners". */
    private static final Pattern PARTNERS_BEFORE = Pattern.compile(
            "(?i)\\bwith\\s+(?:(?:a|an|the|its|their|our|his|her)\\s+)?(?:[\\p{L}\\d-]+\\s+){0,2}partners\\s*:?\\s*(?:the\\s+)?$");

    /**
     * What opens the list of the others a party acts with, set off by a dash or colon: "X and leaders of the eleven other
     * partner countries – A, B, …", "X and the four other members:".
     */
    private static final Pattern OTHERS_BEFORE = Pattern.compile("(?i)\\band\\s+(?:(?:the\\s+)?(?:leaders|heads|ministers)\\s+of\\s+)?"
            + "(?:the\\s+)?(?:[\\p{L}\\d-]+\\s+)?other\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:countries|partners|members|nations|states|economies)"
            + "\\s*[–—:]\\s*(?:the\\s+)?$");
    private static final int OTHERS_CHARS = 120;

    /**
     * The party that acts with the partners whose list opens at {@code first} ("the United States launched the
     * framework with four partners: Chile, …"): the first one named in the same sentence, the subject rather than
     * what it launched; null if none.
     */
    private static Mention launcher(String text, List<Mention> parties, Mention first) {
        if (!PARTNERS_BEFORE.matcher(text.substring(Math.max(0, first.start() - LISTED_CHARS), first.start())).find()
                && !OTHERS_BEFORE.matcher(text.substring(Math.max(0, first.start() - OTHERS_CHARS), first.start())).find()) {
            return null;
        }
        for (Mention p : parties) {
            if (p.start() >= first.start()) {
                break;
            }
            if (!isPlace(text, p) && !p.norm().equals(first.norm())
                    && !PARAGRAPH_OR_SENTENCE_END.matcher(text.substring(p.end(), first.start())).find()) {
                return p;
            }
        }
        return null;
    }

    /**
     * What opens a list of attendees or examples, not of the text's own parties: "… attended:", "including"; and the two
     * sides of a war the text speaks about ("the war between Russia and Ukraine"); the chairs or hosts of a meeting
     * whose participants speak ("Co-chaired by France and Ireland, the ministerial …"); the bodies through which the
     * speakers act ("diversify supply through the X Partnership and the Y Alliance").
     */
    private static final Pattern LISTED_BEFORE = ClauseWords.compile(
            "\\b(?:attended|attendance|participated|included?|including|such\\s+as|among\\s+them|through|via"
                    + "|" + ClauseWords.alternation("meeting-host")
                    + "|(?:" + ClauseWords.alternation("conflict-noun") + ")\\s+between)\\s*:?\\s*(?:the\\s+)?$");
    private static final int LISTED_CHARS = 40;
    /** A relative clause on a name, still open before the next one: ", which counts carmakers ". */
    private static final Pattern RELATIVE_BEFORE = Pattern.compile(",\\s*(?:which|who|whose)\\s[^,;.:()\\n]{0,70}$");
    /** The rest of that aside, closed by a comma before the main clause's signing verb: "…, has signed". */
    private static final Pattern ASIDE_CLOSED_BEFORE_SIGNING = Pattern.compile(
            "[^;.:()\\n]{0,70}?,\\s+(?:has\\s+|have\\s+|had\\s+)?(?:signed|inked|sealed|concluded|struck|agreed)\\b");
    private static final int RELATIVE_CHARS = 90;
    /** Where a relative clause on the names before it opens: "A and B, which supply carmakers C and D, signed". */
    private static final Pattern RELATIVE_OPENS = Pattern.compile(",\\s*(?:which|who|whose)\\s");
    /** A place before a state's name: "in Kananaskis, Canada", "at Camp David, Maryland". */
    private static final Pattern PLACE_BEFORE = Pattern.compile("\\b(?:in|at)\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2},\\s+$");

    /** Whether a state is named only to say where a place lies: "the G7 Summit in Kananaskis, Canada". */
    private static boolean isPlace(String text, Mention m) {
        return m.norm().length() == 2 && PLACE_BEFORE.matcher(text.substring(Math.max(0, m.start() - LISTED_CHARS), m.start())).find();
    }

    private static Set<String> better(Set<String> best, Set<String> run, Map<String, Set<String>> listNames) {
        if (best.size() >= 2) {
            Set<String> states = new LinkedHashSet<>();
            best.forEach(norm -> states.addAll(listNames.getOrDefault(norm, Set.of(norm))));
            return run.size() > best.size() && run.containsAll(states) ? run : best;
        }
        return larger(best, run);
    }

    /** Between a list of states and the group they belong to: "A, B and C, Member States of the [Group]". */
    private static final Pattern MEMBERS_OF_BEFORE = Pattern.compile("(?i)^,?\\s+(?:all\\s+)?member\\s+states\\s+of\\s+(?:the\\s+)?$");
    /** The brackets after that group that give it and its members their short names: "(collectively, “ABC” or …)". */
    private static final Pattern GROUP_BRACKETS = Pattern.compile("(?i)\\s*\\(\\s*(?:collectively|hereinafter|hereafter|together)\\b[^()]{0,200}\\)");

    /** Whether a body's name is the name given to the list of states just before it: "…, Norway (hereinafter the “EFTA States”)". */
    private static boolean namesList(String text, Mention last, Mention m) {
        if (m.norm().length() == 2 || last.norm().length() != 2 || m.start() < last.end()) {
            return false;
        }
        Matcher name = LIST_NAME.matcher(text).region(last.end(), text.length());
        return name.lookingAt() && m.end() <= name.end();
    }

    /** A body's name ending in "of": "Ministry of Economy, Trade and Industry of", "MINISTRY OF ENERGY OF THE". */
    private static final Pattern BODY_OF = ClauseWords.compile(
            "\\b" + ClauseWords.alternation("body-of") + "\\b(?:(?!\\band\\s+the\\b|\\bgovernment\\b)[^;:()]){0,60}?\\bof\\s+(?:the\\s+)?$");
    /** The states, provinces and territories of federations, by their norms (the names their governments are parties by). */
    private static final Set<String> SUBNATIONAL = subnational();
    private static final Pattern PART_OF_BETWEEN = Pattern.compile("^\\s*,\\s*(?:the\\s+)?$");

    private static Set<String> subnational() {
        Set<String> norms = new java.util.HashSet<>(DataLines.of(DocumentParties.class, "/org/accordex/annotate/us-states.txt"));
        for (String line : DataLines.of(DocumentParties.class, "/org/accordex/annotate/subnational-governments.txt")) {
            String[] parts = line.split("\t");
            norms.add(parts[Math.min(parts.length - 1, 2)]); // the full name, before an adjective line's kind
        }
        return Set.copyOf(norms);
    }

    /** A letterhead's next line: "MINISTRY OF COMMERCE & INDUSTRY\nGOVERNMENT OF INDIA". */
    private static final Pattern LETTERHEAD_BEFORE = Pattern.compile("(?i)^[ \\t]*\\n\\s*(?:the\\s+)?government\\s+of\\s+(?:the\\s+)?$");
    private static final Pattern OF_BEFORE = Pattern.compile("(?i)^[\\s)\"”]*(?:\\([^()]{1,12}\\)\\s*)?of\\s+(?:the\\s+)?$");

    /**
     * Whether a state mention only says whose body the name before it is: "the Ministry of Economy, Trade and Industry
     * of Japan" (a body mention, then "of"), "THE MINISTRY OF ENERGY OF THE KINGDOM OF SAUDI ARABIA" (a body's name
     * the dictionary does not hold).
     */
    static boolean affiliation(String text, Mention previous, Mention m) {
        if (m.norm().length() != 2) {
            return false;
        }
        // "the State of California, the United States of America": the federation a state or province is a part of
        if (previous != null && SUBNATIONAL.contains(previous.norm())
                && PART_OF_BETWEEN.matcher(text.substring(previous.end(), Math.max(previous.end(), m.start()))).matches()) {
            return true;
        }
        if (previous != null && previous.norm().length() != 2 && m.start() - previous.end() <= 40
                && (OF_BEFORE.matcher(text.substring(previous.end(), m.start())).matches()
                        || LETTERHEAD_BEFORE.matcher(text.substring(previous.end(), m.start())).matches())) {
            return true;
        }
        int from = Math.max(previous == null ? 0 : previous.end(), m.start() - 80);
        String before = text.substring(from, m.start());
        int newline = before.lastIndexOf('\n');
        return BODY_OF.matcher(newline < 0 ? before : before.substring(newline + 1)).find();
    }

    /** "We, the Leaders of Japan, the Republic of Korea, and the United States, …": the run of names after "We, the". */
    private static List<String> speakers(String text, List<Mention> parties) {
        Matcher we = WE_THE.matcher(text.substring(0, Math.min(text.length(), OPENING_CHARS)));
        if (!we.find()) {
            return List.of();
        }
        List<Mention> run = speakersRun(text, parties, we);
        List<String> members = membersListedAfter(text, parties, we.end(), run);
        if (!members.isEmpty()) {
            return members;
        }
        // "We—the Pacific Islands Forum, represented by the governments of …, and the United States—meet": between
        // dashes, the party that "and" joins last before the closing dash speaks too
        Matcher dash = CLOSING_DASH.matcher(text).region(we.end(), Math.min(text.length(), OPENING_CHARS));
        int close = (we.group().contains("—") || we.group().contains("–")) && dash.find() ? dash.start() : -1;
        if (!run.isEmpty() && close > 0) {
            Mention last = null;
            for (Mention m : parties) {
                if (m.start() > run.get(run.size() - 1).end() && m.end() <= close) {
                    last = m;
                }
            }
            if (last != null && !run.contains(last) && LAST_JOINED.matcher(text.substring(0, last.start())).find()
                    && text.substring(last.end(), close).isBlank()) {
                run.add(last);
            }
        }
        return List.copyOf(unionForItsInstitutions(norms(run)));
    }

    /**
     * The group whose members' heads speak in a treaty's opening and are its parties ("We, the Heads of State … of the
     * Member States of the Community (XYZ): The President of A, …"), or null: its own officers act for it ("The Executive
     * Secretary shall …"), not for its members.
     */
    static String membersGroup(String text, List<Mention> mentions) {
        String opening = text.substring(0, Math.min(text.length(), OPENING_CHARS));
        Matcher we = WE_THE.matcher(opening);
        // most openings name no member states: no list of them to read
        if (!opening.toLowerCase(java.util.Locale.ROOT).contains("member") || !we.find()) {
            return null;
        }
        int titleEnd = titleEnd(text);
        List<Mention> parties = mentions.stream().filter(m -> m.type() == MentionType.PARTY && !isPlace(text, m))
                .filter(m -> m.start() < titleEnd || !Clauses.isInName(text, m)).toList();
        List<Mention> run = speakersRun(text, parties, we);
        return membersListedAfter(text, parties, we.end(), run).isEmpty() ? null : run.get(0).norm();
    }

    /** A name's beneficiary before it: "… Coalition for ", "… in support of the ". */
    private static final Pattern FOR_WHOM_BEFORE = Pattern.compile("(?i)\\s(?:for|in\\s+support\\s+of|to\\s+support)\\s+(?:the\\s+)?$");

    /** The run of names right after "We, the": the speakers. */
    private static List<Mention> speakersRun(String text, List<Mention> parties, Matcher we) {
        List<Mention> run = new ArrayList<>();
        for (Mention m : parties) {
            if (m.start() < we.end()) {
                continue;
            }
            if (run.isEmpty() ? m.start() - we.end() > APPOSITIVE_CHARS || text.substring(we.end(), m.start()).contains(",")
                    // "We, the co-leaders of the Air Coalition for Moldova": the state the coalition serves does not speak
                    || FOR_WHOM_BEFORE.matcher(text.substring(we.end(), m.start())).find()
                    : !coordinated(text, run.get(run.size() - 1), m) && !NEXT_SPEAKERS.matcher(
                            text.substring(run.get(run.size() - 1).end(), Math.max(run.get(run.size() - 1).end(), m.start()))).matches()
                            && !UNKNOWN_MEMBER.matcher(
                            text.substring(run.get(run.size() - 1).end(), Math.max(run.get(run.size() - 1).end(), m.start())))
                            .matches()) {
                break;
            }
            run.add(m);
        }
        return run;
    }

    /** "We, the Heads of State and Government of the Member States of [the group]": the members speak, not the group. */
    private static final Pattern MEMBER_STATES_OF = Pattern.compile("(?i)\\bmember\\s+states\\s+of\\s+(?:the\\s+)?$");
    /** The colon after the group's name (and its short name in brackets) that opens the list of its members. */
    private static final Pattern LIST_OPENS = Pattern.compile("^\\s*\\)?\\s*:");

    /**
     * The states a treaty's speakers name one by one after a group whose members they are: "We, the Heads of State and
     * Government of the Member States of the Community (XYZ): The President of A, The President of the Republic of B, …"
     * → A, B, …; those states sign, and "the Member States" are they. Empty unless the run is that one group and a list of
     * two or more states follows its colon.
     */
    private static List<String> membersListedAfter(String text, List<Mention> parties, int weEnd, List<Mention> run) {
        if (run.isEmpty() || norms(run).size() != 1 || !"intl".equals(PartyKinds.of(run.get(0).norm()))
                || !MEMBER_STATES_OF.matcher(text.substring(weEnd, run.get(0).start())).find()) {
            return List.of();
        }
        Mention group = run.get(run.size() - 1);
        List<Mention> members = new ArrayList<>();
        for (Mention m : parties) {
            if (m.start() < group.end()) {
                continue;
            }
            if (members.isEmpty()) {
                String between = text.substring(group.end(), m.start());
                Matcher colon = LIST_OPENS.matcher(between);
                if (m.norm().length() != 2 || !colon.find() || !HEAD_OF_STATE_BETWEEN.matcher(" " + between.substring(colon.end())).matches()
                        && !between.substring(colon.end()).isBlank()) {
                    return List.of();
                }
            } else if (m.norm().length() != 2 || !coordinated(text, members.get(members.size() - 1), m)) {
                break;
            }
            members.add(m);
        }
        return members.size() >= 2 ? List.copyOf(norms(members)) : List.of();
    }

    /** The institutions whose heads or members speak for the European Union at a summit: "the President of the European Council". */
    private static final Set<String> UNION_INSTITUTIONS = Set.of("European Council", "European Commission");

    /**
     * A "We" of summit leaders where the Presidents of the European Council and the Commission sit beside heads of
     * government ("We, the Prime Minister of X, the President of the European Council and …"): they speak for the EU.
     */
    private static Set<String> unionForItsInstitutions(Set<String> norms) {
        if (norms.stream().noneMatch(UNION_INSTITUTIONS::contains)) {
            return norms;
        }
        Set<String> union = new LinkedHashSet<>();
        norms.forEach(n -> union.add(UNION_INSTITUTIONS.contains(n) ? "EU" : n));
        return union;
    }

    /**
     * The speakers of a second party joined to the first: "We, the Members of the European Council [and the Heads of State
     * and Government of the Member States of the] African Union, …".
     */
    private static final Pattern NEXT_SPEAKERS = Pattern.compile("(?i),?\\s+and\\s+the\\s+(?:heads\\s+of\\s+state(?:\\s+and\\s+government)?"
            + "|heads\\s+of\\s+government|leaders|ministers|members|presidents|prime\\s+ministers|representatives)"
            + "(?:\\s+of\\s+the\\s+member\\s+states)?\\s+of\\s+(?:the\\s+)?");
    private static final Pattern CLOSING_DASH = Pattern.compile("[—–]");
    /** ", and the" right before the last party of a dash aside. */
    private static final Pattern LAST_JOINED = Pattern.compile(",\\s+and\\s+(?:the\\s+)?$");

    /** A title's statement and the word before its speakers: "Joint Statement on Drones for Moldova from ". */
    private static final Pattern TITLE_STATEMENT_FROM = Pattern.compile(
            "(?i)^[^\\n]*?\\b(?:statement|declaration|communiqu[eé])\\b[^\\n]*?\\s(?:from|by)\\s");

    /** Where a title's topic opens after its speakers: " on ", " for ", " regarding ". */
    private static final Pattern TITLE_TOPIC = Pattern.compile(
            "(?i)\\s(?:on|for|to|regarding|about|concerning|following|after|at|in|marking|welcoming)\\s");

    /**
     * The states or groups a title names after its statement's "from" or "by" ("Joint Statement on Drones for Moldova
     * from the United States, the Netherlands and Denmark", or from their leaders): they speak, not the state the
     * statement is about, however often the text names that one; none where the title names fewer than two.
     */
    private static List<String> titledSpeakers(String text, List<Mention> parties, int titleEnd) {
        Matcher from = TITLE_STATEMENT_FROM.matcher(text.substring(0, titleEnd));
        if (!from.find()) {
            return List.of();
        }
        // the speakers end where the title's topic opens: "Joint Statement by the G7 [on Costs for Russia]"
        Matcher topic = TITLE_TOPIC.matcher(text).region(from.end(), titleEnd);
        int speakersEnd = topic.find() ? topic.start() : titleEnd;
        Set<String> named = new LinkedHashSet<>();
        for (Mention m : parties) {
            if (m.start() >= from.end() && m.end() <= speakersEnd
                    && (m.norm().length() == 2 || "intl".equals(PartyKinds.of(m.norm())))) {
                named.add(m.norm());
            }
        }
        return named.size() >= 2 ? List.copyOf(named) : List.of();
    }

    /** The state or group of states right after the title's "Statement by", "Declaration of", …, or none. */
    private static List<String> titleSpeaker(String text, List<Mention> parties, int titleEnd) {
        for (Mention m : parties) {
            if (m.start() >= titleEnd) {
                break;
            }
            int lineStart = text.lastIndexOf('\n', m.start()) + 1;
            boolean stateOrGroup = m.norm().length() == 2 || "intl".equals(PartyKinds.of(m.norm()));
            // "Statement by NSC Spokesperson …" speaks for the state, not for the council its spokesperson serves
            if (stateOrGroup && TITLE_SPEAKER.matcher(text.substring(lineStart, m.start())).find()) {
                return List.of(m.norm());
            }
            // "Pacific Islands Forum Leaders Meeting": the group whose meeting speaks, not the state that hosts or chairs it
            if ("intl".equals(PartyKinds.of(m.norm()))
                    && GROUP_MEETING_AFTER.matcher(text.substring(m.end(), Math.min(titleEnd, m.end() + GROUP_MEETING_CHARS))).lookingAt()) {
                return List.of(m.norm());
            }
        }
        return List.of();
    }

    /** What a body issues, after its name: "MOFCOM Announcement", "METI's Notice". */
    private static final Pattern ISSUED_AFTER = ClauseWords.compile("^(?:[’']s)?\\s+" + ClauseWords.alternation("issued-act") + "\\b");
    /**
     * What a body issues, before its name: "Notification No. 12/2026 of the Directorate General …", "Announcement No. 3
     * of 2026 by the Ministry …", "Regulation of the Minister of Trade of the Republic of X" (the
     * minister's state).
     */
    private static final Pattern ISSUED_BEFORE = ClauseWords.compile("\\b" + ClauseWords.alternation("issued-act")
            + "\\s+(?:no\\.?\\s*[\\w/.-]+\\s+(?:of\\s+\\d{4}\\s+)?)?(?:of|by|from)\\s+(?:the\\s+)?"
            + "(?:(?:minister|secretary)\\s+(?:of|for)\\s+[\\p{L},&'’\\s]{1,80}?\\s+of\\s+(?:the\\s+)?)?$");
    private static final int ISSUED_AFTER_CHARS = 40;

    /** The party the title names as the one that issues the text ("MOFCOM Announcement No. …"), or none. */
    private static List<String> titleIssuer(String text, List<Mention> parties, int titleEnd) {
        String title = text.substring(0, titleEnd).toLowerCase(java.util.Locale.ROOT);
        if (ClauseWords.entries("issued-act").stream().noneMatch(title::contains)) {
            return List.of(); // most titles name nothing issued: no pattern to try
        }
        for (Mention m : parties) {
            if (m.start() >= titleEnd) {
                break;
            }
            int lineStart = text.lastIndexOf('\n', m.start()) + 1;
            if (ISSUED_AFTER.matcher(text.substring(m.end(), Math.min(titleEnd, m.end() + ISSUED_AFTER_CHARS))).lookingAt()
                    || ISSUED_BEFORE.matcher(text.substring(lineStart, m.start())).find()) {
                return List.of(m.norm());
            }
        }
        return List.of();
    }

    /** A letterhead's first line: "Government of India", "GOVERNMENT OF THE REPUBLIC OF X", or a body's name. */
    private static final Pattern GOVERNMENT_OF = Pattern.compile("(?i)^(?:the\\s+)?government\\s+of\\s+(?:the\\s+)?$");
    private static final int LETTERHEAD_LINES = 6;

    /**
     * A letterhead that opens the text with the offices above the one that issues it, each alone on its line ("Government
     * of X / Ministry of Mines / … / Bureau of Mineral Exports"): the last, which issues
     * it; the offices are no run of parties. None unless at least two offices follow a first line.
     */
    private static List<String> letterhead(String text, List<Mention> parties) {
        int from = 0;
        while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        Mention last = null;
        int bodies = 0;
        int next = 0;
        for (int lines = 0; lines < LETTERHEAD_LINES && from < text.length(); lines++) {
            int newline = text.indexOf('\n', from);
            int end = newline < 0 ? text.length() : newline;
            String line = text.substring(from, end).strip();
            if (line.isEmpty()) {
                break; // the letterhead ends at its first blank line
            }
            while (next < parties.size() && parties.get(next).start() < from) {
                next++;
            }
            Mention m = next < parties.size() ? parties.get(next) : null;
            if (m == null || m.end() > end || (next + 1 < parties.size() && parties.get(next + 1).start() < end)) {
                break; // no name on the line, or more than one
            }
            String before = text.substring(from, m.start());
            boolean whole = text.substring(m.end(), end).strip().isEmpty()
                    && (before.isBlank() || lines == 0 && m.norm().length() == 2 && GOVERNMENT_OF.matcher(before.strip() + " ").matches());
            // an office below the first line: no state, group of states or company (an office the dictionary lacks is
            // still one)
            if (!whole || lines > 0 && (m.norm().length() == 2 || PartyKinds.of(m.norm()) != null && !"body".equals(PartyKinds.of(m.norm())))) {
                break;
            }
            bodies += lines > 0 ? 1 : 0;
            last = m;
            from = end + 1;
        }
        return bodies >= 2 ? List.of(last.norm()) : List.of();
    }

    /** How many lines with letters after the title a byline may come: a date line, then the issuing body. */
    private static final int BYLINE_LINES = 3;

    /**
     * A government body named alone on a line of its own right after the title ("March 3, 2026 / Ministry of Economy, Trade
     * and Industry"): the body that issues a notice written in the passive; none if the first lines hold no such name.
     */
    private static List<String> byline(String text, List<Mention> parties, int titleEnd) {
        int from = titleEnd;
        for (int lines = 0; lines < BYLINE_LINES && from < text.length(); ) {
            int newline = text.indexOf('\n', from + 1);
            int end = newline < 0 ? text.length() : newline;
            String line = text.substring(from, end).strip();
            if (line.chars().anyMatch(Character::isLetter)) {
                lines++;
                for (Mention m : parties) {
                    if (m.start() >= end) {
                        break;
                    }
                    if (m.start() >= from && "body".equals(PartyKinds.of(m.norm()))
                            && line.replaceAll("[.:;,]$", "").equals(text.substring(m.start(), m.end()))) {
                        return List.of(m.norm());
                    }
                }
            }
            from = end;
        }
        return List.of();
    }

    /** The opening's end: {@value #OPENING_PARAGRAPHS} paragraphs with letters, at most {@value #OPENING_CHARS} characters. */
    private static int openingEnd(String text) {
        int from = 0;
        int paragraphs = 0;
        while (from < text.length()) {
            int blank = text.indexOf("\n\n", from);
            int end = blank < 0 ? text.length() : blank;
            if (text.substring(from, end).chars().anyMatch(Character::isLetter) && ++paragraphs == OPENING_PARAGRAPHS) {
                return Math.min(end, OPENING_CHARS);
            }
            from = end + 2;
        }
        return Math.min(text.length(), OPENING_CHARS);
    }

    /** How many paragraphs the opening has: a title, a dateline or heading, and the first lines that name the parties. */
    private static final int OPENING_PARAGRAPHS = 5;

    /** Where the title ends: the end of the front matter ("---" … "---"), else of the first line with a letter. */
    static int titleEnd(String text) {
        if (text.startsWith("---")) {
            int close = text.indexOf("\n---", 3);
            if (close > 0) {
                return close;
            }
        }
        int from = 0;
        while (from < text.length()) {
            int newline = text.indexOf('\n', from);
            int end = newline < 0 ? text.length() : newline;
            if (text.substring(from, end).chars().anyMatch(Character::isLetter)) {
                return end;
            }
            from = end + 1;
        }
        return text.length();
    }

    /**
     * "Australia has joined Canada, France and Japan in launching …": the state that joins the others' act is one of them
     * (between two states only: "Finland has joined NATO" is a membership, not a run of the text's parties). Not a past
     * "joined", which as often joins a leader ("President Roe joined Prime Minister Doe and leaders from A, B and C").
     */
    private static final Pattern JOINED = Pattern.compile("(?i)^\\s+(?:(?:has|have|had)\\s+(?:also\\s+|now\\s+)?joined|joins)"
            + "\\s+(?:the\\s+)?$");

    /** A quoted front-matter value's escaped line break and the escaped space that opens the next line. */
    private static final Pattern FOLDED_LINE = Pattern.compile("\\\\\\R[ \\t]*(?:\\\\(?=\\s))?");

    private static boolean coordinated(String text, Mention left, Mention right) {
        if (right.start() < left.end()) {
            return false;
        }
        String between = text.substring(left.end(), right.start());
        if (between.indexOf('\\') >= 0) {
            // a front matter's title folded over lines ("…, European Union,\⏎  \ France, …"): one line of the title
            between = FOLDED_LINE.matcher(between).replaceAll(" ");
        }
        if (left.norm().length() == 2 && right.norm().length() != 2 && POSSESSIVE_BETWEEN.matcher(between).matches()) {
            return true; // "Japan's JBIC": the state whose body it is, then the body
        }
        if (AND_LINE.matcher(between).matches()) {
            return true; // a title page's "Between\n\nX\n\nAnd\n\nY": the two sides on lines of their own
        }
        if (between.contains("\n\n") && NAMED_SIDE_AND_LINE.matcher(LIST_NAME.matcher(between).replaceAll(" ")).matches()) {
            return true;
        }
        if (between.contains("\n\n")) {
            // a headline's last name and the next paragraph's first: "… pact to counter China\n\nChile and …"; but a comma
            // before the break carries a list of signatories over a page break when it goes on after the next name
            return COMMA_BREAK.matcher(between).matches() && LIST_GOES_ON.matcher(text.substring(right.end())).lookingAt();
        }
        // "Following the invasion of Ukraine, Russia continues …": a bare comma joins two names only in a list that goes on
        // ("Iceland, Norway and Switzerland"); here it closes an opening phrase before the next clause's subject
        if (BARE_COMMA.matcher(between).matches() && !LIST_GOES_ON.matcher(text.substring(right.end())).lookingAt()) {
            return false;
        }
        boolean states = left.norm().length() == 2 && right.norm().length() == 2;
        if (states && JOINED.matcher(between).matches()) {
            return true;
        }
        // "X Pty Ltd (the “Seller”) and Y (the “Purchaser”)": the role each name is given stands between them
        between = Roles.DEFINED_ROLE.matcher(between).replaceAll(" ");
        between = SIDE.matcher(LIST_NAME.matcher(between).replaceAll(" ")).replaceAll(" ");
        // "the European Union and its Member States, of the one part, and the Members of the OACPS, of the other part"
        between = MEMBERS.matcher(between).replaceAll(" ");
        return between.length() <= 40 && (states ? STATE_COORDINATION : COORDINATION).matcher(between).matches()
                || describedNext(text, between, right)
                || states && between.length() <= OFFICIAL_BETWEEN_CHARS && HEAD_OF_STATE_BETWEEN.matcher(between).matches()
                || between.length() <= OFFICIAL_BETWEEN_CHARS && (OFFICIAL_BETWEEN.matcher(between).matches()
                        || LEADER_AND.matcher(between).matches() || DEAL_WITH.matcher(between).matches()
                        || NEXT_LEADERS_TITLE.matcher(between).matches() && titledLeaders(text, left, right));
    }

    private static final Pattern TITLE_BEFORE_NAME = Pattern.compile(
            "\\b(?:President|Prime\\s+Minister|Chancellor|Premier|King|Queen|Emir|Amir|Crown\\s+Prince|Sultan)\\s+$");
    private static final Pattern PLACED_AFTER_NAME = Pattern.compile("^\\s+of\\s");

    /**
     * Whether two names of a list are both leaders the opening names by title and surname alone, not a state that places
     * a leader ("Prime Minister Roe of [X], Prime Minister [Doe] of Y"): such a list names its states itself.
     */
    private static boolean titledLeaders(String text, Mention left, Mention right) {
        return TITLE_BEFORE_NAME.matcher(text.substring(Math.max(0, left.start() - 20), left.start())).find()
                && !PLACED_AFTER_NAME.matcher(text.substring(left.end(), Math.min(text.length(), left.end() + 5))).find()
                && !PLACED_AFTER_NAME.matcher(text.substring(right.end(), Math.min(text.length(), right.end() + 5))).find();
    }

    /**
     * Between two leaders the opening names by title and surname, the next one's title after a list's comma or "and":
     * "President Roe[, Prime Minister ]Doe and Chancellor Poe met …" (the names are the leaders' mentions).
     */
    private static final Pattern NEXT_LEADERS_TITLE = Pattern.compile("^[ \\t]*(?:,[ \\t]*(?:and[ \\t]+)?|and[ \\t]+)"
            + "(?:President|Prime\\s+Minister|Chancellor|Premier|King|Queen|Emir|Amir|Crown\\s+Prince|Sultan)[ \\t]+$");

    /**
     * A list item that says what kind of body the next name is: "the Ministry of Mines, the state development bank
     * (BNDES) and the National Mining Agency signed …". Only where the list goes on after that name, and only a kind
     * of body after "the", so an appositive that describes the name before ("X, a joint venture between Y and Z") is
     * no list item.
     */
    private static final Pattern DESCRIBED_NEXT = Pattern.compile("^(?:[ \\t]*\\))?(,?)\\s+(and\\s+)?the\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,3}?"
            + "(?:bank|lender|agency|regulator|fund|company|miner|firm|institute|university|authority|utility|operator)"
            + "\\s*\\(?\\s*$");
    private static final Pattern LIST_GOES_ON_PAST_BRACKET = Pattern.compile("(?i)\\)?\\s*(?:,|&|and\\b)");

    private static boolean describedNext(String text, String between, Mention right) {
        Matcher m = DESCRIBED_NEXT.matcher(between);
        if (!m.matches() || m.group(1).isEmpty() && m.group(2) == null) {
            return false;
        }
        // after a comma the list must go on past the described name; "and the …" closes it
        return m.group(2) != null || LIST_GOES_ON_PAST_BRACKET.matcher(text.substring(right.end())).lookingAt();
    }

    private static final Pattern BARE_COMMA = Pattern.compile("^[ \\t]*,[ \\t]*$");
    /** A list's comma, then a blank line: "…, THE KINGDOM OF SWEDEN,\n\nTHE UNITED KINGDOM …". */
    private static final Pattern COMMA_BREAK = Pattern.compile("(?i)^[ \\t]*,\\s*(?:the\\s+)?$");
    /**
     * What follows a name inside a list of names: a comma, "and", "or", "&"; or a state's possessive, whose body goes
     * on the list ("…, Japan's JBIC and …").
     */
    private static final Pattern LIST_GOES_ON = Pattern.compile("(?i)\\s*(?:,|&|and\\b|or\\b)|[’']s\\s+(?-i:\\p{Lu})");

    /** A line that holds only "and" between two names of a title page. */
    private static final Pattern AND_LINE = Pattern.compile("(?i)^[ \\t]*\\n\\s*(?:and|&)[ \\t]*\\n\\s*(?:the\\s+)?$");
    /** The same after the name the first side is given: "X, Y and Z (hereinafter “the W States”),\n\nand\n\nthe Republic of V". */
    private static final Pattern NAMED_SIDE_AND_LINE = Pattern.compile("(?i)^[ \\t]*,?[ \\t]*\\n\\s*(?:and|&)[ \\t]*,?[ \\t]*\\n\\s*(?:the\\s+)?$");

    /** A headline's "X inks offtake deal with Y", "X signs MOU with Y": the two sides of the deal it reports. */
    private static final Pattern DEAL_WITH = ClauseWords.compile("^(?:[’']s)?\\s+(?:signs|inks|strikes|seals|clinches|reaches"
            + "|finalises|finalizes|concludes|forges|(?:has\\s+)?(?:" + ModalityCues.namedWords("@deal-verb") + "))"
            + "\\s+(?:an?\\s+|the\\s+|its\\s+)?(?:[\\p{L}$-]+\\s+){0,3}?(?:" + ClauseWords.alternation("deal-noun")
            + "|contract|mou)s?\\s+with\\s+(?:the\\s+)?$");

    /**
     * A news report's opening pair of leaders: "U.S. President Jane Roe and Chile’s new President Ana Soto signed …",
     * the title and name of the first state's leader, then "and" before the second state; or a list's comma between
     * them ("by Chilean President Ana Soto, Peruvian President Juan Roe, and …").
     */
    private static final Pattern LEADER_AND = Pattern.compile(
            "^(?:[’']s)?\\s+(?:(?:new|newly\\s+elected|incoming|visiting)\\s+)?(?:President|Vice\\s+President|Prime\\s+Minister"
                    + "|Chancellor|Premier|King|Queen|Emir|Crown\\s+Prince|Sultan)\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}"
                    + "\\p{Lu}[\\p{L}'’-]+(?:,?\\s+and|,)\\s+(?:the\\s+)?$");

    /**
     * "President of France Emmanuel Macron, Chancellor of Germany …", "We, the President of France, Chancellor of
     * Germany …": a person's name, if any, then the next official's title and "of", between two states the leaders of a
     * joint statement serve.
     */
    private static final Pattern OFFICIAL_BETWEEN = Pattern.compile(
            "^(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]+)?,?\\s+(?:and\\s+)?(?:the\\s+)?"
                    // the office may be qualified and shared: "and the Foreign Ministers of X, Y and Z", "the External Affairs Minister of"
                    + "(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}(?:President|Vice\\s+President"
                    + "|Prime\\s+Minister|Chancellor|Premier|King|Queen|Emir|Crown\\s+Prince|Sultan|Minister|Secretary)s?"
                    + "(?:\\s+(?:for|of)\\s+\\p{Lu}[\\p{L}-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}-]*){0,3})?\\s+of\\s+(?:the\\s+)?$");
    private static final int OFFICIAL_BETWEEN_CHARS = 100;
    /**
     * Between two states of a treaty's list of its heads of state, the next head's style and office up to the first words
     * of the state's official name: "[A] The President of the Republic of [B]", "[C], HER MAJESTY THE QUEEN OF THE [D]",
     * "The Head of State and Chairman of the … Council of the Republic of [E]".
     */
    private static final Pattern HEAD_OF_STATE_BETWEEN = Pattern.compile(
            "(?i)^[\\s,;]*(?:and\\s+)?(?:the\\s+)?(?:(?:his|her)\\s+(?:majesty|royal\\s+highness|highness)\\s+(?:the\\s+)?)?"
                    + "(?:president|prime\\s+minister|king|queen|emir|sultan|grand\\s+duke|grand\\s+duchess|head\\s+of\\s+state)"
                    // the office's "of" right after its title: "Prime Minister Jane Roe of [B]" names a person, not a state's head
                    + "(?:\\s+and\\s+[\\p{L}-]+)?\\s+of\\s+(?:the\\s+)?(?:[^,;:()\\n\\d]{0,80}?\\bof\\s+(?:the\\s+)?)?$");

    /** The verb of the deal an opening reports: "… and Malaysian Prime Minister Anwar Ibrahim signed a memorandum". */
    private static final Pattern SIGNED = Pattern.compile("\\b(?:signed|inked|sealed|concluded|struck|agreed)\\b");
    /** Where the last sentence before {@code at} ended, or -1. */
    private static int lastSentenceEnd(String text, int at) {
        int last = -1;
        Matcher end = SENTENCE_END.matcher(text).region(0, at);
        while (end.find()) {
            last = end.start();
        }
        return last;
    }

    /** A sentence's end, not an abbreviation's point ("the ASEAN-U.S. Summit", "U.K."). */
    static final Pattern SENTENCE_END = Pattern.compile("(?<!\\b\\p{Lu})[.!?]\\s|\\n");
    /** What may stand between the last signer's name and the verb: its leader's title and name, "have", "on Monday". */
    private static final int SIGNER_GAP_CHARS = 60;

    /**
     * The names coordinated right before the opening's first deal verb ("At the ASEAN-U.S. Summit in Kuala Lumpur,
     * President Donald Trump and Malaysian Prime Minister Anwar Ibrahim signed …" → US, MY), which say who made the deal
     * better than an earlier pair inside a name; empty when the verb follows no run of two.
     */
    private static Set<String> signers(String text, List<Mention> parties) {
        Matcher verb = SIGNED.matcher(text).region(0, Math.min(openingEnd(text), text.length()));
        if (!verb.find()) {
            return Set.of();
        }
        int sentenceStart = lastSentenceEnd(text, verb.start());
        // "A and B, which supply carmakers C and D, signed": the signers are named before the relative clause
        Matcher relative = RELATIVE_OPENS.matcher(text).region(Math.max(0, sentenceStart), verb.start());
        int signersEnd = relative.find() ? relative.start() : verb.start();
        List<Mention> before = parties.stream().filter(m -> m.start() > sentenceStart && m.end() <= signersEnd).toList();
        int titleEnd = titleEnd(text);
        // the sentence names the text's first party, or the first after its title
        boolean opens = before.size() >= 2 && (before.get(0) == parties.get(0) || parties.stream()
                .filter(m -> m.start() >= titleEnd).findFirst().map(first -> first.start() > sentenceStart).orElse(false));
        if (!opens || signersEnd - before.get(before.size() - 1).end() > SIGNER_GAP_CHARS) {
            return Set.of(); // the deal of the report's first sentence, not one it recalls later
        }
        Set<String> signers = Set.of();
        for (int from = before.size() - 2; from >= 0; from--) {
            List<Mention> run = before.subList(from, before.size());
            if (norms(run).size() < 2) {
                continue; // one leader named twice: "Malaysian Prime Minister Anwar Ibrahim"
            }
            Set<String> found = longestRun(text, run);
            if (!found.equals(norms(run))) {
                break;
            }
            signers = found;
        }
        return signers;
    }

    /**
     * A state's name in a quoted front-matter value whose blank is written as an escape: a no-break space ("United\_States")
     * or a line folded there ("the United\_\⏎  States on …"). The title still names that state among its speakers.
     */
    private static final Pattern ESCAPED_BLANK_NAME = Pattern.compile("\\b((?:\\p{Lu}\\p{L}+ )?\\p{Lu}\\p{L}+)"
            + "(?:\\\\_(?:\\\\\\R[ \\t]*)?| \\\\\\R[ \\t]*|\\\\\\R[ \\t]*\\\\ )(\\p{Lu}\\p{L}+)\\b");

    static List<Mention> statesBrokenByEscapes(String text, int titleEnd) {
        int escape = text.indexOf('\\');
        if (escape < 0 || escape >= titleEnd) {
            return List.of();
        }
        List<Mention> states = new ArrayList<>();
        Matcher m = ESCAPED_BLANK_NAME.matcher(text).region(escape > 40 ? escape - 40 : 0, titleEnd);
        while (m.find()) {
            int start = m.start(1);
            int end = m.end(2);
            PartyKinds.stateNamed(m.group(1) + " " + m.group(2))
                    .ifPresent(state -> states.add(Mention.of(MentionType.PARTY, text, start, end, state)));
        }
        return states;
    }

    /** The parties and the further party mentions that overlap none of them, in text order. */
    private static List<Mention> merged(List<Mention> parties, List<Mention> more) {
        List<Mention> all = new ArrayList<>(parties);
        more.stream().filter(m -> m.type() == MentionType.PARTY)
                .filter(m -> parties.stream().noneMatch(a -> a.start() < m.end() && m.start() < a.end()))
                .forEach(all::add);
        all.sort(java.util.Comparator.comparingInt(Mention::start));
        return all;
    }

    /**
     * The norms of a run of names, without a state's own body when that state is itself in the run: "Under the leadership
     * of Australia’s Department of … and the U.S. National Security Council, Australia and the United States …" are the
     * two states; "the U.S. Department of Commerce and Japan’s METI" stay two bodies, their states being only their owners.
     */
    private static Set<String> runNorms(String text, List<Mention> run) {
        run = withoutUnionMembers(text, run);
        Set<String> states = new LinkedHashSet<>();
        for (Mention m : run) {
            if (m.norm().length() == 2 && !OWNER_AFTER.matcher(text.substring(m.end())).lookingAt()) {
                states.add(m.norm());
            }
        }
        Set<String> norms = new LinkedHashSet<>();
        for (Mention m : run) {
            String owner = null;
            if (m.norm().length() != 2) {
                Matcher before = OWNER_BEFORE.matcher(text.substring(Math.max(0, m.start() - BEFORE_OWNER_CHARS), m.start()));
                owner = PartyKinds.stateNamedIn(text.substring(m.start(), m.end()))
                        .or(() -> before.find() ? PartyKinds.stateNamedIn(before.group(1)) : java.util.Optional.empty()).orElse(null);
            }
            // a state named only as the owner of the body after it in the run ("Japan's JBIC") does not speak
            boolean ownerOnly = m.norm().length() == 2 && !states.contains(m.norm()) && run.indexOf(m) + 1 < run.size()
                    && POSSESSIVE_BETWEEN.matcher(text.substring(m.end(), Math.max(m.end(), run.get(run.indexOf(m) + 1).start()))).matches();
            if (!ownerOnly && (owner == null || !states.contains(owner) || states.size() < 2)) {
                norms.add(m.norm());
            }
        }
        return norms;
    }

    /**
     * A treaty's list of signatories split into its sides ("X, of the one part, and A, B, …, and the European Community, of
     * the other part"), without the states on the European Union's side: they are its members, and the text calls that
     * side one Party ("the EC Party"), so "the Parties" are X and the Union.
     */
    private static List<Mention> withoutUnionMembers(String text, List<Mention> run) {
        if (run.stream().noneMatch(m -> m.norm().equals("EU"))) {
            return run;
        }
        List<Mention> kept = new ArrayList<>();
        List<Mention> side = new ArrayList<>();
        boolean sides = false;
        for (int i = 0; i < run.size(); i++) {
            side.add(run.get(i));
            boolean last = i == run.size() - 1;
            boolean sideEnds = !last && SIDE.matcher(text.substring(run.get(i).end(), Math.max(run.get(i).end(), run.get(i + 1).start()))).find();
            sides |= sideEnds;
            if (sideEnds || last) {
                boolean union = side.stream().anyMatch(m -> m.norm().equals("EU"));
                side.stream().filter(m -> !union || m.norm().equals("EU") || m.norm().length() != 2).forEach(kept::add);
                side.clear();
            }
        }
        return sides ? kept : run;
    }

    /** Only a possessive between a state and the body after it: "Japan['s ]JBIC". */
    private static final Pattern POSSESSIVE_BETWEEN = Pattern.compile("[’']s[ \\t]+");
    /** A possessive right after a state's name: "Australia’s [Department of …]". */
    private static final Pattern OWNER_AFTER = Pattern.compile("^[’']s\\s");
    /** The state's name whose possessive stands right before a body: "[Australia]’s Department of …". */
    private static final Pattern OWNER_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2})[’']s\\s+$");
    private static final int BEFORE_OWNER_CHARS = 40;

    private static Set<String> norms(List<Mention> run) {
        Set<String> norms = new LinkedHashSet<>();
        run.forEach(m -> norms.add(m.norm()));
        return norms;
    }

    private static Set<String> larger(Set<String> a, Set<String> b) {
        return b.size() > a.size() ? b : a;
    }

    /** The head word of a group of states a treaty sets up: "Caribbean Free Trade Association", "Economic Community of …". */
    private static final Pattern ASSOCIATION = ClauseWords.compile("\\b" + ClauseWords.alternation("association") + "\\b");
    /** How often a treaty must name an association it sets up for it to stand for the treaty's members. */
    private static final int ASSOCIATION_MENTIONS = 3;
    /** How many times more often than any state. */
    private static final int ASSOCIATION_RATIO = 3;

    /**
     * How often the text names the association by its head word alone, as a treaty does after its first article ("the
     * Caribbean Free Trade Association" is "the Association" thereafter): capitalised, after "the".
     */
    private static long shortNamed(String text, List<String> association) {
        if (association.isEmpty()) {
            return 0;
        }
        Matcher head = ASSOCIATION.matcher(association.get(0));
        if (!head.find()) {
            return 0;
        }
        String word = head.group();
        String capitalised = Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(java.util.Locale.ROOT);
        return Pattern.compile("\\b[Tt]he\\s+" + Pattern.quote(capitalised) + "\\b(?!\\s+of\\b)").matcher(text).results().count();
    }

    private static long count(List<Mention> parties, List<String> norm) {
        return norm.isEmpty() ? 0 : parties.stream().filter(m -> m.norm().equals(norm.get(0))).count();
    }

    /** A signature block's line: "FOR THE GOVERNMENT OF THE REPUBLIC OF X:", "For the United States of America". */
    private static final Pattern SIGNS_FOR = Pattern.compile("(?i)^[ \\t]*for[ \\t]+(?:the[ \\t]+)?(?:government[ \\t]+of[ \\t]+(?:the[ \\t]+)?)?$");
    private static final Pattern LINE_CLOSES = Pattern.compile("^[ \\t]*[:,]?[ \\t]*(?:\\n|$)");

    /** The parties each named alone on a line of a signature block, in their order; the first name of a line counts. */
    private static Set<String> signatureBlock(String text, List<Mention> parties) {
        Set<String> signatories = new LinkedHashSet<>();
        for (Mention m : parties) {
            int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
            if (SIGNS_FOR.matcher(text.substring(lineStart, m.start())).matches()
                    && LINE_CLOSES.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 8))).lookingAt()) {
                signatories.add(m.norm());
            }
        }
        return signatories;
    }

    private static List<String> mostFrequent(List<Mention> parties) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mention m : parties) {
            counts.merge(m.norm(), 1, Integer::sum);
        }
        // On a tie, the party named first: the one of the title ("REGULATION OF THE MINISTER … OF INDONESIA"), not a
        // body the text brings in later. Counts keep the order in which parties are first named.
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best == null ? List.of() : List.of(best);
    }
}
