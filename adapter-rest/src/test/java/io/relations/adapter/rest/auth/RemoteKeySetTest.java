package io.relations.adapter.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relations.domain.model.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Keys from an identity provider's JWKS URL, against {@link JwksServer} on 127.0.0.1: rotation,
 * a flood of made-up {@code kid}s, an outage, a provider that never answers. Intervals are short
 * so that no test waits long; every wait is a bounded poll.
 */
class RemoteKeySetTest {

    private static final String ISSUER = "https://idp.test";
    private static final String AUDIENCE = "relations-api";
    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    private static final Duration LONG = Duration.ofMinutes(10);

    private final JwksServer provider = new JwksServer(ISSUER, AUDIENCE);
    private final UserId user = UserId.of(UUID.randomUUID());
    private JwtAuthenticator checker;

    @AfterEach
    void close() {
        if (checker != null) {
            checker.close();
        }
        provider.close();
    }

    private JwtAuthenticator checker(Duration timeToLive, Duration refreshAhead, Duration minRefresh, Duration outageTolerance) {
        checker = new JwtAuthenticator(JwtSettings.jwksUrl(PublicKeyAlgorithm.ES256,
                new RemoteKeySetSettings(provider.url(), TIMEOUT, timeToLive, refreshAhead, minRefresh, outageTolerance), ISSUER, AUDIENCE));
        return checker;
    }

    private VerifiedTokenCache cached(JwtAuthenticator verifier) {
        return new VerifiedTokenCache(verifier::verify, verifier::keySetVersion, Clock.systemUTC(), 100, VerifiedTokenCache.DEFAULT_MAX_BYTES);
    }

    @Test
    void a_token_signed_by_a_published_key_is_accepted() {
        JwtAuthenticator verifier = checker(LONG, Duration.ofSeconds(30), Duration.ofSeconds(30), LONG);

        assertThat(verifier.authenticate(provider.token(user)).user()).isEqualTo(user);
        assertThat(verifier.hasKeys()).isTrue();
    }

    @Test
    void after_a_rotation_the_new_kid_is_accepted_and_the_removed_keys_tokens_are_refused_even_when_cached() {
        // given a token of the first key, verified and cached
        VerifiedTokenCache tokens = cached(checker(LONG, Duration.ofSeconds(30), Duration.ofMillis(100), LONG));
        String ofTheOldKey = provider.token(user);
        assertThat(tokens.authenticate(ofTheOldKey).user()).isEqualTo(user);
        int fetchesBefore = provider.fetches();

        // when the provider replaces its key
        provider.rotate();
        String ofTheNewKey = provider.token(user);

        // then the new kid makes the service fetch the set again, and the old key's token is checked again and refused
        assertThat(tokens.authenticate(ofTheNewKey).user()).isEqualTo(user);
        assertThat(provider.fetches()).isEqualTo(fetchesBefore + 1);
        assertThatThrownBy(() -> tokens.authenticate(ofTheOldKey)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void a_key_added_beside_the_old_one_keeps_the_old_keys_tokens_valid() {
        VerifiedTokenCache tokens = cached(checker(LONG, Duration.ofSeconds(30), Duration.ofMillis(100), LONG));
        String ofTheOldKey = provider.token(user);
        tokens.authenticate(ofTheOldKey);

        provider.addKey();

        assertThat(tokens.authenticate(provider.token(user)).user()).isEqualTo(user);
        assertThat(tokens.authenticate(ofTheOldKey).user()).isEqualTo(user);
    }

    @Test
    void a_flood_of_made_up_kids_makes_at_most_two_fetches_per_least_interval() {
        // given 1,000 tokens naming kids the provider never published, and a service that fetched the set once
        List<String> madeUp = IntStream.range(0, 1_000).mapToObj(i -> withKid(provider.token(user), "made-up-" + i)).toList();
        Duration minRefresh = Duration.ofSeconds(10);
        long firstFetch = System.nanoTime();
        JwtAuthenticator verifier = checker(LONG, Duration.ofSeconds(30), minRefresh, LONG);
        verifier.authenticate(provider.token(user));

        // when they all arrive
        int refused = 0;
        for (String token : madeUp) {
            try {
                verifier.authenticate(token);
            } catch (InvalidTokenException expected) {
                refused++;
            }
        }
        long intervalsBegun = Duration.ofNanos(System.nanoTime() - firstFetch).toMillis() / minRefresh.toMillis() + 1;

        // then all are refused, nimbus' rate limit allowed at most two fetches per interval begun, and real tokens still pass
        assertThat(refused).isEqualTo(1_000);
        assertThat(provider.fetches()).isBetween(2, (int) (2 * intervalsBegun));
        assertThat(verifier.authenticate(provider.token(user)).user()).isEqualTo(user);
    }

    @Test
    void while_the_provider_is_down_the_last_good_key_set_keeps_working() {
        // given a key set that expires after three seconds, with an outage tolerance of ten minutes
        VerifiedTokenCache tokens = cached(checker(Duration.ofSeconds(3), Duration.ZERO, Duration.ofMillis(100), LONG));
        String cached = provider.token(user);
        tokens.authenticate(cached);
        int fetchesBefore = provider.fetches();

        // when the provider goes down and the set expires
        provider.mode(JwksServer.Mode.DOWN);
        awaitTrue(() -> {
            checker.hasKeys();
            return provider.fetches() > fetchesBefore;
        });

        // then the last good set still verifies new tokens and the cached one, and the service has keys
        assertThat(tokens.authenticate(provider.token(user)).user()).isEqualTo(user);
        assertThat(tokens.authenticate(cached).user()).isEqualTo(user);
        assertThat(checker.hasKeys()).isTrue();
    }

    @Test
    void without_outage_tolerance_the_keys_are_gone_once_the_set_expires_and_back_when_the_provider_is() {
        JwtAuthenticator verifier = checker(Duration.ofSeconds(3), Duration.ZERO, Duration.ofMillis(100), Duration.ZERO);
        verifier.authenticate(provider.token(user));

        provider.mode(JwksServer.Mode.DOWN);
        awaitTrue(() -> !verifier.hasKeys());
        assertThatThrownBy(() -> verifier.authenticate(provider.token(user))).isInstanceOf(InvalidTokenException.class);

        provider.mode(JwksServer.Mode.UP);
        awaitTrue(verifier::hasKeys);
        assertThat(verifier.authenticate(provider.token(user)).user()).isEqualTo(user);
    }

    @Test
    void a_provider_that_never_answers_is_given_up_after_the_timeout_and_used_once_it_answers() {
        // given a provider that holds every fetch for up to a minute
        provider.mode(JwksServer.Mode.HANGING);
        long started = System.nanoTime();

        // when the service starts with it
        JwtAuthenticator verifier = checker(LONG, Duration.ofSeconds(30), Duration.ofMillis(100), LONG);
        boolean hadKeys = verifier.hasKeys();

        // then it has no keys, learnt within a few timeouts rather than the minute, and refuses tokens
        assertThat(hadKeys).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        assertThatThrownBy(() -> verifier.authenticate(provider.token(user))).isInstanceOf(InvalidTokenException.class);

        // and once the provider answers, it gets the keys
        provider.mode(JwksServer.Mode.UP);
        awaitTrue(verifier::hasKeys);
        assertThat(verifier.authenticate(provider.token(user)).user()).isEqualTo(user);
    }

    @Test
    void the_key_set_is_fetched_again_ahead_of_its_expiry_without_a_request_asking() {
        checker(Duration.ofSeconds(4), Duration.ofSeconds(1), Duration.ofMillis(100), LONG).authenticate(provider.token(user));
        int fetchesBefore = provider.fetches();

        awaitTrue(() -> provider.fetches() > fetchesBefore);

        assertThat(provider.fetches()).isGreaterThan(fetchesBefore);
    }

    @Test
    void settings_that_nimbus_could_not_honour_fail_at_configuration() {
        assertThatThrownBy(() -> new RemoteKeySetSettings(provider.url(), TIMEOUT, Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(1), LONG))
                .hasMessageContaining("refresh-ahead");
        assertThatThrownBy(() -> new RemoteKeySetSettings(provider.url(), TIMEOUT, Duration.ofSeconds(30), Duration.ZERO, Duration.ofSeconds(30), LONG))
                .hasMessageContaining("least time between fetches");
        assertThatThrownBy(() -> RemoteKeySetSettings.defaults(java.net.URI.create("file:///etc/jwks.json"))).hasMessageContaining("http");
    }

    /** The token with its header replaced by one naming {@code kid}: its signature no longer matters, no key is found first. */
    private static String withKid(String token, String kid) {
        String header = "{\"alg\":\"ES256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}";
        return Base64.getUrlEncoder().withoutPadding().encodeToString(header.getBytes(StandardCharsets.UTF_8))
                + token.substring(token.indexOf('.'));
    }

    /** Polls for up to ten seconds; fails the test if the condition never holds. */
    private static void awaitTrue(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited ten seconds for the condition").isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
