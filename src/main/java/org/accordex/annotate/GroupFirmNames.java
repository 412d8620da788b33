package org.accordex.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.model.Mention;
import org.accordex.model.MentionType;

/**
 * A Chinese firm's legal name with its group written in parentheses: "China Northern Rare Earth (Group) High-Tech Co",
 * "Baotou Steel Rare-Earth (Group) Hi-Tech Co., Ltd.". The parentheses stop the other finders, which see a name before
 * them and another after; the whole is one firm (ANNOTATION.md §1: mentions never overlap), and its words ("Rare
 * Earth") are no mentions of their own. A firm the dictionary knows by the words before the parentheses keeps its
 * norm; another is named as written.
 */
final class GroupFirmNames {
    private static final String WORD = "\\p{Lu}[\\p{L}\\d’'&.-]*";
    private static final String LEGAL_FORM = ",?[ \\t]+(?:Co\\.?,?[ \\t]+Ltd\\.?|Co\\.?|Ltd\\.?|Limited|Corp\\.?|Corporation"
            + "|Inc\\.?|Company)(?![\\p{L}\\d])";
    /** One to six capitalized words on the line, the group in parentheses, then words of the name up to its legal form. */
    private static final Pattern GROUP_NAME = Pattern.compile("(?<![\\p{L}\\d.’'-])((?:" + WORD + "[ \\t]+){1,6})"
            + "\\((?:Group|Holdings?)\\)((?:(?:[ \\t]+" + WORD + "){0,3}" + LEGAL_FORM + ")?)");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    /** Words that open a phrase of prose or a title, never a firm's name. */
    private static final Set<String> NOT_NAME_WORDS = Set.of("The", "A", "An", "In", "Of", "For", "With", "And", "To",
            "From", "By", "At", "On", "As", "Its", "Their", "Our", "This", "That", "Both", "While", "But");

    private GroupFirmNames() {
    }

    static List<Mention> join(String text, List<Mention> mentions) {
        if (!text.contains("(Group)") && !text.contains("(Holding")) {
            return mentions; // most texts name no such firm
        }
        List<Mention> out = new ArrayList<>(mentions);
        Matcher m = GROUP_NAME.matcher(text);
        while (m.find()) {
            int start = m.start(1);
            // the name opens after any word of prose: "The China Northern …" keeps "China Northern …"
            Matcher word = TOKEN.matcher(m.group(1));
            while (word.find() && NOT_NAME_WORDS.contains(word.group())) {
                start = m.start(1) + word.end();
            }
            while (start < m.end(1) && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            if (start >= m.end(1)) {
                continue;
            }
            int from = start;
            int to = m.end();
            String norm = text.substring(from, to).replaceAll("\\s+", " ");
            for (Mention known : mentions) {
                // a known firm named by the words before the parentheses: "China Northern Rare Earth"
                if (known.type() == MentionType.PARTY && known.start() == from && known.end() <= m.end(1)
                        && text.substring(known.end(), m.end(1)).isBlank()) {
                    norm = known.norm();
                }
            }
            out.removeIf(o -> o.start() < to && from < o.end());
            out.add(Mention.of(MentionType.PARTY, text, from, to, norm));
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }
}
