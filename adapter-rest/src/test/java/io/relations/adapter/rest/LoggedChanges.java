package io.relations.adapter.rest;

import io.relations.application.change.ChangeEvents;
import io.relations.application.change.ChangePosition;
import io.relations.application.change.LoggedChange;
import io.relations.application.model.RecordedEvent;
import io.relations.domain.event.RelationshipEvent;
import io.relations.domain.event.UserBlocked;
import io.relations.domain.event.UserFollowed;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Changes as the log would hold them, built from domain events through the application's one mapping. */
final class LoggedChanges {

    static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    private LoggedChanges() {
    }

    /** The position of the {@code n}th change of transaction {@code n}: distinct and ordered by {@code n}. */
    static ChangePosition position(long n) {
        return new ChangePosition(1_000 + n, n);
    }

    static LoggedChange follow(long n, UserId follower, UserId followed) {
        return logged(n, new UserFollowed(follower, followed));
    }

    static LoggedChange block(long n, UserId blocker, UserId blocked, String reason) {
        return logged(n, new UserBlocked(blocker, blocked, BlockReason.of(Optional.of(reason))));
    }

    static LoggedChange logged(long n, RelationshipEvent event) {
        return new LoggedChange(position(n), ChangeEvents.of(new RecordedEvent(UUID.randomUUID(), event, AT.plusSeconds(n))));
    }
}
