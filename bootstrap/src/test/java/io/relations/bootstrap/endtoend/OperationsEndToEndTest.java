package io.relations.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.adapter.rest.HttpReply;
import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.bootstrap.testing.SharedService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The routes for operators and API readers: no token needed. */
@ExtendWith(SharedService.class)
class OperationsEndToEndTest {

    private final ServiceUnderTest service;

    OperationsEndToEndTest(ServiceUnderTest service) {
        this.service = service;
    }

    @Test
    void liveness_answers_up() {
        HttpReply reply = service.anonymous().get("/health/live");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("status").asText()).isEqualTo("up");
    }

    @Test
    void readiness_answers_ready_while_the_database_answers() {
        HttpReply reply = service.anonymous().get("/health/ready");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("status").asText()).isEqualTo("ready");
    }

    @Test
    void metrics_are_prometheus_text_with_the_http_requests_and_the_database_pool() {
        // given
        service.anonymous().get("/health/live");

        // when
        HttpReply reply = service.anonymous().get("/metrics");

        // then
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("text/plain");
        assertThat(reply.body()).contains("# TYPE ", "jvm_memory_used_bytes", "hikaricp_connections");
        assertThat(reply.body()).containsPattern("http_server_requests_seconds_count\\{[^}]*/health/live");
    }

    @Test
    void the_openapi_document_is_served_as_json_with_every_path() {
        HttpReply reply = service.anonymous().get("/openapi.json");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.json().path("openapi").asText()).startsWith("3.1");
        assertThat(reply.json().path("paths").has("/api/v1/me/following/{userId}")).isTrue();
    }

    @Test
    void the_docs_page_loads_swagger_ui_from_the_service_itself() {
        // when
        HttpReply page = service.anonymous().get("/docs");

        // then
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("/docs/swagger-initializer.js", "swagger-ui-bundle.js");
        String script = page.body().replaceAll("(?s).*<script src=\"([^\"]+)\".*", "$1");
        HttpReply initializer = service.anonymous().get(script);
        assertThat(initializer.status()).isEqualTo(200);
        assertThat(initializer.body()).contains("/openapi.json");
    }

    @Test
    void every_answer_carries_a_request_id() {
        HttpReply reply = service.anonymous().withHeader("X-Request-Id", "trace-42").get("/health/live");

        assertThat(reply.header("X-Request-Id")).isEqualTo("trace-42");
    }
}
