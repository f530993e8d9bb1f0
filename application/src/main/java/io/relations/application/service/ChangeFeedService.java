package io.relations.application.service;

import io.relations.application.change.ChangePage;
import io.relations.application.change.ChangePosition;
import io.relations.application.change.LoggedChange;
import io.relations.application.change.PrivacyClass;
import io.relations.application.model.Denial;
import io.relations.application.model.Outcome;
import io.relations.application.port.in.ReadChangesUseCase;
import io.relations.application.port.out.ChangeLog;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The change feed over the log. The log's port filters by privacy class so that pages come back
 * full; the service checks every change again and leaves out the fields the reader may not see
 * ({@link io.relations.application.change.ChangeEvent#visibleTo}), so nothing private is answered
 * even if a port let it through. Holds no state; as safe to share as its port.
 */
public final class ChangeFeedService implements ReadChangesUseCase {

    /** The most changes one read answers: what one read of the log may ask for. */
    public static final int MAX_LIMIT = ChangeLog.MAX_READ;

    private final ChangeLog log;

    /**
     * The service on its port.
     *
     * @param log the change log
     * @throws NullPointerException if {@code log} is null
     */
    public ChangeFeedService(ChangeLog log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    @Override
    public Outcome<ChangePage> readChanges(ChangePosition after, int limit, Set<PrivacyClass> classes) {
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("a read of the change feed takes 1 to " + MAX_LIMIT + " changes");
        }
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("a reader of the change feed reads at least one privacy class");
        }
        Set<PrivacyClass> readable = EnumSet.copyOf(classes);
        Optional<ChangePosition> removed = log.removedThrough();
        if (removed.isPresent() && removed.get().isAfter(after)) {
            return Outcome.denied(Denial.POSITION_EXPIRED);
        }
        List<LoggedChange> read = log.readAfter(after, limit, readable);
        return Outcome.success(ChangePage.visibleOf(after, read, event -> event.visibleTo(readable)));
    }

    @Override
    public ChangePosition latestPosition() {
        return log.latest();
    }
}
