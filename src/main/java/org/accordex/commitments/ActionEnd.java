package org.accordex.commitments;

import java.util.Set;
import java.util.regex.Pattern;

import static org.accordex.commitments.ActionPhrase.ADJECTIVE_FORM;
import static org.accordex.commitments.ActionPhrase.CLAUSE_SUBJECT_PRONOUNS;
import static org.accordex.commitments.ActionPhrase.DASHES;
import static org.accordex.commitments.ActionPhrase.EMPTY_HEADS;
import static org.accordex.commitments.ActionPhrase.ING_ADJECTIVES;
import static org.accordex.commitments.ActionPhrase.ING_NOUNS;
import static org.accordex.commitments.ActionPhrase.MAX_ASIDE_WORDS;
import static org.accordex.commitments.ActionPhrase.MAX_CLAUSE_WORDS;
import static org.accordex.commitments.ActionPhrase.MAX_FINISH_WORDS;
import static org.accordex.commitments.ActionPhrase.MAX_SKIP;
import static org.accordex.commitments.ActionPhrase.MAX_SUBJECT_WORDS;
import static org.accordex.commitments.ActionPhrase.MAX_TOTAL_WORDS;
import static org.accordex.commitments.ActionPhrase.MAX_WORDS;
import static org.accordex.commitments.ActionPhrase.MIN_GERUND;
import static org.accordex.commitments.ActionPhrase.MODALS;
import static org.accordex.commitments.ActionPhrase.NOMINAL;
import static org.accordex.commitments.ActionPhrase.NOUN_FORM;
import static org.accordex.commitments.ActionPhrase.NOUN_HOMOGRAPHS;
import static org.accordex.commitments.ActionPhrase.NO_END;
import static org.accordex.commitments.ActionPhrase.OBJECT_START;
import static org.accordex.commitments.ActionPhrase.PARTICLES;
import static org.accordex.commitments.ActionPhrase.REFERENCE_NOUNS;
import static org.accordex.commitments.ActionPhrase.SECTION_NUMBER;
import static org.accordex.commitments.ActionPhrase.Section;
import static org.accordex.commitments.ActionPhrase.WH_WORDS;
import static org.accordex.commitments.ActionPhrase.WITH_COUNTERPART_VERBS;
import static org.accordex.commitments.ActionPhrase.afterAmount;
import static org.accordex.commitments.ActionPhrase.attribution;
import static org.accordex.commitments.ActionPhrase.clauseAction;
import static org.accordex.commitments.ActionPhrase.closesActivityNouns;
import static org.accordex.commitments.ActionPhrase.dashAsideEnd;
import static org.accordex.commitments.ActionPhrase.deadlineEnd;
import static org.accordex.commitments.ActionPhrase.describesNoun;
import static org.accordex.commitments.ActionPhrase.followsSurePhrase;
import static org.accordex.commitments.ActionPhrase.hasComplement;
import static org.accordex.commitments.ActionPhrase.insideNounPhrase;
import static org.accordex.commitments.ActionPhrase.isBoundary;
import static org.accordex.commitments.ActionPhrase.isModifierAfterPreposition;
import static org.accordex.commitments.ActionPhrase.isNameLink;
import static org.accordex.commitments.ActionPhrase.isNominal;
import static org.accordex.commitments.ActionPhrase.isPlaceLink;
import static org.accordex.commitments.ActionPhrase.isSentenceEnd;
import static org.accordex.commitments.ActionPhrase.keepsUntil;
import static org.accordex.commitments.ActionPhrase.laterAction;
import static org.accordex.commitments.ActionPhrase.onlyGerundsBefore;
import static org.accordex.commitments.ActionPhrase.prepositionalRelativeEnd;
import static org.accordex.commitments.ActionPhrase.supportAfterAsWellAs;
import static org.accordex.commitments.ActionPhrase.wordsBetween;

/**
 * Where an action stops ({@link ActionPhrase}): at most {@link ActionPhrase#MAX_WORDS} words, before a deadline, a
 * trailing qualifier or the next clause, and never inside a noun phrase, a name or a pair it would cut in half.
 *
 * <p>{@link #end} finds the first word after the action; {@link #stopsAt} says whether a word closes it and
 * {@link #endsBadly} whether a cut would leave a preposition, an article or a modifier without its noun.
 */
final class ActionEnd {
    private ActionEnd() {
    }

    /** Noun-phrase tags of a clause's own subject after "and": "the World Bank Group", "the agreement". */
    private static final Set<String> CLAUSE_SUBJECT_TAGS = Set.of("NOUN", "PROPN", "NUM", "ADJ", "DET");

    /**
     * Whether "and" at {@code at} (or ", and") opens a clause of its own: a subject led by a determiner or a name, then
     * a finite verb ("and the World Bank Group is pledging …", "and the agreement covers …"). A bare noun after "and"
     * ("expand mining and processing capacity") is more of the object.
     */
    private static boolean finiteClause(TaggedWords t, int at) {
        int k = t.lower(at).equals(",") ? at + 1 : at;
        // "the instructions [you and the President have given]": a pronoun before "and" opens a joint subject
        if (k >= t.size() || !t.lower(k).equals("and") || k > 0 && t.tag(k - 1).equals("PRON")) {
            return false;
        }
        if (namesJoinedInClause(t, k)) {
            return false;
        }
        int subject = ++k;
        if (subject >= t.size() || !t.tag(subject).equals("DET") && !t.tag(subject).equals("PROPN")
                || t.tag(subject).equals("DET") && !Set.of("the", "a", "an", "its", "their", "this").contains(t.lower(subject))) {
            return false;
        }
        while (k < t.size() && k - subject < MAX_SUBJECT_WORDS && (CLAUSE_SUBJECT_TAGS.contains(t.tag(k)) || isNameLink(t, k, subject)
                || isPlaceLink(t, k, subject))) {
            k++;
        }
        if (k >= t.size() || k == subject || !NOMINAL.contains(t.tag(k - 1))) {
            return false;
        }
        String verb = t.lower(k);
        // "pass the package and the Senate should [quickly] follow": a modal of the subject's own, also before a verb
        // with no object, which no further action takes up (not the subject of a clause of "that": "ensure that the
        // mines and the smelters will comply" has one subject of two)
        if (CLAUSE_MODALS.contains(verb) && k + 1 < t.size() && (t.isVerb(k + 1) || t.tag(k + 1).equals("ADV"))
                && !clauseOpenedBefore(t, subject - 1)) {
            return true;
        }
        return t.tag(k).equals("AUX") && Set.of("is", "are", "was", "were", "has", "have").contains(verb)
                || t.tag(k).equals("VERB") && verb.endsWith("s") && !verb.endsWith("ss") && !t.capitalized(k);
    }

    /**
     * Whether the clause of "so that" from {@code subject} reaches its modal or auxiliary and verb within the words a
     * clause's subject may have, and that verb within the action's words from {@code start}.
     */
    private static boolean resultVerbFits(TaggedWords t, int subject, int start) {
        for (int j = subject + 1; j < Math.min(t.size() - 1, subject + MAX_OWN_SUBJECT_WORDS); j++) {
            if (t.lower(j).equals(",") || t.lower(j).equals(";")) {
                return false;
            }
            // (a modal or an auxiliary marks the finite verb; a participle may describe the subject: "the tailings [stored] …")
            if (CLAUSE_MODALS.contains(t.lower(j)) || t.tag(j).equals("AUX")) {
                return t.isVerb(j + 1) && wordsBetween(t, start, j + 2) <= ActionPhrase.MAX_WORDS;
            }
        }
        return false;
    }

    /** Whether a clause of "that", "whether" or "if" opens before {@code and}, whose subject the "and" may join. */
    private static boolean clauseOpenedBefore(TaggedWords t, int and) {
        for (int j = 0; j < and; j++) {
            if (Set.of("that", "whether", "if").contains(t.lower(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether "and" at {@code and} joins a name to the name that opens a clause of "if", "whether" or "that": "determine
     * if [Peru and] Chile have taken steps" has one subject of two names, no clause of its own after "and".
     */
    private static boolean namesJoinedInClause(TaggedWords t, int and) {
        int b = and - 1;
        while (b >= 0 && t.tag(b).equals("PROPN")) {
            b--;
        }
        if (b >= 0 && b < and - 1 && t.tag(b).equals("DET")) {
            b--;
        }
        return b >= 0 && b < and - 1 && Set.of("if", "whether", "that").contains(t.lower(b));
    }

    /** The end (exclusive) of the action that starts at {@code start}. */
    static int end(TaggedWords t, int start, int maxWords) {
        int words = 0;
        int limit = maxWords;
        // "the higher of [X or Y]", "either [X or Y]": a choice is cut after its last option, not before it
        boolean choice = false;
        int lastOption = -1; // the word count where the last option of a choice starts
        int k = start;
        for (; k < t.size(); k++) {
            String w = t.lower(k);
            if (w.equals("either") || w.equals("of") && k > start && CHOICE_HEADS.contains(t.lower(k - 1))) {
                choice = true;
            } else if (w.equals("or") && choice) {
                choice = false;
                lastOption = words;
            }
            // "be consistent with this Agreement": after "be", the qualifier's words are the predicate
            // ("not be subject to import duties" too)
            boolean predicate = k == start + 1 && t.lower(start).equals("be")
                    || k == start + 2 && t.lower(start).equals("not") && t.lower(start + 1).equals("be")
                    // "no longer be subject to export licensing": the negation of two words too
                    || k == start + 3 && t.lower(start).equals("no") && t.lower(start + 1).equals("longer") && t.lower(start + 2).equals("be");
            // "let the people[—and the Congress—]decide": a closed aside between dashes is left out, as in text()
            int closeDash = k > start && DASHES.contains(w) ? dashAsideEnd(t, k) : -1;
            if (closeDash > k) {
                if (stopsAt(t, closeDash + 1, start)) {
                    break; // "… citizenship[—so called passports—]that let …": the action ends before the aside
                }
                k = closeDash;
                continue;
            }
            if (k > start && !predicate && stopsAt(t, k, start)) {
                break;
            }
            if (t.shortName()[k] > k) {
                words++;
                k = t.shortName()[k]; // "Customs Mutual Assistance Agreement (CMAA)" is one word, "CMAA"
                continue;
            }
            if (w.equals("(")) {
                int close = t.find(")", k + 1, k + 1 + MAX_SKIP);
                if (close < 0) {
                    break;
                }
                k = close; // "(MFN)", "(REEs)": an aside inside the phrase, left out below
                continue;
            }
            // "that" after "ensure" is left out of the action, so it takes no place in it
            boolean counted = t.isWord(k) && !(t.isComplementizer(k) && t.isHeadVerb(k - 1, start));
            if (counted && ++words > limit && (choice || lastOption >= 0 && words - lastOption <= MAX_OPTION_WORDS)
                    && limit < MAX_CHOICE_WORDS) {
                limit = MAX_CHOICE_WORDS;
            }
            if (counted && words > limit) {
                // "threats to United States critical [infrastructure].": the one word the limit leaves before the
                // sentence ends finishes the phrase, whatever the tagger read it as
                if (maxWords >= MAX_WORDS && words <= MAX_TOTAL_WORDS && t.isWord(k) && !t.capitalized(k)
                        && (isSentenceEnd(t, k + 1) || t.lower(k + 1).equals(";")) && !t.isVerb(k) && !t.tag(k - 1).equals("PUNCT")) {
                    k++;
                    break;
                }
                // "assist developing countries with respect | to [both mitigation and adaptation]": a preposition of
                // several words the limit cut is finished with its noun phrase when that closes soon
                int preposition = finishCutPreposition(t, k, start);
                if (preposition > k) {
                    k = preposition;
                    break;
                }
                // "micro, small, [and medium-sized enterprises]", "the Ministry [of Health and Welfare]": a series or a
                // name the limit cut is finished when it closes soon
                int finished = finishSeriesOrName(t, k, start);
                if (finished > k && wordsBetween(t, start, finished) <= MAX_TOTAL_WORDS + 1) {
                    k = finished;
                    break;
                }
                // "invest in value chains such as processing, [manufacturing …]": examples the limit cut, and no
                // short finish closes, are left out
                int examples = beforeCutExamples(t, k, start);
                if (examples < k) {
                    k = examples;
                    break;
                }
                // "policies and [practices]", "the private sector and [international financial institutions]": the limit
                // cut two joined nouns after their conjunction; the last one is finished when it closes soon (in the
                // first action: a further one has only the words left)
                int conjunct = maxWords >= MAX_WORDS ? Math.max(finishConjunct(t, k, start), finishBothPair(t, k, start)) : k;
                if (conjunct > k) {
                    k = conjunct;
                    break;
                }
                // "… USD 1 billion [in financial support] within six months": a short last complement is kept whole
                int closed = closingComplement(t, k, start);
                if (closed > k) {
                    k = closed;
                    break;
                }
                // "promote robust and inclusive | economic growth", "share analysis about specific strains | of malware":
                // a noun phrase cut after its modifiers or before its "of" and one noun is finished when it closes there
                // "expand the U.S.-Singapore | Third Country Training Program": a name the limit cut between its
                // capitalized words is finished when it closes soon
                int named = finishCutName(t, k, start);
                if (named > k && wordsBetween(t, start, named) <= MAX_TOTAL_WORDS) {
                    k = named;
                    break;
                }
                int head = maxWords >= MAX_WORDS ? finishNounPhrase(t, k, start) : k;
                if (head > k) {
                    k = head;
                    break;
                }
                // Finish the noun phrase the limit cut, by a word or two, rather than leave "priority projects no".
                int extra = 0;
                while (k < t.size() && extra < 2 && isNominal(t, k) && isNominal(t, k - 1)) {
                    k++;
                    extra++;
                }
                if (k < t.size() && insideNounPhrase(t, k)) {
                    // still inside the noun phrase: cut before its preposition or punctuation instead
                    int p = k - extra;
                    while (p > start + 1 && !isBoundary(t, p)) {
                        p--;
                    }
                    // "of US industrial goods [and US food and agricultural products]": the first of two joined noun
                    // phrases after the preposition is whole; the cut keeps it rather than fall back before "of"
                    int joined = firstWholeConjunct(t, p, k - extra);
                    if (joined > 0) {
                        k = joined;
                        break;
                    }
                    p = beforeModifierSeries(t, p, start);
                    k = p > start + 1 ? p : k - extra;
                }
                break;
            }
        }
        k = beforeCutClauseVerb(t, k, start);
        if (k < t.size() && k - 1 > start && t.lower(k - 1).equals(",")) {
            k = beforeHeadlessSeries(t, k - 1, start, beforeModifierSeries(t, k - 1, start)); // "to advance diverse, | secure, and …"
        } else if (k < t.size() && t.lower(k).equals(",")) {
            k = beforeHeadlessSeries(t, k, start, beforeModifierSeries(t, k, start)); // "to advance diverse | , secure, and …"
        }
        k = beforeCutConjunct(t, k, start); // only a cut ends an action at "of"
        k = beforeHalfPair(t, k, start);
        // "work together not only as the CRI[, but also with …]": the first half of a pair cut before its "but" is
        // left out with its "not only", as it says less than the act
        int but = k + 1 < t.size() && t.lower(k).equals(",") ? k + 1 : k;
        if (but < t.size() && t.lower(but).equals("but")) {
            for (int j = start + 1; j + 1 < k; j++) {
                if (t.lower(j).equals("not") && t.lower(j + 1).equals("only")) {
                    k = j;
                    break;
                }
            }
        }
        if (k >= start + 3 && k < t.size() && t.lower(k - 1).equals("be") && t.lower(k - 2).equals("to")) {
            // "require the applied rates to be [gradually reduced]": the limit cut "to be" from its participle
            int p = k < t.size() - 1 && t.tag(k).equals("ADV") ? k + 1 : k;
            if (t.isPassive(k - 1, p)) {
                k = p + 1;
            }
        }
        int end = k;
        while (end < t.size() && end > start && t.glued(end)) {
            end++; // "pilot-scale", "U.S.-based": a word is never split
        }
        boolean trimmed = true;
        while (trimmed && end > start + 1) {
            trimmed = endsBadly(t, end) || end < t.size() && t.glued(end);
            if (trimmed) {
                end--;
            }
        }
        end = withoutClauseCutBeforeItsVerb(t, start, end);
        return possessedEnd(t, end, start);
    }

    /**
     * Where a means' "to ensure that …" was cut before the clause's verb ("take action to ensure that [all public
     * monuments, …]"), the clause says nothing yet: the action ends before the purpose, as where the clause is left
     * out; else {@code end}.
     */
    private static int withoutClauseCutBeforeItsVerb(TaggedWords t, int start, int end) {
        for (int j = start + 3; j < end; j++) {
            if (t.lower(j).equals("that") && t.lower(j - 2).equals("to") && t.matchAt(Section.CLAUSE_HEAD, j - 1) == j
                    && t.matchAt(Section.MEANS_NOUN, j - 3) > j - 3) {
                for (int v = j + 1; v < end; v++) {
                    if (t.tag(v).equals("VERB") || t.tag(v).equals("AUX")) {
                        return end;
                    }
                }
                int cut = beforeCutClauseVerb(t, j, start);
                while (cut > start + 1 && endsBadly(t, cut)) {
                    cut--;
                }
                return cut;
            }
        }
        return end;
    }

    /**
     * Where the action stopped before a "that" whose clause it leaves out, the verb that clause belongs to completes
     * nothing and goes too: a participle that describes the object ("issue rules [providing] that …") and a purpose's
     * verb with its "to" ("consult one another [to ensure] that …"); else {@code k}.
     */
    private static int beforeCutClauseVerb(TaggedWords t, int k, int start) {
        if (k >= t.size() || !t.lower(k).equals("that") || k - 1 <= start) {
            return k;
        }
        String v = t.lower(k - 1);
        if (v.endsWith("ing") && v.length() > MIN_GERUND && t.tag(k - 1).equals("VERB") && k - 2 > start
                && t.tag(k - 2).equals("NOUN")) {
            return k - 1;
        }
        if (t.matchAt(Section.CLAUSE_HEAD, k - 1) == k && k - 2 > start && t.lower(k - 2).equals("to")) {
            int to = k - 2;
            // "…[, as appropriate,] to ensure that": the qualifier in commas before the purpose goes with it
            if (to - 1 > start && t.lower(to - 1).equals(",")) {
                int open = to - 2;
                while (open > start && !t.lower(open).equals(",") && to - open <= MAX_SKIP) {
                    open--;
                }
                if (open > start + 1 && t.lower(open).equals(",") && t.matchAt(Section.QUALIFIER, open + 1) > open + 1) {
                    return open;
                }
            }
            return to;
        }
        return k;
    }

    /**
     * Whether a means' agent after "by" stands between the means and the "to" at {@code to}: "finalize commitments [by
     * the Republic of Peru] to address …", whose purpose stays as a means' purpose does.
     */
    private static boolean agentAfterMeans(TaggedWords t, int to, int start) {
        int b = to - 1;
        while (b > start && t.tag(b).equals("PROPN")) {
            b--;
        }
        if (b < to - 1 && b > start && t.tag(b).equals("DET")) {
            b--;
        }
        return b < to - 1 && b > start + 1 && t.lower(b).equals("by") && t.matchAt(Section.MEANS_NOUN, b - 1) > b - 1;
    }

    /**
     * Whether the "to" at {@code to} opens the act itself: the purpose of working with a counterpart ("work [closely]
     * with India [to] enhance investments") or of a verb whose object is only the means ("use the portal [to] help
     * importers"), the first "to" after it, and the purpose's verb takes an object rather than a clause ("to ensure
     * that …" is too long to keep and stays out).
     */
    private static boolean purposeIsTheAct(TaggedWords t, int start, int to) {
        boolean counterpart = WITH_COUNTERPART_VERBS.contains(t.lower(start)) && start + 2 < t.size()
                && (t.lower(start + 1).equals("with") || t.lower(start + 2).equals("with"));
        if (to + 2 >= t.size() || !(counterpart || t.matchAt(Section.MEANS_VERB, start) > start)
                || t.lower(to + 2).equals("that") || !t.isWord(to + 2)) {
            return false;
        }
        for (int i = start + 2; i < to; i++) {
            if (t.lower(i).equals("to")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the examples the limit cuts at token {@code k} begin ("supply chains for minerals [such as] rare earths,
     * lithium, | cobalt"), after a noun of the action's object: the object is whole without them. {@code k} otherwise.
     */
    private static int beforeCutExamples(TaggedWords t, int k, int start) {
        // ("cooperate in areas such as …": a head that says nothing without its examples keeps them)
        for (int c = k - 1; c > start + 1; c--) {
            if (c + 1 < t.size() && t.lower(c).equals("such") && t.lower(c + 1).equals("as") && NOMINAL.contains(t.tag(c - 1))) {
                return EMPTY_EXAMPLE_HEADS.contains(t.lower(c - 1)) ? k : c;
            }
            // "processing" in a list of activities may be read as a verb; another verb opens a clause of its own
            if (!(t.isWord(c) && (!t.isVerb(c) || t.lower(c).endsWith("ing")) || t.lower(c).equals(","))) {
                return k; // the examples end before the cut: a verb or a break lies between
            }
        }
        return k;
    }

    /**
     * Whether the conjunction at {@code k} joins two gerunds of one object, the first right after a conjunction of its
     * own: "facilitate trade, as well as [adopting and implementing] good practices" (not "trade and manufacturing and
     * strengthening …", whose sector noun closes the object before it).
     */
    private static boolean gerundsShareObject(TaggedWords t, int k) {
        if (k < 2 || k + 1 >= t.size()) {
            return false;
        }
        String gerund = t.lower(k - 1);
        String before = t.lower(k - 2);
        return gerund.endsWith("ing") && gerund.length() > MIN_GERUND && !ING_ADJECTIVES.contains(gerund) && !ING_NOUNS.contains(gerund)
                && t.lower(k + 1).endsWith("ing") && (t.tag(k - 2).equals("CCONJ") || before.equals(",") || before.equals("as"));
    }

    /** Heads that say nothing without the examples after them: "in areas such as …". */
    private static final Set<String> EMPTY_EXAMPLE_HEADS = Set.of("areas", "fields", "sectors", "matters", "issues", "topics",
            "activities");

    /** How many words the limit may leave of a last conjunct it cut before its "of". */
    private static final int MAX_CUT_CONJUNCT_WORDS = 4;

    /**
     * A cut at the "of" of the last conjunct of a series ("all industrial goods and a wide range | of farm products",
     * "labor, environment, and any distortionary behaviors | of state enterprises") leaves a conjunct that names
     * nothing: the action ends after the conjunct before it. {@code k} otherwise.
     */
    private static int beforeCutConjunct(TaggedWords t, int k, int start) {
        if (k >= t.size() || !t.lower(k).equals("of") || !NOMINAL.contains(t.tag(k - 1))) {
            return k;
        }
        for (int c = k - 2; c > start + 2 && k - c <= MAX_CUT_CONJUNCT_WORDS; c--) {
            String w = t.lower(c);
            if (w.equals("and") || w.equals("or")) {
                int before = t.lower(c - 1).equals(",") ? c - 1 : c;
                // the conjunct before must be a finished noun, not a modifier of the cut one ("large and small | of")
                if (!t.tag(before - 1).matches("NOUN|PROPN") || !t.tag(c + 1).equals("DET")) {
                    return k;
                }
                // "friendship between the people of Italy and the people | of": half a pair goes with its "between"
                for (int b = before - 1; b > start + 1 && before - b <= MAX_PAIR_WORDS; b--) {
                    if (t.lower(b).equals("between")) {
                        return b;
                    }
                    if (t.lower(b).equals(",") || t.isVerb(b)) {
                        break;
                    }
                }
                return before;
            }
            if (w.equals(",") || t.tag(c).equals("ADP") || t.isVerb(c)) {
                return k;
            }
        }
        return k;
    }

    /** Modals that open a clause of its own after ", and" and its subject. */
    private static final Set<String> CLAUSE_MODALS = Set.of("will", "shall", "may", "must", "should", "can", "could", "would");
    /** How many words the subject of such a clause may have. */
    private static final int MAX_OWN_SUBJECT_WORDS = 8;

    /**
     * Whether ", and" or ", but" at the comma {@code k} opens a clause with a subject of its own that a determiner opens,
     * then a modal: "…, and a breach of this commitment may lead to …". Its subject is no item of the action's object.
     */
    private static boolean ownClauseAfter(TaggedWords t, int k) {
        int j = k + 1;
        if (j + 1 >= t.size() || !(t.lower(j).equals("and") || t.lower(j).equals("but")) || !t.tag(j + 1).equals("DET")) {
            return false;
        }
        for (int n = 0, w = j + 1; w < t.size() && n <= MAX_OWN_SUBJECT_WORDS; w++, n++) {
            if (CLAUSE_MODALS.contains(t.lower(w))) {
                return n >= 2;
            }
            if (!(NOMINAL.contains(t.tag(w)) || t.tag(w).equals("DET") || t.tag(w).equals("ADJ") || t.tag(w).equals("NUM")
                    || t.lower(w).equals("of"))) {
                return false;
            }
        }
        return false;
    }

    /** How far back "between" may stand from a cut at the "and" of its pair. */
    private static final int MAX_PAIR_WORDS = 8;

    /**
     * A cut at the "and" of "between A and B" ("a framework for cooperation between the Survey | and the University")
     * leaves half a pair: the action ends before "between" instead. {@code k} otherwise.
     */
    private static int beforeHalfPair(TaggedWords t, int k, int start) {
        int c = k < t.size() && t.lower(k).equals("and") ? k : k - 1 > start && t.lower(k - 1).equals("and") ? k - 1 : -1;
        // "between their countries [and to promote …]": an "and" that opens the next verb is no pair's
        if (c < 0 || c + 1 >= t.size() || t.lower(c + 1).equals("to") || t.isVerb(c + 1)) {
            return k;
        }
        for (int b = c - 1; b > start + 1 && c - b <= MAX_PAIR_WORDS; b--) {
            String w = t.lower(b);
            if (w.equals("between")) {
                return b;
            }
            // "between the Department [of] Natural Resources of Canada | and …": a name's own link goes on
            if (w.equals(",") || w.equals("and") || w.equals("or") || t.tag(b).equals("ADP") && !isNameLink(t, b, start)
                    || t.isVerb(b)) {
                return k;
            }
        }
        return k;
    }

    /**
     * The end of the noun phrase after a preposition of several words ("with respect to", "in support of") that the word
     * limit cuts at token {@code k}, when the phrase is only nouns, their modifiers and "and", closes on a noun and the
     * action stays within {@link ActionPhrase#MAX_TOTAL_WORDS}; else {@code k} (the action then ends before the
     * preposition, see {@link #endsBadly}).
     */
    private static int finishCutPreposition(TaggedWords t, int k, int start) {
        // the limit may cut the preposition itself or the noun phrase after it ("with respect to both | mitigation …")
        for (int i = Math.max(start + 1, k - 5); i < k; i++) {
            int m = t.matchAt(Section.CUT_PREPOSITION, i);
            if (m <= i) {
                continue;
            }
            int e = m;
            while (e < t.size() && e - m <= MAX_CONJUNCT_WORDS + 2 && (NOMINAL.contains(t.tag(e)) || t.tag(e).equals("DET")
                    || t.lower(e).equals("and") && e + 1 < t.size() && NOMINAL.contains(t.tag(e + 1)) || gluedWord(t, e))) {
                e++;
            }
            boolean closes = e == t.size() || !isNominal(t, e) && !gluedWord(t, e) && !t.lower(e).equals("of");
            return e > m && e > k && closes && (t.tag(e - 1).equals("NOUN") || t.tag(e - 1).equals("PROPN"))
                    && wordsBetween(t, start, e) <= MAX_TOTAL_WORDS ? e : k;
        }
        return k;
    }

    /** How many words the word limit may leave before the noun that closes a noun phrase it cut. */
    private static final int MAX_HEAD_WORDS = 2;

    /**
     * The end of the noun phrase the word limit cuts at token {@code k} when it closes within {@link #MAX_HEAD_WORDS}
     * words and the action stays within {@link ActionPhrase#MAX_TOTAL_WORDS}: after the last of a series of modifiers ("robust and
     * inclusive | economic growth") or at the "of" of a single noun ("specific strains | of ransomware"); else {@code k}.
     */
    private static int finishNounPhrase(TaggedWords t, int k, int start) {
        if (k >= t.size() || k - 1 <= start) {
            return k;
        }
        String before = t.lower(k - 1);
        // only the last of a series of modifiers ("robust and inclusive |", "inclusive, robust |"), which a cut back to
        // the series' conjunction would leave with a modifier and no noun
        boolean modifier = !t.capitalized(k - 1) && (t.tag(k - 1).equals("ADJ") || ADJECTIVE_FORM.matcher(before).matches()
                || ADJECTIVE_FORM_MORE.matcher(before).matches()) && !t.tag(k - 1).equals("NOUN")
                && k - 2 > start && (t.tag(k - 2).equals("CCONJ") || t.lower(k - 2).equals(","));
        int from = k;
        if (!modifier) {
            if (!t.lower(k).equals("of") || !NOMINAL.contains(t.tag(k - 1))) {
                return k;
            }
            from = k + 1;
        }
        int e = from;
        while (e < t.size() && e - from < MAX_HEAD_WORDS && !t.capitalized(e) && (t.tag(e).equals("ADJ") && modifier || t.tag(e).equals("NOUN"))) {
            e++;
        }
        // the phrase closes before a preposition other than "of", a conjunction or punctuation: not "effects of use [of]
        // force incidents", "awareness of substance [use] disorder"
        boolean closes = e > from && t.tag(e - 1).equals("NOUN") && (e == t.size() || !t.glued(e) && !t.lower(e).equals("of")
                && Set.of("ADP", "CCONJ", "SCONJ", "PUNCT", "PART").contains(t.tag(e)));
        return closes && wordsBetween(t, start, e) <= MAX_TOTAL_WORDS ? e : k;
    }

    /** How many words of the last of two joined nouns the word limit may finish. */
    private static final int MAX_CONJUNCT_WORDS = 3;

    /**
     * The end of the noun phrase after "and" or "or" that the word limit cuts at token {@code k} ("rules and | norms"),
     * when the words before the conjunction are a noun's and the phrase after it closes within
     * {@link #MAX_CONJUNCT_WORDS} words; else {@code k}.
     */
    private static int finishConjunct(TaggedWords t, int k, int start) {
        int c = k - 1;
        if (k >= t.size() || c - 1 <= start || !(t.lower(c).equals("and") || t.lower(c).equals("or"))
                || !(t.tag(c - 1).equals("NOUN") || t.tag(c - 1).equals("PROPN"))) {
            return k;
        }
        // only in the verb's object: a place or means after a preposition ("in Abu Dhabi | and Dubai") is a complement
        // that a cut may shorten
        for (int b = c - 1; b > start && !t.isVerb(b); b--) {
            if (t.tag(b).equals("ADP") && !t.lower(b).equals("of")) {
                return k;
            }
        }
        int e = k;
        while (e < t.size() && e - k < MAX_CONJUNCT_WORDS && (NOMINAL.contains(t.tag(e)) || gluedWord(t, e))) {
            e++;
        }
        boolean closes = e == t.size() || !isNominal(t, e) && !gluedWord(t, e);
        return e > k && closes && (t.tag(e - 1).equals("NOUN") || t.tag(e - 1).equals("PROPN")) ? e : k;
    }

    /**
     * The end of the second member of a pair opened by "both" that the word limit cuts at token {@code k} ("in both New
     * Zealand and the | United States"), when it closes within {@link #MAX_CONJUNCT_WORDS} words and an article and the
     * action stays within {@link ActionPhrase#MAX_TOTAL_WORDS}; else {@code k}. "both" without its "and" is no phrase.
     */
    private static int finishBothPair(TaggedWords t, int k, int start) {
        int both = -1;
        for (int b = start + 1; b < k && b < t.size(); b++) {
            if (t.lower(b).equals("both")) {
                both = b;
            }
        }
        int and = both < 0 ? -1 : t.find("and", both + 2, Math.min(k + 1, t.size()));
        if (and < 0) {
            return k;
        }
        int e = and + 1;
        while (e < t.size() && e - and <= MAX_CONJUNCT_WORDS + 1 && (NOMINAL.contains(t.tag(e)) || t.tag(e).equals("DET") && e == and + 1
                || gluedWord(t, e))) {
            e++;
        }
        boolean closes = e == t.size() || !isNominal(t, e) && !gluedWord(t, e);
        return e > k && closes && (t.tag(e - 1).equals("NOUN") || t.tag(e - 1).equals("PROPN"))
                && wordsBetween(t, start, e) <= MAX_TOTAL_WORDS ? e : k;
    }

    /** How many tokens past the word limit a name may be finished. */
    private static final int MAX_FINISH = 7;

    /** How many tokens past the word limit a series may be finished: its last member, not a long tail. */
    private static final int MAX_SERIES_FINISH = 5;

    /**
     * The end of the series of modifiers or nouns ("open, accessible, [and secure technology ecosystems]") or of the
     * name ("the Ministry [of Health and Welfare]") that the word limit cuts at token {@code k}, when it closes within
     * {@link #MAX_FINISH} tokens; else {@code k}.
     */
    private static int finishSeriesOrName(TaggedWords t, int k, int start) {
        if (k >= t.size() || k - 1 <= start) {
            return k;
        }
        // only a name cut at its "of" ("the Ministry | of Health", "the Ministry of | Health"): a name in a further
        // complement ("in talks with Central | America") is cut before its preposition, below
        boolean cutName = inName(t, k) && t.lower(k - 1).equals("of") && k - 2 > start && inName(t, k - 2)
                || t.lower(k).equals("of") && inName(t, k - 1) && k + 1 < t.size() && inName(t, k + 1);
        if (cutName) {
            int e = k;
            int last = k - 1;
            while (e < t.size() && e - k < MAX_FINISH && (inName(t, e) || gluedWord(t, e)
                    || NAME_INNER_WORDS.contains(t.lower(e)) && e + 1 < t.size() && inName(t, e + 1))) {
                if (!NAME_INNER_WORDS.contains(t.lower(e))) {
                    last = e;
                }
                e++;
            }
            return e - k < MAX_FINISH || e == t.size() || !inName(t, e) ? last + 1 : k;
        }
        // a series: a comma after a modifier or noun before the cut, inside the noun phrase being cut
        boolean series = false;
        boolean closedBefore = false;
        for (int b = k - 1; b > start && !series; b--) {
            String tag = t.tag(b);
            if (t.lower(b).equals(",")) {
                series = b - 1 > start && (NOMINAL.contains(t.tag(b - 1)) || t.tag(b - 1).equals("ADJ"));
                if (!series) {
                    return k;
                }
            } else if (t.lower(b).equals("and") || t.lower(b).equals("or")) {
                closedBefore = true; // "a free, fair [and] rules-based …": the series closed before the cut
            } else if (!(NOMINAL.contains(tag) || tag.equals("ADJ") || tag.equals("DET") || gluedWord(t, b))) {
                return k;
            }
        }
        if (!series) {
            return k;
        }
        boolean closed = closedBefore;
        int e = k;
        for (; e < t.size() && e - k < MAX_SERIES_FINISH; e++) {
            String w = t.lower(e);
            String tag = t.tag(e);
            if (w.equals("and") || w.equals("or")) {
                if (closed) {
                    // "value and supply chains": a conjunction inside the last member's noun phrase
                    if (!(e + 1 < t.size() && NOMINAL.contains(t.tag(e + 1)))) {
                        break;
                    }
                }
                closed = true;
            } else if (w.equals(",")) {
                if (closed) {
                    break;
                }
            } else if (!(NOMINAL.contains(tag) || tag.equals("ADJ") || tag.equals("DET") && !closed || tag.equals("DET")
                    && t.lower(e - 1).matches("and|or") || gluedWord(t, e) || NAME_INNER_WORDS.contains(w) && e > 0 && t.capitalized(e - 1)
                    && e + 1 < t.size() && t.capitalized(e + 1))) {
                break;
            }
        }
        if (!closed || e - k >= MAX_SERIES_FINISH && e < t.size() && (NOMINAL.contains(t.tag(e)) || t.tag(e).equals("ADJ"))) {
            return k;
        }
        while (e > k && !NOMINAL.contains(t.tag(e - 1))) {
            e--;
        }
        // "…, and complete [their] procedures": a verb the tagger read as a noun, not the series' last member
        return e > k && (e == t.size() || !isNominal(t, e) && !t.tag(e).equals("DET") && !t.tag(e).equals("PRON")) ? e : k;
    }

    /**
     * The end of the name of capitalized words that the word limit cuts at token {@code k}, between two of its words
     * ("the U.S.-Singapore | Third Country Training Program"), when it closes within {@link #MAX_SERIES_FINISH} tokens
     * on a noun; else {@code k}. A name cut at its "of" is {@link #finishSeriesOrName}'s.
     */
    private static int finishCutName(TaggedWords t, int k, int start) {
        int before = k - 1;
        while (before > start && t.lower(before).equals("-") && t.glued(before)) {
            before--; // the hyphen of "U.S.-Singapore"
        }
        // (capitals are the name's mark, whatever the tagger read its words as: "Third/ADV Country/VERB")
        if (k >= t.size() || before <= start || !capitalWord(t, k) || !capitalWord(t, before)) {
            return k;
        }
        int e = k;
        while (e < t.size() && e - k < MAX_SERIES_FINISH && (capitalWord(t, e) || hyphenOfName(t, e))) {
            e++;
        }
        // (it closes where no capital, hyphen or small word of a name goes on, nor a noun it names: "the Drug Control
        // Program [agencies]" is cut as before)
        boolean closes = e == t.size() || !(capitalWord(t, e) || t.glued(e)) && !NAME_INNER_WORDS.contains(t.lower(e))
                && !(t.isWord(e) && NOMINAL.contains(t.tag(e)));
        return closes && e > k && capitalWord(t, e - 1) && (t.tag(e - 1).equals("NOUN") || t.tag(e - 1).equals("PROPN")) ? e : k;
    }

    /** A hyphen inside a name, or the word glued after it: "U.S.[-][Singapore]". */
    private static boolean hyphenOfName(TaggedWords t, int i) {
        return t.glued(i) && (t.lower(i).equals("-") || i > 0 && t.lower(i - 1).equals("-") && t.isWord(i));
    }

    private static boolean capitalWord(TaggedWords t, int i) {
        return i < t.size() && t.isWord(i) && t.capitalized(i) && NAME_WORD.matcher(t.lower(i)).matches();
    }

    /** A word of a name: letters, with the dots of initials ("U.S."), not a word run into markup ("Alfamino<sup"). */
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}\\d.’'&]+");

    /** A part of a hyphenated word ("rules-based"), not a dash that opens an aside ("exchanges—through"). */
    private static boolean gluedWord(TaggedWords t, int i) {
        return t.glued(i) && !DASHES.contains(t.lower(i)) && !(i > 0 && DASHES.contains(t.lower(i - 1)));
    }

    /** A word of a name: capitalized, and a noun or a modifier ("Indonesia's Ministry of Energy and Mineral Resources"). */
    private static boolean inName(TaggedWords t, int i) {
        return i < t.size() && t.capitalized(i) && (NOMINAL.contains(t.tag(i)) || t.tag(i).equals("ADJ"));
    }

    /** Small words inside names: "Ministry [of] Health [and] Welfare", "Agency [for] Technology". */
    private static final Set<String> NAME_INNER_WORDS = Set.of("of", "and", "for", "on");

    /** Words before "of" that open a choice between options: "the higher of the MFN rate or 15 percent". */
    private static final Set<String> CHOICE_HEADS = Set.of("higher", "lower", "greater", "lesser");

    /** A choice may take the action this far (each part of a hyphenated word counted), so that its last option is in it. */
    private static final int MAX_CHOICE_WORDS = MAX_TOTAL_WORDS + 4;

    /** The last option of a choice that the word limit cuts within this many words is finished. */
    private static final int MAX_OPTION_WORDS = 6;

    /**
     * The end of the complement of at most four words that word {@code k} is in, when it ends the phrase, else
     * {@code k}.
     */
    private static int closingComplement(TaggedWords t, int k, int start) {
        // "… do not exceed [10 percent]": a verb's short object that ends the phrase
        if (t.tag(k - 1).equals("VERB") && !t.glued(k - 1)) {
            int e = k;
            while (e < t.size() && e - k < 3 && (NOMINAL.contains(t.tag(e)) || t.tag(e).equals("DET"))) {
                e++;
            }
            if (e > k && t.tag(e - 1).equals("NOUN") && (e == t.size() || !t.isWord(e) || stopsAt(t, e, start))) {
                return e;
            }
        }
        int adp = k;
        while (adp > start + 1 && k - adp < 3 && !t.tag(adp).equals("ADP")) {
            adp--;
        }
        if (!t.tag(adp).equals("ADP")) {
            return k;
        }
        for (int e = Math.max(k + 1, adp + 2); e <= Math.min(t.size(), adp + 5); e++) {
            boolean nominal = true;
            for (int j = adp + 1; j < e && nominal; j++) {
                // a modifier the tagger read as a verb still opens the noun phrase: "by [forced or compulsory] labor"
                nominal = NOMINAL.contains(t.tag(j)) || t.tag(j).equals("DET") || t.tag(j).equals("CCONJ")
                        || t.tag(j).equals("VERB") && (j == adp + 1 || t.tag(j - 1).equals("CCONJ")) && j + 1 < t.size()
                                && (NOMINAL.contains(t.tag(j + 1)) || t.tag(j + 1).equals("CCONJ"));
            }
            if (!nominal) {
                return k;
            }
            if (t.tag(e - 1).equals("NOUN") && (e == t.size() || !t.isWord(e) || stopsAt(t, e, start))) {
                return e;
            }
        }
        return k;
    }

    /** How many words an action keeps at least where a cut goes before its purpose clause. */
    private static final int MIN_BEFORE_PURPOSE = 4;

    /**
     * Where a cut at the comma {@code p} falls inside a series of modifiers of one noun that a purpose clause's verb
     * takes ("to advance diverse, | secure, and sustainable supply chains"): before that purpose clause, as the comma
     * closes no phrase; {@code p} otherwise. The series is known by its end, "and" or "or" before the last modifiers
     * and their noun ("…, secure, and sustainable supply chains"); "to promote trade, fair competition and …" is none.
     */
    private static int beforeModifierSeries(TaggedWords t, int p, int start) {
        if (p <= start + 3 || !t.lower(p).equals(",") || !endsModifierSeries(t, p + 1)) {
            return p;
        }
        int q = p - 1;
        while (q > start && (t.lower(q).equals(",") || t.tag(q).equals("ADJ") || t.tag(q).equals("CCONJ"))) {
            q--;
        }
        // q is the verb, or the first modifier where the tagger read it as a noun ("advance/NOUN diverse/NOUN")
        // and what goes before the purpose clause is a whole action of its own, not "encourage efforts [to …]"
        for (int v = q; v >= q - 1; v--) {
            if (v - 1 > start + 1 && t.lower(v - 1).equals("to") && wordsBetween(t, start, v - 1) >= MIN_BEFORE_PURPOSE) {
                return v - 1;
            }
        }
        return p;
    }

    /**
     * Where the cut at the comma {@code p} falls in a series of modifiers after a preposition, before the noun they
     * describe ("cooperation among judicial | , law enforcement and financial authorities"), the phrase after the
     * preposition has no head yet: the action ends before the preposition, after the noun it follows. {@code cut}
     * (the end found so far) otherwise.
     */
    private static int beforeHeadlessSeries(TaggedWords t, int p, int start, int cut) {
        if (cut != p || p - 1 <= start || !t.lower(p).equals(",") || !t.tag(p - 1).equals("ADJ")) {
            return cut;
        }
        int q = p - 1;
        while (q > start && (t.lower(q).equals(",") || t.tag(q).equals("ADJ") || t.tag(q).equals("CCONJ"))) {
            q--;
        }
        return q > start + 2 && t.tag(q).equals("ADP") && !t.lower(q).equals("to") && t.tag(q - 1).equals("NOUN") ? q : cut;
    }

    /** Whether modifiers from {@code i} run on to "and" or "or", further modifiers and a noun: "secure, and sustainable supply". */
    private static boolean endsModifierSeries(TaggedWords t, int i) {
        boolean joined = false;
        int modifiers = 0;
        for (int k = i; k < t.size() && k < i + 10; k++) {
            String tag = t.tag(k);
            if (tag.equals("ADJ")) {
                modifiers++;
            } else if (tag.equals("CCONJ")) {
                joined = true;
            } else if (!t.lower(k).equals(",")) {
                return joined && modifiers >= 2 && (tag.equals("NOUN") || tag.equals("PROPN"));
            }
        }
        return false;
    }

    /**
     * Where a conjunction after the preposition at {@code prep} (and before {@code cut}) follows a whole noun phrase of
     * two words or more in lower case, the end of the first of those it joins; -1 if none.
     */
    private static int firstWholeConjunct(TaggedWords t, int prep, int cut) {
        if (!t.tag(prep).equals("ADP")) {
            return -1;
        }
        for (int c = prep + 3; c < cut; c++) {
            if (t.tag(c).equals("CCONJ")) {
                // not inside a name ("Firearm Injury and Mortality Prevention grants")
                return t.tag(c - 1).equals("NOUN") && !t.capitalized(c - 1) && !t.tag(c + 1).equals("VERB") ? c : -1;
            }
            if (!t.isWord(c)) {
                return -1;
            }
        }
        return -1;
    }

    /** A noun by its ending, whatever the tagger read it as: "authorization", "agreement". */
    private static final Pattern MISREAD_NOUN = Pattern.compile("\\p{L}{4,}(?:tion|sion|ment)");

    /**
     * The end of the noun a possessive the limit cut from it owns, where it closes within {@value ActionPhrase#MAX_FINISH_WORDS} words
     * and the whole stays within {@value ActionPhrase#MAX_TOTAL_WORDS}: "sell a stake … to Saudi Arabia's [Manara Minerals]".
     */
    private static int possessedEnd(TaggedWords t, int end, int start) {
        if (end <= start || end >= t.size() || !POSSESSIVE.matcher(t.lower(end - 1)).matches()) {
            return end;
        }
        // "the region's shared [interests]", "Energy's [activities] related to …": the first noun that closes the phrase
        for (int k = end; k < t.size() && k - end < MAX_FINISH_WORDS; k++) {
            boolean noun = t.tag(k).equals("NOUN") || t.tag(k).equals("PROPN");
            if (!noun && !t.tag(k).equals("ADJ") && !(t.tag(k).equals("VERB") && t.lower(k).endsWith("ed"))) {
                return end;
            }
            boolean closes = k + 1 == t.size() || !t.tag(k + 1).equals("NOUN") && !t.tag(k + 1).equals("PROPN") && !t.glued(k + 1);
            if (noun && closes) {
                return wordsBetween(t, start, k + 1) <= MAX_TOTAL_WORDS ? k + 1 : end;
            }
        }
        return end;
    }

    /** A possessive word: "Arabia's", "world’s", "'s" split from its noun by the tokenizer. */
    private static final Pattern POSSESSIVE = Pattern.compile("(?:\\p{L}*)['’]s");

    /** Pronouns that open a clause on the noun before them without "that": "the change [we] need". */
    private static final Set<String> CONTACT_CLAUSE_SUBJECTS = Set.of("we", "they", "i", "you", "he", "she");

    static boolean endsBadly(TaggedWords t, int end) {
        String tag = t.tag(end - 1);
        if (end >= 2 && (t.lower(end - 2).equals("each") && t.lower(end - 1).equals("other")
                || t.lower(end - 2).equals("one") && t.lower(end - 1).equals("another"))) {
            return false; // "consult each other", "consult one another": a pronoun, not "other" cut from its noun
        }
        if (end >= 2 && PARTICLES.contains(t.lower(end - 1)) && t.tag(end - 2).equals("VERB") && (end == t.size() || !t.isWord(end)
                || t.tag(end).equals("SCONJ") || t.matchAt(Section.CLAUSE, end) > end)) {
            return false; // "never give up [until …]": the particle of a phrasal verb
        }
        // "between EU-" cut from "between EU- and US-based bodies": half a word
        if (t.lower(end - 1).endsWith("-") || t.lower(end - 1).endsWith("‐")) {
            return true;
        }
        // "for battery-grade" cut from "for battery-grade lithium"
        if (end >= 2 && t.glued(end - 1) && end < t.size() && NOMINAL.contains(t.tag(end))) {
            return true;
        }
        // "objects identified above [that]" cut from its clause; "change that." and "ensure that, …" end well
        if (t.lower(end - 1).equals("that") && end < t.size() && t.isWord(end)) {
            return true;
        }
        // "to 30%": the percent sign is part of its figure
        if (end >= 2 && t.lower(end - 1).equals("%") && !t.spaceAfter(end - 2) && Character.isDigit(t.lower(end - 2).charAt(t.lower(end - 2).length() - 1))) {
            return false;
        }
        // "do everything we can", "do what it can": the modal closes the clause
        // ("do everything we [possibly] can": an adverb may come between the subject and the modal)
        int modalSubject = end >= 3 && MODALS.contains(t.lower(end - 1)) && t.tag(end - 2).equals("ADV") ? end - 3 : end - 2;
        if (end >= 3 && modalSubject >= 1 && MODALS.contains(t.lower(end - 1)) && t.tag(modalSubject).equals("PRON")
                && Set.of("everything", "all", "what", "whatever", "anything").contains(t.lower(modalSubject - 1))) {
            return false;
        }
        // "do just that", "achieve exactly that": "that" as the verb's object at the sentence's end is a pronoun
        if (end >= 2 && t.lower(end - 1).equals("that") && (end == t.size() || isSentenceEnd(t, end))
                && (t.isVerb(end - 2) || t.tag(end - 2).equals("ADV") && end >= 3 && t.isVerb(end - 3))) {
            return false;
        }
        // "the families we grew up [with]", "the partners we work [with]": a preposition stranded at the end of a relative
        // clause with a pronoun subject closes it
        int strandedVerb = end >= 3 && PARTICLES.contains(t.lower(end - 2)) ? end - 3 : end - 2;
        if (tag.equals("ADP") && (end == t.size() || !t.isWord(end)) && strandedVerb >= 2 && t.tag(strandedVerb).equals("VERB")
                && t.tag(strandedVerb - 1).equals("PRON") && NOMINAL.contains(t.tag(strandedVerb - 2))) {
            return false;
        }
        // "employment [authorization] through June": a noun the tagger read as a preposition before a deadline ends well
        if (tag.equals("ADP") && MISREAD_NOUN.matcher(t.lower(end - 1)).matches()) {
            return false;
        }
        // "with respect" cut from "with respect to …", "due" from "due to …": the first words of a preposition of several
        for (int i = Math.max(0, end - 3); i < end; i++) {
            if (t.matchAt(Section.CUT_PREPOSITION, i) > end) {
                return true;
            }
        }
        if (!t.isWord(end - 1) || NO_END.contains(tag) || t.matchAt(Section.NO_END, end - 1) == end) {
            return !t.lower(end - 1).equals(")");
        }
        // "the entire 1.87" cut from "1.87 million acres": a figure before its unit
        if (tag.equals("NUM") && t.lower(end - 1).matches(".*\\d.*") && end < t.size()
                && Set.of("NUM", "NOUN", "ADJ").contains(t.tag(end)) && t.matchAt(Section.DEADLINE, end) == end) {
            return true;
        }
        if (tag.equals("PRON") && end < t.size() && NOMINAL.contains(t.tag(end))) {
            return true; // "their" before its noun
        }
        // "products originating" cut from "products originating in the United States"
        String last = t.lower(end - 1);
        // "streamline permitting [consistent with] …", "cooperate on mineral processing [within the framework of] …": a
        // word in -ing before a qualifier is a noun, the qualifier is what was cut
        // ("critical minerals traded" cut from "traded between the Parties" is still a participle without its complement)
        if (tag.equals("VERB") && last.endsWith("ing") && end < t.size() && t.matchAt(Section.QUALIFIER, end) > end) {
            return false;
        }
        // ("have the plant running [by 2027]": the participle before a deadline completes the object); "tariffs imposed"
        // cut from "imposed to protect …", whose purpose is left out (the tagger may read it as an adjective; "the relief
        // families need" ends on a verb)
        // ("address illegal fishing [by widening] patrols": a means in "-ing" after "by" is cut off, the noun in "-ing"
        // before it is the object's head)
        if (tag.equals("VERB") && (last.endsWith("ing") || last.endsWith("ed")) && end >= 2 && NOMINAL.contains(t.tag(end - 2))
                && end < t.size() && (t.tag(end).equals("ADP") || t.tag(end).equals("DET")) && deadlineEnd(t, end) == end
                && !(last.endsWith("ing") && meansGerundAt(t, end))
                || (tag.equals("VERB") || tag.equals("ADJ")) && last.endsWith("ed") && !last.endsWith("eed") && end >= 2
                && NOMINAL.contains(t.tag(end - 2))
                && end + 1 < t.size() && t.lower(end).equals("to") && t.isVerb(end + 1)) {
            return true;
        }
        // "products incorporating" cut from "incorporating processed minerals"; "nickel processing" cut from "facility";
        // "all processed" cut from "processed minerals"
        if (tag.equals("VERB") && (last.endsWith("ing") || last.endsWith("ed") && end >= 2 && !t.isVerb(end - 2))
                && end < t.size() && NOMINAL.contains(t.tag(end))) {
            return true;
        }
        // "…, and address" cut from its object: the coordinated verb goes with it
        if (tag.equals("VERB") && end >= 3 && t.tag(end - 2).equals("CCONJ") && end < t.size()
                && (NOMINAL.contains(t.tag(end)) || t.tag(end).equals("DET"))) {
            return true;
        }
        // "lead the change we" or "the change we urgently" cut from "need to protect …": the subject of a clause that
        // describes the object, without its verb
        int subject = end >= 2 && t.lower(end - 1).endsWith("ly") ? end - 2 : end - 1;
        // (a noun, not an adjective: "make certain they" opens a clause the verb takes)
        if (subject > 0 && CONTACT_CLAUSE_SUBJECTS.contains(t.lower(subject))
                && (t.tag(subject - 1).equals("NOUN") || t.tag(subject - 1).equals("PROPN")) && end < t.size() && t.isWord(end)) {
            return true;
        }
        // "honor all those [who]" cut from its clause: the relative pronoun goes with it
        if (end >= 2 && (t.lower(end - 1).equals("who") || t.lower(end - 1).equals("whom")) && end < t.size() && t.isWord(end)) {
            return true;
        }
        // "review the factors to determine" cut from "when and how the mission ends": a purpose's verb without its question
        if (tag.equals("VERB") && end >= 2 && t.lower(end - 2).equals("to") && end < t.size() && WH_WORDS.contains(t.lower(end))) {
            return true;
        }
        // "connect schools to robust" cut from "robust, inclusive, and secure internet", "as an outcomes-oriented" from
        // ", whole-of-government endeavor": an adjective after its determiner or preposition, before the comma of a series
        int nextModifier = end + 2 < t.size() && t.tag(end + 1).equals("CCONJ") ? end + 2 : end + 1;
        if (nextModifier < t.size() && t.lower(end).equals(",") && attributiveBefore(t, end - 1)
                && (t.tag(nextModifier).equals("ADJ") || t.tag(nextModifier).equals("ADV") && t.lower(nextModifier).endsWith("ly")
                || t.isWord(nextModifier) && nextModifier + 1 < t.size() && t.glued(nextModifier + 1))) {
            return true;
        }
        // "to expand" cut from its object, "to set" from "out the parameters"
        int object = end < t.size() && PARTICLES.contains(t.lower(end)) ? end + 1 : end;
        if (tag.equals("VERB") && end - 1 > 0 && t.lower(end - 2).equals("to") && object < t.size()
                && (NOMINAL.contains(t.tag(object)) || t.tag(object).equals("DET") || t.tag(object).equals("PRON"))) {
            return true;
        }
        // "… can successfully meet" cut from "its objectives": a verb without the object that follows it
        if (tag.equals("VERB") && end >= 3 && end < t.size() && (t.tag(end).equals("DET") || t.tag(end).equals("PRON"))
                && !t.lower(end).equals("that") && (t.tag(end - 2).equals("ADV") || t.tag(end - 2).equals("AUX"))) {
            return true;
        }
        // "on a reciprocal [and mutually advantageous basis]", "next generation critical [and emerging technology]": an
        // adjective cut from the coordination that ends at its noun
        if (tag.equals("ADJ") && end + 1 < t.size() && t.tag(end).equals("CCONJ")
                && (t.tag(end + 1).equals("ADV") && t.lower(end + 1).endsWith("ly") || t.tag(end + 1).equals("ADJ")
                && end + 2 < t.size() && (t.tag(end + 2).equals("NOUN") || t.tag(end + 2).equals("PROPN")))) {
            return true;
        }
        // "on a reciprocal and mutually" cut from "mutually advantageous basis", "invest even" cut from "even more"
        if (tag.equals("ADV") && end < t.size() && (t.tag(end).equals("ADJ") || t.tag(end).equals("ADV") || t.tag(end).equals("VERB"))) {
            return true;
        }
        // "projects in Australia suitable" cut from "suitable for investment"
        // ("make information available [upon implementation of …]": a qualifier follows, no complement of the adjective)
        // ("keep markets open [to foster competition]": a purpose was cut after the object's complement, which stays)
        if (tag.equals("ADJ") && end >= 2 && (t.tag(end - 2).equals("PROPN") || t.tag(end - 2).equals("NOUN"))
                && end < t.size() && t.tag(end).equals("ADP") && t.matchAt(Section.QUALIFIER, end) == end
                && !(t.lower(end).equals("to") && end + 1 < t.size() && complementOfVerb(t, end - 1)
                        && (t.tag(end + 1).equals("VERB") || t.matchAt(Section.PURPOSE_VERB, end + 1) > end + 1))) {
            return true;
        }
        // "a stable" cut from "a stable supply"
        return tag.equals("ADJ") && end < t.size() && NOMINAL.contains(t.tag(end)) && !t.tag(end).equals("ADJ");
    }

    /**
     * Whether the word at {@code k} is an adjective, alone or the last word of a hyphened one ("outcomes-oriented"),
     * right after a determiner or a preposition, so before a noun still to come.
     */
    private static boolean attributiveBefore(TaggedWords t, int k) {
        if (k < 1 || !t.tag(k).equals("ADJ") && !(t.glued(k) && t.isWord(k))) {
            return false;
        }
        int b = k;
        while (b > 0 && t.glued(b)) {
            b--; // to the first word of a hyphened adjective
        }
        // (or after an adjective of the same series: "create obscene, [abusive]")
        return b > 0 && (b < k || t.tag(k).equals("ADJ")) && (t.tag(b - 1).equals("DET") || t.tag(b - 1).equals("ADP")
                || b > 2 && t.lower(b - 1).equals(",") && t.tag(b - 2).equals("ADJ") && !t.glued(b - 2)
                && (t.tag(b - 3).equals("VERB") || attributiveBefore(t, b - 2)));
    }

    /**
     * Whether the adjective at {@code k} completes the verb's object ("keep [their] markets open"), a verb a few words
     * before it with no preposition between ("funding [necessary]" after "in" qualifies a noun).
     */
    private static boolean complementOfVerb(TaggedWords t, int k) {
        for (int i = k - 1; i >= 0 && i >= k - 4; i--) {
            if (t.tag(i).equals("VERB")) {
                return i < k - 1;
            }
            if (!(NOMINAL.contains(t.tag(i)) || t.tag(i).equals("DET") || t.tag(i).equals("PRON"))) {
                return false;
            }
        }
        return false;
    }

    /** Whether the "through" at {@code k} closes a range of parts of a text ("sections 202 [through] 206"), no deadline. */
    private static boolean referenceRange(TaggedWords t, int k) {
        return k >= 2 && t.lower(k).equals("through") && SECTION_NUMBER.matcher(t.lower(k - 1)).matches()
                && REFERENCE_NOUNS.contains(t.lower(k - 2));
    }

    /**
     * Third-person verbs that take "to" and a verb of their own ("and hopes to"): after "and" they open the subject's
     * next clause; a noun the tagger reads as a verb does not ("listening sessions with drivers and advocates to hear").
     */
    private static final Set<String> VERBS_BEFORE_TO = Set.of("hopes", "plans", "intends", "seeks", "expects", "wants",
            "aims", "continues", "stands", "pledges", "vows", "promises", "agrees", "wishes", "undertakes", "remains",
            "stays", "commits", "looks");

    /**
     * Whether the words at {@code k} are a qualifier "in (close) partnership/cooperation/… with" that follows the verb of
     * joint work that opens the action, alone or with one adverb ("work [closely] in coordination with …").
     */
    private static boolean partnerOfJointWork(TaggedWords t, int k, int start) {
        int qualifierEnd = t.matchAt(Section.QUALIFIER, k);
        // (the joint work named by its noun: not a rule it keeps to, "in line with …", "in accordance with …")
        if (!t.lower(k).equals("in") || qualifierEnd <= k + 2 || !t.lower(qualifierEnd - 1).equals("with")
                || t.matchAt(Section.JOINT_WORK_NOUN, qualifierEnd - 2) != qualifierEnd - 1) {
            return false;
        }
        int verbEnd = t.matchAt(Section.JOINT_WORK_VERB, start);
        return verbEnd > start && (k == verbEnd || k == verbEnd + 1 && t.tag(verbEnd).equals("ADV"));
    }

    static boolean stopsAt(TaggedWords t, int k, int start) {
        String w = t.lower(k);
        // "…, as well as their support for [the application of …]": a second pledge of the parties' own, read in nextAction()
        if (w.equals(",") && k > start + 1 && supportAfterAsWellAs(t, k + 1) > 0) {
            return true;
        }
        // "implement the accord[, and a breach of it may lead to …]": a clause with a subject and a modal of its own
        if (w.equals(",") && k > start + 1 && ownClauseAfter(t, k)) {
            return true;
        }
        // "… in Ohio and $2 billion to build …": the next item of money
        if ((w.equals("and") || w.equals(",")) && k > start + 1 && k + 1 < t.size()
                && afterAmount(t, k + 1) > k + 1) {
            return true;
        }
        // "." closes a heading run into its text ("Updating the Basic Bargain. Public investments …")
        if (w.equals("–") && k > start && inName(t, k - 1) && inName(t, k + 1)) {
            return false; // "strengthen the U.S. – Italy alliance": a dash that joins two names, no aside
        }
        if (w.equals(";") || w.equals(":") || w.equals("—") || w.equals("–") || w.equals("--") || w.equals(")") || w.equals(".") && t.spaceAfter(k) && k > 0 && !t.lower(k - 1).contains(".") && !t.middleInitial(k)) {
            return true;
        }
        // "do so[, from surging aid to imposing sanctions]": an act that refers back is whole; a range after it only
        // illustrates it ("do so in the year ahead" keeps its complement)
        if (k >= start + 2 && t.lower(k - 1).equals("so") && t.lower(k - 2).equals("do") && (w.equals("from") || w.equals(","))) {
            return true;
        }
        if (w.equals("which") && k > start + 2 && t.tag(k - 1).equals("ADP") && EMPTY_HEADS.contains(t.lower(k - 2))) {
            return false; // "assess the extent [to which] supply can meet demand": the clause is what is assessed
        }
        if (w.equals("which") && k > start + 2 && t.tag(k - 1).equals("ADP") && prepositionalRelativeFits(t, k, start)) {
            return false; // "map the sites [on which] the partners will build plants": the clause says which sites
        }
        // "act against those [who] abet the trade": the clause says who "those" are, the pronoun alone names no one
        if ((w.equals("who") || w.equals("that")) && k > start + 1 && t.lower(k - 1).equals("those")) {
            return false;
        }
        // "consult such agencies [as the Secretary deems appropriate]": whose judgment picks them, no part of the act
        if (w.equals("as") && k > start + 1 && judgmentClause(t, k + 1)) {
            return true;
        }
        if (w.equals("including") && k > start + 1 && t.tag(k - 1).equals("ADP") && !t.lower(k - 1).equals("to")) {
            return false; // "a process for [including] further articles": a gerund after its preposition, no example
        }
        // "combat corruption[, such as tackling] shell companies": acts given as examples after a comma, as after
        // "including"; so are names: "work with partners[, such as Chile, Peru and Brazil]" ("minerals such as lithium"
        // names which minerals and stays; "stakeholders[, such as those in industry]" gives examples too)
        if (w.equals("such") && k > start + 1 && t.lower(k - 1).equals(",") && k + 2 < t.size() && t.lower(k + 1).equals("as")
                && (t.lower(k + 2).endsWith("ing") && t.lower(k + 2).length() > MIN_GERUND && !ING_ADJECTIVES.contains(t.lower(k + 2))
                        || t.capitalized(k + 2) || t.tag(k + 2).equals("DET") || t.lower(k + 2).equals("those")
                        // "explore financing instruments[, such as loans] …": common nouns given as examples too
                        || NOMINAL.contains(t.tag(k + 2)))) {
            return true;
        }
        // "work together on exploring [which] tools could help": the question after a verb that asks it is its object
        // (not after a purpose's verb cut from its noun: "review the factors to determine [when] …" ends before it)
        if (WH_WORDS.contains(w) && k > start && asksWhether(t, k, start) && !purposeVerbAt(t, k - 1, start)) {
            return false;
        }
        if (w.equals("if") && k > start && asksWhether(t, k, start)) {
            return false; // "determine [if] a project is suitable": the question is what is determined
        }
        // "direct agencies to work [in a coordinated way] to map deposits": a manner inside a light verb's phrase
        if (k > start && (t.matchAt(Section.LIGHT_VERB, k - 1) > k || k - 1 > start && t.matchAt(Section.LIGHT_VERB, k - 2) > k)) {
            return false;
        }
        if (w.equals("until") && keepsUntil(t, start)) {
            return false; // "keep consulting until the projects reach a decision": the end point says what is kept up
        }
        // "cooperate with each other [in order to] facilitate …": the purpose of working with a counterpart is the act
        if (k + 2 < t.size() && (w.equals("in") && t.lower(k + 1).equals("order") || w.equals("so") && t.lower(k + 1).equals("as"))
                && t.lower(k + 2).equals("to") && k > start + 2 && purposeIsTheAct(t, start, k + 2)) {
            return false;
        }
        // "work [in partnership with the tribes] to restore …": right after a verb of joint work, the partner is part of
        // the act, as in "work with the tribes to …"; cutting there would leave the bare verb
        if (partnerOfJointWork(t, k, start)) {
            return false;
        }
        // "take appropriate measures [so that] persons with disabilities can live independently": a means names no act,
        // what it brings about does, where the clause's verb fits in the action
        if (w.equals("so") && k + 1 < t.size() && t.lower(k + 1).equals("that") && k > start + 1
                && t.matchAt(Section.MEANS_NOUN, k - 1) > k - 1 && resultVerbFits(t, k + 2, start)) {
            return false;
        }
        if (t.matchAt(Section.QUALIFIER, k) > k || deadlineEnd(t, k) > k && !referenceRange(t, k) || t.matchAt(Section.CLAUSE, k) > k && !describesBareNoun(t, k, start)
                || t.matchAt(Section.FREQUENCY, k) > k) {
            return true;
        }
        if (w.equals("for") && k > start + 1 && servesInterests(t, k + 1)) {
            return true;
        }
        // "build reserves [to mitigate disruptions]": a purpose after the object, not the pledge
        // ("take measures [to ensure …]" names its act only in the purpose: it stays; so does the purpose of working
        // with a counterpart or of a means: "work with India to enhance investments" is to enhance them)
        if (w.equals("to") && k > start + 1 && k + 1 < t.size() && NOMINAL.contains(t.tag(k - 1))
                && t.matchAt(Section.PURPOSE_VERB, k + 1) > k + 1 && (t.matchAt(Section.MEANS_NOUN, k - 1) == k - 1
                        // ("a commitment to ensure that …": a pledge's clause of "that" is left out, as a purpose's is)
                        || t.lower(k - 1).startsWith("commitment") && k + 2 < t.size() && t.lower(k + 2).equals("that"))
                && !agentAfterMeans(t, k, start) && !purposeIsTheAct(t, start, k)) {
            return true;
        }
        // "the next iteration [of what we hope …]": a clause as the object of "of"
        if (w.equals("what") && k > start + 1 && (t.lower(k - 1).equals("of") || t.tag(k - 1).equals("NOUN"))) {
            return true;
        }
        // a relative clause: "projects that will …", not "ensure that …", whose clause is the content of the action
        // ("cooperate to ensure that …": after a verb with no object, the clause is the content of both; after an object,
        // "establish procedures to ensure that …", it is a purpose, cut as the purpose is)
        // (not "that" before a noun that ends the sentence, a determiner: "undermine [that] strength.")
        if (w.equals("that") && k > start + 1 && !t.tag(k - 1).equals("ADV") && !t.tag(k - 1).equals("ADP")
                && !(k + 2 <= t.size() && t.tag(k + 1).equals("NOUN") && (k + 2 == t.size() || isSentenceEnd(t, k + 2)))
                && !t.isHeadVerb(k - 1, start) && !followsSurePhrase(t, k) && !definesObject(t, k, start)
                && !(k >= start + 3 && t.lower(k - 2).equals("to") && t.matchAt(Section.CLAUSE_HEAD, k - 1) == k
                        && (t.tag(k - 3).equals("VERB") || t.tag(k - 3).equals("ADV")
                        // "take all appropriate actions to ensure that …": a means names no act, what it ensures does
                        // (not where the clause is given in items after a colon: "to ensure that:")
                        || t.matchAt(Section.MEANS_NOUN, k - 3) > k - 3 && k + 1 < t.size() && t.isWord(k + 1)))
                // "consider [requiring] that …": the clause is the object of the gerund that is the head verb's object
                && !(k >= start + 2 && t.isHeadVerb(k - 2, start) && t.matchAt(Section.THAT_GERUND, k - 1) == k)) {
            return true;
        }
        // "…, Reuters reported", "…, the ministry said": who reports the pledge, not part of it
        if (w.equals(",") && k > start + 1 && attribution(t, k + 1)) {
            return true;
        }
        // "other ways [it can support …]": a clause of the object, opened by its subject
        if (k > start + 1 && CLAUSE_SUBJECTS.contains(w) && t.tag(k - 1).equals("NOUN") && k + 1 < t.size()
                && (t.tag(k + 1).equals("AUX") || t.tag(k + 1).equals("VERB"))) {
            return true;
        }
        // "deepen ties and expand trade": a second action once the first has its object
        // ("goods produced by [forced or compulsory] labor" joins two modifiers of one noun, not two actions)
        if (t.tag(k).equals("CCONJ") && k + 1 < t.size() && t.isVerbLike(k + 1, start) && k - start >= 2
                // (a sector's noun the tagger read as a verb closes the object too: "expand mining and [processing] and …")
                && (NOMINAL.contains(t.tag(k - 1)) || ING_NOUNS.contains(t.lower(k - 1)) && t.tag(k - 2).equals("CCONJ"))
                && hasComplement(t, k + 1) && !isModifierAfterPreposition(t, k - 1)
                && !onlyGerundsBefore(t, start, k)
                && !joinsNounsAfterOf(t, k, start) && !onlyModifiersBefore(t, start, k) && !closesActivityNouns(t, k)
                && !gerundsShareObject(t, k) && !describesNoun(t, k + 1)) {
            return true;
        }
        // "support the people [and recognizes] the role of …": a third-person verb after "and" is the subject's next
        // clause when the action's verb is a base form or gerund and no clause inside the action has a verb of that form
        // ("ensure that the agency reviews … and reports …" joins two verbs of its clause)
        // ("[and looks forward] to working with …", "[and hopes] to finish …": its next verb, whatever follows it)
        if (t.tag(k).equals("CCONJ") && k > start + 1 && k + 2 < t.size() && t.tag(k + 1).equals("VERB") && t.form(k + 1).equals("s")
                && !t.capitalized(k + 1) && (OBJECT_START.contains(t.tag(k + 2)) && !t.tag(k + 2).equals("ADJ")
                        || t.lower(k + 2).equals("to") && VERBS_BEFORE_TO.contains(t.lower(k + 1)) || t.lower(k + 2).equals("forward"))
                && !t.form(start).equals("s") && !t.form(start).equals("ed") && !finiteVerbBetween(t, start + 1, k)) {
            return true;
        }
        // "strengthen the collaboration [and identified] two ports": a past verb after "and" with its object reports what
        // the subject did besides, when the action's verb is a base form
        if (t.tag(k).equals("CCONJ") && k > start + 1 && k + 2 < t.size() && t.tag(k + 1).equals("VERB") && t.form(k + 1).equals("ed")
                && !t.capitalized(k + 1) && (t.tag(k + 2).equals("DET") || t.tag(k + 2).equals("PRON") || t.tag(k + 2).equals("NUM"))
                && t.form(start).isEmpty() && !t.lower(start).endsWith("ed") && !finiteVerbBetween(t, start + 1, k)) {
            return true;
        }
        // "…, and the Japanese side will …": a clause with a pledge of its own
        if ((w.equals(",") || w.equals("and")) && k > start + 1 && clauseAction(t, k) >= 0) {
            return true;
        }
        // "contribute $18bn [and the World Bank is pledging $22bn]", "[, and the agreement covers loans]": a clause with
        // a subject and a finite verb of its own, reported beside the pledge
        if ((w.equals(",") || w.equals("and")) && k > start + 1 && finiteClause(t, k)) {
            return true;
        }
        // "a working group [focused on …]", "the tariffs [imposed during …]", "the fund [announced at …]": a
        // participle that describes the object after it is complete ("goods produced by forced labor" stays)
        if (k > start + 2 && t.tag(k).equals("VERB") && w.endsWith("ed") && !t.glued(k) && NOMINAL.contains(t.tag(k - 1))
                && k + 1 < t.size() && DESCRIBING_PREPOSITIONS.contains(t.lower(k + 1))) {
            return true;
        }
        // "build a plant in Texas [after signing a contract with …]": when the act comes, told by another act of the
        // party, once the object is complete ("obtain consent [before disclosing] data" is the duty's condition, and stays)
        if (w.equals("after") && k > start + 2 && NOMINAL.contains(t.tag(k - 1)) && k + 1 < t.size()
                && t.isVerb(k + 1) && t.lower(k + 1).endsWith("ing")) {
            return true;
        }
        // "maintain the quota system [with the minister ruling out revisions]": an absolute clause goes with the act
        if (w.equals("with") && k > start + 1 && absoluteClause(t, k + 1)) {
            return true;
        }
        // "by aligning …", "through leveraging …": the means, not the action
        // ("achieve this by utilizing …": after a pronoun that names nothing, the means is the content)
        // (the tagger reads many a gerund after "by" as a noun or adjective: "by [pooling] public funds")
        if ((w.equals("by") || w.equals("through")) && k + 2 < t.size() && t.lower(k + 1).endsWith("ing")
                && (t.isVerb(k + 1) || t.lower(k + 1).length() > MIN_GERUND && OBJECT_START.contains(t.tag(k + 2))
                || t.lower(k + 1).length() > MIN_GERUND && (t.tag(k + 1).equals("NOUN") || t.tag(k + 1).equals("ADJ"))
                && (NOMINAL.contains(t.tag(k + 2)) || adverbBeforeNoun(t, k + 2)) && !ING_ADJECTIVES.contains(t.lower(k + 1))
                // "by [implementing and enforcing] controls": two gerunds of one object, whatever the first was read as
                || t.lower(k + 1).length() > MIN_GERUND && t.tag(k + 2).equals("CCONJ") && k + 3 < t.size()
                && t.lower(k + 3).endsWith("ing") && t.lower(k + 3).length() > MIN_GERUND && !ING_ADJECTIVES.contains(t.lower(k + 3))
                // "by [collaborating] to secure …", "through [partnering] with …": a gerund without an object of its own
                || t.lower(k + 1).length() > MIN_GERUND && !ING_ADJECTIVES.contains(t.lower(k + 1))
                && (t.lower(k + 2).equals("to") || t.lower(k + 2).equals("with")))
                && !(k == start + 2 && t.tag(k - 1).equals("PRON")) && !refersBack(t, k, start)) {
            return true;
        }
        // "promote a level playing field [through closer coordination]": a means named by a common noun, after the
        // object; so is the body the act goes through when nothing of the act follows it ("take a stake in the project
        // [through the state fund]"), while one between the act's complements stays ("provide guarantees through EXIM
        // for smelting projects")
        if ((w.equals("through") || w.equals("via")) && k > start + 1 && NOMINAL.contains(t.tag(k - 1))
                && (meansNamedByNoun(t, k + 1) || !t.tag(k - 1).equals("NUM") && endsAfterChannel(t, k + 1))) {
            return true;
        }
        // "advance cooperation on graphite [under the Minerals Security Partnership]": the named framework an act comes
        // under, last in the act, as a channel is ("supply cobalt under offtake agreements" names the terms and stays)
        if (w.equals("under") && k > start + 1 && NOMINAL.contains(t.tag(k - 1)) && !t.tag(k - 1).equals("NUM")
                && namedAt(t, k + 1) && endsAfterChannel(t, k + 1)) {
            return true;
        }
        // ", a bank official said", ", according to …": the report's attribution
        if (w.equals(",") && (saidAfterComma(t, k) || k + 1 < t.size() && t.lower(k + 1).equals("according"))) {
            return true;
        }
        if (w.equals(",") && k + 1 < t.size()) {
            // "resume purchases of soybeans[, a key demand of the farm lobby]": an apposition describes the object
            // (also after a short name in parentheses: "Khanij Bidesh India Ltd (KABIL)[, a joint venture …]")
            if (k - start >= 3 && (NOMINAL.contains(t.tag(k - 1)) || t.lower(k - 1).equals(")")) && apposition(t, k + 1)) {
                return true;
            }
            // "in the exploration, processing and recycling of nickel": a series of nouns goes on to its last one
            if (NOMINAL.contains(t.tag(k - 1)) && continuesSeries(t, k)) {
                return false;
            }
            // "convene regular, structured, high-level dialogues": a participle among modifiers of one noun, no
            // consequence
            if (modifierSeriesToNoun(t, k, start)) {
                return false;
            }
            int next = k + 1;
            if (t.tag(next).equals("CCONJ")) {
                next++;
            }
            if (next < t.size()) {
                String nw = t.lower(next);
                // ", ensuring …", ", thereby …": a consequence
                if (t.isVerb(next) && (nw.endsWith("ing") || nw.endsWith("ed")) && !t.lower(k - 1).endsWith(nw.substring(nw.length() - 2))) {
                    return true;
                }
                // ", alternating between …", ", building on …": a participle clause the tagger took for another word
                if (nw.length() > 5 && nw.endsWith("ing") && !t.lower(k - 1).endsWith("ing") && next + 1 < t.size()
                        && (t.tag(next + 1).equals("ADP") && !t.lower(next + 1).equals("of") || t.tag(next + 1).equals("DET"))) {
                    return true;
                }
                // "batteries, semiconductors and …": a list of like words goes on; anything else after a few words
                // is another action, an aside or a new clause
                boolean list = (NOMINAL.contains(t.tag(next)) || pluralReadAsVerb(t, next) || nounReadAsVerb(t, next)) && NOMINAL.contains(t.tag(k - 1))
                        || t.isVerb(next) && t.isVerb(k - 1) || t.tag(next).equals("DET")
                        // "be [packaged], labelled, and transported": participles of one passive, the first read as an
                        // adjective after its "be"
                        || t.isVerb(next) && nw.endsWith("ed") && participleAfterBe(t, k - 1)
                        // "train staff to monitor, [prepare] for, and [respond] to floods": verbs of one object after
                        // "to", however the tagger read the first, and after one left on its preposition
                        || t.isVerb(next) && (k - 2 >= start && t.lower(k - 2).equals("to") && !t.capitalized(k - 1)
                        && !t.lower(k - 1).endsWith("s") || t.tag(k - 1).equals("ADP") && !t.capitalized(k - 1) && t.isVerb(k - 2))
                        || nw.endsWith("ing") && t.lower(k - 1).endsWith("ing")
                        // "the survey, mapping, production and …": a gerund the tagger read as a verb, between nouns of
                        // one series
                        || NOMINAL.contains(t.tag(next)) && t.lower(k - 1).endsWith("ing") && t.lower(k - 1).length() > MIN_GERUND
                        && k - 3 >= start && t.lower(k - 2).equals(",") && NOMINAL.contains(t.tag(k - 3))
                        // "a voluntary, nonbinding written code": modifiers of one noun after an article, however
                        // the tagger read them
                        || modifiersOfOneNoun(t, k, start) || adjectiveReadAsAdverb(t, k, next)
                        // "harmonized, responsible, pro-innovation policy": adjectives of one noun
                        || t.tag(next).equals("ADJ") && (t.tag(k - 1).equals("ADJ") || t.tag(k - 1).equals("VERB")
                        && t.lower(k - 1).endsWith("ed") && k - 2 >= start && !NOMINAL.contains(t.tag(k - 2)))
                        // "job-creating, greenfield investment": a hyphenated modifier before the next one
                        // (the tagger reads the modifier after it as a verb as often as not)
                        || gluedWord(t, k - 1) && (t.lower(k - 1).endsWith("ing") || t.lower(k - 1).endsWith("ed"))
                        && !t.capitalized(next) && next + 1 < t.size() && NOMINAL.contains(t.tag(next + 1));
                return !list && wordsBetween(t, start, k) >= 3;
            }
        }
        return false;
    }

    /** Whether the word at {@code k} is a past participle right after a form of "be": "be [packaged]", "are [sealed]". */
    private static boolean participleAfterBe(TaggedWords t, int k) {
        return k >= 1 && t.lower(k).endsWith("ed") && BE_FORMS.contains(t.lower(k - 1));
    }

    /** The forms of "be" a passive opens with. */
    private static final Set<String> BE_FORMS = Set.of("be", "is", "are", "been", "being");

    /**
     * Whether the word after the comma at {@code k} is an adjective of a series the tagger read as an adverb, between
     * two others: "clean, sustainable, [just], affordable and inclusive energy".
     */
    private static boolean adjectiveReadAsAdverb(TaggedWords t, int k, int next) {
        return t.tag(k - 1).equals("ADJ") && t.tag(next).equals("ADV") && next + 2 < t.size()
                && (t.lower(next + 1).equals(",") || t.tag(next + 1).equals("CCONJ")) && t.tag(next + 2).equals("ADJ")
                // the comma after it: "…, just[,] affordable …", "a just[,] secure …", "are just[,] orderly and …"
                || k >= 3 && t.tag(k - 1).equals("ADV") && (t.lower(k - 2).equals(",") && t.tag(k - 3).equals("ADJ")
                        || t.tag(k - 2).equals("DET") || t.tag(k - 2).equals("AUX"))
                && (t.tag(next).equals("ADJ") || t.tag(next).equals("ADV") && next + 1 < t.size()
                        && (NOMINAL.contains(t.tag(next + 1)) || t.lower(next + 1).equals(",") || t.tag(next + 1).equals("CCONJ")));
    }

    /** How many modifiers may stand before the noun of whose interests an act serves. */
    private static final int MAX_INTEREST_MODIFIERS = 4;

    /**
     * Whether a noun phrase of section {@code interest-noun} ends the phrase at {@code k}: "for [their respective
     * national security interests]", "for [mutual benefit]" says whom the act serves, a qualifier with no fixed wording.
     */
    private static boolean servesInterests(TaggedWords t, int k) {
        for (int j = k; j < t.size() && j <= k + MAX_INTEREST_MODIFIERS; j++) {
            if (t.matchAt(Section.INTEREST_NOUN, j) == j + 1) {
                return j + 1 == t.size() || !t.isWord(j + 1) || t.tag(j + 1).equals("CCONJ") || t.tag(j + 1).equals("ADP");
            }
            if (t.capitalized(j) || !Set.of("DET", "PRON", "ADJ", "NOUN").contains(t.tag(j))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the phrase before the means at {@code k} only refers back to a goal named before, with a noun of section
     * {@code goal-noun} ("contribute to [this goal] by conserving …"): the means is then the content of the act.
     */
    private static boolean refersBack(TaggedWords t, int k, int start) {
        return k - 2 > start && Set.of("this", "these", "that", "those").contains(t.lower(k - 2)) && t.matchAt(Section.GOAL_NOUN, k - 1) == k
                && k - 3 >= start && (t.tag(k - 3).equals("ADP") || k - 3 == start);
    }

    /** Words of degree before a modifier: "a [more] inclusive, robust …". */
    private static final Set<String> DEGREE_ADVERBS = Set.of("more", "most", "less", "very", "highly");

    /** Adjective endings the word-list pattern leaves out: "voluntary", "sustainable". */
    private static final Pattern ADJECTIVE_FORM_MORE = Pattern.compile("\\p{L}{4,}(?:ary|[ia]ble)");

    /** How many words after the comma may lead to the noun the modifiers describe. */
    private static final int MAX_MODIFIERS_TO_NOUN = 3;

    /**
     * Whether the comma at {@code k} separates modifiers of one noun that an article or a degree word opens: "a
     * voluntary, nonbinding written code of conduct", "a more inclusive, robust supply chain"; the word before the comma
     * has an adjective's form or tag, and lower-case words lead after it to a noun.
     */
    private static boolean modifiersOfOneNoun(TaggedWords t, int k, int start) {
        int modifier = k - 1;
        if (modifier - 1 < start || t.capitalized(modifier) || !t.isWord(modifier)) {
            return false;
        }
        String w = t.lower(modifier);
        boolean opened = t.tag(modifier - 1).equals("DET") && Set.of("a", "an", "the").contains(t.lower(modifier - 1))
                || DEGREE_ADVERBS.contains(t.lower(modifier - 1));
        boolean adjective = t.tag(modifier).equals("ADJ") || ADJECTIVE_FORM.matcher(w).matches() || ADJECTIVE_FORM_MORE.matcher(w).matches();
        if (!opened || !adjective) {
            return false;
        }
        for (int j = k + 1; j < t.size() && j <= k + MAX_MODIFIERS_TO_NOUN + 1; j++) {
            String tag = t.tag(j);
            if (!t.isWord(j) || t.capitalized(j) || Set.of("DET", "ADP", "PRON", "AUX", "PART", "NUM").contains(tag)
                    || tag.equals("CCONJ") && j == k + 1) {
                return false;
            }
            if (j > k + 1 && tag.equals("NOUN")) {
                return true;
            }
        }
        return false;
    }

    /** How many tokens after the comma a series of modifiers may run before its noun. */
    private static final int MAX_SERIES_TO_NOUN = 10;

    /**
     * Whether the comma at {@code k} goes on with a series of modifiers of one noun that a verb, a preposition or an
     * article opens: "hold [annual], named, multi-domain exercises", "impose [coordinated], robust sanctions", "in
     * support of [orderly], just and affordable transitions", "within the [open], cooperative, and inclusive Club".
     * Every word up to the noun is a modifier ("and", "or" and commas between), and the noun follows within {@value
     * #MAX_SERIES_TO_NOUN} tokens; a series of nouns or of verbs is none.
     */
    private static boolean modifierSeriesToNoun(TaggedWords t, int k, int start) {
        if (k - 1 <= start || !modifierWord(t, k - 1)) {
            return false;
        }
        // back over the modifiers before, to the word that opens the series ("within the [open], cooperative, |")
        int first = k - 1;
        while (first - 1 > start && (modifierWord(t, first - 1) || t.lower(first - 1).equals(",")
                || t.tag(first - 1).equals("CCONJ") || t.glued(first - 1) && !DASHES.contains(t.lower(first - 1)))) {
            first--;
        }
        if (first - 1 < start || !modifierWord(t, first)) {
            return false;
        }
        String before = t.tag(first - 1);
        if (!(before.equals("VERB") || before.equals("ADP") || before.equals("DET") || DEGREE_ADVERBS.contains(t.lower(first - 1)))) {
            return false;
        }
        int modifiers = 0;
        for (int j = k + 1; j < t.size() && j <= k + MAX_SERIES_TO_NOUN; j++) {
            String w = t.lower(j);
            if (w.equals(",") || t.tag(j).equals("CCONJ") && (w.equals("and") || w.equals("or")) || w.equals("-") || t.glued(j)
                    && !DASHES.contains(w)) {
                continue;
            }
            boolean seriesGoesOn = j + 1 < t.size() && (t.lower(j + 1).equals(",") || t.tag(j + 1).equals("CCONJ"));
            if (NOMINAL.contains(t.tag(j)) && t.isWord(j) && !(seriesGoesOn && modifierWord(t, j))) {
                if (j + 1 < t.size() && NOMINAL.contains(t.tag(j + 1)) && t.isWord(j + 1)) {
                    continue; // "Climate [Club]", "supply [chains]": the noun's compound
                }
                return modifiers > 0;
            }
            if (!modifierWord(t, j)) {
                return false;
            }
            modifiers++;
        }
        return false;
    }

    /** A word that can modify a noun before it: an adjective by tag or form, a participle in "-ed", an adverb in "-ly". */
    private static boolean modifierWord(TaggedWords t, int j) {
        if (!t.isWord(j) || t.capitalized(j)) {
            return false;
        }
        String w = t.lower(j);
        return t.tag(j).equals("ADJ") || ADJECTIVE_FORM.matcher(w).matches() || ADJECTIVE_FORM_MORE.matcher(w).matches()
                || t.tag(j).equals("VERB") && w.endsWith("ed") || w.endsWith("ly") && !t.tag(j).equals("NOUN")
                || ING_ADJECTIVES.contains(w); // "steady, [enduring] engagement
    }

    /**
     * Whether a third-person verb ("reviews", "operates") stands between {@code from} and {@code to}, or a clause opens
     * there ("that", "ensure [law enforcement operates …]"), whose own verbs the tagger may read as nouns.
     */
    private static boolean finiteVerbBetween(TaggedWords t, int from, int to) {
        for (int k = Math.max(0, from - 1); k < to; k++) {
            if (t.lower(k).equals("that") || t.matchAt(Section.CLAUSE_HEAD, k) > k) {
                return true;
            }
            if (k >= from && t.tag(k).equals("VERB") && t.form(k).equals("s")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the participle at {@code k} describes a bare noun right before it, which names nothing without it: "address
     * risks [arising from supply dependencies]", "resolve issues [identified in the report]"; not "the measures identified
     * in Annex 2", whose article or modifier makes a whole object.
     */
    private static boolean describesBareNoun(TaggedWords t, int k, int start) {
        String w = t.lower(k);
        return (w.endsWith("ing") || w.endsWith("ed")) && k - 2 >= start && t.tag(k - 1).equals("NOUN")
                && !Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "PUNCT").contains(t.tag(k - 2))
                && !t.lower(k - 2).equals("of") && !t.lower(k - 2).endsWith("ed"); // not "any claimed or [adjudged] liability"
    }

    /**
     * Only adjectives (and determiners) between the verb and the conjunction: "prohibit [direct or indirect] financial
     * transactions" joins two modifiers of one noun, not two actions.
     */
    private static boolean onlyModifiersBefore(TaggedWords t, int start, int conjunction) {
        for (int i = start + 1; i < conjunction; i++) {
            if (!t.tag(i).equals("ADJ") && !t.tag(i).equals("DET")) {
                return false;
            }
        }
        return conjunction > start + 1 && t.tag(conjunction - 1).equals("ADJ");
    }

    /**
     * Whether the conjunction at {@code k} joins a second noun to the object of "of" rather than a second action:
     * "projects of mutual interest and [benefit] along the value chain", where no object follows the word after it.
     */
    private static boolean joinsNounsAfterOf(TaggedWords t, int k, int start) {
        // only after an adjective the nouns share: "of mutual interest and benefit", not "of projects and [invest] in"
        int of = k - 3;
        return of > start && t.lower(of).equals("of") && t.tag(k - 2).equals("ADJ") && t.tag(k - 1).equals("NOUN")
                && k + 2 < t.size() && !t.capitalized(k + 1)
                && (t.tag(k + 2).equals("ADP") || t.tag(k + 2).equals("PUNCT"));
    }

    /**
     * A bare word of a series of nouns that the tagger read as a verb, followed by the series' next comma or
     * conjunction: "security, safety, [trust], and standards".
     */
    private static boolean nounReadAsVerb(TaggedWords t, int k) {
        return t.tag(k).equals("VERB") && !t.lower(k).endsWith("ing") && !t.lower(k).endsWith("ed") && k + 1 < t.size()
                && (t.lower(k + 1).equals(",") || t.tag(k + 1).equals("CCONJ")
                // "flaring, venting, and [leakage] in …": the last noun of the series, in the form of a noun
                || t.tag(k + 1).equals("ADP") && k >= 2 && t.tag(k - 1).equals("CCONJ") && NOUN_FORM.matcher(t.lower(k)).matches());
    }

    /** Prepositions after a participle that describe when, where or under what its object came about. */
    private static final Set<String> DESCRIBING_PREPOSITIONS = Set.of("on", "at", "during", "since", "after");

    private static final Set<String> CLAUSE_SUBJECTS = Set.of("it", "they", "he", "she");

    /** Words of the subject of an absolute clause: "with [the country's mining minister] ruling out …". */
    private static final int MAX_ABSOLUTE_SUBJECT = 6;

    private static final Set<String> ABSOLUTE_SUBJECT_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "PART", "NUM");

    /** Whether a noun phrase and an "-ing" verb open at {@code k}: "China controlling …", "the minister ruling out". */
    private static boolean absoluteClause(TaggedWords t, int k) {
        // a determiner or a name opens the subject; "with experience building ships", "with good paying jobs" describe
        if (k >= t.size() || !t.tag(k).equals("DET") && !t.tag(k).startsWith("PROPN")) {
            return false;
        }
        for (int i = k; i < t.size() && i <= k + MAX_ABSOLUTE_SUBJECT; i++) {
            if (i > k && t.isVerb(i) && t.lower(i).endsWith("ing") && NOMINAL.contains(t.tag(i - 1))) {
                return true;
            }
            if (!ABSOLUTE_SUBJECT_TAGS.contains(t.tag(i).split("\\+")[0])) { // "country's" is NOUN+PART
                return false;
            }
        }
        return false;
    }

    /** How many words after a comma a "said" or "says" of its attribution may come. */
    private static final int MAX_SAID_REACH = 6;

    /**
     * Whether a "said" or "says" of the report's attribution follows the comma at {@code k}; not where a series goes on
     * to its last item and another comma first ("open its market to cars[,] trucks and rice, Trump said").
     */
    private static boolean saidAfterComma(TaggedWords t, int k) {
        int said = t.find("said", k + 1, k + 1 + MAX_SAID_REACH);
        if (said < 0) {
            said = t.find("says", k + 1, k + 1 + MAX_SAID_REACH);
        }
        if (said < 0) {
            return false;
        }
        int comma = t.find(",", k + 1, said);
        return comma < 0 || t.find("and", k + 1, comma) < 0 && t.find("or", k + 1, comma) < 0;
    }

    /** Whether the verb at {@code v} is a purpose's after the object's noun: "review the factors [to determine]". */
    private static boolean purposeVerbAt(TaggedWords t, int v, int start) {
        return v - 2 > start && t.lower(v - 1).equals("to") && NOMINAL.contains(t.tag(v - 2));
    }

    /**
     * Whether the "if" at {@code k} opens the question a verb of section {@code clause-verb} takes ("determine [if] …"),
     * right after it or after an aside in commas ("determine, in its review of tariffs, [if] …"); not a condition.
     */
    private static boolean asksWhether(TaggedWords t, int k, int start) {
        int verb = k - 1;
        if (t.lower(verb).equals(",")) {
            int open = verb - 1;
            while (open > start && !t.lower(open).equals(",") && verb - open <= MAX_ASIDE_WORDS) {
                open--;
            }
            verb = open - 1;
        }
        return verb >= start && t.matchAt(Section.CLAUSE_VERB, verb) == verb + 1;
    }

    /** Small words inside a channel's name, between capitalized words: "the Partnership for Andean Mining". */
    private static final Set<String> CHANNEL_NAME_LINKS = Set.of("for", "on", "and", "to");

    /**
     * Whether a name of its own opens at {@code k}, after "the": "the [Minerals] Security Partnership", "the [MSP]"; not
     * the text itself named by one word ("under the Framework", "under this Memorandum"), which says what the act is.
     */
    private static boolean namedAt(TaggedWords t, int k) {
        int i = k < t.size() && t.lower(k).equals("the") ? k + 1 : k;
        if (i >= t.size() || !t.isWord(i) || !t.capitalized(i) || t.tag(k).equals("DET") && i == k) {
            return false;
        }
        return t.inCapitals(i) || i + 1 < t.size() && t.isWord(i + 1) && t.capitalized(i + 1);
    }

    /** "by sharing [best] practices": a superlative the tagger read as an adverb, before the noun it qualifies. */
    private static boolean adverbBeforeNoun(TaggedWords t, int k) {
        return k + 1 < t.size() && t.tag(k).equals("ADV") && !t.lower(k).endsWith("ly") && NOMINAL.contains(t.tag(k + 1));
    }

    /** The most words a channel's name after "through" may have: "the Export-Import Bank of the United States". */
    private static final int MAX_CHANNEL_WORDS = 8;

    /**
     * Whether the noun phrase that starts at {@code k} (a channel after "through") is the last part of the act: the
     * sentence, a qualifier or a deadline follows it ("… through JOGMEC [in] Canadian projects" goes on).
     */
    private static boolean endsAfterChannel(TaggedWords t, int k) {
        int i = k;
        while (i < t.size() && i - k < MAX_CHANNEL_WORDS && (t.tag(i).equals("DET") || NOMINAL.contains(t.tag(i))
                || t.glued(i) || t.lower(i).equals("of") && i > k && t.capitalized(i - 1)
                // a name's own small words between its capitalized words: "the Partnership [for] Andean Mining"
                // (not after a short name in capitals: "through K-SURE [for] Chilean refineries" says what it is for),
                // and two bodies joined ("through EXIM [and] DFC")
                || CHANNEL_NAME_LINKS.contains(t.lower(i)) && i > k && t.capitalized(i - 1)
                && (!t.inCapitals(i - 1) || t.lower(i).equals("and")) && i + 1 < t.size() && t.capitalized(i + 1))) {
            i++;
        }
        if (i == k || i - k >= MAX_CHANNEL_WORDS) {
            return false;
        }
        // (before a comma the name may go on in an apposition: "through the Tin Fund[,] a grant program" stays; a
        // qualifier after the comma ends the act: "through the Fund[, in line with] …")
        int after = i + 1 < t.size() && t.lower(i).equals(",") ? i + 1 : i;
        return isSentenceEnd(t, i) || t.lower(i).equals(";") || t.matchAt(Section.QUALIFIER, after) > after
                || deadlineEnd(t, after) > after;
    }

    /** Whether a noun phrase that starts at {@code k} names a means with a common noun: no capital, no number. */
    private static boolean meansNamedByNoun(TaggedWords t, int k) {
        int i = k;
        while (i < t.size() && (t.tag(i).equals("DET") || t.tag(i).equals("ADV"))) {
            i++;
        }
        // (a lower-case word the tagger read as a name is a common noun: "through [science]-based monitoring")
        return i < t.size() && t.isWord(i) && !t.capitalized(i) && (NOMINAL.contains(t.tag(i)) && !t.tag(i).equals("NUM")
                || t.lower(i).endsWith("ing"));
    }

    /**
     * A plural noun of a series that the tagger read as a verb in the third person: "policies, and [approaches] across
     * …", "beer, wine, and [spirits] markets"; not a verb before its object ("[protects] our edge").
     */
    private static boolean pluralReadAsVerb(TaggedWords t, int j) {
        return t.form(j).equals("s") && !(j + 1 < t.size() && OBJECT_START.contains(t.tag(j + 1)));
    }

    /** The longest item of a series of nouns, in words. */
    private static final int MAX_SERIES_ITEM = 3;

    /**
     * Whether an apposition opens at {@code k}: "a|an" and a noun phrase followed by a preposition, a clause or the end
     * ("a major source of tension", "a key demand from …"), not by "and", "or" or a comma that goes on with a list ("loans,
     * a guarantee facility and grants").
     */
    private static boolean apposition(TaggedWords t, int k) {
        // after a name, "the" and a possessor: "through Global Gateway[, the EU's strategy to …]" says what the name is
        int possessor = k >= 2 && k + 3 < t.size() && t.lower(k).equals("the") && t.capitalized(k - 2) && t.capitalized(k + 1)
                ? possessiveEnd(t, k + 1) : -1;
        if (k >= t.size() || !(t.lower(k).equals("a") || t.lower(k).equals("an") || possessor > 0)) {
            return false;
        }
        int j = possessor > 0 ? possessor : k + 1;
        int first = j;
        while (j < t.size() && (NOMINAL.contains(t.tag(j)) || t.glued(j) || t.tag(j).equals("ADV") && !t.lower(j).endsWith("ly")
                || t.tag(j).equals("VERB") && t.lower(j).endsWith("ed") && j + 1 < t.size() && NOMINAL.contains(t.tag(j + 1)))) {
            j++;
        }
        if (j == first) {
            return false;
        }
        return j >= t.size() || !(t.tag(j).equals("CCONJ") || t.lower(j).equals(",") || t.lower(j).equals(";"));
    }

    /** The token after the possessive of a name of a few capitalized words from {@code k} ("EU's", "Andean Bank 's"), or -1. */
    private static int possessiveEnd(TaggedWords t, int k) {
        for (int i = k; i < t.size() && i < k + MAX_POSSESSOR_WORDS; i++) {
            String w = t.lower(i);
            if (w.endsWith("'s") || w.endsWith("’s")) {
                return i + 1;
            }
            if (i + 1 < t.size() && (t.lower(i + 1).equals("'s") || t.lower(i + 1).equals("’s"))) {
                return i + 2;
            }
            if (i + 1 < t.size() && !t.capitalized(i + 1)) {
                return -1;
            }
        }
        return -1;
    }

    /** How many words the name of a possessor in an apposition may have. */
    private static final int MAX_POSSESSOR_WORDS = 3;

    /**
     * Whether the comma at {@code k} goes on with a series of short noun phrases that "and" or "or" closes: ", offshore
     * regulation and the management of …", ", processing and recycling of …". A gerund stands alone as an item; one with
     * an object (", ensuring supply") opens a clause instead.
     */
    private static boolean continuesSeries(TaggedWords t, int k) {
        // the series is the object of a preposition ("information [on] pipelines, permitting timelines and …"): its items
        // are noun phrases, not actions ("finance mines, build plants and …" is a series of acts)
        int head = k - 1;
        while (head > 0 && head > k - 1 - MAX_SERIES_ITEM && NOMINAL.contains(t.tag(head))) {
            head--;
        }
        boolean inPrepositionalObject = head < k - 1 && t.tag(head).equals("ADP") && !t.lower(head).equals("to");
        int j = k + 1;
        boolean last = false;
        if (j + 1 < t.size() && t.tag(j).equals("CCONJ")) {
            j++; // ", and refining": the last item after a serial comma
            last = true;
        }
        while (j < t.size()) {
            int item = j;
            if (t.tag(j).equals("DET")) {
                j++;
            }
            int words = j;
            if (inPrepositionalObject && j + 2 < t.size() && (t.tag(j).equals("VERB") || NOUN_HOMOGRAPHS.contains(t.lower(j)))
                    && NOMINAL.contains(t.tag(j + 1)) && !t.lower(j - 1).equals("to")
                    && !t.lower(j).endsWith("ed") && (t.lower(j + 2).equals(",") || t.tag(j + 2).equals("CCONJ"))) {
                j += 2; // "on geological mapping, [mine safety] and …": a noun the tagger read as a verb before its head
            } else if (j < t.size() && t.tag(j).equals("VERB") && t.lower(j).endsWith("ing")) {
                j++; // a gerund, alone: "processing"
            } else {
                while (j < t.size() && j - words < MAX_SERIES_ITEM && (NOMINAL.contains(t.tag(j)) || pluralReadAsVerb(t, j)
                        || t.tag(j).equals("ADV") && !t.lower(j).endsWith("ly") && j + 1 < t.size() && NOMINAL.contains(t.tag(j + 1))
                        // "a diverse, resilient, and [skilled] workforce": a participle before the noun it describes
                        || t.tag(j).equals("VERB") && t.lower(j).endsWith("ed") && j + 1 < t.size() && NOMINAL.contains(t.tag(j + 1)))) {
                    j++;
                }
            }
            if (j == words || j - item > MAX_SERIES_ITEM + 1) {
                return false;
            }
            if (last) {
                return true;
            }
            if (j < t.size() && t.lower(j).equals(",")) {
                j++;
            }
            if (j < t.size() && t.tag(j).equals("CCONJ")) {
                j++;
                last = true;
            } else if (j == 0 || !t.lower(j - 1).equals(",")) {
                return false;
            }
        }
        return false;
    }

    /** An object this short names nothing on its own; a clause after it says which ones are meant. */
    private static final int MAX_BARE_OBJECT_WORDS = 6;

    /**
     * Modals a clause that says which things an object means may open with: "a mechanism that [will] allow …"; a passive
     * ("measures that may be warranted") says what is wanted of them, not which ones.
     */
    private static final Set<String> RELATIVE_MODALS = Set.of("will", "would", "may", "might", "can", "could", "shall");

    /** Auxiliaries a clause that says which things an object means may open with: "solutions that [have] implemented …". */
    private static final Set<String> RELATIVE_AUXILIARIES = Set.of("is", "are", "has", "have", "do", "does");

    /**
     * Whether the "that" at {@code k} opens the clause that says which things a short object means ("support projects
     * [that meet high standards]", "back every buyer [that signs a contract]"): the pledge is about those only. A
     * coordinated action after the clause ("identify projects that close gaps and adopt measures") is the pledge's
     * second action instead.
     */
    private static boolean definesObject(TaggedWords t, int k, int start) {
        if (wordsBetween(t, start, k) > MAX_BARE_OBJECT_WORDS || !t.tag(k - 1).equals("NOUN") || k + 1 >= t.size()) {
            return false;
        }
        int subjectEnd = ownSubjectEnd(t, k + 1);
        if (subjectEnd > k + 1) {
            return objectGapClause(t, k, subjectEnd, start);
        }
        // "a mechanism that [will allow] …", "a date that [is] not more than …"
        int v = k + 1;
        // "barriers that [unfairly] harm exporters": an adverb before the clause's verb
        boolean adverb = v + 1 < t.size() && t.tag(v).equals("ADV") && t.lower(v).endsWith("ly");
        if (adverb) {
            v++;
        }
        boolean copula = false;
        if (v + 1 < t.size() && (RELATIVE_MODALS.contains(t.lower(v)) || RELATIVE_AUXILIARIES.contains(t.lower(v)))) {
            copula = t.lower(v).equals("is") || t.lower(v).equals("are");
            v++;
            // "solutions that have [already] implemented …", "products that do [not] meet …", "practices that may
            // [currently] prevent …"
            if (v + 1 < t.size() && (t.lower(v).equals("not") || t.tag(v).equals("ADV") && t.lower(v).endsWith("ly"))) {
                v++;
            }
        }
        String verb = t.lower(v);
        boolean finite = t.tag(v).equals("VERB") && !verb.endsWith("ing") && !verb.endsWith("ed")
                || v > k + 1 && (t.isVerb(v) || t.tag(v).equals("AUX") || t.lower(v).equals("not")) && !t.lower(v).equals("be")
                // "requirements that are [equivalent] to …": what the things are, not what is wanted of them; so is what
                // they serve, "all actions that are [appropriate] to implement this order"
                || copula && t.tag(v).equals("ADJ") && v + 1 < t.size() && (t.tag(v + 1).equals("ADP")
                        || t.lower(v + 1).equals("to") && v + 2 < t.size() && t.tag(v + 2).equals("VERB"))
                || misreadVerb(t, k, v);
        if (!finite || laterAction(t, k, start) >= 0) {
            return false;
        }
        // the clause ends within the action: "rules that ensure [that the benefits …]" goes on too long to say which
        int e = k + 2;
        while (e < t.size() && !stopsAt(t, e, start)) {
            e++;
        }
        // (a misread verb's clause that goes on in a series, "reforms that advance equity, provide …", is not read; nor
        // one after an adverb, "barriers that unfairly harm exporters, hurt …", whose series reads as more actions)
        boolean series = (misreadVerb(t, k, v) || adverb) && e < t.size() && (t.lower(e).equals(",") || t.tag(e).equals("CCONJ"));
        return e > k + 2 && (e == t.size() || !t.lower(e).equals("that")) && !series
                && (wordsBetween(t, start, e) <= MAX_TOTAL_WORDS || longClauseFits(t, start, v))
                && !(t.matchAt(Section.CLAUSE_HEAD, start) > start && subjectsVerbAfter(t, v));
    }

    /**
     * Whether the clause a preposition and "which" open at {@code k} after a noun of the object says which things the
     * object means and fits the budget, as a clause of "that" does: "identify the sites [on which] they propose to build",
     * "set up a process [through which] firms may apply for permits". It has a subject of its own and a verb; one that
     * runs past the budget, or a further act after it, still ends the action before the preposition.
     */
    private static boolean prepositionalRelativeFits(TaggedWords t, int k, int start) {
        return prepositionalRelativeEnd(t, k, start) > k;
    }

    /** Verbs of an official's judgment after "as": "as the Secretary [deems] appropriate", "as they [determine] necessary". */
    private static final Set<String> JUDGMENT_VERBS = Set.of("deem", "deems", "determine", "determines", "consider", "considers",
            "find", "finds");

    private static final Set<String> JUDGMENT_WORDS = Set.of("appropriate", "necessary", "advisable", "fit", "relevant", "useful");

    /** Words between "as" and the verb of a judgment: "as [the Secretary of Homeland Security may] deem appropriate". */
    private static final int MAX_JUDGE_WORDS = 8;

    /** Whether a judgment of who picks or how much opens at {@code k}: "[the Secretary may deem appropriate]". */
    private static boolean judgmentClause(TaggedWords t, int k) {
        for (int i = k; i + 1 < t.size() && i < k + MAX_JUDGE_WORDS + 1; i++) {
            if (JUDGMENT_VERBS.contains(t.lower(i))) {
                return i > k && JUDGMENT_WORDS.contains(t.lower(i + 1));
            }
            if (!t.isWord(i)) {
                return false;
            }
        }
        return false;
    }

    /** Words that open the subject of a clause of the object: "the projects that [the partners] will finance". */
    private static final Set<String> CLAUSE_SUBJECT_OPENERS = Set.of("the", "its", "their", "our", "each");

    /** The end of a short subject of its own at {@code s} ("the partners", "Zambia", "they"), or -1. */
    private static int ownSubjectEnd(TaggedWords t, int s) {
        if (s >= t.size()) {
            return -1;
        }
        if (CLAUSE_SUBJECT_PRONOUNS.contains(t.lower(s))) {
            return s + 1;
        }
        int i = CLAUSE_SUBJECT_OPENERS.contains(t.lower(s)) ? s + 1 : s;
        int from = i;
        while (i < t.size() && i < from + 3 && (t.tag(i).equals("NOUN") || t.tag(i).equals("PROPN") || t.tag(i).equals("ADJ")
                && i > s && CLAUSE_SUBJECT_OPENERS.contains(t.lower(s)))) {
            i++;
        }
        boolean named = from == s && i > s && t.capitalized(s);
        return i > from && (named || from > s) && (t.tag(i - 1).equals("NOUN") || t.tag(i - 1).equals("PROPN")) ? i : -1;
    }

    /**
     * Whether the clause after "that" at {@code k}, with a subject of its own up to {@code v}, says which things the object
     * means by taking them as its verb's object: "identify the projects that the partners will finance [in …]". Its verb is
     * followed by no object of its own (a content clause, "the assurance that Japan will defend its allies", has one), and
     * the whole clause fits the budget.
     */
    private static boolean objectGapClause(TaggedWords t, int k, int v, int start) {
        if (v < t.size() && (RELATIVE_MODALS.contains(t.lower(v)) || RELATIVE_AUXILIARIES.contains(t.lower(v)) || t.lower(v).equals("had"))) {
            v++;
        }
        if (v < t.size() && (t.lower(v).equals("not") || t.tag(v).equals("ADV") && t.lower(v).endsWith("ly"))) {
            v++;
        }
        if (v >= t.size() || !t.tag(v).equals("VERB") || t.lower(v).equals("be") || laterAction(t, k, start) >= 0) {
            return false;
        }
        int after = v + 1;
        boolean gap = after >= t.size() || isSentenceEnd(t, after) || t.tag(after).equals("ADP") && !t.lower(after).equals("that")
                || t.tag(after).equals("PUNCT");
        if (!gap) {
            return false;
        }
        int e = after;
        while (e < t.size() && !stopsAt(t, e, start)) {
            e++;
        }
        return wordsBetween(t, start, e) <= MAX_TOTAL_WORDS;
    }

    /**
     * Whether a modal follows the clause at {@code verb} in its sentence, before a comma: after a verb that takes a
     * clause, "ensure that the rate that applies to timber from Canada [subject to this order] [shall] not exceed …"
     * makes the clause a subject's, whose own verb follows it.
     */
    private static boolean subjectsVerbAfter(TaggedWords t, int verb) {
        for (int k = verb + 1; k < t.size() && k < verb + MAX_CLAUSE_WORDS; k++) {
            String w = t.lower(k);
            if (w.equals(";") || w.equals(",") || isSentenceEnd(t, k)) {
                return false;
            }
            if (MODALS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a clause that says which things an object means, longer than the budget, still stays: its verb and the
     * start of what it takes fit, and no series or second verb before the cut would be split by it ("programs that will
     * help to improve access to …" stays; "authorities that review and deter …" does not).
     */
    private static boolean longClauseFits(TaggedWords t, int start, int verb) {
        // (a verb the tagger read as one: "the notion that [worker] safety is …" says what the notion is, not which)
        // ("actions that are [appropriate] to implement …": what they serve after the copula reads as a verb does)
        boolean copulaAdjective = t.tag(verb).equals("ADJ") && (t.lower(verb - 1).equals("are") || t.lower(verb - 1).equals("is"));
        if (!t.tag(verb).equals("VERB") && !copulaAdjective || wordsBetween(t, start, verb + 2) > MAX_WORDS - 2) {
            return false;
        }
        for (int k = verb + 1; k < t.size() && wordsBetween(t, start, k) < MAX_WORDS; k++) {
            // ("actions that are appropriate to implement and effectuate this order": two verbs of one infinitive)
            boolean verbPair = t.tag(k).equals("CCONJ") && k + 1 < t.size() && t.lower(k - 2).equals("to")
                    && t.tag(k - 1).equals("VERB") && t.tag(k + 1).equals("VERB");
            if (t.tag(k).equals("CCONJ") && !verbPair || t.lower(k).equals(",") || t.lower(k).equals("(")) {
                return false;
            }
        }
        return true;
    }

    /** Whether the tagger read the verb {@code v} after a relative "that" as a modifier: "barriers that [affect] trade". */
    private static boolean misreadVerb(TaggedWords t, int k, int v) {
        String verb = t.lower(v);
        return v == k + 1 && t.tag(k).equals("PRON") && (t.tag(v).equals("ADJ") || t.tag(v).equals("NOUN"))
                && !t.capitalized(v) && !verb.endsWith("ing") && !verb.endsWith("ed") && v + 1 < t.size()
                && (t.tag(v + 1).equals("NOUN") || t.tag(v + 1).equals("DET") || t.tag(v + 1).equals("ADJ"));
    }

    /** Whether "by" or "through" at {@code k} opens a means in "-ing": "by [widening] patrols", "through [pooling] funds". */
    private static boolean meansGerundAt(TaggedWords t, int k) {
        String w = t.lower(k);
        return (w.equals("by") || w.equals("through")) && k + 2 < t.size() && t.lower(k + 1).endsWith("ing")
                && t.lower(k + 1).length() > MIN_GERUND && !ING_ADJECTIVES.contains(t.lower(k + 1))
                && (NOMINAL.contains(t.tag(k + 2)) || t.tag(k + 2).equals("DET") || t.tag(k + 2).equals("ADP"));
    }
}
