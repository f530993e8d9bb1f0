package io.relations.bootstrap;

import io.relations.adapter.rest.auth.JwtAuthenticator;
import io.relations.adapter.rest.auth.VerifiedTokenCache;
import java.util.Objects;

/**
 * How the service checks tokens: the checker for the configured key behind the cache of verified
 * tokens. Ready while it has keys to check with (always, but for a JWKS URL whose provider has not
 * been reached yet, or not for longer than the outage tolerance); closing it stops fetching keys.
 */
record TokenVerification(VerifiedTokenCache cache, JwtAuthenticator checker) implements AutoCloseable {

    TokenVerification {
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(checker, "checker");
    }

    boolean isReady() {
        return checker.hasKeys();
    }

    @Override
    public void close() {
        checker.close();
    }
}
