package io.relations.adapter.persistence.mapper;

import io.relations.adapter.persistence.entity.BlockHistoryEntity;
import io.relations.adapter.persistence.entity.ConnectionHistoryEntity;
import io.relations.adapter.persistence.entity.FollowHistoryEntity;
import io.relations.application.model.RecordedEvent;
import io.relations.domain.event.ConnectionAccepted;
import io.relations.domain.event.ConnectionRejected;
import io.relations.domain.event.ConnectionRemoved;
import io.relations.domain.event.ConnectionRequested;
import io.relations.domain.event.HistoryAction;
import io.relations.domain.event.HistoryKind;
import io.relations.domain.event.RelationshipEvent;
import io.relations.domain.event.UserBlocked;
import io.relations.domain.event.UserFollowed;
import io.relations.domain.event.UserUnblocked;
import io.relations.domain.event.UserUnfollowed;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.util.Optional;
import java.util.UUID;

/**
 * History rows back to the domain events they record. By hand because the connection history
 * keeps only the pair, the actor and the action: who asked whom is read from them (the requester
 * requests; the recipient accepts or rejects). The invariant checker reads the same rows through
 * plain JDBC and uses the column-level methods.
 */
public final class HistoryEvents {

    private HistoryEvents() {
    }

    public static RecordedEvent recorded(FollowHistoryEntity row) {
        return new RecordedEvent(row.getId(),
                follow(row.getFollowerId(), row.getFollowedId(), row.getActorId(), row.getAction()), row.getInsertedAt());
    }

    public static RecordedEvent recorded(ConnectionHistoryEntity row) {
        return new RecordedEvent(row.getId(),
                connection(row.getUserAId(), row.getUserBId(), row.getActorId(), row.getAction()), row.getInsertedAt());
    }

    public static RecordedEvent recorded(BlockHistoryEntity row) {
        return new RecordedEvent(row.getId(),
                block(row.getBlockerId(), row.getBlockedId(), row.getAction(), row.getReason()), row.getInsertedAt());
    }

    public static RelationshipEvent follow(UUID followerId, UUID followedId, UUID actorId, String action) {
        UserId follower = UserId.of(followerId);
        UserId followed = UserId.of(followedId);
        return switch (action(HistoryKind.FOLLOWS, action)) {
            case FOLLOW -> new UserFollowed(follower, followed);
            case UNFOLLOW -> new UserUnfollowed(follower, followed, UserId.of(actorId));
            default -> throw unexpected(HistoryKind.FOLLOWS, action);
        };
    }

    /** {@code userAId} is the lower id of the pair, as the table stores it. */
    public static RelationshipEvent connection(UUID userAId, UUID userBId, UUID actorId, String action) {
        UserPair pair = new UserPair(UserId.of(userAId), UserId.of(userBId));
        UserId actor = UserId.of(actorId);
        UserId other = pair.other(actor);
        return switch (action(HistoryKind.CONNECTIONS, action)) {
            case REQUESTED -> new ConnectionRequested(actor, other);
            case ACCEPTED -> new ConnectionAccepted(other, actor);
            case REJECTED -> new ConnectionRejected(other, actor);
            case REMOVED -> new ConnectionRemoved(pair, actor);
            default -> throw unexpected(HistoryKind.CONNECTIONS, action);
        };
    }

    /** The blocker is the actor of both block and unblock. */
    public static RelationshipEvent block(UUID blockerId, UUID blockedId, String action, String reason) {
        UserId blocker = UserId.of(blockerId);
        UserId blocked = UserId.of(blockedId);
        return switch (action(HistoryKind.BLOCKS, action)) {
            case BLOCK -> new UserBlocked(blocker, blocked, BlockReason.of(Optional.ofNullable(reason)));
            case UNBLOCK -> new UserUnblocked(blocker, blocked);
            default -> throw unexpected(HistoryKind.BLOCKS, action);
        };
    }

    /** Only an action of {@code kind}: the defaults of the switches above cannot be reached. */
    private static HistoryAction action(HistoryKind kind, String code) {
        return HistoryAction.fromCode(kind, code).orElseThrow(() -> unexpected(kind, code));
    }

    private static IllegalStateException unexpected(HistoryKind kind, String code) {
        return new IllegalStateException("no " + kind + " history action is called '" + code + "'");
    }
}
