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
    void a_deleted_callers_old_token_is_refused_user_deleted_until_an_administrator_registers_them_again() {
        // given other registered on first use, then deleted by the admin
        api.get("/api/v1/me/blocks", api.token(other));
        var deletion = api.send("DELETE", "/api/v1/admin/users/" + other, api.adminToken(admin), null);

        // when other's next request comes
        var refused = api.get("/api/v1/me/blocks", api.token(other));

        // then it asked again (the cache forgot other), was refused, and registered nobody
        assertThat(deletion.status()).isEqualTo(204);
        assertThat(api.useCases.calls).contains("deleteUser " + other + " by " + admin);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.problem()).isEqualTo("user_deleted");
        assertThat(api.useCases.calls.stream().filter(call -> call.equals("registerCaller " + other))).hasSize(2);
        assertThat(api.useCases.registered).doesNotContain(other);
        assertThat(api.useCases.calls.stream().filter(call -> call.equals("listBlocks " + other + " OWNER"))).hasSize(1);

        // when the admin registers other again, then other's requests pass again
        var registration = api.send("PUT", "/api/v1/admin/users/" + other, api.adminToken(admin), null);
        assertThat(registration.status()).isEqualTo(201);
        assertThat(api.get("/api/v1/me/blocks", api.token(other)).status()).isEqualTo(200);
    }

    @Test
    void an_administrator_reads_any_users_block_list_and_history_as_administrator() {
        var blocks = api.get("/api/v1/admin/users/" + other + "/blocks", api.adminToken(admin));
        var history = api.get("/api/v1/admin/users/" + other + "/history?kind=blocks", api.adminToken(admin));

        assertThat(blocks.status()).isEqualTo(200);
        assertThat(history.status()).isEqualTo(200);
        assertThat(api.useCases.calls).contains("listBlocks " + other + " ADMINISTRATOR", "history " + other + " ADMINISTRATOR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"blocks", "history?kind=blocks"})
    void a_caller_without_the_admin_scope_reads_no_other_users_block_list_or_history(String read) {
        var reply = api.get("/api/v1/admin/users/" + other + "/" + read, api.token(admin));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.problem()).isEqualTo("forbidden");
        assertThat(api.useCases.calls).noneMatch(call -> call.startsWith("listBlocks") || call.startsWith("history"));
    }

    @Test
    void the_callers_own_block_list_and_history_are_read_as_owner() {
        api.get("/api/v1/me/blocks", api.token(other));
        api.get("/api/v1/me/history?kind=blocks", api.token(other));

        assertThat(api.useCases.calls).contains("listBlocks " + other + " OWNER", "history " + other + " OWNER");
    }

    @Test
    void the_module_switch_is_read_and_set() {
        var off = api.send("PUT", "/api/v1/admin/settings/connections_enabled", api.adminToken(admin), "{\"value\": false}");
        var read = api.get("/api/v1/admin/settings/connections_enabled", api.adminToken(admin));

        assertThat(off.status()).isEqualTo(200);
        assertThat(api.useCases.calls).contains("switchConnections false by " + admin);
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
    void liveness_follows_the_supplied_check() {
        api.live = false;
        var reply = api.get("/health/live", null);

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.problem()).isEqualTo("unavailable");
        assertThat(reply.header("Retry-After")).isNotBlank();
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
    void a_method_the_service_does_not_know_is_timed_and_logged_as_other_never_as_sent() {
        String answer = api.raw("PROPFIND /health/live HTTP/1.1");

        assertThat(answer).startsWith("HTTP/1.1 405").contains("method_not_allowed");
        assertThat(api.meters.find("http.server.requests").tags("method", "OTHER", "status", "405").timer()).isNotNull();
        assertThat(api.meters.getMeters()).noneMatch(meter -> "PROPFIND".equals(meter.getId().getTag("method")));
    }

    @Test
    void an_over_long_method_or_a_method_override_header_is_an_invalid_request() {
        String overLong = api.raw("M".repeat(4_000) + " /health/live HTTP/1.1");
        String overridden = api.raw("POST /api/v1/admin/users/" + other + " HTTP/1.1\r\nAuthorization: Bearer " + api.adminToken(admin)
                + "\r\nX-HTTP-Method-Override: PUT");

        assertThat(overLong).startsWith("HTTP/1.1 400").contains("invalid_request");
        assertThat(overridden).startsWith("HTTP/1.1 400").contains("invalid_request");
        assertThat(api.useCases.calls).noneMatch(call -> call.startsWith("registerUser " + other));
    }

    @Test
    void the_callers_remembered_as_registered_are_a_gauge() {
        api.get("/api/v1/me/blocks", api.token(other));

        assertThat(api.meters.find(RestApi.CACHE_ENTRIES).tag("cache", "known_users").gauge().value()).isGreaterThanOrEqualTo(1.0);
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
