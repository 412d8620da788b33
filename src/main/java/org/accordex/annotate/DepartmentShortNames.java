package org.accordex.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.model.Mention;
import org.accordex.model.MentionType;

/**
 * A department the text names in full is written by its field alone where it acts: trade reports say "Commerce found",
 * "Commerce has issued", "Treasury will" for the Department of Commerce or of the Treasury. The field is that
 * department's mention where it opens a clause (no article or capitalized word before it) and a verb follows; not in
 * "Chamber of Commerce", "Industry and Commerce", "Commerce Secretary" or "the commerce of goods".
 */
final class DepartmentShortNames {
    /** A department's norm and the field it is known by: "U.S. Department of (the) Commerce". */
    private static final Pattern DEPARTMENT = Pattern.compile("^U\\.S\\. Department of (?:the )?(\\p{Lu}\\p{Ll}+)$");
    /**
     * The fields the press writes alone for their departments; others are common nouns at a sentence's start
     * ("Justice is not served", "Energy will be cheaper").
     */
    private static final Set<String> FIELDS = Set.of("Commerce", "Treasury", "Interior", "Defense");
    /**
     * A verb right after the field: a modal, a verb in the past or a reporting verb, "is" before an -ing form, "has"
     * or "had" before a participle: "Commerce found", "Treasury is providing", "Commerce has also issued".
     */
    private static final Pattern VERB_AFTER = Pattern.compile("^\\s+(?:also\\s+|then\\s+|later\\s+|further\\s+)?(?:will|would|may|must|can|could"
            + "|should|said|says|plans|expects|intends|proposes|announces|issues|imposes|determines|finds|notes|rules"
            + "|found|set|\\p{Ll}+ed|(?:is|was|are)\\s+(?:also\\s+|now\\s+|further\\s+)?\\p{Ll}+ing"
            + "|(?:has|had|have)\\s+(?:also\\s+|now\\s+|already\\s+)?(?:\\p{Ll}+ed|found|set|made|taken|given|sent|begun|written))\\b");
    /** A word before the field that makes it part of another phrase: "Chamber of Commerce", "the Commerce report". */
    private static final Pattern PHRASE_BEFORE = Pattern.compile("(?:\\b(?i:of|the|a|an|for|to|by|with|in|on)|\\p{Lu}[\\p{L}.’'-]*"
            + "|\\p{Lu}[\\p{L}.’'-]*[ \\t]+and|[-/&])[ \\t]*$");

    /**
     * The fields also written as the object of a preposition, after a word of prose: "share data with Treasury to …", "in
     * order for Commerce to act"; not "Secretary for Commerce" nor "the commerce of".
     */
    private static final Set<String> PREPOSITION_FIELDS = Set.of("Commerce", "Treasury");
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile("(?<![\\p{L}])\\p{Ll}+[ \\t]+(?:for|with|to|by|from)[ \\t]+$");
    /**
     * The field written with its article as the department's short name: "the Treasury is", but "of the Treasury" (also
     * across a line break) is the secretary's.
     */
    private static final Set<String> ARTICLE_FIELDS = Set.of("Treasury");
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?<![\\p{L}])(?<!\\bof\\s{1,4})[Tt]he\\s+$");
    /**
     * What follows the department as a noun of its own, not a modifier ("Treasury bills", "Treasury yields"): an
     * infinitive, "is" or "was", or the end of its phrase.
     */
    private static final Pattern NOUN_END_AFTER = Pattern.compile("^(?:[,.;:)]|\\s+(?:to\\s+\\p{Ll}+|is|was|and\\s+\\p{Ll}|or\\s+\\p{Ll})\\b)");

    private DepartmentShortNames() {
    }

    /** {@code mentions} with the fields of the departments they name, written alone before a verb, as mentions. */
    static List<Mention> add(String text, List<Mention> mentions) {
        Map<String, String> fields = new HashMap<>(); // "Commerce" → "U.S. Department of Commerce"
        for (Mention m : mentions) {
            Matcher department = m.type() == MentionType.PARTY ? DEPARTMENT.matcher(m.norm()) : null;
            if (department != null && department.matches() && FIELDS.contains(department.group(1))) {
                fields.put(department.group(1), m.norm());
            }
        }
        if (fields.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions);
        for (Map.Entry<String, String> field : fields.entrySet()) {
            for (WrittenNames.Written w : WrittenNames.find(text, field.getKey(), WrittenNames.NAME_CHARACTER)) {
                String before = text.substring(Math.max(0, w.start() - 20), w.start());
                String after = text.substring(w.end(), Math.min(text.length(), w.end() + 30));
                // "Commerce's final rule": the possessive acts as well
                boolean possessive = after.startsWith("’s ") || after.startsWith("'s ");
                // "with Treasury to detect fraud", "The Treasury is responsible": the department as a noun after a
                // preposition or its article
                boolean asNoun = (PREPOSITION_FIELDS.contains(field.getKey()) && PREPOSITION_BEFORE.matcher(before).find()
                        || ARTICLE_FIELDS.contains(field.getKey()) && ARTICLE_BEFORE.matcher(before).find())
                        && (possessive || VERB_AFTER.matcher(after).find() || NOUN_END_AFTER.matcher(after).find());
                if (!asNoun && (PHRASE_BEFORE.matcher(before).find() && !sentenceStart(before)
                        || !possessive && !VERB_AFTER.matcher(after).find())
                        || out.stream().anyMatch(o -> o.start() < w.end() && w.start() < o.end())) {
                    continue;
                }
                out.add(Mention.of(MentionType.PARTY, text, w.start(), w.end(), field.getValue()));
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /** Whether the text before ends a sentence or a line: the field opens one ("… value. Commerce found …"). */
    private static boolean sentenceStart(String before) {
        return before.isBlank() || before.matches("(?s).*(?:\\p{Ll}{2}|\\d|\\))[.!?][\"”’]?[ \\t]+$") || before.matches("(?s).*\\n[ \\t]*$");
    }
}
