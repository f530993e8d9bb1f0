package io.relations.bootstrap.roundtrips;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.bootstrap.testing.ApiClient;
import io.relations.domain.model.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * HikariCP checks a connection on borrow when it has been idle longer than its bypass window
 * (500 ms unless configured), and pgjdbc's check is a query: a service with a few requests a
 * second would pay one more round trip on nearly every request. The service's pool must not.
 */
@ExtendWith(StatementLoggingService.class)
class NoConnectionCheckPerRequestTest {

    /** Longer than HikariCP's default bypass window (500 ms), which is what made every request check its connection. */
    private static final Duration SPACING = Duration.ofMillis(700);
    private static final int REQUESTS = 3;

    private final LoggedService logged;

    NoConnectionCheckPerRequestTest(LoggedService logged) {
        this.logged = logged;
    }

    @Test
    void requests_spaced_more_than_half_a_second_apart_send_no_connection_check() throws InterruptedException {
        // given a warm service
        UserId bob = logged.service().newUser();
        ApiClient asAlice = logged.service().as(logged.service().newUser());
        String stats = "/api/v1/users/" + bob + "/stats";
        logged.warmThenMeasure("GET /api/v1/users/{id}/stats", () -> { }, () -> asAlice.get(stats));

        // when
        List<RoundTrips> spaced = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            Thread.sleep(SPACING.toMillis());
            spaced.add(logged.measure("GET /api/v1/users/{id}/stats, " + SPACING.toMillis() + " ms after the last request",
                    () -> asAlice.get(stats)));
        }

        // then
        for (RoundTrips request : spaced) {
            assertThat(request.connectionChecks()).as(request.listing()).hasSizeLessThanOrEqualTo(RoundTripBudgets.CONNECTION_CHECKS_PER_REQUEST);
        }
    }
}
