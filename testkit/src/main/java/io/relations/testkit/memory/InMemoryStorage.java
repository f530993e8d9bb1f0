package io.relations.testkit.memory;

import java.time.Clock;
import java.util.Objects;

/**
 * Every outbound port of the application, kept in memory: a storage to run the use cases on
 * without a database, in tests or in a prototype. It passes the same contract suite as the
 * PostgreSQL adapter ({@code io.relations.testkit.contract.RelationshipPortsContract}).
 *
 * <p>Safe for any number of threads. One lock guards the whole storage (all ports taken from one
 * instance): each call sees one consistent state, as one snapshot would, and a command's
 * transaction excludes every other call until it ends, so two commands on one pair run one after
 * the other and each decides on what the one before recorded. Transactions on different pairs are
 * serialised too, which the ports allow. Nothing is kept beyond the instance: a new one is empty,
 * with the module switched on, as the service's migration seeds it.
 *
 * <p>Every transaction writes its changes to the storage's {@linkplain #changeLog() change log}
 * through the application's one mapping ({@code ChangeEvents}), under the same lock: a command's
 * events, a registration, a deletion (each relationship it removed, then the deletion itself) and
 * a switch of the module that changed the setting. Work that throws writes none.
 *
 * <pre>{@code
 * InMemoryStorage storage = new InMemoryStorage();
 * storage.users().register(alice);
 * new RelationshipCommandService(storage.relationships(), storage.moduleSwitch(), new SequentialIds(), clock);
 * }</pre>
 */
public final class InMemoryStorage {

    private final InMemoryUsers users;
    private final InMemoryModuleSwitch moduleSwitch;
    private final InMemoryRelationships relationships;
    private final InMemoryChangeLog changeLog;
    private final InMemoryConsumerPositions consumerPositions;

    /** An empty storage: no users, no relationships, the module switched on; changes dated by the system's clock. */
    public InMemoryStorage() {
        this(Clock.systemUTC());
    }

    /**
     * An empty storage whose registrations, deletions and switches are dated by {@code clock} (a
     * command's changes carry its events' own times).
     *
     * @param clock when the storage's own changes happen
     * @throws NullPointerException if {@code clock} is null
     */
    public InMemoryStorage(Clock clock) {
        MemoryStore store = new MemoryStore(Objects.requireNonNull(clock, "clock"));
        this.users = new InMemoryUsers(store);
        this.moduleSwitch = new InMemoryModuleSwitch(store);
        this.relationships = new InMemoryRelationships(store);
        this.changeLog = new InMemoryChangeLog(store);
        this.consumerPositions = new InMemoryConsumerPositions(store);
    }

    /**
     * The user directory of this storage.
     *
     * @return the same instance on every call
     */
    public InMemoryUsers users() {
        return users;
    }

    /**
     * The module switch of this storage.
     *
     * @return the same instance on every call
     */
    public InMemoryModuleSwitch moduleSwitch() {
        return moduleSwitch;
    }

    /**
     * The command path's port and every read port of this storage, in one object.
     *
     * @return the same instance on every call
     */
    public InMemoryRelationships relationships() {
        return relationships;
    }

    /**
     * The change log of this storage, written by every transaction of its other ports.
     *
     * @return the same instance on every call
     */
    public InMemoryChangeLog changeLog() {
        return changeLog;
    }

    /**
     * The positions of this storage's change-log consumers, and their claims.
     *
     * @return the same instance on every call
     */
    public InMemoryConsumerPositions consumerPositions() {
        return consumerPositions;
    }
}
