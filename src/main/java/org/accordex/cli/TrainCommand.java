package org.accordex.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.accordex.annotate.AnnotatorModels;
import org.accordex.train.NameFinderTrainer;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train the party name-finder from annotated sentences (*.train files, OpenNLP's "
                + "<START:party> … <END> format) and write it to the models folder.",
                "Prints held-out scores (every fifth document held out) for the chosen settings, then trains on all data."})
final class TrainCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus/training",
            description = "Folder searched for *.train files (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--gold", paramLabel = "DIR",
            description = "Also learn from gold documents (NAME.txt with NAME.json, such as 'corrections export --gold' "
                    + "writes): their PARTY mentions are the names. Repeatable.")
    List<Path> gold = List.of();

    @Option(names = "--models", paramLabel = "DIR", defaultValue = "models",
            description = "Folder the model is written to (default: ${DEFAULT-VALUE}).")
    Path models;

    @Option(names = "--algorithm", paramLabel = "MAXENT|PERCEPTRON", defaultValue = "PERCEPTRON",
            description = "OpenNLP training algorithm (default: ${DEFAULT-VALUE}).")
    String algorithm;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "300", description = "Training iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--cutoff", paramLabel = "N", defaultValue = "1", description = "Feature cutoff (default: ${DEFAULT-VALUE}).")
    int cutoff;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Every NAME.txt with its NAME.json in {@code dir}, as one list of samples per document. */
    private static List<List<NameSample>> readGold(NameFinderTrainer trainer, Path dir) throws IOException {
        List<Path> texts;
        try (var files = Files.list(dir)) {
            texts = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        List<List<NameSample>> documents = new java.util.ArrayList<>();
        for (Path text : texts) {
            Path json = text.resolveSibling(text.getFileName().toString().replaceFirst("\\.txt$", ".json"));
            if (Files.exists(json)) {
                var gold = org.accordex.export.AnnotationJson.fromJson(org.accordex.export.AnnotationJson.MAPPER.readTree(json.toFile()));
                List<NameSample> samples = trainer.goldDocument(Files.readString(text, java.nio.charset.StandardCharsets.UTF_8), gold);
                if (!samples.isEmpty()) {
                    documents.add(samples);
                }
            }
        }
        return documents;
    }

    @Override
    public Integer call() throws IOException {
        // With gold folders, the default corpus is optional: they may be all the data there is.
        boolean useCorpus = Files.isDirectory(corpus) || gold.isEmpty() || spec.commandLine().getParseResult().hasMatchedOption("--corpus");
        if (useCorpus && !Files.isDirectory(corpus)) {
            throw new Failure(corpus + ": no such folder");
        }
        PrintWriter out = spec.commandLine().getOut();
        NameFinderTrainer trainer = new NameFinderTrainer(AnnotatorModels.bundled().tokenizerModel());
        List<Path> files = useCorpus ? NameFinderTrainer.files(corpus) : List.of();
        if (useCorpus && files.isEmpty() && gold.isEmpty()) {
            throw new Failure(corpus + ": no *.train files");
        }
        List<List<NameSample>> documents = new java.util.ArrayList<>(trainer.read(files));
        for (Path dir : gold) {
            if (!Files.isDirectory(dir)) {
                throw new Failure(dir + ": no such folder");
            }
            List<List<NameSample>> golds = readGold(trainer, dir);
            out.printf("%s: %d gold documents%n", dir, golds.size());
            documents.addAll(golds);
        }
        if (documents.isEmpty()) {
            throw new Failure("no training documents");
        }
        var settings = new NameFinderTrainer.Settings(algorithm, iterations, cutoff);
        var report = trainer.heldOut(documents, settings);
        out.printf("%d documents, %d sentences, %d party names%n", report.documents(), report.sentences(), report.names());
        out.println(report.line());
        TokenNameFinderModel model = trainer.train(documents, settings);
        Path target = models.resolve(AnnotatorModels.PARTY_MODEL);
        NameFinderTrainer.write(model, target);
        out.println("wrote " + target);
        out.flush();
        return Main.OK;
    }
}
