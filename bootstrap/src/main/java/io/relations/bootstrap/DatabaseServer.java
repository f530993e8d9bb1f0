package io.relations.bootstrap;

import io.relations.adapter.persistence.DatabaseAddress;
import io.relations.bootstrap.config.DatabaseLocation;
import io.relations.embedded.postgres.ConnectionInfo;
import io.relations.embedded.postgres.EmbeddedPostgresServer;
import io.relations.embedded.postgres.EmbeddedPostgresSettings;
import io.relations.embedded.postgres.ServerHealth;
import io.relations.embedded.postgres.ServerState;
import java.util.Optional;

/**
 * The PostgreSQL server the service's tables live on: the operator's, named by its address, or
 * the embedded one, started (and from then on supervised) here when no address is configured.
 * Its health feeds the service's: readiness wants it running, liveness fails once it cannot be
 * restarted. An operator's server is always counted as running: the pool and readiness see an
 * outage of it, and only the operator can restart it.
 */
final class DatabaseServer implements AutoCloseable {

    /** The database the embedded server keeps the service's tables in. */
    static final String EMBEDDED_DATABASE = "relations";
    private static final ServerHealth OPERATORS_SERVER = () -> ServerState.RUNNING;

    private final DatabaseAddress address;
    private final Optional<EmbeddedPostgresServer> embedded;
    private final String description;

    private DatabaseServer(DatabaseAddress address, Optional<EmbeddedPostgresServer> embedded, String description) {
        this.address = address;
        this.embedded = embedded;
        this.description = description;
    }

    /** Starts the embedded server if the location asks for one; an operator's server is only named. */
    static DatabaseServer start(DatabaseLocation location) {
        if (location instanceof DatabaseLocation.Server server) {
            return new DatabaseServer(server.address(), Optional.empty(), "PostgreSQL at " + server.address().jdbcUrl());
        }
        DatabaseLocation.Embedded wanted = (DatabaseLocation.Embedded) location;
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(
                EmbeddedPostgresSettings.inDirectory(wanted.dataDirectory()).withRestartPolicy(wanted.restartPolicy()));
        try {
            ConnectionInfo database = server.database(EMBEDDED_DATABASE);
            return new DatabaseServer(new DatabaseAddress(database.jdbcUrl(), database.user(), database.password()),
                    Optional.of(server), "the embedded PostgreSQL (data in " + wanted.dataDirectory() + ", " + database.jdbcUrl() + ")");
        } catch (RuntimeException failure) {
            server.close();
            throw failure;
        }
    }

    DatabaseAddress address() {
        return address;
    }

    ServerHealth health() {
        return embedded.map(EmbeddedPostgresServer::health).orElse(OPERATORS_SERVER);
    }

    /** Runs {@code action} after each restart of the embedded server; an operator's server is not watched. */
    void afterEachRestart(Runnable action) {
        embedded.ifPresent(server -> server.afterEachRestart(action));
    }

    /** For logs: which server, without secrets. */
    String description() {
        return description;
    }

    /** Stops the embedded server, its supervisor first; an operator's server is left running. */
    @Override
    public void close() {
        embedded.ifPresent(EmbeddedPostgresServer::close);
    }
}
