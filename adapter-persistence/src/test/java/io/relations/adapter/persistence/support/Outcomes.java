package io.relations.adapter.persistence.support;

import io.relations.application.model.Outcome;
import io.relations.domain.decision.Refusal;

/** Unwrapping use-case outcomes in tests, failing loudly on the unexpected case. */
public final class Outcomes {

    private Outcomes() {
    }

    public static <T> T value(Outcome<T> outcome) {
        return outcome.fold(value -> value, refusal -> {
            throw new AssertionError("expected success, was refused: " + refusal);
        });
    }

    public static Refusal refusal(Outcome<?> outcome) {
        return outcome.fold(value -> {
            throw new AssertionError("expected a refusal, succeeded with " + value);
        }, refusal -> refusal);
    }
}
