package io.relations.adapter.rest.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * A token that passed every check, the last instant it passes them (its {@code exp} plus the
 * allowed clock skew), and the version of the key set it was checked with
 * ({@link JwtAuthenticator#keySetVersion()}): once the keys change, the check is no longer known
 * to hold. Its {@code nbf} needs no instant of its own: it was already reached when the token was
 * checked, and stays reached.
 */
public record VerifiedToken(Caller caller, Instant validUntil, long keySetVersion) {

    public VerifiedToken {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(validUntil, "validUntil");
    }

    /** Checked with keys that never change (a secret, a public key, a JWKS file). */
    public VerifiedToken(Caller caller, Instant validUntil) {
        this(caller, validUntil, JwtAuthenticator.FIXED_KEYS);
    }

    public boolean isValidAt(Instant now) {
        return !now.isAfter(validUntil);
    }
}
