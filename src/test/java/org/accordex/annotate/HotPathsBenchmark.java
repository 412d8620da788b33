package org.accordex.annotate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.accordex.ingest.Ingestor;
import org.accordex.model.Annotation;
import org.accordex.model.SourceDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import opennlp.tools.util.Span;

/**
 * JMH micro-benchmarks of annotation's hot paths over one sample document of the corpus: dictionary matching,
 * the deadline grammar, sentence splitting, and the whole annotator for scale. Run with {@code bin/microbench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HotPathsBenchmark {
    private static final LocalDate DATE = LocalDate.of(2025, 10, 28);

    private AnnotatorModels models;
    private Annotator annotator;
    private SentenceSplitter splitter;
    private SourceDocument document;
    private String text;
    private List<Span> sentences;

    @Setup
    public void load() throws Exception {
        models = AnnotatorModels.bundled();
        annotator = new Annotator(models);
        splitter = new SentenceSplitter(models.sentenceModel);
        Path file = Path.of(System.getProperty("accordex.benchmark.file",
                "corpus/us-japan-leaders-joint-statement-critical-minerals-2025.md"));
        document = new Ingestor().ingest(file, file.toString());
        text = document.text();
        sentences = splitter.split(text);
    }

    @Benchmark
    public int dictionaryMatching() {
        int found = 0;
        for (Span s : sentences) {
            found += models.gazetteer.find(WordTokenizer.tokenize(text, s.getStart(), s.getEnd())).size();
        }
        return found;
    }

    @Benchmark
    public int deadlineGrammar() {
        int found = 0;
        for (Span s : sentences) {
            found += DeadlineGrammar.find(text, s.getStart(), s.getEnd(), DATE).size();
        }
        return found;
    }

    @Benchmark
    public List<Span> sentenceSplitting() {
        return splitter.split(text);
    }

    @Benchmark
    public Annotation wholeAnnotator() {
        return annotator.annotate(document, DATE);
    }
}
