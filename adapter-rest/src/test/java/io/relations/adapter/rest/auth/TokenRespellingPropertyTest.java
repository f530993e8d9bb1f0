package io.relations.adapter.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.domain.model.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The class of defect behind finding 5 (one token, unlimited spellings): seeded random respellings
 * of one valid token, of every kind the lenient decoder let through, are all refused and never
 * enter the verified-token cache. The seed is printed; {@code -Drelations.seed=} replays a run.
 */
class TokenRespellingPropertyTest {

    private static final byte[] SECRET = "the respelling test's HS256 secret, 32+ bytes".getBytes(StandardCharsets.UTF_8);
    private static final String ISSUER = "https://issuer.test";
    private static final String AUDIENCE = "relations-api";
    private static final int RESPELLINGS = 5_000;

    @Test
    void every_respelling_of_a_valid_token_is_refused_and_never_cached() {
        // given a valid token, verified and cached
        long seed = seed();
        System.out.println("token respellings: seed " + seed + "; replay with -Drelations.seed=" + seed);
        Random random = new Random(seed);
        JwtAuthenticator checker = new JwtAuthenticator(JwtSettings.hs256(SECRET, ISSUER, AUDIENCE));
        VerifiedTokenCache cache = new VerifiedTokenCache(checker::verify, Clock.systemUTC(), 10_000);
        String token = new TokenMinter(SECRET, ISSUER, AUDIENCE, Clock.systemUTC()).mint(UserId.of(UUID.randomUUID()), false, Duration.ofMinutes(5));
        cache.authenticate(token);

        // when it is respelled at random, in every way
        List<String> accepted = new ArrayList<>();
        for (int i = 0; i < RESPELLINGS; i++) {
            String respelled = TokenRespellings.ANY_CHARACTER.respell(token, random);
            assertThat(respelled).as("a respelling, seed %d", seed).isNotEqualTo(token);
            try {
                cache.authenticate(respelled);
                accepted.add(respelled);
            } catch (InvalidTokenException expected) {
                // refused, as it must be
            }
        }

        // then none passed, and the cache holds the one genuine spelling only
        assertThat(accepted).as("respellings accepted, seed %d", seed).isEmpty();
        assertThat(cache.size()).as("entries in the cache, seed %d", seed).isEqualTo(1);
    }

    private static long seed() {
        String given = System.getProperty("relations.seed", "").strip();
        return given.isEmpty() ? System.nanoTime() : Long.parseLong(given);
    }
}
