package io.relations.adapter.persistence;

import java.nio.file.Path;
import java.util.Objects;

/** Where the service's data lives: a PostgreSQL server run by someone else, or one it runs itself. */
public sealed interface DatabaseLocation {

    /**
     * A server the operator runs; nothing is started.
     *
     * @param jdbcUrl a PostgreSQL JDBC URL
     * @param user the login
     * @param password its password, never shown by {@link #toString()}
     */
    record Server(String jdbcUrl, String user, String password) implements DatabaseLocation {
        /**
         * Refuses a missing value.
         *
         * @param jdbcUrl a PostgreSQL JDBC URL
         * @param user the login
         * @param password its password
         */
        public Server {
            Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "Server[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=***]";
        }
    }

    /**
     * The zero-setup default: an embedded PostgreSQL keeping its data in {@code dataDirectory}.
     *
     * @param dataDirectory where the server's files are kept between runs
     */
    record Embedded(Path dataDirectory) implements DatabaseLocation {
        /**
         * Refuses a missing directory.
         *
         * @param dataDirectory where the server's files are kept between runs
         */
        public Embedded {
            Objects.requireNonNull(dataDirectory, "dataDirectory");
        }
    }
}
