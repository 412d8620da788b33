package org.accordex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class OrderedParallelTest {
    @Test
    void laterInputsFinishingFirstAreStillConsumedInOrder() throws InterruptedException {
        // Input 0 waits until inputs 1 and 2 have finished, so they are done before it.
        CountDownLatch laterDone = new CountDownLatch(2);
        List<String> finished = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> consumed = new ArrayList<>();
        OrderedParallel.run(List.of(0, 1, 2), 3, 12, i -> {
            if (i == 0) {
                await(laterDone);
            }
            finished.add("r" + i);
            if (i > 0) {
                laterDone.countDown();
            }
            return "r" + i;
        }, consumed::add);
        assertEquals("r0", finished.get(2), "input 0 finished last: " + finished);
        assertEquals(List.of("r0", "r1", "r2"), consumed);
    }

    @Test
    void manyInputsKeepTheirOrderAndTheWindowBoundsWhatIsInFlight() throws InterruptedException {
        List<Integer> inputs = IntStream.range(0, 200).boxed().toList();
        AtomicInteger started = new AtomicInteger();
        List<Integer> consumed = new ArrayList<>();
        int window = 8;
        OrderedParallel.run(inputs, 2, window, i -> {
            started.incrementAndGet();
            sleepMillis(i % 7 == 0 ? 3 : 0); // some finish after the ones behind them
            return i * 10;
        }, r -> {
            assertTrue(started.get() - consumed.size() <= window,
                    started.get() + " started, " + consumed.size() + " consumed");
            consumed.add(r);
        });
        assertEquals(inputs.stream().map(i -> i * 10).toList(), consumed);
    }

    @Test
    void eachResultIsConsumedAsSoonAsItAndThoseBeforeItAreDone() throws InterruptedException {
        // The last input waits until the first result has been consumed: streaming, not collecting.
        CountDownLatch firstConsumed = new CountDownLatch(1);
        List<Integer> consumed = new ArrayList<>();
        OrderedParallel.run(List.of(0, 1), 2, 8, i -> {
            if (i == 1) {
                assertTrue(await(firstConsumed), "result 0 was not printed before the batch ended");
            }
            return i;
        }, r -> {
            consumed.add(r);
            firstConsumed.countDown();
        });
        assertEquals(List.of(0, 1), consumed);
    }

    @Test
    void aTaskThatThrowsEndsTheRunAfterTheResultsBeforeIt() {
        List<Integer> consumed = new ArrayList<>();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> OrderedParallel.run(List.of(0, 1, 2), 2, 8,
                i -> {
                    if (i == 1) {
                        throw new IllegalStateException("bad input");
                    }
                    return i;
                }, consumed::add));
        assertEquals("bad input", e.getMessage());
        assertEquals(List.of(0), consumed);
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
