package org.accordex.index;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.Locale;

import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteArrayDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * Where the JDK's sentence {@link BreakIterator} (of {@link Locale#ROOT}, the one snippets are cut with) breaks the
 * part of a document's text that snippets come from, read forward from its start. The search side finds a
 * snippet's sentence from these rather than scanning the text again on every search: scanning cost about a tenth of
 * a microsecond per character, and a page of long documents has hundreds of thousands. The breaks are the indexing
 * JDK's: its sentence rules have to be the searching JDK's, as they have long been.
 */
public final class SentenceBreaks {
    /** Snippets come from the first 100,000 characters of a text: enough, and fast. */
    public static final int SNIPPET_CHARS = 100_000;

    private SentenceBreaks() {
    }

    /** What snippets are taken from: the first {@link #SNIPPET_CHARS} characters of {@code text}. */
    public static String snippetPart(String text) {
        return text.length() <= SNIPPET_CHARS ? text : text.substring(0, SNIPPET_CHARS);
    }

    /** The breaks of {@link #snippetPart}, ascending: its start, each sentence's end, the end of the part. */
    public static int[] of(String text) {
        String part = snippetPart(text);
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        sentences.setText(part);
        int[] breaks = new int[16];
        int n = 0;
        for (int b = sentences.first(); b != BreakIterator.DONE; b = sentences.next()) {
            if (n == breaks.length) {
                breaks = Arrays.copyOf(breaks, n * 2);
            }
            breaks[n++] = b;
        }
        return Arrays.copyOf(breaks, n);
    }

    /** {@link #of}, as the gaps between breaks (variable-length integers, a byte or two each). */
    static BytesRef encode(String text) throws IOException {
        int[] breaks = of(text);
        byte[] buffer = new byte[5 * (breaks.length + 1)];
        ByteArrayDataOutput out = new ByteArrayDataOutput(buffer);
        out.writeVInt(breaks.length);
        int previous = 0;
        for (int b : breaks) {
            out.writeVInt(b - previous);
            previous = b;
        }
        return new BytesRef(buffer, 0, out.getPosition());
    }

    static int[] decode(BytesRef bytes) {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        int[] breaks = new int[in.readVInt()];
        int previous = 0;
        for (int i = 0; i < breaks.length; i++) {
            previous += in.readVInt();
            breaks[i] = previous;
        }
        return breaks;
    }
}
