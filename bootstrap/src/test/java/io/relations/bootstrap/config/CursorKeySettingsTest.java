package io.relations.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code RELATIONS_CURSOR_KEYS}: the keys that sign page cursors, or a generated one. */
class CursorKeySettingsTest {

    private static final byte[] CURRENT = "the current cursor key, 32 bytes or more".getBytes();
    private static final byte[] ROTATED = "the rotated cursor key, 32 bytes or more".getBytes();

    @Test
    void without_cursor_keys_one_is_generated_in_the_data_directory() {
        RelationsConfig config = RelationsConfig.from(Map.of("RELATIONS_DATA_DIR", "/var/lib/relations"));

        assertThat(config.cursorKeys()).isEqualTo(new CursorKeySettings.Generated(Path.of("/var/lib/relations/cursor-key")));
    }

    @Test
    void cursor_keys_are_read_current_first_in_either_base64_alphabet() {
        String keys = Base64.getEncoder().encodeToString(CURRENT) + " , " + Base64.getUrlEncoder().withoutPadding().encodeToString(ROTATED);

        RelationsConfig config = RelationsConfig.from(Map.of("RELATIONS_CURSOR_KEYS", keys));

        assertThat(config.cursorKeys()).isInstanceOfSatisfying(CursorKeySettings.Given.class,
                given -> assertThat(given.keys()).containsExactly(CURRENT, ROTATED));
        assertThat(config.cursorKeys().toString()).doesNotContain(keys.substring(0, 10));
    }

    @Test
    void a_short_malformed_repeated_or_ninth_cursor_key_stops_the_start_without_quoting_a_key() {
        String current = Base64.getEncoder().encodeToString(CURRENT);
        String shortKey = Base64.getEncoder().encodeToString(new byte[31]);
        List<String> refused = List.of(shortKey, current + ",", current + ",not*base64!", current + "," + current,
                String.join(",", Collections.nCopies(9, current)));

        for (String keys : refused) {
            assertThatThrownBy(() -> RelationsConfig.from(Map.of("RELATIONS_CURSOR_KEYS", keys))).as(keys)
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageStartingWith("RELATIONS_CURSOR_KEYS")
                    .message().doesNotContain(current).doesNotContain(shortKey);
        }
    }
}
