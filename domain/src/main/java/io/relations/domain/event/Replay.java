package io.relations.domain.event;

import io.relations.domain.model.Connection;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.util.Objects;

/**
 * Rebuilds a pair's state from its history: what the history tables promise (invariant 4).
 *
 * <p>Strict: each event must be one the kernel could have decided on the state the events before
 * it left, and a history with any other event is refused with an {@link ImpossibleHistoryException}
 * naming it. So a replayed state always keeps the invariants, and every event of a replayed history
 * changed its pair. This class is the one place where the precondition of each kind of event is
 * written, and the only way from an event to the state after it.
 */
public final class Replay {

    private Replay() {
    }

    /**
     * The state a pair's history gives, replayed from the empty state.
     *
     * @param pair the pair whose history it is
     * @param events the pair's events, oldest first
     * @return the state after the last event
     * @throws ImpossibleHistoryException if an event belongs to another pair or could not have
     *     been decided on the state before it
     */
    public static PairState of(UserPair pair, Iterable<? extends RelationshipEvent> events) {
        return apply(PairState.empty(pair), events);
    }

    /**
     * The state {@code events} give when they follow {@code state}.
     *
     * @param state the state before the first event
     * @param events events of the state's pair, oldest first
     * @return the state after the last event; {@code state} itself when there is none
     * @throws ImpossibleHistoryException if an event belongs to another pair or could not have
     *     been decided on the state before it; its index counts within {@code events}
     */
    public static PairState apply(PairState state, Iterable<? extends RelationshipEvent> events) {
        Objects.requireNonNull(state, "state");
        PairState current = state;
        int index = 0;
        for (RelationshipEvent event : events) {
            current = event.accept(new Step(current, event, index));
            index++;
        }
        return current;
    }

    /** One event on the state before it: its precondition, then its effect. */
    private static final class Step implements RelationshipEvent.Visitor<PairState> {

        private final PairState before;
        private final RelationshipEvent event;
        private final int index;

        Step(PairState before, RelationshipEvent event, int index) {
            this.before = before;
            this.event = event;
            this.index = index;
            if (!event.pair().equals(before.pair())) {
                throw impossible("it belongs to " + event.pair());
            }
        }

        @Override
        public PairState userFollowed(UserFollowed followed) {
            if (before.blockedEitherWay()) {
                throw impossible("no follow while a block exists");
            }
            if (before.follows().contains(followed.follow())) {
                throw impossible("already following");
            }
            return before.withFollow(followed.follow());
        }

        @Override
        public PairState userUnfollowed(UserUnfollowed unfollowed) {
            if (!before.follows().contains(unfollowed.follow())) {
                throw impossible("no such follow to end");
            }
            return before.withoutFollow(unfollowed.follow());
        }

        @Override
        public PairState connectionRequested(ConnectionRequested requested) {
            if (before.blockedEitherWay()) {
                throw impossible("no request while a block exists");
            }
            if (!(before.connection() instanceof Connection.None)) {
                throw impossible("a connection already exists: " + before.connection());
            }
            return before.withConnection(new Connection.Pending(requested.requester(), requested.addressee()));
        }

        @Override
        public PairState connectionAccepted(ConnectionAccepted accepted) {
            requirePending(accepted.requester(), accepted.addressee());
            return before.withConnection(new Connection.Accepted(accepted.requester(), accepted.addressee()));
        }

        @Override
        public PairState connectionRejected(ConnectionRejected rejected) {
            requirePending(rejected.requester(), rejected.addressee());
            return before.withConnection(Connection.none());
        }

        @Override
        public PairState connectionRemoved(ConnectionRemoved removed) {
            if (before.connection() instanceof Connection.None) {
                throw impossible("no connection to remove");
            }
            return before.withConnection(Connection.none());
        }

        @Override
        public PairState userBlocked(UserBlocked blocked) {
            if (before.blocks().containsKey(blocked.block())) {
                throw impossible("already blocking");
            }
            if (!before.follows().isEmpty() || !(before.connection() instanceof Connection.None)) {
                throw impossible("a block comes after the removal of every follow and of the connection");
            }
            return before.withBlock(blocked.block(), blocked.reason());
        }

        @Override
        public PairState userUnblocked(UserUnblocked unblocked) {
            if (!before.blocks().containsKey(unblocked.block())) {
                throw impossible("no such block to lift");
            }
            return before.withoutBlock(unblocked.block());
        }

        private void requirePending(UserId requester, UserId addressee) {
            if (!before.connection().equals(new Connection.Pending(requester, addressee))) {
                throw impossible("it needs a request pending from " + requester + " to " + addressee + ", not " + before.connection());
            }
        }

        private ImpossibleHistoryException impossible(String reason) {
            return new ImpossibleHistoryException(event, index, before, reason);
        }
    }
}
