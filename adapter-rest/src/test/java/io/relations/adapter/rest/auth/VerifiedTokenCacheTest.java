package io.relations.adapter.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relations.domain.model.UserId;
import java.lang.ref.WeakReference;
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

    private final Caller caller = new Caller(UserId.of(UUID.randomUUID()), Set.of());
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

    private long keySetVersion = 1;

    /** As {@link #check}, with the key set version of the moment. */
    private VerifiedToken checkWithKeys(String token) {
        VerifiedToken verified = check(token);
        return new VerifiedToken(verified.caller(), verified.validUntil(), keySetVersion);
    }

    private VerifiedTokenCache cache(int capacity) {
        return new VerifiedTokenCache(this::check, clock, capacity);
    }

    private VerifiedTokenCache cacheOfChangingKeys() {
        return new VerifiedTokenCache(this::checkWithKeys, () -> keySetVersion, clock, 10, VerifiedTokenCache.DEFAULT_MAX_BYTES);
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

    @Test
    void after_the_key_set_changed_a_cached_token_is_checked_again() {
        VerifiedTokenCache tokens = cacheOfChangingKeys();
        tokens.authenticate("token");
        tokens.authenticate("token");

        keySetVersion = 2;
        refused.add("token");

        assertThatThrownBy(() -> tokens.authenticate("token")).isInstanceOf(InvalidTokenException.class);
        assertThat(checked).containsExactly("token", "token");
    }

    @Test
    void a_cached_token_is_not_used_while_no_keys_can_be_had() {
        VerifiedTokenCache tokens = cacheOfChangingKeys();
        tokens.authenticate("token");

        keySetVersion = JwtAuthenticator.NO_KEYS;
        tokens.authenticate("token");

        assertThat(checked).containsExactly("token", "token");
    }

    @Test
    void forgetting_a_user_drops_every_token_of_theirs_and_no_other() {
        // given two tokens of one user and one of another, all cached
        Caller other = new Caller(UserId.of(UUID.randomUUID()), Set.of());
        VerifiedTokenCache tokens = new VerifiedTokenCache(
                token -> token.startsWith("other") ? new VerifiedToken(other, now.plusSeconds(60)) : check(token), clock, 10);
        tokens.authenticate("first");
        tokens.authenticate("second");
        tokens.authenticate("other");

        // when
        tokens.forgetUser(caller.user());

        // then
        assertThat(tokens.size()).isEqualTo(1);
        tokens.authenticate("first");
        tokens.authenticate("second");
        tokens.authenticate("other");
        assertThat(checked).containsExactly("first", "second", "first", "second");
    }

    @Test
    void finding_5_the_byte_bound_holds_whatever_the_tokens_length() {
        // given a cache allowed 100 entries by bytes and 10,000 by count
        VerifiedTokenCache tokens = new VerifiedTokenCache(token -> new VerifiedToken(caller, now.plusSeconds(60)),
                () -> JwtAuthenticator.FIXED_KEYS, clock, 10_000, 100L * VerifiedTokenCache.ENTRY_BYTES);

        // when 5,000 distinct tokens of 8 KiB each (40 MB of text) pass
        String padding = "x".repeat(8 * 1024 - 10);
        for (int i = 0; i < 5_000; i++) {
            tokens.authenticate(padding + i);
        }

        // then it keeps 100, and nothing of their text
        assertThat(tokens.capacity()).isEqualTo(100);
        assertThat(tokens.size()).isEqualTo(100);
    }

    @Test
    void finding_5_the_cache_keeps_no_token_text() throws InterruptedException {
        // given a token that passed and was cached, and no other reference to its text
        VerifiedTokenCache tokens = new VerifiedTokenCache(token -> new VerifiedToken(caller, now.plusSeconds(60)), clock, 10);
        WeakReference<String> text = new WeakReference<>(cacheOneToken(tokens));

        // when the garbage collector runs
        for (int attempt = 0; attempt < 20 && text.get() != null; attempt++) {
            System.gc();
            Thread.sleep(10);
        }

        // then the text is gone, while the token is still known by its digest
        assertThat(text.get()).as("the token's text, still reachable").isNull();
        assertThat(tokens.size()).isEqualTo(1);
    }

    private static String cacheOneToken(VerifiedTokenCache tokens) {
        String token = new String("header.claims." + UUID.randomUUID());
        tokens.authenticate(token);
        return token;
    }
}
