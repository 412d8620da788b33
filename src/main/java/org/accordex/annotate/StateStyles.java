package org.accordex.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.commitments.DataLines;
import org.accordex.model.Mention;
import org.accordex.model.MentionType;

/**
 * A state's style written alone for the state: a text that names "the Kingdom of Saudi Arabia" goes on with "the
 * Kingdom intends to …" and "in the Kingdom". The style ({@code state-styles.txt}) is a mention of the state where the
 * text names exactly one state in full with that style, and the word stands after "the" with no name going on after
 * it ("the Kingdom of …", "the Kingdom Holding Company" are other names; "the United Kingdom" has no bare "the").
 */
final class StateStyles {
    private static final List<String> STYLES = DataLines.of(StateStyles.class, "state-styles.txt");
    /** Right after the style: a name goes on ("of …", a capitalized word, a hyphen). */
    private static final Pattern NAME_GOES_ON = Pattern.compile("^(?:[ \\t]+(?:of\\b|\\p{Lu})|[-–]\\p{L})");

    private StateStyles() {
    }

    /** {@code mentions} with each bare style of the one state the text names in full with it, as that state's mention. */
    static List<Mention> add(String text, List<Mention> mentions) {
        List<Mention> out = null;
        for (String style : STYLES) {
            Set<String> norms = new HashSet<>();
            Pattern full = Pattern.compile("^(?i:" + Pattern.quote(style) + ")\\s+(?i:of)\\s");
            for (Mention m : mentions) {
                if (m.type() == MentionType.PARTY && full.matcher(m.text()).find() && Mention.isStateNorm(m.norm())) {
                    norms.add(m.norm());
                }
            }
            if (norms.size() != 1) {
                continue; // none, or two kingdoms: "the Kingdom" names neither for sure
            }
            String norm = norms.iterator().next();
            Matcher bare = Pattern.compile("\\b(?i:the)[ \\t]+(" + Pattern.quote(style) + ")\\b").matcher(text);
            while (bare.find()) {
                int start = bare.start(1);
                int end = bare.end(1);
                if (NAME_GOES_ON.matcher(text.substring(end, Math.min(text.length(), end + 4))).find()) {
                    continue;
                }
                List<Mention> current = out == null ? mentions : out;
                if (current.stream().anyMatch(o -> o.start() < end && start < o.end())) {
                    continue;
                }
                if (out == null) {
                    out = new ArrayList<>(mentions);
                }
                out.add(Mention.of(MentionType.PARTY, text, start, end, norm));
            }
        }
        if (out == null) {
            return mentions;
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }
}
