package io.relations.bootstrap.endtoend;

import static io.relations.bootstrap.testing.Problems.assertProblem;
import static io.relations.bootstrap.testing.Pages.userIds;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.adapter.rest.HttpReply;
import io.relations.adapter.rest.auth.TokenMinter;
import io.relations.adapter.rest.problem.ProblemType;
import io.relations.bootstrap.testing.ApiClient;
import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.bootstrap.testing.SharedService;
import io.relations.domain.model.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedService.class)
class AuthenticationEndToEndTest {

    private final ServiceUnderTest service;
    private final UserId alice;

    AuthenticationEndToEndTest(ServiceUnderTest service) {
        this.service = service;
        this.alice = service.newUser();
    }

    @Test
    void a_request_without_a_token_is_unauthorized_with_a_bearer_challenge() {
        // when
        HttpReply reply = service.anonymous().get("/api/v1/me/blocks");

        // then
        assertProblem(reply, ProblemType.UNAUTHORIZED);
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void a_malformed_authorization_header_is_unauthorized() {
        // when
        HttpReply basic = service.anonymous().withHeader("Authorization", "Basic YWxpY2U6c2VjcmV0").get("/api/v1/me/blocks");
        HttpReply garbage = service.withToken("not.a.token").get("/api/v1/me/blocks");

        // then
        assertProblem(basic, ProblemType.UNAUTHORIZED);
        assertThat(basic.header("WWW-Authenticate")).startsWith("Bearer");
        assertProblem(garbage, ProblemType.UNAUTHORIZED);
        assertThat(garbage.header("WWW-Authenticate")).startsWith("Bearer").contains("invalid_token");
    }

    @Test
    void a_token_signed_with_another_secret_is_unauthorized() {
        // given
        byte[] otherSecret = "not the secret of the service under test".getBytes(StandardCharsets.UTF_8);
        String forged = new TokenMinter(otherSecret, ServiceUnderTest.ISSUER, ServiceUnderTest.AUDIENCE, Clock.systemUTC())
                .mint(alice, true, Duration.ofMinutes(5));

        // when
        HttpReply reply = service.withToken(forged).get("/api/v1/me/blocks");

        // then
        assertProblem(reply, ProblemType.UNAUTHORIZED);
        assertThat(reply.header("WWW-Authenticate")).contains("invalid_token");
    }

    @Test
    void an_expired_token_is_unauthorized() {
        // given
        Clock twoHoursAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(2)), ZoneOffset.UTC);
        String expired = ServiceUnderTest.minter(twoHoursAgo).mint(alice, false, Duration.ofHours(1));

        // when
        HttpReply reply = service.withToken(expired).get("/api/v1/me/blocks");

        // then
        assertProblem(reply, ProblemType.UNAUTHORIZED);
        assertThat(reply.header("WWW-Authenticate")).contains("invalid_token");
    }

    @Test
    void a_token_living_three_years_is_unauthorized_and_registers_nobody() {
        // given a correctly signed token of a newcomer, issued now and expiring in three years
        UserId newcomer = ServiceUnderTest.unknownUser();
        String longLived = ServiceUnderTest.minter(Clock.systemUTC()).mint(newcomer, true, Duration.ofDays(3 * 365));

        // when
        HttpReply reply = service.withToken(longLived).get("/api/v1/me/blocks");

        // then it is refused like any invalid token, and the newcomer was not registered
        assertProblem(reply, ProblemType.UNAUTHORIZED);
        assertThat(reply.header("WWW-Authenticate")).contains("invalid_token");
        assertProblem(service.as(alice).put("/api/v1/me/following/" + newcomer), ProblemType.USER_NOT_FOUND);
    }

    @Test
    void an_admin_route_without_the_admin_scope_is_forbidden_and_changes_nothing() {
        // given
        UserId stranger = ServiceUnderTest.unknownUser();

        // when
        HttpReply register = service.as(alice).put("/api/v1/admin/users/" + stranger);
        HttpReply switchOff = service.as(alice).put("/api/v1/admin/settings/connections_enabled", "{\"value\": false}");

        // then
        assertProblem(register, ProblemType.FORBIDDEN);
        assertProblem(switchOff, ProblemType.FORBIDDEN);
        assertThat(service.asAdmin().get("/api/v1/admin/settings/connections_enabled").json().path("value").asBoolean()).isTrue();
        assertProblem(service.as(alice).put("/api/v1/me/following/" + stranger), ProblemType.USER_NOT_FOUND);
    }

    @Test
    void an_authenticated_caller_unknown_to_the_service_is_registered_on_first_use() {
        // given
        UserId newcomer = ServiceUnderTest.unknownUser();
        assertProblem(service.as(alice).put("/api/v1/me/following/" + newcomer), ProblemType.USER_NOT_FOUND);

        // when
        ApiClient asNewcomer = service.as(newcomer);
        HttpReply firstRequest = asNewcomer.get("/api/v1/users/" + newcomer + "/stats");

        // then
        assertThat(firstRequest.status()).isEqualTo(200);
        assertThat(service.as(alice).put("/api/v1/me/following/" + newcomer).status()).isEqualTo(200);
        assertThat(userIds(asNewcomer.get("/api/v1/users/" + newcomer + "/followers"))).containsExactly(alice);
        assertThat(service.asAdmin().put("/api/v1/admin/users/" + newcomer).json().path("created").asBoolean()).isFalse();
    }
}
