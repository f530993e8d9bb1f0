package io.relations.domain.event;

import java.util.Arrays;
import java.util.Optional;

/** What one history row says happened; {@link #code()} is the word the schema and the API use. */
public enum HistoryAction {
    FOLLOW(HistoryKind.FOLLOWS, "follow"),
    UNFOLLOW(HistoryKind.FOLLOWS, "unfollow"),
    REQUESTED(HistoryKind.CONNECTIONS, "requested"),
    ACCEPTED(HistoryKind.CONNECTIONS, "accepted"),
    REJECTED(HistoryKind.CONNECTIONS, "rejected"),
    REMOVED(HistoryKind.CONNECTIONS, "removed"),
    BLOCK(HistoryKind.BLOCKS, "block"),
    UNBLOCK(HistoryKind.BLOCKS, "unblock");

    private final HistoryKind kind;
    private final String code;

    HistoryAction(HistoryKind kind, String code) {
        this.kind = kind;
        this.code = code;
    }

    public HistoryKind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public static Optional<HistoryAction> fromCode(HistoryKind kind, String code) {
        return Arrays.stream(values()).filter(action -> action.kind == kind && action.code.equals(code)).findFirst();
    }
}
