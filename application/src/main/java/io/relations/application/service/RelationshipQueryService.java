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
import io.relations.domain.decision.ListVisibility;
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
 * owner known), plus privacy: the owner's lists are hidden from a viewer they block. Own lists need
 * only the module and the owner known. A viewer who is not known was deleted (over HTTP every
 * caller is registered first): refused {@code USER_DELETED}, whatever a cache believed.
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
        return visibleTo(viewer, owner, () -> read.follows().followers(owner, page));
    }

    @Override
    public Outcome<Page<ListedUser>> listFollowing(UserId viewer, UserId owner, PageRequest page) {
        return visibleTo(viewer, owner, () -> read.follows().following(owner, page));
    }

    @Override
    public Outcome<Page<ListedUser>> listConnections(UserId viewer, UserId owner, PageRequest page) {
        return visibleTo(viewer, owner, () -> read.connections().connections(owner, page));
    }

    @Override
    public Outcome<UserStats> userStats(UserId viewer, UserId owner) {
        return visibleTo(viewer, owner, () -> read.statistics().statsOf(owner));
    }

    @Override
    public Outcome<Page<ListedUser>> listConnectionRequests(UserId actor, RequestDirection direction, PageRequest page) {
        return own(actor, () -> read.connections().pendingRequests(actor, direction, page));
    }

    @Override
    public Outcome<Page<BlockedUser>> listBlocks(UserId actor, PageRequest page) {
        return own(actor, () -> read.blocks().blockedBy(actor, page));
    }

    @Override
    public Outcome<Page<RecordedEvent>> history(UserId actor, HistoryKind kind, PageRequest page) {
        return own(actor, () -> read.history().historyOf(actor, kind, page));
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

    private <T> Outcome<T> visibleTo(UserId viewer, UserId owner, Supplier<T> query) {
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
        if (!viewer.equals(owner) && !ListVisibility.isVisible(states.load(UserPair.of(owner, viewer)), owner, viewer)) {
            return Outcome.refused(Refusal.HIDDEN_BY_BLOCK);
        }
        return Outcome.success(query.get());
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
}
