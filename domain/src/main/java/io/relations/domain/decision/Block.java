package io.relations.domain.decision;

import io.relations.domain.event.ConnectionRemoved;
import io.relations.domain.event.RelationshipEvent;
import io.relations.domain.event.UserBlocked;
import io.relations.domain.event.UserUnfollowed;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.Connection;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Block the target. The block overrides everything else: the follows both ways and any connection,
 * pending or accepted, are removed first, each removal logged with the blocker as actor, so that no
 * intermediate state ever holds a block beside a follow or a connection.
 */
public record Block(UserId actor, UserId target, BlockReason reason) implements Command {

    public Block {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(reason, "reason");
    }

    public Block(UserId actor, UserId target) {
        this(actor, target, BlockReason.NONE);
    }

    @Override
    public Decision decideOn(PairState state) {
        if (state.blocks(actor, target)) {
            return Decision.unchanged(state);
        }
        List<RelationshipEvent> events = new ArrayList<>();
        if (state.follows(actor, target)) {
            events.add(new UserUnfollowed(actor, target, actor));
        }
        if (state.follows(target, actor)) {
            events.add(new UserUnfollowed(target, actor, actor));
        }
        if (!(state.connection() instanceof Connection.None)) {
            events.add(new ConnectionRemoved(state.pair(), actor));
        }
        events.add(new UserBlocked(actor, target, reason));
        return Decision.changed(state, events.toArray(RelationshipEvent[]::new));
    }
}
