package io.relations.adapter.persistence;

import io.micrometer.core.instrument.MeterRegistry;
import io.relations.adapter.persistence.embedded.ConnectionInfo;
import io.relations.adapter.persistence.embedded.EmbeddedPostgresServer;
import io.relations.adapter.persistence.embedded.EmbeddedPostgresSettings;
import io.relations.adapter.persistence.schema.SchemaMigration;
import io.relations.adapter.persistence.schema.SchemaPlacement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Set;

/**
 * The database as the service runs it: the embedded server when no other is named, the pool, and
 * the persistence adapter on top. Opens in that order, closes in the reverse one. Also answers the
 * two operational questions the HTTP layer asks: is the database ready, and does an exception mean
 * it is unavailable (answered 503) rather than that something is wrong with the request.
 */
public final class Database implements AutoCloseable {

    /** The database the embedded server keeps the service's tables in. */
    static final String EMBEDDED_DATABASE = "relations";

    /** SQLSTATE classes and codes that mean "not now": connection lost or refused, shutdown, out of resources, timeouts. */
    private static final Set<String> UNAVAILABLE_CLASSES = Set.of("08", "53", "57");
    private static final Set<String> UNAVAILABLE_CODES = Set.of("55P03", "40001", "40P01");

    private final Optional<EmbeddedPostgresServer> embedded;
    private final ConnectionPool pool;
    private final RelationsPersistence persistence;
    private final SchemaPlacement placement;
    private final String description;

    private Database(Optional<EmbeddedPostgresServer> embedded, ConnectionPool pool, RelationsPersistence persistence,
                     SchemaPlacement placement, String description) {
        this.embedded = embedded;
        this.pool = pool;
        this.persistence = persistence;
        this.placement = placement;
        this.description = description;
    }

    /**
     * Starts the embedded server if the location asks for it, opens the pool, migrates (or, with
     * {@code migrate} false, validates) the schema, starts the adapter: {@link RelationsPersistence#builder}
     * with the service's defaults.
     *
     * @param location the server to use, or where the embedded one keeps its data
     * @param poolSize the most connections the pool opens
     * @param migrate whether to migrate (else only validate) the schema
     * @param meters where to publish the pool's metrics, or null for none
     * @return the database, open; close it to stop everything it started
     */
    public static Database open(DatabaseLocation location, int poolSize, boolean migrate, MeterRegistry meters) {
        Optional<EmbeddedPostgresServer> embedded = startIfEmbedded(location);
        ConnectionPool pool = null;
        try {
            ConnectionInfo connection = connectionTo(location, embedded);
            pool = ConnectionPool.open(connection.jdbcUrl(), connection.user(), connection.password(), poolSize, meters);
            RelationsPersistence.Builder builder = RelationsPersistence.builder(pool.dataSource())
                    // On connections of its own, not the pool's: Flyway holds two at once (a pool of
                    // one would wait for itself), and a migration is not bound by a request's statement timeout.
                    .migrationDataSource(connection.dataSource())
                    .schemaManagement(migrate ? SchemaManagement.MIGRATE : SchemaManagement.VALIDATE);
            RelationsPersistence persistence = builder.build();
            return new Database(embedded, pool, persistence, builder.placement(), describe(location, connection));
        } catch (RuntimeException failure) {
            if (pool != null) {
                pool.close();
            }
            embedded.ifPresent(EmbeddedPostgresServer::close);
            throw failure;
        }
    }

    /**
     * Undoes the schema at the location, where the service's defaults place it (the down scripts
     * of V3 and V1: {@link RelationsPersistence.Builder#rollBackSchema}); nothing else may be using it.
     *
     * @param location the server, or the embedded one's data directory (started and stopped for this)
     */
    public static void rollbackSchema(DatabaseLocation location) {
        Optional<EmbeddedPostgresServer> embedded = startIfEmbedded(location);
        try {
            RelationsPersistence.builder(connectionTo(location, embedded).dataSource()).rollBackSchema();
        } finally {
            embedded.ifPresent(EmbeddedPostgresServer::close);
        }
    }

    /** @return the persistence adapter on the pool */
    public RelationsPersistence persistence() {
        return persistence;
    }

    /**
     * Reachable, and the schema is migrated: what {@code /health/ready} reports.
     *
     * @return whether the latest migration is recorded as applied, asked within 2 s
     */
    public boolean isReady() {
        try (Connection connection = pool.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            try (ResultSet migrated = statement.executeQuery("select count(*) from " + placement.qualified(placement.historyTable())
                    + " where version = '" + SchemaMigration.latestVersion() + "' and success")) {
                return migrated.next() && migrated.getLong(1) == 1;
            }
        } catch (SQLException | RuntimeException notReady) {
            return false;
        }
    }

    /**
     * Whether {@code failure}, or one of its causes, says the database cannot serve now; never about the request.
     *
     * @param failure what a port threw
     * @return true for connection failures, shutdowns, exhausted resources, timeouts, lock waits,
     *         serialization failures and deadlocks
     */
    public static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && isUnavailableState(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** @return for logs: which server, without secrets */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        try {
            persistence.close();
        } finally {
            try {
                pool.close();
            } finally {
                embedded.ifPresent(EmbeddedPostgresServer::close);
            }
        }
    }

    private static boolean isUnavailableState(String sqlState) {
        return UNAVAILABLE_CODES.contains(sqlState) || (sqlState.length() >= 2 && UNAVAILABLE_CLASSES.contains(sqlState.substring(0, 2)));
    }

    private static Optional<EmbeddedPostgresServer> startIfEmbedded(DatabaseLocation location) {
        if (location instanceof DatabaseLocation.Embedded embedded) {
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(EmbeddedPostgresSettings.inDirectory(embedded.dataDirectory()));
            try {
                createDatabaseIfAbsent(server.connectionInfo(), EMBEDDED_DATABASE);
            } catch (RuntimeException failure) {
                server.close();
                throw failure;
            }
            return Optional.of(server);
        }
        return Optional.empty();
    }

    private static ConnectionInfo connectionTo(DatabaseLocation location, Optional<EmbeddedPostgresServer> embedded) {
        if (location instanceof DatabaseLocation.Server server) {
            return new ConnectionInfo(server.jdbcUrl(), server.user(), server.password());
        }
        return embedded.orElseThrow().connectionInfo().withDatabase(EMBEDDED_DATABASE);
    }

    private static void createDatabaseIfAbsent(ConnectionInfo server, String name) {
        try (Connection connection = server.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (exists.next()) {
                    return;
                }
            }
            statement.execute("create database " + name);
        } catch (SQLException failure) {
            throw new IllegalStateException("cannot create the database '" + name + "' on the embedded server: " + failure.getMessage(), failure);
        }
    }

    private static String describe(DatabaseLocation location, ConnectionInfo connection) {
        if (location instanceof DatabaseLocation.Embedded embedded) {
            return "the embedded PostgreSQL (data in " + embedded.dataDirectory() + ", " + connection.jdbcUrl() + ")";
        }
        return "PostgreSQL at " + connection.jdbcUrl();
    }
}
