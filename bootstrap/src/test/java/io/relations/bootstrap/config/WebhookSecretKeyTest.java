package io.relations.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code RELATIONS_WEBHOOK_SECRET_KEY}: the key that seals the webhook secrets, or a generated one. */
class WebhookSecretKeyTest {

    private static final byte[] KEY = "the webhook secret key: 32 bytes".getBytes();

    @Test
    void without_a_key_one_is_generated_once_in_the_data_directory_and_kept(@TempDir Path dataDirectory) {
        RelationsConfig config = RelationsConfig.from(Map.of("RELATIONS_DATA_DIR", dataDirectory.toString()));

        byte[] first = config.webhooks().secretKey().key();
        byte[] again = RelationsConfig.from(Map.of("RELATIONS_DATA_DIR", dataDirectory.toString())).webhooks().secretKey().key();

        assertThat(config.webhooks().secretKey()).isEqualTo(new WebhookSecretKey.Generated(dataDirectory.resolve("webhook-secret-key")));
        assertThat(first).hasSize(32).isEqualTo(again);
    }

    @Test
    void a_given_key_is_read_in_either_base64_alphabet_and_never_shown() {
        for (String text : List.of(Base64.getEncoder().encodeToString(KEY), Base64.getUrlEncoder().withoutPadding().encodeToString(KEY))) {
            RelationsConfig config = RelationsConfig.from(Map.of("RELATIONS_WEBHOOK_SECRET_KEY", text));

            assertThat(config.webhooks().secretKey().key()).isEqualTo(KEY);
            assertThat(config.webhooks().secretKey().toString()).doesNotContain(text.substring(0, 10));
        }
    }

    @Test
    void a_key_that_is_not_base64_of_32_bytes_stops_the_start_naming_the_setting_without_quoting_the_value() {
        for (String wrong : List.of("not base64 at all!", Base64.getEncoder().encodeToString(new byte[16]),
                Base64.getEncoder().encodeToString(new byte[33]))) {
            assertThatThrownBy(() -> RelationsConfig.from(Map.of("RELATIONS_WEBHOOK_SECRET_KEY", wrong)))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("RELATIONS_WEBHOOK_SECRET_KEY")
                    .hasMessageContaining("32 bytes")
                    .message().doesNotContain(wrong);
        }
    }

    @Test
    void a_kept_key_file_that_is_not_32_bytes_is_a_configuration_error_that_says_to_restore_it(@TempDir Path dataDirectory)
            throws Exception {
        Files.writeString(dataDirectory.resolve("webhook-secret-key"), Base64.getEncoder().encodeToString(new byte[48]) + "\n");

        WebhookSecretKey key = RelationsConfig.from(Map.of("RELATIONS_DATA_DIR", dataDirectory.toString())).webhooks().secretKey();

        assertThatThrownBy(key::key).isInstanceOf(ConfigurationException.class).hasMessageContaining("restore");
    }
}
