package io.relations.benchmarks.data;

import io.relations.adapter.persistence.schema.SchemaMigration;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a follow graph of the given size into its own database ({@code relations_<size>},
 * dropped first if it exists) on the embedded PostgreSQL in a kept directory, migrated with the
 * service's own Flyway migration. Same size, same data: the generator is seeded by the size.
 *
 * <p>Arguments: {@code directory size}, e.g. {@code /tmp/relations-bigdata 1m} (10k, 1m, 10m or a
 * number of edges). Memory grows with the users, not the edges (about 100 bytes a user); the
 * edges stream from the generator into COPY.
 */
public final class GenerateDataSet {

    /** The tables the load writes; every other table stays as the migration left it (empty). */
    private static final List<String> LOADED_TABLES = List.of(
            "phoenix_kit_users", "phoenix_kit_user_follows", "phoenix_kit_user_follows_history", "phoenix_kit_user_stats_stripes");

    private GenerateDataSet() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: GenerateDataSet <directory> <size: 10k | 1m | 10m | edges>");
            System.exit(2);
        }
        Path directory = Path.of(args[0]);
        DataSetSize size = DataSetSize.parse(args[1]);
        System.out.printf("Generating %s: %,d follow edges, %,d users, celebrity followed by %,d, into %s in %s%n",
                size.label(), size.edges(), size.users(), size.celebrityFollowers(), size.database(), directory.toAbsolutePath());
        PhaseClock clock = new PhaseClock(size.label());
        try (BenchmarkPostgres postgres = BenchmarkPostgres.startForLoading(directory)) {
            clock.run("create database " + size.database(), () -> postgres.recreate(size));
            clock.run("migrate (Flyway, the service's migrations)", () -> SchemaMigration.migrate(postgres.connectionTo(size).dataSource()));
            try (Connection first = postgres.connect(size); Connection second = postgres.connect(size)) {
                forBulkLoad(first);
                forBulkLoad(second);
                load(size, first, second, clock);
            }
        }
        clock.printTotal();
    }

    private static void load(DataSetSize size, Connection first, Connection second, PhaseClock clock) throws Exception {
        DeferredIndexes deferred = DeferredIndexes.of(first, LOADED_TABLES);
        clock.run("drop " + deferred.definitions().size() + " indexes and key constraints", () -> deferred.drop(first));

        SplittableRandom random = new SplittableRandom(size.seed());
        GeneratedUsers users = new GeneratedUsers(size.users(), random);
        FollowGraph graph = new FollowGraph(size, random);
        FollowRowsLoader loader = new FollowRowsLoader(users, graph, random);
        clock.run("copy " + size.users() + " users", () -> loader.copyUsers(first));
        clock.run("copy follows and follow history (generated as they stream)", () -> {
            FollowRowsLoader.Copied copied = loader.copyEdges(first, second);
            System.out.printf("copied %,d follows and %,d history rows%n", copied.follows(), copied.history());
        });
        clock.run("fill the striped counters", () -> System.out.printf("%,d stripe rows%n", StripeCounts.fill(first)));

        deferred.restore(first, clock);
        clock.run("check indexes and constraints are as before", () -> deferred.checkRestored(first));
        clock.run("vacuum analyze", () -> vacuumAnalyze(first));
        clock.run("describe and check the data set", () -> DataSetShape.printAndCheck(first, size));
    }

    /** Session settings only: room to sort for the index builds and to hash for the counter query. */
    private static void forBulkLoad(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set maintenance_work_mem = '1GB'");
            statement.execute("set work_mem = '512MB'");
            statement.execute("set synchronous_commit = off");
        }
    }

    /** The whole database: the empty tables get statistics too, so their plans are the ones the service gets. */
    private static void vacuumAnalyze(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("vacuum (analyze)");
        }
    }
}
