package vn.cdtt.it.bench;

import java.util.Arrays;

/** Percentiles of measured latencies (microseconds), nearest-rank. */
final class Latencies {

    private final long[] sorted;

    Latencies(long[] micros) {
        this.sorted = micros.clone();
        Arrays.sort(this.sorted);
    }

    int count() {
        return sorted.length;
    }

    /** The p-th percentile in milliseconds (0 when nothing was measured). */
    double millis(int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1))] / 1000.0;
    }
}
