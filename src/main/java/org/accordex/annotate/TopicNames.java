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

    /**
     * " to Verb Words": a task force named by its task, "Task Force to Address Online Harassment"; only after the White
     * House, whose bodies are so named ("efforts to Address" elsewhere is no name).
     */
    private static final Pattern TASK_AFTER = Pattern.compile("^" + SPACE + "to" + SPACE + TOPIC_WORD
            + "(?:" + SPACE + "(?:(?:and|&)" + SPACE + "|(?:of|for|in|on)" + SPACE + "(?:the" + SPACE + ")?)?" + TOPIC_WORD + "){1,7}");
    /** A council or task force of the White House, right after its name: "White House| Council| on …". */
    private static final Pattern WHITE_HOUSE_BODY = Pattern.compile("^" + SPACE + "(Council|Task" + SPACE + "Force)(?=\\s)");

    /** The connectors a name cut short before a mention leaves at its end: "… Affairs in the". */
    private static final Pattern TRAILING_CONNECTORS = Pattern.compile("(?:" + SPACE + "(?:and|&|of|for|in|on|the|to))+" + SPACE + "?$");

    private TopicNames() {
    }

    /**
     * The White House's council or task force named by its topic or task ("White House Council on Native American
     * Affairs", "White House Task Force to Address …"): a body of its own, as the Council on Environmental Quality is
     * after "White House"; the White House stays the state's stand-in. A body the finders already tagged keeps
     * its mention.
     */
    static List<Mention> whiteHouseBodies(String text, List<Mention> mentions) {
        List<Mention> added = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() != MentionType.PARTY || !"White House".equals(SPACES.matcher(m.text()).replaceAll(" "))) {
                continue;
            }
            int limit = Math.min(text.length(), m.end() + 160);
            Matcher head = WHITE_HOUSE_BODY.matcher(text).region(m.end(), limit);
            if (!head.lookingAt()) {
                continue;
            }
            Matcher topic = TOPIC_AFTER.matcher(text).region(head.end(), limit);
            Matcher task = TASK_AFTER.matcher(text).region(head.end(), limit);
            int found = topic.lookingAt() ? topic.end() : task.lookingAt() ? task.end() : -1;
            if (found < 0) {
                continue; // no name of its own: "the White House Council said"
            }
            int start = head.start(1);
            // "… on Native American Affairs in the Biden-Harris Administration": the name ends before the next mention
            int next = mentions.stream().filter(o -> o.start() > start && o.start() < found).mapToInt(Mention::start).min().orElse(found);
            Matcher cut = TRAILING_CONNECTORS.matcher(text).region(head.end(), next);
            int end = cut.find() ? cut.start() : next;
            if (mentions.stream().anyMatch(o -> o.start() < end && start < o.end())
                    || !TOPIC_AFTER.matcher(text).region(head.end(), end).matches() && !TASK_AFTER.matcher(text).region(head.end(), end).matches()) {
                continue; // no name of its own, or a mention the finders already gave it
            }
            added.add(Mention.of(MentionType.PARTY, text, start, end, SPACES.matcher(text.substring(start, end)).replaceAll(" ")));
        }
        if (added.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions);
        out.addAll(added);
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
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
