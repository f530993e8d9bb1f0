package io.relations.application.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a list, newest first, and where the next page starts if there is one.
 *
 * @param <T>   the type of the entries
 * @param items the entries, unmodifiable
 * @param next  where the next page starts; empty on the last page
 */
public record Page<T>(List<T> items, Optional<PageCursor> next) {

    /**
     * A page; the entries are copied.
     *
     * @param items the entries, newest first
     * @param next  where the next page starts; empty on the last page
     * @throws NullPointerException if {@code items} is null or holds null, or {@code next} is null
     */
    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(next, "next");
    }

    /**
     * The last page of a list: no page follows it.
     *
     * @param <T>   the type of the entries
     * @param items the entries, newest first
     * @return the page, with an empty {@link #next()}
     * @throws NullPointerException if {@code items} is null or holds null
     */
    public static <T> Page<T> last(List<T> items) {
        return new Page<>(items, Optional.empty());
    }

    /**
     * The same page with each entry mapped, in the same order and with the same next cursor.
     *
     * @param <R>    the type of the new entries
     * @param mapper applied to each entry; must not answer null
     * @return the mapped page
     * @throws NullPointerException if the mapper answers null
     */
    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), next);
    }
}
