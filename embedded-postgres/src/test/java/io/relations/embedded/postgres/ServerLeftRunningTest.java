package io.relations.embedded.postgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A service killed with kill -9 leaves PostgreSQL running; its restart must not fail on the running server. */
class ServerLeftRunningTest {

    @Test
    void a_server_left_running_by_a_dead_jvm_is_stopped_and_replaced(@TempDir Path temp) throws Exception {
        Path dataDirectory = EmbeddedPostgresServerTest.reachableByAll(temp).resolve("data");
        ChildJvm.Outcome died = ChildJvm.run(Map.of(), ServerScenarios.class, "start-and-die", dataDirectory.toString());
        assertThat(died.output()).contains("started on port");

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(
                EmbeddedPostgresSettings.inDirectory(dataDirectory).notDurable());
             Connection connection = server.connectionInfo().dataSource().getConnection()) {
            assertThat(connection.isValid(5)).isTrue();
        }
    }
}
