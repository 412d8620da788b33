package org.accordex.train;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.model.Annotation;
import org.accordex.model.Mention;

/**
 * Training sentences from a gold document (a text and its annotation, as {@code corrections export --gold} writes
 * them): each line is cut at sentence ends (". " before a capital), never inside a mention, and each piece keeps
 * the mentions that lie within it. Lines without a letter are left out.
 */
public final class GoldSentences {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”)]?\\s+(?=[\"“(]?[A-Z])");

    private GoldSentences() {
    }

    public static List<TrainingSentence> of(String text, Annotation gold) {
        List<TrainingSentence> sentences = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                split(text, lineStart, i, gold.mentions(), sentences);
                lineStart = i + 1;
            }
        }
        return sentences;
    }

    private static void split(String text, int from, int to, List<Mention> mentions, List<TrainingSentence> out) {
        int start = from;
        Matcher m = SENTENCE_END.matcher(text).region(from, to);
        while (m.find()) {
            int cut = m.start() + 1;
            if (mentions.stream().noneMatch(x -> x.start() < cut && cut < x.end())) {
                add(text, start, cut, mentions, out);
                start = m.end();
            }
        }
        add(text, start, to, mentions, out);
    }

    private static void add(String text, int start, int end, List<Mention> mentions, List<TrainingSentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        String sentence = text.substring(start, end);
        if (sentence.chars().noneMatch(Character::isLetter)) {
            return;
        }
        List<TrainingSentence.Marked> marked = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.start() >= start && m.end() <= end) {
                marked.add(new TrainingSentence.Marked(m.type(), m.start() - start, m.end() - start));
            }
        }
        out.add(new TrainingSentence(sentence, marked));
    }
}
