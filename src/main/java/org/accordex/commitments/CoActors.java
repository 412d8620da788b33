package org.accordex.commitments;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.model.Mention;
import org.accordex.model.MentionType;

import static org.accordex.commitments.CommitmentExtractor.BEFORE_NAME;
import static org.accordex.commitments.CommitmentExtractor.COORDINATED;
import static org.accordex.commitments.CommitmentExtractor.Context;
import static org.accordex.commitments.CommitmentExtractor.union;
import static org.accordex.commitments.WhoCommits.DEAL_REPORT;
import static org.accordex.commitments.WhoCommits.PARTNERS_MODIFIER;
import static org.accordex.commitments.WhoCommits.STATE_GROUP;
import static org.accordex.commitments.WhoCommits.joinedNames;
import static org.accordex.commitments.WhoCommits.lastStates;

/**
 * Who acts besides a commitment's subject: the subjects of clauses coordinated after the cue, each with a modal verb
 * of its own, and the partners named in a deal the subject signed. Read after the subject's own parties are known.
 */
final class CoActors {
    private CoActors() {
    }

    /** "…, while Alcoa [and Japanese partners] will build …": partners the named subject brings act with it. */
    private static final Pattern PARTNERS_AFTER_NAME = Pattern.compile("(?i)\\s+and\\s+(?:(?-i:\\p{Lu}\\p{Ll}+)\\s+)?"
            + PARTNERS_MODIFIER + "(?:partners|allies)\\b");

    /**
     * A description of the firm or agency named next, after "the": "…, and the state development agency [Corfo] will
     * keep the lease" (up to three lower-case words, none a function word, ending on a firm's or agency's noun).
     */
    private static final String DESCRIBED_BODY = "(?:(?-i:(?!(?:" + ClauseWords.alternation("function-word")
            + ")\\s)[\\p{Ll}-]+)\\s+){0,3}(?:" + ClauseWords.alternation("company-head") + "|"
            + ClauseWords.alternation("firm-descriptor") + ")\\s+";

    /**
     * Before a coordinated clause's own subject: ", and", "; while", "and the Government of", and "and" with no comma, as
     * releases write a deal's two sides ("POSCO will hold 82 percent and Pilbara Minerals will hold 18 percent"), also
     * after a clause's own number in the running text ("(i) Peru intends to …; and (ii) the United States intends to …").
     */
    private static final Pattern CLAUSE_OPENER = Pattern.compile(
            "(?i)(?:[,;]\\s*(?:and|while|whereas|but)?|\\s(?:and|while|whereas))\\s+(?:\\((?:[ivx]{1,4}|[a-h]|\\d{1,2})\\)\\s+)?"
                    + "(?:the\\s+)?(?:government\\s+of\\s+(?:the\\s+)?|" + DESCRIBED_BODY + ")?$");

    /**
     * Before a coordinated clause's subject set off by its role in the deal: ", and the US partner, ", ", while its
     * buyer, ": the firm named next acts in its own clause, whose modal follows the apposition's closing comma.
     */
    private static final Pattern ROLE_CLAUSE_OPENER = ClauseWords.compile(
            "[,;]\\s*(?:and|while|whereas|but)\\s+(?:the|its|their)\\s+(?:[\\p{L}.-]+\\s+){0,2}?(?:"
                    + ClauseWords.alternation("deal-role") + ")\\s*,\\s*$");

    /** The comma that closes an apposition on a name, before its modal: "Cove Capital[, ]will". */
    private static final Pattern APPOSITION_CLOSE = Pattern.compile("^\\s*,");

    /** A second reported clause opened after "and that": "said X had agreed to …, and that [Washington] would …". */
    private static final Pattern REPORTED_AND_THAT = Pattern.compile("(?i),?\\s+and\\s+that\\s+(?:the\\s+)?$");

    /** Its "would" before a verb of the subject's own act, not a state or a forecast. */
    private static final Pattern REPORTED_WOULD = Pattern.compile(
            "(?i)^\\s*(?:also\\s+)?would\\s+(?!(?:not\\s+be|be|have|likely|probably|see|face|remain)\\b)\\p{Ll}");

    /** The report both clauses hang on. */
    private static final Pattern REPORT_BEFORE_CLAUSES = Pattern.compile("(?i)\\b(?:said|says|added|announced|stated|confirmed)\\b");

    /** After it: its own modal verb ("JAXA will process them"). */
    private static final Pattern OWN_MODAL = Pattern.compile(
            "(?i)^\\s*(?:\\([^)]{1,20}\\)\\s*)?(?:(?:also|further|in\\s+turn|then|each|\\w+ly)\\s+)?"
                    + "(?:will|shall|must|is\\s+to|are\\s+to|intends?\\s+to|plans?\\s+to|agrees?\\s+to|commits?\\s+to"
                    // "China agreed to pause …, while the U.S. agreed to cut …": a pledge reported in the past
                    + "|(?:has\\s+|have\\s+)?(?:agreed|committed|pledged|vowed)\\s+to"
                    // a sum pledged beside another: "The United States has committed $25 million, and Chile has committed $10 million"
                    + "|(?:has\\s+|have\\s+)?(?:committed|pledged|promised)(?=\\s+" + ModalityCues.namedWords("@sum") + ")"
                    // news wording of a plan: "…, and India is set to open a centre", "…, while Korea is ready to supply …"
                    + "|(?:aims?|seeks?|pledges?|vows?|promises?)\\s+to|stands?\\s+ready\\s+to"
                    + "|(?:is|are)\\s+(?:also\\s+)?(?:ready|prepared|willing)\\s+to"
                    + "|(?:is|are)\\s+(?:also\\s+)?set\\s+to\\s+(?:" + ModalityCues.namedWords("@set-act") + "))\\b");

    /** The end of the clause before a gapped one: "… USD 350 million and ", "… will hold 30% and ". */
    private static final Pattern GAP_OPENER = Pattern.compile(
            "(?i)\\d[\\d.,]*\\s*(?:million|billion|trillion|bn|m|%|per\\s*cent)?\\s*(?:,\\s*)?and\\s+(?:the\\s+)?$");

    /** A share after a gapped clause's subject: "… and Vecturis 20%", "… and Vecturis the rest" (the verb left out). */
    private static final Pattern SHARE_AFTER = Pattern.compile(
            "(?i)^\\s*(?:\\d[\\d.,]*\\s*(?:%|per\\s*cent\\b)|the\\s+(?:rest|remainder|balance)\\b)");

    private static final Pattern AMOUNT_AFTER = Pattern.compile(
            "^\\s*(?:USD|EUR|JPY|GBP|AUD|CAD|CHF|KRW|INR|US\\$|A\\$|C\\$|\\$|€|£|¥)\\s?\\d");

    /** ", and the Japanese side will provide …": a side named by its demonym. */
    private static final Pattern SIDE_CLAUSE = Pattern.compile(
            "[,;]\\s*(?:and|while|whereas)?\\s+(the\\s+\\p{Lu}[\\p{L}’'-]+\\s+(?:[Ss]ide|[Dd]elegation))\\s+(?:\\w+ly\\s+)?(?:will|shall)\\b");

    /**
     * "JPMorgan … are expected to join the financing, and the department will also lend …": a coordinated clause whose
     * subject is a body named before by its head word, which acts too.
     */
    private static final Pattern BODY_CLAUSE = Pattern.compile(
            "[,;]\\s*(?:and|while|whereas)?\\s+(the\\s+(?:department|agency|ministry|commission|corporation|bank|fund|office))"
                    + "\\s+(?:(?:also|\\w+ly)\\s+)?(?:will|shall)\\b");

    /** "…, and the two governments will offer …": a coordinated clause whose subject is all the document's parties. */
    private static final Pattern BOTH_CLAUSE = Pattern.compile(
            "[,;]\\s*(?:and|while|whereas)?\\s+(?:the\\s+two|both)\\s+(?:governments|countries|ministries|sides|nations)\\s+(?:\\w+ly\\s+)?(?:will|shall)\\b");

    /**
     * The parties of coordinated clauses after the cue that have a subject and modal verb of their own ("ISRO will
     * provide images, and JAXA will process them"): they act too. Objects of the first clause are not among them.
     */
    private static List<String> coordinatedSubjects(String sentence, int offset, int cueEnd, List<Mention> inside,
            String text, Context context) {
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < inside.size(); i++) {
            Mention m = inside.get(i);
            int at = m.start() - offset;
            int end = m.end() - offset;
            if (m.type() != MentionType.PARTY || at < cueEnd || end > sentence.length()) {
                continue;
            }
            int clauseSubject = afterListOfTheFirstClause(sentence, offset, inside, i);
            if (clauseSubject > i) {
                i = clauseSubject - 1; // "… return to A, B, and C, and the Peace Corps will …": the list is the first clause's
                continue;
            }
            String before = sentence.substring(Math.max(cueEnd, at - BEFORE_NAME), at);
            List<Mention> subject = joinedNames(sentence, offset, inside, i);
            int subjectEnd = subject.get(subject.size() - 1).end() - offset;
            Matcher partners = PARTNERS_AFTER_NAME.matcher(sentence).region(subjectEnd, sentence.length());
            int modalFrom = partners.lookingAt() ? partners.end() : subjectEnd;
            boolean ownClause = CLAUSE_OPENER.matcher(before).find() && OWN_MODAL.matcher(sentence.substring(modalFrom)).find()
                    && !endsRelativeList(sentence, offset, inside, i)
                    // "…, and the US partner, Cove Capital, will arrange …": the firm in the role's apposition acts
                    || ROLE_CLAUSE_OPENER.matcher(before).find()
                            && OWN_MODAL.matcher(APPOSITION_CLOSE.matcher(sentence.substring(modalFrom)).replaceFirst("")).find();
            // "JBIC will provide USD 350 million and Export Development Canada USD 250 million": the verb is left out
            boolean gapped = GAP_OPENER.matcher(before).find() && (AMOUNT_AFTER.matcher(sentence.substring(end)).find()
                            || SHARE_AFTER.matcher(sentence.substring(end)).find())
                    && !amountsPerRecipient(sentence, offset, cueEnd, inside, i);
            // "The ministry said China had agreed to …, and that Washington would halve …": a second reported clause's
            // subject pledges its own measure too
            ownClause = ownClause || REPORTED_AND_THAT.matcher(before).find()
                    && REPORTED_WOULD.matcher(sentence.substring(modalFrom)).lookingAt()
                    && REPORT_BEFORE_CLAUSES.matcher(sentence.substring(0, Math.min(cueEnd, sentence.length()))).find();
            if (ownClause && !Clauses.isInName(text, m)) {
                // "…, and the United States and the European Commission intend to …": every name of the subject acts
                subject.stream().filter(n -> !Clauses.isInName(text, n)).forEach(n -> found.add(n.norm()));
                i += subject.size() - 1;
            } else if (gapped && !Clauses.isInName(text, m)) {
                found.add(m.norm());
            }
        }
        Matcher side = SIDE_CLAUSE.matcher(sentence);
        side.region(Math.min(cueEnd, sentence.length()), sentence.length());
        while (side.find()) {
            found.addAll(context.sides().named(side.group(1)));
        }
        Matcher body = BODY_CLAUSE.matcher(sentence);
        body.region(Math.min(cueEnd, sentence.length()), sentence.length());
        while (body.find()) {
            found.addAll(Anaphors.resolve(body.group(1), offset + body.start(1), context.mentions(), text));
        }
        if (sentence.contains("two") || sentence.contains("both")) {
            Matcher both = BOTH_CLAUSE.matcher(sentence).region(Math.min(cueEnd, sentence.length()), sentence.length());
            if (both.find()) {
                List<String> pair = context.documentParties();
                if (STATE_GROUP.matcher(both.group()).find() && pair.stream().noneMatch(Sides::isState)) {
                    // a report on a deal of firms: "both governments" are the two states named last, not the firms
                    List<String> states = lastStates(context.mentions(), offset + both.start(), 2);
                    pair = states.isEmpty() ? pair : states;
                }
                if (pair.size() == 2) {
                    found.addAll(pair); // "Japan will …, and the two governments will …": both act
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * Whether the verb after the cue already took a party and an amount before the name at {@code i}: "will lend A $620
     * million and B $80 million" names two recipients, each with its sum, not a second lender with the verb left out.
     */
    private static boolean amountsPerRecipient(String sentence, int offset, int cueEnd, List<Mention> inside, int i) {
        int at = inside.get(i).start() - offset;
        for (int k = 0; k < i; k++) {
            Mention m = inside.get(k);
            int start = m.start() - offset;
            int end = m.end() - offset;
            if (m.type() == MentionType.PARTY && start >= cueEnd && end < at
                    && VERB_BEFORE_RECIPIENT.matcher(sentence.substring(cueEnd, start)).matches()
                    && (AMOUNT_AFTER.matcher(sentence.substring(end)).find() || SHARE_AFTER.matcher(sentence.substring(end)).find())) {
                return true;
            }
        }
        return false;
    }

    /** The verb alone between the cue and its first recipient: " lend ", " also provide the ". */
    private static final Pattern VERB_BEFORE_RECIPIENT = Pattern.compile("(?i)^\\s*(?:also\\s+)?\\p{Ll}+\\s+(?:the\\s+)?$");

    /** An "and" between two names of a list: ", and ", " and the ". */
    private static final Pattern AND_BETWEEN = Pattern.compile("\\band\\b");

    /**
     * Where the name at {@code i} goes on a list of names that began before it and closes on its own "and", while a
     * later ", and" joins one more name ("… return to A, B, C, and D, and the Peace Corps will …"): the index of the
     * name after that later "and", which opens the next clause's subject; {@code i} where the list is not so split.
     */
    private static int afterListOfTheFirstClause(String sentence, int offset, List<Mention> inside, int i) {
        int head = i;
        while (head > 0 && inside.get(head - 1).type() == MentionType.PARTY && inside.get(head - 1).end() <= inside.get(head).start()
                && inside.get(head - 1).start() >= offset
                && COORDINATED.matcher(sentence.substring(inside.get(head - 1).end() - offset, inside.get(head).start() - offset)).matches()) {
            head--;
        }
        if (head == i) {
            return i;
        }
        List<Mention> whole = joinedNames(sentence, offset, inside, head);
        int firstAnd = -1;
        int lastAnd = -1;
        for (int k = 1; k < whole.size(); k++) {
            String between = sentence.substring(whole.get(k - 1).end() - offset, whole.get(k).start() - offset);
            if (AND_BETWEEN.matcher(between).find()) {
                if (firstAnd < 0) {
                    firstAnd = k;
                } else {
                    lastAnd = k;
                }
            }
        }
        return firstAnd > 0 && lastAnd > firstAnd && head + firstAnd >= i ? head + lastAnd : i;
    }

    /** A relative word right before a list of names: "a plant [that] Ford and". */
    private static final Pattern RELATIVE_WORD_BEFORE = Pattern.compile("(?i)\\b(?:that|which)\\s+(?:the\\s+)?$");

    /**
     * Whether the name at {@code i} closes a list of names that a relative word opens, so that its "and" joins names,
     * not clauses: "Canada will fund a plant that Halden and Corvin Metals plan to build" (they describe the plant).
     */
    private static boolean endsRelativeList(String sentence, int offset, List<Mention> inside, int i) {
        int head = i;
        while (head > 0) {
            Mention previous = inside.get(head - 1);
            Mention next = inside.get(head);
            if (previous.type() != MentionType.PARTY || previous.start() < offset || previous.end() > next.start()
                    || !COORDINATED.matcher(sentence.substring(previous.end() - offset, next.start() - offset)).matches()) {
                break;
            }
            head--;
        }
        int at = inside.get(head).start() - offset;
        return head < i && RELATIVE_WORD_BEFORE.matcher(sentence.substring(Math.max(0, at - 12), at)).find();
    }

    /** Who acts besides the subject: the subjects of coordinated clauses, and the partners of a deal signed. */
    static List<String> alsoActing(String sentence, int offset, ModalityCues.Cue cue, List<Mention> inside,
            String text, Context context) {
        return union(coordinatedSubjects(sentence, offset, cue.end(), inside, text, context),
                dealPartners(sentence, offset, cue, inside, text));
    }

    /** An apposition after a partner, up to a place it names: "Halden|, the state company of |Chile's …". */
    private static final Pattern PARTNERS_APPOSITION = Pattern.compile(
            "^,\\s+(?:the|a|an)\\s+(?:[\\p{Ll}-]+\\s+){1,6}(?:of|in|from|at|owned\\s+by)\\s+(?:the\\s+)?$");

    /** The partners a reported deal names inside its cue: "signed a supply agreement [with X and Y] for …". */
    private static final Pattern DEAL_WITH = Pattern.compile("(?i)\\bwith\\s+");

    /**
     * The parties a deal was signed with, named between "with" and the cue's end: "Kestrel signed a supply agreement
     * with Orano Chemicals for the sale of graphite" binds both sides to the sale, as "concluded memoranda with Malaysia
     * and Thailand to …" binds those states. None where the cue reports no deal.
     */
    static List<String> dealPartners(String sentence, int offset, ModalityCues.Cue cue, List<Mention> inside, String text) {
        String cueText = sentence.substring(cue.start(), Math.min(cue.end(), sentence.length()));
        if (!DEAL_REPORT.matcher(cueText).find()) {
            return List.of();
        }
        Matcher with = DEAL_WITH.matcher(cueText);
        if (!with.find()) {
            return List.of();
        }
        if (RELATIVE_FORECAST.matcher(cueText.substring(0, with.start())).find()) {
            // "announced two letters of interest which will deepen partnerships with the DRC and Rwanda to …": the
            // states named in what the letters will bring are no partners that sign
            return List.of();
        }
        int from = cue.start() + with.end();
        List<String> partners = new ArrayList<>();
        int previousEnd = -1;
        for (Mention m : inside) {
            int at = m.start() - offset;
            if (m.type() != MentionType.PARTY || at < from || m.end() - offset > cue.end()) {
                continue;
            }
            // "with Australia’s Wesfarmers": the company, not the state it is in, is the partner; "with Halden, the state
            // miner of Chile's Atacama region," describes Halden, and Chile signs nothing
            boolean described = previousEnd >= 0 && at >= previousEnd
                    && PARTNERS_APPOSITION.matcher(sentence.substring(previousEnd, at)).matches();
            if (!described && !Clauses.isInName(text, m) && !partners.contains(m.norm())
                    && !DealSubjects.possessesNamedBody(sentence, offset, m, inside, cue.end())) {
                partners.add(m.norm());
            }
            previousEnd = m.end() - offset;
        }
        return partners;
    }

    /** A relative clause of what a thing will do: "which will", "that would". */
    private static final Pattern RELATIVE_FORECAST = Pattern.compile("(?i)\\b(?:which|that)\\s+(?:will|would)\\b");
}
