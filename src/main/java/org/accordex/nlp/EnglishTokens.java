package org.accordex.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.tokenize.TokenizerModel;

/** OpenNLP's English token model, read once per JVM: the annotator and the action phrase share it. */
public final class EnglishTokens {
    private static final String MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static volatile TokenizerModel model;

    private EnglishTokens() {
    }

    public static TokenizerModel model() {
        TokenizerModel loaded = model;
        if (loaded == null) {
            synchronized (EnglishTokens.class) {
                if (model == null) {
                    model = read();
                }
                loaded = model;
            }
        }
        return loaded;
    }

    private static TokenizerModel read() {
        try (InputStream in = EnglishTokens.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IOException("OpenNLP model " + MODEL + " is not on the class path");
            }
            return new TokenizerModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the token model", e);
        }
    }
}
