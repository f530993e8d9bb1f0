package io.relations.application.testing;

import io.relations.application.model.Denial;
import io.relations.application.model.Outcome;
import io.relations.application.port.out.UserDirectory;
import io.relations.domain.model.UserId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A test double of the user directory, tombstones included. Deleting a user here does not cascade. */
public final class InMemoryUsers implements UserDirectory {

    /** Who registers and deletes when a test does not say. */
    public static final UserId ADMINISTRATOR = UserId.parse("01900000-0000-7000-8000-00000000ad01");

    private final Set<UserId> known = new HashSet<>();
    /** Deleted user → the administrator who deleted them. */
    private final Map<UserId, UserId> tombstones = new HashMap<>();

    public InMemoryUsers(UserId... users) {
        known.addAll(Set.of(users));
    }

    public synchronized boolean exists(UserId user) {
        return known.contains(user);
    }

    @Override
    public synchronized Outcome<Boolean> registerUnlessDeleted(UserId user) {
        if (tombstones.containsKey(user)) {
            return Outcome.denied(Denial.USER_DELETED);
        }
        return Outcome.success(known.add(user));
    }

    @Override
    public synchronized boolean register(UserId user, UserId administrator) {
        tombstones.remove(user);
        return known.add(user);
    }

    /** As an administrator would. */
    public boolean register(UserId user) {
        return register(user, ADMINISTRATOR);
    }

    @Override
    public synchronized boolean delete(UserId user, UserId administrator) {
        boolean wasKnown = known.remove(user);
        if (wasKnown) {
            tombstones.put(user, administrator);
        }
        return wasKnown;
    }

    /** As an administrator would. */
    public boolean delete(UserId user) {
        return delete(user, ADMINISTRATOR);
    }

    public synchronized boolean isDeleted(UserId user) {
        return tombstones.containsKey(user);
    }
}
