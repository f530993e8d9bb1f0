package io.relations.adapter.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/** One entry of the caller's block list; {@code reason} only when one was given. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BlockedUserView(UUID userId, String reason, Instant since) {
}
