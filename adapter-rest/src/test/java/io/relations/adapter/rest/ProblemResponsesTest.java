package io.relations.adapter.rest;

import static io.relations.adapter.rest.TestApi.newUser;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.domain.model.UserId;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProblemResponsesTest {

    @RegisterExtension
    static final TestApi api = new TestApi();
    private final UserId me = newUser();
    private final UserId other = newUser();

    @Test
    void every_answer_carries_a_generated_request_id() {
        var reply = api.get("/health/live", null);

        assertThat(reply.header("X-Request-Id")).matches("[0-9a-f-]{36}");
    }

    @Test
    void a_sane_client_request_id_is_echoed_in_the_header_and_the_problem() {
        var reply = api.send("GET", "/api/v1/me/blocks", null, null, Map.of("X-Request-Id", "trace-42.a_b"));

        assertThat(reply.header("X-Request-Id")).isEqualTo("trace-42.a_b");
        assertThat(reply.json().path("request_id").asText()).isEqualTo("trace-42.a_b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"has space", "quote\"d", "x12345678901234567890123456789012345678901234567890123456789012345"})
    void an_insane_client_request_id_is_replaced(String fromClient) {
        var reply = api.send("GET", "/health/live", null, null, Map.of("X-Request-Id", fromClient));

        assertThat(reply.header("X-Request-Id")).isNotEqualTo(fromClient).matches("[0-9a-f-]{36}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nowhere", "/api/v1/unknown", "/api/v1/me/following", "/api/v2/me/blocks"})
    void an_unknown_route_is_a_not_found_problem_even_without_a_token(String path) {
        var reply = api.get(path, null);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.problem()).isEqualTo("not_found");
        assertThat(reply.header("X-Request-Id")).isNotBlank();
    }

    @Test
    void a_known_path_asked_with_another_method_is_method_not_allowed_with_allow() {
        var reply = api.send("POST", "/api/v1/me/following/" + other, api.token(me), null);

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.problem()).isEqualTo("method_not_allowed");
        assertThat(reply.header("Allow")).contains("PUT").contains("DELETE").doesNotContain("POST");
    }

    @Test
    void a_body_larger_than_the_limit_is_an_invalid_request() {
        String huge = "{\"reason\": \"" + "x".repeat((int) RestApi.MAX_REQUEST_BYTES) + "\"}";

        var reply = api.send("PUT", "/api/v1/me/blocks/" + other, api.token(me), huge);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.problem()).isEqualTo("invalid_request");
        assertThat(api.useCases.calls).noneMatch(call -> call.startsWith("block"));
    }

    @Test
    void an_unexpected_failure_is_a_generic_500_that_names_no_class_or_query() {
        api.useCases.failure = new IllegalStateException("SELECT * FROM phoenix_kit_user_follows failed in FollowRepository");

        var reply = api.send("PUT", "/api/v1/me/following/" + other, api.token(me), null);

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.problem()).isEqualTo("internal");
        assertThat(reply.body()).doesNotContain("SELECT", "Exception", "Repository", "java.", "io.relations");
    }

    @Test
    void an_error_beyond_exceptions_is_a_generic_500_problem_too() {
        api.useCases.error = new StackOverflowError("deep in io.relations.Something");

        var reply = api.send("PUT", "/api/v1/me/following/" + other, api.token(me), null);

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.problem()).isEqualTo("internal");
        assertThat(reply.json().path("request_id").asText()).isEqualTo(reply.header("X-Request-Id"));
        assertThat(reply.body()).doesNotContain("StackOverflow", "io.relations");
    }

    @Test
    void a_database_that_is_down_is_unavailable_with_retry_after() {
        api.useCases.failure = new RuntimeException("wrapped", new TestApi.DatabaseDown());

        var reply = api.send("PUT", "/api/v1/me/following/" + other, api.token(me), null);

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.problem()).isEqualTo("unavailable");
        assertThat(reply.header("Retry-After")).matches("[0-9]+");
        assertThat(reply.body()).doesNotContain("jdbc");
    }

    @Test
    void a_throttled_caller_is_rate_limited_with_retry_after() {
        api.throttled = Optional.of(Duration.ofSeconds(7));

        var reply = api.send("PUT", "/api/v1/me/following/" + other, api.token(me), null);

        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.problem()).isEqualTo("rate_limited");
        assertThat(reply.header("Retry-After")).isEqualTo("7");
        assertThat(api.useCases.calls).noneMatch(call -> call.startsWith("follow"));
    }

    @Test
    void a_malformed_percent_escape_in_the_path_is_a_4xx_problem() {
        String answer = api.raw("PUT /api/v1/me/following/%zz HTTP/1.1\r\nAuthorization: Bearer " + api.token(me));

        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json");
        assertThat(answer).doesNotContain("Exception", "at io.", "org.eclipse", "Jetty");
    }

    @Test
    void a_header_too_large_for_jetty_is_an_invalid_request_problem() {
        String answer = api.raw("GET /health/live HTTP/1.1\r\nX-Padding: " + "x".repeat(20_000));

        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("invalid_request");
    }

    @Test
    void a_malformed_query_string_is_a_4xx_problem() {
        String answer = api.raw("GET /api/v1/me/blocks?limit=%zz HTTP/1.1\r\nAuthorization: Bearer " + api.token(me));

        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("invalid_request");
    }
}
