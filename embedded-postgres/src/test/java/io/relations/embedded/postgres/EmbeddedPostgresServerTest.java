package io.relations.embedded.postgres;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedPostgresServerTest {

    private static EmbeddedPostgresServer server;

    /** Unpacking, the rest of a cold start, is measured by PostgresBinariesTest. */
    @BeforeAll
    static void start_on_a_new_data_directory(@TempDir Path temp) throws IOException {
        long startedAt = System.nanoTime();
        server = EmbeddedPostgresServer.start(EmbeddedPostgresSettings.inDirectory(reachableByAll(temp).resolve("data"))
                .notDurable());
        Timings.print("first start in this JVM, new data directory (initdb + start)", startedAt);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void answers_as_postgresql_17() throws SQLException {
        assertThat(queryOne(server.connectionInfo(), "select version()")).startsWith("PostgreSQL 17.");
    }

    @Test
    void a_second_server_on_the_same_data_directory_is_refused() {
        assertThatThrownBy(() -> EmbeddedPostgresServer.start(EmbeddedPostgresSettings.inDirectory(server.dataDirectory())))
                .isInstanceOf(EmbeddedPostgresException.class)
                .hasMessageContaining("used by another running embedded PostgreSQL");
    }

    @Test
    void a_wrong_password_is_refused() {
        ConnectionInfo right = server.connectionInfo();
        assertThatThrownBy(() -> DriverManager.getConnection(right.jdbcUrl(), right.user(), "wrong").close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
    }

    @Test
    void a_transaction_advisory_lock_is_held_until_commit() throws SQLException {
        try (Connection holder = server.connectionInfo().dataSource().getConnection();
             Connection other = server.connectionInfo().dataSource().getConnection()) {
            holder.setAutoCommit(false);
            queryOne(holder, "select pg_advisory_xact_lock(1)");

            assertThat(queryOne(other, "select pg_try_advisory_xact_lock(1)")).isEqualTo("f");
            holder.commit();
            assertThat(queryOne(other, "select pg_try_advisory_xact_lock(1)")).isEqualTo("t");
        }
    }

    @Test
    void restarting_on_the_same_data_directory_keeps_the_data(@TempDir Path temp) throws IOException, SQLException {
        EmbeddedPostgresSettings settings = EmbeddedPostgresSettings.inDirectory(reachableByAll(temp).resolve("data"))
                .notDurable();
        long startedAt = System.nanoTime();
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(settings)) {
            Timings.print("start on a new data directory, same JVM (initdb + start)", startedAt);
            execute(first.connectionInfo(), "create table kept (word text); insert into kept values ('still here')");
            startedAt = System.nanoTime();
        }
        Timings.print("stop", startedAt);

        int configuredPort = freePort();
        startedAt = System.nanoTime();
        try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(settings.withPort(configuredPort))) {
            Timings.print("restart on the same data directory, same JVM", startedAt);

            assertThat(second.port()).isEqualTo(configuredPort);
            assertThat(second.connectionInfo().jdbcUrl()).contains(":" + configuredPort + "/");
            assertThat(queryOne(second.connectionInfo(), "select word from kept")).isEqualTo("still here");
        }
    }

    static Path reachableByAll(Path directory) throws IOException {
        // JUnit makes temp directories private; under root without user namespaces PostgreSQL runs as user nobody.
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        return directory;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void execute(ConnectionInfo database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String queryOne(ConnectionInfo database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            return queryOne(connection, sql);
        }
    }

    private static String queryOne(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
