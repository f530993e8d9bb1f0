package io.relations.adapter.rest;

import java.time.Duration;
import java.util.Optional;

/**
 * Rate limiting, if the bootstrap wants it: asked once per authenticated API request with the
 * caller's id; an answer means "refuse with 429, retry after this long".
 */
@FunctionalInterface
public interface RequestThrottle {

    RequestThrottle NONE = caller -> Optional.empty();

    Optional<Duration> retryAfter(String callerKey);
}
