package org.accordex.commitments;

import java.util.Set;
import java.util.regex.Pattern;

import opennlp.tools.lemmatizer.LemmatizerME;

import static org.accordex.commitments.ActionPhrase.ACTION_NOUN;
import static org.accordex.commitments.ActionPhrase.ASIDE_COMPLEMENTS;
import static org.accordex.commitments.ActionPhrase.CLOSING_QUOTES;
import static org.accordex.commitments.ActionPhrase.CONDITIONS;
import static org.accordex.commitments.ActionPhrase.DROPPED;
import static org.accordex.commitments.ActionPhrase.FIRST_END;
import static org.accordex.commitments.ActionPhrase.FOCUS_ADVERBS;
import static org.accordex.commitments.ActionPhrase.FREQUENCIES;
import static org.accordex.commitments.ActionPhrase.MAX_ACTIONS;
import static org.accordex.commitments.ActionPhrase.MAX_ASIDE;
import static org.accordex.commitments.ActionPhrase.MAX_ASIDE_WORDS;
import static org.accordex.commitments.ActionPhrase.MAX_CLAUSE_WORDS;
import static org.accordex.commitments.ActionPhrase.MAX_FINISH_WORDS;
import static org.accordex.commitments.ActionPhrase.MAX_NEXT_WORDS;
import static org.accordex.commitments.ActionPhrase.MAX_PLEDGE_REACH;
import static org.accordex.commitments.ActionPhrase.MAX_SKIP;
import static org.accordex.commitments.ActionPhrase.MAX_TOTAL_WORDS;
import static org.accordex.commitments.ActionPhrase.MAX_WORDS;
import static org.accordex.commitments.ActionPhrase.MODALS;
import static org.accordex.commitments.ActionPhrase.MONEY_WORDS;
import static org.accordex.commitments.ActionPhrase.MONTHS;
import static org.accordex.commitments.ActionPhrase.NOMINAL;
import static org.accordex.commitments.ActionPhrase.NOUN_PHRASE_START;
import static org.accordex.commitments.ActionPhrase.OBJECT_START;
import static org.accordex.commitments.ActionPhrase.PARTICLES;
import static org.accordex.commitments.ActionPhrase.PAST_PARTICIPLE;
import static org.accordex.commitments.ActionPhrase.POSSESSIVES;
import static org.accordex.commitments.ActionPhrase.RELATIVE;
import static org.accordex.commitments.ActionPhrase.SECOND;
import static org.accordex.commitments.ActionPhrase.Section;
import static org.accordex.commitments.ActionPhrase.THIRD_PERSON;
import static org.accordex.commitments.ActionPhrase.TIME_WORDS;
import static org.accordex.commitments.ActionPhrase.YEAR;
import static org.accordex.commitments.ActionPhrase.attribution;
import static org.accordex.commitments.ActionPhrase.clauseAction;
import static org.accordex.commitments.ActionPhrase.deadlineEnd;
import static org.accordex.commitments.ActionPhrase.effortEnd;
import static org.accordex.commitments.ActionPhrase.hasComplement;
import static org.accordex.commitments.ActionPhrase.insideNounPhrase;
import static org.accordex.commitments.ActionPhrase.isBoundary;
import static org.accordex.commitments.ActionPhrase.isNominal;
import static org.accordex.commitments.ActionPhrase.isSentenceEnd;
import static org.accordex.commitments.ActionPhrase.laterAction;
import static org.accordex.commitments.ActionPhrase.nextAction;
import static org.accordex.commitments.ActionPhrase.opensPledge;
import static org.accordex.commitments.ActionPhrase.prepositionalRelativeEnd;
import static org.accordex.commitments.ActionPhrase.skipCue;
import static org.accordex.commitments.ActionPhrase.wordsBetween;

/**
 * The further actions of a sentence joined to its first ({@link ActionPhrase}), at most
 * {@link ActionPhrase#MAX_ACTIONS} in {@link ActionPhrase#MAX_TOTAL_WORDS} words: "deepen cooperation; hold a
 * dialogue", a coordinated clause with a cue of its own ("…, and the Japanese side will provide …"), and the
 * complement an aside, a deadline or a qualifier in commas parts from its verb ("strengthen dialogue with partners,
 * including Korea, [on critical minerals]").
 *
 * <p>{@link #joined} is the entry: it reads the first action to its end and each further one after the conjunction,
 * the semicolon or the aside that sets it off.
 */
final class JoinedActions {
    private JoinedActions() {
    }

    /**
     * Each coordinated action from {@code start}, shortened: the first within {@code firstWords}, the rest within what
     * the budget leaves; {@code parts} gets the facts named by {@link ActionPhrase#DROPPED}, {@link ActionPhrase#SECOND} and {@link ActionPhrase#FIRST_END}.
     */
    static String joined(TaggedWords t, int start, LemmatizerME lemmatizer, int firstWords, int[] parts) {
        // (a first action shortened for a further one goes on to that one, whatever lies between)
        int second = firstWords < MAX_WORDS ? parts[SECOND] : -1;
        parts[DROPPED] = -1;
        parts[SECOND] = -1;
        StringBuilder actions = new StringBuilder();
        int next = start;
        int words = 0;
        int previousEnd = start;
        int previousWords = 0;
        boolean ownClause = false;
        for (int part = 0; part < MAX_ACTIONS && next >= 0; part++) {
            // "apply and, where necessary, strengthen its rules", "…, streamline and accelerate reviews": two verbs of
            // one object are one action
            String joint = part >= 1 && previousWords == 1 && t.isWord(previousEnd) ? conjunction(t, previousEnd, next) : null;
            int end = ActionEnd.end(t, next, part == 0 ? firstWords : joint != null ? MAX_WORDS - words - 1 : MAX_NEXT_WORDS);
            if (part > 0 && joint == null && end > next + 1) {
                end = lastActionEnd(t, next, end, words, part, start);
            }
            if (part > 0 && joint == null && end > next + 1 && end < t.size()) {
                // "…; undertake an assessment [of their resources]": the short cut left the verb's object without the
                // "of" that says what it is of; "…; take appropriate measures [to determine the causes]": a means
                // without its purpose; the words the earlier actions left finish them (the "of" only to its noun phrase)
                int longer = t.lower(end).equals("of") && objectHeadBefore(t, next, end) ? ofPhraseEnd(t, end + 1, true)
                        : t.lower(end).equals("to") && t.matchAt(Section.MEANS_NOUN, end - 1) == end
                        ? ActionEnd.end(t, next, Math.min(MAX_WORDS, MAX_TOTAL_WORDS - words)) : end;
                // a purpose cut before its object ("measures to avoid[, minimize …]") is left out
                if (longer > end + 1 && words + wordsBetween(t, next, longer) <= MAX_TOTAL_WORDS
                        && (t.tag(longer - 1).equals("NOUN") || t.tag(longer - 1).equals("PROPN") || t.tag(longer - 1).equals("NUM"))) {
                    end = longer;
                }
            }
            if (part == 0 && firstWords == MAX_WORDS && end < t.size() && (wordsBetween(t, next, end) >= MAX_WORDS || ActionEnd.end(t, next, MAX_TOTAL_WORDS) > end)) {
                // the word limit does not split the first action's last noun phrase
                end = finishedFirst(t, next, end);
            }
            boolean finishedObject = false;
            if (part > 0 && joint == null && end > next + 1) {
                // the short cut of a further action does not split its object: "meet high environmental [and labour
                // standards]", "support the adoption [of a permanent moratorium]" are finished where the budget allows
                int finished = objectEnd(t, next, end);
                if (finished > end && words + wordsBetween(t, next, finished) <= MAX_TOTAL_WORDS + MAX_FINISH_WORDS) {
                    end = finished;
                    finishedObject = true;
                }
            }
            String action = part == 0 ? clauseWithShortSubject(t, next, end, lemmatizer) : null;
            if (action == null) {
                action = t.text(next, end, lemmatizer);
            }
            int plain = action.length();
            if (part == 0) {
                String often = afterFrequency(t, end, next, lemmatizer);
                if (often != null) {
                    // "meet in person or virtually at the working level on a regular basis" → "meet regularly"
                    // (a recipient or partner stays: "report to the Secretary of State regularly")
                    boolean bare = next + 1 < t.size() && (t.tag(next + 1).equals("ADP") || t.tag(next + 1).equals("ADV"))
                            && !RECIPIENTS.contains(t.lower(next + 1));
                    action = (bare && wordsBetween(t, next, end) > MAX_BEFORE_FREQUENCY ? t.text(next, next + 1, lemmatizer) : action)
                            + often;
                    plain = action.length();
                }
            }
            // after "to" the first word is the verb, also where the tagger read it as a noun ("to develop, within …")
            boolean verb = t.isVerb(next) || next > 0 && t.lower(next - 1).equals("to");
            if (part == 0 && verb && end + 1 < t.size() && end > next + 1 && DISTRIBUTIVES.contains(t.lower(end))
                    && deadlineEnd(t, end + 1) > end + 1 && wordsBetween(t, next, end) <= MAX_BEFORE_DEADLINE) {
                // "invest $1 billion [each] over the next six months in …": the share stays with the sum, the deadline
                // before where it goes is left out
                action += " " + t.lower(end) + afterDeadline(t, end + 1, next);
            } else if (part == 0 && verb && (end == next + 1 || end == next + 2 && t.tag(next + 1).equals("ADV")
                    || wordsBetween(t, next, end) <= 3 && end < t.size() && t.lower(end).equals(",")
                    || wordsBetween(t, next, end) <= MAX_BEFORE_DEADLINE && end < t.size() && deadlineEnd(t, end) > end)) {
                // "consult within seven days [on a joint response]", "provide comments, within 30 days, [on the report]",
                // "invest $3 billion by 2030 [in grid infrastructure]": a short object does not end the action at a
                // deadline that comes before where the money goes
                action += afterDeadline(t, end, next);
            }
            // the word after a modal is the verb, also where the tagger read it as another word ("will [strengthen]")
            boolean afterModal = next > 0 && MODALS.contains(t.lower(next - 1));
            if (part == 0 && action.length() == plain && end > next + 1 && (t.matchAt(Section.MEANS_NOUN, end - 1) == end
                    || endsOnSum(t, end))) {
                // "take appropriate actions where necessary [to secure supply chains]": the means' purpose is the content;
                // so is what a sum is for: "provide $3 million, subject to approval, [to strengthen the secretariat]"
                String purpose = purposeAfterQualifier(t, end, wordsBetween(t, next, end));
                action += purpose.isEmpty() ? purposeAfterMeansAside(t, end, wordsBetween(t, next, end)) : purpose;
            }
            // "submit to the Director of the Office of Management and Budget, within 90 days, [a plan …]": a recipient
            // before a deadline in commas may take a few more words, as the object is still to come
            // (the recipient's short name in parentheses closes it: "… Budget (OMB), within 90 days, …")
            int recipientEnd = end + 1 < t.size() && t.lower(end).equals(")") && t.lower(end + 1).equals(",") ? end + 1 : end;
            boolean recipientBeforeDeadline = part == 0 && next + 1 < end && t.lower(next + 1).equals("to")
                    && recipientEnd + 1 < t.size() && t.lower(recipientEnd).equals(",") && deadlineEnd(t, recipientEnd + 1) > recipientEnd + 1;
            if ((part == 0 && (verb || afterModal) || part > 0 && end == next + 1) && action.length() == plain
                    && (recipientBeforeDeadline ? action.split(" ").length <= MAX_BEFORE_ASIDE + MAX_RECIPIENT_WORDS
                    : wordsBetween(t, next, end) <= MAX_BEFORE_ASIDE)) {
                // "provide assistance to Vietnam, including through its survey, [on the mapping of …]"; "…; and
                // coordinate, as appropriate, [on joint projects]"
                // (a recipient's name given with its short name counts as the short name the action shows)
                action += afterAside(t, recipientBeforeDeadline ? recipientEnd : end, next, part == 0
                        ? recipientBeforeDeadline ? action.split(" ").length : wordsBetween(t, next, end) : MAX_WORDS - MAX_NEXT_WORDS);
            }
            if (part == 0 && verb && action.length() == plain) {
                action += purposeAfterAside(t, end, wordsBetween(t, next, end));
            }
            if (part == 0 && verb && action.length() == plain) {
                action += objectAfterExample(t, end, wordsBetween(t, next, end));
            }
            if (part > 0 && joint == null && (ownClause || inCommaSeries(t, next) && seriesVerb(t, next)) && !action.isEmpty()
                    && words + wordsBetween(t, next, end) > MAX_TOTAL_WORDS + (finishedObject ? MAX_FINISH_WORDS : 0)) {
                // the words the first action left do not hold the whole of a clause with a subject or an aside of its
                // own: its verb and the head of its object still name that pledge ("…, and Chile will [fund the
                // survey] of …"); a further verb of the same subject is only more of the first, unless commas set it
                // off as an act of a series ("tackle emissions from …, [accelerate the transition] to …, and …")
                int headEnd = objectHeadEnd(t, next);
                // (an act of a series only where its object's noun phrase ends there: not "support a vibrant [and …]",
                // "maintain a coal[-fired …]")
                // (a series act within the budget and one word: it is only one of a series)
                if (headEnd > next + 1 && headEnd < end && words + wordsBetween(t, next, headEnd) <= MAX_TOTAL_WORDS + (ownClause ? MAX_FINISH_WORDS : 1)
                        && (ownClause || phraseEndsAt(t, headEnd))) {
                    end = headEnd;
                    action = t.text(next, end, lemmatizer);
                    finishedObject = true;
                } else if (headEnd == next + 1 && !ownClause && part == 1) {
                    // a verb with a complement, not an object ("…, and to [cooperate on traceability]"): cut where a
                    // noun ends within a further action's words and what the budget leaves
                    int shorter = ActionEnd.end(t, next, Math.min(MAX_NEXT_WORDS, MAX_TOTAL_WORDS - words));
                    // (only where the noun phrase ends there: not "support a vibrant […]", "maintain a coal […]")
                    if (shorter > next + 2 && shorter <= end && (t.tag(shorter - 1).equals("NOUN") || t.tag(shorter - 1).equals("PROPN"))
                            && !ActionEnd.endsBadly(t, shorter) && phraseEndsAt(t, shorter)) {
                        end = shorter;
                        action = t.text(next, end, lemmatizer);
                        finishedObject = true;
                    }
                }
            }
            if (part > 0 && (action.isEmpty() || words + wordsBetween(t, next, end) > MAX_TOTAL_WORDS + (finishedObject ? MAX_FINISH_WORDS : 0))) {
                parts[DROPPED] = part == 1 && !action.isEmpty() ? next : -1;
                break;
            }
            if (part > 0 && joint == null && end == next + 1 && end < t.size() && t.isWord(end) && !afterModal) {
                break; // "…; consider [whether …]": a further verb cut from what it takes says nothing
            }
            // the next action is looked for after the whole of this one, also where the word limit cut it short
            int following = part == 0 && second > end ? second : followingAction(t, end, start);
            int bound = end < t.size() ? deadlineEnd(t, end) : end;
            if (following < 0 && bound > end) {
                following = followingAction(t, bound, start); // "meet again [this summer] and continue to build …"
            }
            if (following < 0 && bound > end) {
                following = afterStepClause(t, bound, start);
            }
            if (following < 0 && bound > end && secondInfinitiveAt(t, restOfTime(t, bound))) {
                // "conclude a deal within [six months] and to hold summits": a second infinitive of the cue after the rest
                // of the time expression ("set up a zone within 18 months and harmonize rules" is left as it was)
                following = followingAction(t, restOfTime(t, bound), start);
            }
            int whole = part > 0 && joint == null ? ActionEnd.end(t, next, MAX_WORDS) : end;
            if (following < 0 && whole > end) {
                following = followingAction(t, whole, start);
            }
            if (following < 0 && part == 0 && whole == end) {
                // "share information … to increase competitiveness; [assist] Thailand …; and coordinate …": the word limit
                // cut the first action before the semicolon that leads to the next
                int clause = ActionEnd.end(t, next, MAX_CLAUSE_WORDS);
                if (clause > end && clause < t.size() && t.lower(clause).equals(";")) {
                    following = followingAction(t, clause, start);
                } else if (clause > end && clause < t.size() && t.lower(clause).equals(",")) {
                    // "promote high standards of …, labour rights and community engagement in the sector[, and to
                    // cooperate] on …": the limit cut the first act before the comma of a series of acts
                    int further = followingAction(t, clause, start);
                    // (only the series' last act, after "and": a word after a bare comma may be a noun of a list)
                    following = further > clause && inCommaSeries(t, further) && seriesVerb(t, further)
                            && t.find("and", clause + 1, further) > clause ? further : -1;
                }
            }
            int opener = end < t.size() && t.lower(end).equals(",") ? end + 2 : end + 1;
            ownClause = following >= 0 && opener < t.size() && clauseAction(t, end) == following
                    && !t.tag(opener).equals("PRON") && !opensPledge(t, opener) // not "and it will", "and will"
                    && !weakModalBetween(t, opener, following); // "how … chains and services [can] help": no pledge
            if (part == 0) {
                parts[FIRST_END] = end;
            } else if (part == 1) {
                parts[SECOND] = next;
            }
            // "…, and [never] to disclose it": the negation of a further infinitive is its sense, not an adverb to skip
            String negation = part > 0 && joint == null && next >= 2 && t.lower(next - 1).equals("to")
                    && (t.lower(next - 2).equals("never") || t.lower(next - 2).equals("not"))
                    && !action.startsWith(t.lower(next - 2) + " ") ? t.lower(next - 2) + " " : "";
            actions.append(part == 0 ? "" : joint != null ? " " + joint + " " : "; ").append(negation).append(action);
            words += wordsBetween(t, next, end);
            previousWords = wordsBetween(t, next, end);
            previousEnd = end;
            next = following;
        }
        return actions.toString();
    }

    /**
     * Where a further action ends that no action follows: it is whole rather than the short cut {@code end} ("…, and will
     * develop a roadmap [for the recycling of battery minerals]") where the words the earlier ones left hold it; one that
     * the budget would cut, or that another follows, keeps the short cut, so the next one has words left.
     */
    private static int lastActionEnd(TaggedWords t, int next, int end, int words, int part, int start) {
        int whole = ActionEnd.end(t, next, MAX_WORDS);
        for (int k = end; k < whole; k++) {
            if (t.matchAt(Section.FREQUENCY, k) > k || deadlineEnd(t, k) > k
                    || (t.lower(k).equals("every") || t.lower(k).equals("each")) && k + 1 < t.size() && TIME_UNITS.contains(t.lower(k + 1))) {
                whole = k; // "…, and will hold a dialogue [every year]": how often or by when is no part of it
                break;
            }
            if (t.lower(k).equals(";") || t.lower(k).equals(",") && k + 1 < whole && t.tag(k + 1).equals("CCONJ")) {
                return end; // "…, prepare the text for signature, and complete …": a series' next verb is its own act
            }
        }
        if (whole <= end || !setOff(t, next, start) || words + wordsBetween(t, next, whole) > MAX_TOTAL_WORDS || whole < t.size() && !t.isWord(whole - 1)) {
            return end;
        }
        return part + 1 >= MAX_ACTIONS || followingAction(t, whole, start) < 0 ? whole : end;
    }

    /**
     * Whether a comma or semicolon sets off the further action at {@code next} as an act of a series: "…, [expand] …",
     * "…, and [expand] …", "…, and to [expand] …", "…; [expand] …"; not "… and will [expand] …" nor "… and to [expand] …"
     * without a comma.
     */
    private static boolean inCommaSeries(TaggedWords t, int next) {
        int k = next - 1;
        if (k >= 1 && t.lower(k).equals("to")) {
            k--; // "…, and to [promote] …": a series of infinitives
        }
        if (k >= 1 && t.tag(k).equals("CCONJ")) {
            k--;
        }
        // (not the comma after a date's year: "the August 7, 2020, [rule] entitled …")
        return k >= 1 && (t.lower(k).equals(",") || t.lower(k).equals(";")) && !t.tag(k - 1).equals("NUM");
    }

    /**
     * Whether the word at {@code next} is read as the verb of a series act: tagged a verb, in the base form, and not a
     * participle that describes what went before ("…, [set] aside by the Congress", "…, [run] by the agency").
     */
    private static boolean seriesVerb(TaggedWords t, int next) {
        return t.tag(next).equals("VERB") && !t.lower(next).endsWith("ed") && !THIRD_PERSON.matcher(t.lower(next)).matches()
                && !(next + 1 < t.size() && t.lower(next + 1).equals("by"))
                && !(next + 2 < t.size() && t.tag(next + 1).matches("ADP|ADV") && t.lower(next + 2).equals("by"));
    }

    /** Whether a noun phrase ends before {@code k}: at a preposition, a comma, a semicolon or the end, not inside a compound. */
    private static boolean phraseEndsAt(TaggedWords t, int k) {
        if (k > 0 && k < t.size() && (t.lower(k - 1).endsWith("ing") || t.lower(k).equals("of") && t.capitalized(k - 1))) {
            return false; // "support [leveraging] …", "repeal the [Protection] of …": a gerund's object or a name goes on
        }
        return k >= t.size() || !t.glued(k) && (t.tag(k).equals("ADP") || Set.of(";", ".", ")", "to").contains(t.lower(k))
                || t.lower(k).equals(",") && !(k + 1 < t.size() && t.tag(k + 1).equals("ADJ"))); // not "a vibrant[, global] economy"
    }

    /** Units of time after "every" or "each" that say how often: "every year", "each quarter". */
    private static final Set<String> TIME_UNITS = Set.of("day", "week", "month", "quarter", "year", "two", "three", "six");

    /**
     * Whether the further action at {@code next} is set off as one: after a comma or semicolon, or after a modal of its
     * own ("…, and will [develop] …", "…; [build] …", "… and shall [publish] …"); a bare "and" between two words may
     * join two nouns the tagger read as an act ("submit for review and [comment] …").
     */
    private static boolean setOff(TaggedWords t, int next, int start) {
        boolean modal = false;
        int k = next - 1;
        while (k > start && (t.tag(k).equals("ADV") || t.tag(k).equals("CCONJ") || MODALS.contains(t.lower(k)) || t.lower(k).equals("to"))) {
            modal |= MODALS.contains(t.lower(k));
            k--;
        }
        return modal || k > start && (t.lower(k).equals(",") || t.lower(k).equals(";"));
    }

    /** Prepositions of a verb's recipient or partner, which how often does not replace. */
    private static final Set<String> RECIPIENTS = Set.of("to", "with", "for");

    /** A verb's manner longer than this ("in person or virtually at the working level") gives way to how often. */
    private static final int MAX_BEFORE_FREQUENCY = 4;

    /**
     * How often, when the action ends before a phrase that says it ("on a regular basis"), as its adverb with a
     * leading blank, with what follows it: a bare verb's object ("review [on a regular basis] the programs") or the
     * purpose of the act ("meet on an annual basis [to review progress]"); null when no such phrase follows.
     */
    private static String afterFrequency(TaggedWords t, int end, int verb, LemmatizerME lemmatizer) {
        int f = end < t.size() && t.lower(end).equals(",") ? end + 1 : end;
        int after = f < t.size() ? t.matchAt(Section.FREQUENCY, f) : f;
        if (after == f) {
            return null;
        }
        String often = " " + FREQUENCIES.get(String.join(" ", java.util.Arrays.asList(t.lower()).subList(f, after)));
        int k = after < t.size() && t.lower(after).equals(",") ? after + 1 : after;
        int words = wordsBetween(t, verb, end) + 1;
        if (k + 1 < t.size() && t.lower(k).equals("to") && t.isVerb(k + 1)) {
            int e = ActionEnd.end(t, k + 1, Math.max(MAX_WORDS - words - 1, MAX_NEXT_WORDS));
            return e > k + 1 ? often + " to " + t.text(k + 1, e, null) : often;
        }
        // a bare verb's object ("review on a regular basis [the programs]"), a complement ("submit data on a monthly
        // basis [to the Bureau]")
        boolean object = end == verb + 1 && (t.tag(k).equals("DET") || NOMINAL.contains(t.tag(k)));
        boolean complement = t.lower(k).equals("to") || ASIDE_COMPLEMENTS.contains(t.lower(k));
        // the phrase in commas, or none: "address, on an ongoing basis, [the risks]", "review on a regular basis [the
        // programs]"; not "meet on a regular basis, [and] at least twice a year"
        boolean enclosed = f > end ? k > after : k == after;
        if (enclosed && k < t.size() && (object || complement) && !ActionEnd.stopsAt(t, k, verb)) {
            int e = ActionEnd.end(t, k, MAX_WORDS - words);
            return e > k ? often + " " + t.text(k, e, null) : often;
        }
        return often;
    }

    /** Verbs that a participle completes as an adjective: "remain [committed] to …", not a noun's modifier. */
    private static final Set<String> LINKING_VERBS = Set.of("remain", "stay", "become", "get", "keep", "be", "seem", "feel",
            "appear", "continue", "stand");

    /**
     * Whether the word at {@code k} is a noun that a participle and its preposition modify ("place [agreed to] by …",
     * "means [provided for] in …"), which the tagger may read as a verb after "and".
     */
    private static boolean modifiedByParticiple(TaggedWords t, int k) {
        if (k > 0 && k + 1 < t.size() && PAST_PARTICIPLE.matcher(t.lower(k)).matches() && t.tag(k - 1).equals("NOUN")
                && (t.lower(k + 1).equals("by") || k + 2 < t.size() && t.tag(k + 1).equals("ADP") && t.lower(k + 2).equals("by"))) {
            return true; // "a time and place [agreed] to by the Parties": the participle of a passive after a noun
        }
        // "a date and [venue] agreed to by the Parties", where the tagger read the noun as a verb
        return k + 3 < t.size() && !LINKING_VERBS.contains(t.lower(k)) && !t.lower(k).endsWith("ed")
                && PAST_PARTICIPLE.matcher(t.lower(k + 1)).matches() && t.tag(k + 2).equals("ADP")
                && (t.lower(k + 2).equals("by") || t.lower(k + 3).equals("by"));
    }

    /** The verb of the next coordinated action after an action that ends at {@code end}, or -1. */
    private static int followingAction(TaggedWords t, int end, int start) {
        // "back the plan for a “bauxite registry”[”] and will publish …": the mark that closes a quoted name ends no act
        while (end < t.size() && CLOSING_QUOTES.contains(t.lower(end)) && end > start) {
            end++;
        }
        int next = nextAction(t, end, start);
        if (next < 0 && end + 1 < t.size() && t.lower(end).equals(",")
                && (t.lower(end + 1).equals("including") || t.matchAt(Section.QUALIFIER, end + 1) > end + 1)) {
            // "examine the practices of carriers[, including with regard to surcharges,] and consider responses": the
            // further act after the examples or qualifier that closed the first one
            // (only where the first comma closes them: examples in a series of their own, "including shared access to
            // data, tools, and research facilities", end on a noun, no act)
            for (int close = end + 2; close + 1 < Math.min(t.size(), end + MAX_ASIDE); close++) {
                if (t.lower(close).equals(";") || t.lower(close).equals(":") || t.lower(close).equals(",")) {
                    next = t.lower(close).equals(",") && t.tag(close + 1).equals("CCONJ") ? nextAction(t, close, start) : -1;
                    break;
                }
            }
        }
        if (next < 0) {
            next = laterAction(t, end, start);
        }
        if (next < 0) {
            next = clauseAction(t, end);
            if (next >= 0 && permits(t, end, next)) {
                next = -1; // "…, and BNDES may consider co-financing": what another may do is no pledge
            }
        }
        if (next < 0) {
            next = laterPledge(t, end);
        }
        if (next >= 0 && (modifiedByParticiple(t, next) || t.tag(next).equals("ADP") && t.lower(next).equals("by"))) {
            return -1; // "at a time and [place] agreed to by the Parties": a noun of the same phrase, not a verb
        }
        if (next >= 2 && next > end && t.lower(next - 1).equals("may") && t.tag(next - 2).equals("CCONJ")) {
            return -1; // "meet annually and [may] invite observers": what the parties may do is no pledge
        }
        // "… and seek to [increase] collaboration": a cue of its own before the next action's verb is no part of it
        int cue = next >= 0 ? t.matchAt(Section.CUE, next) : next;
        if (cue > next + 1 && t.lower(cue - 1).equals("to") && cue < t.size() && t.isVerb(cue)) {
            next = cue;
        }
        // "…, and expand efforts to [address] the crisis": a light verb carries the next action's verb too
        int light = next >= 0 ? Math.max(t.matchAt(Section.LIGHT_VERB, next), effortEnd(t, next)) : next;
        return light > next && light < t.size() && t.isWord(light) ? light : next;
    }

    /** Whether "and to" or ", and to" opens at {@code k}. */
    private static boolean secondInfinitiveAt(TaggedWords t, int k) {
        int and = k < t.size() && t.lower(k).equals(",") ? k + 1 : k;
        return and + 1 < t.size() && t.lower(and).equals("and") && t.lower(and + 1).equals("to");
    }

    /** The end of the rest of a time expression from {@code k}: "[seven days]", "[120 days]", "[2026]", "[the next sixty days]". */
    private static int restOfTime(TaggedWords t, int k) {
        for (int n = 0; k < t.size() && n < 5 && (t.tag(k).equals("NUM") || t.tag(k).equals("NOUN")
                || n < 2 && (t.tag(k).equals("DET") || t.tag(k).equals("ADJ")) && timeWordSoon(t, k + 1)); n++) {
            k++;
            if (TIME_WORDS.contains(t.lower(k - 1))) {
                break;
            }
        }
        return k;
    }

    /** The words that end a step the act waits for where a clause of its own follows: "before [it] takes effect". */
    private static final Set<String> STEP_SUBJECTS = Set.of("it", "they", "the", "all", "both");

    /**
     * The next action after a step told as a clause ("ratify the deal before it takes effect, and [submit] …"), or -1:
     * it is looked for after the comma that closes the step.
     */
    private static int afterStepClause(TaggedWords t, int bound, int start) {
        if (!STEP_SUBJECTS.contains(t.lower(bound - 1))) {
            return -1;
        }
        int comma = t.find(",", bound, bound + MAX_SKIP);
        return comma > 0 ? followingAction(t, comma, start) : -1;
    }

    /**
     * The complement of a bare verb that a deadline separates from it ("develop, within 120 days, a common list"), with
     * a leading blank; "" when no deadline follows the verb or nothing after it completes the verb.
     */
    private static String afterDeadline(TaggedWords t, int end, int verb) {
        int d = end < t.size() && t.lower(end).equals(",") ? end + 1 : end;
        int k = d < t.size() ? deadlineEnd(t, d) : d;
        if (k == d) {
            return "";
        }
        k = restOfTime(t, k);
        // "within 30 days [of the date of this memorandum] on …": the point the time runs from, then the act goes on
        int point = afterDatePoint(t, k);
        boolean pointSkipped = point > k;
        k = point;
        if (d > end) {
            // "take measures, within six months [of signature of this Framework], to …": a deadline in commas runs to
            // the closing comma over the point it runs from
            k = closingCommaOfPoint(t, k);
        }
        boolean comma = k < t.size() && t.lower(k).equals(",");
        if (comma) {
            k++;
        }
        if (comma && k < t.size() && YEAR.matcher(t.lower(k)).matches()) {
            // "until June 30[, 2027]": the date's year, no complement
            k++;
            comma = k < t.size() && t.lower(k).equals(",");
            if (comma) {
                k++;
            }
        }
        boolean bareVerb = end == verb + 1 || end == verb + 2 && t.tag(verb + 1).equals("ADV");
        if (bareVerb && !comma) {
            k = afterStartingPoint(t, k); // "meet within one year [of the entry into force of this Agreement] to review …"
        }
        // then a complement of the verb: "[on a joint response]", ", [a common list]"; not "of entry into force"
        // "answer within 30 days [all reasonable enquiries]", "suspend for a year [certain measures]": a bare verb's
        // object after the deadline
        // "meet again within two months [in Oslo]": a verb with its adverb is bare too
        boolean bare = end == verb + 1 || end == verb + 2 && t.tag(verb + 1).equals("ADV");
        // after an object and a deadline with no comma, only where the object goes goes on ("invest $3 billion by 2030
        // [in grid infrastructure]"); "hold its first meeting within 90 days after …" still tells the time
        boolean afterObject = !bare && d == end;
        boolean complement = k < t.size() && (t.tag(k).equals("ADP") && !t.lower(k).equals("of")
                && (!afterObject || DESTINATIONS.contains(t.lower(k)) || pointSkipped && !t.lower(k).equals("by"))
                // "meet within sixty days [to develop an action plan]": what a bare verb meets for
                // "invest $5 billion through 2031 [to build cloud infrastructure]": what the object is for
                || (bare || afterObject) && t.lower(k).equals("to") && k + 1 < t.size()
                        && (t.isVerb(k + 1) || afterObject && t.tag(k + 1).equals("NOUN") && !t.lower(k + 1).endsWith("s"))
                || comma && (t.tag(k).equals("DET") || NOMINAL.contains(t.tag(k)))
                // "take measures, within six months of signature, [to provide support]": a deadline in commas between
                // the means and its purpose
                || comma && d > end && t.lower(k).equals("to") && k + 1 < t.size() && t.isVerb(k + 1)
                || bare && (t.tag(k).equals("DET") || t.tag(k).equals("ADJ") || POSSESSIVES.contains(t.lower(k))));
        // "gather on Sunday, [May 17]": the rest of the date, no complement; nor is "…, officials said" one
        if (!complement || ActionEnd.stopsAt(t, k, verb) || MONTHS.contains(t.lower(k)) || comma && attribution(t, k)) {
            return "";
        }
        int e = ActionEnd.end(t, k, MAX_WORDS - 1);
        return e > k ? " " + t.text(k, e, null) : "";
    }

    /**
     * After a time, the end of the date it runs from, "of the date of this order" or "from the date of this
     * memorandum", where the act goes on after it; else {@code k}.
     */
    private static int afterDatePoint(TaggedWords t, int k) {
        if (k + 4 >= t.size() || !Set.of("of", "from", "after", "following").contains(t.lower(k)) || !t.lower(k + 1).equals("the")
                || !t.lower(k + 2).equals("date") || !t.lower(k + 3).equals("of") || !Set.of("this", "the").contains(t.lower(k + 4))) {
            return k;
        }
        int j = k + 5;
        while (j < t.size() && j <= k + 7 && NOMINAL.contains(t.tag(j))) {
            j++;
        }
        return j > k + 5 ? j : k;
    }

    /**
     * The closing comma of a deadline in commas after the point its time runs from ("of the date of signature of this
     * Framework,"), or {@code k} where the words after the time are not such a point.
     */
    private static int closingCommaOfPoint(TaggedWords t, int k) {
        if (k >= t.size() || !Set.of("of", "from", "after", "following").contains(t.lower(k))) {
            return k;
        }
        for (int j = k + 1; j < t.size() && j <= k + MAX_STARTING_POINT; j++) {
            if (t.lower(j).equals(",")) {
                return j;
            }
            if (!t.isWord(j) || t.isVerb(j) || t.tag(j).equals("AUX")) {
                return k;
            }
        }
        return k;
    }

    /** How many words the point a time runs from may take: "of the date of entry into force of this Agreement". */
    private static final int MAX_STARTING_POINT = 10;

    /**
     * After a time, the point it runs from where a purpose follows it: "within one year [of the entry into force of this
     * Agreement] to review …" → the "to"; else {@code k}.
     */
    private static int afterStartingPoint(TaggedWords t, int k) {
        if (k >= t.size() || !(t.lower(k).equals("of") || t.lower(k).equals("after") || t.lower(k).equals("following"))) {
            return k;
        }
        for (int j = k + 1; j < t.size() && j <= k + MAX_STARTING_POINT; j++) {
            if (t.lower(j).equals("to") && j + 1 < t.size() && t.isVerb(j + 1)) {
                return j;
            }
            if (!t.isWord(j) || t.isVerb(j) || t.tag(j).equals("AUX")) {
                return k;
            }
        }
        return k;
    }

    /** The longest subject kept whole in a clause after "ensure that" ("those States and other persons"). */
    private static final int MAX_CLAUSE_SUBJECT = 6;

    /** How far after its subject the verb of a clause after "ensure that" is looked for. */
    private static final int MAX_CLAUSE_REACH = 60;

    /**
     * "ensure that X …, Y …, does not exceed Z", which the word limit would cut inside the clause's long subject: the
     * subject's head noun phrase with the clause's verb ("ensure the tariff rate does not exceed 15 percent"); null where
     * the action {@code [verb, end)} reaches the clause's verb or no clause follows the verb.
     */
    private static String clauseWithShortSubject(TaggedWords t, int verb, int end, LemmatizerME lemmatizer) {
        int that = verb + 1;
        if (that >= t.size() || !t.isComplementizer(that) || !t.isHeadVerb(verb, verb)) {
            return null;
        }
        for (int k = that + 1; k < end; k++) {
            if (t.tag(k).equals("AUX") || t.tag(k).equals("VERB") && !t.lower(k).endsWith("ed") && !t.lower(k).endsWith("ing")) {
                return null; // the action reaches the clause's verb
            }
        }
        // the head noun phrase: up to its first preposition, participle, comma or parenthesis
        int head = that + 1;
        while (head < t.size() && head - that <= MAX_CLAUSE_SUBJECT && !(head > that + 1 && RELATIVE.contains(t.lower(head)))
                && (t.tag(head).equals("DET") || NOMINAL.contains(t.tag(head))
                || t.tag(head).equals("PRON") || t.glued(head) || t.tag(head).equals("CCONJ") && head + 1 < t.size()
                && NOMINAL.contains(t.tag(head + 1)))) {
            head++;
        }
        if (head == that + 1 || head - that > MAX_CLAUSE_SUBJECT || !NOMINAL.contains(t.tag(head - 1))) {
            return null;
        }
        // "ensure that the unique cultural[, linguistic] and … needs of students are met": a comma inside a series of
        // modifiers does not close the head noun phrase
        if (t.lower(head).equals(",") && head + 1 < t.size() && t.tag(head + 1).equals("ADJ")) {
            return null;
        }
        // "ensure that the Committee, in consultation with industry, [reviews] the targets": the aside after the
        // subject is left out, the clause's verb kept
        int close = t.lower(head).equals(",") ? t.find(",", head + 1, head + 1 + MAX_ASIDE_WORDS) : -1;
        // (a verb in the third person before its object may be tagged a plural noun: "[reviews] the targets")
        if (close > head + 1 && close + 2 < t.size() && (t.tag(close + 1).equals("AUX")
                || t.tag(close + 1).equals("VERB") && !t.lower(close + 1).endsWith("ing") && !t.lower(close + 1).endsWith("ed")
                || THIRD_PERSON.matcher(t.lower(close + 1)).matches() && OBJECT_START.contains(t.tag(close + 2)))) {
            int e = ActionEnd.end(t, close + 1, MAX_WORDS - wordsBetween(t, verb, head));
            return e > close + 2 ? t.text(verb, head, lemmatizer) + " " + t.text(close + 1, e, null) : null;
        }
        // the clause's verb: an auxiliary or modal at the same depth, after the subject's modifiers
        int depth = 0;
        // "ensure that persons [that have acted against it] do not benefit": a relative clause right after the subject
        // is passed over, its own verb first, then the clause's
        boolean relative = false;
        boolean relativeVerb = false;
        for (int k = head; k < t.size() && k < head + MAX_CLAUSE_REACH; k++) {
            String w = t.lower(k);
            depth += w.equals("(") ? 1 : w.equals(")") ? -1 : 0;
            if (k == head && RELATIVE.contains(w)) {
                relative = true;
                continue;
            }
            if (w.equals(";") || w.equals(":") || w.equals("that") || w.equals("which") || w.equals("who") || w.equals("whom")
                    || w.equals("whose") || w.equals("where")) {
                return null; // another clause before the verb: too far to say which noun it has
            }
            if (relative && !relativeVerb) {
                relativeVerb = t.tag(k).equals("AUX") || t.tag(k).equals("VERB");
                continue;
            }
            if (depth == 0 && k > head && t.tag(k).equals("AUX") && (t.lower(k - 1).equals(",") || NOMINAL.contains(t.tag(k - 1)))) {
                int e = ActionEnd.end(t, k, MAX_WORDS - wordsBetween(t, verb, head));
                return e > k + 1 ? t.text(verb, head, lemmatizer) + " " + t.text(k, e, null) : null;
            }
        }
        return null;
    }

    /** A phrase this short may still lack the complement an aside in commas separates from it. */
    private static final int MAX_BEFORE_ASIDE = 6;

    /** How many more words a recipient before a deadline in commas may show: "to the Director of the NEC". */
    private static final int MAX_RECIPIENT_WORDS = 2;

    /** Whether examples open at {@code k}: "[such as] businesses and workers", an aside as "including …" is. */
    private static boolean examplesAt(TaggedWords t, int k) {
        return k + 1 < t.size() && t.lower(k).equals("such") && t.lower(k + 1).equals("as");
    }

    /** What a verb takes "into" as one phrase with it: "take into account [X]", "take into consideration [X]". */
    private static final Set<String> TAKEN_INTO = Set.of("account", "consideration");

    /** Whether the phrase from {@code verb} to {@code end} is "take into account" or the like, its object still to come. */
    private static boolean takeInto(TaggedWords t, int verb, int end) {
        return end == verb + 3 && t.lower(verb + 1).equals("into") && TAKEN_INTO.contains(t.lower(verb + 2))
                && (t.lower(verb).equals("take") || t.lower(verb).equals("taking"));
    }

    /**
     * The complement that an aside in commas, a qualifier or a deadline, separates from a short phrase ending at the
     * comma {@code end}, with a leading blank: "strengthen dialogue with partners, including Japan and Korea, [on
     * critical minerals]", "submit to the President, within 90 days of this order, [an assessment of …]", "assess,
     * within 120 days, [whether …]"; a bare verb's object after a qualifier without commas (see
     * {@link #afterBareVerbQualifier}); "" when none follows.
     */
    private static String afterAside(TaggedWords t, int end, int verb, int words) {
        if (end < t.size() && end == verb + 1 && !t.lower(end).equals(",")) {
            return afterBareVerbQualifier(t, end);
        }
        if (end < t.size() && !t.lower(end).equals(",") && t.matchAt(Section.QUALIFIER, end) > end) {
            return afterQualifierInComma(t, end, words);
        }
        int open = end + 1;
        // "ensure that, when supply fails, [stocks are released]": a clause of its own between "that" and its content
        boolean thatClause = open < t.size() && end == verb + 2 && t.lower(verb + 1).equals("that")
                && CONDITIONS.contains(t.lower(open));
        // "determine, in its review of tariffs, [if] …": any short aside separates a verb from its question
        boolean question = end == verb + 1 && t.matchAt(Section.CLAUSE_VERB, verb) == end;
        // "help to carry out, [by all the means provided for], programmes …", "contribute to the financing, [at every
        // stage], of the training …": a phrase that ends on its verb, or on a noun of an act, may have its object after
        // any short aside of means or manner that a preposition opens
        boolean endsOnVerb = end > verb + 1 && (t.tag(end - 1).equals("VERB") && !t.lower(end - 1).endsWith("ing")
                || PARTICLES.contains(t.lower(end - 1)) && t.tag(end - 2).equals("VERB") || takeInto(t, verb, end)
                // "consider steps to promote, including within firms, [high standards]": after a means and its "to" the
                // word is the purpose's verb, however the tagger read it
                || end > verb + 3 && t.lower(end - 2).equals("to") && t.matchAt(Section.MEANS_NOUN, end - 3) == end - 2
                        && t.isWord(end - 1));
        boolean endsOnActNoun = end > verb + 1 && t.tag(end - 1).equals("NOUN") && ACTION_NOUN.matcher(t.lower(end - 1)).matches();
        boolean prepositionalAside = open < t.size() && (endsOnVerb || endsOnActNoun) && t.tag(open).equals("ADP")
                && !CONDITIONS.contains(t.lower(open)) && deadlineEnd(t, open) == open;
        // "the tariffs, as set forth in Order 14257, as amended, [on goods of …]": an aside that cites where a thing is
        // set out has verbs of its own and yet no clause
        boolean citation = open + 1 < t.size() && t.lower(open).equals("as")
                && (t.matchAt(Section.CLAUSE, open) > open || t.matchAt(Section.CLAUSE, open + 1) > open + 1);
        if (open >= t.size() || !t.lower(end).equals(",")
                || t.matchAt(Section.QUALIFIER, open) == open && deadlineEnd(t, open) == open && !thatClause && !question
                && !prepositionalAside && !citation && !examplesAt(t, open)) {
            return "";
        }
        // without an object of its own, the verb may take a noun phrase or a clause after the aside
        boolean noObject = end == verb + 1 || t.tag(verb + 1).equals("ADP") || endsOnVerb;
        // "coordinate in fora, including the G7, [the G20] and the WTO, on …": after an aside that lists nouns as
        // examples, a noun phrase after its comma is the next example, not the verb's object
        boolean nounExamples = t.lower(open).equals("including") && open + 1 < t.size()
                && (t.tag(open + 1).equals("DET") || NOMINAL.contains(t.tag(open + 1)));
        for (int k = open + 1; k + 1 < t.size() && wordsBetween(t, open, k) <= MAX_ASIDE_WORDS; k++) {
            String w = t.lower(k);
            // a participle after a noun of the aside modifies it: "by all the means [provided] for in the Convention"
            boolean reducedRelative = prepositionalAside && PAST_PARTICIPLE.matcher(w).matches() && t.tag(k - 1).equals("NOUN")
                    || citation && t.tag(k).equals("VERB");
            if (w.equals(";") || w.equals(":") || w.equals("(")
                    || !thatClause && (t.tag(k).equals("AUX") || t.tag(k).equals("VERB") && !w.endsWith("ing") && !reducedRelative)) {
                return "";
            }
            if (!w.equals(",") || thatClause && k < open + 3) {
                continue;
            }
            int c = k + 1;
            if (c + 1 < t.size() && FOCUS_ADVERBS.contains(t.lower(c)) && t.tag(c + 1).equals("ADP")
                    && ASIDE_COMPLEMENTS.contains(t.lower(c + 1))) {
                c++; // "cooperate, in the framework of Article 4, [notably] through …": the focus word is no act
            }
            if (endsOnActNoun && t.lower(c).equals("of")) {
                // the noun of an act takes its "of" again after the aside: "the financing, at every stage, [of] …"
                int e = ActionEnd.end(t, c, MAX_WORDS - words);
                return e > c + 1 ? " " + t.text(c, e, null) : "";
            }
            // after a clause, its content opens with a determiner ("when supply fails, [the] stocks …"), not with a
            // noun that goes on with a list inside the clause ("if a legal, [oversight], or …")
            boolean complement = t.tag(c).equals("ADP") && ASIDE_COMPLEMENTS.contains(t.lower(c)) && !thatClause
                    // "provide notice, as far in advance as practicable, [to the other Party] of …": a recipient that a
                    // determiner or a name opens, not a purpose ("…, to promote …")
                    || recipientAfterAside(t, c) && !thatClause
                    || thatClause && (t.tag(c).equals("DET") || t.tag(c).equals("PRON") && !t.lower(c).equals("it"))
                    // (a name's possessive too: "take into account, in the talks, [India's] request")
                    || noObject && !thatClause && !citation && !nounExamples && (t.tag(c).equals("DET") || NOMINAL.contains(t.tag(c))
                    || t.tag(c).endsWith("+PART") || t.tag(c).equals("PRON") && !t.lower(c).equals("it")
                    || t.lower(c).equals("whether") || t.lower(c).equals("that"));
            boolean asked = question && (t.lower(c).equals("whether") || t.lower(c).equals("if"));
            if (question && !asked && t.matchAt(Section.QUALIFIER, open) == open && deadlineEnd(t, open) == open) {
                return ""; // only a question follows an aside that no qualifier opens
            }
            if (asked || complement && t.matchAt(Section.QUALIFIER, c) == c && deadlineEnd(t, c) == c
                    && t.matchAt(Section.CLAUSE, c) == c && !(c + 1 < t.size() && t.tag(c + 1).equals("NUM"))) {
                int from = t.lower(c).equals("that") ? c + 1 : c; // "ensure, to the extent possible, [that] …"
                int e = ActionEnd.end(t, from, MAX_WORDS - words);
                // a lone preposition before a relative clause ("…, [for] which …") completes nothing
                return e > from && !(e == from + 1 && t.tag(from).equals("ADP")) ? " " + t.text(from, e, null) : "";
            }
        }
        return "";
    }

    /**
     * The purpose that follows an aside in commas after a short action, with a leading blank: "explore mechanisms,
     * including price floors and offtake agreements, [to address unfair practices]", "set up a task force, chaired by
     * the two ministers, [to review supply risks]"; "" when none follows, or the purpose names no act.
     */
    private static String purposeAfterAside(TaggedWords t, int end, int words) {
        int open = end + 1;
        int budget = MAX_TOTAL_WORDS - words - 1;
        if (open + 1 >= t.size() || !t.lower(end).equals(",") || budget < MAX_PURPOSE_WORDS) {
            return "";
        }
        // an aside of examples ("including …", "such as …"), or a participle and its agent ("led by …")
        boolean examples = t.matchAt(Section.EXAMPLE_LEAD, open) > open || t.lower(open).equals("including");
        boolean agent = (t.tag(open).equals("VERB") && t.lower(open).endsWith("ed") || t.lower(open).equals("led"))
                && t.tag(open + 1).equals("ADP");
        if (!examples && !agent) {
            return "";
        }
        for (int k = open + 2; k + 2 < t.size() && wordsBetween(t, open, k) <= MAX_NAMES_ASIDE_WORDS; k++) {
            String w = t.lower(k);
            if (w.equals(";") || w.equals(":") || w.equals("(") || t.tag(k).equals("AUX")
                    || t.tag(k).equals("VERB") && !w.endsWith("ing")) {
                return "";
            }
            if (!w.equals(",")) {
                continue;
            }
            int verb = k + 2;
            // (after the infinitive's "to" the tagger may read the verb as a noun: "to [audit] exports")
            if (t.lower(k + 1).equals("to") && (t.isVerb(verb) || t.tag(k + 1).equals("PART") && t.isWord(verb))
                    && t.matchAt(Section.PURPOSE_VERB, verb) == verb) {
                int e = ActionEnd.end(t, verb, budget - 1);
                return e > verb + 1 ? " to " + t.text(verb, e, null) : "";
            }
            // the next name or item of the examples: "such as Chile, [the] Philippines and Peru"
            if (!examples || !(NOUN_PHRASE_START.contains(t.tag(k + 1)) || t.tag(k + 1).equals("CCONJ"))) {
                return "";
            }
        }
        return "";
    }

    /**
     * The purpose of a means ("measures", "steps") that an aside of how it is taken separates from it, with a leading
     * blank: "take measures, using economic policy tools and joint investment, [to expedite delivery]"; "" where no
     * purpose closes a short aside without a verb of its own.
     */
    private static String purposeAfterMeansAside(TaggedWords t, int end, int words) {
        if (end + 2 >= t.size() || !t.lower(end).equals(",")) {
            return "";
        }
        int close = t.find(",", end + 2, end + 2 + MAX_MEANS_ASIDE_WORDS);
        // after "to" the next word is the purpose's verb, however the tagger read it ("to [open] new mines"); a determiner,
        // number or name is no verb
        int verb = close + 2;
        if (close < 0 || verb >= t.size() || !t.lower(close + 1).equals("to") || !t.isVerb(verb) && !(t.isWord(verb)
                && !t.capitalized(verb) && !Set.of("DET", "NUM", "PRON", "PROPN", "ADV").contains(t.tag(verb)))
                || t.matchAt(Section.PURPOSE_VERB, verb) != verb) {
            return "";
        }
        for (int i = end + 1; i < close; i++) {
            String w = t.lower(i);
            // the aside's own participle ("using", "drawing on") and the adjectives of its nouns ("coordinated") only
            if (w.equals(";") || w.equals(":") || w.equals("(") || t.tag(i).equals("AUX")
                    || t.tag(i).equals("VERB") && !w.endsWith("ing") && !w.endsWith("ed")) {
                return "";
            }
        }
        int e = ActionEnd.end(t, close + 2, Math.max(MAX_WORDS - words - 1, MAX_NEXT_WORDS));
        return e > close + 2 ? " to " + t.text(close + 2, e, null) : "";
    }

    /** How long an aside of means between a means and its purpose may be. */
    private static final int MAX_MEANS_ASIDE_WORDS = 10;

    /**
     * A second object after one example in commas, with a leading blank: "explore price mechanisms, such as price floors,
     * [and standards-based markets]"; "" where the examples go on as a list ("such as A, B, and C") or a clause or
     * an act follows the "and".
     */
    private static String objectAfterExample(TaggedWords t, int end, int words) {
        int open = end + 1;
        if (open + 2 >= t.size() || !t.lower(end).equals(",") || !(examplesAt(t, open) || t.lower(open).equals("including"))) {
            return "";
        }
        // the example is a thing, not a means or a field ("including through the fund, and …", "including on trade, and …")
        int first = t.lower(open).equals("including") ? open + 1 : open + 2;
        if (first >= t.size() || !NOUN_PHRASE_START.contains(t.tag(first)) && !t.lower(first).endsWith("ing")) {
            return "";
        }
        int close = t.find(",", open + 1, open + 1 + MAX_EXAMPLE_WORDS);
        int k = close + 2;
        if (close < 0 || k + 1 >= t.size() || !t.lower(close + 1).equals("and") || t.isVerb(k) || t.tag(k).equals("AUX")
                || !(t.tag(k).equals("DET") || t.tag(k).equals("ADJ") || NOMINAL.contains(t.tag(k)))) {
            return "";
        }
        for (int i = open + 2; i < close; i++) {
            if (t.tag(i).equals("AUX") || t.tag(i).equals("VERB") && !t.lower(i).endsWith("ing") || t.lower(i).equals("and")
                    || t.lower(i).equals("or")) {
                return ""; // a list of examples or a clause in the aside: the "and" may close it
            }
        }
        int e = ActionEnd.end(t, k, MAX_WORDS - words - 1);
        // the noun phrase is the subject of a clause of its own: "…, and the partners [will] …"
        for (int i = k; i <= Math.min(e, t.size() - 1); i++) {
            String w = t.lower(i);
            // (a participle with its agent or place describes the noun: "reserves held [by] the partners")
            boolean participle = w.endsWith("ing") || w.endsWith("ed") && i + 1 < t.size() && t.tag(i + 1).equals("ADP");
            if (t.tag(i).equals("AUX") || i == e && t.tag(i).equals("VERB") && !participle) {
                return "";
            }
        }
        return e > k ? " and " + t.text(k, e, null) : "";
    }

    /** How long the one example before a second object may be. */
    private static final int MAX_EXAMPLE_WORDS = 6;

    /** An aside before a purpose may name a body and its chairs in full: "chaired by the Ministry of … and the …". */
    private static final int MAX_NAMES_ASIDE_WORDS = 20;

    /** A purpose after an aside is kept only where the words left hold a verb and a short object. */
    private static final int MAX_PURPOSE_WORDS = 3;

    /** "to the other Party", "to Peru": "to" before a determiner or a name, where no verb can follow it. */
    private static boolean recipientAfterAside(TaggedWords t, int c) {
        return c + 1 < t.size() && t.lower(c).equals("to") && (t.tag(c + 1).equals("DET") || t.tag(c + 1).equals("PROPN"))
                && t.matchAt(Section.QUALIFIER, c) == c;
    }

    /**
     * The complement after a qualifier that a comma closes, with a leading blank: "hold consultations on request of the
     * other Party, [on the rules for such procedures]"; "" when none follows.
     */
    private static String afterQualifierInComma(TaggedWords t, int qualifier, int words) {
        for (int k = t.matchAt(Section.QUALIFIER, qualifier); k + 1 < t.size() && wordsBetween(t, qualifier, k) <= MAX_BEFORE_ASIDE; k++) {
            String w = t.lower(k);
            if (w.equals(";") || w.equals(":") || w.equals("(") || t.tag(k).equals("AUX") || t.tag(k).equals("VERB")
                    || t.tag(k).equals("CCONJ")) {
                return "";
            }
            if (w.equals(",")) {
                int c = k + 1;
                if (!t.tag(c).equals("ADP") || !ASIDE_COMPLEMENTS.contains(t.lower(c)) || t.matchAt(Section.QUALIFIER, c) > c
                        || deadlineEnd(t, c) > c) {
                    return "";
                }
                int e = ActionEnd.end(t, c, MAX_WORDS - words);
                return e > c ? " " + t.text(c, e, null) : "";
            }
        }
        return "";
    }

    /** Whether a time word ("days", "months") comes within three words from {@code k}: "[the next] sixty days". */
    private static boolean timeWordSoon(TaggedWords t, int k) {
        for (int j = k; j < Math.min(t.size(), k + 3); j++) {
            if (TIME_WORDS.contains(t.lower(j))) {
                return true;
            }
        }
        return false;
    }

    /** Prepositions of where an object goes, not of when: "in", "into", "for". */
    private static final Set<String> DESTINATIONS = Set.of("in", "into", "for", "across", "at", "toward", "towards");

    /** The longest object before a deadline that the verb's complement may follow ("invest $3 billion"). */
    private static final int MAX_BEFORE_DEADLINE = 4;

    /** The share of a sum each party gives: "$1 billion [each]", "500 tonnes [apiece]". */
    private static final Set<String> DISTRIBUTIVES = Set.of("each", "apiece");

    /**
     * The purpose of a means ("measures", "actions") that a qualifier separates from it, with a leading blank: "take
     * appropriate actions where necessary [to secure supply chains]"; "" where none follows.
     */
    private static String purposeAfterQualifier(TaggedWords t, int end, int words) {
        int k = end < t.size() && t.lower(end).equals(",") ? end + 1 : end;
        int q = k < t.size() ? t.matchAt(Section.QUALIFIER, k) : k;
        if (q == k) {
            return "";
        }
        if (t.tag(q - 1).equals("ADP") || t.lower(q - 1).equals("to")) {
            // "take action, in line with national law and policy, to disrupt …": a qualifier in commas with its own
            // short object, then the purpose
            int close = k > end ? t.find(",", q + 1, q + 1 + MAX_SKIP) : -1;
            for (int i = q; close > 0 && i < close; i++) {
                if (!t.isWord(i) || t.isVerb(i) || t.tag(i).equals("AUX")) {
                    close = -1;
                }
            }
            if (close < 0) {
                return "";
            }
            q = close;
        }
        // "take such actions as may be [necessary] to implement …": what the means may be is part of the qualifier
        if (q < t.size() && t.lower(q - 1).equals("be") && (t.tag(q).equals("ADJ") || PAST_PARTICIPLE.matcher(t.lower(q)).matches())) {
            q++;
        }
        if (q < t.size() && t.lower(q).equals(",")) {
            q++;
        }
        // after a means and its qualifier, "to" opens the purpose: the next word is its verb, however the tagger read the
        // two ("to [partner] on …", "to [dismantle] networks"); a determiner, number or name after it is no verb
        if (q + 1 >= t.size() || !t.lower(q).equals("to") || !t.isVerb(q + 1) && !(t.isWord(q + 1) && !t.capitalized(q + 1)
                && !Set.of("DET", "NUM", "PRON", "PROPN", "ADV").contains(t.tag(q + 1)))) {
            return "";
        }
        int e = ActionEnd.end(t, q + 1, Math.max(MAX_WORDS - words - 1, MAX_NEXT_WORDS));
        return e > q + 1 ? " to " + t.text(q + 1, e, null) : "";
    }

    /**
     * What a bare verb takes after a qualifier that follows it at once, with a leading blank: "provide in a timely manner
     * [responses to requests]", "establish as soon as practicable [an electronic means of …]", "meet in order [to
     * exchange views]"; "" where none follows.
     */
    private static String afterBareVerbQualifier(TaggedWords t, int at) {
        int k = t.matchAt(Section.QUALIFIER, at);
        if (k == at) {
            return "";
        }
        // "in order to", "so as to": for a bare verb the purpose is the content ("meet to exchange views")
        boolean purpose = (t.lower(at).equals("in") || t.lower(at).equals("so")) && t.lower(k - 1).equals("to");
        if (purpose && k < t.size() && t.isVerb(k) && t.matchAt(Section.PURPOSE_VERB, k) == k) {
            int e = ActionEnd.end(t, k, MAX_WORDS - 2);
            return e > k ? " to " + t.text(k, e, null) : "";
        }
        // a qualifier that ends in a preposition ("in partnership with", "on the basis of") has the noun phrase after it
        if (t.tag(k - 1).equals("ADP") || t.lower(k - 1).equals("to") || t.tag(k - 1).equals("VERB")) {
            return "";
        }
        while (k < t.size() && k - at < MAX_SKIP && (t.tag(k).equals("ADJ") || t.tag(k).equals("ADV")) && !t.lower(k).equals("all")) {
            k++; // "as soon as [practicable]"
        }
        if (k >= t.size() || !(t.tag(k).equals("DET") || t.tag(k).equals("NOUN")) || ActionEnd.stopsAt(t, k, at)) {
            return "";
        }
        int e = ActionEnd.end(t, k, MAX_WORDS - 1);
        return e > k ? " " + t.text(k, e, null) : "";
    }

    /** Whether a modal that only permits or supposes ("can", "may", "could", "would", "might") comes in {@code [from, to)}. */
    private static boolean weakModalBetween(TaggedWords t, int from, int to) {
        for (int k = from; k < to && k < t.size(); k++) {
            if (Set.of("can", "may", "could", "would", "might").contains(t.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The verb of a further pledge of the same subject, with a modal of its own, that a qualifier left out of the action
     * separates from it: "maintain the tariffs, as set forth in …, on goods of Thailand, and will [identify] products",
     * "not enforce the rule and, to the extent permitted by law, shall [remove] it"; -1 where none follows.
     */
    private static int laterPledge(TaggedWords t, int end) {
        int q = end < t.size() && t.lower(end).equals(",") ? end + 1 : end;
        // only a qualifier, a modifier ("as set forth in …") or a purpose ends the action before a pledge of the same
        // subject; not an attribution (", the chair said, and would …") or a complement
        int v = q + 2 < t.size() && t.tag(q + 1).equals("ADV") ? q + 2 : q + 1; // "as [initially] set forth in …"
        boolean modifier = v < t.size() && (t.lower(q).equals("as") || t.lower(q).equals("to")) && t.isVerb(v);
        // "survey the belt[, helping miners with data,] and will publish …": a participle of what the act
        // brings about, between the act and the next pledge
        boolean consequence = q > end && q < t.size() && t.lower(q).endsWith("ing") && t.isVerb(q);
        if (q >= t.size() || t.matchAt(Section.QUALIFIER, q) == q && t.matchAt(Section.CLAUSE, q) == q && !modifier && !consequence) {
            return -1;
        }
        int depth = 0;
        for (int k = end; k + 2 < t.size() && k < end + MAX_PLEDGE_REACH; k++) {
            String w = t.lower(k);
            depth += w.equals("(") ? 1 : w.equals(")") ? -1 : 0;
            if (w.equals(";") || w.equals(":") || isSentenceEnd(t, k)) {
                return -1;
            }
            if (depth > 0 || !w.equals("and")) {
                continue;
            }
            int modal = k + 1;
            if (t.lower(modal).equals(",")) {
                int close = t.find(",", modal + 1, modal + 1 + MAX_SKIP);
                modal = close > 0 ? close + 1 : modal;
            }
            if (modal < t.size() && MODALS.contains(t.lower(modal))) {
                int verb = skipCue(t, modal);
                // "…, and will be subject to duty": a state the thing will be in, no further act
                return verb < t.size() && t.isVerb(verb) && !t.lower(verb).equals("be") && hasComplement(t, verb) ? verb : -1;
            }
        }
        return -1;
    }

    /** The conjunction ("and", "or") between a bare verb that ends at {@code end} and the next verb at {@code next}, or null. */
    private static String conjunction(TaggedWords t, int end, int next) {
        for (int k = end; k < next; k++) {
            if (t.tag(k).equals("CCONJ")) {
                return t.lower(k);
            }
            if (!t.lower(k).equals(",") && k == end) {
                return null;
            }
        }
        return null;
    }

    /** Whether a coordinated clause between {@code from} and its verb at {@code verb} only permits: "and the bank may". */
    private static boolean permits(TaggedWords t, int from, int verb) {
        for (int k = from; k < verb; k++) {
            if (t.lower(k).equals("may")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of the verb at {@code verb} with the noun phrase right after it and no complement: "publish [the
     * addresses]", "set up [a help desk]"; {@code verb + 1} where no noun phrase follows the verb.
     */
    private static int objectHeadEnd(TaggedWords t, int verb) {
        int k = verb + 1;
        if (k < t.size() && PARTICLES.contains(t.lower(k))) {
            k++;
        }
        int head = verb + 1;
        for (; k < t.size() && k - verb <= MAX_FINISH_WORDS + 2 && t.isWord(k) && !t.glued(k)
                && (t.tag(k).equals("DET") || NOMINAL.contains(t.tag(k)) || t.tag(k).equals("PRON") && POSSESSIVES.contains(t.lower(k))); k++) {
            if (t.tag(k).equals("NOUN") || t.tag(k).equals("PROPN")) {
                head = k + 1;
            }
        }
        // "a majority [stake] in", "help [desks] for": the last noun of a compound, read as a verb before a preposition
        if (head == k && k + 1 < t.size() && k > verb + 1 && t.tag(k).equals("VERB") && t.tag(k - 1).equals("NOUN")
                && !PAST_PARTICIPLE.matcher(t.lower(k)).matches() && !t.lower(k).endsWith("ing")
                && (t.tag(k + 1).equals("ADP") || t.lower(k + 1).equals(",") || t.lower(k + 1).equals("."))) {
            head = ++k;
        }
        // the object ends where a complement or the clause goes on; a noun phrase the head would cut ("the addresses
        // [list]") or a modifier left without its noun is no object
        boolean boundary = head == t.size() || t.tag(head).equals("ADP") || t.tag(head).equals("PUNCT") || t.tag(head).equals("CCONJ")
                || t.tag(head).equals("SCONJ") || t.tag(head).equals("PART");
        return head == k && boundary ? head : verb + 1;
    }

    /** Whether the word before {@code end} heads the object right after the verb at {@code verb}: "undertake [an assessment]". */
    private static boolean objectHeadBefore(TaggedWords t, int verb, int end) {
        if (!t.tag(end - 1).equals("NOUN")) {
            return false;
        }
        for (int k = verb + 1; k < end - 1; k++) {
            if (!t.isWord(k) || !(t.tag(k).equals("DET") || NOMINAL.contains(t.tag(k)))) {
                return false; // "stand united in support [of …]": a complement, not the object
            }
        }
        return true;
    }

    /**
     * Where the word limit cut the first action at {@code end} inside its last noun phrase: the end of that phrase
     * ("the trade in food [and agricultural products]", "the use [of our trade tools]") where the whole
     * budget holds it; {@code end} otherwise.
     */
    private static final Pattern HYPHENS = Pattern.compile("[-‐‑–]");

    private static int finishedFirst(TaggedWords t, int verb, int end) {
        // "include an analysis of the cases [in which the rules were not followed]": the word limit does not split a
        // clause that says which things are meant where the whole budget holds it
        for (int k = end - 1; k > verb + 2; k--) {
            if (t.lower(k).equals("which") && t.tag(k - 1).equals("ADP")) {
                int clause = prepositionalRelativeEnd(t, k, verb);
                if (clause > end) {
                    return clause;
                }
                break;
            }
        }
        int finished = t.lower(end).equals("of") && t.tag(end - 1).equals("NOUN") ? ofPhraseEnd(t, end + 1, false) : end;
        if (finished == end + 1) {
            finished = end;
        }
        if (finished == end) {
            finished = objectEnd(t, verb, end);
        }
        // (a phrase that would end on a modifier, "a new class of assets [subject]", is left as the cut made it)
        // (nor one that would stop inside a word, "the [Indo]-Pacific")
        boolean headed = finished > end && (t.tag(finished - 1).equals("NOUN") || t.tag(finished - 1).equals("PROPN")
                || t.tag(finished - 1).equals("NUM")) && !cutsWord(t, end, finished);
        // (past a conjunction only the few words that end one noun phrase, "food [and agricultural products]"; a second
        // whole phrase, "industrial goods [and US dairy and seafood products]", is left out)
        boolean shortJoin = !t.tag(end).equals("CCONJ") || wordsBetween(t, end, finished) <= MAX_FINISH_WORDS;
        return headed && shortJoin && wordsBetween(t, verb, finished) <= MAX_TOTAL_WORDS ? finished : end;
    }

    /** The end of the noun phrase that starts at {@code k} after an "of", before any complement of its own; else {@code k}. */
    private static int ofPhraseEnd(TaggedWords t, int k, boolean overHyphens) {
        int e = k;
        int last = -1;
        // "of [their] mineral potential": a possessive opens it
        // ("of U.S.[-]Mexico supply chains": in a further action's short cut, the hyphen that joins two names goes on
        // with them; the first action's whole budget is cut as before)
        while (e < t.size() && (t.isWord(e) && (t.tag(e).equals("DET") || NOMINAL.contains(t.tag(e)) || t.glued(e)
                || e == k && t.tag(e).equals("PRON") && t.matchAt(Section.PARTY_POSSESSIVE, e) > e)
                || overHyphens && e > k && t.lower(e).equals("-") && t.glued(e) && e + 1 < t.size() && t.glued(e + 1) && t.isWord(e + 1))) {
            if (t.tag(e).equals("NOUN") || t.tag(e).equals("PROPN")) {
                last = e + 1;
            }
            e++;
        }
        // "of the cattle [and other markets]", "of the America [First …]": a phrase that goes on is not cut short
        // ("of online platforms [and ensure …]": a conjunction before a verb opens the next act)
        boolean goesOn = e < t.size() && t.isWord(e) && (t.tag(e).equals("CCONJ") && !(e + 1 < t.size() && t.tag(e + 1).equals("VERB"))
                || t.capitalized(e));
        return last > 0 && last == e && !goesOn ? last : k;
    }

    /**
     * The end of the object noun phrase that a cut at {@code end} splits: its further nouns and modifiers ("critical
     * minerals [processing]", "high environmental [and labour standards]") or the "of" complement of its head ("the
     * adoption [of a moratorium]"); {@code end} where the cut falls at a phrase boundary.
     */
    private static int objectEnd(TaggedWords t, int verb, int end) {
        // after a preposition only a noun phrase that already has its noun is finished: "for critical minerals
        // [processing]", not "for the most [promising ones]", a complement the cut rightly leaves out
        int preposition = -1;
        for (int p = verb + 1; p < end; p++) {
            preposition = t.tag(p).equals("ADP") ? p : preposition;
        }
        boolean headed = preposition < 0;
        for (int p = preposition + 1; p > 0 && p < end && !headed; p++) {
            headed = t.tag(p).equals("NOUN") || t.tag(p).equals("PROPN");
        }
        if (!headed) {
            return end;
        }
        int k = end;
        // ("of" after a noun naming an act: "the adoption [of a standard]", not "the port [of Lobito]")
        if (k < t.size() && t.lower(k).equals("of") && t.tag(k - 1).equals("NOUN") && ACTION_NOUN.matcher(t.lower(k - 1)).matches()
                && k + 1 < t.size()) {
            k++;
            while (k < t.size() && (t.tag(k).equals("DET") || t.tag(k).equals("NUM"))) {
                k++;
            }
            if (k >= t.size() || !isNominal(t, k) && !t.tag(k).equals("VERB")) {
                return end;
            }
            k++;
        }
        // (the words after a conjunction go on with the noun phrase: "food and [agricultural products]")
        while (k < t.size() && k > 0 && (insideNounPhrase(t, k) || k > end && t.tag(k - 1).equals("CCONJ") && isNominal(t, k)
                || t.tag(k).equals("VERB") && t.lower(k).endsWith("ing")
                && NOMINAL.contains(t.tag(k - 1)) && (k + 1 == t.size() || !t.isWord(k + 1) || isBoundary(t, k + 1)))) {
            k++;
        }
        return k > end && !ActionEnd.endsBadly(t, k) && !cutsWord(t, end, k) ? k : end;
    }

    /** Words that head a complement of their own after a noun: "areas [subject] to the jurisdiction", "[due] to". */
    private static final Set<String> COMPLEMENT_HEADS = Set.of("subject", "due", "pursuant", "prior", "contrary", "according");

    /**
     * Whether a phrase finished from {@code end} to {@code k} would stop inside a word or a phrase that goes on: before
     * the rest of a hyphened word ("the rights and [God]-given"), on a word that heads a complement ("areas [subject]
     * to"), or across a markup tag ("Alfamino&lt;sup&gt;").
     */
    private static boolean cutsWord(TaggedWords t, int end, int k) {
        if (k < t.size() && HYPHENS.matcher(t.lower(k)).lookingAt() || COMPLEMENT_HEADS.contains(t.lower(k - 1))) {
            return true;
        }
        for (int i = end; i < k; i++) {
            if (t.lower(i).indexOf('<') >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the object before {@code end} ends on a sum of money: "$500,000", "EUR 3 million". */
    private static boolean endsOnSum(TaggedWords t, int end) {
        String last = t.lower(end - 1);
        return MONEY_WORDS.contains(last) || end >= 2 && t.tag(end - 1).equals("NUM") && Set.of("$", "€", "£").contains(t.lower(end - 2))
                || last.matches("[$€£]\\d[\\d,.]*");
    }
}
