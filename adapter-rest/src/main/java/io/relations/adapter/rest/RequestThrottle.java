package io.relations.adapter.rest;

import java.time.Duration;
import java.util.Optional;

/**
 * Rate limiting, if the bootstrap wants it: asked once per request with a key (the caller's id
 * for an authenticated API request, the client's address for every request before that); an
 * answer means "refuse with 429, retry after this long".
 */
@FunctionalInterface
public interface RequestThrottle {

    RequestThrottle NONE = key -> Optional.empty();

    Optional<Duration> retryAfter(String key);

    /**
     * Gives back one request counted by {@link #retryAfter} that turned out not to count: an API
     * request is counted against its address before its token is checked, and given back once
     * the token passed. Giving back to an unknown key does nothing.
     */
    default void refund(String key) {
    }
}
