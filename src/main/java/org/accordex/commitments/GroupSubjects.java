package org.accordex.commitments;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.model.Mention;
import org.accordex.model.MentionType;
import org.accordex.nlp.LeadWordSearch;

import static org.accordex.commitments.CommitmentExtractor.BEFORE_NAME;
import static org.accordex.commitments.CommitmentExtractor.Context;
import static org.accordex.commitments.CommitmentExtractor.NOT_SUBJECT_BEFORE;
import static org.accordex.commitments.WhoCommits.CREATING_BEFORE;
import static org.accordex.commitments.WhoCommits.EXAMPLE_GROUP;
import static org.accordex.commitments.WhoCommits.GROUP_SEARCH;
import static org.accordex.commitments.WhoCommits.PARTNERS_MODIFIER;
import static org.accordex.commitments.WhoCommits.TREATY_PARTY;
import static org.accordex.commitments.WhoCommits.joinedNames;
import static org.accordex.commitments.WhoCommits.lastOpeningBy;
import static org.accordex.commitments.WhoCommits.makeUpAside;

/**
 * Subjects that name a group ("the Participants", "Quad countries", "the parties, namely …"): whether a subject is
 * one, and which parties the group stands for, its members where the text names them, the group itself where not.
 */
final class GroupSubjects {
    private GroupSubjects() {
    }

    /** A trailing adverb or two before the verb: "…, will", "…) also will". */
    private static final String BEFORE_VERB = "[\\s\u00a0]*(?:(?:also|further|jointly|\\w+ly)[\\s\u00a0]+)*$";

    /**
     * A collective as the subject with the states that lead it and those it includes in one aside: "The Partners Group,
     * co-led by A and B and including C, D and E, will …", or with those it includes only ("The Group, including C and
     * D, will …"): leaders and members listed are those that act.
     */
    private static final Pattern LED_AND_INCLUDING = ClauseWords.compile("(?:^|;)[\\s\"“]*(?:the[\\s\u00a0]+)?(?:[\\p{L}-]+[\\s\u00a0]+){0,3}?(?:"
            + ClauseWords.alternation("member-group") + "|" + EXAMPLE_GROUP + ")[\\s\u00a0]*,[\\s\u00a0]*(?:(?:co-)?(?:led|chaired|convened)"
            + "[\\s\u00a0]+by[\\s\u00a0][^–—;()]{1,150}?,?[\\s\u00a0]+and[\\s\u00a0]+)?(?:including|comprising)[\\s\u00a0][^–—;()]{1,250}?,"
            + BEFORE_VERB);

    /** What a group's members are called as a subject: "the Members", "the Parties", "the Signatories". */
    private static final String GROUP_MEMBERS = "(?:members|partners|participants|parties|signatories)";

    /** A group's name of a few words, none of them "and" (which would join another subject before the brackets). */
    private static final String GROUP_NAME_WORDS = "(?:(?!and\\b)[^–—;,()\\s]+[\\s\u00a0]+){0,4}?";

    /** "the Members of the Copper Partnership", "the Parties to this Declaration": a group's members by the group's name. */
    private static final String GROUP_MEMBERS_OF = GROUP_MEMBERS + "[\\s\u00a0]+(?:of|to)[\\s\u00a0]+(?:(?:the|this)[\\s\u00a0]+)?"
            + GROUP_NAME_WORDS + "[^–—;,()\\s]+";

    /**
     * A group's members as the subject with all of them in brackets: "Members of the Partnership (A, B and C) will …",
     * "The group's partners (A, B) will …": those bracketed act, not the document's other parties.
     */
    private static final Pattern MEMBERS_IN_BRACKETS = ClauseWords.compile("(?:^|;)[\\s\"“]*(?:the[\\s\u00a0]+)?(?:"
            + GROUP_MEMBERS_OF + "|" + GROUP_NAME_WORDS + GROUP_MEMBERS + ")[\\s\u00a0]*(\\([^()]{3,250}\\))" + BEFORE_VERB);

    /**
     * A group's members as the subject with all of them in an aside after "namely": "The Parties, namely A, B and C,
     * will …": those listed act, not the document's other parties.
     */
    private static final Pattern MEMBERS_NAMELY = ClauseWords.compile("(?:^|;)[\\s\"“]*(?:the[\\s\u00a0]+)?" + GROUP_NAME_WORDS
            + "(?:" + GROUP_MEMBERS_OF + "|" + GROUP_MEMBERS + ")"
            + "[\\s\u00a0]*,[\\s\u00a0]*(namely)[\\s\u00a0][^–—;()]{1,250}?," + BEFORE_VERB);

    /**
     * The parties a group subject names as its leaders and members ({@link #LED_AND_INCLUDING}), or as its members in
     * brackets ({@link #MEMBERS_IN_BRACKETS}) or after "namely" ({@link #MEMBERS_NAMELY}), two or more; empty if the
     * subject is none of these.
     */
    static List<String> namedMembers(String beforeCue, int subjectFrom, int offset, List<Mention> inside) {
        int from = -1;
        if (beforeCue.contains("including") || beforeCue.contains("comprising")) {
            MatchResult led = lastOpeningBy(LED_AND_INCLUDING, beforeCue, subjectFrom);
            // from the aside on: the group's own name is what its members make up
            from = led == null ? -1 : beforeCue.indexOf(',', led.start());
        }
        if (from < 0 && beforeCue.indexOf('(') >= 0) {
            MatchResult bracketed = lastOpeningBy(MEMBERS_IN_BRACKETS, beforeCue, subjectFrom);
            from = bracketed == null ? -1 : bracketed.start(1);
        }
        if (from < 0 && beforeCue.contains("namely")) {
            MatchResult namely = lastOpeningBy(MEMBERS_NAMELY, beforeCue, subjectFrom);
            from = namely == null ? -1 : namely.start(1);
        }
        if (from < 0) {
            return List.of();
        }
        Set<String> named = new LinkedHashSet<>();
        for (Mention m : inside) {
            int at = m.start() - offset;
            if (m.type() == MentionType.PARTY && at >= from && at < beforeCue.length()) {
                named.add(m.norm());
            }
        }
        return named.size() >= 2 ? List.copyOf(named) : List.of();
    }

    /**
     * A count or quantifier before a group's name: "Three G7 members", "Several Quad partners" are some of its members,
     * which the text does not say, so the group acts; "the three G7 members" are those it named.
     */
    private static final Pattern SOME_OF_GROUP = Pattern.compile("(?i)(?<![\\p{L}-])(?<!(?:the|these|those|our|all)\\s)"
            + "(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2}|several|some|many|few)\\s+$");

    /** A group's name before a noun for its members: "Quad countries", "IPEF partners". */
    private static final Pattern MEMBER_NOUN = ClauseWords.compile("^\\s+" + ClauseWords.alternation("member-noun") + "\\b");

    /**
     * The party a subject's name stands for; "Quad countries" in the statement of the Quad's own member states are
     * those states, whom "we" stands for as well, and not the group. Two parties are no group's membership: a report
     * on the G7 that names the EU and Canada first leaves "G7 members" the group. The members are named before: states
     * a report lists only later ("Australia and India also attended") are guests, not the group's membership.
     */
    static List<String> membersOrActor(String text, Mention m, Context context) {
        List<String> members = context.documentParties();
        if (isBodySetUpEarlier(text, m, context)) {
            return members; // "The Rapid Response Group intends to convene": the parties that set it up act through it
        }
        if ("intl".equals(PartyKinds.of(m.norm())) && members.size() >= 3
                && members.stream().allMatch(p -> p.length() == 2)
                && !SOME_OF_GROUP.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find()
                && MEMBER_NOUN.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 20))).find()
                && context.mentions().stream().anyMatch(o -> o.norm().equals(m.norm())
                        && o.start() < DocumentParties.OPENING_CHARS)
                && members.stream().allMatch(p -> context.mentions().stream()
                        .anyMatch(o -> o.norm().equals(p) && o.start() < m.start()))) {
            return members;
        }
        return List.of(Clauses.actor(text, m));
    }

    /** The last word or words of a joint body's name: "Rapid Response Group", "Critical Minerals Steering Committee". */
    private static final Pattern JOINT_BODY_HEAD = ClauseWords.compile("(?:^|\\s)(?:" + ClauseWords.alternation("joint-body-head") + ")$");

    /**
     * Whether a body named as the subject is one the text set up earlier as the object of a making verb ("The
     * Participants intend to establish a Rapid Response Group …"), named as a joint body is: the document's parties
     * act through it (ANNOTATION.md §2), as they do through "the joint working group".
     */
    private static boolean isBodySetUpEarlier(String text, Mention m, Context context) {
        if (context.documentParties().size() < 2 || context.documentParties().contains(m.norm())
                || !JOINT_BODY_HEAD.matcher(m.text()).find()) {
            return false;
        }
        for (Mention o : context.mentions()) {
            if (o.start() >= m.start()) {
                break;
            }
            if (o.type() == MentionType.PARTY && o.norm().equals(m.norm())
                    && CREATING_BEFORE.matcher(text.substring(Math.max(0, o.start() - BEFORE_NAME), o.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /** A capitalized word of a name right before: "Safal| Partners", "Denham Capital| Partners"; not "The", "Our", "All". */
    private static final Pattern FIRM_NAME_WORD_BEFORE = Pattern.compile(
            "(?<![\\p{L}\\d])(?!(?:The|Our|All|Both|Other|Its|Their|Key|Private|Sector|Industry|International|Global|Local|Regional)\\s)"
                    + "\\p{Lu}[\\p{L}&’'-]*\\**\\s+$");

    /** Whether the text span ends inside a party mention ("governments" of "Australian governments"). */
    private static boolean insideParty(int start, int end, List<Mention> mentions) {
        // "the ACP group of states": a group phrase that ends inside a named party is part of that name, wherever it starts;
        // a mention that is the group word itself ("Ministers will report …") leaves it a group
        return mentions.stream().anyMatch(m -> m.type() == MentionType.PARTY && m.start() != start && m.start() < end
                && end <= m.end());
    }

    /**
     * A word before a group noun that makes the group no state's, "private sector [partners]" ("non-state-group"), or
     * only a part of the group, "some [members]" ("part-of-group").
     */
    private static final Pattern ALONGSIDE_BEFORE = Pattern.compile(
            "(?i)\\b(?:alongside|along\\s+with|together\\s+with)\\s+(?:(?:our|its|their|other)\\s+)?(?:\\p{Ll}+\\s+(?:and\\s+)?)?$");

    private static final Pattern NON_STATE_GROUP = ClauseWords.compile(
            "\\b(?:" + ClauseWords.alternation("non-state-group") + "|" + ClauseWords.alternation("part-of-group") + ")[\\s-]+$");

    /**
     * Whether the subject is a group phrase ("the Participants", "we"); not when the group word only follows a named
     * party as its members ("European Raw Materials Alliance members plan …"): then that party acts.
     */
    static boolean isGroup(String subject, String sentence, int offset, int subjectFrom, Mention lastNamed,
            List<Mention> inside) {
        LeadWordSearch.Search groups = GROUP_SEARCH.in(subject);
        Matcher g = groups.matcher();
        // "The Forum, which includes the Partnership's members and Chile, will": the aside says who is in the body
        int[] makeUp = makeUpAside(subject, 0);
        boolean found = false;
        while (!found && groups.find()) {
            if (makeUp != null && g.start() >= makeUp[0] && g.start() < makeUp[1]) {
                continue;
            }
            // "by investing in our infrastructure, the Law will": "our" there is no subject, nor "goods of a Party"; "the
            // customs administration of the importing Party" is that party's own body
            String before = subject.substring(Math.max(0, g.start() - BEFORE_NAME), g.start());
            boolean treaty = TREATY_PARTY.matcher(g.group()).matches();
            found = !g.group().equals("US") // the state's abbreviation ("The US will invest"), not the pronoun
                    // "Safal Partners will announce": the last word of a firm's name, no group phrase
                    && !(g.group().equals("Partners") && FIRM_NAME_WORD_BEFORE.matcher(before).find())
                    // "private sector partners", "its corporate members", "local governments": a group that is no state's
                    && !NON_STATE_GROUP.matcher(before).find()
                    // "has activated 6,000 members of the Guard and expects to …": a counted group is an object, not
                    // the parties ("G7 members" is a group's members)
                    && !(COUNTED_BEFORE.matcher(before).find() && !OUR_OR_US.matcher(g.group()).matches()
                            && !g.group().equalsIgnoreCase("we"))
                    // "the U.S. and Australian governments": the word is the end of a named party, no group phrase
                    && !insideParty(g.start() + offset + subjectFrom, g.end() + offset + subjectFrom, inside)
                    // "Invited by these countries, the Peace Corps will": a demonstrative group after a preposition is no subject
                    && !(DEMONSTRATIVE_GROUP.matcher(g.group()).lookingAt() && NOT_SUBJECT_BEFORE.matcher(before).find())
                    // "the United States, alongside allies and partners, will": others beside the subject, no group of its own
                    && !ALONGSIDE_BEFORE.matcher(before).find()
                    && (!OUR_OR_US.matcher(g.group()).matches() && !treaty || !NOT_SUBJECT_BEFORE.matcher(before).find()
                            || treaty && ORGAN_OF.matcher(before).find());
        }
        if (!found) {
            return false;
        }
        if (lastNamed != null) {
            int nameEnd = lastNamed.end() - offset - subjectFrom;
            if (nameEnd >= 0 && nameEnd <= g.start() && MEMBERS_OF_NAME.matcher(subject.substring(nameEnd, g.start())).matches()
                    && !groups.find()) {
                return false;
            }
            // "Members of the Minerals Security Partnership will": the group word names the members of the party after it
            int nameStart = lastNamed.start() - offset - subjectFrom;
            if (nameStart >= g.end() && nameStart <= subject.length() && GROUP_OF_NAME.matcher(subject.substring(g.end(), nameStart)).matches() && !groups.find()) {
                return false;
            }
            if (nameStart >= g.end() && nameStart <= subject.length() && namesListedAfter(subject, g.end(), sentence, offset,
                    subjectFrom, lastNamed, inside) && !groups.find()) {
                return false; // "The governments of Canada and Quebec will": the group is the parties it lists
            }
            // "Google and partners will", "Japan and its partners will": the named party with others it does not name
            if (nameEnd >= 0 && nameEnd <= g.start() && NAMED_AND_PARTNERS.matcher(subject.substring(nameEnd)).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a list of names joined by commas and "and" opens right after the group word's "of" and ends on the
     * subject's last name: "governments| of |Canada and Quebec".
     */
    private static boolean namesListedAfter(String subject, int groupEnd, String sentence, int offset, int subjectFrom,
            Mention lastNamed, List<Mention> inside) {
        for (int i = 0; i < inside.size(); i++) {
            Mention m = inside.get(i);
            int at = m.start() - offset - subjectFrom;
            if (m.type() != MentionType.PARTY || at < groupEnd) {
                continue;
            }
            if (!GROUP_OF_NAME.matcher(subject.substring(groupEnd, Math.min(at, subject.length()))).matches()) {
                return false;
            }
            List<Mention> listed = joinedNames(sentence, offset, inside, i);
            return listed.size() > 1 && listed.get(listed.size() - 1) == lastNamed;
        }
        return false;
    }

    private static final Pattern OUR_OR_US = Pattern.compile("(?i)our|us");

    /** Between a group word and the party it belongs to: "Members| of the |Partnership". */
    private static final Pattern GROUP_OF_NAME = Pattern.compile("(?i)\\s+(?:of|from)\\s+(?:the\\s+)?");

    private static final Pattern DEMONSTRATIVE_GROUP = Pattern.compile("(?i)th(?:ese|ose)\\s");

    /**
     * A number right before a group noun, after a word of the clause: "activated 6,000 members", "over 120 partners";
     * not an item's number ("1 Member States shall", "11. We will") or a year ("In October 2021, we will").
     */
    private static final Pattern COUNTED_BEFORE = Pattern.compile("\\p{L}\\s+\\d(?:[\\d,.]*\\d)?\\s+$");

    /** A party's own body before its name: "the customs administration of", "the competent authorities of". */
    private static final Pattern ORGAN_OF = Pattern.compile(
            "(?i)\\b(?:administrations?|authorit(?:y|ies)|government|agenc(?:y|ies)|ministry|ministries|officials)\\s+of\\s+$");

    /** "and its partners", "and its allies and partners", "and allies": others the named party does not name. */
    private static final Pattern NAMED_AND_PARTNERS = Pattern.compile("(?i)^\\s+and\\s+" + PARTNERS_MODIFIER
            + "(?:partners|allies)(?:,?\\s+and\\s+" + PARTNERS_MODIFIER + "(?:partners|allies))?\\s*$");

    private static final Pattern MEMBERS_OF_NAME = Pattern.compile("^(?:[’']s)?\\s+$");

    /** A group's members as the whole subject, with no name of their own: "The founding members will", "Members of the Alliance will". */
    private static final Pattern MEMBERS_SUBJECT = Pattern.compile("(?i)^[\\s\"“]*(?:the\\s+)?(?:(?:founding|initial|current)\\s+)?"
            + "(members|partners)(?:\\s+of\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,4}))?"
            + "(?:\\s+(?:also|further|jointly|now|\\w+ly))*\\s*$");

    /** "Founding members of the Alliance include A, B and C": a sentence that lists who a group's members are. */
    private static final Pattern MEMBERS_INCLUDE = Pattern.compile("(?i)\\b(?:(?:founding|initial|current)\\s+)?(?:members|partners)"
            + "(?:\\s+of\\s+(?:the\\s+)?[^.;:\\n]{1,80}?)?\\s+(?:now\\s+)?(?:include|are|comprise)\\s+(?:the\\s+)?(?=\\p{Lu})");

    /** Between two names of such a list: commas, "and", "the". */
    private static final Pattern LIST_GAP = Pattern.compile("(?i)^[\\s,]*(?:and\\s+)?(?:the\\s+)?$");

    private static final int MEMBERS_BACK = 4000;

    /**
     * The members the text listed before ("Founding members of the Alliance include A, B and C.") that a subject of bare
     * members ("The founding members will …", "Members of the Alliance will …") stands for: the run of two or more names
     * right after the list's verb, the last such list before the sentence; empty where the subject is no such group or the
     * text lists none of it.
     */
    static List<String> listedMembers(String subject, String text, int offset, List<Mention> mentions) {
        Matcher own = MEMBERS_SUBJECT.matcher(subject);
        if (!own.matches()) {
            return List.of();
        }
        Matcher m = MEMBERS_INCLUDE.matcher(text).region(Math.max(0, offset - MEMBERS_BACK), offset);
        int from = -1;
        while (m.find()) {
            // the list must be of the same word and, where the subject names whose members, of that group: "Its partners
            // include A, B and C" lists no "members of the Finance Network"
            String list = m.group().toLowerCase(Locale.ROOT);
            boolean sameGroup = list.contains(own.group(1).toLowerCase(Locale.ROOT))
                    && (own.group(2) == null || list.contains(own.group(2).toLowerCase(Locale.ROOT)));
            from = sameGroup ? m.end() : -1;
        }
        if (from < 0) {
            return List.of();
        }
        int listFrom = from;
        Set<String> listed = new LinkedHashSet<>();
        int at = from;
        for (Mention x : mentions.stream().filter(x -> x.type() == MentionType.PARTY && x.start() >= listFrom && x.end() <= offset)
                .sorted(java.util.Comparator.comparingInt(Mention::start)).toList()) {
            if (!LIST_GAP.matcher(text.substring(at, x.start())).matches()) {
                break;
            }
            listed.add(x.norm());
            at = x.end();
        }
        return listed.size() >= 2 ? List.copyOf(listed) : List.of();
    }
}
