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
final class ModalityCues {
    /** A cue found in a sentence: where it starts and ends, and its modality. */
    record Cue(int start, int end, Modality modality) {
    }

    private record Rule(Pattern pattern, Modality modality) {
    }

    private static Rule rule(String regex, Modality modality) {
        return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), modality);
    }

    private static final List<Rule> RULES = List.of(
            rule("\\b(?:shall|must|(?:is|are|be|being)\\s+(?:hereby\\s+)?(?:required|obliged|obligated|directed|mandated)"
                    + "\\s+to|has\\s+to|have\\s+to)\\b", Modality.OBLIGATION),
            rule("\\b(?:will|(?:commit|commits|committed|committing|agree|agrees|agreed|undertake|undertakes|undertook"
                    + "|pledge|pledges|pledged|promise|promises|promised|vow|vows|vowed|resolve|resolves|resolved)"
                    + "\\s+(?:(?:to|that|on)\\b)|(?:is|are|remain|remains)\\s+(?:firmly\\s+|fully\\s+|strongly\\s+)?committed"
                    + "|(?:reaffirm|reaffirms|reiterate|reiterates|affirm|affirms|renew|renews|underscore|underscores"
                    + "|share|shares)\\s+(?:our|their|its|the|a)?\\s*(?:\\w+\\s+){0,2}commitments?|commitments?\\s+to"
                    + "|dedication\\s+to|(?:signed|concluded|reached|struck|inked|finalized|launched|entered\\s+into)\\b"
                    + "[^.;]{0,120}?\\b(?:agreements?|memorand(?:um|a|ums)|MoUs?|deals?|frameworks?|accords?"
                    + "|arrangements?|partnerships?|compacts?|statements?)\\b[^.;]{0,80}?\\bto\\s+\\p{L}"
                    + "|are\\s+intensifying|are\\s+stepping\\s+up)", Modality.COMMITMENT),
            rule("\\b(?:(?:intend|intends|intended|intending|aim|aims|aiming|plan|plans|planned|planning|hope|hopes"
                    + "|hoping|want|wants|wish|wishes|desire|desires|desiring|strive|strives|endeavou?rs?|expect|expects"
                    + "|determined|resolute|prepared|ready|looking)\\s+(?:to|that|in|for)\\b|seek|seeks|seeking|desirous"
                    + "|envisage|envisages|envisaged|envision|envisions|look\\s+forward|looks\\s+forward"
                    + "|(?:purpose|objective|aim|goal)s?\\s+of\\s+[^.;]{0,80}?\\s+(?:is|are|shall\\s+be)\\s+to"
                    + "|are\\s+exploring|explore\\s+ways)\\b", Modality.INTENT),
            rule("\\b(?:should|ought\\s+to|encourage|encourages|encouraged|urge|urges|urged|(?:call|calls|called)"
                    + "\\s+(?:on|upon|for)|recommend|recommends|recommended|invite|invites|invited)\\b",
                    Modality.RECOMMENDATION));

    private ModalityCues() {
    }

    /** The first cue in {@code sentence}, if any. */
    static Optional<Cue> first(String sentence) {
        Cue best = null;
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(sentence);
            if (m.find() && (best == null || m.start() < best.start())) {
                best = new Cue(m.start(), m.end(), rule.modality());
            }
        }
        return Optional.ofNullable(best);
    }
}
