package io.relations.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Finding 8 of issue 10: /metrics behind a bearer token, when one is configured. */
class MetricsTokenTest {

    static final String TOKEN = "metrics-token-of-the-test-0123456789";

    @RegisterExtension
    static final TestApi api = new TestApi(HttpPolicy.defaults().withMetricsToken(TOKEN));

    @Test
    void with_a_metrics_token_the_metrics_are_served_to_its_bearer() {
        var reply = api.http().send("GET", "/metrics", Map.of("Authorization", "Bearer " + TOKEN), null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("test_metric 1.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Bearer", "Bearer x", "Bearer " + TOKEN + "x", "Bearer " + "metrics-token-of-the-test-012345678", "Basic " + TOKEN,
            "bearer  wrong"})
    void with_a_metrics_token_the_metrics_refuse_any_other_authorization(String authorization) {
        var reply = api.http().send("GET", "/metrics", authorization.isEmpty() ? Map.of() : Map.of("Authorization", authorization), null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.problem()).isEqualTo("unauthorized");
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(reply.body()).doesNotContain("test_metric");
    }

    @Test
    void the_metrics_token_does_not_open_the_api() {
        var reply = api.get("/api/v1/me/blocks", TOKEN);

        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void health_stays_open_beside_a_metrics_token() {
        assertThat(api.get("/health/ready", null).status()).isEqualTo(200);
    }

    @Test
    void the_policy_never_shows_the_token() {
        assertThat(HttpPolicy.defaults().withMetricsToken(TOKEN).toString()).doesNotContain(TOKEN);
    }
}
