package io.relations.bootstrap.config;

import io.relations.embedded.postgres.RestartPolicy;
import java.nio.file.Path;
import java.util.Objects;

/** Where the service's data lives: a PostgreSQL server run by someone else, or one it runs itself. */
public sealed interface DatabaseLocation {

    /** A server the operator runs; nothing is started. */
    record Server(String jdbcUrl, String user, String password) implements DatabaseLocation {
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
     * The zero-setup default: an embedded PostgreSQL keeping its data in {@code dataDirectory}, started again as
     * {@code restartPolicy} says when it dies.
     */
    record Embedded(Path dataDirectory, RestartPolicy restartPolicy) implements DatabaseLocation {
        public Embedded {
            Objects.requireNonNull(dataDirectory, "dataDirectory");
            Objects.requireNonNull(restartPolicy, "restartPolicy");
        }
    }
}
