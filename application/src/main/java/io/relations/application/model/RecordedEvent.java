package io.relations.application.model;

import io.relations.domain.event.RelationshipEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A domain event as the history keeps it: one row, with its own id and time. */
public record RecordedEvent(UUID id, RelationshipEvent event, Instant occurredAt) {

    public RecordedEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
