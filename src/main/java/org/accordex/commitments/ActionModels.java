package org.accordex.commitments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;

import org.accordex.nlp.BeamTagger;
import org.accordex.nlp.EnglishTokens;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * OpenNLP's English token, part-of-speech and lemma models that the action needs, each read on first use; their
 * taggers are per thread. Each model has a holder of its own, so {@link #preload()} can read the two large ones on two
 * cores at once.
 */
public final class ActionModels {
    static final ThreadLocal<BeamTagger> TAGGER = ThreadLocal.withInitial(() -> new BeamTagger(PartOfSpeech.MODEL));
    static final ThreadLocal<LemmatizerME> LEMMATIZER = ThreadLocal.withInitial(() -> new LemmatizerME(Lemmas.MODEL));

    private ActionModels() {
    }

    static TokenizerModel tokens() {
        return EnglishTokens.model();
    }

    /**
     * Starts reading the part-of-speech and lemma models and the action's rules, each on a thread of its own, and
     * returns at once. Almost every agreement commits to something, so a one-file run reads them while its main
     * thread reads the command line, the file and the dictionaries: otherwise its first action waits for them.
     */
    public static void preload() {
        start("accordex-pos", () -> PartOfSpeech.MODEL.getClass());
        start("accordex-action", () -> {
            Lemmas.MODEL.getClass();
            try {
                MethodHandles.lookup().ensureInitialized(ActionPhrase.class); // compiles the action's patterns
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void start(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static final class PartOfSpeech {
        static final POSModel MODEL = read("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
    }

    private static final class Lemmas {
        static final LemmatizerModel MODEL = read("/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin", LemmatizerModel::new);
    }

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T read(String resource, Reader<T> reader) {
        try (InputStream in = ActionModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
