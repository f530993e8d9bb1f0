package io.relations.application.model;

import io.relations.domain.model.BlockReason;
import io.relations.domain.model.UserId;
import java.time.Instant;
import java.util.Objects;

/** One entry of a user's own block list. */
public record BlockedUser(UserId user, BlockReason reason, Instant since) {

    public BlockedUser {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(since, "since");
    }
}
