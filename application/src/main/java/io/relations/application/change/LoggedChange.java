package io.relations.application.change;

import java.util.Objects;

/**
 * A committed change and its place in the log.
 *
 * @param position where it stands in the log's one order
 * @param event    the change
 */
public record LoggedChange(ChangePosition position, ChangeEvent event) {

    /**
     * A logged change.
     *
     * @param position where it stands
     * @param event    the change
     * @throws NullPointerException if either is null
     */
    public LoggedChange {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(event, "event");
    }
}
