package io.relations.bootstrap.config;

import io.relations.adapter.persistence.DatabaseLocation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RelationsConfigTest {

    @Test
    void with_nothing_set_the_service_runs_on_its_own_embedded_database_and_generated_secret() {
        RelationsConfig config = RelationsConfig.from(Map.of());

        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.database()).isEqualTo(new DatabaseLocation.Embedded(Path.of(".relations/postgres").toAbsolutePath()));
        assertThat(config.tokens().key()).isEqualTo(new TokenSettings.GeneratedSecret(Path.of(".relations/jwt-secret").toAbsolutePath()));
        assertThat(config.migrateOnStart()).isTrue();
    }

    @Test
    void a_database_url_selects_the_external_server() {
        RelationsConfig config = RelationsConfig.from(Map.of(
                "RELATIONS_DB_URL", "jdbc:postgresql://localhost:5432/relations",
                "RELATIONS_DB_USER", "relations",
                "RELATIONS_DB_PASSWORD", "secret"));

        assertThat(config.database()).isEqualTo(new DatabaseLocation.Server("jdbc:postgresql://localhost:5432/relations", "relations", "secret"));
        assertThat(config.database().toString()).doesNotContain("secret");
    }

    @Test
    void an_invalid_setting_fails_fast_naming_the_variable() {
        assertThatThrownBy(() -> RelationsConfig.from(Map.of("RELATIONS_HTTP_PORT", "eighty")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("RELATIONS_HTTP_PORT");
        assertThatThrownBy(() -> RelationsConfig.from(Map.of("RELATIONS_HTTP_PORT", "70000")))
                .hasMessageContaining("RELATIONS_HTTP_PORT").hasMessageContaining("65535");
        assertThatThrownBy(() -> RelationsConfig.from(Map.of("RELATIONS_DB_URL", "postgres://x")))
                .hasMessageContaining("RELATIONS_DB_URL");
        assertThatThrownBy(() -> RelationsConfig.from(Map.of("RELATIONS_DB_URL", "jdbc:postgresql://h/db")))
                .hasMessageContaining("RELATIONS_DB_USER");
        assertThatThrownBy(() -> RelationsConfig.from(Map.of("RELATIONS_DB_MIGRATE", "maybe")))
                .hasMessageContaining("RELATIONS_DB_MIGRATE");
        assertThatThrownBy(() -> RelationsConfig.from(Map.of("RELATIONS_LOG_FORMAT", "xml")))
                .hasMessageContaining("RELATIONS_LOG_FORMAT").hasMessageContaining("json");
    }

    @Test
    void a_misspelt_variable_is_reported_instead_of_ignored() {
        assertThatThrownBy(() -> RelationsConfig.from(Map.of("RELATIONS_HTTP_POTR", "8080")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("RELATIONS_HTTP_POTR");
    }

    @Test
    void a_shared_secret_needs_256_bits() {
        assertThatThrownBy(() -> RelationsConfig.from(Map.of("RELATIONS_JWT_SECRET", "short")))
                .hasMessageContaining("RELATIONS_JWT_SECRET").hasMessageContaining("256 bits");
        RelationsConfig config = RelationsConfig.from(Map.of("RELATIONS_JWT_SECRET", "a".repeat(32)));
        assertThat(((TokenSettings.SharedSecret) config.tokens().key()).secret()).hasSize(32);
    }

    @Test
    void only_one_way_of_verifying_tokens_may_be_set() {
        assertThatThrownBy(() -> RelationsConfig.from(Map.of(
                        "RELATIONS_JWT_SECRET", "a".repeat(32), "RELATIONS_JWT_JWKS_FILE", "/etc/jwks.json")))
                .hasMessageContaining("exclude each other");
    }

    @Test
    void by_default_cors_is_off_the_metrics_are_open_and_a_request_is_read_within_ten_seconds() {
        RelationsConfig config = RelationsConfig.from(Map.of());

        assertThat(config.httpPolicy().corsOrigins()).isEmpty();
        assertThat(config.httpPolicy().metricsToken()).isEmpty();
        assertThat(config.httpPolicy().readDeadline()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void cors_origins_are_a_comma_separated_list_of_exact_origins() {
        RelationsConfig config = RelationsConfig.from(Map.of("RELATIONS_CORS_ORIGINS",
                "https://app.example.com, http://localhost:3000,http://[::1]:8081 ,http://127.0.0.1"));

        assertThat(config.httpPolicy().corsOrigins())
                .containsExactlyInAnyOrder("https://app.example.com", "http://localhost:3000", "http://[::1]:8081", "http://127.0.0.1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "null", "https://app.example.com/", "https://App.example.com", "ftp://app.example.com",
            "https://app.example.com/path", "app.example.com", "https://app.example.com:99999", "https://*.example.com",
            "https://app.example.com,", "https://app..example.com", "https://-app.example.com"})
    void a_cors_origin_no_browser_would_send_is_refused_naming_the_variable(String origins) {
        assertThatThrownBy(() -> RelationsConfig.from(Map.of("RELATIONS_CORS_ORIGINS", origins)))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("RELATIONS_CORS_ORIGINS");
    }

    @Test
    void a_metrics_token_is_taken_when_long_enough_and_never_repeated_in_a_message_or_the_settings() {
        String token = "0123456789abcdef0123456789abcdef";
        String tooShort = "short-metrics-token";

        RelationsConfig config = RelationsConfig.from(Map.of("RELATIONS_METRICS_TOKEN", token));

        assertThat(config.httpPolicy().metricsToken()).isEqualTo(token);
        assertThat(config.toString()).doesNotContain(token);
        assertThatThrownBy(() -> RelationsConfig.from(Map.of("RELATIONS_METRICS_TOKEN", tooShort)))
                .hasMessageContaining("RELATIONS_METRICS_TOKEN").hasMessageContaining("32").hasMessageNotContaining(tooShort);
    }

    @Test
    void the_read_deadline_is_given_in_milliseconds_within_bounds() {
        assertThat(RelationsConfig.from(Map.of("RELATIONS_HTTP_READ_DEADLINE_MS", "2500")).httpPolicy().readDeadline())
                .isEqualTo(Duration.ofMillis(2500));
        assertThatThrownBy(() -> RelationsConfig.from(Map.of("RELATIONS_HTTP_READ_DEADLINE_MS", "0")))
                .hasMessageContaining("RELATIONS_HTTP_READ_DEADLINE_MS").hasMessageContaining("100");
        assertThatThrownBy(() -> RelationsConfig.from(Map.of("RELATIONS_HTTP_READ_DEADLINE_MS", "10s")))
                .hasMessageContaining("RELATIONS_HTTP_READ_DEADLINE_MS");
    }
}
