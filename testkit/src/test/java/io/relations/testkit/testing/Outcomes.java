package io.relations.testkit.testing;

import io.relations.application.model.Outcome;

/** Unwraps outcomes in tests, failing with the refusal or denial when there is one. */
public final class Outcomes {

    private Outcomes() {
    }

    public static <T> T successOf(Outcome<T> outcome) {
        return outcome.fold(value -> value, refusal -> {
            throw new AssertionError("expected a success, but it was refused: " + refusal);
        }, denial -> {
            throw new AssertionError("expected a success, but it was denied: " + denial);
        });
    }
}
