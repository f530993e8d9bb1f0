package io.relations.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relations.adapter.rest.auth.Caller;
import io.relations.adapter.rest.auth.Scope;
import io.relations.bootstrap.config.ConfigurationException;
import io.relations.bootstrap.config.TokenSettings;
import io.relations.domain.model.UserId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCommandTest {

    private static final String ALICE = "0190a5b4-0000-7000-8000-00000000a11c";

    @TempDir
    Path dataDirectory;

    @Test
    void a_minted_token_is_accepted_by_the_service_configured_the_same_way() {
        TokenSettings settings = new TokenSettings(
                new TokenSettings.GeneratedSecret(dataDirectory.resolve("jwt-secret")), "relations", "relations");

        String token = TokenCommand.mint(List.of("--sub", ALICE, "--admin", "--ttl", "30m"), settings, Clock.systemUTC());
        Caller caller = Authenticators.of(settings).cache().authenticate(token);

        assertThat(caller.user()).isEqualTo(UserId.parse(ALICE));
        assertThat(caller.admin()).isTrue();
    }

    @Test
    void a_token_for_a_reader_of_the_change_feed_carries_the_scopes_asked_for_and_an_unknown_scope_is_a_usage_error() {
        TokenSettings settings = new TokenSettings(
                new TokenSettings.GeneratedSecret(dataDirectory.resolve("jwt-secret")), "relations", "relations");

        String token = TokenCommand.mint(List.of("--sub", ALICE, "--scope", "changes:read", "--scope", "changes:read_private"),
                settings, Clock.systemUTC());
        Caller caller = Authenticators.of(settings).cache().authenticate(token);

        assertThat(caller.scopes()).containsExactlyInAnyOrder(Scope.CHANGES_READ, Scope.CHANGES_READ_PRIVATE);
        assertThat(caller.admin()).isFalse();
        assertThatThrownBy(() -> TokenCommand.mint(List.of("--sub", ALICE, "--scope", "changes:write"), settings, Clock.systemUTC()))
                .isInstanceOf(UsageException.class);
    }

    @Test
    void a_token_without_subject_or_with_a_bad_one_is_a_usage_error() {
        TokenSettings settings = new TokenSettings(
                new TokenSettings.SharedSecret("a".repeat(32).getBytes(StandardCharsets.UTF_8)), "relations", "relations");

        assertThatThrownBy(() -> TokenCommand.mint(List.of(), settings, Clock.systemUTC())).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> TokenCommand.mint(List.of("--sub", "nope"), settings, Clock.systemUTC())).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> TokenCommand.mint(List.of("--sub", ALICE, "--ttl", "forever"), settings, Clock.systemUTC()))
                .isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> TokenCommand.mint(List.of("--sub"), settings, Clock.systemUTC())).isInstanceOf(UsageException.class);
    }

    @Test
    void with_a_public_key_the_service_cannot_mint_and_says_who_can() {
        TokenSettings settings = new TokenSettings(new TokenSettings.PublicKeyFile(
                dataDirectory.resolve("key.pem"), TokenSettings.PublicKeyAlgorithm.RS256), "relations", "relations");

        assertThatThrownBy(() -> TokenCommand.mint(List.of("--sub", ALICE), settings, Clock.systemUTC()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("private key");
    }

    @Test
    void a_ttl_beyond_the_maximum_lifetime_is_a_usage_error_since_the_service_would_refuse_the_token() {
        TokenSettings settings = new TokenSettings(new TokenSettings.SharedSecret("a".repeat(32).getBytes(StandardCharsets.UTF_8)),
                "relations", "relations", Duration.ofHours(6));

        assertThatThrownBy(() -> TokenCommand.mint(List.of("--sub", ALICE, "--ttl", "7d"), settings, Clock.systemUTC()))
                .isInstanceOf(UsageException.class).hasMessageContaining("RELATIONS_JWT_MAX_LIFETIME");
        String byDefault = TokenCommand.mint(List.of("--sub", ALICE), settings, Clock.systemUTC());
        assertThat(Authenticators.of(settings).cache().authenticate(byDefault).user()).isEqualTo(UserId.parse(ALICE));
    }
}
