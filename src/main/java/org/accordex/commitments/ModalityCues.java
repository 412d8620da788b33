package org.accordex.commitments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    record Cue(int start, int end, Modality modality, boolean ongoing) {
    }

    /** A cue pattern, run only when one of its trigger words occurs (a cheap test that skips most sentences). */
    private record Rule(Pattern pattern, Modality modality, List<String> triggers, boolean ongoing) {
        boolean mayMatch(String lowerCase) {
            return triggers.stream().anyMatch(lowerCase::contains);
        }
    }

    /** The cue list, a resource beside this class: one modality and one cue per line (the file explains the syntax). */
    private static final String CUES = "modality-cues.txt";
    /** A word between the parts of a cue: letters ("U.S." included) for "…", anything but a semicolon for "~". */
    private static final String GAP_WORD = "[\\p{L}.,’'-]+\\s+";
    private static final String ANY_GAP_WORD = "[^\\s;]+\\s+";
    /** A final "to" must introduce a verb, perhaps quoted ('agreed to “secure” supplies'); the verb is not part of the cue. */
    private static final String TO_VERB = "to(?=\\s+[\"“‘']?\\p{L})";

    private static final List<Rule> RULES = load();

    private static List<Rule> load() {
        List<Rule> rules = new ArrayList<>();
        for (String line : DataLines.of(ModalityCues.class, CUES)) {
            String[] fields = line.split("\t");
            rules.add(compile(Modality.valueOf(fields[0].strip().toUpperCase(Locale.ROOT)), fields[1].strip(),
                    fields.length > 2 && fields[2].strip().equals("ongoing")));
        }
        return List.copyOf(rules);
    }

    /** One line of the cue list as a pattern and its trigger words. */
    private static Rule compile(Modality modality, String cue, boolean ongoing) {
        String[] words = cue.split(" ");
        StringBuilder regex = new StringBuilder("\\b");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean last = i == words.length - 1;
            if (w.startsWith("…") || w.startsWith("~")) {
                regex.append("(?:").append(w.startsWith("…") ? GAP_WORD : ANY_GAP_WORD).append("){0,").append(w.substring(1)).append("}?");
            } else if (w.startsWith("[") && w.endsWith("]")) {
                regex.append("(?:(?:").append(w, 1, w.length() - 1).append(")\\s+)?");
            } else if (last && w.equals("to")) {
                regex.append(TO_VERB);
            } else {
                // after the first word, markup or a quote may open a word: "an **Agreement** to", "a “deal” to"
                regex.append(i == 0 ? "(?:" : "[*_\"“‘'(]*(?:").append(w).append(last ? ")\\b" : ")\\s+");
            }
        }
        List<String> triggers = new ArrayList<>();
        // a look-around after the words ("would(?<=said … would)") holds no trigger words
        int lookAround = words[0].indexOf("(?");
        for (String alternative : (lookAround < 0 ? words[0] : words[0].substring(0, lookAround)).split("\\|")) {
            int cut = alternative.indexOf('(');
            String t = cut >= 0 ? alternative.substring(0, cut) : alternative;
            int optional = t.indexOf('?');
            if (optional > 0) {
                t = t.substring(0, optional - 1);
            }
            triggers.add(t.toLowerCase(Locale.ROOT));
        }
        return new Rule(Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE), modality, List.copyOf(triggers), ongoing);
    }

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
                    best = new Cue(m.start(), m.end(), rule.modality(), rule.ongoing());
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Boilerplate that denies an obligation: "Nothing in this order shall be construed…", "is not intended to". */
    private static final Pattern DISCLAIMER = Pattern.compile(
            "(?i)\\bnothing\\s+(?:in|herein)\\b|\\bshall\\s+(?:not\\s+)?be\\s+construed\\b|\\b(?:is|are)\\s+not\\s+intended\\s+to\\b"
                    + "|\\bnot\\s+(?:be\\s+)?legally\\s+binding\\b");
    /** A future in a relative clause ("a loan that will support") describes, it does not commit. */
    private static final Pattern RELATIVE_BEFORE = Pattern.compile("(?i)\\b(?:which|that|who)\\s+(?:\\w+ly\\s+)?$");

    /** A hedge before a cue: "Russia may decide to …" is a possibility, not a decision. */
    private static final Pattern HEDGE_BEFORE = Pattern.compile("(?i)\\b(?:may|might|could)\\s+(?:\\w+ly\\s+)?$");

    private static boolean notACue(String sentence, int at) {
        String before = sentence.substring(Math.max(0, at - 30), at);
        if (HEDGE_BEFORE.matcher(before).find()) {
            return true;
        }
        if (at == 0 && sentence.regionMatches(true, 0, "should ", 0, 7)) {
            return true; // "Should the United States lose access, …" is a condition
        }
        return sentence.startsWith("will", at) && RELATIVE_BEFORE.matcher(before).find();
    }
}
