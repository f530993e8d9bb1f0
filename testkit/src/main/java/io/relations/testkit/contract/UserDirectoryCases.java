package io.relations.testkit.contract;

import static io.relations.testkit.contract.PortsInUse.ADMINISTRATOR;
import static io.relations.testkit.contract.PortsInUse.unknownUser;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.application.model.ListedUser;
import io.relations.application.model.Denial;
import io.relations.application.model.Outcome;
import io.relations.application.model.PairFacts;
import io.relations.application.model.UserStats;
import io.relations.domain.event.ConnectionAccepted;
import io.relations.domain.event.ConnectionRequested;
import io.relations.domain.event.HistoryKind;
import io.relations.domain.event.UserFollowed;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Registration, deletion and its tombstone. */
abstract class UserDirectoryCases extends PortCases {

    UserDirectoryCases(Supplier<PortsInUse> ports) {
        super(ports);
    }

    @Test
    void registering_tells_whether_the_user_is_new_whoever_registers() {
        UserId alice = unknownUser();
        UserId bob = unknownUser();

        assertThat(given.ports.users().registerUnlessDeleted(alice)).isEqualTo(Outcome.success(true));
        assertThat(given.ports.users().registerUnlessDeleted(alice)).isEqualTo(Outcome.success(false));
        assertThat(given.ports.users().register(alice, ADMINISTRATOR)).isFalse();
        assertThat(given.ports.users().register(bob, ADMINISTRATOR)).isTrue();
        assertThat(given.facts(alice, bob)).extracting(PairFacts::actorKnown, PairFacts::targetKnown).containsExactly(true, true);
    }

    @Test
    void a_deleted_user_is_not_registered_on_first_use_until_an_administrator_registers_them() {
        UserId alice = given.newUser();
        UserId bob = given.newUser();

        assertThat(given.ports.users().delete(alice, ADMINISTRATOR)).isTrue();
        assertThat(given.ports.users().delete(alice, ADMINISTRATOR)).isFalse();
        assertThat(given.ports.users().registerUnlessDeleted(alice)).isEqualTo(Outcome.denied(Denial.USER_DELETED));
        assertThat(given.facts(bob, alice).targetKnown()).isFalse();

        assertThat(given.ports.users().register(alice, ADMINISTRATOR)).isTrue();
        assertThat(given.ports.users().registerUnlessDeleted(alice)).isEqualTo(Outcome.success(false));
        assertThat(given.facts(bob, alice).targetKnown()).isTrue();
    }

    @Test
    void deleting_a_user_erases_their_relationships_history_and_counts_and_leaves_the_others_alone() {
        UserId alice = given.newUser();
        UserId bob = given.newUser();
        UserId carol = given.newUser();
        given.record(alice, bob, new UserFollowed(alice, bob));
        given.record(bob, carol, new UserFollowed(bob, carol));
        given.record(alice, carol, new ConnectionRequested(alice, carol));
        given.record(carol, alice, new ConnectionAccepted(alice, carol));

        given.ports.users().delete(bob, ADMINISTRATOR);

        assertThat(given.following(alice)).isEmpty();
        assertThat(given.followers(carol)).isEmpty();
        assertThat(given.history(alice, HistoryKind.FOLLOWS)).isEmpty();
        assertThat(given.ports.statistics().statsOf(alice, alice).result()).isEqualTo(new UserStats(0, 0, 1));
        assertThat(given.ports.statistics().statsOf(carol, carol).result()).isEqualTo(new UserStats(0, 0, 1));
        assertThat(given.connections(carol)).extracting(ListedUser::user).containsExactly(alice);
        assertThat(given.history(carol, HistoryKind.CONNECTIONS)).hasSize(2);
        assertThat(given.facts(alice, bob)).isEqualTo(new PairFacts(true, true, false, PairState.empty(UserPair.of(alice, bob))));

        given.ports.users().register(bob, ADMINISTRATOR);
        assertThat(given.state(alice, bob)).isEqualTo(PairState.empty(UserPair.of(alice, bob)));
    }
}
