package io.relations.benchmarks.data;

import java.util.ArrayList;
import java.util.List;

/** The timings of one request kind on one data set, gathered round by round. */
final class Measurement {

    private final DataSetSize size;
    private final Scenario scenario;
    private final List<long[]> rounds = new ArrayList<>();
    private int failed;

    Measurement(DataSetSize size, Scenario scenario) {
        this.size = size;
        this.scenario = scenario;
    }

    static String key(DataSetSize size, Scenario scenario) {
        return size.label() + " " + scenario.name();
    }

    void add(SequentialRequests.Timed round) {
        rounds.add(round.nanos());
        failed += round.failed();
    }

    DataSetSize size() {
        return size;
    }

    Scenario scenario() {
        return scenario;
    }

    LatencyFigures figures() {
        return LatencyFigures.of(rounds, failed);
    }
}
