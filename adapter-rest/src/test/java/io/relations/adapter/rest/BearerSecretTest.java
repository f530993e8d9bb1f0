package io.relations.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BearerSecretTest {

    @Test
    void without_a_token_every_request_is_admitted() {
        BearerSecret open = BearerSecret.of("");

        assertThat(open.isSet()).isFalse();
        assertThat(open.admits(null)).isTrue();
        assertThat(open.admits("Bearer anything")).isTrue();
    }

    @Test
    void a_token_admits_its_bearer_only_whatever_the_case_of_the_scheme() {
        BearerSecret secret = BearerSecret.of("s3cret-token-0123456789");

        assertThat(secret.admits("Bearer s3cret-token-0123456789")).isTrue();
        assertThat(secret.admits("bearer s3cret-token-0123456789")).isTrue();
        assertThat(secret.admits(null)).isFalse();
        assertThat(secret.admits("s3cret-token-0123456789")).isFalse();
        assertThat(secret.admits("Bearer S3cret-token-0123456789")).isFalse();
    }

    /** Seeded random near misses (one character changed, added or removed) are all refused. */
    @Test
    void no_near_miss_of_the_token_is_admitted() {
        long seed = Long.parseLong(System.getProperty("relations.seed", Long.toString(System.nanoTime())).strip());
        System.out.println("BearerSecretTest seed " + seed + " (replay with -Drelations.seed=" + seed + ")");
        Random random = new Random(seed);
        String token = "metrics-" + Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong());
        BearerSecret secret = BearerSecret.of(token);

        for (int i = 0; i < 2_000; i++) {
            StringBuilder guess = new StringBuilder(token);
            int at = random.nextInt(token.length());
            switch (random.nextInt(3)) {
                case 0 -> guess.setCharAt(at, (char) (token.charAt(at) == 'x' ? 'y' : 'x'));
                case 1 -> guess.insert(at, (char) ('!' + random.nextInt(90)));
                default -> guess.deleteCharAt(at);
            }
            assertThat(secret.admits("Bearer " + guess)).as("seed %d, guess %s", seed, guess).isFalse();
        }
    }
}
