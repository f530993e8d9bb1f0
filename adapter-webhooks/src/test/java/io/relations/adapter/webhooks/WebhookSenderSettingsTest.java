package io.relations.adapter.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebhookSenderSettingsTest {

    @Test
    void the_defaults_are_fifteen_seconds_without_an_allow_list() {
        WebhookSenderSettings defaults = WebhookSenderSettings.defaults();

        assertThat(defaults.timeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(defaults.allowList().isEmpty()).isTrue();
        assertThat(defaults.userAgent()).isEqualTo("Relations-Webhooks/1");
    }

    @Test
    void a_timeout_outside_50_ms_to_5_minutes_is_refused() {
        WebhookSenderSettings defaults = WebhookSenderSettings.defaults();

        assertThatThrownBy(() -> defaults.withTimeout(Duration.ofMillis(49))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withTimeout(Duration.ofMinutes(5).plusMillis(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(defaults.withTimeout(Duration.ofMillis(50)).timeout()).isEqualTo(Duration.ofMillis(50));
    }

    @Test
    void limits_out_of_range_and_a_user_agent_with_a_line_break_are_refused() {
        AllowList none = AllowList.none();

        assertThatThrownBy(() -> new WebhookSenderSettings(Duration.ofSeconds(1), -1, 4, 16, none, "ua"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WebhookSenderSettings(Duration.ofSeconds(1), 0, 0, 16, none, "ua"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WebhookSenderSettings(Duration.ofSeconds(1), 0, 1, 0, none, "ua"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WebhookSenderSettings(Duration.ofSeconds(1), 0, 1, 1, none, "ua\r\nx: y"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WebhookSenderSettings(Duration.ofSeconds(1), 0, 1, 1, none, ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
