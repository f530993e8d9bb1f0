package io.relations.application.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

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

    /**
     * The page of what a reader may see of the changes it read ({@link VisibleChanges#inOrder}):
     * the visible ones, and the position of the last one read.
     *
     * @param after      the position the changes were read after
     * @param read       the changes, in log order
     * @param visibility what the reader sees of a change, empty for nothing
     * @return the page; its {@link #next()} is {@code after} when nothing was read
     * @throws NullPointerException if any is null
     */
    public static ChangePage visibleOf(ChangePosition after, List<LoggedChange> read,
                                       Function<ChangeEvent, Optional<ChangeEvent>> visibility) {
        List<LoggedChange> visible = new ArrayList<>(read.size());
        ChangePosition next = VisibleChanges.inOrder(after, read, visibility, visible::add);
        return new ChangePage(visible, next);
    }
}
