package org.accordex.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs a command to its end, output discarded, and measures its wall time, CPU time and peak resident memory. */
final class Child {
    /** Linux counts process CPU time in ticks of 1/100 s. */
    private static final int TICKS_PER_SECOND = 100;

    /** What one run took; CPU time and memory are -1 where {@code /proc} cannot tell. */
    record Run(long wallMillis, long cpuMillis, long peakKilobytes) {
    }

    private Child() {
    }

    static Run run(List<String> command) throws IOException {
        long started = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        Path proc = Path.of("/proc", String.valueOf(p.pid()));
        long cpu = -1;
        long peak = -1;
        try {
            // /proc holds the figures only while the process lives: read them until it ends.
            while (!p.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                cpu = Math.max(cpu, cpuMillis(proc));
                peak = Math.max(peak, peakKilobytes(proc));
            }
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
        }
        return new Run((System.nanoTime() - started) / 1_000_000, cpu, peak);
    }

    /** VmHWM, the resident set's high-water mark. */
    private static long peakKilobytes(Path proc) {
        try {
            for (String line : Files.readAllLines(proc.resolve("status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between two reads, or this is not Linux
        }
        return -1;
    }

    /** User and system time so far (fields 14 and 15 of /proc/PID/stat, after the parenthesized name). */
    private static long cpuMillis(Path proc) {
        try {
            String stat = Files.readString(proc.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000 / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
