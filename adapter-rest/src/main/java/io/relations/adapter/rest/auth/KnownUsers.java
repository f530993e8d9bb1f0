package io.relations.adapter.rest.auth;

import io.relations.adapter.rest.problem.ProblemException;
import io.relations.adapter.rest.problem.Refusals;
import io.relations.application.port.in.RegisterCallerUseCase;
import io.relations.domain.model.UserId;
import java.util.Objects;

/**
 * Registers an authenticated caller on their first request, unless an administrator deleted them
 * (then the request ends {@code user_deleted} and nothing is written). Remembers the most recently
 * seen subjects (a bounded LRU set) so that a steady caller costs no write per request; forgetting
 * one only costs one idempotent registration more. A refusal is never remembered, so an
 * administrator's registration takes effect with the caller's next request. An entry is no licence:
 * every command and query checks again that its caller is registered, in a lookup it makes anyway,
 * so a deletion made through another process, whose cache this one cannot clear, still holds here.
 */
public final class KnownUsers {

    /**
     * About 100 bytes each, so at most about 10 MB. Callers seen in turn beyond the capacity all miss
     * (LRU over a cycle), each paying a registration transaction per request: with 10,000, a
     * benchmark of 20,000 callers ran every follow with one (docs/BENCHMARKS.md, item 1).
     */
    public static final int DEFAULT_CAPACITY = 100_000;

    private final RegisterCallerUseCase registration;
    private final RecentlyUsed<UserId, Boolean> recent;

    public KnownUsers(RegisterCallerUseCase registration, int capacity) {
        this.registration = Objects.requireNonNull(registration, "registration");
        this.recent = new RecentlyUsed<>(capacity);
    }

    /**
     * An administrator is never taken from the cache: their routes act on every user, and asking
     * the database on each of their (rare) requests makes a deletion of an administrator, even
     * one made through another process, hold here at once.
     *
     * @throws ProblemException {@code user_deleted} when an administrator deleted the caller
     */
    public void ensureRegistered(Caller caller) {
        UserId user = caller.user();
        if (!caller.admin() && recent.get(user) != null) {
            return;
        }
        registration.registerCaller(user).fold(created -> created, refusal -> {
            throw Refusals.toProblem(refusal);
        }, denial -> {
            throw Refusals.toProblem(denial);
        });
        recent.put(user, Boolean.TRUE);
    }

    /** How many callers it remembers now, at most its capacity (a gauge of the service). */
    public int size() {
        return recent.size();
    }

    /** After an administrator deletes a user, their next request here asks the database again (and is refused). */
    public void forget(UserId user) {
        recent.remove(user);
    }
}
