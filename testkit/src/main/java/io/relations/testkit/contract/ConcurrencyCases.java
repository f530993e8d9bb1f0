package io.relations.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relations.application.model.RecordedEvent;
import io.relations.application.model.UserStats;
import io.relations.domain.event.HistoryKind;
import io.relations.domain.event.Replay;
import io.relations.domain.event.RelationshipEvent;
import io.relations.domain.event.UserBlocked;
import io.relations.domain.event.UserFollowed;
import io.relations.domain.event.UserUnfollowed;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two threads on one pair. Each round starts both commands together (a barrier) on a pair of new
 * users; the rounds are bounded in number and every wait in time, so a storage that deadlocks
 * fails the test instead of hanging it. The work decides on the facts it was given, as the
 * application's does, so it may run more than once where the storage retries.
 */
abstract class ConcurrencyCases extends PortCases {

    private static final int ROUNDS = 10;
    private static final long TIMEOUT_SECONDS = 10;
    /** How long the second transaction is given to (wrongly) get past the first's lock. */
    private static final long OVERTAKING_MILLIS = 200;

    private ExecutorService threads;

    ConcurrencyCases(Supplier<PortsInUse> ports) {
        super(ports);
    }

    @BeforeEach
    final void twoThreads() {
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    final void stopTheThreads() throws InterruptedException {
        threads.shutdownNow();
        assertThat(threads.awaitTermination(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("both threads stopped").isTrue();
    }

    @Test
    void a_second_transaction_on_the_pair_waits_for_the_first_and_decides_on_what_it_recorded() throws Exception {
        UserId alice = given.newUser();
        UserId bob = given.newUser();
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            Future<?> first = threads.submit(() -> given.ports.pairTransactions().withPairLocked(alice, bob, locked -> {
                locked.record(List.of(given.recorded(new UserFollowed(alice, bob))));
                inside.countDown();
                return await(release);
            }));
            assertThat(inside.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("the first transaction is under way").isTrue();

            // The other side of the same pair: the lock is the unordered pair's.
            Future<PairState> second = threads.submit(() -> given.state(bob, alice));

            assertThatThrownBy(() -> second.get(OVERTAKING_MILLIS, TimeUnit.MILLISECONDS))
                    .as("the second transaction read the pair while the first held it")
                    .isInstanceOf(TimeoutException.class);
            release.countDown();
            first.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            assertThat(second.get(TIMEOUT_SECONDS, TimeUnit.SECONDS).follows(alice, bob)).isTrue();
        } finally {
            release.countDown();
        }
    }

    @Test
    void two_follows_of_one_pair_at_once_record_one_follow() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            UserId alice = given.newUser();
            UserId bob = given.newUser();
            CyclicBarrier start = new CyclicBarrier(2);
            Callable<Boolean> follow = () -> {
                start.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                return given.ports.pairTransactions().withPairLocked(alice, bob, locked -> {
                    if (locked.facts().state().follows(alice, bob)) {
                        return false;
                    }
                    locked.record(List.of(given.recorded(new UserFollowed(alice, bob))));
                    return true;
                });
            };

            List<Boolean> followed = bothAtOnce(follow, follow);

            assertThat(followed).as("round %d: exactly one of the two follows recorded", round).containsExactlyInAnyOrder(true, false);
            assertThat(given.history(alice, HistoryKind.FOLLOWS)).hasSize(1);
            assertThat(given.ports.statistics().statsOf(bob, bob).result()).isEqualTo(new UserStats(1, 0, 0));
            assertConsistent(alice, bob);
        }
    }

    @Test
    void a_follow_racing_a_block_of_the_same_pair_ends_blocked_without_the_follow() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            UserId alice = given.newUser();
            UserId bob = given.newUser();
            CyclicBarrier start = new CyclicBarrier(2);
            Callable<Boolean> follow = () -> {
                start.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                return given.ports.pairTransactions().withPairLocked(alice, bob, locked -> {
                    PairState state = locked.facts().state();
                    if (state.blockedEitherWay() || state.follows(alice, bob)) {
                        return false;
                    }
                    locked.record(List.of(given.recorded(new UserFollowed(alice, bob))));
                    return true;
                });
            };
            Callable<Boolean> block = () -> {
                start.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                return given.ports.pairTransactions().withPairLocked(bob, alice, locked -> {
                    PairState state = locked.facts().state();
                    List<RelationshipEvent> events = new ArrayList<>();
                    if (state.follows(alice, bob)) {
                        events.add(new UserUnfollowed(alice, bob, bob));
                    }
                    events.add(new UserBlocked(bob, alice, new BlockReason("spam")));
                    locked.record(events.stream().map(given::recorded).toList());
                    return true;
                });
            };

            boolean followed = bothAtOnce(follow, block).get(0);

            PairState state = given.state(alice, bob);
            assertThat(state.blocks(bob, alice)).as("round %d: blocked", round).isTrue();
            assertThat(state.follows(alice, bob)).as("round %d: no follow beside the block", round).isFalse();
            assertThat(given.history(alice, HistoryKind.FOLLOWS))
                    .as("round %d: a follow that came first, then its removal by the block; or nothing", round)
                    .extracting(RecordedEvent::event)
                    .containsExactlyElementsOf(followed
                            ? List.of(new UserUnfollowed(alice, bob, bob), new UserFollowed(alice, bob))
                            : List.of());
            assertThat(given.following(alice)).isEmpty();
            assertThat(given.ports.statistics().statsOf(bob, bob).result()).isEqualTo(UserStats.NONE);
            assertConsistent(alice, bob);
        }
    }

    /** Runs both at once and answers their results, in the order given; each wait bounded. */
    private <T> List<T> bothAtOnce(Callable<T> one, Callable<T> other) throws Exception {
        Future<T> first = threads.submit(one);
        Future<T> second = threads.submit(other);
        return List.of(first.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), second.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
    }

    /** Invariant 4: the history replays (strictly) to the state; invariants 2 and 3 hold for every state that loads. */
    private void assertConsistent(UserId alice, UserId bob) {
        PairState state = given.state(alice, bob);
        assertThat(Replay.of(UserPair.of(alice, bob), given.pairHistory(alice, UserPair.of(alice, bob)))).isEqualTo(state);
    }

    private static Void await(CountDownLatch latch) {
        try {
            if (!latch.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released in time");
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
