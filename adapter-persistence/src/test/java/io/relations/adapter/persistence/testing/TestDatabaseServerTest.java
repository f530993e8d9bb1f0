package io.relations.adapter.persistence.testing;

import io.relations.adapter.persistence.embedded.ConnectionInfo;
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
    void testcontainers_is_refused_as_not_available_in_this_build() {
        assertThatThrownBy(() -> TestDatabaseServer.fromEnvironment(Map.of("RELATIONS_TEST_DB", "testcontainers")))
                .hasMessageContaining("not available in this build");
    }

    @Test
    void an_unknown_choice_is_refused() {
        assertThatThrownBy(() -> TestDatabaseServer.fromEnvironment(Map.of("RELATIONS_TEST_DB", "h2")))
                .hasMessageContaining("RELATIONS_TEST_DB=h2 is unknown");
    }
}
