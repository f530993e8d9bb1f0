package io.relations.testkit.memory;

import io.relations.application.change.ChangeEvent;
import io.relations.application.change.ChangeEvents;
import io.relations.application.change.ChangeSubject;
import io.relations.application.change.ChangeType;
import io.relations.application.model.Denial;
import io.relations.application.model.Outcome;
import io.relations.application.port.out.UserDirectory;
import io.relations.domain.model.Connection;
import io.relations.domain.model.Edge;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The user directory of an {@link InMemoryStorage}, tombstones included. Deleting a user erases
 * every relationship and history row that names them, as the schema's foreign keys do, and
 * leaves a tombstone that only an administrator's registration lifts. A registration writes a
 * {@code user.registered} to the change log (the user its actor on first use, the administrator
 * otherwise); a deletion writes each relationship it removed (a follow, a connection or a pending
 * request, a block, each {@code cause} {@code user_deleted}), then the {@code user.deleted}.
 */
public final class InMemoryUsers implements UserDirectory {

    /** Who registers and deletes when a caller does not say: an administrator, never a registered user. */
    public static final UserId ADMINISTRATOR = UserId.parse("01900000-0000-7000-8000-00000000ad01");

    private final MemoryStore store;

    InMemoryUsers(MemoryStore store) {
        this.store = store;
    }

    /**
     * Whether the user is registered now.
     *
     * @param user any user
     * @return true if registered and not deleted since
     */
    public boolean exists(UserId user) {
        Objects.requireNonNull(user, "user");
        synchronized (store) {
            return store.known.contains(user);
        }
    }

    /**
     * Whether the user carries a tombstone: deleted, and not registered again by an administrator.
     *
     * @param user any user
     * @return true if deleted and not registered again since
     */
    public boolean isDeleted(UserId user) {
        Objects.requireNonNull(user, "user");
        synchronized (store) {
            return store.tombstones.containsKey(user);
        }
    }

    @Override
    public Outcome<Boolean> registerUnlessDeleted(UserId user) {
        Objects.requireNonNull(user, "user");
        synchronized (store) {
            if (store.tombstones.containsKey(user)) {
                return Outcome.denied(Denial.USER_DELETED);
            }
            boolean added = store.known.add(user);
            if (added) {
                Instant at = store.clock.instant();
                store.publish(List.of(ChangeEvents.userRegistered(store.newChangeId(at), user, user, at)));
            }
            return Outcome.success(added);
        }
    }

    @Override
    public boolean register(UserId user, UserId administrator) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(administrator, "administrator");
        synchronized (store) {
            store.tombstones.remove(user);
            boolean added = store.known.add(user);
            if (added) {
                Instant at = store.clock.instant();
                store.publish(List.of(ChangeEvents.userRegistered(store.newChangeId(at), user, administrator, at)));
            }
            return added;
        }
    }

    /**
     * Registers the user as {@link #ADMINISTRATOR}, lifting a tombstone: what a test's setup does.
     *
     * @param user the user to register
     * @return true if the user was not registered before
     */
    public boolean register(UserId user) {
        return register(user, ADMINISTRATOR);
    }

    @Override
    public boolean delete(UserId user, UserId administrator) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(administrator, "administrator");
        synchronized (store) {
            boolean wasKnown = store.known.remove(user);
            if (wasKnown) {
                store.publish(deletion(user, administrator, store.clock.instant()));
                store.erase(user);
                store.tombstones.put(user, administrator);
            }
            return wasKnown;
        }
    }

    /**
     * Deletes the user as {@link #ADMINISTRATOR}.
     *
     * @param user the user to delete
     * @return true if the user was registered
     */
    public boolean delete(UserId user) {
        return delete(user, ADMINISTRATOR);
    }

    /** What a deletion publishes: every relationship of the user, pair by pair in the order of their keys, then the deletion. */
    private List<ChangeEvent> deletion(UserId user, UserId administrator, Instant at) {
        List<ChangeEvent> changes = new ArrayList<>();
        List<PairState> pairs = store.states.values().stream()
                .filter(state -> state.pair().contains(user))
                .sorted(Comparator.comparing(state -> ChangeSubject.of(state.pair()).key()))
                .toList();
        Comparator<Edge> byFrom = Comparator.comparing(edge -> edge.from().toString());
        for (PairState state : pairs) {
            state.follows().stream().sorted(byFrom).forEach(follow -> changes.add(ChangeEvents.removedByDeletion(
                    store.newChangeId(at), ChangeType.FOLLOW_REMOVED, follow.from(), follow.to(), administrator, at)));
            if (!(state.connection() instanceof Connection.None)) {
                changes.add(ChangeEvents.removedByDeletion(store.newChangeId(at), ChangeType.CONNECTION_REMOVED,
                        state.pair().lower(), state.pair().higher(), administrator, at));
            }
            state.blocks().keySet().stream().sorted(byFrom).forEach(block -> changes.add(ChangeEvents.removedByDeletion(
                    store.newChangeId(at), ChangeType.BLOCK_REMOVED, block.from(), block.to(), administrator, at)));
        }
        changes.add(ChangeEvents.userDeleted(store.newChangeId(at), user, administrator, at));
        return changes;
    }
}
