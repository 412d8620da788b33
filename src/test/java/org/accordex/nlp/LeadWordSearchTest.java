package org.accordex.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** A search tried only where a lead word starts finds what a search at every character finds. */
class LeadWordSearchTest {
    private static final Pattern DEADLINE = Pattern.compile(
            "\\b(?:by|within|in\\s+the\\s+next)\\s+(?:\\d+\\s+(?:days|months)|(?<!the\\s)20\\d\\d)\\b(?!\\s*percent)",
            Pattern.CASE_INSENSITIVE);
    private static final LeadWordSearch SEARCH = new LeadWordSearch(DEADLINE);

    private static List<String> everyCharacter(String text) {
        return everyCharacter(DEADLINE, text);
    }

    private static List<String> everyCharacter(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.start() + " " + m.group());
        }
        return found;
    }

    private static List<String> atLeadWords(String text) {
        return atLeadWords(SEARCH, text);
    }

    private static List<String> atLeadWords(LeadWordSearch leadWordSearch, String text) {
        List<String> found = new ArrayList<>();
        LeadWordSearch.Search search = leadWordSearch.in(text);
        while (search.find()) {
            found.add(search.matcher().start() + " " + search.matcher().group());
        }
        return found;
    }

    @Test
    void findsTheSameMatches() {
        String[] texts = {
            "Japan will invest by 2030 and report within 90 days; India in the next 6 months.",
            "WITHIN 30 DAYS, by 2027 percent, standby 2026, in_by 2028, nearby 2029, India by2030.",
            "by 2030",
            "No deadline here, only bystanders and indexes.",
            "İstanbul will act by 2031 within 5 days.", // a lower case of another length: searched in full
            "",
        };
        for (String text : texts) {
            assertEquals(everyCharacter(text), atLeadWords(text), text);
        }
    }

    @Test
    void aPatternOfManyQuotedWordsFindsTheSameMatches() {
        // case-sensitive, as a list of names quoted with Pattern.quote makes it: "swiss" is tried and left to the pattern
        Pattern titled = Pattern.compile("\\b(" + Stream.of("Swedish", "Swiss", "South Korean", "Korean", "U.S.")
                .map(Pattern::quote).collect(Collectors.joining("|")) + ")\\s+(?:Prime\\s+)?Minister\\b");
        assertSameMatches(titled,
                "The Swiss Minister met the South Korean Prime Minister and the Korean Minister.",
                "swiss Minister, SwissMinister, U.S. Minister, the U.S.-Korean Minister, Swedish  Prime Minister",
                "Ministers of Swiss Ministries");
    }

    @Test
    void aPatternThatOpensWithAnOptionalGroupFindsTheSameMatches() {
        Pattern group = Pattern.compile("\\b(?:we|(?:each|the\\s+other)\\s+party|the\\s+other(?=\\s*$)"
                + "|(?:the\\s+)?(?:leaders|members))\\b", Pattern.CASE_INSENSITIVE);
        assertSameMatches(group,
                "The Leaders and members, as we agreed, and each  party and the other",
                "weekly leadership: Weleaders, THE OTHER PARTY, the other ",
                "the other side");
    }

    @Test
    void aPatternThatOpensWithOneWordFindsTheSameMatches() {
        Pattern inDays = Pattern.compile("\\bin\\s+(?!an?\\s)\\d+\\s+(?<unit>(?-i:days?|months?))\\b", Pattern.CASE_INSENSITIVE);
        assertSameMatches(inDays,
                "Built in 90 days, IN 6 months, within 30 days, in a 5 days, in 12 Days.",
                "India in 3 months; begin 4 days in 2 days",
                "in 1 day");
        Pattern heads = Pattern.compile("\\b(?:we|(?-i:Heads)(?!\\s+of\\b))\\s+agreed", Pattern.CASE_INSENSITIVE);
        assertSameMatches(heads, "Heads agreed, heads agreed, HEADS agreed, Heads of State agreed, We agreed, AHeads agreed");
    }

    /** The search at lead words finds what the pattern finds when tried at every character. */
    private static void assertSameMatches(Pattern pattern, String... texts) {
        LeadWordSearch search = new LeadWordSearch(pattern);
        for (String text : texts) {
            assertEquals(everyCharacter(pattern, text), atLeadWords(search, text), text);
        }
    }

    /**
     * Every search the rules keep in a static field reads its lead words from its pattern: one that cannot ("[Gg]overnments"
     * where "(?:Governments|governments)" reads) is tried at every character of every text, as a plain search is.
     */
    @Test
    void everyRulesSearchKnowsItsLeadWords() throws IOException {
        Path classes = Path.of("target/classes");
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(File.separatorChar, '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name);
                } catch (ReflectiveOperationException | LinkageError e) {
                    continue;
                }
                for (Field field : type.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
                        continue;
                    }
                    try {
                        field.setAccessible(true);
                        Object value = field.get(null);
                        List<?> values = value instanceof List<?> list ? list : Arrays.asList(value);
                        for (Object v : values) {
                            if (v instanceof LeadWordSearch search && !search.knowsItsLeadWords()) {
                                unknown.add(type.getSimpleName() + "." + field.getName());
                            }
                        }
                    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                        // a field that cannot be read holds no search of the rules
                    }
                }
            }
        }
        assertEquals(List.of(), unknown);
    }
}
