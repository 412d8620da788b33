package org.accordex.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.model.Mention;
import org.accordex.model.MentionType;
import org.accordex.nlp.LeadWordSearch;

/**
 * Several US departments under one plural head: "the Departments of Labor, the Treasury, and Education", "the U.S.
 * Departments of State and Commerce". Each field the dictionary knows as a department ("Department of" and the field)
 * is that department's mention: the first with the head ("Departments of Energy"), the others by their field
 * ("Interior", "Commerce"). A field of two words joined by "and" ("Health and Human Services") is read whole where the
 * dictionary knows it so. The list ends at the first words that name no department.
 */
final class DepartmentLists {
    private static final Pattern HEAD = Pattern.compile("\\b(?:Departments|DEPARTMENTS)\\s+of\\s+");
    private static final LeadWordSearch HEAD_SEARCH = new LeadWordSearch(HEAD);
    /** One field, capitalized words with "the" before them: "the Interior", "Homeland Security". */
    private static final Pattern FIELD = Pattern.compile("\\G(?:the\\s+)?(\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)*)");
    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}’'-]*");
    /** What parts the fields: a comma, "and", or both, after a field's abbreviation ("Defense (DOD),"), "of" again after it. */
    private static final Pattern SEPARATOR = Pattern.compile("\\G(?:\\s*\\(\\p{Lu}{2,6}\\))?(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(?:of\\s+)?");
    /** "U.S." before the head, part of the first department's name as in "U.S. Department of Energy". */
    private static final Pattern US_BEFORE = Pattern.compile("\\bU\\.S\\.[ \\t]*$");
    private static final String DEPARTMENT_NORM = "U.S. Department of ";
    /** At most this many fields are joined by "and" into one ("Housing and Urban Development"). */
    private static final int JOINED_FIELDS = 2;

    private DepartmentLists() {
    }

    /** A field's span, where its name starts (after "the") and where each of its words ends. */
    private record Field(int start, int end, int nameStart, List<Integer> wordEnds) {
    }

    /**
     * {@code mentions} with the departments so listed; {@code departmentNorm} gives the dictionary's norm of a name
     * ("Department of Energy" → "U.S. Department of Energy"), or null where it knows none.
     */
    static List<Mention> add(String text, List<Mention> mentions, UnaryOperator<String> departmentNorm) {
        List<Mention> found = new ArrayList<>();
        LeadWordSearch.Search heads = HEAD_SEARCH.in(text);
        while (heads.find()) {
            Matcher head = heads.matcher();
            List<Field> fields = fields(text, head.end());
            int headStart = head.start();
            Matcher us = US_BEFORE.matcher(text.substring(Math.max(0, headStart - 6), headStart));
            if (us.find()) {
                headStart = Math.max(0, headStart - 6) + us.start();
            }
            boolean first = true;
            for (int i = 0; i < fields.size();) {
                Field named = null;
                String norm = null;
                for (int joined = Math.min(fields.size() - 1, i + JOINED_FIELDS - 1); joined >= i && norm == null; joined--) {
                    // the fields i..joined as one name, with the words that part them ("Health and Human Services"); the
                    // last field's words after the name are the sentence's ("Defense and Justice Unveil …")
                    List<Integer> ends = fields.get(joined).wordEnds();
                    for (int w = ends.size() - 1; w >= 0 && norm == null; w--) {
                        String field = text.substring(fields.get(i).start(), ends.get(w)).replaceAll("\\s+", " ");
                        String known = departmentNorm.apply("Department of " + field);
                        if (known == null && Character.isUpperCase(field.charAt(0))) {
                            // "Interior" for "the Interior", and a department's abbreviation ("HHS") for the field
                            known = departmentNorm.apply("Department of the " + field);
                            known = known == null && field.equals(field.toUpperCase(Locale.ROOT)) ? departmentNorm.apply(field) : known;
                        }
                        if (known != null && known.startsWith(DEPARTMENT_NORM)) {
                            norm = known;
                            named = new Field(fields.get(i).start(), ends.get(w), fields.get(i).nameStart(), List.of());
                        }
                    }
                }
                if (norm == null) {
                    break;
                }
                int start = first ? headStart : named.nameStart();
                found.add(Mention.of(MentionType.PARTY, text, start, named.end(), norm));
                first = false;
                int end = named.end();
                while (i < fields.size() && fields.get(i).start() < end) {
                    i++;
                }
                if (i < fields.size() && end < fields.get(i - 1).end()) {
                    break; // the name ended inside a field: the list ends with it
                }
            }
        }
        if (found.isEmpty()) {
            return mentions;
        }
        return Mention.replacing(mentions, found);
    }

    /** The fields listed from {@code at}: where each starts ("the" with it) and ends, and where its name starts. */
    private static List<Field> fields(String text, int at) {
        List<Field> fields = new ArrayList<>();
        Matcher field = FIELD.matcher(text);
        Matcher separator = SEPARATOR.matcher(text);
        int position = at;
        while (position < text.length() && field.find(position) && field.start() == position) {
            List<Integer> wordEnds = new ArrayList<>();
            Matcher word = WORD.matcher(text).region(field.start(1), field.end());
            while (word.find()) {
                wordEnds.add(word.end());
            }
            fields.add(new Field(field.start(), field.end(), field.start(1), wordEnds));
            if (!separator.find(field.end()) || separator.start() != field.end()) {
                break;
            }
            position = separator.end();
        }
        return fields;
    }
}
