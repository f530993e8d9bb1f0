package io.relations.adapter.rest.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * A token that passed every check, and the last instant it passes them: its {@code exp} plus the
 * allowed clock skew. Its {@code nbf} needs no instant of its own: it was already reached when the
 * token was checked, and stays reached.
 */
public record VerifiedToken(Caller caller, Instant validUntil) {

    public VerifiedToken {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(validUntil, "validUntil");
    }

    public boolean isValidAt(Instant now) {
        return !now.isAfter(validUntil);
    }
}
