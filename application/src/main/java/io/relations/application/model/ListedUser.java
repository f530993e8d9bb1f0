package io.relations.application.model;

import io.relations.domain.model.UserId;
import java.time.Instant;
import java.util.Objects;

/** One user in a list (followers, following, connections, requests), and since when they are in it. */
public record ListedUser(UserId user, Instant since) {

    public ListedUser {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(since, "since");
    }
}
