package io.relations.domain.event;

import io.relations.domain.model.PairState;
import java.util.Objects;

/**
 * A history holds an event the kernel could never have decided on the state before it: a follow
 * while already following or while blocked, an unfollow without a follow, an accept or reject
 * without that pending request, a request while a connection exists, a block while already
 * blocking or while a follow or connection still exists, an unblock without a block, a removal
 * without a connection, or an event of another pair. Names the offending event and its index, so
 * that an audit can point at the row.
 */
public final class ImpossibleHistoryException extends IllegalArgumentException {

    /** The serialized form of version 1. */
    private static final long serialVersionUID = 1L;

    private final transient RelationshipEvent event;
    /** Where the offending event stands in the events replayed, from 0. */
    private final int index;
    private final transient PairState before;

    /**
     * An exception naming the event, where it stands in the history, and why it is impossible.
     *
     * @param event the offending event
     * @param index its position in the events replayed, from 0
     * @param before the state the events before it gave
     * @param reason why the kernel could not have decided it on that state, for the message
     */
    public ImpossibleHistoryException(RelationshipEvent event, int index, PairState before, String reason) {
        super("event " + index + " of the history of " + Objects.requireNonNull(before, "before").pair() + ", "
                + Objects.requireNonNull(event, "event") + ", is impossible: " + reason);
        this.event = event;
        this.index = index;
        this.before = before;
    }

    /**
     * The offending event.
     *
     * @return the event, never null
     */
    public RelationshipEvent event() {
        return event;
    }

    /**
     * Where the offending event stands in the events given to {@link Replay}, counted from 0.
     *
     * @return the index, never negative
     */
    public int index() {
        return index;
    }

    /**
     * The state the events before the offending one gave: the state it could not follow.
     *
     * @return the state, never null
     */
    public PairState before() {
        return before;
    }
}
