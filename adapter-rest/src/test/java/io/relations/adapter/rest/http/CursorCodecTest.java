package io.relations.adapter.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relations.adapter.rest.problem.ProblemException;
import io.relations.adapter.rest.problem.ProblemType;
import io.relations.application.model.PageCursor;
import io.relations.domain.model.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CursorCodecTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private final CursorKeys keys = CursorKeys.of(List.of(key(1)));
    private final CursorCodec codec = new CursorCodec(keys, CLOCK);
    private final UserId viewer = UserId.of(UUID.randomUUID());
    private final UserId owner = UserId.of(UUID.randomUUID());
    private final CursorScope followers = new CursorScope("followers", viewer, owner);

    @Test
    void every_position_in_range_decodes_to_itself_from_one_canonical_base64url_text_for_its_list() {
        long seed = seed();
        Random random = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            // given a position anywhere from the earliest to the latest time accepted, of a random list
            long earliest = CursorCodec.EARLIEST.getEpochSecond();
            long latest = NOW.plus(CursorCodec.FUTURE_MARGIN).getEpochSecond();
            long seconds = i == 0 ? earliest : i == 1 ? latest : earliest + (long) (random.nextDouble() * (latest - earliest));
            PageCursor position = new PageCursor(Instant.ofEpochSecond(seconds, random.nextInt(1_000_000_000)),
                    new UUID(random.nextLong(), random.nextLong()));
            CursorScope scope = new CursorScope(pick(random, List.of("followers", "following", "connections", "blocks",
                    "connection-requests/incoming", "history/blocks")), randomUser(random), randomUser(random));

            // when
            String text = codec.encode(scope, position);

            // then
            assertThat(text).as("seed %d", seed).matches("[A-Za-z0-9_-]{" + CursorCodec.TEXT_LENGTH + "}");
            assertThat(codec.decode(scope, text)).as("seed %d", seed).isEqualTo(position);
        }
    }

    @Test
    void any_single_changed_character_is_refused() {
        String text = codec.encode(followers, new PageCursor(NOW, UUID.randomUUID()));
        for (int i = 0; i < text.length(); i++) {
            char replacement = ALPHABET.charAt((ALPHABET.indexOf(text.charAt(i)) + 1) % ALPHABET.length());
            String edited = text.substring(0, i) + replacement + text.substring(i + 1);
            assertRefused(followers, edited, "edited at " + i);
        }
    }

    @Test
    void a_cursor_of_another_list_owner_or_viewer_is_refused() {
        String text = codec.encode(followers, new PageCursor(NOW, UUID.randomUUID()));
        UserId stranger = UserId.of(UUID.randomUUID());

        assertRefused(new CursorScope("following", viewer, owner), text, "another list");
        assertRefused(new CursorScope("followers", viewer, stranger), text, "another owner");
        assertRefused(new CursorScope("followers", stranger, owner), text, "another viewer");
        assertRefused(new CursorScope("followers", owner, viewer), text, "viewer and owner swapped");
        assertRefused(CursorScope.own("history/follows", viewer), codec.encode(CursorScope.own("history/blocks", viewer),
                new PageCursor(NOW, UUID.randomUUID())), "another history kind");
    }

    @Test
    void a_cursor_signed_with_a_rotated_key_decodes_until_the_key_is_dropped() {
        // given a cursor signed before the rotation
        PageCursor position = new PageCursor(NOW, UUID.randomUUID());
        String signedBefore = codec.encode(followers, position);

        // when a new key comes first, then when the old one is dropped
        CursorCodec rotated = new CursorCodec(CursorKeys.of(List.of(key(2), key(1))), CLOCK);
        CursorCodec dropped = new CursorCodec(CursorKeys.of(List.of(key(2))), CLOCK);

        // then
        assertThat(rotated.decode(followers, signedBefore)).isEqualTo(position);
        assertThat(dropped.decode(followers, rotated.encode(followers, position))).isEqualTo(position);
        assertRefusedBy(dropped, followers, signedBefore, "signed with a dropped key");
    }

    /** The range check behind the signature: a cursor the service signed is still refused out of range. */
    @Test
    void a_rightly_signed_cursor_with_an_extreme_time_is_refused() {
        UUID id = UUID.randomUUID();
        long latest = NOW.plus(CursorCodec.FUTURE_MARGIN).getEpochSecond();
        List<long[]> extremes = List.of(
                new long[] {Long.MAX_VALUE, 0}, new long[] {Long.MIN_VALUE, 0}, new long[] {Instant.MAX.getEpochSecond(), 0},
                new long[] {Instant.MIN.getEpochSecond(), 0}, new long[] {9_224_318_016_000L, 0}, new long[] {-1, 999_999_999},
                new long[] {latest + 1, 0}, new long[] {0, -1}, new long[] {0, 1_000_000_000}, new long[] {0, Integer.MIN_VALUE});
        for (long[] extreme : extremes) {
            assertRefused(followers, codec.signed(followers, extreme[0], (int) extreme[1], id), extreme[0] + "s " + extreme[1] + "ns");
        }
        assertThat(codec.decode(followers, codec.signed(followers, latest, 999_999_999, id)).at()).isBefore(NOW.plus(Duration.ofDays(2)));
    }

    @Test
    void a_cursor_signed_with_a_key_outside_the_ring_is_refused_whatever_it_carries() {
        long seed = seed();
        Random random = new Random(seed);
        CursorCodec forger = new CursorCodec(CursorKeys.of(List.of(key(3))), CLOCK);
        for (int i = 0; i < 1_000; i++) {
            long seconds = pick(random, List.of(random.nextLong(), NOW.getEpochSecond(), Long.MAX_VALUE, 9_224_318_016_000L, -1L));
            String forged = forger.signed(followers, seconds, random.nextInt(1_000_000_000), new UUID(random.nextLong(), random.nextLong()));
            assertRefused(followers, forged, "seed " + seed);
        }
    }

    @Test
    void random_text_of_every_length_and_respellings_of_a_valid_cursor_are_refused() {
        long seed = seed();
        Random random = new Random(seed);
        String valid = codec.encode(followers, new PageCursor(NOW, UUID.randomUUID()));
        List<String> texts = new ArrayList<>(List.of("", "=", "==", valid + "=", valid + "==", valid + "A", "A" + valid,
                valid.substring(1), valid.substring(0, valid.length() - 1), "+" + valid.substring(1), valid.substring(1) + "/",
                valid + " ", " " + valid, valid + "\n", "A".repeat(10_000)));
        if (!valid.replace('-', '+').replace('_', '/').equals(valid)) {
            texts.add(valid.replace('-', '+').replace('_', '/'));
        }
        // the last character's 4 unused bits set: the same bytes, another spelling
        char last = valid.charAt(valid.length() - 1);
        for (int bits = 1; bits < 16; bits++) {
            texts.add(valid.substring(0, valid.length() - 1) + ALPHABET.charAt(ALPHABET.indexOf(last) ^ bits));
        }
        for (int length = 0; length <= 100; length++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            texts.add(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
            texts.add(Base64.getUrlEncoder().encodeToString(bytes));
            texts.add(Base64.getEncoder().encodeToString(bytes));
            texts.add(new String(bytes, StandardCharsets.ISO_8859_1));
        }
        for (int i = 0; i < 1_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(2 * CursorCodec.TEXT_LENGTH);
            for (int c = 0; c < length; c++) {
                text.append(random.nextInt(8) == 0 ? (char) random.nextInt(0x3000) : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertRefused(followers, text, "seed " + seed);
        }
    }

    @Test
    void a_key_ring_needs_one_to_eight_keys_of_256_bits() {
        assertThatThrownBy(() -> CursorKeys.of(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CursorKeys.of(List.of(new byte[31]))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CursorKeys.of(java.util.Collections.nCopies(9, key(1)))).isInstanceOf(IllegalArgumentException.class);
        assertThat(CursorKeys.of(List.of(key(1))).toString()).doesNotContain(new String(key(1), StandardCharsets.ISO_8859_1));
    }

    private void assertRefused(CursorScope scope, String text, String description) {
        assertRefusedBy(codec, scope, text, description);
    }

    private static void assertRefusedBy(CursorCodec codec, CursorScope scope, String text, String description) {
        assertThatThrownBy(() -> codec.decode(scope, text)).as("%s: %s", description, text)
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.type()).isEqualTo(ProblemType.INVALID_REQUEST));
    }

    private static byte[] key(int n) {
        byte[] key = new byte[CursorKeys.MIN_KEY_BYTES];
        java.util.Arrays.fill(key, (byte) n);
        return key;
    }

    private static UserId randomUser(Random random) {
        return UserId.of(new UUID(random.nextLong(), random.nextLong()));
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** {@code -Drelations.seed=} replays a run; otherwise a new seed, printed. */
    private static long seed() {
        String given = System.getProperty("relations.seed", "").strip();
        long seed = given.isEmpty() ? System.nanoTime() : Long.parseLong(given);
        System.out.println("CursorCodecTest: seed " + seed + "; replay with -Drelations.seed=" + seed);
        return seed;
    }
}
