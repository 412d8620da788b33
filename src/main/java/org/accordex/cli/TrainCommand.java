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

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new Failure(corpus + ": no such folder");
        }
        PrintWriter out = spec.commandLine().getOut();
        NameFinderTrainer trainer = new NameFinderTrainer(AnnotatorModels.bundled().tokenizerModel());
        List<Path> files = NameFinderTrainer.files(corpus);
        if (files.isEmpty()) {
            throw new Failure(corpus + ": no *.train files");
        }
        List<List<NameSample>> documents = trainer.read(files);
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
