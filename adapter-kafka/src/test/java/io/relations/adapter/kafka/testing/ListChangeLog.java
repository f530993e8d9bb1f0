package io.relations.adapter.kafka.testing;

import io.relations.application.change.ChangeBacklog;
import io.relations.application.change.ChangePosition;
import io.relations.application.change.LoggedChange;
import io.relations.application.change.PrivacyClass;
import io.relations.application.port.out.ChangeLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The change log as a list the test appends to, every change committed and safe to read at once. */
public final class ListChangeLog implements ChangeLog {

    private final List<LoggedChange> changes = new ArrayList<>();

    /** Adds committed changes at the end, in the order given. */
    public synchronized void append(List<LoggedChange> more) {
        changes.addAll(more);
    }

    @Override
    public synchronized List<LoggedChange> readAfter(ChangePosition after, int limit, Set<PrivacyClass> classes) {
        return changes.stream()
                .filter(change -> change.position().isAfter(after) && classes.contains(change.event().type().privacy()))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized ChangePosition latest() {
        return changes.isEmpty() ? ChangePosition.START : changes.get(changes.size() - 1).position();
    }

    @Override
    public synchronized ChangeBacklog backlogAfter(ChangePosition after, long cap) {
        List<LoggedChange> waiting = changes.stream().filter(change -> change.position().isAfter(after)).limit(cap).toList();
        return waiting.isEmpty() ? ChangeBacklog.none()
                : new ChangeBacklog(waiting.size(), Optional.of(waiting.get(0).event().occurredAt()));
    }

    @Override
    public int removeOlderThan(Instant olderThan, ChangePosition notAfter, int maxChanges) {
        return 0;
    }

    @Override
    public Optional<ChangePosition> removedThrough() {
        return Optional.empty();
    }
}
