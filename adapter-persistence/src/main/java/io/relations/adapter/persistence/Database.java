package io.relations.adapter.persistence;

import io.micrometer.core.instrument.MeterRegistry;
import io.relations.adapter.persistence.schema.SchemaMigration;
import io.relations.adapter.persistence.schema.SchemaPlacement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database as the service runs it: the pool, and the persistence adapter on top, on a server
 * that is already running (the operator's, or the embedded one bootstrap starts and supervises).
 * Opens in that order, closes in the reverse one. Also answers the two operational questions the
 * HTTP layer asks: is the database ready, and does an exception mean it is unavailable (answered
 * 503) rather than that something is wrong with the request.
 */
public final class Database implements AutoCloseable {

    /** SQLSTATE classes and codes that mean "not now": connection lost or refused, shutdown, out of resources, timeouts. */
    private static final Set<String> UNAVAILABLE_CLASSES = Set.of("08", "53", "57");
    private static final Set<String> UNAVAILABLE_CODES = Set.of("55P03", "40001", "40P01");

    private final ConnectionPool pool;
    private final RelationsPersistence persistence;
    private final SchemaPlacement placement;
    private final String description;

    private Database(ConnectionPool pool, RelationsPersistence persistence, SchemaPlacement placement, String description) {
        this.pool = pool;
        this.persistence = persistence;
        this.placement = placement;
        this.description = description;
    }

    /**
     * Opens the pool on the database at {@code connection}, migrates (or, with {@code migrate}
     * false, validates) the schema, starts the adapter: {@link RelationsPersistence#builder} with
     * the service's defaults, without a webhook secret key (the secrets are stored as given).
     *
     * @param connection the running server and database to use
     * @param poolSize the most connections the pool opens
     * @param migrate whether to migrate (else only validate) the schema
     * @param meters where to publish the pool's metrics, or null for none
     * @return the database, open; close it to close the pool and the adapter
     */
    public static Database open(DatabaseAddress connection, int poolSize, boolean migrate, MeterRegistry meters) {
        return open(connection, poolSize, migrate, meters, Optional.empty());
    }

    /**
     * Opens the pool as {@link #open(DatabaseAddress, int, boolean, MeterRegistry)} does, with the
     * webhook secrets sealed under {@code webhookSecretKey} ({@link RelationsPersistence.Builder#webhookSecretKey}).
     *
     * @param connection the running server and database to use
     * @param poolSize the most connections the pool opens
     * @param migrate whether to migrate (else only validate) the schema
     * @param meters where to publish the pool's metrics, or null for none
     * @param webhookSecretKey the 32-byte key that seals the webhook secrets, or empty to store them as given
     * @return the database, open; close it to close the pool and the adapter
     * @throws IllegalArgumentException if the key is not 32 bytes
     */
    public static Database open(DatabaseAddress connection, int poolSize, boolean migrate, MeterRegistry meters,
                                Optional<byte[]> webhookSecretKey) {
        ConnectionPool pool = null;
        try {
            pool = ConnectionPool.open(connection.jdbcUrl(), connection.user(), connection.password(), poolSize, meters);
            RelationsPersistence.Builder builder = RelationsPersistence.builder(pool.dataSource())
                    // On connections of its own, not the pool's: Flyway holds two at once (a pool of
                    // one would wait for itself), and a migration is not bound by a request's statement timeout.
                    .migrationDataSource(unpooled(connection))
                    .schemaManagement(migrate ? SchemaManagement.MIGRATE : SchemaManagement.VALIDATE);
            webhookSecretKey.ifPresent(builder::webhookSecretKey);
            RelationsPersistence persistence = builder.build();
            return new Database(pool, persistence, builder.placement(), "PostgreSQL at " + connection.jdbcUrl());
        } catch (RuntimeException failure) {
            if (pool != null) {
                pool.close();
            }
            throw failure;
        }
    }

    /**
     * Undoes the schema in the database at {@code connection}, where the service's defaults place
     * it (the down scripts of V3 and V1: {@link RelationsPersistence.Builder#rollBackSchema});
     * nothing else may be using it.
     *
     * @param connection the running server and database
     */
    public static void rollbackSchema(DatabaseAddress connection) {
        RelationsPersistence.builder(unpooled(connection)).rollBackSchema();
    }

    /** {@return the persistence adapter on the pool} */
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

    /**
     * Replaces every pooled connection (each in use when it is given back): for when the server is
     * known to have restarted, so that no request meets a connection from before.
     */
    public void replaceConnections() {
        pool.replaceConnections();
    }

    /** {@return for logs: which server, without secrets} */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        try {
            persistence.close();
        } finally {
            pool.close();
        }
    }

    private static boolean isUnavailableState(String sqlState) {
        return UNAVAILABLE_CODES.contains(sqlState) || (sqlState.length() >= 2 && UNAVAILABLE_CLASSES.contains(sqlState.substring(0, 2)));
    }

    /** A plain data source of the driver's: for migrations and rollbacks, which must not take the pool's connections. */
    private static DataSource unpooled(DatabaseAddress connection) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(connection.jdbcUrl());
        dataSource.setUser(connection.user());
        dataSource.setPassword(connection.password());
        return dataSource;
    }
}
