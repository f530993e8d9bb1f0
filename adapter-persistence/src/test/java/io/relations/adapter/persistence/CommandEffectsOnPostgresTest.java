package io.relations.adapter.persistence;

import static io.relations.adapter.persistence.support.Outcomes.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.adapter.persistence.check.InvariantChecker;
import io.relations.adapter.persistence.support.RelationsOnPostgres;
import io.relations.adapter.persistence.support.Tables;
import io.relations.application.model.UserStats;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every command through the application service, and what it leaves in the current and history tables. */
class CommandEffectsOnPostgresTest {

    @RegisterExtension
    static final RelationsOnPostgres relations = RelationsOnPostgres.perTestClass(4);

    private UserId alice;
    private UserId bob;
    private Tables tables;

    @BeforeEach
    void twoNewUsers() {
        alice = relations.newUser();
        bob = relations.newUser();
        tables = new Tables(relations.sql()).named(alice, "alice").named(bob, "bob");
    }

    @AfterEach
    void invariantsHold() {
        assertThat(InvariantChecker.violations(relations.dataSource())).isEmpty();
    }

    @Test
    void following_adds_the_follow_a_history_row_by_the_follower_and_one_to_both_counts() {
        // when
        value(relations.commands().follow(alice, bob));

        // then
        assertThat(tables.follows()).containsExactly("alice -> bob");
        assertThat(tables.followsHistory()).containsExactly("alice -> bob follow by alice");
        assertThat(stats(alice)).isEqualTo(new UserStats(0, 1, 0));
        assertThat(stats(bob)).isEqualTo(new UserStats(1, 0, 0));
    }

    @Test
    void following_again_changes_nothing_and_records_nothing() {
        // given
        value(relations.commands().follow(alice, bob));
        var before = tables.snapshot();

        // when
        var change = value(relations.commands().follow(alice, bob));

        // then
        assertThat(change.changed()).isFalse();
        assertThat(tables.snapshot()).isEqualTo(before);
    }

    @Test
    void unfollowing_removes_the_follow_and_records_an_unfollow_by_the_follower() {
        // given
        value(relations.commands().follow(alice, bob));

        // when
        value(relations.commands().unfollow(alice, bob));

        // then
        assertThat(tables.follows()).isEmpty();
        assertThat(tables.followsHistory()).containsExactly("alice -> bob follow by alice", "alice -> bob unfollow by alice");
        assertThat(stats(alice)).isEqualTo(new UserStats(0, 0, 0));
        assertThat(stats(bob)).isEqualTo(new UserStats(0, 0, 0));
    }

    @Test
    void removing_a_follower_removes_their_follow_and_records_an_unfollow_by_the_followed_user() {
        // given
        value(relations.commands().follow(bob, alice));

        // when
        value(relations.commands().removeFollower(alice, bob));

        // then
        assertThat(tables.follows()).isEmpty();
        assertThat(tables.followsHistory()).containsExactly("bob -> alice follow by bob", "bob -> alice unfollow by alice");
        assertThat(stats(alice).followers()).isZero();
    }

    @Test
    void requesting_a_connection_adds_a_pending_row_and_a_requested_history_row() {
        // when
        value(relations.commands().requestConnection(alice, bob));

        // then
        assertThat(tables.connections()).containsExactly("alice -> bob pending");
        assertThat(tables.connectionsHistory()).containsExactly(pair("requested by alice"));
        assertThat(stats(alice).connections()).isZero();
    }

    @Test
    void accepting_a_request_marks_it_accepted_and_counts_one_connection_for_each() {
        // given
        value(relations.commands().requestConnection(alice, bob));

        // when
        value(relations.commands().acceptConnectionRequest(bob, alice));

        // then
        assertThat(tables.connections()).containsExactly("alice -> bob accepted");
        assertThat(tables.connectionsHistory()).containsExactly(pair("requested by alice"), pair("accepted by bob"));
        assertThat(stats(alice).connections()).isEqualTo(1);
        assertThat(stats(bob).connections()).isEqualTo(1);
    }

    @Test
    void requesting_back_accepts_the_other_users_pending_request() {
        // given
        value(relations.commands().requestConnection(alice, bob));

        // when
        value(relations.commands().requestConnection(bob, alice));

        // then the one row is alice's request, accepted; no second request exists
        assertThat(tables.connections()).containsExactly("alice -> bob accepted");
        assertThat(tables.connectionsHistory()).containsExactly(pair("requested by alice"), pair("accepted by bob"));
    }

    @Test
    void rejecting_a_request_deletes_it_and_records_rejected_by_the_recipient() {
        // given
        value(relations.commands().requestConnection(alice, bob));

        // when
        value(relations.commands().rejectConnectionRequest(bob, alice));

        // then
        assertThat(tables.connections()).isEmpty();
        assertThat(tables.connectionsHistory()).containsExactly(pair("requested by alice"), pair("rejected by bob"));
    }

    @Test
    void cancelling_an_own_request_deletes_it_and_records_removed_by_the_requester() {
        // given
        value(relations.commands().requestConnection(alice, bob));

        // when
        value(relations.commands().cancelConnectionRequest(alice, bob));

        // then
        assertThat(tables.connections()).isEmpty();
        assertThat(tables.connectionsHistory()).containsExactly(pair("requested by alice"), pair("removed by alice"));
    }

    @Test
    void removing_a_connection_deletes_it_and_takes_one_from_both_counts() {
        // given
        value(relations.commands().requestConnection(alice, bob));
        value(relations.commands().acceptConnectionRequest(bob, alice));

        // when
        value(relations.commands().removeConnection(bob, alice));

        // then
        assertThat(tables.connections()).isEmpty();
        assertThat(tables.connectionsHistory()).endsWith(pair("removed by bob"));
        assertThat(stats(alice).connections()).isZero();
        assertThat(stats(bob).connections()).isZero();
    }

    @Test
    void blocking_removes_both_follows_and_the_connection_and_records_each_removal_by_the_blocker() {
        // given
        value(relations.commands().follow(alice, bob));
        value(relations.commands().follow(bob, alice));
        value(relations.commands().requestConnection(bob, alice));
        value(relations.commands().acceptConnectionRequest(alice, bob));

        // when
        value(relations.commands().block(alice, bob, new BlockReason("spam")));

        // then
        assertThat(tables.follows()).isEmpty();
        assertThat(tables.connections()).isEmpty();
        assertThat(tables.blocks()).containsExactly("alice -> bob: spam");
        assertThat(tables.followsHistory()).endsWith("alice -> bob unfollow by alice", "bob -> alice unfollow by alice");
        assertThat(tables.connectionsHistory()).endsWith(pair("removed by alice"));
        assertThat(tables.blocksHistory()).containsExactly("alice -> bob block by alice: spam");
        assertThat(stats(alice)).isEqualTo(new UserStats(0, 0, 0));
        assertThat(stats(bob)).isEqualTo(new UserStats(0, 0, 0));
    }

    @Test
    void the_events_of_one_command_share_their_time_and_are_ordered_by_their_ids() {
        // given
        value(relations.commands().follow(alice, bob));
        value(relations.commands().follow(bob, alice));
        value(relations.commands().requestConnection(bob, alice));

        // when
        value(relations.commands().block(alice, bob, BlockReason.NONE));

        // then the four rows written by the block, in id order, are the kernel's order of events
        assertThat(relations.sql().rows("""
                select action from (
                    select id, inserted_at, action from phoenix_kit_user_follows_history where actor_id = ?
                    union all select id, inserted_at, action from phoenix_kit_user_connections_history where actor_id = ?
                    union all select id, inserted_at, action from phoenix_kit_user_blocks_history where actor_id = ?
                ) h where inserted_at = (select inserted_at from phoenix_kit_user_blocks_history where actor_id = ?)
                order by id""", alice.value(), alice.value(), alice.value(), alice.value()))
                .containsExactly("unfollow", "unfollow", "removed", "block");
    }

    @Test
    void unblocking_removes_the_block_and_restores_nothing() {
        // given
        value(relations.commands().follow(bob, alice));
        value(relations.commands().block(alice, bob, BlockReason.NONE));

        // when
        value(relations.commands().unblock(alice, bob));

        // then
        assertThat(tables.blocks()).isEmpty();
        assertThat(tables.follows()).isEmpty();
        assertThat(tables.blocksHistory()).containsExactly("alice -> bob block by alice: ", "alice -> bob unblock by alice: ");
    }

    private UserStats stats(UserId user) {
        return value(relations.queries().userStats(user, user));
    }

    /** A connection history row: the pair is stored lower id first. */
    private String pair(String actionByActor) {
        boolean aliceFirst = alice.compareTo(bob) < 0;
        return (aliceFirst ? "{alice, bob} " : "{bob, alice} ") + actionByActor;
    }
}
