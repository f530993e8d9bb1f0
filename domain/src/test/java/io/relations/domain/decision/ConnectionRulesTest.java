package io.relations.domain.decision;

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
import io.relations.domain.testing.GivenPair;
import org.junit.jupiter.api.Test;

/** DESIGN §2, the rows of request, accept, reject, cancel and remove connection. */
class ConnectionRulesTest {

    private static final UserPair ALICE_AND_BOB = UserPair.of(ALICE, BOB);

    @Test
    void requesting_a_connection_is_refused_while_a_block_exists_either_way() {
        PairState blockedByTarget = GivenPair.of(ALICE, BOB).blocking(BOB, ALICE).state();
        PairState blockedByRequester = GivenPair.of(ALICE, BOB).blocking(ALICE, BOB).state();

        assertRefused(RelationshipKernel.decide(blockedByTarget, new RequestConnection(ALICE, BOB)), Refusal.BLOCKED);
        assertRefused(RelationshipKernel.decide(blockedByRequester, new RequestConnection(ALICE, BOB)), Refusal.BLOCKED);
    }

    @Test
    void requesting_when_already_connected_is_a_no_op() {
        PairState state = GivenPair.of(ALICE, BOB).connected(BOB, ALICE).state();

        assertUnchanged(RelationshipKernel.decide(state, new RequestConnection(ALICE, BOB)), state);
    }

    @Test
    void requesting_again_while_the_own_request_is_pending_is_a_no_op() {
        PairState state = GivenPair.of(ALICE, BOB).requested(ALICE, BOB).state();

        assertUnchanged(RelationshipKernel.decide(state, new RequestConnection(ALICE, BOB)), state);
    }

    @Test
    void requesting_while_the_other_side_has_asked_accepts_their_request() {
        PairState state = GivenPair.of(ALICE, BOB).requested(BOB, ALICE).state();

        PairState after = assertChanged(RelationshipKernel.decide(state, new RequestConnection(ALICE, BOB)), new ConnectionAccepted(BOB, ALICE));

        assertThat(after.connection()).isEqualTo(new Connection.Accepted(BOB, ALICE));
    }

    @Test
    void requesting_a_connection_makes_it_pending_from_the_requester() {
        PairState state = GivenPair.of(ALICE, BOB).state();

        PairState after = assertChanged(RelationshipKernel.decide(state, new RequestConnection(ALICE, BOB)), new ConnectionRequested(ALICE, BOB));

        assertThat(after.connection()).isEqualTo(new Connection.Pending(ALICE, BOB));
    }

    @Test
    void accepting_the_pending_request_of_the_other_side_connects_them() {
        PairState state = GivenPair.of(ALICE, BOB).requested(BOB, ALICE).state();

        PairState after = assertChanged(RelationshipKernel.decide(state, new AcceptConnectionRequest(ALICE, BOB)), new ConnectionAccepted(BOB, ALICE));

        assertThat(after.connection()).isEqualTo(new Connection.Accepted(BOB, ALICE));
    }

    @Test
    void accepting_again_when_already_connected_is_a_no_op() {
        PairState state = GivenPair.of(ALICE, BOB).connected(BOB, ALICE).state();

        assertUnchanged(RelationshipKernel.decide(state, new AcceptConnectionRequest(ALICE, BOB)), state);
    }

    @Test
    void accepting_with_nothing_pending_is_refused() {
        PairState state = GivenPair.of(ALICE, BOB).state();

        assertRefused(RelationshipKernel.decide(state, new AcceptConnectionRequest(ALICE, BOB)), Refusal.NO_PENDING_REQUEST);
    }

    @Test
    void accepting_ones_own_request_is_refused() {
        PairState state = GivenPair.of(ALICE, BOB).requested(ALICE, BOB).state();

        assertRefused(RelationshipKernel.decide(state, new AcceptConnectionRequest(ALICE, BOB)), Refusal.NO_PENDING_REQUEST);
    }

    @Test
    void rejecting_the_pending_request_of_the_other_side_deletes_it_and_logs_rejected() {
        PairState state = GivenPair.of(ALICE, BOB).requested(BOB, ALICE).state();

        PairState after = assertChanged(RelationshipKernel.decide(state, new RejectConnectionRequest(ALICE, BOB)), new ConnectionRejected(BOB, ALICE));

        assertThat(after.connection()).isEqualTo(Connection.none());
    }

    @Test
    void rejecting_ones_own_request_is_refused() {
        PairState state = GivenPair.of(ALICE, BOB).requested(ALICE, BOB).state();

        assertRefused(RelationshipKernel.decide(state, new RejectConnectionRequest(ALICE, BOB)), Refusal.NO_PENDING_REQUEST);
    }

    @Test
    void rejecting_with_nothing_pending_or_when_connected_is_refused() {
        PairState nothing = GivenPair.of(ALICE, BOB).state();
        PairState connected = GivenPair.of(ALICE, BOB).connected(BOB, ALICE).state();

        assertRefused(RelationshipKernel.decide(nothing, new RejectConnectionRequest(ALICE, BOB)), Refusal.NO_PENDING_REQUEST);
        assertRefused(RelationshipKernel.decide(connected, new RejectConnectionRequest(ALICE, BOB)), Refusal.NO_PENDING_REQUEST);
    }

    @Test
    void cancelling_ones_own_pending_request_deletes_it_and_logs_removed() {
        PairState state = GivenPair.of(ALICE, BOB).requested(ALICE, BOB).state();

        PairState after = assertChanged(RelationshipKernel.decide(state, new CancelConnectionRequest(ALICE, BOB)), new ConnectionRemoved(ALICE_AND_BOB, ALICE));

        assertThat(after.connection()).isEqualTo(Connection.none());
    }

    @Test
    void cancelling_without_an_own_pending_request_is_a_no_op() {
        PairState nothing = GivenPair.of(ALICE, BOB).state();
        PairState theirRequest = GivenPair.of(ALICE, BOB).requested(BOB, ALICE).state();
        PairState connected = GivenPair.of(ALICE, BOB).connected(ALICE, BOB).state();

        assertUnchanged(RelationshipKernel.decide(nothing, new CancelConnectionRequest(ALICE, BOB)), nothing);
        assertUnchanged(RelationshipKernel.decide(theirRequest, new CancelConnectionRequest(ALICE, BOB)), theirRequest);
        assertUnchanged(RelationshipKernel.decide(connected, new CancelConnectionRequest(ALICE, BOB)), connected);
    }

    @Test
    void removing_an_accepted_connection_deletes_it_and_logs_removed() {
        PairState state = GivenPair.of(ALICE, BOB).connected(ALICE, BOB).state();

        PairState after = assertChanged(RelationshipKernel.decide(state, new RemoveConnection(BOB, ALICE)), new ConnectionRemoved(ALICE_AND_BOB, BOB));

        assertThat(after.connection()).isEqualTo(Connection.none());
    }

    @Test
    void removing_a_connection_that_is_not_accepted_is_a_no_op_even_with_a_pending_request() {
        PairState nothing = GivenPair.of(ALICE, BOB).state();
        PairState ownRequest = GivenPair.of(ALICE, BOB).requested(ALICE, BOB).state();
        PairState theirRequest = GivenPair.of(ALICE, BOB).requested(BOB, ALICE).state();

        assertUnchanged(RelationshipKernel.decide(nothing, new RemoveConnection(ALICE, BOB)), nothing);
        assertUnchanged(RelationshipKernel.decide(ownRequest, new RemoveConnection(ALICE, BOB)), ownRequest);
        assertUnchanged(RelationshipKernel.decide(theirRequest, new RemoveConnection(ALICE, BOB)), theirRequest);
    }

    @Test
    void disconnecting_removes_an_accepted_connection_or_withdraws_the_own_request_and_nothing_else() {
        PairState connected = GivenPair.of(ALICE, BOB).connected(BOB, ALICE).state();
        PairState ownRequest = GivenPair.of(ALICE, BOB).requested(ALICE, BOB).state();
        PairState theirRequest = GivenPair.of(ALICE, BOB).requested(BOB, ALICE).state();
        PairState nothing = GivenPair.of(ALICE, BOB).state();

        assertThat(assertChanged(RelationshipKernel.decide(connected, new Disconnect(ALICE, BOB)), new ConnectionRemoved(ALICE_AND_BOB, ALICE))
                .connection()).isEqualTo(Connection.none());
        assertThat(assertChanged(RelationshipKernel.decide(ownRequest, new Disconnect(ALICE, BOB)), new ConnectionRemoved(ALICE_AND_BOB, ALICE))
                .connection()).isEqualTo(Connection.none());
        assertUnchanged(RelationshipKernel.decide(theirRequest, new Disconnect(ALICE, BOB)), theirRequest);
        assertUnchanged(RelationshipKernel.decide(nothing, new Disconnect(ALICE, BOB)), nothing);
    }
}
