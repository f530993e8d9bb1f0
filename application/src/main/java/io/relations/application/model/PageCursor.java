package io.relations.application.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A position in a list ordered newest first: the time and id of the last row seen. Keyset
 * pagination, so a page costs the same wherever it is in the list.
 */
public record PageCursor(Instant at, UUID id) {

    public PageCursor {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(id, "id");
    }
}
