package io.relations.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.adapter.rest.HttpReply;
import io.relations.bootstrap.testing.ServiceUnderTest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The settings of issue 10's finding 8 as the service reads them from its environment: a metrics token and CORS origins. */
class HttpPolicyEndToEndTest {

    private static final String METRICS_TOKEN = "end-to-end-metrics-token-0123456789abcdef";
    private static final String ORIGIN = "https://app.example.test";
    private static ServiceUnderTest service;

    @BeforeAll
    static void start() {
        service = ServiceUnderTest.start(Map.of("RELATIONS_METRICS_TOKEN", METRICS_TOKEN, "RELATIONS_CORS_ORIGINS", ORIGIN));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void with_a_metrics_token_set_the_metrics_are_scraped_with_it_only() {
        HttpReply without = service.anonymous().get("/metrics");
        HttpReply with = service.anonymous().withHeader("Authorization", "Bearer " + METRICS_TOKEN).get("/metrics");

        assertThat(without.status()).isEqualTo(401);
        assertThat(with.status()).isEqualTo(200);
        assertThat(with.body()).contains("http_server_requests_seconds");
        assertThat(with.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void a_listed_origin_may_read_the_api_and_its_preflight_is_answered() {
        HttpReply simple = service.as(service.newUser()).withHeader("Origin", ORIGIN).get("/api/v1/me/blocks");
        HttpReply preflight = service.anonymous().unchecked().withHeader("Origin", ORIGIN)
                .withHeader("Access-Control-Request-Method", "PUT").send("OPTIONS", "/api/v1/me/blocks", null);

        assertThat(simple.status()).isEqualTo(200);
        assertThat(simple.header("Access-Control-Allow-Origin")).isEqualTo(ORIGIN);
        assertThat(simple.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("PUT");
    }
}
