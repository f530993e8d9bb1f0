package io.relations.testkit.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relations.application.webhook.RetryPolicy;
import io.relations.application.webhook.SubscriptionSecrets;
import io.relations.application.webhook.WebhookEndpoint;
import io.relations.application.webhook.WebhookSecret;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ftp://hooks.example/x", "hooks.example/x", "/relative", "https://user:pw@hooks.example/x",
            "https://user@hooks.example/x", "https:///nohost", "https://hooks.example/x#frag", "mailto:admin@hooks.example",
            "http://bad host/", "javascript:alert(1)", ""})
    void a_webhook_url_that_is_not_a_plain_http_or_https_url_is_refused(String url) {
        assertThatThrownBy(() -> WebhookEndpoint.parse(url)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_webhook_url_over_two_thousand_characters_is_refused_and_one_of_two_thousand_is_taken() {
        String prefix = "https://hooks.example/";
        String atLimit = prefix + "a".repeat(WebhookEndpoint.MAX_LENGTH - prefix.length());

        assertThat(WebhookEndpoint.parse(atLimit).toString()).hasSize(2_000);
        assertThatThrownBy(() -> WebhookEndpoint.parse(atLimit + "a")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void private_and_loopback_addresses_are_taken_at_creation_since_the_sender_checks_each_attempt() {
        assertThat(WebhookEndpoint.parse("http://127.0.0.1:8080/hook").uri().getHost()).isEqualTo("127.0.0.1");
        assertThat(WebhookEndpoint.parse("https://10.0.0.1/hook").uri().getPort()).isEqualTo(-1);
    }

    @Test
    void the_retry_wait_doubles_from_five_seconds_up_to_an_hour_less_at_most_half_at_random() {
        Random random = new Random(7);
        for (int failures = 1; failures <= 40; failures++) {
            Duration capped = Duration.ofSeconds(Math.min(3600, 5L << Math.min(failures - 1, 20)));
            for (int draw = 0; draw < 50; draw++) {
                assertThat(RetryPolicy.DEFAULT.delayAfter(failures, random)).isBetween(capped.dividedBy(2), capped);
            }
        }
    }

    @Test
    void a_rotated_secret_signs_beside_the_new_one_until_its_window_ends() {
        WebhookSecret old = WebhookSecret.generate(new SecureRandom());
        WebhookSecret next = WebhookSecret.generate(new SecureRandom());
        Instant until = Instant.parse("2026-01-02T00:00:00Z");

        SubscriptionSecrets rotated = SubscriptionSecrets.only(old).rotatedTo(next, until);

        assertThat(rotated.signingAt(until.minusMillis(1))).containsExactly(next, old);
        assertThat(rotated.signingAt(until)).containsExactly(next);
    }
}
