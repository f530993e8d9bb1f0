package io.relations.application.testing;

import io.relations.application.model.BlockedUser;
import io.relations.application.model.ListedUser;
import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.application.model.RecordedEvent;
import io.relations.application.model.RequestDirection;
import io.relations.application.model.UserStats;
import io.relations.application.port.out.BlockLists;
import io.relations.application.port.out.ConnectionLists;
import io.relations.application.model.GuardedRead;
import io.relations.application.model.LookupRead;
import io.relations.application.model.PairFacts;
import io.relations.application.model.ReadFacts;
import io.relations.application.port.out.FollowLists;
import io.relations.application.port.out.HistoryReader;
import io.relations.application.port.out.LockedPair;
import io.relations.application.port.out.PairTransactions;
import io.relations.application.port.out.RelationshipLookups;
import io.relations.application.port.out.UserStatistics;
import io.relations.domain.decision.ListAudience;
import io.relations.domain.decision.HistoryScope;
import io.relations.domain.event.HistoryKind;
import io.relations.domain.event.Replay;
import io.relations.domain.model.Connection;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A test double of every relationship port, kept in memory: the current state of each pair is the
 * replay of its history, and lists are derived from the history. One lock serialises all work, so
 * each read sees one state, as one snapshot would; work that throws leaves nothing behind, as a
 * transaction would.
 */
public final class InMemoryRelationships
        implements PairTransactions, FollowLists, ConnectionLists, BlockLists, UserStatistics, HistoryReader, RelationshipLookups {

    private final InMemoryUsers users;
    private final InMemoryModuleSwitch moduleSwitch;
    private final Map<UserPair, PairState> states = new HashMap<>();
    private final List<RecordedEvent> history = new ArrayList<>();
    private final Map<UserPair, Integer> lockCounts = new HashMap<>();

    public InMemoryRelationships(InMemoryUsers users, InMemoryModuleSwitch moduleSwitch) {
        this.users = Objects.requireNonNull(users, "users");
        this.moduleSwitch = Objects.requireNonNull(moduleSwitch, "moduleSwitch");
    }

    @Override
    public synchronized <T> T withPairLocked(UserId actor, UserId target, Function<LockedPair, T> work) {
        UserPair pair = UserPair.of(actor, target);
        lockCounts.merge(pair, 1, Integer::sum);
        Map<UserPair, PairState> statesBefore = new HashMap<>(states);
        int historyBefore = history.size();
        PairFacts facts = new PairFacts(moduleSwitch.connectionsEnabled(), users.exists(actor), users.exists(target), load(pair));
        try {
            return work.apply(new LockedPair() {
                @Override
                public PairFacts facts() {
                    return facts;
                }

                @Override
                public void record(List<RecordedEvent> events) {
                    InMemoryRelationships.this.record(events);
                }
            });
        } catch (RuntimeException failure) {
            states.clear();
            states.putAll(statesBefore);
            history.subList(historyBefore, history.size()).clear();
            throw failure;
        }
    }

    @Override
    public synchronized LookupRead lookUp(UserId actor, Set<UserId> others) {
        Set<UserId> known = new HashSet<>();
        Map<UserId, PairState> pairs = new HashMap<>();
        Stream.concat(Stream.of(actor), others.stream()).filter(users::exists).forEach(known::add);
        others.forEach(other -> pairs.put(other, load(UserPair.of(actor, other))));
        return new LookupRead(moduleSwitch.connectionsEnabled(), known, pairs);
    }

    @Override
    public synchronized GuardedRead<Page<ListedUser>> followers(UserId viewer, UserId user, PageRequest page) {
        return guarded(viewer, user, ListedSince.page(currentEdges(user, state -> state.follows(state.pair().other(user), user), "follow"), page));
    }

    @Override
    public synchronized GuardedRead<Page<ListedUser>> following(UserId viewer, UserId user, PageRequest page) {
        return guarded(viewer, user, ListedSince.page(currentEdges(user, state -> state.follows(user, state.pair().other(user)), "follow"), page));
    }

    @Override
    public synchronized GuardedRead<Page<ListedUser>> connections(UserId viewer, UserId user, PageRequest page) {
        return guarded(viewer, user, ListedSince.page(currentEdges(user, state -> state.connection() instanceof Connection.Accepted, "accepted"), page));
    }

    @Override
    public synchronized GuardedRead<Page<ListedUser>> pendingRequests(UserId user, RequestDirection direction, PageRequest page) {
        Predicate<PairState> pending = state -> state.connection() instanceof Connection.Pending request
                && (direction == RequestDirection.INCOMING ? request.addressee() : request.requester()).equals(user);
        return guarded(user, user, ListedSince.page(currentEdges(user, pending, "requested"), page));
    }

    @Override
    public synchronized GuardedRead<Page<BlockedUser>> blockedBy(UserId blocker, PageRequest page) {
        Page<ListedUser> listed = ListedSince.page(
                currentEdges(blocker, state -> state.blocks(blocker, state.pair().other(blocker)), "block"), page);
        return guarded(blocker, blocker, listed.map(entry -> new BlockedUser(
                entry.user(), load(UserPair.of(blocker, entry.user())).blocks().values().iterator().next(), entry.since())));
    }

    @Override
    public synchronized GuardedRead<UserStats> statsOf(UserId viewer, UserId user) {
        return guarded(viewer, user, new UserStats(
                pairsOf(user).filter(state -> state.follows(state.pair().other(user), user)).count(),
                pairsOf(user).filter(state -> state.follows(user, state.pair().other(user))).count(),
                pairsOf(user).filter(state -> state.connection() instanceof Connection.Accepted).count()));
    }

    @Override
    public synchronized GuardedRead<Page<RecordedEvent>> historyOf(UserId user, HistoryKind kind, HistoryScope scope, PageRequest page) {
        List<RecordedEvent> mine = history.stream()
                .filter(recorded -> recorded.event().action().kind() == kind && scope.includes(recorded.event(), user))
                .toList();
        return guarded(user, user, ListedSince.pageOf(mine, RecordedEvent::occurredAt, RecordedEvent::id, Function.identity(), page));
    }

    private <T> GuardedRead<T> guarded(UserId viewer, UserId owner, T result) {
        ListAudience audience = viewer.equals(owner) ? ListAudience.UNRELATED : ListAudience.of(owner, viewer, load(UserPair.of(viewer, owner)));
        return new GuardedRead<>(new ReadFacts(moduleSwitch.connectionsEnabled(), users.exists(viewer), users.exists(owner), audience), result);
    }

    private PairState load(UserPair pair) {
        return states.getOrDefault(pair, PairState.empty(pair));
    }

    private void record(List<RecordedEvent> events) {
        for (RecordedEvent recorded : events) {
            UserPair pair = recorded.event().pair();
            states.put(pair, Replay.apply(load(pair), List.of(recorded.event())));
            history.add(recorded);
        }
    }

    /** The whole history, in order: what a test inspects. */
    public synchronized List<RecordedEvent> history() {
        return List.copyOf(history);
    }

    /** How often a transaction locked this pair. */
    public synchronized int lockCount(UserPair pair) {
        return lockCounts.getOrDefault(pair, 0);
    }

    private Stream<PairState> pairsOf(UserId user) {
        return states.values().stream().filter(state -> state.pair().contains(user));
    }

    /** The other user of each matching pair, with the latest event of the given action on that pair. */
    private List<ListedSince> currentEdges(UserId user, Predicate<PairState> matches, String action) {
        return pairsOf(user).filter(matches).map(state -> ListedSince.latest(history, state.pair(), user, action)).toList();
    }
}
