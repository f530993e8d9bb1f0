package io.relations.testkit.contract;

import static io.relations.testkit.contract.PortsInUse.unknownUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relations.application.model.PairFacts;
import io.relations.application.model.RecordedEvent;
import io.relations.application.model.UserStats;
import io.relations.application.port.out.LockedPair;
import io.relations.domain.event.ConnectionAccepted;
import io.relations.domain.event.ConnectionRequested;
import io.relations.domain.event.HistoryKind;
import io.relations.domain.event.Replay;
import io.relations.domain.event.UserFollowed;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** What a command reads under the pair's lock, and what recording its events does. */
abstract class CommandFactsCases extends PortCases {

    CommandFactsCases(Supplier<PortsInUse> ports) {
        super(ports);
    }

    @Test
    void a_pair_with_no_history_is_empty_and_the_facts_say_who_is_registered() {
        UserId alice = given.newUser();
        UserId stranger = unknownUser();

        PairFacts facts = given.facts(alice, stranger);

        assertThat(facts).isEqualTo(new PairFacts(true, true, false, PairState.empty(UserPair.of(alice, stranger))));
    }

    @Test
    void the_facts_are_the_replay_of_what_the_transactions_before_recorded_seen_from_either_side() {
        UserId alice = given.newUser();
        UserId bob = given.newUser();
        List<RecordedEvent> recorded = new ArrayList<>();

        recorded.addAll(given.record(alice, bob, new UserFollowed(alice, bob)));
        recorded.addAll(given.record(alice, bob, new ConnectionRequested(alice, bob)));
        recorded.addAll(given.record(bob, alice, new ConnectionAccepted(alice, bob), new UserFollowed(bob, alice)));

        PairState expected = Replay.of(UserPair.of(alice, bob), recorded.stream().map(RecordedEvent::event).toList());
        assertThat(given.facts(bob, alice)).isEqualTo(new PairFacts(true, true, true, expected));
        assertThat(given.state(alice, bob)).isEqualTo(expected);
    }

    @Test
    void the_work_s_answer_is_the_transaction_s_answer() {
        UserId alice = given.newUser();
        UserId bob = given.newUser();

        String answer = given.ports.pairTransactions().withPairLocked(alice, bob, locked -> "decided");

        assertThat(answer).isEqualTo("decided");
    }

    @Test
    void record_refuses_a_second_call_in_one_transaction_and_the_transaction_leaves_nothing() {
        UserId alice = given.newUser();
        UserId bob = given.newUser();

        assertThatThrownBy(() -> given.ports.pairTransactions().withPairLocked(alice, bob, locked -> {
            locked.record(List.of(given.recorded(new UserFollowed(alice, bob))));
            locked.record(List.of(given.recorded(new UserFollowed(bob, alice))));
            return null;
        })).isInstanceOf(IllegalStateException.class);

        assertThat(given.state(alice, bob)).isEqualTo(PairState.empty(UserPair.of(alice, bob)));
        assertThat(given.history(alice, HistoryKind.FOLLOWS)).isEmpty();
    }

    @Test
    void record_refuses_a_call_after_the_transaction_ended() {
        UserId alice = given.newUser();
        UserId bob = given.newUser();
        LockedPair leaked = given.ports.pairTransactions().withPairLocked(alice, bob, locked -> locked);

        assertThatThrownBy(() -> leaked.record(List.of(given.recorded(new UserFollowed(alice, bob)))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(given.state(alice, bob)).isEqualTo(PairState.empty(UserPair.of(alice, bob)));
    }

    @Test
    void work_that_throws_reaches_the_caller_and_leaves_nothing_of_what_it_recorded() {
        UserId alice = given.newUser();
        UserId bob = given.newUser();
        IllegalArgumentException failure = new IllegalArgumentException("the work failed");

        assertThatThrownBy(() -> given.ports.pairTransactions().withPairLocked(alice, bob, locked -> {
            locked.record(List.of(given.recorded(new UserFollowed(alice, bob))));
            throw failure;
        })).isSameAs(failure);

        assertThat(given.state(alice, bob)).isEqualTo(PairState.empty(UserPair.of(alice, bob)));
        assertThat(given.following(alice)).isEmpty();
        assertThat(given.ports.statistics().statsOf(bob, bob).result()).isEqualTo(UserStats.NONE);
        assertThat(given.history(alice, HistoryKind.FOLLOWS)).isEmpty();
    }
}
