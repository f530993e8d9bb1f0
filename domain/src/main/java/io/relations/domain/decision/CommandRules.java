package io.relations.domain.decision;

import io.relations.domain.event.ConnectionAccepted;
import io.relations.domain.event.ConnectionRejected;
import io.relations.domain.event.ConnectionRemoved;
import io.relations.domain.event.ConnectionRequested;
import io.relations.domain.event.RelationshipEvent;
import io.relations.domain.event.UserBlocked;
import io.relations.domain.event.UserFollowed;
import io.relations.domain.event.UserUnblocked;
import io.relations.domain.event.UserUnfollowed;
import io.relations.domain.model.Connection;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import java.util.ArrayList;
import java.util.List;

/**
 * Each command's own rule (DESIGN §2, the rows of each command, top to bottom), on the context of
 * its pair. Package-private: only {@link RelationshipKernel} calls it, after the checks common to
 * every command, so actor and target are known to differ and the state is their pair's.
 */
final class CommandRules implements Command.Visitor<Decision> {

    private final PairState state;

    CommandRules(DecisionContext context) {
        this.state = context.state();
    }

    @Override
    public Decision follow(Follow command) {
        if (state.blockedEitherWay()) {
            return Decision.refused(state, Refusal.BLOCKED);
        }
        if (state.follows(command.actor(), command.target())) {
            return Decision.unchanged(state);
        }
        return Decision.changed(state, new UserFollowed(command.actor(), command.target()));
    }

    @Override
    public Decision unfollow(Unfollow command) {
        if (!state.follows(command.actor(), command.target())) {
            return Decision.unchanged(state);
        }
        return Decision.changed(state, new UserUnfollowed(command.actor(), command.target(), command.actor()));
    }

    @Override
    public Decision removeFollower(RemoveFollower command) {
        if (!state.follows(command.target(), command.actor())) {
            return Decision.unchanged(state);
        }
        return Decision.changed(state, new UserUnfollowed(command.target(), command.actor(), command.actor()));
    }

    @Override
    public Decision requestConnection(RequestConnection command) {
        if (state.blockedEitherWay()) {
            return Decision.refused(state, Refusal.BLOCKED);
        }
        if (pendingFrom(command.target())) {
            return Decision.changed(state, new ConnectionAccepted(command.target(), command.actor()));
        }
        if (state.connection() instanceof Connection.None) {
            return Decision.changed(state, new ConnectionRequested(command.actor(), command.target()));
        }
        return Decision.unchanged(state);
    }

    @Override
    public Decision acceptConnectionRequest(AcceptConnectionRequest command) {
        if (state.connection() instanceof Connection.Accepted) {
            return Decision.unchanged(state);
        }
        if (pendingFrom(command.target())) {
            return Decision.changed(state, new ConnectionAccepted(command.target(), command.actor()));
        }
        return Decision.refused(state, Refusal.NO_PENDING_REQUEST);
    }

    @Override
    public Decision rejectConnectionRequest(RejectConnectionRequest command) {
        if (pendingFrom(command.target())) {
            return Decision.changed(state, new ConnectionRejected(command.target(), command.actor()));
        }
        return Decision.refused(state, Refusal.NO_PENDING_REQUEST);
    }

    @Override
    public Decision cancelConnectionRequest(CancelConnectionRequest command) {
        if (pendingFrom(command.actor())) {
            return Decision.changed(state, new ConnectionRemoved(state.pair(), command.actor()));
        }
        return Decision.unchanged(state);
    }

    @Override
    public Decision removeConnection(RemoveConnection command) {
        if (state.connection() instanceof Connection.Accepted) {
            return Decision.changed(state, new ConnectionRemoved(state.pair(), command.actor()));
        }
        return Decision.unchanged(state);
    }

    @Override
    public Decision disconnect(Disconnect command) {
        if (state.connection() instanceof Connection.Accepted || pendingFrom(command.actor())) {
            return Decision.changed(state, new ConnectionRemoved(state.pair(), command.actor()));
        }
        return Decision.unchanged(state);
    }

    @Override
    public Decision block(Block command) {
        if (state.blocks(command.actor(), command.target())) {
            return Decision.unchanged(state);
        }
        List<RelationshipEvent> events = new ArrayList<>();
        if (state.follows(command.actor(), command.target())) {
            events.add(new UserUnfollowed(command.actor(), command.target(), command.actor()));
        }
        if (state.follows(command.target(), command.actor())) {
            events.add(new UserUnfollowed(command.target(), command.actor(), command.actor()));
        }
        if (!(state.connection() instanceof Connection.None)) {
            events.add(new ConnectionRemoved(state.pair(), command.actor()));
        }
        events.add(new UserBlocked(command.actor(), command.target(), command.reason()));
        return Decision.changed(state, events);
    }

    @Override
    public Decision unblock(Unblock command) {
        if (!state.blocks(command.actor(), command.target())) {
            return Decision.unchanged(state);
        }
        return Decision.changed(state, new UserUnblocked(command.actor(), command.target()));
    }

    private boolean pendingFrom(UserId requester) {
        return state.connection() instanceof Connection.Pending pending && pending.requester().equals(requester);
    }
}
