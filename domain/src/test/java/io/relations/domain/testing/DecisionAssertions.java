package io.relations.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.domain.decision.Decision;
import io.relations.domain.decision.Refusal;
import io.relations.domain.event.RelationshipEvent;
import io.relations.domain.model.PairState;

/** Reads a decision as the DESIGN table does: changed with these events, unchanged, or refused for a reason. */
public final class DecisionAssertions {

    private DecisionAssertions() {
    }

    public static PairState assertChanged(Decision decision, RelationshipEvent... expectedEvents) {
        assertThat(decision).isInstanceOf(Decision.Changed.class);
        Decision.Changed changed = (Decision.Changed) decision;
        assertThat(changed.events()).containsExactly(expectedEvents);
        return changed.state();
    }

    public static void assertUnchanged(Decision decision, PairState before) {
        assertThat(decision).isEqualTo(new Decision.Unchanged(before));
    }

    public static void assertRefused(Decision decision, Refusal reason) {
        assertThat(decision).isEqualTo(new Decision.Refused(reason));
    }
}
