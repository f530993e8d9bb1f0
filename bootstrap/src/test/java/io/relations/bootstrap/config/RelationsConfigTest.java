package io.relations.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relations.adapter.persistence.DatabaseAddress;
import io.relations.adapter.rest.ChangeFeedSettings;
import io.relations.embedded.postgres.RestartPolicy;
import java.net.URI;
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
        assertThat(config.database()).isEqualTo(new DatabaseLocation.Embedded(Path.of(".relations/postgres").toAbsolutePath(), RestartPolicy.defaults()));
        assertThat(config.tokens().key()).isEqualTo(new TokenSettings.GeneratedSecret(Path.of(".relations/jwt-secret").toAbsolutePath()));
        assertThat(config.migrateOnStart()).isTrue();
    }

    @Test
    void a_database_url_selects_the_external_server() {
        RelationsConfig config = RelationsConfig.from(Map.of(
                "RELATIONS_DB_URL", "jdbc:postgresql://localhost:5432/relations",
                "RELATIONS_DB_USER", "relations",
                "RELATIONS_DB_PASSWORD", "secret"));

        assertThat(config.database()).isEqualTo(new DatabaseLocation.Server(new DatabaseAddress("jdbc:postgresql://localhost:5432/relations", "relations", "secret")));
        assertThat(config.database().toString()).doesNotContain("secret");
    }

    @Test
    void the_embedded_database_is_restarted_as_its_settings_say() {
        RelationsConfig config = RelationsConfig.from(Map.of(
                "RELATIONS_EMBEDDED_DB_RESTART_ATTEMPTS", "3",
                "RELATIONS_EMBEDDED_DB_RESTART_DELAY_MS", "200",
                "RELATIONS_EMBEDDED_DB_RESTART_MAX_DELAY_MS", "5000"));

        assertThat(((DatabaseLocation.Embedded) config.database()).restartPolicy())
                .isEqualTo(new RestartPolicy(3, Duration.ofMillis(200), Duration.ofMillis(5000)));
    }

    @Test
    void a_longest_restart_pause_shorter_than_the_first_is_refused() {
        assertThatThrownBy(() -> RelationsConfig.from(Map.of(
                "RELATIONS_EMBEDDED_DB_RESTART_DELAY_MS", "2000",
                "RELATIONS_EMBEDDED_DB_RESTART_MAX_DELAY_MS", "1000")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("RELATIONS_EMBEDDED_DB_RESTART_MAX_DELAY_MS");
    }

    @Test
    void restart_settings_beside_a_database_url_are_refused() {
        assertThatThrownBy(() -> RelationsConfig.from(Map.of(
                "RELATIONS_DB_URL", "jdbc:postgresql://localhost:5432/relations",
                "RELATIONS_DB_USER", "relations",
                "RELATIONS_EMBEDDED_DB_RESTART_ATTEMPTS", "3")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("RELATIONS_EMBEDDED_DB_RESTART_ATTEMPTS applies to the embedded database");
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
    void the_change_feed_has_its_cloud_events_source_and_the_bounds_of_its_streams_from_the_environment() {
        RelationsConfig defaults = RelationsConfig.from(Map.of());
        RelationsConfig config = RelationsConfig.from(Map.of(
                "RELATIONS_CLOUDEVENTS_SOURCE", "https://relations.example.com",
                "RELATIONS_CHANGES_STREAM_HEARTBEAT_MS", "5000",
                "RELATIONS_CHANGES_STREAM_POLL_MS", "50",
                "RELATIONS_CHANGES_MAX_STREAMS", "4",
                "RELATIONS_CHANGES_STREAM_MAX_DURATION", "2m"));

        assertThat(defaults.changeFeed()).isEqualTo(ChangeFeedSettings.defaults());
        assertThat(config.changeFeed().source()).hasToString("https://relations.example.com");
        assertThat(config.changeFeed().heartbeat()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.changeFeed().pollInterval()).isEqualTo(Duration.ofMillis(50));
        assertThat(config.changeFeed().maxStreams()).isEqualTo(4);
        assertThat(config.changeFeed().maxStreamDuration()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void a_cloud_events_source_that_is_not_an_absolute_uri_and_a_heartbeat_beyond_the_idle_timeout_are_refused() {
        assertThatThrownBy(() -> RelationsConfig.from(Map.of("RELATIONS_CLOUDEVENTS_SOURCE", "relations")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("RELATIONS_CLOUDEVENTS_SOURCE");
        assertThatThrownBy(() -> RelationsConfig.from(Map.of("RELATIONS_CLOUDEVENTS_SOURCE", "urn relations")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("RELATIONS_CLOUDEVENTS_SOURCE");
        assertThatThrownBy(() -> RelationsConfig.from(Map.of("RELATIONS_CHANGES_STREAM_HEARTBEAT_MS", "30000")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("RELATIONS_CHANGES_STREAM_HEARTBEAT_MS");
        assertThatThrownBy(() -> RelationsConfig.from(Map.of("RELATIONS_CHANGES_MAX_STREAMS", "0")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("RELATIONS_CHANGES_MAX_STREAMS");
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
    void by_default_addresses_are_rate_limited_and_no_proxy_is_trusted() {
        RelationsConfig config = RelationsConfig.from(Map.of());

        assertThat(config.rateLimitPerAddressPerMinute()).isEqualTo(RelationsConfig.DEFAULT_RATE_LIMIT_PER_ADDRESS_PER_MINUTE);
        assertThat(config.trustedProxies()).isEmpty();
    }

    @Test
    void trusted_proxies_are_addresses_or_cidr_blocks_and_anything_else_is_refused_by_name() {
        RelationsConfig config = RelationsConfig.from(Map.of("RELATIONS_TRUSTED_PROXIES", " 10.0.0.7, 10.1.0.0/16 ,fd00::/8,"));

        assertThat(config.trustedProxies()).map(Object::toString).containsExactly("10.0.0.7/32", "10.1.0.0/16", "fd00:0:0:0:0:0:0:0/8");
        assertThatThrownBy(() -> RelationsConfig.from(Map.of("RELATIONS_TRUSTED_PROXIES", "10.0.0.7,proxy.internal")))
                .hasMessageContaining("RELATIONS_TRUSTED_PROXIES").hasMessageContaining("proxy.internal");
        assertThatThrownBy(() -> RelationsConfig.from(Map.of("RELATIONS_TRUSTED_PROXIES", "10.0.0.0/40")))
                .hasMessageContaining("RELATIONS_TRUSTED_PROXIES").hasMessageContaining("prefix length");
        assertThatThrownBy(() -> RelationsConfig.from(Map.of("RELATIONS_RATE_LIMIT_PER_ADDRESS_PER_MINUTE", "-1")))
                .hasMessageContaining("RELATIONS_RATE_LIMIT_PER_ADDRESS_PER_MINUTE");
    }

    @Test
    void a_jwks_url_fetches_the_identity_providers_keys_with_sensible_defaults() {
        RelationsConfig config = RelationsConfig.from(Map.of(
                "RELATIONS_JWT_JWKS_URL", "https://idp.example/realms/main/protocol/openid-connect/certs",
                "RELATIONS_JWT_ALGORITHM", "ES256"));

        assertThat(config.tokens().key()).isEqualTo(new TokenSettings.JwksUrl(
                URI.create("https://idp.example/realms/main/protocol/openid-connect/certs"), TokenSettings.PublicKeyAlgorithm.ES256,
                Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofHours(12)));
    }

    @Test
    void the_jwks_url_timings_can_be_set() {
        RelationsConfig config = RelationsConfig.from(Map.of(
                "RELATIONS_JWT_JWKS_URL", "http://127.0.0.1:9000/jwks.json",
                "RELATIONS_JWT_JWKS_TIMEOUT_MILLIS", "250",
                "RELATIONS_JWT_JWKS_TTL_SECONDS", "60",
                "RELATIONS_JWT_JWKS_REFRESH_AHEAD_SECONDS", "10",
                "RELATIONS_JWT_JWKS_MIN_REFRESH_SECONDS", "5",
                "RELATIONS_JWT_JWKS_OUTAGE_TOLERANCE_SECONDS", "0"));

        TokenSettings.JwksUrl key = (TokenSettings.JwksUrl) config.tokens().key();
        assertThat(key.timeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(key.timeToLive()).isEqualTo(Duration.ofSeconds(60));
        assertThat(key.refreshAhead()).isEqualTo(Duration.ofSeconds(10));
        assertThat(key.minRefreshInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(key.outageTolerance()).isZero();
    }

    @Test
    void a_jwks_url_must_be_http_or_https_and_excludes_the_other_keys() {
        assertThatThrownBy(() -> RelationsConfig.from(Map.of("RELATIONS_JWT_JWKS_URL", "file:///etc/jwks.json")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("RELATIONS_JWT_JWKS_URL").hasMessageContaining("https");
        assertThatThrownBy(() -> RelationsConfig.from(Map.of("RELATIONS_JWT_JWKS_URL", "https://")))
                .hasMessageContaining("RELATIONS_JWT_JWKS_URL");
        assertThatThrownBy(() -> RelationsConfig.from(Map.of(
                        "RELATIONS_JWT_JWKS_URL", "https://idp.example/jwks", "RELATIONS_JWT_JWKS_FILE", "/etc/jwks.json")))
                .hasMessageContaining("exclude each other");
    }

    @Test
    void jwks_url_timings_that_could_not_work_fail_naming_the_variables() {
        assertThatThrownBy(() -> RelationsConfig.from(Map.of(
                        "RELATIONS_JWT_JWKS_URL", "https://idp.example/jwks", "RELATIONS_JWT_JWKS_TTL_SECONDS", "30")))
                .hasMessageContaining("RELATIONS_JWT_JWKS_TTL_SECONDS").hasMessageContaining("RELATIONS_JWT_JWKS_REFRESH_AHEAD_SECONDS");
        assertThatThrownBy(() -> RelationsConfig.from(Map.of(
                        "RELATIONS_JWT_JWKS_URL", "https://idp.example/jwks", "RELATIONS_JWT_JWKS_MIN_REFRESH_SECONDS", "300")))
                .hasMessageContaining("RELATIONS_JWT_JWKS_MIN_REFRESH_SECONDS");
        assertThatThrownBy(() -> RelationsConfig.from(Map.of("RELATIONS_JWT_JWKS_TTL_SECONDS", "60")))
                .hasMessageContaining("RELATIONS_JWT_JWKS_TTL_SECONDS applies to RELATIONS_JWT_JWKS_URL");
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

    @Test
    void the_change_log_keeps_a_week_by_default_and_takes_a_duration_within_bounds() {
        assertThat(RelationsConfig.from(Map.of()).changeLogRetention()).isEqualTo(Duration.ofDays(7));
        assertThat(RelationsConfig.from(Map.of("RELATIONS_CHANGE_LOG_RETENTION", "P30D")).changeLogRetention()).isEqualTo(Duration.ofDays(30));
        assertThat(RelationsConfig.from(Map.of("RELATIONS_CHANGE_LOG_RETENTION", "PT36H")).changeLogRetention()).isEqualTo(Duration.ofHours(36));
        for (String invalid : new String[] {"a week", "P0D", "PT59M", "-P1D", "P4000D", "7"}) {
            assertThatThrownBy(() -> RelationsConfig.from(Map.of("RELATIONS_CHANGE_LOG_RETENTION", invalid)))
                    .as(invalid).isInstanceOf(ConfigurationException.class).hasMessageContaining("RELATIONS_CHANGE_LOG_RETENTION");
        }
    }
}
