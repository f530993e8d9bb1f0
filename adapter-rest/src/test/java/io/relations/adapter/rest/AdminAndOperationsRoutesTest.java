package io.relations.adapter.rest;

import static io.relations.adapter.rest.TestApi.newUser;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.relations.domain.model.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdminAndOperationsRoutesTest {

    @RegisterExtension
    static final TestApi api = new TestApi();
    private final UserId admin = newUser();
    private final UserId other = newUser();

    @Test
    void registering_a_new_user_is_created_and_again_is_ok() {
        var first = api.send("PUT", "/api/v1/admin/users/" + other, api.adminToken(admin), null);
        var again = api.send("PUT", "/api/v1/admin/users/" + other, api.adminToken(admin), null);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().path("created").asBoolean()).isTrue();
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("created").asBoolean()).isFalse();
        assertThat(again.json().path("user_id").asText()).isEqualTo(other.toString());
    }

    @Test
    void deleting_a_known_user_answers_no_content_and_an_unknown_one_user_not_found() {
        api.useCases.registered.add(other);

        var deleted = api.send("DELETE", "/api/v1/admin/users/" + other, api.adminToken(admin), null);
        var unknown = api.send("DELETE", "/api/v1/admin/users/" + other, api.adminToken(admin), null);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.problem()).isEqualTo("user_not_found");
    }

    @Test
    void a_deleted_caller_is_registered_again_on_their_next_request() {
        api.get("/api/v1/me/blocks", api.token(other));
        api.send("DELETE", "/api/v1/admin/users/" + other, api.adminToken(admin), null);

        api.get("/api/v1/me/blocks", api.token(other));

        assertThat(api.useCases.calls.stream().filter(call -> call.equals("registerUser " + other))).hasSize(2);
    }

    @Test
    void the_module_switch_is_read_and_set() {
        var off = api.send("PUT", "/api/v1/admin/settings/connections_enabled", api.adminToken(admin), "{\"value\": false}");
        var read = api.get("/api/v1/admin/settings/connections_enabled", api.adminToken(admin));

        assertThat(off.status()).isEqualTo(200);
        assertThat(api.useCases.calls).contains("switchConnections false");
        assertThat(read.json().toString()).isEqualTo("{\"key\":\"connections_enabled\",\"value\":false}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{}", "{\"value\": \"false\"}", "{\"value\": 0}", "{\"value\": null}", "true", "{\"value\": true, \"x\": 1}"})
    void the_module_switch_needs_a_boolean_value(String body) {
        var reply = api.send("PUT", "/api/v1/admin/settings/connections_enabled", api.adminToken(admin), body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.problem()).isEqualTo("invalid_request");
        assertThat(api.useCases.calls).noneMatch(call -> call.startsWith("switchConnections"));
    }

    @Test
    void liveness_is_up() {
        assertThat(api.get("/health/live", null).json().path("status").asText()).isEqualTo("up");
    }

    @Test
    void readiness_follows_the_supplied_check() {
        assertThat(api.get("/health/ready", null).status()).isEqualTo(200);

        api.ready = false;
        var reply = api.get("/health/ready", null);

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.problem()).isEqualTo("unavailable");
        assertThat(reply.header("Retry-After")).isNotBlank();
    }

    @Test
    void metrics_serve_the_supplied_prometheus_text() {
        var reply = api.get("/metrics", null);

        assertThat(reply.header("Content-Type")).startsWith("text/plain");
        assertThat(reply.body()).contains("test_metric 1.0");
    }

    @Test
    void requests_are_timed_by_route_template_and_status() {
        api.send("PUT", "/api/v1/me/following/" + other, api.token(admin), null);
        api.get("/nowhere/" + other, null);

        Timer follow = api.meters.find("http.server.requests")
                .tags("method", "PUT", "uri", "/api/v1/me/following/{userId}", "status", "200").timer();
        Timer notFound = api.meters.find("http.server.requests").tags("uri", "NOT_FOUND", "status", "404").timer();
        assertThat(follow).isNotNull();
        assertThat(follow.count()).isPositive();
        assertThat(notFound).isNotNull();
        assertThat(api.meters.getMeters()).noneMatch(meter -> String.valueOf(meter.getId().getTag("uri")).contains(other.toString()));
    }

    @Test
    void the_openapi_document_is_served_as_json() {
        var reply = api.get("/openapi.json", null);

        assertThat(reply.json().path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(reply.json().path("paths").has("/api/v1/me/relationships")).isTrue();
    }

    @Test
    void swagger_ui_is_served_from_the_webjar() {
        var page = api.get("/docs", null);
        String script = page.body().replaceAll("(?s).*<script src=\"([^\"]+)\".*", "$1");

        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains(DocsHandlers.INITIALIZER_PATH);
        assertThat(api.get(DocsHandlers.INITIALIZER_PATH, null).body()).contains("/openapi.json");
        var bundle = api.get(script, null);
        assertThat(bundle.status()).isEqualTo(200);
        assertThat(bundle.body()).contains("SwaggerUIBundle");
    }
}
