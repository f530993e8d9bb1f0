package io.relations.application.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Up to {@code limit} rows (1–100) after {@code after}, or from the newest when absent.
 *
 * @param limit the most rows the page holds, from 1 to {@link #MAX_LIMIT}
 * @param after the position the page starts right after; empty for the first page
 */
public record PageRequest(int limit, Optional<PageCursor> after) {

    /** The limit a request gets when its caller names none. */
    public static final int DEFAULT_LIMIT = 20;
    /** The largest limit: a page is never longer. */
    public static final int MAX_LIMIT = 100;

    /**
     * A request.
     *
     * @param limit the most rows the page holds, from 1 to {@link #MAX_LIMIT}
     * @param after the position the page starts right after; empty for the first page
     * @throws NullPointerException     if {@code after} is null
     * @throws IllegalArgumentException if {@code limit} is below 1 or above {@link #MAX_LIMIT}
     */
    public PageRequest {
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }

    /**
     * The first page: from the newest row.
     *
     * @param limit the most rows the page holds, from 1 to {@link #MAX_LIMIT}
     * @return the request
     * @throws IllegalArgumentException if {@code limit} is below 1 or above {@link #MAX_LIMIT}
     */
    public static PageRequest first(int limit) {
        return new PageRequest(limit, Optional.empty());
    }

    /**
     * The page right after {@code cursor}, as a previous page's {@link Page#next()} gave it.
     *
     * @param cursor the position the page starts right after
     * @param limit  the most rows the page holds, from 1 to {@link #MAX_LIMIT}
     * @return the request
     * @throws NullPointerException     if {@code cursor} is null
     * @throws IllegalArgumentException if {@code limit} is below 1 or above {@link #MAX_LIMIT}
     */
    public static PageRequest after(PageCursor cursor, int limit) {
        return new PageRequest(limit, Optional.of(cursor));
    }
}
