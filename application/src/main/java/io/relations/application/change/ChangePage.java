package io.relations.application.change;

import java.util.List;
import java.util.Objects;

/**
 * One page of the change feed: the changes a reader may see, and where to read on.
 *
 * @param items the changes, oldest first, each as the reader may see it; unmodifiable
 * @param next  where the next read starts: the position of the last change this read passed
 *              (possibly one the reader may not see), or the position read after when there was
 *              none; never empty, since the feed has no end
 */
public record ChangePage(List<LoggedChange> items, ChangePosition next) {

    /**
     * A page; the items are copied.
     *
     * @param items the changes
     * @param next  where to read on
     * @throws NullPointerException if either is null or the items hold a null
     */
    public ChangePage {
        items = List.copyOf(items);
        Objects.requireNonNull(next, "next");
    }
}
