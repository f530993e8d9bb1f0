package io.relations.adapter.rest.auth;

import io.relations.domain.model.UserId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is calling, as their token says: a user, and the scopes of theirs the API knows.
 *
 * @param user   the token's {@code sub}
 * @param scopes the token's scopes the API knows; unmodifiable
 */
public record Caller(UserId user, Set<Scope> scopes) {

    /**
     * A caller; the scopes are copied.
     *
     * @param user   the token's {@code sub}
     * @param scopes the scopes the API knows
     * @throws NullPointerException if either is null
     */
    public Caller {
        Objects.requireNonNull(user, "user");
        scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
    }

    /** {@return whether the caller may use the admin routes} */
    public boolean admin() {
        return scopes.contains(Scope.ADMIN);
    }

    /**
     * Whether the token carries a scope.
     *
     * @param scope the scope
     * @return true if it does
     */
    public boolean has(Scope scope) {
        return scopes.contains(scope);
    }
}
