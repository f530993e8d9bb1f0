package io.relations.benchmarks.data;

import io.relations.embedded.postgres.ConnectionInfo;
import io.relations.embedded.postgres.EmbeddedPostgresServer;
import io.relations.embedded.postgres.EmbeddedPostgresSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The service's embedded PostgreSQL 17 on a data directory that outlives the run, holding one
 * database per data set ({@code relations_10k}, {@code relations_1m}, ...): the 10M set is
 * generated once and measured as often as needed.
 */
final class BenchmarkPostgres implements AutoCloseable {

    private final EmbeddedPostgresServer server;

    private BenchmarkPostgres(EmbeddedPostgresServer server) {
        this.server = server;
    }

    /** Durable (fsync on) exactly as the service runs it. */
    static BenchmarkPostgres start(Path directory) {
        return new BenchmarkPostgres(EmbeddedPostgresServer.start(EmbeddedPostgresSettings.inDirectory(directory)));
    }

    /**
     * With fsync off: only for loading, where a machine crash would just mean generating again.
     * The data is written out at the shutdown checkpoint, and later runs start the server durable.
     */
    static BenchmarkPostgres startForLoading(Path directory) {
        return new BenchmarkPostgres(EmbeddedPostgresServer.start(EmbeddedPostgresSettings.inDirectory(directory).notDurable()));
    }

    ConnectionInfo connectionTo(DataSetSize size) {
        return server.connectionInfo().withDatabase(size.database());
    }

    Connection connect(DataSetSize size) throws SQLException {
        return connectionTo(size).dataSource().getConnection();
    }

    boolean exists(DataSetSize size) throws SQLException {
        try (Connection connection = server.connectionInfo().dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            query.setString(1, size.database());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Drops the size's database if it exists (ending its sessions) and creates it empty. */
    void recreate(DataSetSize size) throws SQLException {
        try (Connection connection = server.connectionInfo().dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + size.database() + " with (force)");
            statement.execute("create database " + size.database());
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
