package io.relations.domain.decision;

import static io.relations.domain.testing.DecisionAssertions.assertChanged;
import static io.relations.domain.testing.DecisionAssertions.assertUnchanged;
import static io.relations.domain.testing.Users.ALICE;
import static io.relations.domain.testing.Users.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.domain.event.ConnectionRemoved;
import io.relations.domain.event.UserBlocked;
import io.relations.domain.event.UserUnblocked;
import io.relations.domain.event.UserUnfollowed;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.Connection;
import io.relations.domain.model.Edge;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserPair;
import io.relations.domain.testing.GivenPair;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DESIGN §2, the rows of block and unblock, and the commands that stay allowed while blocked. */
class BlockRulesTest {

    private static final BlockReason SPAM = new BlockReason("spam");

    @Test
    void blocking_again_is_a_no_op_even_with_another_reason() {
        PairState state = GivenPair.of(ALICE, BOB).blocking(ALICE, BOB).state();

        assertUnchanged(RelationshipKernel.decide(state, new Block(ALICE, BOB, SPAM)), state);
    }

    @Test
    void blocking_records_the_block_with_its_reason() {
        PairState state = GivenPair.of(ALICE, BOB).state();

        PairState after = assertChanged(RelationshipKernel.decide(state, new Block(ALICE, BOB, SPAM)), new UserBlocked(ALICE, BOB, SPAM));

        assertThat(after.blocks()).isEqualTo(Map.of(new Edge(ALICE, BOB), SPAM));
    }

    @Test
    void blocking_removes_follows_in_both_directions_and_the_connection_logging_each_removal_by_the_blocker() {
        PairState state = GivenPair.of(ALICE, BOB).following(ALICE, BOB).following(BOB, ALICE).connected(BOB, ALICE).state();

        PairState after = assertChanged(
                RelationshipKernel.decide(state, new Block(ALICE, BOB, SPAM)),
                new UserUnfollowed(ALICE, BOB, ALICE),
                new UserUnfollowed(BOB, ALICE, ALICE),
                new ConnectionRemoved(UserPair.of(ALICE, BOB), ALICE),
                new UserBlocked(ALICE, BOB, SPAM));

        assertThat(after.follows()).isEmpty();
        assertThat(after.connection()).isEqualTo(Connection.none());
        assertThat(after.blocks(ALICE, BOB)).isTrue();
    }

    @Test
    void blocking_removes_a_pending_request_in_either_direction() {
        PairState theirRequest = GivenPair.of(ALICE, BOB).requested(BOB, ALICE).state();

        PairState after = assertChanged(
                RelationshipKernel.decide(theirRequest, new Block(ALICE, BOB)),
                new ConnectionRemoved(UserPair.of(ALICE, BOB), ALICE),
                new UserBlocked(ALICE, BOB, BlockReason.NONE));

        assertThat(after.connection()).isEqualTo(Connection.none());
    }

    @Test
    void blocking_back_someone_who_blocks_you_adds_the_second_block() {
        PairState state = GivenPair.of(ALICE, BOB).blocking(BOB, ALICE).state();

        PairState after = assertChanged(RelationshipKernel.decide(state, new Block(ALICE, BOB)), new UserBlocked(ALICE, BOB, BlockReason.NONE));

        assertThat(after.blocks(ALICE, BOB)).isTrue();
        assertThat(after.blocks(BOB, ALICE)).isTrue();
    }

    @Test
    void unblocking_removes_the_block_and_restores_nothing() {
        PairState before = GivenPair.of(ALICE, BOB).following(BOB, ALICE).connected(ALICE, BOB).state();
        PairState blocked = ((Decision.Changed) RelationshipKernel.decide(before, new Block(ALICE, BOB))).state();

        PairState after = assertChanged(RelationshipKernel.decide(blocked, new Unblock(ALICE, BOB)), new UserUnblocked(ALICE, BOB));

        assertThat(after).isEqualTo(PairState.empty(UserPair.of(ALICE, BOB)));
    }

    @Test
    void unblocking_someone_not_blocked_is_a_no_op_even_when_they_block_you() {
        PairState state = GivenPair.of(ALICE, BOB).blocking(BOB, ALICE).state();

        assertUnchanged(RelationshipKernel.decide(state, new Unblock(ALICE, BOB)), state);
    }

    @Test
    void commands_that_only_remove_are_allowed_while_a_block_exists() {
        PairState state = GivenPair.of(ALICE, BOB).blocking(BOB, ALICE).state();

        assertUnchanged(RelationshipKernel.decide(state, new Unfollow(ALICE, BOB)), state);
        assertUnchanged(RelationshipKernel.decide(state, new RemoveFollower(ALICE, BOB)), state);
        assertUnchanged(RelationshipKernel.decide(state, new CancelConnectionRequest(ALICE, BOB)), state);
        assertUnchanged(RelationshipKernel.decide(state, new RemoveConnection(ALICE, BOB)), state);
    }
}
