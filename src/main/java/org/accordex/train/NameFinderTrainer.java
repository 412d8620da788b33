package org.accordex.train;

import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderEvaluator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.eval.FMeasure;

/**
 * Trains the party name-finder from the team's annotated sentences ({@code *.train} files).
 *
 * <p>Only the party type is learned: minerals, instruments and deadlines are closed vocabularies that the dictionaries
 * and the grammar cover better, while party names (companies, agencies) are open. Training is single-threaded with
 * fixed parameters, so the same data gives the same model.
 */
public final class NameFinderTrainer {
    /** The training algorithm and its settings. */
    public record Settings(String algorithm, int iterations, int cutoff) {
        public TrainingParameters parameters() {
            TrainingParameters p = new TrainingParameters();
            p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
            p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
            p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
            p.put(TrainingParameters.THREADS_PARAM, 1);
            p.put(BeamSearch.BEAM_SIZE_PARAMETER, 1);
            return p;
        }
    }

    /** Held-out scores of one setting, and the training data's size. */
    public record Report(Settings settings, int documents, int sentences, int names, double precision, double recall,
            double f1) {
        public String line() {
            return String.format(Locale.ROOT, "%-10s iterations %d cutoff %d: held-out party P %.3f R %.3f F1 %.3f",
                    settings.algorithm(), settings.iterations(), settings.cutoff(), precision, recall, f1);
        }
    }

    private final TokenizerME tokenizer;

    public NameFinderTrainer(TokenizerModel tokenizerModel) {
        this.tokenizer = new TokenizerME(tokenizerModel);
    }

    /** The training documents under {@code corpus}: every {@code *.train} file, in a stable order. */
    public static List<Path> files(Path corpus) throws IOException {
        try (Stream<Path> files = Files.walk(corpus)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".train")).sorted().toList();
        }
    }

    /** Reads the files into one list of samples per document. */
    public List<List<NameSample>> read(List<Path> files) throws IOException {
        List<List<NameSample>> documents = new ArrayList<>();
        for (Path file : files) {
            List<NameSample> samples = new ArrayList<>();
            int number = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    samples.add(sample(TrainingSentence.parse(line.strip()), samples.isEmpty()));
                } catch (IllegalArgumentException e) {
                    throw new IOException(file + ":" + number + ": " + e.getMessage(), e);
                }
            }
            documents.add(samples);
        }
        return documents;
    }

    /**
     * The samples of one gold document (a text and its annotation, as {@code corrections export --gold} writes
     * them), with its PARTY mentions as names.
     */
    public List<NameSample> goldDocument(String text, org.accordex.model.Annotation gold) {
        List<NameSample> samples = new ArrayList<>();
        for (TrainingSentence sentence : GoldSentences.of(text, gold)) {
            samples.add(sample(sentence, samples.isEmpty()));
        }
        return samples;
    }

    /** Tokenizes with OpenNLP's English tokenizer and turns the party spans into token spans. */
    NameSample sample(TrainingSentence sentence, boolean clearAdaptiveData) {
        Span[] tokens = tokenizer.tokenizePos(sentence.text());
        List<Span> names = new ArrayList<>();
        for (TrainingSentence.Marked m : sentence.mentions()) {
            if (m.type() != org.accordex.model.MentionType.PARTY) {
                continue;
            }
            int first = -1;
            int last = -1;
            for (int i = 0; i < tokens.length; i++) {
                if (tokens[i].getStart() >= m.start() && tokens[i].getEnd() <= m.end()) {
                    if (first < 0) {
                        first = i;
                    }
                    last = i;
                }
            }
            if (first >= 0) {
                names.add(new Span(first, last + 1, "party"));
            }
        }
        return new NameSample(Span.spansToStrings(tokens, sentence.text()), names.toArray(Span[]::new), clearAdaptiveData);
    }

    public TokenNameFinderModel train(List<List<NameSample>> documents, Settings settings) throws IOException {
        List<NameSample> all = documents.stream().flatMap(List::stream).toList();
        return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(all), settings.parameters(),
                new TokenNameFinderFactory());
    }

    /** Trains on four fifths of the documents and scores on the rest (every fifth document). */
    public Report heldOut(List<List<NameSample>> documents, Settings settings) throws IOException {
        List<List<NameSample>> train = new ArrayList<>();
        List<NameSample> test = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            if (i % 5 == 4) {
                test.addAll(documents.get(i));
            } else {
                train.add(documents.get(i));
            }
        }
        TokenNameFinderModel model = train(train, settings);
        TokenNameFinderEvaluator evaluator = new TokenNameFinderEvaluator(new NameFinderME(model));
        evaluator.evaluate(ObjectStreamUtils.createObjectStream(test));
        FMeasure f = evaluator.getFMeasure();
        int sentences = documents.stream().mapToInt(List::size).sum();
        int names = documents.stream().flatMap(List::stream).mapToInt(s -> s.getNames().length).sum();
        return new Report(settings, documents.size(), sentences, names, f.getPrecisionScore(), f.getRecallScore(),
                f.getFMeasure());
    }

    /**
     * Writes the model so that the same data and settings give the same bytes: OpenNLP stamps the training time
     * into the manifest and the zip entries, which would change the annotator version on every run.
     */
    public static void write(TokenNameFinderModel model, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        ByteArrayOutputStream serialized = new ByteArrayOutputStream();
        model.serialize(serialized);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(serialized.toByteArray()));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("manifest.properties")) {
                    String manifest = new String(bytes, StandardCharsets.ISO_8859_1).lines()
                            .filter(line -> !line.startsWith("#") && !line.startsWith("Timestamp="))
                            .sorted()
                            .reduce("", (a, b) -> a + b + "\n");
                    bytes = manifest.getBytes(StandardCharsets.ISO_8859_1);
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(FIXED_TIME);
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
    }

    /** 2000-01-01T00:00:00Z: any fixed instant will do. */
    private static final long FIXED_TIME = 946_684_800_000L;
}
