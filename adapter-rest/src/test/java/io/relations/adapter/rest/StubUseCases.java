package io.relations.adapter.rest;

import io.relations.application.change.ChangePage;
import io.relations.application.change.ChangePosition;
import io.relations.application.change.LoggedChange;
import io.relations.application.change.PrivacyClass;
import io.relations.application.model.BlockedUser;
import io.relations.application.model.ListedUser;
import io.relations.application.model.Denial;
import io.relations.application.model.Outcome;
import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.application.model.RecordedEvent;
import io.relations.application.model.RelationshipChange;
import io.relations.application.model.RelationshipLookup;
import io.relations.application.model.RequestDirection;
import io.relations.application.model.UserStats;
import io.relations.application.port.in.AcceptConnectionRequestUseCase;
import io.relations.application.port.in.BlockUseCase;
import io.relations.application.port.in.DeleteUserUseCase;
import io.relations.application.port.in.DisconnectUseCase;
import io.relations.application.port.in.FollowUseCase;
import io.relations.application.port.in.HistoryUseCase;
import io.relations.application.port.in.ListBlocksUseCase;
import io.relations.application.port.in.ListConnectionRequestsUseCase;
import io.relations.application.port.in.ListConnectionsUseCase;
import io.relations.application.port.in.ListFollowersUseCase;
import io.relations.application.port.in.ListFollowingUseCase;
import io.relations.application.port.in.LookUpRelationshipsUseCase;
import io.relations.application.port.in.ModuleSwitchUseCase;
import io.relations.application.port.in.ReadChangesUseCase;
import io.relations.application.port.in.RegisterCallerUseCase;
import io.relations.application.port.in.RegisterUserUseCase;
import io.relations.application.port.in.RejectConnectionRequestUseCase;
import io.relations.application.port.in.RemoveFollowerUseCase;
import io.relations.application.port.in.RequestConnectionUseCase;
import io.relations.application.port.in.UnblockUseCase;
import io.relations.application.port.in.UnfollowUseCase;
import io.relations.application.port.in.UserStatsUseCase;
import io.relations.domain.decision.Refusal;
import io.relations.domain.decision.Reader;
import io.relations.domain.event.HistoryKind;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.ConnectionStatus;
import io.relations.domain.model.Relationship;
import io.relations.domain.model.UserId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Every inbound port the API calls at once, answering what the test set up and noting each call as
 * {@code "name actor target"}. Not a model of the rules: the application's own tests cover those.
 */
final class StubUseCases implements FollowUseCase, UnfollowUseCase, RemoveFollowerUseCase, RequestConnectionUseCase,
        AcceptConnectionRequestUseCase, RejectConnectionRequestUseCase, DisconnectUseCase, BlockUseCase, UnblockUseCase, ListFollowersUseCase, ListFollowingUseCase,
        ListConnectionsUseCase, ListConnectionRequestsUseCase, ListBlocksUseCase, LookUpRelationshipsUseCase,
        UserStatsUseCase, HistoryUseCase, RegisterUserUseCase, RegisterCallerUseCase, DeleteUserUseCase, ModuleSwitchUseCase,
        ReadChangesUseCase {

    final List<String> calls = new CopyOnWriteArrayList<>();
    final Set<UserId> registered = ConcurrentHashMap.newKeySet();
    /** Deleted and not registered again by an administrator: refused on first use. */
    final Set<UserId> deleted = ConcurrentHashMap.newKeySet();
    /** The connection each command leaves, by command name; NONE when absent. */
    final Map<String, ConnectionStatus> connectionAfter = new ConcurrentHashMap<>();

    volatile Refusal refusal;
    volatile Denial denial;
    volatile RuntimeException failure;
    volatile Error error;
    /** When set, each command waits for it to open, after counting down {@link #entered}. */
    volatile java.util.concurrent.CountDownLatch gate;
    final java.util.concurrent.CountDownLatch entered = new java.util.concurrent.CountDownLatch(1);
    volatile boolean following;
    volatile Page<ListedUser> listedUsers = Page.last(List.of());
    volatile Page<BlockedUser> blockedUsers = Page.last(List.of());
    volatile Page<RecordedEvent> history = Page.last(List.of());
    volatile UserStats stats = new UserStats(0, 0, 0);
    volatile boolean connectionsEnabled = true;
    volatile PageRequest lastPage;
    volatile BlockReason lastReason;
    volatile Object lastFilter;

    /**
     * The change log the feed reads: every change in log order, each as the storage keeps it. A
     * read answers those after its position whose type's class it reads, made visible to it, as
     * the application's service does; the log's latest position is {@link #latestChange}.
     */
    final List<LoggedChange> changeLog = new CopyOnWriteArrayList<>();
    volatile ChangePosition latestChange = ChangePosition.START;
    /** Every read of the change feed, as {@code "after limit classes"}. */
    final List<String> changeReads = new CopyOnWriteArrayList<>();

    /** The webhook routes' use cases. */
    final StubWebhooks webhooks = new StubWebhooks();

    /** The API's ports, every one of them this stub (and its {@link #webhooks}). */
    ApiPorts ports() {
        return new ApiPorts(CommandPorts.of(this), QueryPorts.of(this), AdminPorts.of(this), this, this).withWebhooks(WebhookPorts.of(webhooks));
    }

    void reset() {
        webhooks.reset();
        calls.clear();
        registered.clear();
        deleted.clear();
        connectionAfter.clear();
        refusal = null;
        denial = null;
        failure = null;
        error = null;
        following = false;
        listedUsers = Page.last(List.of());
        blockedUsers = Page.last(List.of());
        history = Page.last(List.of());
        stats = new UserStats(0, 0, 0);
        connectionsEnabled = true;
        lastPage = null;
        lastReason = null;
        lastFilter = null;
        changeLog.clear();
        latestChange = ChangePosition.START;
        changeReads.clear();
    }

    private Outcome<RelationshipChange> command(String name, UserId actor, UserId target) {
        return answer(name + " " + actor + " " + target, () -> new RelationshipChange(new Relationship(actor, target, following, false,
                connectionAfter.getOrDefault(name, ConnectionStatus.NONE), name.equals("block"), false), true));
    }

    private <T> Outcome<T> answer(String call, Supplier<T> value) {
        calls.add(call);
        awaitGate();
        if (failure != null) {
            throw failure;
        }
        if (error != null) {
            throw error;
        }
        if (refusal != null) {
            return Outcome.refused(refusal);
        }
        return denial != null ? Outcome.denied(denial) : Outcome.success(value.get());
    }

    private void awaitGate() {
        java.util.concurrent.CountDownLatch waitFor = gate;
        if (waitFor == null) {
            return;
        }
        entered.countDown();
        try {
            waitFor.await(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Outcome<RelationshipChange> follow(UserId actor, UserId target) {
        return command("follow", actor, target);
    }

    @Override
    public Outcome<RelationshipChange> unfollow(UserId actor, UserId target) {
        return command("unfollow", actor, target);
    }

    @Override
    public Outcome<RelationshipChange> removeFollower(UserId actor, UserId target) {
        return command("removeFollower", actor, target);
    }

    @Override
    public Outcome<RelationshipChange> requestConnection(UserId actor, UserId target) {
        return command("requestConnection", actor, target);
    }

    @Override
    public Outcome<RelationshipChange> acceptConnectionRequest(UserId actor, UserId target) {
        return command("acceptConnectionRequest", actor, target);
    }

    @Override
    public Outcome<RelationshipChange> rejectConnectionRequest(UserId actor, UserId target) {
        return command("rejectConnectionRequest", actor, target);
    }

    @Override
    public Outcome<RelationshipChange> disconnect(UserId actor, UserId target) {
        return command("disconnect", actor, target);
    }

    @Override
    public Outcome<RelationshipChange> block(UserId actor, UserId target, BlockReason reason) {
        lastReason = reason;
        return command("block", actor, target);
    }

    @Override
    public Outcome<RelationshipChange> unblock(UserId actor, UserId target) {
        return command("unblock", actor, target);
    }

    @Override
    public Outcome<Page<ListedUser>> listFollowers(UserId viewer, UserId owner, PageRequest page) {
        lastPage = page;
        return answer("listFollowers " + viewer + " " + owner, () -> listedUsers);
    }

    @Override
    public Outcome<Page<ListedUser>> listFollowing(UserId viewer, UserId owner, PageRequest page) {
        lastPage = page;
        return answer("listFollowing " + viewer + " " + owner, () -> listedUsers);
    }

    @Override
    public Outcome<Page<ListedUser>> listConnections(UserId viewer, UserId owner, PageRequest page) {
        lastPage = page;
        return answer("listConnections " + viewer + " " + owner, () -> listedUsers);
    }

    @Override
    public Outcome<Page<ListedUser>> listConnectionRequests(UserId actor, RequestDirection direction, PageRequest page) {
        lastPage = page;
        lastFilter = direction;
        return answer("listConnectionRequests " + actor, () -> listedUsers);
    }

    @Override
    public Outcome<Page<BlockedUser>> listBlocks(UserId owner, Reader reader, PageRequest page) {
        lastPage = page;
        return answer("listBlocks " + owner + " " + reader, () -> blockedUsers);
    }

    @Override
    public Outcome<List<Relationship>> lookUpRelationships(UserId actor, RelationshipLookup lookup) {
        lastFilter = lookup;
        return answer("lookUpRelationships " + actor, () -> lookup.others().stream()
                .map(other -> new Relationship(actor, other, following, false, ConnectionStatus.NONE, false, false))
                .toList());
    }

    @Override
    public Outcome<UserStats> userStats(UserId viewer, UserId owner) {
        return answer("userStats " + viewer + " " + owner, () -> stats);
    }

    @Override
    public Outcome<Page<RecordedEvent>> history(UserId owner, Reader reader, HistoryKind kind, PageRequest page) {
        lastPage = page;
        lastFilter = kind;
        return answer("history " + owner + " " + reader, () -> history);
    }

    @Override
    public boolean registerUser(UserId user, UserId administrator) {
        calls.add("registerUser " + user + " by " + administrator);
        deleted.remove(user);
        return registered.add(user);
    }

    @Override
    public Outcome<Boolean> registerCaller(UserId caller) {
        calls.add("registerCaller " + caller);
        if (failure != null) {
            throw failure;
        }
        return deleted.contains(caller) ? Outcome.denied(Denial.USER_DELETED) : Outcome.success(registered.add(caller));
    }

    @Override
    public boolean deleteUser(UserId user, UserId administrator) {
        calls.add("deleteUser " + user + " by " + administrator);
        boolean known = registered.remove(user);
        if (known) {
            deleted.add(user);
        }
        return known;
    }

    @Override
    public boolean connectionsEnabled() {
        return connectionsEnabled;
    }

    @Override
    public void switchConnections(boolean enabled, UserId administrator) {
        calls.add("switchConnections " + enabled + " by " + administrator);
        connectionsEnabled = enabled;
    }

    @Override
    public Outcome<ChangePage> readChanges(ChangePosition after, int limit, Set<PrivacyClass> classes) {
        changeReads.add(after + " " + limit + " " + new java.util.TreeSet<>(classes));
        if (failure != null) {
            throw failure;
        }
        if (denial != null) {
            return Outcome.denied(denial);
        }
        List<LoggedChange> read = changeLog.stream()
                .filter(change -> change.position().isAfter(after) && classes.contains(change.event().type().privacy()))
                .limit(limit)
                .toList();
        List<LoggedChange> visible = read.stream()
                .map(change -> new LoggedChange(change.position(), change.event().visibleTo(classes).orElseThrow()))
                .toList();
        return Outcome.success(new ChangePage(visible, read.isEmpty() ? after : read.get(read.size() - 1).position()));
    }

    @Override
    public ChangePosition latestPosition() {
        return latestChange;
    }
}
