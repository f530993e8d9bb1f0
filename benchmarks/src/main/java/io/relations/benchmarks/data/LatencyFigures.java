package io.relations.benchmarks.data;

import java.util.Arrays;
import java.util.List;

/**
 * The latencies of one kind of request, in milliseconds: percentiles over every measured request,
 * and the spread of the medians of the separate rounds (how much the figure moved while the
 * machine did other things).
 */
record LatencyFigures(int count, int failed, double min, double median, double p90, double p99, double max,
                      double lowestRoundMedian, double highestRoundMedian) {

    static LatencyFigures of(List<long[]> roundsNanos, int failed) {
        long[] all = roundsNanos.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double[] roundMedians = roundsNanos.stream()
                .mapToDouble(round -> millis(percentile(Arrays.stream(round).sorted().toArray(), 0.5)))
                .toArray();
        return new LatencyFigures(all.length, failed, millis(all[0]), millis(percentile(all, 0.5)), millis(percentile(all, 0.9)),
                millis(percentile(all, 0.99)), millis(all[all.length - 1]),
                Arrays.stream(roundMedians).min().orElseThrow(), Arrays.stream(roundMedians).max().orElseThrow());
    }

    /** Nearest rank: the smallest value with at least {@code fraction} of all values at or below it. */
    private static long percentile(long[] sorted, double fraction) {
        int index = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
