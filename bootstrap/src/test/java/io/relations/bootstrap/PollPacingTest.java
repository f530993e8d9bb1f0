package io.relations.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PollPacingTest {

    private static final int BATCH = 100;
    private final PollPacing pacing = new PollPacing(Duration.ofMillis(250), Duration.ofSeconds(1));

    @Test
    void while_rounds_find_nothing_the_pause_doubles_from_the_interval_up_to_the_longest() {
        List<Duration> pauses = new ArrayList<>();
        Duration last = Duration.ZERO;
        for (int round = 0; round < 5; round++) {
            last = pacing.after(0, BATCH, last);
            pauses.add(last);
        }

        assertThat(pauses).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void a_round_that_found_something_brings_the_pause_back_to_the_interval_at_once() {
        assertThat(pacing.after(1, BATCH, Duration.ofSeconds(1))).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void a_full_round_is_followed_by_the_next_at_once_whatever_the_pause_before() {
        assertThat(pacing.after(BATCH, BATCH, Duration.ofSeconds(1))).isZero();
        assertThat(pacing.after(BATCH, BATCH, Duration.ZERO)).isZero();
    }

    @Test
    void a_pacing_without_a_positive_interval_or_with_a_longest_pause_below_it_is_refused() {
        assertThatThrownBy(() -> new PollPacing(Duration.ZERO, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PollPacing(Duration.ofSeconds(2), Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
