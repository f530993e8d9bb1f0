package io.relations.adapter.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/** One delivery attempt of a subscription. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryAttemptView(UUID id, Instant attemptedAt, UUID changeId, String position, String outcome, Integer status,
                                  long durationMs, Instant nextAttemptAt) {
}
