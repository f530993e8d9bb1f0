package io.relations.adapter.persistence;

/**
 * The namespace of the PostgreSQL advisory locks the adapter takes: every one of them is the
 * two-key form {@code pg_advisory_xact_lock(namespace, key)} (or its {@code _shared} variant) with
 * this value as the first key. PostgreSQL tells the two-key form from the one-key (bigint) form
 * and compares both keys, so a lock of this adapter can never be the same lock as one taken with
 * another namespace, nor as any one-key lock: two installations in one database with different
 * namespaces never wait for each other, and neither does a host application that keeps its own
 * locks out of this namespace (in {@code pg_locks} the namespace is the {@code classid} of rows
 * with {@code objsubid} 2). Within the namespace the second key belongs to the adapter alone.
 *
 * @param value the first key of every advisory lock of one installation; any {@code int}
 */
public record LockNamespace(int value) {

    /**
     * The service's namespace, {@code 0x52454c41} ("RELA" in ASCII, 1380273217): what the service
     * and every builder that names no other use.
     */
    public static final LockNamespace DEFAULT = new LockNamespace(0x52454c41);
}
