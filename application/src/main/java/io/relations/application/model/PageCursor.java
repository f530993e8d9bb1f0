package io.relations.application.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A position in a list ordered newest first: the time and id of the last row seen. Keyset
 * pagination, so a page costs the same wherever it is in the list.
 *
 * @param at the time of the last row seen
 * @param id the id of the last row seen, which orders rows of the same time
 */
public record PageCursor(Instant at, UUID id) {

    /**
     * A position.
     *
     * @param at the time of the last row seen
     * @param id the id of the last row seen, which orders rows of the same time
     * @throws NullPointerException if either is null
     */
    public PageCursor {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(id, "id");
    }
}
