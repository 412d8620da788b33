package org.accordex.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A typed span {@code [start, end)} of a document's text, with its normalized form.
 *
 * <p>Example: in "the United States will", {@code Mention(PARTY, 4, 17, "United States", "US", null)}.
 * {@code due} is only set on deadlines whose document date is known; {@code page} (1-based) only in paged sources
 * such as PDFs.
 */
public record Mention(MentionType type, int start, int end, String text, String norm, String due, Integer page) {

    public Mention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(norm, "norm");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("text '" + text + "' does not fit [" + start + ", " + end + ")");
        }
    }

    /** Two capitals, as a state's norm is written (ISO 3166-1 alpha-2; the EU's "EU" too). */
    private static final java.util.regex.Pattern STATE_NORM = java.util.regex.Pattern.compile("[A-Z]{2}");

    /** Whether {@code norm} is written as a state's: "US", "JP", "EU". */
    public static boolean isStateNorm(String norm) {
        return STATE_NORM.matcher(norm).matches();
    }

    public Mention(MentionType type, int start, int end, String text, String norm, String due) {
        this(type, start, end, text, norm, due, null);
    }

    public static Mention of(MentionType type, String documentText, int start, int end, String norm) {
        return new Mention(type, start, end, documentText.substring(start, end), norm, null);
    }

    /** This mention with its text cut from {@code documentText} (the same span of a text of the same length). */
    public Mention withTextOf(String documentText) {
        return new Mention(type, start, end, documentText.substring(start, end), norm, due, page);
    }

    public Mention withDue(String newDue) {
        return new Mention(type, start, end, text, norm, newDue, page);
    }

    public Mention withNorm(String newNorm) {
        return new Mention(type, start, end, text, newNorm, due, page);
    }

    public Mention withPage(Integer newPage) {
        return new Mention(type, start, end, text, norm, due, newPage);
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Mention other) {
        return start < other.end && other.start < end;
    }

    /** {@code mentions} with those that overlap one of {@code found} replaced by {@code found}, in text order. */
    public static List<Mention> replacing(List<Mention> mentions, List<Mention> found) {
        List<Mention> out = new ArrayList<>(mentions.stream().filter(o -> found.stream().noneMatch(o::overlaps)).toList());
        out.addAll(found);
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    public boolean within(int from, int to) {
        return start >= from && end <= to;
    }
}
