package io.relations.testkit.memory;

import io.relations.application.model.Denial;
import io.relations.application.model.Outcome;
import io.relations.application.port.out.UserDirectory;
import io.relations.domain.model.UserId;
import java.util.Objects;

/**
 * The user directory of an {@link InMemoryStorage}, tombstones included. Deleting a user erases
 * every relationship and history row that names them, as the schema's foreign keys do, and
 * leaves a tombstone that only an administrator's registration lifts.
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
            return Outcome.success(store.known.add(user));
        }
    }

    @Override
    public boolean register(UserId user, UserId administrator) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(administrator, "administrator");
        synchronized (store) {
            store.tombstones.remove(user);
            return store.known.add(user);
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
}
