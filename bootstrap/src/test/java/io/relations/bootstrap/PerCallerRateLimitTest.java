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
    void a_refund_gives_back_one_request_but_never_more_than_the_burst() {
        // given
        PerCallerRateLimit limit = new PerCallerRateLimit(2, 100);
        limit.retryAfter("203.0.113.7");
        limit.retryAfter("203.0.113.7");
        assertThat(limit.retryAfter("203.0.113.7")).isPresent();

        // when one is given back
        limit.refund("203.0.113.7");

        // then exactly one more passes
        assertThat(limit.retryAfter("203.0.113.7")).isEmpty();
        assertThat(limit.retryAfter("203.0.113.7")).isPresent();

        // and refunds to a full bucket or an unknown key add nothing
        PerCallerRateLimit fresh = new PerCallerRateLimit(1, 100);
        fresh.retryAfter("a");
        fresh.refund("a");
        fresh.refund("a");
        fresh.refund("never-seen");
        assertThat(fresh.retryAfter("a")).isEmpty();
        assertThat(fresh.retryAfter("a")).isPresent();
        assertThat(fresh.size()).isEqualTo(1);
    }

    @Test
    void the_table_never_holds_more_keys_than_its_bound_however_many_distinct_keys_come() {
        // given
        int bound = 64;
        PerCallerRateLimit limit = new PerCallerRateLimit(1, bound);

        // when ten thousand distinct addresses come, each twice
        for (int i = 0; i < 10_000; i++) {
            String address = "10." + (i >> 16) + "." + ((i >> 8) & 0xff) + "." + (i & 0xff);
            limit.retryAfter(address);
            limit.refund(address);
            assertThat(limit.size()).isLessThanOrEqualTo(bound);
        }

        // then
        assertThat(limit.size()).isEqualTo(bound);
    }
}
