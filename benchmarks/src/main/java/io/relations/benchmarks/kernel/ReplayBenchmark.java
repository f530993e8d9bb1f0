package io.relations.benchmarks.kernel;

import io.relations.domain.event.ConnectionAccepted;
import io.relations.domain.event.ConnectionRemoved;
import io.relations.domain.event.ConnectionRequested;
import io.relations.domain.event.RelationshipEvent;
import io.relations.domain.event.Replay;
import io.relations.domain.event.UserFollowed;
import io.relations.domain.event.UserUnfollowed;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** {@link Replay#of} over a valid 100-event history of one pair (20 rounds of five events). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ReplayBenchmark {

    private static final int ROUNDS = 20;

    private final UserId alice = UserId.of(UUID.fromString("018f0000-0000-7000-8000-000000000001"));
    private final UserId bob = UserId.of(UUID.fromString("018f0000-0000-7000-8000-000000000002"));
    private final UserPair pair = UserPair.of(alice, bob);
    private final List<RelationshipEvent> hundredEvents = hundredEvents();

    @Benchmark
    public PairState replayHundredEvents() {
        return Replay.of(pair, hundredEvents);
    }

    private List<RelationshipEvent> hundredEvents() {
        List<RelationshipEvent> events = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            events.add(new UserFollowed(alice, bob));
            events.add(new ConnectionRequested(alice, bob));
            events.add(new ConnectionAccepted(alice, bob));
            events.add(new ConnectionRemoved(pair, bob));
            events.add(new UserUnfollowed(alice, bob, alice));
        }
        return List.copyOf(events);
    }
}
