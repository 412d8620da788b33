package org.accordex.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.model.Mention;
import org.accordex.model.MentionType;

/**
 * Lists of counties, parishes and boroughs ("the counties of Arden, Ford and Marlow", "Brook, Carver,
 * and Denton Counties"), as a disaster declaration writes them: places named for persons and firms, no party among
 * them (ANNOTATION.md §1), whatever a dictionary or the name finder reads in them ("Ford").
 */
final class CountyLists {
    /** A county's name of up to three capitalized words: "King George", "St. Lucie", "Prince Edward". */
    private static final String NAME = "\\p{Lu}[\\p{L}.'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}.'’-]*){0,2}";
    private static final String LIST = NAME + "(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)" + NAME + ")*";
    private static final String UNITS = "(?:Counties|Parishes|Boroughs|Municipalities|counties|parishes|boroughs|municipalities)";
    /**
     * The unit's word before the list ("counties of", "parishes:") or after it ("… and Denton Counties"); after it only
     * capitalized and only counties and parishes: "ASEAN counties" is a slip for countries, "Dana Ford Boroughs" a person.
     */
    private static final Pattern COUNTY_LIST = Pattern.compile("\\b" + UNITS + "(?:[ \\t]+of)?:?\\s+(?:the\\s+)?(" + LIST + ")"
            + "|(" + LIST + ")\\s+(?:Counties|Parishes)\\b");
    /** The words that must occur for the pattern to be tried at all. */
    private static final Pattern CUE = Pattern.compile("(?i:counties|parishes|boroughs|municipalities)");

    private CountyLists() {
    }

    /** {@code mentions} without the parties inside a list of counties of {@code text}. */
    static List<Mention> drop(String text, List<Mention> mentions) {
        if (mentions.stream().noneMatch(m -> m.type() == MentionType.PARTY) || !CUE.matcher(text).find()) {
            return mentions;
        }
        List<int[]> lists = new ArrayList<>();
        Matcher m = COUNTY_LIST.matcher(text);
        while (m.find()) {
            int group = m.start(1) >= 0 ? 1 : 2;
            lists.add(new int[] {m.start(group), m.end(group)});
        }
        if (lists.isEmpty()) {
            return mentions;
        }
        return mentions.stream()
                .filter(x -> x.type() != MentionType.PARTY || lists.stream().noneMatch(l -> l[0] <= x.start() && x.end() <= l[1]))
                .toList();
    }
}
