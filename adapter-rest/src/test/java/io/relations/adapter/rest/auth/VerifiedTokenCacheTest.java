package io.relations.adapter.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relations.domain.model.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VerifiedTokenCacheTest {

    private static final Instant START = Instant.parse("2026-11-25T12:00:00Z");

    private final Caller caller = new Caller(UserId.of(UUID.randomUUID()), false);
    private final List<String> checked = new ArrayList<>();
    private final Set<String> refused = new HashSet<>();
    private Instant now = START;
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    /** Accepts every token not in {@code refused}, valid for one minute from the check. */
    private VerifiedToken check(String token) {
        checked.add(token);
        if (refused.contains(token)) {
            throw new InvalidTokenException("refused: " + token);
        }
        return new VerifiedToken(caller, now.plus(Duration.ofMinutes(1)));
    }

    private VerifiedTokenCache cache(int capacity) {
        return new VerifiedTokenCache(this::check, clock, capacity);
    }

    @Test
    void a_token_is_checked_once_while_it_is_valid() {
        VerifiedTokenCache tokens = cache(10);

        assertThat(tokens.authenticate("token")).isEqualTo(caller);
        now = START.plusSeconds(60);
        assertThat(tokens.authenticate("token")).isEqualTo(caller);

        assertThat(checked).containsExactly("token");
    }

    @Test
    void after_its_validity_a_token_is_checked_again_and_refused_with_the_checkers_reason() {
        VerifiedTokenCache tokens = cache(10);
        tokens.authenticate("token");

        now = START.plusSeconds(61);
        refused.add("token");

        assertThatThrownBy(() -> tokens.authenticate("token")).isInstanceOf(InvalidTokenException.class).hasMessage("refused: token");
        assertThatThrownBy(() -> tokens.authenticate("token")).isInstanceOf(InvalidTokenException.class);
        assertThat(checked).containsExactly("token", "token", "token");
    }

    @Test
    void a_refused_token_is_never_kept() {
        VerifiedTokenCache tokens = cache(10);
        refused.add("forged");

        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> tokens.authenticate("forged")).isInstanceOf(InvalidTokenException.class);
        }

        assertThat(checked).containsExactly("forged", "forged", "forged");
    }

    @Test
    void a_token_differing_by_one_character_is_checked_in_full() {
        VerifiedTokenCache tokens = cache(10);
        tokens.authenticate("header.claims.signature");
        refused.add("header.claims.signaturf");

        assertThatThrownBy(() -> tokens.authenticate("header.claims.signaturf")).isInstanceOf(InvalidTokenException.class);
        assertThat(checked).containsExactly("header.claims.signature", "header.claims.signaturf");
    }

    @Test
    void it_keeps_the_most_recently_used_tokens_up_to_its_capacity() {
        VerifiedTokenCache tokens = cache(2);
        tokens.authenticate("a");
        tokens.authenticate("b");
        tokens.authenticate("a");
        tokens.authenticate("c");

        tokens.authenticate("a");
        tokens.authenticate("b");

        assertThat(checked).containsExactly("a", "b", "c", "b");
    }
}
