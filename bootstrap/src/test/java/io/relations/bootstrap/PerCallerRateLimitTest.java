package io.relations.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PerCallerRateLimitTest {

    @Test
    void a_caller_gets_the_burst_then_is_told_when_to_retry() {
        PerCallerRateLimit limit = new PerCallerRateLimit(5, 100);

        IntStream.range(0, 5).forEach(i -> assertThat(limit.retryAfter("alice")).isEmpty());

        assertThat(limit.retryAfter("alice")).hasValueSatisfying(wait ->
                assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(12)));
    }

    @Test
    void callers_are_counted_apart() {
        PerCallerRateLimit limit = new PerCallerRateLimit(1, 100);

        assertThat(limit.retryAfter("alice")).isEmpty();
        assertThat(limit.retryAfter("alice")).isPresent();
        assertThat(limit.retryAfter("bob")).isEmpty();
    }

    @Test
    void the_least_recently_seen_callers_are_forgotten_past_the_bound() {
        PerCallerRateLimit limit = new PerCallerRateLimit(1, 2);
        limit.retryAfter("alice");
        limit.retryAfter("bob");
        limit.retryAfter("carol");

        assertThat(limit.retryAfter("alice")).as("alice was forgotten and starts with a full bucket").isEmpty();
        assertThat(limit.retryAfter("carol")).isPresent();
    }

    @Test
    void the_table_of_callers_never_holds_more_than_its_bound_however_many_callers_come() {
        PerCallerRateLimit limit = new PerCallerRateLimit(1, 100);

        IntStream.range(0, 10_000).forEach(i -> limit.retryAfter("caller " + i));

        assertThat(limit.size()).isEqualTo(100);
    }
}
