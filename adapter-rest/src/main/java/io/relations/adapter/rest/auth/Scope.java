package io.relations.adapter.rest.auth;

import java.util.Optional;

/**
 * The scopes of a token the API acts on, from its {@code scope} or {@code scp} claim; any other
 * scope a token carries means nothing here and is left out.
 */
public enum Scope {
    /** The administrators' routes ({@code /api/v1/admin}), and every class of the change feed when asked for. */
    ADMIN("admin"),
    /** The change feed ({@code /api/v1/changes}) with the classes {@code public} and {@code parties}: for a service, not a user. */
    CHANGES_READ("changes:read"),
    /** The change feed with the class {@code private} too (a block's reason): for a service trusted with what users keep to themselves. */
    CHANGES_READ_PRIVATE("changes:read_private");

    private final String text;

    Scope(String text) {
        this.text = text;
    }

    /** {@return the scope as a token spells it, such as {@code changes:read}} */
    public String text() {
        return text;
    }

    /**
     * The scope a token's text names.
     *
     * @param text one scope of the token, exactly as spelt there
     * @return the scope, or empty when the API does not know it
     */
    public static Optional<Scope> of(String text) {
        for (Scope scope : values()) {
            if (scope.text.equals(text)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }
}
