package io.relations.application.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.domain.decision.Refusal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every case of an outcome is read without a cast, and the codes are what clients have always seen. */
class OutcomeTest {

    @Test
    void a_success_has_its_value_and_neither_refusal_nor_denial() {
        Outcome<String> success = Outcome.success("done");

        assertThat(success.value()).contains("done");
        assertThat(success.refusal()).isEmpty();
        assertThat(success.denial()).isEmpty();
        assertThat(success.isSuccess()).isTrue();
        assertThat(success.isRefused()).isFalse();
        assertThat(success.isDenied()).isFalse();
        assertThat(success.fold(value -> "success " + value, Refusal::code, Denial::code)).isEqualTo("success done");
    }

    @Test
    void a_refusal_has_the_kernels_reason_and_nothing_else() {
        Outcome<String> refused = Outcome.refused(Refusal.BLOCKED);

        assertThat(refused.value()).isEmpty();
        assertThat(refused.refusal()).contains(Refusal.BLOCKED);
        assertThat(refused.denial()).isEmpty();
        assertThat(refused.isRefused()).isTrue();
        assertThat(refused.isSuccess()).isFalse();
        assertThat(refused.isDenied()).isFalse();
        assertThat(refused.fold(value -> "success", Refusal::code, Denial::code)).isEqualTo("blocked");
    }

    @Test
    void a_denial_has_the_applications_reason_and_nothing_else() {
        Outcome<String> denied = Outcome.denied(Denial.MODULE_DISABLED);

        assertThat(denied.value()).isEmpty();
        assertThat(denied.refusal()).isEmpty();
        assertThat(denied.denial()).contains(Denial.MODULE_DISABLED);
        assertThat(denied.isDenied()).isTrue();
        assertThat(denied.isSuccess()).isFalse();
        assertThat(denied.isRefused()).isFalse();
        assertThat(denied.fold(value -> "success", Refusal::code, Denial::code)).isEqualTo("module_disabled");
    }

    @Test
    void mapping_changes_a_success_and_keeps_a_refusal_or_a_denial() {
        assertThat(Outcome.success(2).map(value -> value * 21)).isEqualTo(Outcome.success(42));
        assertThat(Outcome.<Integer>refused(Refusal.NO_PENDING_REQUEST).map(value -> value * 21)).isEqualTo(Outcome.refused(Refusal.NO_PENDING_REQUEST));
        assertThat(Outcome.<Integer>denied(Denial.USER_DELETED).map(value -> value * 21)).isEqualTo(Outcome.denied(Denial.USER_DELETED));
    }

    @Test
    void outcomes_are_values_that_say_their_case() {
        assertThat(Outcome.denied(Denial.USER_NOT_FOUND)).isEqualTo(Outcome.denied(Denial.USER_NOT_FOUND))
                .hasSameHashCodeAs(Outcome.denied(Denial.USER_NOT_FOUND))
                .isNotEqualTo(Outcome.denied(Denial.USER_DELETED))
                .hasToString("Denied[USER_NOT_FOUND]");
        assertThat(Outcome.refused(Refusal.BLOCKED)).hasToString("Refused[BLOCKED]").isNotEqualTo(Outcome.success(Refusal.BLOCKED));
        assertThat(Outcome.success(true)).hasToString("Success[true]");
    }

    @Test
    void the_codes_of_refusals_and_denials_are_the_eight_names_clients_see() {
        assertThat(Arrays.stream(Denial.values()).map(Denial::code))
                .containsExactly("module_disabled", "user_not_found", "user_deleted", "position_expired", "subscription_not_found");
        assertThat(Arrays.stream(Refusal.values()).map(Refusal::code))
                .containsExactly("self_relationship", "blocked", "no_pending_request");
    }
}
