package io.relations.benchmarks.kernel;

import io.relations.domain.decision.AcceptConnectionRequest;
import io.relations.domain.decision.Block;
import io.relations.domain.decision.CancelConnectionRequest;
import io.relations.domain.decision.Decision;
import io.relations.domain.decision.DecisionContext;
import io.relations.domain.decision.Follow;
import io.relations.domain.decision.RejectConnectionRequest;
import io.relations.domain.decision.RelationshipKernel;
import io.relations.domain.decision.RemoveConnection;
import io.relations.domain.decision.RemoveFollower;
import io.relations.domain.decision.RequestConnection;
import io.relations.domain.decision.Unblock;
import io.relations.domain.decision.Unfollow;
import io.relations.domain.event.ConnectionAccepted;
import io.relations.domain.event.ConnectionRequested;
import io.relations.domain.event.Replay;
import io.relations.domain.event.UserBlocked;
import io.relations.domain.event.UserFollowed;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * {@link RelationshipKernel#decide} for each command kind, each on the state where it changes
 * something (the typical, most expensive case: it builds the events and the new state).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DecideBenchmark {

    private final UserId alice = UserId.of(UUID.fromString("018f0000-0000-7000-8000-000000000001"));
    private final UserId bob = UserId.of(UUID.fromString("018f0000-0000-7000-8000-000000000002"));
    private final UserPair pair = UserPair.of(alice, bob);

    private final DecisionContext empty = at(PairState.empty(pair));
    private final DecisionContext bobFollowsAlice = at(Replay.of(pair, List.of(new UserFollowed(bob, alice))));
    private final DecisionContext aliceFollowsBob = at(Replay.of(pair, List.of(new UserFollowed(alice, bob))));
    private final DecisionContext bobRequestedAlice = at(Replay.of(pair, List.of(new ConnectionRequested(bob, alice))));
    private final DecisionContext aliceRequestedBob = at(Replay.of(pair, List.of(new ConnectionRequested(alice, bob))));
    private final DecisionContext connectedAndFollowingBothWays = at(Replay.of(pair, List.of(
            new UserFollowed(alice, bob), new UserFollowed(bob, alice),
            new ConnectionRequested(alice, bob), new ConnectionAccepted(alice, bob))));
    private final DecisionContext aliceBlocksBob = at(Replay.of(pair, List.of(new UserBlocked(alice, bob, BlockReason.NONE))));

    /** The contexts are made once: the benchmark measures the decision alone. */
    private static DecisionContext at(PairState state) {
        return DecisionContext.of(state, Instant.EPOCH);
    }

    @Benchmark
    public Decision follow() {
        return RelationshipKernel.decide(bobFollowsAlice, new Follow(alice, bob));
    }

    @Benchmark
    public Decision unfollow() {
        return RelationshipKernel.decide(aliceFollowsBob, new Unfollow(alice, bob));
    }

    @Benchmark
    public Decision removeFollower() {
        return RelationshipKernel.decide(bobFollowsAlice, new RemoveFollower(alice, bob));
    }

    @Benchmark
    public Decision requestConnection() {
        return RelationshipKernel.decide(empty, new RequestConnection(alice, bob));
    }

    @Benchmark
    public Decision acceptConnectionRequest() {
        return RelationshipKernel.decide(bobRequestedAlice, new AcceptConnectionRequest(alice, bob));
    }

    @Benchmark
    public Decision rejectConnectionRequest() {
        return RelationshipKernel.decide(bobRequestedAlice, new RejectConnectionRequest(alice, bob));
    }

    @Benchmark
    public Decision cancelConnectionRequest() {
        return RelationshipKernel.decide(aliceRequestedBob, new CancelConnectionRequest(alice, bob));
    }

    @Benchmark
    public Decision removeConnection() {
        return RelationshipKernel.decide(connectedAndFollowingBothWays, new RemoveConnection(alice, bob));
    }

    /** The widest change: ends both follows and the connection, then blocks. */
    @Benchmark
    public Decision block() {
        return RelationshipKernel.decide(connectedAndFollowingBothWays, new Block(alice, bob));
    }

    @Benchmark
    public Decision unblock() {
        return RelationshipKernel.decide(aliceBlocksBob, new Unblock(alice, bob));
    }
}
