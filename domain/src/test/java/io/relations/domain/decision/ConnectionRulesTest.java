package io.relations.domain.decision;

import static io.relations.domain.testing.Contexts.on;
import static io.relations.domain.testing.DecisionAssertions.assertChanged;
import static io.relations.domain.testing.DecisionAssertions.assertRefused;
import static io.relations.domain.testing.DecisionAssertions.assertUnchanged;
import static io.relations.domain.testing.Users.ALICE;
import static io.relations.domain.testing.Users.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.domain.event.ConnectionAccepted;
import io.relations.domain.event.ConnectionRejected;
import io.relations.domain.event.ConnectionRemoved;
import io.relations.domain.event.ConnectionRequested;
import io.relations.domain.model.Connection;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserPair;
import org.junit.jupiter.api.Test;

/** DESIGN §2, the rows of request, accept, reject, cancel and remove connection. */
class ConnectionRulesTest {

    private static final UserPair ALICE_AND_BOB = UserPair.of(ALICE, BOB);

    @Test
    void requesting_a_connection_is_refused_while_a_block_exists_either_way() {
        PairState blockedByTarget = PairState.between(ALICE, BOB).blocking(BOB, ALICE).build();
        PairState blockedByRequester = PairState.between(ALICE, BOB).blocking(ALICE, BOB).build();

        assertRefused(RelationshipKernel.decide(on(blockedByTarget), new RequestConnection(ALICE, BOB)), Refusal.BLOCKED);
        assertRefused(RelationshipKernel.decide(on(blockedByRequester), new RequestConnection(ALICE, BOB)), Refusal.BLOCKED);
    }

    @Test
    void requesting_when_already_connected_is_a_no_op() {
        PairState state = PairState.between(ALICE, BOB).connected(BOB, ALICE).build();

        assertUnchanged(RelationshipKernel.decide(on(state), new RequestConnection(ALICE, BOB)), state);
    }

    @Test
    void requesting_again_while_the_own_request_is_pending_is_a_no_op() {
        PairState state = PairState.between(ALICE, BOB).requested(ALICE, BOB).build();

        assertUnchanged(RelationshipKernel.decide(on(state), new RequestConnection(ALICE, BOB)), state);
    }

    @Test
    void requesting_while_the_other_side_has_asked_accepts_their_request() {
        PairState state = PairState.between(ALICE, BOB).requested(BOB, ALICE).build();

        PairState after = assertChanged(RelationshipKernel.decide(on(state), new RequestConnection(ALICE, BOB)), new ConnectionAccepted(BOB, ALICE));

        assertThat(after.connection()).isEqualTo(new Connection.Accepted(BOB, ALICE));
    }

    @Test
    void requesting_a_connection_makes_it_pending_from_the_requester() {
        PairState state = PairState.between(ALICE, BOB).build();

        PairState after = assertChanged(RelationshipKernel.decide(on(state), new RequestConnection(ALICE, BOB)), new ConnectionRequested(ALICE, BOB));

        assertThat(after.connection()).isEqualTo(new Connection.Pending(ALICE, BOB));
    }

    @Test
    void accepting_the_pending_request_of_the_other_side_connects_them() {
        PairState state = PairState.between(ALICE, BOB).requested(BOB, ALICE).build();

        PairState after = assertChanged(RelationshipKernel.decide(on(state), new AcceptConnectionRequest(ALICE, BOB)), new ConnectionAccepted(BOB, ALICE));

        assertThat(after.connection()).isEqualTo(new Connection.Accepted(BOB, ALICE));
    }

    @Test
    void accepting_again_when_already_connected_is_a_no_op() {
        PairState state = PairState.between(ALICE, BOB).connected(BOB, ALICE).build();

        assertUnchanged(RelationshipKernel.decide(on(state), new AcceptConnectionRequest(ALICE, BOB)), state);
    }

    @Test
    void accepting_with_nothing_pending_is_refused() {
        PairState state = PairState.between(ALICE, BOB).build();

        assertRefused(RelationshipKernel.decide(on(state), new AcceptConnectionRequest(ALICE, BOB)), Refusal.NO_PENDING_REQUEST);
    }

    @Test
    void accepting_ones_own_request_is_refused() {
        PairState state = PairState.between(ALICE, BOB).requested(ALICE, BOB).build();

        assertRefused(RelationshipKernel.decide(on(state), new AcceptConnectionRequest(ALICE, BOB)), Refusal.NO_PENDING_REQUEST);
    }

    @Test
    void rejecting_the_pending_request_of_the_other_side_deletes_it_and_logs_rejected() {
        PairState state = PairState.between(ALICE, BOB).requested(BOB, ALICE).build();

        PairState after = assertChanged(RelationshipKernel.decide(on(state), new RejectConnectionRequest(ALICE, BOB)), new ConnectionRejected(BOB, ALICE));

        assertThat(after.connection()).isEqualTo(Connection.none());
    }

    @Test
    void rejecting_ones_own_request_is_refused() {
        PairState state = PairState.between(ALICE, BOB).requested(ALICE, BOB).build();

        assertRefused(RelationshipKernel.decide(on(state), new RejectConnectionRequest(ALICE, BOB)), Refusal.NO_PENDING_REQUEST);
    }

    @Test
    void rejecting_with_nothing_pending_or_when_connected_is_refused() {
        PairState nothing = PairState.between(ALICE, BOB).build();
        PairState connected = PairState.between(ALICE, BOB).connected(BOB, ALICE).build();

        assertRefused(RelationshipKernel.decide(on(nothing), new RejectConnectionRequest(ALICE, BOB)), Refusal.NO_PENDING_REQUEST);
        assertRefused(RelationshipKernel.decide(on(connected), new RejectConnectionRequest(ALICE, BOB)), Refusal.NO_PENDING_REQUEST);
    }

    @Test
    void cancelling_ones_own_pending_request_deletes_it_and_logs_removed() {
        PairState state = PairState.between(ALICE, BOB).requested(ALICE, BOB).build();

        PairState after = assertChanged(RelationshipKernel.decide(on(state), new CancelConnectionRequest(ALICE, BOB)), new ConnectionRemoved(ALICE_AND_BOB, ALICE));

        assertThat(after.connection()).isEqualTo(Connection.none());
    }

    @Test
    void cancelling_without_an_own_pending_request_is_a_no_op() {
        PairState nothing = PairState.between(ALICE, BOB).build();
        PairState theirRequest = PairState.between(ALICE, BOB).requested(BOB, ALICE).build();
        PairState connected = PairState.between(ALICE, BOB).connected(ALICE, BOB).build();

        assertUnchanged(RelationshipKernel.decide(on(nothing), new CancelConnectionRequest(ALICE, BOB)), nothing);
        assertUnchanged(RelationshipKernel.decide(on(theirRequest), new CancelConnectionRequest(ALICE, BOB)), theirRequest);
        assertUnchanged(RelationshipKernel.decide(on(connected), new CancelConnectionRequest(ALICE, BOB)), connected);
    }

    @Test
    void removing_an_accepted_connection_deletes_it_and_logs_removed() {
        PairState state = PairState.between(ALICE, BOB).connected(ALICE, BOB).build();

        PairState after = assertChanged(RelationshipKernel.decide(on(state), new RemoveConnection(BOB, ALICE)), new ConnectionRemoved(ALICE_AND_BOB, BOB));

        assertThat(after.connection()).isEqualTo(Connection.none());
    }

    @Test
    void removing_a_connection_that_is_not_accepted_is_a_no_op_even_with_a_pending_request() {
        PairState nothing = PairState.between(ALICE, BOB).build();
        PairState ownRequest = PairState.between(ALICE, BOB).requested(ALICE, BOB).build();
        PairState theirRequest = PairState.between(ALICE, BOB).requested(BOB, ALICE).build();

        assertUnchanged(RelationshipKernel.decide(on(nothing), new RemoveConnection(ALICE, BOB)), nothing);
        assertUnchanged(RelationshipKernel.decide(on(ownRequest), new RemoveConnection(ALICE, BOB)), ownRequest);
        assertUnchanged(RelationshipKernel.decide(on(theirRequest), new RemoveConnection(ALICE, BOB)), theirRequest);
    }

    @Test
    void disconnecting_removes_an_accepted_connection_or_withdraws_the_own_request_and_nothing_else() {
        PairState connected = PairState.between(ALICE, BOB).connected(BOB, ALICE).build();
        PairState ownRequest = PairState.between(ALICE, BOB).requested(ALICE, BOB).build();
        PairState theirRequest = PairState.between(ALICE, BOB).requested(BOB, ALICE).build();
        PairState nothing = PairState.between(ALICE, BOB).build();

        assertThat(assertChanged(RelationshipKernel.decide(on(connected), new Disconnect(ALICE, BOB)), new ConnectionRemoved(ALICE_AND_BOB, ALICE))
                .connection()).isEqualTo(Connection.none());
        assertThat(assertChanged(RelationshipKernel.decide(on(ownRequest), new Disconnect(ALICE, BOB)), new ConnectionRemoved(ALICE_AND_BOB, ALICE))
                .connection()).isEqualTo(Connection.none());
        assertUnchanged(RelationshipKernel.decide(on(theirRequest), new Disconnect(ALICE, BOB)), theirRequest);
        assertUnchanged(RelationshipKernel.decide(on(nothing), new Disconnect(ALICE, BOB)), nothing);
    }
}
