package io.relations.testkit.memory;

import io.relations.application.change.ChangeEvents;
import io.relations.application.model.BlockedUser;
import io.relations.application.model.GuardedRead;
import io.relations.application.model.ListedUser;
import io.relations.application.model.LookupRead;
import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.application.model.PairFacts;
import io.relations.application.model.ReadFacts;
import io.relations.application.model.RecordedEvent;
import io.relations.application.model.RequestDirection;
import io.relations.application.model.UserStats;
import io.relations.application.port.out.BlockLists;
import io.relations.application.port.out.ConnectionLists;
import io.relations.application.port.out.FollowLists;
import io.relations.application.port.out.HistoryReader;
import io.relations.application.port.out.LockedPair;
import io.relations.application.port.out.PairTransactions;
import io.relations.application.port.out.RelationshipLookups;
import io.relations.application.port.out.UserStatistics;
import io.relations.domain.decision.HistoryScope;
import io.relations.domain.decision.ListAudience;
import io.relations.domain.event.ConnectionAccepted;
import io.relations.domain.event.ConnectionRequested;
import io.relations.domain.event.HistoryKind;
import io.relations.domain.event.RelationshipEvent;
import io.relations.domain.event.UserBlocked;
import io.relations.domain.event.UserFollowed;
import io.relations.domain.model.Connection;
import io.relations.domain.model.Edge;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The command path's port and every read port of an {@link InMemoryStorage}. The state of each
 * pair is what its recorded events made of it; each list entry is dated by the history row that
 * put it there, as the PostgreSQL adapter's rows are. Work that throws leaves nothing behind, as a
 * rolled-back transaction would; the work runs exactly once (nothing here fails in a way a retry
 * would cure). Thread safety: see {@link InMemoryStorage}.
 */
public final class InMemoryRelationships
        implements PairTransactions, FollowLists, ConnectionLists, BlockLists, UserStatistics, HistoryReader, RelationshipLookups {

    private final MemoryStore store;

    InMemoryRelationships(MemoryStore store) {
        this.store = store;
    }

    @Override
    public <T> T withPairLocked(UserId actor, UserId target, Function<LockedPair, T> work) {
        Objects.requireNonNull(work, "work");
        UserPair pair = UserPair.of(actor, target);
        synchronized (store) {
            store.lockCounts.merge(pair, 1, Integer::sum);
            Map<UserPair, PairState> statesBefore = new HashMap<>(store.states);
            int historyBefore = store.history.size();
            MemoryLockedPair locked = new MemoryLockedPair(store, new PairFacts(
                    store.connectionsEnabled, store.known.contains(actor), store.known.contains(target), store.state(pair)));
            boolean committed = false;
            try {
                T answer = work.apply(locked);
                committed = true;
                store.publish(store.history.subList(historyBefore, store.history.size()).stream().map(ChangeEvents::of).toList());
                return answer;
            } finally {
                locked.close();
                if (!committed) {
                    store.states.clear();
                    store.states.putAll(statesBefore);
                    store.history.subList(historyBefore, store.history.size()).clear();
                }
            }
        }
    }

    @Override
    public LookupRead lookUp(UserId actor, Set<UserId> others) {
        synchronized (store) {
            Set<UserId> known = new HashSet<>();
            Map<UserId, PairState> pairs = new HashMap<>();
            Stream.concat(Stream.of(actor), others.stream()).filter(store.known::contains).forEach(known::add);
            others.forEach(other -> pairs.put(other, store.state(UserPair.of(actor, other))));
            return new LookupRead(store.connectionsEnabled, known, pairs);
        }
    }

    @Override
    public GuardedRead<Page<ListedUser>> followers(UserId viewer, UserId owner, PageRequest page) {
        synchronized (store) {
            return guarded(viewer, owner, ListedSince.page(listed(owner,
                    (state, other) -> state.follows(other, owner), other -> followOf(other, owner)), page));
        }
    }

    @Override
    public GuardedRead<Page<ListedUser>> following(UserId viewer, UserId owner, PageRequest page) {
        synchronized (store) {
            return guarded(viewer, owner, ListedSince.page(listed(owner,
                    (state, other) -> state.follows(owner, other), other -> followOf(owner, other)), page));
        }
    }

    @Override
    public GuardedRead<Page<ListedUser>> connections(UserId viewer, UserId owner, PageRequest page) {
        synchronized (store) {
            return guarded(viewer, owner, ListedSince.page(listed(owner,
                    (state, other) -> state.connection() instanceof Connection.Accepted,
                    other -> event -> event instanceof ConnectionAccepted && event.pair().equals(UserPair.of(owner, other))), page));
        }
    }

    @Override
    public GuardedRead<Page<ListedUser>> pendingRequests(UserId owner, RequestDirection direction, PageRequest page) {
        synchronized (store) {
            InList pending = (state, other) -> state.connection() instanceof Connection.Pending request
                    && (direction == RequestDirection.INCOMING ? request.addressee() : request.requester()).equals(owner);
            return guarded(owner, owner, ListedSince.page(listed(owner, pending,
                    other -> event -> event instanceof ConnectionRequested && event.pair().equals(UserPair.of(owner, other))), page));
        }
    }

    @Override
    public GuardedRead<Page<BlockedUser>> blockedBy(UserId blocker, PageRequest page) {
        synchronized (store) {
            Page<ListedUser> listed = ListedSince.page(listed(blocker, (state, other) -> state.blocks(blocker, other),
                    other -> event -> event instanceof UserBlocked block && block.blocker().equals(blocker) && block.blocked().equals(other)), page);
            return guarded(blocker, blocker, listed.map(entry -> new BlockedUser(entry.user(),
                    store.state(UserPair.of(blocker, entry.user())).blocks().get(new Edge(blocker, entry.user())), entry.since())));
        }
    }

    @Override
    public GuardedRead<UserStats> statsOf(UserId viewer, UserId owner) {
        synchronized (store) {
            return guarded(viewer, owner, new UserStats(
                    pairsOf(owner).filter(state -> state.follows(state.pair().other(owner), owner)).count(),
                    pairsOf(owner).filter(state -> state.follows(owner, state.pair().other(owner))).count(),
                    pairsOf(owner).filter(state -> state.connection() instanceof Connection.Accepted).count()));
        }
    }

    @Override
    public GuardedRead<Page<RecordedEvent>> historyOf(UserId user, HistoryKind kind, HistoryScope scope, PageRequest page) {
        synchronized (store) {
            List<RecordedEvent> rows = store.history.stream()
                    .filter(recorded -> recorded.event().action().kind() == kind && scope.includes(recorded.event(), user))
                    .toList();
            return guarded(user, user, ListedSince.pageOf(rows, RecordedEvent::occurredAt, RecordedEvent::id, Function.identity(), page));
        }
    }

    /**
     * Every event recorded, oldest first, less what deleting a user erased: for a test to inspect.
     *
     * @return a copy, unaffected by later commands
     */
    public List<RecordedEvent> history() {
        synchronized (store) {
            return List.copyOf(store.history);
        }
    }

    /**
     * How many transactions locked the pair, whatever they did: for a test that a command took the
     * pair's lock once.
     *
     * @param pair any pair
     * @return 0 for a pair never locked
     */
    public int lockCount(UserPair pair) {
        Objects.requireNonNull(pair, "pair");
        synchronized (store) {
            return store.lockCounts.getOrDefault(pair, 0);
        }
    }

    private <T> GuardedRead<T> guarded(UserId viewer, UserId owner, T result) {
        ListAudience audience = viewer.equals(owner) ? ListAudience.UNRELATED : ListAudience.of(owner, viewer, store.state(UserPair.of(viewer, owner)));
        return new GuardedRead<>(new ReadFacts(store.connectionsEnabled, store.known.contains(viewer), store.known.contains(owner), audience), result);
    }

    private Stream<PairState> pairsOf(UserId user) {
        return store.states.values().stream().filter(state -> state.pair().contains(user));
    }

    /** The other user of each of the owner's pairs that {@code matches}, dated by the latest event {@code madeIt} names. */
    private List<ListedSince> listed(UserId owner, InList matches, Function<UserId, Predicate<RelationshipEvent>> madeIt) {
        return pairsOf(owner)
                .filter(state -> matches.test(state, state.pair().other(owner)))
                .map(state -> state.pair().other(owner))
                .map(other -> ListedSince.latest(store.history, other, madeIt.apply(other)))
                .toList();
    }

    private static Predicate<RelationshipEvent> followOf(UserId follower, UserId followed) {
        return event -> event instanceof UserFollowed follow && follow.follower().equals(follower) && follow.followed().equals(followed);
    }

    /** Whether a pair, seen from its owner's side with the other user, belongs in a list. */
    @FunctionalInterface
    private interface InList {
        boolean test(PairState state, UserId other);
    }
}
