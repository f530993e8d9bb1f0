package io.relations.domain.event;

import java.util.Arrays;
import java.util.Optional;

/** What one history row says happened; {@link #code()} is the word the schema and the API use. */
public enum HistoryAction {
    /** A follow began ({@link UserFollowed}). */
    FOLLOW(HistoryKind.FOLLOWS, "follow"),
    /** A follow ended ({@link UserUnfollowed}). */
    UNFOLLOW(HistoryKind.FOLLOWS, "unfollow"),
    /** A connection was asked for ({@link ConnectionRequested}). */
    REQUESTED(HistoryKind.CONNECTIONS, "requested"),
    /** A request was accepted ({@link ConnectionAccepted}). */
    ACCEPTED(HistoryKind.CONNECTIONS, "accepted"),
    /** A request was turned down ({@link ConnectionRejected}). */
    REJECTED(HistoryKind.CONNECTIONS, "rejected"),
    /** A connection or request ended ({@link ConnectionRemoved}). */
    REMOVED(HistoryKind.CONNECTIONS, "removed"),
    /** A block began ({@link UserBlocked}). */
    BLOCK(HistoryKind.BLOCKS, "block"),
    /** A block was lifted ({@link UserUnblocked}). */
    UNBLOCK(HistoryKind.BLOCKS, "unblock");

    private final HistoryKind kind;
    private final String code;

    HistoryAction(HistoryKind kind, String code) {
        this.kind = kind;
        this.code = code;
    }

    /**
     * The history the action's rows belong to.
     *
     * @return the kind, never null
     */
    public HistoryKind kind() {
        return kind;
    }

    /**
     * The word the schema's {@code action} column and the API use.
     *
     * @return the code, e.g. {@code unfollow}
     */
    public String code() {
        return code;
    }

    /**
     * The action of a history of {@code kind} spelled {@code code}.
     *
     * @param kind the history the row comes from
     * @param code the row's action
     * @return the action, or empty when that history has no such action
     */
    public static Optional<HistoryAction> fromCode(HistoryKind kind, String code) {
        return Arrays.stream(values()).filter(action -> action.kind == kind && action.code.equals(code)).findFirst();
    }
}
