package io.relations.bootstrap.config;

import io.relations.adapter.persistence.DatabaseLocation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
    void the_maximum_token_lifetime_defaults_to_a_day_and_takes_a_duration_within_bounds() {
        assertThat(RelationsConfig.from(Map.of()).tokens().maxLifetime()).isEqualTo(Duration.ofHours(24));
        assertThat(RelationsConfig.from(Map.of("RELATIONS_JWT_MAX_LIFETIME", "90m")).tokens().maxLifetime()).isEqualTo(Duration.ofMinutes(90));
        assertThat(RelationsConfig.from(Map.of("RELATIONS_JWT_MAX_LIFETIME", "7d")).tokens().maxLifetime()).isEqualTo(Duration.ofDays(7));
        assertThat(RelationsConfig.from(Map.of("RELATIONS_JWT_MAX_LIFETIME", "PT8H")).tokens().maxLifetime()).isEqualTo(Duration.ofHours(8));
        for (String invalid : new String[] {"forever", "0s", "30s", "1000d", "-1h", "12"}) {
            assertThatThrownBy(() -> RelationsConfig.from(Map.of("RELATIONS_JWT_MAX_LIFETIME", invalid)))
                    .as(invalid).isInstanceOf(ConfigurationException.class).hasMessageContaining("RELATIONS_JWT_MAX_LIFETIME");
        }
    }
}
