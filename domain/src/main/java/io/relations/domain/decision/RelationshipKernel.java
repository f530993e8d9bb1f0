package io.relations.domain.decision;

import io.relations.domain.model.PairState;

/**
 * The decision function of the kernel: the current state of a pair and a command give a decision.
 * Pure and total: no I/O, no exception for any command on its own pair.
 *
 * <p>The checks that need the outside world (module switched off, unknown target) belong to the
 * caller, which runs them before loading the state; see DESIGN §2 for their order.
 */
public final class RelationshipKernel {

    private RelationshipKernel() {
    }

    /**
     * @throws IllegalArgumentException if the state is not the state of the command's pair: a
     *     programming error, not a refusal
     */
    public static Decision decide(PairState state, Command command) {
        if (command.actor().equals(command.target())) {
            return Decision.refused(Refusal.SELF_RELATIONSHIP);
        }
        if (!state.pair().equals(command.pair())) {
            throw new IllegalArgumentException("the state of " + state.pair() + " cannot decide a command on " + command.pair());
        }
        return command.decideOn(state);
    }
}
