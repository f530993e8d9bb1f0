package io.relations.domain.decision;

import static io.relations.domain.testing.Contexts.on;
import static io.relations.domain.testing.DecisionAssertions.assertChanged;
import static io.relations.domain.testing.DecisionAssertions.assertRefused;
import static io.relations.domain.testing.DecisionAssertions.assertUnchanged;
import static io.relations.domain.testing.Users.ALICE;
import static io.relations.domain.testing.Users.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.domain.event.UserFollowed;
import io.relations.domain.event.UserUnfollowed;
import io.relations.domain.model.PairState;
import org.junit.jupiter.api.Test;

/** DESIGN §2, the rows of follow, unfollow and remove follower. */
class FollowRulesTest {

    @Test
    void following_is_refused_while_the_follower_blocks_the_target() {
        PairState state = PairState.between(ALICE, BOB).blocking(ALICE, BOB).build();

        assertRefused(RelationshipKernel.decide(on(state), new Follow(ALICE, BOB)), Refusal.BLOCKED);
    }

    @Test
    void following_is_refused_while_the_target_blocks_the_follower() {
        PairState state = PairState.between(ALICE, BOB).blocking(BOB, ALICE).build();

        assertRefused(RelationshipKernel.decide(on(state), new Follow(ALICE, BOB)), Refusal.BLOCKED);
    }

    @Test
    void following_again_is_a_no_op() {
        PairState state = PairState.between(ALICE, BOB).following(ALICE, BOB).build();

        assertUnchanged(RelationshipKernel.decide(on(state), new Follow(ALICE, BOB)), state);
    }

    @Test
    void following_adds_the_follow_and_logs_it() {
        PairState state = PairState.between(ALICE, BOB).build();

        PairState after = assertChanged(RelationshipKernel.decide(on(state), new Follow(ALICE, BOB)), new UserFollowed(ALICE, BOB));

        assertThat(after.follows(ALICE, BOB)).isTrue();
        assertThat(after.follows(BOB, ALICE)).isFalse();
    }

    @Test
    void unfollowing_removes_the_follow_and_logs_the_follower_as_actor() {
        PairState state = PairState.between(ALICE, BOB).following(ALICE, BOB).following(BOB, ALICE).build();

        PairState after = assertChanged(RelationshipKernel.decide(on(state), new Unfollow(ALICE, BOB)), new UserUnfollowed(ALICE, BOB, ALICE));

        assertThat(after.follows(ALICE, BOB)).isFalse();
        assertThat(after.follows(BOB, ALICE)).isTrue();
    }

    @Test
    void unfollowing_someone_not_followed_is_a_no_op() {
        PairState state = PairState.between(ALICE, BOB).following(BOB, ALICE).build();

        assertUnchanged(RelationshipKernel.decide(on(state), new Unfollow(ALICE, BOB)), state);
    }

    @Test
    void removing_a_follower_ends_their_follow_with_the_followed_user_as_actor() {
        PairState state = PairState.between(ALICE, BOB).following(BOB, ALICE).build();

        PairState after = assertChanged(RelationshipKernel.decide(on(state), new RemoveFollower(ALICE, BOB)), new UserUnfollowed(BOB, ALICE, ALICE));

        assertThat(after.follows(BOB, ALICE)).isFalse();
        assertThat(after.blockedEitherWay()).isFalse();
    }

    @Test
    void removing_someone_who_does_not_follow_is_a_no_op() {
        PairState state = PairState.between(ALICE, BOB).following(ALICE, BOB).build();

        assertUnchanged(RelationshipKernel.decide(on(state), new RemoveFollower(ALICE, BOB)), state);
    }
}
