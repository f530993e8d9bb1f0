package io.relations.testkit.contract;

import io.relations.application.model.GuardedRead;
import io.relations.application.model.ListedUser;
import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.application.model.PairFacts;
import io.relations.application.model.RecordedEvent;
import io.relations.application.port.out.LockedPair;
import io.relations.domain.decision.HistoryScope;
import io.relations.domain.event.HistoryKind;
import io.relations.domain.event.RelationshipEvent;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The contract's hands on the ports under test: new users of the test's own (so tests can share
 * one storage), events recorded as the application records them, and whole lists read page by
 * page. Every event gets its own whole second, so the history has one order and every storage
 * keeps the times exactly.
 */
final class PortsInUse {

    static final UserId ADMINISTRATOR = UserId.parse("01900000-0000-7000-8000-0000000ad0c0");
    /** More pages than any list of the suite has: a walk that does not end is a failure, not a hang. */
    private static final int MAX_PAGES = 1_000;

    final RelationshipPorts ports;
    private final AtomicReference<Instant> clock = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));

    PortsInUse(RelationshipPorts ports) {
        this.ports = ports;
    }

    /** A user no other test knows, registered by an administrator. */
    UserId newUser() {
        UserId user = unknownUser();
        ports.users().register(user, ADMINISTRATOR);
        return user;
    }

    /** A user no storage has heard of. */
    static UserId unknownUser() {
        return UserId.of(UUID.randomUUID());
    }

    RecordedEvent recorded(RelationshipEvent event) {
        return new RecordedEvent(ports.ids().newId(), event, clock.getAndUpdate(now -> now.plusSeconds(1)));
    }

    /** One command's transaction on the pair of actor and target that records these events. */
    List<RecordedEvent> record(UserId actor, UserId target, RelationshipEvent... events) {
        return ports.pairTransactions().withPairLocked(actor, target, locked -> {
            List<RecordedEvent> rows = Stream.of(events).map(this::recorded).toList();
            locked.record(rows);
            return rows;
        });
    }

    PairFacts facts(UserId actor, UserId target) {
        return ports.pairTransactions().withPairLocked(actor, target, LockedPair::facts);
    }

    PairState state(UserId actor, UserId target) {
        return facts(actor, target).state();
    }

    /** Every entry of a list, page by page. */
    static <T> List<T> everyPage(Function<PageRequest, GuardedRead<Page<T>>> read, int limit) {
        List<T> all = new ArrayList<>();
        PageRequest page = PageRequest.first(limit);
        for (int pages = 0; pages < MAX_PAGES; pages++) {
            Page<T> found = read.apply(page).result();
            all.addAll(found.items());
            if (found.next().isEmpty()) {
                return all;
            }
            page = PageRequest.after(found.next().get(), limit);
        }
        throw new AssertionError("the list did not end after " + MAX_PAGES + " pages");
    }

    List<ListedUser> followers(UserId owner) {
        return everyPage(page -> ports.followLists().followers(owner, owner, page), PageRequest.MAX_LIMIT);
    }

    List<ListedUser> following(UserId owner) {
        return everyPage(page -> ports.followLists().following(owner, owner, page), PageRequest.MAX_LIMIT);
    }

    List<ListedUser> connections(UserId owner) {
        return everyPage(page -> ports.connectionLists().connections(owner, owner, page), PageRequest.MAX_LIMIT);
    }

    static <T> List<T> reversed(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        Collections.reverse(copy);
        return copy;
    }

    /** The user's history of one kind, every row, newest first. */
    List<RecordedEvent> history(UserId user, HistoryKind kind) {
        return everyPage(page -> ports.history().historyOf(user, kind, HistoryScope.EVERY_ROW, page), PageRequest.MAX_LIMIT);
    }

    /** The pair's events as the user's history holds them, all kinds, oldest first: what replays to its state. */
    List<RelationshipEvent> pairHistory(UserId user, UserPair pair) {
        return Stream.of(HistoryKind.values())
                .flatMap(kind -> history(user, kind).stream())
                .filter(row -> row.event().pair().equals(pair))
                .sorted(Comparator.comparing(RecordedEvent::occurredAt))
                .map(RecordedEvent::event)
                .toList();
    }
}
