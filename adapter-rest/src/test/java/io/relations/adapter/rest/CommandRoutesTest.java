package io.relations.adapter.rest;

import static io.relations.adapter.rest.TestApi.newUser;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.relations.application.model.Denial;
import io.relations.domain.decision.Refusal;
import io.relations.domain.model.ConnectionStatus;
import io.relations.domain.model.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandRoutesTest {

    @RegisterExtension
    static final TestApi api = new TestApi();
    private final UserId me = newUser();
    private final UserId other = newUser();

    @ParameterizedTest(name = "{0} {1} calls {2}")
    @CsvSource({
            "PUT, /api/v1/me/following/%s, follow",
            "DELETE, /api/v1/me/following/%s, unfollow",
            "DELETE, /api/v1/me/followers/%s, removeFollower",
            "PUT, /api/v1/me/connections/%s, requestConnection",
            "DELETE, /api/v1/me/connections/%s, disconnect",
            "POST, /api/v1/me/connection-requests/%s/accept, acceptConnectionRequest",
            "POST, /api/v1/me/connection-requests/%s/reject, rejectConnectionRequest",
            "PUT, /api/v1/me/blocks/%s, block",
            "DELETE, /api/v1/me/blocks/%s, unblock"})
    void each_command_calls_its_use_case_and_answers_the_relationship_as_the_caller_sees_it(String method, String path, String useCase) {
        var reply = api.send(method, path.formatted(other), api.token(me), null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(api.useCases.calls).contains(useCase + " " + me + " " + other);
        JsonNode body = reply.json();
        assertThat(body.path("user_id").asText()).isEqualTo(other.toString());
        assertThat(body.path("connection").asText()).isEqualTo("none");
        assertThat(body.has("followed_by")).isTrue();
        assertThat(body.has("blocked_by")).isTrue();
    }

    @Test
    void following_answers_the_new_state_in_snake_case() {
        api.useCases.following = true;

        var reply = api.send("PUT", "/api/v1/me/following/" + other, api.token(me), null);

        assertThat(reply.json().path("following").asBoolean()).isTrue();
        assertThat(reply.header("Content-Type")).startsWith("application/json");
    }

    @Test
    void given_any_connection_when_deleting_it_then_one_use_case_decides_and_its_answer_is_the_reply() {
        api.useCases.connectionAfter.put("disconnect", ConnectionStatus.PENDING_INCOMING);

        var reply = api.send("DELETE", "/api/v1/me/connections/" + other, api.token(me), null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(api.useCases.calls).filteredOn(call -> !call.startsWith("registerCaller"))
                .containsExactly("disconnect " + me + " " + other);
        assertThat(reply.json().path("connection").asText()).isEqualTo("pending_incoming");
    }

    @Test
    void blocking_passes_the_reason_of_the_body() {
        var reply = api.send("PUT", "/api/v1/me/blocks/" + other, api.token(me), "{\"reason\": \"  spam  \"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(api.useCases.lastReason.text()).isEqualTo("spam");
        assertThat(reply.json().path("blocking").asBoolean()).isTrue();
    }

    @Test
    void blocking_without_a_body_gives_no_reason() {
        api.send("PUT", "/api/v1/me/blocks/" + other, api.token(me), null);

        assertThat(api.useCases.lastReason.asOptional()).isEmpty();
    }

    @Test
    void a_reason_of_more_than_500_characters_is_an_invalid_request() {
        var reply = api.send("PUT", "/api/v1/me/blocks/" + other, api.token(me), "{\"reason\": \"" + "x".repeat(501) + "\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.problem()).isEqualTo("invalid_request");
        assertThat(api.useCases.calls).noneMatch(call -> call.startsWith("block"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"reason\": |The body is not valid JSON.",
            "[1, 2]|The body must be a JSON object.",
            "{\"reason\": 5}|The field \"reason\" has the wrong type.",
            "{\"why\": \"x\"}|Unknown field \"why\" in the body.",
            "null|The body must be a JSON object."})
    void a_malformed_block_body_is_an_invalid_request_in_the_apis_own_words(String body, String detail) {
        var reply = api.send("PUT", "/api/v1/me/blocks/" + other, api.token(me), body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.problem()).isEqualTo("invalid_request");
        assertThat(reply.json().path("detail").asText()).isEqualTo(detail);
    }

    @ParameterizedTest(name = "{0} is {1} {2}")
    @CsvSource({
            "SELF_RELATIONSHIP, 400, self_relationship",
            "BLOCKED, 409, blocked",
            "NO_PENDING_REQUEST, 409, no_pending_request"})
    void each_refusal_of_the_kernel_is_its_problem(Refusal refusal, int status, String problem) {
        api.useCases.refusal = refusal;

        var reply = api.send("PUT", "/api/v1/me/following/" + other, api.token(me), null);

        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.problem()).isEqualTo(problem);
        assertThat(reply.json().path("status").asInt()).isEqualTo(status);
        assertThat(reply.json().path("request_id").asText()).isEqualTo(reply.header("X-Request-Id"));
    }

    @ParameterizedTest(name = "{0} is {1} {2}")
    @CsvSource({
            "MODULE_DISABLED, 403, module_disabled",
            "USER_NOT_FOUND, 404, user_not_found",
            "USER_DELETED, 403, user_deleted"})
    void each_denial_of_the_application_is_its_problem(Denial denial, int status, String problem) {
        api.useCases.denial = denial;

        var reply = api.send("PUT", "/api/v1/me/following/" + other, api.token(me), null);

        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.problem()).isEqualTo(problem);
        assertThat(reply.json().path("status").asInt()).isEqualTo(status);
        assertThat(reply.json().path("request_id").asText()).isEqualTo(reply.header("X-Request-Id"));
    }

    @Test
    void a_malformed_user_id_is_an_invalid_request_and_reaches_no_use_case() {
        var reply = api.send("PUT", "/api/v1/me/following/not-a-uuid", api.token(me), null);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.problem()).isEqualTo("invalid_request");
        assertThat(api.useCases.calls).noneMatch(call -> call.startsWith("follow"));
    }

    @Test
    void a_query_parameter_a_command_does_not_take_is_an_invalid_request() {
        var reply = api.send("PUT", "/api/v1/me/following/" + other + "?force=true", api.token(me), null);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("detail").asText()).contains("force");
    }
}
