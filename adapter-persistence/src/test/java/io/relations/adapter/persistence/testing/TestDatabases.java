package io.relations.adapter.persistence.testing;

import io.relations.embedded.postgres.ConnectionInfo;
import io.relations.adapter.persistence.schema.SchemaMigration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Databases for tests: one PostgreSQL server per test JVM (see {@link TestDatabaseServer}) and a fresh database per
 * test class, copied from a template that already holds the schema. Copying takes tens of milliseconds; migrating
 * every database would take far longer.
 *
 * <pre>{@code
 * @BeforeAll static void database() { dataSource = TestDatabases.freshDatabase().dataSource(); }
 * }</pre>
 */
public final class TestDatabases {

    /** The one place that gives the template its schema: the service's own Flyway migrations. */
    private static final Consumer<DataSource> SCHEMA = SchemaMigration::migrate;

    private static TestDatabases shared;

    private final ConnectionInfo server;
    private final String namePrefix = "relations_test_" + UUID.randomUUID().toString().substring(0, 8);
    private final String template = namePrefix + "_template";
    private final List<String> created = new ArrayList<>();

    /** Creates the template on {@code server} and lets {@code schema} fill it, through connections it closes. */
    TestDatabases(ConnectionInfo server, Consumer<DataSource> schema) {
        this.server = server;
        execute(server, "CREATE DATABASE " + template);
        created.add(template);
        schema.accept(server.withDatabase(template).dataSource());
    }

    /** A new, empty-of-data database with the schema, on the shared test server. */
    public static ConnectionInfo freshDatabase() {
        return shared().createDatabase();
    }

    /** A new database on the shared test server with nothing in it, not even the schema: for a host application's own. */
    public static ConnectionInfo emptyDatabase() {
        return shared().createEmptyDatabase();
    }

    static synchronized TestDatabases shared() {
        if (shared == null) {
            TestDatabaseServer server = TestDatabaseServer.fromEnvironment(System.getenv());
            TestDatabases databases = new TestDatabases(server.connectionInfo(), SCHEMA);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (server.isEmbedded()) {
                    server.close();
                } else {
                    databases.dropAll();
                }
            }, "test-databases-cleanup"));
            shared = databases;
            // Say which server the tests run on: CI runs them on the embedded one and on an external one.
            System.out.printf("test databases: PostgreSQL %s at %s (%s)%n", serverVersion(server.connectionInfo()),
                    server.connectionInfo().jdbcUrl(), server.isEmbedded() ? "embedded" : "external, RELATIONS_DB_URL");
        }
        return shared;
    }

    /** Superuser connection to the server's maintenance database: to create or inspect databases in tests. */
    ConnectionInfo server() {
        return server;
    }

    synchronized ConnectionInfo createDatabase() {
        String name = namePrefix + "_" + created.size();
        execute(server, "CREATE DATABASE " + name + " TEMPLATE " + template);
        created.add(name);
        return server.withDatabase(name);
    }

    synchronized ConnectionInfo createEmptyDatabase() {
        String name = namePrefix + "_" + created.size();
        execute(server, "CREATE DATABASE " + name);
        created.add(name);
        return server.withDatabase(name);
    }

    /** Leaves a shared server as it was found. */
    synchronized void dropAll() {
        for (String database : created) {
            execute(server, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private static String serverVersion(ConnectionInfo on) {
        try (Connection connection = on.dataSource().getConnection();
             Statement statement = connection.createStatement();
             java.sql.ResultSet version = statement.executeQuery("show server_version")) {
            version.next();
            return version.getString(1);
        } catch (SQLException e) {
            return "of unknown version (" + e.getMessage() + ")";
        }
    }

    private static void execute(ConnectionInfo on, String sql) {
        try (Connection connection = on.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("`" + sql + "` failed on " + on + ": " + e.getMessage(), e);
        }
    }
}
