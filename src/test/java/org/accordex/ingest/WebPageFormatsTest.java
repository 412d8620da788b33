package org.accordex.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Saved news pages ({@code ../shared/formats/html/NAME/source.html}) against their article alone
 * ({@code expected.html}): word precision and recall of the text the ingestor returns, lower-case word tokens
 * counted with multiplicity.
 */
class WebPageFormatsTest {
    static final Path PAGES = Path.of("../shared/formats/html");
    static final double PRECISION_TARGET = 0.93;
    static final double RECALL_TARGET = 0.95;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    @Test
    void newsPagesGiveTheirArticle() throws IOException, IngestException {
        assumeTrue(Files.isDirectory(PAGES), "../shared/formats/html is absent; skipping the web-page extraction scores");
        List<Path> pages;
        try (var list = Files.list(PAGES)) {
            pages = list.filter(p -> Files.exists(p.resolve("source.html"))).sorted().toList();
        }
        assumeTrue(!pages.isEmpty(), "no pages under ../shared/formats/html; skipping");
        Ingestor ingestor = new Ingestor();
        double precisionSum = 0;
        double recallSum = 0;
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-16s %9s %7s%n", "page", "precision", "recall"));
        for (Path page : pages) {
            Path source = page.resolve("source.html");
            String text = ingestor.ingest(source, source.toString()).text();
            String expected = Jsoup.parse(Files.readString(page.resolve("expected.html"))).text();
            double[] score = score(text, expected);
            precisionSum += score[0];
            recallSum += score[1];
            table.append(String.format(Locale.ROOT, "%-16s %9.3f %7.3f%n", page.getFileName(), score[0], score[1]));
        }
        double precision = precisionSum / pages.size();
        double recall = recallSum / pages.size();
        table.append(String.format(Locale.ROOT, "%-16s %9.3f %7.3f%n", "mean", precision, recall));
        System.out.print(table);
        assertTrue(precision >= PRECISION_TARGET, "mean precision " + precision + "\n" + table);
        assertTrue(recall >= RECALL_TARGET, "mean recall " + recall + "\n" + table);
    }

    /** Precision and recall of {@code extracted}'s words against {@code expected}'s, each word counted as often as it occurs. */
    static double[] score(String extracted, String expected) {
        Map<String, Integer> got = words(extracted);
        Map<String, Integer> want = words(expected);
        int common = 0;
        for (var e : got.entrySet()) {
            common += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
        }
        int gotTotal = got.values().stream().mapToInt(Integer::intValue).sum();
        int wantTotal = want.values().stream().mapToInt(Integer::intValue).sum();
        return new double[] {gotTotal == 0 ? 0 : (double) common / gotTotal, wantTotal == 0 ? 1 : (double) common / wantTotal};
    }

    private static Map<String, Integer> words(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT)); m.find(); ) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts;
    }
}
