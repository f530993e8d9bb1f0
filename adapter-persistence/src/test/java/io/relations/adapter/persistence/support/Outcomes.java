package io.relations.adapter.persistence.support;

import io.relations.application.model.Denial;
import io.relations.application.model.Outcome;
import io.relations.domain.decision.Refusal;

/** Unwrapping use-case outcomes in tests, failing loudly on the unexpected case. */
public final class Outcomes {

    private Outcomes() {
    }

    public static <T> T value(Outcome<T> outcome) {
        return outcome.fold(value -> value, refusal -> {
            throw new AssertionError("expected success, was refused: " + refusal);
        }, denial -> {
            throw new AssertionError("expected success, was denied: " + denial);
        });
    }

    /** The kernel's refusal. */
    public static Refusal refusal(Outcome<?> outcome) {
        return outcome.refusal().orElseThrow(() -> new AssertionError("expected a refusal, was " + outcome));
    }

    /** The application's denial. */
    public static Denial denial(Outcome<?> outcome) {
        return outcome.denial().orElseThrow(() -> new AssertionError("expected a denial, was " + outcome));
    }

    /** The stable code a client would see for a refusal or a denial, or {@code what} for a success. */
    public static String codeOr(Outcome<?> outcome, String what) {
        return outcome.fold(value -> what, Refusal::code, Denial::code);
    }
}
