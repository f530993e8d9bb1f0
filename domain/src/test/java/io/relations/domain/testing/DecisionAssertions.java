package io.relations.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.domain.decision.Decision;
import io.relations.domain.decision.Refusal;
import io.relations.domain.event.RelationshipEvent;
import io.relations.domain.model.PairState;

/**
 * Reads a decision as the DESIGN table does: changed with these events, unchanged, or refused for
 * a reason; each also checks the accessors that the case promises (events empty unless changed,
 * a refusal exactly when refused).
 */
public final class DecisionAssertions {

    private DecisionAssertions() {
    }

    /** @return the new state */
    public static PairState assertChanged(Decision decision, RelationshipEvent... expectedEvents) {
        assertThat(decision.kind()).as("%s", decision).isEqualTo(Decision.Kind.CHANGED);
        assertThat(decision.events()).containsExactly(expectedEvents);
        assertThat(decision.refusal()).isEmpty();
        return decision.state();
    }

    public static void assertUnchanged(Decision decision, PairState before) {
        assertThat(decision.kind()).as("%s", decision).isEqualTo(Decision.Kind.UNCHANGED);
        assertThat(decision.state()).isEqualTo(before);
        assertThat(decision.events()).isEmpty();
        assertThat(decision.refusal()).isEmpty();
    }

    public static void assertRefused(Decision decision, Refusal reason) {
        assertThat(decision.kind()).as("%s", decision).isEqualTo(Decision.Kind.REFUSED);
        assertThat(decision.refusal()).contains(reason);
        assertThat(decision.events()).isEmpty();
    }
}
