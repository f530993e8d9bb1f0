package io.relations.adapter.rest.auth;

import io.relations.application.port.in.RegisterUserUseCase;
import io.relations.domain.model.UserId;
import java.util.Objects;

/**
 * Registers an authenticated caller on their first request. Remembers the most recently seen
 * subjects (a bounded LRU set) so that a steady caller costs no write per request; forgetting one
 * only costs one idempotent registration more.
 */
public final class KnownUsers {

    /**
     * About 100 bytes each, so at most about 10 MB. Callers seen in turn beyond the capacity all miss
     * (LRU over a cycle), each paying a registration transaction per request: with 10,000, a
     * benchmark of 20,000 callers ran every follow with one (docs/BENCHMARKS.md, item 1).
     */
    public static final int DEFAULT_CAPACITY = 100_000;

    private final RegisterUserUseCase registration;
    private final RecentlyUsed<UserId, Boolean> recent;

    public KnownUsers(RegisterUserUseCase registration, int capacity) {
        this.registration = Objects.requireNonNull(registration, "registration");
        this.recent = new RecentlyUsed<>(capacity);
    }

    public void ensureRegistered(UserId user) {
        if (recent.get(user) != null) {
            return;
        }
        registration.registerUser(user);
        recent.put(user, Boolean.TRUE);
    }

    /** How many callers it remembers now, at most its capacity (a gauge of the service). */
    public int size() {
        return recent.size();
    }

    /** After an administrator deletes a user, their next request registers them again. */
    public void forget(UserId user) {
        recent.remove(user);
    }
}
