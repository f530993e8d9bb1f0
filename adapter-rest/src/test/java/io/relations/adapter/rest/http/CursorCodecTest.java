package io.relations.adapter.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relations.adapter.rest.problem.ProblemException;
import io.relations.application.model.PageCursor;
import java.time.Instant;
import java.util.Base64;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CursorCodecTest {

    @Test
    void a_cursor_decodes_to_the_position_it_encodes() {
        PageCursor cursor = new PageCursor(Instant.parse("2026-01-02T03:04:05.123456789Z"), UUID.randomUUID());

        String text = CursorCodec.encode(cursor);

        assertThat(text).matches("[A-Za-z0-9_-]+");
        assertThat(CursorCodec.decode(text)).isEqualTo(cursor);
    }

    @Test
    void any_single_changed_character_is_refused() {
        String text = CursorCodec.encode(new PageCursor(Instant.now(), UUID.randomUUID()));
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int i = 0; i < text.length() - 1; i++) {
            char replacement = alphabet.charAt((alphabet.indexOf(text.charAt(i)) + 1) % alphabet.length());
            String edited = text.substring(0, i) + replacement + text.substring(i + 1);
            assertThatThrownBy(() -> CursorCodec.decode(edited)).as("edited at %d", i).isInstanceOf(ProblemException.class);
        }
    }

    @Test
    void random_bytes_of_the_right_length_are_refused() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int i = 0; i < 1_000; i++) {
            byte[] bytes = new byte[37];
            random.nextBytes(bytes);
            String text = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            assertThatThrownBy(() -> CursorCodec.decode(text)).as("seed %d", seed).isInstanceOf(ProblemException.class);
        }
    }
}
