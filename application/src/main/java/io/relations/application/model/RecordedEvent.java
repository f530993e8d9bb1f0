package io.relations.application.model;

import io.relations.domain.event.RelationshipEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A domain event as the history keeps it: one row, with its own id and time.
 *
 * @param id         the row's id, from the {@code IdGenerator}: it orders rows of the same time
 * @param event      what the kernel decided
 * @param occurredAt when the kernel decided it
 */
public record RecordedEvent(UUID id, RelationshipEvent event, Instant occurredAt) {

    /**
     * A row.
     *
     * @param id         the row's id, from the {@code IdGenerator}: it orders rows of the same time
     * @param event      what the kernel decided
     * @param occurredAt when the kernel decided it
     * @throws NullPointerException if any of them is null
     */
    public RecordedEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
