package org.accordex.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.commitments.DataLines;
import org.accordex.model.Mention;
import org.accordex.model.MentionType;

/**
 * Picture and text credits of news pages ("Photo: Reuters/Jane Doe", "Photograph: Acme Metals Inc.", "Copyright 2025
 * Acme Inc. All rights reserved."): the names in a credit took or own the picture or the text and are no party
 * (ANNOTATION.md §1), although the same firm may act elsewhere in the report. The labels are data,
 * {@code credit-labels.txt}.
 */
final class Credits {
    /** A label where a credit may start: at a line's or bracket's start, or after a sentence's end. */
    private static final Pattern LABEL = Pattern.compile("(?i)(?:^|(?<=[\\n(\\[|])|(?<=[.!?][ \\t]))[ \\t]*(?:"
            + String.join("|", DataLines.of(Credits.class, "credit-labels.txt")) + ")[ \\t]*");

    /** Lower-case words a credit holds besides its names: "Bloomberg via Getty Images", "Acme / handout". */
    private static final Set<String> CREDIT_WORDS = Set.of("via", "for", "by", "of", "and", "the", "courtesy",
            "handout", "file", "supplied", "photo", "photos", "image", "images", "staff", "all", "rights", "reserved",
            "from", "c");

    /** A credit of names is short: "Reuters/Jane Doe", "Acme Rare Earths Ltd. / handout". */
    private static final int MOST_WORDS = 10;

    /** A word before a stop that does not end a sentence: a legal form ("Acme Inc. All rights …") or an initial. */
    private static final Pattern NOT_SENTENCE_END = Pattern.compile("(?:^|[\\s/(])(?:" + ContextRules.LEGAL_SUFFIX.pattern()
            + "|\\p{Lu}|[\\p{Lu}]\\.[\\p{Lu}]|St|Jr|Sr|Bros)$");

    private Credits() {
    }

    /** {@code mentions} without the parties inside a credit. */
    static List<Mention> drop(String text, List<Mention> mentions) {
        List<int[]> credits = spans(text);
        if (credits.isEmpty()) {
            return mentions;
        }
        return mentions.stream().filter(m -> m.type() != MentionType.PARTY
                || credits.stream().noneMatch(c -> c[0] <= m.start() && m.end() <= c[1])).toList();
    }

    /** The spans of the credits in {@code text}: what follows each label, where it is a short run of names. */
    static List<int[]> spans(String text) {
        List<int[]> found = new ArrayList<>();
        Matcher label = LABEL.matcher(text);
        while (label.find()) {
            int start = label.end();
            int end = creditEnd(text, start);
            if (end > start && isNames(text.substring(start, end))) {
                found.add(new int[] {start, end});
            }
        }
        return found;
    }

    /** Where a credit from {@code start} ends: a line's end, a bracket, a semicolon or a bar, or a sentence's stop. */
    private static int creditEnd(String text, int start) {
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == ')' || c == ']' || c == ';' || c == '|') {
                return i;
            }
            if (c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))
                    && !NOT_SENTENCE_END.matcher(text.substring(start, i)).find()) {
                return i;
            }
        }
        return text.length();
    }

    /** Whether a run is a few names and credit words, not a caption's sentence ("Photo: workers at the plant"). */
    private static boolean isNames(String run) {
        String[] words = run.strip().split("[\\s/]+");
        if (words.length == 0 || words[0].isEmpty() || words.length > MOST_WORDS) {
            return false;
        }
        for (String word : words) {
            String bare = word.replaceAll("^[^\\p{L}\\d]+|[^\\p{L}\\d]+$", "");
            if (!bare.isEmpty() && Character.isLowerCase(bare.charAt(0)) && !CREDIT_WORDS.contains(bare)) {
                return false;
            }
        }
        return true;
    }
}
