package io.relations.adapter.rest;

import static io.relations.adapter.rest.TestApi.newUser;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.domain.model.UserId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthenticationRoutesTest {

    @RegisterExtension
    static final TestApi api = new TestApi();
    private final UserId me = newUser();
    private final UserId other = newUser();

    @Test
    void an_api_route_without_a_token_is_unauthorized_with_a_bearer_challenge() {
        var reply = api.get("/api/v1/me/blocks", null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.problem()).isEqualTo("unauthorized");
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(api.useCases.calls).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic dXNlcjpwYXNz", "Bearer", "Bearer garbage", "Bearer a.b.c", "Token abc"})
    void a_malformed_authorization_is_unauthorized(String authorization) {
        var reply = api.send("GET", "/api/v1/me/blocks", null, null, Map.of("Authorization", authorization));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.problem()).isEqualTo("unauthorized");
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(reply.json().path("detail").asText()).doesNotContain("signature", "nimbus", "Exception");
    }

    @Test
    void a_token_of_another_issuer_is_unauthorized_as_invalid_token() {
        String foreign = new io.relations.adapter.rest.auth.TokenMinter(TestApi.SECRET, "https://evil.test", TestApi.AUDIENCE,
                java.time.Clock.systemUTC()).mint(me, true, java.time.Duration.ofMinutes(5));

        var reply = api.get("/api/v1/me/blocks", foreign);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("WWW-Authenticate")).contains("invalid_token");
    }

    @Test
    void a_caller_unknown_so_far_is_registered_on_first_use_and_only_once() {
        api.get("/api/v1/me/blocks", api.token(me));
        api.get("/api/v1/me/blocks", api.token(me));

        assertThat(api.useCases.calls).containsOnlyOnce("registerCaller " + me);
        assertThat(api.useCases.registered).contains(me);
    }

    @Test
    void an_admin_route_without_the_admin_scope_is_forbidden() {
        var reply = api.get("/api/v1/admin/settings/connections_enabled", api.token(me));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.problem()).isEqualTo("forbidden");
        assertThat(api.useCases.calls).noneMatch(call -> call.startsWith("switchConnections"));
    }

    @Test
    void an_admin_route_without_a_token_is_unauthorized_not_forbidden() {
        var reply = api.send("DELETE", "/api/v1/admin/users/" + other, null, null);

        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void an_admin_route_with_the_admin_scope_is_served() {
        var reply = api.get("/api/v1/admin/settings/connections_enabled", api.adminToken(me));

        assertThat(reply.status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/health/live", "/health/ready", "/metrics", "/openapi.json", "/docs"})
    void operations_routes_need_no_token(String path) {
        assertThat(api.get(path, null).status()).isEqualTo(200);
    }
}
