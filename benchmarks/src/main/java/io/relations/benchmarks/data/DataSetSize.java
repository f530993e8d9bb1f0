package io.relations.benchmarks.data;

import java.util.Locale;

/**
 * How big a generated data set is, and the shape that follows from it. Everything scales with the
 * number of follow edges, so the sets differ in size only: one user per 8 edges (so the average
 * user follows 8 and is followed by 8), a celebrity followed by 10 % of all edges (1,000,000 of
 * 10M), and one user followed by exactly 10.
 *
 * @param edges follow edges, e.g. 10,000, 1,000,000 or 10,000,000
 */
public record DataSetSize(long edges) {

    static final long EDGES_PER_USER = 8;
    static final long CELEBRITY_SHARE_DIVISOR = 10;
    static final int TEN = 10;
    private static final long SMALLEST = 1_000;

    public DataSetSize {
        // Below this the celebrity's 10 % and the Zipf tail no longer fit between the users.
        if (edges < SMALLEST || edges > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("edges must be between " + SMALLEST + " and " + Integer.MAX_VALUE + ": " + edges);
        }
    }

    /** {@code 10k}, {@code 1m}, {@code 10m} or a plain number of edges. */
    public static DataSetSize parse(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT).replace("_", "");
        if (lower.endsWith("k")) {
            return new DataSetSize(Long.parseLong(lower.substring(0, lower.length() - 1)) * 1_000);
        }
        if (lower.endsWith("m")) {
            return new DataSetSize(Long.parseLong(lower.substring(0, lower.length() - 1)) * 1_000_000);
        }
        return new DataSetSize(Long.parseLong(lower));
    }

    /** The short name the database carries: 10k, 1m, 10m. */
    public String label() {
        if (edges % 1_000_000 == 0) {
            return edges / 1_000_000 + "m";
        }
        if (edges % 1_000 == 0) {
            return edges / 1_000 + "k";
        }
        return Long.toString(edges);
    }

    public String database() {
        return "relations_" + label();
    }

    public int users() {
        return (int) (edges / EDGES_PER_USER);
    }

    public int celebrityFollowers() {
        return (int) (edges / CELEBRITY_SHARE_DIVISOR);
    }

    /** The edges left for the Zipf-distributed rest of the graph. */
    public long ordinaryEdges() {
        return edges - celebrityFollowers() - TEN;
    }

    /** The same data for the same size on every run, so a set can be regenerated exactly. */
    public long seed() {
        return 0x5eed_0000L + edges;
    }
}
