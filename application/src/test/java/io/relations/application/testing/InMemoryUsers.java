package io.relations.application.testing;

import io.relations.application.port.out.UserDirectory;
import io.relations.domain.model.UserId;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A test double of the user directory. Deleting a user here does not cascade. */
public final class InMemoryUsers implements UserDirectory {

    private final Set<UserId> known = new HashSet<>();

    public InMemoryUsers(UserId... users) {
        known.addAll(Set.of(users));
    }

    @Override
    public synchronized boolean exists(UserId user) {
        return known.contains(user);
    }

    @Override
    public synchronized Set<UserId> existing(Set<UserId> users) {
        return users.stream().filter(known::contains).collect(Collectors.toSet());
    }

    @Override
    public synchronized boolean register(UserId user) {
        return known.add(user);
    }

    @Override
    public synchronized boolean delete(UserId user) {
        return known.remove(user);
    }
}
