package org.accordex.annotate;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.accordex.commitments.DataLines;

/**
 * Title-case topics, observances and headings a finder reads as a body's name ({@code topic-phrases.txt}): a field of
 * work ("Additive Manufacturing"), a kind of service or an event held in someone's honour ("Community Service",
 * "Memorial Service", "Day of Service"), a bold heading that opens with a verb ("Building Resilient Battery Supply
 * Chains"). None of them acts, so none is a party (ANNOTATION.md §1).
 */
final class TopicPhrases {
    private static final List<String> LINES = DataLines.of(TopicPhrases.class, "topic-phrases.txt");
    private static final Set<String> FIELDS = valuesOf("field:");
    private static final Set<String> MODIFIERS = valuesOf("modifier:");
    private static final Set<String> SERVICE_KINDS = valuesOf("service:");
    /** Names of designation lists ("Foreign Terrorist Organization"): no body, in the singular or the plural. */
    private static final Set<String> DESIGNATIONS = valuesOf("designation:");
    /** Last words of bodies' names: a name that opens with a gerund and ends in one is a body ("Building and Construction Authority"). */
    private static final Set<String> BODY_HEADS = Set.of("Administration", "Agency", "Authority", "Bureau", "Commission",
            "Committee", "Council", "Board", "Fund", "Union", "Association", "Federation", "Organization", "Organisation",
            "Institute", "Society", "Service", "Office", "Department", "Ministry", "Center", "Centre", "Foundation",
            "Alliance", "Forum", "Bank", "Consortium", "Corporation", "Company", "Group", "Establishment");
    /** Heads of the names of schools, which may end in the field they teach. */
    private static final Set<String> SCHOOLS = Set.of("School", "College", "University", "Academy");
    /** A gerund shorter than this is no heading's verb ("Ming", "Spring" of a firm's name). */
    private static final int MIN_GERUND = 7;

    private TopicPhrases() {
    }

    private static Set<String> valuesOf(String key) {
        return LINES.stream().filter(line -> line.startsWith(key)).map(line -> line.substring(key.length()).strip())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether {@code text[start, end)}, a name a rule or the model found, is a topic and no body. */
    static boolean is(String text, int start, int end) {
        String[] words = text.substring(start, end).strip().split("\\s+");
        if (words.length < 2) {
            return false;
        }
        String name = String.join(" ", words);
        if (DESIGNATIONS.contains(name) || name.endsWith("s") && DESIGNATIONS.contains(name.substring(0, name.length() - 1))) {
            return true; // "a designated Foreign Terrorist Organization": a list groups are put on
        }
        String last = words[words.length - 1];
        if (last.equals("Service")) {
            // "Memorial Service", "Community Service"; "Day of Service", "Years of Service": an event or a record
            String before = words[words.length - 2];
            // a school or a body named for the service is one: "Graduate School of Public Service"
            boolean body = Arrays.stream(words, 0, words.length - 2).anyMatch(w -> BODY_HEADS.contains(w) || SCHOOLS.contains(w));
            return !body && (SERVICE_KINDS.contains(before) || before.equals("of"));
        }
        if (words.length == 2 && FIELDS.contains(last)) {
            return MODIFIERS.contains(words[0]) || Annotator.writtenInLowerCase(text, words[0]);
        }
        // the whole heading of a numbered section: "Section 2. Quantum Technologies", "Article 4: Civil Nuclear Energy"
        if (!BODY_HEADS.contains(last) && sectionHeading(text, start, end)) {
            return true;
        }
        // a heading that opens with a verb: "Building Resilient Battery Supply Chains", "Advancing Quantum Research"
        String first = words[0];
        return first.length() >= MIN_GERUND && first.endsWith("ing") && !BODY_HEADS.contains(last)
                && (Annotator.writtenInLowerCase(text, first) || opensHeading(text, start));
    }

    /** A section's label before its heading on the same line: "Section 2.", "Article 4:", "Part III –", "Pillar 1)". */
    private static final java.util.regex.Pattern SECTION_LABEL = java.util.regex.Pattern.compile(
            "(?:^|\\n)[ \\t*#]*(?:Section|SECTION|Article|ARTICLE|Part|PART|Chapter|CHAPTER|Pillar|PILLAR)\\s+(?:\\d{1,3}|[IVXLC]{1,6})"
                    + "(?:\\.\\d{1,3})*\\s*[.:)–—-]?[ \\t]+$");

    /**
     * Whether the name is all of a numbered section's heading: its line holds the section's label before it and
     * nothing after it but closing punctuation or emphasis.
     */
    private static boolean sectionHeading(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        if (lineStart > start || !SECTION_LABEL.matcher(text.substring(lineStart > 0 ? lineStart - 1 : 0, start)).find()) {
            return false;
        }
        int at = end;
        while (at < text.length() && " \t*.:".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        return at == text.length() || text.charAt(at) == '\n' || text.charAt(at) == '\r';
    }

    /** Whether the name opens a line, or a bold or italic run: "**Building Resilient …**". */
    private static boolean opensHeading(String text, int start) {
        int at = start;
        while (at > 0 && text.charAt(at - 1) == '*') {
            at--;
        }
        while (at > 0 && (text.charAt(at - 1) == ' ' || text.charAt(at - 1) == '\t')) {
            at--;
        }
        return at == 0 || text.charAt(at - 1) == '\n';
    }
}
