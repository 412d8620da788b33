package org.accordex.train;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.model.MentionType;

/**
 * A sentence of training data with its marked mentions, read from OpenNLP's inline format:
 * {@code <START:party> United States <END> and <START:party> Japan <END>'s leaders will …}.
 * Unlike OpenNLP's own reader, the text need not be pre-tokenized: tags are removed with the single space inside
 * them, and the rest of the line is kept as written.
 */
public record TrainingSentence(String text, List<Marked> mentions) {

    /** A marked mention, in chars of {@link #text()}. */
    public record Marked(MentionType type, int start, int end) {
    }

    private static final Pattern TAG = Pattern.compile("<START:([a-z]+)> (.*?) <END>");

    public TrainingSentence {
        mentions = List.copyOf(mentions);
    }

    /** Parses one line; throws {@link IllegalArgumentException} on an unknown type or an unbalanced tag. */
    public static TrainingSentence parse(String line) {
        StringBuilder text = new StringBuilder();
        List<Marked> mentions = new ArrayList<>();
        Matcher m = TAG.matcher(line);
        int last = 0;
        while (m.find()) {
            text.append(line, last, m.start());
            MentionType type;
            try {
                type = MentionType.fromLabel(m.group(1));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown type '" + m.group(1) + "'");
            }
            int start = text.length();
            text.append(m.group(2));
            mentions.add(new Marked(type, start, text.length()));
            last = m.end();
        }
        text.append(line.substring(last));
        String plain = text.toString();
        if (plain.contains("<START:") || plain.contains("<END>")) {
            throw new IllegalArgumentException("unbalanced <START:…>/<END> tags");
        }
        return new TrainingSentence(plain, mentions);
    }
}
