package org.accordex.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.accordex.annotate.AnnotatorModels;

import picocli.CommandLine.Option;

/** The {@code --models} option shared by the commands that annotate. */
final class ModelOptions {
    @Option(names = "--models", paramLabel = "DIR",
            description = "Read dictionaries and trained models from DIR (laid out like models/) instead of the ones "
                    + "packaged with accordex.")
    Path models;

    AnnotatorModels load() {
        if (models == null) {
            return AnnotatorModels.bundled();
        }
        try {
            return AnnotatorModels.load(models);
        } catch (IOException e) {
            throw new Failure(models + ": " + Failure.message(e));
        }
    }
}
