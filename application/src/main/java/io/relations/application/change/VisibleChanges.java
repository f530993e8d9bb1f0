package io.relations.application.change;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The one walk every reader of the log makes over what it read (the feed, the Kafka relay, each
 * webhook subscription): each change as the reader may see it, in log order, and how far the
 * reader has passed. A change the reader may not see is passed without being handed over, so a
 * reader's position moves past what is not its own.
 */
public final class VisibleChanges {

    private VisibleChanges() {
    }

    /**
     * Hands each change the reader may see to {@code take}, in the order read, until {@code take}
     * refuses one.
     *
     * @param after      the position the changes were read after
     * @param read       the changes, in log order, all after {@code after}
     * @param visibility what the reader sees of a change, empty for nothing
     *                   ({@link ChangeEvent#visibleTo}, or a subscription's own rule)
     * @param take       takes one visible change at its position; answers false to stop there
     *                   (the delivery failed)
     * @return the position passed: that of the last change read before the one {@code take}
     *         refused, or of the last change read when none was refused; {@code after} when
     *         nothing was passed
     * @throws NullPointerException if any is null
     */
    public static ChangePosition inOrder(ChangePosition after, List<LoggedChange> read,
                                         Function<ChangeEvent, Optional<ChangeEvent>> visibility, Predicate<LoggedChange> take) {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(take, "take");
        ChangePosition passed = after;
        for (LoggedChange change : read) {
            Optional<ChangeEvent> visible = visibility.apply(change.event());
            if (visible.isPresent() && !take.test(new LoggedChange(change.position(), visible.get()))) {
                return passed;
            }
            passed = change.position();
        }
        return passed;
    }
}
