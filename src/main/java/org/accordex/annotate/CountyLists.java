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
     * The list before its unit is searched back from each "Counties", not tried at every character of the text.
     */
    private static final Pattern LIST_AFTER_UNIT = Pattern.compile("\\b" + UNITS + "(?:[ \\t]+of)?:?\\s+(?:the\\s+)?(" + LIST + ")");
    /** A list that ends where its unit's capitalized word starts, searched only just before that word. */
    private static final Pattern LIST_BEFORE_UNIT = Pattern.compile("(" + LIST + ")\\s+$");
    private static final List<String> UNITS_AFTER = List.of("Counties", "Parishes");
    /** How far before "Counties" a list may start: longer than any list of county names a declaration writes. */
    private static final int LIST_REACH = 600;
    /** What every unit's word ends with, in either case the patterns take: looked for before any pattern is tried. */
    private static final List<String> UNIT_ENDS = List.of("ounties", "arishes", "oroughs", "unicipalities");

    private CountyLists() {
    }

    /** {@code mentions} without the parties inside a list of counties of {@code text}. */
    static List<Mention> drop(String text, List<Mention> mentions) {
        if (mentions.stream().noneMatch(m -> m.type() == MentionType.PARTY) || UNIT_ENDS.stream().noneMatch(text::contains)) {
            return mentions;
        }
        List<int[]> lists = new ArrayList<>();
        Matcher after = LIST_AFTER_UNIT.matcher(text);
        while (after.find()) {
            lists.add(new int[] {after.start(1), after.end(1)});
        }
        for (String unit : UNITS_AFTER) {
            for (int at = text.indexOf(unit); at >= 0; at = text.indexOf(unit, at + unit.length())) {
                boolean wordEnds = at + unit.length() == text.length() || !Character.isLetterOrDigit(text.charAt(at + unit.length()));
                Matcher before = LIST_BEFORE_UNIT.matcher(text).region(Math.max(0, at - LIST_REACH), at);
                if (wordEnds && before.find()) {
                    lists.add(new int[] {before.start(1), before.end(1)});
                }
            }
        }
        if (lists.isEmpty()) {
            return mentions;
        }
        return mentions.stream()
                .filter(x -> x.type() != MentionType.PARTY || lists.stream().noneMatch(l -> l[0] <= x.start() && x.end() <= l[1]))
                .toList();
    }
}
