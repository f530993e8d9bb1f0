package io.relations.benchmarks.http;

import java.util.Arrays;

/** What one open-loop run measured; latencies count from each request's scheduled start. */
record LatencySummary(String name, int sent, int failed, double offeredPerSecond, double achievedPerSecond,
                      double medianMillis, double p99Millis, double maxMillis) {

    static LatencySummary of(String name, long[] latencyNanos, int failed, double offeredPerSecond, long elapsedNanos) {
        long[] sorted = latencyNanos.clone();
        Arrays.sort(sorted);
        return new LatencySummary(name, sorted.length, failed, offeredPerSecond,
                sorted.length / (elapsedNanos / 1e9),
                millis(percentile(sorted, 0.50)), millis(percentile(sorted, 0.99)), millis(sorted[sorted.length - 1]));
    }

    private static long percentile(long[] sorted, double fraction) {
        int index = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    String line() {
        return String.format("%-5s sent=%d failed=%d offered=%.0f/s achieved=%.0f/s median=%.2f ms p99=%.2f ms max=%.2f ms",
                name, sent, failed, offeredPerSecond, achievedPerSecond, medianMillis, p99Millis, maxMillis);
    }
}
