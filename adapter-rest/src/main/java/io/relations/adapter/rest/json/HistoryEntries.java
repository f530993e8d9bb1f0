package io.relations.adapter.rest.json;

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
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Flattens each kind of domain event into a history entry; written by hand, as each kind names its users differently. */
public final class HistoryEntries {

    private HistoryEntries() {
    }

    public static HistoryEntryView toView(RecordedEvent recorded) {
        return recorded.event().accept(new Flattener(recorded.id(), recorded.occurredAt(), recorded.event()));
    }

    private static final class Flattener implements RelationshipEvent.Visitor<HistoryEntryView> {

        private final UUID id;
        private final Instant occurredAt;
        private final RelationshipEvent event;

        Flattener(UUID id, Instant occurredAt, RelationshipEvent event) {
            this.id = id;
            this.occurredAt = occurredAt;
            this.event = event;
        }

        @Override
        public HistoryEntryView userFollowed(UserFollowed followed) {
            return follow(followed.follower(), followed.followed());
        }

        @Override
        public HistoryEntryView userUnfollowed(UserUnfollowed unfollowed) {
            return follow(unfollowed.follower(), unfollowed.followed());
        }

        @Override
        public HistoryEntryView connectionRequested(ConnectionRequested requested) {
            return connection(requested.pair(), requested.requester(), requested.addressee());
        }

        @Override
        public HistoryEntryView connectionAccepted(ConnectionAccepted accepted) {
            return connection(accepted.pair(), accepted.requester(), accepted.addressee());
        }

        @Override
        public HistoryEntryView connectionRejected(ConnectionRejected rejected) {
            return connection(rejected.pair(), rejected.requester(), rejected.addressee());
        }

        @Override
        public HistoryEntryView connectionRemoved(ConnectionRemoved removed) {
            return connection(removed.pair(), null, null);
        }

        @Override
        public HistoryEntryView userBlocked(UserBlocked blocked) {
            return block(blocked.blocker(), blocked.blocked(), blocked.reason());
        }

        @Override
        public HistoryEntryView userUnblocked(UserUnblocked unblocked) {
            return block(unblocked.blocker(), unblocked.blocked(), BlockReason.NONE);
        }

        private HistoryEntryView follow(UserId follower, UserId followed) {
            return new HistoryEntryView(id, kind(), action(), uuid(event.actor()),
                    uuid(follower), uuid(followed), null, null, null, null, null, null, occurredAt);
        }

        private HistoryEntryView connection(UserPair pair, UserId requester, UserId addressee) {
            return new HistoryEntryView(id, kind(), action(), uuid(event.actor()),
                    null, null, List.of(uuid(pair.lower()), uuid(pair.higher())), uuid(requester), uuid(addressee),
                    null, null, null, occurredAt);
        }

        private HistoryEntryView block(UserId blocker, UserId blocked, BlockReason reason) {
            return new HistoryEntryView(id, kind(), action(), uuid(event.actor()),
                    null, null, null, null, null, uuid(blocker), uuid(blocked), reason.asOptional().orElse(null), occurredAt);
        }

        private String kind() {
            return event.action().kind().name().toLowerCase(Locale.ROOT);
        }

        private String action() {
            return event.action().code();
        }

        private static UUID uuid(UserId user) {
            return user == null ? null : user.value();
        }
    }
}
