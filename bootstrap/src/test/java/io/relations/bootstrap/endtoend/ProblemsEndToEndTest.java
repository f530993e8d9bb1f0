package io.relations.bootstrap.endtoend;

import static io.relations.bootstrap.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.adapter.rest.HttpReply;
import io.relations.adapter.rest.problem.ProblemType;
import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.bootstrap.testing.SharedService;
import io.relations.domain.model.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each problem type of DESIGN §4 the service answers, provoked over HTTP. Elsewhere: unauthorized
 * and forbidden (AuthenticationEndToEndTest), module_disabled (ModuleSwitchEndToEndTest), not_found
 * for a list hidden by a block (PrivacyEndToEndTest), rate_limited (RateLimitEndToEndTest).
 * Unavailable and internal need a failing database: the reliability tests provoke them.
 */
@ExtendWith(SharedService.class)
class ProblemsEndToEndTest {

    private final ServiceUnderTest service;
    private final UserId alice;
    private final UserId bob;

    ProblemsEndToEndTest(ServiceUnderTest service) {
        this.service = service;
        this.alice = service.newUser();
        this.bob = service.newUser();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "PUT    | /api/v1/me/following/not-a-uuid                 | none",
            "GET    | /api/v1/users/{bob}/followers?limit=0           | none",
            "GET    | /api/v1/users/{bob}/following?limit=101         | none",
            "GET    | /api/v1/users/{bob}/connections?cursor=edited   | none",
            "GET    | /api/v1/users/{bob}/stats?colour=red            | none",
            "GET    | /api/v1/me/blocks?limit=5&limit=6               | none",
            "GET    | /api/v1/me/connection-requests                  | none",
            "GET    | /api/v1/me/connection-requests?direction=up     | none",
            "GET    | /api/v1/me/history?kind=likes                   | none",
            "GET    | /api/v1/me/relationships?ids=                   | none",
            "PUT    | /api/v1/me/blocks/{bob}                         | not json",
            "PUT    | /api/v1/me/blocks/{bob}                         | {\"reason\": 5}",
            "PUT    | /api/v1/me/blocks/{bob}                         | {\"why\": \"spam\"}"})
    void a_malformed_id_parameter_cursor_or_body_is_an_invalid_request(String method, String path, String body) {
        // when
        HttpReply reply = service.as(alice).send(method, path.replace("{bob}", bob.toString()), body);

        // then
        assertProblem(reply, ProblemType.INVALID_REQUEST);
    }

    @Test
    void a_block_reason_over_500_characters_is_an_invalid_request_and_blocks_nobody() {
        // when
        HttpReply reply = service.as(alice).put("/api/v1/me/blocks/" + bob, "{\"reason\": \"" + "x".repeat(501) + "\"}");

        // then
        assertProblem(reply, ProblemType.INVALID_REQUEST);
        assertThat(service.as(alice).get("/api/v1/me/relationships?ids=" + bob).json().at("/items/0/blocking").asBoolean()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"reason\": \"spam\\u0000\"}", "{\"reason\": \"half a character: \\ud800\"}"})
    void a_block_reason_that_is_not_storable_text_is_an_invalid_request_and_blocks_nobody(String body) {
        // when
        HttpReply reply = service.as(alice).put("/api/v1/me/blocks/" + bob, body);

        // then
        assertProblem(reply, ProblemType.INVALID_REQUEST);
        assertThat(service.as(alice).get("/api/v1/me/relationships?ids=" + bob).json().at("/items/0/blocking").asBoolean()).isFalse();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "PUT, /api/v1/me/following/{me}",
            "PUT, /api/v1/me/connections/{me}",
            "PUT, /api/v1/me/blocks/{me}",
            "GET, /api/v1/me/relationships?ids={me}"})
    void acting_on_oneself_is_a_self_relationship(String method, String path) {
        // when
        HttpReply reply = service.as(alice).send(method, path.replace("{me}", alice.toString()), null);

        // then
        assertProblem(reply, ProblemType.SELF_RELATIONSHIP);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "PUT    | /api/v1/me/following/{unknown}",
            "POST   | /api/v1/me/connection-requests/{unknown}/accept",
            "GET    | /api/v1/users/{unknown}/stats",
            "GET    | /api/v1/users/{unknown}/followers",
            "GET    | /api/v1/me/relationships?ids={bob},{unknown}",
            "DELETE | /api/v1/admin/users/{unknown}"})
    void naming_a_user_the_service_does_not_know_is_user_not_found(String method, String path) {
        // given
        String unknown = ServiceUnderTest.unknownUser().toString();

        // when
        HttpReply reply = service.asAdmin().send(method, path.replace("{unknown}", unknown).replace("{bob}", bob.toString()), null);

        // then
        assertProblem(reply, ProblemType.USER_NOT_FOUND);
    }

    @Test
    void an_unknown_route_is_not_found_with_or_without_a_token() {
        // when
        HttpReply anonymous = service.anonymous().get("/api/v1/nowhere");
        HttpReply authenticated = service.as(alice).get("/api/v2/me/blocks");

        // then
        assertProblem(anonymous, ProblemType.NOT_FOUND);
        assertProblem(authenticated, ProblemType.NOT_FOUND);
    }

    @Test
    void a_known_path_asked_with_another_method_is_method_not_allowed_with_the_allowed_ones() {
        // when
        HttpReply reply = service.as(alice).post("/api/v1/me/following/" + bob);

        // then
        assertProblem(reply, ProblemType.METHOD_NOT_ALLOWED);
        assertThat(reply.header("Allow")).contains("PUT", "DELETE").doesNotContain("POST");
    }

    @Test
    void following_or_asking_to_connect_across_a_block_either_way_is_blocked() {
        // given
        service.as(bob).put("/api/v1/me/blocks/" + alice);

        // when
        HttpReply blockedFollows = service.as(alice).put("/api/v1/me/following/" + bob);
        HttpReply blockerFollows = service.as(bob).put("/api/v1/me/following/" + alice);
        HttpReply blockedAsks = service.as(alice).put("/api/v1/me/connections/" + bob);

        // then
        assertProblem(blockedFollows, ProblemType.BLOCKED);
        assertProblem(blockerFollows, ProblemType.BLOCKED);
        assertProblem(blockedAsks, ProblemType.BLOCKED);
    }

    @Test
    void answering_a_request_that_is_not_pending_is_no_pending_request() {
        // given: only alice's own request is pending, and nothing at all with carol
        UserId carol = service.newUser();
        service.as(alice).put("/api/v1/me/connections/" + bob);

        // when
        HttpReply acceptNothing = service.as(bob).post("/api/v1/me/connection-requests/" + carol + "/accept");
        HttpReply acceptOwn = service.as(alice).post("/api/v1/me/connection-requests/" + bob + "/accept");
        HttpReply rejectOwn = service.as(alice).post("/api/v1/me/connection-requests/" + bob + "/reject");

        // then
        assertProblem(acceptNothing, ProblemType.NO_PENDING_REQUEST);
        assertProblem(acceptOwn, ProblemType.NO_PENDING_REQUEST);
        assertProblem(rejectOwn, ProblemType.NO_PENDING_REQUEST);
    }
}
