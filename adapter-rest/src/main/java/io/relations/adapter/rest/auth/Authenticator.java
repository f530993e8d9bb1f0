package io.relations.adapter.rest.auth;

/**
 * Turns a bearer token into a caller. {@link JwtAuthenticator} is the real one, behind a
 * {@link VerifiedTokenCache} in the service; tests may stub it.
 */
@FunctionalInterface
public interface Authenticator {

    /** @throws InvalidTokenException when the token is not acceptable, for whatever reason */
    Caller authenticate(String bearerToken);
}
