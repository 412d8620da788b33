package org.accordex.annotate;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.model.Mention;
import org.accordex.model.MentionType;

/**
 * Persons the name finder reads as bodies in biographies and lists of nominees (ANNOTATION.md §1: persons are no
 * party): a surname alone that the text also writes after a first name and an initial ("Dana R. Whitlock is …",
 * "**Jane Roe, Member**", then "Roe joined …"), and a full name whose last word the text writes after a title ("Maria
 * Roe: Candidate for …", then "Ms. Roe" or "Justice Roe").
 */
final class PersonNames {
    /** What follows a person's full name as a biography or a list of appointees writes it. */
    private static final Pattern AFTER_FULL_NAME = Pattern.compile("[ \\t]*(?:,|\\*|:|\\n|$)|[ \\t]+(?:is|was|has|had|served|serves|joined|will|received|holds|brings|currently)\\b");
    /** A name as persons' are written: capitalized words, the last no initial. */
    private static final Pattern PERSON_SHAPE = Pattern.compile("\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}*\\.?){0,3}(?<!\\.)");
    /** A first name and, maybe, an initial, right before the surname. */
    private static final Pattern FIRST_NAME = Pattern.compile("(?<![\\p{L}\\d.’'-])(\\p{Lu}\\p{Ll}+)[ \\t]+(?:\\p{Lu}\\.[ \\t]+)?$");
    /** A title right before a surname, not itself inside a name ("State Justice Institute"). */
    private static final Pattern TITLE = Pattern.compile("(?<!\\p{Lu}\\p{L}{0,20}[ \\t])\\b(?:Mr|Ms|Mrs|Mx|Dr|Judge|Justice)\\.?[ \\t]+$");
    /** Capitalized words that open a sentence or a phrase before a name and are no first names: "Before Microsoft, …". */
    private static final Set<String> NO_FIRST_NAMES = Set.of("The", "This", "That", "These", "With", "And", "For", "Of",
            "From", "By", "To", "At", "In", "On", "An", "As", "Before", "After", "During", "Since", "Until", "Like", "Unlike",
            "Including", "Through", "Today", "Yesterday", "Both", "Also", "Then", "When", "While", "Under", "Via", "Without",
            "Within", "Across", "Beyond", "Besides", "Plus", "Only", "Even", "Recently", "Currently", "Previously", "Meanwhile",
            "Separately", "Together", "Earlier", "Later", "Last", "Next", "Each", "Every", "Where", "Whereas", "Join", "Joining",
            "Led", "Between", "Among", "Against", "Per", "Dear", "Thank", "Thanks", "Congratulations", "Partner",
            "Partners", "Partnering", "Member", "Members", "Chair", "President", "Secretary", "Director", "Administrator",
            "Ambassador", "Governor", "Senator", "Minister", "General", "Deputy", "Chief", "Lady", "First", "New", "North",
            "South", "East", "West", "United", "American", "National", "Federal", "Global", "International");

    private PersonNames() {
    }

    /**
     * {@code mentions} without the parties that are persons' names: only names that are their own norm and no firm the
     * dictionaries know ("Dana Ford, Member" does not unmake the firm of "a plant Ford runs").
     */
    static List<Mention> drop(String text, List<Mention> mentions, Predicate<String> isKnownFirm) {
        return mentions.stream().filter(m -> m.type() != MentionType.PARTY || !isPerson(text, m) || isKnownFirm.test(m.norm())).toList();
    }

    private static boolean isPerson(String text, Mention m) {
        String name = m.text().replaceAll("\\s+", " ");
        if (!name.equals(m.norm()) || !PERSON_SHAPE.matcher(name).matches()) {
            return false; // a known body's norm, an acronym, a name with a lower-case word ("Bureau of …")
        }
        boolean oneWord = name.indexOf(' ') < 0;
        String surname = oneWord ? name : name.substring(name.lastIndexOf(' ') + 1);
        if (surname.length() < 3) {
            return false;
        }
        for (int at = text.indexOf(surname, 1); at > 0; at = text.indexOf(surname, at + 1)) {
            int end = at + surname.length();
            if (end < text.length() && isWordChar(text.charAt(end))
                    || oneWord && !AFTER_FULL_NAME.matcher(text).region(end, text.length()).lookingAt()) {
                continue;
            }
            String before = text.substring(Math.max(0, at - 40), at);
            Matcher title = TITLE.matcher(before);
            if (title.find()) {
                return true; // "Ms. Roe", "Justice Roe"
            }
            Matcher first = FIRST_NAME.matcher(before);
            if (oneWord && first.find() && !NO_FIRST_NAMES.contains(first.group(1))) {
                return true; // "Dana R. Whitlock is …", "**Jane Roe, Member**"
            }
        }
        return false;
    }

    /** A letter, digit or underscore: what a regular expression's word boundary tells from the rest. */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
