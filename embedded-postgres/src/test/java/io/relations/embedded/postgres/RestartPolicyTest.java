package io.relations.embedded.postgres;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RestartPolicyTest {

    private final RestartPolicy policy = new RestartPolicy(10, Duration.ofMillis(500), Duration.ofSeconds(30));

    @Test
    void pauses_double_from_the_first_up_to_the_longest() {
        assertThat(policy.delayBefore(1, () -> 0)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.delayBefore(2, () -> 0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.delayBefore(4, () -> 0)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.delayBefore(7, () -> 0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delayBefore(RestartPolicy.MAX_ATTEMPTS, () -> 0)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void jitter_leaves_out_at_most_half_of_a_pause() {
        assertThat(policy.delayBefore(2, () -> 0.999_999)).isBetween(Duration.ofMillis(500), Duration.ofMillis(501));
        assertThat(policy.delayBefore(2, () -> 0.5)).isEqualTo(Duration.ofMillis(750));
    }

    @Test
    void attempts_count_from_one() {
        assertThatThrownBy(() -> policy.delayBefore(0, () -> 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_policy_outside_its_bounds_is_refused() {
        assertThatThrownBy(() -> new RestartPolicy(-1, Duration.ofMillis(1), Duration.ofMillis(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RestartPolicy(RestartPolicy.MAX_ATTEMPTS + 1, Duration.ofMillis(1), Duration.ofMillis(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RestartPolicy(1, Duration.ZERO, Duration.ofMillis(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RestartPolicy(1, Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
