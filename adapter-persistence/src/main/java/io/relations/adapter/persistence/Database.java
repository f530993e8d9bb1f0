package io.relations.adapter.persistence;

import io.micrometer.core.instrument.MeterRegistry;
import io.relations.adapter.persistence.schema.SchemaMigration;
import io.relations.adapter.persistence.schema.SchemaRollback;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.sql.Statement;
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
    private final String description;

    private Database(ConnectionPool pool, RelationsPersistence persistence, String description) {
        this.pool = pool;
        this.persistence = persistence;
        this.description = description;
    }

    /** Opens the pool on the database at {@code connection}, migrates if asked, starts Hibernate. */
    public static Database open(DatabaseAddress connection, int poolSize, boolean migrate, MeterRegistry meters) {
        ConnectionPool pool = null;
        try {
            if (migrate) {
                // On connections of its own, not the pool's: Flyway holds two at once (a pool of
                // one would wait for itself), and a migration is not bound by a request's statement timeout.
                SchemaMigration.migrate(unpooled(connection));
            }
            pool = ConnectionPool.open(connection.jdbcUrl(), connection.user(), connection.password(), poolSize, meters);
            RelationsPersistence persistence = RelationsPersistence.create(pool.dataSource(), false);
            return new Database(pool, persistence, "PostgreSQL at " + connection.jdbcUrl());
        } catch (RuntimeException failure) {
            if (pool != null) {
                pool.close();
            }
            throw failure;
        }
    }

    /** Undoes the schema (the down script of V1) in the database at {@code connection}; nothing else may be using it. */
    public static void rollbackSchema(DatabaseAddress connection) {
        SchemaRollback.rollback(unpooled(connection));
    }

    public RelationsPersistence persistence() {
        return persistence;
    }

    /** Reachable, and the schema is migrated: what {@code /health/ready} reports. */
    public boolean isReady() {
        try (Connection connection = pool.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            try (ResultSet migrated = statement.executeQuery("select count(*) from " + SchemaMigration.HISTORY_TABLE
                    + " where version = '" + SchemaMigration.latestVersion() + "' and success")) {
                return migrated.next() && migrated.getLong(1) == 1;
            }
        } catch (SQLException | RuntimeException notReady) {
            return false;
        }
    }

    /** Whether {@code failure}, or one of its causes, says the database cannot serve now; never about the request. */
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

        /** For logs: which server, without secrets. */
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
