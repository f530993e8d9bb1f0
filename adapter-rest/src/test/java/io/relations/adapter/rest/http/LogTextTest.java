package io.relations.adapter.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Text on its way to a log: the escapes for the characters that break or colour a line, the
 * cut, and, for random text of any code points, the invariant that no unsafe one survives while
 * every other one does. {@code -Drelations.seed=} replays a random run.
 */
class LogTextTest {

    private static final int RANDOM_TEXTS = 20_000;
    /** The characters a forger reaches for first, and their neighbours. */
    private static final int[] HOSTILE = {
        '\n', '\r', '\t', 0, 0x0B, 0x0C, 0x1B, 0x7F, 0x85, 0x9B, 0x2028, 0x2029, 0x202E, 0x2066, 0x200F, 0xFEFF,
        0xD800, 0xDFFF, 0xE0001, '\\', 'u', '[', 'm', ' ', 'é', 0x1F600
    };

    @Test
    void line_breaks_escape_and_separators_become_visible_escapes() {
        assertThat(LogText.of("a\nb\rc\td")).isEqualTo("a\\nb\\rc\\td");
        assertThat(LogText.of("\u001b[31mred")).isEqualTo("\\u001b[31mred");
        assertThat(LogText.of("x\u2028y\u2029z\u0085w")).isEqualTo("x\\u2028y\\u2029z\\u0085w");
        assertThat(LogText.of("\u202Egnp.exe")).isEqualTo("\\u202egnp.exe");
        assertThat(LogText.of("\u0000\u007F")).isEqualTo("\\u0000\\u007f");
    }

    @Test
    void printable_text_of_any_script_passes_unchanged() {
        String text = "GET /api/v1/users/é-ü-中文-😀 \\n \"quoted\"";

        assertThat(LogText.of(text)).isSameAs(text);
        assertThat(LogText.escaped(text)).isSameAs(text);
    }

    @Test
    void a_lone_surrogate_is_escaped_and_a_pair_is_kept() {
        assertThat(LogText.of("a\uD800b")).isEqualTo("a\\ud800b");
        assertThat(LogText.of("😀")).isEqualTo("😀");
    }

    @Test
    void a_value_from_a_request_is_cut_after_the_maximum_length_and_marked_so() {
        String cut = LogText.of("x".repeat(10_000));

        assertThat(cut).hasSize(LogText.MAX_LENGTH + 1).endsWith("…");
        assertThat(LogText.escaped("x".repeat(10_000))).hasSize(10_000);
    }

    @Test
    void a_missing_value_is_a_dash() {
        assertThat(LogText.of(null)).isEqualTo("-");
    }

    @Test
    void escaped_random_text_keeps_every_safe_code_point_and_no_unsafe_one_and_stays_bounded() {
        long seed = seed();
        System.out.println("LogTextTest: seed " + seed + "; replay with -Drelations.seed=" + seed);
        Random random = new Random(seed);
        for (int i = 0; i < RANDOM_TEXTS; i++) {
            // given text of hostile and arbitrary code points
            String text = randomText(random);

            // when
            String escaped = LogText.escaped(text);
            String bounded = LogText.of(text);

            // then
            assertThat(escaped.codePoints().noneMatch(LogText::isUnsafe)).as("seed %d, text %s", seed, escaped).isTrue();
            assertThat(bounded.codePoints().noneMatch(LogText::isUnsafe)).as("seed %d, text %s", seed, escaped).isTrue();
            assertThat(keepsInOrder(escaped, text.codePoints().filter(c -> !LogText.isUnsafe(c)).toArray()))
                    .as("seed %d: the safe code points, in order, among the escapes of %s", seed, escaped).isTrue();
            assertThat(bounded.length()).as("seed %d", seed).isLessThanOrEqualTo(LogText.MAX_LENGTH + 13);
            assertThat(escaped.length()).as("seed %d", seed).isGreaterThanOrEqualTo(text.length());
        }
    }

    private static boolean keepsInOrder(String escaped, int[] safe) {
        int found = 0;
        for (int at = 0; at < escaped.length() && found < safe.length; ) {
            int codePoint = escaped.codePointAt(at);
            at += Character.charCount(codePoint);
            if (codePoint == safe[found]) {
                found++;
            }
        }
        return found == safe.length;
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(300);
        for (int i = 0; i < length; i++) {
            int codePoint = random.nextBoolean() ? HOSTILE[random.nextInt(HOSTILE.length)] : random.nextInt(Character.MAX_CODE_POINT + 1);
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    private static long seed() {
        String given = System.getProperty("relations.seed", "").strip();
        return given.isEmpty() ? System.nanoTime() : Long.parseLong(given);
    }
}
