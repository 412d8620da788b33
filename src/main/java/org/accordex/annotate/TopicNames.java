package org.accordex.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.model.Mention;
import org.accordex.model.MentionType;

/**
 * A council, commission, board or task force is named by its topic after "on": "Interagency Council on Homelessness",
 * "Advisory Commission on Public Diplomacy". A finder that stops at the head cuts the name short; the topic's
 * capitalized words are the name's, and a state or metal among them is no mention of its own (ANNOTATION.md §1).
 */
final class TopicNames {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A head that takes its topic after "on", at a name's end. */
    private static final Pattern HEAD_AT_END = Pattern.compile("\\s(?:Council|Commission|Committee|Board|Task[ \\t]+Force)$");
    /** A word of the topic: capitalized, not a month or a weekday ("the Commission on May 14", "… Council on Monday"). */
    private static final String TOPIC_WORD = "(?!(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)\\p{Lu}[\\p{L}\\d/&'’.-]*(?<![.’'])";
    /** White space within a paragraph: spaces, or one line break. */
    private static final String SPACE = "(?:[ \\t]*\\n[ \\t]*|[ \\t]+)";
    /** " on (the) Topic Words", joined by spaces or a connector: "on Sexual Assault in the Military". */
    private static final Pattern TOPIC_AFTER = Pattern.compile("^" + SPACE + "on" + SPACE + "(?:the" + SPACE + ")?" + TOPIC_WORD
            // "and the" joins the next name of a list, not the topic's next word: "… on International Business and the
            // Seattle Art Museum"
            + "(?:" + SPACE + "(?:(?:and|&)" + SPACE + "|(?:of|for|in)" + SPACE + "(?:the" + SPACE + ")?)?" + TOPIC_WORD + "){0,7}");

    private TopicNames() {
    }

    /** {@code known}: whether the dictionaries know a name whole, which keeps the span they give it. */
    static List<Mention> extend(String text, List<Mention> mentions, Predicate<String> known) {
        List<Mention> out = new ArrayList<>(mentions);
        boolean changed = false;
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            if (m.type() != MentionType.PARTY || m.end() >= text.length() || text.charAt(m.end()) == '.') {
                continue;
            }
            String name = SPACES.matcher(m.text()).replaceAll(" ");
            if (!name.equals(m.norm()) || !HEAD_AT_END.matcher(name).find() || known.test(name)) {
                continue;
            }
            Matcher topic = TOPIC_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 120));
            if (!topic.lookingAt()) {
                continue;
            }
            int end = topic.end();
            // the mentions inside the topic come after the name: the list before it keeps its places
            out.subList(i + 1, out.size()).removeIf(o -> o.start() < end);
            out.set(i, Mention.of(MentionType.PARTY, text, m.start(), end, SPACES.matcher(text.substring(m.start(), end)).replaceAll(" ")));
            changed = true;
        }
        if (!changed) {
            return mentions;
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }
}
