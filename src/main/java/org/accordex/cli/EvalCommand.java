package org.accordex.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.accordex.eval.EvalReport;
import org.accordex.eval.Evaluation;
import org.accordex.eval.GoldSet;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score the annotator against gold annotations (ANNOTATION.md §5).",
                "Every NAME.txt with a NAME.json in the folder is annotated with the gold document's date and compared."})
final class EvalCommand implements Callable<Integer> {
    enum Format { TEXT, JSON }

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of NAME.txt and NAME.json pairs.")
    Path gold;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--by-document", description = "Also score each document on its own.")
    boolean byDocument;

    @Option(names = "--errors", description = "List false positives, misses, wrong norms and poor actions (token F1 below 0.5), per document.")
    boolean errors;

    @Mixin
    ModelOptions modelOptions;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(gold)) {
            throw new Failure(gold + ": no such folder");
        }
        List<Evaluation> documents = GoldSet.evaluate(gold, modelOptions.load());
        if (documents.isEmpty()) {
            throw new Failure(gold + ": no NAME.txt with a NAME.json found");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.println(EvalReport.json(documents, byDocument, errors));
        } else {
            out.print(EvalReport.text(documents, byDocument, errors));
        }
        out.flush();
        return Main.OK;
    }
}
