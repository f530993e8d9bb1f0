package io.relations.embedded.postgres;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectionInfoTest {

    @Test
    void another_database_keeps_server_credentials_and_parameters() {
        ConnectionInfo server = new ConnectionInfo("jdbc:postgresql://db.example:5433/postgres?ssl=true", "admin", "secret");

        ConnectionInfo other = server.withDatabase("relations_test_1");

        assertThat(other).isEqualTo(
                new ConnectionInfo("jdbc:postgresql://db.example:5433/relations_test_1?ssl=true", "admin", "secret"));
    }

    @Test
    void a_url_without_database_gets_one() {
        assertThat(new ConnectionInfo("jdbc:postgresql://localhost", "u", "p").withDatabase("x").jdbcUrl())
                .isEqualTo("jdbc:postgresql://localhost/x");
    }

    @Test
    void the_password_stays_out_of_logs() {
        assertThat(new ConnectionInfo("jdbc:postgresql://localhost/x", "u", "secret").toString()).doesNotContain("secret");
    }

    @Test
    void a_url_of_another_database_product_is_refused() {
        assertThatThrownBy(() -> new ConnectionInfo("jdbc:mysql://localhost/x", "u", "p"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
