package org.accordex.commitments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.accordex.model.Mention;
import org.accordex.model.MentionType;
import org.accordex.model.Modality;
import org.accordex.nlp.LeadWordSearch;

import static org.accordex.commitments.CommitmentExtractor.AGENTLESS_PASSIVE_AFTER;
import static org.accordex.commitments.CommitmentExtractor.BEFORE_NAME;
import static org.accordex.commitments.CommitmentExtractor.COORDINATED;
import static org.accordex.commitments.CommitmentExtractor.CUE_IN_RELATIVE;
import static org.accordex.commitments.CommitmentExtractor.Context;
import static org.accordex.commitments.CommitmentExtractor.DOCUMENT_PARTIES;
import static org.accordex.commitments.CommitmentExtractor.FORUM_WORDS;
import static org.accordex.commitments.CommitmentExtractor.JOINT_BODY;
import static org.accordex.commitments.CommitmentExtractor.MANDATE_OF_BODY;
import static org.accordex.commitments.CommitmentExtractor.MODAL_VERB;
import static org.accordex.commitments.CommitmentExtractor.NAMED_SUBJECT;
import static org.accordex.commitments.CommitmentExtractor.NOT_SUBJECT_BEFORE;
import static org.accordex.commitments.CommitmentExtractor.Resolved;
import static org.accordex.commitments.CommitmentExtractor.SET_UP_BODY;
import static org.accordex.commitments.CommitmentExtractor.THE_GOVERNMENT;
import static org.accordex.commitments.CommitmentExtractor.isLeadIn;
import static org.accordex.commitments.CommitmentExtractor.leadingParties;
import static org.accordex.commitments.CommitmentExtractor.union;

/**
 * Who commits in a sentence that commits ({@link CommitmentExtractor}), per ANNOTATION.md §2: the parties named in
 * the clause's subject, those a group phrase stands for ("the Participants", "we", "both countries"), the body an
 * official or a quoted speaker acts for, and, for an agentless provision, the document's own parties. Objects,
 * beneficiaries and the parties of a condition do not commit; "they" and "it" take up their antecedent.
 *
 * <p>{@link #partiesOf} is the entry; its {@code Reading} holds the sentence read up to its subject.
 */
final class WhoCommits {
    private WhoCommits() {
    }

    /**
     * A treaty's names for its parties, one of them or all: "Member States shall", "Contracting Parties shall", "the
     * importing Party shall", "each of the Signatory States undertakes".
     */
    private static final String TREATY_PARTIES =
            "(?:each\\s+|every\\s+|any\\s+|the\\s+|no\\s+)?(?:member|participating|signatory|contracting)\\s+"
                    + "(?:states?|countries|provinces|territories|governments|part(?:y|ies))"
                    // "State Parties shall …" of a continental or multilateral agreement ("State governments" stay a US phrase)
                    + "|(?:each\\s+|any\\s+|the\\s+|no\\s+)?(?-i:State\\s+Part(?:y|ies))"
                    // "No Party shall raise its duties on cathodes": a duty of every party, as "each Party shall"
                    + "|(?:a|the|any|such|no)\\s+(?:(?-i:\\p{Ll}+ing)\\s+)?(?-i:Party)"
                    + "|(?:each|either|any|neither)\\s+of\\s+the\\s+(?:\\p{L}+\\s+)?(?:parties|states|members|participants|governments)";

    /** The members of the European Union, in a text of the EU and its partners: "Member States", not "member states of X". */
    private static final Pattern UNION_MEMBER_STATES = Pattern.compile("(?i)\\bmember\\s+states\\b(?!\\s+of\\b)");

    /** A state a subject will be in, not an act it does: "be prone to …", "be vulnerable to …". */
    private static final Pattern STATE_OF_BEING = Pattern.compile("(?i)[\\s,]*be\\s");

    /** "the (two) Presidents", "the Prime Ministers": heads of the speaking states, not "the presidents of [a body]". */
    private static final String LEADER_GROUP = ClauseWords.alternation("leader-group") + "(?!\\s+of\\b)";

    private static final Pattern GROUP_PHRASE = Pattern.compile(
            // a capital "WE" before a capitalized word opens a programme's name ("WE Build will train …"), no speaker
            "\\b(?:we(?!(?<=(?-i:WE))\\s+\\p{Lu}\\p{Ll})|our|us|the\\s+participants|each\\s+participant|either\\s+participant|both\\s+participants"
                    + "|(?:the|each|either|both|neither|other)\\s+contracting\\s+part(?:y|ies)"
                    + "|(?:each|either|neither|the\\s+other)\\s+(?:government|country|nation|state|partner|signatory)"
                    + "|the\\s+other(?=\\s*$)"
                    + "|the\\s+parties|each\\s+party|either\\s+party|both\\s+parties|the\\s+other\\s+party|neither\\s+party"
                    + "|the\\s+signatories|the\\s+sides"
                    // "both sides", "each side" of a place name where a thing is, no one who acts: "for firms on both sides
                    // of the border, the deal will …"
                    + "|(?:both\\s+sides|the\\s+(?:two|three|four)\\s+sides|each\\s+side)(?!\\s+of\\b)"
                    // "the six countries intend to …" of a declaration that names six: its parties by their count
                    + "|(?:both|the\\s+(?:two|three|four|five|six|seven|eight|nine|ten)|our\\s+two|our\\s+three|our\\s+four|all)\\s+"
                    + "(?:countries|nations|governments|ministries|partners|leaders|" + LEADER_GROUP
                    + "|economies|states|provinces|members|delegations)"
                    // "… launched by Canada, Peru and Japan. These countries will …": the states just named
                    + "|(?:these|those)\\s+(?:countries|nations|governments)"
                    // the speakers named by what they form: "This unique grouping of countries aims to …", "this group of
                    // nations will …"
                    + "|(?:this|the|our)\\s+(?:\\p{Ll}+\\s+)?(?:grouping|group\\s+of\\s+(?:countries|nations|states))"
                    + "|(?:the\\s+)?(?:leaders|" + LEADER_GROUP
                    + "|governments|partners|members|ministers|participants|signatories|allies)"
                    // "In this regard, officials pledged to …" in a meeting's record: those of the states that met; not
                    // officials a word places ("Mexican officials", "state officials", "elected officials")
                    + "|(?<!\\p{L}\\s{1,12})(?:the\\s+)?(?:senior\\s+)?(?:officials|delegations)(?=\\s*$|\\s+(?:also\\s+)?(?:pledged"
                    + "|agreed|committed|reaffirmed|resolved|decided|will|shall|intend|plan)\\b)"
                    // a communiqué's short "Heads agreed to …" for its heads of government; "heads" written small is a verb
                    + "|(?-i:Heads)(?!\\s+of\\b)"
                    + "|the\\s+(?:countries|nations)"
                    // a meeting's record: "The Meeting agreed to …", "The Meeting tasked the Committee to …" are the
                    // decisions of the parties that met (a capital at its head, right before the cue)
                    + "|the\\s+meeting(?<=(?-i:M)eeting)(?=\\s*$|\\s+(?:also|further)\\s*$"
                    // and the cue as its second verb: "The Meeting noted the outlook and agreed to …"
                    + "|\\s+(?-i:\\p{Ll}+ed)\\s[^,;:]{0,150}?\\s(?:and|but)\\s+(?:also\\s+|further\\s+)?$)"
                    // a chair's summary names the meeting's countries without an article: "Countries expressed intent
                    // to consult …" (a capital at the subject's head; "countries that export" in a clause is no such group)
                    + "|countries(?<=(?-i:C)ountries)(?=\\s*$|\\s+(?:also\\s+)?(?:expressed|express|agreed|agree|committed"
                    + "|commit|intend|intended|will|shall|plan|planned|pledged|reaffirmed|resolved|decided)\\b)"
                    // and a meeting's statement may tell them so: "Nations should also consider …" (no word before it: "United
                    // Nations should" is a body)
                    + "|nations(?<=(?-i:N)ations)(?<!\\p{L}\\s{1,3}nations)(?=\\s*$|\\s+also\\s*$)|"
                    + TREATY_PARTIES + ")\\b",
            Pattern.CASE_INSENSITIVE);

    /** A treaty's own names for its parties, which may also be objects: "in either of the Signatory States". */
    static final Pattern TREATY_PARTY = Pattern.compile("(?i)" + TREATY_PARTIES);

    static final LeadWordSearch GROUP_SEARCH = new LeadWordSearch(GROUP_PHRASE);

    /**
     * "The Government of [the United States]", "the Leaders of [the G7]", "Authorities from [Mexico]", "the governors of
     * [Jujuy and Salta]", "the States of [Ohio and Vermont]": the state or body after "of" acts.
     */
    private static final Pattern STATE_OF = Pattern.compile(
            "(?i)\\b(?:the\\s+)?(?:(?:government|governments|republic|kingdom|state|commonwealth|federation|leaders?|ministers?|ministry"
                    + "|presidents?|prime\\s+ministers?|delegation|people|chairs?|heads?|representatives?|members"
                    // "A team of U.S. experts will travel to …": the people a state sends act for it
                    + "|teams?)\\s+of"
                    + "|(?:authorities|officials|delegations?|representatives|negotiators|experts)\\s+(?:of|from)"
                    // the governors of provinces named ("the governors of Jujuy and Salta"), not "the Governors of the States"
                    + "|governors?\\s+of(?=\\s+(?!the\\b))"
                    // the states of a federation listed by name ("the States of Ohio and Vermont"), as "the State of Ohio"
                    + "|(?<!United\\s)(?-i:States)\\s+of"
                    + "|(?<![\\p{L}-])(?:" + ClauseWords.alternation("owned-thing") + ")s?\\s+of)\\s+(?:the\\s+)?$");

    /**
     * The subject's opening people sent by the group or state after "from": "Finance ministers from the G7 agreed to"
     * (they act for it); not people an earlier verb takes as its object ("will include leaders from Japan").
     */
    private static final Pattern PEOPLE_FROM = Pattern.compile(
            "(?i)[\\s\"“]*(?:the\\s+)?(?:[\\p{L}-]+,?\\s+(?:and\\s+)?){0,3}?(?:leaders|ministers|members)\\s+from\\s+(?:the\\s+)?");

    /**
     * The second name of "between Iraq and Jordan", "from Chile or Peru", "with JOGMEC and the Indian Ministry of Mines":
     * it shares the first one's role.
     */
    private static final Pattern AND_BEFORE = Pattern.compile(
            "(?i)\\s(?:and|or|&)\\s+(?:the\\s+)?(?:government\\s+of\\s+(?:the\\s+)?|(?-i:\\p{Lu}\\p{Ll}+)\\s+)?$");

    private static final Pattern BETWEEN_BEFORE = Pattern.compile("(?i)\\b(?:between|among|amongst)\\s+(?:the\\s+)?$");

    /** "… announced by China and the G7 powers should unite": the name after "and" is the cue's own subject. */
    private static final Pattern OWN_CUE_AFTER = Pattern.compile("^(?:[’']s)?(?:\\s+\\p{Ll}[\\p{L}-]*){0,2}\\s*$");

    /** "home to the International Energy Agency (IEA)": a short name in brackets shares its name's role. */
    private static final Pattern SHORT_NAME_OPENS = Pattern.compile("\\s*\\(\\s*[\"“]?");

    /**
     * The middle states of "for products of Argentina, Ecuador, Japan, and Korea": a comma after the name before, and the
     * list going on after it; "with Japan, Korea will …" has a subject after the comma. (A list of companies after
     * "Companies including" is the subject.)
     */
    private static final Pattern LIST_COMMA = Pattern.compile("\\s*,\\s*(?:the\\s+)?");

    private static final Pattern LIST_GOES_ON = Pattern.compile("\\s*(?:,|and\\b|or\\b)");

    /** The second name of "Japan-Korea": it shares the first one's role. */
    private static final Pattern HYPHENATED = Pattern.compile("[-–—/]$");

    /** "US-based United Rare Earths": the state only says where the firm is. */
    private static final Pattern SEAT_OF = Pattern.compile("^[-–](?:based|headquartered|listed|registered|domiciled)\\b");

    /** A group noun whose members the subject may name as examples: "partners", "investors", "companies". */
    static final String EXAMPLE_GROUP = "(?:" + ClauseWords.alternation("example-group") + "|"
            + DataLines.of(CommitmentExtractor.class, "/org/accordex/annotate/company-nouns.txt").stream()
                    .map(n -> n.endsWith("y") ? n.substring(0, n.length() - 1) + "ies" : n + "s")
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .map(n -> Pattern.quote(n).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|")) + ")";

    /**
     * A group of others as the subject with the members it names as examples: "Several Allies – including Canada and
     * Norway – will …", "Other partners, such as Japan, will …" (blanks may be no-break spaces); also as a list item
     * ("- Forty states, including Chile, pledged …"), and with a group of other kinds joined after the aside ("Forty
     * states, including Chile, and six lenders pledged …"): only the states named as examples are parties.
     */
    private static final Pattern EXAMPLES_ASIDE = ClauseWords.compile("(?:^[\\s\u00a0]*(?:[-•*–][\\s\u00a0]+)?|,[\\s\u00a0]+and[\\s\u00a0]+|;)[[\\s\u00a0]\"“]*(?:(?:" + ClauseWords.alternation("part-of-group")
            + "|other|the)[\\s\u00a0]+)?(?:[\\p{L}-]+[\\s\u00a0]+)?" + EXAMPLE_GROUP
            + "[\\s\u00a0]*(?:,|[\\s\u00a0][–—])[\\s\u00a0]*(?:including|such[\\s\u00a0]+as|among[\\s\u00a0]+them)[\\s\u00a0][^–—;]{1,200}?(?:,|[\\s\u00a0][–—])[\\s\u00a0]*"
            + "(?:and[\\s\u00a0]+(?:[\\p{Ll}\\d-]+[\\s\u00a0]+){1,3}\\p{Ll}[\\p{Ll}-]*s[\\s\u00a0]+)?(?:(?:also|further|\\w+ly)[\\s\u00a0]+)*$");

    /**
     * The same group with its examples listed up to the verb, no aside: "Japanese companies such as A, B and C will
     * invest …", "Investors including A and B will …"; the list is checked to hold names only ({@link #LIST_GLUE}).
     */
    private static final Pattern EXAMPLES_LIST = ClauseWords.compile("(?:^|,[\\s\u00a0]+and[\\s\u00a0]+|;)[[\\s\u00a0]\"“]*(?:(?:" + ClauseWords.alternation("part-of-group")
            + "|other|the)[\\s\u00a0]+)?(?:[\\p{L}-]+[\\s\u00a0]+){0,2}?" + EXAMPLE_GROUP
            + "[\\s\u00a0]+(?:including|such[\\s\u00a0]+as)[\\s\u00a0]+(?=\\S)");

    /**
     * What may stand between the names of such a list and after its last: commas, "and", an adverb or the perfect's
     * auxiliary before the verb ("Companies including A, B and C have agreed to").
     */
    private static final Pattern LIST_GLUE = Pattern.compile("(?:[\\s\u00a0,&]|\\b(?:and|the|also|further|have|has|\\p{Ll}+ly)\\b)*");

    /**
     * The parties named as examples of the subject's group (see {@link #EXAMPLES_ASIDE}): those known to act; the document's own parties are not that group. Empty if the subject is no such group.
     */
    private static List<String> namedExamples(String beforeCue, int subjectFrom, int offset, List<Mention> inside) {
        if (!beforeCue.contains("including") && !beforeCue.contains("such") && !beforeCue.contains("among")) {
            return List.of(); // the pattern is tried only where its words of example are written
        }
        // the group opens the sentence or a clause after ", and": its list may hold a ", and" of its own, after which the
        // subject read so far starts
        MatchResult group = lastOpeningBy(EXAMPLES_ASIDE, beforeCue, subjectFrom);
        if (group == null) {
            return List.of();
        }
        int from = group.start();
        Set<String> named = new LinkedHashSet<>();
        for (Mention m : inside) {
            int at = m.start() - offset;
            if (m.type() == MentionType.PARTY && at >= from && at < beforeCue.length()) {
                named.add(m.norm());
            }
        }
        return List.copyOf(named);
    }

    /**
     * Where the examples listed right before the verb start ({@link #EXAMPLES_LIST}), if nothing but names and the list's
     * commas and "and" stand between them and the verb; else -1. The names listed are subjects, not objects of "such as".
     */
    private static int listedExamplesFrom(String beforeCue, int subjectFrom, int offset, List<Mention> inside) {
        MatchResult group = lastOpeningBy(EXAMPLES_LIST, beforeCue, subjectFrom);
        if (group == null) {
            return -1;
        }
        int listFrom = group.end();
        StringBuilder glue = new StringBuilder();
        int at = listFrom;
        for (Mention m : inside) {
            int start = m.start() - offset;
            int end = m.end() - offset;
            if (m.type() != MentionType.PARTY || start < at || end > beforeCue.length()) {
                continue;
            }
            glue.append(beforeCue, at, start).append(' ');
            at = end;
        }
        if (at == listFrom) {
            return -1;
        }
        glue.append(beforeCue, at, beforeCue.length());
        return LIST_GLUE.matcher(glue).matches() ? listFrom : -1;
    }

    /** The last match of {@code pattern} in {@code text} that starts at or before {@code limit}; null if none. */
    static MatchResult lastOpeningBy(Pattern pattern, String text, int limit) {
        Matcher m = pattern.matcher(text);
        MatchResult last = null;
        while (m.find()) {
            if (m.start() <= limit) {
                last = m.toMatchResult();
            }
        }
        return last;
    }

    /** "be made by both sides", "be jointly pursued by the Parties": a passive whose agent is the text's parties as a group. */
    private static final Pattern PASSIVE_BY_GROUP = ClauseWords.compile(
            "^\\s+(?:not\\s+)?be\\s+(?:\\p{L}+ly\\s+)?\\p{L}+\\s+(?:\\p{L}+ly\\s+)?by\\s+"
                    + ClauseWords.alternation("passive-group-agent") + "(?![\\p{L}’'-])(?!\\s+of\\b)");

    /** The empty "it" of a decision the record states without its makers: "It was agreed to", "It was also decided to". */
    private static final Pattern RECORDED_DECISION_TO = ClauseWords.compile(
            "^[\\s\"“]*(?:[-•*–]\\s*|\\(?\\w{1,4}[.)]\\s*)?(?:(?:further(?:more)?|moreover|in\\s+addition|finally),?\\s+)?"
                    + "it\\s+(?:was|is|has\\s+been)\\s+(?:also\\s+|further\\s+)?(?=(?:agreed|decided)\\s+to\\s)");

    /**
     * "states" as a verb ("The report states that …"), not the noun of a group: "member states will", "all states shall".
     * The look-behind follows the word, so it is tried only where "states" is written, not at every word's start. Nor is
     * "state" a verb after an article, after a word that describes a state ("the Gulf state will") or before a body's
     * noun or a state-owned firm's ("state miner"), nor after a possessive ("Korea's state nuclear operator"): "the
     * state will", "the Queensland state government will".
     */
    private static final String STATES_VERB = "state(?<!\\b(?i:the|its|their)\\s{1,3}state)"
            // a possessive before it makes it a noun's modifier: "Chile's state copper miner", "Korea's state operator"
            + "(?<![’']s\\s{1,3}state)"
            + "(?<!\\b" + Anaphors.DESCRIPTION + "\\s{1,3}state)"
            + "(?!\\s+(?:governments?|agenc(?:y|ies)|authorit(?:y|ies)|ministr(?:y|ies)|departments?|legislature|budget|utility"
            + "|officials|council|assembly|parliament"
            // a firm the state owns: "the fund and state miner Ma'aden will", "state lender X said"
            + "|miners?|lenders?|banks?|firms?|compan(?:y|ies)|investors?|funds?|insurers?|utilities|carriers?|airlines?|oil|media)\\b)"
            + "|states(?<!\\b(?i:member|partner|participating|contracting|signatory|the|these"
            + "|those|all|both|other|its|their|our)\\s{1,3}states)"
            // "the ACP group of states committed to …": the end of the group's name, never the verb
            + "(?<!\\b(?i:group)\\s{1,3}of\\s{1,3}states)";

    /** "says", "said that", "expects": what follows is the reported commitment, with its own subject. */
    private static final String REPORTING_VERB = "(?:says?|said|saying|" + STATES_VERB + "|stated|notes?|noted|adds?|added|adding|indicates?|indicated"
            + "|reports?|reported|explains?|explained|announces?|announced|declares?|declared|confirms?|confirmed|warns?|warned"
            + "|expects?|believes?|believed|understands?|anticipates?)";

    /** Not a participle's aside: "The US, having recently announced a tariff, is looking to …" keeps its subject. */
    private static final Pattern REPORTED = Pattern.compile("(?<!\\bhaving\\s{1,3}(?:\\p{Ll}{1,12}ly\\s{1,3})?)\\b"
            // "The draft reveals that …": these verbs report a clause only with "that" ("revealed plans to" does not)
            // "said on Tuesday that the coalition will …": the day the words were said sits between verb and "that"
            + "(?:" + REPORTING_VERB + "(?:(?:\\s+on\\s+(?-i:\\p{Lu}\\p{Ll}{2,5}day))?\\s+that)?|(?:reveals?|revealed|shows?|showed|noting)\\s+that"
            // a speaker's hope or gladness opens a clause of its own: "We hope the talks will …", "we are delighted
            // that the agreement will …" (the clause's subject acts, or it is a forecast)
            + "|(?:hopes?|hoped)(?:\\s+that)?(?=\\s+(?:the|this|these|that|it|our|its|their)\\b)"
            + "|(?<=\\b(?:am|are|is|were|was|[’']re|[’']m)\\s{1,3})(?:pleased|delighted|glad|happy|confident|proud|hopeful)\\s+that"
            // a decision the record states without its makers: "It was agreed that both sides will …"
            + "|(?<=\\b(?:It|it)\\s{1,3}(?:was|is|has\\s{1,3}been)\\s{1,3})(?:agreed|decided)\\s+that"
            + ")[\\s,:]+");

    private static final LeadWordSearch REPORTED_SEARCH = new LeadWordSearch(REPORTED);

    /**
     * A reporting verb whose object is the subject's own noun-form cue: "They have announced [their intention to]",
     * "Korea confirmed [its commitment to]". The verb belongs to the subject's clause, it opens no reported one.
     */
    private static final Pattern REPORTS_OWN_CUE = Pattern.compile("(?i)\\b" + REPORTING_VERB
            + "\\s+(?:their|its|our|his|her)\\s+(?:\\w+\\s+)?$");

    /**
     * "announced the intent to", "announced a grant, as well as the intention to": an intent the announcer states, named
     * with "the" right after the verb or after a first thing announced. The first thing may hold a sum's decimal point
     * or an abbreviation's ("a $13.5 million grant from the U.S. Trade Agency to back …").
     */
    private static final Pattern ANNOUNCED_THE_INTENT = Pattern.compile(
            "(?i)\\b(?:announced|announces)\\s+(?:(?:[^.;:“”\"]|(?<=\\d)\\.(?=\\d)|(?<=\\b(?-i:\\p{Lu}))\\.){1,250}?,?\\s+"
            + "(?:as\\s+well\\s+as|and)\\s+)?the\\s+$");

    private static final Pattern INTENT_NOUN = Pattern.compile("(?i)intent(?:ion)?\\s+to\\s");

    /** A reporting verb right before a cue that opens with its possessive: "announced [their commitment to]". */
    private static final Pattern REPORTS_POSSESSED_CUE = Pattern.compile("(?i)\\b" + REPORTING_VERB + "\\s+$");

    private static final Pattern POSSESSIVE_OPENS = Pattern.compile("(?i)(?:their|its|our|his|her)\\s");

    /**
     * Between a party and its noun-form cue: "Japan’s commitment to", "Korea's intention to", and after a name in "-s"
     * its bare apostrophe: "the Philippines’ plan to", "the United States’ renewed commitment to".
     */
    private static final Pattern POSSESSIVE_CUE = Pattern.compile(
            "(?i)^[’']s?\\s+(?:\\w+\\s+){0,2}$");

    /** Right after the name: "’s commitment to", or a bare apostrophe after a name in "-s" ("States’ readiness to"). */
    private static final Pattern POSSESSIVE_START = Pattern.compile("^[’']s?\\s");

    /** Between two possessors joined by "and": "’s Felix Tshisekedi and ", "’s president and ". */
    private static final Pattern POSSESSIVE_AND = Pattern.compile("^[’']s\\s+(?:[\\p{L}.-]+\\s+){1,3}and\\s+$");

    /** A party's own plan named inside a cue that reports it: "[announced] Canada's plan to", "… Japan’s new plans to". */
    private static final Pattern OWNED_PLAN = Pattern.compile(
            "(?i)^[’']s?\\s+(?:\\w+\\s+){0,2}(?:plans?|intentions?|commitments?|decisions?|pledges?|proposals?)\\s+to$");

    /** After a bare title that opens a sentence, its verb: "The Vice President thanked", not "The President of X". */
    private static final Pattern BARE_TITLE_THEN_VERB = Pattern.compile("^\\s+(?:\\p{Ll}+ly\\s+)?(?!of\\b|and\\b|or\\b)\\p{Ll}");

    /** A state named as an attribute of the plan it owns, after "the": "[reaffirmed] the U.S. commitment to". */
    private static final Pattern ATTRIBUTED_PLAN = Pattern.compile(
            "(?i)^[’']?\\s+(?:intentions?|commitments?|decisions?)(?:\\s+to)?$"); // not "plan" or "pledge", also verbs ("the EU plan to")

    /** "the" right before the state, also when an aim's importance shares it: "the importance of and U.S. commitment to". */
    private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\bthe\\s+(?:importance\\s+of\\s+and\\s+)?$");

    /** How far into a sentence its subject is looked for. */
    private static final int SUBJECT_SPAN = 80;

    /** A sentence whose subject is an official named by title alone: "The President will …", "- The Secretary shall". */
    private static final Pattern TITLE_OPENS = Pattern.compile(
            "^[\\s\\p{Pd}*•]*(?:The|the)\\s+(?:President|Vice President|Secretary|Minister|Prime Minister|Ambassador"
            + "|Administrator|Chancellor|Premier|Governor|Trade Representative|Director)\\b");

    /**
     * A later clause's opening: ", while", ", whereas", a place's ", where" ("will visit A and B, where C plans to"),
     * "as" (not "such as", "as well as"), and a relative on a plan
     * ("a plan under which", "whereby") whose own subject acts; not the "as" of an alias ("Saudi Arabian Mining Co.,
     * known as Maaden, and …", "referred to as").
     */
    private static final Pattern SECOND_CLAUSE = Pattern.compile(
            "(?:,\\s+(?i:while|whereas|where)|(?<!\\b(?i:well|such|same|so|just|soon|long|far|much|known)\\s)(?<!\\b(?i:referred\\s{1,3}to)\\s)\\bas"
            + "|\\b(?:under|by|through)\\s+which|\\bwhereby)\\s+");

    /** ", and " before a later clause. */
    private static final Pattern COMMA_AND = Pattern.compile(",\\s+and\\s+");

    /**
     * Where a later clause after ", and " starts whose named subject fills the rest before the cue and names only parties
     * the text before it already named ("A and B partner on X, and A will …"); -1 if there is none. A list ("A, B, and
     * C will") names each party once, so it never qualifies.
     */
    private static int repeatedPartyClause(String beforeCue, int offset, List<Mention> inside) {
        Matcher and = COMMA_AND.matcher(beforeCue);
        int from = -1;
        while (and.find()) {
            from = and.end();
        }
        if (from < 0 || !NAMED_CLAUSE_SUBJECT.matcher(beforeCue.substring(from)).matches()) {
            return -1;
        }
        Set<String> before = new LinkedHashSet<>();
        Set<String> after = new LinkedHashSet<>();
        for (Mention m : inside) {
            if (m.type() != MentionType.PARTY || m.start() < offset || m.end() - offset > beforeCue.length()) {
                continue;
            }
            (m.start() - offset >= from ? after : before).add(m.norm());
        }
        return !after.isEmpty() && before.containsAll(after) && before.size() > after.size() ? from : -1;
    }

    /** The named subject that fills the rest of the text before the cue: "the U.S. Export-Import Bank [has]". */
    private static final Pattern NAMED_CLAUSE_SUBJECT = Pattern.compile(
            "(?:the\\s+)?\\p{Lu}[\\p{L}.’'&-]*,?(?:\\s+(?:and\\s+)?(?:the\\s+)?\\p{Lu}[\\p{L}.’'&-]*,?){0,6}\\s+"
            + "(?:(?:has|have|had|is|are|also)\\s+){0,2}");

    /** Whose commitments a recorded deal lists: "finalized commitments by Peru [and the United States] to". */
    private static final Pattern COMMITMENTS_BY = Pattern.compile(
            "\\b(?i:commitments?\\s+by\\s+)(?:(?:the\\s+)?[\\p{Lu}][\\p{L}.’'-]*\\s*(?:,|and)?\\s*)*(?:the\\s+)?$");

    /** A cue that ends on the support pledged: "pledged continued support". */
    private static final Pattern SUPPORT_CUE_END = Pattern.compile("(?i)\\bsupport$");

    /** Who gives the support named after the cue: "[support] from the United States". */
    private static final Pattern SUPPORT_FROM = Pattern.compile("(?i)^\\s+from\\s+(?:the\\s+)?");

    /** The parties named as the givers right after a pledge of support ("… support from Japan and Korea"), or none. */
    private static List<String> supportGivers(String sentence, int offset, ModalityCues.Cue cue, List<Mention> inside) {
        if (!SUPPORT_CUE_END.matcher(sentence.substring(cue.start(), cue.end())).find()) {
            return List.of();
        }
        Matcher from = SUPPORT_FROM.matcher(sentence.substring(cue.end()));
        if (!from.lookingAt()) {
            return List.of();
        }
        int at = cue.end() + from.end();
        for (int i = 0; i < inside.size(); i++) {
            Mention m = inside.get(i);
            if (m.type() == MentionType.PARTY && m.start() - offset == at) {
                return joinedNames(sentence, offset, inside, i).stream().map(Mention::norm).distinct().sorted().toList();
            }
        }
        return List.of();
    }

    /**
     * A relative clause set off by a comma with a subject of its own, a name or title, right before the cue: "…, which
     * the President [will host]", "…, where Japan [will]".
     */
    private static final Pattern RELATIVE_OWN_SUBJECT = Pattern.compile(",\\s+(?:which|where)\\s+(?=(?:(?:the\\s+)?\\p{Lu}[\\p{L}.’'-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}.’'-]*){0,3})\\s+(?:(?:also|further|\\p{Ll}+ly)\\s+)?$)");

    /** What may stand between a party and the relative word after it: "the DRC, which", "the Corporation (DFC), which". */
    private static final Pattern TO_RELATIVE = Pattern.compile("^\\s*(?:\\([^()]{1,30}\\))?[\\s,]*$");

    /** Whether a party's name ends right before {@code at} in the sentence ("the DRC, which will …"). */
    private static boolean partyBefore(String sentence, int at, int offset, List<Mention> inside) {
        return inside.stream().anyMatch(m -> m.type() == MentionType.PARTY && m.end() - offset <= at && m.end() - offset >= 0
                && TO_RELATIVE.matcher(sentence.substring(m.end() - offset, at)).matches());
    }

    /** An attribution to a person by pronoun: "…,” she wrote", "…,” he added". */
    private static final Pattern PRONOUN_SPEAKER = Pattern.compile("(?i)^[\\s,]*(she|he|it)\\s+(?:\\w+ly\\s+)?(?:said|says|wrote|writes|added|adds|noted|told|stated)\\b");

    /** A report's attribution to the subject's own official: "…, its industry policy chief said on Wednesday." */
    private static final Pattern ITS_OFFICIAL_SAID = Pattern.compile("(?i),\\s+its\\s+(?:[\\p{L}-]+\\s+){0,4}?"
            + "(?:chief|head|minister|secretary|spokes(?:man|woman|person)|commissioner|official|president|director|executive)"
            + "\\s+(?:said|says|told|announced)\\b");

    /** An attribution to an official the report does not name again: "…,” he said", "…,” the minister added". */
    private static final Pattern UNNAMED_SPEAKER = Pattern.compile("(?i)^[\\s,]*(?:she|he|the\\s+(?:minister|secretary|official"
            + "|spokes(?:man|woman|person)))\\s+(?:\\w+ly\\s+)?(?:said|says|wrote|added|adds|noted|told|stated)\\b");

    /** A state's official named by the state's possessive: "’s mines minister", "'s minister of petroleum". */
    private static final Pattern POSSESSIVE_OFFICIAL = Pattern.compile("(?i)^[’']s\\s+(?:[\\p{L}-]+\\s+){0,3}?"
            + "(?:minister|secretary|official|spokes(?:man|woman|person)|ambassador|envoy)\\b");

    /**
     * The state whose official the passage before a quotation names by the state's possessive ("The DRC's mines minister
     * said …"); none where it so names officials of more than one state, or none.
     */
    private static List<String> possessiveOfficialsState(String text, int quoteStart, List<Mention> mentions) {
        int from = Math.max(0, quoteStart - SPEAKER_BACK);
        Set<String> states = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.type() == MentionType.PARTY && m.start() >= from && m.end() <= quoteStart && Sides.isState(m.norm())
                    && POSSESSIVE_OFFICIAL.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 60))).find()) {
                states.add(m.norm());
            }
        }
        return states.size() == 1 ? List.copyOf(states) : List.of();
    }

    /** How far back before a quotation a pronoun's speaker is looked for. */
    private static final int SPEAKER_BACK = 600;

    /** An existential "there" right before the modal: "there will be …", "there will now be …". */
    private static final Pattern THERE_BEFORE = Pattern.compile("(?i)\\bthere\\s+(?:(?:also|now|always|still|then|\\w+ly)\\s+)?$");

    /** The modals that may forecast ("will", "would"); "shall" and "must" impose a duty whatever their subject. */
    private static final Pattern FORECASTING_MODAL = Pattern.compile("(?i)^(?:will|would)\\b");

    /** The modals of a stance the subject will hold: "will", "would", the news wording "going to". */
    private static final Pattern STANCE_MODAL = Pattern.compile("(?i)^(?:will|would|going\\s+to)\\b");

    /** "must", "should": a modal whose "we" may only be asked to keep something in mind ("we must remember …"). */
    private static final Pattern MINDFUL_MODAL = Pattern.compile("(?i)^(?:must|should)\\b");

    /** "we" alone as the subject, maybe after a linking word or an opening clause: "And we", "In doing so, we". */
    private static final Pattern WE_ALONE = Pattern.compile("(?is)(?:.*[,;:—–]\\s*|\\s*(?:and|but|so|now|today|first)?\\s*)we(?:\\s+(?:also|all|still|now|first))?\\s*");

    /**
     * "is expected to", "are also expected to": the plan of its subject, a party's or its measure's ("Canada is expected
     * to invest …", "the tariff cuts are expected to take effect …"), except before an effect or a benefit.
     */
    private static final Pattern EXPECTED_CUE = Pattern.compile("(?i)(?:is|are)\\s+(?:\\w+ly\\s+|also\\s+)?expected\\s+to");

    /**
     * What follows "is expected to" where it says how the subject will be, no act: "be national in scope", "be operational
     * by 2027", "be a major supplier"; not a passive ("be signed", "be made"), a readiness or role ("be ready to"), nor a
     * measure's taking effect ("the tariff cuts are expected to be effective from July"), a term of the deal.
     */
    private static final Pattern EXPECTED_STATE = Pattern.compile("(?i)\\s*be\\s+(?:\\w+ly\\s+)?"
            + "(?!(?:able|ready|prepared|responsible|willing|in\\s+a\\s+position|on\\s+track|effective|applicable|in\\s+(?:effect|force)"
            + "|\\p{L}+(?:ed|en))\\b)"
            + "(?!(?:made|held|built|set|paid|sold|led|done|sent|spent|put|brought|run|won|shown|kept|met|found|told|cut|laid|shut|"
            + "upheld|left|lent|dealt|sought|bought|struck|spun|split)\\b)[\\p{L}-]+");

    /** "will", and the news wording of a set plan: "is to", "are set to", "is expected to". */
    private static final Pattern PLANNED_FUTURE = Pattern.compile("(?i)(?:will|would|(?:is|are)\\b.{0,30}\\bto)");

    /** "will be …": what is done to the subject (a party's measures), not what a thing does. */
    private static final Pattern PASSIVE_AFTER = Pattern.compile("(?i)^\\s+(?:not\\s+)?be\\b");

    /**
     * "be removed from", "not be granted": an agentless passive whose subject undergoes the act; no "by" agent after it,
     * though a participle's own agent may follow ("exempted from the duties imposed by section 1").
     */
    private static final Pattern UNDERGONE_AFTER = ClauseWords.compile("^\\s+(?:not\\s+)?be\\s+(?:\\w+ly\\s+)*"
            + ClauseWords.alternation("undergone-act") + "\\b(?!\\s+by\\b)(?![^.;:]*(?<!ed|en)\\s+by\\b)");

    /** What a subject of names alone may hold besides the names: a list marker ("2.", "(b)"), "The", "and", "the Government of". */
    private static final Pattern NAMES_ONLY = ClauseWords.compile("^[\\s,\"“]*(?:\\(?\\w{1,3}[.)]\\s+)?(?:(?:the|and|or|both|government|governments|of)\\b[\\s,]*)*$");

    /** The subject is the named parties alone and the clause after the modal is an act done to them, with no agent. */
    private static boolean undergoesAct(String sentence, int offset, int subjectFrom, int cueStart, String afterCue, List<Mention> inside) {
        if (!UNDERGONE_AFTER.matcher(afterCue).lookingAt()) {
            return false;
        }
        StringBuilder rest = new StringBuilder(sentence.substring(subjectFrom, cueStart));
        for (Mention m : inside) {
            int from = m.start() - offset - subjectFrom;
            int to = m.end() - offset - subjectFrom;
            if (m.type() == MentionType.PARTY && from >= 0 && to <= rest.length()) {
                rest.replace(from, to, " ".repeat(to - from));
            }
        }
        return NAMES_ONLY.matcher(rest).matches();
    }

    /** "they" or "we" right before an intent cue: the parties' own aim ("They aim to", "We share the ambition to"). */
    private static final Pattern OWN_AIM_PRONOUN = Pattern.compile("(?i)(?:^|[\\s,;:“\"])(?:they|we)\\s+(?:(?:also|further|both|all|\\w+ly)\\s+)*$");

    /**
     * A cue only an agent can take ("They agreed to boost …", "the miner said it plans to cut spending", "it wants to
     * attract investment"): what follows is a pledge or a plan, never an effect.
     */
    private static final Pattern VOLITIONAL_CUE = Pattern.compile(
            "(?i)(?:agreed|decided|pledged|vowed|resolved|committed|promised|plans|planned|intends|intended|wants|wanted)\\s+(?:not\\s+)?to\\b");

    /** Speakers outside the parties right before their reporting verb: "Environmental groups said", "Analysts told Reuters". */
    private static final Pattern OUTSIDE_SPEAKERS = ClauseWords.compile("(?:^|\\s)(?:[\\p{L}-]+\\s+){0,2}"
            + ClauseWords.alternation("outside-speakers") + "\\s+(?:\\w+ly\\s+)?(?:said|say|says|told\\s+\\p{L}+|warned|added)[\\s,]*(?:that\\s*)?$");
    /**
     * The same speakers as the subject of a first verb the report joins to "said": "Environmental groups and two tribes
     * oppose the road and said they would sue", whose "they" is the speakers, not a party named before.
     */
    private static final Pattern OUTSIDE_SPEAKERS_FIRST_CLAUSE = ClauseWords.compile("^[\\s\"“]*(?:[\\p{L}-]+\\s+){0,2}"
            + ClauseWords.alternation("outside-speakers") + "\\b[^,;:\"“”]*?\\s+and\\s+(?:\\w+ly\\s+)?(?:said|say|says|told\\s+\\p{L}+"
            + "|warned|added)[\\s,]*(?:that\\s*)?$");

    /**
     * "… said it would", "… said in a statement it will", "leaders said on Saturday they would": the speakers' own "it"
     * or "they" right before the cue.
     */
    private static final Pattern SPEAKERS_IT = Pattern.compile("(?i)\\b(?:said|says|added|announced|stated|confirmed)\\s+"
            + "(?:in\\s+a\\s+statement\\s+|on\\s+\\w{3,6}day\\s+)?(?:that\\s+)?(?:it|they)\\s+(?:also\\s+)?$");

    /**
     * A measure a body takes in its own affairs: "cut spending", "also raise capital", "apply for a permit"; a government's
     * "create favourable conditions for imports" is its policy, not what something brings about.
     */
    private static final Pattern OWN_MEASURE = Pattern.compile(
            "(?i)^\\s*(?:(?:also|further|\\w+ly)\\s+)?(?:cut|reduce|raise|lower|increase|boost|eliminate|attract|accelerate|apply\\s+for"
                    // "said it would speed up its stockpiling", "ease its permitting rules": a pace or rule of its own
                    + "|speed\\s+up|shorten|ease(?=\\s+(?:its|their)\\s)"
                    // "said it would no longer sell the model": a practice it drops ("would no longer face duties" befalls it)
                    + "|no\\s+longer\\s+(?!(?:be|face|need|have|qualify|receive|get|benefit|see|enjoy|require|apply)\\b)\\p{L}+"
                    + "|create\\s+(?:(?:a|an|more)\\s+)?(?:favou?rable|better|enabling|good|fair|level)\\s+(?:conditions|environment|playing)"
                    // "said it will create a new desk to process requests": a unit of its own it sets up, not jobs it brings
                    + "|create\\s+(?:a|an|its)\\s+(?:new\\s+|dedicated\\s+|special\\s+)?(?:desk|office|unit|team|division|window"
                    + "|task\\s+force|working\\s+group|programm?e?|facility))\\b");

    /** An official acting for the document's state. */
    private static final Pattern OFFICIAL = Pattern.compile(
            "\\b(?:President|Vice President|Secretary|Minister|Prime Minister|Ambassador|Administrator|Chancellor|Premier"
                    + "|Commissioner|Governor|Trade Representative|Attorney General(?![’']s\\b)|head of each|heads of|Director|Secretaries|Chair|Chairman"
                    + "|Chairperson)\\b");

    /** A government's official by title in a quotation's attribution: "said Minister Roe", "the Minister said". */
    private static final Pattern MINISTER_TITLE = Pattern.compile(
            "\\b(?:Minister|Secretary|President|Vice-President|Commissioner|Chancellor|Premier)\\b");

    /**
     * "“We will …,” said Minister Roe" in a ministry's press release, where the text does not place Roe: one official
     * speaks for one state, the ministry's, not for the partner the release names beside it; empty if none.
     */
    private static List<String> releasingMinister(String attribution, Context context) {
        return MINISTER_TITLE.matcher(attribution).find() ? context.sides().releaser() : List.of();
    }

    /**
     * A body's officer by the body's abbreviation before the title: "the ACP Secretary-General", "the OPEC chair". The
     * abbreviation need not be a mention of its own where it opens a named party ("ACP group").
     */
    private static final Pattern ABBREVIATED_BODYS_OFFICER = Pattern.compile("\\b[Tt]he\\s+(\\p{Lu}{2,6})\\s+(?:(?:Deputy|Assistant)\\s+)?"
            + "(?:Secretary[- ]General|Director[- ]General|Executive\\s+Secretary|[Cc]hair(?:man|woman|person)?|President"
            + "|Commissioner)\\b");

    /**
     * The one party the abbreviation of an officer's body in a quotation's attribution stands for: a party named by it,
     * or whose name opens with it ("the ACP Secretary-General" → the party "ACP group"); empty otherwise.
     */
    private static List<String> abbreviatedBodysOfficer(String attribution, List<Mention> mentions) {
        Matcher officer = ABBREVIATED_BODYS_OFFICER.matcher(attribution);
        if (!officer.find()) {
            return List.of();
        }
        String abbreviation = officer.group(1);
        List<String> bodies = mentions.stream()
                .filter(m -> m.type() == MentionType.PARTY && (m.text().equals(abbreviation)
                        || m.text().startsWith(abbreviation + " ")))
                .map(Mention::norm).distinct().toList();
        return bodies.size() == 1 ? bodies : List.of();
    }

    /**
     * "“We will …,” said Energy Secretary Jane Roe" in a release of several departments: the department of the
     * secretary's field ("Secretary of the Treasury", "Homeland Security Secretary"), where the text's parties hold
     * exactly one; empty otherwise.
     */
    private static List<String> secretarysDepartment(String attribution, Context context) {
        Matcher title = SECRETARY_FIELD.matcher(attribution);
        if (!title.find()) {
            return List.of();
        }
        String field = title.group(1) != null ? title.group(1) : title.group(2);
        List<String> fields = List.of(field, field.split("\\s+")[0]);
        List<String> departments = context.documentParties().stream()
                .filter(p -> fields.stream().anyMatch(f -> p.endsWith("Department of " + f) || p.endsWith("Department of the " + f)))
                .toList();
        return departments.size() == 1 ? departments : List.of();
    }

    /** A secretary by field: "Energy Secretary", "Homeland Security Secretary", "Secretary of the Treasury". */
    private static final Pattern SECRETARY_FIELD = Pattern.compile(
            "\\b(?:(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?)\\s+Secretary|Secretary\\s+of\\s+(?:the\\s+)?(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?))\\b");

    /** A clause of its own after "and": "… and we look forward to", "… but they also plan to". */
    private static final Pattern AND_PRONOUN = Pattern.compile(
            "(?i)\\s(?:and|but)\\s+(we|they)\\s+(?:(?:also|now|still|further|\\w+ly)\\s+)*$");

    /** A second clause whose subject is the text or a measure: "… and this agreement [will]". */
    private static final Pattern AND_THING = ClauseWords.compile(
            "\\s(?:and|but)\\s+((?:this|the|these)\\s+(?:new\\s+)?(?:" + ClauseWords.alternation("text") + "|"
                    + ClauseWords.alternation("forecast-thing") + "))\\s+(?:(?:also|now|further|\\w+ly)\\s+)*$");

    /** A state's name or a demonym before an official's title: "U.S. ", "South Korean ". */
    private static final Pattern TITLE_QUALIFIER = Pattern.compile("(?:\\p{Lu}[\\p{L}.’'-]*\\s+){1,3}$");

    /**
     * Whether every official the subject names is the object or agent of someone else's act ("This deal, promoted by
     * U.S. President Jane Roe, aims to …"), so that none of them is the subject. Read only for a deal's subject: "the
     * President's commitment" elsewhere still says whose act it is.
     */
    private static boolean onlyOfficialsAsObjects(String subject) {
        Matcher official = OFFICIAL.matcher(subject);
        while (official.find()) {
            String before = subject.substring(0, official.start());
            Matcher qualifier = TITLE_QUALIFIER.matcher(before);
            if (!NOT_SUBJECT_BEFORE.matcher(before).find()
                    && !(qualifier.find() && NOT_SUBJECT_BEFORE.matcher(before.substring(0, qualifier.start())).find())) {
                return false;
            }
        }
        return true;
    }

    /**
     * An official who opens a sentence as its subject, by title and name or by title alone, after an opening phrase
     * that names no actor ("Beyond the talks, "), and before the verb: "Vice President Jane Roe today spoke with …",
     * "President John Q. Roe, Jr. met …", "In the call, the Secretary stressed …". Group 1 is the official.
     */
    private static final Pattern OPENING_OFFICIAL = Pattern.compile(
            "^[\\s\\p{Pd}*•]*(?:(?:In|During|At|After|Following|Before|On|Beyond|Besides|Throughout|Across)\\s+[^,;]{1,120},\\s*)?"
                    + "((?:[Tt]he\\s+)?(?:Vice\\s+President|President|Prime\\s+Minister|Secretary|Minister|Ambassador|Administrator"
                    + "|Chancellor|Premier)(?:,?\\s+\\p{Lu}[\\p{L}.’'-]*){0,4})"
                    + "\\s+(?:(?:today|also|then|\\p{Ll}+ly)\\s+)?(?!of\\b|and\\b|or\\b|for\\b|to\\b)\\p{Ll}");

    /** A page's front matter that the first sentence after it still holds: "---\\ntitle: …\\n---\\n". */
    private static final Pattern FRONT_MATTER = Pattern.compile("(?s)^\\s*---\\s*\\n.{0,2000}?\\n---[ \\t]*\\n");

    /**
     * The one state the official who opened {@code previous} as its subject serves: where the text places them, else a
     * leader news knows, else (a bare title) the host of the guests the text places, else the White House's own Vice
     * President. Empty when no official opens it or none of these tells.
     */
    private static List<String> openingOfficialState(String previous, Context context) {
        Matcher front = FRONT_MATTER.matcher(previous);
        Matcher opening = OPENING_OFFICIAL.matcher(front.lookingAt() ? previous.substring(front.end()) : previous);
        if (!opening.lookingAt()) {
            return List.of();
        }
        String official = opening.group(1);
        List<String> states = context.officials().statesIn(official);
        if (states.isEmpty()) {
            states = context.officials().leadersIn(official);
        }
        if (states.isEmpty()) {
            states = context.officials().hostOfGuests(official, context.documentParties(), context.mentions());
        }
        if (states.isEmpty()) {
            states = context.officials().whiteHouseVicePresident(official, context.documentParties());
        }
        return states;
    }

    /** "he and Secretary of State Jim Poe", "she and Secretary Doe" right before the cue: two officials together. */
    private static final Pattern PRONOUN_AND_SECRETARY = Pattern.compile(
            "\\b(?:he|she)\\s+and\\s+Secretary\\s+(?:of\\s+(?:the\\s+)?\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?\\s+)?"
                    + "(?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,2}\\p{Lu}[\\p{L}’'-]+\\s*$");

    /** "he" or "she" just before the cue: "Trump said he had agreed to", "as she seeks to". */
    private static final Pattern PERSON_PRONOUN = Pattern.compile(
            "(?i)\\b(?:he|she)\\s+(?:(?:also|further|too|then|now|not|had|has|have|\\w+ly)\\s+)*$");

    /** A phrase before the subject, whose officials are not the speaker: "In talks there with Chinese President Xi," */
    private static final Pattern OPENING_PHRASE = Pattern.compile(
            "^\\s*(?:In|During|At|After|Following|Ahead\\s+of|Before|On|With|Alongside)\\s+[^,;]{1,120},");

    /** A subject of names alone, before adverbs: "Trump", "Trump and Takaichi also", "Albanese, Luxon and Carney". */
    private static final Pattern SURNAMES = Pattern.compile("^\\s*\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?"
            + "(?:(?:,\\s+|,?\\s+and\\s+)\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)*"
            + "(?:\\s+(?:also|further|too|then|now|not|had|has|have|\\w+ly))*\\s*$");

    /** "President Trump and I" in a quotation: the other one of the "we" that follows. */
    private static final Pattern WITH_ME = Pattern.compile("\\b((?:\\p{Lu}[\\p{L}'’-]+\\s+){0,3}\\p{Lu}[\\p{L}'’-]+)\\s+and\\s+I\\b");

    /** A person named with an honorific: "Mr. Sullivan", "Dr. Hulata". */
    private static final Pattern HONORIFIC = Pattern.compile("\\b(?:Mr|Ms|Mrs|Dr)\\.\\s+\\p{Lu}");

    /** A sentence that opens "He and Dr. Doe", "She and Minister Roe": the pronoun's person and one named beside. */
    private static final Pattern PRONOUN_AND_PERSON = Pattern.compile(
            "\\s*(?:He|She)\\s+and\\s+((?:(?:Mr|Ms|Mrs|Dr)\\.|(?:Prime\\s+|Foreign\\s+)?Minister|President)\\s+\\p{Lu}[\\p{L}'’-]+)\\s");

    /** A person named by an honorific and surname: "Mr. Sullivan", "Dr. Hulata". */
    private static final Pattern HONORIFIC_NAME = Pattern.compile("\\s*\\b(?:Mr|Ms|Mrs|Dr)\\.\\s+\\p{Lu}[\\p{L}'’-]+");

    /**
     * A list item's run-in heading in bold, its colon inside or after the emphasis: "- **<u>Title</u>:** ", "**Title**: ",
     * "**<u>Title:</u>** ".
     */
    private static final Pattern RUN_IN_HEADING = Pattern.compile("^[\\s\\-•*]*\\*\\*[^*\\n]{1,160}?(?::\\s*(?:</u>)?\\s*\\*\\*|\\*\\*\\s*:)\\s*");

    /** What is left of a heading without its party names when it named nothing else: marks and blanks. */
    private static final Pattern NAME_ONLY_HEADING = Pattern.compile("[\\s\\-•*:_]*(?:<u>|</u>|[\\s\\-•*:_])*");

    /** An opening phrase of what an act builds on: "Building upon USAID technical assistance, ", "Drawing on …, ". */
    private static final Pattern GROUND_OPENER = Pattern.compile("^(?:Building|Drawing)\\s+(?:on|upon)\\s+[^,;:]{1,120},\\s*");

    /**
     * Where the subject's own words start after a leading run-in heading and an opening "Building on …," phrase (0 where
     * neither opens it), so long as a subject follows them.
     */
    private static int leadingHeadingOrGround(String beforeCue, int offset, List<Mention> inside) {
        int from = 0;
        Matcher heading = RUN_IN_HEADING.matcher(beforeCue);
        if (heading.lookingAt()) {
            // "**HD Hyundai:** … the shipbuilder has committed to …": a heading that is only a party's name names the actor
            String words = beforeCue.substring(0, heading.end());
            for (Mention m : inside) {
                if (m.type() == MentionType.PARTY && m.end() - offset <= heading.end() && m.start() - offset >= 0) {
                    words = words.replace(beforeCue.substring(m.start() - offset, m.end() - offset), "");
                }
            }
            from = NAME_ONLY_HEADING.matcher(words).matches() ? 0 : heading.end();
        }
        Matcher ground = GROUND_OPENER.matcher(beforeCue).region(from, beforeCue.length());
        if (ground.lookingAt()) {
            from = ground.end();
        }
        return beforeCue.substring(from).isBlank() ? 0 : from;
    }

    /** The subject without a phrase that opens it, where the rest still names an official ("During …, the President"). */
    private static String withoutOpeningPhrase(String subject) {
        Matcher opener = OPENING_PHRASE.matcher(subject);
        return opener.lookingAt() && OFFICIAL.matcher(subject).region(opener.end(), subject.length()).find()
                ? subject.substring(opener.end()) : subject;
    }

    /** Whether the subject names a person by honorific and surname whom the text places in no state. */
    private static boolean unplacedPerson(String subject, Officials officials) {
        Matcher person = HONORIFIC_NAME.matcher(subject);
        while (person.find()) {
            if (officials.statesIn(person.group()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** "The committee will include state agencies", "The data center will be powered by …": its make-up or state, no act. */
    private static final Pattern MAKE_UP = Pattern.compile("(?i)^[\\s,]*(?:also\\s+)?(?:include|consist|comprise|have\\s+(?:\\p{Ll}+\\s+)?members|be)\\b");

    /** A sentence whose subject is a joint body: "The Joint Committee will …", "(3) The working group shall …". */
    private static final Pattern JOINT_BODY_OPENS = Pattern.compile(
            "(?i)^[\\s\"“]*(?:" + ListMarkers.MARKER + ")?[\\s\u00a0]*(?:the|this|that|a|each)\\s+(?:new\\s+|joint\\s+|trilateral\\s+|bilateral\\s+)*"
                    + FORUM_WORDS + "(?:joint\\s+)?(?:working\\s+groups?|secretariats?|task\\s*forces?|(?:steering\\s+|joint\\s+|coordinating\\s+)?committees?"
                    + "|commissions?|councils?)\\b");

    /**
     * "the trade ministry", "the government" beside a named body: a state's own body, named by no proper name; "the
     * government's export credit agency" describes the body named, no second actor; "the government of Salta" is named.
     */
    private static final Pattern UNNAMED_STATE_BODY = Pattern.compile(
            "\\b[Tt]he\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}(?:ministry|government|treasury)\\b(?![’'](?:s\\b|\\s))(?!\\s+of\\s)");

    /**
     * A body or firm named by its head word beside a named party: "the company and the U.S. government", "Japan and the
     * bank". The head words are the {@code anaphor-head} and {@code company-head} lists.
     */
    private static final Pattern JOINED_ANAPHOR = ClauseWords.compile(
            "(?:^|[\\s,“\"])(the\\s+(?:[\\p{L}-]+\\s+)?(?:" + ClauseWords.alternation("anaphor-head") + "|"
                    + ClauseWords.alternation("company-head") + "))(?=\\s+and\\s|\\s*(?:(?:also|now|\\w+ly)\\s+)*$)");

    private static final Pattern JOINED_BY_AND = Pattern.compile("(?i)(?:^|\\s)and\\s+$");

    /** The parties the subject's "the company" or "the bank" beside a named party refers back to, if any. */
    private static List<String> joinedAnaphors(String subject, int from, List<Mention> mentions, String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = JOINED_ANAPHOR.matcher(subject);
        while (m.find()) {
            int start = from + m.start(1);
            int end = from + m.end(1);
            boolean joined = subject.startsWith(" and", m.end(1)) || JOINED_BY_AND.matcher(subject.substring(0, m.start(1))).find();
            if (!joined || mentions.stream().anyMatch(x -> x.type() == MentionType.PARTY && x.start() < end && start < x.end())) {
                continue; // a name's own words ("the Export-Import Bank and …"), or no coordination
            }
            found.addAll(Anaphors.resolve(m.group(1), start, mentions, text));
        }
        return List.copyOf(found);
    }

    /** A body's head word, then a group: "The Commission and member states". */
    private static final Pattern BODY_AND_GROUP = Pattern.compile("(?i)[\\s\"“]*the\\s+\\p{L}+\\s+and\\s");

    /** "The two companies and the government", "both firms and the federal government" right before the cue. */
    private static final Pattern FIRMS_AND_THE_GOVERNMENT = Pattern.compile(
            "(?i)(?:^|[,;:]\\s)[\\s\"“]*((?:both|the\\s+two|the\\s+three)\\s+(?:companies|firms))\\s+and\\s+the\\s+(?:\\w+\\s+)?"
                    + "government\\s+(?:(?:also|further|now|then|\\w+ly)\\s+)*$");

    /**
     * The one state the government bodies a text names belong to ("U.S. Department of Energy" → US), where their names
     * place them and no two of them are of different states; empty otherwise.
     */
    private static List<String> stateOfNamedBodies(List<Mention> mentions) {
        Set<String> states = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.type() == MentionType.PARTY && m.norm().length() > 2 && "body".equals(PartyKinds.of(m.norm()))) {
                PartyKinds.stateNamedIn(m.norm()).ifPresent(states::add);
            }
        }
        return states.size() == 1 ? List.copyOf(states) : List.of();
    }

    /** A person by name, then a post in a body in apposition, as the whole subject: "Jane Roe, Administrator of the Agency, ". */
    private static final Pattern APPOSED_OFFICIAL = Pattern.compile("^[\\s\"“]*(?:The\\s+)?(?:(?:Honorable|Honourable)\\s+)?"
            + "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3},\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}"
            // (not "Ambassador to X": an envoy serves the state that sends them, not the one the post names)
            + "(?:Administrator|Secretary|Director|Minister|Commissioner)\\s+(?:of|for)\\s+([^,;]{2,160}),\\s*$");

    /** "said the agency would …, and that it": a report's second clause, whose pronoun is the one who said it. */
    private static final Pattern SAID_AND_THAT_PRONOUN = Pattern.compile(
            "\\b(?:said|says|added|announced|stated)\\s+(?:that\\s+)?[^;:“”\"]{1,300}?,?\\s+and\\s+that\\s+(?:it|they)\\s+"
                    + "(?:(?:also|now|still|\\w+ly)\\s+)*$");

    /** A sentence that opens on a bare "It" before its cue. */
    private static final Pattern BARE_IT = Pattern.compile("^[\\s\"“]*It\\s+(?:(?:also|further|then|\\w+ly)\\s+)*$");

    /**
     * The sentence before, opened by an unnamed government or ministry that acts: "The Government will lower the share of
     * imports. It will raise the recycling rate …" goes on with the government's own measures.
     */
    private static final Pattern GOVERNMENT_SENTENCE_LAST = Pattern.compile(
            "(?:^|[.!?]\\s+|\\n)(?:The|Its|Their)\\s+(?:\\p{L}+\\s+)?(?:[Gg]overnment|Ministry|ministry)\\s+"
                    + "(?:(?:also|further|now|then|\\w+ly)\\s+)*(?:will|shall|intends\\s+to|plans\\s+to)\\s[^.!?]{0,300}[.!?]\\s*$");

    /** Whether a bare "It" opens the sentence right after one the government opened with its own pledge. */
    private static boolean governmentGoesOn(String beforeCue, String text, int offset) {
        return BARE_IT.matcher(beforeCue).matches()
                && GOVERNMENT_SENTENCE_LAST.matcher(text.substring(Math.max(0, offset - 400), offset)).find();
    }

    /** "the Department", "the administration" as a reported clause's subject, with no name of its own. */
    private static final Pattern THE_SPEAKERS_DEPARTMENT = Pattern.compile(
            "(?i)\\bthe\\s+(?:administration|department)\\s+(?:(?:also|further|now|then|\\w+ly)\\s+)*$");

    /** "The administration", bare, as the subject (not "the Marcos administration", not "the customs administration of"). */
    private static final Pattern BARE_ADMINISTRATION = Pattern.compile(
            "(?i)(?:^|[,;:—–]\\s*|\\b(?:said|says|and)\\s+(?:that\\s+)?)[\\s\"“]*the\\s+administration\\s+"
                    + "(?:(?:also|further|now|then|has|had|\\w+ly)\\s+)*$");

    /**
     * A chamber of the United States Congress, or its members, as the whole subject a statement urges or binds: "The
     * Senate should act now", "and the House must vote", "Republicans in Congress should join us". The chamber acts as
     * the Congress it belongs to; only after "should", "must" and the like (a chamber that "will vote on Tuesday" is a
     * schedule told, not a pledge).
     */
    private static final Pattern BARE_CHAMBER = Pattern.compile(
            "(?:^|[,;:—–]\\s*|\\b(?:and|but|why|that)\\s+)[\\s\"“]*(?:[Tt]he\\s+(?:Senate|House(?:\\s+of\\s+Representatives)?)"
                    + "|(?:Republicans|Democrats|[Mm]embers)\\s+(?:of|in)\\s+(?:the\\s+)?(?:Congress|Senate|House)"
                    + "|(?:[Cc]ongressional|House|Senate)\\s+(?:Republicans|Democrats))\\s+(?:(?:also|then|now|\\w+ly)\\s+)*$");

    /**
     * A chamber of the United States Congress, or its members, as the ones a statement urges: "I urge the Senate to pass
     * …", "calling on House Republicans to …". Those told act (ANNOTATION.md §2), as the Congress the chamber belongs to.
     */
    private static final Pattern TOLD_CHAMBER = Pattern.compile("^(?i:urg|call|ask|encourag)\\w*\\s+(?:(?:on|upon)\\s+)?(?:[Tt]he\\s+"
            + "(?:Senate|House(?:\\s+of\\s+Representatives)?)|(?:Republicans|Democrats|[Mm]embers)\\s+(?:of|in)\\s+(?:the\\s+)?"
            + "(?:Congress|Senate|House)|(?:[Cc]ongressional|House|Senate)\\s+(?:Republicans|Democrats))\\s+(?:(?:also|now|\\w+ly)\\s+)?to\\s+\\p{Ll}");

    /** The cues by which a statement urges or binds a chamber: "should", "must", "needs to", "has to", "ought to". */
    private static final Pattern CHAMBER_URGED = Pattern.compile("(?i)(?:should|must|needs\\s+to|has\\s+to|ought\\s+to)\\b");

    /**
     * Whether a bare "the administration" is the United States': the text names the United States or only its bodies,
     * and places no other state's leader (whose government it could be).
     */
    private static boolean americanAdministration(String text, Context context) {
        boolean us = context.documentParties().contains("US") || stateOfNamedBodies(context.mentions()).equals(List.of("US"));
        return us && context.officials().leadersIn(text).stream().allMatch("US"::equals)
                && context.officials().statesByDemonymIn(text).stream().allMatch("US"::equals);
    }

    /**
     * A government's programme, named by its head word alone, as the whole subject: "The Mission will …", "Under the
     * scheme, it will" is no such subject; a capital "Mission" is the defined name, a lower-case "mission" is any.
     */
    private static final Pattern GOVERNMENT_PROGRAMME = Pattern.compile(
            "[\\s\"“*•-]*(?:The|the)\\s+(?:Mission|Scheme|scheme|Programme|programme)\\s+(?:(?:also|further|\\w+ly)\\s+)*");

    /** A sentence that opens on an unnamed state body speaking: "The commerce ministry said", "The government also said". */
    private static final Pattern UNNAMED_STATE_SPEAKER = Pattern.compile(
            "[\\s\"“]*[Tt]he\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}(?:government|ministry)\\s+(?:also\\s+)?(?:said|says|added|stated|announced)\\b");

    private static final Pattern PAST_REPORT = Pattern.compile(
            // not a decision on who will act: "The President has decided that the Ambassador will …"
            "(?i)^(?:[^,]{0,60}\\s)?(?:has|have|had)\\s+(?:already\\s+)?(?!decided\\s+that\\b)(?:\\w+ed|made|built|taken|given|won|led|spent|put)\\b");

    /** A past act in a series of verbs, and a comma before the next one: "Peru has opened its market to …, ". */
    private static final Pattern PAST_SERIES = Pattern.compile(
            "(?i)^([^,]{1,60}?)\\s+(?:has|have)\\s+(?:already\\s+)?\\p{L}+(?:ed|en|ne|wn|t)\\b[^;:]{1,200},\\s+$");

    /** A participle of pledging that goes on such a series: "committed to allow", "agreed not to". */
    private static final Pattern PLEDGE_IN_SERIES = Pattern.compile(
            "(?i)(?:committed|agreed|pledged|undertaken|promised|vowed|decided)\\s+(?:not\\s+)?to\\b");

    /** A group phrase ("the Participants", "we") resolved to the document's parties. */
    static final double GROUP_SUBJECT = 0.8;

    /** A pronoun's antecedent, or the state an official serves. */
    private static final double INFERRED_SUBJECT = 0.7;

    /**
     * A copula with a complement that says where a thing stands, how much or how long it is, not a passive's act: "be on
     * a sectoral basis", "be in the Scheme", "be in accordance with", "be at a minimum of 5%", "be six years", "be to 30%".
     */
    private static final Pattern WHAT_A_THING_IS = Pattern.compile("(?i)[\\s,]*(?:also\\s+)?be\\s+(?:on\\s+(?:a|an)\\s"
            + "|in\\s+(?:the\\s+(?-i:\\p{Lu})|accordance\\s+with|conformity\\s+with|line\\s+with)"
            + "|at\\s+(?:a\\s+)?(?:minimum|maximum|least|most|rate)\\b|to\\s+\\d|\\d"
            + "|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\\s+(?:years?|months?|days?|weeks?)\\b"
            // what a thing counts as, and whether it is to be had: "be considered a trademark", "be deemed to be", "be
            // available for any invention", "be independent of"
            + "|(?:considered|deemed|regarded)\\s+(?:as\\s+)?(?:a|an|to\\s+be|to\\s+have)\\s|available\\s+for\\b|independent\\s+of\\b)");

    /** A term in quotes closing the subject ("For purposes of this Agreement, “schedule” shall include …"): a definition. */
    private static final Pattern QUOTED_TERM_END = Pattern.compile("[”\"]\\s*$");

    private static final Pattern DEFINES = Pattern.compile("(?i)\\s*(?:also\\s+)?(?:include|mean|refer\\s+to|cover)\\b");

    /**
     * What a deal aims at is its parties' aim ("The agreement aims to ensure a secure supply of …", as "It also aims to
     * develop …" after it, "The MoU is meant to reinforce …"): the text as the subject of this cue still says who
     * intends, unlike "This Agreement shall enter into force …".
     */
    private static final Pattern TEXT_AIM = Pattern.compile("(?i)(?:aims|seeks)(?:\\s+to)?|(?:is|are)\\s+(?:designed|meant)\\s+to");

    /** A thing's effect on a clause of its own: "… help to ensure that small firms will …", up to that clause's cue. */
    private static final Pattern HELPS_ENSURE_THAT = Pattern.compile(
            "(?i)\\b(?:helps?|helped|helping)\\s+(?:to\\s+)?(?:ensure|ensures)\\s+that\\s+[^,;:]*$");

    /**
     * Money as the subject: "Funding for the Department's (DOC) Copper Institute will support …", "This funding will
     * expand …": what a sum pays for, in a budget's account of it; the bodies it is for are named inside.
     */
    private static final Pattern FUNDING_SUBJECT = Pattern.compile(
            "(?i)^[\\s\"“]*(?:(?:In\\s+addition|Additionally|Also|Further|Furthermore|Moreover),\\s+)?"
                    + "(?:(?:the|this|that|these|such|new|additional|increased|proposed|requested)\\s+)*"
                    + "(?:funding|funds|money|appropriations?)(?:\\s+(?:for|in|to|from|provided|requested)\\b[^;:]*)?$");

    /**
     * A named fund alone as the subject, right before the modal: "the Andes Mining Fund", "The Fund (AMF)", "two-thirds of
     * the $2 billion Copper Fund", after a linking adverb ("In addition, the Fund"); no other subject joined to it
     * ("Canada and the Fund").
     */
    private static final Pattern NAMED_FUND_SUBJECT = Pattern.compile(
            "^[\\s\"“]*(?:(?:In\\s+addition|Additionally|Moreover|Meanwhile|Also|Further|Furthermore|Together|In\\s+turn),\\s+)?"
                    + "(?:(?!\\band\\b)[^,;:])*?\\b(?:Fund|Facility)(?:\\s*\\([^)]{1,12}\\))?\\s*(?:(?:also|further|in\\s+turn|\\p{L}+ly)\\s+)?$");

    /**
     * A law as the subject right before the cue: "The Clean Ports Act [of 2026] [(CPA)] [also]", "the law", "this
     * legislation", "the bill", "the framework" (the one such words lead with: not "the Department, under the Act,").
     */
    private static final Pattern LAW_RIGHT_BEFORE = Pattern.compile("(?:^|[\\s\"“*(])(?:(?:\\p{Lu}[\\p{L}’'.-]*|and|of|for|the)\\s+){0,8}"
            + "(?:(?-i:\\p{Lu}[\\p{L}’'.-]*\\s+)(?:Act|Law)(?:\\s+of\\s+\\d{4})?|(?i:the|this|that|our|new)\\s+"
            + "(?:(?i:bipartisan|new|historic|landmark|infrastructure|climate|spending|budget)\\s+){0,2}(?i:law|legislation|bill|framework))"
            + "(?:\\s*\\(\\p{Lu}+\\))?\\s+(?:(?:also|further|now|then|\\p{Ll}+ly)\\s+)?$");

    /** A passive that names who acts: "will be implemented by the Department of Energy" (that body's act). */
    private static final Pattern DONE_BY = Pattern.compile("(?i)\\s*(?:also\\s+)?be\\s+(?:\\p{L}+ly\\s+)?\\p{L}+(?:ed|en|t)\\s+(?:[\\p{L}-]+\\s+){0,4}?by\\b");

    /** What a law will make a body do, which binds that body: "will require the Department to …", "will direct …". */
    private static final Pattern LAW_BINDS = Pattern.compile("(?i)\\s*(?:require|direct|mandate|instruct|oblige|obligate|task|authorize|authorise|empower)\\b");

    /**
     * A sentence that has someone sign, pass or enact a law: "will sign into law the Rural Health Act", "signed the
     * Clean Ports Act", "passed the bipartisan infrastructure law". An "it" in the sentence after it is that law.
     */
    private static final Pattern SIGNS_A_LAW = Pattern.compile("\\b(?:sign(?:s|ed|ing)?|pass(?:es|ed|ing)?|enact(?:s|ed|ing)?)\\s+"
            + "(?:into\\s+law\\s+)?(?:the\\s+|this\\s+)?(?:[\\p{L}\\p{N}’'-]+\\s+){0,8}?(?:Act|Law|law|bill|Bill|legislation)\\b");

    /**
     * The committing parties: named subjects before the cue ("Japan, the ROK, and the United States stand"),
     * group phrases there ("The Participants intend") resolved to the document's parties or, inside a quotation,
     * to its speaker's body; "it" and "they" to their antecedent; else the document's parties when the provision
     * has no named party ("The Secretary shall"). None when the subject is the text itself, a thing ("This will
     * eliminate delays"), or a party only in a leading condition or in the name of a plan.
     */
    static Resolved parties(String sentence, int offset, ModalityCues.Cue cue, List<Mention> inside, String text,
            Context context) {
        Resolved resolved = partiesOf(sentence, offset, cue, inside, text, context);
        List<String> agreedActor = agreedActor(sentence, offset, cue, inside, resolved.parties());
        if (!agreedActor.isEmpty()) {
            return new Resolved(agreedActor, resolved.confidence());
        }
        if (resolved.parties().size() > 1 && FIRM_FUNDED.matcher(sentence.substring(cue.end())).lookingAt()) {
            // "The Office and Halden Magnets signed a letter of intent to provide the company with $900 million": the
            // firm funded is the beneficiary, no party (ANNOTATION.md §2); those who fund act
            List<String> funders = resolved.parties().stream().filter(n -> !isFirm(n)).toList();
            if (!funders.isEmpty() && funders.size() < resolved.parties().size()) {
                return new Resolved(funders, resolved.confidence());
            }
        }
        return resolved;
    }

    /** A cue that ends in "that": "agreed that", "decided that". */
    private static final Pattern THAT_CUE = Pattern.compile("(?i)\\bthat\\s*$");

    /** "agreed that " at the end of the words before a later cue. */
    private static final Pattern AGREED_THAT = Pattern.compile("(?i)\\b(?:agreed|agree|agrees|decided)\\s+that\\s+(?=[^,;:]*$)");

    /** Between a clause's subject and its own cue: nothing, or "remains", "is", "also". */
    private static final Pattern BEFORE_OWN_CUE = Pattern.compile("(?i)\\s*(?:(?:remains?|is|are|also|further)\\s+)*");

    /** What the clause's own subject does: "will", "remains committed to". */
    private static final Pattern CLAUSE_PLEDGE = Pattern.compile(
            "(?i)^\\s*(?:(?:also|further|\\w+ly)\\s+)?(?:will|shall|would|must|remains?\\s+committed\\s+to|is\\s+to|intends\\s+to)\\b");

    /**
     * "The United States and Ukraine agreed that [the United States] remains committed to helping …": the parties agree,
     * the one the clause names acts (ANNOTATION.md §2); empty unless that subject is one of those who agreed.
     */
    private static List<String> agreedActor(String sentence, int offset, ModalityCues.Cue cue, List<Mention> inside,
            List<String> agreed) {
        if (agreed.size() < 2) {
            return List.of();
        }
        int thatEnd;
        boolean ownCue = false;
        if (THAT_CUE.matcher(sentence.substring(cue.start(), cue.end())).find()) {
            thatEnd = cue.end();
        } else {
            // "agreed that the United States [remains committed to] …": the clause's own cue after its subject
            Matcher agreedThat = AGREED_THAT.matcher(sentence.substring(0, cue.start()));
            if (!agreedThat.find()) {
                return List.of();
            }
            thatEnd = agreedThat.end();
            ownCue = true;
        }
        String after = sentence.substring(thatEnd);
        int lead = after.length() - after.stripLeading().length();
        int from = thatEnd + lead + (after.stripLeading().regionMatches(true, 0, "the ", 0, 4) ? 4 : 0);
        for (int i = 0; i < inside.size(); i++) {
            Mention m = inside.get(i);
            if (m.type() == MentionType.PARTY && m.start() - offset == from) {
                List<Mention> subject = joinedNames(sentence, offset, inside, i);
                int end = subject.get(subject.size() - 1).end() - offset;
                List<String> norms = subject.stream().map(Mention::norm).distinct().sorted().toList();
                boolean pledges = ownCue ? BEFORE_OWN_CUE.matcher(sentence.substring(end, cue.start())).matches()
                        : CLAUSE_PLEDGE.matcher(sentence.substring(end)).lookingAt();
                return pledges && agreed.containsAll(norms)
                        && norms.size() < agreed.size() ? norms : List.of();
            }
        }
        return List.of();
    }

    /** The action gives the firm named before it money: "to provide the company with", "to lend up to $2 billion to the firm". */
    private static final Pattern FIRM_FUNDED = Pattern.compile("(?i)^[\\s*_]*(?:(?:provide|give|grant|award|extend|offer)\\s+"
            + "(?:the|that|this)\\s+(?:company|firm|miner|producer|developer|manufacturer|start-?up)\\s+with\\b"
            + "|(?:provide|lend|grant|award|extend|loan|invest)\\b[^.;]{0,60}?\\b(?:to|in)\\s+the\\s+(?:company|firm)\\b)");

    /** A public body's head word: what a name the dictionary does not hold must lack to be taken for a firm. */
    private static final Pattern PUBLIC_HEAD = Pattern.compile(
            "\\b(?:Office|Department|Ministry|Agency|Bank|Administration|Authority|Commission|Government|Council|Fund|Programs?)\\b");

    private static boolean isFirm(String norm) {
        String kind = PartyKinds.of(norm);
        return "company".equals(kind) || kind == null && norm.length() > 2 && !PUBLIC_HEAD.matcher(norm).find();
    }

    private static Resolved partiesOf(String sentence, int offset, ModalityCues.Cue cue, List<Mention> inside, String text,
            Context context) {
        int cueStart = cue.start();
        Matcher ownCue = REPORTS_OWN_CUE.matcher(sentence.substring(0, cueStart));
        Matcher announcedIntent = ANNOUNCED_THE_INTENT.matcher(sentence.substring(0, cueStart));
        if (ownCue.find() && !MODAL_VERB.matcher(sentence.substring(cueStart)).find()) {
            cueStart = ownCue.start(); // the subject is what comes before "announced their intention to"
        } else if (INTENT_NOUN.matcher(sentence).region(cueStart, sentence.length()).lookingAt() && announcedIntent.find()
                && !MODAL_VERB.matcher(sentence.substring(cueStart)).find()) {
            // "the President announced a grant, as well as the intent to provide …": the announcer's own intent
            cueStart = announcedIntent.start();
        } else if (POSSESSIVE_OPENS.matcher(sentence).region(cueStart, sentence.length()).lookingAt()) {
            // the cue opens with the possessive itself: "announced [their commitment to]"
            Matcher verb = REPORTS_POSSESSED_CUE.matcher(sentence.substring(0, cueStart));
            if (verb.find()) {
                cueStart = verb.start();
            }
        }
        String beforeCue = sentence.substring(0, cueStart);
        String afterCue = sentence.substring(cue.end());
        for (Mention m : inside) {
            int at = m.end() - offset;
            boolean owns = at < cue.end() && (m.start() - offset > cueStart && OWNED_PLAN.matcher(sentence.substring(at, cue.end())).matches()
                    // "She reaffirmed the U.S. commitment to": a state as the attribute of the cue's noun
                    || m.norm().length() == 2 && m.start() > offset
                            && ATTRIBUTED_PLAN.matcher(sentence.substring(at, cue.end())).matches()
                            && THE_BEFORE.matcher(sentence.substring(0, m.start() - offset)).find());
            if (m.type() == MentionType.PARTY && owns) {
                // "They also announced Canada's plan to undertake a trade mission": the plan's owner alone acts
                return new Resolved(List.of(m.norm()), NAMED_SUBJECT);
            }
        }
        final int cueFrom = cueStart;
        List<String> committedBy = inside.stream().filter(m -> m.type() == MentionType.PARTY
                && m.start() - offset > cueFrom && m.end() - offset < cue.end()
                && COMMITMENTS_BY.matcher(sentence.substring(cueFrom, m.start() - offset)).find()).map(Mention::norm).toList();
        if (!committedBy.isEmpty()) {
            // "The two sides have finalized commitments by Peru to remove …": the commitments are Peru's
            return new Resolved(committedBy, NAMED_SUBJECT);
        }
        List<String> giver = supportGivers(sentence, offset, cue, inside);
        if (!giver.isEmpty()) {
            // "The envoy pledged continued support from the United States": the support is the state's, which gives it
            return new Resolved(giver, NAMED_SUBJECT);
        }
        if (WON.matcher(sentence.substring(cue.start())).lookingAt()) {
            // "secured commitments from Thailand to …": those named after "from" or "for" commit, whatever they pledge;
            // a pledge won from no party ("from internet providers") is no one's here
            List<String> won = directedParties(sentence, offset, cue, inside, text);
            return won.isEmpty() ? Resolved.NONE : new Resolved(won, NAMED_SUBJECT);
        }
        if (FORECASTING_MODAL.matcher(sentence.substring(cueStart)).find() && Clauses.isBenefit(afterCue)) {
            return Resolved.NONE; // "Sojitz will receive 30 per cent of the price": what it gets, no act it pledges
        }
        Matcher relative = CUE_IN_RELATIVE.matcher(beforeCue);
        if (FORECASTING_MODAL.matcher(sentence.substring(cueStart)).find() && relative.find() && Clauses.isGain(afterCue)
                && !partyBefore(sentence, relative.start(), offset, inside)) {
            // "DFC announced two letters of interest which will deepen partnerships with Rwanda": what the letters will
            // bring, no one's pledge, and the partners it names are no actors
            return Resolved.NONE;
        }
        // "The DOC says the nations should …": the subject follows the reporting verb.
        int subjectFrom = 0;
        LeadWordSearch.Search reported = REPORTED_SEARCH.in(beforeCue);
        while (reported.find()) {
            if (!objectThenSecondVerb(beforeCue, reported.matcher()) && !reportingNoun(beforeCue, reported.matcher())) {
                subjectFrom = reported.matcher().end();
            }
        }
        int[] quote = Clauses.quotation(sentence, cueStart);
        if (quote != null && sentence.substring(quote[0] + 1, cueStart).isBlank() && REPORTED_WILL.matcher(sentence.substring(cueStart)).lookingAt()) {
            // 'Bessent added the DFC "will participate …"': a quote that opens at the verb; its subject stands before it
            // (a quoted "shall" or "pledge to" cites a text or a call, read as before)
            quote = null;
        }
        if (quote != null) {
            subjectFrom = Math.max(subjectFrom, quote[0] + 1);
        }
        int reportedFrom = subjectFrom;
        subjectFrom = Clauses.afterCondition(beforeCue, subjectFrom);
        subjectFrom = Clauses.afterBareCondition(beforeCue, subjectFrom);
        subjectFrom = Clauses.afterMeansParticiple(beforeCue, subjectFrom);
        subjectFrom = Clauses.afterGround(beforeCue, subjectFrom);
        subjectFrom = afterReportedClause(beforeCue, subjectFrom, cueStart, offset, inside);
        Matcher ownRelative = RELATIVE_OWN_SUBJECT.matcher(beforeCue);
        if (ownRelative.find() && ownRelative.end() > subjectFrom) {
            // "… ahead of the summit in Washington, which the President will host": the clause's own subject acts, not
            // the officials of the clause it hangs on
            subjectFrom = ownRelative.end();
        }
        Matcher secondClause = SECOND_CLAUSE.matcher(beforeCue);
        int secondFrom = -1;
        while (secondClause.find()) {
            secondFrom = secondClause.end();
        }
        if (secondFrom > subjectFrom && NAMED_CLAUSE_SUBJECT.matcher(beforeCue.substring(secondFrom)).matches()) {
            // "A and B unveiled a pact, while EXIM committed $2 billion", "…, as Europe seeks to catch up": the cue is
            // the later clause's, and so is its subject (the first cue decides, so the main clause has none)
            subjectFrom = secondFrom;
        }
        int repeated = repeatedPartyClause(beforeCue, offset, inside);
        if (repeated > subjectFrom) {
            // "The United States and Ghana partner on health, and the United States is committed to …": the later clause
            // names again one of those the first named, so it has a subject of its own and the partner is not in it
            subjectFrom = repeated;
        }
        Matcher pronounClause = AND_PRONOUN.matcher(beforeCue);
        if (pronounClause.find() && pronounClause.start(1) > subjectFrom) {
            // "We are pleased to have GM as our investor and we look forward to …": the second clause's own subject
            subjectFrom = pronounClause.start(1);
        }
        Matcher thingClause = AND_THING.matcher(beforeCue);
        if (thingClause.find() && thingClause.start(1) > subjectFrom) {
            // "Chile is one of our closest partners and this agreement will enable us to …": the second clause's
            // subject is the text or a measure, whatever the first clause named
            subjectFrom = thingClause.start(1);
        }
        if (subjectFrom == 0 && Clauses.seriesPronoun(beforeCue) != null) {
            // "They discussed developments in Ukraine and pledged to …": the pronoun before the first verb is the subject,
            // read below as "they"; the object between the verbs names no one who acts
            subjectFrom = beforeCue.length();
        }
        // "OTTAWA, May 4 (Reuters) — The new partnerships will …": the subject starts after a news dateline
        String subject = beforeCue.substring(Math.max(subjectFrom, Clauses.afterDateline(beforeCue)));
        if (cue.ongoing() && demonymsPeople(subject)) {
            // "American manufacturers are stepping up their capacity": a country's firms at work, reported even in an
            // operative item; neither a party nor its pledge
            return Resolved.NONE;
        }
        Reading reading = new Reading(sentence, offset, cue, cueStart, beforeCue, afterCue, subjectFrom, reportedFrom, quote,
                subject, inside, text, context);
        Resolved settled = reading.settledBeforeNames();
        return settled != null ? settled : reading.fromNames();
    }

    /**
     * A commitment's sentence read up to its subject: the cue (its start moved back over a reporting verb that owns it),
     * the text before and after it, where the subject starts (after a reporting verb, a condition, a dateline …), where
     * the reported clause starts, and the quotation the cue is in, or null. Its methods read who commits from there.
     */
    record Reading(String sentence, int offset, ModalityCues.Cue cue, int cueStart, String beforeCue, String afterCue,
            int subjectFrom, int reportedFrom, int[] quote, String subject, List<Mention> inside, String text, Context context) {

        /**
         * Who commits, or that no one does, as the rules tell before the names in the subject are read: rights,
         * effects, forecasts, recounted acts, pronouns and officials, orders that direct or bind; null when none tells.
         */
        Resolved settledBeforeNames() {
            Matcher decision = RECORDED_DECISION_TO.matcher(sentence);
            if (subjectFrom == 0 && decision.lookingAt() && decision.end() == cueStart && !context.documentParties().isEmpty()) {
                // "It was agreed to set up a joint committee": a decision the record states without its makers is that of
                // the parties that met, the text's own
                List<String> parties = context.documentParties();
                if (context.officials().issuedByTheWhiteHouse() && parties.size() < 2) {
                    parties = pairWithTheWhiteHouse(parties, "both sides", text, offset, context.mentions());
                }
                return new Resolved(parties, DOCUMENT_PARTIES);
            }
            Matcher owner = OWNER_OF_FIRM.matcher(beforeCue);
            int ownerFrom = Clauses.afterDateline(beforeCue);
            if (owner.region(ownerFrom, beforeCue.length()).lookingAt() && quote == null) {
                int ownerEnd = offset + owner.end();
                boolean otherSubject = inside.stream().anyMatch(m -> m.type() == MentionType.PARTY && m.start() >= ownerEnd
                        && m.end() <= offset + cueStart);
                int firmAt = offset + owner.start(1);
                // "Japan's largest investor": a state's, which is no firm's owner
                boolean stateOwned = inside.stream().anyMatch(m -> m.type() == MentionType.PARTY && m.start() == firmAt
                        && m.norm().length() == 2);
                if (!otherSubject && !stateOwned) {
                    // "Liontown's biggest shareholder said it would vote against the bid": the owner acts, not the firm
                    // it owns a stake in; the owner the report names as holding that stake, or no one named
                    List<String> holder = DealSubjects.namedStakeholder(owner.group(1), offset, text, context.mentions());
                    return holder.isEmpty() ? Resolved.NONE : new Resolved(holder, INFERRED_SUBJECT);
                }
            }
            List<String> counted = countedBodies(subject, offset, context.mentions());
            if (!counted.isEmpty()) {
                // "The four agencies – EPA, USDA, DOI and CDC – signed an MOU. … the four agencies commit to …": the bodies
                // the text named, as many as the count says
                return new Resolved(counted, INFERRED_SUBJECT);
            }
            if (Clauses.isPermissionOnly(subject, sentence.substring(cueStart))) {
                return Resolved.NONE; // "Either Party may accelerate tariff cuts on the basis of its commitments to …": a right
            }
            if (FORECASTING_MODAL.matcher(sentence.substring(cueStart)).find() && DESCRIBED_DEAL.matcher(subject).find()
                    && Clauses.isThingsEffect(afterCue)) {
                // "The deal reached by the President and the Senators makes an investment in roads and will create jobs":
                // what the deal brings about, whoever reached it, is a forecast
                return Resolved.NONE;
            }
            if (FORECASTING_MODAL.matcher(sentence.substring(cueStart)).find() && NAMED_FUND_SUBJECT.matcher(subject).find()
                    && Clauses.isEffect(afterCue)) {
                // "The Andes Mining Fund will help address the funding gap", "the Fund will flow to rural towns": what a pool
                // of money brings about is its effect ("The Fund will invest $5 million in …" is still its act)
                return Resolved.NONE;
            }
            if (FORECASTING_MODAL.matcher(sentence.substring(cueStart)).find() && HELPS_ENSURE_THAT.matcher(beforeCue).find()
                    && inside.stream().noneMatch(m -> m.type() == MentionType.PARTY && m.start() - offset < cueStart)) {
                // "Patents help to ensure that inventors will be paid": what a thing brings about for those it names, in a
                // proclamation's account too, where an agentless "will" would otherwise bind its state
                return Resolved.NONE;
            }
            if (FORECASTING_MODAL.matcher(sentence.substring(cueStart)).find() && FUNDING_SUBJECT.matcher(subject).find()) {
                return Resolved.NONE; // "Funding for the Copper Institute will support …": what the money pays for
            }
            if (FORECASTING_MODAL.matcher(sentence.substring(cueStart)).find() && Clauses.isBurdenOfFirmsAtLarge(subject, sentence.substring(cueStart), afterCue)) {
                return Resolved.NONE; // "Chinese companies will need to apply for licences": what a rule lays on a trade
            }
            Matcher running = ONCE_RUNNING.matcher(beforeCue);
            int runningEnd = running.lookingAt() ? running.end() : -1;
            int subjectEnd = cueStart;
            if (runningEnd >= 0 && inside.stream().noneMatch(m -> m.type() == MentionType.PARTY
                    && m.start() - offset >= runningEnd && m.start() - offset < subjectEnd)) {
                // "Once operational, it will produce oxides": what a plant will do when it runs, not anyone's pledge
                return Resolved.NONE;
            }
            if (cue.modality() == Modality.INTENT && "it".equals(Clauses.pronounSubject(beforeCue)) && quote == null
                    && !context.documentParties().isEmpty()
                    && (DEAL_SUBJECT.matcher(beforeCue).find() || DEAL_OPENS.matcher(context.previousSentence()).find())
                    // "Arafura indicated that it planned to …" after a sentence on the deal, "The White House welcomed the
                    // pact, saying it intended to …": "it" is the party named before the reporting verb
                    && subjectParties(beforeCue.substring(0, Math.max(0, reportedFrom)), offset, inside, text).isEmpty()) {
                // "According to the MOU, it aims to foster trade between the US and Malaysia", "This partnership aims to …
                // In particular, it seeks to enable the EU to …": what the deal aims at is its parties' intent, not the
                // intent of a state it names or of the body that published it
                return new Resolved(context.documentParties(), DOCUMENT_PARTIES);
            }
            if (cue.modality() != Modality.INTENT && "it".equals(Clauses.pronounSubject(beforeCue)) && reportedFrom == 0 && quote == null
                    && !context.documentParties().isEmpty() && DEAL_LEADS.matcher(context.previousSentence()).find()
                    && !Clauses.isEffect(afterCue) && !PASSIVE_AFTER.matcher(afterCue).find()
                    && !Clauses.isAboutTheText("", afterCue)) {
                // "The partnership aims to integrate value chains. To do so, it will engage the Battery Alliance": what the
                // deal that leads the sentence before will do is its parties' plan, not the plan of a party that sentence
                // names in passing; what it will bring about ("it will boost exports") is an effect, and what will be
                // done to it ("It will be renewed for three years") or said of it as a text ("It shall remain valid for a
                // year") speaks of the text
                return new Resolved(context.documentParties(), DOCUMENT_PARTIES);
            }
            Matcher apposed = APPOSED_OFFICIAL.matcher(beforeCue);
            if (quote == null && apposed.matches()) {
                // "The Honorable Jane Roe, Administrator of the U.S. Agency for Trade, will lead …": a person acts for the
                // state whose body the title names (ANNOTATION.md §2), though the body follows "of"
                int from = offset + apposed.start(1);
                int to = offset + apposed.end(1);
                List<String> served = inside.stream().filter(m -> m.type() == MentionType.PARTY && m.start() >= from && m.end() <= to)
                        .map(m -> m.norm().length() == 2 ? m.norm() : PartyKinds.stateNamedIn(m.norm()).orElse(null))
                        .filter(java.util.Objects::nonNull).distinct().toList();
                if (served.size() == 1) {
                    return new Resolved(served, INFERRED_SUBJECT);
                }
            }
            Matcher andThat = SAID_AND_THAT_PRONOUN.matcher(beforeCue);
            if (quote == null && andThat.find()) {
                // "Halden said the agency would receive warrants, and that it expects to …": the second "that" goes on the
                // speaker's report, so the pronoun is the speaker, not the party named inside the first clause
                List<String> speakers = subjectParties(beforeCue.substring(0, andThat.start()), offset, inside, text);
                if (speakers.size() == 1) {
                    return new Resolved(speakers, INFERRED_SUBJECT);
                }
            }
            if (quote == null && PRONOUN_AND_SECRETARY.matcher(beforeCue).find() && context.officials().issuedByTheWhiteHouse()
                    && Stream.concat(context.officials().statesIn(beforeCue).stream(), context.officials().leadersIn(beforeCue).stream())
                            .allMatch("US"::equals)) {
                // "Mr. Roe previewed the talks that he and Secretary of State Jim Poe will hold": the White House's own
                // officials, whom it does not place or places in the United States, not the guests' states
                return new Resolved(List.of("US"), INFERRED_SUBJECT);
            }
            Matcher pair = PRONOUN_AND_PERSON.matcher(beforeCue);
            if (quote == null && pair.lookingAt() && context.officials().issuedByTheWhiteHouse()) {
                // "Mr. Roe spoke with Dr. Doe of X. … He and Dr. Doe agreed to …": the White House's own official, whom the
                // text placed nowhere else, acts with the guest named beside him
                Matcher person = HONORIFIC_NAME.matcher(context.previousSentence());
                List<String> guest = context.officials().statesIn(pair.group(1));
                if (guest.size() == 1 && !guest.contains("US")
                        && (!person.lookingAt() || context.officials().statesIn(person.group()).stream().allMatch("US"::equals))) {
                    return new Resolved(union(List.of("US"), guest), INFERRED_SUBJECT);
                }
            }
            if (PERSON_PRONOUN.matcher(beforeCue).find() && quote == null && cue.modality() == Modality.RECOMMENDATION) {
                List<String> told = toldOfficials(sentence, cue, context.officials());
                if (!told.isEmpty()) {
                    return new Resolved(told, 0.7); // "He urged Amir Khalid to …": the guest told to act, not the speaker
                }
            }
            if (PERSON_PRONOUN.matcher(beforeCue).find() && quote == null) {
                // "Trump said he had agreed with Xi to …", "… deals with India and Japan as he seeks to …": "he" is a
                // person, never the states named before it, and an official acts for the state they serve
                Matcher opener = OPENING_PHRASE.matcher(beforeCue);
                List<String> served = context.officials().leadersIn(opener.lookingAt() ? beforeCue.substring(opener.end()) : beforeCue);
                if (!served.isEmpty()) {
                    return new Resolved(served.subList(0, 1), INFERRED_SUBJECT);
                }
                List<String> openingOfficial = PERSON_PRONOUN.matcher(beforeCue).lookingAt()
                        ? openingOfficialState(context.previousSentence(), context) : List.of();
                if (openingOfficial.size() == 1) {
                    // "Vice President Jane Roe spoke with President Doe of X. She committed to …", "Beyond the crisis, the
                    // Vice President underscored … She committed to …": the pronoun takes up the official who was the
                    // subject before, not the guest named as the object
                    return new Resolved(openingOfficial, INFERRED_SUBJECT);
                }
                Matcher titled = TITLE_OPENS.matcher(context.previousSentence());
                if (PERSON_PRONOUN.matcher(beforeCue).lookingAt() && titled.lookingAt()
                        && BARE_TITLE_THEN_VERB.matcher(context.previousSentence().substring(titled.end())).lookingAt()) {
                    // "The Vice President thanked President Roe of X for … She reaffirmed …": the pronoun takes up the title
                    // that was the subject, the host's (or the guest's, where the guest holds that title), not the guest
                    // named as its object
                    List<String> titleHolder = context.officials().statesIn(titled.group());
                    if (titleHolder.isEmpty()) {
                        titleHolder = context.officials().hostOfGuests(titled.group(), context.documentParties(), context.mentions());
                    }
                    if (titleHolder.size() == 1) {
                        return new Resolved(titleHolder, INFERRED_SUBJECT);
                    }
                }
                Matcher person = HONORIFIC_NAME.matcher(context.previousSentence());
                if (PERSON_PRONOUN.matcher(beforeCue).lookingAt() && person.lookingAt()
                        && context.officials().statesIn(person.group()).isEmpty()) {
                    // "Mr. Sullivan thanked Sheikh Mohammed for … He urged …": the person the text does not place, the
                    // subject before, is the text's own side, the document's party that is not the guest thanked
                    List<String> guests = context.officials().statesIn(context.previousSentence());
                    List<String> own = context.documentParties().stream().filter(p -> !guests.contains(p)).toList();
                    if (own.size() == 1) {
                        return new Resolved(own, INFERRED_SUBJECT);
                    }
                }
                // "President Donald Trump signed an order. He directed the agencies to …": the one leader of the sentence before
                List<String> before = PERSON_PRONOUN.matcher(beforeCue).lookingAt()
                        ? context.officials().leadersIn(context.previousSentence()) : List.of();
                if (before.size() == 1) {
                    return new Resolved(before, INFERRED_SUBJECT);
                }
                if (PERSON_PRONOUN.matcher(beforeCue).lookingAt()) {
                    // "Minister Jane Roe said … ⏎ She will …": the official the text placed in the sentence before; "The
                    // Secretary will … He will …": an official named by title serves the state the text is about
                    // (only the previous sentence's subject: "The President urged Amir Tamim to …" names a guest as object)
                    String previous = context.previousSentence();
                    if (TITLE_OPENS.matcher(previous).lookingAt() && context.antecedents().size() == 1
                            && context.officials().hostAndGuest().isEmpty()) {
                        // the one party the official's own sentence was resolved to (not in a readout of a call with a
                        // guest leader, where the title may be either's)
                        return new Resolved(context.antecedents(), INFERRED_SUBJECT);
                    }
                    String placed = context.officials().lastPlacedIn(previous.substring(0, Math.min(previous.length(), SUBJECT_SPAN)));
                    if (placed != null) {
                        return new Resolved(List.of(placed), INFERRED_SUBJECT);
                    }
                }
            }
            List<String> possessor = titledPossessor(sentence, cueStart, context.officials());
            if (!possessor.isEmpty()) {
                // "The Vice President welcomed Prime Minister Roe’s commitment to join …": the leader's state alone
                return new Resolved(possessor, NAMED_SUBJECT);
            }
            Resolved welcomed = welcomedOwnCommitment(sentence, offset, cueStart, inside);
            if (welcomed != null) {
                return welcomed;
            }
            if ((subjectFrom == 0 || subjectFrom == reportedFrom && quote == null) && VERB_PHRASE_AND.matcher(beforeCue).find()) {
                // "India welcomes Japan's support and will expand mining": the second verb shares the sentence's subject, so
                // in a reported clause ("The draft shows that Lima has noted Chile's EU bid and agreed to …" → Lima)
                int from = offset + subjectFrom;
                List<String> leading = leadingParties(sentence.substring(subjectFrom), from,
                        inside.stream().filter(m -> m.start() >= from).toList());
                if (!leading.isEmpty() && FIRST_VERB.matcher(subject).find()) {
                    return new Resolved(leading, NAMED_SUBJECT);
                }
            }
            if (subjectFrom == 0 && VERB_PHRASE_AND.matcher(beforeCue).find()) {
                List<String> leading = leadingParties(sentence, offset, inside);
                Matcher head = LEADING_HEAD.matcher(beforeCue);
                if (leading.isEmpty() && head.lookingAt()) {
                    // "The Commission consulted the Board … and plans to": the body the leading "the Commission" refers to
                    List<String> body = Anaphors.resolve(head.group(1), offset, context.mentions(), text);
                    if (!body.isEmpty()) {
                        return new Resolved(body, INFERRED_SUBJECT);
                    }
                }
            }
            if (subjectFrom == 0 && PARTICIPLE_CUE.matcher(sentence.substring(cueStart)).lookingAt()
                    && CLAUSE_DASH_OR_COMMA.matcher(beforeCue).find()) {
                // "Italy joined U.S. and EU efforts to …, committing to …": the participle shares the sentence's subject;
                // the parties whose efforts it joined are objects
                List<String> leading = leadingParties(sentence, offset, inside);
                if (!leading.isEmpty()) {
                    return new Resolved(leading, NAMED_SUBJECT);
                }
            }
            if (DIRECTS.matcher(sentence.substring(cueStart)).find()) {
                // "The Order directs the Department of State and other agencies to assist …": those directed act
                Set<String> directed = new LinkedHashSet<>();
                String object = sentence.substring(cueStart, cue.end());
                List<String> served = whiteHouseOfficial(object, context) ? List.of("US")
                        : context.sides().homeState().isEmpty() ? context.sides().mainState() : context.sides().homeState();
                if (OFFICIAL.matcher(object).find() || AGENCIES.matcher(object).find()) {
                    directed.addAll(served); // "directs the Secretary of State to", "… and other agencies to": the state served
                }
                directed.addAll(directedParties(sentence, offset, cue, inside, text));
                if (!directed.isEmpty()) {
                    return new Resolved(List.copyOf(directed), INFERRED_SUBJECT);
                }
            }
            if (BINDS.matcher(sentence.substring(cueStart)).find()) {
                // a law's "will require" (its cue asks for a law or an order before it) binds as an agreement's "requires"
                if (REQUIRES.matcher(sentence.substring(cueStart)).find() && !BINDING_SUBJECT.matcher(beforeCue).find()
                        && !FORECASTING_MODAL.matcher(sentence.substring(cueStart)).find()) {
                    return Resolved.NONE; // "its stockholding system, which requires members to hold stocks": what is
                }
                // "The agreement requires Pfizer to offer …", "It commits the two countries to work …": those bound act
                Resolved bound = boundParties(sentence, offset, cue, inside, text, context);
                if (bound != null) {
                    return bound;
                }
            }
            if (FORECASTING_MODAL.matcher(sentence.substring(cueStart)).find() && !PASSIVE_AFTER.matcher(afterCue).find()
                    // "Japan, which holds the group's presidency, will": the possessive is the aside's, not the subject's
                    && ActivityReports.isPossessedThing(RELATIVE_ASIDE.matcher(subject).replaceFirst(" "))
                    // "The TTC's working groups will coordinate on …": a forum's own body acts for it, no thing it owns
                    && !(JOINT_BODY.matcher(subject).find() && !Clauses.isEffect(afterCue))
                    && !Anaphors.describesState(subject) // "the world's top nickel producer will …" acts
                    && !(subjectFrom == 0 && VERB_PHRASE_AND.matcher(beforeCue).find() && FIRST_VERB.matcher(beforeCue).find())
                    && (!endsInNamedBody(sentence, offset, inside, cueStart)
                            || Clauses.isEffect(afterCue) && !namedBeforeApposition(sentence, offset, inside, cueStart))) {
                // "the US government's stake in Trilogy will amount to …": an effect, whoever the thing is in
                // "President Trump’s tariffs will protect …" is an effect; "the EU’s proposals will be submitted" binds the EU
                return Resolved.NONE;
            }
            if ((FORECASTING_MODAL.matcher(sentence.substring(cueStart)).find()
                    || EXPECTED_CUE.matcher(sentence.substring(cueStart, cue.end())).matches())
                    && Clauses.isForecastOfAThing(subject, afterCue)) {
                return Resolved.NONE; // "In my judgment, these steps will provide an effective means to …": a forecast
            }
            if (FORECASTING_MODAL.matcher(sentence.substring(cueStart)).find() && THERE_BEFORE.matcher(beforeCue).find()) {
                // "there will be setbacks along the way", "there will be no tariff if they build here": what will exist, no
                // one's act (a later clause's own cue, "… and that the Government will coordinate", may still commit)
                return Resolved.NONE;
            }
            boolean forecastOfIt = FORECASTING_MODAL.matcher(sentence.substring(cueStart)).find()
                    && "it".equals(Clauses.pronounSubject(beforeCue));
            if (forecastOfIt && Clauses.isEaseOfSomething(afterCue)) {
                return Resolved.NONE; // "When prices are stable, it will be easier for firms to plan": an empty "it", no actor
            }
            if (forecastOfIt && quote == null && (Clauses.isThingsEffect(afterCue) || PASSIVE_AFTER.matcher(afterCue).find())
                    && (Clauses.opensWithThing(beforeCue) || Clauses.opensWithThing(context.previousSentence()))) {
                // "The plan will first focus on large utilities; however, it will lay the foundation for …", "The plan will
                // build on …, and it will be implemented through …": "it" is the plan, what it brings or undergoes no one's act
                return Resolved.NONE;
            }
            if (FORECASTING_MODAL.matcher(sentence.substring(cueStart)).find() && LAW_RIGHT_BEFORE.matcher(beforeCue).find()
                    && !LAW_BINDS.matcher(afterCue).lookingAt() && !DONE_BY.matcher(afterCue).lookingAt()) {
                // "The Clean Ports Act will also cap fees at …", "the framework will lower costs": a law or a framework of
                // laws does not act, what it will do is its effect, whatever the verb; "The Act will require the
                // Department to …" still binds the body it names
                return Resolved.NONE;
            }
            if (forecastOfIt && quote == null && reportedFrom == 0 && SIGNS_A_LAW.matcher(context.previousSentence()).find()) {
                // "Today, the President will sign into law the Rural Health Act. It will strengthen rural clinics …": "it"
                // is the law just signed or passed, never the person who signs it; what a law will do is its effect
                return Resolved.NONE;
            }
            final int shouldAt = offset + cueStart;
            if (sentence.startsWith("should", cueStart) && Clauses.isShouldOfAnyone(subject)
                    && inside.stream().noneMatch(m -> m.type() == MentionType.PARTY && m.start() < shouldAt)) {
                return Resolved.NONE; // "No one should have to choose …", "A person’s age should not bar …": a belief stated
            }
            if (EXPECTED_CUE.matcher(sentence.substring(cueStart, cue.end())).matches()
                    && (Clauses.isEffect(afterCue) || Clauses.isBenefit(afterCue))) {
                return Resolved.NONE; // "The deal is expected to lead to …", "The agency is expected to receive $5 million": a forecast
            }
            if (EXPECTED_CUE.matcher(sentence.substring(cueStart, cue.end())).matches() && EXPECTED_STATE.matcher(afterCue).lookingAt()) {
                return Resolved.NONE; // "the benefits are expected to be national in scope": how a thing will be, no act
            }
            if (Clauses.isRecountedPast(beforeCue, sentence.substring(cueStart))) {
                return Resolved.NONE; // "In 2019, Canada agreed to build …": a past pledge recounted, not made here
            }
            if (Clauses.isPastDirective(beforeCue, sentence.substring(cueStart))) {
                return Resolved.NONE; // "In May, the President directed the Secretary to …": an order reported, not given here
            }
            if (Clauses.isBelief(beforeCue)) {
                return Resolved.NONE; // "Convinced that the arrangements will act as a stimulus": a belief, not a pledge
            }
            if (UNDECIDED.matcher(beforeCue).find()) {
                return Resolved.NONE; // "The department has not said when it will decide": no one has committed
            }
            if (DENIED.matcher(beforeCue).find()) {
                return Resolved.NONE; // "The minister dismissed claims that Malaysia will allow …": a pledge denied
            }
            if (FORECASTING_MODAL.matcher(sentence.substring(cueStart)).find() && Clauses.isOutlook(afterCue)) {
                return Resolved.NONE; // "With this deal we will see copper prices fall": a forecast in the speakers' voice
            }
            if (STANCE_MODAL.matcher(sentence.substring(cueStart)).find() && Clauses.isStance(afterCue)) {
                return Resolved.NONE; // "We will not be intimidated", "we're going to be very tough": rhetoric, no act
            }
            if (MINDFUL_MODAL.matcher(sentence.substring(cueStart)).find() && WE_ALONE.matcher(subject).matches()
                    && Clauses.isMindful(afterCue)) {
                return Resolved.NONE; // "we must also recognize the crisis": what the speakers keep in mind, no act
            }
            if (PLANNED_FUTURE.matcher(sentence.substring(cueStart, cue.end())).matches() && Clauses.isItinerary(afterCue)) {
                return Resolved.NONE; // "The President will later visit the naval base": where someone goes, no pledge
            }
            Resolved byTheDeal = DealSubjects.boundByTheDeal(sentence, offset, cue, subject, inside, text, context);
            if (byTheDeal != null) {
                return byTheDeal;
            }
            if (Clauses.isAboutTheText(subject, afterCue) && !TEXT_AIM.matcher(sentence.substring(cueStart, cue.end())).matches()) {
                return Resolved.NONE;
            }
            if (MAY_AGREE_THAT.matcher(beforeCue).find()) {
                // "The Member States may agree that duties on these goods shall be cut more slowly": what the parties are
                // free to agree on, no duty yet
                return Resolved.NONE;
            }
            if (sentence.startsWith("will", cueStart) && Clauses.isApprovalOfTheText(afterCue)) {
                return Resolved.NONE; // "EU member states will need to approve the deal": the text's way into force
            }
            if (sentence.startsWith("will", cueStart) && Clauses.isNarration(afterCue)) {
                return Resolved.NONE; // "The Governor will explain how the state is investing …": what will be said
            }
            if (sentence.startsWith("will", cueStart) && Clauses.isDescription(afterCue)) {
                return Resolved.NONE; // "The chair will be held by Japan": who holds a post, where a plant stands
            }
            final int predicateAt = cueStart;
            if (PREDICATE_MODAL.matcher(sentence.substring(cueStart)).lookingAt() && Clauses.isPredicateNoun(afterCue)
                    && !SPEAKERS_AS_SUBJECT.matcher(subject).find() && inside.stream().noneMatch(m -> m.type() == MentionType.PARTY
                            && m.end() - offset <= predicateAt && (m.norm().length() == 2 || "EU".equals(m.norm()))
                            && STATE_RIGHT_BEFORE.matcher(sentence.substring(m.end() - offset, predicateAt)).matches())) {
                // "She will be a terrific head of the Department", "The Minister shall be the Chair", "The White House Ballroom
                // will be an addition", "Our capital must be a symbol of pride": what one is; a state's lasting role ("Canada will be a reliable supplier of copper")
                // and the speakers' own are pledged
                return Resolved.NONE;
            }
            if (Clauses.isComposition(subject, afterCue)) {
                return Resolved.NONE; // "Members of the Council shall include …": who sits on a body, as "shall be composed of"
            }
            if (sentence.startsWith("will", cueStart) && Clauses.isCapability(afterCue)) {
                return Resolved.NONE; // "Australia will be able to call on …": what the party may do, not what it pledges
            }
            return null;
        }

        /**
         * Who commits as the names in the subject tell: the names that are no object, place or possessor of another,
         * the agent of a passive duty, the party a role or a side was given to, the body a head word points back to,
         * the party told to act; else as the rest of the subject tells ({@link #fromSubject}).
         */
        Resolved fromNames() {
            if (PASSIVE_BY_GROUP.matcher(afterCue).lookingAt() && !context.documentParties().isEmpty()
                    && passiveAgents(sentence, offset, cue.end(), inside, text).isEmpty()) {
                // "Efforts will be made by both sides to …", "Steps will be taken by the two countries": the text's
                // parties named as a group are the agent and act; the thing made or taken is no party
                List<String> parties = context.documentParties();
                if (context.officials().issuedByTheWhiteHouse() && parties.size() < 2) {
                    parties = pairWithTheWhiteHouse(parties, "both sides", text, offset, context.mentions());
                }
                return new Resolved(parties, DOCUMENT_PARTIES);
            }
            List<String> examples = namedExamples(beforeCue, subjectFrom, offset, inside);
            if (!examples.isEmpty()) {
                return new Resolved(examples, NAMED_SUBJECT);
            }
            List<String> members = GroupSubjects.namedMembers(beforeCue, subjectFrom, offset, inside);
            if (!members.isEmpty()) {
                return new Resolved(members, NAMED_SUBJECT);
            }
            Set<String> named = new LinkedHashSet<>();
            boolean previousExcluded = false;
            boolean previousBetween = false;
            int previousEnd = -1;
            Mention lastNamed = null;
            int[] consulted = consulted(beforeCue, subjectFrom);
            int[] makeUp = makeUpAside(beforeCue, subjectFrom);
            if (makeUp == null) {
                // "Laos, which chairs ASEAN this year, will host …": what the subject does besides; the party it names
                // is no subject
                Matcher aside = RELATIVE_ASIDE.matcher(beforeCue);
                makeUp = aside.find(subjectFrom) ? new int[] {aside.start(), aside.end()} : null;
            }
            // "We acknowledge ASEAN and the Pacific Islands Forum and will work alongside them": the bodies are objects of
            // the first verb; "we" acts in both clauses
            // "To that end, Prime Minister Roe expressed support for the Framework, and pledged to …": the leader acts in
            // both clauses, the body named is the first verb's object
            String leaderActsTwice = VERB_PHRASE_AND.matcher(beforeCue).find()
                    && LEADING_HEAD_OF_STATE.matcher(beforeCue.substring(subjectFrom)).lookingAt()
                    && LEADERS_OWN_CUE.matcher(sentence).region(cueStart, sentence.length()).lookingAt()
                    ? context.officials().leadingLeaderState(beforeCue.substring(subjectFrom)) : null;
            if (leaderActsTwice == null && context.officials().issuedByTheWhiteHouse() && VERB_PHRASE_AND.matcher(beforeCue).find()
                    && HOSTS_TITLE_THEN_VERB.matcher(beforeCue.substring(subjectFrom)).lookingAt()
                    && LEADERS_OWN_CUE.matcher(sentence).region(cueStart, sentence.length()).lookingAt()) {
                // "The President praised Norway’s role … and stressed his commitment to …" in a White House record: its
                // own President acts in both clauses, the state praised or congratulated is the first verb's object
                leaderActsTwice = "US";
            }
            boolean weActTwice = subjectFrom == 0 && VERB_PHRASE_AND.matcher(beforeCue).find()
                    && (LEADING_WE.matcher(beforeCue).lookingAt() || LEADING_SIDE.matcher(beforeCue).lookingAt()
                            && !context.sides().named(beforeCue).isEmpty())
                    && FIRST_VERB.matcher(beforeCue).find() || leaderActsTwice != null;
            // "LIMA, Peru, May 4 (Reuters) - Chile will …": the state in a dateline is where the news was filed
            int afterDateline = Clauses.afterDateline(beforeCue);
            int listedFrom = listedExamplesFrom(beforeCue, subjectFrom, offset, inside);
            // "- **Linking Grids within ASEAN**: USTDA plans …", "Building upon USAID's work, USTDA will …": the item's
            // heading and an opening phrase of what the act builds on name no one who acts
            int leadingAside = leadingHeadingOrGround(beforeCue, offset, inside);
            for (Mention m : inside) {
                int at = m.start() - offset;
                if (weActTwice || m.type() != MentionType.PARTY || at < subjectFrom || at < afterDateline || at >= cueStart
                        || at < leadingAside
                        || consulted != null && at >= consulted[0] && at < consulted[1]
                        || makeUp != null && at >= makeUp[0] && at < makeUp[1]) {
                    continue;
                }
                // Only the words just before a name matter; a bounded window keeps long sentences linear.
                String before = sentence.substring(Math.max(subjectFrom, at - BEFORE_NAME), at);
                // "between Canada and Chile will bring": both are objects; "by China and the G7 powers should": a new subject
                boolean sharesTheRole = AND_BEFORE.matcher(before).find()
                        && (previousBetween || !OWN_CUE_AFTER.matcher(sentence.substring(m.end() - offset, cueStart)).matches());
                boolean excluded = afterPreposition(sentence, Math.max(subjectFrom, at - BEFORE_NAME), at)
                        && !PEOPLE_FROM.matcher(sentence.substring(Math.max(subjectFrom, afterDateline), at)).matches()
                        && !(ABSOLUTE_WITH.matcher(before).find() && m.end() - offset <= cueStart
                                && ABSOLUTE_WITH_CUE.matcher(sentence.substring(m.end() - offset)).lookingAt())
                        // "condemn Russia’s use of … and reaffirm their commitment to": what the subject opposes, no subject
                        || OPPOSING_VERB_BEFORE.matcher(before).find()
                        || previousExcluded && (HYPHENATED.matcher(before).find() || sharesTheRole
                                || previousEnd >= 0 && SHORT_NAME_OPENS.matcher(sentence.substring(previousEnd, at)).matches()
                                || previousEnd >= 0 && m.norm().length() == 2
                                        && LIST_COMMA.matcher(sentence.substring(previousEnd, at)).matches()
                                        && LIST_GOES_ON.matcher(sentence.substring(m.end() - offset)).lookingAt())
                        || Clauses.isInName(text, m) || isPlaceInPhrase(sentence, offset, m, inside)
                        || headedBody(m, sentence.substring(m.end() - offset)) // "The EPA Administrator shall": its head acts
                        || isCreatedBody(sentence, Math.max(subjectFrom, at - BEFORE_NAME), at, m.end() - offset)
                        // "between Ardent Mining and Qatar’s wealth fund QIA": the body a left-out state owns is left out too
                        || previousExcluded && previousEnd >= 0 && previousEnd <= at
                                && POSSESSIVE_GAP.matcher(sentence.substring(previousEnd, at)).matches();
                // "Japanese companies such as Marubeni and Itochu will invest": the examples listed up to the verb act
                excluded &= listedFrom < 0 || at < listedFrom;
                // "US-based Cove Capital", "Tau-Ken Samruk, Kazakhstan's mining company,": a state that only describes a
                // firm; a name coordinated after it ("…, and Tau-Ken Samruk") still acts
                boolean describes = SEAT_OF.matcher(sentence.substring(m.end() - offset)).lookingAt()
                        // "Quorvane, a U.S. company, will build …": the state only says whose firm the subject is
                        || STATE_IN_FIRM_APPOSITION.matcher(sentence.substring(subjectFrom, at)).matches()
                                && FIRM_APPOSITION_AFTER.matcher(sentence.substring(m.end() - offset, cueStart)).lookingAt()
                        || previousEnd >= 0 && APPOSITION_OPENS.matcher(sentence.substring(previousEnd, at)).matches()
                                && POSSESSOR_IN_APPOSITION.matcher(sentence.substring(m.end() - offset, cueStart)).lookingAt()
                        // "Ulaan Lithium, a consortium of A, B and C, will": the named venture acts, not the members listed
                        || MEMBERS_APPOSITION.matcher(sentence.substring(subjectFrom, at)).matches()
                        // "The firm, the largest buyer in Europe outside Chile, plans …": a place inside the subject's apposition
                        // "Orvik's largest shareholder group, A and B, said it would": the holder acts, not the firm held
                        || HOLDER_POSSESSED.matcher(sentence.substring(m.end() - offset, cueStart)).lookingAt()
                        // "The U.S. company had agreed to …": the state only says which firm named before is meant
                        || THE_BEFORE_STATE.matcher(sentence.substring(subjectFrom, at)).matches()
                                && STATES_FIRM_AS_SUBJECT.matcher(sentence.substring(m.end() - offset, cueStart)).matches()
                        || PLACE_IN_SUBJECT_APPOSITION.matcher(sentence.substring(subjectFrom, at)).matches()
                                && APPOSITION_CLOSES_BEFORE_CUE.matcher(sentence.substring(m.end() - offset, cueStart)).matches();
                excluded = excluded || describes;
                // "Congo's Tshisekedi and Rwanda's Kagame committed to": the possessors of a pair of leaders act together
                boolean possessiveConjunct = previousEnd >= 0 && previousEnd <= at && !previousExcluded
                        && POSSESSIVE_AND.matcher(sentence.substring(previousEnd, at)).matches();
                previousBetween = BETWEEN_BEFORE.matcher(before).find() || previousBetween && sharesTheRole;
                previousExcluded = excluded && !describes;
                previousEnd = m.end() - offset;
                if (!excluded && !DealSubjects.possessesNamedBody(sentence, offset, m, inside, cueStart)) {
                    named.addAll(GroupSubjects.membersOrActor(text, m, context));
                    named.addAll(hyphenedDemonym(sentence, at, m.end() - offset));
                    lastNamed = m;
                }
                // "Japan’s commitment to": the possessor alone commits.
                int gap = cueStart - (m.end() - offset);
                // The cue may begin with the possessive itself ("’s commitment to").
                // Not "Japan’s JOGMEC signed …", where the possessed word is a body named: that body acts.
                if (gap >= 0 && gap <= BEFORE_NAME && !DealSubjects.possessesNamedBody(sentence, offset, m, inside, cueStart)
                        && (POSSESSIVE_CUE.matcher(sentence.substring(m.end() - offset, cueStart)).matches()
                        || gap == 0 && POSSESSIVE_START.matcher(sentence.substring(cueStart)).find())
                        && !MODAL_VERB.matcher(sentence.substring(cueStart)).find()) {
                    return new Resolved(possessiveConjunct && !excluded ? List.copyOf(named) : List.of(m.norm()), NAMED_SUBJECT);
                }
            }
            if (leaderActsTwice != null) {
                named.add(leaderActsTwice);
            }
            if (!named.isEmpty() && SIDE_JOINED.matcher(subject).find()) {
                named.addAll(context.sides().named(subject)); // "The Peruvian side and Chile will …": the side acts too
            }
            if (!named.isEmpty() && CONTINENT_JOINED.matcher(subject).find()
                    && context.documentParties().contains(AFRICAN_UNION)) {
                // "The United States and Africa will …" in a statement the African Union makes: the continent is no
                // party, the Union speaking for it is; where the Union is no speaker only the state named acts
                named.add(AFRICAN_UNION);
            }
            if (!named.isEmpty() && AND_THE_PARTNERS.matcher(subject).find() && context.documentParties().containsAll(named)) {
                named.addAll(context.documentParties()); // "South Africa and the IPG will": the state and its partners
            }
            if (!named.isEmpty() && undergoesAct(sentence, offset, subjectFrom, cueStart, afterCue, inside)) {
                // "The Republic of Korea shall be removed from the list": the state named undergoes the act; whoever issues the
                // measure acts, or the document's other parties; no one if the text names no other
                List<String> actors = new ArrayList<>(context.sides().issuer().isEmpty() ? context.documentParties() : context.sides().issuer());
                actors.removeAll(named);
                return actors.isEmpty() ? Resolved.NONE : new Resolved(List.copyOf(actors), DOCUMENT_PARTIES);
            }
            if (PASSIVE_AFTER.matcher(afterCue).find()) {
                // "Notice shall be given by Chile": the agent of a passive duty is the party that acts; so in "The Fund will
                // be managed by Kyiv and Washington", where the subject named is what they act on
                List<String> agents = passiveAgents(sentence, offset, cue.end(), inside, text);
                if (!agents.isEmpty() && Collections.disjoint(agents, named)
                        && !GroupSubjects.isGroup(subject, sentence, offset, beforeCue.length() - subject.length(), null, inside)) {
                    return new Resolved(agents, NAMED_SUBJECT);
                }
            }
            if (named.isEmpty()) {
                // "The Seller shall deliver …" after "X Pty Ltd (the “Seller”)": the party the role was given to
                List<String> roled = context.roles().subjects(subject);
                if (!roled.isEmpty()) {
                    return new Resolved(roled, NAMED_SUBJECT);
                }
                // "The Korean side will", "the German Side intends": that state's own party among the document's
                List<String> side = context.sides().named(subject);
                if (!side.isEmpty()) {
                    return new Resolved(union(side, CoActors.alsoActing(sentence, offset, cue, inside, text, context)), 0.8);
                }
                // "The two Japanese companies will …", "the Korean partners": the firms named before, not their state
                List<String> group = Anaphors.firmsReferredTo(subject, offset, context.mentions(), text);
                if (!group.isEmpty()) {
                    return new Resolved(group, INFERRED_SUBJECT);
                }
                // "European companies are expected to invest …": the state whose firms they are
                List<String> firms = Sides.firmsOf(subject);
                if (!firms.isEmpty() && !Clauses.isEffect(afterCue) && quote == null) {
                    // a quoted speaker's "Japanese companies will invest where …" says what others do, it pledges nothing
                    return new Resolved(firms, INFERRED_SUBJECT);
                }
                if (Anaphors.describesState(subject) && STATE_OF_BEING.matcher(afterCue).lookingAt() && Clauses.isEffect(afterCue)) {
                    // "the country will be prone to shortages": what befalls a state, no pledge; its acts ("would cut taxes") are
                    return Resolved.NONE;
                }
                // "The Department will publish …": the last body the text named with that head word, unless the one who
                // says so speaks for a body of that kind ("Commerce Secretary Roe said the department will …")
                List<String> spoken = reportedFrom > 0
                        ? Anaphors.speakersBody(subject, beforeCue.substring(0, reportedFrom), offset, context.mentions()) : null;
                List<String> body = spoken != null ? spoken : theBloc(subject, offset, context).isEmpty()
                        ? Anaphors.resolve(subject, offset, context.mentions(), text) : theBloc(subject, offset, context);
                // ("These agencies called on insurers to …": those told act, read below, not the agencies)
                if (!body.isEmpty() && !(cue.modality() == Modality.RECOMMENDATION && Anaphors.namesAgencies(subject))) {
                    return new Resolved(union(body, CoActors.alsoActing(sentence, offset, cue, inside, text, context)),
                            INFERRED_SUBJECT);
                }
            }
            if (cue.modality() == Modality.RECOMMENDATION && named.isEmpty()) {
                // "We invite the International Energy Agency to prepare …": the party told to act is the one that acts;
                // a named subject recommends in its own name ("Canada calls on Chile to …")
                List<String> told = toldParties(sentence, offset, cue, inside, text);
                told = told.isEmpty() ? toldOfficials(sentence, cue, context.officials()) : told;
                if (!told.isEmpty()) {
                    return new Resolved(told, 0.7);
                }
                if (TOLD_CHAMBER.matcher(sentence.substring(cue.start())).lookingAt()
                        && (context.officials().issuedByTheWhiteHouse() || americanAdministration(text, context))) {
                    // "I urge the Senate to send the bill to my desk": the chamber told to act, as its Congress
                    return new Resolved(List.of("United States Congress"), 0.6);
                }
                if (!context.documentParties().isEmpty()
                        && TOLD_GROUP.matcher(sentence.substring(cue.start())).lookingAt()) {
                    // "The MoU urges both sides to facilitate …": the group told to act is the document's parties, not the
                    // party named last before it
                    return new Resolved(context.documentParties(), GROUP_SUBJECT);
                }
            }
            return fromSubject(named, lastNamed);
        }

        /**
         * The states the subject's officials serve as their titles name them after "of", where they act ("The Minister of
         * Mines of Peru will", "the Governor of the Central Bank of Chile shall" → CL; not "in consultation
         * with the Minister of Mines of Peru"): a state named so, or the state a body named so is in.
         */
        private List<String> titleStates() {
            Set<String> states = new LinkedHashSet<>();
            int from = offset + subjectFrom;
            for (Mention m : inside) {
                int at = m.start() - from;
                if (m.type() != MentionType.PARTY || at <= 0 || m.end() - from > subject.length()) {
                    continue;
                }
                if (headedBody(m, subject.substring(m.end() - from))) {
                    PartyKinds.stateNamedIn(m.norm()).ifPresent(states::add); // "the EPA Administrator": the agency's state
                    continue;
                }
                int title = Officials.titleOf(subject.substring(0, at));
                if (title >= 0 && !NOT_SUBJECT_BEFORE.matcher(subject.substring(0, title)).find()) {
                    (Sides.isState(m.norm()) ? Optional.of(m.norm()) : PartyKinds.stateNamedIn(m.norm())).ifPresent(states::add);
                }
            }
            states.addAll(Officials.portfolioStatesIn(subject)); // "The Minister of Economy, Trade and Industry will"
            return List.copyOf(states);
        }

        /**
         * Who commits when the names alone did not tell: the group the subject speaks for ("we", "the two sides"), the
         * named parties with those acting beside them, a pronoun's or an official's party, or the document's parties;
         * no one for an effect, a forecast or a report. {@code named}: the parties named in the subject, {@code
         * lastNamed} the last of them.
         */
        private Resolved fromSubject(Set<String> named, Mention lastNamed) {
            // "I have directed my team to …": the speaker's standing order to their own staff is their state's pledge, as
            // "we direct" is; a past "I directed …" reports an order given
            boolean speakerDirects = SPEAKER_HAS_DIRECTED.matcher(subject).find()
                    && HAS_DIRECTED_CUE.matcher(sentence.substring(cue.start())).lookingAt();
            // where the subject's text starts: after a dateline ("TORONTO (Reuters) - The governments of …"), past subjectFrom
            // "I will keep fighting to …" in the President's own statement (no quotation, no transcript's turns): the
            // speaker's pledge is their state's, as "we" is
            // (and "We will …" in one that names no party at all); a pledge by modal or commitment, not the speaker's
            // thanks, hopes or calls, nor what they will say ("I will just say that …", "We will never forget")
            boolean speakerPledges = !speakerDirects && named.isEmpty()
                    && (SPEAKER_I.matcher(subject).find() || context.documentParties().isEmpty()
                            && SPEAKERS_AS_SUBJECT.matcher(subject).find() && Clauses.isFirstPerson(subject))
                    && SPEAKERS_PLEDGE_CUE.matcher(sentence.substring(cueStart)).lookingAt()
                    && !SPEAKERS_TALK.matcher(afterCue).lookingAt()
                    && quote == null && context.officials().issuedByTheWhiteHouse() && !context.officials().hasTurns()
                    && !SPOKEN_TITLE.matcher(text.substring(0, DocumentParties.titleEnd(text))).find()
                    && Clauses.openQuotation(text, offset, offset + cueStart) == null;
            boolean group = speakerDirects || speakerPledges
                    || GroupSubjects.isGroup(subject, sentence, offset, beforeCue.length() - subject.length(), lastNamed, inside);
            boolean firstPerson = speakerDirects || speakerPledges || Clauses.isFirstPerson(subject);
            if (group && named.isEmpty() && (Clauses.isEffect(afterCue) || Clauses.isNeed(afterCue))
                    && (isOurThing(subject) || gerundIsSubject(subject))) {
                // "Our collaboration will complement …", "Building smelters in both countries will create jobs": effects;
                // "Meeting our goals will require sustained investment": what the act takes, no one's pledge
                return Resolved.NONE;
            }
            if (lastNamed != null && Clauses.qualifiesPrivatePersons(sentence, lastNamed.end() - offset, cueStart)) {
                // "EU individuals will continue to be barred from …": the union's people, no act of the union
                return Resolved.NONE;
            }
            List<String> alsoActing = CoActors.alsoActing(sentence, offset, cue, inside, text, context);
            boolean agent = OFFICIAL.matcher(subject).find() || JOINT_BODY.matcher(subject).find()
                    || MANDATE_OF_BODY.matcher(subject).find();
            boolean volitional = VOLITIONAL_CUE.matcher(sentence.substring(cue.start())).lookingAt()
                    // "the miner said it would cut spending": the speaker's own measure, not what a thing brings about
                    || SPEAKERS_IT.matcher(beforeCue).find() && OWN_MEASURE.matcher(afterCue).lookingAt()
                    // "the ministry will raise the recycling target": an unnamed state body's measure is the state's
                    || named.isEmpty() && THE_GOVERNMENT.matcher(beforeCue).find() && OWN_MEASURE.matcher(afterCue).lookingAt()
                    // "The Government will lower the share of imports. It will raise the recycling rate": the same government
                    || named.isEmpty() && OWN_MEASURE.matcher(afterCue).lookingAt() && governmentGoesOn(beforeCue, text, offset)
                    // "The CEPA aims to eliminate tariffs …": what a deal aims at is its parties' intent, whatever the verb
                    // ("The CEPA will eliminate tariffs" forecasts)
                    || cue.modality() == Modality.INTENT && named.isEmpty() && DEAL_HEAD.matcher(beforeCue).find()
                            && TEXT_AIM.matcher(sentence.substring(cueStart, cue.end())).matches()
                    // "They aim to accelerate …", "We share the ambition to transform …": the parties' own aim, whatever the
                    // verb ("they are expected to accelerate" forecasts)
                    || cue.modality() == Modality.INTENT && named.isEmpty() && OWN_AIM_PRONOUN.matcher(beforeCue).find()
                            && !EXPECTED_CUE.matcher(sentence.substring(cueStart, cue.end())).lookingAt();
            // "Consular officers shall reduce the validity of …": staff under a duty take the measure, as an official does
            boolean staffBound = cue.modality() == Modality.OBLIGATION && STAFF_SUBJECT.matcher(subject).find();
            if (!group && !volitional && !staffBound && Clauses.isEffect(afterCue) && (named.isEmpty() && !agent || lastNamed != null
                    && Clauses.qualifiesAThing(sentence, lastNamed.end() - offset, cueStart))) {
                return Resolved.NONE; // "U.S. exports will no longer face …" is an effect, not a pledge
            }
            if (!volitional && FORECASTING_MODAL.matcher(sentence.substring(cueStart)).find()
                    && (Clauses.isEffect(afterCue) && MEANS_OPENER.matcher(beforeCue).lookingAt()
                            // "In doing so, we will advance growth and security": the act was the sentence before's, this
                            // one says what it brings, in any verb of a thing's effect ("In doing so, the Agency will build
                            // on …" still names an act)
                            || Clauses.isThingsEffect(afterCue) && !SEES_TO_IT.matcher(afterCue).lookingAt()
                                    && DOING_SO_OPENER.matcher(beforeCue).lookingAt())
                    && inside.stream().noneMatch(m -> m.type() == MentionType.INSTRUMENT
                            && !"investment".equals(m.norm())
                            && m.start() - offset >= cue.end() && m.start() - offset < cue.end() + BEFORE_NAME)) {
                // "By partnering with Germany, Canada will boost its exports": what the means will bring; a measure it
                // takes is still its pledge ("By signing the pact, Canada will reduce tariffs"), more investment is not one
                // ("…, Canada will boost domestic investment")
                return Resolved.NONE;
            }
            if (!group && lastNamed != null && FORECASTING_MODAL.matcher(sentence.substring(cueStart)).find()
                    && !PASSIVE_AFTER.matcher(afterCue).find() && Clauses.isPartysThing(sentence, lastNamed.end() - offset, cueStart)) {
                return Resolved.NONE; // "the new Corfo contracts will ensure …": what a thing will do, an effect
            }
            if (cue.operativeOnly() && !group && named.isEmpty()) {
                return Resolved.NONE; // "the number of new cases is accelerating": a progressive with no party is no one's act
            }
            if (cue.ongoing() && (!group || cue.operativeOnly()) && !context.operative()) {
                // a fact sheet's "is taking action to" reports, it does not commit; a leaders' "we are expanding" neither
                return Resolved.NONE;
            }
            Matcher weAre = WE_APPOSITION.matcher(subject);
            if (group && weAre.find()) {
                // "now we, the Republic of Korea, will …": the apposition says who "we" is
                int from = offset + subjectFrom + weAre.start(1);
                int to = offset + subjectFrom + weAre.end(1);
                List<String> we = inside.stream().filter(m -> m.type() == MentionType.PARTY && m.start() >= from && m.end() <= to)
                        .map(Mention::norm).distinct().toList();
                if (!we.isEmpty()) {
                    return new Resolved(we, NAMED_SUBJECT);
                }
            }
            if (group) {
                named.addAll(groupsParties(named, lastNamed, firstPerson, speakerPledges));
            }
            Matcher signers = SIGNED_BY_APPOSITION.matcher(subject);
            if (!named.isEmpty() && signers.find()) {
                // "Pax Aurum, an agreement signed by Canada, Peru and Chile, aims to …": the deal does not act, its signers do
                int from = offset + subjectFrom + signers.start(1);
                int to = offset + subjectFrom + signers.end(1);
                List<String> signed = inside.stream().filter(m -> m.type() == MentionType.PARTY && m.start() >= from && m.end() <= to)
                        .map(Mention::norm).distinct().toList();
                if (signed.size() > 1) {
                    return new Resolved(signed, NAMED_SUBJECT);
                }
            }
            if (!named.isEmpty()) {
                if (!group && UNNAMED_STATE_BODY.matcher(subject).find() && named.stream().noneMatch(n -> n.length() == 2)) {
                    // "KEXIM and the trade ministry will": the ministry of the state the named body belongs to
                    named.addAll(PartyKinds.stateOf(List.copyOf(named)).map(List::of).orElse(context.sides().mainState()));
                }
                if (!group || BODY_AND_GROUP.matcher(subject).lookingAt()) {
                    // "the company and the U.S. government are seeking to …": the firm "the company" refers back to acts
                    // too, as the body does that opens a group's subject ("The Commission and member states will …")
                    named.addAll(joinedAnaphors(subject, offset + subjectFrom, context.mentions(), text));
                }
                String itsSpeaker = !group && IT_AND.matcher(subject).lookingAt()
                        ? speakerBefore(sentence, offset, inside, reportedFrom) : null;
                if (itsSpeaker != null) {
                    named.add(itsSpeaker); // "Kestrel added that it and Halden have agreed to …": "it" is the one who says so
                }
                named.addAll(alsoActing);
                if (!group) {
                    named.addAll(Sides.firmsBesideNamed(subject)); // "Swiss and Liechtenstein companies will": both states
                }
                // "Chinese President Xi Jinping and US President Donald Trump agreed": the demonym names China
                named.addAll(context.officials().statesByDemonymIn(subject));
                named.addAll(context.officials().commissionersActingIn(subject)); // "Commissioner for Trade Roe and …"
                if (!group) {
                    // "Prime Minister Jane Roe and Japan's Prime Minister …": the leader beside the named state acts too
                    named.addAll(context.officials().titledLeadersIn(subject));
                }
                named.addAll(theBloc(subject, offset, context)); // "the bloc and the U.S. committed to …"
                return new Resolved(List.copyOf(named), group ? GROUP_SUBJECT : NAMED_SUBJECT);
            }
            if (THE_GOVERNMENT.matcher(beforeCue).find()) {
                // "South Korea's trade ministry said the government would …": the speaker's state; else the state the text
                // is about ("The government also plans to take stakes …")
                String speaker = beforeCue.substring(0, Math.max(0, reportedFrom));
                List<String> states = subjectParties(speaker, offset, inside, text).stream().filter(n -> n.length() == 2).toList();
                if (states.isEmpty()) {
                    // "Peru's energy minister said his government would", "Lutnick said the government would"
                    states = context.officials().leadersIn(speaker);
                }
                if (states.isEmpty()) {
                    states = openingPlace(beforeCue, offset, inside);
                }
                // a ministry's release means its own government, however often it names the partner
                List<String> home = context.sides().releaser().isEmpty() ? context.sides().mainState() : context.sides().releaser();
                String who = quote != null && reportedFrom <= quote[0] + 1
                        ? Clauses.attributionText(text, new int[] {offset + quote[0], offset + quote[1]}) : speaker;
                if (states.isEmpty() && home.equals(List.of("US")) && Officials.isMinister(who, text, offset)) {
                    // "Finance Minister Roe said the government would …", "“The government will …,” Roe said" after
                    // "Industry Minister Roe": the US has secretaries, so the minister serves the other state the text names
                    List<String> other = context.sides().mainStateBesides("US");
                    home = other.isEmpty() ? home : other;
                }
                if (states.isEmpty() && home.isEmpty()) {
                    // "Lithium Co reached a deal with the Department of Energy … the government agreed to": no state is
                    // named, the government is the one whose bodies the text names
                    home = stateOfNamedBodies(context.mentions());
                }
                List<String> state = states.isEmpty() ? home : states.subList(0, 1);
                if (!state.isEmpty()) {
                    Matcher firmsAnd = FIRMS_AND_THE_GOVERNMENT.matcher(beforeCue);
                    if (firmsAnd.find()) {
                        // "The two companies and the government agreed to …": the firms named before act with it
                        List<String> firms = Anaphors.firmsReferredTo(firmsAnd.group(1), offset + firmsAnd.start(1),
                                context.mentions(), text);
                        return new Resolved(union(firms, state), 0.6);
                    }
                    return new Resolved(state, 0.6);
                }
            }
            if (reportedFrom > 0 && THE_SPEAKERS_DEPARTMENT.matcher(beforeCue).find()) {
                // "Secretary Roe said the Department will …", "Lutnick said the administration would …": the state of the
                // official who speaks, where the text or the list of leaders places them
                List<String> served = context.officials().leadersIn(beforeCue.substring(0, reportedFrom));
                if (served.size() == 1) {
                    return new Resolved(served, 0.6);
                }
            }
            if (BARE_ADMINISTRATION.matcher(beforeCue).find() && americanAdministration(text, context)) {
                // "The administration agreed to buy …" in a report on a deal of the United States that names no leader:
                // an administration with no name of its own is the United States' government in this usage
                return new Resolved(List.of("US"), 0.6);
            }
            if (BARE_CHAMBER.matcher(beforeCue).find() && CHAMBER_URGED.matcher(sentence.substring(cue.start())).lookingAt()
                    && (context.officials().issuedByTheWhiteHouse() || americanAdministration(text, context))) {
                // "The Senate should pass the bill" in a statement of the United States: the Congress the chamber belongs to
                return new Resolved(List.of("United States Congress"), 0.6);
            }
            if (GOVERNMENT_PROGRAMME.matcher(beforeCue).matches()) {
                // "The Mission will intensify exploration", "Under it, the Scheme will support …" in a government's
                // release: the programme is the government's means, so the government acts
                List<String> home = context.sides().releaser().isEmpty() ? context.sides().mainState() : context.sides().releaser();
                if (home.size() == 1 && home.get(0).length() == 2) {
                    return new Resolved(home, 0.6);
                }
            }
            if (ADDRESSEE.matcher(subject).find() && !context.sides().issuer().isEmpty()) {
                // "You are authorized and directed to …" in a President's memorandum: the official it is addressed to
                return new Resolved(context.sides().issuer(), INFERRED_SUBJECT);
            }
            String shared = Clauses.seriesPronoun(beforeCue);
            String pronoun = shared != null ? shared : Clauses.pronounSubject(beforeCue, sentence.substring(cueStart));
            if (pronoun != null && Clauses.namesOneOfTheParties(beforeCue) && !context.documentParties().isEmpty()
                    && subjectParties(beforeCue, offset, inside, text).isEmpty()) {
                // "Where a Party adopts a measure, it shall notify …": "it" is whichever party does so, so each of them
                return new Resolved(context.documentParties(), GROUP_SUBJECT);
            }
            if (pronoun != null) {
                // "The EU confirms that it will": the antecedent is in the sentence; else the previous sentence's subject.
                // "Korea's state-run KEXIM and Selto said they will": the body acts, not the state that owns it
                // a dateline's state ("HIROSHIMA, Japan, May 20 (Reuters) - G7 leaders said they …") is where the news was filed
                int dateline = Clauses.afterDateline(beforeCue);
                List<Mention> spoken = dateline == 0 ? inside
                        : inside.stream().filter(m -> m.start() - offset >= dateline).toList();
                List<String> within = ownersLeftOut(subjectParties(beforeCue.substring(0, Math.max(0, reportedFrom)), offset, spoken, text),
                        sentence, offset, inside, reportedFrom);
                if (within.size() > 1) {
                    // "Orvik's largest shareholder group, A and B, said it would": the holders speak, not the firm held
                    List<String> held = spoken.stream().filter(m -> m.start() - offset < reportedFrom && m.end() - offset <= sentence.length()
                            && HOLDER_POSSESSED.matcher(sentence.substring(m.end() - offset)).lookingAt()).map(Mention::norm).toList();
                    List<String> holders = within.stream().filter(n -> !held.contains(n)).toList();
                    within = holders.isEmpty() ? within : holders;
                }
                String speaker = pronoun.equals("it") && within.size() > 1 ? speakerBefore(sentence, offset, inside, reportedFrom) : null;
                if (speaker != null) {
                    within = List.of(speaker); // "U.S. miner MP Materials said it …": the name right before the verb says it
                }
                if (within.isEmpty() && subjectFrom > reportedFrom && shared == null) {
                    // "As France takes over the presidency, it will …": the leading clause's own subject
                    within = subjectParties(beforeCue.substring(0, subjectFrom), offset, inside, text);
                }
                if (within.isEmpty()) {
                    // "The department said it would decide …": the body "the department" refers back to
                    within = Anaphors.resolve(beforeCue.substring(0, Math.max(0, reportedFrom)), offset, context.mentions(), text);
                }
                if (within.isEmpty() && pronoun.equals("it") && UNNAMED_STATE_SPEAKER.matcher(beforeCue).lookingAt()) {
                    // "The commerce ministry said it would …" after a spokesperson's quotation: the state whose ministry
                    // speaks, as for "the ministry will …"
                    within = context.sides().releaser().isEmpty() ? context.sides().mainState() : context.sides().releaser();
                }
                if (within.isEmpty() && pronoun.equals("they")
                        && (OUTSIDE_SPEAKERS.matcher(beforeCue.substring(0, Math.max(0, reportedFrom))).find()
                                || OUTSIDE_SPEAKERS_FIRST_CLAUSE.matcher(beforeCue.substring(0, Math.max(0, reportedFrom))).find())) {
                    return Resolved.NONE; // "Environmental groups said they would oppose the mine": the speakers are no party
                }
                List<String> antecedent = within.isEmpty() ? context.antecedents() : within;
                if (pronoun.equals("it") && within.isEmpty() && !context.documentParties().isEmpty() && context.antecedents().size() != 1
                        && JOINT_BODY_OPENS.matcher(context.previousSentence()).find()) {
                    // "The Joint Committee will be co-chaired by … It will meet yearly": the body of all the parties; a body the
                    // previous sentence resolved to one party ("the Council" named as such) stays that party
                    return new Resolved(context.documentParties(), INFERRED_SUBJECT);
                }
                if (pronoun.equals("they") && antecedent.isEmpty() && context.documentParties().size() == 1
                        && "intl".equals(PartyKinds.of(context.documentParties().get(0)))
                        && (MEMBER_PEOPLE_LEAD.matcher(beforeCue.substring(0, Math.max(0, reportedFrom))).lookingAt()
                                || MEMBER_PEOPLE_LEAD.matcher(context.previousSentence()).lookingAt())) {
                    // "Leaders said they would …", "Ministers at the meeting noted … They also directed …" in a report on a
                    // group's meeting: the group's members, who speak as the group
                    return new Resolved(context.documentParties(), INFERRED_SUBJECT);
                }
                if (pronoun.equals("it") && within.isEmpty() && context.operative() && antecedent.size() > 1
                        && antecedent.equals(context.documentParties())
                        && AGENTLESS_PASSIVE_AFTER.matcher(sentence.substring(cue.end())).lookingAt()) {
                    // "If such differences cannot be settled, it shall be submitted to the Council": a thing of the provision
                    // before, handled by the parties as an agentless provision, not the first party named
                    return new Resolved(context.documentParties(), DOCUMENT_PARTIES);
                }
                if (pronoun.equals("it") && antecedent.size() > 1) {
                    antecedent = List.of(antecedent.get(0)); // the earlier subject, not the object: "A met B. It will …"
                } else if (pronoun.equals("they") && antecedent.size() < 2 && context.documentParties().size() >= 2
                        && !(within.size() == 1 && "intl".equals(PartyKinds.of(within.get(0))))
                        && !(within.isEmpty() && antecedent.size() == 1 && oneSidesMembers(context.previousSentence(), antecedent.get(0),
                                context.mentions(), offset))) {
                    // "The Presidents met …, and they committed to …"; a group of states the clause itself names stays the
                    // group ("The leaders [of the G7], gathered in Rome, said they …"), though a report lists its members
                    List<String> met = within.isEmpty() && context.officials().issuedByTheWhiteHouse()
                            ? sidesOfTheTitledMeeting(text, offset, context.mentions()) : List.of();
                    antecedent = met.isEmpty() ? context.documentParties() : met;
                }
                return antecedent.isEmpty() ? Resolved.NONE
                        : new Resolved(union(antecedent, CoActors.dealPartners(sentence, offset, cue, inside, text)), INFERRED_SUBJECT);
            }
            if (PAST_REPORT.matcher(subject).find()) {
                Matcher series = PAST_SERIES.matcher(subject);
                if (series.matches() && PLEDGE_IN_SERIES.matcher(sentence.substring(cueStart)).lookingAt()) {
                    // "Peru has opened its market to …, committed to allow …, and agreed not to …": the done act is reported,
                    // the pledges that follow it in the series are the same subject's
                    int from = offset + subjectFrom;
                    int to = from + series.end(1);
                    List<String> doer = inside.stream().filter(m -> m.type() == MentionType.PARTY && m.start() >= from
                            && m.end() <= to && !Clauses.isInName(text, m)).map(Mention::norm).distinct().toList();
                    if (!doer.isEmpty()) {
                        return new Resolved(doer, NAMED_SUBJECT);
                    }
                }
                return Resolved.NONE;
            }
            // An official ("the Secretary of Commerce shall") acts for the document's state, a joint working group or
            // secretariat for all its parties; a provision without a named
            // party binds the document's parties, but only in an operative text: in news and fact sheets an agentless
            // "will" is a forecast ("demand will grow"), not a pledge.
            if (HONORIFIC.matcher(subject).find()) {
                // "Mr. Sullivan and Dr. Hulata agreed …" after "U.S. National Security Advisor Jake Sullivan and Israeli
                // National Security Advisor Dr. Eyal Hulata": the states the text placed them in; a person it did not place
                // ("Mr. Lee, the chief executive") is left to the rules below
                List<String> served = context.officials().statesIn(subject);
                if (!served.isEmpty()) {
                    // "Mr. Sullivan and Sheikh Tahnoon pledged …" where only the guest is placed: the person the text does
                    // not place beside them is the text's own side
                    // not placed: a White House record's own official, whose state is the United States, not the states
                    // the record speaks of most ("Mr. Sullivan and Dr. Roe pledged …" after a paragraph on two neighbours)
                    List<String> unplaced = context.officials().issuedByTheWhiteHouse() ? List.of("US") : context.documentParties();
                    return new Resolved(union(unplacedPerson(subject, context.officials()) ? union(served, unplaced)
                            : served, alsoActing), INFERRED_SUBJECT);
                }
            }
            if (SURNAMES.matcher(subject).matches() && !OFFICIAL.matcher(subject).find()) {
                // "Trump and Takaichi also signed an agreement to …": leaders a news report names by surname alone
                List<String> served = context.officials().leadersIn(subject);
                if (!served.isEmpty()) {
                    return new Resolved(union(served, alsoActing), INFERRED_SUBJECT);
                }
            }
            if (OFFICIAL.matcher(subject).find() && !(DEAL_SUBJECT.matcher(subject).find() && onlyOfficialsAsObjects(subject))) {
                // "During the visit of President Roe, the Vice President will …": the officials of the opening phrase are
                // not the ones who act
                String officialSubject = withoutOpeningPhrase(subject);
                // "President Yoon reiterates …": the state the text says he serves; an official it does not place acts for
                // the document's parties ("President Trump and Prime Minister Takaichi" in a fact sheet on Japan).
                List<String> served = context.officials().statesIn(officialSubject);
                List<String> titled = served.isEmpty() ? titleStates() : List.of();
                if (!titled.isEmpty() && OFFICIAL.matcher(officialSubject).results().count() <= titled.size()) {
                    // "The Minister of Mines of Peru will …": the state the title names; a subject with more officials
                    // ("The President and the Taoiseach agreed", "The Director, in consultation with the Secretary of …,
                    // shall") is left to the rules below
                    return new Resolved(union(titled, alsoActing), INFERRED_SUBJECT);
                }
                if (!served.isEmpty()) {
                    // "Trump and Thai Prime Minister Anutin signed …": a leader named by surname beside the placed official
                    served = union(served, context.officials().leadersIn(officialSubject));
                    long officials = OFFICIAL.matcher(officialSubject).results().count();
                    if (officials > served.size()) {
                        // the others: leaders the list knows ("President Biden and President Reyes of Chile"), else the
                        // document's parties
                        Set<String> all = new LinkedHashSet<>(context.officials().leadersIn(officialSubject));
                        if (officials > all.size()) {
                            all.addAll(context.documentParties());
                        }
                        served = List.copyOf(all);
                    }
                    return new Resolved(union(served, alsoActing), INFERRED_SUBJECT);
                }
                // "President Trump agreed to remove …" pledges his state's action; "President Trump announced an agreement
                // with Japan to invest …" reports a deal whose action may be either side's
                List<String> other = DEAL_REPORT.matcher(sentence.substring(cueStart)).find() ? List.of()
                        : context.officials().otherState(officialSubject, context.documentParties());
                if (!other.isEmpty()) {
                    return new Resolved(union(other, alsoActing), INFERRED_SUBJECT);
                }
                // "President Biden will host Prime Minister Trudeau of Canada …": one leader the text does not place, whom the
                // list of known leaders does, acts for that state alone, not for all the document's parties
                List<String> known = OFFICIAL.matcher(officialSubject).results().count() != 1 || ONE_OF_SEVERAL.matcher(officialSubject).find()
                        ? List.of() : context.officials().leadersIn(officialSubject);
                boolean dealReport = DEAL_REPORT.matcher(sentence.substring(cueStart)).find();
                long officials = OFFICIAL.matcher(officialSubject).results().count();
                List<String> allKnown = officials > 1 ? context.officials().titledLeadersEachIn(officialSubject) : List.of();
                if (allKnown.size() == officials && !dealReport) {
                    // "President Biden and President Marcos intend to …": two leaders the list knows act for their two
                    // states, not for every state a fact sheet names; "President Biden and Secretary Blinken" for one
                    return new Resolved(union(allKnown.stream().distinct().toList(), alsoActing), INFERRED_SUBJECT);
                }
                if (known.size() == 1 && !dealReport) {
                    return new Resolved(union(known, alsoActing), INFERRED_SUBJECT);
                }
                if (known.size() == 1 && context.documentParties().size() == 1 && !context.documentParties().equals(known)) {
                    // "President Trump signed an agreement to heighten cooperation with Australia" in a report on the deal
                    // with Australia: his state and the partner the report is about
                    return new Resolved(union(union(known, context.documentParties()), alsoActing), INFERRED_SUBJECT);
                }
                List<String> partner = known.isEmpty() && officials == 1 && !dealReport
                        ? partnerAfterWith(sentence, offset, cueStart, inside, context.documentParties()) : List.of();
                if (!partner.isEmpty()) {
                    // "Business Secretary Jane Roe agreed to deepen collaboration with Chile" in a text on Peru and Chile: the
                    // official the text does not place acts for the party that is not the partner named after "with"
                    List<String> own = context.documentParties().stream().filter(p -> !partner.contains(p)).toList();
                    return new Resolved(union(own, alsoActing), INFERRED_SUBJECT);
                }
                List<String> besides = dealReport ? List.of()
                        : context.officials().besidesThePlaced(officialSubject, context.documentParties(), context.mentions());
                if (!besides.isEmpty()) {
                    return new Resolved(union(besides, alsoActing), INFERRED_SUBJECT);
                }
                // "The Vice President will meet with President Roe of X": an official by title alone is no guest
                List<String> host = dealReport ? List.of()
                        : context.officials().hostOfGuests(officialSubject, context.documentParties(), context.mentions());
                if (!host.isEmpty()) {
                    return new Resolved(union(host, alsoActing), INFERRED_SUBJECT);
                }
                List<String> vicePresident = dealReport ? List.of()
                        : context.officials().whiteHouseVicePresident(officialSubject, context.documentParties());
                if (!vicePresident.isEmpty()) {
                    return new Resolved(union(vicePresident, alsoActing), INFERRED_SUBJECT);
                }
                if (US_OFFICIAL.matcher(officialSubject).find() && (context.documentParties().contains("US")
                        || context.officials().issuedByTheWhiteHouse()
                        || context.sides().homeState().isEmpty() && context.documentParties().stream().noneMatch(Sides::isState))) {
                    // "the Secretary of Energy shall" in an order whose parties are the agencies it names: the state
                    return new Resolved(union(List.of("US"), alsoActing), INFERRED_SUBJECT); // "the Secretary of Commerce will"
                }
                String community = DocumentParties.membersGroup(text, context.mentions());
                if (community != null) {
                    // "The Executive Secretary shall" in the treaty of a community whose member states are its parties: the
                    // community's officer serves it, not them
                    return new Resolved(List.of(community), 0.6);
                }
                List<String> president = onlyPresidentIsTheUnitedStates(officialSubject, context);
                if (!president.isEmpty()) {
                    return new Resolved(union(president, alsoActing), INFERRED_SUBJECT);
                }
                // "The Secretary of Commerce shall" in an order whose named parties are its agencies: the state they serve;
                // "The Executive Secretary shall" in the treaty of an international body: that body's
                if (!context.sides().homeState().isEmpty()) {
                    boolean body = context.documentParties().stream().allMatch(p -> "intl".equals(PartyKinds.of(p)));
                    return new Resolved(body ? context.documentParties() : context.sides().homeState(), 0.6);
                }
                // "the heads of agencies must identify …" in a news report of an order whose parties are no states: the
                // state of the one known leader the text names ("President Donald Trump … has signed an Executive Order"),
                // where it places no official itself ("Mexican President …")
                List<String> leaders = context.documentParties().stream().anyMatch(p -> p.length() == 2)
                        || !context.officials().statesIn(text).isEmpty() ? List.of() : context.officials().leadersIn(text);
                if (leaders.size() == 1) {
                    return new Resolved(union(leaders, alsoActing), 0.6);
                }
            }
            List<String> owner = inside.stream().anyMatch(m -> m.type() == MentionType.PARTY && m.start() >= offset + subjectFrom
                    && m.end() <= offset + cueStart) ? List.of() : ownerOfDefinedShortName(subject, text, context.mentions());
            if (!owner.isEmpty()) {
                // "OTA will execute 25 projects" after "the Department of the Treasury’s Office of Technical Assistance (OTA)":
                // the unit the text defined as a party's own acts for that party
                return new Resolved(owner, INFERRED_SUBJECT);
            }
            if (GENERIC_AGENCIES.matcher(subject).find() && !context.sides().homeState().isEmpty()) {
                return new Resolved(context.sides().homeState(), DOCUMENT_PARTIES); // "All concerned agencies shall" in an order
            }
            if (context.officials().issuedByTheWhiteHouse() && OWN_AGENCIES.matcher(subject).find()) {
                // "Federal agencies will provide training", "Law enforcement agencies will work jointly" in a White House
                // text: the United States' own agencies, whatever other states the text names
                return new Resolved(List.of("US"), DOCUMENT_PARTIES);
            }
            if (!agent && PUBLIC_PEOPLE_SUBJECT.matcher(subject).find()) {
                // "All women should see a doctor", "Experts recommend that …": the public, advised or described, acts for
                // no party, though a proclamation's agentless provisions bind its state
                return Resolved.NONE;
            }
            if (GERUND_SUBJECT.matcher(subject).find() && MODAL_VERB.matcher(sentence.substring(cueStart)).find()) {
                // "Filling the reserve will insulate …", "Doing so shall include …": an activity acts for no one; a recital's
                // "Affirming the common desire to …" still commits
                return Resolved.NONE;
            }
            String lastClause = subject.substring(Math.max(subject.lastIndexOf(','), subject.lastIndexOf(';')) + 1);
            if (PLANNED_ACT.matcher(afterCue).lookingAt() && PLANNED_THING.matcher(lastClause).find()
                    || EFFORT_ACT.matcher(afterCue).lookingAt() && EFFORT_THING.matcher(lastClause).find()) {
                // "A road map will be jointly developed within six months", "New working groups will be established": what the
                // parties will set up, said in the passive, is their plan, in news too ("jobs will be created" is no plan); the
                // planned thing heads the subject's last clause ("the areas of cooperation, and the sectors in which these
                // collaborations will be implemented" speaks of the sectors)
                List<String> bound = context.sides().issuer().isEmpty() ? context.documentParties() : context.sides().issuer();
                return bound.isEmpty() ? Resolved.NONE : new Resolved(bound, DOCUMENT_PARTIES);
            }
            // "the partnership will aim to develop …": the aim after "will" is the deal's purpose too; only with the deal as
            // the head ("Investments under the partnership will seek to" speak of the investments)
            boolean dealPurpose = (cue.modality() == Modality.INTENT || WILL_AIM.matcher(afterCue).lookingAt())
                    && DEAL_HEAD.matcher(beforeCue).find()
                    && !sentence.substring(cue.start(), cue.end()).toLowerCase(Locale.ROOT).contains("expect");
            // "A central objective of the framework is to position …": the deal's aim is its parties' intent
            boolean aimOfDeal = cue.modality() == Modality.INTENT && AIM_OF_DEAL.matcher(sentence.substring(cue.start(), cue.end())).find()
                    && DETERMINERS_ONLY.matcher(subject).matches();
            // a lead-in ("“proof” shall include a copy of:") still holds its items
            if (!agent && context.operative() && !isLeadIn(sentence) && (WHAT_A_THING_IS.matcher(afterCue).lookingAt()
                    || QUOTED_TERM_END.matcher(subject).find() && DEFINES.matcher(afterCue).lookingAt())) {
                // "Identification of products shall be on a sectoral basis", "The period of reduction shall be six years":
                // what a thing of the text is or holds, said with a modal, is no one's act
                return Resolved.NONE;
            }
            if (!agent && !context.operative() && GOVERNMENT_UNIT_SUBJECT.matcher(subject).find() && !MAKE_UP.matcher(afterCue).find()
                    && (!context.sides().issuer().isEmpty() || context.officials().issuedByTheWhiteHouse())) {
                // "These strike force teams will also use …": a unit the issuing government formed acts for it
                return new Resolved(context.sides().issuer().isEmpty() ? List.of("US") : context.sides().issuer(), DOCUMENT_PARTIES);
            }
            if (agent || context.operative() || SET_UP_BODY.matcher(subject).find() && !MAKE_UP.matcher(afterCue).find() || DEAL_SUBJECT.matcher(subject).find()
                    && (DEAL_CONTENT.matcher(afterCue).find() || dealPurpose || DEAL_ACT.matcher(afterCue).find())
                    || aimOfDeal || PLANNED_WORK.matcher(subject).matches() && DEAL_CONTENT.matcher(afterCue).find()) {
                // "the cooperation will focus on batteries" in news: what the parties' deal covers or does together ("the
                // partnership will also explore cooperation in third countries") is their plan, and what it
                // aims or seeks to do their intent ("is expected to" forecasts); an order's
                // agentless provision binds the state that issues it, not the partner of the deal it implements
                List<String> bound = context.sides().issuer().isEmpty() ? context.documentParties() : context.sides().issuer();
                return new Resolved(union(bound, dealSigner(subject, context)), DOCUMENT_PARTIES);
            }
            return Resolved.NONE;
        }

        /**
         * The parties a group subject ("we", "the two sides", "both leaders") stands for: a quotation's or a transcript's
         * speakers where the text names them, else the document's or the meeting's parties as the subject counts them;
         * none where the subject is the leaders or ministers of one group it names ("G7 energy ministers"), who act for
         * the group itself.
         */
        private List<String> groupsParties(Set<String> named, Mention lastNamed, boolean firstPerson, boolean speakerPledges) {
            // "“We will work with Washington,” said the chair of the Steel Association": the speaker's body.
            // the quotation in the text: it may have opened in an earlier sentence and close in a later one
            int[] quoted = quote != null ? new int[] {offset + quote[0], offset + quote[1]}
                    : Clauses.openQuotation(text, offset, offset + cueStart);
            if (quoted != null && quoted[1] >= offset + sentence.length()) {
                quoted[1] = Clauses.closingQuote(text, offset + cueStart);
            }
            boolean attributed = quoted != null && firstPerson && Clauses.isAttributed(text, quoted);
            List<String> speakers = attributed ? Clauses.speakers(text, quoted, context.mentions()) : List.of();
            if (attributed && speakers.isEmpty()) {
                // "“We will …,” the ACP Secretary-General said": the body the title's abbreviation names, not the release's
                speakers = abbreviatedBodysOfficer(Clauses.attributionText(text, quoted), context.mentions());
            }
            if (attributed && speakers.isEmpty()) {
                // "“We will …,” the leaders said at the summit hosted by Prime Minister Roe": the group, not the host
                speakers = Anaphors.speakingGroup(Clauses.attributionText(text, quoted), quoted[0], context.mentions(), text);
            }
            if (attributed && speakers.isEmpty()) {
                // "“We will invest …,” the Emirati Minister of Industry said": the state the official serves
                speakers = context.officials().leadersIn(Clauses.attributionText(text, quoted)); // or a leader news knows
                speakers = speakers.isEmpty() ? releasingMinister(Clauses.attributionText(text, quoted), context) : speakers;
                speakers = speakers.isEmpty() ? demonymOfficial(Clauses.attributionText(text, quoted)) : speakers;
                speakers = speakers.isEmpty() ? secretarysDepartment(Clauses.attributionText(text, quoted), context) : speakers;
            }
            Matcher pronounSpeaker = attributed && speakers.isEmpty()
                    ? PRONOUN_SPEAKER.matcher(Clauses.attributionText(text, quoted)) : null;
            if (pronounSpeaker != null && pronounSpeaker.find()) {
                // "“Our goal is to …,” she wrote": the official the report named last before the quotation; "it said"
                // speaks for a body, never a person
                String last = pronounSpeaker.group(1).equalsIgnoreCase("it") ? null
                        : context.officials().lastPlacedIn(text.substring(Math.max(0, quoted[0] - SPEAKER_BACK), quoted[0]));
                // else the body of the speaker the quotation before named ("“…,” Halden Metals chief Jane Roe said.⏎“We
                // will …,” she said")
                // "Chief Executive Jane Roe told analysts that Halden would … “We will …,” she said": her firm, the
                // officer the sentence right before names, not the speaker of an earlier quotation
                speakers = last != null ? List.of(last) : Anaphors.executivesFirm(text, quoted[0], context.mentions());
                if (speakers.isEmpty()) {
                    speakers = Clauses.previousSpeakers(text, quoted[0], SPEAKER_BACK, context.mentions());
                }
            }
            if (attributed && speakers.isEmpty() && UNNAMED_SPEAKER.matcher(Clauses.attributionText(text, quoted)).find()) {
                // "The DRC's mines minister said … “We intend to …,” the minister said": the state whose official the
                // report named just before, where it names officials of one state only
                speakers = possessiveOfficialsState(text, quoted[0], context.mentions());
            }
            if (attributed && speakers.isEmpty()) {
                speakers = ownOfficialOfThePreviousSentence(context);
            }
            String dashed = speakers.isEmpty() && quoted == null && firstPerson
                    ? Clauses.dashAttribution(text, offset + cueStart) : null;
            if (dashed != null) {
                // "We hope the fund will open within weeks. … - Roe said.": the speaker the paragraph names at its end
                speakers = context.officials().statesIn(dashed);
                speakers = speakers.isEmpty() ? context.officials().leadersIn(dashed) : speakers;
            }
            if (speakers.isEmpty() && quoted == null && firstPerson) {
                // "VICE PRESIDENT ROE:  … And we are pledging …": a transcript's speaker speaks for the state they serve
                speakers = context.officials().turnSpeaker(offset + cueStart, context.documentParties(), context.mentions());
            }
            if (!speakers.isEmpty() && quoted != null) {
                // "“President Trump and I agreed today we will …,” Albanese said": the speaker and the one named with "I"
                Matcher withMe = WITH_ME.matcher(text.substring(quoted[0], Math.max(quoted[0], offset + cueStart)));
                List<String> also = withMe.find() ? context.officials().leadersIn(withMe.group(1)) : List.of();
                speakers = also.isEmpty() ? speakers : union(speakers, also);
            }
            if (speakers.size() == 1 && Sides.isState(speakers.get(0)) && quoted != null && PAIR.matcher(subject).find()) {
                // "“Our two countries will build …,” the Zambian President said at a ceremony with Angolan officials": the
                // speaker's state and the one other state the attribution names, by name or by its people's adjective
                List<String> partners = otherStatesAfterQuote(sentence, offset, quoted[1], inside, speakers.get(0));
                speakers = partners.size() == 1 ? sorted(speakers.get(0), partners.get(0)) : speakers;
            }
            List<String> whole = STATE_GROUP.matcher(subject).find() ? context.sides().states() : context.documentParties();
            if (whole.size() > 1 && whole.contains("EU") && UNION_MEMBER_STATES.matcher(subject).find()) {
                // "Member States are invited to join the partnerships" of the EU with two states: the Union's members
                whole = List.of("EU");
            }
            if (!whole.isEmpty() && whole.stream().noneMatch(Sides::isState) && TWO_STATES.matcher(subject).find()) {
                // a deal of firms: "both countries" are the two states named last ("Canada and Germany's collaboration")
                List<String> states = lastStates(context.mentions(), offset, 2);
                whole = states.isEmpty() ? whole : states;
            }
            List<String> namedPair = speakers.isEmpty() && isPairSubject(subject)
                    ? pairNamedBefore(sentence, offset, cueStart, inside, text, context) : List.of();
            List<String> hostAndGuest = speakers.isEmpty() && (LEADER_PAIR.matcher(subject).find()
                    || whole.size() < 2 && THE_LEADERS.matcher(subject).find())
                    ? context.officials().hostAndGuest(offset) : List.of();
            if (!hostAndGuest.isEmpty()) {
                // "The two leaders committed to …" in a readout of the President's call with "Prime Minister Roe of X":
                // the guest and the host, though the text names only the guest's state; "The leaders will …" there
                // too, where the text names no second state the pair could be read from
                whole = hostAndGuest;
            } else if (!namedPair.isEmpty()) {
                whole = namedPair;
            } else if (whole.size() > 2 && speakers.isEmpty() && PAIR.matcher(subject).find()) {
                // a report that opens with a bloc's members ("Italy, the US, France …") and then turns to a pair
                // outside it ("China … President Trump … the two countries"): the two states named last
                List<String> last = lastStates(context.mentions(), offset, 2);
                whole = !last.isEmpty() && !whole.containsAll(last) ? last : pair(whole, offset, context.mentions());
            } else if (whole.size() < 2 && speakers.isEmpty() && (PAIR.matcher(subject).find() || LEADER_PAIR.matcher(subject).find()
                    || THE_LEADERS.matcher(subject).find())) {
                whole = pairOfOne(whole, offset, context.mentions(), text, !THE_LEADERS.matcher(subject).find());
            }
            List<String> listedMembers = speakers.isEmpty()
                    ? GroupSubjects.listedMembers(subject, text, offset, context.mentions()) : List.of();
            if (!listedMembers.isEmpty()) {
                // "Founding members of the Alliance include A, B and C. The founding members will …": those the text
                // listed, not the parties its opening names
                return listedMembers;
            }
            if (speakers.isEmpty() && quoted == null && context.officials().issuedByTheWhiteHouse()) {
                // "Our administration will work with Peru", "Both sides will …" in a White House text whose parties
                // the text named as its guests only: the White House speaks for the United States
                String title = text.substring(0, DocumentParties.titleEnd(text));
                boolean withThem = SHARED_BY_US.matcher(subject).find() || JOINT_TITLE.matcher(title).find();
                whole = !firstPerson ? isPairSubject(subject) || isEachSideSubject(subject)
                        ? pairWithTheWhiteHouse(whole, subject, text, offset, context.mentions()) : whole
                        : !withThem && factSheetWithAGroup(title, whole) ? List.of("US") : ownStateOfTheWhiteHouse(whole, withThem);
                // "The four delegations agreed …" where the text names three other states: the United States is the
                // fourth, its own officials at the meeting
                whole = countedWithTheUnitedStates(subject, whole);
                // a statement that names no party ("We will keep standing with …"): the White House speaks for the
                // United States
                whole = speakerPledges && whole.isEmpty() ? List.of("US") : whole;
            }
            if (speakers.isEmpty() && firstPerson) {
                whole = withoutPartners(whole, sentence, offset, cueStart, inside, quoted != null);
            }
            if (speakers.isEmpty() && PARTNERS_SUBJECT.matcher(subject).matches()) {
                whole = withoutTheSupportedState(whole, text, context.mentions());
            }
        return !speakers.isEmpty() || !isGroupsPeople(sentence, offset, cueStart, named, lastNamed) ? speakers.isEmpty() ? whole : speakers : List.of();
        }
    }

    /** A deal as the subject (after a dateline), with who made it: "The deal reached by the President and …", "The pact, which …". */
    private static final Pattern DESCRIBED_DEAL = ClauseWords.compile("(?:^|[—–]\\s*)[\\s\"“]*(?:the|this|that|today[’']s)\\s+(?:[\\p{L}$-]+\\s+){0,3}"
            + ClauseWords.alternation("deal-noun") + "s?,?\\s+(?:which|that|reached|signed|struck|agreed|announced|negotiated"
            + "|concluded|brokered|sealed)\\b");

    /** "These agreements", "The deals": a subject that points back to the deals the sentence before reported. */
    private static final Pattern DEALS_POINTED_BACK = ClauseWords.compile("^[\\s\"“]*(?:these|those|the|this|that|both)\\s+"
            + "(?:[\\p{L}-]+\\s+){0,2}" + ClauseWords.alternation("deal-noun") + "s?\\s*$");

    /** "U.S. President Jane Roe signed three agreements with Chile, Peru and Bolivia": who signed, before the verb. */
    private static final Pattern SIGNED_DEALS_WITH = ClauseWords.compile("^([^;,]{3,80}?)\\s+(?:(?:also|\\w+ly)\\s+)?"
            + "(?:signed|sealed|inked|struck|concluded|reached)\\b[^.;]{0,120}?\\b" + ClauseWords.alternation("deal-noun")
            + "s?\\s+with\\b");

    /**
     * The state of the official who signed the deals the subject points back to, where the text's own parties are only
     * the partners ("President Roe signed agreements with Chile and Peru. These agreements aim to …" → also Roe's state).
     */
    private static List<String> dealSigner(String subject, Context context) {
        if (!DEALS_POINTED_BACK.matcher(subject).matches()) {
            return List.of();
        }
        Matcher signed = SIGNED_DEALS_WITH.matcher(context.previousSentence());
        return signed.lookingAt() ? context.officials().statesIn(signed.group(1)) : List.of();
    }

    /** "will [also] be [jointly] developed", "shall be set up": one of the acts the parties plan, in the passive. */
    private static final Pattern PLANNED_ACT = ClauseWords.compile("^\\s+(?:(?:also|further|then|\\w+ly)\\s+)*be\\s+(?:\\w+ly\\s+)*"
            + ClauseWords.alternation("planned-act") + "\\b");

    /** "shall be made to", "will be taken to": the passive of an effort, whose act follows its "to". */
    private static final Pattern EFFORT_ACT = ClauseWords.compile("^\\s+(?:(?:also|further|then|\\w+ly)\\s+)*be\\s+(?:\\w+ly\\s+)*"
            + ClauseWords.alternation("effort-act") + "\\s+to\\s");

    /** The effort of such a passive, ending its subject: "Efforts", "Every effort", "All necessary steps". */
    private static final Pattern EFFORT_THING = ClauseWords.compile("\\b" + ClauseWords.alternation("effort-thing") + "\\s*$");

    /** The things the parties plan to set up: "a road map", "new working groups", "efforts to sustain the dialogue". */
    private static final Pattern PLANNED_THING = ClauseWords.compile("\\b" + ClauseWords.alternation("planned-thing") + "\\b");

    /**
     * A sentence that opens with the deal: "This partnership aims to …", "According to the MOU, …", also after a leading
     * phrase: "In line with the EU's strategy, the partnership aims to …".
     */
    private static final Pattern DEAL_OPENS = ClauseWords.compile("^[\\s\"“]*(?:[^,;.]{1,120},\\s+)?(?:[\\p{L}-]+\\s+){0,3}(?:the|this|that)\\s+"
            + "(?:[\\p{L}-]+\\s+){0,2}" + ClauseWords.alternation("deal-noun") + "s?\\b");

    /** A sentence whose subject is the deal itself: "Secondly, the partnership aims to …" (not "Canada signed the pact"). */
    private static final Pattern DEAL_LEADS = ClauseWords.compile("^[\\s\"“]*(?:[^,;.]{1,120},\\s+)?(?:the|this|that)\\s+"
            + "(?:[\\p{L}-]+\\s+){0,2}" + ClauseWords.alternation("deal-noun") + "s?\\b(?:\\s+(?:between|with)\\s+[^,;:]{1,80}?)?"
            + "\\s+(?:(?:also|further|now|thus|\\w+ly)\\s+)*(?:aims?|seeks?|will|shall|is|are|focus(?:es)?|includes?|covers?)\\b");

    /** A unit a government forms, named again as the whole subject: "These strike force teams [will]", "The task force also [will]". */
    private static final Pattern GOVERNMENT_UNIT_SUBJECT = ClauseWords.compile("^[\\s\"“]*(?:" + ListMarkers.MARKER + ")?[\\s\u00a0]*"
            + "(?:the|this|that|these|those|each|the\\s+new)\\s+(?:(?!(?:of|for|and|on|in)\\s)[\\p{L}-]+\\s+){0,2}?"
            + ClauseWords.alternation("government-unit") + "s?\\s+(?:(?:also|further|then|\\w+ly)\\s+)*$");

    private static final Pattern DEAL_SUBJECT = ClauseWords.compile("\\b" + ClauseWords.alternation("deal-noun") + "s?\\b");

    /**
     * The deal noun as the head right before the cue: "This flagship initiative [also] aims to", "the partnership, based
     * on mutual benefits, aims to" (an aside in commas between them), "the partnership between the EU and Chile aims to"
     * (whom it is between), not "funding … is".
     */
    private static final Pattern DEAL_HEAD = ClauseWords.compile("\\b" + ClauseWords.alternation("deal-noun")
            + "s?(?:\\s+(?:between|with)\\s+[^,;:]{1,80}?)?(?:\\s*,[^,;:]{1,80},)?\\s+(?:(?:also|further|now|thus|\\w+ly)\\s+)*(?:is\\s+|are\\s+)?$");

    /**
     * What may stand before an aim named as the cue: "A central [objective of …]", "The main [goal of …]", and one aim
     * picked out of several: "One of the [aims of …]", "Among the key [goals of …]".
     */
    private static final Pattern DETERMINERS_ONLY = Pattern.compile("(?i)^[\\s\"“]*(?:(?:one|two|three|some|several)\\s+of\\s+|among\\s+)?"
            + "(?:(?:the|a|an|one|another|key|main|central|primary|principal|chief|core|overarching|ultimate|stated|first|second|major)\\s+)*$");

    /** The aim of the deal as the cue: "A central objective of the framework is to", "the purpose of this partnership is to". */
    private static final Pattern AIM_OF_DEAL = ClauseWords.compile("(?:purpose|objective|aim|goal)s?\\s+of\\s+(?:the|this|that|our|their)\\s+"
            + "(?:[\\p{L}-]+\\s+){0,3}(?:" + ClauseWords.alternation("deal-noun") + "|" + ClauseWords.alternation("deal-text") + ")s?"
            // the deal's full name and its short one: "this Joint Declaration of Intent (JDI) is to", "this Memorandum of
            // Cooperation (MOC) is to"
            + "(?:\\s+of\\s+(?:understanding|intent|cooperation|co-operation|collaboration))?(?:\\s*\\([\\p{L}]{2,8}\\))?"
            + "\\s+(?:is|are)\\s+to$");

    /**
     * The parties' planned work pointed back to as the subject: "This work will include efforts to …", "Our joint efforts will
     * focus on …": what it takes in is their plan, as for a deal ("This will include …" alone may point at anything).
     */
    private static final Pattern PLANNED_WORK = Pattern.compile("(?i)^[\\s\"“]*(?:this|that|such|our|their|the|these)\\s+"
            + "(?:(?:joint|common|shared|collaborative|further|future)\\s+)?(?:work|efforts?|engagement|agenda)\\s*$");

    /** "[will] aim to", "[will] seek to", "[will] aim at addressing": an aim after a modal. */
    private static final Pattern WILL_AIM = Pattern.compile("(?i)^\\s*(?:also\\s+)?(?:aim|seek|strive)\\s+(?:to|at)\\b");

    private static final Pattern DEAL_ACT = ClauseWords.compile(
            "^[\\s,]*(?:(?:also|further|initially|\\w+ly)\\s+)?" + ClauseWords.alternation("deal-act") + "\\b");

    private static final Pattern DEAL_CONTENT = ClauseWords.compile(
            "^[\\s,]*(?:(?:also|further|mainly|primarily|initially|\\w+ly)\\s+)?" + ClauseWords.alternation("deal-content") + "\\b(?![\\s*_]*:)"); // "Key terms will include:" leads to its items

    /**
     * "The Secretary, in consultation with the Trade Representative and the Chair of the Commission, shall": those
     * consulted, between the subject and the cue, do not act; nor do those of a leading "In coordination with A and B,
     * the Secretary shall", up to its last comma.
     */
    private static final Pattern CONSULTED = Pattern.compile(
            "(?i)(,\\s*|^[\\s\"“]*(?:" + ListMarkers.MARKER + ")?[\\s\u00a0]*)(?:in\\s+(?:close\\s+)?(?:consultation|coordination"
                    + "|collaboration|cooperation)\\s+with|acting\\s+through|with\\s+the\\s+(?:assistance|support|advice)\\s+of)\\s");

    /** The span of the subject's phrase of those consulted (see {@link #CONSULTED}), or null. */
    private static int[] consulted(String beforeCue, int subjectFrom) {
        Matcher m = CONSULTED.matcher(beforeCue);
        if (!m.find(subjectFrom)) {
            return null;
        }
        if (m.group(1).startsWith(",")) {
            return new int[] {m.start(), beforeCue.length()};
        }
        int comma = beforeCue.lastIndexOf(',');
        return comma > m.end() ? new int[] {m.start(), comma} : null;
    }

    /** A relative clause on the subject right before the cue: ", which holds the group's presidency, will". */
    private static final String RELATIVE_ASIDE_AT_END = ",\\s*(?:which|who|whose)\\s[^–—;,]{1,150}?,(?=\\s+(?:(?:also|further|\\w+ly|has|have)\\s+)*$)";

    private static final Pattern RELATIVE_ASIDE = Pattern.compile(RELATIVE_ASIDE_AT_END);

    /**
     * An aside that says what the subject is made of: "The group – which consists of Canada, France and Japan – also
     * agreed to …": the members are named, the group acts; or which group's chair the subject is ("Japan, as Chair of the
     * Partnership, will …"): the chair acts, the group does not.
     */
    private static final Pattern MAKE_UP_ASIDE = Pattern.compile(
            "(?i)(?:,|\\s[–—])\\s*(?:which|that)\\s+(?:consists\\s+of|comprises|includes|is\\s+made\\s+up\\s+of|brings\\s+together)\\s"
                    + "[^–—;]{1,200}?(?:\\s[–—]|,(?=\\s+(?:(?:also|further|\\w+ly)\\s+)*$))"
                    // "JARE, a joint venture of Sojitz and JOGMEC, has agreed to …": the venture acts, not its owners
                    + "|,\\s*(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?:joint\\s+venture|venture|unit|subsidiary|arm|affiliate)\\s+"
                    + "(?:of|between|formed\\s+by|owned\\s+by|set\\s+up\\s+by|created\\s+by)\\s[^–—;,]{1,200}?,"
                    + "(?=\\s+(?:(?:also|further|\\w+ly|has|have)\\s+)*$)"
                    // "Serra Verde, backed by the funds A, B and C, will …": the firm acts, not those who back or own it
                    + "|,\\s*(?:(?:majority-|wholly\\s+|partly\\s+)?owned|backed|controlled|funded)\\s+by\\s[^–—;]{1,200}?,"
                    + "(?=\\s+(?:(?:also|further|\\w+ly|has|have)\\s+)*$)"
                    // "The United States, as Chair of the MSP, will host …", "Japan, which chairs the Partnership, will …":
                    // the group whose chair the subject is does not act
                    + "|,\\s*(?:as|in\\s+its\\s+(?:role|capacity)\\s+as)\\s+(?:the\\s+)?(?:[\\p{L}\\p{N}-]+\\s+){0,3}?"
                    + "(?:chair|co-chair|chairman|president|presidency|host|coordinator)(?:\\s+(?:of|for)\\s[^–—;,]{1,120}?)?,"
                    + "(?=\\s+(?:(?:also|further|\\w+ly|has|have)\\s+)*$)"
                    + "|,\\s*which\\s+(?:chairs|co-chairs|holds\\s+the\\s+presidency\\s+of|presides\\s+over)\\s[^–—;,]{1,120}?,"
                    + "(?=\\s+(?:(?:also|further|\\w+ly|has|have)\\s+)*$)");

    /** The span of a make-up aside ({@link #MAKE_UP_ASIDE}) between the subject and the cue, or null. */
    static int[] makeUpAside(String beforeCue, int subjectFrom) {
        Matcher m = MAKE_UP_ASIDE.matcher(beforeCue);
        return m.find(subjectFrom) ? new int[] {m.start(), m.end()} : null;
    }

    /** "You" as the subject, right before the cue. */
    private static final Pattern ADDRESSEE = Pattern.compile("(?i)(?:^|[\\s,;:])you\\s+(?:(?:also|further|\\w+ly)\\s+)?$");

    /** "be given by", "be jointly financed by the": the words between a passive cue and its agent. */
    private static final Pattern PASSIVE_BY = Pattern.compile(
            "(?i)^\\s+(?:not\\s+)?be\\s+(?:\\w+ly\\s+)?\\p{L}+(?:ed|en|wn|ne|t)\\s+(?:[^,;.]{0,40}?\\s)?by\\s+(?:the\\s+)?"
                    // "managed by representatives of the Government of A and …": the people a party sends act for it
                    + "(?:(?:representatives|officials|delegates|delegations|members)\\s+of\\s+(?:the\\s+)?)?"
                    + "(?:government\\s+of\\s+(?:the\\s+)?)?$"
                    // "will be prepared among the governments of A, B and C": those who do a joint act together; "shared
                    // between A and B" names who gets a thing, so only the acts of drafting and settling a text
                    + "|(?i)^\\s+(?:not\\s+)?be\\s+(?:\\w+ly\\s+)?(?:prepared|negotiated|drafted|concluded|finalized|finalised"
                    + "|agreed|worked\\s+out|discussed|signed)\\s+(?:jointly\\s+)?(?:between|among|amongst)\\s+(?:the\\s+)?"
                    + "(?:(?:governments?|ministries|ministers|authorities)\\s+of\\s+(?:the\\s+)?)?$");

    /** The partners of a state's transition as the subject: "The international partners", "The IPG members". */
    private static final Pattern PARTNERS_SUBJECT = Pattern.compile("(?i)[\\s\"“]*(?:the\\s+)?(?:international\\s+partners"
            + "(?:\\s+group)?|ipg|partners)(?:\\s+(?:members|countries))?(?:\\s+(?:also|further|\\w+ly))*[\\s,]*");

    /**
     * A state's partners joined to it, as the subject or set against it: "South Africa and the IPG", "Senegal and its
     * international partners", "Senegal and International Partners".
     */
    private static final Pattern AND_THE_PARTNERS = Pattern.compile("(?i)\\band\\s+(?:the\\s+|its\\s+)?"
            + "(?:international\\s+partners|ipg)\\b");

    /**
     * The document's parties without the state the text sets against its partners ("Senegal and International Partners
     * Launch a Just Energy Transition Partnership"): "the international partners" support that state, they do not
     * include it. All of them where the text sets no state against them.
     */
    private static List<String> withoutTheSupportedState(List<String> whole, String text, List<Mention> mentions) {
        Set<String> supported = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.type() == MentionType.PARTY && m.norm().length() == 2 && whole.contains(m.norm())
                    && AND_THE_PARTNERS.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40)).stripLeading())
                            .lookingAt()) {
                supported.add(m.norm());
            }
        }
        List<String> partners = whole.stream().filter(p -> !supported.contains(p)).toList();
        return partners.isEmpty() ? whole : partners;
    }

    /** The body that speaks for the continent in a statement it makes with a state. */
    private static final String AFRICAN_UNION = "African Union";

    /**
     * The continent joined to a party as the subject: "the United States and Africa", "Africa and the EU", and their
     * "U.S.-Africa strategic partnership".
     */
    private static final Pattern CONTINENT_JOINED = Pattern.compile("\\b(?:and\\s+Africa|Africa\\s+and)\\b(?![\\p{L}’'-])"
            + "|[-–]Africa\\s+(?:\\p{Ll}+\\s+)?[Pp]artnership\\b");

    /** Between two agents, an aside after the first: ", acting on behalf of the United States, and the". */
    private static final Pattern AND_AGENT = Pattern.compile("(?i)^,[^,;]{1,80},\\s+and\\s+(?:the\\s+)?$");

    /** The most characters between two sentences: whitespace, a blank line, a list marker. */
    private static final int SENTENCE_GAP = 12;
    /** A sentence that opens with one side's members named by its state: "The US co-chairs welcomed …". */
    private static final Pattern SIDE_MEMBERS_OPEN = ClauseWords.compile(
            "^[\\s\"“]*(?:the\\s+)?(?<state>\\S+(?:\\s+\\S+){0,3}?)\\s+(?:" + ClauseWords.alternation("side-members") + ")\\b");

    /**
     * Whether the sentence before opens with the members of the one side its state names ("The US co-chairs welcomed the
     * progress. They also resolved to …"): "they" are that side, not all the sides that met.
     */
    private static boolean oneSidesMembers(String previous, String state, List<Mention> mentions, int offset) {
        if (previous == null || state.length() != 2) {
            return false;
        }
        Matcher open = SIDE_MEMBERS_OPEN.matcher(previous);
        if (!open.lookingAt()) {
            return false;
        }
        // the sentence before ends shortly before this one starts, after the whitespace or list marker between them
        int reach = offset - previous.length() - SENTENCE_GAP;
        String named = open.group("state");
        return mentions.stream().anyMatch(m -> m.type() == MentionType.PARTY && state.equals(m.norm())
                && m.text().equals(named) && m.start() < offset && m.start() >= reach);
    }

    /**
     * "shall be allowed only with a permit granted by X": the agent of a participle that describes a noun after the
     * cue, not of the cue's own passive (unlike "be developed and operated by", "be jointly financed by").
     */
    private static final Pattern NOUNS_PARTICIPLE_BY = Pattern.compile(
            "(?i)\\s(?!(?:be|been|and|or|not)\\s)(?!\\p{L}+ly\\s)\\p{L}+\\s+\\p{L}+(?:ed|en|wn)\\s+by\\s+(?:the\\s+)?$");

    /** The parties named as the agent of a passive cue ("shall be given by Canada and Chile"), in order. */
    private static List<String> passiveAgents(String sentence, int offset, int cueEnd, List<Mention> inside, String text) {
        Set<String> agents = new LinkedHashSet<>();
        int previousEnd = -1;
        for (Mention m : inside) {
            int at = m.start() - offset;
            if (m.type() != MentionType.PARTY || at < cueEnd || Clauses.isInName(text, m)) {
                continue;
            }
            boolean first = agents.isEmpty() && PASSIVE_BY.matcher(sentence.substring(cueEnd, at)).find()
                    && !NOUNS_PARTICIPLE_BY.matcher(sentence.substring(cueEnd, at)).find();
            if (!first && !agents.isEmpty() && afterPreposition(sentence, Math.max(previousEnd, at - BEFORE_NAME), at)) {
                continue; // "by the DFC, acting on behalf of the United States, and …": whom the agent acts for
            }
            // "by Canada and Chile", "by the DFC, acting …, and the Ukrainian Agency …"
            boolean next = !agents.isEmpty() && (COORDINATED.matcher(sentence.substring(previousEnd, at)).matches()
                    || AND_AGENT.matcher(sentence.substring(previousEnd, at)).matches());
            if (!first && !next) {
                if (!agents.isEmpty()) {
                    break;
                }
                continue;
            }
            agents.add(m.norm());
            previousEnd = m.end() - offset;
        }
        return List.copyOf(agents);
    }

    /** "Leaders said", "G20 ministers at the meeting noted": the people of a group, opening their sentence. */
    private static final Pattern MEMBER_PEOPLE_LEAD = ClauseWords.compile(
            "^[\\s\"“]*(?:the\\s+)?(?:[\\p{L}\\d-]+\\s+){0,2}?(?:" + ClauseWords.alternation("member-people") + ")\\b");

    /**
     * A group's people right after its name: "G7 [energy ministers]", "Quad [leaders]", "G7 [climate, energy and
     * environment ministers]".
     */
    private static final Pattern GROUPS_PEOPLE = ClauseWords.compile(
            "^\\s+(?:\\p{Ll}+,?\\s+){0,4}(?:" + ClauseWords.alternation("member-people") + ")\\b");

    /**
     * Whether the subject is the leaders or ministers of the one group of states it names ("G7 energy ministers
     * agreed"): they act for the group, not for the member states a report lists elsewhere.
     */
    private static boolean isGroupsPeople(String sentence, int offset, int cueStart, Set<String> named, Mention lastNamed) {
        return named.size() == 1 && lastNamed != null && named.contains(lastNamed.norm())
                && "intl".equals(PartyKinds.of(lastNamed.norm())) && lastNamed.end() - offset <= cueStart
                && GROUPS_PEOPLE.matcher(sentence.substring(lastNamed.end() - offset, cueStart)).lookingAt();
    }

    /** "the bloc", "the 27-nation bloc" as a subject: what news calls a group of states once it has named it. */
    private static final Pattern THE_BLOC = Pattern.compile("(?i)(?:^|[\\s,;:\"“])the\\s+(?:[\\p{L}\\d-]+\\s+)?bloc\\b");

    /**
     * Where the subject is "the bloc" (not after a preposition): the group of states the report named last ("the bloc"
     * after "ASEAN leaders" is ASEAN), else the European Union where the text named it before.
     */
    private static List<String> theBloc(String subject, int offset, Context context) {
        Matcher bloc = THE_BLOC.matcher(subject);
        if (!bloc.find() || NOT_SUBJECT_BEFORE.matcher(subject.substring(0, bloc.start() + 1)).find()) {
            return List.of();
        }
        List<String> last = Anaphors.lastBloc(offset, context.mentions(), context.text(), false);
        if (!last.isEmpty()) {
            return last;
        }
        boolean named = context.mentions().stream()
                .anyMatch(m -> m.start() < offset && m.type() == MentionType.PARTY && m.norm().equals("EU"));
        return named ? List.of("EU") : List.of();
    }

    /**
     * A reporting verb's object, then "and" right before the cue, with no verb of its own between: "The Ministers noted
     * the report and agreed to …", "announced a fund and will …". The verb takes a thing, not a reported clause, and the
     * cue is a second verb of the same subject ("says the nations discussed it and agreed to" keeps its clause). The
     * object may hold a quoted name: "noted the launch of the “Andes, Rockies” corridor and agreed to …".
     */
    private static final Pattern OBJECT_THEN_SECOND_VERB = Pattern.compile(
            "^(?:(?!\\b(?:\\p{Ll}+ed|is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|shall|do|does|did)\\b)"
                    + "(?:[^,;:“”\"]|[“\"]\\p{Lu}[^,;:“”\"]{0,40}(?:,\\s[^,;:“”\"]{1,40})?[”\"]))+\\s(?:and|but)\\s+(?:(?:also|further|then|\\w+ly)\\s+)?"
                    // the second verb may take the subject's own noun-form cue: "noted the report and reaffirmed their
                    // intention to …"
                    + "(?:\\p{Ll}+ed\\s+(?:their|its|our)\\s+(?:\\p{Ll}+\\s+)?)?$");

    /**
     * A determiner before a reporting word makes it a noun: "welcomed the report and agreed to …", "visiting the state
     * with us". Not before "that", which may open what the report says or a relative on it: "a report that recommends".
     */
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i)\\b(?:the|a|an|this|its|their|our|his|her)\\s+$");

    private static boolean reportingNoun(String beforeCue, Matcher reportingWord) {
        return !reportingWord.group().strip().toLowerCase(Locale.ROOT).endsWith("that")
                && DETERMINER_BEFORE.matcher(beforeCue.substring(0, reportingWord.start())).find();
    }

    private static boolean objectThenSecondVerb(String beforeCue, Matcher reportingVerb) {
        String verb = reportingVerb.group().strip().toLowerCase(Locale.ROOT);
        return !verb.endsWith("that") && !verb.endsWith(":")
                && (OBJECT_THEN_SECOND_VERB.matcher(beforeCue.substring(reportingVerb.end())).find()
                        || RELATIVE_OBJECT_THEN_SECOND_VERB.matcher(beforeCue.substring(reportingVerb.end())).find());
    }

    /**
     * The same with a relative clause on the object, whose own modal verb opens no reported clause: "The Department
     * understands the value that partners can bring, and is committed to …" (the Department is committed).
     */
    private static final Pattern RELATIVE_OBJECT_THEN_SECOND_VERB = Pattern.compile(
            "^(?:the|a|an)\\s+(?:[\\p{L}’'-]+\\s+){1,3}?(?:that|which)\\s+(?:[^,;:“”\"\\s]+\\s+){1,6}?"
                    + "(?:can|could|may|might|will|would)\\s+[^,;:“”\"]{1,80}?,?\\s(?:and|but)\\s+(?:(?:also|further|\\w+ly)\\s+)?$");

    /** A cue in a participle clause: "…, committing to", "– pledging to". */
    private static final Pattern PARTICIPLE_CUE = Pattern.compile("(?i)(?:committing|pledging|vowing|promising|agreeing)\\s+to\\b");

    private static final Pattern CLAUSE_DASH_OR_COMMA = Pattern.compile("(?:,|\\s[–—-])\\s*$");

    /** "… and will": a second verb phrase with no subject of its own. */
    private static final Pattern VERB_PHRASE_AND = Pattern.compile("\\s(?:and|but)\\s+(?:(?:also|further|then|\\w+ly)\\s+)?$");

    /** A sentence that opens with a body or company named by its head word, then its verb: "The Commission consulted". */
    private static final Pattern LEADING_HEAD = Pattern.compile("(?i)^([\\s\"“]*(?:the|this)\\s+\\p{L}+)\\s+(?:\\p{Ll}+ed|has|have)\\b");

    /**
     * The first verb after the leading names: "India welcomes", "Japan has welcomed"; or what they are glad of ("We are
     * encouraged by Kenya's progress and will …", "India is grateful for Japan's support and will …").
     */
    private static final Pattern FIRST_VERB = Pattern.compile(
            "^[^,;:]{0,80}?\\b(?:welcomes?|welcomed|notes?|noted|recogni[sz]es?|recogni[sz]ed|acknowledges?|acknowledged"
                    + "|appreciates?|appreciated|values?|valued|supports?|supported|backs?|backed|shares?|shared|has|have"
                    + "|(?:am|is|are)\\s+(?:\\w+ly\\s+)?(?:encouraged|heartened|pleased|grateful|gratified|thankful)\\s+(?:by|with|for))\\b");

    /** A subject of several people: "Presidents Biden and López Obrador", "President Biden and his counterpart". */
    private static final Pattern ONE_OF_SEVERAL = Pattern.compile("\\b(?:and|&|with)\\s|\\bPresidents\\b|\\bMinisters\\b|\\bleaders\\b");

    /**
     * A sentence whose subject is one side, then its verb: "3. The Peruvian side backs Chile in building … and will ship …"
     * (the state after the verb is its object; "The Korean side and Japan will" is no such subject).
     */
    private static final Pattern LEADING_SIDE = ClauseWords.compile(
            "^[\\s\"“]*(?:[-•*–]\\s*|\\(?\\w{1,4}[.)]\\s*)?(?:the\\s+)?(?-i:\\p{Lu})[\\p{L}’'-]+\\s+(?:"
                    + ClauseWords.alternation("side-noun") + ")\\s+(?:(?-i:\\p{Ll})+ly\\s+)?(?!(?:and|or|of|as)\\b)(?-i:\\p{Ll})");

    /** A side joined to a named party in the subject: "The Peruvian side and Chile", "Chile and the Peruvian side". */
    private static final Pattern SIDE_JOINED = ClauseWords.compile("(?:\\b(?-i:\\p{Lu})[\\p{L}’'-]+\\s+(?:"
            + ClauseWords.alternation("side-noun") + ")\\s+and\\s|\\sand\\s+(?:the\\s+)?(?-i:\\p{Lu})[\\p{L}’'-]+\\s+(?:"
            + ClauseWords.alternation("side-noun") + ")\\b)");

    /** A head of state or government by title and name who opens the sentence, then a verb: "Prime Minister Roe welcomed". */
    private static final Pattern LEADING_HEAD_OF_STATE = Pattern.compile("^[\\s\"“]*(?:President|Prime\\s+Minister|Premier|Chancellor"
            + "|King|Queen|Emir|Amir|Crown\\s+Prince|Sultan)\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}?\\p{Lu}[\\p{L}'’-]+\\s+\\p{Ll}+ed\\b");

    /** The record's own President or Vice President by bare title, then a verb: "The President praised". */
    private static final Pattern HOSTS_TITLE_THEN_VERB = Pattern.compile(
            "^[\\s\"“]*The\\s+(?:Vice\\s+)?President\\s+(?:\\p{Ll}+ly\\s+)?\\p{Ll}+ed\\b");

    /**
     * The leader's own second verb or wish ("and pledged to", "and desire to"), not what another pledged that the leader
     * welcomed ("welcomed the United States’ decision … and its commitments to").
     */
    private static final Pattern LEADERS_OWN_CUE = Pattern.compile("(?:\\p{Ll}+ed|desire|wish|intent|intention|determination"
            + "|readiness)\\b");

    /** A sentence whose subject is "we": "We welcome …", "3. Today, we acknowledge …". */
    private static final Pattern LEADING_WE = Pattern.compile(
            "(?i)^[\\s\"“]*(?:[-•*–]\\s*|\\(?\\w{1,4}[.)]\\s*)?(?:today,?\\s+)?we\\s");

    /** ", and", ", but": where a second clause may begin. */
    private static final Pattern CLAUSE_JOIN = Pattern.compile(",\\s+(?:and|but|while|whereas)\\s+");

    /**
     * A finite verb of its own, not of a relative clause: the words before the join are a clause, not the first names of
     * a list ("Korea, which is rich in talent, and Japan will").
     */
    private static final Pattern FINITE_VERB = Pattern.compile(
            "(?<!\\bwhich\\s|\\bwho\\s|\\bthat\\s)\\b(?:has|have|had|was|were|is|are|did|does|do"
                    // "Chile may request consultations, and the United States will respond": what one side may do
                    // is no pledge; the clause with the cue has its own subject
                    + "|may|might|can|could)\\s+\\p{Ll}");

    private static final int SECOND_SUBJECT = 60;

    /** "That is why [today], …": an opening that gives a reason; its "is" is no verb of a clause of its own. */
    private static final Pattern REASON_OPENING = ClauseWords.compile(
            "^[\\s\"“]*(?:and\\s+)?" + ClauseWords.alternation("reason-opening") + "\\b");

    /**
     * Where the cue's own clause begins after a clause that reports what is done: "Japan has invested in nickel, and the
     * task force will map cobalt" → "the task force"; "Japan, Korea, and Chile will" stays one subject.
     */
    private static int afterReportedClause(String beforeCue, int subjectFrom, int cueStart, int offset, List<Mention> inside) {
        if (beforeCue.indexOf(',', subjectFrom) < 0) {
            return subjectFrom;
        }
        Matcher join = CLAUSE_JOIN.matcher(beforeCue);
        int last = -1;
        int lastStart = -1;
        while (join.find()) {
            if (join.start() >= subjectFrom) {
                last = join.end();
                lastStart = join.start();
            }
        }
        // "That is why A, B, and C will": the reason's "is" opens no first clause, the names listed are one subject
        Matcher reason = REASON_OPENING.matcher(beforeCue.substring(subjectFrom));
        int verbFrom = reason.lookingAt() ? Math.min(subjectFrom + reason.end(), lastStart < 0 ? subjectFrom : lastStart) : subjectFrom;
        if (last < 0 || cueStart - last > SECOND_SUBJECT
                || !FINITE_VERB.matcher(beforeCue.substring(verbFrom, lastStart)).find()) {
            return subjectFrom;
        }
        // only a subject of its own: "HHS has coordinated …, and will publish" shares the first clause's subject
        int from = last;
        boolean named = inside.stream().anyMatch(m -> m.type() == MentionType.PARTY && m.start() - offset >= from
                && m.start() - offset < cueStart);
        return named || JOINT_BODY.matcher(beforeCue.substring(last)).find() ? last : subjectFrom;
    }

    /** A cue that reports a deal made: "announced an agreement to", "signed a memorandum to". */
    static final Pattern DEAL_REPORT = Pattern.compile("(?i)^(?:" + ModalityCues.namedWords("@deal-verb") + ")\\b");

    /**
     * Whether a gerund is the subject ("Building smelters in both countries will create jobs"), not an opener before a
     * treaty's party ("Having regard to fair competition, a Contracting Party that keeps quotas shall eliminate …").
     */
    private static boolean gerundIsSubject(String subject) {
        if (!GERUND_SUBJECT.matcher(subject).find()) {
            return false;
        }
        int comma = subject.lastIndexOf(',');
        return comma < 0 || !TREATY_PARTY.matcher(subject.substring(comma + 1)).find();
    }

    /**
     * Members of the public as the whole subject, after an opening phrase: "All women", "The American people", "Experts",
     * not "Experts of both sides" nor "agencies and citizens", nor a body named after them ("The Committee of Experts").
     */
    private static final Pattern PUBLIC_PEOPLE_SUBJECT = ClauseWords.compile("(?:^|,)\\s*[\"“]?(?:(?:and|but|so|yet)\\s+)?"
            + "(?:(?:all|every|many|most|some|the|our|these|those|such)\\s+)?(?:(?!(?:and|or)\\s)[\\p{L}’'-]+\\s+){0,2}?"
            + "(?<!(?-i:\\p{Lu})\\p{L}{1,20}\\s(?-i:of)\\s)" + ClauseWords.alternation("public-people") + "(?![\\p{L}-])(?!\\s+(?:of|from)\\b)[^,;]*$");

    /**
     * A subject that is an activity: a capitalized "-ing" word opens it ("Filling the reserve", "Doing so"); not a name
     * ("Contracting Parties", "Wyoming").
     */
    private static final Pattern GERUND_SUBJECT = Pattern.compile(
            "^[\\s\"“]*(?:\\(?[a-z0-9]{1,4}[.)]\\s+|[-•*]\\s+)?(?:[*_]*(?:\\p{Lu}[\\p{L}’'-]*\\s+){0,5}\\p{Lu}[\\p{L}’'-]*:[*_]*\\s+)?"
                    + "(?!" + ClauseWords.titleCaseAlternation("ing-name")
                    + "\\b)\\p{Lu}\\p{Ll}+ing\\s+(?!\\p{Lu})");

    /** "dismissed allegations that", "denied reports that": the clause after is what the speaker says is not so. */
    private static final Pattern DENIED = Pattern.compile(
            "(?i)\\b(?:dismissed|dismisses|denied|denies|rejected|rejects|refuted|refutes)\\s+(?:\\w+\\s+){0,2}?(?:allegations?"
                    + "|claims?|reports?|suggestions?|speculation|accusations?|rumou?rs?)\\s+that\\b[^.;]*$");

    /** "has not said when", "did not say whether", "it is unclear whether": the clause after is an open question. */
    private static final Pattern UNDECIDED = Pattern.compile(
            "(?i)\\b(?:(?:not|never|n[’']t)\\s+(?:yet\\s+)?(?:said|say|says|decided|decide|announced|confirmed|disclosed"
                    + "|indicated|specified)|unclear|uncertain|undecided|not\\s+clear)\\s+(?:when|whether|if|how)\\b[^.;]*$");

    private static final String AGENCY_MODIFIERS = "(?:(?:concerned|relevant|responsible|competent|participating|other"
            + "|federal|executive|government|national|state|line)\\s+){0,2}";

    /**
     * Agencies a White House text calls by what only its own government's are, at the subject's end: "federal agencies",
     * "the law enforcement agencies", "National experts and federal agencies" (not "Mexican law enforcement agencies").
     */
    private static final Pattern OWN_AGENCIES = Pattern.compile("(?:^|[,;:]\\s*|\\b(?i:and|the|all|other|our)\\s+)[\\s\"“]*"
            + "(?i:(?:federal|law\\s+enforcement)\\s+(?:agencies|departments))\\s*$");

    /**
     * The subject "Liontown's biggest shareholder", "Acme Corp's largest investor", up to its reporting verb if any: a
     * firm's owner (group 1 the firm's name as written).
     */
    private static final Pattern OWNER_OF_FIRM = Pattern.compile(
            "[\\s\"“]*((?:\\p{Lu}[\\p{L}&.-]*\\s+){0,4}\\p{Lu}[\\p{L}&.-]*)(?:[’']s|[’'])\\s+(?:[\\p{Ll}-]+\\s+){0,2}?"
                    + "(?:shareholder|investor|owner|stakeholder)\\b");

    /** "the four agencies", "The three departments" at the subject's end: bodies the text named before, by their count. */
    private static final Pattern COUNTED_BODIES = Pattern.compile(
            "(?:^|[,;:]\\s*|\\s)[\\s\"“]*(?i:the|these|both)\\s+(?i:(two|three|four|five|six)\\s+)?"
                    + "(?i:agencies|departments|ministries)\\s*$");

    /**
     * The government bodies a counted subject ("the four agencies", "both agencies") stands for: the distinct bodies the
     * text named before the sentence, where there are exactly as many as the count says; empty otherwise (a count that
     * does not fit leaves the subject to the rules after).
     */
    private static List<String> countedBodies(String subject, int offset, List<Mention> mentions) {
        Matcher c = COUNTED_BODIES.matcher(subject);
        if (!c.find()) {
            return List.of();
        }
        int count = c.group(1) != null ? List.of("two", "three", "four", "five", "six").indexOf(c.group(1).toLowerCase(Locale.ROOT)) + 2
                : subject.substring(c.start()).toLowerCase(Locale.ROOT).contains("both") ? 2 : -1;
        if (count < 2) {
            return List.of();
        }
        Set<String> bodies = new LinkedHashSet<>();
        for (Mention m : mentions) {
            // states and firms the text names are no agencies ("the Biden-Harris Administration" the agencies serve)
            if (m.type() == MentionType.PARTY && m.end() <= offset && m.norm().length() > 2 && "body".equals(PartyKinds.of(m.norm()))) {
                bodies.add(m.norm());
            }
        }
        return bodies.size() == count ? bodies.stream().sorted().toList() : List.of();
    }

    /** "All concerned agencies", "the relevant ministries": the state's bodies in general, not one of them. */
    private static final Pattern GENERIC_AGENCIES = Pattern.compile(
            "(?i)\\b(?:(?:all|each|every|the|other)\\s+" + AGENCY_MODIFIERS + "(?:agencies|departments|ministries|offices)"
                    // "Each Agency shall" in a memorandum of a state's agencies: any of them
                    + "|(?:each|every)\\s+" + AGENCY_MODIFIERS + "(?:agency|department|ministry|office))\\s*$");

    /**
     * "We" of a text the White House issues, where the document's parties hold neither the United States (nor a body of
     * it) nor a group of states it speaks with: the United States, not the guests the text is about. A text that names
     * no party at all is left as it was: its "we" is often no one's pledge ("We will never forget"). In a joint statement,
     * or where the subject is what the United States shares with them ("Our partnership with Bahrain will …"), the
     * parties speak with the United States.
     */
    private static List<String> ownStateOfTheWhiteHouse(List<String> whole, boolean withThem) {
        return whole.isEmpty() || speaksForItself(whole) ? whole : withThem ? union(whole, List.of("US")) : List.of("US");
    }

    /** A fact sheet's title: the White House's own account, whatever partners it reports on. */
    private static final Pattern FACT_SHEET_TITLE = Pattern.compile("(?i)\\bfact\\s+sheet\\b");

    /**
     * Whether a White House fact sheet has the United States and a group of states for its parties ("Fact Sheet:
     * Energizing the U.S.-Pacific Islands Forum Partnership", "Fact Sheet: United States and G7 Plan to …"): its "we" is
     * the administration's, not the group's with it. The European Union, which issues fact sheets with it, is left.
     */
    private static boolean factSheetWithAGroup(String title, List<String> whole) {
        return whole.size() > 1 && whole.contains("US") && FACT_SHEET_TITLE.matcher(title).find()
                && whole.stream().allMatch(p -> "US".equals(p) || !"EU".equals(p) && "intl".equals(PartyKinds.of(p)));
    }

    /** "Our partnership", "our two countries": what the speakers share with the parties the text names. */
    private static final Pattern SHARED_BY_US = Pattern.compile(
            "(?i)\\bour\\s+(?:\\p{L}+\\s+)?(?:partnership|cooperation|alliance|relationship|countries|nations|governments)\\b");

    /** A title that says the text is joint: "Joint Statement between the United States, Belize and …". */
    private static final Pattern JOINT_TITLE = Pattern.compile("(?i)\\bjoint\\s+(?:statement|declaration|communiqu)");

    /**
     * "Both sides", "the two countries" of such a text: its one guest state and the United States. Where the parties
     * are several states and not the United States (officials' travel to Saudi Arabia in a text that also names Yemen),
     * the state the title names, or of several it names, the last named before the sentence, and the United States.
     */
    private static List<String> pairWithTheWhiteHouse(List<String> whole, String subject, String text, int offset,
            List<Mention> mentions) {
        List<String> states = whole.stream().filter(p -> p.length() == 2).toList();
        if (speaksForItself(whole) || states.isEmpty()) {
            return whole;
        }
        if (states.size() == 1) {
            return sorted(states.get(0), "US");
        }
        int titleEnd = DocumentParties.titleEnd(text);
        Matcher readout = READOUT_TITLE.matcher(text.substring(0, titleEnd));
        if (!SIDES.matcher(subject).find() || !readout.find()) {
            return whole; // "both countries should join NATO": the two states the text speaks of
        }
        // "Travel to Saudi\_Arabia": a title's state whose blank is an escape is still named there
        List<String> titled = Stream.concat(mentions.stream().filter(m -> m.end() <= titleEnd),
                        DocumentParties.statesBrokenByEscapes(text, titleEnd).stream())
                .filter(m -> m.type() == MentionType.PARTY)
                .map(WhoCommits::stateOf).filter(states::contains).distinct().toList();
        if (titled.size() == 1) {
            return sorted(titled.get(0), "US");
        }
        if (readout.group(1) == null) {
            return whole; // a meeting with two states' ministers: the sides may be theirs
        }
        String last = null; // a tour of several: the state of the leg the sentence is in
        for (Mention m : mentions) {
            String state = m.type() == MentionType.PARTY && m.start() >= titleEnd && m.start() < offset ? stateOf(m) : null;
            last = state != null && states.contains(state) ? state : last;
        }
        return last == null ? whole : sorted(last, "US");
    }

    /**
     * "They agreed to …" in a White House record of an official's call, meeting or travel whose title names the state
     * met ("… Call with National Security Advisor Roe of Greece"): the two sides, that state and the United States, not
     * the states the sentence before spoke of ("welcomed the dialogue between Greece and Turkey"); on a tour of several,
     * the titled state named last before the sentence. Empty where the title names no state, or the United States.
     */
    private static List<String> sidesOfTheTitledMeeting(String text, int offset, List<Mention> mentions) {
        int titleEnd = DocumentParties.titleEnd(text);
        Matcher met = MEETING_TITLE.matcher(text.substring(0, titleEnd));
        if (!met.find()) {
            return List.of();
        }
        List<String> titled = Stream.concat(mentions.stream().filter(m -> m.end() <= titleEnd),
                        DocumentParties.statesBrokenByEscapes(text, titleEnd).stream())
                .filter(m -> m.type() == MentionType.PARTY).map(WhoCommits::stateOf)
                .filter(s -> s != null && s.length() == 2).distinct().toList();
        if (titled.isEmpty() || titled.contains("US")) {
            return List.of();
        }
        if (titled.size() == 1) {
            return sorted(titled.get(0), "US");
        }
        if (met.group(1) == null) {
            return List.of(); // a call with several states' officials: "they" may be all of them
        }
        String last = null; // a tour of several: the state of the leg the sentence is in, as "In Togo, …" opens it
        String leg = null;
        for (Mention m : mentions) {
            String state = m.type() == MentionType.PARTY && m.start() >= titleEnd && m.start() < offset ? stateOf(m) : null;
            if (state != null && titled.contains(state)) {
                last = state;
                leg = LEG_OPENS.matcher(text.substring(Math.max(0, m.start() - 6), m.start())).find() ? state : leg;
            }
        }
        String at = leg != null ? leg : last;
        return at == null ? List.of() : sorted(at, "US");
    }

    /** "In" opening a sentence or paragraph right before a tour's state: "In Togo, the Deputy met …". */
    private static final Pattern LEG_OPENS = Pattern.compile("(?:^|[.\\n]\\s*)In\\s+$");

    /**
     * A record of an official's call or meeting, or of travel (group 1), a tour perhaps of several states; a long title
     * folds onto a second line.
     */
    private static final Pattern MEETING_TITLE = Pattern.compile(
            "(?is)\\b(?:readout|statement)\\b.*?(?:\\b(travel|trip|visit)\\b|\\b(?:call|meetings?)\\s+with\\b)");

    /**
     * A counted group of a White House text ("the four delegations", "the three sides") one more than the states it
     * resolved to, none of them the United States: the United States too, whose officials the text need not name.
     */
    private static List<String> countedWithTheUnitedStates(String subject, List<String> whole) {
        Matcher counted = COUNTED_SIDES.matcher(subject);
        if (!counted.find() || whole.contains("US") || whole.stream().anyMatch(p -> p.length() != 2)) {
            return whole;
        }
        int count = List.of("two", "three", "four", "five", "six").indexOf(counted.group(1).toLowerCase(Locale.ROOT)) + 2;
        return whole.size() + 1 == count ? union(whole, List.of("US")) : whole;
    }

    /** "the three delegations", "the four sides": a meeting's parties by their count. */
    private static final Pattern COUNTED_SIDES = Pattern.compile(
            "(?i)\\bthe\\s+(two|three|four|five|six)\\s+(?:delegations|sides|countries|nations|governments)\\b");

    /** What a leader pledges, not what they ask of others ("President Roe’s call for the agency to"). */
    private static final Pattern OWN_PLEDGE_NOUN = Pattern.compile(
            "(?:[’']s?\\s+)?(?:\\p{Ll}+\\s+)?(?:commitments?|pledges?|promises?|intentions?|intent|decision"
                    + "|determination|readiness|resolve|plans?)\\b");

    private static final Pattern JOINED_BEFORE = Pattern.compile("(?:,|\\band|&)\\s+$");

    /** "The two sides", "each side": a meeting's sides, not "both countries" the text speaks of. */
    static final Pattern SIDES = Pattern.compile("(?i)\\b(?:sides?|delegations?)\\b");

    /** A readout of officials' meetings, or of their travel or visit (group 1), a tour perhaps of several states. */
    private static final Pattern READOUT_TITLE = Pattern.compile(
            "(?i)\\breadout\\b.*?(?:\\b(travel|trip|visit)\\b|\\bmeetings?\\b)");

    /** A leader by title and name whose possessive opens the cue: "welcomed Prime Minister Roe’s [commitment to]". */
    private static final Pattern TITLED_POSSESSOR = Pattern.compile("\\b((?:President|Prime\\s+Minister|Premier|Chancellor|King"
            + "|Emir|Amir|Crown\\s+Prince|Sultan)\\s+(?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}\\p{Lu}[\\p{L}-]+)[’']s?\\s+(?:\\p{Ll}+\\s+){0,2}$");

    /**
     * The state of the one leader, named by title and name, whose possessive opens the cue ("President Roe’s commitment
     * to"), where the text or news places the leader; empty otherwise, and where a modal follows ("Roe’s government will").
     */
    private static List<String> titledPossessor(String sentence, int cueStart, Officials officials) {
        if (sentence.indexOf('’') < 0 && sentence.indexOf('\'') < 0) {
            return List.of();
        }
        String after = sentence.substring(cueStart);
        // the cue may open with the possessive itself ("’s commitment to")
        String head = sentence.substring(0, cueStart)
                + (POSSESSIVE_START.matcher(after).find() ? after.substring(0, after.indexOf(' ') + 1) : "");
        Matcher leader = TITLED_POSSESSOR.matcher(head);
        if (!OWN_PLEDGE_NOUN.matcher(after).lookingAt() || !leader.find() || MODAL_VERB.matcher(after).find()
                || JOINED_BEFORE.matcher(head.substring(0, leader.start())).find()) {
            return List.of(); // "President Roe and Prime Minister Doe’s commitment": both leaders'
        }
        List<String> states = officials.leadersIn(leader.group(1));
        return states.size() == 1 ? states : List.of();
    }

    /**
     * Whether the parties hold the United States, one of its executive bodies or a group of states; Congress, which the
     * White House asks to act, never speaks in its texts.
     */
    private static boolean speaksForItself(List<String> parties) {
        return parties.stream().anyMatch(p -> "US".equals(p) || "intl".equals(PartyKinds.of(p))
                || p.length() > 2 && !LEGISLATURE.matcher(p).find() && PartyKinds.stateOf(List.of(p)).filter("US"::equals).isPresent());
    }

    private static final Pattern LEGISLATURE = Pattern.compile("\\b(?:Congress|Senate|House\\s+of\\s+Representatives)\\b");

    /** "Our collaboration in this forum", "their joint investment": a thing the speakers have, not the speakers. */
    private static final Pattern OUR_THING = Pattern.compile(
            "(?i)^[\\s\"“]*(?:[^;“”\"]*?[\\s,])?(?:our|their)\\s+((?:[\\p{L}\\p{N}-]+\\s+){1,8})$");

    private static final Pattern GROUP_NOUN = Pattern.compile(
            "(?i)^(?:two|three|four|both|countries|nations|governments|partners|leaders|presidents|economies|states|members|ministers"
                    + "|participants|sides|allies|we|government|administration|agencies|ministries|officials|delegations)$");

    /** Whether the subject is a thing the speakers have ("Our combined commitment … will form"), not the speakers. */
    private static boolean isOurThing(String subject) {
        Matcher m = OUR_THING.matcher(subject);
        if (!m.find() || GROUP_PHRASE.matcher(subject.substring(0, m.start(1))).results().count() > 1) {
            return false;
        }
        for (String word : m.group(1).strip().split("\\s+")) {
            if (GROUP_NOUN.matcher(word).matches()) {
                return false;
            }
        }
        return true;
    }

    /** The two leaders of a bilateral meeting: "the two leaders", "both leaders". */
    private static final Pattern LEADER_PAIR = Pattern.compile(
            "(?i)\\b(?:the\\s+two|both)\\s+(?:leaders|" + ClauseWords.alternation("leader-group") + ")\\b");

    /** "The leaders", "the Presidents" of a bilateral statement: its two heads, as "the two leaders" are. */
    private static final Pattern THE_LEADERS = Pattern.compile(
            "(?i)^\\s*the\\s+(?:leaders|" + ClauseWords.alternation("leader-group") + ")\\s*$");

    /** A group of two: "both sides", "the two countries", "both nations". */
    private static final Pattern PAIR = Pattern.compile("(?i)\\b(?:both|two)\\s+(?:\\p{Ll}+\\s+)?(?:sides|countries|nations|governments|ministries|parties"
            // a meeting's two delegations are its two sides
            + "|delegations)\\b");

    /**
     * "Both countries will …" in a text of three parties ("Korea met Japan, then Canada"): the first of them, which
     * speaks, and the other one named last before the sentence; all of them when no other was named.
     */
    private static List<String> pair(List<String> parties, int offset, List<Mention> mentions) {
        String first = mentions.stream().filter(m -> m.type() == MentionType.PARTY).map(WhoCommits::stateOf)
                .filter(state -> state != null && parties.contains(state)).findFirst().orElse(parties.get(0));
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.start() >= offset || m.type() != MentionType.PARTY) {
                continue;
            }
            String state = stateOf(m);
            if (state != null && !state.equals(first) && parties.contains(state)) {
                return sorted(first, state);
            }
        }
        return parties;
    }

    /**
     * "The two countries plan to …", "The two leaders agreed to …" where the document's parties are one state: the states
     * the report's first sentence names together, else that state and the other one the text named last before the
     * sentence; when the text has named only one state so far, the two states the whole text names (a joint statement
     * whose title names the host alone: "the Chilean side" comes later). "The leaders" alone ({@code pair} false) are read
     * only so, wherever they stand: in a text that names a third state they may be of a meeting with a host it leaves
     * unnamed ("The Presidents committed to …" in a readout that names a state they discussed).
     */
    private static List<String> pairOfOne(List<String> whole, int offset, List<Mention> mentions, String text, boolean pair) {
        List<String> earlier = mentions.stream().filter(m -> m.type() == MentionType.PARTY && m.start() < offset)
                .map(WhoCommits::stateOf).filter(state -> state != null).distinct().toList();
        if (earlier.size() < 2 || !pair) {
            List<String> all = mentions.stream().filter(m -> m.type() == MentionType.PARTY)
                    .map(WhoCommits::stateOf).filter(state -> state != null).distinct().sorted().toList();
            return all.size() == 2 && all.containsAll(whole) ? all : whole;
        }
        return openingPair(offset, mentions, text).orElseGet(() -> pair(earlier, offset, mentions));
    }

    /**
     * The first state a report names and the next one named in the same sentence ("US President Jane Roe and Chile's
     * President Ana Soto signed a pact, as both seek to rely less on China" → CL, US); none when that sentence names
     * only one state.
     */
    private static Optional<List<String>> openingPair(int offset, List<Mention> mentions, String text) {
        Mention opening = mentions.stream().filter(m -> m.type() == MentionType.PARTY && m.start() < offset)
                .filter(m -> stateOf(m) != null).findFirst().orElse(null);
        if (opening == null) {
            return Optional.empty();
        }
        Matcher end = DocumentParties.SENTENCE_END.matcher(text).region(opening.end(), offset);
        int openingEnd = end.find() ? end.start() : offset;
        return mentions.stream()
                .filter(m -> m.start() >= opening.end() && m.end() <= openingEnd && m.type() == MentionType.PARTY)
                .map(WhoCommits::stateOf).filter(state -> state != null && !state.equals(stateOf(opening)))
                .findFirst().map(state -> sorted(stateOf(opening), state));
    }

    /** "each side", "either Party", "both Parties": each of a pair the text's speaker is one of. */
    private static final Pattern EACH_SIDE = Pattern.compile("(?i)\\b(?:(?:each|either)\\s+(?:side|party)|both\\s+parties)\\b");

    /** Whether "each side" or "each Party" is the subject itself, not words after a preposition in it. */
    private static boolean isEachSideSubject(String subject) {
        Matcher each = EACH_SIDE.matcher(subject);
        return each.find() && !NOT_SUBJECT_BEFORE.matcher(subject.substring(0, each.start())).find();
    }

    /** "both countries", "the two nations", "the two sides": a pair of states, not a treaty's "both Parties". */
    private static final Pattern TWO_STATES_OR_SIDES = Pattern.compile("(?i)\\b(?:both|the\\s+two)\\s+(?:countries|nations|governments|sides|delegations)\\b");

    /**
     * Whether "the two countries" is the subject itself, not words after a preposition in it ("The two leaders reaffirmed
     * the relationship between the two countries and committed to …" is the leaders').
     */
    private static boolean isPairSubject(String subject) {
        Matcher pair = TWO_STATES_OR_SIDES.matcher(subject);
        return pair.find() && !NOT_SUBJECT_BEFORE.matcher(subject.substring(0, pair.start())).find()
                && !LEADERS_BEFORE.matcher(subject.substring(0, pair.start())).find();
    }

    /** "The two leaders reaffirmed …": a subject of people before the pair. */
    private static final Pattern LEADERS_BEFORE = Pattern.compile("(?i)\\b(?:leaders|presidents|ministers|heads)\\b");

    /**
     * The one state of a document of two states that the action names as the partner ("… collaboration with the
     * Republic of Chile"); none when the document's parties are not two states or the action names no such partner.
     */
    private static List<String> partnerAfterWith(String sentence, int offset, int cueStart, List<Mention> inside,
            List<String> documentParties) {
        if (documentParties.size() != 2 || !documentParties.stream().allMatch(Sides::isState)) {
            return List.of();
        }
        List<String> partners = inside.stream().filter(m -> m.type() == MentionType.PARTY && m.start() - offset >= cueStart)
                .filter(m -> WITH_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - offset - BEFORE_NAME),
                        m.start() - offset)).find())
                .map(WhoCommits::stateOf).filter(state -> state != null).distinct().toList();
        return partners.size() == 1 && documentParties.contains(partners.get(0)) ? partners : List.of();
    }

    /** What names a state as the one a pair depends on or counters: "dominated by", "reliance on", "away from". */
    private static final Pattern RIVAL_BEFORE = Pattern.compile("(?i)\\b(?:dominated\\s+by|dominance\\s+of|(?:over-?)?reliant\\s+on"
            + "|(?:over-?)?reliance\\s+on|dependen(?:t|ce|cy)\\s+on|away\\s+from|counter(?:ing)?|rely\\s+(?:less\\s+)?on"
            // "imports 90 percent of its graphite from China": the state a pair buys from
            + "|(?:imports?|imported|sources?|sourced|buys?|bought)\\b[^.;:]{0,60}\\bfrom)"
            + "\\s+(?:the\\s+)?$");

    /** "the pact with Malaysia": one partner named, the other is the report's own state. */
    private static final Pattern WITH_BEFORE = Pattern.compile("(?i)\\bwith\\s+(?:the\\s+)?$");

    /**
     * The pair a report of several states means by "the two countries": the two states the sentence names before it
     * ("Under the U.S.-Mexico pact, the two countries agreed …"), the one it names as the partner of a pact and the
     * report's main state ("Under the pact with Malaysia, the two nations …"), else the two states the sentence before
     * names, by name or by their leaders ("Trump and the Thai Prime Minister signed a memorandum. The two countries also
     * agreed …"); empty when neither names just two.
     */
    private static List<String> pairNamedBefore(String sentence, int offset, int cueStart, List<Mention> inside, String text,
            Context context) {
        Set<String> here = new LinkedHashSet<>();
        String partner = null;
        for (Mention m : inside) {
            int at = m.start() - offset;
            String state = m.type() == MentionType.PARTY && at < cueStart ? stateOf(m) : null;
            if (state != null) {
                here.add(state);
                partner = WITH_BEFORE.matcher(sentence.substring(Math.max(0, at - BEFORE_NAME), at)).find() ? state : partner;
            }
        }
        if (here.size() == 2) {
            return sorted(here.stream().findFirst().get(), here.stream().skip(1).findFirst().get());
        }
        List<String> main = context.sides().mainState();
        if (here.size() == 1 && partner != null && main.size() == 1 && !main.get(0).equals(partner)) {
            return sorted(partner, main.get(0));
        }
        String previous = context.previousSentence();
        int previousStart = previous.isBlank() ? -1 : text.lastIndexOf(previous, offset);
        if (!here.isEmpty() || previousStart < 0) {
            return List.of();
        }
        Set<String> before = new LinkedHashSet<>();
        for (Mention m : context.mentions()) {
            String state = m.type() == MentionType.PARTY && m.start() >= previousStart && m.end() <= previousStart + previous.length()
                    ? stateOf(m) : null;
            if (state != null && RIVAL_BEFORE.matcher(text.substring(Math.max(previousStart, m.start() - 2 * BEFORE_NAME), m.start()))
                    .find()) {
                continue; // "supplies currently dominated by China": the state the pair seeks to rely less on is not one of them
            }
            if (state != null) {
                before.add(state);
            }
        }
        before.addAll(context.officials().leadersIn(previous));
        return before.size() == 2 ? sorted(before.stream().findFirst().get(), before.stream().skip(1).findFirst().get())
                : List.of();
    }

    private static List<String> sorted(String one, String other) {
        return one.compareTo(other) < 0 ? List.of(one, other) : List.of(other, one);
    }

    /** "with" soon after the cue, before the partners the speakers act with: "will work closely [with] Washington". */
    private static final Pattern WITH_PARTNERS = Pattern.compile("^[^,;:.]{0,60}?\\bwith\\s+(?:the\\s+)?");

    /** The same, or the verb of help before those a quoted speaker helps: "will [help] Hanoi build …", "will [support] Chile". */
    private static final Pattern WITH_OR_HELPED = Pattern.compile(
            "^[^,;:.]{0,60}?\\b(?:with|help|helping|support|supporting|assist|assisting)\\s+(?:the\\s+)?");

    /** What joins two partners: ", ", " and ", ", and ", with an article after it. */
    private static final Pattern PARTNER_JOIN = Pattern.compile("^(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?");

    /**
     * "We will continue to work closely with Washington and Tokyo", and in a quotation "“We will help Hanoi build …,” the
     * minister said": the states named as partners after "with", or as those a quoted speaker helps, are not among "we",
     * which is the rest of the group; the group stays whole when no partner of it is named. A joint statement's "we
     * commit to support Australia in …" keeps Australia among its speakers.
     */
    private static List<String> withoutPartners(List<String> whole, String sentence, int offset, int cueStart, List<Mention> inside,
            boolean quoted) {
        Matcher with = (quoted ? WITH_OR_HELPED : WITH_PARTNERS).matcher(sentence.substring(cueStart));
        if (whole.size() < 2 || !with.find()) {
            return whole;
        }
        Set<String> partners = new LinkedHashSet<>();
        int at = offset + cueStart + with.end();
        boolean more = true;
        while (more) {
            more = false;
            for (Mention m : inside) {
                String state = m.type() == MentionType.PARTY && m.start() == at ? stateOf(m) : null;
                if (state != null) {
                    partners.add(state);
                    Matcher join = PARTNER_JOIN.matcher(sentence.substring(Math.min(sentence.length(), m.end() - offset)));
                    if (join.find()) {
                        at = m.end() + join.end();
                        more = true;
                    }
                    break;
                }
            }
        }
        List<String> rest = whole.stream().filter(n -> !partners.contains(n)).toList();
        return partners.isEmpty() || rest.isEmpty() ? whole : rest;
    }

    private static String stateOf(Mention m) {
        return m.norm().length() == 2 ? m.norm() : PartyKinds.stateOf(List.of(m.norm())).orElse(null);
    }

    /** A deal's name with the apposition that lists who signed it: "X, an agreement signed by A, B and C, aims to". */
    private static final Pattern SIGNED_BY_APPOSITION = Pattern.compile("(?i)^(?:the\\s+)?[^,]{2,60},\\s+(?:an?|the)\\s+"
            + "(?:[\\p{L}-]+\\s+){0,2}(?:agreement|pact|accord|compact|declaration|framework|initiative|partnership|alliance"
            + "|coalition|treaty|charter)\\s+(?:signed|joined|endorsed|launched|formed|founded|concluded)\\s+(?:in\\s+\\d{4}\\s+)?by\\s+"
            + "([^;]{4,400}?),\\s*(?:(?:also|now|jointly|\\w+ly)\\s+)*$");

    /** "we, the Republic of Korea," right before the cue: who "we" is. */
    private static final Pattern WE_APPOSITION = Pattern.compile("(?i)\\bwe\\s*,\\s+([^,;“”\"]{2,80}),\\s*(?:(?:also|now|too|\\w+ly)\\s+)*$");

    private static final Pattern TWO_STATES = Pattern.compile("(?i)\\b(?:both|the\\s+two)\\s+(?:countries|nations|governments)\\b");

    /** The last {@code count} distinct states named before {@code offset}, in text order; none when fewer are. */
    static List<String> lastStates(List<Mention> mentions, int offset, int count) {
        List<String> states = new ArrayList<>();
        for (int i = mentions.size() - 1; i >= 0 && states.size() < count; i--) {
            Mention m = mentions.get(i);
            if (m.type() == MentionType.PARTY && m.end() <= offset && Sides.isState(m.norm()) && !states.contains(m.norm())) {
                states.add(0, m.norm());
            }
        }
        return states.size() == count ? states : List.of();
    }

    static final Pattern STATE_GROUP = Pattern.compile("(?i)\\b(?:countries|nations|governments|states)\\b");

    static final String PARTNERS_MODIFIER = "(?:(?:its|their|his|her|other|key|like-minded|international|local"
            + "|industry|private|close|European|NATO)\\s+)*";

    /** The party named at {@code first} and those joined to it by "and" or a comma: "Angola and the European Commission". */
    static List<Mention> joinedNames(String sentence, int offset, List<Mention> inside, int first) {
        List<Mention> names = new ArrayList<>(List.of(inside.get(first)));
        for (int k = first + 1; k < inside.size(); k++) {
            Mention last = names.get(names.size() - 1);
            Mention next = inside.get(k);
            if (next.type() != MentionType.PARTY || next.start() < last.end() || next.end() - offset > sentence.length()
                    || !COORDINATED.matcher(sentence.substring(last.end() - offset, next.start() - offset)).matches()) {
                break;
            }
            names.add(next);
        }
        return names;
    }

    /**
     * A subject that is only a demonym before a plural common noun ("American manufacturers", "Japanese firms"), not a
     * government's stand-in ("Korean authorities", "the Japanese side").
     */
    private static final Pattern DEMONYM_PEOPLE = Pattern.compile(
            "^[\\s*_]*(?:(?:\\(?\\w{1,4}[.)]|[-•*–])\\s+)?(?:(?:the|many|some|most|leading|other)\\s+)?(?<demonym>\\p{Lu}\\p{Ll}+)"
                    + "\\s+(?:\\p{Ll}+\\s+){0,2}(?!(?:authorities|officials|ministries|agencies|delegations|negotiators|regulators"
                    + "|governments|leaders)\\b)\\p{Ll}+s\\s*$");

    private static boolean demonymsPeople(String subject) {
        Matcher m = DEMONYM_PEOPLE.matcher(subject);
        return m.matches() && PartyKinds.demonyms().containsKey(m.group("demonym"));
    }

    /** A demonym joined to a name by a hyphen: "[Saudi]-U.S. relationship", "U.S.-[Saudi] ties". */
    private static final Pattern DEMONYM_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}]+)[-–]$");

    private static final Pattern DEMONYM_AFTER = Pattern.compile("^[-–](\\p{Lu}[\\p{L}]+)\\b(?![-–]?\\p{Ll})");

    /**
     * The state of a demonym hyphened to a party's name ("the Saudi-U.S. relationship and their commitment to …"): the
     * pair is named together, though the demonym alone is no mention.
     */
    private static List<String> hyphenedDemonym(String sentence, int start, int end) {
        Set<String> states = new LinkedHashSet<>();
        Matcher before = DEMONYM_BEFORE.matcher(sentence.substring(Math.max(0, start - 30), start));
        if (before.find() && PartyKinds.demonyms().containsKey(before.group(1))) {
            states.add(PartyKinds.demonyms().get(before.group(1)));
        }
        Matcher after = DEMONYM_AFTER.matcher(sentence.substring(end));
        if (after.find() && PartyKinds.demonyms().containsKey(after.group(1))) {
            states.add(PartyKinds.demonyms().get(after.group(1)));
        }
        // "the U.S. and [Jordanian] officials", "the [Israeli] and U.S. delegations": a demonym coordinated with the
        // state's name before a plural noun of the people the two states send names the other state's people too
        Matcher coordinatedAfter = DEMONYM_AND_AFTER.matcher(sentence.substring(end));
        if (coordinatedAfter.lookingAt() && PartyKinds.demonyms().containsKey(coordinatedAfter.group(1))) {
            states.add(PartyKinds.demonyms().get(coordinatedAfter.group(1)));
        }
        Matcher coordinatedBefore = DEMONYM_AND_BEFORE.matcher(sentence.substring(Math.max(0, start - 40), start));
        if (coordinatedBefore.find() && PEOPLE_SENT.matcher(sentence.substring(end)).lookingAt()
                && PartyKinds.demonyms().containsKey(coordinatedBefore.group(1))) {
            states.add(PartyKinds.demonyms().get(coordinatedBefore.group(1)));
        }
        states.removeIf(state -> state.length() != 2);
        return List.copyOf(states);
    }

    /** The plural nouns of those two states send to meet: "delegations", "teams", "officials", "negotiators". */
    private static final String PEOPLE_SENT_NOUNS = "(?:delegations|teams|officials|governments|negotiators|sides|leaders"
            + "|ministers|authorities|representatives|counterparts|militaries|forces|envoys|diplomats)\\b";

    private static final Pattern PEOPLE_SENT = Pattern.compile("^\\s+" + PEOPLE_SENT_NOUNS);

    private static final Pattern DEMONYM_AND_AFTER = Pattern.compile("^\\s+and\\s+(\\p{Lu}[\\p{L}]+)\\s+" + PEOPLE_SENT_NOUNS);

    private static final Pattern DEMONYM_AND_BEFORE = Pattern.compile("(?<![\\p{L}-])(\\p{Lu}[\\p{L}]+)\\s+and\\s+$");

    /**
     * A cue that tells the document's parties as a group to act: "urges both sides to", "encourages the Participants to",
     * and in the passive "It is recommended that each Participant designate …".
     */
    private static final Pattern TOLD_GROUP = Pattern.compile("(?i)^(?:(?:encourag|urg|invit|call|request)\\w*\\s+(?:(?:on|upon)\\s+)?"
            + "(?:both|the\\s+two|the)\\s+(?:sides|parties|participants|countries|governments|nations|partners)\\s+to\\s+\\p{L}"
            + "|recommended\\s+that\\s+(?:(?:both|the\\s+two|the|each|all)\\s+)?(?:sides?|part(?:y|ies)|participants?|partners?|members?)"
            + "\\s+(?:should\\s+)?(?-i:\\p{Ll}))");

    /** The cue words of a recommendation whose object is told to act: "invite", "encourage", "urge", "call on". */
    private static final Pattern TELLS = Pattern.compile(
            "(?i)^(?:encourag|urg|invit|call|request|recommend|ask)\\w*\\b");

    /** The modals before "be" that say what a thing is or ought to be (see {@link Clauses#isPredicateNoun}). */
    private static final Pattern PREDICATE_MODAL = Pattern.compile("(?:will|shall|must|should)\\b");

    /** A present directive: "The Order directs X to", "It tasks X with": the directed parties act. */
    private static final Pattern DIRECTS = Pattern.compile("(?i)^(?:directs|instructs|tasks|(?:hereby|I)\\s+direct|direct)\\b");

    /** Unnamed agencies in a directive's object: "and other Federal agencies", "all executive departments". */
    private static final Pattern AGENCIES = Pattern.compile("(?i)\\b(?:agencies|departments|regulators)\\b"); // "Federal banking regulators"

    /** A cue addressed to whom it names, with or without "to": "call on Congress", "urge that Congress pass". */
    private static final Pattern ADDRESSED = Pattern.compile("(?i)^\\p{L}+\\s+(?:(?:on|upon)\\b|that\\s)");

    /** Where a body called for sits, no party told to act: "a new Fund based at the Department of Energy". */
    private static final Pattern HOSTED_AT = Pattern.compile(
            "(?i)\\b(?:based|housed|hosted|located|headquartered|seated)\\s+(?:at|in|within)\\s+(?:the\\s+)?$");

    /** A cue that runs through the body it asks to act ("ask … to"): the body starts after its first word. */
    private static final Pattern ASKED_IN_CUE = Pattern.compile("(?i)asks?\\b");

    /** Where the told party's phrase ends: its "to" before the action, or a clause break. */
    private static final Pattern TOLD_END = Pattern.compile("(?i)\\bto\\s+\\p{L}|[;:.]");

    /**
     * The parties named as the object of a cue that tells someone else to act ("encouraged other partners, including
     * the European Union and Australia, to join"), up to their "to"; empty when the object names none ("we call on
     * companies to …": then the speakers recommend).
     */
    private static List<String> toldParties(String sentence, int offset, ModalityCues.Cue cue, List<Mention> inside, String text) {
        if (!TELLS.matcher(sentence.substring(cue.start())).find()) {
            return List.of();
        }
        int from = cue.end();
        Matcher asked = ASKED_IN_CUE.matcher(sentence).region(cue.start(), cue.end());
        if (asked.lookingAt()) {
            from = asked.end(); // "We ask the OECD to report": the cue holds the body asked
        }
        Matcher end = TOLD_END.matcher(sentence).region(from, Math.min(sentence.length(), from + 200));
        String addressed = sentence.substring(cue.start(), Math.min(sentence.length(), from + 6));
        if (!end.find() || !end.group().regionMatches(true, 0, "to", 0, 2) && !ADDRESSED.matcher(addressed).find()) {
            // "We call for the implementation of the ASEAN consensus": no one named is told to act
            return List.of();
        }
        Set<String> told = new LinkedHashSet<>();
        for (Mention m : inside) {
            int at = m.start() - offset;
            if (m.type() == MentionType.PARTY && at >= from && m.end() - offset <= end.start() && !Clauses.isInName(text, m)
                    && !HOSTED_AT.matcher(sentence.substring(Math.max(from, at - BEFORE_NAME), at)).find()
                    && !inHyphenedPair(sentence, at, m.end() - offset)) {
                told.add(m.norm());
            }
        }
        return List.copyOf(told);
    }

    /**
     * Whether the name at {@code [start, end)} is one of a hyphened pair that only describes a noun: "a ceasefire across
     * the Lebanon-Israel border", "the Peru–Chile corridor"; no one told to act.
     */
    private static boolean inHyphenedPair(String sentence, int start, int end) {
        boolean before = start >= 2 && (sentence.charAt(start - 1) == '-' || sentence.charAt(start - 1) == '–')
                && Character.isLetter(sentence.charAt(start - 2));
        boolean after = end + 1 < sentence.length() && (sentence.charAt(end) == '-' || sentence.charAt(end) == '–')
                && Character.isUpperCase(sentence.charAt(end + 1));
        return before || after;
    }

    /**
     * A possessive between a state and the body it owns: "Japan’s JOGMEC", "the United States’ DFC", "Korea’s state-run
     * KEXIM" (compound adjectives only: a plain word may be what the state does, "Japan’s support for").
     */
    static final Pattern POSSESSIVE_GAP = Pattern.compile("^(?:[’']s?|s[’'])\\s+(?:own\\s+|\\p{Ll}+-\\p{Ll}+\\s+){0,2}$");

    /**
     * A state named between commas only to say where the subject's plant or seat is: "Tessin’s plant in Narva, Estonia,
     * will", "Kestrel, based in Perth, Australia, will". The place before it is no party ("the Government of Canada,
     * Japan, and" lists parties).
     */
    private static final Pattern PLACE_BEFORE = Pattern.compile(
            "\\b(?:in|at|near|of|from)\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2},\\s+$");

    private static final Pattern COMMA_AFTER = Pattern.compile("^\\s*,");

    /**
     * "to launch the", "who founded the new": the name after it is the body made (ANNOTATION.md §2, objects); not the
     * participle of a name ("the newly formed Cobalt Office will").
     */
    static final Pattern CREATING_BEFORE = ClauseWords.compile(
            "(?<![\\p{L}-])(?<!\\b(?:the|an?|newly|its|their|our)\\s)(?:" + ClauseWords.alternation("creating-verb") + ")\\s+(?:(?:the|a|an|new|joint)\\s+)*$");

    /** ", which will", " that will": a relative clause on the body made, whose subject it is. */
    private static final Pattern RELATIVE_AFTER = ClauseWords.compile("^\\s*(?:\\([^()]{1,30}\\))?[\\s,]*(?:which|that|who)\\b");

    /**
     * A body named as the object of a verb that makes it: "joined Chile to launch the Cobalt Alliance" — the Alliance
     * is what is launched; a relative clause after it ("launched the Alliance, which will …") keeps it as its subject.
     */
    private static boolean isCreatedBody(String sentence, int from, int at, int end) {
        return CREATING_BEFORE.matcher(sentence.substring(from, at)).find()
                && !RELATIVE_AFTER.matcher(sentence.substring(end)).lookingAt();
    }

    private static boolean isPlaceInPhrase(String sentence, int offset, Mention state, List<Mention> inside) {
        int at = state.start() - offset;
        if (state.norm().length() != 2 || !COMMA_AFTER.matcher(sentence.substring(state.end() - offset)).lookingAt()) {
            return false;
        }
        Matcher place = PLACE_BEFORE.matcher(sentence.substring(Math.max(0, at - BEFORE_NAME), at));
        if (!place.find()) {
            return false;
        }
        int placeStart = Math.max(0, at - BEFORE_NAME) + place.start();
        // "the Republic of Korea, Malaysia": the "place" is the end of a party's own name, which lists parties
        return inside.stream().noneMatch(m -> m.type() == MentionType.PARTY && m.end() - offset > placeStart
                && m.start() - offset < at);
    }

    /** "will ensure that outlets have a seat": a state of things the speakers see to, a pledge after any opener. */
    private static final Pattern SEES_TO_IT = Pattern.compile("(?i)[\\s,]*(?:\\p{L}+ly\\s+)?ensure\\s+that\\b");

    /** An opener that points back to the act of the sentence before: "In doing so,", "By doing so,", "In so doing,". */
    private static final Pattern DOING_SO_OPENER = Pattern.compile(
            "(?i)^(?:[^,;]{0,40},[^;]{0,40}?\\s[—–]\\s+)?[\\s\"“]*(?:in|by)\\s+(?:doing\\s+so|so\\s+doing),");

    /**
     * A leading means, also after a dateline: "By partnering with Germany,", "Through joining the alliance,", "In doing
     * so,"; not a time ("In implementing this strategy, the Departments will create …" tells when they act).
     */
    private static final Pattern MEANS_OPENER = Pattern.compile(
            "(?i)^(?:[^,;]{0,40},[^;]{0,40}?\\s[—–]\\s+)?[\\s\"“]*(?:(?:by|through)\\s+\\p{L}+ing\\b[^,;]*|in\\s+doing\\s+so),");

    /**
     * An apposition on a named party: "now Export Finance Australia", "one of the world's largest traders", and one
     * opened by a state's possessive ("Chile's tin miner", "South Korea's state nuclear operator"), which says whose
     * firm it is.
     */
    private static final String NAMED_PARTY_APPOSITION = "\\s*(?:(?:a|an|the|now|formerly|previously|one\\s+of\\s+the)\\s"
            + "|(?:\\p{Lu}[\\p{L}.-]*\\s+){0,2}\\p{Lu}[\\p{L}.-]*[’']s\\s+(?=\\p{Ll}))[^,;()]{1,80},";

    /**
     * After a named party, an apposition up to the cue: "Australia’s Efic, now Export Finance Australia, will", "X’s
     * Efic, the export lender, will".
     */
    private static final Pattern BODY_APPOSITION_GAP = Pattern.compile("^\\s*,(?:" + NAMED_PARTY_APPOSITION + ")?\\s*$");

    private static final Pattern APPOSITION_GAP = Pattern.compile("^\\s*," + NAMED_PARTY_APPOSITION + "\\s*$");

    /**
     * Whether a named party and an apposition on it stand right before the cue: "Halden, the world's largest maker of
     * wire, will help …" is the firm's act, whatever the apposition holds.
     */
    private static boolean namedBeforeApposition(String sentence, int offset, List<Mention> inside, int cueStart) {
        for (Mention m : inside) {
            int end = m.end() - offset;
            if (m.type() == MentionType.PARTY && end < cueStart && end > 0
                    && APPOSITION_GAP.matcher(sentence.substring(end, cueStart)).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a named party ends the subject right before the cue, or before an apposition on it: "Japan’s JOGMEC will"
     * names who acts.
     */
    private static boolean endsInNamedBody(String sentence, int offset, List<Mention> inside, int cueStart) {
        for (Mention m : inside) {
            int end = m.end() - offset;
            if (m.type() == MentionType.PARTY && end <= cueStart && end > 0 && (sentence.substring(end, cueStart).isBlank()
                    || BODY_APPOSITION_GAP.matcher(sentence.substring(end, cueStart)).matches())) {
                return true;
            }
        }
        return false;
    }

    /** The title of a government body's head after its name, with no person's name after it: "EPA Administrator shall". */
    private static final Pattern HEAD_OF_BODY_AFTER = Pattern.compile(
            "^\\s+(?:Administrator|Director|Secretary|Commissioner|Chair|Chairman|Chairwoman|Governor)\\b(?!\\s+\\p{Lu})");

    /**
     * Whether a government body (not a firm, whose chairman acts for it) is named only in its head's title: "The EPA
     * Administrator shall publish …" is an official named by title, who acts for the state the body serves.
     */
    private static boolean headedBody(Mention m, String after) {
        return "body".equals(PartyKinds.of(m.norm())) && HEAD_OF_BODY_AFTER.matcher(after).lookingAt();
    }

    /** A subject that ends in a government's staff or bodies by function: "Consular officers", "Agencies engaged abroad". */
    private static final Pattern STAFF_SUBJECT = ClauseWords.compile("\\b" + ClauseWords.alternation("staff")
            + "(?:\\s+(?!(?:of|from|in|for|and|or)\\b)\\p{Ll}+){0,2}\\s*$");

    /** A title only the United States' government has: "the Secretary of Commerce", "the Trade Representative". */
    private static final Pattern US_OFFICIAL = ClauseWords.compile("\\b(?!secretary\\s+of\\s+state\\s+for\\b)" + ClauseWords.alternation("us-official") + "\\b");

    /**
     * Whether a White House text names one of the United States' own officials by a title only its government has: "The
     * Attorney General will prosecute …", "directs the Secretary of the Treasury to …" in a fact sheet on Iran commit the
     * United States, not the state the text is about, whatever parties the text names.
     */
    private static boolean whiteHouseOfficial(String words, Context context) {
        return context.officials().issuedByTheWhiteHouse() && US_OFFICIAL.matcher(words).find();
    }

    /** A short name in capitals right before the cue: "OTA ", "For 2023, OTA ", "the NREL also ". */
    private static final Pattern SHORT_NAME_SUBJECT = Pattern.compile(
            "(?:^|[\\s,;:(])(?:the\\s+)?(\\p{Lu}{2,6})\\s+(?:(?:also|further|then|now|\\p{Ll}+ly)\\s+)*$");

    /** The capitalised name of a party's unit between the party's possessive and the bracket: "’s Office of Technical Assistance ". */
    private static final Pattern OWN_UNIT_NAME = Pattern.compile(
            "^[’']s\\s+(?:\\p{Lu}[\\p{L}-]*\\s+(?:(?:of|for|and|on|the)\\s+)*){1,8}$");

    /**
     * The party whose unit a subject names by the short name the text defined for it: "OTA" after "the U.S. Department
     * of the Treasury’s Office of Technical Assistance (OTA)" → the department; empty where the subject is no such
     * short name or the text defines it otherwise.
     */
    private static List<String> ownerOfDefinedShortName(String subject, String text, List<Mention> mentions) {
        Matcher name = SHORT_NAME_SUBJECT.matcher(subject);
        if (!name.find()) {
            return List.of();
        }
        int defined = text.indexOf("(" + name.group(1) + ")");
        if (defined < 0) {
            return List.of();
        }
        for (Mention m : mentions) {
            if (m.type() == MentionType.PARTY && m.end() < defined && defined - m.end() <= 120
                    && OWN_UNIT_NAME.matcher(text.substring(m.end(), defined)).matches()) {
                return List.of(m.norm());
            }
        }
        return List.of();
    }

    /** A thing that binds whom it names to act: "The deal requires X to", "It commits both countries to". */
    private static final Pattern BINDS = Pattern.compile("(?i)^(?:commits|requires|require|obliges|binds|provides\\s+for|provide\\s+for)\\s+(?!to\\b)"
            // a law's or an order's "will require X to" (see the cue list)
            + "|^will\\s+(?:also\\s+)?require\\s+(?!to\\b)"
            // a deal's terms in news wording: "The deal will see Qatar supply …" binds those named before the act
            + "|^(?:will|would)\\s+(?:also\\s+)?see\\s"
            // … and "marks an unprecedented commitment on the U.S. side to", "on the part of Japan to"
            + "|^(?:signif|signal|marks|represents|embodies)\\p{L}*\\s+(?:the\\s+|an?\\s+)?(?:\\p{L}+\\s+)?(?:intentions?|intent|commitments?)\\s+(?:of|from|by|on)\\s"
            // a pledge the speakers welcome binds whom it names: "welcomed the commitment by Toyota to invest …"
            + "|^welcom\\p{L}*\\s+(?:the\\s+)?(?:\\p{L}+\\s+)?(?:commitments?|pledges?)\\s+(?:of|from|by)\\s");

    /** What may stand between a state and its "will be" ("Canada also will be"): not a possessed thing ("America's economy"). */
    private static final Pattern STATE_RIGHT_BEFORE = Pattern.compile("(?i)[\\s,]*(?:(?:also|still|now|then|\\p{L}+ly)\\s+)*");

    /**
     * "I" alone as the subject, after an opening clause or "And": "…, I will not stop …", "And I remain committed to …";
     * with its "am" before a participle cue: "I am committed to …", "I’m determined to …".
     */
    private static final Pattern SPEAKER_I = Pattern.compile("(?:^|[,:;—–]\\s*|^[\\s\"“]*(?:And|But|So|Today,?)\\s+)I"
            + "(?:\\s+am|['’]m)?(?:\\s+(?:also|still|further|again|now|\\p{Ll}+ly))?\\s*$");

    /**
     * The speaker's own pledge: "will", "shall", "must", "am committed", "remain committed", and the resolve of "I am
     * determined to …" (an aim of the speaker's own act, not a hope for others').
     */
    private static final Pattern SPEAKERS_PLEDGE_CUE = Pattern.compile(
            "(?i)(?:will|shall|must|['’]ll|(?:am|remain)\\s+(?:\\p{L}+ly\\s+)?committed|committed|determined(?=\\s+to\\s))\\b");

    /** What the speaker will say or feel, no act: "just say that …", "leave it at that", "never forget", "always be grateful". */
    private static final Pattern SPEAKERS_TALK = ClauseWords.compile("^[\\s,]*(?:(?:just|also|now|only|simply|always|never|not|continue\\s+to)\\s+)*(?:"
            + ClauseWords.alternation("speaker-talk") + ")\\b");

    /** A text of spoken words, whose "I" may be anyone's turn: remarks, interviews, briefings, gaggles. */
    private static final Pattern SPOKEN_TITLE = Pattern.compile(
            "(?i)\\b(?:remarks|interview|briefing|gaggle|press\\s+(?:conference|call)|conversation|roundtable|transcript)\\b(?!-)"); // not "briefing-room" in an address

    /** "I have [also] directed", "I've directed": the speaker's own standing order ("I directed" alone reports a past one). */
    private static final Pattern SPEAKER_HAS_DIRECTED = Pattern.compile("(?:^|[\\s,\"“])I(?:\\s+have|['’]ve)(?:\\s+(?:also|already|now|today|further|again))?\\s*$");

    /** An order to one's own staff to act: "directed my team to strengthen …", not "directed an end to United States support". */
    private static final Pattern HAS_DIRECTED_CUE = Pattern.compile("(?i)^(?:directed|instructed|tasked)\\s+(?:[\\p{L}.’'-]+\\s+){1,6}to\\s+(?-i:\\p{Ll})");

    /** "we" or "I" as the subject itself (not "our progress"): the speakers' own role, which they pledge. */
    private static final Pattern SPEAKERS_AS_SUBJECT = Pattern.compile("(?i)\\b(?:we|I)[\\s,]*$");

    /** A pledge won from whom it names: "secured commitments from Thailand to …" (see "@won" in the cue list). */
    private static final Pattern WON = Pattern.compile("(?i)^" + ModalityCues.namedWords("@won"));

    /**
     * A cue that binds someone only when it names whom, and only after a deal or text: "requires investment to succeed"
     * binds no one, nor does "funds provided for the mine to expand".
     */
    private static final Pattern REQUIRES = Pattern.compile("(?i)^(?:(?:will\\s+(?:also\\s+)?)?require|provides?\\s+for\\s)");

    /**
     * The parties a binding cue names between its verb and its "to": those named, the state an official serves, or
     * the document's parties for a group phrase ("commits the countries to"); {@link Resolved#NONE} for "requires"
     * that names no one, and null for "commits" that names no one, whose subject then commits as usual.
     */
    private static Resolved boundParties(String sentence, int offset, ModalityCues.Cue cue, List<Mention> inside,
            String text, Context context) {
        String object = sentence.substring(cue.start(), cue.end());
        Set<String> bound = new LinkedHashSet<>(directedParties(sentence, offset, cue, inside, text));
        if (bound.isEmpty() && whiteHouseOfficial(object, context)) {
            bound.add("US");
        } else if (bound.isEmpty() && (OFFICIAL.matcher(object).find() || AGENCIES.matcher(object).find())) {
            bound.addAll(context.sides().homeState().isEmpty() ? context.sides().mainState() : context.sides().homeState());
        }
        if (bound.isEmpty() && GROUP_SEARCH.in(object).find()) {
            if (!STATE_GROUP.matcher(object).find()) {
                bound.addAll(context.documentParties());
            } else {
                // "commits both countries to" binds states: in a deal of two companies, whose states the text never names, none
                context.sides().states().stream().filter(p -> p.length() == 2).forEach(bound::add);
                if (bound.isEmpty()) {
                    return Resolved.NONE;
                }
            }
        }
        if (!bound.isEmpty()) {
            return new Resolved(List.copyOf(bound), INFERRED_SUBJECT);
        }
        return REQUIRES.matcher(object).find() ? Resolved.NONE : null;
    }

    /**
     * A deal or the text as the subject right before "requires": "The agreement also requires", "It requires". A system
     * "which requires members to hold stocks" describes what is, and binds no one here.
     */
    private static final Pattern BINDING_SUBJECT = ClauseWords.compile(
            "(?:^|[\\s(“\"])(?:" + ClauseWords.alternation("deal-noun") + "s?|memoranda|contracts?|treaty|treaties|order|proclamation"
                    + "|it|this)\\s+(?:\\p{Ll}+ly\\s+|also\\s+|further\\s+)?$");

    /** The parties named between a directive's verb and its "to" ("directs the Department of State … to"). */
    private static List<String> directedParties(String sentence, int offset, ModalityCues.Cue cue, List<Mention> inside, String text) {
        Set<String> directed = new LinkedHashSet<>();
        int asideFrom = -1;
        int asideTo = -1;
        for (Mention m : inside) {
            int at = m.start() - offset;
            if (m.type() == MentionType.PARTY && at > cue.start() && m.end() - offset <= cue.end() && !Clauses.isInName(text, m)) {
                if (at >= asideFrom && at < asideTo) {
                    continue; // "commits JARE, a company formed by Jogmec and Sojitz, to buy": the founders are not bound
                }
                directed.add(m.norm());
                Matcher aside = APPOSITION.matcher(sentence).region(m.end() - offset, cue.end());
                if (asideTo < 0 && aside.lookingAt() && !namesBodyAtHead(aside, offset, inside)) {
                    asideFrom = aside.start();
                    asideTo = aside.end();
                }
            }
        }
        return List.copyOf(directed);
    }

    /** The comma and article that open an apposition: ", the ". */
    private static final Pattern APPOSITION_ARTICLE = Pattern.compile("^,\\s+(?:a|an|the)\\s+");

    /**
     * Whether the words after an apposition's article are the name of a body other than a state: "directs the Department
     * of Energy, the Forest Service, and the Department of the Interior to …" lists the bodies it directs, where "JARE, a
     * company formed by Jogmec and Sojitz," describes the firm (a state at the head, "the U.S. unit of …", describes too).
     */
    private static boolean namesBodyAtHead(Matcher aside, int offset, List<Mention> inside) {
        Matcher opens = APPOSITION_ARTICLE.matcher(aside.group());
        if (!opens.lookingAt()) {
            return false;
        }
        int head = offset + aside.start() + opens.end();
        return inside.stream().anyMatch(m -> m.type() == MentionType.PARTY && m.start() == head && !Sides.isState(m.norm()));
    }

    /**
     * The states of the officials a cue tells to act: "urged Amir Khalid to …", "urged Prime Minister Soto to …", also a
     * leader news names by title and surname where the text does not place them ("invited President Roe to visit …").
     */
    private static List<String> toldOfficials(String sentence, ModalityCues.Cue cue, Officials officials) {
        if (!TELLS.matcher(sentence.substring(cue.start())).find()) {
            return List.of();
        }
        Matcher end = TOLD_END.matcher(sentence).region(cue.end(), Math.min(sentence.length(), cue.end() + 200));
        return end.find() && end.group().regionMatches(true, 0, "to", 0, 2)
                ? officials.leadersIn(sentence.substring(cue.end(), end.start())) : List.of();
    }

    /**
     * An unnamed official a quotation's attribution places by a demonym: "“We will buy …,” a Chinese official said", "…,”
     * a senior Japanese government official told reporters" → that state.
     */
    private static final Pattern DEMONYM_OFFICIAL = Pattern.compile("^\\s*(?:an?|the|one)\\s+(?:(?:senior|top|high-ranking)\\s+)?"
            + "(\\p{Lu}[\\p{L}-]+)\\s+(?:(?:government|trade|foreign\\s+ministry)\\s+)?"
            + "(?:official|negotiator|diplomat|spokes(?:man|woman|person))\\b");

    /** A capitalized word, which may be a people's adjective ("Angolan"). */
    private static final Pattern CAPITALIZED_WORD = Pattern.compile("\\b\\p{Lu}\\p{Ll}+\\b");

    /**
     * The states other than {@code own} that the sentence names after its quotation closes at {@code quoteEnd} (a text
     * offset), by name or by their people's adjective ("with Angolan officials"), in the order named.
     */
    private static List<String> otherStatesAfterQuote(String sentence, int offset, int quoteEnd, List<Mention> inside, String own) {
        Set<String> states = new LinkedHashSet<>();
        int from = Math.max(0, Math.min(sentence.length(), quoteEnd - offset + 1));
        for (Mention m : inside) {
            String state = m.type() == MentionType.PARTY && m.start() - offset >= from ? stateOf(m) : null;
            if (state != null && Sides.isState(state)) {
                states.add(state);
            }
        }
        Matcher word = CAPITALIZED_WORD.matcher(sentence).region(from, sentence.length());
        while (word.find()) {
            String state = PartyKinds.demonyms().get(word.group());
            if (state != null && Sides.isState(state)) {
                states.add(state);
            }
        }
        states.remove(own);
        return List.copyOf(states);
    }

    private static List<String> demonymOfficial(String attribution) {
        Matcher m = DEMONYM_OFFICIAL.matcher(attribution);
        String state = m.find() ? PartyKinds.demonyms().get(m.group(1)) : null;
        return state != null && state.length() == 2 ? List.of(state) : List.of();
    }

    /**
     * The speaker of a quotation the report attributes to a person it does not place ("“We will …,” Jane Roe told
     * reporters"), right after a sentence it attributed to the subject's own official ("X will …, its policy chief
     * said"): that one party; else none.
     */
    private static List<String> ownOfficialOfThePreviousSentence(Context context) {
        String previous = context.previousSentence();
        return context.antecedents().size() == 1 && previous.contains(" its ") && ITS_OFFICIAL_SAID.matcher(previous).find()
                ? context.antecedents() : List.of();
    }

    /** A subject that is the bare title "the President": "3. The President will select …". */
    private static final Pattern BARE_PRESIDENT = Pattern.compile("^[\\s\\p{Pd}*•]*(?:\\(?\\w{1,3}[.)]\\s+)?(?:The|the)\\s+President\\s+(?:\\p{Ll}+ly\\s+|also\\s+)?$");

    /** A president the text names: "President Jane Roe", "President of the Republic of X". */
    private static final Pattern NAMED_PRESIDENT = Pattern.compile("\\bPresident\\s+(?:of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}"
            + "|\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,3})");

    private static final Pattern UNITED_STATES_PRESIDENT = Pattern.compile("\\bPresident\\s+of\\s+the\\s+United\\s+States\\b");

    /**
     * "The President will select the investments" in a deal of the United States where no other president is named
     * (a memorandum with Japan, whose head is a Prime Minister): the President of the United States, not every party;
     * none where the text names a president of another state or one news does not know.
     */
    private static List<String> onlyPresidentIsTheUnitedStates(String subject, Context context) {
        if (!context.documentParties().contains("US") || context.documentParties().size() < 2
                || !BARE_PRESIDENT.matcher(subject).matches()) {
            return List.of();
        }
        Matcher named = NAMED_PRESIDENT.matcher(context.text());
        while (named.find()) {
            if (!UNITED_STATES_PRESIDENT.matcher(named.group()).lookingAt()
                    && !context.officials().leadersIn(named.group()).equals(List.of("US"))) {
                return List.of();
            }
        }
        return List.of("US");
    }

    /** The news's reported "will" or "would", the verb a quote may open at. */
    private static final Pattern REPORTED_WILL = Pattern.compile("(?i)(?:will|would)\\b");

    /** A leading "Once operational,": the sentence is about a plant or a mine when it runs. */
    private static final Pattern ONCE_RUNNING = Pattern.compile("(?i)^[\\s\"“]*once\\s+(?:(?:it|they)\\s+(?:is|are)\\s+)?(?:fully\\s+)?"
            + "(?:operational|built|completed?|commissioned|running|online|in\\s+(?:full\\s+)?(?:production|operation)),");

    /**
     * Only a comma, or a comma and "the", between two names: where an apposition may open ("Tau-Ken Samruk, Kazakhstan's
     * mining company,", "the Food Safety Institute, the Department of Agriculture's research arm,").
     */
    private static final Pattern APPOSITION_OPENS = Pattern.compile("\\s*,\\s*(?:the\\s+)?");

    /**
     * A subject's name and the opening of its apposition up to a state: "Quorvane, a ", "- **Halden Metals**, an " (the
     * name need not be a mention: a firm no finder knows).
     */
    private static final Pattern STATE_IN_FIRM_APPOSITION = Pattern.compile(
            "^[\\s\"“*_•-]*\\p{Lu}[\\p{L}\\d&.'’-]*(?:\\s+[\\p{Lu}\\d][\\p{L}\\d&.'’-]*){0,3}[*_]*\\s*,\\s*(?:a|an|the)\\s+"
                    + "(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}$");

    /** Only "The" between the subject's start and a state: "The [U.S.] company had agreed to". */
    private static final Pattern THE_BEFORE_STATE = Pattern.compile("^[\\s\"“*_•-]*(?:The|the)\\s+$");

    /** After that state, a firm's head word up to the cue: " company had ", "-based miner ", " mining group also ". */
    private static final Pattern STATES_FIRM_AS_SUBJECT = ClauseWords.compile(
            "^(?:-based|-owned|-listed)?\\s+(?:\\p{Ll}[\\p{L}-]*\\s+)?(?:" + ClauseWords.alternation("company-head") + ")"
                    + "(?:\\s+(?:also|further|now|then|itself|is|are|has|have|had|been|\\w+ly))*[\\s,]*$");

    /** The rest of the apposition after the state: "-based company offering money transfers, ", " firm, ". */
    private static final Pattern FIRM_APPOSITION_AFTER = ClauseWords.compile(
            "^(?:-based|-owned|-headquartered)?\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:" + ClauseWords.alternation("company-head") + ")\\b[^,;()]{0,80},");

    /**
     * A subject's name and an apposition that lists who make it up, up to a member: "Ulaan Lithium, a consortium of ",
     * "X, a joint venture between A and ": the members describe the venture named, which acts.
     */
    private static final Pattern MEMBERS_APPOSITION = Pattern.compile(
            "^[\\s\"“*_•-]*\\p{Lu}[\\p{L}\\d&.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\d&.'’-]*){0,3}\\s*,\\s*(?:a|an|the)\\s+"
                    + "(?:[\\p{L}-]+\\s+){0,2}?(?:consortium|joint\\s+venture|venture)\\s+(?:of|between|formed\\s+by|made\\s+up\\s+of"
                    + "|comprising|owned\\s+by)\\s[^;]*$");

    /**
     * A subject (a name, or "the company") and its apposition up to a place after a preposition: "The firm, the largest
     * buyer in ", "Halden Metals, the only producer outside " (a list, "Japan, the United States", has no preposition).
     */
    private static final Pattern PLACE_IN_SUBJECT_APPOSITION = Pattern.compile(
            "^[\\s\"“*_•-]*(?:(?:The|the)\\s+(?:[\\p{L}-]+\\s+){0,2}\\p{Ll}+|\\p{Lu}[\\p{L}\\d&.'’-]*(?:\\s+[\\p{Lu}\\d][\\p{L}\\d&.'’-]*){0,3})"
                    + "\\s*,\\s*(?:a|an|the)\\s+[^,;()]*?\\b(?:in|outside|of|across|from|beyond)\\s+(?:the\\s+)?$");

    /**
     * A firm's possessive before one who holds a share of it or deals with it: "’s largest shareholder", "’s biggest
     * investors", "’s main lender", "’s parent group" name another party than the firm.
     */
    private static final Pattern HOLDER_POSSESSED = Pattern.compile("^[’']s?\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:shareholders?|stockholders?"
            + "|investors?|owners?|parent|lenders?|creditors?|bondholders?|backers?)(?:\\s+(?:group|groups))?\\b");

    /** The rest of that apposition, closed by a comma right before the cue: " outside China, ", ", said it ". */
    private static final Pattern APPOSITION_CLOSES_BEFORE_CUE = Pattern.compile("^[^,;()]{0,80},\\s*(?:\\p{Ll}+\\s+){0,3}$");

    /** A state's possessive that opens an apposition closed by a comma: "Kazakhstan's national mining company,". */
    private static final Pattern POSSESSOR_IN_APPOSITION = Pattern.compile("[’']s\\s+(?:[\\p{L}-]+\\s+){0,4}[\\p{Ll}-]+\\s*,");

    /** An apposition after the first party named: ", a company formed by X and Y,". */
    private static final Pattern APPOSITION = Pattern.compile(",\\s+(?:a|an|the)\\s+[^,;]*,");

    /**
     * Whether the words before a name in [from, at) end in a preposition ("by Japan", "with the EU"): an object or
     * an agent of someone else's action. "The Government of Canada" is the state itself, unless that phrase in turn
     * follows a preposition ("in the State of Georgia").
     */
    private static boolean afterPreposition(String sentence, int from, int at) {
        String before = sentence.substring(from, at);
        Matcher state = STATE_OF.matcher(before);
        if (state.find()) {
            return afterPreposition(sentence, from, from + state.start());
        }
        return NOT_SUBJECT_BEFORE.matcher(before).find() || NON_MEMBER_OF.matcher(before).find();
    }

    /**
     * An absolute clause after a comma whose participle is the cue: "…, with the United States planning to invest $1
     * billion": the name after "with" is the participle's subject, not a partner.
     */
    private static final Pattern ABSOLUTE_WITH = Pattern.compile("(?i)(?:^|,)\\s*with\\s+(?:the\\s+)?$");

    private static final Pattern ABSOLUTE_WITH_CUE = Pattern.compile(
            "(?i)\\s+(?:(?:also|now|further|jointly)\\s+)?(?:planning|intending|aiming|seeking|committing|pledging|preparing)\\s+to\\s");

    /** A right to agree or decide on a rule, the rule's own modal after it with no comma between. */
    private static final Pattern MAY_AGREE_THAT = Pattern.compile(
            "(?i)\\bmay\\s+(?:(?:also|jointly|mutually)\\s+)?(?:agree|decide)\\s+that\\s+[^,;:]*$");

    /** "Non-" glued before a body: "Non-WTO members of ASEAN shall …" names those outside the body, not the body. */
    private static final Pattern NON_MEMBER_OF = Pattern.compile("(?i)\\bnon[-‐–]$");

    /** A verb of opposition right before a name, which is its object: "condemn [Russia]’s use of …". */
    private static final Pattern OPPOSING_VERB_BEFORE = Pattern.compile("(?i)\\b(?:oppose|opposes|opposed|condemn|condemns"
            + "|condemned|reject|rejects|rejected|denounce|denounces|denounced|deplore|deplores|deplored)\\s+(?:the\\s+)?$");

    /** "Canada welcomes …": a subject that greets what another party does. */
    private static final Pattern WELCOMING_VERB = Pattern.compile(
            "^[^,;:]{0,80}?\\b(?:welcomes?|welcomed|notes?|noted|acknowledges?|acknowledged|appreciates?|appreciated"
                    + "|commends?|commended|applauds?|applauded)\\s");

    /** "… and its commitment to", "…, as well as its intention to": the last welcomed party's own cue. */
    private static final Pattern AND_ITS_CUE = Pattern.compile("(?i)(?:\\sand|,|\\sas\\s+well\\s+as)\\s+its\\s+(?:\\p{Ll}+\\s+)?$");

    /**
     * "Canada welcomes Chile's strategy and its commitment to invest …": the commitment is Chile's, the party "its"
     * refers to (the last one named after the welcoming verb), not the welcomer's; null when the sentence is not so.
     */
    private static Resolved welcomedOwnCommitment(String sentence, int offset, int cueStart, List<Mention> inside) {
        // the cue may open with "its" itself ("its commitment to")
        String beforeCue = sentence.substring(0, sentence.startsWith("its ", cueStart) ? cueStart + 4 : cueStart);
        Matcher its = AND_ITS_CUE.matcher(beforeCue);
        Matcher verb = WELCOMING_VERB.matcher(beforeCue);
        if (!its.find() || !verb.lookingAt() || leadingParties(sentence, offset, inside).isEmpty()) {
            return null;
        }
        Mention owner = null;
        for (Mention m : inside) {
            int at = m.start() - offset;
            if (m.type() == MentionType.PARTY && at >= verb.end() && m.end() - offset <= its.start()) {
                owner = m;
            }
        }
        return owner == null ? null : new Resolved(List.of(owner.norm()), NAMED_SUBJECT);
    }

    /** A reported clause whose subject joins "it" to a name: "it and Halden Metals have agreed". */
    private static final Pattern IT_AND = Pattern.compile("(?i)^[\\s,]*it\\s+and\\s");

    /** A reporting verb, perhaps with a time or an adverb, between the speaker's name and a reported clause. */
    private static final Pattern SAID_RIGHT_AFTER = Pattern.compile(
            "^\\s+(?:on\\s+\\p{Lu}\\p{L}+\\s+|\\p{Ll}+ly\\s+)?(?:said|says|announced|stated|confirmed|added)"
                    + "(?:\\s+on\\s+\\p{Lu}\\p{L}+)?\\s+(?:that\\s+)?$");

    /**
     * The party named right before the reporting verb that ends at {@code reportedFrom}: "U.S. rare earths miner MP
     * Materials said on Wednesday it …" is MP Materials' word, whatever the names before it qualify; null otherwise.
     */
    private static String speakerBefore(String sentence, int offset, List<Mention> inside, int reportedFrom) {
        Mention last = null;
        for (Mention m : inside) {
            if (m.type() == MentionType.PARTY && m.end() - offset <= reportedFrom) {
                last = m;
            }
        }
        return last != null && SAID_RIGHT_AFTER.matcher(sentence.substring(last.end() - offset, reportedFrom)).matches()
                ? last.norm() : null;
    }

    /** The parties found without the states that only own a body named after them ("Japan’s JOGMEC"). */
    private static List<String> ownersLeftOut(List<String> found, String sentence, int offset, List<Mention> inside, int end) {
        Set<String> owners = new LinkedHashSet<>();
        for (Mention m : inside) {
            if (m.type() == MentionType.PARTY && m.start() >= offset && m.end() - offset <= end
                    && DealSubjects.possessesNamedBody(sentence, offset, m, inside, end)) {
                owners.add(m.norm());
            }
        }
        List<String> kept = found.stream().filter(n -> !owners.contains(n)).toList();
        return kept.isEmpty() ? found : kept;
    }

    /** A sentence that opens on a place: "In Australia, the federal government agreed to …". */
    private static final Pattern PLACE_OPENER = Pattern.compile("^[\\s\"“*•-]*(?:In|in)\\s+(?:the\\s+)?[^,;]{2,40},\\s+");

    /**
     * The one state a sentence opens on as its place, whose government "the government" after it is ("In Australia, the
     * federal government agreed to lend …", in a report that names other states more); none where it names no state or several.
     */
    private static List<String> openingPlace(String clause, int offset, List<Mention> inside) {
        Matcher opener = PLACE_OPENER.matcher(clause);
        if (!opener.lookingAt()) {
            return List.of();
        }
        List<String> states = inside.stream().filter(m -> m.type() == MentionType.PARTY && m.start() >= offset
                && m.end() - offset <= opener.end() && m.norm().length() == 2).map(Mention::norm).distinct().toList();
        return states.size() == 1 ? states : List.of();
    }

    /** The parties a clause names as actors (not after a preposition, not inside the name of a plan), in order. */
    private static List<String> subjectParties(String clause, int offset, List<Mention> inside, String text) {
        Set<String> found = new LinkedHashSet<>();
        for (Mention m : inside) {
            int at = m.start() - offset;
            if (m.type() != MentionType.PARTY || at < 0 || m.end() - offset > clause.length()) {
                continue;
            }
            if (!afterPreposition(clause, Math.max(0, at - BEFORE_NAME), at) && !Clauses.isInName(text, m)) {
                found.add(m.norm());
            }
        }
        return List.copyOf(found);
    }
}
