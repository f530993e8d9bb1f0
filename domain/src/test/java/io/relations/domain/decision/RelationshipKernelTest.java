package io.relations.domain.decision;

import static io.relations.domain.testing.Contexts.on;
import static io.relations.domain.testing.DecisionAssertions.assertRefused;
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

/** The checks the kernel applies to every command before its own rule. */
class RelationshipKernelTest {

    @Test
    void every_command_on_oneself_is_refused_as_a_self_relationship() {
        PairState anyState = PairState.between(ALICE, BOB).build();
        List<Command> onSelf = List.of(
                new Follow(ALICE, ALICE), new Unfollow(ALICE, ALICE), new RemoveFollower(ALICE, ALICE),
                new RequestConnection(ALICE, ALICE), new AcceptConnectionRequest(ALICE, ALICE),
                new RejectConnectionRequest(ALICE, ALICE), new CancelConnectionRequest(ALICE, ALICE),
                new RemoveConnection(ALICE, ALICE), new Block(ALICE, ALICE, BlockReason.NONE), new Unblock(ALICE, ALICE));

        onSelf.forEach(command -> assertRefused(RelationshipKernel.decide(on(anyState), command), Refusal.SELF_RELATIONSHIP));
    }

    @Test
    void deciding_on_the_state_of_another_pair_is_a_programming_error() {
        PairState aliceAndCarol = PairState.empty(UserPair.of(ALICE, CAROL));

        assertThatThrownBy(() -> RelationshipKernel.decide(on(aliceAndCarol), new Follow(ALICE, BOB)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusal_codes_are_the_names_clients_see() {
        assertThat(Refusal.NO_PENDING_REQUEST.code()).isEqualTo("no_pending_request");
        assertThat(Refusal.SELF_RELATIONSHIP.code()).isEqualTo("self_relationship");
        assertThat(Refusal.BLOCKED.code()).isEqualTo("blocked");
    }
}
