package io.relations.benchmarks.data;

import io.relations.adapter.persistence.check.InvariantChecker;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the project's {@link InvariantChecker} on a generated data set: no self follows, counters
 * equal to the rows, and the follow history replaying into exactly the current follows. The
 * replay holds every pair in memory, so this is for the small sets (10k; 1M with a few GB of heap).
 *
 * <p>Arguments: {@code directory size}, as for {@link GenerateDataSet}.
 */
public final class CheckDataSet {

    private static final int SHOWN = 20;

    private CheckDataSet() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: CheckDataSet <directory> <size>");
            System.exit(2);
        }
        DataSetSize size = DataSetSize.parse(args[1]);
        long startedAt = System.nanoTime();
        List<String> violations;
        try (BenchmarkPostgres postgres = BenchmarkPostgres.start(Path.of(args[0]))) {
            violations = InvariantChecker.violations(postgres.connectionTo(size).dataSource());
        }
        System.out.printf("RESULT invariants %s: %d violations (checked in %.1f s)%n",
                size.label(), violations.size(), (System.nanoTime() - startedAt) / 1e9);
        violations.stream().limit(SHOWN).forEach(violation -> System.out.println("  " + violation));
        if (!violations.isEmpty()) {
            System.exit(1);
        }
    }
}
