package io.relations.embedded.postgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** kill -9 of the postmaster, as the kernel's OOM killer does it, and what the supervisor makes of it. */
class PostgresSupervisorTest {

    private static final RestartPolicy QUICK = new RestartPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(1));
    private static final Duration BOUND = Duration.ofSeconds(60);

    @Test
    void a_killed_server_is_started_again_on_the_same_port_with_its_committed_data(@TempDir Path temp) throws Exception {
        // Durable, as the service runs it: without synchronous commits a kill -9 loses the last ones.
        EmbeddedPostgresSettings durable = EmbeddedPostgresSettings.inDirectory(
                EmbeddedPostgresServerTest.reachableByAll(temp).resolve("data")).withRestartPolicy(QUICK);
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(durable)) {
            execute(server.connectionInfo(), "create table kept (word text); insert into kept values ('committed')");
            long killed = killMinus9(server);

            awaitRestart(server, killed, BOUND);

            assertThat(queryOne(server.connectionInfo(), "select word from kept")).isEqualTo("committed");
            assertThat(server.connectionInfo().jdbcUrl()).contains(":" + server.port() + "/");
        }
    }

    @Test
    void while_it_restarts_the_server_is_not_running(@TempDir Path temp) throws Exception {
        // A second before the restart: a hundred polls of the state, so the window cannot be missed.
        RestartPolicy slow = new RestartPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1));
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(settings(temp).withRestartPolicy(slow))) {
            killMinus9(server);

            awaitState(server, ServerState.RESTARTING, BOUND);
            awaitState(server, ServerState.RUNNING, BOUND);
        }
    }

    @Test
    void a_server_that_cannot_start_again_is_failed_after_its_attempts(@TempDir Path temp) throws Exception {
        RestartPolicy twice = new RestartPolicy(2, Duration.ofMillis(50), Duration.ofMillis(100));
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(settings(temp).withRestartPolicy(twice));
        try {
            // A data directory of another major version: PostgreSQL refuses to start on it.
            Files.writeString(server.dataDirectory().resolve("pgdata").resolve("PG_VERSION"), "9\n");
            killMinus9(server);

            awaitState(server, ServerState.FAILED, BOUND);
        } finally {
            server.close();
        }
        assertThat(server.health().state()).isEqualTo(ServerState.STOPPED);
    }

    @Test
    void a_server_with_no_restarts_allowed_is_failed_at_its_first_exit(@TempDir Path temp) throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(settings(temp).withRestartPolicy(RestartPolicy.never()))) {
            killMinus9(server);

            awaitState(server, ServerState.FAILED, BOUND);
        }
    }

    @Test
    void closing_stops_the_supervisor_first_so_the_server_stays_stopped(@TempDir Path temp) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(settings(temp).withRestartPolicy(QUICK));
        long pid = postmasterPid(server);

        server.close();
        Thread.sleep(QUICK.maxDelay().toMillis() * 2);

        assertThat(server.health().state()).isEqualTo(ServerState.STOPPED);
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThatThrownBy(() -> queryOne(server.connectionInfo(), "select 1")).isInstanceOf(SQLException.class);
    }

    private static EmbeddedPostgresSettings settings(Path temp) throws IOException {
        return EmbeddedPostgresSettings.inDirectory(EmbeddedPostgresServerTest.reachableByAll(temp).resolve("data")).notDurable();
    }

    /** The pid on line 1 of postmaster.pid, killed the way the OOM killer does it, by another process. */
    private static long killMinus9(EmbeddedPostgresServer server) throws IOException, InterruptedException {
        long pid = postmasterPid(server);
        Process kill = new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).isZero();
        return pid;
    }

    private static long postmasterPid(EmbeddedPostgresServer server) throws IOException {
        return Long.parseLong(Files.readAllLines(server.dataDirectory().resolve("pgdata").resolve("postmaster.pid")).get(0).strip());
    }

    /** Running again, under another postmaster than the killed one. */
    private static void awaitRestart(EmbeddedPostgresServer server, long killed, Duration bound) throws Exception {
        long deadline = System.nanoTime() + bound.toNanos();
        while (!(server.health().state() == ServerState.RUNNING && postmasterPid(server) != killed) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(server.health().state()).as("state within " + bound).isEqualTo(ServerState.RUNNING);
        assertThat(postmasterPid(server)).as("the postmaster within " + bound).isNotEqualTo(killed);
    }

    private static void awaitState(EmbeddedPostgresServer server, ServerState wanted, Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (server.health().state() != wanted && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(server.health().state()).as("state within " + bound).isEqualTo(wanted);
    }

    private static void execute(ConnectionInfo database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String queryOne(ConnectionInfo database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
