package org.accordex.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.accordex.annotate.Annotator;
import org.accordex.annotate.AnnotatorModels;
import org.accordex.export.AnnotationJson;
import org.accordex.ingest.IngestException;
import org.accordex.ingest.Ingestor;
import org.accordex.model.Annotation;

/** A folder of gold annotations: every {@code NAME.txt} with a {@code NAME.json} beside it. */
public final class GoldSet {
    private GoldSet() {
    }

    public static List<Evaluation> evaluate(Path dir, AnnotatorModels models) throws IOException {
        Annotator annotator = new Annotator(models);
        Ingestor ingestor = new Ingestor();
        List<Evaluation> results = new ArrayList<>();
        for (Path text : pairs(dir)) {
            String name = text.getFileName().toString().replaceFirst("\\.txt$", "");
            Annotation gold = AnnotationJson.fromJson(AnnotationJson.MAPPER.readTree(dir.resolve(name + ".json").toFile()));
            LocalDate date = gold.document().date() == null ? null : LocalDate.parse(gold.document().date());
            try {
                Annotation predicted = annotator.annotate(ingestor.ingest(text, name + ".txt"), date);
                results.add(Evaluation.of(name, gold, predicted));
            } catch (IngestException e) {
                throw new IOException(text + ": " + e.getMessage(), e);
            }
        }
        return results;
    }

    static List<Path> pairs(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .filter(p -> Files.exists(dir.resolve(p.getFileName().toString().replaceFirst("\\.txt$", ".json"))))
                    .sorted()
                    .toList();
        }
    }
}
