package io.relations.application.service;

import io.relations.application.model.BlockedUser;
import io.relations.application.model.ListedUser;
import io.relations.application.model.Outcome;
import io.relations.application.model.Denial;
import io.relations.application.model.GuardedRead;
import io.relations.application.model.LookupRead;
import io.relations.application.model.Page;
import io.relations.application.model.ReadFacts;
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
import io.relations.application.port.out.RelationshipLookups;
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
import java.util.List;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The read side. Each use case asks one read port one question and gets the rows together with
 * the facts that guard them, from one snapshot; the rules are applied here. Lists of another user
 * pass the same checks as commands (module on, viewer and owner known), then {@link Privacy}: a
 * list or count it hides is answered as an empty one. Own lists need only the module and the
 * owner known; the own history is read in the scope {@link Privacy} gives its owner. A viewer who
 * is not known was deleted (over HTTP every caller is registered first): refused
 * {@code USER_DELETED}, whatever a cache believed.
 *
 * <p>An exception of a read port reaches the caller as thrown. The service holds no state of its
 * own, so it is as safe to share between threads as its ports are.
 */
public final class RelationshipQueryService
        implements ListFollowersUseCase, ListFollowingUseCase, ListConnectionsUseCase,
                   ListConnectionRequestsUseCase, ListBlocksUseCase,
                   LookUpRelationshipsUseCase, UserStatsUseCase, HistoryUseCase {

    /**
     * The read ports, one per kind of question, grouped so the constructor stays readable.
     *
     * @param follows     followers and followed users
     * @param connections accepted connections and pending requests
     * @param blocks      block lists
     * @param statistics  the counts
     * @param history     the audit trail
     * @param lookups     the batch lookup's read
     */
    public record ReadModels(
            FollowLists follows,
            ConnectionLists connections,
            BlockLists blocks,
            UserStatistics statistics,
            HistoryReader history,
            RelationshipLookups lookups) {

        /**
         * The read ports.
         *
         * @param follows     followers and followed users
         * @param connections accepted connections and pending requests
         * @param blocks      block lists
         * @param statistics  the counts
         * @param history     the audit trail
         * @param lookups     the batch lookup's read
         * @throws NullPointerException if any of them is null
         */
        public ReadModels {
            Objects.requireNonNull(follows, "follows");
            Objects.requireNonNull(connections, "connections");
            Objects.requireNonNull(blocks, "blocks");
            Objects.requireNonNull(statistics, "statistics");
            Objects.requireNonNull(history, "history");
            Objects.requireNonNull(lookups, "lookups");
        }
    }

    private final ReadModels read;

    /**
     * The service on its read ports.
     *
     * @param read the read ports
     * @throws NullPointerException if {@code read} is null
     */
    public RelationshipQueryService(ReadModels read) {
        this.read = Objects.requireNonNull(read, "read");
    }

    @Override
    public Outcome<Page<ListedUser>> listFollowers(UserId viewer, UserId owner, PageRequest page) {
        return visibleTo(viewer, owner, read.follows().followers(viewer, owner, page), nothing());
    }

    @Override
    public Outcome<Page<ListedUser>> listFollowing(UserId viewer, UserId owner, PageRequest page) {
        return visibleTo(viewer, owner, read.follows().following(viewer, owner, page), nothing());
    }

    @Override
    public Outcome<Page<ListedUser>> listConnections(UserId viewer, UserId owner, PageRequest page) {
        return visibleTo(viewer, owner, read.connections().connections(viewer, owner, page), nothing());
    }

    @Override
    public Outcome<UserStats> userStats(UserId viewer, UserId owner) {
        return visibleTo(viewer, owner, read.statistics().statsOf(viewer, owner), UserStats.NONE);
    }

    @Override
    public Outcome<Page<ListedUser>> listConnectionRequests(UserId actor, RequestDirection direction, PageRequest page) {
        return own(read.connections().pendingRequests(actor, direction, page));
    }

    @Override
    public Outcome<Page<BlockedUser>> listBlocks(UserId owner, Reader reader, PageRequest page) {
        return privateTo(reader, read.blocks().blockedBy(owner, page));
    }

    @Override
    public Outcome<Page<RecordedEvent>> history(UserId owner, Reader reader, HistoryKind kind, PageRequest page) {
        HistoryScope scope = Privacy.historyScopeFor(reader);
        return privateTo(reader, read.history().historyOf(owner, kind, scope, page)).map(rows -> inScope(scope, owner, rows));
    }

    @Override
    public Outcome<List<Relationship>> lookUpRelationships(UserId actor, RelationshipLookup lookup) {
        if (lookup.others().contains(actor)) {
            // No pair to read; the module switch still comes first, as for every request.
            Set<UserId> none = Set.of();
            return read.lookups().lookUp(actor, none).connectionsEnabled()
                    ? Outcome.refused(Refusal.SELF_RELATIONSHIP) : Outcome.denied(Denial.MODULE_DISABLED);
        }
        Set<UserId> asked = new HashSet<>(lookup.others());
        LookupRead facts = read.lookups().lookUp(actor, asked);
        if (!facts.connectionsEnabled()) {
            return Outcome.denied(Denial.MODULE_DISABLED);
        }
        if (!facts.known().contains(actor)) {
            return Outcome.denied(Denial.USER_DELETED);
        }
        if (!facts.known().containsAll(asked)) {
            return Outcome.denied(Denial.USER_NOT_FOUND);
        }
        return Outcome.success(lookup.others().stream()
                .map(other -> facts.pairs().getOrDefault(other, PairState.empty(UserPair.of(actor, other))).seenBy(actor))
                .toList());
    }

    /** {@code hidden} is the answer of a user with nothing to show: a hidden list cannot be told from it. */
    private static <T> Outcome<T> visibleTo(UserId viewer, UserId owner, GuardedRead<T> read, T hidden) {
        ReadFacts facts = read.facts();
        if (!facts.connectionsEnabled()) {
            return Outcome.denied(Denial.MODULE_DISABLED);
        }
        if (!facts.viewerKnown()) {
            return Outcome.denied(Denial.USER_DELETED);
        }
        if (!facts.ownerKnown()) {
            return Outcome.denied(Denial.USER_NOT_FOUND);
        }
        return Outcome.success(Privacy.showsListsOf(owner, viewer, facts.audience()) ? read.result() : hidden);
    }

    /**
     * The port selects the rows of the scope; each is checked against it again, so a row the
     * scope leaves out is never shown even if the port let it through.
     */
    private static Page<RecordedEvent> inScope(HistoryScope scope, UserId owner, Page<RecordedEvent> rows) {
        return new Page<>(rows.items().stream().filter(row -> scope.includes(row.event(), owner)).toList(), rows.next());
    }

    private static <T> Page<T> nothing() {
        return Page.last(List.of());
    }

    /** The owner's own list: a deleted owner is refused, not shown an empty page. */
    private static <T> Outcome<T> own(GuardedRead<T> read) {
        if (!read.facts().connectionsEnabled()) {
            return Outcome.denied(Denial.MODULE_DISABLED);
        }
        if (!read.facts().ownerKnown()) {
            return Outcome.denied(Denial.USER_DELETED);
        }
        return Outcome.success(read.result());
    }

    /** The owner reads their own (the caller, so known); an administrator any known user's, module on or off. */
    private static <T> Outcome<T> privateTo(Reader reader, GuardedRead<T> read) {
        return switch (reader) {
            case OWNER -> own(read);
            case ADMINISTRATOR -> read.facts().ownerKnown() ? Outcome.success(read.result()) : Outcome.denied(Denial.USER_NOT_FOUND);
        };
    }
}
