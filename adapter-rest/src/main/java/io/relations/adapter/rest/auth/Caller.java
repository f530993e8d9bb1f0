package io.relations.adapter.rest.auth;

import io.relations.domain.model.UserId;
import java.util.Objects;

/** Who is calling, as their token says: a user, and whether they may use the admin routes. */
public record Caller(UserId user, boolean admin) {

    public Caller {
        Objects.requireNonNull(user, "user");
    }
}
