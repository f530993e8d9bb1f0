package io.relations.testkit.webhook;

import io.relations.application.change.ChangeBacklog;
import io.relations.application.change.ChangeEvent;
import io.relations.application.change.ChangePosition;
import io.relations.application.change.LoggedChange;
import io.relations.application.change.PrivacyClass;
import io.relations.application.port.out.ChangeLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A change log the test appends to: positions (1, 1), (1, 2), …; retention is a field the test sets. */
final class FakeChangeLog implements ChangeLog {

    private final List<LoggedChange> changes = new ArrayList<>();
    Optional<ChangePosition> removedThrough = Optional.empty();

    synchronized LoggedChange append(ChangeEvent event) {
        LoggedChange logged = new LoggedChange(new ChangePosition(1, changes.size() + 1), event);
        changes.add(logged);
        return logged;
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
        return waiting.isEmpty() ? ChangeBacklog.none() : new ChangeBacklog(waiting.size(), Optional.of(waiting.get(0).event().occurredAt()));
    }

    @Override
    public int removeOlderThan(Instant olderThan, ChangePosition notAfter, int maxChanges) {
        throw new UnsupportedOperationException("not used by the webhook services");
    }

    @Override
    public Optional<ChangePosition> removedThrough() {
        return removedThrough;
    }
}
