package io.relations.domain.testing;

import io.relations.domain.decision.DecisionContext;
import io.relations.domain.model.PairState;
import java.time.Instant;

/** The context of a decision in a test: no rule reads the time yet, so any fixed instant does. */
public final class Contexts {

    public static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private Contexts() {
    }

    /** Deciding on {@code state}: {@code RelationshipKernel.decide(on(state), command)}. */
    public static DecisionContext on(PairState state) {
        return DecisionContext.of(state, NOW);
    }
}
