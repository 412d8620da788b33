package org.accordex.nlp;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's tokenizer with the split of each whitespace-separated word remembered. {@link TokenizerME} splits a text
 * at white space first and then decides each word's inner splits ("U.S.-Japan", "exports,") from that word alone,
 * so a word's split is the same wherever it occurs, and the words of agreements repeat: most are split once.
 * The spans are exactly {@link TokenizerME#tokenizePos}'s.
 *
 * <p>Not thread-safe, like {@link TokenizerME}: one per thread, as {@link #ofThread} gives it.
 */
public final class RememberingTokenizer {
    /** Each thread's tokenizer of each model: the finders and the action phrase read the same sentences. */
    private static final ThreadLocal<Map<TokenizerModel, RememberingTokenizer>> OF_THREAD =
            ThreadLocal.withInitial(IdentityHashMap::new);
    /** At most this many distinct words are remembered, so the memory stays a few megabytes. */
    private static final int MAX_WORDS = 50_000;
    private static final Span[] NONE = new Span[0];

    private final TokenizerME tokenizer;
    private final RecentMemory<String, Span[]> splits = new RecentMemory<>(MAX_WORDS);

    public RememberingTokenizer(TokenizerModel model) {
        this.tokenizer = new TokenizerME(model);
    }

    /** The calling thread's tokenizer of {@code model}, which remembers the splits of all its callers. */
    public static RememberingTokenizer ofThread(TokenizerModel model) {
        return OF_THREAD.get().computeIfAbsent(model, RememberingTokenizer::new);
    }

    /** The token spans of {@code text}, as {@link TokenizerME#tokenizePos} gives them. */
    public Span[] tokenizePos(String text) {
        Span[] words = WhitespaceTokenizer.INSTANCE.tokenizePos(text);
        List<Span> tokens = new ArrayList<>(words.length + words.length / 4);
        for (Span word : words) {
            int offset = word.getStart();
            if (word.length() < 2) {
                tokens.add(word); // a one-character word is never split
                continue;
            }
            String key = text.substring(offset, word.getEnd());
            Span[] parts = splits.get(key, tokenizer::tokenizePos);
            for (Span part : parts) {
                tokens.add(offset == 0 ? part : new Span(part.getStart() + offset, part.getEnd() + offset, part.getType()));
            }
        }
        return tokens.toArray(NONE);
    }
}
