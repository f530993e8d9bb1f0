package io.relations.bootstrap.endtoend;

import static io.relations.bootstrap.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.adapter.rest.HttpReply;
import io.relations.adapter.rest.problem.ProblemType;
import io.relations.bootstrap.testing.ApiClient;
import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.domain.model.UserId;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A service of its own: its callers may make three requests a minute, which the shared one must not limit. */
class RateLimitEndToEndTest {

    private static final int REQUESTS_PER_MINUTE = 3;

    private static ServiceUnderTest service;

    @BeforeAll
    static void start() {
        service = ServiceUnderTest.start(Map.of("RELATIONS_RATE_LIMIT_PER_MINUTE", Integer.toString(REQUESTS_PER_MINUTE)));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void a_caller_over_the_rate_limit_is_rate_limited_with_retry_after_while_others_are_served() {
        // given
        ApiClient alice = service.as(ServiceUnderTest.unknownUser());
        for (int i = 0; i < REQUESTS_PER_MINUTE; i++) {
            assertThat(alice.get("/api/v1/me/blocks").status()).isEqualTo(200);
        }

        // when
        HttpReply overTheLimit = alice.get("/api/v1/me/blocks");

        // then
        assertProblem(overTheLimit, ProblemType.RATE_LIMITED);
        assertThat(Integer.parseInt(overTheLimit.header("Retry-After"))).isPositive();
        UserId bob = ServiceUnderTest.unknownUser();
        assertThat(service.as(bob).get("/api/v1/me/blocks").status()).isEqualTo(200);
        assertThat(service.anonymous().get("/health/ready").status()).isEqualTo(200);
    }
}
