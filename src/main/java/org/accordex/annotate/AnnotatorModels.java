package org.accordex.annotate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.accordex.model.MentionType;
import org.accordex.nlp.EnglishTokens;

import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Everything the annotator loads once and shares between threads: OpenNLP's English sentence and token models
 * (Maven dependencies), the dictionaries in {@code models/dict/} and the trained name-finder model
 * {@code models/party-ner.bin} (optional: without it, parties come from dictionaries and rules only).
 *
 * <p>{@link #bundled()} reads the copy of {@code models/} packaged in the jar; {@link #load(Path)} reads a folder,
 * for a freshly trained model. {@link #version()} changes whenever the code's rules or any model byte changes,
 * so an index can tell that its annotations are stale.
 */
public final class AnnotatorModels {
    /**
     * Raise when the index layout changes, so indexes are rewritten; a change of the rules' code or data changes the
     * version by itself ({@link RuleCode}).
     */
    static final String RULES_VERSION = "rules-8";
    public static final String PARTY_MODEL = "party-ner.bin";
    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    final SentenceModel sentenceModel;
    final TokenizerModel tokenizerModel;
    final Gazetteer gazetteer;
    /** The trained name finder's bytes, parsed on first use: most sentences never need it. */
    private final byte[] partyModelBytes;
    private volatile TokenNameFinderModel partyModel;
    /** The digest of the rules' name and the models' bytes; the version adds the rules' code on first use. */
    private final MessageDigest modelsDigest;
    private volatile String version;

    private static volatile AnnotatorModels bundled;

    private AnnotatorModels(Source source) throws IOException {
        MessageDigest digest = sha256();
        digest.update(RULES_VERSION.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        this.sentenceModel = new SentenceModel(classpath(SENTENCE_MODEL));
        this.tokenizerModel = EnglishTokens.model();
        this.gazetteer = new Gazetteer();
        for (MentionType type : new MentionType[] {MentionType.PARTY, MentionType.MINERAL, MentionType.INSTRUMENT}) {
            String name = "dict/" + type.label() + ".tsv";
            byte[] bytes = source.read(name).orElseThrow(() -> new IOException("missing dictionary " + name));
            digest.update(bytes);
            gazetteer.load(new ByteArrayInputStream(bytes), type, name);
        }
        Optional<byte[]> model = source.read(PARTY_MODEL);
        model.ifPresent(digest::update);
        this.partyModelBytes = model.orElse(null);
        this.modelsDigest = digest;
    }

    /** The models packaged with accordex; loaded once per JVM. */
    public static AnnotatorModels bundled() {
        AnnotatorModels models = bundled;
        if (models == null) {
            synchronized (AnnotatorModels.class) {
                if (bundled == null) {
                    try {
                        bundled = new AnnotatorModels(name -> {
                            try (InputStream in = AnnotatorModels.class.getResourceAsStream("/models/" + name)) {
                                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
                            }
                        });
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot load the bundled models", e);
                    }
                }
                models = bundled;
            }
        }
        return models;
    }

    /** Models from a folder laid out like {@code models/}. */
    public static AnnotatorModels load(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("models folder not found: " + dir);
        }
        return new AnnotatorModels(name -> {
            Path file = dir.resolve(name);
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        });
    }

    /** Changes with the rules' code and data and with any model byte: what tells an index its annotations are stale. */
    public String version() {
        String known = version;
        if (known == null) {
            synchronized (this) {
                if (version == null) {
                    try {
                        MessageDigest digest = (MessageDigest) modelsDigest.clone();
                        RuleCode.addTo(digest);
                        version = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the annotator's own code", e);
                    } catch (CloneNotSupportedException e) {
                        throw new IllegalStateException(e);
                    }
                }
                known = version;
            }
        }
        return known;
    }

    public boolean hasPartyModel() {
        return partyModelBytes != null;
    }

    /** The trained party name finder, or null without one. */
    TokenNameFinderModel partyModel() {
        TokenNameFinderModel model = partyModel;
        if (model == null && partyModelBytes != null) {
            synchronized (this) {
                if (partyModel == null) {
                    try {
                        partyModel = new TokenNameFinderModel(new ByteArrayInputStream(partyModelBytes));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the party name-finder model", e);
                    }
                }
                model = partyModel;
            }
        }
        return model;
    }

    /** A new finder of the trained party names (one per thread), or null without a model. */
    PartyNameFinder newPartyNameFinder() {
        TokenNameFinderModel model = partyModel();
        return model == null ? null : new PartyNameFinder(model, partyModelBytes);
    }

    public TokenizerModel tokenizerModel() {
        return tokenizerModel;
    }

    private static InputStream classpath(String name) throws IOException {
        InputStream in = AnnotatorModels.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("OpenNLP model " + name + " is not on the class path");
        }
        return in;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface Source {
        Optional<byte[]> read(String name) throws IOException;
    }
}
