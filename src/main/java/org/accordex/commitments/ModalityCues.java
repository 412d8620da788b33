package org.accordex.commitments;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.model.Modality;

/**
 * The words that make a sentence a commitment, and how firm each is (ANNOTATION.md §2).
 *
 * <p>The first cue in the sentence decides, since the cue nearest the subject governs the parties' own action:
 * "will seek to" is a commitment, "intend to … which will" an intent.
 */
public final class ModalityCues {
    /** A cue found in a sentence: where it starts and ends, and its modality. */
    record Cue(int start, int end, Modality modality) {
    }

    /** A cue pattern, run only when one of its trigger words occurs (a cheap test that skips most sentences). */
    private record Rule(Pattern pattern, Modality modality, List<String> triggers) {
        boolean mayMatch(String lowerCase) {
            return triggers.stream().anyMatch(lowerCase::contains);
        }
    }

    private static Rule rule(String regex, Modality modality, String... triggers) {
        return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), modality, List.of(triggers));
    }

    /** What may stand before "to": a quote mark, as in 'agreed to “secure” supplies'. */
    private static final String TO_VERB = "\\bto\\s+[\"“‘']?\\p{L}";
    private static final String AGREEMENT = "(?:agreements?|memorand(?:um|a|ums)|MoUs?|deals?|frameworks?|accords?"
            + "|arrangements?|partnerships?|compacts?|statements?|roadmaps?|plans?)";

    private static final List<Rule> RULES = List.of(
            rule("\\b(?:shall|must|(?:is|are|be|being)\\s+(?:hereby\\s+)?(?:required|obliged|obligated|directed|mandated)"
                    + "\\s+to|has\\s+to|have\\s+to)\\b", Modality.OBLIGATION, "shall", "must", "required", "obliged", "obligated", "directed", "mandated", "has to", "have to"),
            rule("\\bwill\\b(?!\\s+(?:of|power)\\b)", Modality.COMMITMENT, "will"),
            // "commit in particular to", "agreed to", "pledged that", "undertake to"
            rule("\\b(?:commit|commits|committed|committing|agree|agrees|agreed|undertake|undertakes|undertook|pledge"
                    + "|pledges|pledged|promise|promises|promised|vow|vows|vowed|resolve|resolves|resolved)"
                    + "\\s+(?:[\\p{L},]+\\s+){0,3}?(?:to|that)\\b", Modality.COMMITMENT, "commit", "agree", "undert", "pledge", "promis", "vow", "resolve"),
            rule("\\b(?:is|are|remain|remains|stand|stands)\\s+(?:\\w+\\s+)?(?:committed|united\\s+in)\\b", Modality.COMMITMENT, "committed", "united in"),
            // an affirmed commitment: "reaffirm our commitment to", "Japan’s commitment to", not "a conditional commitment to"
            rule("\\b(?:(?:reaffirm|reaffirms|reaffirmed|reiterate|reiterates|affirm|affirms|renew|renews|underscore"
                    + "|underscores|share|shares|demonstrate|demonstrates)\\s+(?:our|their|its|the|a)?\\s*(?:\\w+\\s+){0,2}"
                    + "commitments?|(?:our|their|its|shared|joint|firm|strong|steadfast|unwavering|continued|mutual|’s|'s)"
                    + "\\s+commitments?\\s+to|dedication\\s+to)\\b", Modality.COMMITMENT, "commitment", "dedication"),
            rule("\\b(?:signed|concluded|reached|struck|inked|finalized|launched|announced|entered\\s+into)\\b[^.;]{0,120}?\\b"
                    + AGREEMENT + "\\b[^.;]{0,80}?" + TO_VERB, Modality.COMMITMENT, "signed", "concluded", "reached", "struck", "inked", "finalized", "launched", "announced", "entered"),
            rule("\\b(?:directed|instructed|tasked|ordered)\\s+(?:[\\p{L}.’']+\\s+){0,6}?" + TO_VERB, Modality.COMMITMENT, "directed", "instructed", "tasked", "ordered"),
            rule("\\b(?:are|is)\\s+(?:intensifying|stepping\\s+up)\\b", Modality.COMMITMENT, "intensifying", "stepping up"),
            rule("\\b(?:(?:aim|aims|aiming|plan|plans|planned|planning|hope|hopes|hoping|want|wants|wish|wishes|desire"
                    + "|desires|desiring|strive|strives|endeavou?rs?|expect|expects|determined|resolute|prepared|ready"
                    + "|looking|intention|intentions|reserve\\s+the\\s+right)\\s+(?:to|that|in|for)"
                    + "|intend|intends|intended|intending|seek|seeks|seeking|desirous|envisage|envisages|envisaged"
                    + "|envision|envisions|look\\s+forward|looks\\s+forward|(?:is|are)\\s+expected\\s+to"
                    + "|(?:purpose|objective|aim|goal)s?\\s+of\\s+[^.;]{0,80}?\\s+(?:is|are|shall\\s+be)\\s+to"
                    + "|are\\s+exploring|explore\\s+ways)\\b", Modality.INTENT, "aim", "plan", "hope", "want", "wish", "desir", "striv", "endeavo", "expect", "determined", "resolute", "prepared", "ready", "looking", "intention", "reserve", "intend", "seek", "envisag", "envision", "look", "purpose", "objective", "goal", "explor"),
            rule("\\b(?:should|ought\\s+to|encourage|encourages|encouraged|urge|urges|urged|(?:call|calls|called)"
                    + "\\s+(?:on|upon|for)|recommend|recommends|recommended|invite|invites|invited)\\b",
                    Modality.RECOMMENDATION, "should", "ought", "encourag", "urge", "call", "recommend", "invite"));

    private ModalityCues() {
    }

    /** Whether the sentence has any modality cue: a cheap test other stages use to spend effort where it pays. */
    public static boolean hasCue(String sentence) {
        return first(sentence).isPresent();
    }

    /** The first cue in {@code sentence}, if any. */
    static Optional<Cue> first(String sentence) {
        if (DISCLAIMER.matcher(sentence).find()) {
            return Optional.empty();
        }
        Cue best = null;
        String lowerCase = sentence.toLowerCase(java.util.Locale.ROOT);
        for (Rule rule : RULES) {
            if (!rule.mayMatch(lowerCase)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(sentence);
            while (m.find() && (best == null || m.start() < best.start())) {
                if (!notACue(sentence, m.start())) {
                    best = new Cue(m.start(), m.end(), rule.modality());
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Boilerplate that denies an obligation: "Nothing in this order shall be construed…", "is not intended to". */
    private static final Pattern DISCLAIMER = Pattern.compile(
            "(?i)\\bnothing\\s+(?:in|herein)\\b|\\bshall\\s+(?:not\\s+)?be\\s+construed\\b|\\b(?:is|are)\\s+(?:not\\s+)?intended\\s+to\\b"
                    + "|\\bnot\\s+(?:be\\s+)?legally\\s+binding\\b");
    /** A future in a relative clause ("a loan that will support") describes, it does not commit. */
    private static final Pattern RELATIVE_BEFORE = Pattern.compile("(?i)\\b(?:which|that|who)\\s+(?:\\w+ly\\s+)?$");

    private static boolean notACue(String sentence, int at) {
        String before = sentence.substring(Math.max(0, at - 30), at);
        if (at == 0 && sentence.regionMatches(true, 0, "should ", 0, 7)) {
            return true; // "Should the United States lose access, …" is a condition
        }
        return sentence.startsWith("will", at) && RELATIVE_BEFORE.matcher(before).find();
    }
}
