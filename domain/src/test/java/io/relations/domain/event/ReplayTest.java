package io.relations.domain.event;

import static io.relations.domain.testing.Users.ALICE;
import static io.relations.domain.testing.Users.BOB;
import static io.relations.domain.testing.Users.CAROL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relations.domain.model.BlockReason;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserPair;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Strict replay: a history the kernel could never have produced is refused, naming the offending event and its index. */
class ReplayTest {

    private static final UserPair ALICE_AND_BOB = UserPair.of(ALICE, BOB);
    private static final UserFollowed ALICE_FOLLOWS_BOB = new UserFollowed(ALICE, BOB);
    private static final UserBlocked BOB_BLOCKS_ALICE = new UserBlocked(BOB, ALICE, BlockReason.NONE);
    private static final ConnectionRequested ALICE_ASKS_BOB = new ConnectionRequested(ALICE, BOB);

    @Test
    void a_history_the_kernel_wrote_replays_to_its_state() {
        List<RelationshipEvent> history = List.of(ALICE_FOLLOWS_BOB, ALICE_ASKS_BOB, new ConnectionAccepted(ALICE, BOB),
                new UserUnfollowed(ALICE, BOB, BOB), new ConnectionRemoved(ALICE_AND_BOB, BOB), BOB_BLOCKS_ALICE,
                new UserBlocked(ALICE, BOB, new BlockReason("back")), new UserUnblocked(BOB, ALICE));

        assertThat(Replay.of(ALICE_AND_BOB, history))
                .isEqualTo(PairState.between(ALICE, BOB).blocking(ALICE, BOB, new BlockReason("back")).build());
    }

    @Test
    void a_follow_while_already_following_is_impossible() {
        assertImpossible(List.of(ALICE_FOLLOWS_BOB, ALICE_FOLLOWS_BOB), 1);
    }

    @Test
    void a_follow_while_blocked_is_impossible() {
        assertImpossible(List.of(BOB_BLOCKS_ALICE, ALICE_FOLLOWS_BOB), 1);
    }

    @Test
    void an_unfollow_without_a_follow_is_impossible() {
        assertImpossible(List.of(new UserFollowed(BOB, ALICE), new UserUnfollowed(ALICE, BOB, ALICE)), 1);
    }

    @Test
    void an_accept_without_a_pending_request_from_the_other_user_is_impossible() {
        assertImpossible(List.of(new ConnectionAccepted(ALICE, BOB)), 0);
        assertImpossible(List.of(ALICE_ASKS_BOB, new ConnectionAccepted(BOB, ALICE)), 1);
        assertImpossible(List.of(ALICE_ASKS_BOB, new ConnectionAccepted(ALICE, BOB), new ConnectionAccepted(ALICE, BOB)), 2);
    }

    @Test
    void a_reject_without_a_pending_request_from_the_other_user_is_impossible() {
        assertImpossible(List.of(new ConnectionRejected(ALICE, BOB)), 0);
        assertImpossible(List.of(ALICE_ASKS_BOB, new ConnectionRejected(BOB, ALICE)), 1);
    }

    @Test
    void a_request_while_a_connection_exists_is_impossible() {
        assertImpossible(List.of(ALICE_ASKS_BOB, new ConnectionRequested(BOB, ALICE)), 1);
        assertImpossible(List.of(ALICE_ASKS_BOB, new ConnectionAccepted(ALICE, BOB), ALICE_ASKS_BOB), 2);
    }

    @Test
    void a_request_while_blocked_is_impossible() {
        assertImpossible(List.of(BOB_BLOCKS_ALICE, ALICE_ASKS_BOB), 1);
    }

    @Test
    void a_removal_without_a_connection_is_impossible() {
        assertImpossible(List.of(new ConnectionRemoved(ALICE_AND_BOB, ALICE)), 0);
    }

    @Test
    void a_block_while_already_blocking_is_impossible() {
        assertImpossible(List.of(BOB_BLOCKS_ALICE, BOB_BLOCKS_ALICE), 1);
    }

    @Test
    void a_block_while_a_follow_or_a_connection_still_exists_is_impossible() {
        assertImpossible(List.of(ALICE_FOLLOWS_BOB, BOB_BLOCKS_ALICE), 1);
        assertImpossible(List.of(ALICE_ASKS_BOB, BOB_BLOCKS_ALICE), 1);
    }

    @Test
    void an_unblock_without_that_block_is_impossible() {
        assertImpossible(List.of(new UserUnblocked(BOB, ALICE)), 0);
        assertImpossible(List.of(BOB_BLOCKS_ALICE, new UserUnblocked(ALICE, BOB)), 1);
    }

    @Test
    void an_event_of_another_pair_is_impossible() {
        assertImpossible(List.of(ALICE_FOLLOWS_BOB, new UserFollowed(ALICE, CAROL)), 1);
    }

    @Test
    void the_index_counts_within_the_events_applied_to_a_state() {
        PairState following = Replay.of(ALICE_AND_BOB, List.of(ALICE_FOLLOWS_BOB));

        assertThatThrownBy(() -> Replay.apply(following, List.of(ALICE_FOLLOWS_BOB)))
                .isInstanceOfSatisfying(ImpossibleHistoryException.class, impossible -> {
                    assertThat(impossible.index()).isZero();
                    assertThat(impossible.before()).isEqualTo(following);
                });
    }

    private static void assertImpossible(List<RelationshipEvent> history, int index) {
        PairState before = Replay.of(ALICE_AND_BOB, history.subList(0, index));

        assertThatThrownBy(() -> Replay.of(ALICE_AND_BOB, history))
                .isInstanceOfSatisfying(ImpossibleHistoryException.class, impossible -> {
                    assertThat(impossible.event()).isSameAs(history.get(index));
                    assertThat(impossible.index()).isEqualTo(index);
                    assertThat(impossible.before()).isEqualTo(before);
                })
                .hasMessageContaining("event " + index + " ")
                .hasMessageContaining(history.get(index).toString());
    }
}
