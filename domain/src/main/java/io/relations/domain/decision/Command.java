package io.relations.domain.decision;

import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;

/**
 * Something {@code actor} asks to do to its relationship with {@code target}. Each command knows
 * its own rule; {@link RelationshipKernel#decide} applies the checks common to all of them first.
 */
public sealed interface Command
        permits Follow, Unfollow, RemoveFollower,
                RequestConnection, AcceptConnectionRequest, RejectConnectionRequest,
                CancelConnectionRequest, RemoveConnection, Disconnect,
                Block, Unblock {

    UserId actor();

    UserId target();

    /** The pair this command acts on; only defined when actor and target differ. */
    default UserPair pair() {
        return UserPair.of(actor(), target());
    }

    /** This command's own rule, on the state of its pair; actor and target are known to differ. */
    Decision decideOn(PairState state);
}
