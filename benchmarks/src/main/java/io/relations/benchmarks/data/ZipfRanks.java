package io.relations.benchmarks.data;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Ranks 0..n-1 drawn with probability proportional to 1 / (rank + 1)^exponent: a few ranks very
 * often, most rarely. Exact inverse transform over the cumulative weights (one double per rank,
 * 10 MB for the 1.25M users of the 10M set), so no approximation shapes the tail.
 */
final class ZipfRanks {

    private final double[] cumulative;

    ZipfRanks(int ranks, double exponent) {
        if (ranks < 1) {
            throw new IllegalArgumentException("ranks must be positive: " + ranks);
        }
        cumulative = new double[ranks];
        double sum = 0;
        for (int rank = 0; rank < ranks; rank++) {
            sum += Math.pow(rank + 1, -exponent);
            cumulative[rank] = sum;
        }
    }

    int next(SplittableRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int found = Arrays.binarySearch(cumulative, target);
        // Not found (almost always): the insertion point is the first rank whose cumulative weight exceeds target.
        int rank = found >= 0 ? found + 1 : -found - 1;
        return Math.min(rank, cumulative.length - 1);
    }
}
