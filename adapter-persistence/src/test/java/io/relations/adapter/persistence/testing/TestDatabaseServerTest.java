package io.relations.adapter.persistence.testing;

import io.relations.embedded.postgres.ConnectionInfo;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestDatabaseServerTest {

    @Test
    void a_server_named_in_the_environment_is_used_instead_of_an_embedded_one() {
        TestDatabaseServer server = TestDatabaseServer.fromEnvironment(Map.of(
                "RELATIONS_DB_URL", "jdbc:postgresql://db.example:5432/postgres",
                "RELATIONS_DB_USER", "ci",
                "RELATIONS_DB_PASSWORD", "secret"));

        assertThat(server.isEmbedded()).isFalse();
        assertThat(server.connectionInfo())
                .isEqualTo(new ConnectionInfo("jdbc:postgresql://db.example:5432/postgres", "ci", "secret"));
    }

    @Test
    void testcontainers_without_a_docker_engine_is_refused_saying_what_to_do_instead() {
        org.junit.jupiter.api.Assumptions.assumeFalse(org.testcontainers.DockerClientFactory.instance().isDockerAvailable(),
                "a Docker engine runs here: Testcontainers would start");

        assertThatThrownBy(() -> TestDatabaseServer.fromEnvironment(Map.of("RELATIONS_TEST_DB", "testcontainers")))
                .hasMessageContaining("needs a Docker engine")
                .hasMessageContaining("RELATIONS_DB_URL");
    }

    @Test
    void an_unknown_choice_is_refused() {
        assertThatThrownBy(() -> TestDatabaseServer.fromEnvironment(Map.of("RELATIONS_TEST_DB", "h2")))
                .hasMessageContaining("RELATIONS_TEST_DB=h2 is unknown");
    }
}
