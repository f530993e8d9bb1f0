package io.relations.adapter.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A webhook subscription as administrators read it: never its secret, except {@code secret} in
 * the answer of its creation.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookView(UUID id, String url, List<String> eventTypes, List<String> privacyClasses, String state, String pausedReason,
                          Instant failingSince, Integer failedAttempts, Instant nextAttemptAt, Instant createdAt, Instant updatedAt,
                          String secret) {
}
