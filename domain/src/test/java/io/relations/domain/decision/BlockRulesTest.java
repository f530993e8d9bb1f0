package io.relations.domain.decision;

import static io.relations.domain.testing.Contexts.on;
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
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DESIGN §2, the rows of block and unblock, and the commands that stay allowed while blocked. */
class BlockRulesTest {

    private static final BlockReason SPAM = new BlockReason("spam");

    @Test
    void blocking_again_is_a_no_op_even_with_another_reason() {
        PairState state = PairState.between(ALICE, BOB).blocking(ALICE, BOB).build();

        assertUnchanged(RelationshipKernel.decide(on(state), new Block(ALICE, BOB, SPAM)), state);
    }

    @Test
    void blocking_records_the_block_with_its_reason() {
        PairState state = PairState.between(ALICE, BOB).build();

        PairState after = assertChanged(RelationshipKernel.decide(on(state), new Block(ALICE, BOB, SPAM)), new UserBlocked(ALICE, BOB, SPAM));

        assertThat(after.blocks()).isEqualTo(Map.of(new Edge(ALICE, BOB), SPAM));
    }

    @Test
    void blocking_removes_follows_in_both_directions_and_the_connection_logging_each_removal_by_the_blocker() {
        PairState state = PairState.between(ALICE, BOB).following(ALICE, BOB).following(BOB, ALICE).connected(BOB, ALICE).build();

        PairState after = assertChanged(
                RelationshipKernel.decide(on(state), new Block(ALICE, BOB, SPAM)),
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
        PairState theirRequest = PairState.between(ALICE, BOB).requested(BOB, ALICE).build();

        PairState after = assertChanged(
                RelationshipKernel.decide(on(theirRequest), new Block(ALICE, BOB)),
                new ConnectionRemoved(UserPair.of(ALICE, BOB), ALICE),
                new UserBlocked(ALICE, BOB, BlockReason.NONE));

        assertThat(after.connection()).isEqualTo(Connection.none());
    }

    @Test
    void blocking_back_someone_who_blocks_you_adds_the_second_block() {
        PairState state = PairState.between(ALICE, BOB).blocking(BOB, ALICE).build();

        PairState after = assertChanged(RelationshipKernel.decide(on(state), new Block(ALICE, BOB)), new UserBlocked(ALICE, BOB, BlockReason.NONE));

        assertThat(after.blocks(ALICE, BOB)).isTrue();
        assertThat(after.blocks(BOB, ALICE)).isTrue();
    }

    @Test
    void unblocking_removes_the_block_and_restores_nothing() {
        PairState before = PairState.between(ALICE, BOB).following(BOB, ALICE).connected(ALICE, BOB).build();
        PairState blocked = RelationshipKernel.decide(on(before), new Block(ALICE, BOB)).state();

        PairState after = assertChanged(RelationshipKernel.decide(on(blocked), new Unblock(ALICE, BOB)), new UserUnblocked(ALICE, BOB));

        assertThat(after).isEqualTo(PairState.empty(UserPair.of(ALICE, BOB)));
    }

    @Test
    void unblocking_someone_not_blocked_is_a_no_op_even_when_they_block_you() {
        PairState state = PairState.between(ALICE, BOB).blocking(BOB, ALICE).build();

        assertUnchanged(RelationshipKernel.decide(on(state), new Unblock(ALICE, BOB)), state);
    }

    @Test
    void commands_that_only_remove_are_allowed_while_a_block_exists() {
        PairState state = PairState.between(ALICE, BOB).blocking(BOB, ALICE).build();

        assertUnchanged(RelationshipKernel.decide(on(state), new Unfollow(ALICE, BOB)), state);
        assertUnchanged(RelationshipKernel.decide(on(state), new RemoveFollower(ALICE, BOB)), state);
        assertUnchanged(RelationshipKernel.decide(on(state), new CancelConnectionRequest(ALICE, BOB)), state);
        assertUnchanged(RelationshipKernel.decide(on(state), new RemoveConnection(ALICE, BOB)), state);
    }
}
