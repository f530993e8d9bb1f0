package io.relations.application.model;

import java.util.Objects;
import java.util.Optional;

/** Up to {@code limit} rows (1–100) after {@code after}, or from the newest when absent. */
public record PageRequest(int limit, Optional<PageCursor> after) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, Optional.empty());
    }

    public static PageRequest after(PageCursor cursor, int limit) {
        return new PageRequest(limit, Optional.of(cursor));
    }
}
