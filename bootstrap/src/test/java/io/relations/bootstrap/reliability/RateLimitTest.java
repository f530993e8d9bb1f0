package io.relations.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.domain.model.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-caller rate limit end to end, with a small limit: a 429 problem with Retry-After, for that caller only. */
class RateLimitTest {

    private static final int LIMIT = 5;

    @Test
    void a_caller_over_the_limit_gets_429_with_retry_after_and_changes_nothing_while_other_callers_are_served() {
        try (ServiceUnderTest service = ReliabilityServices.start(Map.of("RELATIONS_RATE_LIMIT_PER_MINUTE", Integer.toString(LIMIT)))) {
            LoadClient client = new LoadClient(service.port());
            // given
            UserId admin = ServiceUnderTest.unknownUser();
            String adminToken = Tokens.admin(admin);
            Crowd users = Crowd.unregistered(2);
            UserId alice = users.get(0);
            UserId bob = users.get(1);
            assertThat(client.send("PUT", "/api/v1/admin/users/" + bob, adminToken, null).status()).isEqualTo(201);

            // when alice spends her limit, then tries a command
            long started = System.nanoTime();
            List<Answer> withinLimit = new ArrayList<>();
            for (int i = 0; i < LIMIT; i++) {
                withinLimit.add(client.send(Route.STATS, alice, users.token(alice)));
            }
            TableSnapshot before = TableSnapshot.of(service.dataSource());
            Answer overLimit = client.send(Route.FOLLOW, bob, users.token(alice));
            int rowsChanged = TableSnapshot.of(service.dataSource()).rowsChangedSince(before);
            Answer otherCaller = client.send(Route.STATS, bob, users.token(bob));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            // then
            new Figures("rate limit", (LIMIT + 2) + " requests from 2 callers, limit " + LIMIT + " a minute", took, 0,
                    service.invariantViolations().size(), rowsChanged, "over the limit: " + overLimit.status() + " "
                    + overLimit.problem() + ", Retry-After " + overLimit.retryAfter() + " s; the other caller: " + otherCaller.status()).print();
            assertThat(withinLimit).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
            assertThat(overLimit.status()).as("%s", overLimit).isEqualTo(429);
            assertThat(overLimit.problem()).isEqualTo("rate_limited");
            assertThat(Integer.parseInt(overLimit.retryAfter())).isBetween(1, 60);
            assertThat(rowsChanged).isZero();
            assertThat(otherCaller.status()).isEqualTo(200);
        }
    }
}
