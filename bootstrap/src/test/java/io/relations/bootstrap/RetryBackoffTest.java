package io.relations.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

    private final RetryBackoff backoff = new RetryBackoff(Duration.ofMillis(500), Duration.ofSeconds(30), new Random(7));

    @Test
    void each_failure_in_a_row_doubles_the_pause_with_up_to_half_of_it_left_out_at_random() {
        for (int failures = 1; failures <= 6; failures++) {
            long full = 500L << (failures - 1);
            for (int draw = 0; draw < 50; draw++) {
                assertThat(backoff.after(failures).toMillis()).as("after %d failures", failures).isBetween(full / 2, full);
            }
        }
    }

    @Test
    void the_pause_never_exceeds_the_longest_however_many_failures_came_before() {
        for (int failures : new int[] {7, 8, 20, 64, 1_000, Integer.MAX_VALUE}) {
            assertThat(backoff.after(failures).toMillis()).as("after %d failures", failures).isBetween(15_000L, 30_000L);
        }
    }

    @Test
    void the_jitter_spreads_the_pauses_of_retries_that_failed_together() {
        long distinct = java.util.stream.IntStream.range(0, 50).mapToLong(i -> backoff.after(3).toMillis()).distinct().count();
        assertThat(distinct).isGreaterThan(10);
    }
}
