package io.relations.application.service;

import io.relations.application.model.BlockedUser;
import io.relations.application.model.ListedUser;
import io.relations.application.model.Outcome;
import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.application.model.RecordedEvent;
import io.relations.application.model.RelationshipLookup;
import io.relations.application.model.RequestDirection;
import io.relations.application.model.UserStats;
import io.relations.application.port.in.HistoryUseCase;
import io.relations.application.port.in.ListBlocksUseCase;
import io.relations.application.port.in.ListConnectionRequestsUseCase;
import io.relations.application.port.in.ListConnectionsUseCase;
import io.relations.application.port.in.ListFollowersUseCase;
import io.relations.application.port.in.ListFollowingUseCase;
import io.relations.application.port.in.LookUpRelationshipsUseCase;
import io.relations.application.port.in.UserStatsUseCase;
import io.relations.application.port.out.BlockLists;
import io.relations.application.port.out.ConnectionLists;
import io.relations.application.port.out.FollowLists;
import io.relations.application.port.out.HistoryReader;
import io.relations.application.port.out.ModuleSwitch;
import io.relations.application.port.out.PairStateLoader;
import io.relations.application.port.out.UserDirectory;
import io.relations.application.port.out.UserStatistics;
import io.relations.domain.decision.HistoryScope;
import io.relations.domain.decision.Privacy;
import io.relations.domain.decision.Reader;
import io.relations.domain.decision.Refusal;
import io.relations.domain.event.HistoryKind;
import io.relations.domain.model.PairState;
import io.relations.domain.model.Relationship;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The read side. Lists of another user pass the same checks as commands (module on, viewer and
 * owner known), then {@link Privacy}: a list or count it hides is answered as an empty one. Own
 * lists need only the module and the owner known; the own history is read in the scope
 * {@link Privacy} gives its owner. A viewer who is not known was deleted (over HTTP every caller
 * is registered first): refused {@code USER_DELETED}, whatever a cache believed.
 */
public final class RelationshipQueryService
        implements ListFollowersUseCase, ListFollowingUseCase, ListConnectionsUseCase,
                   ListConnectionRequestsUseCase, ListBlocksUseCase,
                   LookUpRelationshipsUseCase, UserStatsUseCase, HistoryUseCase {

    /** The read ports the queries need, grouped so the constructor stays readable. */
    public record ReadModels(
            FollowLists follows,
            ConnectionLists connections,
            BlockLists blocks,
            UserStatistics statistics,
            HistoryReader history) {

        public ReadModels {
            Objects.requireNonNull(follows, "follows");
            Objects.requireNonNull(connections, "connections");
            Objects.requireNonNull(blocks, "blocks");
            Objects.requireNonNull(statistics, "statistics");
            Objects.requireNonNull(history, "history");
        }
    }

    private final ModuleSwitch moduleSwitch;
    private final UserDirectory users;
    private final PairStateLoader states;
    private final ReadModels read;

    public RelationshipQueryService(ModuleSwitch moduleSwitch, UserDirectory users, PairStateLoader states, ReadModels read) {
        this.moduleSwitch = Objects.requireNonNull(moduleSwitch, "moduleSwitch");
        this.users = Objects.requireNonNull(users, "users");
        this.states = Objects.requireNonNull(states, "states");
        this.read = Objects.requireNonNull(read, "read");
    }

    @Override
    public Outcome<Page<ListedUser>> listFollowers(UserId viewer, UserId owner, PageRequest page) {
        return visibleTo(viewer, owner, () -> read.follows().followers(owner, page), RelationshipQueryService::nothing);
    }

    @Override
    public Outcome<Page<ListedUser>> listFollowing(UserId viewer, UserId owner, PageRequest page) {
        return visibleTo(viewer, owner, () -> read.follows().following(owner, page), RelationshipQueryService::nothing);
    }

    @Override
    public Outcome<Page<ListedUser>> listConnections(UserId viewer, UserId owner, PageRequest page) {
        return visibleTo(viewer, owner, () -> read.connections().connections(owner, page), RelationshipQueryService::nothing);
    }

    @Override
    public Outcome<UserStats> userStats(UserId viewer, UserId owner) {
        return visibleTo(viewer, owner, () -> read.statistics().statsOf(owner), () -> UserStats.NONE);
    }

    @Override
    public Outcome<Page<ListedUser>> listConnectionRequests(UserId actor, RequestDirection direction, PageRequest page) {
        return own(actor, () -> read.connections().pendingRequests(actor, direction, page));
    }

    @Override
    public Outcome<Page<BlockedUser>> listBlocks(UserId owner, Reader reader, PageRequest page) {
        return privateTo(owner, reader, () -> read.blocks().blockedBy(owner, page));
    }

    @Override
    public Outcome<Page<RecordedEvent>> history(UserId owner, Reader reader, HistoryKind kind, PageRequest page) {
        return privateTo(owner, reader, () -> historyIn(Privacy.historyScopeFor(reader), owner, kind, page));
    }

    @Override
    public Outcome<List<Relationship>> lookUpRelationships(UserId actor, RelationshipLookup lookup) {
        if (!moduleSwitch.connectionsEnabled()) {
            return Outcome.refused(Refusal.MODULE_DISABLED);
        }
        if (lookup.others().contains(actor)) {
            return Outcome.refused(Refusal.SELF_RELATIONSHIP);
        }
        Set<UserId> asked = new HashSet<>(lookup.others());
        Set<UserId> named = new HashSet<>(asked);
        named.add(actor);
        Set<UserId> known = users.existing(named);
        if (!known.contains(actor)) {
            return Outcome.refused(Refusal.USER_DELETED);
        }
        if (!known.containsAll(asked)) {
            return Outcome.refused(Refusal.USER_NOT_FOUND);
        }
        Map<UserId, PairState> pairs = states.loadAll(actor, asked);
        return Outcome.success(lookup.others().stream()
                .map(other -> pairs.getOrDefault(other, PairState.empty(UserPair.of(actor, other))).seenBy(actor))
                .toList());
    }

    /** {@code hidden} is the answer of a user with nothing to show: a hidden list cannot be told from it. */
    private <T> Outcome<T> visibleTo(UserId viewer, UserId owner, Supplier<T> query, Supplier<T> hidden) {
        if (!moduleSwitch.connectionsEnabled()) {
            return Outcome.refused(Refusal.MODULE_DISABLED);
        }
        // The viewer rides along in the lookup of the owner: refusing a deleted viewer costs nothing.
        Set<UserId> known = users.existing(new HashSet<>(List.of(viewer, owner)));
        if (!known.contains(viewer)) {
            return Outcome.refused(Refusal.USER_DELETED);
        }
        if (!known.contains(owner)) {
            return Outcome.refused(Refusal.USER_NOT_FOUND);
        }
        if (!viewer.equals(owner) && !Privacy.showsListsOf(owner, viewer, states.load(UserPair.of(owner, viewer)))) {
            return Outcome.success(hidden.get());
        }
        return Outcome.success(query.get());
    }

    /**
     * The port selects the rows of the scope; each is checked against it again, so a row the
     * scope leaves out is never shown even if the port let it through.
     */
    private Page<RecordedEvent> historyIn(HistoryScope scope, UserId owner, HistoryKind kind, PageRequest page) {
        Page<RecordedEvent> rows = read.history().historyOf(owner, kind, scope, page);
        return new Page<>(rows.items().stream().filter(row -> scope.includes(row.event(), owner)).toList(), rows.next());
    }

    private static <T> Page<T> nothing() {
        return Page.last(List.of());
    }

    /** One primary-key probe more than the list itself: a deleted owner is refused, not shown an empty page. */
    private <T> Outcome<T> own(UserId actor, Supplier<T> query) {
        if (!moduleSwitch.connectionsEnabled()) {
            return Outcome.refused(Refusal.MODULE_DISABLED);
        }
        if (!users.exists(actor)) {
            return Outcome.refused(Refusal.USER_DELETED);
        }
        return Outcome.success(query.get());
    }

    /** The owner reads their own (the caller, so known); an administrator any known user's, module on or off. */
    private <T> Outcome<T> privateTo(UserId owner, Reader reader, Supplier<T> query) {
        return switch (reader) {
            case OWNER -> own(owner, query);
            case ADMINISTRATOR -> users.exists(owner) ? Outcome.success(query.get()) : Outcome.refused(Refusal.USER_NOT_FOUND);
        };
    }
}
