package org.accordex.ingest;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.accordex.annotate.Annotator;
import org.accordex.annotate.AnnotatorModels;
import org.accordex.export.AnnotationJson;
import org.accordex.model.Annotation;
import org.accordex.model.Commitment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * PDF fidelity on the development texts: each {@code ../shared/gold/*.txt} is laid out as a PDF three ways by
 * {@code ../shared/formats/render_pdf.py} (running header and footer; two columns; hyphenation and footnotes), and
 * the commitments of the PDF are compared with those of the plain text. A commitment is intact when the PDF has one
 * with the same sentence words (Jaccard of word sets ≥ 0.95), parties and modality. Prints the table; skipped with a
 * message when ../shared or Python's reportlab is absent.
 */
class PdfFidelityTest {
    private static final Path GOLD = Path.of("../shared/gold");
    private static final Path RENDER = Path.of("../shared/formats/render_pdf.py");
    private static final List<String> LAYOUTS = List.of("hf", "2col", "hyphfn");

    @Test
    void commitmentsOfTheTextComeOutOfItsPdfsIntact(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isRegularFile(RENDER) && Files.isDirectory(GOLD), "../shared/formats is absent; skipping PDF fidelity");
        List<Path> texts;
        try (Stream<Path> files = Files.list(GOLD)) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assumeTrue(render(texts.get(0), "hf", dir.resolve("probe.pdf")), "render_pdf.py cannot run (it needs python3-reportlab); skipping");
        Ingestor ingestor = new Ingestor();
        Annotator annotator = new Annotator(AnnotatorModels.bundled());
        int[] intact = new int[LAYOUTS.size()];
        int total = 0;
        System.out.printf("%-45s %6s %6s %6s %6s%n", "text", "plain", "hf", "2col", "hyphfn");
        for (Path text : texts) {
            LocalDate date = goldDate(text);
            List<Commitment> plain = annotator.annotate(ingestor.ingest(text, text.toString()), date).commitments();
            total += plain.size();
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-45s %6d", text.getFileName(), plain.size()));
            for (int l = 0; l < LAYOUTS.size(); l++) {
                Path pdf = dir.resolve(text.getFileName() + "-" + LAYOUTS.get(l) + ".pdf");
                assertTrue(render(text, LAYOUTS.get(l), pdf), "cannot lay out " + pdf);
                Annotation fromPdf = annotator.annotate(ingestor.ingest(pdf, pdf.toString()), date);
                fromPdf.commitments().forEach(c -> assertNotNull(c.page(), "no page: " + c.text()));
                fromPdf.mentions().forEach(m -> assertNotNull(m.page(), "no page: " + m.text()));
                int kept = intact(plain, fromPdf.commitments());
                intact[l] += kept;
                row.append(String.format(Locale.ROOT, " %6d", kept));
            }
            System.out.println(row);
        }
        for (int l = 0; l < LAYOUTS.size(); l++) {
            double share = intact[l] / (double) total;
            System.out.printf(Locale.ROOT, "%s: %d of %d commitments intact (%.1f%%)%n", LAYOUTS.get(l), intact[l], total, 100 * share);
            assertTrue(share >= 0.95, LAYOUTS.get(l) + ": only " + intact[l] + " of " + total + " intact");
        }
    }

    /** How many of {@code plain} have a counterpart in {@code pdf} with the same words, parties and modality. */
    static int intact(List<Commitment> plain, List<Commitment> pdf) {
        List<Commitment> unused = new ArrayList<>(pdf);
        int kept = 0;
        for (Commitment c : plain) {
            for (Commitment p : unused) {
                if (jaccard(words(c.text()), words(p.text())) >= 0.95 && c.parties().equals(p.parties())
                        && c.modality() == p.modality()) {
                    unused.remove(p);
                    kept++;
                    break;
                }
            }
        }
        return kept;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return union.isEmpty() ? 1 : common.size() / (double) union.size();
    }

    private static LocalDate goldDate(Path text) throws IOException {
        Path json = Path.of(text.toString().replaceAll("\\.txt$", ".json"));
        JsonNode date = AnnotationJson.MAPPER.readTree(json.toFile()).path("document").path("date");
        return date.isTextual() ? LocalDate.parse(date.asText()) : null;
    }

    private static boolean render(Path text, String layout, Path pdf) throws IOException, InterruptedException {
        Path python = Files.isExecutable(Path.of("/usr/bin/python3")) ? Path.of("/usr/bin/python3") : Path.of("python3");
        Process process = new ProcessBuilder(python.toString(), RENDER.toString(), text.toString(), layout, pdf.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0 && Files.isRegularFile(pdf);
    }
}
