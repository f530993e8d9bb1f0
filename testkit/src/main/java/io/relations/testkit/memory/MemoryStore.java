package io.relations.testkit.memory;

import io.relations.application.change.ChangeEvent;
import io.relations.application.change.ChangePosition;
import io.relations.application.change.ConsumerName;
import io.relations.application.change.LoggedChange;
import io.relations.application.model.RecordedEvent;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The state all ports of one {@link InMemoryStorage} share. Every access holds the monitor of
 * this object: one lock for the whole store, so that each call sees one state, as one snapshot
 * would, and a transaction on a pair excludes every other call, as the ports promise.
 */
final class MemoryStore {

    boolean connectionsEnabled = true;
    final Set<UserId> known = new HashSet<>();
    /** Deleted user → the administrator who deleted them. */
    final Map<UserId, UserId> tombstones = new HashMap<>();
    final Map<UserPair, PairState> states = new HashMap<>();
    final List<RecordedEvent> history = new ArrayList<>();
    final Map<UserPair, Integer> lockCounts = new HashMap<>();
    /**
     * The change log, in commit order by construction: every transaction publishes its changes
     * while it holds this store's monitor, so a later position is always a later commit.
     */
    final List<LoggedChange> changes = new ArrayList<>();
    /** The last position retention removed; null while the log starts at its beginning. */
    ChangePosition removedThrough;
    final Map<ConsumerName, ChangePosition> consumers = new TreeMap<>((one, other) -> one.value().compareTo(other.value()));
    final Set<ConsumerName> claimed = new HashSet<>();
    final Clock clock;
    private long transactions;
    private long sequence;
    private long lastIdMillis;
    private long idCounter;

    MemoryStore(Clock clock) {
        this.clock = clock;
    }

    PairState state(UserPair pair) {
        return states.getOrDefault(pair, PairState.empty(pair));
    }

    /**
     * One committed transaction's changes, in the order they were made: the next transaction
     * number, each its own sequence number. Returns them as logged; none, and no transaction
     * number taken, for no changes.
     */
    List<LoggedChange> publish(List<ChangeEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        transactions++;
        List<LoggedChange> logged = new ArrayList<>(events.size());
        for (ChangeEvent event : events) {
            sequence++;
            logged.add(new LoggedChange(new ChangePosition(transactions, sequence), event));
        }
        changes.addAll(logged);
        return List.copyOf(logged);
    }

    /** A UUIDv7 for a change that has no history row: its time's milliseconds, a counter within them, random bits. */
    UUID newChangeId(Instant at) {
        long millis = Math.max(at.toEpochMilli(), lastIdMillis);
        idCounter = millis == lastIdMillis ? idCounter + 1 : 0;
        lastIdMillis = millis;
        long high = (millis << 16) | 0x7000L | (idCounter & 0x0fffL);
        long low = 0x8000_0000_0000_0000L | (ThreadLocalRandom.current().nextLong() & 0x3fff_ffff_ffff_ffffL);
        return new UUID(high, low);
    }

    /** What deleting a user cascades to, as the schema's foreign keys do: their pairs and their history. */
    void erase(UserId user) {
        states.keySet().removeIf(pair -> pair.contains(user));
        history.removeIf(recorded -> recorded.event().pair().contains(user));
    }
}
