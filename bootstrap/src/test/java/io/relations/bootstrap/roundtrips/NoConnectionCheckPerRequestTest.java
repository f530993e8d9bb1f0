package io.relations.bootstrap.roundtrips;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.bootstrap.testing.ApiClient;
import io.relations.domain.model.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
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
    private static final int REQUESTS = 4;
    /**
     * HikariCP's keepalive checks the idle connection every 2 minutes, in the background, and may
     * fall between one request's marks; it cannot do so twice in the few seconds of this test.
     * A check on borrow shows on every spaced request.
     */
    private static final int CHECKS_A_KEEPALIVE_EXPLAINS = 1;

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
        List<RoundTrips> checked = spaced.stream()
                .filter(request -> request.connectionChecks().size() > RoundTripBudgets.CONNECTION_CHECKS_PER_REQUEST)
                .toList();
        assertThat(checked).as(checked.stream().map(RoundTrips::listing).collect(Collectors.joining("\n")))
                .hasSizeLessThanOrEqualTo(CHECKS_A_KEEPALIVE_EXPLAINS);
    }
}
