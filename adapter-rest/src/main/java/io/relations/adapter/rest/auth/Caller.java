package io.relations.adapter.rest.auth;

import io.relations.domain.model.UserId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Who is calling, as their token says: a user, and the scopes of theirs the API knows. */
public record Caller(UserId user, Set<Scope> scopes) {

    /** @param scopes copied; unmodifiable afterwards */
    public Caller {
        Objects.requireNonNull(user, "user");
        scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
    }

    /** Whether the caller may use the admin routes. */
    public boolean admin() {
        return scopes.contains(Scope.ADMIN);
    }

    /** Whether the token carries {@code scope}. */
    public boolean has(Scope scope) {
        return scopes.contains(scope);
    }
}
