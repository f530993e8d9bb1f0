package io.relations.application.change;

import io.relations.application.model.RecordedEvent;
import io.relations.domain.event.ConnectionAccepted;
import io.relations.domain.event.ConnectionRejected;
import io.relations.domain.event.ConnectionRemoved;
import io.relations.domain.event.ConnectionRequested;
import io.relations.domain.event.RelationshipEvent;
import io.relations.domain.event.UserBlocked;
import io.relations.domain.event.UserFollowed;
import io.relations.domain.event.UserUnblocked;
import io.relations.domain.event.UserUnfollowed;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The one mapping from what happened to the change the log records, for every storage: each
 * recorded domain event is one change with the event's id and time, and the deletion of a user,
 * its registration and a setting's switch are changes of their own.
 */
public final class ChangeEvents {

    /** The {@code cause} of a removal done by the deletion of one of its users. */
    public static final String CAUSE_USER_DELETED = "user_deleted";

    /** The key of the module's switch in {@link ChangeType#SETTING_CHANGED}. */
    public static final String CONNECTIONS_ENABLED = "connections_enabled";

    private ChangeEvents() {
    }

    /**
     * The change of a recorded domain event: same id, same time, the actor of the event.
     *
     * @param recorded the event as the history keeps it
     * @return its change
     */
    public static ChangeEvent of(RecordedEvent recorded) {
        RelationshipEvent event = recorded.event();
        return event.accept(new RelationshipEvent.Visitor<>() {
            @Override
            public ChangeEvent userFollowed(UserFollowed e) {
                return pairChange(ChangeType.FOLLOW_CREATED, "follower", e.follower(), "followed", e.followed());
            }

            @Override
            public ChangeEvent userUnfollowed(UserUnfollowed e) {
                return pairChange(ChangeType.FOLLOW_REMOVED, "follower", e.follower(), "followed", e.followed());
            }

            @Override
            public ChangeEvent connectionRequested(ConnectionRequested e) {
                return pairChange(ChangeType.CONNECTION_REQUESTED, "requester", e.requester(), "recipient", e.addressee());
            }

            @Override
            public ChangeEvent connectionAccepted(ConnectionAccepted e) {
                return pairChange(ChangeType.CONNECTION_ACCEPTED, "requester", e.requester(), "recipient", e.addressee());
            }

            @Override
            public ChangeEvent connectionRejected(ConnectionRejected e) {
                return pairChange(ChangeType.CONNECTION_REJECTED, "requester", e.requester(), "recipient", e.addressee());
            }

            @Override
            public ChangeEvent connectionRemoved(ConnectionRemoved e) {
                return pairChange(ChangeType.CONNECTION_REMOVED, "user_a", e.pair().lower(), "user_b", e.pair().higher());
            }

            @Override
            public ChangeEvent userBlocked(UserBlocked e) {
                Map<String, String> data = fields("blocker", e.blocker(), "blocked", e.blocked());
                e.reason().asOptional().ifPresent(reason -> data.put("reason", reason));
                return change(ChangeType.BLOCK_CREATED, data);
            }

            @Override
            public ChangeEvent userUnblocked(UserUnblocked e) {
                return pairChange(ChangeType.BLOCK_REMOVED, "blocker", e.blocker(), "blocked", e.blocked());
            }

            private ChangeEvent pairChange(ChangeType type, String first, UserId one, String second, UserId other) {
                return change(type, fields(first, one, second, other));
            }

            private ChangeEvent change(ChangeType type, Map<String, String> data) {
                return new ChangeEvent(recorded.id(), type, ChangeSubject.of(event.pair()), event.actor(), recorded.occurredAt(), data);
            }
        });
    }

    /**
     * A relationship the deletion of one of its users removed, published before the deletion
     * itself: {@link ChangeType#FOLLOW_REMOVED}, {@link ChangeType#CONNECTION_REMOVED} or
     * {@link ChangeType#BLOCK_REMOVED} with {@code cause} {@value #CAUSE_USER_DELETED}.
     *
     * @param id            the change's id
     * @param type          one of the three removals
     * @param from          the follower, the blocker, or either user of a connection
     * @param to            the followed, the blocked, or the other user of a connection
     * @param administrator who deleted the user
     * @param at            when
     * @return the change
     * @throws IllegalArgumentException if {@code type} is not one of the three
     */
    public static ChangeEvent removedByDeletion(UUID id, ChangeType type, UserId from, UserId to, UserId administrator, Instant at) {
        UserPair pair = UserPair.of(from, to);
        Map<String, String> data = switch (type) {
            case FOLLOW_REMOVED -> fields("follower", from, "followed", to);
            case CONNECTION_REMOVED -> fields("user_a", pair.lower(), "user_b", pair.higher());
            case BLOCK_REMOVED -> fields("blocker", from, "blocked", to);
            default -> throw new IllegalArgumentException("a deletion removes follows, connections and blocks, not " + type.code());
        };
        data.put("cause", CAUSE_USER_DELETED);
        return new ChangeEvent(id, type, ChangeSubject.of(pair), administrator, at, data);
    }

    /**
     * A user's registration.
     *
     * @param id    the change's id
     * @param user  who became known
     * @param actor the user themselves on first use, else the administrator
     * @param at    when
     * @return the change
     */
    public static ChangeEvent userRegistered(UUID id, UserId user, UserId actor, Instant at) {
        return new ChangeEvent(id, ChangeType.USER_REGISTERED, ChangeSubject.of(user), actor, at, Map.of("user", user.toString()));
    }

    /**
     * A user's deletion, after the removals it caused.
     *
     * @param id            the change's id
     * @param user          who was deleted
     * @param administrator who deleted them
     * @param at            when
     * @return the change
     */
    public static ChangeEvent userDeleted(UUID id, UserId user, UserId administrator, Instant at) {
        return new ChangeEvent(id, ChangeType.USER_DELETED, ChangeSubject.of(user), administrator, at, Map.of("user", user.toString()));
    }

    /**
     * The module's switch.
     *
     * @param id            the change's id
     * @param enabled       the new setting
     * @param administrator who switched it
     * @param at            when
     * @return the change
     */
    public static ChangeEvent connectionsSwitched(UUID id, boolean enabled, UserId administrator, Instant at) {
        return new ChangeEvent(id, ChangeType.SETTING_CHANGED, ChangeSubject.setting(CONNECTIONS_ENABLED), administrator, at,
                Map.of("key", CONNECTIONS_ENABLED, "value", Boolean.toString(enabled)));
    }

    private static Map<String, String> fields(String first, UserId one, String second, UserId other) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put(first, one.toString());
        data.put(second, other.toString());
        return data;
    }
}
