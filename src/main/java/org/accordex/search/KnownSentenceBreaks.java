package org.accordex.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The JDK's sentence {@link BreakIterator} as the highlighter uses it ({@link #preceding} and {@link #following},
 * moving forward through a text), giving the same answers with little scanning when the text's breaks were
 * recorded when it was indexed ({@link org.accordex.index.SentenceBreaks}).
 *
 * <p>The JDK's iterator keeps the last break it returned and scans forward from it to answer the next call; only
 * when asked about an offset at or before that break does it scan backwards to a break of its own choosing, which is
 * not always one a scan from the start of the text finds. This does the same: each backward step is the JDK's own,
 * and the breaks after it are the JDK's next ones until they meet a recorded break, from which on they are the
 * recorded ones (the JDK's scan goes on from a break the same way wherever it came from). A text without recorded
 * breaks (not found in {@code known}, by identity) is left to the JDK's iterator.
 */
final class KnownSentenceBreaks extends BreakIterator {
    private static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(Locale.ROOT);

    private final Map<String, int[]> known;
    private BreakIterator jdk;
    private String text;
    /** The text's recorded breaks, or null: the JDK answers everything. */
    private int[] recorded;
    /** The breaks from the last backward step on, as the JDK's scan finds them, until one is recorded. */
    private int[] scanned = new int[16];
    private int scannedSize;
    /** Where the scanned breaks meet the recorded ones (the index of the last scanned one among them), or -1. */
    private int joined;
    /** Whether the JDK's scan reached the end of the text before meeting a recorded break. */
    private boolean scannedToEnd;
    /** The break the JDK keeps from its last answer ({@link #DONE}: none yet), and its position in the text. */
    private int lastKnown;
    private int position;

    /** {@code known}: texts (by identity) and their recorded breaks. */
    KnownSentenceBreaks(Map<String, int[]> known) {
        this.known = known;
    }

    @Override
    public void setText(String newText) {
        text = newText;
        recorded = known.get(newText);
        jdk = (BreakIterator) SENTENCES.clone();
        jdk.setText(newText);
        lastKnown = DONE;
        position = 0;
        scannedSize = 0;
    }

    @Override
    public void setText(CharacterIterator newText) {
        text = null;
        recorded = null;
        jdk = (BreakIterator) SENTENCES.clone();
        jdk.setText(newText);
    }

    @Override
    public CharacterIterator getText() {
        return jdk.getText();
    }

    @Override
    public int preceding(int offset) {
        if (recorded == null) {
            return jdk.preceding(offset);
        }
        checkOffset(offset);
        if (offset == 0) {
            position = 0;
            return DONE;
        }
        int result;
        if (lastKnown == DONE || lastKnown >= offset) {
            result = restart().preceding(offset);
            startScan(result);
        } else {
            // The last break before offset, scanning on from the last known one (which is before it, so i > 0; and
            // the text's end, a break, is not before it, so i >= 0).
            int i = firstAbove(offset - 1);
            result = breakAt(i - 1);
        }
        lastKnown = result;
        position = result;
        return result;
    }

    @Override
    public int following(int offset) {
        if (recorded == null) {
            return jdk.following(offset);
        }
        checkOffset(offset);
        int result;
        if (offset == 0) {
            result = recorded.length > 1 ? recorded[1] : DONE;
            startRecorded();
        } else if (lastKnown == DONE || lastKnown >= offset) {
            result = restart().following(offset);
            startScan(result);
        } else {
            int i = firstAbove(offset);
            result = i < 0 ? DONE : breakAt(i);
        }
        lastKnown = result;
        position = result == DONE ? text.length() : result;
        return result;
    }

    @Override
    public int current() {
        return recorded == null ? jdk.current() : position;
    }

    @Override
    public int first() {
        if (recorded == null) {
            return jdk.first();
        }
        position = 0;
        return 0;
    }

    @Override
    public int last() {
        return unsupported();
    }

    @Override
    public int next(int n) {
        return unsupported();
    }

    @Override
    public int next() {
        return unsupported();
    }

    @Override
    public int previous() {
        return unsupported();
    }

    /** The highlighter moves only by {@link #preceding} and {@link #following}. */
    private static int unsupported() {
        throw new UnsupportedOperationException("only preceding and following are supported");
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset out of bounds");
        }
    }

    /** A JDK iterator that knows no break yet: it steps back from the offset it is asked about, as the JDK does then. */
    private BreakIterator restart() {
        jdk = (BreakIterator) SENTENCES.clone();
        jdk.setText(text);
        return jdk;
    }

    /** The breaks from {@code from}, found by the JDK's scan (which {@link #jdk} stands at). */
    private void startScan(int from) {
        scannedSize = 0;
        scannedToEnd = from == DONE;
        joined = -1;
        if (from != DONE) {
            addScanned(from);
        }
    }

    /** The breaks from the start of the text: the recorded ones. */
    private void startRecorded() {
        scannedSize = 0;
        scannedToEnd = false;
        addScanned(0);
    }

    private void addScanned(int b) {
        if (scannedSize == scanned.length) {
            scanned = Arrays.copyOf(scanned, scannedSize * 2);
        }
        scanned[scannedSize++] = b;
        int r = Arrays.binarySearch(recorded, b);
        joined = r >= 0 ? r : -1;
    }

    /** The {@code i}-th break from the last backward step; call only for {@code i} below what {@link #firstAbove} found. */
    private int breakAt(int i) {
        return i < scannedSize ? scanned[i] : recorded[joined + i - (scannedSize - 1)];
    }

    /** The index of the first break above {@code offset} from the last backward step on, or -1 when there is none. */
    private int firstAbove(int offset) {
        while (joined < 0 && !scannedToEnd && scanned[scannedSize - 1] <= offset) {
            int b = jdk.next();
            if (b == DONE) {
                scannedToEnd = true;
            } else {
                addScanned(b);
            }
        }
        if (joined < 0 || scanned[scannedSize - 1] > offset) {
            int s = Arrays.binarySearch(scanned, 0, scannedSize, offset + 1);
            int above = s >= 0 ? s : -s - 1;
            return above == scannedSize ? -1 : above;
        }
        int r = Arrays.binarySearch(recorded, joined, recorded.length, offset + 1);
        int above = r >= 0 ? r : -r - 1;
        return above == recorded.length ? -1 : scannedSize - 1 + above - joined;
    }
}
