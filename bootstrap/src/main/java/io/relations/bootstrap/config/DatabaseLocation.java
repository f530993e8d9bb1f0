package io.relations.bootstrap.config;

import io.relations.adapter.persistence.DatabaseAddress;
import io.relations.embedded.postgres.RestartPolicy;
import java.nio.file.Path;
import java.util.Objects;

/** Where the service's data lives: a PostgreSQL server run by someone else, or one it runs itself. */
public sealed interface DatabaseLocation {

    /** A server the operator runs, at {@code address}; nothing is started. */
    record Server(DatabaseAddress address) implements DatabaseLocation {
        public Server {
            Objects.requireNonNull(address, "address");
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
