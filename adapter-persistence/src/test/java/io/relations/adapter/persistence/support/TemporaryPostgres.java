package io.relations.adapter.persistence.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stand-in for {@code io.relations.adapter.persistence.testing.TestDatabases} until it is merged:
 * one embedded PostgreSQL per test JVM, a fresh empty database per call. The only file that knows
 * about zonky; swap {@link #freshDatabase()} for {@code TestDatabases.freshDatabase()}.
 */
public final class TemporaryPostgres {

    /** Where a test database is: the same shape as the embedded launcher's {@code ConnectionInfo}. */
    public record Database(String jdbcUrl, String user, String password) {
    }

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TemporaryPostgres() {
    }

    public static Database freshDatabase() {
        EmbeddedPostgres postgres = server();
        String name = "relations_test_" + DATABASES.incrementAndGet();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return new Database(postgres.getJdbcUrl("postgres", name), "postgres", "postgres");
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the temporary directory goes with the process
                }
            }, "temporary-postgres-stop"));
        }
        return server;
    }
}
