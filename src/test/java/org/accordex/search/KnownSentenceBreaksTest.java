package org.accordex.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.accordex.index.SentenceBreaks;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The recorded breaks answer the highlighter's calls exactly as the JDK's sentence iterator does. */
class KnownSentenceBreaksTest {
    /** Headings, list items and abbreviations, where the JDK's backward step finds breaks its forward scan does not. */
    private static final String TEXT = """
            Statement on the new partnership
            
            ## JOINT PRIORITIES FOR THE COMING YEAR
            
            The two governments will expand cooperation on critical minerals. They intend to finance new \
            processing capacity by 2027! Will it be enough? Officials from the U.S. Department of Energy said so.
            
            * A working group on supply chains will meet every quarter
            * Export controls will be aligned. A joint review follows in six months.
            
            ### ANNEX
            
            "We are proud of this work," the minister said. (Details follow.) The end
            """;

    @Test
    void answersAsTheJdkDoesOnAFixture() {
        Random random = new Random(11);
        for (int run = 0; run < 300; run++) {
            assertSameAnswers(TEXT, random, 1 + random.nextInt(120));
        }
    }

    @Test
    void answersAsTheJdkDoesOnTheCorpus() throws IOException {
        Path corpus = Path.of("../shared/corpora/whitehouse");
        Assumptions.assumeTrue(Files.isDirectory(corpus), "the shared corpus is absent: skipped");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(corpus)) {
            walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        Random random = new Random(5);
        for (int i = 0; i < files.size(); i += 40) {
            String text = read(files.get(i));
            for (int run = 0; run < 3; run++) {
                assertSameAnswers(text, random, 1 + random.nextInt(3000));
            }
        }
    }

    @Test
    void leavesATextWithoutRecordedBreaksToTheJdk() {
        Random random = new Random(3);
        String text = SentenceBreaks.snippetPart(TEXT);
        List<int[]> calls = calls(text, random, 40);
        assertArrayEquals(answers(BreakIterator.getSentenceInstance(Locale.ROOT), text, calls),
                answers(new KnownSentenceBreaks(new IdentityHashMap<>()), text, calls));
    }

    /** Offsets as the highlighter asks them: a match's start and end, matches in order, each outside the last passage. */
    private static void assertSameAnswers(String whole, Random random, int maxGap) {
        String text = SentenceBreaks.snippetPart(whole);
        if (text.isEmpty()) {
            return;
        }
        Map<String, int[]> known = new IdentityHashMap<>();
        known.put(text, SentenceBreaks.of(text));
        List<int[]> calls = calls(text, random, maxGap);
        int[] expected = answers(BreakIterator.getSentenceInstance(Locale.ROOT), text, calls);
        int[] actual = answers(new KnownSentenceBreaks(known), text, calls);
        assertArrayEquals(expected, actual, () -> "gap " + maxGap + " in " + text.substring(0, Math.min(60, text.length())));
        assertTrue(expected.length > 0);
    }

    private static List<int[]> calls(String text, Random random, int maxGap) {
        List<int[]> matches = new ArrayList<>();
        for (int start = random.nextInt(Math.min(text.length(), maxGap)); start < text.length(); start += 1 + random.nextInt(maxGap)) {
            matches.add(new int[] {start, Math.min(text.length(), start + 1 + random.nextInt(12))});
        }
        return matches;
    }

    /** What FieldHighlighter asks: preceding and following around each match's centre that starts a new passage. */
    private static int[] answers(BreakIterator breaks, String text, List<int[]> matches) {
        breaks.setText(text);
        List<Integer> answers = new ArrayList<>();
        int passageEnd = -1;
        for (int[] match : matches) {
            int start = match[0];
            int end = match[1];
            if (start < passageEnd) {
                continue;
            }
            int center = start + (end - start) / 2;
            answers.add(breaks.preceding(Math.max(start + 1, center)));
            int following = breaks.following(Math.min(end - 1, center));
            answers.add(following);
            passageEnd = Math.max(end, Math.min(following, text.length()));
        }
        return answers.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
