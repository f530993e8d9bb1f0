package io.relations.adapter.persistence;

import java.util.Objects;

/**
 * How to reach the PostgreSQL database the adapter keeps its tables in: a server the operator runs, or one the
 * caller started itself (the service's embedded one). The adapter never starts a server.
 *
 * @param jdbcUrl  {@code jdbc:postgresql://host:port/database}
 * @param user     the role the adapter logs in as
 * @param password that role's password; never shown by {@link #toString()}
 */
public record DatabaseAddress(String jdbcUrl, String user, String password) {

    /**
     * Checks that no part is missing.
     *
     * @param jdbcUrl  the URL
     * @param user     the role
     * @param password its password
     * @throws NullPointerException if a part is {@code null}
     */
    public DatabaseAddress {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    /** Without the password, which must not end up in logs. */
    @Override
    public String toString() {
        return "DatabaseAddress[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=***]";
    }
}
