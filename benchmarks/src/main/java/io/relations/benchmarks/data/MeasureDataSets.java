package io.relations.benchmarks.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 6, items 3 and 4: the list, stats and batch-lookup latencies of the real service on each
 * generated data set, in one run on one machine. One service per data set runs in this JVM, all at
 * once, on the embedded PostgreSQL of the kept directory; requests go over HTTP to 127.0.0.1, one
 * at a time. After a warm-up, the measured requests are sent in rounds that visit every set and
 * request kind in turn, so a busy moment of the machine lands on all of them alike.
 *
 * <p>Before that, for each set: the {@code EXPLAIN (ANALYZE, BUFFERS)} of every list query
 * ({@link ListPlanCheck}). Lines starting with {@code RESULT} are markdown table rows.
 *
 * <p>Arguments: {@code directory requests warmup size...}, e.g. {@code /tmp/relations-bigdata 2000 500 10k 1m 10m}:
 * {@code requests} and {@code warmup} are per request kind and set.
 */
public final class MeasureDataSets {

    private static final int ROUNDS = 5;

    /** One data set with its running service and what is asked of it. */
    private record UnderTest(DataSetSize size, Subjects subjects, ServiceOnDataSet service, List<Scenario> scenarios) {
    }

    private MeasureDataSets() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: MeasureDataSets <directory> <requests> <warmup> <size>...   e.g. /tmp/relations-bigdata 2000 500 10k 1m 10m");
            System.exit(2);
        }
        Path directory = Path.of(args[0]);
        int requests = Integer.parseInt(args[1]);
        int warmup = Integer.parseInt(args[2]);
        List<DataSetSize> sizes = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            sizes.add(DataSetSize.parse(args[i]));
        }
        printContext("at the start");
        List<UnderTest> sets = new ArrayList<>();
        SequentialRequests http = new SequentialRequests();
        Report report = new Report();
        try (BenchmarkPostgres postgres = BenchmarkPostgres.start(directory)) {
            try (Connection connection = postgres.connect(sizes.get(0))) {
                printServerVersion(connection);
            }
            try {
                for (DataSetSize size : sizes) {
                    sets.add(prepare(postgres, size, http, report));
                }
                for (UnderTest set : sets) {
                    for (Scenario scenario : set.scenarios()) {
                        http.run(scenario, warmup);
                    }
                }
                Map<String, Measurement> measured = measure(sets, http, requests);
                report.latencies(measured.values());
                report.summary(sizes, measured);
            } finally {
                for (UnderTest set : sets) {
                    set.service().close();
                }
            }
        }
        printContext("at the end");
    }

    private static UnderTest prepare(BenchmarkPostgres postgres, DataSetSize size, SequentialRequests http, Report report) throws Exception {
        if (!postgres.exists(size)) {
            throw new IllegalStateException(size.database() + " does not exist: run GenerateDataSet for " + size.label() + " first");
        }
        Subjects subjects;
        try (Connection connection = postgres.connect(size)) {
            subjects = Subjects.find(connection);
            report.subjects(size, subjects);
            report.plans(size, new ListPlanCheck(connection).check(subjects));
        }
        ServiceOnDataSet service = ServiceOnDataSet.start(postgres.connectionTo(size));
        List<Scenario> scenarios = Scenarios.of(subjects, service);
        for (Scenario scenario : scenarios) {
            http.check(scenario);
        }
        return new UnderTest(size, subjects, service, scenarios);
    }

    /** Round-robin over sets and request kinds, {@code requests / ROUNDS} at a time. */
    private static Map<String, Measurement> measure(List<UnderTest> sets, SequentialRequests http, int requests) throws InterruptedException {
        Map<String, Measurement> measured = new LinkedHashMap<>();
        int perRound = Math.max(1, requests / ROUNDS);
        for (int round = 0; round < ROUNDS; round++) {
            for (UnderTest set : sets) {
                for (Scenario scenario : set.scenarios()) {
                    SequentialRequests.Timed timed = http.run(scenario, perRound);
                    measured.computeIfAbsent(Measurement.key(set.size(), scenario), key -> new Measurement(set.size(), scenario))
                            .add(timed);
                }
            }
        }
        return measured;
    }

    private static void printContext(String when) throws Exception {
        String load = Files.readString(Path.of("/proc/loadavg")).strip();
        System.out.printf("CONTEXT %s: %d cores, load average %s, %s %s%n", when, Runtime.getRuntime().availableProcessors(),
                load, System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"));
    }

    private static void printServerVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("select version()")) {
            row.next();
            System.out.println("CONTEXT " + row.getString(1));
        }
    }
}
