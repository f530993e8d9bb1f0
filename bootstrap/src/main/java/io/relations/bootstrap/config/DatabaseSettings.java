package io.relations.bootstrap.config;

import java.nio.file.Path;
import java.util.Objects;

/** Where the data lives: a server named by the operator, or a PostgreSQL the service starts itself. */
public sealed interface DatabaseSettings {

    /** {@code RELATIONS_DB_URL} is set: use that server, start nothing. */
    record External(String jdbcUrl, String user, String password) implements DatabaseSettings {
        public External {
            Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "External[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=***]";
        }
    }

    /** The zero-setup default: an embedded PostgreSQL whose data is kept in {@code dataDirectory}. */
    record Embedded(Path dataDirectory) implements DatabaseSettings {
        public Embedded {
            Objects.requireNonNull(dataDirectory, "dataDirectory");
        }
    }
}
