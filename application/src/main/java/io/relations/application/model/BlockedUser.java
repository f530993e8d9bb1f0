package io.relations.application.model;

import io.relations.domain.model.BlockReason;
import io.relations.domain.model.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a user's own block list.
 *
 * @param user   the blocked user
 * @param reason the reason the blocker gave
 * @param since  when the block was recorded
 */
public record BlockedUser(UserId user, BlockReason reason, Instant since) {

    /**
     * An entry of the list.
     *
     * @param user   the blocked user
     * @param reason the reason the blocker gave
     * @param since  when the block was recorded
     * @throws NullPointerException if any of them is null
     */
    public BlockedUser {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(since, "since");
    }
}
